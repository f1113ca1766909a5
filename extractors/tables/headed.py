"""Unruled tables of words under a header line: "NOMBRE:  PUESTO:  FIRMA:" over one line
per person, "POUR  CONTRE  ABSTENTION" over names, as a scanned attendance sheet or a
typed list lays them out. No column need hold figures (``aligned`` needs one); the header
line decides the columns instead, so it must look like one: two to six short cells, each
in capitals or ending with a colon, none twice, unlike the cells under them. Rows are the lines under it, close
one under the other, with words in two columns or more; a cell is dealt to the header
cell nearest it, and marks with no letter or digit ("=", "~") are no cell."""

from __future__ import annotations

import re
from typing import Sequence

from extractors.tables.aligned import _MAX_LEAD, _block, _cells
from extractors.tables.blocks import _Block
from extractors.tables.rules_read import lines_without_rule_marks
from pipeline.records import Document, Line

_MIN_ROWS = 3
_MAX_HEADER_WORDS = 3
_WORD = re.compile(r"[^\W_]")


def _titled(text: str) -> bool:
    """A column title: a few words in capitals or ending with a colon."""
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and len(text.split()) <= _MAX_HEADER_WORDS and (
        text.rstrip().endswith(":") or all(ch.isupper() for ch in letters))


def _header(line: Line) -> list[tuple[str, float, float]] | None:
    cells = _cells(line)
    texts = [t for t, _, _ in cells]
    if not 2 <= len(cells) <= 6 or len(set(texts)) < len(texts):
        return None                # "AIM  AIM": a list's first entry, not column titles
    return cells if all(_titled(t) for t in texts) else None


def _row(line: Line, centres: list[float]) -> list[str]:
    """The line's cells dealt to the header's columns (two in one column join)."""
    row = [""] * len(centres)
    for text, x0, x1 in _cells(line):
        if not _WORD.search(text):
            continue                       # "=", "~", a stray mark: no cell
        j = min(range(len(centres)), key=lambda k: abs(centres[k] - (x0 + x1) / 2))
        row[j] = f"{row[j]} {text}".strip()
    return row


def _rows_under(lines: Sequence[Line], i: int, centres: list[float]) -> list[list[str]]:
    rows: list[list[str]] = []
    prev = lines[i]
    for line in lines[i + 1:]:
        if line.top - prev.bottom > _MAX_LEAD * max(line.bottom - line.top, 1.0) * 1.5:
            break
        row = _row(line, centres)
        if sum(1 for c in row if c) < 2:
            break
        rows.append(row)
        prev = line
    return rows


def headed_blocks(doc: Document, taken: Sequence[_Block]) -> list[_Block]:
    """Tables under a header line (module doc), away from the tables already found."""
    out: list[_Block] = []
    for page in doc.pages:
        boxes = [t.bbox for t in page.tables] + [b.bbox for b in taken
                                                if b.page == page.number and b.bbox]
        lines = lines_without_rule_marks(
            [l for l in page.lines if l.role in ("body", "heading") and l.text.strip() and l.words
             and not any(bx[1] - 1 <= (l.top + l.bottom) / 2 <= bx[3] + 1 for bx in boxes)])
        i = 0
        while i < len(lines):
            head = _header(lines[i])
            rows = _rows_under(lines, i, [(a + b) / 2 for _, a, b in head]) if head else []
            if len(rows) < _MIN_ROWS or any(
                    sum(1 for r in rows if r[j]) < 2 for j in range(len(head) - 1)) or any(
                    2 * sum(1 for r in rows if _titled(r[j])) >= len(rows) for j in range(len(head))):
                i += 1
                continue
            grid = [[t for t, _, _ in head]] + rows
            above = lines[i - 1] if i > 0 else None
            out.append(_block(doc, page.number, lines[i:i + 1 + len(rows)], grid, above))
            i += 1 + len(rows)
    return out
