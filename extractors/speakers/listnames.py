"""Names written as the items of an attendance list or a table row, which the name rules miss.

Forms read here: "Initial Family" ("D Richardson"), "Given
FAMILY" across a line break, full mixed-case names whose first word is a given name
("Sebastián López Valencia"), surname-first lists ("Pandolfi Daniel, Carrara Carla"), and
bare family names where the list allows them (after a plural title: "Councillors Browaty,
Eadie"; vote and absence lists: "ABSENT: Hernandez"; lists mostly made of bare words).
A name of several words is read given-first when it opens with a known given name and
surname-first when it closes with one and opens with none; a list decides the names that
could be read either way ("Pandolfi Daniel" among "Carrara Carla, Scordo Alexis").
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from extractors.speakers.attendance import (Segment, _plural_re, _row_status,
                                            _separator_re)
from extractors.speakers.names import (GIVEN, LO, MIXED, UP, UPPERS, NameMatch, _lower_words,
                                       _name_lists, _split_mixed)
from extractors.speakers.vocabulary import (_conjunctions, _honorifics, _institution_words,
                                            _not_names, _particles, _role_words)
from extractors.speakers.roles import _role_re
from pipeline.lexicon import words
from pipeline.patterns import alternation
from pipeline.text import fold


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


# a list word: an inner capital allowed ("McIntyre", "MacLeod"), hyphenated parts, a particle
# (a one-capital one too: "Colm Ó Riada"; a lone capital that is none fails _Words.ok)
_WORD = rf"(?:[{UP}](?:[{LO}'’]+(?:[{UP}][{LO}]+)?|[{UP}'’]+)?(?:-[{UP}]?(?:[{LO}'’]+|[{UP}'’]+))*|[{LO}]{{1,3}})"
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


def _item_names(seg: Segment, text: str, names: list[NameMatch], chk: _Words) -> list[NameMatch]:
    """Names the rules missed in one list (see the module docstring for the forms)."""
    lang = chk.lang
    body = text[seg.start:seg.end]
    known = [(n.start, n.end) for n in names if seg.start <= n.start < seg.end]
    body = _blank(body, known, seg.start)
    if seg.row:
        return _row_name(body, seg.start, chk)
    body = re.sub(r"\([^()\0]*\)", lambda m: "(" + " " * (len(m.group()) - 2) + ")", body)
    body = _unwrapped(body)
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
    raw = text[seg.start:seg.end]                  # before the names found are blanked
    grid = any(_grid_pairs(raw, seg.start, a, z) for a, z, _ in _runs(raw, seg.start, chk))
    for sep in list(_separator_re(bullets).finditer(body)) + [None]:
        end = sep.start() if sep else len(body)
        piece, offset = body[pos:end], seg.start + pos
        pos = sep.end() if sep else len(body)
        if not piece.strip():
            continue
        pieces += 1
        found = _piece_names(piece, offset, chk, family_first, grid)
        out.extend(n for n in found if n.given and n.family)
        bare.extend(n for n in found if not (n.given and n.family))
    runs = _plural_runs(text, seg, lang)
    given, family = _name_lists()
    alone = not known and not any(n.given and n.family for n in out)
    for b in bare:
        if _role_re(lang).match(text, b.end + len(re.match(r"\s*", text[b.end:b.end + 5]).group())):
            continue                               # "Student Trustee X": a word qualifying a role
        word = fold(b.family or b.given or "")
        listed = word in given or word in family
        if (seg.vote or any(a <= b.start < z for a, z in runs)
                or seg.bare_ok and (alone or listed)
                or listed and len(bare) >= 2 and 2 * len(bare) >= pieces):
            out.append(b)
    return out


def _unwrapped(body: str) -> str:
    """A list whose items are separated by commas (more commas than lines) with its line
    breaks that no separator announces read as spaces: its items wrap ("Cervini Jorge,
    Mustoni\nGustavo y Bolado Miguel")."""
    if body.count(",") < 3 or body.count(",") <= body.count("\n"):
        return body
    return re.sub(r"(?<=[^\W\d_])[ \t]*\n(?=[ \t]*[^\W\d_])", lambda m: " " * len(m.group()), body)


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


def _piece_names(piece: str, offset: int, chk: _Words, family_first: bool,
                 grid: bool = False) -> list[NameMatch]:
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
        pairs = _grid_pairs(piece, offset, start, end, grid)
        if pairs:
            out.extend(pairs)
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


def _grid_pairs(piece: str, offset: int, start: int, end: int, grid: bool = False) -> list[NameMatch]:
    """A run of four name words or more laid out as a grid of "Given Family" names with no
    separator ("Ana Ruiz Tom Reed Eva Lind"): every other word, from the first, a known
    given name, three names at least unless the list is a ``grid`` already ("José Luis
    Martín Gil" alone is one person). An odd first word is a family whose initials stand
    before it ("R.I. Pienaar Michael Ries Tomasz Pietrek"). Else []."""
    words_ = list(re.finditer(r"\S+", piece[start - offset:end - offset]))
    lead = words_[:len(words_) % 2]
    words_ = words_[len(lead):]
    given = _name_lists()[0]
    firsts = [fold(w.group()) for w in words_[0::2]]
    if len(words_) < 4 or not all(f in given for f in firsts) or len(words_) < 6 and not grid:
        return []
    out = [NameMatch(start + g.start(), start + f.end(), None, g.group(), f.group())
           for g, f in zip(words_[0::2], words_[1::2])]
    if lead:                         # its initials, when the piece holds them
        initials = re.search(r"((?:[A-Z]\.){1,3})[ \t]*$", piece[:start - offset])
        first = offset + initials.start(1) if initials else start + lead[0].start()
        out.insert(0, NameMatch(first, start + lead[0].end(), None,
                                initials.group(1) if initials else None, lead[0].group()))
    return out


def _reoriented(seg: Segment, names: list[NameMatch], family_first: bool,
                lang: str) -> dict[int, NameMatch]:
    """Names of a list read given-first that are written surname-first ("presidente
    Pandolfi Daniel"): no honorific, a mixed-case name that surely closes with a given
    name, or may be read either way and stands in a surname-first list."""
    out = {}
    for n in names:
        if not (seg.start <= n.start < seg.end) or n.honorific or not (n.given and n.family):
            continue
        toks = f"{n.given} {n.family}".split()
        side = _orientation(toks, lang)
        if n.family.isupper() or side is None or not (side == ("family", True) or family_first
                                                      and not side[1]):
            continue                 # "Nardi Ezequiel" among "Carrara Carla": either way
        fam, g = _split_family_first(toks, lang)
        out[n.start] = NameMatch(n.start, n.end, None, g, fam)
    return out


def list_names(text: str, segments: list[Segment], names: list[NameMatch],
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
