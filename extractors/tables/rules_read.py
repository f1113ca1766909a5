"""A table's drawn rules as OCR reads them: bars glued to a word ("|120", "Semences|")
and letters standing in for a rule ("l", "I", "!") down one lane of the rows. Neither is
a cell: ``lines_without_rule_marks`` gives the lines' words without them (the lines'
text, which the document's offsets follow, is left as read)."""

from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from pipeline.records import Line, Word

_BARS = "|¦│┃‖"
_RULE_LETTERS = frozenset("lI!|[]¦│┃‖")
_LANE = 3.0          # points: rule marks of one lane stand this close
_LANE_ROWS = 3       # a lane runs down at least this many lines


def _mark_x(w: Word) -> float:
    return (w.x0 + w.x1) / 2


def _rule_lanes(lines: Sequence[Line]) -> list[float]:
    """x positions where single rule-like letters stand between other words on at least
    ``_LANE_ROWS`` lines."""
    xs = sorted(_mark_x(w) for l in lines for i, w in enumerate(l.words)
                if w.text in _RULE_LETTERS and 0 < i < len(l.words) - 1)
    lanes: list[list[float]] = []
    for x in xs:
        if lanes and x - lanes[-1][-1] <= _LANE:
            lanes[-1].append(x)
        else:
            lanes.append([x])
    return [sum(g) / len(g) for g in lanes if len(g) >= _LANE_ROWS]


def _unglued(w: Word) -> Word | None:
    text = w.text.strip(_BARS)
    if not text:
        return None
    return w if text == w.text else replace(w, text=text)


def lines_without_rule_marks(lines: Sequence[Line]) -> list[Line]:
    """The lines with bars stripped from their words' edges and the letters standing on
    a rule lane dropped (a lane needs several lines: a lone "I" is a word)."""
    lanes = _rule_lanes(lines)
    out = []
    for l in lines:
        if not l.words:
            out.append(l)
            continue
        words = []
        for i, w in enumerate(l.words):
            on_lane = (w.text in _RULE_LETTERS and 0 < i < len(l.words) - 1
                       and any(abs(_mark_x(w) - x) <= _LANE for x in lanes))
            kept = None if on_lane else _unglued(w)
            if kept is not None:
                words.append(kept)
        out.append(l if len(words) == len(l.words) and all(
            a is b for a, b in zip(words, l.words)) else replace(l, words=tuple(words)))
    return out
