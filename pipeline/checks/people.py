"""People checks: ``chair_mismatch`` and ``role_mismatch``.

Chair: the person who opens a meeting and the one who closes it should be the same,
unless the report records a hand-over ("cède la présidence", "took the chair") or says why
the opener did not close (left, ill, "a train to catch": an absence about the opener). A change
of chair does happen (a Vice-President steps in when the President leaves), so this is a
``warning`` a clerk confirms, not an ``error``: in the seed report the meeting is opened by
"M. Stéphane LE FOLL, Vice-Président" and closed by "la Vice-Présidente, Mme Gabrielle
BASTIEN" with no hand-over recorded, which a clerk would want to check.

Role: one person given two incompatible standing titles in the same report ("Trésorier"
and "Secrétaire exécutif"); acting roles ("Président du jour", "acting Chair") and one
title inside another ("Vice-Président" / "Vice-Président du Consortium") are not clashes.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from dataclasses import dataclass

from pipeline.checks.common import (NAME, VERSION, evidence, folded, lex, lex_as_written, lex_pattern,
                                    make_flag, quoted, short, verbatim)
from pipeline.lexicon import languages, words
from pipeline.patterns import NEVER, alternation
from pipeline.records import Document, Evidence, Extraction, Flag, Intervention
from pipeline.spaced import is_word_char, words_at
from pipeline.text import Span, fold, sentence_at

CHECK = f"{NAME}.people@{VERSION}"
_UP = "A-ZÀ-ÖØ-Ý"
_LOW = "a-zß-öø-ÿ"


@dataclass(frozen=True)
class NameMention:
    """A person's name as written, with its family name (folded) and span."""
    start: int
    end: int
    family: str


@functools.cache
def _name_pattern() -> re.Pattern[str]:
    hons = lex_as_written("quoted_name_honorifics")
    hon = "(?:" + ("|".join(re.escape(h) + (r"(?=\s)" if not h.endswith(".") else "") for h in hons)
                   or NEVER) + ")"
    given = rf"[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?"
    family_caps = rf"[{_UP}][{_UP}'’-]+(?:[ \t\n]+[{_UP}][{_UP}'’-]+)*\b"
    return re.compile(
        rf"(?:(?P<hon>{hon})[ \t\n]+)?(?P<given>(?:{given}[ \t\n]+){{0,2}})(?P<family>{family_caps})"
        rf"|(?P<hon2>{hon})[ \t\n]+(?P<names>(?:{given}[ \t\n]+){{0,2}}{given})")


def names_in(text: str, start: int, end: int) -> list[NameMention]:
    """Person names in ``text[start:end]``: honorific or given name + CAPITALISED family
    name ("M. Stéphane LE FOLL", "Paul LUU"), or honorific + capitalised names ("Mr. John Smith")."""
    out = []
    for m in _name_pattern().finditer(text, start, end):
        if m.group("family"):
            if not (m.group("hon") or m.group("given").strip()) or len(m.group("family")) < 2:
                continue
            family = m.group("family")
        else:
            family = m.group("names").split()[-1]
        out.append(NameMention(m.start(), m.end(), fold(family)))
    return out


def _chairs_from_phrase(doc: Document, phrases: str, last: bool,
                        rows: tuple[Intervention, ...] = ()) -> list[NameMention]:
    """The person named in the first (or last) sentence that opens (or closes) the
    meeting (a word of the lexicon key ``phrases`` and a meeting word in one sentence),
    with whoever the sentence joins to them ("ouverte par M. A et Mme B"): the first name
    after the verb, else the name (or joined names) nearest before it ("…, the Vice-Chair,
    Mr B, opened the meeting" names B, not the absent Chair named earlier). When the
    checks read no name there ("Chair Margaret Fennimore called the meeting to order"),
    the people the speakers extractor published in that sentence (``rows``) are used."""
    pattern = lex_pattern(phrases)
    meeting = lex_pattern("quoted_meeting_words")
    hits = list(folded(doc.text).finditer(pattern))
    for _, a, _ in (reversed(hits) if last else hits):
        sent = sentence_at(doc.text, a)
        if not meeting.search(fold(sent.text)):
            continue
        names = [n for n in names_in(doc.text, sent.start, sent.end) if not _is_title(doc.text[n.start:n.end])]
        names = names or _published_in(doc, rows, sent.start, sent.end)
        after = [n for n in names if n.start >= a]
        if after:
            return [after[0]] + _joined(doc, after)
        first = len(names) - 1
        while first > 0 and _joins(doc, names[first - 1], names[first]):
            first -= 1
        return names[first:] if names else []
    return []


def _published_in(doc: Document, rows: tuple[Intervention, ...], start: int, end: int) -> list[NameMention]:
    """The people the speakers extractor found in ``doc.text[start:end]`` whose name stands
    verbatim there, as name mentions in text order."""
    out = {}
    for i in rows:
        if start <= i.prov.start < end and doc.text[i.prov.start:i.prov.end] == i.name_as_written \
                and i.name_as_written.split() and not _role_word(i.name_as_written):
            out.setdefault(i.prov.start, NameMention(i.prov.start, i.prov.end,
                                                     fold(i.family_name or i.name_as_written.split()[-1])))
    return [out[k] for k in sorted(out)]


def _role_word(name: str) -> bool:
    """A row named by a role, not a person ("Chair", "the President", "Mme la Présidente")."""
    words = fold(name).split()
    return _is_title(name) or (len(words) == 1 and bool(role_titles(name) or _chair_re().fullmatch(words[0])))


def _joins(doc: Document, prev: NameMention, n: NameMention) -> bool:
    """Whether the text joins ``n`` to ``prev`` as co-chairs: a joining word ("et",
    "and", "y", "conjointement") within a few words and no clause end between."""
    gap = doc.text[prev.end:n.start]
    return len(gap.split()) <= 8 and not re.search(r"[.;:]", gap) \
        and bool(lex_pattern("co_chair_joiners").search(fold(gap) + " "))


def _joined(doc: Document, names: list[NameMention]) -> list[NameMention]:
    """The names after the first that the text joins to it as co-chairs."""
    out = []
    for prev, n in zip(names, names[1:]):
        if not _joins(doc, prev, n):
            break
        out.append(n)
    return out


@functools.cache
def _chair_re() -> re.Pattern[str]:
    """A chair title of any language (compiled once)."""
    return re.compile(rf"(?<![\w-]){alternation(lex('chair_words'))}\b")


def _chair_left(doc: Document, openers: list[NameMention], closers: list[NameMention],
                first: str = "", rows: tuple[Intervention, ...] = ()) -> bool:
    """The report says why someone else closes: a sentence says the chair left or is
    absent (a stem of ``chair_absence_stems``) about an opener. The stem is about the
    nearest named person (closers aside: they stayed to close) or bare chair title of its
    sentence; a bare title is the opener unless the opener is a vice-chair ("In the absence
    of the Chair, the Vice-Chair opened"). With no opener known (names read from
    interventions), any chair title in the sentence counts, or the name of ``first`` (the
    first chair read there) before the stem ("Sophie ayant dû quitter la réunion, la séance
    est levée par le vice-président")."""
    chair = _chair_re()
    f = folded(doc.text)
    idioms = [(x, y) for _, x, y in f.finditer(lex_pattern("chair_absence_idioms"))]
    for _, a, b in f.finditer(lex_pattern("chair_absence_stems", right="")):
        if any(x <= a < y for x, y in idioms):
            continue                    # "en l'absence d'objection": nobody is absent
        sent = sentence_at(doc.text, a)
        if not openers:
            if chair.search(fold(sent.text)) or (first and _named_before(doc, first, sent.start, a)):
                return True
            continue
        about = _nearest(_absence_candidates(doc, sent, chair, closers, rows), a, b)
        if about is None:       # no one read there: the opener's name before the stem
            if any(_named_before(doc, doc.text[o.start:o.end], sent.start, a) for o in openers):
                return True
            continue
        if about.family == "" and not _opened_by_vice_chair(doc, openers[0]) \
                or any(_same(doc, o, about) for o in openers if about.family):
            return True
    return False


def _named_before(doc: Document, name: str, start: int, at: int) -> bool:
    """``name`` (as written, or its last word) stands in ``doc.text[start:at]``."""
    before = fold(doc.text[start:at])
    return any(re.search(rf"(?<!\w){re.escape(fold(n))}(?!\w)", before) for n in {name, name.split()[-1]} if n)


def _absence_candidates(doc: Document, sent: Span, chair: re.Pattern[str],
                        closers: list[NameMention], rows: tuple[Intervention, ...] = ()) -> list[NameMention]:
    """Whom an absence in ``sent`` may be about: its named people (closers aside) and its
    chair titles not written beside a name (family "" for such a bare title)."""
    everyone = [n for n in names_in(doc.text, sent.start, sent.end) if not _is_title(doc.text[n.start:n.end])]
    everyone = everyone or _published_in(doc, rows, sent.start, sent.end)
    out = [n for n in everyone if not any(_same(doc, n, c) for c in closers)]
    for _, s, e in folded(sent.text).finditer(chair):
        s, e = sent.start + s, sent.start + e
        if not any(0 <= n.start - e <= 4 or 0 <= s - n.end <= 4 for n in everyone):
            out.append(NameMention(s, e, ""))
    return out


def _nearest(candidates: list[NameMention], a: int, b: int) -> NameMention | None:
    """The candidate closest to the span ``a``-``b`` (a stem), before or after it."""
    def distance(n: NameMention) -> int:
        return a - n.end if n.end <= a else max(0, n.start - b)
    return min(candidates, key=distance, default=None)


def _opened_by_vice_chair(doc: Document, opener: NameMention) -> bool:
    """The opener's name is written beside a vice-chair title ("the Vice-Chair, Mr B")."""
    sent = sentence_at(doc.text, opener.start)
    around = fold(doc.text[max(sent.start, opener.start - 30):min(sent.end, opener.end + 30)])
    return bool(lex_pattern("vice_chair_titles", left=r"(?<![\w-])").search(around))


def _is_title(name: str) -> bool:
    """"Mme la Présidente", "the Chair": an honorific before a role, not a name."""
    return bool(role_titles(re.sub(r"^\S+\s+", "", name)))


def _chairs_from_interventions(ex: Extraction) -> list[Intervention]:
    return sorted((i for i in ex.interventions if i.kind == "chairs"), key=lambda i: i.prov.start)


def _same(doc: Document, a: NameMention, b: NameMention) -> bool:
    return a.family == b.family or a.start == b.start or \
        same_person(doc.text[a.start:a.end], doc.text[b.start:b.end])


def chair_mismatch(doc: Document, ex: Extraction) -> list[Flag]:
    """The chair at the opening is not the chair at the closing (a warning), unless the
    report records a hand-over, says the chair left or was absent, or names the closer
    among those who opened the meeting together."""
    if lex_pattern("handover_phrases", right="").search(folded(doc.text).text):
        return []
    openers = _chairs_from_phrase(doc, "opening_phrases", last=False, rows=ex.interventions)
    closers = _chairs_from_phrase(doc, "closing_phrases", last=True, rows=ex.interventions)
    if openers and closers:
        closer = closers[0]
        if any(_same(doc, o, c) for o in openers for c in closers) or \
                _chair_left(doc, openers, closers, rows=ex.interventions):
            return []
        a, b = evidence(doc, openers[0].start, openers[0].end), evidence(doc, closer.start, closer.end)
        return [_chair_flag(doc, a, b)]
    chairs = _chairs_from_interventions(ex)
    if len(chairs) >= 2 and _family(chairs[0]) != _family(chairs[-1]) \
            and not same_person(chairs[0].name_as_written, chairs[-1].name_as_written) \
            and not _chair_left(doc, [], [], chairs[0].name_as_written):
        return [_chair_flag(doc, _person_quote(doc, chairs[0]), _person_quote(doc, chairs[-1]))]
    return []


def same_person(a: str, b: str) -> bool:
    """Two names as written can be one person: the words of one (honorifics and initials
    aside) are all in the other ("Sra. Lucía" / "Sra. Lucía Ferrández Olmo")."""
    hons = _honorific_words()
    def tokens(name: str) -> set[str]:
        return {t for t in re.findall(r"[\w'-]+", fold(name)) if t not in hons and len(t) > 1}
    ta, tb = tokens(a), tokens(b)
    return bool(ta and tb) and (ta <= tb or tb <= ta)


@functools.cache
def _honorific_words() -> frozenset[str]:
    """Honorifics folded and without their period ("m", "mr", "sra")."""
    return frozenset(fold(h).rstrip(".") for h in lex_as_written("quoted_name_honorifics"))


def _chair_flag(doc: Document, a: Evidence, b: Evidence) -> Flag:
    return make_flag(
        "chair_mismatch", "warning", doc.doc_id,
        f"The meeting is opened by {quoted(a, 50)} but closed by {quoted(b, 50)}, "
        f"and the report records no hand-over of the chair",
        [a, b], CHECK, page=b.page)


def _family(i: Intervention) -> str:
    return i.person_id or fold(i.family_name or i.name_as_written.split()[-1])


def _person_quote(doc: Document, i: Intervention) -> Evidence:
    span = doc.text[i.prov.start:i.prov.end]
    if span.strip():
        return evidence(doc, i.prov.start, i.prov.end)
    found = verbatim(doc, i.name_as_written, i.prov.start)
    if found:
        return evidence(doc, found[1], found[1] + len(found[0]))
    return Evidence(quote=i.name_as_written, doc_id=doc.doc_id, page=i.prov.page, file_name=doc.file_name)


# ----------------------------------------------------------------------- roles


@functools.cache
def _titles() -> tuple[tuple[re.Pattern[str], str], ...]:
    """(pattern of a folded form, canonical) of every role title, longest form first."""
    out = []
    for lang in languages():
        for forms in words(lang, "checks", "role_titles"):
            for f in forms:
                out.append((fold(f), fold(forms[0])))
    ordered = sorted(set(out), key=lambda t: (-len(t[0]), t))
    return tuple((re.compile(rf"(?<![\w-]){re.escape(form)}(?![\w-])"), canonical)
                 for form, canonical in ordered)


def role_titles(role: str) -> frozenset[str]:
    """Canonical standing titles in ``role`` (empty for an acting role)."""
    text = fold(role)
    if lex_pattern("acting_markers").search(text):
        return frozenset()
    found = set()
    for pattern, canonical in _titles():
        if pattern.search(text):
            found.add(canonical)
            text = pattern.sub(" ", text)
    return frozenset(found)


def person_key(i: Intervention) -> str:
    """Who an intervention is about: its resolved person, else its folded family name."""
    return i.person_id or fold(i.family_name or i.name_as_written)


def role_beside_name(text: str, i: Intervention) -> bool:
    """Whether the role is written right beside the name ("NAME, ROLE", "NAME (ROLE)",
    "ROLE, NAME"), so the text itself gives it (extracted roles can be misattributed)."""
    tokens = (i.role or "").split()
    if not tokens or not text[i.prov.start:i.prov.end].strip() or re.search(r"[()]", i.role or ""):
        return False
    after = text[i.prov.end:i.prov.end + len(i.role or "") + 8]
    before = text[max(0, i.prov.start - len(i.role or "") - 12):i.prov.start]
    # the role's words are compared in Python: a pattern of them would be compiled per role
    lead = _ROLE_LEAD.match(after)
    end = words_at(after, tokens, lead.end(), len(after)) if lead else -1
    if end >= 0 and not (end < len(after) and is_word_char(after[end])):
        return True
    at = before.find(tokens[0])
    while at >= 0:
        end = words_at(before, tokens, at, len(before))
        if end >= 0 and not (at and (is_word_char(before[at - 1]) or before[at - 1] == "(")) \
                and _role_tail().match(before, end):
            return True
        at = before.find(tokens[0], at + 1)
    return False


_ROLE_LEAD = re.compile(r"\s*[,(–-]\s*")


@functools.cache
def _role_tail() -> re.Pattern:
    """After a role, up to the name: a comma, an article as written ("Présidente, la")."""
    return re.compile(rf"\s*,?\s*(?:{alternation(lex_as_written('role_name_articles'))}\s+)?$")


def clashing_roles(interventions: list[Intervention],
                   texts: dict[str, str] | None = None) -> list[tuple[Intervention, Intervention]]:
    """Pairs of appearances of one person with disjoint standing titles (only roles the
    text writes beside the name, when ``texts`` by doc_id are given)."""
    by_person: dict[str, list[Intervention]] = defaultdict(list)
    for i in interventions:
        text = (texts or {}).get(i.doc_id)
        if text is not None and not role_beside_name(text, i):
            continue
        if i.role and role_titles(i.role):
            by_person[person_key(i)].append(i)
    out = []
    for items in by_person.values():
        first = items[0]
        for other in items[1:]:
            if not role_titles(first.role or "") & role_titles(other.role or ""):
                out.append((first, other))
                break
    return out


def role_quote(doc: Document, i: Intervention) -> list[Evidence]:
    """The person's name and role as written near the appearance."""
    out = [_person_quote(doc, i)]
    found = verbatim(doc, i.role or "", i.prov.start)
    if found and abs(found[1] - i.prov.start) < 400:
        out.append(evidence(doc, found[1], found[1] + len(found[0])))
    return out


def role_mismatch(doc: Document, ex: Extraction) -> list[Flag]:
    """One person given two different standing roles in the same report."""
    flags = []
    mine = [i for i in ex.interventions if i.doc_id == doc.doc_id]
    for a, b in clashing_roles(mine, {doc.doc_id: doc.text}):
        flags.append(make_flag(
            "role_mismatch", "warning", doc.doc_id,
            f"{short(a.name_as_written, 40)} is '{short(a.role or '', 40)}' (p. {a.page}) "
            f"but '{short(b.role or '', 40)}' (p. {b.page})",
            role_quote(doc, a) + role_quote(doc, b), CHECK, page=b.page))
    return flags
