#!/usr/bin/env python3
"""Build corpus/heldout_written5/: four invented reports, two French and two Spanish, in
styles no corpus set had (a French conseil communautaire's procès-verbal, an
intergovernmental body's compte rendu analytique, an Argentine Concejo Deliberante's
versión taquigráfica, a Chilean concejo municipal's acta), with gold written from the
markup and committed before the pipeline ever read them.

Two reports are written as HTML + CSS and printed by headless Chromium
(corpus/written5/html.py: another PDF writer, Skia/PDF, with its own text layout); two are
drawn by fpdf2 (corpus/written3/render3.py) with layouts the earlier sets lack (hanging
paragraph numbers under centred headings, Legal paper with underlined headings).

Usage:  python corpus/build_heldout_written5.py             render, verify, write PDFs + gold
        python corpus/build_heldout_written5.py --lines y3   also print the line layout of
                                                             the reports whose name has "y3"
        python corpus/build_heldout_written5.py --once       no determinism pass (the rebuild
                                                             tests compare with the committed
                                                             bytes)

Verified as the other written sets are (corpus/heldout/gold.py): every decision, amount,
table cell and flag evidence re-read with pdfplumber on its gold page (and on each half of
the page, for CSS columns), names in the page bodies, weekdays and sums computed, every
currency-looking figure annotated, two renderings give identical bytes. Nothing is
written when a report fails.
"""
from __future__ import annotations

import importlib
import io
import sys
from pathlib import Path

if __package__ in (None, ""):        # run as a script: the project root on the path, not corpus/
    sys.path[0] = str(Path(__file__).resolve().parents[1])

import pdfplumber                                                         # noqa: E402

from corpus.build_heldout_written import MONEY, check_layout, readme_table  # noqa: E402
from corpus.build_heldout_written3 import page_texts as fpdf_page_texts   # noqa: E402
from corpus.build_heldout_written3 import split_cells as fpdf_split_cells  # noqa: E402
from corpus.chromium import print_checked                                 # noqa: E402
from corpus.common import HERE                                            # noqa: E402
from corpus.heldout.build import build_and_write, build_checked, render_twice  # noqa: E402
from corpus.heldout.gold import (check_amounts_annotated, check_gold_on_pages,  # noqa: E402
                                 check_people_dates_sums)
from corpus.written3.render3 import render3                               # noqa: E402
from corpus.written5.html import HReport, page_texts, render_html         # noqa: E402

OUT = HERE / "heldout_written5"
PRODUCER = "minutes written held-out builder 5"
CURRENCIES = frozenset({"EUR", "XOF", "ARS", "CLP"})
MODULES = ["y1_haut_vernois_conseil_communautaire_fr", "y2_kouloungou_compte_rendu_analytique_fr",
           "y3_santa_brigida_concejo_deliberante_es", "y4_rio_coihueco_concejo_municipal_es"]
MONEY5 = MONEY + [r"\d[\d  ]*\s?(?:millions? de |milliards? de )?francs CFA"]


def reports() -> list:
    return [importlib.import_module(f"corpus.written5.{m}").REPORT for m in MODULES]


def texts_of(rep, data: bytes) -> tuple[dict, str]:
    """({page: text to find gold strings in}, text of the page bodies) of a report's PDF."""
    if isinstance(rep, HReport):
        pages = dict(enumerate(page_texts(data), 1))
        return pages, " ".join(pages.values())
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        texts = {i: fpdf_page_texts(pg, rep.style) for i, pg in enumerate(pdf.pages, 1)}
    return {i: t[0] for i, t in texts.items()}, " ".join(t[1] for t in texts.values())


def split_cells(gold: dict, rep) -> dict:
    """The gold with each fpdf2 table cell replaced by its printed lines (a wrapped cell);
    Chromium wraps cells itself, so an HTML report's gold is checked as it is."""
    return gold if isinstance(rep, HReport) else fpdf_split_cells(gold, rep)


def verify(rep, data: bytes, lay, gold: dict) -> list[str]:
    """Every gold string on its page, people, dates and sums, amounts annotated."""
    pages, everything = texts_of(rep, data)
    bad = check_layout(rep, lay, pages)
    bad += check_gold_on_pages(split_cells(gold, rep), pages, everything)
    bad += check_people_dates_sums(rep, everything)
    bad += check_amounts_annotated(lay, MONEY5)
    return [f"{rep.name}: {b}" for b in bad]


def render(rep, once: bool = True) -> tuple:
    """(bytes, Layout): printed by Chromium for an HTML report, else drawn by fpdf2 (in
    two passes: the page count first, for 'n / N' footers); unless ``once``, rendered once
    more to prove the bytes deterministic."""
    if isinstance(rep, HReport):
        return print_checked(rep, render_html, PRODUCER, once)
    return render_twice(rep, render3, PRODUCER, once)


def build_one(rep, show: bool, once: bool = False) -> tuple:
    """(data, gold, pages, problems) of one report; ``--once`` (a rebuild compared with the
    committed bytes) skips the determinism pass."""
    return build_checked(rep, show, lambda r: render(r, once), CURRENCIES, verify)


def readme(golds: dict, pages: dict, reps: list) -> str:
    from corpus.written5.readme import HEAD, TAIL
    return HEAD + "\n" + readme_table(golds, pages, reps) + "\n" + TAIL


def main(argv: list[str], out: Path = OUT) -> int:
    return build_and_write(argv, out, reports(), build_one, readme)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
