"""A bold line whose words stand in columns is a table's column header, not a section
(written held-out set 4: a bid tabulation and a KPI table ruled by three lines only, whose
header rows became sections). Every line is invented, fr/en/es."""

from __future__ import annotations

import pytest

import extractors.pdf as pdf
from pipeline.records import Line, Page, Word


def _l(text, top, size=10.0, bold=False, x0=60.0, words=None):
    if words is None:           # one word after another, a space apart
        words, x = [], x0
        for w in text.split():
            words.append(Word(text=w, x0=x, x1=x + 5 * len(w)))
            x += 5 * len(w) + 3
    return Line(page=1, text=text, x0=x0, top=top, x1=words[-1].x1, bottom=top + size,
                size=size, bold=bold, words=tuple(words))


def _columns(cells, top, xs):
    """A line whose cells start at the x positions given (a table row)."""
    words = []
    for cell, x in zip(cells, xs):
        for w in cell.split():
            words.append(Word(text=w, x0=x, x1=x + 5 * len(w)))
            x += 5 * len(w) + 3
    return _l(" ".join(cells), top, bold=True, x0=xs[0], words=words)


def _body(top, n=2):
    return [_l("The report was read and discussed by the members present at the meeting "
               f"{k}.", top + 12 * k) for k in range(n)]


def _headings(lines):
    marked = pdf.pages_to_headings([Page(number=1, width=595, height=842, lines=tuple(lines))])
    return [l.text for l in marked[0].lines if l.role == "heading"]


@pytest.mark.parametrize("cells", [
    ["Bidder", "Base bid ($)", "Calendar days"],
    ["Indicateur", "2023/24", "Cible 2025/26"],
    ["Concepto", "Importe (USD)", "Plazo"],
])
def test_a_column_header_standing_in_columns_is_no_heading(cells):
    lines = [_l("4. Award of contract", 40, bold=True)] + _body(60)
    lines += [_columns(cells, 100, [60, 250, 400])] + _body(120)
    assert _headings(lines) == ["4. Award of contract"]


def test_a_title_with_one_wide_gap_stays_a_heading():
    """A minute number in its own column ("24/061   Apologies") is one gap, not a table."""
    lines = [_columns(["24/061", "Apologies for absence"], 40, [60, 140])] + _body(60)
    assert _headings(lines) == ["24/061 Apologies for absence"]
