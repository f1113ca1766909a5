"""Pure layout stages over read pages: running headers and footers, headings, the body
text with line-end hyphens mended, and sections."""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import replace
from typing import Iterable, Sequence

from extractors.pdf.furniture import (
    MARGIN_SHARE, layout_words, body_font_size, pages_to_furniture, typical_spacing)
from extractors.pdf.levels import HeadingStyle, heading_levels
from pipeline.lexicon import every_language, words as lexicon_words
from pipeline.patterns import alternation, compiled
from pipeline.records import Document, Line, Page, Section
from pipeline.text import fold


_SENTENCE_END = re.compile(r"[.;,:!?…]\s*$")
_TABLE_ROW_END = re.compile(r"(\s(\d[\d\s.,]*|-|–)){2,}$")
_BULLET = re.compile(r"^\s*[-–•▪●*]")


@functools.cache
def _sentence_verb() -> re.Pattern:
    """Finite verbs of every supported language: a line holding one is a sentence."""
    forms = [fold(w) for w in every_language("text", "sentence_verbs")]
    # Not patterns.bounded: a verb after an apostrophe ("l'a été") makes a sentence too.
    return compiled(r"(?<!\w)" + alternation(forms) + r"(?!\w)")


@functools.cache
def _item_marker() -> re.Pattern:
    """An agenda item's number opening a line: "4.", "1/", "2)", "1.2", "58/9", "IV", "A/", "b)",
    a deliberation code "2020-038", or an item word with its number ("Point n° 3 :",
    "Délibération 2023-04", "Item 5 -", "Punto 2."), in any supported language."""
    item_words = alternation(layout_words("item_words"))
    signs = alternation(every_language("ordinals", "number_signs"))
    return compiled(
        rf"^\s*(?:(?P<word>(?i:{item_words}))\s*(?:(?i:{signs})\s*)?\d[\w./-]*\s*[:.–—-]?"
        r"|(?:19|20)\d\d-\s?\d{1,3}"
        r"|\d{1,3}(?:[./]\d{1,3})*\s*(?:\.-|[.)/°–-])?"
        r"|[IVX]{1,6}\s*[.)/–-]?"
        r"|[A-Za-z]\s*[)/])\s+(?=[^\W\d_])")


def _plain_item_marker(text: str) -> bool:
    """An item number that holds even in body type: digits, a deliberation code, an item
    word, or a roman or letter number with its punctuation ("II.", "A/"), not a bare "I"."""
    m = _item_marker().match(text)
    if not m or not (m.group("word") or text[m.end():m.end() + 1].isupper()):
        return False               # "2 procurations 33 votants": a count, not an item
    mark = m.group().strip()
    return not re.fullmatch(r"[IVX]{1,6}", mark)


@functools.cache
def _not_heading_words() -> frozenset[str]:
    """One-word lines that head a list of names, not a section ("Yeas", "Pour")."""
    return frozenset(fold(w) for w in layout_words("tally_labels"))


# "RESULT: APPROVED", "Councillor X: Five": a label of a few words, a colon, a value
_FIELD = re.compile(r"^\s*[^\s:]+(?:\s+[^\s:]+){0,2}\s*:\s+\S")
_PLAIN_ITEM_WORDS = 10                          # an agenda item in body type is short
_CAPS_HEADING_WORDS = 8


_COLUMN_GAP = 2.0        # font sizes: a gap this wide between two words parts table columns


def _columned(l: Line) -> bool:
    """Words standing in three or more columns, two wide gaps apart: a table row (a
    column header "Bidder   Base bid ($)   Days"), not a heading."""
    xs = [(w.x0, w.x1) for w in l.words]
    gaps = sum(b[0] - a[1] > _COLUMN_GAP * max(l.size, 1.0) for a, b in zip(xs, xs[1:]))
    return gaps >= 2


def _in_table(l: Line, page: Page) -> bool:
    """Whether the line stands inside one of the page's ruled tables (a cell: a total row,
    a column header, a signature name)."""
    return any(x0 - 1 <= l.x0 and l.x1 <= x1 + 1 and y0 - 1 <= l.top and l.bottom <= y1 + 1
               for x0, y0, x1, y1 in (t.bbox for t in page.tables))


def _never_heading(text: str, l: Line, page: Page, wraps: bool = False) -> bool:
    """Lines that are no heading whatever their type: bullets, long lines, table cells,
    table rows, "label: value" fields and speech turns, tally labels, sentences, and a
    line opening in lower case unless it ``wraps`` a heading (a title's next line)."""
    if not text or len(text) > 110 or _BULLET.match(text) or _in_table(l, page):
        return True
    if _TABLE_ROW_END.search(text) or _columned(l):  # "Fondations 2 1": a table row
        return True
    if _FIELD.match(text) and not _item_marker().match(text):
        return True                  # "MOTION BY: Mashack", "Councillor Havixbeck: Five"
    if fold(text).strip(" :") in _not_heading_words():
        return True                  # "Yeas" / "Nays" head the names of a recorded vote
    if _sentence_verb().search(fold(text)):  # "Le budget a été adopté": a sentence
        return True
    # a lower-case start is a sentence's tail, unless it numbers an item ("b) Voirie")
    return not (wraps or text[0].isupper() or text[0].isdigit() or _plain_item_marker(text))


def _is_heading(text: str, l: Line, body: float, gaps: tuple[float, float], spacing: float) -> bool:
    """A heading line: set bold or larger and not ending like a sentence (a numbered item
    may end with a period: "I Convention de mise à disposition de personnel ."); or, in
    body type and standing apart (a paragraph gap above, and below unless it ends with a
    colon: not the first line of a numbered paragraph), a short numbered item ("3. Budget
    2024", "Point n° 3 :") or a short line in capitals ("QUESTIONS DIVERSES")."""
    item = _item_marker().match(text) is not None
    ends = _SENTENCE_END.search(text) and not text.endswith(":")
    if l.size >= body + 1.0 or l.bold:
        return not ends or (item and len(text.split()) <= _PLAIN_ITEM_WORDS + 2)
    above, below = gaps
    if ends or above <= spacing * 1.6 or (below <= spacing * 1.6 and not text.endswith(":")):
        return False
    if _plain_item_marker(text):
        return len(text.split()) <= _PLAIN_ITEM_WORDS
    letters = re.sub(r"[^\w]|\d|_", "", text)
    return (len(letters) >= 4 and len(letters) >= 0.7 * len(text.replace(" ", ""))
            and text.upper() == text and len(text.split()) <= _CAPS_HEADING_WORDS)


def pages_to_headings(pages: Sequence[Page]) -> list[Page]:
    """Mark heading lines (``_is_heading``), never a line ``_never_heading`` refuses."""
    body = body_font_size(pages)
    spacing = typical_spacing(pages)
    out = []
    for p in pages:
        lines = list(p.lines)
        body_lines = [i for i, l in enumerate(lines) if l.role == "body"]
        prose = _paragraph_lines(lines, body_lines)
        for k, i in enumerate(body_lines):
            l = lines[i]
            text = l.text.strip()
            prev = lines[body_lines[k - 1]] if k else None
            wraps = (prev is not None and prev.role == "heading" and prev.bold == l.bold
                     and abs(prev.size - l.size) < 0.5 and 0 <= l.top - prev.bottom < 0.6 * l.size)
            if i in prose or _never_heading(text, l, p, wraps):
                continue
            nxt = lines[body_lines[k + 1]] if k + 1 < len(body_lines) else None
            gaps = (l.top - prev.bottom if prev is not None else 10 ** 6,
                    nxt.top - l.bottom if nxt is not None else 10 ** 6)
            if _is_heading(text, l, body, gaps, spacing):
                lines[i] = replace(l, role="heading")
        out.append(replace(p, lines=tuple(lines)))
    return out


_PARAGRAPH_LINES = 3     # a heading wraps over fewer lines than a paragraph runs
_LONG_LINE = 50          # characters: a line of running text, not of a title


def _paragraph_lines(lines: Sequence[Line], body_lines: Sequence[int]) -> set[int]:
    """Lines of a paragraph, whatever its size (a notice set larger than the report's
    small print): runs of ``_PARAGRAPH_LINES`` or more lines of one regular type, one
    under the other, from one left edge, two of them long; never headings (a bold title
    may wrap as long)."""
    runs: list[list[int]] = []
    for i in body_lines:
        l = lines[i]
        prev = lines[runs[-1][-1]] if runs else None
        if (prev is not None and abs(prev.size - l.size) < 0.5 and prev.bold == l.bold
                and 0 <= l.top - prev.bottom < 0.6 * l.size and abs(prev.x0 - l.x0) < 2 * l.size):
            runs[-1].append(i)
        else:
            runs.append([i])
    return {i for run in runs if len(run) >= _PARAGRAPH_LINES and not lines[run[0]].bold
            and sum(len(lines[i].text) > _LONG_LINE for i in run) >= 2 for i in run}


def _line_gap(prev: Line, line: Line) -> float:
    return line.top - prev.bottom


def pages_to_text(pages: Sequence[Page], lang: str | None = None) -> tuple[str, tuple[int, ...], list[tuple[int, Line]]]:
    """Join body and heading lines into the document text.

    Lines are separated by "\\n"; a paragraph break (a vertical gap wider than the
    usual line spacing, or a heading) by "\\n\\n". A word split by an end-of-line
    hyphen is rejoined onto the first line ("adminis-\\ntration"), while real
    hyphenated words stay whole ("Vice-\\nPrésidents", "BRETON-\\nASKAR").
    Returns the text, each page's start offset, and (offset, line) for every line.
    """
    kept = [[l for l in p.lines if l.role in ("body", "heading")] for p in pages]
    # Mend hyphens across line ends (and page ends) before computing offsets.
    texts = _mend_line_end_hyphens(kept, _hyphen_prefixes(lang or "fr"))
    return _join_lines(kept, texts, typical_spacing(pages))


_LINE_END_HYPHEN = re.compile(r"(\w+)-$")
_LINE_START_WORD = re.compile(r"(\w[\w'’-]*)(.*)$")


def _mend_line_end_hyphens(kept: Sequence[Sequence[Line]],
                           prefixes: frozenset[str]) -> list[list[str]]:
    """Each page's line texts with words split by a line-end hyphen joined onto the
    first line: the hyphen dropped ("adminis-tration"), or kept before a capital or a
    digit, after a known prefix, or where the document writes the word hyphenated."""
    known_hyphenated = _hyphenated_words(l.text for ls in kept for l in ls)
    texts: list[list[str]] = [[l.text.rstrip() for l in ls] for ls in kept]
    flat = [(pi, li) for pi, ls in enumerate(kept) for li in range(len(ls))]
    for (pi, li), (pj, lj) in zip(flat, flat[1:]):
        a, b = texts[pi][li], texts[pj][lj]
        m = _LINE_END_HYPHEN.search(a)
        if not m or not b or kept[pi][li].role == "heading":
            continue
        head = m.group(1)
        nxt = _LINE_START_WORD.match(b.lstrip())
        if not nxt:
            continue
        tail = nxt.group(1)
        keep_hyphen = (tail[0].isupper() or tail[0].isdigit() or
                       fold(head) in prefixes or
                       fold(f"{head}-{tail}") in known_hyphenated)
        joined = f"{head}-{tail}" if keep_hyphen else f"{head}{tail}"
        texts[pi][li] = a[: m.start(1)] + joined
        texts[pj][lj] = nxt.group(2).lstrip()
    return texts


def _join_lines(kept: Sequence[Sequence[Line]], texts: Sequence[Sequence[str]],
                spacing: float) -> tuple[str, tuple[int, ...], list[tuple[int, Line]]]:
    """The lines' texts joined by "\\n", by "\\n\\n" at a paragraph break (a heading, or
    a gap over 1.6 times the usual ``spacing``); with each page's start offset and
    (offset, line) for every line."""
    pieces: list[str] = []
    page_starts: list[int] = []
    line_offsets: list[tuple[int, Line]] = []
    offset = 0
    prev: Line | None = None
    for pi, ls in enumerate(kept):
        page_start: int | None = None
        for li, l in enumerate(ls):
            t = texts[pi][li]
            if pieces:
                para = (l.role == "heading" or (prev is not None and prev.role == "heading")
                        or (prev is not None and prev.page == l.page
                            and _line_gap(prev, l) > spacing * 1.6))
                sep = "\n\n" if para else "\n"
                pieces.append(sep)
                offset += len(sep)
            if page_start is None:
                page_start = offset
            line_offsets.append((offset, l))
            pieces.append(t)
            offset += len(t)
            prev = l
        page_starts.append(offset if page_start is None else page_start)
    return "".join(pieces), tuple(page_starts), line_offsets


@functools.cache
def _hyphen_prefixes(lang: str) -> frozenset[str]:
    """Prefixes that keep their hyphen at a line end: the report language's and English
    ones (English prefixes are borrowed everywhere)."""
    return frozenset(lexicon_words(lang, "text", "hyphen_prefixes")) | frozenset(
        lexicon_words("en", "text", "hyphen_prefixes"))


def _hyphenated_words(texts: Iterable[str]) -> set[str]:
    found = set()
    for t in texts:
        for m in re.finditer(r"\b(\w+-\w+)\b", t):
            found.add(fold(m.group(1)))
    return found


def lines_to_sections(text: str, line_offsets: Sequence[tuple[int, Line]],
                      page_starts: Sequence[int]) -> tuple[Section, ...]:
    """Sections from heading lines: each runs to the next heading of the same or a
    higher level (``levels.heading_levels``: size, weight, then numbering depth)."""
    heads = [(off, l) for off, l in line_offsets if l.role == "heading" and l.text.strip()]
    # Consecutive heading lines (a heading wrapped over two lines) form one heading.
    merged: list[tuple[int, int, Line, str, Line]] = []
    for off, l in heads:
        if merged and _continues_heading(merged[-1][4], l, text[merged[-1][1]:off]):
            s, _, first, h, _ = merged[-1]
            merged[-1] = (s, off + len(l.text), first, f"{h} {l.text.strip()}", l)
        else:
            merged.append((off, off + len(l.text), l, l.text.strip(), l))
    levels = heading_levels([_style(first, h) for _, _, first, h, _ in merged])
    sections = []
    for i, ((start, _, _, heading, _), level) in enumerate(zip(merged, levels)):
        end = next((s2 for (s2, *_), l2 in zip(merged[i + 1:], levels[i + 1:]) if l2 <= level), len(text))
        page = max(1, bisect.bisect_right(page_starts, start))
        sections.append(Section(heading=heading, page=page, start=start, end=end, level=level))
    return tuple(sections)


def _style(first: Line, heading: str) -> HeadingStyle:
    """What ranks a heading: its first line's type and the item number opening it."""
    m = _item_marker().match(heading)
    return HeadingStyle(first.size, first.bold, m.group() if m else None,
                        bool(m and m.group("word")))


def _continues_heading(prev: Line, line: Line, between: str) -> bool:
    """A heading wrapped over two lines: same page and size, nothing between, no gap; a
    line opening with an item number starts a new item instead."""
    return (between.strip() == "" and prev.page == line.page
            and abs(prev.size - line.size) < 0.5 and line.top - prev.bottom < 0.6 * line.size
            and not _plain_item_marker(line.text))


def pages_to_document(doc_id: str, file_name: str, pages: Sequence[Page],
                      lang: str | None = None) -> Document:
    """Assemble a Document from raw pages: furniture, headings, text, sections."""
    marked = pages_to_headings(pages_to_furniture(pages))
    text, page_starts, line_offsets = pages_to_text(marked, lang)
    sections = lines_to_sections(text, line_offsets, page_starts)
    return Document(doc_id=doc_id, file_name=file_name, pages=tuple(marked), text=text,
                    page_starts=page_starts, sections=sections)
