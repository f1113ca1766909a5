"""Ruled tables: the grids of the PDF layer, cleaned, captioned and joined across pages."""

from __future__ import annotations

from typing import Sequence

from extractors.tables.blocks import _Block, _caption_from_text, _locate, _row_pages
from extractors.tables.cells import _is_numeric
from pipeline.records import Document, Page
from pipeline.text import collapse, fold

_MIN_LIST_ROWS = 3       # a one-column ruled grid is a list when it has this many rows


def _caption_above(page: Page, top: float, doc: Document) -> str | None:
    """The body line just above ``top`` (within three line heights), as a sentence."""
    above = [l for l in page.lines if l.role == "body" and l.bottom <= top + 1]
    if not above:
        return None
    line = max(above, key=lambda l: l.bottom)
    if top - line.bottom > 3 * max(line.size, 8.0):
        return None
    return _caption_from_text(doc, page.number, line.text)


def _clean_grid(rows: Sequence[Sequence[str | None]]) -> list[list[str]]:
    grid = [[collapse(c or "") for c in r] for r in rows]
    width = max((len(r) for r in grid), default=0)
    grid = [r + [""] * (width - len(r)) for r in grid]
    grid = [r for r in grid if any(r)]
    keep = [j for j in range(width) if any(r[j] for r in grid)]
    return [[r[j] for j in keep] for r in grid]


def _is_prose(grid: list[list[str]]) -> bool:
    """A one-column grid whose rows are the lines of running text (a framed paragraph:
    many rows go on with a lower-case word), not a list."""
    lower = sum(1 for r in grid if r[0][:1].islower())
    return 4 * lower > len(grid)


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
            if not grid or len(grid) < (2 if len(grid[0]) > 1 else _MIN_LIST_ROWS):
                continue
            if len(grid[0]) == 1 and _is_prose(grid):
                continue
            grid = _resplit_rows(grid)
            first = next((c for c in grid[0] if c), "")
            last = next((c for c in reversed(grid[-1]) if c), "")
            start, end = _locate(doc, page.number, first, last)
            blocks.append(_Block(page.number, grid, raw.bbox, start, end,
                                 _caption_above(page, raw.bbox[1], doc), "ruled",
                                 (page.number,)))
    return _join_across_pages(doc, blocks)


_CONTENT = ("body", "heading")     # line roles of the page's own text (not its furniture)


def _starts_page(doc: Document, block: _Block) -> bool:
    """Whether nothing of the body comes before ``block`` on its page."""
    page = doc.pages[block.page - 1]
    if block.bbox is None:
        return False
    return not any(l.role in _CONTENT and l.bottom <= block.bbox[1] + 1 for l in page.lines)


def _ends_page(doc: Document, block: _Block) -> bool:
    page = doc.pages[block.page - 1]
    if block.bbox is None:
        return False
    return not any(l.role in _CONTENT and l.top >= block.bbox[3] - 1 for l in page.lines)


def _same_layout(a: _Block, b: _Block) -> bool:
    """Whether two tables stand at the same left and right edges (a continued table keeps
    its layout; a table beside others on the next page does not)."""
    if a.bbox is None or b.bbox is None:
        return True
    tol = max(15.0, 0.05 * (a.bbox[2] - a.bbox[0]))
    return abs(a.bbox[0] - b.bbox[0]) <= tol and abs(a.bbox[2] - b.bbox[2]) <= tol


def _join_across_pages(doc: Document, blocks: list[_Block]) -> list[_Block]:
    """Join a table that a page break cut in two (same width and edges, nothing else
    between them: no text or heading after the first, none before the second)."""
    out: list[_Block] = []
    for b in blocks:
        prev = out[-1] if out else None
        if (prev is not None and b.page == prev.pages[-1] + 1
                and len(b.rows[0]) == len(prev.rows[0]) and _same_layout(prev, b)
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


def _last_bbox(doc: Document, block: _Block) -> tuple[float, float, float, float] | None:
    page = doc.pages[block.page - 1]
    tables = sorted(page.tables, key=lambda t: t.bbox[3])
    return tables[-1].bbox if tables else block.bbox
