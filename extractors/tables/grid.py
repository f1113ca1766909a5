"""A ruled grid as the PDF draws it, made into the table a reader sees.

pdfplumber cuts a grid at every rule it finds; a position no cell starts at is None
(covered by a taller cell above or a wider one on its left). Real drawings add cuts a
reader does not see: one background box per text line (a wrapped cell cut in two), a
label boxed lower than its figures, header boxes offset from the body's (the header one
column right of its values), rows drawn with no inner column rules (a whole row in one
cell), rows stacked in one tall cell with no rules between them. ``repair_grid`` undoes
these from the cells' boxes and words, and gives the grid of texts (None kept).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from extractors.tables.cells import _is_numeric

# (text, x0, top, x1, bottom) of one word inside a cell
WordBox = tuple[str, float, float, float, float]
_TOL = 1.0            # points: float noise between a rule and a cell edge
_LINE_TOL = 2.0       # words whose tops differ less are on one line
_WIDE_GAP = 0.6       # a column cut inside a row needs a gap of this many word heights


@dataclass(frozen=True)
class GridCell:
    """One cell of the drawn grid: its text as pdfplumber reads it, its box, its words."""
    text: str
    box: tuple[float, float, float, float]
    words: tuple[WordBox, ...] = ()


Grid = list[list[GridCell | None]]


def _norm(text: str) -> str:
    return " ".join(text.split())


def _column_edges(rows: Grid) -> list[tuple[float, float]]:
    """Each grid column's x extent: from its cells' left edge to the next column's."""
    width = max(len(r) for r in rows)
    lefts = [min((r[j].box[0] for r in rows if j < len(r) and r[j] is not None),
                 default=None) for j in range(width)]
    right = max(c.box[2] for r in rows for c in r if c is not None)
    out: list[tuple[float, float]] = []
    for j in range(width):
        x0 = lefts[j] if lefts[j] is not None else (out[-1][1] if out else 0.0)
        nxt = next((x for x in lefts[j + 1:] if x is not None), right)
        out.append((x0, nxt))
    return out


def _live(rows: Grid) -> list[int]:
    width = max(len(r) for r in rows)
    return [j for j in range(width)
            if any(j < len(r) and r[j] is not None and _norm(r[j].text) for r in rows)]


def _covered_from_above(rows: Grid, i: int, x: float) -> bool:
    top = min(c.box[1] for c in rows[i] if c is not None)
    return any(c is not None and c.box[0] - _TOL <= x <= c.box[2] + _TOL
               and c.box[1] < top - _TOL and c.box[3] > top + _TOL
               for r in rows[:i] for c in r)


def _covered_from_left(row: Sequence[GridCell | None], x: float) -> bool:
    return any(c is not None and c.box[0] < x <= c.box[2] + _TOL for c in row)


def _owner_above(rows: Grid, i: int, cell: GridCell) -> tuple[int, int] | None:
    """The cell right above ``cell`` (nearest row before ``i`` with a cell over its middle)."""
    mid = (cell.box[0] + cell.box[2]) / 2
    for k in range(i - 1, -1, -1):
        for j, c in enumerate(rows[k]):
            if c is not None and c.box[0] - _TOL <= mid <= c.box[2] + _TOL:
                return (k, j)
    return None


def _is_sub_row(rows: Grid, i: int, live: list[int], edges) -> bool:
    """A row that starts a cell in half the live columns or fewer, the others covered
    by taller cells above, no two of its texts under one wider cell: a wrapped cell's
    next line (or a label boxed lower than its figures), not a row of its
    own. A row of figures stays a row."""
    row = rows[i]
    own = [j for j in live if row[j] is not None]
    texts = [_norm(row[j].text) for j in own if _norm(row[j].text)]
    if not texts or 2 * len(own) > len(live):
        return False
    if all(all(_is_numeric(t) for t in x.split()) for x in texts):
        return False
    owners = [_owner_above(rows, i, row[j]) for j in own if _norm(row[j].text)]
    if len(set(owners)) < len(owners):
        return False               # two texts under one wider cell: a header's second level
    others = [j for j in live if row[j] is None]
    mids = [(edges[j][0] + edges[j][1]) / 2 for j in others]
    if any(_covered_from_left(row, x) for x in mids):
        return False
    return any(_covered_from_above(rows, i, x) for x in mids)


def _join(a: GridCell | None, b: GridCell, sep: str = "\n") -> GridCell:
    if a is None:
        return b
    text = f"{a.text}{sep}{b.text}" if a.text.strip() and b.text.strip() else a.text + b.text
    box = (min(a.box[0], b.box[0]), min(a.box[1], b.box[1]),
           max(a.box[2], b.box[2]), max(a.box[3], b.box[3]))
    return GridCell(text, box, a.words + b.words)


def merge_sub_rows(rows: Grid) -> Grid:
    """Sub-rows (see ``_is_sub_row``) joined to the row above, cell by cell."""
    live, edges = _live(rows), _column_edges(rows)
    out: Grid = []
    for i, row in enumerate(rows):
        if out and _is_sub_row(rows, i, live, edges):
            for j, c in enumerate(row):
                if c is not None and _norm(c.text):
                    out[-1][j] = _join(out[-1][j], c)
            continue
        out.append(list(row))
    return out


def _words_by_column(cell: GridCell, cols: list[tuple[float, float]]) -> list[list[WordBox]] | None:
    """A wide cell's words dealt to the columns it covers, when each word sits inside one
    column and words of neighbouring columns are set well apart; else None."""
    if not cell.words:
        return None
    out: list[list[WordBox]] = [[] for _ in cols]
    for w in cell.words:
        mid = (w[1] + w[3]) / 2
        k = next((k for k, (x0, x1) in enumerate(cols) if x0 <= mid < x1), None)
        if k is None or w[1] < cols[k][0] - _TOL or w[3] > cols[k][1] + _TOL:
            return None
        out[k].append(w)
    if sum(1 for ws in out if ws) < 2:
        return None
    height = max(w[4] - w[2] for w in cell.words)
    used = [ws for ws in out if ws]
    for left, right in zip(used, used[1:]):
        gap = min(w[1] for w in right) - max(w[3] for w in left)
        if gap < _WIDE_GAP * height:
            return None
    return out


def _words_text(words: list[WordBox]) -> str:
    lines: list[list[WordBox]] = []
    for w in sorted(words, key=lambda w: (w[2], w[1])):
        if lines and abs(lines[-1][0][2] - w[2]) <= _LINE_TOL:
            lines[-1].append(w)
        else:
            lines.append([w])
    return "\n".join(" ".join(w[0] for w in sorted(l, key=lambda w: w[1])) for l in lines)


def split_wide_cells(rows: Grid) -> Grid:
    """A cell drawn across several columns whose words fall into those columns with wide
    gaps (a row ruled with no inner column lines under a ruled header) dealt out to them."""
    edges = _column_edges(rows)
    out: Grid = []
    for row in rows:
        new = list(row)
        for j, c in enumerate(row):
            if c is None:
                continue
            span = [j]
            while span[-1] + 1 < len(row) and row[span[-1] + 1] is None:
                span.append(span[-1] + 1)
            span = [k for k in span if (edges[k][0] + edges[k][1]) / 2 < c.box[2]]
            cols = [edges[k] for k in span]
            if len(cols) < 2:
                continue
            dealt = _words_by_column(c, cols)
            if dealt is None:
                continue
            for k, ws in zip(span, dealt):
                box = (edges[k][0], c.box[1], edges[k][1], c.box[3])
                new[k] = GridCell(_words_text(ws), box, tuple(ws))
        out.append(new)
    return out


def _line_tops(cell: GridCell) -> list[tuple[float, bool]]:
    """Each text line of a cell: its top, and whether it holds figures only."""
    lines: list[list[WordBox]] = []
    for w in sorted(cell.words, key=lambda w: w[2]):
        if lines and abs(lines[-1][0][2] - w[2]) <= _LINE_TOL:
            lines[-1].append(w)
        else:
            lines.append([w])
    return [(l[0][2], all(_is_numeric(w[0]) for w in l)) for l in lines]


def _label_anchors(row: Sequence[GridCell | None],
                   tops: dict[int, list[tuple[float, bool]]]) -> list[float]:
    """The tops of a row's first-column lines, as the rows' starts, when another column's
    text wraps under them: more lines than the labels, one at each label's height (a
    "label | long description" table ruled with no lines between its rows; a row may leave
    it empty: "Total"). A label line
    opening in lower case goes on with the label above."""
    cols = sorted(tops)
    if len(cols) < 2 or cols[0] != next(j for j, c in enumerate(row) if c is not None):
        return []
    label = [t for t, _ in tops[cols[0]]]
    words = sorted(row[cols[0]].words, key=lambda w: (w[2], w[1]))
    starts = [t for t in label if next((w[0] for w in words if abs(w[2] - t) <= _LINE_TOL),
                                       "a")[:1].isupper()
              or next(w[0] for w in words if abs(w[2] - t) <= _LINE_TOL)[:1].isdigit()]
    wrapped = [j for j in cols[1:] if len(tops[j]) > len(label)
               and 2 * sum(any(abs(t - a) <= _LINE_TOL for t, _ in tops[j]) for a in starts)
               >= max(4, len(starts))]
    return starts if len(starts) >= 2 and wrapped else []


def split_stacked_rows(rows: Grid) -> Grid:
    """A row whose cells hold several rows' lines (no rules between them): cut at the lines
    of its figure columns, when another cell has lines at the same heights too; with no
    figures, at its labels' lines when another column wraps under them."""
    out: Grid = []
    for row in rows:
        tops = {j: _line_tops(c) for j, c in enumerate(row) if c is not None and c.words}
        figures = [j for j, ls in tops.items() if len(ls) >= 2 and all(n for _, n in ls)]
        anchors: list[float] = []
        for t in sorted(t for j in figures for t, _ in tops[j]):
            if not anchors or t - anchors[-1] > _LINE_TOL:
                anchors.append(t)
        if len(anchors) < 2:
            anchors = _label_anchors(row, tops)
        shared = [j for j, ls in tops.items()
                  if sum(1 for t, _ in ls if any(abs(t - a) <= _LINE_TOL for a in anchors)) >= 2]
        if len(anchors) < 2 or len(shared) < 2:
            out.append(list(row))
            continue
        pieces: list[list[GridCell | None]] = [[None] * len(row) for _ in anchors]
        for j, c in enumerate(row):
            if c is None:
                continue
            if not c.words:
                pieces[0][j] = c
                continue
            dealt: list[list[WordBox]] = [[] for _ in anchors]
            for w in c.words:
                k = max([0] + [k for k, a in enumerate(anchors) if a <= w[2] + _LINE_TOL])
                dealt[k].append(w)
            for k, ws in enumerate(dealt):
                pieces[k][j] = GridCell(_words_text(ws), c.box, tuple(ws))
        out.extend(pieces)
    return out


def _gutters(rows: Grid) -> list[float]:
    """x positions of the blank lanes that run down every row of a one-column grid, wide
    as a word is tall and with words on both sides in at least two rows."""
    words = [w for r in rows for c in r if c is not None for w in c.words]
    if not words:
        return []
    height = sorted(w[4] - w[2] for w in words)[len(words) // 2]
    spans = sorted((w[1], w[3]) for w in words)
    cuts: list[float] = []
    reach = spans[0][1]
    for x0, x1 in spans[1:]:
        if x0 - reach >= height:
            cuts.append((reach + x0) / 2)
        reach = max(reach, x1)

    def both_sides(x: float, cell: GridCell) -> bool:
        return any(w[3] < x for w in cell.words) and any(w[1] > x for w in cell.words)
    cells = [c for r in rows for c in r if c is not None]
    return [x for x in cuts if sum(1 for c in cells if both_sides(x, c)) >= 2]


def split_by_gutters(rows: Grid) -> Grid:
    """A grid ruled between rows but not between columns (one cell of one line a row,
    three rows or more) cut into columns at the blank lanes that run down all its rows."""
    live = [j for j in range(len(rows[0])) if any(r[j] is not None for r in rows)]
    if len(live) != 1 or sum(1 for r in rows if r[live[0]] is not None) < 3:
        return rows
    if any(len(_line_tops(r[live[0]])) > 1 for r in rows if r[live[0]] is not None):
        return rows                # rows of several lines: boxes of text, not a table
    cuts = _gutters(rows)
    if not cuts:
        return rows
    out: Grid = []
    for r in rows:
        c = r[live[0]]
        if c is None:
            out.append([None] * (len(cuts) + 1))
            continue
        bounds = [c.box[0], *cuts, c.box[2]]
        new: list[GridCell | None] = []
        for x0, x1 in zip(bounds, bounds[1:]):
            ws = [w for w in c.words if x0 <= (w[1] + w[3]) / 2 < x1]
            new.append(GridCell(_words_text(ws), (x0, c.box[1], x1, c.box[3]), tuple(ws)))
        out.append(new)
    return out


def merge_spanned_columns(rows: Grid) -> list[list[str | None]]:
    """Live columns joined where a cell with text covers both and no row has text in both
    (a header boxed apart from the body: "Attendee Name" one column right of the names
    below it); columns with no text dropped. Gives the texts."""
    edges = _column_edges(rows)
    groups: list[list[int]] = []
    for j in _live(rows):
        if groups:
            mid = (edges[j][0] + edges[j][1]) / 2
            both = any(r[j] is not None and _norm(r[j].text)
                       and any(r[k] is not None and _norm(r[k].text) for k in groups[-1])
                       for r in rows)
            spans = any(r[k] is not None and _norm(r[k].text) and r[k].box[2] > mid + _TOL
                        for r in rows for k in groups[-1])
            if not both and spans:
                groups[-1].append(j)
                continue
        groups.append([j])
    out: list[list[str | None]] = []
    for r in rows:
        cells = []
        for g in groups:
            present = [r[k] for k in g if r[k] is not None]
            text = " ".join(_norm(c.text) for c in present if _norm(c.text))
            cells.append(text if present else None)
        out.append(cells)
    return out


def repair_grid(rows: Grid) -> list[list[str | None]]:
    """The drawn grid as a reader sees it (see the module's docstring)."""
    if not rows or not any(c is not None for r in rows for c in r):
        return []
    width = max(len(r) for r in rows)
    rows = [list(r) + [None] * (width - len(r)) for r in rows]
    rows = split_stacked_rows(rows)
    rows = split_by_gutters(rows)
    rows = split_wide_cells(rows)
    rows = merge_sub_rows(rows)
    grid = merge_spanned_columns(rows)
    if grid and len(grid[0]) == 1 and any("\n" in c.text.strip() for r in rows for c in r if c):
        return []                  # one column of multi-line boxes: framed text, not a list
    return grid
