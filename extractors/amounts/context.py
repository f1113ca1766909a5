"""The context of a figure: the year it refers to and the category its sentence gives it."""

from __future__ import annotations

import functools
import re

from extractors.amounts.grammar import _Hit
from extractors.amounts.words import _langs
from pipeline.lexicon import words
from pipeline.patterns import fold_keep, phrase
from pipeline.records import Document, Meeting
from pipeline.text import SpanSet, blank_line_before, years_in

_LOOKBACK = 250      # how far back in its paragraph a figure's year may be stated
_LEFT_WINDOW = 70     # a cue before the figure ("un budget principal de 730 000 €")
_RIGHT_WINDOW = 30    # a cue right after it ("307 316 € dépensés")


# --------------------------------------------------------------------------- year


def _years_outside(text: str, a: int, b: int, spans: SpanSet) -> list[tuple[int, int]]:
    """Years in ``text[a:b]`` (absolute offsets) not inside an amount's span."""
    out = []
    for year, s, _e in years_in(text[a:b]):
        pos = a + s
        if pos not in spans:
            out.append((year, pos))
    return out


def _year_of(doc: Document, hit: _Hit, sent: tuple[int, int], spans: SpanSet,
             meeting: Meeting | None) -> int | None:
    """Year an amount refers to: its sentence (nearest year before it, else after),
    else the nearest earlier sentence of its paragraph, else its section heading,
    else the meeting's year."""
    text = doc.text
    ys = _years_outside(text, sent[0], sent[1], spans)
    before = [y for y in ys if y[1] < hit.start]
    if before:
        return before[-1][0]
    if ys:
        return ys[0][0]
    para = blank_line_before(text, sent[0])
    para = max(0 if para < 0 else para + 2, sent[0] - _LOOKBACK)
    ys = _years_outside(text, para, sent[0], spans)
    if ys:
        return ys[-1][0]
    section = doc.section_at(hit.start)
    if section is not None:
        ys = years_in(section.heading)
        if ys:
            return ys[-1][0]
    if meeting is not None and meeting.date:
        try:
            return int(meeting.date[:4])
        except ValueError:
            return None
    return None


# ----------------------------------------------------------------------- category


@functools.cache
def _category_cues(lang: str | None) -> tuple[tuple[re.Pattern, int, str], ...]:
    """(pattern in folded text, length, category) of every category cue of ``lang``,
    longest first: a cue word may end in up to three more letters ("dépensés")."""
    cues = set()
    for code in _langs(lang):
        for cat, items in dict(words(code, "amounts", "categories") or {}).items():
            cues.update((fold_keep(c), cat) for c in items)
    return tuple((re.compile(r"(?<!\w)" + phrase(cue, apostrophe="'") + r"\w{0,3}(?!\w)"),
                  len(cue), cat)
                 for cue, cat in sorted(cues, key=lambda c: (-len(c[0]), c)))


def _category_of(folded: str, hit: _Hit, lo: int, hi: int, lang: str | None,
                 taken: tuple[int, int] | None) -> tuple[str, tuple[int, int]] | None:
    """Category from the cue nearest the figure, between its neighbours' spans, and
    where that cue stands. ``taken`` is the cue the previous figure used: a cue right
    after one figure ("715 k€ de budget de base + 240 k€") is not also the next one's."""
    left_a = max(lo, hit.start - _LEFT_WINDOW)
    right_b = min(hi, hit.end + _RIGHT_WINDOW)
    best: tuple[int, int, str, tuple[int, int]] | None = None
    for pat, length, cat in _category_cues(lang):
        for m in pat.finditer(folded, left_a, hit.start):
            if taken and m.start() < taken[1] and taken[0] < m.end():
                continue
            key = (hit.start - m.end(), -length, cat, m.span())
            best = key if best is None or key < best else best
        for m in pat.finditer(folded, hit.end, right_b):
            key = (m.start() - hit.end, -length, cat, m.span())
            best = key if best is None or key < best else best
    return (best[2], best[3]) if best else None
