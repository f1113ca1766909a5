"""Two-column pages read column by column: a band of the page where a blank vertical
gutter near the middle runs down many consecutive lines, with running text on both
sides, is read as its left column, then its right column (newsletters, bulletins
municipaux, some actas print minutes in two columns under a full-width title).

Precision first: a band is split only when every line of it leaves the gutter free,
the gutter is wide (``GUTTER_SIZES`` body font sizes) and its middle lies in the middle
third of the page's text, both sides hold lines of several words filling their column on
many lines, and few of a side's lines have wide gaps of their own (a table's cells). A
table, two charts side by side, a margin of minute numbers, a "label : value" attendance block, a centred heading or a signature block is
left as it is. Pages with no such band are read exactly as ``words_to_lines`` reads them.
"""

from __future__ import annotations

from typing import Sequence

from extractors.pdf.words import words_to_lines
from pipeline.records import Line

GUTTER_SIZES = 1.5      # the gutter's least width, in body font sizes
MIN_ROWS = 6            # printed lines sharing the gutter
ROW_GAP_SIZES = 3.0     # a vertical gap this tall (font sizes) ends a band
TEXT_WORDS = 3          # words (with letters) on one side of a line holding running text
TEXT_WIDTH_SHARE = 0.6  # ... and filling this share of its column's width
TEXT_ROW_SHARE = 0.35   # share of the band's lines with running text, on each side
GAPPY_SHARE = 0.3       # most of a side's lines whose own words leave a gutter-wide gap


def words_to_lines_in_columns(words: Sequence[dict], page: int, y_tol: float = 3.0) -> list[Line]:
    """``words_to_lines``, with each two-column band of the page read left column first,
    then right column."""
    rows = _rows(words, y_tol)
    bands = _column_bands(rows)
    if not bands:
        return words_to_lines(words, page, y_tol)
    lines: list[Line] = []
    at = 0
    for start, end, cut in bands:
        lines += words_to_lines([w for r in rows[at:start] for w in r], page, y_tol)
        band = [w for r in rows[start:end] for w in r]
        lines += words_to_lines([w for w in band if w["x1"] <= cut], page, y_tol)
        lines += words_to_lines([w for w in band if w["x1"] > cut], page, y_tol)
        at = end
    lines += words_to_lines([w for r in rows[at:] for w in r], page, y_tol)
    return lines


def _rows(words: Sequence[dict], y_tol: float) -> list[list[dict]]:
    """The printed lines as ``words_to_lines`` groups them, each left to right."""
    rows: list[list[dict]] = []
    for w in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        if rows and abs(rows[-1][0]["top"] - w["top"]) <= y_tol:
            rows[-1].append(w)
        else:
            rows.append([w])
    for row in rows:
        row.sort(key=lambda w: w["x0"])
    return rows


def _column_bands(rows: list[list[dict]]) -> list[tuple[int, int, float]]:
    """(first row, row after the last, x of the gutter's middle) of each two-column band."""
    if len(rows) < MIN_ROWS:
        return []
    every = [w for r in rows for w in r]
    left, right = min(w["x0"] for w in every), max(w["x1"] for w in every)
    third = (right - left) / 3
    size = _median([w.get("size", 0.0) or 0.0 for w in every]) or 10.0
    middle = (left + third, right - third)
    gaps = [_row_gaps(r, (left, right), middle, GUTTER_SIZES * size) for r in rows]
    bands, i = [], 0
    while i < len(rows):
        end, gutter = _band_from(rows, i, gaps, middle, size)
        if gutter and end - i >= MIN_ROWS and _two_columns_of_text(rows[i:end], gutter, size):
            bands.append((i, end, (gutter[0] + gutter[1]) / 2))
            i = end
        else:
            i += 1
    return bands


def _band_from(rows, i: int, gaps: list[list[tuple[float, float]]],
               middle: tuple[float, float], size: float):
    """How far down from row ``i`` a gutter stays free (the row after the last), and the
    widest free gutter whose middle lies in the ``middle`` x range there. ``gaps`` are
    each row's blank x intervals wide enough for a gutter."""
    lo, hi = middle
    free, found, j = gaps[i], (i, None), i
    while j < len(rows) and free:
        if j > i:
            if rows[j][0]["top"] - max(w["bottom"] for w in rows[j - 1]) > ROW_GAP_SIZES * size:
                break
            free = [(max(a, c), min(b, d)) for a, b in free for c, d in gaps[j]
                    if min(b, d) - max(a, c) >= GUTTER_SIZES * size]
            if not free:
                break
        j += 1
        centred = [(a, b) for a, b in free if lo <= (a + b) / 2 <= hi]
        if centred:
            found = (j, max(centred, key=lambda g: g[1] - g[0]))
    return found


def _row_gaps(row: list[dict], page_x: tuple[float, float], middle: tuple[float, float],
              width: float) -> list[tuple[float, float]]:
    """The blank x intervals of a row at least ``width`` wide reaching into ``middle``."""
    gaps, at = [], page_x[0]
    for w in row:
        if w["x0"] - at >= width:
            gaps.append((at, w["x0"]))
        at = max(at, w["x1"])
    if page_x[1] - at >= width:
        gaps.append((at, page_x[1]))
    return [(a, b) for a, b in gaps if b > middle[0] and a < middle[1]]


def _two_columns_of_text(rows: list[list[dict]], gutter: tuple[float, float], size: float) -> bool:
    """Both sides of the gutter hold running text on many lines, not table cells, a
    chart's labels or a diagram's boxes."""
    a, b = gutter
    sides = ([[w for w in r if w["x1"] <= a] for r in rows], [[w for w in r if w["x0"] >= b] for r in rows])
    for side in sides:
        lines = [r for r in side if r]
        if not lines:
            return False
        x0, x1 = min(r[0]["x0"] for r in lines), max(r[-1]["x1"] for r in lines)
        text = sum(sum(_wordlike(w["text"]) for w in r) >= TEXT_WORDS
                   and r[-1]["x1"] - r[0]["x0"] >= TEXT_WIDTH_SHARE * (x1 - x0) for r in lines)
        if text < max(MIN_ROWS, TEXT_ROW_SHARE * len(rows)):
            return False
        gappy = sum(any(y["x0"] - x["x1"] >= GUTTER_SIZES * size for x, y in zip(r, r[1:]))
                    for r in lines)
        if gappy > GAPPY_SHARE * len(lines):
            return False
    return True


def _wordlike(text: str) -> bool:
    """A word with letters: not a figure, a piece of one ("3 200 000") or a dash."""
    return any(c.isalpha() for c in text)


def _median(values: list[float]) -> float:
    ordered = sorted(values)
    if not ordered:
        return 0.0
    half = len(ordered) // 2
    return ordered[half] if len(ordered) % 2 else (ordered[half - 1] + ordered[half]) / 2
