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
rules left unnamed (cheap: a few sentences per document). A role and one family name that
act ("Director Lee moved", "CHAIRMAN HOLLOWAY:") and a role label naming its holder in
brackets ("Sr. PRESIDENTE (Gómez).-") are read in rolenames.py; a name never runs on into a
mover, seconder or outcome label ("Cllr Adams  Seconded:", "Mme Roy" / "Adopté").

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

import bisect
import functools
import re
from dataclasses import replace

import extractors.lean_spacy  # noqa: F401  (spaCy imported without its CLI, before any spacy import)
from spacy.language import Language
from spacy.tokens import Doc

from extractors.speakers.attribution import attributed_names, attributed_roles
from extractors.speakers.attendance import (Segment, attendance_segments, attendance_status,
                                            row_segments)
from extractors.speakers.acts import (_attendance_line, _before_meeting, _clause_kind,
                                      _first_verb, _subject_position)
from extractors.speakers.identity import NAME, VERSION
from extractors.speakers.names import (GIVEN, INITIALS, LO, UP, NameMatch, _lower_words, _name_lists,
                                      _split_mixed, find_names)
from extractors.speakers.firstnames import lone_first_names
from extractors.speakers.holders import role_holders
from extractors.speakers.listnames import list_names
from extractors.speakers.motions import motion_people
from extractors.speakers.ner import _ner, _ner_covers_person, people_named
from extractors.speakers.resolve import same_people
from extractors.speakers.rolenames import bracket_label_names, role_family_names
from extractors.speakers.signatures import signature_names
from extractors.speakers.roles import _affiliation_in, _country_in, _role_near, _role_re
from extractors.speakers.turns import (_holder, chair_people, holders_by_role, is_chair_role,
                                       label_interventions, named_last, role_labels,
                                       turns_and_fields)
from extractors.speakers.vocabulary import (_conjunctions, _determiner, _determiners, _honorifics,
                                            _institution_words, _not_names, _particles,
                                            _place_heads, _role_words)
from pipeline.lexicon import languages, words
from pipeline.patterns import alternation, compiled
from pipeline.protocol import Extractor
from pipeline.records import Document, Intervention, Meeting
from pipeline.regexcache import large_patterns_cached
from pipeline.text import SpanSet, blank_line_after, blank_line_before, fold, provenance, sentences

CHAIRS, SPEAKS, MENTIONED = "chairs", "speaks", "mentioned"

__all__ = ["NAME", "VERSION", "NameMatch", "PeopleRuler", "document_to_interventions",
           "find_names", "make_people_ruler", "people_pipeline"]



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
    """A tokenizer-only pipeline with the people rules (cheap; loaded once per process;
    the language data's large patterns come from pipeline/regexcache.py's cache)."""
    import spacy
    with large_patterns_cached():
        nlp = spacy.blank(lang if lang in languages() else "xx")
    nlp.add_pipe("minutes_people", config={"lang": lang})
    return nlp


# ----------------------------------------------------------------------- pipeline


def _lang(doc: Document) -> str:
    if doc.language in languages():
        return doc.language
    from extractors.metadata import guess_language
    return guess_language(doc.text)


def _name_as_written(text: str, n: NameMatch) -> str:
    return " ".join(text[n.start:n.end].replace('"', '"').split())


def document_to_interventions(doc: Document, meeting: Meeting | None = None) -> tuple[Intervention, ...]:
    """One Intervention per appearance of a person in ``doc`` (see module docstring)."""
    lang = _lang(doc)
    text = doc.text
    names = find_names(text, lang)
    names.extend(_ner_subjects(text, lang, names))
    lone, role_labels_at = role_family_names(text, lang, names)
    names.extend(lone)
    bracketed, bracket_labels_at = bracket_label_names(text, lang, names)
    names.extend(bracketed)
    names.extend(_ner_mentions(text, lang, names))
    segments = attendance_segments(text, lang) + row_segments(text, lang)
    names.extend(_roster_first_names(text, lang, names, segments))
    signatures = signature_names(text, names, lang)
    names.extend(n for n, _ in signatures)
    signed = {n.start: role for n, role in signatures}          # the role under each name
    last, label_starts = named_last(text, names, lang)
    names.extend(last)
    listed, fixed = list_names(text, segments, names, lang)
    names = [fixed.get(n.start, n) for n in names] + listed
    names.extend(lone_first_names(text, lang, names))
    movers, moved = motion_people(text, names, lang)
    names = sorted(names + movers, key=lambda n: n.start)
    turns, fields = turns_and_fields(role_labels(text, names, lang))
    marks = {n.start: (CHAIRS, True) for f in fields if is_chair_role(f.role, lang) for n in [f.named]}
    marks.update({s: (SPEAKS, True) for s in label_starts | role_labels_at | bracket_labels_at})
    marks.update({s: (k, True) for s, k in moved.items()})
    marks.update({s: (SPEAKS, True) for s in attributed_names(text, names, lang)})
    status = attendance_status(text, segments, names, lang)
    sents = _join_after_honorifics(text, _paragraph_sentences(text), lang)
    out = _name_interventions(doc, names, sents, lang, status, marks)
    out = [replace(i, role=signed[i.prov.start]) if i.prov.start in signed else i for i in out]
    out.extend(label_interventions(doc, turns, out, meeting, lang))
    out.extend(_present_chair(out, lang, meeting))
    out.extend(role_holders(doc, sents, out, names, lang, {t.start for t in turns}, meeting))
    out.extend(attributed_roles(doc, out, names, lang))
    out = same_people(out, text, lang)
    out.sort(key=lambda i: i.prov.start)
    return tuple(out)


def _name_interventions(doc: Document, names: list[NameMatch], sents: list, lang: str,
                        status: dict[int, tuple[str, bool]],
                        marks: dict[int, tuple[str, bool]]) -> list[Intervention]:
    """One Intervention per name found, its kind read from its sentence; a name in an
    attendance list has the list's status instead (a list under a heading always, one in
    running text unless the name acts); a name written last in a turn label speaks, one
    given in a chair role's field chairs."""
    text = doc.text
    out: list[Intervention] = []
    si = 0
    starts = [o.start for o in names]
    for n in names:
        while si < len(sents) and sents[si].end <= n.start:
            si += 1
        s = sents[si] if si < len(sents) else None
        s_start, s_end = (s.start, s.end) if s and s.start <= n.start else (n.start, n.end)
        in_sent = [o for o in names[bisect.bisect_left(starts, s_start):bisect.bisect_left(starts, s_end)]
                   if o is not n]
        kind, prefix, tail = _clause_kind(text, s_start, s_end, n, in_sent, lang)
        if _attendance_line(text, n.start, lang):
            kind = MENTIONED
        for mark in (status.get(n.start), marks.get(n.start)):
            if mark is not None and (mark[1] or kind == MENTIONED):
                kind = mark[0]
        verb = _first_verb(tail, lang)
        apposition = tail[:verb[1]] if verb else tail[:150]
        out.append(Intervention(
            doc_id=doc.doc_id, name_as_written=_name_as_written(text, n), kind=kind,
            prov=provenance(doc, n.start, n.end, NAME, VERSION),
            honorific=n.honorific, given_name=n.given, family_name=n.family,
            role=_role_near(text[s_start:n.start], tail, lang),
            affiliation=_affiliation_in(apposition, lang),
            country=_country_in(apposition, lang)))
    return out


def _present_chair(found: list[Intervention], lang: str,
                   meeting: Meeting | None = None) -> list[Intervention]:
    """A report that names nobody as chairing, whose attendance list gives one person a
    chair role ("Dr. X, Presidente del Consejo"), or whose only holder of a chair role
    names the meeting's own body (a signed participants' form: "Presidente del Consejo
    Ciudadano" in the report of the Consejo Ciudadano): that person chairs (one more row)."""
    if any(i.kind == CHAIRS for i in found):
        return []
    own = " ".join(fold(meeting.body or "").split()[:2]) if meeting is not None else ""
    present = {}
    for i in found:
        if i.role and i.family_name and is_chair_role(i.role, lang) and (
                i.kind == "attends" or len(own.split()) == 2 and own in fold(" ".join(i.role.split()))):
            present.setdefault((fold(i.family_name), fold(i.given_name or "")), i)
    return [replace(i, kind=CHAIRS) for i in present.values()] if len(present) == 1 else []


def _paragraph_sentences(text: str) -> list:
    """The sentences of ``text``, none running across a blank line."""
    para_start = 0
    sents = []
    for para in re.split(r"(\n\s*\n)", text):
        sents.extend(sentences(text, para_start, para_start + len(para)))
        para_start += len(para)
    return sents


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


_NAME_RUN = re.compile(r"[\w'’-]+")


def _roster_first_names(text: str, lang: str, known: list[NameMatch],
                        segments: list[Segment]) -> list[NameMatch]:
    """Every writing of the first names an attendance list gives bare ("Présents :
    Jean-Pierre, Yves, Jacques, ...", "Daniel, Cate and Sri were in attendance"), for
    minutes that call members by first name only ("Yves présente le budget"). A list needs
    three bare first names to count."""
    opening, separator = _roster_res(lang)
    lower = _lower_words(text)
    not_names = _not_names(lang) | _role_words(lang)
    roster: set[str] = set()
    given_names = _name_lists()[0]
    spans = [(m.end(), blank_line_after(text, m.end())) for m in opening.finditer(text)]
    spans += [(seg.start, seg.end) for seg in segments if not seg.row and not seg.vote]
    for start, end in spans:
        body = re.sub(r"\([^()]*\)", " ", text[start:len(text) if end < 0 else end])
        items = [i.strip(" .;*+\n\t") for i in separator.split(body)]
        bare = [i for i in items if re.fullmatch(GIVEN, i) and i.lower() not in lower
                and fold(i) not in not_names]
        first = [i for i in bare if all(fold(p) in given_names for p in i.split("-"))]
        if len(first) >= 3 and len(bare) >= len([i for i in items if i]) // 2:
            roster.update(bare)
    if not roster:
        return []
    out = []
    for m in _NAME_RUN.finditer(text):      # a whole run, compared with the roster in Python
        if m.group() not in roster and not _lone_first_name(text, m, lower, not_names, lang, roster) or any(
                k.start < m.end() and m.start() < k.end for k in known):
            continue
        out.append(NameMatch(m.start(), m.end(), None, m.group(), None))
    return out


def _lone_first_name(text: str, m: re.Match, lower: frozenset[str], stop: frozenset[str],
                     lang: str, roster: set[str]) -> bool:
    """In minutes that call members by first name, a word outside the roster that is a
    first name (known as a given name, never as a family name, no month or weekday, no
    word the report writes in lower case) standing as an item of a list beside a member
    of the roster ("Nelly (référente) / Fanny / Anne-Marie") or after a role before a
    lower-case word ("le secrétaire de mairie Eddy était présent")."""
    given, family = _name_lists()
    w, f = m.group(), fold(m.group())
    if not re.fullmatch(GIVEN, w) or w.lower() in lower or f in stop or f not in given \
            or f in family or f in _calendar_words(lang):
        return False
    start, end = text.rfind("\n", 0, m.start()) + 1, text.find("\n", m.end())
    line, after = text[start:m.start()], text[m.end():len(text) if end < 0 else end]
    items = {re.sub(r"\([^()]*\)", "", x).strip(" .") for x in re.split(r"[/,;•]", line + after)}
    item = (re.search(r"(?:^|[/,;•])[ \t]*$", line) and re.match(r"[ \t]*(?:[/,;(]|$)", after)
            and items & roster)
    role = any(fold(x) in _role_words(lang) for x in line.split()[-4:])
    return bool(item or role and re.match(rf"[ \t]+[{LO}]", after))


@functools.cache
def _calendar_words(lang: str) -> frozenset[str]:
    return frozenset(fold(w) for k in ("months", "weekdays") for w in words(lang, "dates", k))


@functools.cache
def _roster_res(lang: str) -> tuple[re.Pattern, re.Pattern]:
    """A line opening an attendance list ("Présents :"), and what separates its names."""
    att = alternation(words(lang, "people", "attendance"))
    conj = alternation(_conjunctions())
    return compiled(rf"^\W*{att}\s*:", re.I | re.M), compiled(rf"[,/&;\n]|\s{conj}\s")


_PAIR = re.compile(rf"(?<![\w.])({GIVEN}(?:[ \t]+|[ \t]*\n[ \t]*){GIVEN})(?![\w-])")
# a title in apposition between a subject and its verb ("X, Assistant City Manager, made")
# (it may wrap once: "X, integrante de la Subcomisión de Género y\ndel Tribunal, explicó")
_APPOSITION = re.compile(r"\s*,[^,.;:\n]{1,60}(?:\n[^,.;:\n]{1,60})?,\s*")


def _ner_mentions(text: str, lang: str, known: list[NameMatch]) -> list[NameMatch]:
    """Full names the rules left unnamed wherever they stand ("led by Carole Vivier, Kenny
    Boyce"): two to four capitalised words opening with a known given name, none of them a
    role, a not-name or a word the report writes in lower case, that spaCy's NER reads as a
    person (named, so mentioned unless the sentence makes them act)."""
    nlp = _ner(lang)
    lower = _lower_words(text)
    stop = _not_names(lang) | _role_words(lang) | _institution_words(lang)
    given_names = _name_lists()[0]
    cands = []
    for m in _FULL.finditer(text):
        toks = m.group().split()
        if any(k.start < m.end() and m.start() < k.end for k in known) \
                or fold(toks[0]) not in given_names or fold(toks[0]) in _place_heads(lang) or any(
                fold(t) in stop or t.lower() in lower and fold(t) not in _particles(lang) for t in toks):
            continue
        around = text[max(0, m.start() - 30):m.start()].split()[-1:] + text[m.end():m.end() + 30].split()[:1]
        if any(fold(w.strip(".,;:()")) in stop for w in around) or \
                around and fold(around[0].strip(".,;:()")) in _place_heads(lang):
            continue                       # "Espace Roger Pestourie", "colonia Benito Juárez"
        cands.append(m)
    if nlp is None:                # no NER model: the rule of _subject_is_person
        found = [_given_then_family(text, m, lang) for m in cands]
    else:
        found = people_named(nlp, text, [(m.start(), m.end()) for m in cands])
    out = []
    for m, yes in zip(cands, found):
        if yes:
            given, family = _split_mixed(" ".join(m.group().split()), lang, False)
            out.append(NameMatch(m.start(), m.end(), None, given, family))
    return out


_FULL = re.compile(rf"(?<![\w.'’-]){GIVEN}(?:[ \t]+{GIVEN}){{1,3}}(?![\w'’-])")


def _ner_subjects(text: str, lang: str, known: list[NameMatch]) -> list[NameMatch]:
    """Capitalised pairs the rules left unnamed that stand as the subject of an act verb
    (or as a transcript label "Kayla Hodgins:"), kept when spaCy's NER calls them PER."""
    lower = _lower_words(text)
    not_names = _not_names(lang)
    named = SpanSet((k.start, k.end) for k in known)
    ends = sorted(k.end for k in known)
    cands = []
    for m in _PAIR.finditer(text):
        if named.overlaps(m.start(), m.end()):
            continue
        toks = m.group(1).split()
        if any(t.lower() in lower or fold(t) in not_names or fold(t) in _role_words(lang) for t in toks) \
                or fold(toks[0]) in _place_heads(lang):
            continue                      # "Villa Hermosa recibirá": a place
        near = ends[bisect.bisect_left(ends, m.start() - 3):bisect.bisect_right(ends, m.start())]
        if any(text[e:m.start()].strip() == "," for e in near):
            continue              # "Ms. Claire Byrne, Legal Adviser, introduced": her title
        line_start = text.rfind("\n", 0, m.start()) + 1
        label = text[line_start:m.start()].strip() == "" and text[m.end():m.end() + 1] == ":"
        sent_start = max(text.rfind(". ", 0, m.start()) + 2, blank_line_before(text, m.start()) + 2, 0)
        prefix = text[sent_start:m.start()]
        verb = _first_verb(text[m.end():m.end() + 130], lang)
        between = text[m.end():m.end() + verb[1]] if verb else ""
        if label or (_subject_position(prefix, lang) and verb
                     and (not between.strip(" ,")[:1].isalpha() or _APPOSITION.fullmatch(between))):
            cands.append(m)
    return [NameMatch(m.start(), m.end(), None, *m.group(1).split()) for m in cands
            if _subject_is_person(text, m, lang)]


def _given_then_family(text: str, m: re.Match, lang: str) -> bool:
    """Whether capitalised words read as a person's name without a NER model: a known given
    name first (no particle: "San", "Santa"), a last word that is a known family name
    ("Martín Rodríguez") or no known name at all ("Pablo Osores") but then not after a
    determiner or a preposition ("the Paris Agreement", "en Siem Reap"); never part of
    a longer name or place ("Santiago del Estero", "Luis de Jesús Vélez", "Arturo R Silva
    Ibarra") nor a street before its number ("Federico García Lorca 350")."""
    given, family = _name_lists()
    toks = m.group().split()
    first, last = fold(toks[0]), fold(toks[-1])
    if first not in given or first in _particles(lang) or last in given and last not in family:
        return False
    parts = alternation(_particles(lang) - _conjunctions())     # "X y Y": two names
    after, before = text[m.end():m.end() + 40], text[max(0, m.start() - 40):m.start()]
    prev = fold(before.split()[-1]) if before.split() else ""
    if last not in family and (prev in _determiners() or prev in _place_prepositions()):
        return False                  # an unknown last word: "the Paris Agreement", "en Siem Reap"
    return not (re.match(rf"[ \t]*(?:\d|(?:{parts})[ \t]+[{UP}])", after)
                or re.search(rf"(?:(?<![\w.])(?:{parts})|\b[{UP}]\.?)[ \t]+$", before))


@functools.cache
def _place_prepositions() -> frozenset[str]:
    """Prepositions before a place or a thing's name, of every language ("en", "in", "of")."""
    return frozenset(fold(w) for lang in languages() for k in ("affiliation_prepositions",
                     "genitive_prepositions", "role_end_prepositions") for w in words(lang, "people", k))


def _subject_is_person(text: str, m: re.Match, lang: str) -> bool:
    """Whether a capitalised pair standing as a subject is a person: spaCy's NER reads the
    pair, or its last word, as one ("Court Skinner" where it tags "Skinner"), or it is a
    known given and family name; a language with no NER model takes a known given name
    before a word that is none ("Nadia Solodkow")."""
    nlp = _ner(lang)
    if nlp is None:
        given, family = (fold(t) for t in m.group(1).split())
        names = _name_lists()[0]
        return given in names and family not in names
    family_start = m.end() - len(m.group(1).split()[-1])
    return _ner_covers_person(nlp, text, m.start(), m.end()) or _ner_covers_person(
        nlp, text, family_start, m.end()) or _known_pair(m.group(1))


def _known_pair(pair: str) -> bool:
    """Whether a capitalised pair is a known given name then a known family name that is
    no given name ("Fergal Tuohy said", which the NER may read as an organisation)."""
    given, family = _name_lists()
    first, last = (fold(t) for t in pair.split())
    return first in given and last in family and last not in given


def _extract(doc: Document, found) -> tuple[Intervention, ...]:
    return document_to_interventions(doc, found.meeting)


EXTRACTOR = Extractor(NAME, VERSION, needs=("meeting",), gives="interventions", run=_extract)
