"""Text utilities shared by the extractors: folding, sentences, years, test documents."""

from __future__ import annotations

import bisect
import functools
import hashlib
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from pipeline.lexicon import every_language
from pipeline.records import Document, Line, Page, Provenance, Section

# No-break and narrow no-break spaces are thousands separators in French figures.
SPACES = "\u00a0\u202f\u2007\u2009"
_WS = re.compile(r"\s+")


class _NoCombining(dict):
    """``str.translate`` table dropping combining marks: each code point looked up in
    ``unicodedata`` once, the first time it is met, then kept."""

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.combining(chr(code)) else code
        self[code] = kept
        return kept


_NO_COMBINING = _NoCombining()


def fold(text: str) -> str:
    """Lower-case, strip accents and collapse whitespace (for matching, never display).
    ASCII text has no decomposition nor combining mark: it skips both steps."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text).translate(_NO_COMBINING)
    return _WS.sub(" ", text.replace("’", "'")).strip().lower()


def collapse(text: str) -> str:
    """Collapse runs of whitespace (including no-break spaces) into one space."""
    return _WS.sub(" ", text.replace("\u00a0", " ").replace("\u202f", " ")).strip()


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sha256_file(path: str | Path, chunk: int = 1024 * 1024) -> str:
    """The sha256 of a file's bytes, read ``chunk`` bytes at a time: a file of any size
    is hashed in bounded memory."""
    digest = hashlib.sha256()
    with open(path, "rb", buffering=0) as f:
        while block := f.read(chunk):
            digest.update(block)
    return digest.hexdigest()


@dataclass(frozen=True)
class Span:
    """A character span of ``Document.text`` with its text."""
    start: int
    end: int
    text: str


# A sentence ends at . ! ? (not after an abbreviation or an initial) or at a blank line.
_BOUNDARY = re.compile(r"[.!?…]+[\"»”)\]]*(?=\s)|\n\s*\n")


@functools.cache
def _abbreviations() -> frozenset[str]:
    """Abbreviations of every language after which a period ends no sentence (lower-case,
    without their final period); documents mix languages."""
    return frozenset(every_language("text", "sentence_abbreviations"))


def sentences(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Split ``text[start:end]`` into sentences, keeping offsets into ``text``.

    Blank lines (paragraph breaks) always end a sentence; single newlines do not.
    A period after a known abbreviation, a single capital (an initial) or a digit
    group followed by a lower-case word does not end a sentence.
    """
    end = len(text) if end is None else end
    out: list[Span] = []
    pos = start
    for m in _BOUNDARY.finditer(text, start, end):
        if not m.group().startswith("\n"):
            last = _last_word(text, pos, m.start()).lower().rstrip(".")
            if last in _abbreviations() or (len(last) == 1 and last.isalpha()):
                continue
            nxt = text[m.end():m.end() + 3].lstrip()
            if nxt[:1].islower() or nxt[:1].isdigit() and m.group() == ".":
                continue
        _emit(text, pos, m.end(), out)
        pos = m.end()
    _emit(text, pos, end, out)
    return out


def _last_word(text: str, a: int, b: int) -> str:
    """The last whitespace-separated word of ``text[a:b]`` ("" if none), read backwards
    from ``b`` so that a run of boundaries that end no sentence stays linear."""
    while b > a and text[b - 1].isspace():
        b -= 1
    i = b
    while i > a and not text[i - 1].isspace():
        i -= 1
    return text[i:b]


def _emit(text: str, a: int, b: int, out: list[Span]) -> None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if b > a:
        out.append(Span(a, b, text[a:b]))


def sentence_at(text: str, offset: int) -> Span:
    """The sentence of ``text`` that holds ``offset``. Each paragraph is split once per
    text (an index kept for the last few texts): checks ask for the sentence of every
    year or figure they find, and a dense report is one long paragraph."""
    index = _sentence_index(text)
    para = index.paragraph(offset)
    starts, spans = index.sentences(para)
    i = bisect.bisect_right(starts, offset) - 1
    if i >= 0 and offset < spans[i].end:
        return spans[i]
    return Span(offset, offset, "")


class _SentenceIndex:
    """Where the paragraphs of one text start and end, and each paragraph's sentences
    (split on first use)."""

    def __init__(self, text: str) -> None:
        self.text = text
        # Every position of "\n\n", overlapping ones included (as str.find sees them).
        self.breaks = [m.start() for m in _PARA_BREAK.finditer(text)]
        self._split: dict[tuple[int, int], tuple[list[int], list[Span]]] = {}

    def paragraph(self, offset: int) -> tuple[int, int]:
        """(start, end) of the paragraph holding ``offset``: after the last blank line
        that ends at or before it, up to the next one that starts at or after it."""
        before = bisect.bisect_right(self.breaks, offset - 2) - 1
        after = bisect.bisect_left(self.breaks, offset)
        start = self.breaks[before] + 2 if before >= 0 else 0
        end = self.breaks[after] if after < len(self.breaks) else len(self.text)
        return start, end

    def sentences(self, para: tuple[int, int]) -> tuple[list[int], list[Span]]:
        found = self._split.get(para)
        if found is None:
            spans = sentences(self.text, *para)
            found = self._split[para] = ([s.start for s in spans], spans)
        return found


_PARA_BREAK = re.compile(r"(?=\n\n)")


@functools.lru_cache(maxsize=8)
def _sentence_index(text: str) -> _SentenceIndex:
    return _SentenceIndex(text)


def blank_line_before(text: str, end: int) -> int:
    """``text.rfind("\\n\\n", 0, end)`` in log time (a dense report has no blank line, and
    searching back to its start for every match was quadratic)."""
    breaks = _sentence_index(text).breaks
    i = bisect.bisect_right(breaks, min(end, len(text)) - 2) - 1
    return breaks[i] if i >= 0 else -1


def blank_line_after(text: str, start: int) -> int:
    """``text.find("\\n\\n", start)`` in log time."""
    breaks = _sentence_index(text).breaks
    i = bisect.bisect_left(breaks, max(start, 0))
    return breaks[i] if i < len(breaks) else -1


class SpanSet:
    """The union of [start, end) spans, asked whether it holds a position in log time
    (instead of testing every span of the document for every match)."""

    def __init__(self, spans) -> None:
        merged: list[list[int]] = []
        for a, b in sorted(spans):
            if a >= b:
                continue                  # an empty span holds nothing
            if merged and a <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        self._starts = [a for a, _ in merged]
        self._ends = [b for _, b in merged]

    def __bool__(self) -> bool:
        return bool(self._starts)

    def __contains__(self, pos: int) -> bool:
        i = bisect.bisect_right(self._starts, pos) - 1
        return i >= 0 and pos < self._ends[i]

    def overlaps(self, start: int, end: int) -> bool:
        """Whether [start, end) shares a position with a (non-empty) span of the set."""
        i = bisect.bisect_left(self._starts, end) - 1
        return i >= 0 and self._ends[i] > start


YEAR = re.compile(r"(?<![\d.,/-])((?:19|20)\d\d)(?![\d.,]\d)")


def years_in(text: str) -> list[tuple[int, int, int]]:
    """Every plausible year (1900-2099) in ``text`` as (year, start, end)."""
    return [(int(m.group(1)), m.start(1), m.end(1)) for m in YEAR.finditer(text)]


def document_from_text(text: str, doc_id: str = "test", file_name: str = "test.txt",
                       language: str | None = None,
                       headings: tuple[str, ...] = ()) -> Document:
    """A Document built from plain text (pages split by form feeds), for tests and
    for extractors' unit tests that need no PDF. ``headings`` marks exact lines as
    section headings."""
    pages_text = text.split("\f")
    body_parts: list[str] = []
    page_starts: list[int] = []
    pages: list[Page] = []
    offset = 0
    for number, chunk in enumerate(pages_text, start=1):
        page_starts.append(offset)
        lines = tuple(
            Line(page=number, text=t, x0=0.0, top=12.0 * i, x1=500.0, bottom=12.0 * i + 10,
                 size=10.0, bold=False, role="heading" if t.strip() in headings else "body")
            for i, t in enumerate(chunk.split("\n")))
        pages.append(Page(number=number, width=595.0, height=842.0, lines=lines))
        piece = chunk if number == len(pages_text) else chunk + "\n"
        body_parts.append(piece)
        offset += len(piece)
    body = "".join(body_parts)
    sections = []
    if headings:
        found = []
        for h in headings:
            for m in re.finditer(r"(?m)^\s*" + re.escape(h) + r"\s*$", body):
                found.append((m.start(), h))
        found.sort()
        for i, (pos, h) in enumerate(found):
            end = found[i + 1][0] if i + 1 < len(found) else len(body)
            import bisect
            page = max(1, bisect.bisect_right(page_starts, pos))
            sections.append(Section(heading=h, page=page, start=pos, end=end))
    return Document(doc_id=doc_id, file_name=file_name, pages=tuple(pages), text=body,
                    page_starts=tuple(page_starts), sections=tuple(sections), language=language)


def provenance(doc: Document, start: int, end: int, extractor: str, version: str) -> Provenance:
    """Provenance of the span ``doc.text[start:end]``."""
    return Provenance(doc_id=doc.doc_id, page=doc.page_at(start), start=start, end=end,
                      extractor=extractor, version=version)


def stable_id(*parts: object, length: int = 16) -> str:
    """A short deterministic id from its parts (same input, same id across runs)."""
    h = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8"))
    return h.hexdigest()[:length]
