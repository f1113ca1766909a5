#!/usr/bin/env python3
"""Build corpus/heldout_written2/: four invented English reports (issue 14/12) in styles no
corpus set had (a US city commission, a homeowners' association board on Zoom, an
Australian shire council, a UK university Senate), drawn by the written set's renderer
(corpus/written/render.py, with its three-part running header, footer rule, shaded
headings and wrapped table cells), with gold written from the markup and committed before
the pipeline ever read them.

Usage:  python corpus/build_heldout_written2.py             render, verify, write PDFs + gold
        python corpus/build_heldout_written2.py --lines v2   also print the line layout of
                                                             the reports whose name has "v2"

Verified as corpus/build_heldout_written.py verifies its set (every gold string re-read
with pdfplumber on its gold page, names in the page bodies, weekdays and sums computed,
every currency-looking figure annotated, deterministic bytes); a table cell wrapped over
two lines is one gold cell (its lines joined with a space) and each of its lines is
checked on the page. Nothing is written when a report fails.
"""
from __future__ import annotations

import copy
import importlib
import io
import sys
from pathlib import Path

if __package__ in (None, ""):        # run as a script: the project root on the path, not corpus/
    sys.path[0] = str(Path(__file__).resolve().parents[1])

import pdfplumber                                                         # noqa: E402

from corpus.build_heldout_written import check_layout, readme_table       # noqa: E402
from corpus.common import HERE, squash                                    # noqa: E402
from corpus.heldout.build import build_and_write, build_checked, render_twice  # noqa: E402
from corpus.heldout.gold import (check_amounts_annotated, check_gold_on_pages,  # noqa: E402
                                 check_people_dates_sums)
from corpus.written.render import PT, render                              # noqa: E402

OUT = HERE / "heldout_written2"
PRODUCER = "minutes written held-out builder 2"
CURRENCIES = frozenset({"USD", "AUD", "GBP"})
MODULES = ["v1_larkspur_bend_city_commission_en", "v2_cedar_hollow_hoa_board_en",
           "v3_wirraburra_shire_ordinary_en", "v4_wexmoor_university_senate_en"]
MONEY = [
    r"(?:US\$|A\$|\$|€|£)\s?\d",
    r"\b(?:USD|AUD|GBP|EUR)\s?\d",
    r"\d[\d.,]*\s?(?:million|m|bn|k)?\s?(?:dollars|pounds)\b",
]


def readme(golds: dict, pages: dict, reps: list) -> str:
    from corpus.heldout_written2_readme import HEAD, TAIL
    return HEAD + "\n" + readme_table(golds, pages, reps) + "\n" + TAIL


def reports() -> list:
    return [importlib.import_module(f"corpus.written.{m}").REPORT for m in MODULES]


def wrapped_lines(rep) -> dict:
    """{gold cell: [its printed lines]} for every table cell wrapped over lines."""
    out = {}
    for b in rep.blocks:
        if b.kind == "table":
            for row in [b.header] + b.rows:
                out.update({" ".join(c.split("\n")): c.split("\n") for c in row if "\n" in c})
    return out


def printed(gold: dict, rep) -> dict:
    """The gold with each wrapped cell replaced by its lines (each is checked on its page)."""
    lines, check = wrapped_lines(rep), copy.deepcopy(gold)
    for t in check["tables"]:
        extra = [part for row in [t["header"]] + t["rows"] for c in row
                 for part in lines.get(c, [])[1:]]
        t["header"] = [lines.get(c, [c])[0] for c in t["header"]]
        t["rows"] = [[lines.get(c, [c])[0] for c in r] for r in t["rows"]] + [extra]
    return check


def verify(rep, data: bytes, lay, gold: dict) -> list[str]:
    st = rep.style
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        pages = {i: squash(pg.extract_text() or "") for i, pg in enumerate(pdf.pages, 1)}
        bodies = {i: squash(pg.crop((0, (st.top - 6) * PT, pg.width,
                                     pg.height - (st.bottom - 2) * PT)).extract_text() or "")
                  for i, pg in enumerate(pdf.pages, 1)}
    everything = " ".join(bodies.values())
    bad = check_layout(rep, lay, pages)
    bad += check_gold_on_pages(printed(gold, rep), pages, everything)
    bad += check_people_dates_sums(rep, everything)
    bad += check_amounts_annotated(lay, MONEY)
    return [f"{rep.name}: {b}" for b in bad]


def build_one(rep, show: bool, once: bool = False) -> tuple:
    return build_checked(rep, show, lambda r: render_twice(r, render, PRODUCER, once),
                         CURRENCIES, verify)


def main(argv: list[str], out: Path = OUT) -> int:
    return build_and_write(argv, out, reports(), build_one, readme)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
