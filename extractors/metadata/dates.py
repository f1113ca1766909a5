"""Meeting dates as written: with a month name, in digits, or spelled out in words."""

from __future__ import annotations

import datetime as dt
import functools
import re

from text_to_num import alpha2digit

from pipeline.lexicon import all_languages, words
from pipeline.patterns import alternation
from pipeline.text import fold, sentences

# (date, start, end, weekday as written) of one date found in a text
Found = tuple[dt.date, int, int, str | None]


@functools.cache
def _month_alternation(lang: str) -> str:
    """Month names and abbreviations, with and without their dot ("oct." and "oct")."""
    short = words(lang, "dates", "months_short")
    items = list(words(lang, "dates", "months")) + [s + "." for s in short] + list(short)
    return alternation(items)


@functools.cache
def _date_res(lang: str) -> tuple[re.Pattern, ...]:
    month = _month_alternation(lang)
    weekday = alternation(words(lang, "dates", "weekdays"))
    dsuf = alternation(words(lang, "dates", "day_suffixes"))
    join = alternation(words(lang, "dates", "joiners"))
    rng = alternation(words(lang, "dates", "range_words"))
    articles = [a for arts in all_languages("dates", "day_articles").values() for a in arts]
    article = alternation(articles)
    wd = rf"(?:(?P<weekday>{weekday})\s*,?\s+(?:{article}\s+)?)?"
    # a raised suffix may come out of the PDF as a word of its own ("5 th March")
    suffix = rf"(?:{dsuf}|[ \t](?:{dsuf})(?![^\W\d_]))?"
    day = rf"(?P<day>[0-3]?\d){suffix}"
    first = rf"(?:(?P<first>[0-3]?\d){suffix}(?:\s+(?P<fmonth>{month}))?\s*{rng}\s*)?"
    year = r"(?P<year>(?:19|20)\d\d)(?!\d)"
    out = [re.compile(
        rf"(?<![\w/.-]){wd}{first}{day}(?:\s+{join})?\s+(?P<month>{month})(?:\s+{join})?\s*,?\s+{year}",
        re.I)]
    if words(lang, "dates", "month_first"):
        out.append(re.compile(
            rf"(?<![\w/.-]){wd}(?P<month>{month})\s+{first}{day}\s*,?\s+{year}", re.I))
    if words(lang, "dates", "year_first_openers"):     # "L'an 2024, le lundi 4 mars" (once in digits)
        opener = alternation(words(lang, "dates", "year_first_openers"))
        link = alternation(words(lang, "dates", "year_first_links"))
        out.append(re.compile(
            rf"(?<![\w])(?:{opener})\s+{year}\s*,?\s+(?:{link}\s+)?(?:{article}\s+)?{wd}{day}\s+"
            rf"(?P<month>{month})(?![\w])", re.I))
    return tuple(out)


_NUMERIC_DATE = re.compile(r"(?<![\w/.-])(?P<a>[0-3]?\d)[/.](?P<b>[01]?\d)[/.](?P<year>(?:19|20)\d\d)(?![\w/]|[.-]\d)")


@functools.cache
def _citation_re(lang: str) -> re.Pattern:
    """A law cited right before a date ("la loi du", "Ley 7/1985, de", "Act of", "loi n°
    2020-290 du", "l'arrêté préfectoral du", "Ley Orgánica 5/2001, de", "the Regulations
    of"), or a bracket opened right after one ("Condominium Act, 1998 (amended on"): the
    date is the law's, not a meeting's. ``qual`` is one word qualifying the law."""
    laws = alternation(words(lang, "dates", "law_words"))
    signs = alternation(words(lang, "ordinals", "number_signs"))
    links = alternation(words(lang, "meetings", "linkers"))
    qual = r"(?:\s+(?P<qual>[^\W\d_][\w'’-]*))?"
    number = rf"(?:\s*,?\s+(?:{signs})?\s*[\w./-]*\d[\w./-]*)?"
    return re.compile(rf"(?<!\w){laws}{qual}{number}(?:\s*,?\s*(?:{links})?|\s*\([^()\n]{{0,40}}?)\s*$",
                      re.I)


def outside_citations(text: str, dates: list[Found], lang: str, notices: bool = True) -> list[Found]:
    """``dates`` (spans into ``text``) without those of a law cited ("association régie
    par la loi du 1er juillet 1901", "Act of 12 June 1990"); a law word that ends a body's
    name is none ("Junta Directiva del 4 de marzo de 2024"), nor one a body or meeting
    word qualifies ("the Regulation Committee of 4 March 2024")."""
    rx = _citation_re(lang)
    out = []
    for d in dates:
        before = text[max(0, d[1] - 60):d[1]]
        m = rx.search(before)
        if m is None or _names_a_body(before[:m.start()], lang) or _is_body_word(m.group("qual"), lang):
            out.append(d)
    return _outside_notices(text, out, lang) if notices else out


@functools.cache
def _notice_re(lang: str) -> re.Pattern:
    """A word of the notice calling a meeting or of the posting of its minutes, up to three
    words before a date ("dûment convoqué le", "Date de convocation :", "convocada el",
    "Notice of meeting issued", "Affiché le"); ``gap`` is what stands between them."""
    notices = alternation(words(lang, "dates", "notice_words"))
    return re.compile(rf"(?<!\w){notices}(?P<gap>(?:[\s:,.–-]+[^\W\d_]+){{0,3}}[\s:,.–-]*)$", re.I)


@functools.cache
def _purpose_re(lang: str) -> re.Pattern:
    return re.compile(rf"(?<!\w){alternation(words(lang, 'dates', 'notice_purpose'))}(?!\w)", re.I)


def _outside_notices(text: str, dates: list[Found], lang: str) -> list[Found]:
    """``dates`` without those of a notice calling the meeting or posting its minutes
    ("le Conseil municipal, dûment convoqué le 26 février 2024, s'est réuni"), unless a
    word says the notice is for that date ("convocada para el 4 de marzo")."""
    kept = []
    for d in dates:
        m = _notice_re(lang).search(text[max(0, d[1] - 60):d[1]])
        if m is None or _purpose_re(lang).search(m.group("gap")):
            kept.append(d)
    return kept


@functools.cache
def _body_words(lang: str) -> frozenset[str]:
    return frozenset(fold(b) for b in words(lang, "meetings", "bodies") if " " not in b)


def _is_body_word(word: str | None, lang: str) -> bool:
    """Whether ``word`` is a body or meeting word ("Committee", "meeting")."""
    meeting = {fold(w) for w in words(lang, "meetings", "meeting_words") if " " not in w}
    return word is not None and fold(word) in _body_words(lang) | meeting


def _names_a_body(before: str, lang: str) -> bool:
    """Whether the word before a law word is a body word: "Junta Directiva del 4 de marzo"
    names a board, no directive."""
    toks = before.split()
    return bool(toks) and fold(toks[-1]) in _body_words(lang)


_ISO_DATE = re.compile(r"(?<![\w/.-])(?P<year>(?:19|20)\d\d)-(?P<m>0?[1-9]|1[0-2])-(?P<d>[0-3]?\d)(?![\w/]|[.-]\d)")


def _iso_dates(text: str) -> list[Found]:
    """Dates written year first ("2024-03-04"): never ambiguous."""
    out = []
    for m in _ISO_DATE.finditer(text):
        try:
            out.append((dt.date(int(m.group("year")), int(m.group("m")), int(m.group("d"))), m.start(), m.end(), None))
        except ValueError:
            continue
    return out


def numeric_dates(text: str, lang: str, head: str = "") -> list[Found]:
    """Dates written in digits ("10/04/2024"), read day-first where the language writes
    them so (lexicon ``numeric_day_first``) or where the evidence says so: a first number
    above 12, or a month the ``head`` names with the same year ("Minutes – April 2024").
    A date that stays ambiguous is not read at all; one written year first ("2024-03-04")
    never is."""
    day_first = bool(words(lang, "meetings", "numeric_day_first"))
    named = {(d.month, d.year) for d in _months_named(head, lang)}
    out = []
    for m in _NUMERIC_DATE.finditer(text):
        a, b, year = int(m.group("a")), int(m.group("b")), int(m.group("year"))
        if day_first or a > 12 or ((b, year) in named and (a, year) not in named):
            day, month = a, b
        elif b > 12 or ((a, year) in named and (b, year) not in named):
            day, month = b, a
        else:
            continue
        try:
            out.append((dt.date(year, month, day), m.start(), m.end(), None))
        except ValueError:
            continue
    return sorted(out + _iso_dates(text), key=lambda d: d[1])


@functools.cache
def _month_year_re(lang: str) -> re.Pattern:
    month = alternation(words(lang, "dates", "months"))
    return re.compile(rf"(?<![\w-])(?P<m>{month})\s+(?P<y>(?:19|20)\d\d)(?!\d)", re.I)


def _months_named(text: str, lang: str) -> list[dt.date]:
    """Every "month year" named in ``text`` ("April 2024"), as the month's first day."""
    out = []
    for m in _month_year_re(lang).finditer(text):
        n = _month_number(m.group("m"), lang)
        if n:
            out.append(dt.date(int(m.group("y")), n, 1))
    return out


def _month_number(name: str, lang: str) -> int | None:
    f = fold(name).rstrip(".")
    for seq in (words(lang, "dates", "months"), words(lang, "dates", "months_short")):
        for i, m in enumerate(seq):
            if fold(m) == f:
                return i + 1
    return None


def _match_dates(m: re.Match, lang: str) -> list[tuple[tuple[int, int], Found]]:
    """The dates one match of a date pattern gives, each with its span: the date itself,
    and for a day range first its first day (span = the whole range)."""
    month = _month_number(m.group("month"), lang)
    if month is None:
        return []
    year = int(m.group("year"))
    try:
        last = dt.date(year, month, int(m.group("day")))
    except ValueError:
        return []
    out = []
    weekday = m.group("weekday")
    start = m.start()
    if m.groupdict().get("first"):
        fmonth = _month_number(m.group("fmonth"), lang) if m.group("fmonth") else month
        try:
            first = dt.date(year, fmonth or month, int(m.group("first")))
        except ValueError:
            first = None
        if first and first <= last:
            out.append(((start, m.end()), (first, start, m.end(), weekday)))
            weekday = None
            start = m.start("day")
    out.append(((start, m.end()), (last, start, m.end(), weekday)))
    return out


def parse_dates(text: str, lang: str) -> list[Found]:
    """Every full date in ``text`` (day, month name, year) as (date, start, end,
    weekday_as_written), in text order. A day range ("du 6 au 8 juin 2023", "from 6 to 18
    November 2017") gives its first day (span = the whole range) and its last day.
    Ordinals without month and year ("the 8th") are not dates."""
    found: dict[tuple[int, int], Found] = {}
    for rx in _date_res(lang):
        for m in rx.finditer(text):
            pairs = _match_dates(m, lang)
            for k, (span, item) in enumerate(pairs):
                if k < len(pairs) - 1:
                    found[span] = item          # a range's first day replaces what was there
                else:
                    found.setdefault(span, item)
    # drop a match contained in a longer one (the month-first and day-first forms overlap)
    spans = sorted(found.values(), key=lambda t: (t[1], -(t[2] - t[1])))
    out: list[Found] = []
    for item in spans:
        if any(o[1] <= item[1] and item[2] <= o[2] and o[0] == item[0] and o != item for o in out):
            continue
        out.append(item)
    return out


@functools.cache
def _first_day_re(lang: str) -> re.Pattern:
    """An ordinal word for "first" before a month ("le premier mars", "primero de marzo"):
    text2num leaves it as a word."""
    firsts = [w for w, n in words(lang, "ordinals", "words").items() if n == 1]
    joiners = alternation(words(lang, "dates", "joiners"))
    return re.compile(rf"(?<!\w){alternation(firsts)}(?=\s+(?:{joiners}\s+)?{_month_alternation(lang)}(?!\w))", re.I)


def _in_digits(text: str, lang: str) -> str:
    """``text`` with its numbers in digits (text2num), "premier" before a month as 1."""
    return _first_day_re(lang).sub("1", alpha2digit(text, lang))


def dates_in_words(text: str, lang: str) -> list[Found]:
    """Dates written out in words, as formal actas do ("el día doce de junio de dos mil
    veinte"): each sentence naming a month is read with its numbers turned to digits
    (text2num); the span is the date phrase itself ("doce de junio de dos mil veinte"),
    the fewest words around the month that still read as that date ("L'an deux mille
    vingt-quatre, le quatre mars": a year first after an opener, lexicon
    ``year_first_openers``)."""
    months = [fold(m) for m in words(lang, "dates", "months")]
    found = []
    for span in sentences(text):
        if not any(m in fold(span.text) for m in months):
            continue
        try:
            digits = _in_digits(span.text, lang)
        except Exception:  # text2num has no model for this language: no date in words to read
            continue
        for date, _, _, weekday in parse_dates(digits, lang):
            a, b = _phrase_of(span.text, date, lang, months)
            found.append((date, span.start + a, span.start + b, weekday))
    return found


_MAX_LEFT, _MAX_RIGHT = 9, 8     # words before and after the month a date in words may take
_FALLBACK_WORDS = 3              # a date phrase no run of words reads as: the month and 3 words each side


def _phrase_of(sentence: str, date: dt.date, lang: str, months: list[str]) -> tuple[int, int]:
    """(start, end) in ``sentence`` of the shortest run of words around a month name that
    reads as ``date`` once its numbers are digits; the whole sentence if none does."""
    toks = list(re.finditer(r"\S+", sentence))
    best: tuple[int, int] | None = None
    for k, tok in enumerate(toks):
        if not any(fold(tok.group()).startswith(m) for m in months):
            continue
        for size in range(_MAX_LEFT + _MAX_RIGHT + 1):
            for left in range(min(size, _MAX_LEFT, k) + 1):
                right = size - left
                if right > _MAX_RIGHT or k + right >= len(toks):
                    continue
                a, b = toks[k - left].start(), toks[k + right].end()
                while b > a and not sentence[b - 1].isalnum():
                    b -= 1
                if _reads_as(sentence[a:b], date, lang) and (best is None or b - a < best[1] - best[0]):
                    best = (a, b)
            if best is not None:
                break
        if best is None:          # never the whole sentence: the month and a few words around it
            lo, hi = toks[max(0, k - _FALLBACK_WORDS)], toks[min(len(toks) - 1, k + _FALLBACK_WORDS)]
            best = (lo.start(), hi.end())
    return best or (0, len(sentence))


def _reads_as(phrase: str, date: dt.date, lang: str) -> bool:
    try:
        digits = _in_digits(phrase, lang)
    except Exception:  # text2num refused this phrase
        return False
    return any(d == date for d, *_ in parse_dates(digits, lang))
