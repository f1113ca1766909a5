"""The regular expressions of persons' names: character classes, name shapes, and the
name, honorific and conjunction patterns built once per language from the lexicon."""

from __future__ import annotations

import functools
import re

from extractors.speakers.vocabulary import _conjunctions, _degree_title, _every_language, _honorifics
from pipeline.lexicon import words
from pipeline.patterns import alternation, compiled

UP = "A-ZÀ-ÖØ-ÞŒŠŽŸ"
LO = "a-zß-öø-ÿœšž"
GAP = r"(?:[ \t]+|[ \t]*\n[ \t]*)"                 # a space, or a line break inside a name
GIVEN = rf"[{UP}][{LO}]+(?:-[{UP}][{LO}]+)*"
# a mixed-case family word: an apostrophe prefix and an inner capital allowed ("O'Sullivan",
# "MacLeod", "McDonald", "El-Amrani")
MIXED_WORD = rf"(?:[{UP}]['’])?[{UP}][{LO}]+(?:[{UP}][{LO}]+)?"
MIXED = rf"{MIXED_WORD}(?:-{MIXED_WORD})*"
# an upper-case family name, possibly with a capitalised prefix ("McCARTHY", "MacLEOD")
UPPER = rf"(?:[{UP}][{LO}]{{1,2}}(?=[{UP}]{{2}}))?[{UP}](?:[{UP}]|['’](?=[{UP}])|-(?=[{UP}]))+"
# several upper-case words; a line break inside is kept only after a particle ("LE\nROUX")
UPPERS = rf"{UPPER}(?:(?:[ \t]+|[ \t]*\n[ \t]*){UPPER})*"
INITIALS = rf"[{UP}]\.(?:-?[{UP}]\.){{0,2}}"             # "J.-P.", "A.B."
KOREAN_GIVEN = rf"[{UP}][{LO}]+-[{LO}]+"
# a middle initial before a family name ("Arturo R. Silva", "Paul E Martin", "Ignacio de J.
# Hernández"); undotted, never a letter that is a word ("A", "Y", "O", "I")
MIDDLE_INITIAL = rf"(?:[{UP}]\.|(?![AYOI])[{UP}])(?=[ \t]+[{UP}][{LO}])"

_ROMAN = re.compile(r"[IVXLCDM]+")


# ------------------------------------------------------------------------- patterns


@functools.cache
def _name_re(lang: str) -> re.Pattern:
    hon = alternation(list(_honorifics(lang))) + _degree_title(lang)
    part = alternation(words(lang, "people", "particles"))
    nouns = alternation(words(lang, "people", "person_nouns"))
    links = alternation(words(lang, "people", "name_links"))
    title_family = rf"(?:(?:{part})(?:[ \t]+|(?<=['’]))(?:{part}[ \t]+)*)?{MIXED}"
    # lower-case particles before an upper-case family ("van der BERG", "de VILLENEUVE")
    low = alternation([p for p in words(lang, "people", "particles")
                       if p == p.lower() and p not in _conjunctions()])
    upper_family = rf"(?:(?:{low})(?:{GAP}|(?<=['’]))(?:(?:{low}){GAP})*)?{UPPERS}"
    link = alternation(words(lang, "meetings", "linkers"))
    role_words = alternation(list(words(lang, "people", "roles"))
                             + [h.lower() for h in words(lang, "people", "honorifics")
                                if "." not in h and len(h) > 3 and " " not in h])
    return re.compile(
        rf"(?<![\w.])(?:"
        # 1. honorific, optional given names, UPPER family (possibly across a line break)
        rf"(?P<h1>(?:{hon}|\({hon}\))(?:{GAP}(?:{hon}|\({hon}\)))*){GAP}(?:(?P<g1>{GIVEN}(?:{GAP}(?:{links}{GAP})?{GIVEN})*){GAP})?(?P<f1>{upper_family})(?:{GAP}(?P<k1>{KOREAN_GIVEN})|[ \t]+(?P<t1>{GIVEN}))?"
        # 2. honorific + mixed-case name ("M. Julien de Normandie", "Mme Barbara")
        rf"|(?P<h2>(?:{hon}|\({hon}\))(?:{GAP}(?:{hon}|\({hon}\)))*){GAP}(?:(?P<i2>{INITIALS})[ \t]+)?(?P<n2>{MIXED}(?:[ \t]+(?:(?:{part})[ \t]+)?{MIDDLE_INITIAL})?(?:{GAP}{title_family})*)"
        # 3. person noun + quoted first name ('Un monsieur "John"')
        rf"|(?P<p3>(?i:{nouns}))[ \t]+[\"“«]\s*(?P<g3>{GIVEN})\s*[\"”»]"
        # 4. Given FAMILY ("Paul LUU", "Jean-François SOUSSANA")
        rf"|(?P<g4>{GIVEN}(?:[ \t]+{GIVEN})?)[ \t]+(?P<f4>{upper_family})"
        # 5. FAMILY Given-name ("KIM Jae-won")
        rf"|(?P<f5>{UPPERS})[ \t]+(?P<g5>{KOREAN_GIVEN})"
        # 6. role word + mixed-case name of two words or more ("el presidente Sebastián López"),
        # maybe after a comma and the role's complement ("la secretaria de Salud, Ana Gil")
        rf"|(?<![\w-])(?P<r6>(?i:{role_words}))"
        rf"(?:(?:[ \t]+(?i:{link})(?:[ \t]+[\w'’-]+){{1,3}}?)?[ \t]*,)?[ \t]+(?!(?:{hon})(?![\w]))(?P<n6>{GIVEN}(?:{GAP}{title_family}){{1,4}})"
        # 7. FAMILY, Given names, as rolls and registers write them ("FELLNER, Eduardo Alfredo")
        rf"|(?P<f7>(?:(?:{low})[ \t]+)?{UPPER}(?:[ \t]+(?:(?:{low})[ \t]+)?{UPPER})*),[ \t]*"
        rf"(?P<g7>{GIVEN}(?:[ \t]+{GIVEN}){{0,3}})"
        rf")(?![\w’'-])")


@functools.cache
def _conjunction_re() -> re.Pattern:
    """A conjunction between two spaces ("X y Juan Carlos" names two people)."""
    return compiled(rf"\s{alternation(_conjunctions())}\s")


@functools.cache
def _honorific_re(lang: str) -> re.Pattern:
    hons = alternation(_honorifics(lang))
    return compiled(rf"(?<![\w.]){hons}(?![\w])")


@functools.cache
def _unknown_name_re(lang: str) -> re.Pattern:
    """A note that the family name is unknown, in brackets ("(nom non indiqué)")."""
    notes = alternation(words(lang, "people", "unknown_name"))
    return compiled(rf"\s*\(\s*{notes}\s*\)", re.I)


@functools.cache
def _after_genitive_re() -> re.Pattern:
    """Text ending with a preposition of a complement, of any language ("Pays d'")."""
    preps = _every_language("genitive_prepositions")
    return compiled(rf"(?<![\w'’]){alternation(preps)}\s*$")
