"""The per-document chain, outside any flow: a file's bytes -> Document (pdf) -> every
registered extractor in order -> the report's own checks -> one Extraction.

``REGISTRY`` is the one ordered list of extractors, each declared by its own module
(``EXTRACTOR``: name, version, the facts it needs and the one it gives): it drives the
calls and the pipeline version that keys the cache. ``path_to_extraction`` is what a worker
process runs for each file: it reads the file (through the pdf extractor, the one module
that reads files) and checks its bytes are those the run found; ``bytes_to_extraction``
reads nothing from disk.
"""

from __future__ import annotations

import functools
import hashlib
from dataclasses import replace
from pathlib import Path

from extractors import amounts, citations, decisions, language, metadata, pdf, speakers, tables
from extractors.pdf import reader as pdf_reader
from pipeline import checks, sandbox
from pipeline.errors import InputError, one_line, unforeseen
from pipeline.inputs import path_id
from pipeline.protocol import Extractor, check_order, run_chain
from pipeline.records import Document, DocumentInfo, Extraction
from pipeline.settings import Settings
from pipeline.text import sha256_bytes

REGISTRY: tuple[Extractor, ...] = check_order((
    language.EXTRACTOR, pdf.SECTIONS, metadata.EXTRACTOR, amounts.EXTRACTOR, amounts.SUMS,
    speakers.EXTRACTOR, decisions.EXTRACTOR, tables.EXTRACTOR, citations.EXTRACTOR,
    checks.EXTRACTOR,
))


@functools.cache
def pipeline_version() -> str:
    """One version for the whole chain: the reader's and each registered extractor's
    declared version plus a digest of their source and of the lexicon tables, so that
    any change to the code that makes the facts misses the cache, even one whose author
    forgot to bump a VERSION."""
    digest = hashlib.sha256(f"{pdf.NAME}:{pdf.VERSION}".encode())
    for ex in REGISTRY:
        digest.update(f"{ex.name}:{ex.version}".encode())
    for path in sorted(_sources()):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


# Modules that read or write the archive, not one document's facts: editing them must not
# re-extract every archived document.
ARCHIVE_WIDE = frozenset({"publish.py", "report.py", "evaluate.py", "query.py", "archive.py",
                          "history.py", "reviews.py", "lock.py", "draft.py", "inputs.py",
                          "frames.py", "current.py"})


def _sources() -> list[Path]:
    import extractors
    import pipeline
    roots = [Path(extractors.__file__).parent, Path(pipeline.__file__).parent]
    found = [p for r in roots for p in r.rglob("*.py")] + list(
        (Path(pipeline.__file__).parent / "lexicon").glob("*.toml"))
    return [p for p in found if p.name not in ARCHIVE_WIDE]


def error_extraction(doc_id: str, path: Path, error: InputError | str, pages: int = 0,
                     size: int = 0) -> Extraction:
    """The Extraction of a file that could not be read: a documents row with its reason."""
    kind = error.kind if isinstance(error, InputError) else "io"
    info = DocumentInfo(doc_id=doc_id, file_name=path.name, path=str(path), pages=pages,
                        language=None, status="error", error=one_line(str(error)),
                        error_kind=kind, size_bytes=size, extractor_version=pipeline_version())
    return Extraction(info=info)


def document_to_extraction(doc: Document, info: DocumentInfo) -> Extraction:
    """Run every registered extractor over one parsed document, then its own checks."""
    doc, found = run_chain(REGISTRY, doc, Extraction(info=info))
    return replace(found, info=replace(found.info, language=doc.language,
                                       language_confidence=doc.language_confidence))


def _read(data: bytes, path: Path, settings: Settings) -> Document | InputError:
    """The parsed Document, or the one-line reason it could not be read."""
    try:
        if len(data) > settings.max_file_bytes:
            raise InputError("too_large", size=len(data), limit=settings.max_file_bytes)
        return pdf.bytes_to_document(data, path.name, settings)
    except InputError as exc:
        return exc
    except Exception as exc:  # a reader failure we did not foresee: recorded, never silent
        return unforeseen(exc, "reading", settings.error_policy)


def path_to_extraction(path: Path, settings: Settings, doc_id: str | None = None) -> Extraction:
    """Read one file and extract it; with ``doc_id`` (the sha256 the run found), a file
    whose bytes are no longer those gets a one-line "changed" row instead."""
    path = Path(path)
    try:
        data, digest = pdf_reader.read_file(path, settings.max_file_bytes)
    except InputError as exc:
        return error_extraction(doc_id or path_id(path), path, exc)
    except OSError as exc:
        return error_extraction(doc_id or path_id(path), path, one_line(f"unreadable file: {exc}"))
    if doc_id is not None and digest != doc_id:
        return error_extraction(doc_id, path, InputError("changed"), size=len(data))
    return bytes_to_extraction(data, path, settings, digest)


def bytes_to_extraction(data: bytes, path: Path, settings: Settings,
                        doc_id: str | None = None) -> Extraction:
    """Parse and extract one file's bytes (``doc_id``: their sha256, when known); a bad
    file gives an error row, not an exception (unless the error policy is strict)."""
    doc_id = doc_id or sha256_bytes(data)
    doc = _read(data, path, settings)
    if isinstance(doc, InputError):
        return error_extraction(doc_id, path, doc, size=len(data))
    info = DocumentInfo(doc_id=doc_id, file_name=path.name, path=str(path), pages=len(doc.pages),
                        language=None, status="ok", ocr_pages=tuple(p.number for p in doc.pages if p.ocr),
                        size_bytes=len(data), extractor_version=pipeline_version())
    if not doc.text.strip():
        return _no_text(doc, info, settings)
    try:
        return document_to_extraction(doc, info)
    except Exception as exc:  # a bug of ours: recorded against the file, never silent
        reason = unforeseen(exc, "extraction", settings.error_policy)
        return Extraction(info=replace(info, status="error", error=str(reason), error_kind=reason.kind))


def _no_text(doc: Document, info: DocumentInfo, settings: Settings) -> Extraction:
    """A document with no text at all, and why: its pages have no text layer and OCR is
    off, unavailable here (then not cached: it may be installed later) or found none;
    or nothing is drawn on them; or what they hold is no readable text."""
    from extractors.ocr import ocr_available
    pages = len(doc.pages)
    unread = sum(1 for p in doc.pages if not p.has_text_layer)
    blank = sum(1 for p in doc.pages if p.blank)
    if not unread:
        reason = InputError("no_text", detail=f"the {pages} page(s) hold no readable text")
    elif blank == unread:
        rest = f" and the other {pages - blank} hold no readable text" if pages > blank else ""
        reason = InputError("no_text", detail=f"{blank} page(s) are blank{rest}")
    elif not settings.ocr:
        reason = InputError("no_text", detail=f"{unread} page(s) have no text layer and OCR is off")
    elif ocr_available() is not None:
        reason = InputError("ocr_unavailable", pages=unread, reason=ocr_available())
    else:
        reason = InputError("no_text", detail=f"{unread} page(s) have no text layer and OCR "
                                              "found no text on them")
    return Extraction(info=replace(info, status="error", error=str(reason), error_kind=reason.kind))


def extract_isolated(path: Path, settings: Settings, doc_id: str | None = None,
                     size: int = 0) -> Extraction:
    """``path_to_extraction`` in a worker process, within ``settings.doc_timeout_s`` and
    the worker memory cap: the caller never holds the file's bytes."""
    path = Path(path)
    result = sandbox.call_isolated(path_to_extraction, (path, settings, doc_id), settings)
    if isinstance(result, InputError):
        return error_extraction(doc_id or path_id(path), path, result, size=size)
    return result
