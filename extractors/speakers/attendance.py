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

Items the name rules miss are read here: "Initial Family" ("D Richardson"), "Given
FAMILY" across a line break, full mixed-case names whose first word is a given name
("Sebastián López Valencia"), surname-first lists ("Pandolfi Daniel, Carrara Carla"), and
bare family names where the list allows them (after a plural title: "Councillors Browaty,
Eadie"; vote and absence lists: "ABSENT: Hernandez"; lists mostly made of bare words).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from extractors.speakers.acts import _first_verb
from extractors.speakers.names import (GIVEN, LO, MIXED, UP, UPPERS, NameMatch, _lower_words,
                                       _name_lists, _split_mixed)
from extractors.speakers.vocabulary import (_conjunctions, _honorifics, _institution_words,
                                            _not_names, _particles, _role_words)
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
def _status_words(lang: str) -> tuple[tuple[str, str], ...]:
    """(folded phrase, status) of the excused and absent phrases, longest first."""
    pairs = [(w, EXCUSED) for w in _folded(lang, "attendance_excused")]
    pairs += [(w, ABSENT) for w in _folded(lang, "attendance_absent")]
    return tuple(sorted(set(pairs), key=lambda p: (-len(p[0]), p)))


def _status_of(opener: str, lang: str) -> str:
    """The status an opener gives: its longest excused or absent phrase, else attends."""
    f = fold(opener)
    for phrase_, status in _status_words(lang):
        if re.search(rf"(?<![\w']){re.escape(phrase_)}(?![\w'])", f):
            return status
    return ATTENDS


@functools.cache
def _heading_re(lang: str) -> re.Pattern:
    """A heading opening a list, on folded text: a list marker or a number, the heading
    words, up to sixty more characters, a colon; or the heading alone on its line."""
    heads = (_folded(lang, "attendance") + _folded(lang, "attendance_excused")
             + _folded(lang, "attendance_absent") + _folded(lang, "vote_lists"))
    alt = alternation(heads)
    return compiled(rf"^[ \t]*(?:[-–—•*+][ \t]*)?(?:[\divx]+(?:\.\d+)*[.)]?[ \t]+)?"
                    rf"(?P<head>{alt})(?![\w'])(?:(?P<more>[^:\n]{{0,60}}?)[ \t]*[:：]|[ \t]*$)"
                    rf"|^[^:\n]{{0,120}}(?<![\w'])(?P<tail>{alt})[ \t]*[:：][ \t]*$", re.M)


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
    its first sentence or a line with an act verb ("El secretario informó que ...")."""
    para = text.find("\n\n", start)
    end = len(text) if para < 0 else para
    end = min([end] + [s for s in stops if start < s < end])
    first = sentences(text, start, end)
    if first:
        end = min(end, first[0].end)
    pos = text.find("\n", start)
    while 0 <= pos < end:
        nxt = text.find("\n", pos + 1)
        line = text[pos + 1:end if nxt < 0 else min(nxt, end)]
        if _first_verb(line, lang) or _FIELD.match(line) or len(_PROSE.findall(line)) >= 3:
            return pos
        pos = nxt
    return end


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
        end = _heading_body_end(text, body, lang, stops)
        if end <= body:
            continue
        head = "head" if m.group("head") else "tail"
        opener = text[m.start(head):m.end()]
        status = _status_of(opener, lang)
        vote = m.group(head) in votes
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
    particles and figures allowed), a status word last (a time may follow:
    "Andrei Garcia  Commissioner  Late 7:08 p.m."), three words at least; else None."""
    toks = line.split()
    while toks and (re.search(r"\d", toks[-1]) or re.fullmatch(rf"[{LO}.]{{1,5}}", toks[-1])):
        toks.pop()
    if len(toks) < 3 or not (toks[0][:1].isupper() or re.fullmatch(rf"[{LO}]{{1,3}}", toks[0])):
        return None
    if any(not (t[:1].isupper() or t[:1].isdigit() or re.fullmatch(rf"[{LO}]{{1,3}}", t)
                or not t[:1].isalnum()) for t in toks[:-1]):
        return None
    return _row_status(lang).get(fold(toks[-1]))


def row_segments(text: str, lang: str) -> list[Segment]:
    """Lines of a roll-call or attendance table (see ``_row_shape``); a table needs three
    such rows. Each row's list is its first cell: the name at the line start."""
    rows = []
    for m in re.finditer(r"(?m)^[^\n]+$", text):
        status = _row_shape(m.group(), lang)
        if status and not _first_verb(m.group(), lang):
            rows.append(Segment(m.start(), m.end(), status, True, False, True))
    return rows if len(rows) >= 3 else []


# ------------------------------------------------------------------ items


@dataclass(frozen=True)
class _Words:
    """The checks a capitalised word of a list item must pass to be part of a name."""
    lower: frozenset[str]
    stop: frozenset[str]
    lang: str

    def ok(self, w: str) -> bool:
        f = fold(w.rstrip("."))
        if f in _particles(self.lang):
            return True
        return len(f) >= 2 and f not in self.stop and w.lower() not in self.lower


@functools.cache
def _stop_words(lang: str) -> frozenset[str]:
    """Folded words never part of a name in a list: roles, not-names, bodies, honorifics,
    addresses, plural titles, status words."""
    out = set(_role_words(lang) | _not_names(lang) | _institution_words(lang))
    for key in ("role_addresses", "plural_honorifics", "vote_lists", "attendance",
                "attendance_excused", "attendance_absent"):
        out.update(fold(w).rstrip(".") for w in words(lang, "people", key))
    out.update(fold(h).rstrip(".") for h in _honorifics(lang))
    out.update(_row_status(lang))
    return frozenset(out)


_WORD = rf"(?:[{UP}](?:[{LO}'’]+|[{UP}'’]+)(?:-[{UP}]?(?:[{LO}'’]+|[{UP}'’]+))*|[{LO}]{{1,3}})"
_RUN = re.compile(rf"{_WORD}(?:[ \t]+{_WORD})*")
_INITIAL_FAMILY = re.compile(rf"(?<![\w.])((?:[{UP}]\.?[ \t]+){{1,2}})({MIXED})(?![\w'’-])")
_GIVEN_UPPER = re.compile(rf"(?<![\w-])({GIVEN}(?:[ \t]+{GIVEN})?)\s+({UPPERS})(?![\w'’-])")


def _orientation(toks: list[str], lang: str) -> tuple[str, bool] | None:
    """("given", sure) when a name opens with a known given name, ("family", sure) when it
    closes with one and opens with none ("Carrara Carla"); sure unless the other end could
    be read the other way ("Daniel Santiago", "Javanni Brown": Brown is a family name
    too). A particle opens no given name ("Santa María Gabriel"). None when neither end
    is a given name (no name)."""
    given, family = _name_lists()
    first, last = fold(toks[0]), fold(toks[-1])
    g1 = first not in _particles(lang) and all(p in given for p in first.split("-"))
    gl = all(p in given for p in last.split("-"))
    if g1:
        return "given", not gl
    if gl:
        return "family", last not in family or first in family
    return None


def _family_first_list(seg: Segment, text: str, chk: _Words) -> bool:
    """Whether a list writes its names surname-first: two names at least that surely are,
    more than surely are not."""
    votes = {"given": 0, "family": 0}
    for _, _, toks in _runs(text[seg.start:seg.end], seg.start, chk):
        side = _orientation(toks, chk.lang) if len(toks) >= 2 else None
        if side and side[1]:
            votes[side[0]] += 1
    return votes["family"] >= 2 and votes["family"] > votes["given"]


def _split_family_first(toks: list[str], lang: str) -> tuple[str, str]:
    """Family and given names of a surname-first name: the given names are the known given
    names closing it, at most two, a particle binding the word after it to the family
    ("Arias José Luis" -> Arias / José Luis, "Santa María Gabriel" -> Santa María / Gabriel)."""
    given, _ = _name_lists()
    units: list[list[str]] = []
    for t in toks:
        if units and fold(units[-1][-1]) in _particles(lang):
            units[-1].append(t)
        else:
            units.append([t])
    cut = len(units) - 1
    if len(units) >= 3 and len(units[-2]) == 1 and fold(units[-2][0]) in given:
        cut -= 1
    return " ".join(sum(units[:cut], [])), " ".join(sum(units[cut:], []))


def _runs(piece: str, offset: int, chk: _Words) -> list[tuple[int, int, list[str]]]:
    """Runs of name words in a piece: capitalised words and the particles between them,
    cut at every word that is no name part."""
    out = []
    for m in _RUN.finditer(piece):
        cur: list[tuple[int, int, str]] = []
        for t in re.finditer(r"\S+", m.group()):
            w = t.group()
            after_particle = cur and fold(cur[-1][2]) in _particles(chk.lang)
            if w[0].isupper() and (chk.ok(w) or after_particle and fold(w) not in chk.stop) \
                    or cur and fold(w) in _particles(chk.lang):
                cur.append((m.start() + t.start(), m.start() + t.end(), w))
                continue
            out.append(cur)
            cur = []
        out.append(cur)
    runs = []
    for cur in out:
        while cur and not cur[-1][2][0].isupper():
            cur.pop()                       # no particle closes a name
        if cur:
            runs.append((offset + cur[0][0], offset + cur[-1][1], [w for _, _, w in cur]))
    return runs


def _blank(s: str, spans: list[tuple[int, int]], offset: int) -> str:
    """``s`` with the characters of ``spans`` (offsets of the document) replaced by NULs."""
    chars = list(s)
    for a, b in spans:
        for k in range(max(a - offset, 0), min(b - offset, len(chars))):
            chars[k] = "\0"
    return "".join(chars)


@functools.cache
def _separator_re(bullets: bool = False) -> re.Pattern:
    """What separates the items of a list; in a bulleted list a line break does not (an
    item may wrap: "• Directora de X, Diana María\nCarmona Henao")."""
    conj = alternation(_conjunctions())
    line = r"\n(?=[ \t]*[•·▪◦○*-])" if bullets else r"\n"
    return compiled(rf"\0+|[,;/•()]|{line}|:|\s[–—-]\s|\s{conj}\s|\.(?=\s)")


def _item_names(seg: Segment, text: str, names: list[NameMatch], chk: _Words) -> list[NameMatch]:
    """Names the rules missed in one list (see the module docstring for the forms)."""
    lang = chk.lang
    body = text[seg.start:seg.end]
    known = [(n.start, n.end) for n in names if seg.start <= n.start < seg.end]
    body = _blank(body, known, seg.start)
    if seg.row:
        return _row_name(body, seg.start, chk)
    body = re.sub(r"\([^()\0]*\)", lambda m: "(" + " " * (len(m.group()) - 2) + ")", body)
    out: list[NameMatch] = []
    for m in _GIVEN_UPPER.finditer(body):          # "Adeline\nTEXEIRA" across a line break
        if all(chk.ok(w) for w in m.group().split()):
            out.append(NameMatch(seg.start + m.start(), seg.start + m.end(), None,
                                 " ".join(m.group(1).split()), " ".join(m.group(2).split())))
    body = _blank(body, [(n.start, n.end) for n in out], seg.start)
    bare: list[NameMatch] = []
    family_first = _family_first_list(seg, text, chk)
    pieces = 0
    pos = 0
    bullets = re.search(r"(?m)^[ \t]*[•·▪◦○]", body) is not None
    for sep in list(_separator_re(bullets).finditer(body)) + [None]:
        end = sep.start() if sep else len(body)
        piece, offset = body[pos:end], seg.start + pos
        pos = sep.end() if sep else len(body)
        if not piece.strip():
            continue
        pieces += 1
        found = _piece_names(piece, offset, chk, family_first)
        out.extend(n for n in found if n.given and n.family)
        bare.extend(n for n in found if not (n.given and n.family))
    runs = _plural_runs(text, seg, lang)
    given, family = _name_lists()
    alone = not known and not any(n.given and n.family for n in out)
    for b in bare:
        word = fold(b.family or b.given or "")
        listed = word in given or word in family
        if (seg.vote or any(a <= b.start < z for a, z in runs)
                or seg.bare_ok and (alone or listed)
                or listed and len(bare) >= 2 and 2 * len(bare) >= pieces):
            out.append(b)
    return out


def _plural_runs(text: str, seg: Segment, lang: str) -> list[tuple[int, int]]:
    """Spans of a list that follow a plural title ("Councillors Browaty, Eadie,\nMayes and
    Smith"): up to a period or a line break that no comma or conjunction announces."""
    out = []
    conj = alternation(_conjunctions())
    for m in _plural_re(lang).finditer(text, seg.start, seg.end):
        end = seg.end
        for br in re.finditer(r"\n|\.(?=\s|$)", text[m.end():seg.end]):
            before = text[m.end():m.end() + br.start()]
            if br.group() == "." or not re.search(rf"(?:[,;]|\s{conj})\s*$", before):
                end = m.end() + br.start()
                break
        out.append((m.end(), end))
    return out


def _row_name(body: str, offset: int, chk: _Words) -> list[NameMatch]:
    """The name opening a table row, when the rules did not find it: its first run of two
    name words or more ("Robert Allen Fisk  Commissioner  Present")."""
    if body.lstrip()[:1] == "\0":
        return []
    runs = _runs(body[:_separator_re().search(body + ",").start()], offset, chk)
    if not runs or runs[0][0] - offset > len(body) - len(body.lstrip()) or len(runs[0][2]) < 2:
        return []
    names = _piece_names(body[:runs[0][1] - offset], offset, chk, False)
    return [n for n in names if n.family and n.given]


def _piece_names(piece: str, offset: int, chk: _Words, family_first: bool) -> list[NameMatch]:
    """The names in one item of a list: "Initial Family" ones, else runs of name words,
    given- or surname-first; a run of one word is a bare name (kept or not by the list)."""
    out = []
    for m in _INITIAL_FAMILY.finditer(piece):
        if chk.ok(m.group(2)):
            out.append(NameMatch(offset + m.start(), offset + m.end(), None,
                                 " ".join(m.group(1).split()), m.group(2)))
    if out:
        return out
    given, family = _name_lists()
    for start, end, toks in _runs(piece, offset, chk):
        if len(toks) == 1:
            f = fold(toks[0])
            first_only = f in given and f not in family
            out.append(NameMatch(start, end, None, toks[0] if first_only else None,
                                 None if first_only else toks[0]))
            continue
        side = _orientation(toks, chk.lang)
        if side is None:
            continue
        if side == ("family", True) or not side[1] and family_first:
            fam, g = _split_family_first(toks, chk.lang)
        else:
            g, fam = _split_mixed(" ".join(toks), chk.lang, False)
        out.append(NameMatch(start, end, None, g, fam))
    return out


def _reoriented(seg: Segment, names: list[NameMatch], family_first: bool,
                lang: str) -> dict[int, NameMatch]:
    """Names of a list read given-first that are written surname-first ("presidente
    Pandolfi Daniel"): no honorific, a mixed-case name that surely closes with a given
    name, or may and stands in a surname-first list."""
    out = {}
    for n in names:
        if not (seg.start <= n.start < seg.end) or n.honorific or not (n.given and n.family):
            continue
        toks = f"{n.given} {n.family}".split()
        side = _orientation(toks, lang)
        if n.family.isupper() or side is None or side[0] != "family" or not (side[1] or family_first):
            continue
        fam, g = _split_family_first(toks, lang)
        out[n.start] = NameMatch(n.start, n.end, None, g, fam)
    return out


def attendance_names(text: str, segments: list[Segment], names: list[NameMatch],
                     lang: str) -> tuple[list[NameMatch], dict[int, NameMatch]]:
    """Names the rules missed in the lists (new ones) and list names to read again
    surname-first (by start)."""
    chk = _Words(_lower_words(text), _stop_words(lang), lang)
    new: list[NameMatch] = []
    fixed: dict[int, NameMatch] = {}
    for seg in segments:
        found = [n for n in _item_names(seg, text, names + new, chk)
                 if not any(o.start < n.end and n.start < o.end for o in names + new)]
        new.extend(found)
        fixed.update(_reoriented(seg, names, _family_first_list(seg, text, chk), lang))
    return new, fixed


@functools.cache
def _proxy_re(lang: str) -> re.Pattern:
    return compiled(rf"(?<![\w']){alternation(_folded(lang, 'proxy_markers'))}(?![\w'])")


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
        if opened > text.rfind(")", seg.start, n.start) and _proxy_re(lang).search(folded, opened, n.start):
            status = ATTENDS
        else:
            item_end = _separator_re().search(text, n.end, seg.end)
            stop = seg.end if item_end is None else item_end.start()
            close = text.find(")", n.end, seg.end)
            if close >= 0 and "(" in text[n.end:stop + 1]:
                stop = close
            if _proxy_re(lang).search(folded, n.end, max(stop, n.end)):
                status = EXCUSED
        out[n.start] = (status, seg.heading)
    return out
