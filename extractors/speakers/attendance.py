"""Attendance lists and roll calls: who attends, who is excused, who is absent.

A list opens with a heading ("Présents :", "Members present", "Apologies", "Regrets",
"Asistentes:", "Ausentes con excusa:", "AYES:", a numbered "19.03.1 Apologies" on its own
line, "Étaient présents pour représenter l'amicale :"), with a phrase in running text
("con la presencia de", "en présence de", "apologies were received from"), or ends with
one ("Daniel, Braden and Sri were in attendance"). Its status comes from the words of its
opener (the longest excused or absent phrase in it; attends otherwise); an item carrying a
proxy marker ("Mme X (pouvoir à M. Y)") is excused, the holder of the proxy attends. A
roll-call or attendance table gives the status of each row from its last status word
("Robert Sherrard  Commissioner  Present", "AGUAD, Oscar  UCR  Córdoba  AFIRMATIVO").
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from extractors.speakers.acts import _first_verb
from extractors.speakers.names import (LO, UP, NameMatch)
from extractors.speakers.roles import _role_re
from extractors.speakers.vocabulary import _conjunctions, _honorifics, _role_words
from pipeline.lexicon import words
from pipeline.patterns import alternation, compiled, fold_keep
from pipeline.text import fold, sentences

ATTENDS, EXCUSED, ABSENT = "attends", "excused", "absent"


@dataclass(frozen=True)
class Segment:
    """The text of one attendance list and the status of the people in it."""
    start: int
    end: int
    status: str
    heading: bool          # opened by a heading (its names never act), not by a phrase
    bare_ok: bool          # bare single words are family names here ("ABSENT: Hernandez")
    row: bool = False      # a table row: only its first cell names someone
    vote: bool = False     # a vote list ("AYES:"): its bare words are family names


# ------------------------------------------------------------------ vocabulary


def _folded(lang: str, key: str) -> list[str]:
    return [fold(w) for w in words(lang, "people", key)]


@functools.cache
def _status_words(lang: str) -> tuple[tuple[re.Pattern, str], ...]:
    """(pattern of a folded phrase, status) of the excused and absent phrases and of the
    attends phrases that hold one, longest first, compiled once per language."""
    pairs = [(w, EXCUSED) for w in _folded(lang, "attendance_excused")]
    pairs += [(w, ABSENT) for w in _folded(lang, "attendance_absent")]
    pairs += [(w, ATTENDS) for w in _folded(lang, "attendance_attends")]     # "présents ou représentés"
    return tuple((re.compile(rf"(?<![\w']){re.escape(w)}(?![\w'])"), status)
                 for w, status in sorted(set(pairs), key=lambda p: (-len(p[0]), p)))


def _status_of(opener: str, lang: str) -> str:
    """The status an opener gives: its longest excused or absent phrase, else attends."""
    f = fold(opener)
    for pattern, status in _status_words(lang):
        if pattern.search(f):
            return status
    return ATTENDS


@functools.cache
def _heading_re(lang: str) -> re.Pattern:
    """A heading opening a list, on folded text: a list marker or a number, the people it
    lists maybe ("Directors"), the heading words, up to eighty more characters, a colon;
    or the heading alone on its line."""
    heads = (_folded(lang, "attendance") + _folded(lang, "attendance_excused")
             + _folded(lang, "attendance_absent") + _folded(lang, "attendance_attends")
             + _folded(lang, "vote_lists"))
    alt = alternation(heads)
    return compiled(rf"^[ \t]*(?:[-–—•*+][ \t]*)?(?:[\divx]+(?:\.\d+)*[.)]?[ \t]+)?"
                    rf"(?:{_members_re(lang)}[ \t]+)?(?P<head>{alt})(?![\w'])(?:(?P<more>[^:\n]{{0,80}}?)[ \t]*[:：]|[ \t]*$)"
                    rf"|^[^:\n]{{0,120}}(?<![\w'])(?P<tail>{alt})[ \t]*[:：][ \t]*$", re.M)


@functools.cache
def _members_re(lang: str) -> str:
    """Who a heading lists, before its attendance word ("Directors present:", "Director
    absent:"): a role or a plural title, folded."""
    who = [fold(w) for w in words(lang, "people", "plural_honorifics")]
    who += [fold(w) + s for w in words(lang, "people", "roles") for s in ("", "s", "es")]
    return alternation(who)


@functools.cache
def _phrase_res(lang: str) -> tuple[re.Pattern, re.Pattern]:
    """Phrases opening a list in running text, and phrases closing one (folded)."""
    inline = alternation(_folded(lang, "attendance_inline"))
    after = alternation(_folded(lang, "attendance_after"))
    return (compiled(rf"(?<![\w']){inline}(?![\w'])"), compiled(rf"(?<![\w']){after}(?![\w'])"))


@functools.cache
def _plural_re(lang: str) -> re.Pattern:
    return compiled(rf"(?<![\w.]){alternation(words(lang, 'people', 'plural_honorifics'))}(?![\w])")


# ------------------------------------------------------------------ segments


def _heading_body_end(text: str, start: int, lang: str, stops: list[int]) -> int:
    """Where a heading's list ends: at its paragraph's end, the next heading, the end of
    its first sentence, a line with an act verb ("El secretario informó que ...") or a
    field that names no role ("Nombre de conseillers : 15")."""
    para = text.find("\n\n", start)
    end = len(text) if para < 0 else para
    end = min([end] + [s for s in stops if start < s < end])
    first = sentences(text, start, end)
    i = 0
    while i + 1 < len(first) and (_INITIALS_END.search(first[i].text)
                                  or _ends_on_honorific(first[i].text, lang)):
        i += 1                       # "R.I. Pienaar", "Dña. Elena": no sentence of a list ends there
    if first:
        end = min(end, first[i].end)
    pos = text.find("\n", start)
    while 0 <= pos < end:
        nxt = text.find("\n", pos + 1)
        line = text[pos + 1:end if nxt < 0 else min(nxt, end)]
        if _first_verb(line, lang) or _FIELD.match(line) and not _role_field(line, lang) \
                or len(_PROSE.findall(line)) >= 3:
            return pos
        pos = nxt
    return end


def _ends_on_honorific(sentence: str, lang: str) -> bool:
    """Whether ``sentence`` ends on an honorific with its dot ("..., Dña.")."""
    last = sentence.split()[-1:] or [""]
    return last[0].endswith(".") and last[0].lstrip("([") in _honorifics(lang)


def _role_field(line: str, lang: str) -> bool:
    """Whether ``line`` opens with a role or its plural as a field label ("Concejales:",
    "Secretario-Interventor:", "Councillors:"): a part of the attendance list above."""
    label = _FIELD.match(line).group().rstrip(" \t:：").strip()
    plural = {fold(w) for w in words(lang, "people", "plural_honorifics")}
    if _role_re(lang).fullmatch(label) or fold(label) in plural:
        return True
    toks = fold(label).split()
    return bool(toks) and all(re.sub(r"(?:es|s)$", "", w) in _role_words(lang) or w in _role_words(lang)
                              for w in toks)


# initials closing a piece of text ("... Hanel\nR.I.")
_INITIALS_END = re.compile(rf"(?<![\w.])(?:[{UP}]\.){{2,3}}$")
# a line opening another field ("Nombre de conseillers : 15") and a word of running text
_FIELD = re.compile(r"[^:\n,]{1,40}[ \t]*[:：]")
_PROSE = re.compile(rf"(?<![\w'’-])[{LO}]{{4,}}(?![\w'’-])")


def _heading_segments(text: str, folded: str, lang: str) -> list[Segment]:
    matches = list(_heading_re(lang).finditer(folded))
    stops = [m.start() for m in matches]
    votes = set(_folded(lang, "vote_lists"))
    out = []
    for m in matches:
        body = m.end()
        if not text[body:text.find("\n", body) if "\n" in text[body:] else len(text)].strip():
            nxt = re.compile(r"\s*").match(text, body).end()      # the list is the next paragraph
            if "\n\n" not in text[body:nxt + 1] and m.group("more") is None:
                continue
            body = nxt
            if body in stops:
                continue                     # "Les participants :" over headed lists
        end = _heading_body_end(text, body, lang, stops)
        if end <= body:
            continue
        head = "head" if m.group("head") else "tail"
        opener = text[m.start(head):m.end()]
        status = _status_of(opener, lang)
        vote = m.group(head) in votes
        if vote and re.fullmatch(r"[ \t]*\d+[ \t]+", folded[m.start():m.start(head)]):
            continue                         # "15 pour": a tally, no list of voters
        out.append(Segment(body, end, status, True, status != ATTENDS or vote, vote=vote))
    return out


def _phrase_segments(text: str, folded: str, lang: str) -> list[Segment]:
    inline, after = _phrase_res(lang)
    out = []
    for m in inline.finditer(folded):
        end = next((s.end for s in sentences(text, m.end(), min(len(text), m.end() + 1500))), m.end())
        semi = text.find(";", m.end(), end)
        end = semi if semi >= 0 else end
        status = _status_of(m.group(), lang)
        out.append(Segment(m.end(), end, status, False, status != ATTENDS))
    for m in after.finditer(folded):
        para = text.rfind("\n\n", 0, m.start())
        sent = [s for s in sentences(text, 0 if para < 0 else para, m.start()) if s.start < m.start()]
        start = sent[-1].start if sent else m.start()
        out.append(Segment(start, m.start(), _status_of(m.group(), lang), False, False))
    return out


def attendance_segments(text: str, lang: str) -> list[Segment]:
    """Every attendance list of ``text`` (see the module docstring)."""
    folded = fold_keep(text)
    segs = _heading_segments(text, folded, lang) + _phrase_segments(text, folded, lang)
    return sorted(segs, key=lambda s: s.start)


def segment_at(segments: list[Segment], pos: int) -> Segment | None:
    """The innermost list holding ``pos``."""
    inside = [s for s in segments if s.start <= pos < s.end]
    return min(inside, key=lambda s: s.end - s.start) if inside else None


# ------------------------------------------------------------------ table rows


@functools.cache
def _row_status(lang: str) -> dict[str, str]:
    return {fold(k): v for k, v in dict(words(lang, "people", "row_status")).items()}


def _row_shape(line: str, lang: str) -> str | None:
    """The status of a line shaped like a table row: capitalised cells (short lower-case
    particles and figures allowed), a status word last (a time or a bracket may follow:
    "Andrei Garcia  Commissioner  Late 7:08 p.m.", "Alan Shaw  Proxy (S. Holt)") or a
    proxy marker after the name ("X  Pouvoir à Y": excused), three words at least; else None."""
    toks = re.sub(r"\([^()]*\)[ \t]*$", "", line).split()      # "Proxy (S. Holt)"
    while toks and (re.search(r"\d", toks[-1]) or re.fullmatch(rf"[{LO}.]{{1,5}}", toks[-1])):
        toks.pop()
    if len(toks) < 3 or not (toks[0][:1].isupper() or re.fullmatch(rf"[{LO}]{{1,3}}", toks[0])):
        return None
    if any(not (t[:1].isupper() or t[:1].isdigit() or re.fullmatch(rf"[{LO}]{{1,3}}", t)
                or not t[:1].isalnum()) for t in toks[:-1]):
        return None
    status = _row_status(lang).get(fold(toks[-1]))
    if status is None and _proxy_re(lang).search(fold(" ".join(toks[2:]))):
        return EXCUSED                       # "Sylvie MOREL  Pouvoir à J. DUPUIS"
    return status


def row_segments(text: str, lang: str) -> list[Segment]:
    """Lines of a roll-call or attendance table (see ``_row_shape``); a table needs three
    such rows. Each row's list is its first cell: the name at the line start."""
    rows = []
    for m in re.finditer(r"(?m)^[^\n]+$", text):
        status = _row_shape(m.group(), lang)
        if status and not _first_verb(m.group(), lang):
            rows.append(Segment(m.start(), m.end(), status, True, False, True))
    return rows if len(rows) >= 3 else []


@functools.cache
def _separator_re(bullets: bool = False) -> re.Pattern:
    """What separates the items of a list; in a bulleted list a line break does not (an
    item may wrap: "• Directora de X, Diana María\nCarmona Henao"); an initial's dot
    does not ("J. Hollis")."""
    conj = alternation(_conjunctions())
    line = r"\n(?=[ \t]*[•·▪◦○*-])" if bullets else r"\n"
    return compiled(rf"\0+|[,;/•()]|{line}|:|\s[–—-]\s|\s{conj}\s|(?<!(?<![\w.])[{UP}])\.(?=\s)")


@functools.cache
def _proxy_re(lang: str) -> re.Pattern:
    return compiled(rf"(?<![\w']){alternation(_folded(lang, 'proxy_markers'))}(?![\w'])")


@functools.cache
def _proxy_holder_re(lang: str) -> re.Pattern:
    """A proxy marker right before a name, maybe with a bracket or a colon between."""
    return compiled(rf"(?<![\w']){alternation(_folded(lang, 'proxy_markers'))}[ \t]*[(:]?[ \t]*$")


def attendance_status(text: str, segments: list[Segment], names: list[NameMatch],
                      lang: str) -> dict[int, tuple[str, bool]]:
    """Name start -> (status, whether a heading opened its list). A name in brackets after
    a proxy marker holds the proxy and attends; one whose item carries a proxy marker
    gave it and is excused."""
    folded = fold_keep(text)
    out = {}
    for n in names:
        seg = segment_at(segments, n.start)
        if seg is None:
            continue
        status = seg.status
        opened = text.rfind("(", seg.start, n.start)
        if opened > text.rfind(")", seg.start, n.start) and _proxy_re(lang).search(folded, opened, n.start) \
                or _proxy_holder_re(lang).search(folded, seg.start, n.start):
            status = ATTENDS               # "X (pouvoir à Y)", "X, representada por Y": Y holds it
        else:
            item_end = _separator_re().search(text, n.end, seg.end)
            stop = seg.end if item_end is None else item_end.start()
            close = text.find(")", n.end, seg.end)
            if close >= 0 and "(" in text[n.end:stop + 1]:
                stop = close
            if _proxy_re(lang).search(folded, n.end, max(stop, n.end)) or item_end is not None \
                    and _proxy_re(lang).match(folded, re.compile(r"\s*").match(text, item_end.end()).end()):
                status = EXCUSED           # "Ellen Marchetti, by proxy to Greg" too
        out[n.start] = (status, seg.heading)
    return out
