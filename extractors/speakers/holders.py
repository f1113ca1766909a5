"""Roles named without a person ("La directrice générale dépose le rapport", "The Clerk
read the correspondence", "Por Secretaría se da lectura del acta").

A sentence opened by a role (a determiner, an honorific or an address maybe before it:
"Madam Speaker called the meeting to order"; an agent's preposition before it in an
impersonal sentence: "Por el Secretario se da lectura") that stands as the subject of an
act verb is an act of the person holding that role in the meeting: the one person the
report names in it (roll call, masthead, "Secrétaire de séance : X"), the Intervention
carrying the holder's names, ``role`` and ``name_as_written`` = the role as written.
When the report names nobody in that role, the act is a person known only by the role
and the meeting's body (keyed so in ``pipeline.people``); when it names several, nobody.
"""

from __future__ import annotations

import functools
import re

from extractors.speakers.acts import _before_meeting, _first_verb, _subject_position
from extractors.speakers.identity import NAME, VERSION
from extractors.speakers.names import NameMatch
from extractors.speakers.roles import _role_re
from extractors.speakers.turns import _holder, _ungendered, chair_people, holders_by_role, is_chair_role
from extractors.speakers.vocabulary import _determiner, _honorifics
from pipeline.lexicon import words
from pipeline.patterns import alternation, compiled
from pipeline.records import Document, Intervention, Meeting
from pipeline.text import fold, provenance


@functools.cache
def _role_opening_re(lang: str) -> re.Pattern:
    """A sentence opened by a determiner and a role, an honorific or an address maybe
    between ("El Sr. Presidente declara abierta la sesión", "Madam Speaker called"), an
    agent's preposition maybe first ("Por Secretaría"), or by a capitalised role alone
    ("Clerk reported")."""
    hon = alternation(list(_honorifics(lang)) + list(words(lang, "people", "role_addresses")))
    agent = alternation(words(lang, "people", "agent_openers"))
    offices = alternation(words(lang, "people", "role_offices"))
    return compiled(rf"^\s*(?:(?P<agent>{agent})\s+)?(?:{hon}\s+)?(?:(?P<det>{_determiner()})\s*)?"
                    rf"(?:{hon}\s+)?(?P<role>{_role_re(lang).pattern}|(?<![\w-]){offices}(?![\w-]))", re.I)


def _office_role(written: str, lang: str) -> str:
    """The role of an office named for it ("Secretaría" -> "secretario"), else ``written``."""
    if _role_re(lang).fullmatch(written):
        return written                    # "Secretaria" is a role, "Secretaría" its office
    offices = {fold(k): v for k, v in words(lang, "people", "role_offices").items()}
    return offices.get(fold(written), written)


@functools.cache
def _agent_verb_re(lang: str) -> re.Pattern:
    """An impersonal verb right after its agent ("Por Secretaría se da lectura")."""
    return compiled(rf"[\s,]*{alternation(words(lang, 'people', 'agent_verbs'))}(?![\w-])", re.I)


def _act_of(tail: str, agent: bool, lang: str) -> str | None:
    """The kind of act the role opening a sentence does, given the rest of the sentence:
    an impersonal verb right after an agent speaks; otherwise the first act verb, the role
    standing as its subject and the act happening at the meeting; else None."""
    if agent:
        return "speaks" if _agent_verb_re(lang).match(tail) else None
    verb = _first_verb(tail, lang)
    if verb is None or not _subject_position(tail[:verb[1]], lang) and tail[:verb[1]].strip():
        return None
    if _before_meeting(tail[:verb[1]], lang):
        return None
    return verb[0]


def _nobody_named(role: str, holders: dict, chairs: dict, lang: str) -> bool:
    """Whether the report names nobody in ``role`` (nor, for a chair role, anybody chairing)."""
    key = _ungendered(role)
    if any(_ungendered(r) == key or _ungendered(r).startswith((key + " ", key + "-")) for r in holders):
        return False
    return not (is_chair_role(role, lang) and (chairs or any(is_chair_role(r, lang) for r in holders)))


_QUALIFIED = re.compile(r"(?P<words>(?:\s+[^\W\d_][\w'’-]*){1,2}?)(?P<note>[ \t]*\([^()\n]{1,5}\))?")


def _qualified(text: str, end: int, written: str, holders: dict, chairs: dict,
               lang: str) -> tuple[str, int, tuple] | None:
    """A role written on with capitalised words and maybe a short note in brackets ("El
    Secretario Municipal (S)"), when the report names one holder of the longer role:
    (the longer role, where it ends, its holder); else None."""
    m = _QUALIFIED.match(text, end)
    if m is None or not all(w[:1].isupper() for w in m.group("words").split()):
        return None
    longer = written + " " + " ".join(m.group("words").split())
    holder = _holder(longer, holders, chairs, lang)
    if holder is None or fold(longer) not in holders:
        return None
    return longer, m.end(), holder


def role_holders(doc: Document, sents, found: list[Intervention], names: list[NameMatch],
                 lang: str, labels: set[int], meeting: Meeting | None = None) -> list[Intervention]:
    """Interventions for roles named without a person (see the module docstring)."""
    text = doc.text
    holders = holders_by_role(found, lang)
    chairs = chair_people(found)
    body = meeting.body if meeting is not None else None
    rx = _role_opening_re(lang)
    out = []
    for s in sents:
        m = rx.match(s.text)
        if not m or not m.group("det") and not m.group("role")[:1].isupper():
            continue
        start, end = s.start + m.start("role"), s.start + m.end("role")
        if any(n.start <= end and start <= n.end for n in names) or any(
                s.start <= lb <= end for lb in labels):
            continue                                    # a name's, or a turn label
        tail = text[end:s.end]
        if re.match(r"\s*[,(]", tail) and not m.group("agent"):
            continue                                    # "Le Président, M. X" names someone
        written = " ".join(m.group("role").split())
        role = _office_role(written, lang)
        holder = _holder(role, holders, chairs, lang)
        longer = _qualified(text, end, written, holders, chairs, lang)
        if longer is not None:                          # "El Secretario Municipal (S) da lectura"
            written, end, holder = longer
            role, tail = written, text[end:s.end]
        kind = _act_of(tail, bool(m.group("agent")), lang)
        if kind is None:
            continue
        prov = provenance(doc, start, end, NAME, VERSION)
        if holder is not None:
            hon, given, family = holder
            out.append(Intervention(doc_id=doc.doc_id, name_as_written=written, kind=kind, prov=prov,
                                    honorific=hon, given_name=given, family_name=family, role=role))
        elif _nobody_named(role, holders, chairs, lang):
            out.append(Intervention(doc_id=doc.doc_id, name_as_written=written, kind=kind, prov=prov,
                                    role=role, affiliation=body))
    return out
