"""Shared helpers of the consistency checks: folded search with offsets, lexicon words,
verbatim quotes and flag building.

``Folded`` stays beside ``pipeline.patterns.fold_keep``: it also turns every space but a
newline into " " (the checks' ``[ \\t]`` patterns rely on it) and may be longer than the
original (a ligature folds to two letters), so it keeps an origin map instead."""

from __future__ import annotations

import functools
import re
import unicodedata
from array import array
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from pipeline.lexicon import languages, words
from pipeline.patterns import alternation
from pipeline.records import Document, Evidence, Flag, Section, Severity
from pipeline.spaced import find_spaced, iter_spaced
from pipeline.text import fold, stable_id

NAME = "checks"
VERSION = "0.4.0"


# ------------------------------------------------------------------ folded text


def _fold_char(c: str) -> str:
    if c.isspace():
        return " " if c != "\n" else "\n"
    if c in "’‘`´":
        return "'"
    decomposed = unicodedata.normalize("NFKD", c)
    return "".join(x for x in decomposed if not unicodedata.combining(x)).lower() or c


@dataclass(frozen=True)
class Folded:
    """``text`` accent- and case-folded, with ``origin[i]`` = offset in the original of
    folded character i, so a regex match on the folded text maps back verbatim."""
    original: str
    text: str
    origin: Sequence[int]       # an array of ints: 4 bytes a character, not a tuple of ints

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original span of the folded span [start, end)."""
        if end <= start:
            o = self.origin[start] if start < len(self.origin) else len(self.original)
            return o, o
        return self.origin[start], self.origin[end - 1] + 1

    def finditer(self, pattern: re.Pattern[str], start: int = 0,
                 end: int | None = None) -> Iterator[tuple[re.Match[str], int, int]]:
        """Matches of ``pattern`` in the folded text of the original span [start, end),
        each with its original (start, end)."""
        fstart = self.folded_offset(start)
        fend = len(self.text) if end is None else self.folded_offset(end)
        for m in pattern.finditer(self.text, fstart, fend):
            a, b = self.span(m.start(), m.end())
            yield m, a, b

    def folded_offset(self, original_offset: int) -> int:
        import bisect
        return bisect.bisect_left(self.origin, original_offset)


@functools.lru_cache(maxsize=64)
def folded(text: str) -> Folded:
    """The folded view of ``text`` (cached: checks fold the same document many times)."""
    chars: list[str] = []
    origin = array("I")
    for i, c in enumerate(text):
        f = _fold_char(c)
        chars.append(f)
        origin.extend([i] * len(f))
    return Folded(text, "".join(chars), origin)


# ---------------------------------------------------------------------- lexicon


@functools.cache
def lex(key: str, section: str = "checks") -> tuple[str, ...]:
    """``key`` of the lexicon section in every supported language, folded, longest first
    (documents mix languages, and the words rarely collide)."""
    out: set[str] = set()
    for lang in languages():
        for w in words(lang, section, key):
            if isinstance(w, str):
                out.add(fold(w))
    return tuple(sorted(out, key=lambda w: (-len(w), w)))


@functools.cache
def lex_as_written(key: str, section: str = "checks") -> tuple[str, ...]:
    """``key`` of the lexicon section in every supported language, as written (for text
    matched unfolded), longest first."""
    out = {w for lang in languages() for w in words(lang, section, key) if isinstance(w, str)}
    return tuple(sorted(out, key=lambda w: (-len(w), w)))


@functools.cache
def lex_pattern(key: str, left: str = r"\b", right: str = r"\b") -> re.Pattern[str]:
    """The folded words of ``key`` as one regex between ``left`` and ``right`` (whole
    words by default; ``right=""`` for stems), compiled once, to search folded text."""
    return re.compile(f"{left}{alternation(lex(key))}{right}")


@functools.cache
def month_numbers() -> dict[str, int]:
    """Every month name and abbreviation of every language, folded, to its number."""
    out: dict[str, int] = {}
    for lang in languages():
        for key in ("months", "months_short"):
            for i, m in enumerate(words(lang, "dates", key)):
                out.setdefault(fold(m), i + 1)
    return out


@functools.cache
def weekday_numbers() -> dict[str, int]:
    """Every weekday name of every language, folded, to Python's weekday (Monday = 0)."""
    return {fold(d): i for lang in languages() for i, d in enumerate(words(lang, "dates", "weekdays"))}


@functools.cache
def ordinal_numbers() -> dict[str, int]:
    """Ordinal words of every language ("septième", "seventh") to their number."""
    out: dict[str, int] = {}
    for lang in languages():
        for i, w in enumerate(words(lang, "checks", "ordinal_words")):
            out.setdefault(fold(w), i + 1)
        for w, n in dict(words(lang, "checks", "ordinal_extra") or {}).items():
            out.setdefault(fold(w), int(n))
    return out


# ---------------------------------------------------------------------- quoting


def verbatim(doc: Document, phrase: str, near: int = 0) -> tuple[str, int] | None:
    """``phrase`` as it stands in ``doc.text`` (whitespace-tolerant), with its offset,
    taking the occurrence nearest ``near``; None when absent."""
    best = None
    for a, b in iter_spaced(doc.text, phrase):
        if best is None or abs(a - near) < abs(best[0] - near):
            best = (a, b)
    return (doc.text[best[0]:best[1]], best[0]) if best else None


def line_bounds(text: str, offset: int) -> tuple[int, int]:
    """Start and end of the line holding ``offset``."""
    a = text.rfind("\n", 0, offset) + 1
    b = text.find("\n", offset)
    return a, len(text) if b < 0 else b


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) without surrounding whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def one_line(text: str) -> str:
    """``text`` with each line break (and the spaces around it) collapsed to one space:
    a quote stays verbatim on its line but reads on one line."""
    return re.sub(r"[ \t\u00a0]*\n\s*", " ", text)


def evidence(doc: Document, start: int, end: int) -> Evidence:
    """The verbatim quote ``doc.text[start:end]`` (trimmed, line breaks collapsed) as Evidence."""
    start, end = trimmed(doc.text, start, end)
    return Evidence(quote=one_line(doc.text[start:end]), doc_id=doc.doc_id, page=doc.page_at(start),
                    file_name=doc.file_name)


def quoted(e: Evidence, limit: int = 80) -> str:
    """An evidence quote and its page, for a message: "'Total 2020' (p. 2)"."""
    return f"'{short(e.quote, limit)}' (p. {e.page})"


def make_flag(kind: str, severity: Severity, doc_id: str, message: str,
              quotes: Iterable[Evidence], check: str, page: int | None = None) -> Flag:
    """A Flag whose id depends only on what it is about: stable_id(kind, doc_id, quotes),
    so the same slip keeps its id across runs (and check versions), and a review of it sticks."""
    seen: set[tuple[str, str]] = set()
    ev: list[Evidence] = []
    for e in quotes:
        e = e if "\n" not in e.quote else Evidence(one_line(e.quote).strip(), e.doc_id, e.page, e.file_name)
        if e.quote and (e.quote, e.doc_id) not in seen:
            seen.add((e.quote, e.doc_id))
            ev.append(e)
    if page is None:
        own = [e.page for e in ev if e.doc_id == doc_id]
        page = own[0] if own else 1
    flag_id = stable_id(kind, doc_id, *[f"{e.doc_id}:{e.page}:{e.quote}" for e in ev])
    return Flag(flag_id=flag_id, kind=kind, severity=severity, doc_id=doc_id, page=page,
                message=" ".join(message.split()), evidence=tuple(ev), check=check)


def sections_of(doc: Document, extra: Iterable[Section] = ()) -> tuple[Section, ...]:
    """The document's sections (or those of the extraction when the document has none)."""
    return doc.sections or tuple(extra)


def heading_end(doc: Document, section: Section) -> int:
    """Offset where the heading line(s) of ``section`` end and its body begins."""
    found = find_spaced(doc.text, section.heading, section.start, section.end)
    if found:
        return found[1]
    return min(section.end, line_bounds(doc.text, section.start)[1])


def short(text: str, limit: int = 80) -> str:
    """One-line display form of a quote, for messages."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
