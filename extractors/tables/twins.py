"""Unruled twins of ruled tables: a form printed as a series of same-shaped tables
("COMPONENTE: … / ACTIVIDAD: … / ACCION: … $ 54,522.10" once per budget line) whose
first copy lost its rules is read like its ruled siblings on the same page: a run of
lines whose first cells are, in order, the labels of a ruled table's first column.
A line of one cell starting where the row's text starts goes on with that text; figure
cells take the last column, text the columns between."""

from __future__ import annotations

from typing import Sequence

from extractors.tables.aligned import _block, _cells
from extractors.tables.blocks import _Block
from extractors.tables.cells import cell_number_or_dash
from pipeline.records import Document, Line
from pipeline.text import fold

_WRAP_TOL = 3.0          # points: a wrapped line starts where its row's text starts


def _inside(line: Line, boxes: Sequence[tuple[float, float, float, float]]) -> bool:
    mid = (line.top + line.bottom) / 2
    return any(b[1] - 1 <= mid <= b[3] + 1 for b in boxes)


def _row(cells, width: int, lang: str | None) -> list[str]:
    """A line's cells spread over ``width`` columns: label, text, figures last."""
    row = [""] * width
    row[0] = cells[0][0]
    for text, _, _ in cells[1:]:
        figure = cell_number_or_dash(text, lang) and sum(ch.isalpha() for ch in text) <= 3
        j = width - 1 if figure or width == 2 else 1
        row[j] = f"{row[j]} {text}".strip()
    return row


def _twin_at(lines: list[Line], i: int, labels: list[str], width: int,
             lang: str | None) -> tuple[list[list[str]], int] | None:
    """The rows of a twin starting at ``lines[i]`` and the index after it, or None."""
    rows: list[list[str]] = []
    text_x = None
    j = i
    while j < len(lines) and len(rows) <= len(labels):
        cells = _cells(lines[j])
        if not cells:
            break
        if len(rows) < len(labels) and fold(cells[0][0]) == labels[len(rows)] and len(cells) >= 2:
            rows.append(_row(cells, width, lang))
            text_x = cells[1][1]
        elif rows and len(cells) == 1 and text_x is not None and abs(cells[0][1] - text_x) <= _WRAP_TOL:
            rows[-1][1] = f"{rows[-1][1]} {cells[0][0]}".strip()
        else:
            break
        j += 1
    return (rows, j) if len(rows) == len(labels) else None


def twin_blocks(doc: Document, taken: Sequence[_Block]) -> list[_Block]:
    """Unruled copies of the page's ruled tables (module doc), away from tables found."""
    out: list[_Block] = []
    for page in doc.pages:
        ruled = [b for b in taken if b.page == page.number and b.method == "ruled"
                 and len(b.rows) >= 2 and len(b.rows[0]) >= 2 and all(r[0] for r in b.rows)]
        if not ruled:
            continue
        boxes = [t.bbox for t in page.tables] + [b.bbox for b in taken if b.page == page.number and b.bbox]
        lines = [l for l in page.lines if l.role in ("body", "heading") and l.words and not _inside(l, boxes)]
        for model in ruled:
            labels = [fold(r[0]) for r in model.rows]
            i = 0
            while i < len(lines):
                found = _twin_at(lines, i, labels, len(model.rows[0]), doc.language)
                if found is None:
                    i += 1
                    continue
                rows, end = found
                out.append(_block(doc, page.number, lines[i:end], rows, lines[i - 1] if i else None))
                lines = lines[:i] + lines[end:]
    return out
