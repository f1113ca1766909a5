"""Year-bound subjects ("budget", "feuille de route", "work plan", "informe anual") given a
year their section contradicts: half of ``year_mismatch``.

Within one section, a decision adopting the "Feuille de route 2021" under the heading
"Feuille de route 2022" (when nothing else there speaks of 2021's), or a forecast
("budget prévisionnel pour 2023") for another year than the section's decisions. A
subject is named either way round ("budget 2024", "the 2024 budget").

Sections are the layout's headings and, so the check does not depend on one rendering,
the title lines the text itself shows ("3. Feuille de route 2022" on a line of its own),
whatever their type. A heading's scope is set by level, not by the next heading: it holds
the sub-items nested under it ("1. Core Facility I" in body type under a bold or larger
heading, or a list numbered afresh), except where a nested heading names the subject itself. A past year recalled in the next year's section ("Although the 2023
budget had been adopted at 900 k€", "avait été adopté l'an dernier") is not a slip: the
lexicon's ``recall_markers`` say so. Target years ("cibles 2030") are never subjects.
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from pipeline.checks.common import (NAME, VERSION, evidence, folded, heading_end, lex, lex_pattern,
                                    make_flag, month_numbers, quoted, sections_of)
from pipeline.checks.dates import dates_in
from pipeline.checks.meetings import mentions_in
from pipeline.patterns import alternation
from pipeline.records import Document, Extraction, Flag, Section
from pipeline.text import SpanSet, blank_line_after, fold, sentence_at

CHECK = f"{NAME}.years@{VERSION}"
YEAR = r"(?P<year>(?:19|20)\d\d)(?![\d-])"
_SPACE = r"(?:[ \t,]|\n(?![ \t]*\n))"     # a space, comma or line break, not a blank line


@functools.cache
def _topic_year() -> re.Pattern[str]:
    """A year-bound subject followed within four words by a year ("budget annuel pour 2021")."""
    topics = alternation(lex("year_topics"))
    return re.compile(rf"\b(?P<topic>{topics})\b(?P<gap>(?:[\s,]+[^\W\d]+(?:'[^\W\d]+)?'?){{0,4}}?)[\s:]*{YEAR}")


@functools.cache
def _topic_fiscal_year() -> re.Pattern[str]:
    """A year-bound subject whose year comes later in its clause as a financial year
    ("el Presupuesto General del Ayuntamiento de X para el ejercicio 2024", "the budget of
    the Association for the financial year 2024"): up to ten words between, no stop."""
    topics, fiscal = alternation(lex("year_topics")), alternation(lex("fiscal_year_words"))
    return re.compile(rf"\b(?P<topic>{topics})\b(?P<gap>(?:{_SPACE}+[^\W\d]+(?:[-'][^\W\d]+)*'?){{0,10}}?)"
                      rf"(?:{_SPACE}+|(?<='))\b{fiscal}{_SPACE}+{YEAR}")


@functools.cache
def _year_topic() -> re.Pattern[str]:
    """A year written right before its subject ("the 2023 work plan", "2024 budget"), not
    the end of a range ("2022-2023 budget")."""
    topics = alternation(lex("year_topics"))
    return re.compile(rf"(?<![\d/–-])(?<![\d/–-] )\b{YEAR}[ \t]+(?P<topic>{topics})\b(?P<gap>)")


@functools.cache
def _period_end() -> re.Pattern[str]:
    """A financial period named by its closing date ("the year ended 31 December 2023",
    "l'exercice clos le 31 décembre 2023"): a year-bound subject of its own."""
    day = rf"\d{{1,2}}(?:{alternation(lex('quoted_ordinal_suffixes'))})?"
    month = alternation(month_numbers())
    small = r"(?:[^\W\d]{1,2}\s+)?"           # "31 de diciembre de 2023"
    return re.compile(rf"\b(?P<topic>{alternation(lex('period_end_words'))})(?P<gap>)\s+"
                      rf"(?:{day}\s+{small}{month}|{month}\s+{day},?)\s+{small}{YEAR}")


@functools.cache
def _ranges() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A subject with a span of years, either way round ("2025-2026 Capital Program",
    "budget 2025–2026", "the 2024-25 plan"): one label, compared only with other spans."""
    topics = alternation(lex("year_topics"))
    span = r"(?P<year>(?:19|20)\d\d)[ \t]*[-–][ \t]*(?P<end>(?:19|20)\d\d|\d\d)(?![\d/–-])"
    return (re.compile(rf"(?<![\d/–-])\b{span}[ \t]+(?P<topic>{topics})\b(?P<gap>)"),
            re.compile(rf"\b(?P<topic>{topics})\b(?P<gap>(?:[\s,]+[^\W\d]+(?:'[^\W\d]+)?'?){{0,4}}?)[\s:]*{span}"))


@functools.cache
def _time_preposition() -> re.Pattern[str]:
    """A time preposition right before a year ("In 2023 budget lines were ...", "En 2023
    les lignes budgétaires ..."): the year dates the sentence, it does not name a subject
    (with a determiner, "in the 2023 budget", it does)."""
    return re.compile(rf"(?i)(?:^|\W)(?:{alternation(lex('year_date_prepositions'))})[ \t]+$")


def _year_topics_not_dated(f, start: int, end: int) -> list:
    return [(m, a, b) for m, a, b in f.finditer(_year_topic(), start, end)
            if not _time_preposition().search(m.string, max(0, m.start() - 40), m.start())]


def subject_years_in(f, start: int, end: int) -> list[tuple[re.Match[str], int, int]]:
    """Every "subject + year" (either order) in the folded view ``f`` between original
    offsets, each once (the longest reading at a place)."""
    found = [*f.finditer(_topic_year(), start, end), *_year_topics_not_dated(f, start, end),
             *(hit for p in _ranges() for hit in f.finditer(p, start, end)),
             *f.finditer(_topic_fiscal_year(), start, end),
             *f.finditer(_period_end(), start, end)]
    out: list[tuple[re.Match[str], int, int]] = []
    for m, a, b in sorted(found, key=lambda x: (x[1], -x[2])):
        if not any(a < ob and oa < b for _, oa, ob in out):
            out.append((m, a, b))
    return out


@dataclass(frozen=True)
class TopicYear:
    """One "subject + year" in a section: which subject, which year, where, and how the
    sentence uses it."""
    topic: str
    year: int
    start: int
    end: int
    in_heading: bool
    decision: bool
    forecast: bool
    until: int | None = None        # the span's last year ("2025-2026": 2026)

    @property
    def key(self) -> tuple[str, bool]:
        """What is compared: the subject, and whether it is named by a span of years."""
        return self.topic, self.until is not None

    @property
    def label(self) -> str:
        return f"{self.year}-{self.until}" if self.until else str(self.year)


def _until(m: re.Match[str]) -> int | None:
    """The last year of a span as written ("2026", "26" after 2025)."""
    end = m.groupdict().get("end")
    if not end:
        return None
    return int(end) if len(end) == 4 else int(m.group("year")) // 100 * 100 + int(end)


def topic_years(doc: Document, section: Section,
                decision_spans: SpanSet | tuple[tuple[int, int], ...] = ()) -> list[TopicYear]:
    """Every year-bound subject with a year in ``section`` (its heading included). A
    mention is decided when it stands in a decision the extractor found ("Se aprobó el
    plan 2023", not "el presupuesto 2023, aprobado en 2022, se ejecutó"); with no
    decisions to go by, when its sentence holds a decision verb."""
    f = folded(doc.text)
    decision_spans = decision_spans if isinstance(decision_spans, SpanSet) else SpanSet(decision_spans)
    body_start = heading_end(doc, section)
    decided = lex_pattern("decision_stems", right="")
    forecasts = set(lex("forecast_words"))
    targets = set(lex("target_words"))
    out = []
    for m, a, b in subject_years_in(f, section.start, section.end):
        gap_words = set(re.findall(r"[^\W\d]+", m.group("gap")))
        if gap_words & targets:
            continue
        in_heading = a < body_start
        sent = sentence_at(doc.text, a) if not in_heading else None
        sent_fold = fold(sent.text) if sent else ""
        decision = bool(sent) and ((a in decision_spans) if decision_spans
                                   else bool(decided.search(sent_fold)))
        out.append(TopicYear(" ".join(m.group("topic").split()), int(m.group("year")), a, b,
                             in_heading, decision, bool(gap_words & forecasts), _until(m)))
    return out


@dataclass(frozen=True)
class _Topic:
    """What a topic's mentions in one section say, counted once (a dense report gives one
    subject thousands of mentions: never compare each with every other)."""
    mentions: list[TopicYear]
    heading_years: frozenset[int]
    body_year_count: Counter
    decided_years: frozenset[int]

    @classmethod
    def of(cls, ms: list[TopicYear]) -> "_Topic":
        body = [o for o in ms if not o.in_heading]
        return cls(ms, frozenset(o.year for o in ms if o.in_heading), Counter(o.year for o in body),
                   frozenset(o.year for o in body if o.decision))


@dataclass(frozen=True)
class OwnMeeting:
    """What a report says of its own meeting that tells a recall from a decision: its
    year and month, and where the text names an earlier meeting ("lors de la 7e réunion")."""
    held: tuple[int, int] | None = None
    ordinal: int | None = None

    @classmethod
    def of(cls, ex: Extraction) -> "OwnMeeting":
        m = ex.meeting
        date = m.date if m else None
        held = (int(date[:4]), int(date[5:7])) if date and re.match(r"\d{4}-\d{2}", date) else None
        return cls(held, m.ordinal if m else None)


def _why(doc: Document, t: TopicYear, topic: _Topic, meeting: OwnMeeting = OwnMeeting()) -> str | None:
    """Why the mention ``t`` contradicts its section, or None when it does not."""
    heading_years = topic.heading_years
    alone = topic.body_year_count[t.year] == 1      # no other mention gives its year
    years = lambda ys: "/".join(sorted({o.label for o in topic.mentions if o.year in ys}))   # noqa: E731
    if t.decision and not t.forecast and heading_years and t.year not in heading_years \
            and alone and not _said_in(doc, t, "revision_words") \
            and not (t.year < max(heading_years) and (_said_in(doc, t, "recall_markers")
                                                      or _dated_before(doc, t, meeting.held, heading_years)
                                                      or _names_earlier_meeting(doc, t, meeting))) \
            and not any(o.year in heading_years and not o.in_heading and _same_sentence(doc, o, t)
                        for o in topic.mentions if o is not t):
        return f"the section's heading and text are about the {t.topic} {years(heading_years)}"
    if t.forecast and not t.decision:
        decided = topic.decided_years       # t itself is no decision, so not among them
        if decided and alone and t.year not in decided | heading_years:
            return f"the section's decisions are about the {t.topic} {years(decided)}"
    return None


def _section_flags(doc: Document, mentions: list[TopicYear], meeting: OwnMeeting = OwnMeeting()) -> list[Flag]:
    flags = []
    by_topic: dict[tuple[str, bool], list[TopicYear]] = defaultdict(list)
    for t in mentions:
        by_topic[t.key].append(t)
    for ms in by_topic.values():
        topic = _Topic.of(ms)
        for t in (t for t in ms if not t.in_heading):
            why = _why(doc, t, topic, meeting)
            if not why:
                continue
            ev = evidence(doc, t.start, t.end)
            context = [o for o in ms if o.year != t.year and (o.in_heading or o.decision)]
            sent = sentence_at(doc.text, t.start)
            quotes = [ev, evidence(doc, sent.start, sent.end)]
            quotes += [evidence(doc, o.start, o.end) for o in context[:3]]
            other = f" ({', '.join(quoted(q) for q in quotes[2:])})" if context else ""
            flags.append(make_flag(
                "year_mismatch", "error", doc.doc_id,
                f"{quoted(ev)} says {t.label}, but {why}{other}", quotes, CHECK, page=ev.page))
    return flags


def _said_in(doc: Document, t: TopicYear, key: str) -> bool:
    """The sentence of ``t`` holds a word of lexicon ``key`` (revision: it revises or
    executes that year's item; recall: it recalls a past adoption)."""
    sent = fold(sentence_at(doc.text, t.start).text)
    if key == "revision_words":
        sent = lex_pattern("revision_idioms").sub(" ", sent)
    return bool(lex_pattern(key).search(sent))


def _dated_before(doc: Document, t: TopicYear, held: tuple[int, int] | None, heading_years) -> bool:
    """The sentence of ``t`` dates what it tells before this meeting (or before the year
    its section is about): "approved in December 2023", "se aprobó en diciembre de 2022"
    recall a past adoption, they are no decision of this meeting."""
    limit = held or (max(heading_years), 1)
    sent = sentence_at(doc.text, t.start)
    subjects = [(a, b) for _, a, b in subject_years_in(folded(sent.text), 0, len(sent.text))]
    return any((d.year, d.month) < limit for d in dates_in(sent.text)      # "year ended 31 …"
               if not any(a < d.end and d.start < b for a, b in subjects))   # is a subject


def _names_earlier_meeting(doc: Document, t: TopicYear, meeting: OwnMeeting) -> bool:
    """The sentence of ``t`` says the adoption was at an earlier meeting ("adopté lors de
    la 7e réunion", "at its 7th meeting the Board adopted"): a recall, not a decision."""
    own = meeting.ordinal
    return bool(own) and any(m.ordinal < own for m in mentions_in(sentence_at(doc.text, t.start).text))


def _same_sentence(doc: Document, a: TopicYear, b: TopicYear) -> bool:
    return sentence_at(doc.text, a.start).start == sentence_at(doc.text, b.start).start


def topic_year_vs_section(doc: Document, ex: Extraction) -> list[Flag]:
    """Subjects given a year their section contradicts (see module docstring), each
    mention flagged once whether its section is a leaf, a heading with its nested
    sub-items or a title line's, and judged by the innermost heading naming its subject."""
    spans = SpanSet(_decided_spans(doc, ex))
    meeting = OwnMeeting.of(ex)
    found = [(s, topic_years(doc, s, spans)) for s in leaf_sections(doc, ex)]
    found += [(s, [t for t in ms if t.key in _heading_topics(ms)])     # its heading's subjects only
              for s in heading_scopes(doc, ex) for ms in [topic_years(doc, s, spans)]]
    found += [(s, topic_years(doc, s, spans)) for s in title_scopes(doc, ex)]
    heads = [(s, _heading_topics(ms)) for s, ms in found if _heading_topics(ms)]
    flags: dict[str, Flag] = {}
    for s, ms in found:
        body = heading_end(doc, s)
        inner = [(h, topics) for h, topics in heads if body <= h.start < s.end]
        ms = [t for t in ms if t.in_heading or not any(
            h.start <= t.start < h.end and t.key in topics for h, topics in inner)]
        for flag in _section_flags(doc, ms, meeting):
            flags.setdefault(flag.evidence[0].quote + str(flag.evidence[0].page), flag)
    return list(flags.values())


def _decided_spans(doc: Document, ex: Extraction) -> list[tuple[int, int]]:
    """The decisions' spans; one that announces its points ("… el siguiente ACUERDO:",
    "the Council resolved as follows:") reaches over the paragraph after it, the points
    it announces ("PRIMERO. Aprobar …")."""
    out = []
    for d in ex.decisions:
        if d.doc_id != doc.doc_id:
            continue
        start, end = d.prov.start, d.prov.end
        if doc.text[start:end].rstrip().endswith(":"):
            body = re.match(r"\s*", doc.text[end:]).end() + end
            nxt = blank_line_after(doc.text, body)
            end = len(doc.text) if nxt < 0 else nxt
        out.append((start, end))
    return out


def _heading_topics(mentions: list[TopicYear]) -> frozenset[tuple[str, bool]]:
    return frozenset(t.key for t in mentions if t.in_heading)


# ------------------------------------------------------------------- sections


def leaf_sections(doc: Document, ex: Extraction) -> list[Section]:
    """Sections cut at the next heading, each absorbing the run-in subsections that follow
    it ("Discussion :"), so a line counts once and a discussion stays with its subject
    (the whole text as one section when there are none)."""
    sections = sorted(sections_of(doc, ex.sections), key=lambda s: (s.start, -s.end))
    if not sections:
        return [Section("", 1, 0, len(doc.text))]
    out: list[Section] = []
    for i, s in enumerate(sections):
        nxt = sections[i + 1].start if i + 1 < len(sections) else len(doc.text)
        end = max(s.start, min(s.end, nxt) if nxt > s.start else s.end)
        if out and _run_in(s):
            last = out[-1]
            out[-1] = Section(last.heading, last.page, last.start, max(last.end, end),
                              last.level, last.language)
            continue
        out.append(Section(s.heading, s.page, s.start, end, s.level, s.language))
    return out


def heading_scopes(doc: Document, ex: Extraction) -> list[Section]:
    """Layout sections reaching past their first nested sub-item ("Budget 2022" in bold,
    then "1. Fonctionnement" in body type), each to the end its level gives it, over the
    run-in parts that follow: the heading governs its sub-items, which a leaf misses."""
    sections = sorted(sections_of(doc, ex.sections), key=lambda s: (s.start, -s.end))
    leaf_end = {s.start: s.end for s in leaf_sections(doc, ex)}
    out = []
    for s in sections:
        if _run_in(s) or s.start not in leaf_end:
            continue
        end = s.end
        for r in sections:
            if _run_in(r) and r.start == end:
                end = max(end, r.end)
        if end > leaf_end[s.start]:
            out.append(Section(s.heading, s.page, s.start, end, s.level, s.language))
    return out


def _run_in(section: Section) -> bool:
    """A short heading ending in a colon ("Discussion :") labels part of the section above."""
    heading = section.heading.strip()
    return heading.endswith(":") and len(heading.split()) <= 3


_NUMBERING = re.compile(r"^\s*(?P<n>\d{1,2})(?:\.\d{1,2})*[.)]?\s+|^\s*[IVX]{1,4}[.)]\s+")
_ENDS_SENTENCE = re.compile(r"[.:;!?)»\"]\s*$")


@dataclass(frozen=True)
class _Line:
    start: int
    end: int
    text: str


def _lines(text: str) -> list[_Line]:
    out, pos = [], 0
    for raw in text.split("\n"):
        out.append(_Line(pos, pos + len(raw), raw))
        pos += len(raw) + 1
    return out


def _is_title(lines: list[_Line], i: int) -> bool:
    """A line standing on its own (after a blank or a finished sentence, before a blank or
    a capitalised line), short, unpunctuated at its end, and naming a subject and a year
    with few other words: "3. Feuille de route 2022", "WORK PLAN 2024", "Budget 2021"."""
    line = lines[i].text.strip()
    if not line or len(line.split()) > 10 or re.search(r"[.,;]$", line):
        return False
    prev = lines[i - 1].text.strip() if i else ""
    nxt = lines[i + 1].text.strip() if i + 1 < len(lines) else ""
    if prev and not _ENDS_SENTENCE.search(prev):
        return False
    if nxt and not (nxt[:1].isupper() or nxt[:1].isdigit() or nxt[:1] in "-–•▪"):
        return False
    body = fold(_NUMBERING.sub("", line))
    if lex_pattern("decision_stems", right="").search(body):
        return False
    found = subject_years_in(folded(body), 0, len(body))
    if not found:
        return False
    m, a, b = found[0]
    return len(body[:a].split()) <= 3 and len(body[b:].split()) <= 5


def title_scopes(doc: Document, ex: Extraction) -> list[Section]:
    """Sections opened by the title lines the text shows but the layout did not mark as
    headings, each running to the next title line, the next number of its own numbering
    ("3." ends at "4."), or the end of the layout section holding it: a sub-item nested in
    that section by its level ("1. Core Facility I" under a bold heading) does not end it."""
    lines = _lines(doc.text)
    sections = sections_of(doc, ex.sections)
    marked = {s.start for s in sections}
    titles = [i for i in range(len(lines)) if _is_title(lines, i)]
    out = []
    for k, i in enumerate(titles):
        line = lines[i]
        if any(m <= line.end and not doc.text[min(m, line.start):line.start].strip() for m in marked):
            continue                    # the layout's own heading (its span may open on the blank before)
        ends = [lines[titles[k + 1]].start] if k + 1 < len(titles) else []
        ends += [_enclosing_end(sections, line.end, len(doc.text))]
        ends += _next_number(lines, i)
        out.append(Section(line.text.strip(), doc.page_at(line.start), line.start, min(ends)))
    return out


def _enclosing_end(sections: tuple[Section, ...], offset: int, text_end: int) -> int:
    """Where the innermost layout section (not a run-in) holding ``offset`` ends; before
    any section, where the first top-level one starts."""
    holding = [s for s in sections if s.start <= offset < s.end and not _run_in(s)]
    if holding:
        return max(holding, key=lambda s: (s.start, -s.end)).end
    top = min((s.level for s in sections), default=1)
    return min((s.start for s in sections if s.start > offset and s.level == top), default=text_end)


def _next_number(lines: list[_Line], i: int) -> list[int]:
    """Where the next item of a numbered title's own list starts ("3." ends at "4."),
    unless a list numbered from 1 opens inside it first (its "4." is not the next title)."""
    number = _NUMBERING.match(lines[i].text)
    if not number or not number.group("n"):
        return []
    nxt = re.compile(rf"^\s*{int(number.group('n')) + 1}[.)]?\s")
    for line in lines[i + 1:]:
        if re.match(r"^\s*1[.)]\s", line.text):
            return []
        if nxt.match(line.text):
            return [line.start]
    return []
