"""A table found on a page before it becomes a record, and where it stands in the text."""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.records import Document
from pipeline.spaced import find_spaced
from pipeline.text import collapse, sentence_at


@dataclass(frozen=True)
class _Block:
    """A table found on the page before it becomes a record."""
    page: int
    rows: list[list[str]]              # row 0 = header
    bbox: tuple[float, float, float, float] | None
    start: int
    end: int
    caption: str | None
    method: str
    pages: tuple[int, ...]
    row_pages: tuple[int, ...] = ()    # page of each row (a joined table spans pages)


def _row_pages(block: _Block) -> tuple[int, ...]:
    return block.row_pages or (block.page,) * len(block.rows)


def _page_range(doc: Document, number: int) -> tuple[int, int]:
    a = doc.page_starts[number - 1] if number - 1 < len(doc.page_starts) else len(doc.text)
    b = doc.page_starts[number] if number < len(doc.page_starts) else len(doc.text)
    return a, b


def _locate(doc: Document, page: int, first: str, last: str) -> tuple[int, int]:
    """Span of a table in the body text: from its first cell's text to its last's."""
    a, b = _page_range(doc, page)
    start = _find_loose(doc.text, first, a, b) if first else -1
    start = a if start < 0 else start
    end = _find_loose(doc.text, last, start, b) if last else -1
    end = (end + len(last)) if end >= 0 else max(start, min(b, start + 1))
    return start, max(start, min(end, len(doc.text)))


def _find_loose(text: str, needle: str, a: int, b: int) -> int:
    """Where ``needle`` starts in ``text[a:b]``, with any whitespace between its words."""
    found = find_spaced(text, needle, a, b)
    return found[0] if found else -1


def _caption_from_text(doc: Document, page: int, line_text: str) -> str | None:
    a, b = _page_range(doc, page)
    pos = _find_loose(doc.text, line_text.strip(), a, b)
    text = line_text
    if pos >= 0:
        end = pos + len(line_text.strip())
        sent = sentence_at(doc.text, max(pos, end - 1))
        if sent.text and sent.start <= end:
            text = doc.text[sent.start:end]       # the sentence, up to the line's end
    caption = collapse(text).rstrip(" :")
    return caption or None
