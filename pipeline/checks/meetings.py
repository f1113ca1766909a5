"""Meetings named in a report by ordinal ("7ème Réunion du Consortium", "the seventh
meeting", "la sexta sesión"), with the date written beside them, and the
``meeting_number_mismatch`` check.

A report is often tabled at a later meeting: "Document Consortium 8-1 – Rapport de la 7ème
Réunion" under an "8ème Réunion" header is normal (``Meeting.tabled_at`` = 8). What is
flagged: one meeting given two dates; a higher ordinal dated before a lower one; a report
tabled at an earlier meeting than its own; a document code whose meeting number is none
of those on the cover; the minutes of this meeting (or a later one) said to be approved.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from itertools import combinations

from pipeline.checks.common import (NAME, VERSION, evidence, folded, lex, lex_as_written, lex_pattern,
                                    make_flag, ordinal_numbers, quoted, weekday_numbers)
from pipeline.checks.dates import DateMention, dates_in
from pipeline.lexicon import languages
from pipeline.patterns import alternation
from pipeline.records import Document, Extraction, Flag, QuotedMeeting
from pipeline.text import fold, sentence_at

CHECK = f"{NAME}.meetings@{VERSION}"


@dataclass(frozen=True)
class MeetingMention:
    """"<ordinal> <meeting word> <qualifier>" in the text, and the date written right after
    it, if any. ``qualifier`` is the folded words naming whose meeting it is."""
    start: int
    end: int
    ordinal: int
    qualifier: str
    date: DateMention | None = None
    noun: str = ""

    def of_body(self, body: str | None) -> bool:
        """Whether the mention can be a meeting of ``body`` (unqualified mentions can)."""
        if not self.qualifier or not body:
            return True
        return fold(body) in self.qualifier


@functools.cache
def _pattern() -> re.Pattern[str]:
    suffixes = alternation(lex("quoted_ordinal_suffixes"))
    words = alternation(ordinal_numbers())
    nouns = alternation(lex("quoted_meeting_words"))
    return re.compile(
        rf"(?:\b(?P<n>\d{{1,3}})\s*{suffixes}\b|(?<![\w-])(?P<w>{words})\b)"
        rf"[ \t]+(?:(?P<adj>[^\W\d]+)[ \t]+)?(?P<noun>{nouns})\b"
        rf"(?P<qual>(?:[ \t]+[^\W\d]+'?){{0,3}})")


_GAP_OK = re.compile(r"^[^,;.!?]*$")


@functools.cache
def _noun_pattern() -> re.Pattern[str]:
    return re.compile(rf"\b(?P<noun>{alternation(lex('quoted_meeting_words'))})\b"
                      rf"(?P<qual>(?:[ \t]+[^\W\d]+'?){{0,3}})")


_WORD_RUN = re.compile(r"[^\W\d]+(?:-[^\W\d]+)*")


@functools.cache
def _numbered() -> re.Pattern[str]:
    """Digits and the suffix text2num writes after an ordinal it reads ("22ème", "22nd")."""
    return re.compile(rf"(\d{{1,3}}){alternation(lex_as_written('spelled_ordinal_suffixes'))}")


@functools.cache
def spelled_ordinal(words: str) -> int | None:
    """A compound ordinal written in words ("twenty-second", "vingt-deuxième",
    "vigésima segunda") as a number, read by text2num in each language."""
    from text_to_num import alpha2digit
    for lang in languages():
        try:
            digits = alpha2digit(words, lang, threshold=0)
        except Exception:  # noqa: BLE001 - text2num rejects odd input; it is just not an ordinal
            continue
        m = _numbered().fullmatch(digits.strip())
        if m:
            return int(m.group(1))
    return None


def _spelled_mentions(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int, re.Match]]:
    """(start, ordinal, noun match) of meetings numbered by compound ordinal words,
    read backwards from each meeting word (skipping one adjective)."""
    f = folded(text)
    out = []
    for m, a, b in f.finditer(_noun_pattern()):
        if any(ta <= a < tb for ta, tb in taken):
            continue
        line_start = text.rfind("\n", 0, a) + 1
        tokens = list(_WORD_RUN.finditer(text[max(line_start, a - 60):a]))
        base = max(line_start, a - 60)
        for first, last in ((-1, -1), (-2, -1), (-2, -2), (-3, -2)):
            if len(tokens) < -first:
                continue
            chosen = tokens[first:last + 1 if last != -1 else None]
            if not chosen or not any("-" in t.group() for t in chosen) and len(chosen) < 2:
                continue
            n = spelled_ordinal(" ".join(t.group() for t in chosen))
            if n:
                out.append((base + chosen[0].start(), n, m))
                break
    return out


def meeting_mentions(doc: Document) -> list[MeetingMention]:
    """Every ordinal meeting mention, with the date that directly follows it (within a
    few words, across a parenthesis, never across a comma or a sentence end)."""
    return mentions_in(doc.text)


def mentions_in(text: str) -> list[MeetingMention]:
    """``meeting_mentions`` of a text (a sentence, a whole report), offsets into it."""
    f = folded(text)
    ordinals = ordinal_numbers()
    dates = dates_in(text)
    found = []
    for m, a, b in f.finditer(_pattern()):
        n = int(m.group("n")) if m.group("n") else ordinals.get(m.group("w"), 0)
        if m.group("w") and m.group("adj") in ordinals:    # "vigésima segunda reunión"
            n = spelled_ordinal(" ".join(text[a:b].split()[:2])) or n
        found.append((a, b, n, m))
    for a, n, m in _spelled_mentions(text, [(x[0], x[1]) for x in found]):
        found.append((a, f.span(m.start(), m.end())[1], n, m))
    raw = []
    for a, b, n, m in sorted(found, key=lambda x: x[0]):
        if not 0 < n < 500:
            continue
        cut = next((d.start for d in dates if a < d.start < b), b)
        noun_end = f.span(m.start(), m.end("noun"))[1]
        qual = fold(text[noun_end:cut]).split() if cut > noun_end else []
        while qual and len(qual[-1].rstrip("'")) <= 2:
            qual.pop()
            cut = a + text[a:cut].rstrip().rfind(text[a:cut].split()[-1])
        raw.append((a, cut, n, " ".join(qual), m.group("noun")))
    out = []
    for i, (a, b, n, qual, noun) in enumerate(raw):
        limit = raw[i + 1][0] if i + 1 < len(raw) else len(text)
        date = next((d for d in dates if b <= d.start < min(limit, b + 160)
                     and _close(text[b:d.start])), None)
        out.append(MeetingMention(a, b, n, qual, date, noun))
    return out


def _close(gap: str) -> bool:
    """The text between a meeting and a date is short, does not start a new clause (a
    comma, a colon), names no other event ("8th meeting: a regional workshop in May
    2024", "la 8e réunion prévoit un atelier en mai 2024") and says the meeting was held
    then ("tenue à Niamey le", "held on") or only links it to the date ("du Bureau le",
    "on"): the date is the meeting's own. A verb of something else ("lancée en juin",
    "effective from 1 July", "presentado el 28 de abril") dates another event."""
    said = fold(gap)
    if ":" in gap or lex_pattern("other_event_words").search(said) \
            or lex_pattern("quoted_meeting_words").search(said):
        return False
    gap = re.sub(r"\([^()]*\)", " ", gap).replace("(", " ").replace("–", " ").replace("-", " ")
    if "," in gap:
        after = gap.split(",", 1)[1]
        if len(after.split()) <= 2 or (_held_clause(after) and len(after.split()) <= 6):
            gap = gap.replace(",", " ")      # ", tenue à Niamey le", ", qui s'est tenue à Niamey le"
    return bool(_GAP_OK.match(gap)) and len(gap.split()) <= 8 and (_held_clause(gap) or _only_links(gap))


def _held_clause(text: str) -> bool:
    """``text`` opens by saying the meeting was held ("tenue à", "qui s'est tenue",
    "which took place", "en ligne"): a held word among its first three words, so the
    held event is the meeting, not another ("deux missions ont eu lieu")."""
    said = fold(" ".join(text.replace(",", " ").split()[:3]))
    return bool(lex_pattern("held_words").search(said) or _online().search(said))


@functools.cache
def _online() -> re.Pattern[str]:
    """How a meeting is held online ("en ligne", "by videoconference"): it says the date
    beside it is the meeting's own, as "held" does."""
    return re.compile(rf"\b{alternation(lex('online', 'meetings'))}\b")


def _only_links(gap: str) -> bool:
    """Every word between a meeting and a date links them: a word of the lexicon's
    ``meeting_date_links``, a weekday, a figure, a capitalised name (a place, the body:
    "d'Accra") or a word of a body's or meeting's name ("de l'Assemblée générale
    ordinaire le")."""
    allowed = set(lex("meeting_date_links")) | set(weekday_numbers()) | _name_words()
    for word in re.findall(r"[^\s,;.]+", gap):
        name = re.sub(r"^[^\W\d]{1,2}['’]", "", word)            # "l'Assemblée" -> "Assemblée"
        if fold(word) in allowed or fold(name) in allowed or name[:1].isupper() or word[:1].isdigit():
            continue
        return False
    return True


@functools.cache
def _name_words() -> frozenset[str]:
    """The words of the lexicon's bodies, meeting words and meeting qualifiers, folded: a
    body's name may run on past the words a meeting mention takes ("comité de pilotage")."""
    phrases = [*lex("bodies", "meetings"), *lex("meeting_words", "meetings"), *lex("meeting_qualifiers", "meetings")]
    return frozenset(w for p in phrases for w in re.findall(r"[^\W\d]{3,}", p))


def _quotes(doc: Document, m: MeetingMention) -> list:
    out = [evidence(doc, m.start, m.end)]
    if m.date:
        out.append(evidence(doc, m.date.start, m.date.end))
    return out


def _conflicting_dates(doc: Document, ms: list[MeetingMention], body: str | None) -> list[Flag]:
    flags = []
    flagged: set[int] = set()
    dated = [m for m in ms if m.date and m.of_body(body)]
    for x, y in combinations(dated, 2):
        if _same_body(x, y) and x.ordinal == y.ordinal and not x.date.agrees(y.date):
            flags.append(make_flag(
                "meeting_number_mismatch", "error", doc.doc_id,
                f"Meeting {x.ordinal} is dated {quoted(evidence(doc, x.date.start, x.date.end))} and "
                f"{quoted(evidence(doc, y.date.start, y.date.end))} in the same report",
                _quotes(doc, x) + _quotes(doc, y), CHECK))
        elif _same_body(x, y) and x.ordinal != y.ordinal:
            lo, hi = sorted((x, y), key=lambda m: m.ordinal)
            if _before(hi.date, lo.date) and hi.start not in flagged:
                flagged.add(hi.start)
                flags.append(make_flag(
                    "meeting_number_mismatch", "error", doc.doc_id,
                    f"Meeting {hi.ordinal} is dated {quoted(evidence(doc, hi.date.start, hi.date.end))}, "
                    f"before meeting {lo.ordinal} ({quoted(evidence(doc, lo.date.start, lo.date.end))})",
                    _quotes(doc, lo) + _quotes(doc, hi), CHECK))
    return flags


def _same_body(x: MeetingMention, y: MeetingMention) -> bool:
    """Same kind of meeting ("réunion"/"session") of the same named body: unqualified
    mentions ("at its forty-eighth session") may be of any body, so never compared."""
    return bool(x.qualifier) and x.noun == y.noun and x.qualifier == y.qualifier


def _before(a: DateMention, b: DateMention) -> bool:
    """``a`` is certainly earlier than ``b`` at the precision both are written."""
    if a.day is None or b.day is None:
        return (a.year, a.month) < (b.year, b.month)
    return a.key() < b.key()


def _tabling(doc: Document, ex: Extraction, ms: list[MeetingMention]) -> list[Flag]:
    meeting = ex.meeting
    if meeting is None or meeting.ordinal is None:
        return []
    flags = []
    cover = [m for m in ms if doc.page_at(m.start) == 1]
    quote = [evidence(doc, m.start, m.end) for m in cover[:3]]
    if meeting.tabled_at is not None and meeting.tabled_at < meeting.ordinal:
        flags.append(make_flag(
            "meeting_number_mismatch", "error", doc.doc_id,
            f"The report of meeting {meeting.ordinal} is tabled at meeting {meeting.tabled_at}, "
            f"which came before it ({', '.join(quoted(q) for q in quote)})", quote, CHECK))
    code = re.match(r"^\D*?(\d{1,3})\s*[-./]\s*\d{1,3}$", meeting.doc_code or "")
    if code:
        number = int(code.group(1))
        known = {meeting.ordinal, meeting.tabled_at} | {m.ordinal for m in cover}
        if number not in known:
            found = re.search(re.escape(meeting.doc_code or ""), doc.text)
            code_ev = [evidence(doc, found.start(), found.end())] if found else []
            flags.append(make_flag(
                "meeting_number_mismatch", "error", doc.doc_id,
                f"Document code {', '.join(quoted(q) for q in code_ev) or meeting.doc_code} belongs to "
                f"meeting {number}, but the cover names meeting(s) "
                f"{', '.join(map(str, sorted(k for k in known if k)))} ({', '.join(quoted(q) for q in quote)})",
                code_ev + quote, CHECK))
    return flags


def _approved_minutes(doc: Document, ex: Extraction, ms: list[MeetingMention]) -> list[Flag]:
    """"The report of the Nth meeting was approved" with N at or after this meeting. The
    Nth must be a meeting of the kind this report numbers: under "Quatorzième session" /
    "1re séance" (the report's ordinal), "la treizième session" is no later séance."""
    meeting = ex.meeting
    if meeting is None or meeting.ordinal is None:
        return []
    own_nouns = {m.noun for m in ms if m.ordinal == meeting.ordinal}
    report_of, decided = lex_pattern("report_of", "", r"\s*$"), lex_pattern("decision_stems", right="")
    flags = []
    f = folded(doc.text)
    for m in ms:
        fa = f.folded_offset(m.start)
        if m.ordinal < meeting.ordinal or not report_of.search(f.text[max(0, fa - 30):fa]):
            continue
        if not m.of_body(meeting.body) or (own_nouns and m.noun not in own_nouns):
            continue
        sent = sentence_at(doc.text, m.start)
        if not decided.search(fold(sent.text)):
            continue
        flags.append(make_flag(
            "meeting_number_mismatch", "error", doc.doc_id,
            f"The report of meeting {m.ordinal} {quoted(evidence(doc, m.start, m.end))} is approved "
            f"in the report of meeting {meeting.ordinal} (p. {meeting.prov.page}): it should be an earlier "
            f"meeting's report",
            [evidence(doc, m.start, m.end), evidence(doc, sent.start, sent.end)], CHECK))
    return flags


def _this_meeting_numbered_otherwise(doc: Document, ex: Extraction, ms: list[MeetingMention]) -> list[Flag]:
    """"Minutes of the 21st Meeting" but "the Chair opened the twenty-second meeting":
    a mention of this very meeting (in the opening sentence, or "this/cette Nth meeting")
    with another number than the report's own meeting and the one it is tabled at."""
    meeting = ex.meeting
    if meeting is None or meeting.ordinal is None or not ms:
        return []
    this, opening = lex_pattern("this_meeting", right=r"\s*$"), lex_pattern("opening_phrases")
    f = folded(doc.text)
    first_open = next((a for _, a, _ in f.finditer(opening)), len(doc.text))
    cover_start = sentence_at(doc.text, first_open).start if first_open < len(doc.text) else first_open
    own = next((m for m in ms if m.ordinal == meeting.ordinal and m.start < cover_start), ms[0])
    allowed = {own.ordinal, meeting.ordinal}
    if any(m.ordinal == meeting.tabled_at and m.start < cover_start for m in ms):
        allowed.add(meeting.tabled_at)   # a header of the meeting it is tabled at
    flags = []
    for m in ms:
        if m.ordinal in allowed or m.noun != own.noun or m.qualifier != own.qualifier:
            continue
        fa = f.folded_offset(m.start)
        sent = sentence_at(doc.text, m.start)
        before = f.text[f.folded_offset(sent.start):fa]
        if not (this.search(f.text[max(0, fa - 20):fa].rstrip() + " ") or this.search(before)
                or opening.search(before)):
            continue
        flags.append(make_flag(
            "meeting_number_mismatch", "error", doc.doc_id,
            f"The report is of meeting {meeting.ordinal} ({quoted(evidence(doc, own.start, own.end))}), "
            f"but it calls this meeting {quoted(evidence(doc, m.start, m.end))}",
            [evidence(doc, own.start, own.end), evidence(doc, m.start, m.end)], CHECK,
            page=doc.page_at(m.start)))
    return flags


def meeting_number_mismatch(doc: Document, ex: Extraction) -> list[Flag]:
    """Ordinals and dates of meetings that contradict each other within one report."""
    ms = meeting_mentions(doc)
    body = ex.meeting.body if ex.meeting else None
    return (_conflicting_dates(doc, ms, body) + _tabling(doc, ex, ms) + _approved_minutes(doc, ex, ms)
            + _this_meeting_numbered_otherwise(doc, ex, ms))


def quoted_meeting(doc: Document, m: MeetingMention) -> QuotedMeeting:
    """A meeting mention as the record checks across reports compare: the mention, the
    date beside it and its sentence, verbatim (the ``citations`` extractor keeps these in
    the Extraction; the cross checks rebuild them when the text is at hand)."""
    sent = sentence_at(doc.text, m.start)
    end = m.date.end if m.date else min(max(sent.end, m.end), m.end + 120)
    d = m.date
    return QuotedMeeting(
        ordinal=m.ordinal, noun=m.noun, qualifier=m.qualifier, quote=doc.text[m.start:m.end],
        page=doc.page_at(m.start), start=m.start, end=m.end, window=doc.text[m.start:end],
        sentence=sent.text, date_year=d.year if d else None, date_month=d.month if d else None,
        date_day=d.day if d else None, date_quote=doc.text[d.start:d.end] if d else None,
        date_page=doc.page_at(d.start) if d else None)
