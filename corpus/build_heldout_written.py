#!/usr/bin/env python3
"""Build corpus/heldout_written/: six invented reports (issue 14) in styles the corpus did
not have, drawn by their own renderer (corpus/written/render.py: Letter or A4, STIX / DejaVu
Serif / Mono, justified text, hanging minute numbers, tables ruled by three lines), with
gold written from the markup before the pipeline ever read them.

Usage:  python corpus/build_heldout_written.py             render, verify, write PDFs + gold
        python corpus/build_heldout_written.py --lines w3   also print the line layout of the
                                                            reports whose name has "w3"

The gold is drawn and verified by the held-out machinery (corpus/heldout/gold.py): every
decision, amount, table cell and flag evidence re-read with pdfplumber on its gold page,
names in the page bodies, weekdays and sums computed, every currency-looking figure
annotated, rendering twice gives identical bytes. Nothing is written when a report fails.
These files live in their own folder, not in corpus/, so the tuned corpus and its tests
are untouched; score them with the commands in corpus/heldout_written/README.md.
"""
from __future__ import annotations

import hashlib
import importlib
import io
import sys
from pathlib import Path

if __package__ in (None, ""):        # run as a script: the project root on the path, not corpus/
    sys.path[0] = str(Path(__file__).resolve().parents[1])

import pdfplumber                                                         # noqa: E402

from corpus.common import HERE, squash, write_report                      # noqa: E402
from corpus.heldout.gold import (check_amounts_annotated, check_gold_on_pages,  # noqa: E402
                                 check_people_dates_sums, make_gold)
from corpus.heldout.markup import BuildError                              # noqa: E402
from corpus.written.render import PT, render                              # noqa: E402

OUT = HERE / "heldout_written"
PRODUCER = "minutes written held-out builder"
CURRENCIES = frozenset({"GBP", "CAD", "EUR", "ARS", "USD"})
MODULES = ["w1_ashcombe_parish_council_en", "w2_tamarack_hansard_en",
           "w3_saint_alphege_conseil_municipal_fr", "w4_amis_moulin_ag_fr",
           "w5_villanueva_pleno_es", "w6_club_atletico_comision_es"]
MONEY = [
    r"(?:US\$|C\$|CA\$|\$|€|£)\s?\d",
    r"\b(?:USD|EUR|GBP|CAD|ARS)\s?\d",
    r"\d[\d.,  ]*\s?(?:€|\$|£|k€|M€)",
    r"\d[\d.,  ]*\s?(?:million|millions|millones|millón|mil|m|bn)?\s?"
    r"(?:d'euros|euros|de euros|pesos|de pesos|dollars|pounds)\b",
]


def reports() -> list:
    return [importlib.import_module(f"corpus.written.{m}").REPORT for m in MODULES]


def check_layout(rep, lay, pages: dict) -> list[str]:
    """2-4 pages; the running header on every page it is printed on; the footer's page
    numbers; no span across a page break."""
    bad, n = [], len(pages)
    if n != lay.pages or not 2 <= n <= 4:
        bad.append(f"{n} pages (layout said {lay.pages}); each report must have 2-4 pages")
    for i in range(1, n + 1):
        left, right = rep.foot(i, n)
        heads = rep.head if (i > 1 or rep.style.head_first) else ()
        for s in (*heads, left, right):
            if s and squash(s) not in pages[i]:
                bad.append(f"running header/footer {s!r} missing on page {i}")
    for sp in lay.spans:
        if sp.page != sp.page_end:
            bad.append(f"{sp.kind} span {sp.text!r} straddles pages {sp.page}-{sp.page_end}")
    return bad


def verify(rep, data: bytes, lay, gold: dict) -> list[str]:
    st = rep.style
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        pages = {i: squash(pg.extract_text() or "") for i, pg in enumerate(pdf.pages, 1)}
        bodies = {i: squash(pg.crop((0, (st.top - 6) * PT, pg.width,
                                     pg.height - (st.bottom - 2) * PT)).extract_text() or "")
                  for i, pg in enumerate(pdf.pages, 1)}
    everything = " ".join(bodies.values())
    bad = check_layout(rep, lay, pages)
    bad += check_gold_on_pages(gold, pages, everything)
    bad += check_people_dates_sums(rep, everything)
    bad += check_amounts_annotated(lay, MONEY)
    return [f"{rep.name}: {b}" for b in bad]


def build_one(rep, show: bool) -> tuple:
    _, first = render(rep, 0, PRODUCER)
    data, lay = render(rep, first.pages, PRODUCER)
    if show:
        for pg, text in lay.lines:
            print(f"p{pg} | {text}")
    try:
        if data != render(rep, first.pages, PRODUCER)[0]:
            raise BuildError(f"{rep.name}: rendering is not deterministic")
        gold = make_gold(rep, lay, CURRENCIES)
    except BuildError as e:
        return data, None, lay.pages, [str(e)]
    return data, gold, lay.pages, verify(rep, data, lay, gold)


def main(argv: list[str], out: Path = OUT) -> int:
    show = argv[argv.index("--lines") + 1] if "--lines" in argv else None
    built, problems = {}, []
    for rep in reports():
        data, gold, pages, bad = build_one(rep, bool(show and show in rep.name))
        problems += bad
        if gold is not None:
            built[rep.name] = (data, gold, pages)
    if problems:
        print("BUILD FAILED – nothing written:\n  " + "\n  ".join(problems), file=sys.stderr)
        return 1
    out.mkdir(exist_ok=True)
    for name, (data, gold, pages) in built.items():
        write_report(out, name, data, gold)
        print(f"{name}: {pages} pages, {len(gold['speakers'])} speakers, "
              f"{len(gold['mentioned'])} mentioned, {len(gold['decisions'])} decisions, "
              f"{len(gold['amounts'])} amounts, {len(gold['tables'])} tables, "
              f"{len(gold['flags'])} flags, {len(gold['not_flags'])} not_flags, "
              f"sha256 {hashlib.sha256(data).hexdigest()[:12]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
