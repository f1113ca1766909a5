"""Splitting a person's name written after an honorific or a role into given and family names."""

from __future__ import annotations

from extractors.speakers.vocabulary import _name_lists, _particles
from pipeline.text import fold


def _middle_given(tok: str, lang: str) -> bool:
    """Whether a word between a first given name and a final family name is a further
    given name: a known given name, and in Spanish (two family names are the rule) one
    that is not also a known family name."""
    given, family = _name_lists()
    f = fold(tok)
    return f in given and (lang != "es" or f not in family)


def _split_mixed(name: str, lang: str, unknown_after: bool) -> tuple[str | None, str | None]:
    """Given and family names of a mixed-case name written after an honorific."""
    toks = name.split()
    if unknown_after:
        return " ".join(toks), None
    if len(toks) == 1:
        return None, toks[0]
    if _family_first(toks, lang):         # "Ms. Van den Broeck", "Mr. Ferreira Lacerda"
        return None, " ".join(toks)
    if lang == "es":
        return _split_spanish(toks, lang)
    # the family name starts at the first particle, else after the first given name
    for i, t in enumerate(toks[1:], start=1):
        if fold(t.rstrip("'’")) in _particles(lang) or t.endswith(("'", "’")):
            return " ".join(toks[:i]), " ".join(toks[i:])
    cut = 1                                # "Mary Ann Smith", but "Rafael Quintero Lleras"
    while cut < len(toks) - 1 and _middle_given(toks[cut], lang):
        cut += 1
    return " ".join(toks[:cut]), " ".join(toks[cut:])


def _split_spanish(toks: list[str], lang: str) -> tuple[str, str]:
    """Given and family names of a Spanish name: two surnames, a particle belonging to the
    word after it."""
    units: list[list[str]] = []
    for t in toks:
        if units and fold(units[-1][-1]) in _particles(lang):
            units[-1].append(t)
        else:
            units.append([t])
    if len(units) == 3 and len(units[1]) == 1 and _middle_given(units[1][0], lang):
        cut = 2                            # "Rosa Elena Marín": a compound given name
    elif len(units) >= 3:
        cut = len(units) - 2
    else:
        cut = 1
    return " ".join(sum(units[:cut], [])), " ".join(sum(units[cut:], []))


def _family_first(toks: list[str], lang: str) -> bool:
    """Whether a mixed-case name written after an honorific or role has no given name:
    it opens with a capitalised particle followed by another particle or by a word that
    is no given name ("Van den Broeck", "De la Torre"), or it is two words of which the
    first is known only as a family name, never as a given one ("Ferreira Lacerda")."""
    given, family = _name_lists()
    first = fold(toks[0])
    if first in _particles(lang) and toks[0][:1].isupper():
        nxt = fold(toks[1])
        return nxt in _particles(lang) or first not in given
    return (len(toks) == 2 and first in family and first not in given
            and fold(toks[1]) not in given)
