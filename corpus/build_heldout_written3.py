#!/usr/bin/env python3
"""Build corpus/heldout_written3/: four invented reports (issues 12 and 14) in styles no
corpus set had (a scanned French commune's compte rendu, a parents' association meeting by
videoconference in two columns, a Mexican cabildo acta, a Spanish comunidad de
propietarios' junta), drawn by corpus/written3/render3.py, with gold written from the
markup before the pipeline ever read them.

Usage:  python corpus/build_heldout_written3.py             render, verify, write PDFs + gold
        python corpus/build_heldout_written3.py --lines x2   also print the line layout of
                                                             the reports whose name has "x2"

The gold is drawn and verified by the held-out machinery (corpus/heldout/gold.py): every
decision, amount, table cell (each line of a wrapped cell) and flag evidence re-read with
pdfplumber on its gold page (column by column on two-column pages), names in the page
bodies, weekdays and sums computed, every currency-looking figure annotated, rendering
twice gives identical bytes. The scanned report is verified on its digital rendering, then
rasterised (corpus/written3/scan.py) into an image-only PDF. Nothing is written when a
report fails.
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

from corpus.build_heldout_written import MONEY, check_layout              # noqa: E402
from corpus.common import HERE, squash                                    # noqa: E402
from corpus.heldout.build import build_and_write, build_checked, render_twice  # noqa: E402
from corpus.heldout.gold import (check_amounts_annotated, check_gold_on_pages,  # noqa: E402
                                 check_people_dates_sums)
from corpus.written.render import PT                                      # noqa: E402
from corpus.written3.render3 import render3                               # noqa: E402
from corpus.written3.scan import scanned                                  # noqa: E402

OUT = HERE / "heldout_written3"
PRODUCER = "minutes written held-out builder 3"
CURRENCIES = frozenset({"EUR", "MXN"})
MODULES = ["x1_montclar_conseil_municipal_fr", "x2_ape_tilleuls_bureau_fr",
           "x3_tezontla_cabildo_es", "x4_cierzo_junta_propietarios_es"]
SCANNED = {"x1_montclar_conseil_municipal_fr": 14}      # name -> noise seed
MONEY3 = MONEY + [r"\$\s\d"]


def reports() -> list:
    return [importlib.import_module(f"corpus.written3.{m}").REPORT for m in MODULES]


def page_texts(pg, st) -> tuple[str, str]:
    """(whole page, body) as pdfplumber reads them; on a two-column page each column's
    text is added (pdfplumber reads a line across both columns)."""
    whole = [pg.extract_text() or ""]
    body_box = (0, (st.top - 6) * PT, pg.width, pg.height - (st.bottom - 2) * PT)
    body = [pg.crop(body_box).extract_text() or ""]
    if st.columns > 1:
        col_w = (pg.width - (st.left + st.right) * PT - st.gutter * PT * (st.columns - 1)) \
            / st.columns
        for c in range(st.columns):
            x0 = st.left * PT + c * (col_w + st.gutter * PT) - 1
            box = (x0, body_box[1], x0 + col_w + 2, body_box[3])
            body.append(pg.crop(box).extract_text() or "")
        whole += body[1:]
    return squash(" ".join(whole)), squash(" ".join(body))


def split_cells(gold: dict, rep) -> dict:
    """The gold with each table cell replaced by its printed lines (wrapped cells)."""
    g = copy.deepcopy(gold)
    printed = [b for b in rep.blocks if b.kind == "table"]
    for t, b in zip(g["tables"], printed):
        t["header"] = [part for c in b.header for part in c.split("\n")]
        t["rows"] = [[part for c in r for part in c.split("\n")] for r in b.rows]
    return g


def verify(rep, data: bytes, lay, gold: dict) -> list[str]:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        texts = {i: page_texts(pg, rep.style) for i, pg in enumerate(pdf.pages, 1)}
    pages = {i: t[0] for i, t in texts.items()}
    everything = " ".join(t[1] for t in texts.values())
    bad = check_layout(rep, lay, pages)
    bad += check_gold_on_pages(split_cells(gold, rep), pages, everything)
    bad += check_people_dates_sums(rep, everything)
    bad += check_amounts_annotated(lay, MONEY3)
    return [f"{rep.name}: {b}" for b in bad]


def build_one(rep, show: bool, once: bool = False) -> tuple:
    """The report drawn and verified on its digital rendering; a scanned one is then
    rasterised (twice unless ``once``, to prove the scan deterministic)."""
    data, gold, pages, bad = build_checked(rep, show, lambda r: render_twice(
        r, render3, PRODUCER, once), CURRENCIES, verify)
    if rep.name in SCANNED and gold is not None and not bad:
        scan = scanned(data, SCANNED[rep.name], rep.created)
        if not once and scan != scanned(data, SCANNED[rep.name], rep.created):
            bad = [f"{rep.name}: scanning is not deterministic"]
        data = scan
    return data, gold, pages, bad


def main(argv: list[str], out: Path = OUT) -> int:
    return build_and_write(argv, out, reports(), build_one)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
