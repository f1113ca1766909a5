"""corpus/heldout_written2/ is what corpus/build_heldout_written2.py makes: rebuilt into a
temporary folder (every gold string, each line of a wrapped table cell, re-read with
pdfplumber on its page), every PDF, gold file and the README are byte-identical to the
committed ones."""
import json
from pathlib import Path

import pytest

pytest.importorskip("pdfplumber")
pytest.importorskip("fpdf")

from corpus import build_heldout_written2 as hw2   # noqa: E402


def test_rebuilt_written_heldout_set_2_is_byte_identical(tmp_path: Path):
    assert hw2.main(["--once"], out=tmp_path) == 0
    built = sorted(p.name for p in tmp_path.iterdir())
    committed = sorted(p.name for p in hw2.OUT.iterdir())
    assert built == committed
    differ = [n for n in built if (tmp_path / n).read_bytes() != (hw2.OUT / n).read_bytes()]
    assert differ == []


def test_every_report_has_its_gold_and_its_planted_slip():
    for rep in hw2.reports():
        gold = json.loads((hw2.OUT / f"{rep.name}.gold.json").read_text(encoding="utf-8"))
        assert (hw2.OUT / f"{rep.name}.pdf").exists()
        assert bool(rep.flags) == (rep.slips != "") and len(gold["flags"]) == len(rep.flags)


def test_a_wrapped_cell_is_one_gold_cell_its_lines_joined():
    rep = next(r for r in hw2.reports() if r.name.startswith("v2_"))
    lines = hw2.wrapped_lines(rep)
    assert lines["Pool resurfacing and coping replacement"] == ["Pool resurfacing and",
                                                                "coping replacement"]
    gold = json.loads((hw2.OUT / f"{rep.name}.gold.json").read_text(encoding="utf-8"))
    cells = {c for t in gold["tables"] for row in [t["header"]] + t["rows"] for c in row}
    assert set(lines) <= cells and not any("\n" in c for c in cells)
