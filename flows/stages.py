"""The per-document pipeline as a chain of stages (the table of contents).

``bytes_to_extraction`` reads nothing: it takes a file's bytes and returns every fact
extracted from it, or a documents row with a one-line error. It is what a worker
process runs for each file.
"""

from __future__ import annotations

import functools
import hashlib
from dataclasses import replace
from pathlib import Path

from extractors import amounts, citations, decisions, language, metadata, pdf, speakers, tables
from pipeline import checks
from pipeline.errors import InputError, one_line
from pipeline.records import Document, DocumentInfo, Extraction
from pipeline.settings import Settings
from pipeline.text import sha256_bytes

EXTRACTORS = (pdf, language, metadata, speakers, decisions, amounts, tables, checks)


@functools.cache
def pipeline_version() -> str:
    """One version for the whole chain: each extractor's declared version plus a digest
    of its source and of the lexicon tables, so that any change to the code that makes
    the facts misses the cache, even one whose author forgot to bump VERSION."""
    digest = hashlib.sha256()
    for module in EXTRACTORS:
        digest.update(f"{module.__name__}:{getattr(module, 'VERSION', '0')}".encode())
    for path in sorted(_sources()):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def _sources() -> list[Path]:
    import extractors
    import pipeline
    roots = [Path(extractors.__file__).parent, Path(pipeline.__file__).parent]
    found = [p for r in roots for p in r.rglob("*.py")] + list(
        (Path(pipeline.__file__).parent / "lexicon").glob("*.toml"))
    return [p for p in found if p.name not in ("publish.py", "report.py", "evaluate.py", "query.py")]


def error_extraction(doc_id: str, path: Path, message: str, pages: int = 0,
                     size: int = 0) -> Extraction:
    """The Extraction of a file that could not be read: a documents row with its reason."""
    info = DocumentInfo(doc_id=doc_id, file_name=path.name, path=str(path), pages=pages,
                        language=None, status="error", error=one_line(message),
                        size_bytes=size, extractor_version=pipeline_version())
    return Extraction(info=info)


def document_to_extraction(doc: Document, info: DocumentInfo) -> Extraction:
    """Run every text extractor over one parsed document, then its own checks."""
    doc = language.document_to_language(doc)
    meeting = metadata.document_to_meeting(doc)
    found_amounts = amounts.document_to_amounts(doc, meeting)
    ex = Extraction(
        info=replace(info, language=doc.language, language_confidence=doc.language_confidence),
        meeting=meeting,
        interventions=speakers.document_to_interventions(doc, meeting),
        decisions=decisions.document_to_decisions(doc, meeting),
        amounts=found_amounts,
        sums=amounts.amounts_to_sums(doc, found_amounts),
        tables=tables.document_to_tables(doc),
        sections=doc.sections,
        quoted_meetings=citations.document_to_quoted_meetings(doc),
    )
    return replace(ex, flags=checks.extraction_to_flags(doc, ex))


def bytes_to_extraction(data: bytes, path: Path, settings: Settings) -> Extraction:
    """Parse and extract one file's bytes; a bad file gives an error row, not an exception
    (unless the error policy is strict)."""
    doc_id = sha256_bytes(data)
    try:
        if len(data) > settings.max_file_bytes:
            raise InputError("too_large", size=len(data), limit=settings.max_file_bytes)
        doc = pdf.bytes_to_document(data, path.name, settings)
    except InputError as exc:
        return error_extraction(doc_id, path, str(exc), size=len(data))
    except Exception as exc:  # a reader failure we did not foresee: recorded, never silent
        if settings.error_policy == "strict":
            raise
        reason = InputError("internal", stage="reading",
                            detail=one_line(f"{type(exc).__name__}: {exc}", 200))
        return error_extraction(doc_id, path, str(reason), size=len(data))
    ocr_pages = tuple(p.number for p in doc.pages if p.ocr)
    info = DocumentInfo(doc_id=doc_id, file_name=path.name, path=str(path), pages=len(doc.pages),
                        language=None, status="ok", ocr_pages=ocr_pages, size_bytes=len(data),
                        extractor_version=pipeline_version())
    if not doc.text.strip():
        no_text = sum(1 for p in doc.pages if not p.has_text_layer)
        from extractors.ocr import ocr_available
        message = InputError("no_text", pages=no_text or len(doc.pages),
                             ocr="off" if not settings.ocr else f"unavailable ({ocr_available()})")
        return Extraction(info=replace(info, status="error", error=str(message)))
    try:
        return document_to_extraction(doc, info)
    except Exception as exc:  # a bug of ours: recorded against the file, never silent
        if settings.error_policy == "strict":
            raise
        detail = one_line(f"{type(exc).__name__}: {exc}", 200)
        return Extraction(info=replace(info, status="error",
                                       error=str(InputError("internal", stage="extraction",
                                                            detail=detail))))
