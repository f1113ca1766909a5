"""Characters to words to lines: pdfplumber's word grouping, for pdfium's characters
and pdfplumber's words alike."""

from __future__ import annotations

from itertools import groupby
from typing import Sequence

from pipeline.records import Line, Word


# One character: text, x0, top, x1, bottom, size, font name, upright.
Char = tuple[str, float, float, float, float, float, str, bool]


def chars_to_words(chars: Sequence[Char], x_tol: float = 1.5, y_tol: float = 3.0) -> list[dict]:
    """pdfplumber's ``extract_words`` (with size and font name kept): runs of characters
    of one font and size, clustered into lines, split at spaces and at gaps wider than
    ``x_tol``."""
    words: list[dict] = []
    for (size, font, upright), run in groupby(chars, key=lambda c: (c[5], c[6], c[7])):
        run = list(run)
        if upright:   # lines cluster by top, characters run left to right
            line_key, order_key = (lambda c: c[2]), (lambda c: c[1])
        else:         # rotated text: lines cluster by x0, characters run top to bottom
            line_key, order_key = (lambda c: c[1]), (lambda c: c[2])
        for cluster in _cluster(run, line_key, y_tol if upright else x_tol):
            cluster.sort(key=order_key)
            current: list[Char] = []
            for c in cluster:
                if c[0].isspace():
                    if current:
                        words.append(_word(current, size, font))
                    current = []
                    continue
                if current:
                    p = current[-1]
                    if upright:
                        new = c[1] < p[1] or c[1] > p[3] + x_tol or abs(c[2] - p[2]) > y_tol
                    else:
                        new = c[2] < p[2] or c[2] > p[4] + y_tol or abs(c[1] - p[1]) > x_tol
                    if new:
                        words.append(_word(current, size, font))
                        current = []
                current.append(c)
            if current:
                words.append(_word(current, size, font))
    return words


def _cluster(items: list[Char], key, tolerance: float) -> list[list[Char]]:
    """Group items whose key values chain within ``tolerance``, clusters in order of
    their smallest value, items in their content order (pdfplumber's ``cluster_objects``)."""
    order = sorted(range(len(items)), key=lambda i: key(items[i]))
    cluster_of = [0] * len(items)
    current, last = -1, None
    for i in order:
        value = key(items[i])
        if last is None or value > last + tolerance:
            current += 1
        cluster_of[i] = current
        last = value
    clusters: list[list[Char]] = [[] for _ in range(current + 1)]
    for i, item in enumerate(items):
        clusters[cluster_of[i]].append(item)
    return clusters


def _word(chars: Sequence[Char], size: float, font: str) -> dict:
    texts, x0s, tops, x1s, bottoms = tuple(zip(*chars))[:5]   # columns, transposed in C
    return {"text": "".join(texts), "x0": min(x0s), "top": min(tops), "x1": max(x1s),
            "bottom": max(bottoms), "size": size, "fontname": font}


def words_to_lines(words: Sequence[dict], page: int, y_tol: float = 3.0) -> list[Line]:
    """Group positioned words into lines (top to bottom, left to right)."""
    rows: list[list[dict]] = []
    for w in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        if rows and abs(rows[-1][0]["top"] - w["top"]) <= y_tol:
            rows[-1].append(w)
        else:
            rows.append([w])
    lines = []
    for row in rows:
        row.sort(key=lambda w: w["x0"])
        parts = [w["text"] for w in row]
        sizes = [w.get("size", 0.0) for w in row]
        bold = sum(_is_bold(w.get("fontname", "")) for w in row) > len(row) / 2
        lines.append(Line(
            page=page, text=" ".join(parts), x0=float(row[0]["x0"]),
            top=float(min(w["top"] for w in row)), x1=float(max(w["x1"] for w in row)),
            bottom=float(max(w["bottom"] for w in row)),
            size=float(_median(sizes)) if sizes else 0.0, bold=bold,
            words=tuple(Word(text=w["text"], x0=float(w["x0"]), x1=float(w["x1"])) for w in row)))
    return lines


def _median(values: list[float]) -> float:
    """``statistics.median`` (the middle value, or the mean of the two middle ones)
    without its generic checks: it is called for every line of every page."""
    ordered = sorted(values)
    half = len(ordered) // 2
    return ordered[half] if len(ordered) % 2 else (ordered[half - 1] + ordered[half]) / 2


# Weight names in PostScript font names ("Arial-BoldMT", "Lato-Black", "Calibri,Bold"):
# font naming conventions, the same whatever language the document is in.
_BOLD_FONT_MARKS = ("bold", "black", "heavy", "semibold", ",b")


def _is_bold(fontname: str) -> bool:
    """Whether a font name says a bold weight."""
    f = fontname.lower()
    return any(k in f for k in _BOLD_FONT_MARKS)
