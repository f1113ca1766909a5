"""corpus/heldout_written3/ is what corpus/build_heldout_written3.py makes: rebuilt into a
temporary folder (every gold string re-read with pdfplumber on its page of the digital
rendering, the scanned report rasterised again), every PDF and gold file is byte-identical
to the committed one; the scanned report has no text layer at all."""
import shutil
from pathlib import Path

import pytest

from corpus import build_heldout_written3 as hw3

pdfium = pytest.importorskip("pypdfium2")


def test_rebuilt_written_heldout_set_3_is_byte_identical(tmp_path: Path):
    assert hw3.main(["--once"], out=tmp_path) == 0
    built = sorted(p.name for p in tmp_path.iterdir())
    committed = sorted(p.name for p in hw3.OUT.iterdir() if p.name != "README.md")
    assert built == committed
    differ = [n for n in built if (tmp_path / n).read_bytes() != (hw3.OUT / n).read_bytes()]
    assert differ == []


def test_every_report_has_its_gold_and_a_planted_slip():
    for rep in hw3.reports():
        assert (hw3.OUT / f"{rep.name}.gold.json").exists()
        assert (hw3.OUT / f"{rep.name}.pdf").exists()
        assert rep.flags and rep.slips


def test_the_scanned_report_is_images_only():
    for name in hw3.SCANNED:
        doc = pdfium.PdfDocument(str(hw3.OUT / f"{name}.pdf"))
        assert len(doc) >= 2
        assert all(doc[k].get_textpage().get_text_range().strip() == "" for k in range(len(doc)))
        doc.close()


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract not installed")
def test_the_scanned_report_is_legible_to_ocr(tmp_path: Path):
    """The scan is not so noisy that Tesseract cannot read it: the title line comes out
    (read from the top fifth of page 1, where it is printed: a whole page costs ~20 s)."""
    import subprocess
    name = next(iter(hw3.SCANNED))
    doc = pdfium.PdfDocument(str(hw3.OUT / f"{name}.pdf"))
    png = tmp_path / "p1.png"
    image = doc[0].render(scale=200 / 72).to_pil()
    image.crop((0, 0, image.width, image.height // 5)).save(png)
    doc.close()
    out = subprocess.run(["tesseract", str(png), "-", "-l", "fra"], capture_output=True,
                         text=True, check=True).stdout
    assert "MONTCLAR-SUR-OURCE" in out
