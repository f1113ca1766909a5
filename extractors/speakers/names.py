"""Finding persons' names in a text and splitting them into honorific, given and family names."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

# The patterns live in namepatterns; the shapes other modules import from here stay importable.
from extractors.speakers.namepatterns import (GIVEN, INITIALS, LO, MIXED, UP, UPPER,  # noqa: F401
                                              UPPERS, _ROMAN, _after_genitive_re, _conjunction_re,
                                              _honorific_re, _name_re, _unknown_name_re)
from extractors.speakers.ner import _ner_says_person
from extractors.speakers.namesplit import _split_mixed
from extractors.speakers.vocabulary import (_conjunctions, _determiners,
                                            _honorific_words, _honorifics, _institution_words, _motion_words,
                                            _name_lists, _not_names, _particles, _place_heads,
                                            _role_tokens, _role_words, _verb_words)
from pipeline.lexicon import words
from pipeline.text import fold


@dataclass(frozen=True)
class NameMatch:
    """A person's name found in the text, split into its parts."""
    start: int
    end: int
    honorific: str | None
    given: str | None
    family: str | None


def _canonical_honorific(written: str, lang: str) -> str:
    """The canonical form of one honorific or of stacked ones ("H.E. Mr." -> "H.E. Mr")."""
    hons = _honorifics(lang)
    rx = _honorific_re(lang)
    written = " ".join(written.split())
    links = {fold(w) for w in words(lang, "people", "degree_links")}
    parts = [hons.get(m.group(), m.group()) for m in rx.finditer(written)
             if fold(" ".join(written[:m.start()].split()[-1:])) not in links]   # "Dr. en C.": a field
    return " ".join(parts) or written


def _lower_words(text: str) -> frozenset[str]:
    """Words the document writes in lower case somewhere (never a given name)."""
    return frozenset(re.findall(rf"(?<![\w-])[{LO}][{LO}'’-]+", text))


def _bare_elsewhere(page: _Page, family: str, hons: dict) -> bool:
    """Whether an upper-case word is also written with no given name or honorific
    before it ("au CAUE", "VEOLIA va"): then it is an acronym, not a family name.
    Worked out once per word and page, from the page's word index (a dense report
    names the same people thousands of times)."""
    found = page.bare.get(family)
    if found is None:
        found = page.bare[family] = any(
            _bare_at(page.text, start, hons) for start in _occurrences(page, family))
    return found


def _bare_at(text: str, start: int, hons: dict) -> bool:
    """Whether the word at ``start`` has no given name or honorific before it, on its line
    or, first on its line, at the end of the line before ("Benjamin" / "AUBRON")."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 40):start].split()
    if not before and line_start and text[max(0, line_start - 2):line_start].strip():
        before = text[max(0, line_start - 40):line_start].split()[-1:]
    last = before[-1] if before else ""
    return not (last in hons or re.fullmatch(GIVEN, last) or last.rstrip(".") in hons)


_RUN = re.compile(r"[\w-]+")


def _occurrences(page: _Page, family: str):
    """Where ``family`` stands as a whole word in the page, in order and not overlapping
    (as ``re.finditer`` of it between non-word characters would find it): among the
    starts of the page's word runs equal to its first run."""
    first = _RUN.match(family)
    if first is None:
        yield from (m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(family)}(?![\w-])",
                                                    page.text))
        return
    if not page.runs:
        for m in _RUN.finditer(page.text):
            page.runs.setdefault(m.group(), []).append(m.start())
    text, after = page.text, 0
    for start in page.runs.get(first.group(), ()):
        end = start + len(family)
        if start >= after and text.startswith(family, start) and not _RUN.match(text, end, end + 1):
            after = end
            yield start


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
def _name_stops(lang: str) -> frozenset[str]:
    """Folded roles and not-names, particles aside: a mixed-case name ends before one."""
    return (_role_words(lang) | _not_names(lang)) - _particles(lang)


def _cut_at_word(name: str, lang: str) -> str | None:
    """A mixed-case name cut before its first word that is a role or a not-name, or a
    hyphenated pair opened by a role ("Pérez Romo Vocal del Consejo" -> "Pérez Romo"),
    or None when nothing is cut."""
    stop = _name_stops(lang)
    for t in list(re.finditer(r"\S+", name))[1:]:
        f = fold(t.group())
        if f in stop or "-" in f and f.split("-")[0] in stop:     # "Secretario-Interventor"
            return name[:t.start()].rstrip()
    return None


def _cut_at_honorific(name: str, lang: str) -> str | None:
    """A mixed-case name cut before a later honorific and the particles or conjunctions
    before it ("Ana Ruiz Soto y Don Luis" -> "Ana Ruiz Soto"), or None when none is in it."""
    hons = _honorifics(lang)
    toks = list(re.finditer(r"\S+", name))
    for k, t in enumerate(toks[1:], start=1):
        initial = re.fullmatch(rf"[{UP}]\.", t.group()) and toks[k - 1].group()[-1:].isalpha()  # "Juan D. Pérez"
        if t.group() in hons and not initial:
            keep = k
            while keep > 1 and (fold(toks[keep - 1].group()) in _particles(lang)
                                or toks[keep - 1].group() in _conjunctions()):
                keep -= 1
            return name[:toks[keep - 1].end()]
    return None


def _list_marker(text: str, start: int, hon: str) -> bool:
    """Whether a one-letter honorific is no honorific: an enumeration letter at a line
    start ("D. Time frame" where some line starts with "C. ", "C. Duración" alone on its
    line) or a middle initial after a given name ("Juan C. Pérez")."""
    letter = hon.rstrip(".")
    if len(letter) != 1 or not hon.endswith(".") or letter == "A":
        return False
    before = re.search(rf"([{UP}][{LO}]+)[ \t]$", text[max(0, start - 30):start])
    if before and fold(before.group(1)) in _name_lists()[0]:
        return True                       # "Juan C. Pérez": a middle initial, no honorific
    if text.rfind("\n", 0, start) + 1 != start:
        return False
    eol = text.find("\n", start)
    if len(text[start:len(text) if eol < 0 else eol].split()) == 2:
        return True                       # "C. Duración" alone on its line: a heading's letter
    prev = chr(ord(letter) - 1)
    return re.search(rf"(?m)^{prev}\.[ \t]+\S", text) is not None


# ------------------------------------------------------------------- reading a match


@dataclass(frozen=True)
class _Page:
    """A text searched for names, with the words every candidate is checked against."""
    text: str
    lang: str
    lower: frozenset[str]         # words written in lower case somewhere in the text
    not_names: frozenset[str]     # folded words that are never part of a name
    runs: dict[str, list[int]] = field(default_factory=dict)   # word -> starts (on first use)
    bare: dict[str, bool] = field(default_factory=dict)        # _bare_elsewhere's answers


# (start, end, honorific as written, given, family) of one name read from a match
_Found = tuple[int, int, str | None, str | None, str | None]


def _upper_family_group(m: re.Match) -> tuple[str | None, str | None]:
    """The group of ``m`` holding an upper-case family name, and its text."""
    g = m.groupdict()
    group = "f1" if g["h1"] else "f4" if g["g4"] else "f5" if g["f5"] else None
    return group, g[group] if group else None


def _groups_cut_at_break(m: re.Match, lang: str) -> tuple[dict, int] | None:
    """The groups and end of ``m`` with an upper-case family name written across lines
    cut at its break; None when that leaves no name ("FAMILY" / "Given-name" on two lines)."""
    g, end = m.groupdict(), m.end()
    group, family = _upper_family_group(m)
    if not group or "\n" not in family:
        return g, end
    kept = _cut_at_break(family, lang)
    if kept == family:
        return g, end
    if group == "f5":
        return None
    return dict(g, **{group: kept, "k1": None, "t1": None}), m.start(group) + len(kept)


def _read_honorific_upper(m: re.Match, g: dict, end: int, page: _Page) -> _Found | None:
    """Honorific, given names, UPPER family ("M. Stéphane LE FOLL", "M. KIM Jae-won"), or
    honorific, UPPER family, then a known given name ("M. CHARRIER Jean-Paul", as French
    registers write it)."""
    hon, given, family = g["h1"], g["g1"], g["f1"]
    if given and "\n" in page.text[m.end("g1"):m.start("f1")] and all(
            t.lower() in page.lower for t in family.split()):
        return m.start(), m.end("g1"), hon, None, given    # "Mme Destruel" / "ET DE PRENDRE"
    if g["k1"]:                           # "M. KIM Jae-won"
        given = g["k1"]
    elif g["t1"]:
        if given is None and _given_word(g["t1"], page):
            given = g["t1"]
        else:
            end = m.start("f1") + len(family)
    if given and not family or _list_marker(page.text, m.start(), hon):
        return None
    toks = family.split()
    if not given and len(toks) == 1 and fold(family) in _role_words(page.lang):
        return None                       # "Sr. PRESIDENTE (Gómez).-": a role, no name
    cut = next((k for k, t in enumerate(toks) if k and fold(t) in _role_words(page.lang)), None)
    if cut is not None:                   # "ROBLES ANAYA SECRETARIO": a role closes the name
        family = " ".join(toks[:cut])
        end = m.start("f1") + page.text[m.start("f1"):].index(toks[cut - 1]) + len(toks[cut - 1])
    if given is None:
        given, family = _split_all_caps(family)
    return m.start(), end, hon, given, family


def _split_all_caps(name: str) -> tuple[str | None, str]:
    """A full name in capitals of three words or more, as signature blocks write them
    ("ARTURO RICARDO SILVA IBARRA"): the known given names opening it (two at most) are its
    given names, the rest its family name; shorter names stay a family name ("LE FOLL")."""
    toks = name.split()
    if len(toks) < 3:
        return None, name
    given, _ = _name_lists()
    cut = 0
    while cut < min(2, len(toks) - 2) and all(fold(p) in given for p in toks[cut].split("-")):
        cut += 1
    return (" ".join(toks[:cut]), " ".join(toks[cut:])) if cut else (None, name)


def _given_word(word: str, page: _Page) -> bool:
    """Whether ``word`` is a given name (every part of a compound one, "Jean-Paul") and no
    role, not-name or word the page writes in lower case."""
    given, _ = _name_lists()
    return (all(fold(p) in given for p in word.split("-")) and fold(word) not in page.not_names
            and fold(word) not in _role_words(page.lang) and word.lower() not in page.lower)


def _unknown_given_word(word: str, page: _Page) -> bool:
    """Whether ``word``, known as no given name, may still be one: no role, not-name,
    body word or word the page writes in lower case."""
    f = fold(word)
    return (f not in page.not_names and f not in _role_words(page.lang)
            and f not in _institution_words(page.lang) and word.lower() not in page.lower)


def _next_line_ends_name(name: str, page: _Page, stop_roles: bool) -> str:
    """``name`` up to its line break when the word on the next line is no name part
    (a not-name, a word written in lower case elsewhere, with ``stop_roles`` a role)."""
    if "\n" not in name:
        return name
    head, _, rest = name.partition("\n")
    nxt = rest.split()[0]
    if fold(head.split()[-1]) in _particles(page.lang):
        return name                       # "Saldívar de" / "la Peña": a particle goes on
    if (fold(nxt) in page.not_names or nxt.lower() in page.lower
            or stop_roles and fold(nxt) in _role_words(page.lang)):
        head = head.rstrip()
        while len(head.split()) > 1 and fold(head.split()[-1]) in _particles(page.lang):
            head = head[:head.rstrip().rfind(" ")].rstrip()     # no particle closes a name
        return head
    return name


def _read_honorific_mixed(m: re.Match, g: dict, page: _Page) -> _Found | None:
    """Honorific + mixed-case name ("M. Julien de Normandie", "Mme Barbara (nom non
    indiqué)", "Dr J.-P. Moreau"); None for a list letter or a role ("Mr. Mayor")."""
    hon, lang = g["h2"], page.lang
    if _list_marker(page.text, m.start(), hon):
        return None                       # "D. Transparencia" after "C. ..."
    name = g["n2"]
    if re.fullmatch(rf"[{UP}]\.", hon) and all(w.lower() in page.lower for w in name.split()):
        return None                       # "punto C. Presupuesto" beside "el presupuesto"
    if fold(name.split()[0]) in _role_words(lang) and len(name.split()) > 2:
        return None                       # "la C. Regidora María López": a role and her name
    name = _cut_at_word(name, lang) or name           # "Dr. Alfonso Pérez Romo Vocal del ..."
    name = _cut_at_honorific(name, lang) or name      # "Doña Ana Ruiz Soto y Don Luis ..."
    name = _next_line_ends_name(name, page, stop_roles=False)
    end = m.start("n2") + len(name)
    unk = _unknown_name_re(lang).match(page.text[end:end + 60]) is not None
    given, family = _split_mixed(" ".join(name.split()), lang, unk)
    if family and re.fullmatch(rf"[{UP}]\.?", family.split()[0]) and len(family.split()) > 1:
        given = f"{given} {family.split()[0]}" if given else family.split()[0]
        family = " ".join(family.split()[1:])           # "Arturo R. Silva Ibarra"
    if g["i2"] and given is None:         # "Dr J.-P. Moreau"
        given = g["i2"]
    if family and (fold(family) in page.not_names or fold(family) in _role_words(lang)):
        return None                       # "Mr. Mayor", "Monsieur le Maire"
    return m.start(), end, hon, given, family


def _read_given_upper(m: re.Match, g: dict, end: int, page: _Page) -> _Found | None:
    """Given FAMILY ("Paul LUU"), unless a word is no given name, the first opens a place
    name ("Villa HERMOSA"), the UPPER word follows a complement's preposition or stands
    bare elsewhere (an acronym), or lower-case particles lead it and spaCy's NER disagrees
    ("Pays d'HÉRICOURT" vs "Pieter van der BERG")."""
    text, lang, start = page.text, page.lang, m.start()
    given, family = g["g4"], g["f4"]
    first = given.split()[0]
    upper_part = re.search(UPPERS, family).group()
    if (fold(first) in page.not_names or fold(first) in _place_heads(lang)       # "Villa HERMOSA"
            or fold(family) in _verb_words(lang)                               # "Senate NOTED"
            or fold(upper_part.split()[0]) in _motion_words(lang)              # "Lee SECONDED BY"
            or fold(upper_part.split()[0]) in _conjunctions() or first.lower() in page.lower
            or fold(re.search(UPPERS, family).group()) in page.not_names
            or any(t.lower() in page.lower or fold(t) in _role_words(lang) for t in given.split())
            or _after_genitive_re().search(text[max(0, start - 5):start])
            or _bare_elsewhere(page, upper_part, _honorifics(lang))):
        return None
    if upper_part != family and not _ner_says_person(text, start, end, lang):
        return None
    return start, end, None, given, family


def _determiner_before(text: str, pos: int) -> bool:
    """Whether a determiner stands before ``pos``, maybe with up to three capitalised words
    qualifying the role between ("El tesorero", "The Company Secretary")."""
    before = text[max(0, pos - 60):pos].split()
    for k in range(1, min(4, len(before)) + 1):
        if fold(before[-k]) in _determiners():
            return True
        if not before[-k][:1].isupper():
            return False
    return False


def _read_role_mixed(m: re.Match, g: dict, page: _Page) -> _Found | None:
    """Role word + mixed-case name of two words or more ("el presidente Sebastián López"),
    the name cut at a role, a line break or a conjunction; None when a word is no name."""
    lang = page.lang
    if "," in page.text[m.end("r6"):m.start("n6")] and not _determiner_before(page.text, m.start()):
        return None                       # "X como presidente, Luis Y" enumerates; "El tesorero, Y"
    name = _cut_at_word(g["n6"], lang) or g["n6"]
    name = _next_line_ends_name(name, page, stop_roles=True)
    conj = _conjunction_re().search(name)
    name = name[:conj.start()] if conj else name      # "X y Juan Carlos" names two people
    toks = name.split()
    after_particle = [k > 0 and fold(toks[k - 1]) in _particles(lang) for k in range(len(toks))]
    if len(toks) < 2 or fold(toks[0]) in _role_tokens(lang) or any(
            fold(t) not in _particles(lang) and (t.lower() in page.lower and not after_particle[k]
                                                 or fold(t) in page.not_names)
            or fold(t) in _institution_words(lang) for k, t in enumerate(toks)):
        return None                       # "la directora General Sánchez"; "de la Cuesta" is a name
    given, family = _split_mixed(" ".join(toks), lang, False)
    return m.start("n6"), m.start("n6") + len(name), None, given, family


def _read_family_comma_given(m: re.Match, g: dict, page: _Page) -> _Found | None:
    """FAMILY, Given names ("FELLNER, Eduardo Alfredo", "del CAMPILLO, Héctor") opening a
    line or a field: the given names are the known given names after the comma, the first
    word that is none ends the name ("AGUAD, Oscar Raúl  Union Cívica Radical")."""
    line_start = page.text.rfind("\n", 0, m.start()) + 1
    before = page.text[line_start:m.start()].strip()
    if before and not before.endswith((":", "：")):
        return None
    kept = []
    for k, t in enumerate(g["g7"].split()):
        if not _given_word(t, page) and (k or not _unknown_given_word(t, page)):
            break                         # the first word after the comma is a given name
        kept.append(t)                    # even when unknown ("LLANOS, Ermindo Edgardo")
    if not kept:
        return None
    end = m.start("g7") + len(" ".join(kept))
    if re.match(rf"[ \t]+{UPPER}[ \t]*(?:[,.;]|\n|$)", page.text[end:]):
        return None                       # "TEXEIRA, Jacques DELUNSCH": two items of a list
    if g["g7"].split()[:len(kept)] != kept or page.text[m.start("g7"):end] != " ".join(kept):
        end = m.start("g7") + len(kept[0])
        kept = kept[:1]
    return m.start(), end, None, " ".join(kept), " ".join(g["f7"].split())


def _read_match(m: re.Match, page: _Page) -> _Found | None:
    """The name one match of the name pattern stands for, or None when it is none."""
    cut = _groups_cut_at_break(m, page.lang)
    if cut is None:
        return None
    g, end = cut
    if not _capital_honorific_label(m, g, end, page):
        return None
    if g["h1"]:
        return _read_honorific_upper(m, g, end, page)
    if g["h2"]:
        return _read_honorific_mixed(m, g, page)
    if g["p3"]:                           # 'Un monsieur "John"'
        return m.start(), end, None, g["g3"], None
    if g["g4"]:
        return _read_given_upper(m, g, end, page)
    if g["r6"]:
        return _read_role_mixed(m, g, page)
    if g["f7"]:
        return _read_family_comma_given(m, g, page)
    if fold(g["f5"]) in page.not_names or g["g5"].lower() in page.lower:
        return None                       # "THAT By-law No. 3" beside "the by-law"
    return m.start(), end, None, g["g5"], g["f5"]     # "KIM Jae-won"


def _capital_honorific_label(m: re.Match, g: dict, end: int, page: _Page) -> bool:
    """Whether an honorific written in capitals ("COUNCILLOR", "SRA.", which the lexicon
    writes "Councillor", "Sra.") names someone: only as a turn label opening its line
    ("COUNCILLOR PATEL:"), with no role or not-name after it ("MONSIEUR LE MAIRE :");
    an honorific as the lexicon writes it always may."""
    key = "h1" if g["h1"] else "h2" if g["h2"] else None
    hon = g[key].split()[0].lstrip("(") if key else ""
    if hon not in _honorifics(page.lang) or hon in dict(words(page.lang, "people", "honorifics")):
        return True
    line = page.text[page.text.rfind("\n", 0, m.start()) + 1:m.start()]
    toks = [fold(t) for t in page.text[m.end(key):end].split()]
    return (not line.strip(" \t-–—•") and re.match(r"[ \t]*[:：]", page.text[end:]) is not None
            and not any(t in page.not_names or t in _role_words(page.lang)
                        or t in _particles(page.lang) for t in toks))


def _family_plausible(family: str | None, lang: str) -> bool:
    """Whether a family name read from a match may be one: two letters at least, not a
    roman number, no meeting or body word in a name of several words, no honorific."""
    if family is None:
        return True
    toks = family.split()
    if (len(re.sub(r"[^\w]", "", family)) < 2 or _ROMAN.fullmatch(toks[-1])
            or len(toks) > 1 and any(fold(t) in _institution_words(lang) for t in toks)):
        return False                      # "Core Facility II", "REUNION ORDINARIA DEL CONSEJO"
    return fold(family).rstrip(".") not in _honorific_words(lang)     # "H.E. Ms" is no name


def find_names(text: str, lang: str) -> list[NameMatch]:
    """Every person's name written in ``text`` (see the package docstring for the forms)."""
    page = _Page(text, lang, _lower_words(text), _not_names(lang))
    out: list[NameMatch] = []
    rx = _name_re(lang)
    pos = 0
    while (m := rx.search(text, pos)) is not None:
        pos = m.start() + 1               # a rejected match may hide a name inside it
        found = _read_match(m, page)
        if found is None or not _family_plausible(found[4], lang):
            continue
        start, end, hon, given, family = found
        pos = end
        out.append(NameMatch(start, end, _canonical_honorific(hon, lang) if hon else None,
                             " ".join(given.split()) if given else None,
                             " ".join(family.split()) if family else None))
    return out
