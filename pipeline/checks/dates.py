"""Dates as written in a document, and the weekday check.

``dates_in`` finds every "[weekday] day month year" (and "month day, year", "dd/mm/yyyy",
"month year") in any supported language, with its span, so checks can compare dates and
quote them verbatim. ``weekday_mismatch`` flags a weekday that is not the weekday of
its date ("mardi 16 novembre 2022" when 16 November 2022 was a Wednesday).
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from dataclasses import dataclass

from pipeline.checks.common import (NAME, VERSION, evidence, folded, lex, make_flag, month_numbers,
                                    quoted, weekday_numbers)
from pipeline.lexicon import languages, words
from pipeline.patterns import alternation
from pipeline.records import Document, Extraction, Flag
from pipeline.text import SpanSet, fold

CHECK = f"{NAME}.dates@{VERSION}"


@dataclass(frozen=True)
class DateMention:
    """A date as written: its span in the text, its parts (day may be unknown) and the
    weekday written before it, if any (Monday = 0)."""
    start: int
    end: int
    year: int
    month: int
    day: int | None = None
    weekday: int | None = None

    @property
    def date(self) -> dt.date | None:
        try:
            return dt.date(self.year, self.month, self.day) if self.day else None
        except ValueError:
            return None

    def agrees(self, other: "DateMention | dt.date") -> bool:
        """Same date at the precision both give (a month-year agrees with any day of it)."""
        y, m, d = ((other.year, other.month, other.day) if isinstance(other, dt.date)
                   else (other.year, other.month, other.day))
        return self.year == y and self.month == m and (self.day is None or d is None or self.day == d)

    def key(self) -> tuple[int, int, int]:
        return self.year, self.month, self.day or 0


def _month_first_suffixes() -> tuple[str, ...]:
    """Day suffixes of the languages that write the month first ("April 30th, 2014")."""
    return tuple(fold(x) for lang in languages() if words(lang, "dates", "month_first") is True
                 for x in words(lang, "dates", "day_suffixes"))


@functools.cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    wd = alternation(weekday_numbers())
    mo = alternation(month_numbers())
    article, suffix = alternation(lex("weekday_day_articles")), alternation(lex("day_suffixes", "dates"))
    to_month, to_year = alternation(lex("day_month_links")), alternation(lex("month_year_links"))
    year = r"(?P<y>(?:19|20)\d\d)(?!\d)"
    weekday = rf"(?:\b(?P<wd>{wd})\b[\s,]*(?:{article}\s+)?)?"
    day = rf"\b(?P<d>[0-3]?\d){suffix}?"
    dmy = rf"{weekday}{day}\s*(?:{to_month}\s+)?\b(?P<m>{mo})\b\.?[\s,]*(?:{to_year}\s+)?{year}"
    mdy = rf"{weekday}\b(?P<m>{mo})\b\.?\s+(?P<d>[0-3]?\d){alternation(_month_first_suffixes())}?,?\s+{year}"
    num = rf"{weekday}\b(?P<d>[0-3]?\d)[/.](?P<m>[01]?\d)[/.]{year}"
    my = rf"\b(?P<m>{mo})\b\.?\s+(?:{to_year}\s+)?{year}"
    return tuple(re.compile(p) for p in (dmy, mdy, num, my))


def dates_in(text: str, start: int = 0, end: int | None = None) -> list[DateMention]:
    """Every date written in ``text[start:end]``, full dates first claimed, sorted by offset."""
    f = folded(text)
    months, weekdays = month_numbers(), weekday_numbers()
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for pattern in _patterns():
        # Claimed by an earlier pattern, or by this one's earlier matches (which come in
        # order, so the furthest end of them is all there is to compare).
        earlier, reach = SpanSet(taken), -1
        for m, a, b in f.finditer(pattern, start, end):
            if earlier.overlaps(a, b) or reach > a:
                continue
            month_text = m.group("m")
            month = int(month_text) if month_text.isdigit() else months.get(month_text)
            day = int(m.group("d")) if "d" in m.groupdict() and m.group("d") else None
            if not month or not 1 <= month <= 12 or (day is not None and not 1 <= day <= 31):
                continue
            wd = m.groupdict().get("wd")
            found.append(DateMention(a, b, int(m.group("y")), month, day,
                                     weekdays.get(wd) if wd else None))
            taken.append((a, b))
            reach = max(reach, b)
    return sorted(found, key=lambda d: d.start)


def weekday_mismatch(doc: Document, ex: Extraction) -> list[Flag]:
    """Every "weekday + date" in the text whose weekday is not that date's weekday."""
    flags = []
    for d in dates_in(doc.text):
        real = d.date
        if d.weekday is None or real is None or real.weekday() == d.weekday:
            continue
        ev = evidence(doc, d.start, d.end)
        flags.append(make_flag(
            "weekday_mismatch", "error", doc.doc_id,
            f"{quoted(ev)} names a {calendar.day_name[d.weekday]}, but {real:%d %B %Y} "
            f"was a {calendar.day_name[real.weekday()]}",
            [ev], CHECK))
    return flags
