"""The role, country and affiliation written next to a person's name."""

from __future__ import annotations

import functools
import re

from extractors.speakers.names import LO, UP
from extractors.speakers.vocabulary import _every_language
from pipeline.lexicon import words
from pipeline.patterns import alternation, compiled
from pipeline.text import fold


@functools.cache
def _role_re(lang: str) -> re.Pattern:
    roles = alternation(words(lang, "people", "roles"))
    # a role may be the first of a hyphenated pair ("Alcalde-Presidente", "Secretario-Interventor")
    return re.compile(rf"(?<![\w-]){roles}(?:-[^\W\d_]{{3,}})?(?![\w-])", re.I)


@functools.cache
def _countries(lang: str) -> dict[str, str]:
    from babel import Locale
    try:
        names = Locale.parse(lang).territories
    except Exception:                      # pragma: no cover - babel always has fr/en/es;
        return {}                          # a locale it lacks only finds no country
    return {fold(v): v for k, v in names.items() if k.isalpha() and len(k) == 2}


@functools.cache
def _country_word_re() -> re.Pattern:
    """A capitalised word or two in brackets or after a preposition of origin ("(Chile)",
    "of Sweden", "de Zambie"): maybe a country."""
    preps = alternation(_every_language("genitive_prepositions") + _every_language("origin_prepositions"))
    return compiled(rf"(?:\(|\b{preps}\s*)([{UP}][\w'’-]+(?:\s[{UP}][\w-]+)?)")


def _country_in(tail: str, lang: str) -> str | None:
    countries = _countries(lang)
    for m in _country_word_re().finditer(tail):
        for cand in (m.group(1), m.group(1).split()[0]):
            if fold(cand) in countries:
                return countries[fold(cand)]
    return None


@functools.cache
def _acronym_after_preposition_re() -> re.Pattern:
    """An acronym after a preposition of affiliation ("au BSAG Baltic Sea Action Group")."""
    preps = alternation(_every_language("affiliation_prepositions"))
    return compiled(rf"\b{preps}\s+([{UP}][{UP}0-9&-]{{1,11}}(?:\s+[{UP}][{LO}]+)*)")


@functools.cache
def _linked_body_re(lang: str) -> re.Pattern:
    """A body named after a linker or a preposition of origin ("of the Finance Board")."""
    link = alternation(words(lang, "meetings", "linkers"))
    origin = alternation(_every_language("origin_prepositions"))
    return compiled(rf"\s*(?:{link}|{origin})\s*((?:[{LO}{UP}][\w'’-]*\s*){{1,10}}?)\s*(?=[,(]|$)")


def _affiliation_in(tail: str, lang: str) -> str | None:
    m = re.search(rf"\(\s*([{UP}][{UP}0-9&-]{{1,11}})\s*\)", tail)
    if m:
        return m.group(1)
    m = re.match(rf"\s*,\s*([{UP}][{UP}0-9&-]{{1,11}})\b", tail)
    if m:
        return m.group(1)
    m = _acronym_after_preposition_re().search(tail)
    if m:                                  # "chef de Projet au BSAG Baltic Sea Action Group"
        return m.group(1)
    m = _linked_body_re(lang).match(tail)
    if m and m.group(1).strip() and fold(m.group(1).split()[0]) not in _countries(lang):
        return " ".join(m.group(1).split())
    return None


@functools.cache
def _role_link(lang: str) -> str:
    """A linker opening the complement of a role ("Président du jour", "Chair of the Board")."""
    link = alternation(words(lang, "meetings", "linkers"))
    return rf"\s+{link}(?:\s+|(?<=['’]))"


@functools.cache
def _role_gap_re(lang: str) -> re.Pattern:
    """What may stand between a role and the name after it: a capitalised word qualifying
    it before a short note in brackets ("el Secretario Municipal (S), don X"), its
    complement, then a comma, bracket or colon."""
    return compiled(rf"((?:\s+[{UP}][{LO}]+(?=[ \t]*\())?(?:{_role_link(lang)}[^.;:(),]{{0,25}}?)?)"
                    rf"\s*(?:\([^()\n]{{1,5}}\))?\s*([,(:]?)\s*")


@functools.cache
def _role_complement_re(lang: str) -> re.Pattern:
    """The complement of a role written after a name, up to a preposition of place or a
    punctuation mark ("Vice-Président du Consortium")."""
    ends = alternation(_every_language("role_end_prepositions"))
    return compiled(rf"(?:{_role_link(lang)}[^,;:.()]{{0,40}}?(?=\s+{ends}\s|[,;.()]|$))?")


def _role_near(prefix: str, tail: str, lang: str) -> str | None:
    """The role written next to a name: just before it ("le Président du jour, M. X"),
    in apposition after it ("M. X, Vice-Président du Consortium") or as one item of a
    bracket after it, a chair role first ("Prof. X (Vice-Chancellor, Chair)")."""
    rx = _role_re(lang)
    m = None
    for m in rx.finditer(prefix):
        pass
    if m:
        gap = _role_gap_re(lang).fullmatch(prefix[m.end():])
        own_line = re.fullmatch(r"[\W\d]*", prefix[:m.start()].split("\n")[-1])
        # "Presidente: Dr. X" in a list, but not "Madam Speaker: Councillor X" in a
        # transcript, nor the role closing the line above ("Dr. A, Presidente\nIng. B")
        if gap and (gap.group(2) != ":" or own_line) and (
                own_line or gap.group(2) or "\n" not in gap.group()):
            return " ".join((m.group() + gap.group(1)).split())
    bracket = re.match(r"\s*\(([^()\n]{1,80})\)", tail)
    if bracket:                            # "X (Provost, Chair)": a chair role among the items first
        items = [" ".join(i.split()) for i in bracket.group(1).split(",")]
        roles = [i for i in items if rx.fullmatch(i)]
        chair = [i for i in roles if fold(i) in {fold(r) for r in words(lang, "people", "chair_roles")}]
        if len(roles) > 1 or roles and roles[0] != items[0]:
            return (chair or roles)[0]
    t = rx.search(tail[:120])
    # "X, Chair", "X – Président", "X, Committee Secretary" (capitalised words qualifying it)
    q = t and re.fullmatch(rf"\s*(?:[,(]|[–—-](?=\s))?\s*((?:[{UP}][\w'’-]*[ \t]+){{0,2}})", tail[:t.start()])
    if q:
        start = q.start(1)
        rest = _role_complement_re(lang).match(tail[t.end():]).group()
        after = tail[t.end() + len(rest):]
        # "X, Vocal: Dr. Y" labels Y; in "X Clerk J Y" (nothing between the role and the
        # next name, where ``tail`` ends) and in "X, Vice Mayor Owen Tarrant" (a full name
        # right after the role) the role opens Y's item
        if not re.match(r"\s*:", after) and not (
                not tail[:start].strip() and re.match(r"[ \t]+\Z", after)) and not (
                tail[:start].strip() == "," and re.match(rf"[ \t]+[{UP}][{LO}]+[ \t]+[{UP}]", after)):
            return " ".join((tail[start:t.end()] + rest).split())
    return None
