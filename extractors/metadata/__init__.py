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

The body is then written in full (``bodies``: "Council of the City of Winnipeg", "Conseil
municipal de LANNION"); with no venue, the place is the town a territorial body is named
after, the commune its minutes name, the letterhead's town or a "Lugar:" room (``seats``).
Dates of laws cited ("loi du 1er juillet 1901", "l'arrêté préfectoral du", "Ley Orgánica
5/2001, de", "the Regulations of", "Act, 1998 (amended on") never date the meeting; a report with no
ordinal in its head may give one in running text ("This was our first meeting"). A title
may name its body before the meeting word ("NATS.IO Maintainer Meeting Minutes"); a body
word alone is its title block's organisation's ("Committee – X Students' Society"); the
addressee of a letter-report ("H. CONSEJO UNIVERSITARIO" / "PRESENTE") is not its body
(``titles``). A report whose head opens with a period ("del 20 de septiembre de 2017 al 25
de septiembre de 2018") covers no one meeting: it is dated and placed by its dateline
("Aguascalientes, Ags, a 2 de noviembre de 2018"), else undated (``datelines``).

The package: ``dates`` (written, numeric and in-words dates), ``mentions`` (meetings named,
their ordinals, bodies and titles, document codes), ``bodies`` (a body's full name),
``places`` (city, venue), ``seats`` (the place when no venue says it), ``modes`` (in
person, online, hybrid), ``titles`` (bodies named by a title block, the addressee),
``datelines`` (periods, the dateline); this module guesses a document's language when it
has none and puts the meeting together.
"""

from __future__ import annotations

import functools
import re
from collections import Counter

from extractors.metadata.bodies import full_body, in_room_name, most_named_body
from extractors.metadata.datelines import dateline, opens_period
from extractors.metadata.dates import (Found, dates_in_words, numeric_dates, outside_citations,
                                       parse_dates)
from extractors.metadata.mentions import (HEAD_CHARS, Mention, bodies_re, clean_body,
                                          document_codes, meeting_mentions, own_ordinal,
                                          parse_ordinal)
from extractors.metadata.modes import find_mode
from extractors.metadata.places import find_place, mixed_case_writing, venue_before_date, venue_place
from extractors.metadata.seats import (commune_named, is_territorial, labelled_venue,
                                       letterhead_town, place_of_body)
from extractors.metadata.titles import (addressee_spans, issuing_unit, of_organisation, outside,
                                        title_block, titled_body)
from pipeline.lexicon import languages, words
from pipeline.patterns import alternation
from pipeline.protocol import Extractor
from pipeline.records import Document, Meeting
from pipeline.text import fold, provenance, stable_id

NAME = "metadata"
VERSION = "1.11.1"

PLACE_WINDOW = 250         # how far after a meeting mention its date/place may stand

__all__ = [
    "NAME", "VERSION", "HEAD_CHARS", "PLACE_WINDOW", "Mention", "dates_in_words",
    "document_codes", "document_to_meeting", "find_mode", "find_place", "guess_language",
    "meeting_mentions", "numeric_dates", "parse_dates", "parse_ordinal", "venue_before_date",
    "venue_place",
]


# ------------------------------------------------------------------------- language


def guess_language(text: str) -> str:
    """The supported language whose marker words (lexicon [meetings] markers) occur most
    in ``text``; ties go to the first of languages(). A fallback when the document has no
    language."""
    tokens = Counter(re.findall(r"[\w'’]+", fold(text[:6000])))
    best, best_score = languages()[0], -1
    for lang in languages():
        vocab = {fold(w) for w in words(lang, "meetings", "markers")}
        score = sum(n for t, n in tokens.items() if t in vocab)
        if score > best_score:
            best, best_score = lang, score
    return best


def _lang(doc: Document) -> str:
    """The document's detected language (extractors.language), or the marker-word guess
    when it has none or one the lexicon does not cover."""
    return doc.language if doc.language in languages() else guess_language(doc.text)


# ------------------------------------------------------------- the meeting reported on


_ITEM_LINE = re.compile(r"[ \t]*\d{1,2}(?:\.\d{1,2})*[.)][ \t]")
_FIRST_ITEM_LINE = re.compile(r"(?m)^" + _ITEM_LINE.pattern)


def _on_item_line(text: str, at: int) -> bool:
    """Whether ``at`` stands on or after the first numbered agenda item's line ("2. Minutes
    of the 13th meeting"): an item about earlier minutes, not the report's own title."""
    first = _FIRST_ITEM_LINE.search(text[:at + 200])
    return first is not None and first.start() <= at


_RUNNING_WORD = re.compile(r"(?<![\w'’-])[a-zß-öø-ÿ]{4,}(?![\w'’-])")


def _in_running_text(text: str, m: Mention) -> bool:
    """A mention with no report word inside a sentence ("The Chair welcomed members to the
    first meeting of the session"), not on a title line."""
    line = text[text.rfind("\n", 0, m.start) + 1:m.start]
    return not m.reported and _RUNNING_WORD.search(line) is not None


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


def _own_and_cited_codes(text: str, lang: str, mentions: list[Mention],
                         head_end: int) -> tuple[str | None, tuple[str, ...]]:
    """The document's own code (one written before its first meeting mention, in its first
    400 characters) and the other codes it cites, each once, in order."""
    codes = document_codes(text, lang)
    doc_code = None
    first_mention = mentions[0].start if mentions else head_end
    for code, s, e in codes:
        if s < min(first_mention, 400):
            doc_code = code
            break
    return doc_code, tuple(dict.fromkeys(c for c, s, e in codes if c != doc_code))


def _cited_prefix(cited: tuple[str, ...]) -> int | None:
    """The meeting number most cited codes start with (7 for 7-3, 7-5, 6-2)."""
    prefixes = Counter(_code_prefix(c) for c in cited)
    return prefixes.most_common(1)[0][0] if prefixes else None


def _tabled_at(mentions: list[Mention], chosen: Mention | None, doc_code: str | None) -> int | None:
    """The meeting the report was tabled at: a later meeting named in the head, or the
    prefix of the document's own code when it is later than the meeting reported on."""
    ordinal = chosen.ordinal if chosen else None
    tabled = [m.ordinal for m in mentions if m.ordinal is not None and ordinal is not None
              and m.ordinal > ordinal and m is not chosen]
    tabled_at = max(tabled) if tabled else None
    if tabled_at is None and ordinal is not None and _code_prefix(doc_code) and _code_prefix(doc_code) > ordinal:
        tabled_at = _code_prefix(doc_code)
    return tabled_at


def _head_body(text: str, lang: str, head_end: int) -> str | None:
    """The first lexicon body named in the head as a whole word ("junta", not in "sala de
    juntas") right after a report word ("Compte rendu de la commission", under a
    letterhead body), else the first one outside an addressee block ("H. CONSEJO
    UNIVERSITARIO" / "PRESENTE": the report is sent to it), else the first one."""
    found = [m for m in bodies_re(lang).finditer(text[:head_end])
             if not (m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "-"))
             and not (m.end() < len(text) and (text[m.end()].isalnum() or text[m.end()] == "-"))
             and not in_room_name(text, m.start(), m.end(), lang)]      # "in the Council Chamber"
    spans = addressee_spans(text[:head_end], lang)
    reported = [m for m in found if outside(spans, m.start()) and _after_report_word(text, m.start(), lang)]
    bm = next(iter(reported), None) or next((m for m in found if outside(spans, m.start())),
                                            found[0] if found else None)
    return clean_body(bm.group(), lang) if bm else None


@functools.cache
def _report_link_re(lang: str) -> re.Pattern:
    """A report word and a link ending the text before a body ("Compte rendu de la ")."""
    reports = alternation(words(lang, "meetings", "report_words"))
    links = alternation(words(lang, "meetings", "linkers"))
    return re.compile(rf"(?<![\w-]){reports}\s+(?:{links})?\s*$", re.I)


def _after_report_word(text: str, at: int, lang: str) -> bool:
    """Whether the body at ``at`` is the one a report word names ("Compte rendu de la
    commission des finances" under the letterhead "Assemblée nationale")."""
    return _report_link_re(lang).search(text[max(0, at - 40):at]) is not None


def _outranked(chosen: Mention, text: str, lang: str) -> bool:
    """Whether a lexicon body on the title lines ("LEGISLATIVE ASSEMBLY OF X") outranks the
    chosen mention: one with no ordinal and a name the lexicon does not know, below the
    title ("the next sitting of the House")."""
    if chosen.ordinal is not None or bodies_re(lang).search(chosen.body or ""):
        return False
    title = title_block(text)
    return chosen.start >= len(title) and bodies_re(lang).search(title) is not None


def _meeting_body(chosen: Mention | None, text: str, lang: str, head_end: int,
                  place: str | None) -> str | None:
    """The chosen meeting's body, else the name a title writes before its meeting word,
    else the first lexicon body named in the head, else the one the document names most;
    in its fullest writing (``bodies``); a body word alone as its organisation's; with
    no body at all, the unit whose letterhead heads the document (``titles``)."""
    if chosen is not None and chosen.body is not None and not _outranked(chosen, text, lang):
        body = chosen.body
    else:
        titled = titled_body(text, lang)
        if titled:
            return titled
        body = _head_body(text, lang, head_end) or most_named_body(text, lang)
    if body is None:
        return issuing_unit(text, lang)
    return of_organisation(full_body(body, text, lang, head_end, place), text, lang)


# ------------------------------------------------------------------ its date and place


def _dated_window(text: str, lang: str, mentions: list[Mention], chosen: Mention | None,
                  head_end: int) -> tuple[int, int, list[Found]]:
    """(start, end, dates) of the window where the chosen meeting's date stands: after its
    mention up to the next other meeting named, else the whole head; the dates found in
    it relative to its start."""
    if chosen is not None and not _dated_before(text, lang, chosen):
        later = [m.start for m in mentions if m.start > chosen.end
                 and (m.ordinal, m.body) != (chosen.ordinal, chosen.body)]
        w_start, w_end = chosen.start, min([chosen.end + PLACE_WINDOW] + later)
    else:
        w_start, w_end = 0, head_end
    window = text[w_start:w_end]
    dates = (outside_citations(window, parse_dates(window, lang), lang)
             or outside_citations(window, numeric_dates(window, lang, text[:head_end]), lang))
    if not dates:
        w_start, w_end = 0, head_end
        head = text[:head_end]
        dates = (outside_citations(head, parse_dates(head, lang), lang)
                 or outside_citations(head, dates_in_words(head, lang), lang)
                 or outside_citations(head, parse_dates(head, lang), lang, notices=False))  # a notice's: the best there is
    return w_start, w_end, dates


def _dated_before(text: str, lang: str, chosen: Mention) -> bool:
    """Whether the chosen mention stands in running text after a date the head already
    gives ("... held on Wednesday 15 October 2025" above "The Chair welcomed members to
    the first meeting of the session"; the next date is another meeting's): the meeting
    is dated by the head."""
    before = text[:chosen.start]
    return _in_running_text(text, chosen) and bool(outside_citations(before, parse_dates(before, lang), lang))


def _centred_on_date(date: Found) -> tuple[int, int, Found]:
    """(start, end, date) of the window around a date found in the head when no meeting is
    named (the place stands near the date), the date's span made relative to it."""
    w_start, w_end = max(0, date[1] - 80), date[2] + 120
    moved = (date[0], 80 if date[1] >= 80 else date[1], date[2] - date[1] + min(80, date[1]), date[3])
    return w_start, w_end, moved


def _place_by_same_date(text: str, lang: str, date: Found, at: int,
                        head_end: int) -> tuple[str, int] | None:
    """The place written beside another writing, in the head, of the date found at ``at``."""
    place_at = None
    for other in parse_dates(text[:head_end], lang):
        if other[0] == date[0] and other[1] != at:
            place_at = (find_place(text[max(0, other[1] - 80):other[2] + 60], lang, [other])
                        or venue_place(text, other[2], lang))
            if place_at:
                break
    return place_at


def _meeting_place(text: str, lang: str, w_start: int, w_end: int, date: Found | None,
                   dates: list[Found], head_end: int) -> tuple[str, int] | None:
    """The meeting's place: in the window, on the venue line after or before its date,
    beside another writing of the date, else after a place noun in the head."""
    place_at = find_place(text[w_start:w_end + (60 if date else 0)], lang, dates)
    if place_at is None and date is not None:
        place_at = venue_place(text, w_start + date[2], lang)
    if place_at is None and date is not None:
        place_at = venue_before_date(text, w_start + date[1], lang)
    if place_at is None and date is not None:     # the same date again, with its place
        place_at = _place_by_same_date(text, lang, date, w_start + date[1], head_end)
    if place_at is None:
        place_at = find_place(text[:head_end], lang, dates, forms="c")   # "Commune de X"
    return place_at


def _seat(doc: Document, body: str | None, lang: str, head_end: int) -> str | None:
    """The place when no venue says it (``seats``): the town a territorial body (the
    meeting's or one on the title lines) is named after or its minutes name, the
    letterhead's town, the room of a "Lugar:" line, the town of its dateline ("Fait à
    Lyon, le 3 mars 2025")."""
    first_page = [l.text for l in doc.furniture if l.page == 1 and l.role == "header"]
    head_lines = doc.text[:head_end].split("\n")[:3]
    return (place_of_body(body, lang)
            or _titled_territory(doc.text, lang)
            or (commune_named(doc.text, lang) if is_territorial(body, lang) else None)
            or letterhead_town(first_page + head_lines)
            or labelled_venue(doc.text[:head_end], lang)
            or _dateline_town(doc.text, lang))


def _titled_territory(text: str, lang: str) -> str | None:
    """The town a territorial body on the title lines is named after, when it is not the
    meeting's body ("AYUNTAMIENTO DE VILLANUEVA DEL CAMPILLO" over "ACTA DE LA SESIÓN
    ORDINARIA DEL PLENO"), in its mixed-case writing."""
    for line in title_block(text).split("\n"):
        town = place_of_body(" ".join(line.split()), lang, before=False)
        if town:
            return mixed_case_writing(town, text) if town.isupper() else town
    return None


def _dateline_town(text: str, lang: str) -> str | None:
    signed = dateline(text, lang)
    return signed[1] if signed else None


def _signed_date(text: str, lang: str, head_end: int, w_start: int,
                 date: Found | None) -> tuple[int, int, Found | None, str | None] | None:
    """When the date found opens a period the head names ("del 20 de septiembre de 2017
    al 25 de septiembre de 2018"), the report covers that period, not one meeting: its
    date and place are those of its dateline ("Aguascalientes, Ags, a 2 de noviembre de
    2018"), or none; as (window start, window end, date in it, town). None otherwise."""
    head_dates = parse_dates(text[:head_end], lang)
    first = next((d for d in head_dates if date and d[0] == date[0] and d[1] == w_start + date[1]), None)
    if first is None or not opens_period(text[:head_end], lang, head_dates[head_dates.index(first):]):
        return None
    signed = dateline(text, lang)
    if signed is None:
        return 0, 0, None, None
    (iso, a, b, weekday), town = signed
    return a, b, (iso, 0, b - a, weekday), town


def document_to_meeting(doc: Document) -> Meeting:
    """The meeting ``doc`` reports on, with the evidence-based choice described above."""
    lang = _lang(doc)
    text = doc.text
    head_end = min(len(text), HEAD_CHARS)
    mentions = meeting_mentions(text, lang, 0, head_end)
    doc_code, cited = _own_and_cited_codes(text, lang, mentions, head_end)
    chosen = _choose(mentions, _cited_prefix(cited), text)
    w_start, w_end, dates = _dated_window(text, lang, mentions, chosen, head_end)
    date = dates[0] if dates else None
    if chosen is None and date is not None:      # the place stands near the date
        w_start, w_end, date = _centred_on_date(date)
    signed = _signed_date(text, lang, head_end, w_start, date)
    if signed is not None:
        w_start, w_end, date, place = signed
    else:
        place_at = _meeting_place(text, lang, w_start, w_end, date, dates, head_end)
        place = place_at[0] if place_at else None
    body = _meeting_body(chosen, text, lang, head_end, place)
    place = place or _seat(doc, body, lang, head_end)
    ordinal = chosen.ordinal if chosen and chosen.ordinal is not None else own_ordinal(text, lang)
    iso = date[0].isoformat() if date else None
    date_as_written = text[w_start:w_end][date[1]:date[2]] if date else None
    p_start = chosen.start if chosen else (w_start + date[1] if date else 0)
    p_end = max(p_start, chosen.end if chosen else (w_start + date[2] if date else 0))
    return Meeting(
        meeting_id=stable_id(fold(body or ""), ordinal, iso),
        doc_id=doc.doc_id, body=body, ordinal=ordinal, date=iso,
        place=place,
        prov=provenance(doc, p_start, p_end, NAME, VERSION),
        mode=find_mode(text[:head_end], lang, place is not None and signed is None),
        doc_code=doc_code, cited_codes=cited, tabled_at=_tabled_at(mentions, chosen, doc_code),
        weekday_as_written=date[3] if date else None,
        date_as_written=" ".join(date_as_written.split()) if date_as_written else None,
    )


def _extract(doc: Document, found) -> Meeting | None:
    return document_to_meeting(doc)


EXTRACTOR = Extractor(NAME, VERSION, needs=(), gives="meeting", run=_extract)
