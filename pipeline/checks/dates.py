"""Dates as written in a document, and the weekday check.

``dates_in`` finds every "[weekday] day month year" (and "month day, year", "dd/mm/yyyy",
"month year") in any supported language, with its span, so checks can compare dates and
quote them verbatim. ``weekday_mismatch`` flags a weekday that is not the weekday of
its date ("mardi 16 novembre 2022" when 16 November 2022 was a Wednesday), and of a date
written without its year ("Mardi 26 janvier") when the year is plain: the one its
paragraph names, else the meeting's (the date within three months of the meeting).
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
from pipeline.text import SpanSet, blank_line_after, blank_line_before, fold, years_in

CHECK = f"{NAME}.dates@{VERSION}"
_NEAR_DAYS = 92        # a year-less date further from the meeting than a quarter has no plain year


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


@functools.cache
def _yearless_patterns() -> tuple[re.Pattern[str], ...]:
    """A weekday, then a day and month (either order) and no year: "Mardi 26 janvier",
    "Monday, June 6th", "el jueves 14 de agosto"."""
    wd = alternation(weekday_numbers())
    mo = alternation(month_numbers())
    article, suffix = alternation(lex("weekday_day_articles")), alternation(lex("day_suffixes", "dates"))
    to_month = alternation(lex("day_month_links"))
    weekday = rf"\b(?P<wd>{wd})\b[ \t,]*(?:{article}[ \t]+)?"
    dm = rf"{weekday}(?P<d>[0-3]?\d){suffix}?[ \t]*(?:{to_month}[ \t]+)?\b(?P<m>{mo})\b"
    md = rf"{weekday}\b(?P<m>{mo})\b\.?[ \t]+(?P<d>[0-3]?\d){alternation(_month_first_suffixes())}?(?!\d)"
    return tuple(re.compile(p) for p in (dm, md))


def yearless_in(text: str) -> list[tuple[int, int, int, int, int]]:
    """(start, end, weekday, month, day) of every weekday + day + month written without a
    year (a date with its year is ``dates_in``'s)."""
    f = folded(text)
    dated = SpanSet((d.start, d.end) for d in dates_in(text))
    months, weekdays = month_numbers(), weekday_numbers()
    out = []
    for pattern in _yearless_patterns():
        for m, a, b in f.finditer(pattern):
            month, day = months.get(m.group("m")), int(m.group("d"))
            if month and 1 <= day <= 31 and not dated.overlaps(a, b) and not any(a < o[1] and o[0] < b for o in out):
                out.append((a, b, weekdays[m.group("wd")], month, day))
    return sorted(out)


def _plain_year(doc: Document, ex: Extraction, start: int, month: int,
                day: int) -> tuple[list[dt.date], str]:
    """The dates a year-less day may be: in each year its paragraph names (none fitting
    when they disagree); with none named, the day within a quarter of the meeting."""
    named = {y for y, _, _ in years_in(_paragraph_and_lead(doc.text, start))}
    if named:
        return [d for y in sorted(named) for d in [_safe_date(y, month, day)] if d], "its paragraph's"
    held = ex.meeting.date if ex.meeting else None
    if not held or not re.match(r"\d{4}-\d{2}-\d{2}$", held):
        return [], ""
    meeting = dt.date.fromisoformat(held)
    near = [d for y in (meeting.year - 1, meeting.year, meeting.year + 1)
            for d in [_safe_date(y, month, day)] if d and abs((d - meeting).days) <= _NEAR_DAYS]
    return near[:1], f"the meeting's, {meeting:%d %B %Y}"


def _paragraph_and_lead(text: str, offset: int) -> str:
    """The paragraph holding ``offset`` with, when it is an item of a list, the items
    before it and the sentence introducing the list ("… sessional periods in 2022:" /
    "(a) Monday, 6 June;"): paragraphs back while the one before ends in ":" or ";"."""
    lo, hi = blank_line_before(text, offset), blank_line_after(text, offset)
    hi = len(text) if hi < 0 else hi
    for _ in range(6):
        if lo < 0:
            break
        before = text[:lo].rstrip()
        if not before.endswith((":", ";")):
            break
        lo = blank_line_before(text, len(before))
        if before.endswith(":"):
            break
    return text[max(lo, 0):hi]


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _weekday_flag(doc: Document, start: int, end: int, weekday: int, real: dt.date, why: str = "") -> Flag:
    ev = evidence(doc, start, end)
    return make_flag(
        "weekday_mismatch", "error", doc.doc_id,
        f"{quoted(ev)} names a {calendar.day_name[weekday]}, but {real:%d %B %Y} "
        f"was a {calendar.day_name[real.weekday()]}{why}", [ev], CHECK)


def weekday_mismatch(doc: Document, ex: Extraction) -> list[Flag]:
    """Every "weekday + date" in the text whose weekday is not that date's weekday; a
    date without its year only when no year it may be in fits its weekday."""
    flags = []
    for d in dates_in(doc.text):
        real = d.date
        if d.weekday is None or real is None or real.weekday() == d.weekday:
            continue
        flags.append(_weekday_flag(doc, d.start, d.end, d.weekday, real))
    for a, b, weekday, month, day in yearless_in(doc.text):
        maybe, whose = _plain_year(doc, ex, a, month, day)
        if maybe and all(d.weekday() != weekday for d in maybe):
            flags.append(_weekday_flag(doc, a, b, weekday, maybe[0], f" (no year written; the year is {whose})"))
    return flags
