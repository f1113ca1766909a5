"""Ruled grids: a page's vector rules read through pdfium, and pdfplumber's table
finder run over them."""

from __future__ import annotations

import ctypes
from dataclasses import replace
from typing import Sequence

from extractors.pdf.geometry import _PageView, _compose
from extractors.pdf.words import Char
from pipeline.records import Line, RawTable


# A ruled grid of at least two rows and two columns has three rules each way.
_GRID_MIN_RULES = 3
_RULE_SNAP = 3.0           # pdfplumber's snap_tolerance
_AXIS_TOLERANCE = 0.01     # a segment this close to level is a rule (float noise)
_MAX_PATH_SEGMENTS = 20000
_MAX_FORM_DEPTH = 8
_WORD_GAP = 1.5            # a wider gap between characters parts words (as the reader's lines)


def pdfium_page_to_rules(page, view: _PageView) -> list[dict] | None:
    """The horizontal and vertical segments of the page's painted paths (inside form
    XObjects too), as pdfplumber's edges on the displayed page; None when the drawing
    has more segments than is worth reading here."""
    import pypdfium2.raw as R

    rules: list[dict] = []
    budget = [_MAX_PATH_SEGMENTS]
    point_x, point_y = ctypes.c_float(), ctypes.c_float()

    def walk(count: int, get, parent, matrix, depth: int) -> bool:
        for k in range(count):
            obj = get(parent, k)
            kind = R.FPDFPageObj_GetType(obj)
            if kind not in (R.FPDF_PAGEOBJ_PATH, R.FPDF_PAGEOBJ_FORM):
                continue
            m = R.FS_MATRIX()
            if not R.FPDFPageObj_GetMatrix(obj, m):
                continue
            own = _compose((m.a, m.b, m.c, m.d, m.e, m.f), matrix)
            if kind == R.FPDF_PAGEOBJ_FORM:
                if depth < _MAX_FORM_DEPTH and not walk(R.FPDFFormObj_CountObjects(obj),
                                                        R.FPDFFormObj_GetObject, obj, own,
                                                        depth + 1):
                    return False
                continue
            count_segments = R.FPDFPath_CountSegments(obj)
            budget[0] -= max(count_segments, 0)
            if budget[0] < 0:
                return False
            points = []
            for j in range(count_segments):
                seg = R.FPDFPath_GetPathSegment(obj, j)
                if not R.FPDFPathSegment_GetPoint(seg, point_x, point_y):
                    continue
                points.append((R.FPDFPathSegment_GetType(seg) == R.FPDF_SEGMENT_MOVETO,
                               bool(R.FPDFPathSegment_GetClose(seg)),
                               point_x.value, point_y.value))
            rules.extend(_path_rules(points, own, view))
        return True

    if not walk(R.FPDFPage_CountObjects(page.raw), R.FPDFPage_GetObject, page.raw,
                view.matrix, 0):
        return None
    return rules


def _path_rules(points: Sequence[tuple[bool, bool, float, float]], matrix: tuple,
                view: _PageView) -> list[dict]:
    """pdfplumber's edges of one path: each level or upright segment between
    consecutive points of a subpath, closing segments included."""
    a, b, c, d, e, f = matrix
    rules = []
    prev = start = None
    for is_move, closes, x, y in points:
        pt = (a * x + c * y + e, view.height - (b * x + d * y + f))
        if is_move or prev is None:
            start = pt
        else:
            _append_rule(rules, prev, pt)
        if closes and start is not None:
            _append_rule(rules, pt, start)
        prev = pt
    return rules


def _append_rule(rules: list[dict], p: tuple[float, float], q: tuple[float, float]) -> None:
    (x0, y0), (x1, y1) = p, q
    if abs(y1 - y0) <= _AXIS_TOLERANCE:
        kind = "h"
    elif abs(x1 - x0) <= _AXIS_TOLERANCE:
        kind = "v"
    else:
        return
    left, right, top, bottom = min(x0, x1), max(x0, x1), min(y0, y1), max(y0, y1)
    if kind == "h":
        top = bottom = (y0 + y1) / 2
    else:
        left = right = (x0 + x1) / 2
    rules.append({"object_type": "curve_edge", "x0": left, "x1": right, "top": top,
                  "bottom": bottom, "doctop": top, "width": right - left,
                  "height": bottom - top, "orientation": kind})


def rules_may_form_grid(rules: Sequence[dict]) -> bool:
    """Whether rules stand at three or more distinct positions each way, as any ruled
    table of 2x2 cells or more needs (header and footer rules, underlines and single
    boxes do not): the cheap test before the table finder runs."""
    rules = list(rules) + closing_rules(rules)
    horizontal = {round(r["top"] / _RULE_SNAP) for r in rules if r["orientation"] == "h"}
    vertical = {round(r["x0"] / _RULE_SNAP) for r in rules if r["orientation"] == "v"}
    return len(horizontal) >= _GRID_MIN_RULES and len(vertical) >= _GRID_MIN_RULES


def closing_rules(rules: Sequence[dict]) -> list[dict]:
    """Upright rules that close a grid drawn with open sides: between two level rules of
    one extent that an upright rule joins somewhere between their ends (a table ruled
    between its columns, with no outer frame), an upright rule at each end where none is
    drawn, so the outer columns become cells too."""
    groups: dict[tuple[int, int], list[dict]] = {}
    for r in rules:
        if r["orientation"] == "h" and r["x1"] - r["x0"] > 2 * _RULE_SNAP:
            groups.setdefault((round(r["x0"] / _RULE_SNAP), round(r["x1"] / _RULE_SNAP)),
                              []).append(r)
    upright = [r for r in rules if r["orientation"] == "v"]
    out: list[dict] = []
    for group in groups.values():
        tops = sorted({round(r["top"], 1) for r in group})
        x0, x1 = min(r["x0"] for r in group), max(r["x1"] for r in group)
        for top, bottom in zip(tops, tops[1:]):
            if not _joined(upright, x0 + _RULE_SNAP, x1 - _RULE_SNAP, top, bottom):
                continue
            for x in (x0, x1):
                if not _joined(upright, x - _RULE_SNAP, x + _RULE_SNAP, top, bottom):
                    out.append({"object_type": "curve_edge", "x0": x, "x1": x, "top": top,
                                "bottom": bottom, "doctop": top, "width": 0.0,
                                "height": bottom - top, "orientation": "v"})
    return out


def _joined(upright: Sequence[dict], left: float, right: float, top: float,
            bottom: float) -> bool:
    """Whether an upright rule between ``left`` and ``right`` runs from ``top`` to ``bottom``."""
    return any(left < v["x0"] < right and v["top"] <= top + _RULE_SNAP
               and v["bottom"] >= bottom - _RULE_SNAP for v in upright)


class _TableFinderPage:
    """What pdfplumber's table finder reads from a page, filled from pdfium."""

    def __init__(self, chars: list[dict], edges: list[dict], width: float, height: float):
        self.chars, self.edges, self.bbox = chars, edges, (0.0, 0.0, width, height)


def rules_to_tables(chars: Sequence[Char], rules: list[dict], view: _PageView,
                    number: int) -> tuple[RawTable, ...]:
    """pdfplumber's ruled-table finder (its default settings) over pdfium's rules and
    characters: the same grids pdfplumber finds, without pdfminer parsing the page."""
    from pdfplumber.table import TableFinder

    plumber_chars = [{"text": t, "x0": x0, "top": top, "x1": x1, "bottom": bottom,
                      "doctop": top, "size": size, "fontname": font, "upright": upright,
                      "width": x1 - x0, "height": bottom - top, "object_type": "char"}
                     for t, x0, top, x1, bottom, size, font, upright in chars]
    edges = list(rules) + closing_rules(rules)
    finder = TableFinder(_TableFinderPage(plumber_chars, edges, view.width, view.height))
    return _raw_tables(finder.tables, number)


def _raw_tables(found, number: int) -> tuple[RawTable, ...]:
    """pdfplumber tables as RawTables, their drawn grid repaired into the grid a reader
    sees (``extractors.tables.grid``), keeping grids of 2 rows at least."""
    from extractors.tables.grid import repair_grid

    tables: list[RawTable] = []
    for t in found:
        grid = repair_grid(_grid_cells(t))
        rows = tuple(tuple(None if c is None else " ".join(c.split()) for c in row)
                     for row in grid)
        if len(rows) >= 2 and max(len(r) for r in rows) >= 1:
            tables.append(RawTable(page=number, bbox=tuple(float(v) for v in t.bbox),
                                   rows=rows))
    return tuple(tables)


def _contains(outer, inner) -> bool:
    """Whether box ``outer`` holds box ``inner`` and is larger (a cell drawn inside a
    cell: its text would be read twice)."""
    tol = 0.5
    return (outer != inner and outer[0] <= inner[0] + tol and outer[1] <= inner[1] + tol
            and outer[2] >= inner[2] - tol and outer[3] >= inner[3] - tol)


def _grid_cells(table) -> list[list]:
    """The cells of a pdfplumber table with their text (as pdfplumber extracts it), box
    and words, row by row (None where no cell starts, or a cell lies inside another);
    rotated text gets no words, so no cut is made through it."""
    from pdfplumber.utils import extract_text, extract_words

    from extractors.tables.grid import GridCell

    def inside(ch: dict, box) -> bool:
        h, v = (ch["x0"] + ch["x1"]) / 2, (ch["top"] + ch["bottom"]) / 2
        return box[0] <= h < box[2] and box[1] <= v < box[3]

    chars = [ch for ch in table.page.chars if inside(ch, table.bbox)]
    rows = table.rows
    out: list[list] = []
    for i, row in enumerate(rows):
        row_chars = [ch for ch in chars if inside(ch, row.bbox)]
        near = [b for r in rows[max(0, i - 1):i + 1] for b in r.cells if b is not None]
        cells: list = []
        for box in row.cells:
            if box is None or any(_contains(b, box) for b in near):
                cells.append(None)
                continue
            mine = [ch for ch in row_chars if inside(ch, box)]
            upright = all(ch.get("upright", True) for ch in mine)
            found = extract_words(mine, x_tolerance=_WORD_GAP) if mine and upright else []
            words = tuple((w["text"], w["x0"], w["top"], w["x1"], w["bottom"]) for w in found)
            cells.append(GridCell(extract_text(mine, x_tolerance=_WORD_GAP) if mine else "",
                                  tuple(float(v) for v in box), words))
        out.append(cells)
    return out


def lines_underlined_as_bold(lines: Sequence[Line], rules: Sequence[dict]) -> list[Line]:
    """The lines with an underlined one marked bold: a level rule just under the line's
    text, about as wide as it (not a table's or a separator's rule across the page). An
    underline emphasises as bold type does: a heading set in body type and underlined."""
    level = [r for r in rules if r["orientation"] == "h"]
    out = []
    for line in lines:
        size = line.size or 10.0
        under = any(abs(r["top"] - line.bottom) <= 0.4 * size
                    and r["x0"] <= line.x0 + 0.5 * size and r["x1"] >= line.x1 - 0.5 * size
                    and r["x1"] - r["x0"] <= line.x1 - line.x0 + 2 * size for r in level)
        out.append(replace(line, bold=True) if under and not line.bold else line)
    return out
