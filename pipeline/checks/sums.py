"""Arithmetic checks: ``table_total_mismatch`` (a total row that is not the sum of its
column) and ``sum_mismatch`` (a stated sum whose parts do not add up).

Both allow for rounding at the precision the figures are written with: "955 k€" is
known to the thousand, "1,5 M€" to the hundred thousand, "12,50 €" to the cent.
"""

from __future__ import annotations

import math
import re

from pipeline.checks.common import (NAME, VERSION, evidence, line_bounds, make_flag, short,
                                    verbatim)
from pipeline.checks.listed_sums import listed_sums
from pipeline.lexicon import languages, words
from pipeline.records import Amount, Document, Evidence, Extraction, Flag, Table

CHECK = f"{NAME}.sums@{VERSION}"
_DASH = {"-", "–", "—", "−"}
_NUMBER = re.compile(r"\d[\d\s\u00a0\u202f.,']*")


# ----------------------------------------------------------------------- tables


def _decimals(value: str) -> int:
    """Digits after a decimal comma/point as written ("12,5" -> 1, "1 000" -> 0)."""
    m = re.search(r"[.,](\d{1,2})\s*$", value.strip().rstrip("%€$£ "))
    return len(m.group(1)) if m else 0


def _column_sums(table: Table) -> list[tuple[int, int, float, float, int]]:
    """(total_row, col, stated, computed, n_parts) for every numeric cell of every total
    row; a total row sums the rows since the previous total row, or, failing that, all
    non-total rows (a grand total under subtotals)."""
    cells = {(c.row, c.col): c for c in table.cells}
    head = header_row(table)
    totals = sorted(r for r in table.total_rows if r > head)
    out = []
    for i, r in enumerate(totals):
        prev = totals[i - 1] if i else head
        for col in range(table.n_cols):
            stated = cells.get((r, col))
            if stated is None or stated.number is None:
                continue
            block = [cells.get((row, col)) for row in range(prev + 1, r)]
            parts = [c.number if c.number is not None else 0.0 for c in block
                     if c is not None and (c.number is not None or c.value.strip() in _DASH)]
            if not parts:
                continue
            computed = sum(parts)
            if i and abs(computed - stated.number) > 1e-9:
                every = [cells.get((row, col)) for row in range(head + 1, r) if row not in totals]
                computed_all = sum(c.number for c in every if c and c.number is not None)
                subtotals = sum(cells[(t, col)].number for t in totals[:i]
                                if (t, col) in cells and cells[(t, col)].number is not None)
                for alt in (computed_all, subtotals):
                    if abs(alt - stated.number) < abs(computed - stated.number):
                        computed = alt
            out.append((r, col, stated.number, computed, len(parts)))
    return out


def _tolerance(table: Table, col: int, n_parts: int) -> float:
    """Rounding slack: half a unit of the last written digit per figure summed."""
    decimals = max((_decimals(c.value) for c in table.cells if c.col == col and c.number is not None),
                   default=0)
    if decimals == 0:
        return 1e-6
    return 0.5 * 10 ** -decimals * (n_parts + 1)


def header_row(table: Table) -> int:
    """The header: the first row with any text when it reads as a header (OCR can read a
    table's top rule as an empty row above it); else row 0, so a table whose header was
    not captured (its first row holds figures) is taken for the fragment it is."""
    grid = table.grid()
    first = next((i for i, row in enumerate(grid) if any(v.strip() for v in row)), 0)
    if first and any(_own_number(v) is not None and not re.fullmatch(r"(?:19|20)\d\d", v.strip())
                     for v in grid[first] if v.strip()):
        return 0
    return first


def _header(table: Table, col: int) -> str:
    grid = table.grid()
    h = header_row(table)
    return grid[h][col].strip() if h < len(grid) and col < len(grid[h]) else ""


def _row_quote(doc: Document, table: Table, row: int) -> list[Evidence]:
    """The total row as it stands in the text (its label and figures), if findable."""
    grid = table.grid()
    cells = [v for v in grid[row] if v.strip()] if row < len(grid) else []
    if not cells:
        return []
    found = verbatim(doc, " ".join(cells), near=table.prov.start) or verbatim(doc, cells[0], table.prov.start)
    if not found:
        return []
    a = found[1]
    ls, le = line_bounds(doc.text, a)
    return [evidence(doc, ls, le)]


def _fragment(table: Table, tables: tuple[Table, ...]) -> bool:
    """A table we may not see whole: no header row (it continues one from the page
    before), a "header" holding figures (a row the extractor could not read, as OCR's
    "1350 000" for "1 350 000", taken for the header), or a table with as many columns
    ends on the page before it."""
    grid = table.grid()
    head = header_row(table)
    if not grid or head >= len(grid) - 1 or not any(v.strip() for v in grid[head]):
        return True
    if any(_own_number(v) is not None and not re.fullmatch(r"(?:19|20)\d\d", v.strip())
           for v in grid[head][1:] if v.strip()):
        return True
    return any(t is not table and t.n_cols == table.n_cols and t.prov.page == table.prov.page - 1
               and not t.total_rows for t in tables)



_GROUPED = re.compile(r"-?\d{1,3}(?P<t>[.,'\u2019 ])\d{3}(?:(?P=t)\d{3})+(?:[.,]\d+)?")
_MIXED = re.compile(r"-?\d{1,3}(?:(?P<t>[.,'\u2019 ])\d{3})+(?P<d>[.,])\d{1,2}")


def _plain(value: str) -> str:
    """A cell's figure without currency, percent signs or surrounding spaces, no-break
    spaces as spaces."""
    v = re.sub(r"[\u00a0\u202f]", " ", value).strip()
    return re.sub(r"^[€$£\s]+|[€$£%\s]+$", "", v)


def thousands_mark(values: list[str]) -> str | None:
    """The thousands separator a column proves by a figure only it can read: several
    groups of three ("1,200,000") or a group before another decimal mark ("1.200,50").
    None when no figure proves one, or two figures prove different ones."""
    marks = set()
    for value in values:
        v = _plain(value)
        m = _GROUPED.fullmatch(v) or _MIXED.fullmatch(v)
        if m and (not m.groupdict().get("d") or m.group("d") != m.group("t")):
            marks.add(m.group("t"))
    return marks.pop() if len(marks) == 1 else None


def _own_number(value: str, mark: str | None = None) -> float | None:
    """The cell's figure read strictly: digits grouped by spaces (or by ``mark``, the
    column's proven thousands separator), one decimal comma or point; None when the
    writing is ambiguous ("0.447" vs "1.234", "1,234" in a column that proves nothing)."""
    v = _plain(value)
    if mark and re.fullmatch(rf"-?\d{{1,3}}(?:{re.escape(mark)}\d{{3}})+(?:[.,]\d+)?", v):
        v = v.replace(mark, "")
    v = v.replace(" ", "")
    if v in _DASH:
        return 0.0
    if re.fullmatch(r"-?\d+", v):
        return float(v)
    m = re.fullmatch(r"(-?\d+)[.,](\d+)", v)
    if m and (len(m.group(2)) != 3 or mark):
        return float(f"{m.group(1)}.{m.group(2)}")
    return None


def language_mark(language: str | None) -> str | None:
    """The thousands separator the report's language always writes (lexicon [checks]
    ``thousands_separators``: "," in English, where "412,560" is never a decimal), or
    None when the language writes several (French, Spanish)."""
    marks = words(language, "checks", "thousands_separators") if language in languages() else ()
    return marks[0] if len(marks) == 1 else None


def _column_is_clean(table: Table, col: int, rows: range, language: str | None = None) -> bool:
    """Every row in ``rows`` has a figure in ``col`` that reads the same strictly as the
    extractor read it (no blank, no text, no ambiguous separator, no percentages). A
    column that proves no separator takes its language's, if the language has one."""
    header = _header(table, col)
    if "%" in header:
        return False
    cells = {(c.row, c.col): c for c in table.cells}
    mark = thousands_mark([c.value for c in table.cells if c.col == col and c.row > 0]) or language_mark(language)
    for r in rows:
        c = cells.get((r, col))
        if c is None or not c.value.strip():
            return False
        own = _own_number(c.value, mark)
        if own is None or (c.number is not None and abs(own - c.number) > 1e-9):
            return False
    return True


def table_total_mismatch(doc: Document, ex: Extraction) -> list[Flag]:
    """Total rows whose figure differs from the sum of the figures above them, in tables
    seen whole with unambiguous figures."""
    flags = []
    for table in ex.tables:
        if _fragment(table, ex.tables):
            continue
        head = header_row(table)
        totals = sorted(r for r in table.total_rows if r > head)
        for row, col, stated, computed, n in _column_sums(table):
            if n < 2 or abs(stated - computed) <= _tolerance(table, col, n):
                continue            # a "total" of one figure sums more than the table shows
            quotes = _row_quote(doc, table, row)
            if quotes and _text_adds_up(doc, ex, quotes[0], stated, _tolerance(table, col, n), table.prov.start):
                continue
            prev = max([t for t in totals if t < row], default=head)
            if not _column_is_clean(table, col, range(prev + 1, row + 1), doc.language):
                continue
            grid = table.grid()
            label = next((v for v in grid[row] if v.strip()), "total")
            header = _header(table, col)
            written = grid[row][col]
            page = quotes[0].page if quotes else table.prov.page
            above = _pages(table, col, range(prev + 1, row)) or str(page)
            flags.append(make_flag(
                "table_total_mismatch", "error", doc.doc_id,
                f"Row '{short(label, 40)}' (p. {page}) gives {written} for column "
                f"'{short(header, 40) or col + 1}', but the {n} figures above it (p. {above}) "
                f"add up to {_fmt(computed)}",
                quotes + [Evidence(quote=written, doc_id=doc.doc_id, page=page, file_name=doc.file_name)]
                if written and written in doc.text else quotes,
                CHECK, page=page))
    return flags


def _text_adds_up(doc: Document, ex: Extraction, row: Evidence, stated: float, slack: float,
                  near: int) -> bool:
    """The amounts printed on the page just above the total row add up to it (the last
    two or more of them): the table read is part of what the total sums ("TOTAL SECCIÓN"
    under five ruled boxes, only the last of which was read as the table)."""
    at = verbatim(doc, row.quote, near)
    if at is None:
        return False
    above = sorted((a.prov.start, a.value) for a in ex.amounts
                   if a.prov.end <= at[1] and doc.page_at(a.prov.start) == row.page)
    run = 0.0
    for i, (_, value) in enumerate(reversed(above)):
        run += value
        if i and abs(run - stated) <= max(slack, 1e-6) * (i + 1):
            return True
    return False


def _pages(table: Table, col: int, rows: range) -> str:
    """The pages the cells of ``rows`` are printed on ("2" or "2-3")."""
    pages = sorted({c.page for c in table.cells if c.col == col and c.row in rows and c.page})
    return "" if not pages else str(pages[0]) if len(pages) == 1 else f"{pages[0]}-{pages[-1]}"


def _fmt(x: float) -> str:
    return f"{x:,.0f}".replace(",", " ") if abs(x - round(x)) < 1e-9 else f"{x:,.2f}".replace(",", " ")


# ------------------------------------------------------------------ stated sums


def precision(amount: Amount) -> float:
    """The unit of the last digit written: value / digits-as-written ("955 k€" -> 1000)."""
    m = _NUMBER.search(amount.text)
    if not m:
        return max(abs(amount.value) * 0.005, 1e-6)
    digits = re.sub(r"\D", "", m.group())
    n = int(digits) if digits else 0
    if n == 0 or amount.value == 0:
        return 1e-6
    unit = abs(amount.value) / n
    # Snap to a power of ten (absorbs float noise: 0.30000000004 -> 0.1 scale).
    return 10 ** round(math.log10(unit)) if unit > 0 else 1e-6


def sum_mismatch(doc: Document, ex: Extraction) -> list[Flag]:
    """Stated sums ("715 k€ + 240 k€ = 955 k€", "412 € et 1 840 €, soit 2 352 €") whose
    parts do not add up to the total. Honest rounding moves each figure by less than half
    a unit of its last written digit (the coarsest of them, for safety), so the rounded
    figures differ by less than half a unit per figure: a difference that reaches it is a
    slip ("£14.6 million" for £9.1m + £3.2m + £2.1m = £14.4m, 0.2 = 4 × 0.05)."""
    flags = []
    for s in (*ex.sums, *listed_sums(doc, ex)):
        amounts = (s.total, *s.parts)
        if not s.parts or len({a.currency for a in amounts}) != 1:
            continue
        computed = sum(p.value for p in s.parts)
        slack = 0.5 * max(precision(a) for a in amounts) * len(amounts)
        if abs(computed - s.total.value) < slack * (1 - 1e-6) or _counted(doc, amounts):
            continue
        quotes = [_amount_quote(doc, a) for a in amounts]
        cur = s.total.currency
        shown = [f"'{q.quote}' (p. {q.page})" if q else f"'{a.text}' (p. {a.prov.page})"
                 for q, a in zip(quotes, amounts)]
        flags.append(make_flag(
            "sum_mismatch", "error", doc.doc_id,
            f"The total {shown[0]} is not the sum of its parts "
            f"({' + '.join(shown[1:])} = {_fmt(computed)} {cur})",
            [q for q in quotes if q], CHECK, page=s.total.prov.page))
    return flags


def _counted(doc: Document, amounts: tuple[Amount, ...]) -> bool:
    """Another number (not a year) stands between the figures of a stated sum: "1 lauréat
    à 40 € - 3e prix : 1 lauréat à 30€" lists unit prices with counts, not a total and its
    parts, so whether they add up says nothing."""
    spans = sorted((a.prov.start, a.prov.end) for a in amounts)
    gaps = [doc.text[a[1]:b[0]] for a, b in zip(spans, spans[1:])]
    return any(re.search(r"(?<![\d.,])(?!(?:19|20)\d\d\b)\d+(?![.,]?\d)", g) for g in gaps)


def _amount_quote(doc: Document, a: Amount) -> Evidence | None:
    """The amount as written, at its own span when that is verbatim, else nearby."""
    if doc.text[a.prov.start:a.prov.end].strip() and a.text in doc.text[a.prov.start:a.prov.end]:
        return evidence(doc, a.prov.start, a.prov.end)
    found = verbatim(doc, a.text, near=a.prov.start)
    return evidence(doc, found[1], found[1] + len(found[0])) if found else None
