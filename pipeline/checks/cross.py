"""Checks across reports: what one report says of another meeting against that meeting's
own report. Every flag quotes both reports (file and page) so a person can compare.

* ``cross_meeting_date_mismatch``: "la sixième réunion ... le 10 décembre 2020" when the
  sixth meeting's report is dated otherwise, or names another meeting's place; two
  reports claiming the same meeting on different dates;
* ``cross_meeting_amount_mismatch``: a past budget quoted at another figure than the one
  in the report of the meeting that adopted it;
* ``meeting_order_mismatch``: meeting 8 of a body dated before its meeting 7;
* ``cross_meeting_decision_mismatch``: a decision said to be taken at a meeting whose
  report records no such decision;
* ``role_mismatch``: one person with two standing roles in two reports of one meeting.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence

from pipeline.checks.common import (NAME, VERSION, evidence, folded, lex, lex_pattern, make_flag, short,
                                    verbatim)
from pipeline.checks.meetings import meeting_mentions, quoted_meeting
from pipeline.checks.people import clashing_roles, role_quote
from pipeline.checks.sums import precision
from pipeline.checks.subject_years import _topic_year
from pipeline.lexicon import languages, words
from pipeline.records import Amount, Document, Evidence, Extraction, Flag, Meeting, QuotedMeeting
from pipeline.text import fold

CHECK = f"{NAME}.cross@{VERSION}"
Documents = Mapping[str, Document] | Sequence[Document] | None


def _by_id(documents: Documents) -> dict[str, Document]:
    if documents is None:
        return {}
    if isinstance(documents, Mapping):
        return dict(documents)
    return {d.doc_id: d for d in documents}


def _date(meeting: Meeting) -> dt.date | None:
    try:
        return dt.date.fromisoformat(meeting.date) if meeting.date else None
    except ValueError:
        return None


def _same_body(a: Meeting, b: Meeting) -> bool:
    return bool(a.body and b.body) and fold(a.body) == fold(b.body)


def _meeting_quote(ex: Extraction, docs: dict[str, Document]) -> list[Evidence]:
    """The meeting's date as its own report writes it (verbatim when the text is at hand)."""
    m = ex.meeting
    if m is None:
        return []
    doc = docs.get(ex.info.doc_id)
    written = m.date_as_written or m.date or ""
    if doc is not None and written:
        found = verbatim(doc, written, m.prov.start)
        if found:
            return [evidence(doc, found[1], found[1] + len(found[0]))]
    return [Evidence(quote=written, doc_id=ex.info.doc_id, page=m.prov.page,
                     file_name=ex.info.file_name)] if written else []


def _where(ex: Extraction) -> str:
    m = ex.meeting
    page = m.prov.page if m else 1
    return f"{ex.info.file_name}, p. {page}"


# ------------------------------------------------------------------ ordering


def meeting_order_mismatch(extractions: Sequence[Extraction], docs: dict[str, Document]) -> list[Flag]:
    """Meetings of one body whose ordinals and dates run in opposite orders, or one
    meeting dated differently by two reports. Each meeting is compared with its
    neighbour in ordinal order only: one misdated meeting is one flag, not one per other
    meeting of the body (and the pass is n log n, not quadratic)."""
    flags = []
    by_body: dict[str, list[Extraction]] = defaultdict(list)
    for e in extractions:
        if e.meeting and e.meeting.ordinal is not None and e.meeting.body and _date(e.meeting):
            by_body[fold(e.meeting.body)].append(e)
    for meetings in by_body.values():
        meetings.sort(key=lambda e: (e.meeting.ordinal, _date(e.meeting), e.info.doc_id))
        for lo, hi in zip(meetings, meetings[1:]):
            flag = _order_flag(_first_of(meetings, lo) if lo.meeting.ordinal == hi.meeting.ordinal
                               else lo, hi, docs)
            if flag is not None:
                flags.append(flag)
    return flags


def _first_of(meetings: list[Extraction], e: Extraction) -> Extraction:
    """The earliest-dated report of ``e``'s meeting (the list is sorted by ordinal, date)."""
    return next(m for m in meetings if m.meeting.ordinal == e.meeting.ordinal)


def _order_flag(lo: Extraction, hi: Extraction, docs: dict[str, Document]) -> Flag | None:
    """The flag for two reports of one body, ``lo`` before ``hi`` in (ordinal, date)
    order, when their dates contradict their ordinals."""
    mlo, mhi = lo.meeting, hi.meeting
    if lo.info.doc_id == hi.info.doc_id:
        return None
    if mlo.ordinal == mhi.ordinal and mlo.date != mhi.date:
        return make_flag(
            "cross_meeting_date_mismatch", "error", hi.info.doc_id,
            f"Meeting {mhi.ordinal} is dated {mhi.date} here ({_where(hi)}) but {mlo.date} in {_where(lo)}",
            _meeting_quote(hi, docs) + _meeting_quote(lo, docs), CHECK, page=mhi.prov.page)
    if mlo.ordinal < mhi.ordinal and _date(mlo) > _date(mhi):
        return make_flag(
            "meeting_order_mismatch", "error", hi.info.doc_id,
            f"Meeting {mhi.ordinal} is dated {mhi.date} ({_where(hi)}), before meeting {mlo.ordinal} "
            f"({mlo.date}, {_where(lo)})",
            _meeting_quote(hi, docs) + _meeting_quote(lo, docs), CHECK, page=mhi.prov.page)
    return None


# ---------------------------------------------------------- quoted meetings


def quoted_meetings(ex: Extraction, docs: dict[str, Document]) -> tuple[QuotedMeeting, ...]:
    """The meetings a report names: read from its text when at hand, else as cached."""
    doc = docs.get(ex.info.doc_id)
    if doc is None:
        return ex.quoted_meetings
    return tuple(quoted_meeting(doc, m) for m in meeting_mentions(doc))


def _of_body(q: QuotedMeeting, body: str | None) -> bool:
    return not q.qualifier or not body or fold(body) in q.qualifier


def _target(q: QuotedMeeting, own: Extraction, extractions: Sequence[Extraction]) -> Extraction | None:
    """The report of the meeting a mention names (same body, same ordinal, another file)."""
    for e in extractions:
        m = e.meeting
        if (m and e.info.doc_id != own.info.doc_id and m.ordinal == q.ordinal
                and (own.meeting is None or own.meeting.body is None or _same_body(own.meeting, m))
                and _of_body(q, m.body)):
            return e
    return None


def _quote(ex: Extraction, text: str, page: int | None) -> Evidence:
    return Evidence(quote=text.strip(), doc_id=ex.info.doc_id, page=page or 1, file_name=ex.info.file_name)


def _agrees(q: QuotedMeeting, date: dt.date) -> bool:
    return q.date_year == date.year and q.date_month == date.month and q.date_day in (None, date.day)


def quoted_meeting_mismatch(extractions: Sequence[Extraction], docs: dict[str, Document]) -> list[Flag]:
    """A report's date or place for another meeting against that meeting's report."""
    places = {fold(e.meeting.place) for e in extractions if e.meeting and e.meeting.place}
    flags = []
    for own in extractions:
        if own.meeting is None:
            continue
        for q in quoted_meetings(own, docs):
            if q.ordinal == own.meeting.ordinal:
                continue
            other = _target(q, own, extractions)
            if other is None:
                continue
            om, odate = other.meeting, _date(other.meeting)
            quotes = [_quote(own, q.window or q.quote, q.page)]
            if q.date_year and odate and not _agrees(q, odate):
                flags.append(make_flag(
                    "cross_meeting_date_mismatch", "error", own.info.doc_id,
                    f"Meeting {q.ordinal} is dated '{short(q.date_quote or '')}' here (p. {q.date_page or q.page}), but its own "
                    f"report ({_where(other)}) dates it '{short(om.date_as_written or om.date or '')}'",
                    quotes + [_quote(own, q.date_quote or "", q.date_page)] + _meeting_quote(other, docs),
                    CHECK, page=q.page))
                continue
            window = fold(q.window)
            if om.place and fold(om.place) not in window:
                wrong = [p for p in places if p != fold(om.place) and re.search(rf"\b{re.escape(p)}\b", window)]
                if wrong:
                    flags.append(make_flag(
                        "cross_meeting_date_mismatch", "error", own.info.doc_id,
                        f"Meeting {q.ordinal} is placed in {wrong[0].title()} here (p. {q.page}), but its own "
                        f"report ({_where(other)}) places it in {om.place}",
                        quotes + _place_quote(other, docs), CHECK, page=q.page))
    return flags


def _place_quote(ex: Extraction, docs: dict[str, Document]) -> list[Evidence]:
    m = ex.meeting
    doc = docs.get(ex.info.doc_id)
    if m is None or not m.place:
        return []
    if doc is not None:
        found = verbatim(doc, m.place, m.prov.start)
        if found:
            return [evidence(doc, found[1], found[1] + len(found[0]))]
    return [Evidence(quote=m.place, doc_id=ex.info.doc_id, page=m.prov.page, file_name=ex.info.file_name)]


# -------------------------------------------------------------------- amounts


_BUDGET_CATEGORIES = ("budget_adopted", "budget")


def _parts(ex: Extraction) -> set[tuple[int, int]]:
    return {(p.prov.start, p.prov.end) for s in ex.sums for p in s.parts}


def _figures(ex: Extraction, year: int, currency: str) -> list[Amount]:
    """The budget figures a report gives for ``year`` (totals, not their parts)."""
    parts = _parts(ex)
    return [a for a in ex.amounts if a.year == year and a.currency == currency
            and a.category in _BUDGET_CATEGORIES and (a.prov.start, a.prov.end) not in parts]


def _adopted_in(ex: Extraction, year: int) -> bool:
    """Whether the report records adopting the budget of ``year``."""
    y = str(year)
    for d in ex.decisions:
        said = fold(f"{d.subject or ''} {d.text}")
        if y in said and any(t in said for t in lex("year_topics")):
            return True
    return any(a.year == year and a.category == "budget_adopted" for a in ex.amounts)


@functools.cache
def _budget_words() -> tuple[str, ...]:
    """The budget noun of every language (the amounts lexicon's budget category)."""
    return tuple(sorted({fold(w) for lang in languages()
                         for w in words(lang, "amounts", "categories").get("budget", ())}))


def _quoted_budgets(ex: Extraction) -> list[Amount]:
    """Amounts a report gives as a year's adopted budget: so categorised, or a budget
    figure in a sentence that decides; a figure of no category counts only where its
    sentence names a budget (an item's cost "for 2024" in a sentence approving a
    document is no budget quoted)."""
    decided = lex_pattern("decision_stems", right="")
    parts = _parts(ex)
    out = []
    for a in ex.amounts:
        if a.year is None or (a.prov.start, a.prov.end) in parts:
            continue
        said = fold(a.sentence)
        budget = a.category == "budget" or (a.category is None and any(w in said for w in _budget_words()))
        if a.category == "budget_adopted" or (budget and decided.search(said)):
            out.append(a)
    return out


def cross_meeting_amount_mismatch(extractions: Sequence[Extraction], docs: dict[str, Document]) -> list[Flag]:
    """A past year's adopted budget quoted at a figure its adopting report does not give."""
    flags = []
    for own in extractions:
        when = _date(own.meeting) if own.meeting else None
        for a in _quoted_budgets(own):
            for other in extractions:
                om = other.meeting
                if other.info.doc_id == own.info.doc_id or om is None or not _adopted_in(other, a.year):
                    continue
                if own.meeting and not _same_body(own.meeting, om):
                    continue
                if when and _date(om) and _date(om) >= when:
                    continue
                figures = _figures(other, a.year, a.currency)
                slack = max(0.005 * abs(a.value), precision(a))
                if not figures or any(abs(f.value - a.value) <= slack for f in figures):
                    continue
                best = max(figures, key=lambda f: f.value)
                flags.append(make_flag(
                    "cross_meeting_amount_mismatch", "error", own.info.doc_id,
                    f"The {a.year} budget is quoted as {a.text} here (p. {a.prov.page}), but the report that adopted "
                    f"it ({other.info.file_name}, p. {best.prov.page}) gives {best.text}",
                    _amount_evidence(own, a, docs) + _amount_evidence(other, best, docs),
                    CHECK, page=a.prov.page))
                break
    return flags


def _amount_evidence(ex: Extraction, a: Amount, docs: dict[str, Document]) -> list[Evidence]:
    doc = docs.get(ex.info.doc_id)
    if doc is not None:
        found = verbatim(doc, a.text, a.prov.start)
        if found:
            return [evidence(doc, found[1], found[1] + len(found[0]))]
    return [Evidence(quote=a.text, doc_id=ex.info.doc_id, page=a.prov.page, file_name=ex.info.file_name)]


# ------------------------------------------------------------------ decisions


def cross_meeting_decision_mismatch(extractions: Sequence[Extraction], docs: dict[str, Document]) -> list[Flag]:
    """"The 2021 roadmap adopted at the sixth meeting" when the sixth meeting's report
    records decisions but none on the 2021 roadmap."""
    decided = lex_pattern("decision_stems", right="")
    flags = []
    for own in extractions:
        if own.meeting is None or own.meeting.ordinal is None:
            continue
        for q in quoted_meetings(own, docs):
            if q.ordinal >= own.meeting.ordinal:
                continue
            other = _target(q, own, extractions)
            if other is None or not other.decisions:
                continue
            if not decided.search(fold(q.sentence)):
                continue
            f = folded(q.sentence)
            for m, a, b in f.finditer(_topic_year()):
                topic, year = " ".join(m.group("topic").split()), m.group("year")
                if any(topic in fold(f"{d.subject or ''} {d.text}") and year in f"{d.subject or ''} {d.text}"
                       for d in other.decisions):
                    continue
                flags.append(make_flag(
                    "cross_meeting_decision_mismatch", "warning", own.info.doc_id,
                    f"'{short(q.sentence[a:b])}' (p. {q.page}) is said to be decided at meeting {q.ordinal}, "
                    f"but its report ({_where(other)}) records no such decision",
                    [_quote(own, q.sentence[a:b], q.page), _quote(own, q.sentence, q.page)], CHECK))
    return flags


# ---------------------------------------------------------------------- roles


def _meeting_key(ex: Extraction) -> tuple | None:
    m = ex.meeting
    if m is None:
        return None
    if m.body and m.ordinal is not None:
        return fold(m.body), m.ordinal
    return (m.meeting_id,)


def cross_role_mismatch(extractions: Sequence[Extraction], docs: dict[str, Document]) -> list[Flag]:
    """One person with two standing roles in two reports of the same meeting."""
    groups: dict[tuple, list[Extraction]] = defaultdict(list)
    for e in extractions:
        key = _meeting_key(e)
        if key is not None:
            groups[key].append(e)
    flags = []
    for group in groups.values():
        if len({e.info.doc_id for e in group}) < 2:
            continue
        interventions = [i for e in group for i in e.interventions]
        texts = {k: d.text for k, d in docs.items()}
        for a, b in clashing_roles(interventions, texts if docs else None):
            if a.doc_id == b.doc_id:
                continue
            flags.append(make_flag(
                "role_mismatch", "warning", b.doc_id,
                f"{short(b.name_as_written, 40)} is '{short(b.role or '', 40)}' here (p. {b.page}) but "
                f"'{short(a.role or '', 40)}' in another report of the same meeting "
                f"({_file_of(a, docs)}, p. {a.page})",
                _role_evidence(b, docs) + _role_evidence(a, docs), CHECK, page=b.page))
    return flags


def _file_of(i, docs: dict[str, Document]) -> str:
    doc = docs.get(i.doc_id)
    return doc.file_name if doc is not None else i.doc_id


def _role_evidence(i, docs: dict[str, Document]) -> list[Evidence]:
    doc = docs.get(i.doc_id)
    if doc is not None:
        return role_quote(doc, i)
    return [Evidence(quote=i.name_as_written, doc_id=i.doc_id, page=i.page)]


# ---------------------------------------------------------------------- entry


CROSS = (meeting_order_mismatch, quoted_meeting_mismatch, cross_meeting_amount_mismatch,
         cross_meeting_decision_mismatch, cross_role_mismatch)


def extractions_to_cross_flags(extractions: Sequence[Extraction],
                               documents: Documents = None) -> tuple[Flag, ...]:
    """Flags comparing reports with each other. ``documents`` (by doc_id, or a sequence)
    lets checks read what a report says of other meetings and quote it verbatim."""
    docs = _by_id(documents)
    usable = [e for e in extractions if e.info.status == "ok"]
    seen: dict[str, Flag] = {}
    for check in CROSS:
        for flag in check(usable, docs):
            seen.setdefault(flag.flag_id, flag)
    return tuple(sorted(seen.values(), key=lambda f: (f.doc_id, f.page, f.kind, f.flag_id)))

