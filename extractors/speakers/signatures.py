"""Signature blocks that set names side by side on one line and their roles under them:

    SEBASTIÁN LÓPEZ VALENCIA   JUAN CAMILO ARREDONDO B
    Presidente                 Secretario General

Each name in capitals takes the role under it, in order; a report that then acts by the
role ("El secretario General informó ...") is crediting that person."""

from __future__ import annotations

import functools
import re

from extractors.speakers.names import UP, NameMatch, _name_lists
from extractors.speakers.roles import _role_re
from extractors.speakers.vocabulary import _honorifics
from pipeline.text import fold

_LINE = re.compile(r"(?m)^[ \t]*(?P<names>[^\n]+?)[ \t]*\n[ \t]*(?P<roles>[^\n]+?)[ \t]*$")
_WORD = re.compile(rf"[{UP}][{UP}'’-]*\.?")


def signature_names(text: str, known: list[NameMatch], lang: str) -> list[tuple[NameMatch, str]]:
    """Every name of a signature block (see the module docstring) no rule found before,
    with the role written under it."""
    out = []
    for m in _LINE.finditer(text):
        roles = _roles_only(m.group("roles"), lang)
        words = list(_WORD.finditer(m.group("names")))
        if not roles or len(words) < 2 * len(roles) or not _caps_only(m.group("names")):
            continue
        groups = _split_names([w.group() for w in words], len(roles), lang)
        if groups is None:
            continue
        off, k = m.start("names"), 0
        for group, role in zip(groups, roles):
            first, last = words[k], words[k + len(group) - 1]
            k += len(group)
            start, end = off + first.start(), off + last.end()
            if any(n.start < end and start < n.end for n in known):
                continue
            hon = next((h for h in group if _is_honorific(h, lang)), None)
            given, family = _given_family([w for w in group if not _is_honorific(w, lang)])
            out.append((NameMatch(start, end, _honorific_of(hon, lang), given, family), role))
    return out


def _is_honorific(word: str, lang: str) -> bool:
    """Whether a word in capitals is an honorific ("DR.", "SRA.")."""
    return fold(word) in _folded_honorifics(lang)


@functools.cache
def _folded_honorifics(lang: str) -> dict[str, str]:
    return {fold(h): c for h, c in _honorifics(lang).items()}


def _honorific_of(word: str | None, lang: str) -> str | None:
    return _folded_honorifics(lang)[fold(word)] if word else None


def _roles_only(line: str, lang: str) -> list[str]:
    """The roles of a line made of roles only ("Presidente   Secretario General"), else []."""
    found = list(_role_re(lang).finditer(line))
    rest = _role_re(lang).sub(" ", line)
    return [" ".join(r.group().split()) for r in found] if found and not rest.strip() else []


def _caps_only(line: str) -> bool:
    """Whether a line holds only words in capitals (an initial may close a name)."""
    return all(_WORD.fullmatch(w) for w in line.split())


def _split_names(words: list[str], count: int, lang: str) -> list[list[str]] | None:
    """``words`` cut into ``count`` names, each opened by its honorific or known given
    names; None when they do not cut it so."""
    given = _name_lists()[0]
    is_given = [_is_honorific(w, lang) or all(fold(p) in given for p in w.split("-")) for w in words]
    cuts = [0]
    k = 1
    while count > 1 and k < len(words):
        if is_given[k] and not is_given[k - 1]:
            end = k
            while end < len(words) and is_given[end]:
                end += 1                 # a run of given names: the last two open the name
            cuts.append(max(k, end - 2))             # ("LÓPEZ VALENCIA JUAN CAMILO")
            k = end
        k += 1
    if len(cuts) != count:
        return None
    groups = [words[a:b] for a, b in zip(cuts, cuts[1:] + [len(words)])]
    return groups if all(len([w for w in g if not _is_honorific(w, lang)]) >= 2 for g in groups) else None


def _given_family(group: list[str]) -> tuple[str | None, str]:
    """The known given names opening a name (two at most, one word left), and the rest."""
    given = _name_lists()[0]
    cut = 0
    while cut < min(2, len(group) - 1) and all(fold(p) in given for p in group[cut].split("-")):
        cut += 1
    return (" ".join(group[:cut]) or None), " ".join(group[cut:])
