"""First names standing alone in informal minutes, after the person's full name.

Informal minutes name a member in full once ("Present: Dana Whitfield, ...") and then by
first name only ("Dana opened the meeting", "Sophie présente le budget", "Lucía presentó
el informe"). A capitalised word that is the first given name of exactly one full name of
the report, standing where a subject stands and followed right away by an act verb (or
opening a turn label: "Dana: ..."), is that person (``resolve.same_people`` completes it).
A word the report also writes in lower case, a role or a not-name, a word inside a longer
capitalised run ("Dana Point", "Ms Dana") or a first name two people share is nobody.
"""

from __future__ import annotations

import re

from extractors.speakers.acts import _LABEL_END, _first_verb, _subject_position
from extractors.speakers.names import NameMatch, _lower_words
from extractors.speakers.vocabulary import _honorifics, _not_names, _role_words
from pipeline.text import SpanSet, fold
from pipeline.spaced import iter_spaced

# a capitalised word (or a name part) right before or after: the word is part of a longer run
_CAPITAL_BEFORE = re.compile(r"[\w'’.-]*[A-ZÀ-Þ][\w'’.-]*[ \t]+$")
_CAPITAL_AFTER = re.compile(r"[ \t]+[A-ZÀ-Þ]")


def _first_given(known: list[NameMatch]) -> dict[str, str]:
    """First given name as written -> folded, for the first given names of exactly one
    person (folded family) among the full names found."""
    people: dict[str, set[str]] = {}
    written: dict[str, str] = {}
    for n in known:
        if n.given and n.family:
            first = n.given.split()[0]
            people.setdefault(fold(first), set()).add(fold(n.family))
            written[fold(first)] = first
    return {written[k]: k for k, fams in people.items() if len(fams) == 1 and len(k) >= 3}


def _acts_here(text: str, start: int, end: int, lang: str) -> bool:
    """Whether the word at ``start:end`` stands as the subject right before an act verb,
    or alone as a turn label at the start of its line."""
    line_start = text.rfind("\n", 0, start) + 1
    if not text[line_start:start].strip(" \t-–—•*") and _LABEL_END.match(text, end):
        return True
    sent_start = max(text.rfind(". ", 0, start) + 2, line_start if not text[line_start:start].strip() else 0,
                     text.rfind("\n\n", 0, start) + 2, 0)
    verb = _first_verb(text[end:end + 80], lang)
    if verb is None or text[end:end + verb[1]].strip():
        return False
    return _subject_position(text[sent_start:start], lang)


def lone_first_names(text: str, lang: str, known: list[NameMatch]) -> list[NameMatch]:
    """Every lone first name of one person that acts (see the module docstring)."""
    firsts = _first_given(known)
    if not firsts:
        return []
    lower = _lower_words(text)
    stop = _not_names(lang) | _role_words(lang)
    hons = set(_honorifics(lang))
    taken = SpanSet((k.start, k.end) for k in known)
    # The report's own first names are compared in Python, not as one pattern per
    # document (tests/test_compile_once.py): every writing bounded by no word character,
    # apostrophe or hyphen, left to right.
    spans = sorted({span for w in firsts for span in iter_spaced(text, w, bounded="'’-")})
    out = []
    for start, end in spans:
        w = text[start:end]
        if w.lower() in lower or fold(w) in stop or taken.overlaps(start, end):
            continue
        before = text[max(0, start - 40):start]
        prev = before.split()[-1] if before.split() else ""
        if prev in hons or _CAPITAL_AFTER.match(text, end) or (
                _CAPITAL_BEFORE.search(before) and not prev.endswith((".", ",", ":", ";"))):
            continue                      # "Ms Dana", "Dana Point", "Lake Dana"
        if _acts_here(text, start, end, lang):
            out.append(NameMatch(start, end, None, w, None))
    return out
