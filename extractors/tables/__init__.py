"""Tables of a report: ruled grids from the PDF layer and tables laid out by spaces.

``document_to_tables`` gives every table as a :class:`Table` (row 0 = header, numeric
cells parsed, total rows marked, caption, bbox, pages). Ruled tables come from
``Page.tables`` (pdfplumber grids); a ruled table cut by a page break (same column
count, the next page starting with a table) is joined into one, its repeated header
dropped. Whitespace tables are runs of body lines made of a label and the same
number of numeric cells; with word positions (PDF) cells are cut at wide gaps and
the numeric columns must line up, without them (``document_from_text``) cells are
the trailing numeric tokens.

Choices: a dash cell ("-", "–", "—") has ``number=None`` (nothing stated; a check
may read it as 0). A year right after a total label ("Total 2020 107 42") belongs
to the label. A table with no header line gets an empty header row, so row 0 is
always the header.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from extractors.amounts import parse_number
from pipeline.lexicon import SUPPORTED, words
from pipeline.records import Document, Line, Page, Provenance, Table, TableCell
from pipeline.text import collapse, fold, sentence_at, stable_id

NAME = "tables"
VERSION = "0.1.0"

_DASHES = {"-", "–", "—", "--", "−"}
_YEAR = re.compile(r"(?:19|20)\d\d")
_NUMERIC_TOKEN = re.compile(r"[-−–(]?\d[\d.,'’\u00a0\u202f]*\)?%?|[-–—−]{1,2}")
_MIN_ROWS = 3            # a whitespace table has at least this many data rows
_MAX_LABEL = 70          # longer labels are prose, not a row


# ------------------------------------------------------------------ small helpers


def _langs(lang: str | None) -> tuple[str, ...]:
    return (lang,) if lang in SUPPORTED else SUPPORTED


def _total_labels(lang: str | None) -> tuple[str, ...]:
    return tuple(fold(w) for code in _langs(lang) for w in words(code, "tables", "total_labels"))


def _joiners(lang: str | None, key: str = "header_joiners") -> set[str]:
    """Header words that glue to the next word (or, for ``header_links``, to both)."""
    return {fold(w) for code in _langs(lang) for w in words(code, "tables", key)}


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


def _is_numeric(token: str) -> bool:
    return bool(_NUMERIC_TOKEN.fullmatch(token))


@dataclass(frozen=True)
class _Block:
    """A table found on the page before it becomes a record."""
    page: int
    rows: list[list[str]]              # row 0 = header
    bbox: tuple[float, float, float, float] | None
    start: int
    end: int
    caption: str | None
    method: str
    pages: tuple[int, ...]
    row_pages: tuple[int, ...] = ()    # page of each row (a joined table spans pages)


# ------------------------------------------------------------------- ruled tables


def _page_range(doc: Document, number: int) -> tuple[int, int]:
    a = doc.page_starts[number - 1] if number - 1 < len(doc.page_starts) else len(doc.text)
    b = doc.page_starts[number] if number < len(doc.page_starts) else len(doc.text)
    return a, b


def _locate(doc: Document, page: int, first: str, last: str) -> tuple[int, int]:
    """Span of a table in the body text: from its first cell's text to its last's."""
    a, b = _page_range(doc, page)
    start = _find_loose(doc.text, first, a, b) if first else -1
    start = a if start < 0 else start
    end = _find_loose(doc.text, last, start, b) if last else -1
    end = (end + len(last)) if end >= 0 else max(start, min(b, start + 1))
    return start, max(start, min(end, len(doc.text)))


def _find_loose(text: str, needle: str, a: int, b: int) -> int:
    parts = needle.split()
    if not parts:
        return -1
    m = re.compile(r"\s+".join(re.escape(p) for p in parts)).search(text, a, b)
    return m.start() if m else -1


def _caption_above(page: Page, top: float, doc: Document) -> str | None:
    """The body line just above ``top`` (within three line heights), as a sentence."""
    above = [l for l in page.lines if l.role == "body" and l.bottom <= top + 1]
    if not above:
        return None
    line = max(above, key=lambda l: l.bottom)
    if top - line.bottom > 3 * max(line.size, 8.0):
        return None
    return _caption_from_text(doc, page.number, line.text)


def _caption_from_text(doc: Document, page: int, line_text: str) -> str | None:
    a, b = _page_range(doc, page)
    pos = _find_loose(doc.text, line_text.strip(), a, b)
    text = line_text
    if pos >= 0:
        end = pos + len(line_text.strip())
        sent = sentence_at(doc.text, max(pos, end - 1))
        if sent.text and sent.start <= end:
            text = doc.text[sent.start:end]       # the sentence, up to the line's end
    caption = collapse(text).rstrip(" :")
    return caption or None


def _clean_grid(rows: Sequence[Sequence[str | None]]) -> list[list[str]]:
    grid = [[collapse(c or "") for c in r] for r in rows]
    width = max((len(r) for r in grid), default=0)
    grid = [r + [""] * (width - len(r)) for r in grid]
    grid = [r for r in grid if any(r)]
    keep = [j for j in range(width) if any(r[j] for r in grid)]
    return [[r[j] for j in keep] for r in grid]


def _resplit_rows(grid: list[list[str]]) -> list[list[str]]:
    """Rows a grid left whole in their first cell ("Austria 86.2 13.8 0 3,375" when
    the PDF rules only some columns) cut into label + numeric cells when the count fits."""
    width = len(grid[0])
    out = [grid[0]]
    for row in grid[1:]:
        tokens = row[0].split()
        if width > 1 and not any(row[1:]) and len(tokens) >= width:
            tail = tokens[len(tokens) - (width - 1):]
            head = tokens[:len(tokens) - (width - 1)]
            if all(_is_numeric(t) for t in tail) and not _is_numeric(head[-1]):
                out.append([" ".join(head), *tail])
                continue
        out.append(row)
    return out


def _ruled_blocks(doc: Document) -> list[_Block]:
    blocks: list[_Block] = []
    for page in doc.pages:
        for raw in sorted(page.tables, key=lambda t: (t.bbox[1], t.bbox[0])):
            grid = _clean_grid(raw.rows)
            if len(grid) < 2 or len(grid[0]) < 2:
                continue
            grid = _resplit_rows(grid)
            first = next((c for c in grid[0] if c), "")
            last = next((c for c in reversed(grid[-1]) if c), "")
            start, end = _locate(doc, page.number, first, last)
            blocks.append(_Block(page.number, grid, raw.bbox, start, end,
                                 _caption_above(page, raw.bbox[1], doc), "ruled",
                                 (page.number,)))
    return _join_across_pages(doc, blocks)


def _starts_page(doc: Document, block: _Block) -> bool:
    """Whether nothing of the body comes before ``block`` on its page."""
    page = doc.pages[block.page - 1]
    if block.bbox is None:
        return False
    return not any(l.role == "body" and l.bottom <= block.bbox[1] + 1 for l in page.lines)


def _ends_page(doc: Document, block: _Block) -> bool:
    page = doc.pages[block.page - 1]
    if block.bbox is None:
        return False
    return not any(l.role == "body" and l.top >= block.bbox[3] - 1 for l in page.lines)


def _join_across_pages(doc: Document, blocks: list[_Block]) -> list[_Block]:
    """Join a table that a page break cut in two (same width, next page starts with it)."""
    out: list[_Block] = []
    for b in blocks:
        prev = out[-1] if out else None
        if (prev is not None and b.page == prev.pages[-1] + 1
                and len(b.rows[0]) == len(prev.rows[0])
                and _ends_page(doc, _Block(prev.pages[-1], prev.rows, _last_bbox(doc, prev),
                                           0, 0, None, "ruled", ()))
                and _starts_page(doc, b)):
            rows = b.rows[1:] if [fold(c) for c in b.rows[0]] == [fold(c) for c in prev.rows[0]] \
                else b.rows
            out[-1] = _Block(prev.page, prev.rows + rows, prev.bbox, prev.start,
                             max(prev.end, b.end), prev.caption, prev.method,
                             prev.pages + (b.page,),
                             _row_pages(prev) + (b.page,) * len(rows))
        else:
            out.append(b)
    return out


def _row_pages(block: _Block) -> tuple[int, ...]:
    return block.row_pages or (block.page,) * len(block.rows)


def _last_bbox(doc: Document, block: _Block) -> tuple[float, float, float, float] | None:
    page = doc.pages[block.page - 1]
    tables = sorted(page.tables, key=lambda t: t.bbox[3])
    return tables[-1].bbox if tables else block.bbox


# -------------------------------------------------------------- whitespace tables


def _inside(line: Line, boxes: Sequence[tuple[float, float, float, float]]) -> bool:
    mid = (line.top + line.bottom) / 2
    return any(b[1] - 1 <= mid <= b[3] + 1 for b in boxes)


def _cells_of_line(line: Line) -> list[tuple[str, float, float]]:
    """A positioned line cut into cells at gaps wider than a couple of spaces."""
    if not line.words:
        return []
    gap = max(0.6 * (line.size or 10.0), 4.0)
    cells: list[list] = []
    for w in line.words:
        if cells and w.x0 - cells[-1][2] <= gap:
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
        row = _finish_row(line, label, [v[0] for v in values], [(v[1], v[2]) for v in values])
        return None if row is None else _Row(row.line, row.label, row.values, row.xs,
                                             tuple(labels))
    tokens = text.split()
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


def cell_number_or_dash(text: str, lang: str | None) -> bool:
    t = collapse(text)
    return t in _DASHES or cell_number(t, lang) is not None


def _finish_row(line: Line, label: str, values: list[str],
                xs: list[tuple[float, float]]) -> _Row | None:
    if not values or len(label) > _MAX_LABEL or label.endswith((".", ";", ",")):
        return None
    if label and not any(ch.isalpha() for ch in label):
        return None
    return _Row(line, label, values, xs)


def _aligned(rows: list[_Row]) -> bool:
    """With positions: every numeric column lines up (right or left edges)."""
    if not rows[0].line.words:
        return True
    k = len(rows[0].values)
    for j in range(k):
        rights = [r.xs[j][1] for r in rows]
        lefts = [r.xs[j][0] for r in rows]
        if max(rights) - min(rights) > 12 and max(lefts) - min(lefts) > 12:
            return False
    return True


def _header_cells(line: Line, k: int, extents: list[tuple[float, float]],
                  lang: str | None) -> list[str] | None:
    """The header line split into label + k column titles, or None if it cannot be."""
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
        n_labels = len(extents) - k
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


def _label_columns(rows: list[_Row]) -> tuple[list[list[str]], list[tuple[float, float]]]:
    """Label cells of each row spread over label columns found by their left edges
    (a code column "011" beside a wording column), and every column's x extent
    (label columns then numeric ones); without positions one label column."""
    if not rows[0].labels:
        return [[r.label] for r in rows], []
    lefts = sorted({round(c[1]) for r in rows for c in r.labels})
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
            cols[j] = f"{cols[j]} {text}".strip()
            ext[j] = [min(ext[j][0], x0), max(ext[j][1], x1)]
        out.append(cols)
    k = len(rows[0].values)
    extents = [(e[0], e[1]) for e in ext]
    for j in range(k):
        extents.append((min(r.xs[j][0] for r in rows), max(r.xs[j][1] for r in rows)))
    # a label column's right edge stops where the next column starts
    for j in range(len(starts) - 1):
        extents[j] = (extents[j][0], min(extents[j][1], extents[j + 1][0] - 1))
    return out, extents


def _whitespace_blocks(doc: Document, ruled: list[_Block]) -> list[_Block]:
    lang = doc.language
    out: list[_Block] = []
    for page in doc.pages:
        boxes = [t.bbox for t in page.tables]
        body = [l for l in page.lines if l.role in ("body", "heading") and not _inside(l, boxes)]
        i = 0
        while i < len(body):
            row = _row_of_line(body[i], lang) if body[i].text.strip() else None
            if row is None:
                i += 1
                continue
            run = [row]
            j = i + 1
            while j < len(body):
                if not body[j].text.strip():
                    j += 1
                    continue
                nxt = _row_of_line(body[j], lang)
                if nxt is None or len(nxt.values) != len(run[0].values):
                    break
                run.append(nxt)
                j += 1
            block = _block_of_run(doc, page, body, i, run, lang)
            if block is not None:
                out.append(block)
                i = j
            else:
                i += 1
    return out


def _block_of_run(doc: Document, page: Page, body: list[Line], i: int, run: list[_Row],
                  lang: str | None) -> _Block | None:
    k = len(run[0].values)
    data = [r for r in run]
    if len(data) < _MIN_ROWS or not _aligned(data):
        return None
    if k == 1 and (len(data) < 4 or all(_YEAR.fullmatch(r.values[0]) for r in data)):
        return None
    if all(_YEAR.fullmatch(v) for r in data for v in r.values):
        return None
    label_rows, extents = _label_columns(data)
    # header: the nearest non-blank line above, when it splits into the columns
    h = i - 1
    while h >= 0 and not body[h].text.strip():
        h -= 1
    header = _header_cells(body[h], k, extents, lang) if h >= 0 else None
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


# ---------------------------------------------------------------------- records


def _block_to_table(doc: Document, block: _Block, index: int) -> Table:
    lang = doc.language
    cells = []
    total_rows = []
    row_pages = _row_pages(block)
    for r, row in enumerate(block.rows):
        for c, value in enumerate(row):
            number = cell_number(value, lang) if r > 0 and c > 0 else None
            cells.append(TableCell(row=r, col=c, value=value, number=number,
                                   page=row_pages[r]))
        label = next((v for v in row if v), "")
        if r > 0 and is_total_label(label, lang):
            total_rows.append(r)
    prov = Provenance(doc_id=doc.doc_id, page=block.page, start=block.start, end=block.end,
                      extractor=NAME, version=VERSION)
    return Table(table_id=stable_id(doc.doc_id, block.page, index), doc_id=doc.doc_id,
                 prov=prov, cells=tuple(cells), n_rows=len(block.rows),
                 n_cols=max(len(r) for r in block.rows), caption=block.caption,
                 bbox=block.bbox, total_rows=tuple(total_rows), pages=block.pages,
                 method=block.method)


def document_to_tables(doc: Document) -> tuple[Table, ...]:
    """Every table of ``doc``: ruled grids and whitespace-aligned numeric tables."""
    ruled = _ruled_blocks(doc)
    blocks = sorted(ruled + _whitespace_blocks(doc, ruled), key=lambda b: (b.page, b.start))
    out = []
    per_page: dict[int, int] = {}
    for b in blocks:
        index = per_page.get(b.page, 0)
        per_page[b.page] = index + 1
        out.append(_block_to_table(doc, b, index))
    return tuple(out)
