"""Statements attributed to a person or a role ("selon le trésorier, le déficit se
résorbera", "according to Ms X", "según el tesorero"): the one named speaks."""

from __future__ import annotations

import functools
import re

from extractors.speakers.identity import NAME, VERSION
from extractors.speakers.names import NameMatch
from extractors.speakers.roles import _role_re
from extractors.speakers.turns import _holder, chair_people, holders_by_role
from extractors.speakers.vocabulary import _determiner
from pipeline.lexicon import words
from pipeline.patterns import alternation, compiled
from pipeline.records import Document, Intervention
from pipeline.text import provenance


@functools.cache
def _attribution(lang: str, role: str) -> str:
    """An attribution phrase, maybe a determiner, then a role (``role``: "" or "?")."""
    phrases = alternation(words(lang, "people", "attribution_phrases"))
    return (rf"(?<![\w'’]){phrases}\s+(?:(?:{_determiner()})\s*)?"
            rf"(?P<role>{_role_re(lang).pattern}){role}")


@functools.cache
def _before_name_re(lang: str) -> re.Pattern:
    """An attribution ending a text, right before a name ("selon le trésorier, M.")."""
    return compiled(rf"{_attribution(lang, '?')}[\s,]*$", re.I)


@functools.cache
def _to_role_re(lang: str) -> re.Pattern:
    """An attribution to a role ("selon le trésorier")."""
    return compiled(_attribution(lang, ""), re.I)


def attributed_names(text: str, names: list[NameMatch], lang: str) -> set[int]:
    """Starts of the names a statement is attributed to ("selon M. X")."""
    rx = _before_name_re(lang)
    return {n.start for n in names if rx.search(text[max(0, n.start - 80):n.start])}


def attributed_roles(doc: Document, found: list[Intervention], names: list[NameMatch],
                     lang: str) -> list[Intervention]:
    """A role a statement is attributed to with no name after it ("selon le trésorier
    devrait ..."), credited to its one named holder (none: nothing)."""
    holders, chairs = holders_by_role(found, lang), chair_people(found)
    if not holders and not chairs:
        return []
    rx = _to_role_re(lang)
    starts = {n.start for n in names}
    out = []
    for m in rx.finditer(doc.text):
        after = doc.text[m.end():m.end() + 40]
        gap = len(after) - len(after.lstrip(" \t\n,"))
        if m.end() + gap in starts:
            continue                                    # "selon le trésorier, M. X": his name's
        holder = _holder(m.group("role"), holders, chairs, lang)
        if holder is None:
            continue
        hon, given, family = holder
        role = " ".join(m.group("role").split())
        out.append(Intervention(
            doc_id=doc.doc_id, name_as_written=role, kind="speaks",
            prov=provenance(doc, m.start("role"), m.end("role"), NAME, VERSION), honorific=hon,
            given_name=given, family_name=family, role=role))
    return out
