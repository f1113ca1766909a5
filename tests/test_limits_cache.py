"""What the extraction cache keeps: outcomes the same bytes would give again, stored with
the limits they were reached under; never a kill from outside or a transient failure."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from pipeline.cache import ExtractionCache
from pipeline.errors import LIMITED_KINDS, MESSAGES, TRANSIENT_KINDS, InputError
from pipeline.records import DocumentInfo, ErrorKind, Extraction
from pipeline.settings import Settings
from typing import get_args

RUN = Settings(doc_timeout_s=60, ocr_timeout_s=30, worker_memory_bytes=2 * 1024**3)


def _row(kind: str | None, **details) -> Extraction:
    info = DocumentInfo(doc_id="ab" * 32, file_name="a.pdf", path="a.pdf", pages=1,
                        language=None, status="ok" if kind is None else "error")
    if kind is not None:
        err = InputError(kind, **details)
        info = replace(info, error=str(err), error_kind=err.kind)
    return Extraction(info=info)


@pytest.fixture
def cache(tmp_path: Path) -> ExtractionCache:
    return ExtractionCache(tmp_path, "v1", RUN)


def test_every_kind_has_a_one_line_message_and_a_record_type():
    kinds = set(get_args(ErrorKind))
    assert set(MESSAGES) <= kinds and set(LIMITED_KINDS) <= kinds and TRANSIENT_KINDS <= kinds
    assert not set(LIMITED_KINDS) & TRANSIENT_KINDS
    for name in LIMITED_KINDS.values():
        assert hasattr(RUN, name)


def test_a_timeout_is_served_until_the_time_limit_is_raised(cache):
    timed_out = _row("timeout", seconds=60)
    cache.put(timed_out)
    assert cache.get(timed_out.info.doc_id) == timed_out
    assert cache.get(timed_out.info.doc_id, RUN.with_(doc_timeout_s=10)) == timed_out
    assert cache.get(timed_out.info.doc_id, RUN.with_(doc_timeout_s=600)) is None
    # an extraction that ended well is the file's whatever the time limit
    done = replace(_row(None), info=replace(_row(None).info, doc_id="cd" * 32))
    cache.put(done)
    assert cache.get(done.info.doc_id, RUN.with_(doc_timeout_s=1)) == done


@pytest.mark.parametrize("kind,details,setting", [
    ("ocr_failed", dict(detail="Tesseract took longer than 5 s on each of 2 page(s)"), "ocr_timeout_s"),
    ("out_of_memory", dict(limit=2 * 1024**3), "worker_memory_bytes"),
    ("crashed", dict(how="signal 11 (SIGSEGV)"), "worker_memory_bytes"),
    ("too_large", dict(size=10, limit=5), "max_file_bytes"),
    ("too_many_pages", dict(pages=10, limit=5), "max_pages"),
])
def test_outcomes_reached_under_a_limit_are_retried_under_a_higher_one(cache, kind, details, setting):
    row = _row(kind, **details)
    cache.put(row)
    assert cache.get(row.info.doc_id) == row
    higher = RUN.with_(**{setting: getattr(RUN, setting) * 2})
    assert cache.get(row.info.doc_id, higher) is None


@pytest.mark.parametrize("kind,details", [
    ("killed", dict(detail="its worker was stopped by signal 9 (SIGKILL) from outside")),
    ("ocr_unavailable", dict(pages=2, reason="tesseract is not installed")),
    ("internal", dict(stage="worker", detail="KeyError: 'x'")),
    ("not_found", dict(path="/nowhere/a.pdf")),
])
def test_kills_and_transient_failures_are_never_stored(cache, kind, details):
    cache.put(_row(kind, **details))
    assert cache.get("ab" * 32) is None
    assert not list(cache.folder.glob("*.json"))


def test_deterministic_failures_are_served_under_any_limit(cache):
    row = _row("encrypted")
    cache.put(row)
    assert cache.get(row.info.doc_id, RUN.with_(doc_timeout_s=900, worker_memory_bytes=8 * 1024**3)) == row


def test_entries_made_under_other_ocr_or_language_settings_are_misses(cache):
    row = _row("no_text", detail="1 page(s) have no text layer and OCR is off")
    cache.put(row, RUN.with_(ocr=False))
    assert cache.get(row.info.doc_id, RUN.with_(ocr=False)) == row
    assert cache.get(row.info.doc_id, RUN.with_(ocr=True)) is None
    assert cache.get(row.info.doc_id, RUN.with_(ocr=False, languages=("fr",))) is None


def test_without_settings_a_limited_outcome_is_not_stored(tmp_path):
    plain = ExtractionCache(tmp_path, "v1")
    plain.put(_row("timeout", seconds=5))
    assert plain.get("ab" * 32) is None
    plain.put(_row("not_pdf"))
    assert plain.get("ab" * 32) == _row("not_pdf")
