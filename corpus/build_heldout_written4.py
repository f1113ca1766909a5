#!/usr/bin/env python3
"""Build corpus/heldout_written4/: four invented English reports in styles no corpus set
had (a New England Annual Town Meeting, a US state Senate committee hearing transcript, an
Irish charity's AGM with members' questions, an Ontario school board's regular meeting),
with gold written from the markup and committed before the pipeline ever read them.

Two PDF writers: the HTML reports (corpus/written4/html.py) are printed by headless
Chromium, the others drawn by the written set's fpdf2 renderer (corpus/written/render.py)
with new page styles. Both are verified the same way: every gold string re-read with
pdfplumber on its gold page, names in the page bodies, weekdays and sums computed, table
totals checked, every currency-looking figure annotated, bytes deterministic (two renders
compared). Nothing is written when a report fails.

Usage:  python corpus/build_heldout_written4.py             render, verify, write PDFs + gold
        python corpus/build_heldout_written4.py --lines x2  also print the page text (HTML
                                                            reports) or the line layout of
                                                            the reports whose name has "x2"
        python corpus/build_heldout_written4.py --once      no determinism pass (the rebuild
                                                            tests compare with the committed
                                                            bytes)
"""
from __future__ import annotations

import importlib
import sys
from pathlib import Path

if __package__ in (None, ""):        # run as a script: the project root on the path, not corpus/
    sys.path[0] = str(Path(__file__).resolve().parents[1])

from corpus.build_heldout_written import readme_table                      # noqa: E402
from corpus.build_heldout_written2 import verify as verify_drawn           # noqa: E402
from corpus.chromium import print_checked                                  # noqa: E402
from corpus.common import HERE, squash                                     # noqa: E402
from corpus.heldout.build import build_and_write, build_checked, render_twice  # noqa: E402
from corpus.heldout.gold import (check_amounts_annotated, check_gold_on_pages,  # noqa: E402
                                 check_people_dates_sums, make_gold)
from corpus.heldout.markup import BuildError                               # noqa: E402
from corpus.heldout.render import check_totals                             # noqa: E402
from corpus.written import render as drawn                                 # noqa: E402
from corpus.written4 import html                                           # noqa: E402

OUT = HERE / "heldout_written4"
PRODUCER = "minutes written held-out builder 4"
CURRENCIES = frozenset({"USD", "EUR", "CAD"})
MODULES = ["x1_north_ashgrove_town_meeting_en", "x2_senate_water_committee_hearing_en",
           "x3_glenmoy_riverside_trust_agm_en", "x4_sturgeon_rapids_school_board_en"]
MONEY = [
    r"(?:US\$|C\$|\$|€|£)\s?\d",
    r"\b(?:USD|CAD|EUR|GBP)\s?\d",
    r"\d[\d.,]*\s?(?:million|m|bn|k)?\s?(?:dollars|euros?|pounds)\b",
]


def readme(golds: dict, pages: dict, reps: list) -> str:
    from corpus.written4.readme import HEAD, TAIL
    return HEAD + "\n" + readme_table(golds, pages, reps) + "\n" + TAIL


def reports() -> list:
    return [importlib.import_module(f"corpus.written4.{m}").REPORT for m in MODULES]


def check_html_pages(rep, pages: dict) -> list[str]:
    """2-4 pages, each with the running header and its 'Page n of N' footer."""
    bad, n = [], len(pages)
    if not 2 <= n <= 4:
        bad.append(f"{n} pages; each report must have 2-4 pages")
    for i in range(1, n + 1):
        for s in (rep.head[0], rep.head[-1], *rep.foot(i, n)):
            if s and squash(s) not in pages[i]:
                bad.append(f"running header/footer {s!r} missing on page {i}")
    return bad


def verify_html(rep, lay, texts: tuple, gold: dict) -> list[str]:
    pages, bodies = texts
    everything = " ".join(bodies.values())
    bad = check_html_pages(rep, pages)
    bad += check_gold_on_pages(gold, pages, everything)
    bad += check_people_dates_sums(rep, everything)
    bad += check_amounts_annotated(lay, MONEY)
    return bad


def build_html(rep, show: bool, once: bool = False) -> tuple:
    """A report printed by Chromium: (data, gold, pages, problems); unless ``once``, a
    second print proves the bytes deterministic."""
    try:
        data, lay, texts, bad = print_checked(rep, html.render, PRODUCER, once)
        if show:
            for i, text in texts[0].items():
                print(f"p{i} | {text}")
        for b in rep.blocks:
            if b.kind == "table":
                check_totals(rep, b)
        if bad:
            return data, None, lay.pages, [f"{rep.name}: {b}" for b in bad]
        gold = make_gold(rep, lay, CURRENCIES)
    except BuildError as e:
        return b"", None, 0, [str(e)]
    return data, gold, lay.pages, [f"{rep.name}: {b}" for b in verify_html(rep, lay, texts, gold)]


def build_drawn(rep, show: bool, once: bool = False) -> tuple:
    """A report drawn by fpdf2 (corpus/written/render.py): (data, gold, pages, problems);
    unless ``once``, a third render proves the bytes deterministic."""
    return build_checked(rep, show, lambda r: render_twice(r, drawn.render, PRODUCER, once),
                         CURRENCIES, verify_drawn)


def build_one(rep, show: bool, once: bool = False) -> tuple:
    """``--once`` (a rebuild compared with the committed bytes) skips the determinism pass."""
    return (build_html if isinstance(rep, html.HReport) else build_drawn)(rep, show, once)


def main(argv: list[str], out: Path = OUT) -> int:
    return build_and_write(argv, out, reports(), build_one, readme)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
