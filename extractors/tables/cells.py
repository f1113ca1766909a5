"""What a table cell says: its number, a dash, a total row's label, header words."""

from __future__ import annotations

import functools
import re

from extractors.amounts import parse_number
from pipeline.lexicon import languages, words
from pipeline.text import collapse, fold

_DASHES = {"-", "–", "—", "--", "−"}
_YEAR = re.compile(r"(?:19|20)\d\d")
_NUMERIC_TOKEN = re.compile(r"[-−–(]?\d[\d.,'’\u00a0\u202f]*\)?%?|[-–—−]{1,2}")


def _langs(lang: str | None) -> tuple[str, ...]:
    return (lang,) if lang in languages() else languages()


@functools.cache
def _total_labels(lang: str | None) -> tuple[str, ...]:
    return tuple(fold(w) for code in _langs(lang) for w in words(code, "tables", "total_labels"))


@functools.cache
def _joiners(lang: str | None, key: str = "header_joiners") -> frozenset[str]:
    """Header words that glue to the next word (or, for ``header_links``, to both)."""
    return frozenset(fold(w) for code in _langs(lang) for w in words(code, "tables", key))


def is_total_label(label: str, lang: str | None) -> bool:
    """Whether a row label names a total ("Total 2020", "Sous-total", "TOTAL ...")."""
    f = fold(label)
    return any(f == t or f.startswith(t + " ") or f.startswith(t + ":") for t in _total_labels(lang))


def cell_number(text: str, lang: str | None) -> float | None:
    """The number a cell states ("1 234", "12,5 %", "$ 54,522.10"), None for a dash,
    a word or an empty cell."""
    t = collapse(text)
    if not t or t in _DASHES:
        return None
    t = re.sub(r"^[^\d(\-−–]+|[^\d)]+$", "", t)     # currency signs, %, units around it
    return parse_number(t, lang) if t else None


_RULE_GLYPHS = frozenset("|¦│┃‖")


def is_rule_glyph(token: str) -> bool:
    """Whether a word is only a drawn rule read as text ("|", "||"): OCR reads a table's
    column rules so; it is never a cell."""
    return bool(token) and all(ch in _RULE_GLYPHS for ch in token)


def _is_numeric(token: str) -> bool:
    return bool(_NUMERIC_TOKEN.fullmatch(token))


def cell_number_or_dash(text: str, lang: str | None) -> bool:
    """Whether a cell states a number or a dash (nothing stated, yet a numeric cell)."""
    t = collapse(text)
    return t in _DASHES or cell_number(t, lang) is not None


_MONO_SPREAD = 1.03      # per-letter widths of a line's words within this ratio: a fixed-pitch font
_MONO_GAP = 1.5          # ... whose cells are parted by more than this many letter widths


def cell_gap(line, factor: float) -> float:
    """The gap that parts two cells of a positioned line: ``factor`` font sizes (at least
    4 pt), or in a fixed-pitch font (typewriter, transcripts: every letter as wide as
    the space between words) more than one letter's width, so that single spaces never
    cut a sentence into cells ("STATE OF MONTARA")."""
    gap = max(factor * (line.size or 10.0), 4.0)
    pitches = [(w.x1 - w.x0) / len(w.text) for w in line.words
               if len(w.text) >= 3 and any(ch.isalpha() for ch in w.text)]
    if len(pitches) >= 3 and max(pitches) <= _MONO_SPREAD * min(pitches):
        gap = max(gap, _MONO_GAP * sorted(pitches)[len(pitches) // 2])
    return gap
