"""Unruled summary blocks: runs of positioned lines whose cells stand in the same columns,
with figures in at least one column and text allowed in the others ("Zurich Insurance
£658.63 Meetings"), two blocks side by side on the same lines cut apart.

Complements ``whitespace`` (label then figures only): a column of words after the figures,
a figure missing in some rows, or a second table beside the first are found here. Lines
need word positions (PDF or OCR); text-only documents have none.
"""

from __future__ import annotations

from typing import Sequence

from extractors.tables.blocks import _Block, _caption_from_text, _find_loose, _page_range
from extractors.tables.cells import cell_gap, cell_number_or_dash, is_rule_glyph
from extractors.tables.rules_read import lines_without_rule_marks
from pipeline.records import Document, Line

_GAP = 0.5             # cells of a line are parted by a gap of this many font sizes
_MIN_LINES = 3         # lines of a block, header included
_MAX_LEAD = 2.5        # a larger vertical gap (in line heights) ends a block
_WRAP_TOL = 3.0        # points: a wrapped line starts where the cell it goes on with does

Cell = tuple[str, float, float]


def _cells(line: Line) -> list[Cell]:
    gap = cell_gap(line, _GAP)
    out: list[list] = []
    for w in (w for w in line.words if not is_rule_glyph(w.text)):
        sign = out and len(out[-1][0]) <= 3 and not any(ch.isalnum() for ch in out[-1][0])
        if out and (w.x0 - out[-1][2] <= gap or sign):   # "£  45.00" is one cell
            out[-1][0] += " " + w.text
            out[-1][2] = w.x1
        else:
            out.append([w.text, w.x0, w.x1])
    return [(c[0], c[1], c[2]) for c in out]


def _columns(rows: Sequence[list[Cell]]) -> list[tuple[float, float]] | None:
    """Columns as the unions of overlapping cell extents; None when two cells of one line
    fall in one column (the lines do not share columns)."""
    spans = sorted((c[1], c[2]) for r in rows for c in r)
    cols: list[list[float]] = []
    for x0, x1 in spans:
        if cols and x0 <= cols[-1][1]:
            cols[-1][1] = max(cols[-1][1], x1)
        else:
            cols.append([x0, x1])
    for r in rows:
        hit = [_col_of(c, cols) for c in r]
        if len(set(hit)) < len(hit):
            return None
    return [(c[0], c[1]) for c in cols]


def _col_of(cell: Cell, cols) -> int:
    return next(i for i, c in enumerate(cols) if c[0] <= cell[1] <= c[1])


def _grid(rows: Sequence[list[Cell]], cols) -> list[list[str]]:
    out = []
    for r in rows:
        g = [""] * len(cols)
        for c in r:
            g[_col_of(c, cols)] = c[0]
        out.append(g)
    return out


def _numeric(values: Sequence[str], lang: str | None) -> bool:
    filled = [v for v in values if v]
    return len(filled) >= 2 and all(cell_number_or_dash(v, lang) for v in filled)


def _split_side_by_side(grid: list[list[str]], lang: str | None) -> list[tuple[int, int]]:
    """Column ranges of the blocks: a new block starts at a text column that follows a
    column of figures and is itself followed by figures (a second table's labels)."""
    width = len(grid[0])
    numeric = [_numeric([r[j] for r in grid[1:]], lang) for j in range(width)]
    starts = [0]
    for j in range(1, width - 1):
        if numeric[j - 1] and not numeric[j] and any(numeric[j + 1:]) and not grid[0][j]:
            starts.append(j)
    return list(zip(starts, starts[1:] + [width]))


def _runs(lines: list[Line]) -> list[list[Line]]:
    """Runs of consecutive lines of two cells or more, close one under the other; a line
    of one cell that ``_wraps`` a cell of the row above stays in the run."""
    runs: list[list[Line]] = []
    cur: list[Line] = []
    for line in lines:
        near = cur and line.top - cur[-1].bottom <= _MAX_LEAD * max(line.bottom - line.top, 1.0)
        if not (line.words and len(_cells(line)) >= 2):
            if near and line.words and _wraps(line, cur):
                cur.append(line)
                continue
            runs.append(cur)
            cur = []
            continue
        if cur and not near:
            runs.append(cur)
            cur = []
        cur.append(line)
    runs.append(cur)
    return [r for r in runs if sum(len(_cells(l)) >= 2 for l in r) >= _MIN_LINES]


def _wraps(line: Line, run: list[Line]) -> bool:
    """Whether a one-cell line goes on with a cell of the last row above that is not its
    first (a description wrapped under itself: "Voirie  Réfection de la chaussée ...  12 500"
    then "et du trottoir nord"); never a figure."""
    row = next((r for r in reversed(run) if len(_cells(r)) >= 2), None)
    cell = _cells(line)[0]
    if row is None or _numeric_token(cell[0]):
        return False
    return any(abs(c[1] - cell[1]) <= _WRAP_TOL for c in _cells(row)[1:])


def _numeric_token(text: str) -> bool:
    return cell_number_or_dash(text, None)


def _merge_wrapped(rows: list[list[Cell]]) -> list[list[Cell]]:
    """One-cell lines joined to the cell of the row above that they wrap."""
    out: list[list[Cell]] = []
    for r in rows:
        if len(r) >= 2 or not out:
            out.append(list(r))
            continue
        text, x0, x1 = r[0]
        row = out[-1]
        k = min(range(1, len(row)), key=lambda i: abs(row[i][1] - x0)) if len(row) > 1 else 0
        row[k] = (f"{row[k][0]} {text}", row[k][1], max(row[k][2], x1))
    return out


def _block(doc: Document, page_no: int, lines: list[Line], grid: list[list[str]],
           above: Line | None) -> _Block:
    a, b = _page_range(doc, page_no)
    first, last = lines[0].text.strip(), lines[-1].text.strip()
    start = _find_loose(doc.text, first, a, b)
    start = a if start < 0 else start
    end = _find_loose(doc.text, last, start, b)
    end = end + len(last) if end >= 0 else start
    bbox = (min(l.x0 for l in lines), min(l.top for l in lines),
            max(l.x1 for l in lines), max(l.bottom for l in lines))
    caption = _caption_from_text(doc, page_no, above.text) if above is not None else None
    return _Block(page_no, grid, bbox, start, max(start, end), caption, "whitespace", (page_no,))


def _blocks_of_run(doc: Document, page_no: int, run: list[Line], above: Line | None,
                   lang: str | None) -> list[_Block]:
    rows = _merge_wrapped([_cells(l) for l in run])
    cols = _columns(rows)
    if cols is None or len(cols) < 2:
        return []
    grid = _grid(rows, cols)
    first_has_figures = any(cell_number_or_dash(v, lang) for v in grid[0] if v)
    if first_has_figures:
        grid = [[""] * len(cols)] + grid        # no header line: an empty header row
    out = []
    for c0, c1 in _split_side_by_side(grid, lang):
        part = [r[c0:c1] for r in grid]
        part = [part[0]] + [r for r in part[1:] if any(r)]
        numeric = [_numeric([r[j] for r in part[1:]], lang) for j in range(c1 - c0)]
        if len(part) < 3 or c1 - c0 < 2 or not any(numeric[1:]) or \
                not any(r[0] for r in part[1:]):   # figures after the labels, not "1." items
            continue
        if any(sum(1 for r in part if r[j]) < 2 for j in range(c1 - c0)):
            continue               # a column only one line reaches: the lines do not align
        out.append(_block(doc, page_no, run, part, above))
    return out


def aligned_blocks(doc: Document, taken: Sequence[_Block]) -> list[_Block]:
    """Summary blocks of every page, away from the tables already found."""
    out: list[_Block] = []
    lang = doc.language
    for page in doc.pages:
        boxes = [t.bbox for t in page.tables] + [b.bbox for b in taken
                                                if b.page == page.number and b.bbox]
        lines = lines_without_rule_marks(
            [l for l in page.lines if l.role in ("body", "heading") and l.text.strip()
             and not any(bx[1] - 1 <= (l.top + l.bottom) / 2 <= bx[3] + 1 for bx in boxes)])
        for run in _runs(lines):
            i = lines.index(run[0])
            above = lines[i - 1] if i > 0 else None
            out.extend(_blocks_of_run(doc, page.number, run, above, lang))
    return out
