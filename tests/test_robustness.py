"""Broken, encrypted, fuzzed and odd PDFs from other projects' test suites: each one
is read or rejected with a one-line reason, never a crash."""

from __future__ import annotations

import json

import pytest

from conftest import EXTERNAL, need_shared
from extractors import pdf
from pipeline.errors import InputError

ROBUST = EXTERNAL / "robustness"


def expectations():
    path = ROBUST / "robustness_expectations.json"
    if not path.exists():
        return []
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", expectations(), ids=lambda c: c["file"])
def test_every_robustness_file_is_read_or_rejected_cleanly(case):
    path = need_shared(ROBUST / case["file"])
    try:
        doc = pdf.read_pdf(path)
    except InputError as exc:
        message = str(exc)
        assert message and "\n" not in message and len(message) <= 300
        assert message.split(":")[0] in {"empty file", "not a PDF", "encrypted", "damaged PDF",
                                         "unreadable PDF", "no pages", "too large",
                                         "too many pages", "OCR failed"}
        return
    assert len(doc.pages) >= 1
    assert all(p.number == i + 1 for i, p in enumerate(doc.pages))


def test_the_robustness_folder_is_present_or_skipped():
    need_shared(ROBUST)
    assert len(expectations()) >= 50


@pytest.mark.parametrize("name,start", [
    ("qpdf/bad1.pdf", "not a PDF"),
    ("pdfminer/rc4-40.pdf", "encrypted"),
    ("pypdf/r6-both-passwords.pdf", "encrypted"),
])
def test_known_bad_files_get_the_right_reason(name, start):
    path = need_shared(ROBUST / name)
    with pytest.raises(InputError) as err:
        pdf.read_pdf(path)
    assert str(err.value).startswith(start)


@pytest.mark.parametrize("name", ["qpdf/leading-junk.pdf", "pdfjs/bug1606566.pdf"])
def test_recoverable_files_open(name):
    """Junk before the header, or no header at all, is tolerated as readers do."""
    doc = pdf.read_pdf(need_shared(ROBUST / name))
    assert doc.text.strip()
