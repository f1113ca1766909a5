"""Hostile and odd inputs get the reason that is true of them: blank pages are blank (not
an OCR failure), OCR that ran and found nothing says so, a structure nested 100,000 deep
is no crash of ours, an encryption qpdf forgives is no password, and OCR messages do
not quote random temporary paths."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from conftest import EXTERNAL, need_shared
from extractors import ocr
from extractors.chain import bytes_to_extraction
from conftest import objects_to_pdf
from pipeline.settings import Settings

DEPTH = 100_000
RUN = Settings(isolation="none")


def _pdf(objects: list[bytes]) -> bytes:
    """A PDF of the given objects (1 is the catalog), with a correct cross-reference."""
    return objects_to_pdf(objects)


def _image_page(color: int) -> bytes:
    """A one-page PDF holding only an image (grey level ``color``): a scan with no text."""
    from fpdf import FPDF
    from PIL import Image
    buf = io.BytesIO()
    Image.new("L", (400, 300), color).save(buf, format="PNG")
    pdf = FPDF()
    pdf.add_page()
    pdf.image(io.BytesIO(buf.getvalue()), x=20, y=20, w=150)
    return bytes(pdf.output())


def _blank_pages(n: int) -> bytes:
    from fpdf import FPDF
    pdf = FPDF()
    for _ in range(n):
        pdf.add_page()
    return bytes(pdf.output())


def _extract(data: bytes, settings: Settings = RUN):
    return bytes_to_extraction(data, Path("input.pdf"), settings)


def test_blank_pages_are_blank_and_not_sent_to_ocr(monkeypatch):
    monkeypatch.setattr(ocr, "ocr_pdf_bytes", lambda *a, **k: pytest.fail("OCR of a blank page"))
    ex = _extract(_blank_pages(2))
    assert ex.info.error == "no text: 2 page(s) are blank" and ex.info.error_kind == "no_text"


def test_a_page_box_nested_100000_deep_is_a_blank_page_not_an_ocr_crash():
    nested = b"<< /A " * DEPTH + b"1" + b" >>" * DEPTH
    data = _pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                 b"<< /Type /Page /Parent 2 0 R /MediaBox " + nested + b" >>"])
    ex = _extract(data)
    assert ex.info.status == "error" and "Error" not in ex.info.error, ex.info.error
    assert ex.info.error.startswith("no text: 1 page(s) are blank")


def test_a_page_tree_nested_deep_is_unreadable_not_an_internal_error():
    nested = b"<< /A " * DEPTH + b"1" + b" >>" * DEPTH
    kids = b"[" * 1000 + b"]" * 1000
    data = _pdf([b"<< /Type /Catalog /Pages 2 0 R >>",
                 b"<< /Type /Pages /Kids [" + kids + b"] /Count 1 /Deep " + nested + b" >>"])
    ex = _extract(data)
    assert ex.info.error_kind in ("unreadable", "no_pages"), ex.info.error


def test_no_text_says_ocr_is_off_or_unavailable_never_none(monkeypatch):
    scan = _image_page(255)
    off = _extract(scan, RUN.with_(ocr=False))
    assert off.info.error == "no text: 1 page(s) have no text layer and OCR is off"
    monkeypatch.setattr(ocr, "ocr_available", lambda: "tesseract is not installed")
    missing = _extract(scan)
    assert missing.info.error_kind == "ocr_unavailable"
    assert missing.info.error == ("no text: 1 page(s) have no text layer and OCR is "
                                  "unavailable (tesseract is not installed)")


def test_ocr_that_ran_and_found_nothing_says_so():
    if ocr.ocr_available() is not None:
        pytest.skip(f"OCR unavailable: {ocr.ocr_available()}")
    ex = _extract(_image_page(255))         # a white scan: nothing to read
    assert ex.info.error_kind == "no_text", ex.info.error
    assert ex.info.error == "no text: 1 page(s) have no text layer and OCR found no text on them"
    assert "None" not in ex.info.error


def test_ocr_messages_name_temporary_files_without_their_random_folders():
    from extractors.ocr import _describe
    first = _describe(RuntimeError("cannot read /tmp/ocrmypdf.io.k2j3x/origin.pdf here"),
                      ["tesseract gave up on /tmp/tmpa1b2c3/000001_ocr.png"])
    second = _describe(RuntimeError("cannot read /tmp/ocrmypdf.io.zz9q1/origin.pdf here"),
                       ["tesseract gave up on /tmp/tmpq9r8s7/000001_ocr.png"])
    assert first == second
    assert "/tmp" not in first and "origin.pdf" in first and "000001_ocr.png" in first


def test_an_encryption_qpdf_forgives_is_no_password():
    path = need_shared(EXTERNAL / "robustness" / "qpdf" / "bad-encryption-length.pdf")
    ex = _extract(path.read_bytes(), RUN.with_(ocr=False))
    assert ex.info.status == "ok", ex.info.error
    for name in ("pdfminer/rc4-40.pdf", "pypdf/r6-both-passwords.pdf"):   # real passwords
        ex = _extract(need_shared(EXTERNAL / "robustness" / name).read_bytes())
        assert ex.info.error_kind == "encrypted", ex.info.error


# ------------------------------------------------- inputs by path: the parent holds no bytes


def test_no_task_hashes_its_arguments():
    """Prefect's default cache key hashes a task's arguments: ours take paths and turn it off."""
    from prefect.cache_policies import NO_CACHE
    from flows import tasks
    for t in (tasks.discover_files, tasks.identify_file, tasks.extract_document,
              tasks.load_archive, tasks.corpus_steps, tasks.publish_corpus):
        assert t.cache_policy is NO_CACHE, t.name


def test_a_file_changed_after_it_was_hashed_gets_a_one_line_row_not_cached(tmp_path):
    from flows import tasks
    from pipeline.cache import ExtractionCache
    from pipeline.inputs import identify
    from extractors.chain import pipeline_version
    from conftest import CORPUS
    path = tmp_path / "report.pdf"
    path.write_bytes(sorted(CORPUS.glob("*.pdf"))[0].read_bytes())
    settings = RUN.with_(out_dir=tmp_path / "out")
    source = identify(path, settings)
    with open(path, "ab") as f:                      # written to between hashing and reading
        f.write(b"\n% appended\n")
    ex = tasks.extract_document.fn(source, settings)
    assert ex.info.status == "error" and ex.info.error_kind == "changed"
    assert ex.info.error.startswith("changed while being read") and "\n" not in ex.info.error
    assert ex.info.doc_id == source.doc_id
    assert not ExtractionCache(settings.cache_path, pipeline_version(), settings).has(source.doc_id)
    again = tasks.extract_document.fn(identify(path, settings), settings)
    assert again.info.status == "ok", again.info.error


def test_hashing_a_file_has_a_time_limit(tmp_path, monkeypatch):
    import time
    from pipeline import inputs
    path = tmp_path / "slow.pdf"
    path.write_bytes(b"%PDF-1.4\n")
    monkeypatch.setattr(inputs, "sha256_file", lambda p: time.sleep(3) or "never")
    started = time.monotonic()
    source = inputs.identify(path, RUN.with_(doc_timeout_s=0.3))
    assert time.monotonic() - started < 2
    assert str(source.error) == "timed out: reading the file took longer than 0.3 s"


def test_the_flow_caches_a_timeout_with_its_limit(tmp_path):
    """A timeout is the file's under that time limit: served again under it, tried again
    under a longer one."""
    from flows import tasks
    from pipeline import sandbox
    from pipeline.cache import ExtractionCache
    from pipeline.inputs import identify
    from extractors.chain import pipeline_version
    from conftest import CORPUS
    settings = Settings(out_dir=tmp_path / "out", doc_timeout_s=0.01, concurrency=1)
    source = identify(sorted(CORPUS.glob("*.pdf"))[0], settings)
    try:
        ex = tasks.extract_document.fn(source, settings)
    finally:
        sandbox.shutdown()
    assert ex.info.error_kind == "timeout", ex.info.error
    version = pipeline_version()
    assert ExtractionCache(settings.cache_path, version, settings).get(source.doc_id) == ex
    longer = settings.with_(doc_timeout_s=60)
    assert ExtractionCache(settings.cache_path, version, longer).get(source.doc_id) is None
