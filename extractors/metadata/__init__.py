"""Which meeting a document reports on: body, ordinal, date, place, mode, document codes.

Everything language-specific comes from the lexicon ([meetings], [ordinals], [dates]).
The meeting reported on is decided by evidence: a meeting named right after a report
word ("Rapport de la 7ème Réunion", "Report of the Conference ... on its 23rd session")
wins (a number after a number sign counts as its ordinal: "Comité exécutif n° 14", "Acta
N.º 7 de la Junta Directiva", "sesión ordinaria n.º 23"; an "Annual General Meeting" is its
own body; a body word found on a title line above takes the whole title: "Standing Committee
on Finance" / "Summary record of the 5th meeting"); otherwise the
meeting whose ordinal the cited document codes share (7-x); otherwise
the first meeting named in the document's head. Any other, later meeting named in the head
(or the prefix of the document's own code) is the meeting the report was tabled at.
The place is a city after a place preposition, before a date, on the venue line written
after the date ("– Civic Centre, Carlisle"), after a place noun ("Municipalidad de San
Rafael", cut before a record word, in its mixed-case writing), ending the venue written before the date
("Assembly Rooms, Mill Street, Ludlow, on Friday, ..."), or beside another writing of the
same date. A role is never a place ("The Chair (Ms. X, Nigeria)").
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections import Counter
from dataclasses import dataclass

from text_to_num import alpha2digit

from pipeline.lexicon import SUPPORTED, words
from pipeline.records import Document, Meeting
from pipeline.text import fold, provenance, sentences, stable_id

NAME = "metadata"
VERSION = "1.1.0"

HEAD_CHARS = 1200          # the cover and title block of a report
PLACE_WINDOW = 250         # how far after a meeting mention its date/place may stand


def _alt(items, flags_words=True) -> str:
    """A regex alternation of lexicon items, longest first, spaces as any whitespace."""
    parts = sorted({i for i in items if i}, key=len, reverse=True)
    out = []
    for p in parts:
        esc = re.escape(p).replace(r"\ ", r"\s+").replace("'", "['’]")
        out.append(esc)
    return "(?:" + "|".join(out) + ")" if out else "(?!)"


# ------------------------------------------------------------------------- language


def guess_language(text: str) -> str:
    """The supported language whose marker words (lexicon [meetings] markers) occur most
    in ``text``; ties go to the first of SUPPORTED. A fallback when the document has no
    language."""
    tokens = Counter(re.findall(r"[\w'’]+", fold(text[:6000])))
    best, best_score = SUPPORTED[0], -1
    for lang in SUPPORTED:
        vocab = {fold(w) for w in words(lang, "meetings", "markers")}
        score = sum(n for t, n in tokens.items() if t in vocab)
        if score > best_score:
            best, best_score = lang, score
    return best


def _lang(doc: Document) -> str:
    return doc.language if doc.language in SUPPORTED else guess_language(doc.text)


# -------------------------------------------------------------------------- ordinals


@functools.cache
def _ordinal_re(lang: str) -> re.Pattern:
    suffixes = _alt(words(lang, "ordinals", "suffixes"))
    return re.compile(rf"^(\d{{1,3}})\s*{suffixes}\.?$", re.I)


def parse_ordinal(word: str, lang: str) -> int | None:
    """The number an ordinal stands for ("7ème", "8e", "sixième", "12th", "twelfth",
    "5ª", "quinta", "twenty-third", "premier"), or None if ``word`` is not an ordinal."""
    w = word.strip().strip(".,;:()").strip()
    if not w:
        return None
    m = _ordinal_re(lang).match(w)
    if m:
        return int(m.group(1))
    lexical = {fold(k): v for k, v in words(lang, "ordinals", "words").items()}
    if fold(w) in lexical:
        return lexical[fold(w)]
    if w[:1].isdigit():
        return None
    converted = alpha2digit(w.lower(), lang)
    if converted != w.lower():
        m = _ordinal_re(lang).match(converted.strip())
        if m:
            return int(m.group(1))
    return None


# ----------------------------------------------------------------------------- dates


@functools.cache
def _date_res(lang: str) -> tuple[re.Pattern, ...]:
    months = words(lang, "dates", "months")
    short = words(lang, "dates", "months_short")
    month = _alt(list(months) + [s + r"." for s in short] + list(short))
    # _alt escapes the "." we appended; allow "oct." and "oct"
    weekday = _alt(words(lang, "dates", "weekdays"))
    dsuf = _alt(words(lang, "dates", "day_suffixes"))
    join = _alt(words(lang, "dates", "joiners"))
    rng = _alt(words(lang, "dates", "range_words"))
    wd = rf"(?:(?P<weekday>{weekday})\s*,?\s+(?:(?:le|the|el)\s+)?)?"
    day = rf"(?P<day>[0-3]?\d)(?:{dsuf})?"
    first = rf"(?:(?P<first>[0-3]?\d)(?:{dsuf})?(?:\s+(?P<fmonth>{month}))?\s*{rng}\s*)?"
    year = r"(?P<year>(?:19|20)\d\d)(?!\d)"
    out = [re.compile(
        rf"(?<![\w/.-]){wd}{first}{day}(?:\s+{join})?\s+(?P<month>{month})(?:\s+{join})?\s*,?\s+{year}",
        re.I)]
    if words(lang, "dates", "month_first"):
        out.append(re.compile(
            rf"(?<![\w/.-]){wd}(?P<month>{month})\s+{first}{day}\s*,?\s+{year}", re.I))
    return tuple(out)


_NUMERIC_DATE = re.compile(r"(?<![\w/.-])(?P<a>[0-3]?\d)[/.](?P<b>[01]?\d)[/.](?P<year>(?:19|20)\d\d)(?![\w/]|[.-]\d)")


def numeric_dates(text: str, lang: str, head: str = "") -> list[tuple[dt.date, int, int, str | None]]:
    """Dates written in digits ("10/04/2024"), read day-first where the language writes
    them so (lexicon ``numeric_day_first``) or where the evidence says so: a first number
    above 12, or a month the ``head`` names with the same year ("Minutes – April 2024").
    A date that stays ambiguous is not read at all."""
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
    return out


def _months_named(text: str, lang: str) -> list[dt.date]:
    """Every "month year" named in ``text`` ("April 2024"), as the month's first day."""
    month = _alt(words(lang, "dates", "months"))
    out = []
    for m in re.finditer(rf"(?<![\w-])(?P<m>{month})\s+(?P<y>(?:19|20)\d\d)(?!\d)", text, re.I):
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


def parse_dates(text: str, lang: str) -> list[tuple[dt.date, int, int, str | None]]:
    """Every full date in ``text`` (day, month name, year) as (date, start, end,
    weekday_as_written), in text order. A day range ("du 6 au 8 juin 2023", "from 6 to 18
    November 2017") gives its first day (span = the whole range) and its last day.
    Ordinals without month and year ("the 8th") are not dates."""
    found: dict[tuple[int, int], tuple] = {}
    for rx in _date_res(lang):
        for m in rx.finditer(text):
            month = _month_number(m.group("month"), lang)
            if month is None:
                continue
            year = int(m.group("year"))
            try:
                last = dt.date(year, month, int(m.group("day")))
            except ValueError:
                continue
            weekday = m.group("weekday")
            start = m.start()
            if m.group("first"):
                fmonth = _month_number(m.group("fmonth"), lang) if m.group("fmonth") else month
                try:
                    first = dt.date(year, fmonth or month, int(m.group("first")))
                except ValueError:
                    first = None
                if first and first <= last:
                    found[(start, m.end())] = (first, start, m.end(), weekday)
                    weekday = None
                    start = m.start("day")
            found.setdefault((start, m.end()), (last, start, m.end(), weekday))
    # drop a match contained in a longer one (the month-first and day-first forms overlap)
    spans = sorted(found.values(), key=lambda t: (t[1], -(t[2] - t[1])))
    out: list[tuple] = []
    for item in spans:
        if any(o[1] <= item[1] and item[2] <= o[2] and o[0] == item[0] and o != item for o in out):
            continue
        out.append(item)
    return out


# ------------------------------------------------------------------ meeting mentions


@dataclass(frozen=True)
class Mention:
    """A meeting named in the text: "la 7ème Réunion du Consortium"."""
    start: int
    end: int
    ordinal: int | None
    body: str | None
    reported: bool        # named right after a report word


_WORD = r"[^\W\d_][\w'’-]*|\d{1,3}\s*[^\W\d_ªº°]{0,3}[ªº°]?|\d{1,3}"


@functools.cache
def _mention_re(lang: str) -> re.Pattern:
    mw = _alt(words(lang, "meetings", "meeting_words"))
    return re.compile(rf"(?<![\w-]){mw}(?![\w-])", re.I)


@functools.cache
def _number_re(lang: str) -> re.Pattern:
    """A meeting number written after a number sign ("N° 14", "N.º 7", "No. 9")."""
    signs = _alt(words(lang, "ordinals", "number_signs"))
    return re.compile(rf"[ \t]*(?:{signs})[ \t]*\n?[ \t]*(?P<n>\d{{1,3}})(?![\w/]|[-.,]\d)", re.I)


@functools.cache
def _body_re(lang: str) -> re.Pattern:
    link = _alt(words(lang, "meetings", "linkers"))
    bodies = _alt(words(lang, "meetings", "bodies"))
    signs = _alt(words(lang, "ordinals", "number_signs"))
    # a generic body is a run of capitalised words (case-sensitive: "the Executive Council
    # was held" stops at "was"), never a number sign ("Comité Régional N° 4")
    cap = rf"(?-i:(?!(?i:{signs})\s*\d)[A-ZÀ-ÖØ-Þ][\w’'-]*)"
    small = r"(?:of|the|de|du|des|d['’]|la|del|los|las|et|and|y)"
    generic = rf"{cap}(?:\s+(?:{small}\s+)*{cap}){{0,4}}"
    return re.compile(rf"\s*(?:{link})\s*(?:(?P<known>{bodies})(?![\w-])|(?P<generic>{generic}))", re.I)


@functools.cache
def _report_re(lang: str) -> re.Pattern:
    return re.compile(rf"(?<![\w-]){_alt(words(lang, 'meetings', 'report_words'))}(?![\w-])", re.I)


def _clean_body(found: str, lang: str) -> str:
    """A body name as the lexicon spells it when it is one of its bodies (case fixed),
    else as written."""
    found = " ".join(found.split())
    if found.isupper() or found.islower():
        f = fold(found)
        for b in words(lang, "meetings", "bodies"):
            if fold(b) == f:
                return b[:1].upper() + b[1:]
        return found.capitalize()
    return found


def _trim_body(found: str, lang: str) -> str:
    """A body name cut before a blank line or a weekday or month word that follows it on
    the next line ("Programme Board" / "Monday, 12 March 2024")."""
    found = found.split("\n\n")[0]
    stop = {fold(w) for w in words(lang, "dates", "weekdays")} | {
        fold(w) for w in words(lang, "dates", "months")}
    for t in list(re.finditer(r"[\w'’-]+", found))[1:]:
        if fold(t.group()) in stop:
            return found[:t.start()].rstrip()
    return found


def meeting_mentions(text: str, lang: str, start: int = 0, end: int | None = None) -> list[Mention]:
    """Every meeting named in ``text[start:end]`` with its ordinal and body where stated."""
    end = len(text) if end is None else end
    out = []
    for m in _mention_re(lang).finditer(text, start, end):
        before = text[max(start, m.start() - 60):m.start()]
        toks = list(re.finditer(r"[\w'’ªº°-]+", before))
        ordinal, o_start = None, m.start()
        for k in (3, 2, 1):
            if len(toks) < k:
                continue
            group = toks[-k:]
            phrase = before[group[0].start():group[-1].end()]
            if before[group[-1].end():].strip():
                continue          # something other than space between ordinal and noun
            val = parse_ordinal(phrase, lang)
            if val is not None:
                ordinal = val
                o_start = m.start() - len(before) + group[0].start()
                break
        body = None
        b_end = m.end()
        qual = _qualifier_re(lang).match(text, m.end(), end)
        if qual:                                # "sesión ordinaria n.º 23 del Concejo"
            b_end = qual.end()
        num = _number_re(lang).match(text, b_end, end)
        if num and ordinal is None:             # "Séance n° 12 du Conseil"
            ordinal, b_end = int(num.group("n")), num.end()
        bm = _body_re(lang).match(text, b_end, min(end, b_end + 80))
        if bm:
            grp = "known" if bm.group("known") else "generic"
            found = _trim_body(bm.group(grp), lang)
            if grp == "known":               # "Bureau" + "exécutif" when the title says so
                found += _title_qualifier(text, bm.start(grp) + len(found), found)
            b_end = bm.start(grp) + len(found)
            if grp == "generic" and fold(" ".join(m.group().split())) in _self_bodies(lang) \
                    and _bare_plural(found, lang):
                found = text[m.start():b_end]   # "Asamblea General de Socios"
            body = _clean_body(found, lang)
            num = _number_re(lang).match(text, b_end, end)
            if num and ordinal is None:         # "Réunion du Comité exécutif n° 14"
                ordinal, b_end = int(num.group("n")), num.end()
        elif fold(" ".join(m.group().split())) in _self_bodies(lang):
            body = _clean_body(m.group(), lang)  # "the 9th Annual General Meeting"
        else:                       # "the Conference of the Parties on its 23rd session"
            back = text[max(start, o_start - 120):o_start]
            known = list(re.finditer(_alt(words(lang, "meetings", "bodies")), back, re.I))
            if known and ordinal is not None:
                s = max(start, o_start - 120)
                body = _clean_body(_title_around(text, s + known[-1].start(), s + known[-1].end(), lang), lang)
        if ordinal is None and body is None:
            continue
        prefix = text[max(start, o_start - 140):o_start]
        reps = list(_report_re(lang).finditer(prefix))
        reported = bool(reps) and not _mention_re(lang).search(prefix, reps[-1].end())
        out.append(Mention(o_start, b_end, ordinal, body, reported))
    out.extend(_numbered_reports(text, lang, start, end))
    out.sort(key=lambda x: x.start)
    return out


def _title_qualifier(text: str, at: int, body: str) -> str:
    """Lower-case words after a lexicon body that the report's title block also writes at
    the start of a line with it ("du Bureau exécutif" and a title line "Bureau exécutif –
    ..."): the body's full name. Empty when the title does not confirm them."""
    tail = re.match(r"(?:[ \t]+[a-zß-öø-ÿ][\w'’-]*){1,2}", text[at:at + 40])
    if not tail:
        return ""
    words_ = tail.group().split()
    for k in range(len(words_), 0, -1):
        phrase = r"\s+".join(re.escape(w) for w in body.split() + words_[:k])
        if re.search(rf"^[ \t]*{phrase}(?![\w'’-])", text[:HEAD_CHARS], re.M | re.I):
            return " " + " ".join(words_[:k])
    return ""


def _bare_plural(found: str, lang: str) -> bool:
    """A single plural noun after a general meeting ("Asamblea General de Socios",
    "General Meeting of Members"): the members who meet, not a body of its own."""
    toks = found.split()
    known = {fold(b) for b in words(lang, "meetings", "bodies")}
    return len(toks) == 1 and fold(toks[0]).endswith("s") and fold(toks[0]) not in known


@functools.cache
def _qualifier_re(lang: str) -> re.Pattern:
    """A kind of meeting written after the meeting word ("sesión ordinaria", "séance plénière")."""
    return re.compile(rf"[ \t]+{_alt(words(lang, 'meetings', 'meeting_qualifiers'))}(?![\w-])", re.I)


_TITLE_WORD = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ’'-]+"


def _title_around(text: str, start: int, end: int, lang: str) -> str:
    """The whole title-case name on its line around a body word found by itself
    ("Committee" -> "Standing Committee on Finance"); the word alone when it is not
    written in title case."""
    found = text[start:end]
    if not re.fullmatch(rf"{_TITLE_WORD}(?:\s+\S+)*", found) or found.isupper():
        return found
    stop = {fold(w) for key in ("venue_determiners", "report_words", "meeting_words")
            for w in words(lang, "meetings", key)}
    line_start = text.rfind("\n", 0, start) + 1
    left = re.search(rf"(?:{_TITLE_WORD}[ \t]+)*$", text[line_start:start])
    words_left = left.group().split()
    while words_left and fold(words_left[0]) in stop:
        words_left.pop(0)                  # "The Standing Committee": no article
    links = _alt(words(lang, "meetings", "title_links"))
    line_end = text.find("\n", end)
    right = re.match(rf"(?:[ \t]+(?:{links})[ \t]+{_TITLE_WORD})*",
                     text[end:len(text) if line_end < 0 else line_end])
    return " ".join(words_left + [found]) + right.group()


@functools.cache
def _self_bodies(lang: str) -> frozenset[str]:
    """Meeting words that name their own body ("Annual General Meeting")."""
    return frozenset(fold(w) for w in words(lang, "meetings", "self_bodies"))


def _numbered_reports(text: str, lang: str, start: int, end: int) -> list[Mention]:
    """Records numbered after their body's meeting ("Acta N.º 7 de la Junta Directiva",
    "Minutes No. 9 of the Board", "Procès-verbal du Conseil d'administration n° 22"):
    the record's number is the meeting's."""
    out = []
    for r in _report_re(lang).finditer(text, start, end):
        num = _number_re(lang).match(text, r.end(), end)
        bm = _body_re(lang).match(text, num.end() if num else r.end(), min(end, r.end() + 100))
        if not bm:
            continue
        grp = "known" if bm.group("known") else "generic"
        found = _trim_body(bm.group(grp), lang)
        if _mention_re(lang).fullmatch(found):
            continue                      # "Minutes of Meeting No. 57 of the X": a meeting word
        b_end = bm.start(grp) + len(found)
        if num is None:                   # "Procès-verbal du Conseil d'administration n° 22"
            num = _number_re(lang).match(text, b_end, end)
            if num is None:
                continue
            b_end = num.end()
        out.append(Mention(r.start(), b_end, int(num.group("n")), _clean_body(found, lang), True))
    return out


# ------------------------------------------------------------------- document codes


@functools.cache
def _code_re(lang: str) -> re.Pattern:
    dw = _alt(words(lang, "meetings", "document_words"))
    return re.compile(
        rf"(?<![\w-])(?i:(?P<word>{dw}))\.?\s+(?:(?P<series>[A-ZÀ-Þ][\w-]+)\s+)?(?P<code>\d{{1,3}}-\d{{1,3}}[a-z]?)(?![\w-])")


def document_codes(text: str, lang: str) -> list[tuple[str, int, int]]:
    """Every document code cited as (code, start, end): "document Consortium 7-6" -> 7-6."""
    return [(m.group("code"), m.start(), m.end())
            for m in _code_re(lang).finditer(text)]


# ------------------------------------------------------------------- place and mode


@functools.cache
def _place_re(lang: str) -> re.Pattern:
    prep = _alt(words(lang, "meetings", "place_prepositions"))
    nouns = "(?i:" + _alt(words(lang, "meetings", "place_nouns")) + ")"
    cap = r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]*"
    link = r"(?:el|al|de|du|la|le|les|sur|en|of|the|del|los|-)"
    name = rf"{cap}(?:(?:[ -]|\n(?=\S))(?:{link}[ -])*{cap})*"
    return re.compile(
        rf"(?:(?<![\w])(?i:{prep})\s+(?P<a>{name})"
        rf"|(?:^|[–—:]|(?<![\w-])-|\|)[ \t]*(?P<b>{name})(?=\s*[(,]\s*(?:[^\W\d]+\s*,?\s+)?\d|[ \t]*\([ \t]*{cap}[^()\n]*\))"
        rf"|(?:{nouns})\s+(?P<c>{name}))",
        re.M)


def _is_honorific(word: str, lang: str) -> bool:
    return any(word == h or word.rstrip(".") == h.rstrip(".")
               for h in words(lang, "people", "honorifics"))


def _mixed_case_writing(name: str, text: str) -> str:
    """An all-capitals name as ``text`` writes it elsewhere in mixed case ("SAN RAFAEL DEL
    NORTE" -> "San Rafael del Norte"), else as written."""
    rx = r"\s+".join(re.escape(w) for w in name.split())
    for m in re.finditer(rf"(?<![\w-]){rx}(?![\w-])", text, re.I):
        if not m.group().isupper():
            return " ".join(m.group().split())
    return name


def _acronym_follows(name: str, after: str) -> bool:
    """Whether ``name`` is followed by its own acronym in brackets ("Eko Lagoon Network
    (ELN)"): the name of an organisation, not of a place."""
    am = re.match(r"[ \t]*\((?P<a>[A-ZÀ-Þ]{2,8})\)", after)
    if not am:
        return False
    initials = "".join(t[0] for t in re.split(r"[\s-]+", name) if t)
    letters = iter(fold(initials))
    return all(c in letters for c in fold(am.group("a")))


def find_place(text: str, lang: str, dates: list,
               forms: str = "abc") -> tuple[str, int] | None:
    """The place a meeting was held at within ``text``: after a place preposition
    ("à Glasgow", "held in Bonn") or a place standing right before a date ("– Glasgow
    (10 novembre 2021)", "Medellín, 4 de junio de 2025")."""
    banned = {fold(w) for w in words(lang, "dates", "months")} | {
        fold(w) for w in words(lang, "dates", "weekdays")} | {
        fold(t) for key in ("online", "hybrid") for w in words(lang, "meetings", key) for t in w.split()}
    attendance = _alt(words(lang, "people", "attendance"))
    bodies = {fold(b) for key in ("bodies", "meeting_words", "report_words")
              for b in words(lang, "meetings", key) if " " not in b}      # "Minutes of the Board, 3 May"
    venue = {fold(w) for w in words(lang, "meetings", "venue_words")}
    roles = {fold(t) for r in words(lang, "people", "roles") for t in r.split()}
    for m in _place_re(lang).finditer(text):
        group = "a" if m.group("a") else "b" if m.group("b") else "c"
        name = m.group(group)
        if group not in forms:
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        before = text[line_start:m.start()]
        if before.count("(") > before.count(")") or re.match(
                rf"\W*{attendance}\b", text[line_start:], re.I):
            continue            # "(procuration à Mario)", "Présents : ..."
        if not name or _is_honorific(name.split()[0], lang):
            continue
        prev = re.search(r"(\S+)\s*$", text[max(0, m.start(group) - 30):m.start(group)])
        if prev and _is_honorific(prev.group(1), lang):
            continue            # "Mr\nHallvard Øvrebø (Norway)": a person on a new line
        if _acronym_follows(name, text[m.end(group):]):
            continue            # "NORTH ATLANTIC ... NETWORK (NACON)": an organisation
        name = " ".join(name.split())
        if any(fold(t) in venue for t in name.split()):
            continue            # "Celebrada en el Salón Azul, Calle 8": a building, no city
        if any(fold(t) in roles for t in name.split()) or (
                group == "b" and re.match(rf"\s*\(\s*{_alt(words(lang, 'people', 'honorifics'))}(?!\w)",
                                          text[m.end(group):])):
            continue            # "The Chair (Ms. Okafor, Nigeria)": a role and a person
        if group == "c":        # "Municipalidad de San Rafael Acta n.º 23": the place ends at "Acta"
            toks = name.split()
            cut = next((k for k, tok in enumerate(toks) if fold(tok) in bodies), len(toks))
            name = " ".join(toks[:cut])
        kept = []
        for tok in name.split():          # "Glasgow Wednesday" -> "Glasgow"
            if fold(tok) in banned:
                break
            kept.append(tok)
        if not kept or any(fold(t) in bodies for t in kept):
            continue
        name = " ".join(kept)
        if any(fold(name) == fold(b) for b in words(lang, "meetings", "bodies")):
            continue
        name = name.strip(" .-")
        return (_mixed_case_writing(name, text) if name.isupper() else name), m.start(group)
    return None


_VENUE_SEP = re.compile(r"\s*(?:[,;|–—]|\s-\s)\s*")


@functools.cache
def _venue_stop(lang: str) -> frozenset[str]:
    """Words that end a city name in a venue line (dates, bodies, online words...)."""
    keys = (("dates", "months"), ("dates", "weekdays"), ("meetings", "online"), ("meetings", "hybrid"),
            ("meetings", "in_person"), ("meetings", "venue_words"), ("meetings", "meeting_words"),
            ("people", "roles"), ("people", "attendance"))
    out = {fold(t) for sec, key in keys for w in words(lang, sec, key) for t in w.split()}
    out |= {fold(b) for b in words(lang, "meetings", "bodies") if " " not in b}
    out |= {fold(h).rstrip(".") for h in words(lang, "people", "honorifics")}
    return frozenset(out)


def venue_place(text: str, date_end: int, lang: str) -> tuple[str, int] | None:
    """The city of the venue written after a meeting's date: on the rest of the date line
    ("12 March 2024 – Civic Centre, Carlisle") or on the line right below it ("Foundation
    offices, Rue des Vignerons 14, Geneva"): the last comma-separated part without digits,
    its trailing run of capitalised words ("Jardin botanique de Liège (Belgique)" -> Liège)."""
    line_end = text.find("\n", date_end)
    line_end = len(text) if line_end < 0 else line_end
    lines = [(date_end, line_end)]
    if text[line_end:line_end + 1] == "\n" and text[line_end + 1:line_end + 2] not in ("\n", ""):
        nxt = text.find("\n", line_end + 1)
        lines.append((line_end + 1, len(text) if nxt < 0 else nxt))
    stop = _venue_stop(lang)
    cap = r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]*"
    link = r"(?:el|al|de|du|la|le|les|sur|en|of|the|del|los|upon|am|an|-)"
    run = re.compile(rf"(?:^|\s|['’])((?:{cap})(?:(?:[ -])(?:{link}[ -])*{cap})*)$")
    prep = re.compile(rf"\s*(?:{_alt(words(lang, 'meetings', 'place_prepositions'))})\s+"
                      rf"(?:{_alt(words(lang, 'meetings', 'venue_determiners'))}\s+)?", re.I)
    for lo, hi in lines:
        line = text[lo:hi]
        at = prep.match(line) if lo == date_end else None
        if at:                         # "3 May 2023 at the Town Hall, Market Street, Ripon."
            lo, line = lo + at.end(), line[at.end():].rstrip(" .")
        elif lo == date_end and line.strip() and not re.match(r"\s*(?:[,;|–—(-]|$)", line):
            continue                   # the date runs on in a sentence
        toks = line.split()
        if not toks or len(toks) > 14 or any(_is_honorific(t.strip(",;:()"), lang) for t in toks):
            continue                   # a sentence or a list of people, not a venue
        if re.match(rf"\W*{_alt(words(lang, 'people', 'attendance'))}\s*:", line, re.I):
            continue
        parts = [p for p in _VENUE_SEP.split(line) if p.strip()]
        if any(p.strip(" .+*•")[:1].islower() for p in parts):
            continue                   # "le Bureau a validé ...": a sentence, not a venue
        for part in reversed(parts):
            bare = re.sub(r"\s*\([^()]*\)\s*$", "", part).strip(" .+*•-")
            if not bare or re.search(r"\d", bare):
                continue
            m = run.search(bare)
            if not m:
                break
            name = m.group(1)
            kept = []
            for t in name.split():
                if fold(t.strip(".")) in stop:
                    kept = []          # "Civic Centre", "Online" are no city
                    break
                kept.append(t)
            name = re.sub(rf"^(?:{link}\s+)+", "", " ".join(kept)).strip(" .-")
            if not name or name.islower():
                break
            return name, lo + line.index(name) if name in line else lo
    return None


def venue_before_date(text: str, date_start: int, lang: str) -> tuple[str, int] | None:
    """The city ending the venue written before a meeting's date on the same line ("held
    at the Assembly Rooms, Mill Street, Ludlow, on Friday, 14 October 2023"): the last
    comma part before the date, when it is a run of capitalised words that are no
    building, date, body or role word."""
    line_start = text.rfind("\n", 0, date_start) + 1
    line = text[line_start:date_start]
    stop = _venue_stop(lang)
    toks = line.split()
    if not toks or len(toks) > 20 or any(_is_honorific(t.strip(",;:()"), lang) for t in toks):
        return None
    # drop what stands between the venue and the date: a weekday, "on", "le", commas
    stop = stop | {fold(t) for w in words(lang, "meetings", "report_words") for t in w.split()}
    cut, small = len(line), 0
    for t in reversed(list(re.finditer(r"[^\s,;|–—]+", line))):
        if fold(t.group()) in stop:
            cut = t.start()
            continue
        if t.group().islower() and len(t.group()) <= 3 and small < 2:
            cut, small = t.start(), small + 1
            continue
        break
    parts = [p for p in _VENUE_SEP.split(line[:cut]) if p.strip()]
    if not parts:
        return None
    last = re.sub(r"\s*\([^()]*\)\s*$", "", parts[-1]).strip(" .-")
    cap = r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]*"
    link = r"(?:el|al|de|du|la|le|les|sur|en|of|the|del|los|upon|am|an|-)"
    m = re.search(rf"(?:^|\s)((?:{cap})(?:(?:[ -])(?:{link}[ -])*{cap})*)$", last)
    if not m or re.search(r"\d", m.group(1)):
        return None
    name = m.group(1)
    if any(fold(t.strip(".")) in stop for t in name.split()):
        return None
    if len(parts) == 1 and m.start(1) > 0 and not re.search(
            rf"(?:{_alt(words(lang, 'meetings', 'place_prepositions'))})\s+$", last[:m.start(1)], re.I):
        return None                      # "Minutes of the Finance Meeting, ..." is no venue
    return name, line_start + line.rfind(name, 0, cut)


def find_mode(text: str, lang: str, has_place: bool) -> str | None:
    """in_person / online / hybrid from the words in ``text`` (a place plus an online
    word is hybrid: "à Sharm El Sheikh & en-ligne via Zoom")."""
    f = fold(text)
    def has(key):
        return any(re.search(rf"(?<!\w){re.escape(fold(w))}(?!\w)", f) for w in words(lang, "meetings", key))
    if has("hybrid"):
        return "hybrid"
    online, physical = has("online"), has("in_person") or has_place
    if online and physical:
        return "hybrid"
    if online:
        return "online"
    if physical:
        return "in_person"
    return None


# --------------------------------------------------------------------------- meeting


_ITEM_LINE = re.compile(r"[ \t]*\d{1,2}(?:\.\d{1,2})*[.)][ \t]")


def _on_item_line(text: str, at: int) -> bool:
    """Whether ``at`` stands on or after the first numbered agenda item's line ("2. Minutes
    of the 13th meeting"): an item about earlier minutes, not the report's own title."""
    first = re.search(r"(?m)^" + _ITEM_LINE.pattern, text[:at + 200])
    return first is not None and first.start() <= at


def _choose(mentions: list[Mention], cited_prefix: int | None, text: str = "") -> Mention | None:
    """The mention of the meeting reported on (see module docstring)."""
    if not mentions:
        return None
    for m in mentions:
        if m.reported and m.ordinal is not None and not _on_item_line(text, m.start):
            return m
    if cited_prefix is not None:
        for m in mentions:
            if m.ordinal == cited_prefix:
                return m
    with_ordinal = [m for m in mentions if m.ordinal is not None]
    return (with_ordinal or mentions)[0]


def _code_prefix(code: str | None) -> int | None:
    return int(code.split("-")[0]) if code else None


def dates_in_words(text: str, lang: str) -> list[tuple[dt.date, int, int, str | None]]:
    """Dates written out in words, as formal actas do ("el día doce de junio de dos mil
    veinte"): each sentence naming a month is read with its numbers turned to digits
    (text2num); the span is the whole sentence, since digits and words do not align."""
    from text_to_num import alpha2digit
    months = [fold(m) for m in words(lang, "dates", "months")]
    found = []
    for span in sentences(text):
        if not any(m in fold(span.text) for m in months):
            continue
        try:
            digits = alpha2digit(span.text, lang)
        except Exception:  # text2num has no model for this language
            continue
        for date, _, _, weekday in parse_dates(digits, lang):
            found.append((date, span.start, span.end, weekday))
    return found


def document_to_meeting(doc: Document) -> Meeting:
    """The meeting ``doc`` reports on, with the evidence-based choice described above."""
    lang = _lang(doc)
    text = doc.text
    head_end = min(len(text), HEAD_CHARS)
    mentions = meeting_mentions(text, lang, 0, head_end)
    codes = document_codes(text, lang)
    doc_code = None
    first_mention = mentions[0].start if mentions else head_end
    for code, s, e in codes:
        if s < min(first_mention, 400):
            doc_code = code
            break
    cited = tuple(dict.fromkeys(c for c, s, e in codes if c != doc_code))
    prefixes = Counter(_code_prefix(c) for c in cited)
    cited_prefix = prefixes.most_common(1)[0][0] if prefixes else None
    chosen = _choose(mentions, cited_prefix, text)

    # the window where the chosen meeting's date and place stand
    if chosen is not None:
        later = [m.start for m in mentions if m.start > chosen.end
                 and (m.ordinal, m.body) != (chosen.ordinal, chosen.body)]
        w_start, w_end = chosen.start, min([chosen.end + PLACE_WINDOW] + later)
    else:
        w_start, w_end = 0, head_end
    dates = parse_dates(text[w_start:w_end], lang) or numeric_dates(
        text[w_start:w_end], lang, text[:head_end])
    if not dates:
        w_start, w_end = 0, head_end
        dates = parse_dates(text[:head_end], lang) or dates_in_words(text[:head_end], lang)
    date = dates[0] if dates else None
    if chosen is None and date is not None:      # the place stands near the date
        w_start, w_end = max(0, date[1] - 80), date[2] + 120
        date = (date[0], 80 if date[1] >= 80 else date[1], date[2] - date[1] + min(80, date[1]), date[3])
    window = text[w_start:w_end]
    place_at = find_place(text[w_start:w_end + (60 if date else 0)], lang, dates)
    if place_at is None and date is not None:
        place_at = venue_place(text, w_start + date[2], lang)
    if place_at is None and date is not None:
        place_at = venue_before_date(text, w_start + date[1], lang)
    if place_at is None and date is not None:     # the same date again, with its place
        for other in parse_dates(text[:head_end], lang):
            if other[0] == date[0] and other[1] != w_start + date[1]:
                place_at = (find_place(text[max(0, other[1] - 80):other[2] + 60], lang, [other])
                            or venue_place(text, other[2], lang))
                if place_at:
                    break
    if place_at is None:
        place_at = find_place(text[:head_end], lang, dates, forms="c")   # "Commune de X"

    body = chosen.body if chosen else None
    if body is None:
        bm = re.search(_alt(words(lang, "meetings", "bodies")), text[:head_end], re.I)
        body = _clean_body(bm.group(), lang) if bm else None
    ordinal = chosen.ordinal if chosen else None
    tabled = [m.ordinal for m in mentions if m.ordinal is not None and ordinal is not None
              and m.ordinal > ordinal and m is not chosen]
    tabled_at = max(tabled) if tabled else None
    if tabled_at is None and ordinal is not None and _code_prefix(doc_code) and _code_prefix(doc_code) > ordinal:
        tabled_at = _code_prefix(doc_code)

    iso = date[0].isoformat() if date else None
    date_as_written = window[date[1]:date[2]] if date else None
    mode = find_mode(text[:head_end], lang, place_at is not None)
    p_start = chosen.start if chosen else (w_start + date[1] if date else 0)
    p_end = max(p_start, chosen.end if chosen else (w_start + date[2] if date else 0))
    return Meeting(
        meeting_id=stable_id(fold(body or ""), ordinal, iso),
        doc_id=doc.doc_id, body=body, ordinal=ordinal, date=iso,
        place=place_at[0] if place_at else None,
        prov=provenance(doc, p_start, p_end, NAME, VERSION),
        mode=mode, doc_code=doc_code, cited_codes=cited, tabled_at=tabled_at,
        weekday_as_written=date[3] if date else None,
        date_as_written=" ".join(date_as_written.split()) if date_as_written else None,
    )
