"""One person written several ways in one report: the fullest writing names every other.

* "la concejala Cubero Segura" read as given + family, beside "Daniela Cubero Segura": the
  two words are her family name.
* "Ms Harriet" (one word after an honorific) is Harriet MacLeod when the report writes
  one full name with that given name; "Robin" of a first-name list is Robin DUFER; a
  first name is also completed by the one capitalised word the report writes after it
  ("Innes" and "Innes Bigaran" in attached notes).
* "Pandolfi Daniel" in a surname-first list and "Daniel Pandolfi" in the text: the words
  are the same, the split is the one whose given part is made of given names.
* "Ing. Landeros" beside "Uriel Landeros Pérez", "Natalia López" beside "Natalia López
  Delgado": a first surname alone, or a shorter family with the same given name, is the
  one person whose family name it opens.
* "Allen Fisk" beside "Robert Allen Fisk": two words closing a three-word name are a
  two-word family name; "Juan Carlos Buitrago" beside "Juan Carlos de la Cuesta": two
  words opening a name that open another as its given names are a compound given name.
"""

from __future__ import annotations

import re
from dataclasses import replace

from extractors.speakers.names import GIVEN, _name_lists
from extractors.speakers.vocabulary import _determiners, _not_names, _particles, _role_words
from pipeline.records import Intervention
from pipeline.text import fold


def same_people(found: list[Intervention], text: str, lang: str) -> list[Intervention]:
    """``found`` with every short or reordered writing of a person made the fullest one."""
    found = _split_as_family(found)
    found = _compound_given(found)
    found = _two_word_family(found)
    found = _reordered(found, lang)
    found = _completed_first_names(found, text, lang)
    found = _given_as_family(found)
    return _two_words_of_a_fuller_name(_shorter_family(found), lang)


def _split_as_family(found: list[Intervention]) -> list[Intervention]:
    """A name read as given + family ("la concejala Cubero Segura" -> Cubero / Segura)
    whose words are, in that order, the whole family name of one person written in full
    elsewhere in the document ("Daniela Cubero Segura") is that person."""
    families: dict[str, set[tuple[str, str]]] = {}
    for i in found:
        if i.family_name and i.given_name:
            families.setdefault(fold(i.family_name), set()).add((i.given_name, i.family_name))
    out = []
    for i in found:
        key = fold(f"{i.given_name} {i.family_name}") if i.given_name and i.family_name else None
        people = {(fold(g), fold(f)): (g, f) for g, f in families.get(key, ())} if key else {}
        if len(people) == 1:
            given, family = next(iter(people.values()))
            i = replace(i, given_name=given, family_name=family)
        out.append(i)
    return out


def _given_as_family(found: list[Intervention]) -> list[Intervention]:
    """An honorific with one word ("Ms Harriet") read as a family name is the person whose
    given name that word is, when the document writes exactly one such full name ("Ms
    Harriet MacLeod"); with several it is dropped (no false person); a word that is some
    person's family name ("Ms. Touré") stays as it is."""
    families = {fold(i.family_name) for i in found if i.family_name and i.given_name}
    by_given: dict[str, set[tuple[str, str]]] = {}
    for i in found:
        if i.family_name and i.given_name:
            g = fold(i.given_name)
            for key in {g, g.split()[0]}:
                by_given.setdefault(key, set()).add((i.given_name, i.family_name))
    out = []
    for i in found:
        key = fold(i.family_name or "")
        if i.given_name or not key or key in families or key not in by_given:
            out.append(i)
            continue
        people = {(fold(f), fold(g)): (g, f) for g, f in by_given[key]}
        if len(people) == 1:
            given, family = next(iter(people.values()))
            out.append(replace(i, given_name=given, family_name=family))
    return out


def _full(found: list[Intervention]) -> list[Intervention]:
    return [i for i in found if i.given_name and i.family_name]


def _words(i: Intervention) -> tuple[str, ...]:
    return tuple(fold(f"{i.given_name or ''} {i.family_name or ''}").split())


def _compound_given(found: list[Intervention]) -> list[Intervention]:
    """A three-word name read as given + two family names ("Juan / Carlos Buitrago") whose
    first two words are the given names of another person of the report ("Juan Carlos de
    la Cuesta Galvis") has that compound given name: Juan Carlos / Buitrago."""
    compounds = {fold(i.given_name) for i in _full(found) if len(i.given_name.split()) == 2}
    out = []
    for i in found:
        fam = (i.family_name or "").split()
        if i.given_name and len(i.given_name.split()) == 1 and len(fam) == 2 \
                and fold(f"{i.given_name} {fam[0]}") in compounds and not i.family_name.isupper():
            i = replace(i, given_name=f"{i.given_name} {fam[0]}", family_name=fam[1])
        out.append(i)
    return out


def _two_word_family(found: list[Intervention]) -> list[Intervention]:
    """"Allen Fisk" (read Allen / Fisk) beside "Robert Allen Fisk" (read Robert Allen /
    Fisk): the family name is "Allen Fisk" in both."""
    twos = {_words(i) for i in _full(found) if len(_words(i)) == 2}
    out = []
    for i in found:
        w = _words(i)
        if i.given_name and i.family_name and len(w) == 3 and w[1:] in twos \
                and len(i.family_name.split()) == 1 and not i.family_name.isupper():
            first, second = i.given_name.split()[0], i.given_name.split()[1:]
            if len(second) == 1:
                i = replace(i, given_name=first, family_name=f"{second[0]} {i.family_name}")
        elif i.given_name and i.family_name and len(w) == 2 and any(
                len(_words(o)) == 3 and _words(o)[1:] == w and not o.family_name.isupper()
                for o in _full(found)):
            i = replace(i, given_name=None, family_name=f"{i.given_name} {i.family_name}")
        out.append(i)
    return out


def _given_score(given: str | None, family: str | None, lang: str) -> int:
    """How well a split reads: given names that are known given names (a particle is none),
    a family name that is not."""
    names = _name_lists()[0] - _particles(lang)
    g = sum(1 for t in (given or "").split() if fold(t) in names)
    f = sum(1 for t in (family or "").split() if fold(t) in names)
    return g - f


def _reordered(found: list[Intervention], lang: str) -> list[Intervention]:
    """Names written with the same words in two orders ("Pandolfi Daniel", "Daniel
    Pandolfi") take the split that reads best (see ``_given_score``)."""
    best: dict[frozenset, tuple[int, str, str]] = {}
    for i in _full(found):
        key = frozenset(_words(i))
        score = _given_score(i.given_name, i.family_name, lang)
        if key not in best or score > best[key][0]:
            best[key] = (score, i.given_name, i.family_name)
    out = []
    for i in found:
        key = frozenset(_words(i))
        if i.given_name and i.family_name and key in best and len(key) == len(_words(i)):
            _, given, family = best[key]
            if fold(given) != fold(i.given_name):
                i = replace(i, given_name=given, family_name=family)
        out.append(i)
    return out


def _completed_first_names(found: list[Intervention], text: str, lang: str) -> list[Intervention]:
    """A person written as a bare first name ("Robin", "Innes"; not 'un monsieur "John"',
    whose family name the report says it lacks) is the one person the report names with
    that first name and a family name, or the one capitalised word the report writes right
    after that first name ("Innes Bigaran")."""
    fulls: dict[str, set[tuple[str, str]]] = {}
    for i in _full(found):
        fulls.setdefault(fold(i.given_name.split()[0]), set()).add((i.given_name, i.family_name))
    stop = _not_names(lang) | _role_words(lang)
    out = []
    for i in found:
        if i.given_name and not i.family_name and fold(i.name_as_written) == fold(i.given_name):
            key = fold(i.given_name)
            people = {(fold(g), fold(f)): (g, f) for g, f in fulls.get(key, ())}
            if not people:
                after = {a for a in _words_after(text, i.given_name) if fold(a) not in stop}
                people = {(key, fold(a)): (i.given_name, a) for a in after}
            if len(people) == 1:
                given, family = next(iter(people.values()))
                i = replace(i, given_name=given, family_name=family)
        out.append(i)
    return out


def _shorter_family(found: list[Intervention]) -> list[Intervention]:
    """A family name that opens the longer family name of exactly one person, written
    alone ("Ing. Landeros") or with that person's given name or its first word ("Natalia
    López", "Sandra Sánchez" beside "Sandra Milena Sánchez Álvarez"), is that person's;
    a family alone that opens several is the one of them written with its honorific."""
    longer: dict[str, set[tuple[str, str]]] = {}
    titles: dict[tuple[str, str], set[str]] = {}
    for i in _full(found):
        fam = fold(i.family_name).split()
        titles.setdefault((fold(i.given_name), fold(i.family_name)), set()).add(fold(i.honorific or ""))
        for k in range(1, len(fam)):
            longer.setdefault(" ".join(fam[:k]), set()).add((i.given_name, i.family_name))
    out = []
    for i in found:
        if i.family_name and fold(i.family_name) in longer:
            people = {(fold(g), fold(f)): (g, f) for g, f in longer[fold(i.family_name)]}
            if i.given_name:
                g = fold(i.given_name)
                people = {k: v for k, v in people.items() if k[0] == g or k[0].startswith(g + " ")}
            elif len(people) > 1 and i.honorific:       # "Lic. Hernández": the one "Lic."
                titled = {k: v for k, v in people.items() if fold(i.honorific) in titles.get(k, ())}
                people = titled if len(titled) == 1 else people
            if len(people) == 1:
                given, family = next(iter(people.values()))
                i = replace(i, given_name=i.given_name or given, family_name=family)
        out.append(i)
    return out


def _two_words_of_a_fuller_name(found: list[Intervention], lang: str) -> list[Intervention]:
    """Two words, however read ("concejal Luis Guillermo", "Farley Macías"), that open the
    full name of exactly one person of three words or more and stand in it in that order
    ("Luis Guillermo de Jesús Vélez Álvarez", "Farley Jhair Macías Betancur") are that
    person (a member called by given names, or by first given name and first surname)."""
    fuller: dict[str, set[tuple[str, str]]] = {}
    junk = _particles(lang) | _not_names(lang) | _determiners()
    for i in _full(found):
        w = _words(i)
        if len(w) >= 3 and fold(i.family_name) not in junk:     # not "Odile Camus La"
            fuller.setdefault(w[0], set()).add((i.given_name, i.family_name))
    out = []
    for i in found:
        w = _words(i)
        if len(w) == 2 and w[0] in fuller:
            people = {(fold(g), fold(f)): (g, f) for g, f in fuller[w[0]]
                      if w[1] in fold(f"{g} {f}").split()[1:]}
            if len(people) == 1:
                given, family = next(iter(people.values()))
                i = replace(i, given_name=given, family_name=family)
        out.append(i)
    return out


_NEXT_GIVEN = re.compile(rf"[ \t]+({GIVEN})(?![\w'’-])")


def _words_after(text: str, given: str) -> list[str]:
    """The capitalised word right after each whole-word writing of ``given`` (the name
    is compared in Python: a pattern of it would be compiled per name)."""
    out, at = [], text.find(given) if given else -1
    while at >= 0:
        m = None
        if not (at and (text[at - 1].isalnum() or text[at - 1] in "_'’-")):
            m = _NEXT_GIVEN.match(text, at + len(given))
        if m:
            out.append(m.group(1))
        at = text.find(given, m.end() if m else at + 1)
    return out
