"""``year_mismatch``: a year that contradicts what its table or section is about.

Two slips a clerk catches, both built from words in the lexicon's ``[checks]`` tables:

* a table's total row labelled with one year ("Total 2020") when the text introducing
  the table (or its caption) says the totals are for another ("Au total pour 2021"), or
  the text before it names one financial year, another ("pour l'exercice 2021") (here);
* within one section, a year-bound subject given a year the section does not otherwise
  speak of (``subject_years``).

Target years ("cibles 2030", "à l'horizon 2050") are never subjects, so never flagged.
"""

from __future__ import annotations

import functools
import re

from pipeline.checks.common import (NAME, VERSION, evidence, folded, lex, line_bounds, make_flag, quoted,
                                    verbatim)
from pipeline.checks.subject_years import _topic_year, topic_year_vs_section
from pipeline.patterns import alternation
from pipeline.records import Document, Extraction, Flag, Table
from pipeline.text import blank_line_before, fold, sentence_at, years_in

CHECK = f"{NAME}.years@{VERSION}"
YEAR = r"(?P<year>(?:19|20)\d\d)(?![\d-])"
# A row's cells after its label: numbers, dashes, currency and percent signs only.
_ROW_TAIL = re.compile(r"^[\s\d.,'\u00a0\u202f%€$£¥()+-]*$")


@functools.cache
def _total_row() -> re.Pattern[str]:
    """A line that starts with a total word and a year: a total row's label."""
    return re.compile(rf"(?m)^[ \t]*{alternation(lex('total_words'))}\b[ \t:]*(?:\S+[ \t]+)?{YEAR}")


@functools.cache
def _total_phrase() -> re.Pattern[str]:
    """A total word followed closely by a year ("au total pour 2021", "total for 2021")."""
    return re.compile(rf"\b{alternation(lex('total_words'))}\b[\s,:]+(?:[^\W\d]+'?\s*){{0,3}}{YEAR}")


@functools.cache
def _fiscal_year() -> re.Pattern[str]:
    """A financial year named with its year, either way round ("pour l'exercice 2024",
    "ejercicio fiscal 2024", "the 2024 financial year", "FY 2024")."""
    words = alternation(lex("fiscal_year_words"))
    return re.compile(rf"\b{words}\b(?:\s+[^\W\d]{{1,4}})?\s*{YEAR}"
                      rf"|\b(?P<year_first>(?:19|20)\d\d)\s+{words}\b")


# ------------------------------------------------------------ total row vs text


def _total_rows(doc: Document, ex: Extraction) -> list[tuple[int, int, int, str]]:
    """(start, end, year, label) of every total row labelled with a year: lines of the
    text that look like one, and total-row labels of the extracted tables."""
    rows: dict[int, tuple[int, int, int, str]] = {}
    f = folded(doc.text)
    for m, a, b in f.finditer(_total_row()):
        ls, le = line_bounds(doc.text, a)
        if _ROW_TAIL.match(doc.text[b:le]) and doc.text[b:le].strip():
            rows[a] = (a, b, int(m.group("year")), doc.text[a:b])
    for table in ex.tables:
        for label in _table_total_labels(table):
            years = years_in(label)
            found = verbatim(doc, label, near=table.prov.start)
            if len(years) == 1 and found and found[1] not in rows:
                rows[found[1]] = (found[1], found[1] + len(found[0]), years[0][0], found[0])
    return sorted(rows.values())


def _table_total_labels(table: Table) -> list[str]:
    grid = table.grid()
    return [next((c for c in grid[r] if c.strip()), "") for r in table.total_rows if r < len(grid)]


def _intro_year(doc: Document, lo: int, row_start: int) -> tuple[int, int, int] | None:
    """(year, start, end) of the sentence introducing a table ("... pour 2023 :"): the
    last sentence before the row that ends in a colon, when it names exactly one year."""
    colon = None
    for m in re.finditer(r":[ \t]*\n", doc.text[lo:row_start]):
        colon = lo + m.start()
    if colon is None:
        return None
    sent = sentence_at(doc.text, colon)
    targets = set(lex("target_words"))
    years = [(y, a, b) for y, a, b in years_in(sent.text)
             if not set(re.findall(r"[^\W\d]+", fold(sent.text[max(0, a - 20):a]))) & targets]
    if len({y for y, _, _ in years}) != 1:
        return None
    return years[0][0], sent.start, sent.end


def _caption_years(ex: Extraction, row_start: int) -> list[tuple[Table, int]]:
    out = []
    for t in ex.tables:
        if t.caption and t.prov.start <= row_start <= t.prov.end + 200:
            ys = {y for y, _, _ in years_in(t.caption)}
            if len(ys) == 1:
                out.append((t, ys.pop()))
    return out


def _scopes_before(doc: Document, offset: int) -> list[int]:
    """Where to look back from a table row: its section's start, then the section before
    (a table's header line is sometimes taken for a heading), never over 3000 characters."""
    starts = sorted({s.start for s in doc.sections if s.start <= offset})
    lows = [starts[-1]] if starts else [0]
    if len(starts) >= 2:
        lows.append(starts[-2])
    return [max(lo, offset - 3000) for lo in lows]


def _stated_total_year(doc: Document, lo: int, row_start: int) -> tuple[int, int, int] | None:
    """(year, start, end) the text before a table gives its totals: an explicit "au total
    pour 2021", else the sentence introducing the table."""
    f = folded(doc.text)
    row_line = line_bounds(doc.text, row_start)[0]
    phrases = [(int(m.group("year")), a, b) for m, a, b in f.finditer(_total_phrase(), lo, row_start)
               if line_bounds(doc.text, a)[0] != row_line]
    return phrases[-1] if phrases else _intro_year(doc, lo, row_start)


def _paragraph_before(doc: Document, offset: int) -> int:
    """Start of the paragraph ending just before ``offset`` (blank-line separated)."""
    p = blank_line_before(doc.text, max(0, offset - 2))
    return max(p + 2 if p >= 0 else 0, offset - 3000)


def _stated_fiscal_year(doc: Document, lo: int, row_start: int, row_year: int) -> tuple[int, int, int] | None:
    """(year, start, end) of the one financial year the text before a table names ("la
    répartition des crédits pour l'exercice 2024"), quoted with the two words before it.
    None when it names several, or when a year-bound subject there is given the row's
    year ("budget primitif 2025" beside "résultats de l'exercice 2024"): the row may be
    about that subject."""
    f = folded(doc.text)
    row_line = line_bounds(doc.text, row_start)[0]
    found = [(int(m.group("year") or m.group("year_first")), a, b)
             for m, a, b in f.finditer(_fiscal_year(), lo, row_start)
             if line_bounds(doc.text, a)[0] != row_line]
    if len({y for y, _, _ in found}) != 1:
        return None
    if any(int(m.group("year")) == row_year for m, _, _ in f.finditer(_topic_year(), lo, row_start)):
        return None
    year, a, b = found[-1]
    words = list(re.finditer(r"\S+", doc.text[max(lo, a - 60):a]))
    a = max(lo, a - 60) + words[-2].start() if len(words) >= 2 else a
    return year, a, b


def total_year_vs_text(doc: Document, ex: Extraction) -> list[Flag]:
    """Total rows whose year differs from the year the text before the table (within the
    row's section, or the 3000 characters before it) or the table's caption gives."""
    flags = []
    for start, end, year, label in _total_rows(doc, ex):
        row_ev = evidence(doc, start, end)
        stated = None
        for lo in _scopes_before(doc, start):
            stated = _stated_total_year(doc, lo, start)
            if stated:
                break
        if stated is None and not any(y == year for _, y in _caption_years(ex, start)):
            scopes = _scopes_before(doc, start)
            # nearest first; a caption and header row taken for headings leave the
            # introducing paragraph just above them
            for lo in (*scopes, _paragraph_before(doc, scopes[-1])):
                stated = _stated_fiscal_year(doc, lo, start, year)
                if stated:
                    break
        if stated:
            if stated[0] != year:
                text_ev = evidence(doc, stated[1], stated[2])
                flags.append(make_flag(
                    "year_mismatch", "error", doc.doc_id,
                    f"Total row {quoted(row_ev)} says {year}, the text above it {quoted(text_ev)} "
                    f"says the totals are for {stated[0]}",
                    [row_ev, text_ev], CHECK, page=row_ev.page))
            continue
        for table, cap_year in _caption_years(ex, start):
            if cap_year != year:
                caption = _quote_list(doc, [table.caption or ""], table.prov.start)
                said = quoted(caption[0]) if caption else f"'{table.caption}' (p. {table.prov.page})"
                flags.append(make_flag(
                    "year_mismatch", "error", doc.doc_id,
                    f"Total row {quoted(row_ev)} says {year}, the table's caption {said} is "
                    f"about {cap_year}", [row_ev] + caption, CHECK, page=row_ev.page))
    return flags


def _quote_list(doc: Document, phrases: list[str], near: int) -> list:
    out = []
    for p in phrases:
        found = verbatim(doc, p, near)
        if found:
            out.append(evidence(doc, found[1], found[1] + len(found[0])))
    return out


# ------------------------------------------------------- numbered items of a year

_ITEM_CODE = re.compile(r"(?m)^[ \t]*(?:[^\W\d]+\.?[ \t]+(?:n[°º.]?[ \t]*)?)?"
                        r"(?P<code>(?P<year>(?:19|20)\d\d)[-/.](?P<n>\d{2,4}))(?=[ \t]+[^\W\d])")


def item_code_years(doc: Document, ex: Extraction) -> list[Flag]:
    """An item numbered with the year of its series ("2020-051", a deliberation of 2020)
    written elsewhere with another year ("2021-051"): the same number of one series, two
    years. Only codes opening a line (item titles, a list of deliberations) count, and
    the series' year is the one most of them carry (three at least)."""
    codes = [(m.group("code"), int(m.group("year")), m.group("n"), m.start("code"))
             for m in _ITEM_CODE.finditer(doc.text)]
    years = [y for _, y, _, _ in codes]
    if not years:
        return []
    series = max(set(years), key=years.count)
    if years.count(series) < 3:
        return []
    flags = []
    for code, year, n, at in codes:
        twin = next((c for c in codes if c[2] == n and c[1] == series), None)
        if year == series or twin is None:
            continue
        odd, right = evidence(doc, at, at + len(code)), evidence(doc, twin[3], twin[3] + len(twin[0]))
        flags.append(make_flag(
            "year_mismatch", "error", doc.doc_id,
            f"Item {quoted(odd)} carries {year}, but the same item is {quoted(right)} and the "
            f"report numbers its items {series}-…", [odd, right], CHECK, page=odd.page))
    return flags


def year_mismatch(doc: Document, ex: Extraction) -> list[Flag]:
    """Years contradicting their table's text, their section's subject or their series."""
    return total_year_vs_text(doc, ex) + topic_year_vs_section(doc, ex) + item_code_years(doc, ex)
