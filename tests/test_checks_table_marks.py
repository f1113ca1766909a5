"""A total row over a column whose every figure has one group of three digits after a
comma ("412,560") proves no thousands separator by itself; in an English report the
comma is the thousands mark, so the total is checked. In French or Spanish (which write
thousands several ways) such a column stays unread. Invented tables."""

from __future__ import annotations

import pytest

from pipeline.checks import table_total_mismatch
from pipeline.records import DocumentInfo, Extraction, Table, TableCell
from pipeline.text import document_from_text, provenance

GRID = [["Income", "2024"], ["Donations", "412,560"], ["Grants", "268,000"], ["Events", "57,300"],
        ["Total income", "{total}"]]


def _flags(lang: str, total: str) -> list:
    grid = [[v.format(total=total) for v in row] for row in GRID]
    text = "Income for the year:\n" + "\n".join(" ".join(r) for r in grid) + "\n"
    doc = document_from_text(text, language=lang)
    cells = tuple(TableCell(row=r, col=c, value=v,
                            number=float(v.replace(",", "")) if r and c else None)
                  for r, row in enumerate(grid) for c, v in enumerate(row))
    t = Table(table_id="t1", doc_id=doc.doc_id, prov=provenance(doc, 0, len(doc.text), "test", "1"),
              cells=cells, n_rows=len(grid), n_cols=2, total_rows=(len(grid) - 1,))
    info = DocumentInfo(doc_id=doc.doc_id, file_name=doc.file_name, path=doc.file_name,
                        pages=1, language=lang, status="ok")
    return table_total_mismatch(doc, Extraction(info=info, tables=(t,)))


def test_an_english_total_that_does_not_add_up_is_flagged():
    flags = _flags("en", "746,860")
    assert len(flags) == 1 and "737 860" in flags[0].message


def test_an_english_total_that_adds_up_is_not():
    assert _flags("en", "737,860") == []


@pytest.mark.parametrize("lang", ["fr", "es"])
def test_a_comma_group_proves_nothing_in_french_or_spanish(lang):
    assert _flags(lang, "746,860") == []
