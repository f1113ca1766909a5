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

from extractors.tables.aligned import aligned_blocks
from extractors.tables.blocks import _Block, _row_pages
from extractors.tables.headed import headed_blocks
from extractors.tables.cells import cell_number, cell_number_or_dash, is_total_label
from extractors.tables.ruled import _ruled_blocks
from extractors.tables.twins import twin_blocks
from extractors.tables.whitespace import _whitespace_blocks
from pipeline.protocol import Extractor
from pipeline.records import Document, Provenance, Table, TableCell
from pipeline.text import stable_id

NAME = "tables"
VERSION = "0.6.1"

__all__ = ["NAME", "VERSION", "document_to_tables", "cell_number", "cell_number_or_dash",
           "is_total_label"]


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
    """Every table of ``doc``: ruled grids (and their unruled twins: ``twins``),
    whitespace-aligned numeric tables, unruled summary blocks (aligned columns, some of
    figures) and word tables under a header line."""
    ruled = _ruled_blocks(doc)
    ruled = ruled + twin_blocks(doc, ruled)
    found = ruled + _whitespace_blocks(doc, ruled)
    found = found + aligned_blocks(doc, found)
    blocks = sorted(found + headed_blocks(doc, found), key=lambda b: (b.page, b.start))
    out = []
    per_page: dict[int, int] = {}
    for b in blocks:
        index = per_page.get(b.page, 0)
        per_page[b.page] = index + 1
        out.append(_block_to_table(doc, b, index))
    return tuple(out)


def _extract(doc: Document, found) -> tuple[Table, ...]:
    return document_to_tables(doc)


EXTRACTOR = Extractor(NAME, VERSION, needs=(), gives="tables", run=_extract)
