"""The PDF extractor: the only module that reads files.

``read_pdf`` turns a file into an in-memory ``Document``: pdfium gives lines with
position, font size and boldness (two-column bands read column by column, ``columns``),
and ruled tables (``reader``, ``rules``), pdfplumber
reads what pdfium cannot (``fallback``); then pure stages mark running headers/footers
(``pages_to_furniture``), headings (``pages_to_headings``), join the body text with
end-of-line hyphens mended (``pages_to_text``) and cut it into sections
(``lines_to_sections``) (``layout``). Every stage after the file read is a pure
function over records, so it is tested without PDFs.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from extractors import ocr
from extractors.pdf.fallback import (
    decrypted, plumber_bytes_to_pages, plumber_bytes_to_tables, plumber_page_to_page,
    plumber_page_to_tables)
from extractors.pdf.layout import (
    MARGIN_SHARE, body_font_size, lines_to_sections, pages_to_document, pages_to_furniture,
    pages_to_headings, pages_to_text)
from extractors.pdf.reader import (
    _PdfiumRefused, pdfium_bytes_to_pages, pdfium_page_to_page, textpage_to_chars)
from extractors.pdf.rules import pdfium_page_to_rules, rules_may_form_grid, rules_to_tables
from extractors.pdf.words import Char, chars_to_words, words_to_lines
from pipeline.errors import InputError
from pipeline.protocol import Extractor
from pipeline.records import Document, Page
from pipeline.settings import Settings
from pipeline.text import sha256_bytes

NAME = "pdf"
VERSION = "1.6"

__all__ = [
    "NAME", "VERSION", "read_pdf", "check_header", "bytes_to_document", "bytes_to_pages",
    "pdfium_bytes_to_pages", "pdfium_page_to_page", "textpage_to_chars", "Char",
    "chars_to_words", "words_to_lines", "pdfium_page_to_rules", "rules_may_form_grid",
    "rules_to_tables", "plumber_bytes_to_tables", "plumber_bytes_to_pages",
    "plumber_page_to_page", "plumber_page_to_tables", "MARGIN_SHARE", "pages_to_furniture",
    "body_font_size", "pages_to_headings", "pages_to_text", "lines_to_sections",
    "pages_to_document",
]


def read_pdf(path: Path, settings: Settings | None = None) -> Document:
    """Read one PDF file into a Document; raise InputError with a one-line reason."""
    settings = settings or Settings()
    path = Path(path)
    if not path.is_file():
        raise InputError("not_found", path=str(path))
    size = path.stat().st_size
    if size == 0:
        raise InputError("empty")
    if size > settings.max_file_bytes:
        raise InputError("too_large", size=size, limit=settings.max_file_bytes)
    data = path.read_bytes()
    return bytes_to_document(data, path.name, settings)


def check_header(data: bytes) -> bytes:
    """The PDF bytes from their %PDF- header on (readers tolerate leading junk, whose
    bytes would shift every offset). A file with no header is still tried when it
    plainly holds PDF objects; anything else is not a PDF."""
    if not data:
        raise InputError("empty")
    at = data.find(b"%PDF-", 0, 1024)
    if at >= 0:
        return data[at:]
    if b" obj" in data[:4096] and (b"/Root" in data or b"/Pages" in data):
        return data
    raise InputError("not_pdf")


def bytes_to_document(data: bytes, file_name: str, settings: Settings | None = None) -> Document:
    """Parse PDF bytes into a Document (doc_id = sha256 of the bytes)."""
    settings = settings or Settings()
    pdf_bytes = check_header(data)
    pages = bytes_to_pages(pdf_bytes, settings)
    scanned = ocr.pages_without_text(pages)
    if scanned and settings.ocr and ocr.ocr_available() is None:
        # Pages with no text layer are OCR'd (in the report's language) and re-read.
        try:
            ocred = ocr.ocr_missing_text(pdf_bytes, pages, None, settings)
        except InputError:
            if len(scanned) == len(pages):
                raise
            ocred = None  # keep the typed pages of a report whose annexed scan failed
        if ocred is not None:
            pages = ocr.mark_ocr_pages(bytes_to_pages(ocred, settings), scanned)
    return pages_to_document(sha256_bytes(data), file_name, pages)


def bytes_to_pages(data: bytes, settings: Settings) -> list[Page]:
    """Every page's lines and ruled tables. pdfium reads the text and the vector rules
    (fast, page by page) and pdfplumber's table finder runs on them; pdfplumber parses
    only pages whose drawing is too heavy to read here, and whole files pdfium refuses
    (pdfminer recovers some damaged files pdfium will not open)."""
    try:
        pages, heavy_pages = pdfium_bytes_to_pages(data, settings)
    except _PdfiumRefused:
        return plumber_bytes_to_pages(data, settings)
    except InputError as exc:   # "encrypted": qpdf may open it with the empty password
        opened = decrypted(data) if exc.kind == "encrypted" else None
        if opened is None:
            raise
        try:
            pages, heavy_pages = pdfium_bytes_to_pages(opened, settings)
        except _PdfiumRefused:
            return plumber_bytes_to_pages(opened, settings)
        data = opened
    if not heavy_pages:
        return pages
    found = plumber_bytes_to_tables(data, heavy_pages, settings)
    return [replace(p, tables=found[p.number]) if found.get(p.number) else p for p in pages]


def _sections(doc: Document, found) -> tuple:
    return doc.sections


# The reader itself runs before the chain (bytes -> Document); what it gives the chain
# is the document's sections (headings and their spans).
SECTIONS = Extractor("sections", VERSION, needs=(), gives="sections", run=_sections)
