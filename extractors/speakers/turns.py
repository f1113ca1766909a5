"""Speech turns opened by a label rather than by a sentence.

A role alone opens a turn ("Madam Speaker:", "The Chair:", "Clerk:", "— Le Président :",
"La Secretaria:", "Intervino el presidente:", "M. le président. – ..."): the turn is the
holder's when the report says who holds that role, else it belongs to a person keyed by
the role and the body. A role label followed only by a name ("Presidente: FELLNER,
Eduardo") is a field naming the holder, unless the same label opens speech elsewhere in
the report (a hansard's "Madam Speaker: Councillor Eadie." gives the floor). A turn opener
may also name its speaker last, after an organisation or a role with its complement
("Intervino de Medellín Cómo Vamos, Mónica Ospina:", "Video de la intervención del
director de la Red, Juan Buitrago:").
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from extractors.speakers.acts import _LABEL_LEAD, _QUALIFIERS, _VERB_KEYS, _first_verb, _verb_re
from extractors.speakers.identity import NAME, VERSION
from extractors.speakers.names import GIVEN, LO, MIXED, NameMatch, _lower_words, _split_mixed
from extractors.speakers.roles import _role_re
from extractors.speakers.vocabulary import (_conjunctions, _determiner, _honorifics,
                                            _institution_words, _not_names, _particles,
                                            _role_words)
from pipeline.lexicon import words
from pipeline.patterns import alternation, compiled
from pipeline.records import Document, Intervention, Meeting
from pipeline.text import fold, provenance

@dataclass(frozen=True)
class RoleLabel:
    """A role written as a turn label or as a field label, and what follows it."""
    start: int                 # the label as written ("Madam Speaker"), without its colon
    end: int
    role: str                  # the role words as written ("Speaker")
    kind: str                  # the act: "speaks", or the kind of a verb opening the line
    named: NameMatch | None    # the name right after the colon, if any
    text_after: bool           # the line goes on with something else than a name and fields
    verb: bool                 # an act verb opens the line ("Intervino el presidente:")


@functools.cache
def _label_re(lang: str) -> re.Pattern:
    """An address or honorific, a determiner, a role and its complement, then a colon or a
    period and a dash ("Madam Speaker:", "Le Président de séance :", "M. le président. –");
    a determiner may stand before the address ("El Sr. PRESIDENTE.-"), capitalised words
    qualifying the role before it ("COMMITTEE SECRETARY:")."""
    addr = alternation(list(words(lang, "people", "role_addresses")) + list(_honorifics(lang)))
    link = alternation(words(lang, "meetings", "linkers"))
    return compiled(
        rf"(?P<label>(?:{_determiner()}[ \t]+(?=(?:{addr})[ \t]))?(?:(?:{addr})[ \t]+)?(?:{_determiner()}[ \t]+)?"
        rf"(?P<role>{_QUALIFIERS}{_role_re(lang).pattern})"
        rf"(?:[ \t]+{link}[ \t]+[^:\n.;,]{{1,40}}?)?)[ \t]*(?::|：|\.[ \t]*[-–—])", re.I)


def _opening_verb(line: str, pos: int, lang: str) -> tuple[str, int] | None:
    """(kind, end) of an act verb opening ``line`` at ``pos`` ("Intervino el presidente:")."""
    v = _first_verb(line[pos:], lang)
    if v is None or v[1] != 0:
        return None
    m = _verb_re(lang, dict(_VERB_KEYS)[v[0]]).match(line, pos)
    if m is None:
        return None
    return v[0], m.end() + len(line[m.end():]) - len(line[m.end():].lstrip(" \t"))


def role_labels(text: str, names: list[NameMatch], lang: str) -> list[RoleLabel]:
    """Every line opened by a role label (see the module docstring)."""
    out = []
    for line in re.finditer(r"(?m)^.+$", text):
        s, off = line.group(), line.start()
        pos, kind = _LABEL_LEAD.match(s).end(), "speaks"
        verb = _opening_verb(s, pos, lang)
        if verb:
            kind, pos = verb
        m = _label_re(lang).match(s, pos)
        if not m:
            continue
        start, end = off + m.start("label"), off + m.end("label")
        if any(n.start < end and start < n.end for n in names):
            continue                                   # "Mayor Katz:" is a name's label
        after, line_end = off + m.end(), line.end()
        named = next((n for n in names if after <= n.start < line_end
                      and not text[after:n.start].strip()), None)
        rest = text[named.end if named else after:line_end]
        speech = _running_text(rest) if named else bool(rest.strip(" \t.,;:"))
        out.append(RoleLabel(start, end, m.group("role"), kind, named, speech, verb is not None))
    return out


def _running_text(rest: str) -> bool:
    """Whether what follows the name after a label is speech, not further fields ("...,
    Vocal: Dr. Ana PAZ."): a word of three lower-case letters or more."""
    return re.search(rf"(?<![\w-])[{LO}]{{3,}}", rest) is not None


def turns_and_fields(labels: list[RoleLabel]) -> tuple[list[RoleLabel], list[RoleLabel]]:
    """The labels that open speech and those that are fields naming a role's holder: a
    role whose label is followed by words other than a bare name anywhere opens turns;
    otherwise its labels followed by a name are fields (a label on its own is neither)."""
    has_text = {fold(lb.role) for lb in labels if lb.text_after}
    turns, fields = [], []
    for lb in labels:
        if lb.verb or fold(lb.role) in has_text:
            turns.append(lb)
        elif lb.named is not None:
            fields.append(lb)
    return turns, fields


@functools.cache
def _chair_roles(lang: str) -> frozenset[str]:
    return frozenset(fold(r) for r in words(lang, "people", "chair_roles"))


def is_chair_role(role: str, lang: str) -> bool:
    """Whether ``role`` is one whose holder chairs ("Presidente del Consejo" is)."""
    key = fold(" ".join(role.split())).rstrip(" ,;:")
    if any(key == r or key.startswith(r + " ") for r in _chair_roles(lang)):
        return True
    parts = key.split(" ")[0].split("-")     # "Alcalde-Presidente": a role and a chair role
    return len(parts) > 1 and parts[0] in _role_words(lang) and any(p in _chair_roles(lang) for p in parts[1:])


# ------------------------------------------------------------- named last


@functools.cache
def _named_last_re(lang: str) -> re.Pattern:
    """A turn opener, anything but a colon (one line break allowed), a comma, then a name
    and a colon ending the line."""
    openers = alternation(words(lang, "people", "turn_openers"))
    low = alternation([p for p in words(lang, "people", "particles") if p == p.lower()
                       and p not in _conjunctions()])
    name = rf"{GIVEN}(?:[ \t]+(?:(?:{low})[ \t]+)*{MIXED}){{1,5}}"
    return compiled(rf"^[ \t]*(?i:{openers})(?![\w-])[^:\n]{{0,160}}(?:\n[^:\n]{{0,120}})?,"
                    rf"[ \t]*(?P<name>{name})[ \t]*[:：][ \t]*$", re.M)


def named_last(text: str, names: list[NameMatch], lang: str) -> tuple[list[NameMatch], set[int]]:
    """Names written last in a turn label ("Intervino de X, Mónica Ospina:"): the new ones
    and the starts of every label name (new or found before)."""
    lower = _lower_words(text)
    stop = _role_words(lang) | _not_names(lang) | _institution_words(lang)
    new, starts = [], set()
    for m in _named_last_re(lang).finditer(text):
        start, end = m.start("name"), m.end("name")
        known = next((n for n in names if n.start <= start < n.end or start <= n.start < end), None)
        if known is not None:
            starts.add(known.start)
            continue
        toks = m.group("name").split()
        if any(fold(t) in stop or fold(t) not in _particles(lang) and t.lower() in lower for t in toks):
            continue
        given, family = _split_mixed(" ".join(toks), lang, False)
        new.append(NameMatch(start, end, None, given, family))
        starts.add(start)
    return new, starts


# ------------------------------------------------------------ who speaks


def holders_by_role(found: list[Intervention], lang: str) -> dict[str, dict[tuple, tuple]]:
    """Folded role -> {(folded family, folded given): (honorific, given, family)} of the
    people named with a role (or with an honorific that is one: "Mayor X"), one holder per
    person however often written."""
    holders: dict[str, dict[tuple, tuple]] = {}
    for i in found:
        role = i.role or (i.honorific if i.honorific and _role_re(lang).fullmatch(i.honorific) else None)
        if role and i.family_name:          # "Mayor Nora Pellman" holds "Mayor:"
            person = (fold(i.family_name), fold(i.given_name or ""))
            known = holders.setdefault(fold(" ".join(role.split())), {})
            if person not in known or (i.honorific and not known[person][0]):
                known[person] = (i.honorific, i.given_name, i.family_name)
    return holders


def _holder(role: str, holders: dict, chairs: dict, lang: str) -> tuple | None:
    """(honorific, given, family) of the one holder of ``role``; for a chair role with no
    named holder, the one holder of any chair role ("The Chairman" / "D Richardson
    (Chair)"), else the one person who chairs; None when nobody or several."""
    key = fold(" ".join(role.split()))
    matches = {p: h for r, hs in holders.items() if r == key or r.startswith((key + " ", key + "-"))
               for p, h in hs.items()}
    bare = _role_re(lang).search(role)
    if not matches and bare and bare.start() > 0:     # "COMMITTEE SECRETARY:" / "X, Secretary"
        return _holder(bare.group(), holders, chairs, lang)
    if not matches:                   # "La Secretaria:" when only a "Secretario" is named
        key = _ungendered(role)
        matches = {p: h for r, hs in holders.items() for p, h in hs.items()
                   if _ungendered(r) == key or _ungendered(r).startswith((key + " ", key + "-"))}
    if not matches:                   # "El Administrador" holds "Secretario-Administrador"
        matches = {p: h for r, hs in holders.items() for p, h in hs.items()
                   if "-" in r and r.split("-")[0] in _role_words(lang)
                   and _ungendered(role) in _ungendered(r).split("-")[1:]}
    if _one_person(matches) is None and is_chair_role(role, lang):
        matches = {p: h for r, hs in holders.items() if is_chair_role(r, lang) for p, h in hs.items()}
        if _one_person(matches) is None:
            matches = chairs
    return _one_person(matches)


def _one_person(matches: dict[tuple, tuple]) -> tuple | None:
    """The one person of ``matches``, written in full and by family name alone ("Mayor
    Gloria Vandermeer", "Mayor Vandermeer": one person, the fullest writing), else None."""
    families = {family for family, _ in matches}
    givens = {given for _, given in matches if given}
    if len(families) != 1 or len(givens) > 1:
        return None
    return max(matches.values(), key=lambda h: (h[1] is not None, h[0] is not None))


def _ungendered(role: str) -> str:
    """A role folded with the gender ending of each word dropped, so that "La Secretaria"
    is the holder of "Secretario" (and of "Secretario-Interventor"), "la Présidente" of
    "Président" and "la trésorière" of "trésorier"."""
    return re.sub(r"(?<=\w{4})[aoe](?=$|[ -])", "", fold(" ".join(role.split())))


def chair_people(found: list[Intervention]) -> dict[tuple, tuple]:
    """The people who chair, as ``_holder`` takes them."""
    return {(fold(i.family_name), fold(i.given_name or "")): (i.honorific, i.given_name, i.family_name)
            for i in found if i.kind == "chairs" and i.family_name}


def label_interventions(doc: Document, turns: list[RoleLabel], found: list[Intervention],
                        meeting: Meeting | None, lang: str) -> list[Intervention]:
    """One Intervention per role-labelled turn: the holder's when the report names one,
    else a person known only by the role (keyed by role and body in ``pipeline.people``)."""
    holders = holders_by_role(found, lang)
    chairs = chair_people(found)
    body = meeting.body if meeting is not None else None
    out = []
    for t in turns:
        written = " ".join(doc.text[t.start:t.end].split())
        role = " ".join(t.role.split())
        prov = provenance(doc, t.start, t.end, NAME, VERSION)
        holder = _holder(role, holders, chairs, lang)
        if holder is not None:
            hon, given, family = holder
            out.append(Intervention(doc_id=doc.doc_id, name_as_written=written, kind=t.kind,
                                    prov=prov, honorific=hon, given_name=given,
                                    family_name=family, role=role))
        else:
            out.append(Intervention(doc_id=doc.doc_id, name_as_written=written, kind=t.kind,
                                    prov=prov, role=role, affiliation=body))
    return out
