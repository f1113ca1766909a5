"""Whitespace tables: runs of body lines made of a label and the same number of numeric
cells, with their header line and caption."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from extractors.tables.blocks import _Block, _caption_from_text, _find_loose, _page_range
from extractors.tables.cells import (_YEAR, _is_numeric, _joiners, cell_gap, cell_number_or_dash,
                                     is_rule_glyph, is_total_label)
from extractors.tables.rules_read import lines_without_rule_marks
from extractors.tables.stacked import (footnote_letters, header_lines, join_header, label_only,
                                      join_wrapped, row_groups, without_mark)
from pipeline.records import Document, Line, Page
from pipeline.text import fold

_MIN_ROWS = 3            # a whitespace table has at least this many data rows
_MAX_LABEL = 70          # longer labels are prose, not a row
_MAX_WIDE_LABEL = 200    # ... unless set apart from the figures by a wide gap:
_WIDE = 3.0              # this many font sizes


def _inside(line: Line, boxes: Sequence[tuple[float, float, float, float]]) -> bool:
    mid = (line.top + line.bottom) / 2
    return any(b[1] - 1 <= mid <= b[3] + 1 for b in boxes)


_GROUPED = re.compile(r"\d{1,3}(?: \d{3})*")      # "2 250", a figure grouped by spaces so far
_GROUP = re.compile(r"\d{3}(?:[.,]\d+)?")          # "000", "500,50": its next group


def _cells_of_line(line: Line) -> list[tuple[str, float, float]]:
    """A positioned line cut into cells at gaps wider than a couple of spaces; a group of
    three digits stays with the figure it continues ("2 250 000") up to a gap of a full
    em, as OCR measures the space between groups on the ink, wider than it was set."""
    if not line.words:
        return []
    size = line.size or 10.0
    gap = cell_gap(line, 0.6)
    cells: list[list] = []
    for w in (w for w in line.words if not is_rule_glyph(w.text)):   # OCR's "|" rules
        grouped = cells and _GROUP.fullmatch(w.text) and _GROUPED.fullmatch(cells[-1][0])
        limit = max(gap, size) if grouped else gap
        if cells and w.x0 - cells[-1][2] <= limit:
            cells[-1][0] += " " + w.text
            cells[-1][2] = w.x1
        else:
            cells.append([w.text, w.x0, w.x1])
    return [(c[0], c[1], c[2]) for c in cells]


@dataclass(frozen=True)
class _Row:
    line: Line
    label: str
    values: list[str]
    xs: list[tuple[float, float]]       # x extent of each value cell ((0,0) without positions)
    labels: tuple[tuple[str, float, float], ...] = ()   # positioned label cells


def _row_of_line(line: Line, lang: str | None) -> _Row | None:
    """A table row: a label then 1+ numeric cells (positions used when present)."""
    text = line.text.strip()
    if not text or len(text) > 200:
        return None
    cells = _cells_of_line(line) if line.words else []
    if len(cells) > 1:
        values: list[tuple[str, float, float]] = []
        for c in reversed(cells):
            if all(_is_numeric(t) for t in c[0].split()) and cell_number_or_dash(c[0], lang):
                values.insert(0, c)
            else:
                break
        labels = [tuple(c) for c in cells[:len(cells) - len(values)]]
        label = " ".join(c[0] for c in labels)
        if not values:
            return None
        if (len(values) >= 2 and _YEAR.fullmatch(values[0][0]) and is_total_label(label, lang)):
            label = f"{label} {values[0][0]}"
            if labels:
                labels[-1] = (f"{labels[-1][0]} {values[0][0]}", labels[-1][1], values[0][2])
            values = values[1:]
        wide = bool(labels) and values[0][1] - labels[-1][2] >= _WIDE * (line.size or 10.0)
        row = _finish_row(line, label, [v[0] for v in values], [(v[1], v[2]) for v in values],
                          wide)
        return None if row is None else _Row(row.line, row.label, row.values, row.xs,
                                             tuple(labels))
    tokens = [t for t in text.split() if not is_rule_glyph(t)]
    values_t: list[str] = []
    for t in reversed(tokens):
        if _is_numeric(t):
            values_t.insert(0, t)
        else:
            break
    label = " ".join(tokens[:len(tokens) - len(values_t)])
    if len(values_t) >= 2 and _YEAR.fullmatch(values_t[0]) and is_total_label(label, lang):
        label = f"{label} {values_t[0]}"
        values_t = values_t[1:]
    return _finish_row(line, label, values_t, [(0.0, 0.0)] * len(values_t))


def _finish_row(line: Line, label: str, values: list[str],
                xs: list[tuple[float, float]], wide: bool = False) -> _Row | None:
    """A row unless its label reads as prose: too long or ending a clause. A label set
    apart from its figures by a wide gap (``wide``) is a long description, not prose,
    up to ``_MAX_WIDE_LABEL`` characters and ending in any mark but a full stop."""
    if not values or label.endswith("."):
        return None
    if wide and len(label) <= _MAX_WIDE_LABEL:
        pass
    elif len(label) > _MAX_LABEL or label.endswith((";", ",")):
        return None
    if label and not any(ch.isalpha() for ch in label):
        return None
    return _Row(line, label, values, xs)


def _aligned(rows: list[_Row]) -> bool:
    """With positions: every numeric column lines up (right, left or centre edges, or
    one x crossed by all its cells, as centred figures of unequal length are)."""
    if not rows[0].line.words:
        return True
    k = len(rows[0].values)
    for j in range(k):
        rights = [r.xs[j][1] for r in rows]
        lefts = [r.xs[j][0] for r in rows]
        if (max(rights) - min(rights) > 12 and max(lefts) - min(lefts) > 12
                and max(lefts) > min(rights)):
            return False
    return True


def _header_cells(line: Line, k: int, extents: list[tuple[float, float]],
                  lang: str | None, any_column: bool = False) -> list[str] | None:
    """The header line split into label + k column titles, or None if it cannot be
    (a title over a figure column needed, or over any column with ``any_column``)."""
    text = line.text.strip()
    if not text or text.endswith((".", ":", ";", "!", "?")) or len(text) > 120:
        return None
    if line.words and extents:
        cols = [""] * len(extents)
        for c in _cells_of_line(line):
            overlap = [min(c[2], e[1]) - max(c[1], e[0]) for e in extents]
            if max(overlap) > 0:
                j = max(range(len(extents)), key=lambda i: overlap[i])
            else:
                mid = (c[1] + c[2]) / 2
                j = min(range(len(extents)), key=lambda i: abs((extents[i][0] + extents[i][1]) / 2 - mid))
            cols[j] = f"{cols[j]} {c[0]}".strip()
        n_labels = 0 if any_column else len(extents) - k
        return cols if any(cols[n_labels:]) else None
    parts = [p for p in re.split(r"\s{2,}", text) if p]
    if len(parts) == k:
        return ["", *parts]
    if len(parts) == k + 1:
        return parts
    joiners, links = _joiners(lang), _joiners(lang, "header_links")
    groups: list[str] = []
    glue = False
    for tok in text.split():
        if groups and (glue or fold(tok) in links):
            groups[-1] += " " + tok
        else:
            groups.append(tok)
        glue = fold(tok) in joiners or fold(tok) in links
    if len(groups) == k:
        return ["", *groups]
    if len(groups) > k:
        return [" ".join(groups[:len(groups) - k]), *groups[len(groups) - k:]]
    return None


def _label_columns(rows: list[_Row], one_column: bool = False
                   ) -> tuple[list[list[str]], list[tuple[float, float]]]:
    """Label cells of each row spread over label columns found by their left edges
    (a code column "011" beside a wording column), and every column's x extent
    (label columns then numeric ones); without positions one label column, and one
    too when ``one_column`` (labels indented under headings, never two on a line)."""
    if not any(r.labels for r in rows):
        return [[r.label] for r in rows], []
    lefts = sorted({round(c[1]) for r in rows for c in r.labels})
    if one_column:
        lefts = lefts[:1]
    starts: list[float] = []
    for x in lefts:
        if not starts or x - starts[-1] > 8:
            starts.append(x)
    if not starts:
        starts = [min(r.line.x0 for r in rows)]
    col_of = lambda x0: max(i for i, s0 in enumerate(starts) if s0 <= x0 + 8) if x0 + 8 >= starts[0] else 0  # noqa: E731
    out: list[list[str]] = []
    ext: list[list[float]] = [[float("inf"), float("-inf")] for _ in starts]
    for r in rows:
        cols = [""] * len(starts)
        for text, x0, x1 in r.labels:
            j = col_of(x0)
            cols[j] = join_wrapped([cols[j], text]) if cols[j] else text
            ext[j] = [min(ext[j][0], x0), max(ext[j][1], x1)]
        out.append(cols)
    k = len(rows[0].values)
    extents = [(e[0], e[1]) for e in ext]
    figures = [r for r in rows if any(r.values)]
    for j in range(k):
        extents.append((min(r.xs[j][0] for r in figures), max(r.xs[j][1] for r in figures)))
    # a label column's right edge stops where the next column starts
    for j in range(len(starts) - 1):
        extents[j] = (extents[j][0], min(extents[j][1], extents[j + 1][0] - 1))
    return out, extents


def _figures(values: list[str], lang: str | None) -> bool:
    filled = [v for v in values if v]
    return len(filled) >= 2 and all(cell_number_or_dash(v, lang) for v in filled)


def _whitespace_blocks(doc: Document, ruled: list[_Block]) -> list[_Block]:
    lang = doc.language
    out: list[_Block] = []
    for page in doc.pages:
        boxes = [t.bbox for t in page.tables]
        body = lines_without_rule_marks(
            [l for l in page.lines if l.role in ("body", "heading") and not _inside(l, boxes)])
        i = 0
        while i < len(body):
            row = _row_of_line(body[i], lang) if body[i].text.strip() else None
            if row is None:
                i += 1
                continue
            run, j = _run_from(body, i, row, lang)
            block = _block_of_run(doc, page, body, i, run, lang)
            if block is not None:
                out.append(block)
                i = j
            else:
                i += 1
    return out


def _run_from(body: list[Line], i: int, row: _Row, lang: str | None) -> tuple[list[_Row], int]:
    """The rows of a table from its first row at ``body[i]``: lines of as many figures,
    and label-only lines (group headings, wrapped labels) kept when a row of figures
    follows them (``stacked``); the index after the last row kept."""
    run, pending = [row], []
    j = end = i + 1
    positioned = bool(row.line.words) and bool(row.xs) and row.xs[0][1] > 0
    while j < len(body):
        line = body[j]
        if not line.text.strip():
            j += 1
            continue
        nxt = _row_of_line(line, lang)
        if nxt is not None and len(nxt.values) == len(run[0].values) and not (
                not nxt.label and all(_YEAR.fullmatch(v) for v in nxt.values)):
            run.extend(pending)
            pending = []
            run.append(nxt)
            j = end = j + 1
            continue
        prev = (pending or run)[-1].line
        if (nxt is None and positioned and label_only(line, _figures_x0(run))
                and line.top - prev.top <= 2.5 * (line.size or 10.0)):
            pending.append(_label_row(line, len(run[0].values)))
            j += 1
            continue
        break
    return run, end


def _figures_x0(rows: list[_Row]) -> float:
    return min(r.xs[0][0] for r in rows if any(r.values))


def _label_row(line: Line, k: int) -> _Row:
    """A label-only line of a table (a group heading, part of a wrapped label)."""
    cells = tuple(c for c in _cells_of_line(line))
    return _Row(line, " ".join(c[0] for c in cells), [""] * k, [(0.0, 0.0)] * k, cells)


def _figure_rows(body: list[Line], i: int, run: list[_Row],
                 lang: str | None) -> tuple[list[_Row], int] | None:
    """The run's rows once checked to be a table (enough aligned rows of figures, not a
    list of years nor a chart's axis), with the index of its first line; else None."""
    k = len(run[0].values)
    data = list(run)
    if (len(data) > _MIN_ROWS and all(_YEAR.fullmatch(v) for v in data[0].values)
            and not all(_YEAR.fullmatch(v) for r in data[1:] for v in r.values)):
        data = data[1:]            # "Poste 2023 2024": the years head the columns
        i = body.index(data[0].line)
    figures = [r for r in data if any(r.values)]
    if len(figures) < _MIN_ROWS or not _aligned(figures):
        return None
    if k == 1 and (len(figures) < 4 or all(_YEAR.fullmatch(r.values[0]) for r in figures)):
        return None
    if all(_YEAR.fullmatch(v) for r in figures for v in r.values):
        return None
    if k == 1 and 2 * sum(1 for r in figures if r.label) < len(figures):
        return None               # one column of figures with no labels: a chart's axis
    return data, i


def _rows_above(body: list[Line], i: int, data: list[_Row]) -> tuple[list[_Row], int]:
    """Label-only lines just above the first row ("A. Appropriations" under the column
    titles), set no farther apart than the table's rows and in the rows' type size."""
    if not data[0].line.words or not data[0].xs or data[0].xs[0][1] <= 0:
        return data, i
    k, x0 = len(data[0].values), _figures_x0(data)
    pitch = max((b.line.top - a.line.top for a, b in zip(data, data[1:])), default=0.0)
    size = data[0].line.size or 10.0
    h = i - 1
    while h >= 0 and label_only(body[h], x0) and abs((body[h].size or 10.0) - size) <= 0.5 \
            and 0 < body[h + 1].top - body[h].top <= pitch + 1:
        data = [_label_row(body[h], k)] + data
        i, h = h, h - 1
    return data, i


def _stacked(page: Page, after: tuple[Line, ...], data: list[_Row]) -> tuple[list[_Row], bool]:
    """Rows of wrapped labels joined into one (``stacked.row_groups``), footnote letters
    taken off the labels (footnotes under the table or on the next page, ``after``); and whether the labels stand in one column (no line has two
    label cells: indentation is no column)."""
    one_column = not any(len(r.labels) >= 2 for r in data)
    letters = footnote_letters(page.lines, data[-1].line.top) | footnote_letters(after, 0.0)
    groups = row_groups([r.line.top for r in data], [any(r.values) for r in data],
                        [bool(r.label) for r in data])
    out = []
    for grp in groups:
        rows = [data[g] for g in grp]
        main = next((r for r in rows if any(r.values)), rows[0])
        cells = [c for r in rows for c in r.labels]
        if one_column and cells:
            cells = [(join_wrapped([c[0] for c in cells]), min(c[1] for c in cells),
                      max(c[2] for c in cells))]
        cells = [(without_mark(t, letters), c0, c1) for t, c0, c1 in cells]
        label = " ".join(c[0] for c in cells) if cells else main.label
        out.append(_Row(main.line, without_mark(label, letters), main.values, main.xs,
                        tuple(cells)))
    return out, one_column


def _header_of(body: list[Line], i: int, k: int, extents: list[tuple[float, float]],
               lang: str | None) -> tuple[list[str] | None, int]:
    """The column titles over the table (one line or several set close together) and
    the index of their top line (else of the nearest line above, the caption's)."""
    h = i - 1
    while h >= 0 and not body[h].text.strip():
        h -= 1
    header = _header_cells(body[h], k, extents, lang) if h >= 0 else None
    if header is None or not body[h].words:
        return header, h
    def splits(line: Line) -> bool:      # a title over a figure column, or any title in
        same = abs((line.size or 10.0) - (body[h].size or 10.0)) <= 0.3   # the same type
        return _header_cells(line, k, extents, lang, any_column=same) is not None
    rows = header_lines(body, h, splits)
    return join_header([_header_cells(body[r], k, extents, lang, any_column=True)
                        for r in rows]), rows[0]


def _block_of_run(doc: Document, page: Page, body: list[Line], i: int, run: list[_Row],
                  lang: str | None) -> _Block | None:
    k = len(run[0].values)
    checked = _figure_rows(body, i, run, lang)
    if checked is None:
        return None
    data, i = _rows_above(body, checked[1], checked[0])
    after = doc.pages[page.number].lines if page.number < len(doc.pages) else ()
    data, one_column = _stacked(page, after, data)
    label_rows, extents = _label_columns(data, one_column)
    if any(_figures([r[j] for r in label_rows], lang) for j in range(1, len(label_rows[0]))):
        return None               # figures among the labels: blocks side by side (aligned.py)
    header, h = _header_of(body, i, k, extents, lang)
    cap_index = (h - 1) if header is not None else h
    while cap_index >= 0 and not body[cap_index].text.strip():
        cap_index -= 1
    caption = _caption_from_text(doc, page.number, body[cap_index].text) \
        if cap_index >= 0 else None
    width = len(label_rows[0]) + k
    rows = [header or [""] * width] + [[*lab, *r.values] for lab, r in zip(label_rows, data)]
    first_line = body[h] if header is not None else data[0].line
    a, b = _page_range(doc, page.number)
    start = _find_loose(doc.text, first_line.text.strip(), a, b)
    start = a if start < 0 else start
    last = data[-1].line.text.strip()
    end = _find_loose(doc.text, last, start, b)
    end = end + len(last) if end >= 0 else start
    lines = ([first_line] if header is not None else []) + [r.line for r in data]
    bbox = (min(l.x0 for l in lines), min(l.top for l in lines),
            max(l.x1 for l in lines), max(l.bottom for l in lines))
    return _Block(page.number, rows, bbox, start, max(start, end), caption, "whitespace",
                  (page.number,))
