"""Reports that cover a period, and the dateline a report is signed under.

A period is two dates joined by a period word ("del 20 de septiembre de 2017 al 25 de
septiembre de 2018", "from 1 January to 31 December 2023") more than a month apart: an
activity report's span, never the day of a meeting (a conference's "6 to 18 November" is
shorter). A dateline is a line that is a town, optional abbreviations of its region and a
date ("Aguascalientes, Ags, a 2 de Noviembre de 2018", "Fait à Lyon, le 3 mars 2025",
"Done at Geneva, 4 May 2024", "En Sevilla, a 3 de marzo de 2024"): where and when the
report was signed.
"""

from __future__ import annotations

import functools
import re

from extractors.metadata.dates import Found, parse_dates
from pipeline.lexicon import every_language, words
from pipeline.patterns import alternation
from pipeline.text import fold

PERIOD_DAYS = 31            # a span longer than this is a period, not one meeting

_TOWN_WORD = r"[A-ZÀ-ÖØ-Þ][\w’'.-]*"


@functools.cache
def _period_words(lang: str) -> frozenset[str]:
    return frozenset(fold(w) for w in words(lang, "dates", "period_words"))


def periods(text: str, lang: str, dates: list[Found] | None = None) -> list[tuple[Found, Found]]:
    """(first, last) of each period ``text`` names, from its ``dates`` (parse_dates): a day
    range read as one date ("du 1er janvier au 31 décembre 2023") or two dates joined by
    a period word, more than PERIOD_DAYS apart."""
    dates = parse_dates(text, lang) if dates is None else dates
    out = []
    for a, b in zip(dates, dates[1:]):
        joined = (a[1] <= b[1] and a[2] == b[2]) or (
            a[2] <= b[1] and fold(" ".join(text[a[2]:b[1]].split())) in _period_words(lang))
        if joined and (b[0] - a[0]).days > PERIOD_DAYS:
            out.append((a, b))
    return out


def opens_period(text: str, lang: str, dates: list[Found]) -> bool:
    """Whether the first of ``dates`` (found in ``text``, in order) opens a period: the
    text reports on a span of time, not on one meeting."""
    return bool(dates) and any(a[1] == dates[0][1] and a[0] == dates[0][0]
                               for a, _ in periods(text, lang, dates))


@functools.cache
def _dateline_re(lang: str) -> re.Pattern:
    """The part of a line before its date: an opener ("Fait à"), a town, abbreviations of
    its region, a comma and a link ("a", "le")."""
    openers = alternation(list(words(lang, "dates", "dateline_openers"))
                          + list(words(lang, "meetings", "place_prepositions")))   # "En Sevilla, a ..."
    links = alternation(words(lang, "dates", "dateline_links"))
    place_links = alternation(every_language("meetings", "place_name_links"))
    town = rf"{_TOWN_WORD}(?:[ -](?:(?i:{place_links})[ -])*{_TOWN_WORD}){{0,3}}"
    return re.compile(rf"[ \t]*(?:(?i:{openers})[ \t]+)?(?P<town>{town})(?:,[ \t]*{_TOWN_WORD}){{0,2}}"
                      rf"[ \t]*,?[ \t]*(?:(?i:{links})[ \t]+)?$")


def dateline(text: str, lang: str) -> tuple[Found, str] | None:
    """(date, town) of the last dateline of ``text`` (spans into ``text``)."""
    found = None
    for d in parse_dates(text, lang):
        line_start = text.rfind("\n", 0, d[1]) + 1
        line_end = text.find("\n", d[2])
        rest = text[d[2]:len(text) if line_end < 0 else line_end]
        if rest.strip(" \t.,;") or line_start == d[1]:
            continue
        m = _dateline_re(lang).fullmatch(text, line_start, d[1])
        if m and not _named_thing(m.group("town"), lang):
            found = (d, m.group("town"))
    return found


@functools.cache
def _not_towns(lang: str) -> frozenset[str]:
    """Words that make a line's head no town: meeting, report and body words, roles."""
    keys = (("meetings", "meeting_words"), ("meetings", "report_words"), ("meetings", "bodies"),
            ("meetings", "title_stop_words"), ("meetings", "document_words"), ("people", "roles"),
            ("dates", "months"), ("dates", "weekdays"))
    return frozenset(t for sec, key in keys for w in words(lang, sec, key) for t in fold(w).split()
                     if len(t) > 3)     # not the links inside them ("Junta de Gobierno")


def _named_thing(town: str, lang: str) -> bool:
    """Whether the head of a dated line names a meeting or a document, not a town
    ("Minutes, 5 March 2024")."""
    return any(fold(t).strip(".") in _not_towns(lang) for t in re.split(r"[ -]+", town))
