"""A role word and one family name standing as a subject or a turn label.

Board and council minutes name their members by role and family name only: "Director Lee
moved to approve ...; Director Ortiz seconded.", "Commissioner Adams asked ...", "el
concejal Gil propuso ...", and transcripts write the same in capitals as a turn label
("CHAIRMAN HOLLOWAY: ..."). The name rules need two words after a role ("el presidente
Sebastián López"), so the lone word is read here, and only where it acts: an act verb right
after it (at most two lower-case words between: "Director Lee then moved"), or a colon
closing a label that opens its line. The word must be a known family name, one spaCy's NER
reads as a person, or no known given name that the report also writes without a
capitalised word before it (a roll call's "Nakagawa,"; "Director General stated" and "la
Síndica Procuradora clausuró" name nobody), never a role, a not-name, a body word or a
word the report writes in lower case. A role label that names its holder
in brackets ("Sr. PRESIDENTE (Gómez).-", "The CHAIR (Ms. Lund):") is that person's turn;
a country in the brackets is no person ("The President (France):").
"""

from __future__ import annotations

import functools
import re

from extractors.speakers.acts import _first_verb
from extractors.speakers.namepatterns import LO, MIXED, UP, UPPER
from extractors.speakers.acts import _LABEL_LEAD
from extractors.speakers.names import NameMatch, _lower_words, _split_mixed
from extractors.speakers.ner import _ner_says_person
from extractors.speakers.roles import _country_in
from extractors.speakers.roles import _role_re
from extractors.speakers.vocabulary import (_determiner, _honorific_words, _honorifics,
                                            _institution_words, _name_lists, _not_names,
                                            _role_tokens, _role_words)
from pipeline.lexicon import words
from pipeline.patterns import alternation
from pipeline.text import SpanSet, fold

# what may stand between the name and its verb: up to two lower-case adverbs ("then", "also")
_BEFORE_VERB = re.compile(rf"[ \t]+(?:[{LO}]+[ \t]+){{0,2}}")


@functools.cache
def _role_name_re(lang: str) -> re.Pattern:
    """A role (any case) then one mixed-case or upper-case word, alone (no capitalised word
    after it: "Director General Smith" is a longer name)."""
    roles = alternation(words(lang, "people", "roles"))
    return re.compile(rf"(?<![\w.-])(?P<role>(?i:{roles}))[ \t]+(?P<name>{MIXED}|{UPPER})"
                      rf"(?![\w'’-])(?![ \t]+[{UP}][\w'’-]*[{LO}])")


def _plausible(word: str, text: str, start: int, end: int, lang: str,
               lower: frozenset[str]) -> bool:
    """Whether a lone word after a role may be a family name (see the module docstring)."""
    f = fold(word)
    if (f in _not_names(lang) or f in _role_words(lang) or f in _role_tokens(lang)
            or f in _institution_words(lang) or f in _honorific_words(lang)
            or word.lower() in lower):
        return False
    given, family = _name_lists()
    if f in family or _ner_says_person(text, start, end, lang):
        return True
    return f not in given and _written_alone(text, word, start)


def _written_alone(text: str, word: str, start: int) -> bool:
    """Whether ``word`` stands elsewhere in the text with no capitalised word before it (a
    roll call's "Nakagawa", "Nakagawa," in a list): a name, where a word always written
    after the same role is part of that role ("la Síndica Procuradora")."""
    for m in re.finditer(rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])", text):
        before = text[max(0, m.start() - 40):m.start()].split()
        if m.start() != start and not (before and before[-1][:1].isupper() and before[-1][-1:].isalpha()):
            return True
    return False


def _label(text: str, m: re.Match) -> bool:
    """Whether the role and name stand as a turn label opening its line ("CHAIRMAN
    HOLLOWAY:", "Director Lee:"), both in capitals or neither."""
    line_start = text.rfind("\n", 0, m.start()) + 1
    return (not text[line_start:m.start()].strip(" \t-–—•")
            and re.match(r"[ \t]*[:：]", text[m.end():]) is not None
            and m.group("name").isupper() == m.group("role").isupper())


def _acts(text: str, m: re.Match, lang: str) -> bool:
    """Whether the role and name stand as a turn label or right before an act verb
    ("Director Lee moved")."""
    if _label(text, m):
        return True
    if m.group("name").isupper():
        return False                      # an upper-case word runs in no sentence
    verb = _first_verb(text[m.end():m.end() + 80], lang)
    return verb is not None and _BEFORE_VERB.fullmatch(text, m.end(), m.end() + verb[1]) is not None


def role_family_names(text: str, lang: str,
                      known: list[NameMatch]) -> tuple[list[NameMatch], set[int]]:
    """The lone family names after a role that act (see the module docstring), none that
    a name already found overlaps, and the starts of those that label a turn (they speak)."""
    lower = _lower_words(text)
    named = SpanSet((k.start, k.end) for k in known)
    out, labels = [], set()
    for m in _role_name_re(lang).finditer(text):
        start, end = m.span("name")
        word = m.group("name")
        if named.overlaps(start, end) or not _acts(text, m, lang):
            continue
        if _plausible(word.title() if word.isupper() else word, text, start, end, lang, lower):
            out.append(NameMatch(start, end, None, None, word))
            if _label(text, m):
                labels.add(start)
    return out, labels


@functools.cache
def _bracket_label_re(lang: str) -> re.Pattern:
    """A role label opening a line (a determiner and an address or honorific may lead it)
    with its holder in brackets, then the label's end: "Sr. PRESIDENTE (Gómez).-", "The
    CHAIRMAN (Mr. Hollis):"."""
    addr = alternation(list(words(lang, "people", "role_addresses")) + list(_honorifics(lang)))
    det = _determiner()
    return re.compile(rf"(?:{det}[ \t]+)?(?:(?:{addr})[ \t]+)?(?:{det}[ \t]+)?{_role_re(lang).pattern}"
                      rf"[ \t]*\((?P<who>[^()\n]{{1,60}})\)[ \t]*(?::|：|\.[ \t]*[-–—])", re.I)


def _bracket_name(b: re.Match, offset: int, text: str, lang: str, known: list[NameMatch],
                  lower: frozenset[str]) -> NameMatch | None:
    """The person in a label's brackets: a name found there, else one to four mixed-case
    words, none a not-name, a role or a word the report writes in lower case; never a
    country ("The President (France):")."""
    start, end = offset + b.start("who"), offset + b.end("who")
    hit = next((k for k in known if start <= k.start < end), None)
    if hit is not None:
        return hit
    who = b.group("who").strip()
    words_ = who.split()
    if (_country_in(f"({who})", lang) or not re.fullmatch(rf"{MIXED}(?:[ \t]+{MIXED}){{0,3}}", who)
            or any(fold(w) in _not_names(lang) or fold(w) in _role_words(lang) or w.lower() in lower
                   for w in words_)):
        return None
    start += len(b.group("who")) - len(b.group("who").lstrip())
    return NameMatch(start, start + len(who), None, *_split_mixed(" ".join(words_), lang, False))


def bracket_label_names(text: str, lang: str,
                        known: list[NameMatch]) -> tuple[list[NameMatch], set[int]]:
    """The holders named in brackets after a role label opening a line (see the module
    docstring): the new names, and the starts of every such name (new or found before)."""
    lower = _lower_words(text)
    new, starts = [], set()
    for line in re.finditer(r"(?m)^.+$", text):
        b = _bracket_label_re(lang).match(line.group(), _LABEL_LEAD.match(line.group()).end())
        hit = b and _bracket_name(b, line.start(), text, lang, known, lower)
        if not hit:
            continue
        if hit not in known:
            new.append(hit)
        starts.add(hit.start)
    return new, starts
