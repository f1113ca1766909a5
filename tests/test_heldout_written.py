"""corpus/heldout_written/ is what corpus/build_heldout_written.py makes: rebuilt into a
temporary folder (every gold string re-read with pdfplumber on its page), every PDF, gold
file and the README are byte-identical to the committed ones."""
from pathlib import Path

from corpus import build_heldout_written as hw


def test_rebuilt_written_heldout_set_is_byte_identical(tmp_path: Path):
    assert hw.main(["--once"], out=tmp_path) == 0
    built = sorted(p.name for p in tmp_path.iterdir())
    committed = sorted(p.name for p in hw.OUT.iterdir())
    assert built == committed
    differ = [n for n in built if (tmp_path / n).read_bytes() != (hw.OUT / n).read_bytes()]
    assert differ == []


def test_every_report_has_its_gold_and_a_planted_or_no_slip():
    for rep in hw.reports():
        gold = hw.OUT / f"{rep.name}.gold.json"
        assert gold.exists() and (hw.OUT / f"{rep.name}.pdf").exists()
        assert bool(rep.flags) == (rep.slips != "")
