"""What a name does in its sentence: act verbs, subject position, motions, chair phrases."""

from __future__ import annotations

import functools
import re

from extractors.speakers.names import NameMatch
from extractors.speakers.roles import _role_re
from extractors.speakers.vocabulary import (_conjunctions, _determiner,
                                            _determiners, _written_honorifics)
from pipeline.lexicon import words
from pipeline.patterns import NEVER, alternation, compiled, phrase
from pipeline.text import blank_line_before, fold

# what may stand before a turn label on its line (a dialogue dash, a bullet) and what ends
# the label: a colon, or a period and a dash ("M. Jean DUPONT. – Je ...", "Sr. RUIZ.- Pido"), maybe after the
# speaker's office or riding in brackets ("Ms. Helen Oduya (Fort Ellis): Madam Speaker, ...")
_LABEL_LEAD = re.compile(r"[ \t]*(?:[-–—•*][ \t]*)?")
_LABEL_END = re.compile(r"[ \t]*(?:\([^()\n]{1,120}\)[ \t]*)?(?::|：|\.[ \t]*[-–—])")
# a paragraph's number or letter before its first words ("4.- El Tesorero", "l. Como", "b) ")
_LIST_MARKER = re.compile(r"^(?:\d+(?:\.\d+)*|[A-Za-z]|[IVXLCivxlc]+)(?:\.-|[.)°º-])\s+")
# a bullet or a list marker alone before a name at the start of its line: the item opens
# a clause of its own, whatever heading line the sentence began on ("○ Summary:\ni. X discussed")
_ITEM_LEAD = re.compile(r"[ \t]*(?:[-–—•*○●◦▪]|(?:\d+(?:\.\d+)*|[A-Za-z]|[IVXLCivxlc]+)[.)])[ \t]+")

# the kind of act of each verb list of the lexicon, in the order they are tried
_VERB_KEYS = (("chairs", "chair_verbs"), ("presents", "present_verbs"), ("speaks", "speak_verbs"))
# further lexicon keys read with one of _VERB_KEYS' lists ("X discussed the idea" speaks)
_MORE_VERBS = {"speak_verbs": ("discussion_verbs", "task_verbs")}


@functools.cache
def _verb_re(lang: str, key: str) -> re.Pattern:
    """Verb phrases of ``key``; a compound tense may hold up to three adverb words
    between the auxiliary and the participle ("a tout d'abord évoqué")."""
    aux = {fold(a) for a in words(lang, "people", "perfect_aux")}
    parts = []
    verbs = set(words(lang, "people", key))
    for more in _MORE_VERBS.get(key, ()):
        verbs.update(words(lang, "people", more))
    for v in sorted(verbs, key=lambda v: (-len(v), v)):
        toks = v.split()
        if len(toks) >= 2 and fold(toks[0]) in aux:
            parts.append(phrase(toks[0]) + r"(?:\s+[\w'’]+){0,3}?\s+"
                         + phrase(" ".join(toks[1:])))
        else:
            parts.append(phrase(v))
    return re.compile(r"(?<![\w-])(?:" + ("|".join(parts) or NEVER) + r")(?![\w-])", re.I)


def _first_verb(text: str, lang: str) -> tuple[str, int] | None:
    """The first act verb in ``text``: (kind, offset)."""
    best = None
    for kind, key in _VERB_KEYS:
        m = _verb_re(lang, key).search(text)
        if m and (best is None or m.start() < best[1]):
            best = (kind, m.start())
    return best


def _subject_position(prefix: str, lang: str) -> bool:
    """Whether a name after ``prefix`` (sentence start up to the name, other names
    removed) stands where a subject stands."""
    p = _LIST_MARKER.sub("", " ".join(prefix.split()), count=1)
    if not p:
        return True
    if fold(p.rpartition(",")[2].strip()) in _conjunctions() and "," in p:
        return True                    # "X informó ..., y Nadia Solodkow explicó": a clause of its own
    if _first_verb(p, lang):
        return False
    f = fold(p)
    if f in _determiners() or f in _conjunctions():
        return True
    if p.endswith((",", ":", ";", "–", "-")):
        return True
    if p.endswith("(") and len(p.split()) <= 5:        # "Le Secrétariat Exécutif (Mme X)"
        return True
    if _role_title_re(lang).fullmatch(p) is not None:     # "La concejala X", "El señor X"
        return True
    # after an opening adverbial and a comma: "Como primer punto, el Dr. X dio ..."
    head, comma, rest = p.rpartition(",")
    return bool(comma) and len(head.split()) <= 10 and (
        fold(rest.strip()) in _determiners() or _role_title_re(lang).fullmatch(rest.strip()) is not None)


@functools.cache
def _role_title_re(lang: str) -> re.Pattern:
    """A determiner with a role or a written-out honorific, the way a subject's name is
    introduced in running text ("la concejala", "el regidor", "the Councillor"), an address
    maybe before the role ("Madam Speaker Councillor X took the chair"), capitalised words
    maybe qualifying it ("Town Administrator X answered")."""
    hons = _written_honorifics(lang)
    addr = alternation(words(lang, "people", "role_addresses"))
    return re.compile(rf"(?:{_determiner()}\s+)?{_QUALIFIERS}(?:(?:{addr})\s+(?={_role_re(lang).pattern}))?"
                      rf"(?:{_role_re(lang).pattern}|{hons})", re.I)


# up to three capitalised words qualifying a role before it ("Town Clerk", "Select Board
# Chair", "Finance Director"); case-sensitive inside the case-insensitive role patterns
_QUALIFIERS = r"(?-i:(?:[A-ZÀ-ÖØ-Þ][\w'’-]*\s+){0,3}?)"


@functools.cache
def _motion_re(lang: str) -> re.Pattern:
    openers = alternation(words(lang, "people", "motion_openers"))
    return compiled(rf"(?:{openers})(?![\w-])\s*", re.I)


def _motion_by(prefix: str, lang: str) -> bool:
    """Whether a sentence opens with a motion credited to the name after ``prefix``
    ("Moción de la concejala X para ...", "Motion by Cllr X to ..."): X presents it."""
    p = " ".join(prefix.split())
    m = _motion_re(lang).match(p)
    return bool(m) and (not p[m.end():] or _role_title_re(lang).fullmatch(p[m.end():]) is not None)


@functools.cache
def _after_inverted_verb_re(lang: str) -> re.Pattern:
    """What may stand between an opening act verb and its subject's name: a determiner
    and a role or written-out honorific ("Intervino el presidente X")."""
    role, hons = _role_re(lang).pattern, _written_honorifics(lang)
    return compiled(rf"\s*(?:{_determiner()}\s+)?(?:(?:{role}|{hons})\s+)?", re.I)


def _verb_before_subject(prefix: str, lang: str) -> str | None:
    """The kind of an act verb that opens the sentence (maybe after a short adverbial
    clause and its comma) right before the name, with at most a determiner and a role
    between ("Intervino el presidente X", "Abierto el debate, intervino la concejala X"),
    else None."""
    v = _first_verb(prefix, lang)
    before = prefix[:v[1]].split() if v else []
    if v is None or before and not (before[-1].endswith(",") and len(before) <= 10):
        return None                       # "Abierto el debate, intervino la concejala X"
    m = _verb_re(lang, dict(_VERB_KEYS)[v[0]]).match(prefix, v[1])
    rest = prefix[m.end():] if m else prefix
    if _after_inverted_verb_re(lang).fullmatch(rest):
        return v[0]
    return None


@functools.cache
def _determiner_at_end_re() -> re.Pattern:
    return compiled(rf"(?:^|(?<=\s)){_determiner()}\s*$", re.I)


def _apposition_prefix(prefix: str, lang: str) -> str:
    """A name in apposition to a role ("..., el Tesorero, Sr. X") stands where the role
    stands: the prefix up to the role and its determiner, else ``prefix`` unchanged."""
    m = None
    for m in _role_re(lang).finditer(prefix):
        pass
    if m and re.fullmatch(r"[^.;:,()]*,\s*", prefix[m.end():]):
        before = re.sub(rf"{_QUALIFIERS}$", "", prefix[:m.start()])     # "The Town Clerk, X"
        det = _determiner_at_end_re().search(before)
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
    for p in sorted(set(words(lang, "people", "chair_before")), key=lambda p: (-len(p), p)):
        toks = [phrase(t) for t in p.split()]
        parts.append(toks[0] + r"(?:\s+(?:[^\s.;,]|(?<=\d)[.,:](?=\d))+){0,4}?\s+" + r"\s+".join(toks[1:])
                     if len(toks) > 1 else toks[0])          # "opened at 10.00 am by"
    # the rest may hold an honorific's dot ("sous la présidence de M. le Maire, M. X")
    abbrev = r"(?-i:(?<=\b[A-Z])\.|(?<=\b[A-Z][a-z])\.|(?<=\b[A-Z][a-z]{2})\.)"
    return re.compile(rf"(?<![\w-])(?:{'|'.join(parts) or NEVER})(?P<rest>(?:[^.;]|{abbrev}){{0,60}})$", re.I)


@functools.cache
def _prior_aux_re(lang: str) -> re.Pattern:
    aux = alternation(words(lang, "people", "prior_aux"))
    return compiled(rf"(?<![\w-]){aux}(?:\s+[\w'’]+){{0,2}}?\s*$", re.I)


def _before_meeting(before_verb: str, lang: str) -> bool:
    """Whether an act verb stands in a pluperfect ("X had reported", "X avait signalé"):
    something done before the meeting, not an act at it."""
    return _prior_aux_re(lang).search(before_verb) is not None


@functools.cache
def _attendance_res(lang: str) -> tuple[re.Pattern, re.Pattern]:
    """An attendance list opening a paragraph ("Présents :"), and one opened in brackets
    earlier on the line ("(Present: ...")."""
    att = alternation(words(lang, "people", "attendance"))
    return compiled(rf"\W*{att}\s*[:：]", re.I), compiled(rf"\(\s*{att}[^)]*$", re.I)


def _attendance_line(text: str, start: int, lang: str) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    # an attendance list may wrap: look back to the paragraph's first line
    para = blank_line_before(text, start)
    para = 0 if para < 0 else para + 2
    head = text[para:start] if start - para < 600 else text[line_start:start]
    opening, bracketed = _attendance_res(lang)
    return opening.match(head) is not None or bracketed.search(text[line_start:start]) is not None


@functools.cache
def _joined_re() -> re.Pattern:
    """Text ending with a comma or a one-word conjunction ("X, Y", "X et Y")."""
    conj = alternation([c for c in _conjunctions() if " " not in c])
    return compiled(rf"(?:,|\b{conj})\s*$")


def _tail_end(text: str, sent_start: int, sent_end: int, n: NameMatch,
              others: list[NameMatch], lang: str) -> int:
    """Where the tail of ``n`` ends: at the next name that itself stands as a subject
    (not one joined to it with no verb between: "X et Y présentent"), else the sentence end."""
    for o in others:
        if o.start >= n.end:
            o_prefix = text[sent_start:o.start]
            if _joined_re().search(o_prefix) and not _first_verb(text[n.end:o.start], lang):
                continue
            if _subject_position(text[n.end:o.start], lang):
                return o.start
    return sent_end


@functools.cache
def _relative_re(lang: str) -> re.Pattern:
    return compiled(rf"\s*,?\s*{alternation(words(lang, 'people', 'relative_pronouns'))}\s+", re.I)


def _relative_verb(tail: str, lang: str) -> str | None:
    """The kind of an act verb right after a relative pronoun after the name ("X qui
    présente", "X, who moved"): X is its subject wherever X stands."""
    m = _relative_re(lang).match(tail)
    if m is None:
        return None
    verb = _first_verb(tail[m.end():m.end() + 60], lang)
    return verb[0] if verb and verb[1] == 0 else None


def _adverbial_then_verb(prefix: str, tail: str, lang: str) -> bool:
    """A short adverbial after a comma, then the name and its act verb ("L'éclairage a été
    déposé, à cet effet M. X indique"): the name opens a clause of its own."""
    head, comma, rest = prefix.rpartition(",")
    verb = _first_verb(tail[:60], lang)
    return (bool(comma) and 0 < len(rest.split()) <= 3 and rest.strip() == rest.strip().lower()
            and verb is not None and not tail[:verb[1]].strip())


@functools.cache
def _clause_break_re() -> re.Pattern:
    """The last comma or joining conjunction of a prefix and what follows it."""
    conj = alternation(_conjunctions())
    return compiled(rf"(?:,|(?<![\w-])(?:{conj})(?![\w-]))(?P<rest>(?:(?!(?<![\w-])(?:{conj})(?![\w-]))[^,])*)$", re.I)


def _role_clause(prefix: str, tail: str, lang: str) -> bool:
    """After a comma or a conjunction, a role and the name right before an act verb open a
    clause of their own ("Director Lee moved approval, Director Ortiz seconded", "y la
    regidora Ruiz secundó")."""
    verb = _first_verb(tail[:60], lang)
    if verb is None or tail[:verb[1]].strip():
        return False
    m = _clause_break_re().search(" ".join(prefix.split()))
    rest = m.group("rest").strip() if m else None
    return rest is not None and bool(rest) and _role_title_re(lang).fullmatch(rest) is not None


def _heading_line(line: str) -> bool:
    """Whether a line is a heading over the next one, no part of its sentence: a few words
    (eight at most), every one of four letters or more capitalised, no closing comma, colon
    or hyphen ("Item 4. Treasurer Report")."""
    toks = line.split()
    long_ = [t for t in toks if len(t.strip("().,'’")) >= 4 and t[0].isalpha()]
    return (0 < len(toks) <= 8 and bool(long_) and all(t[0].isupper() for t in long_)
            and not line.rstrip().endswith((",", ":", ";", "-", "–")))


def _clause_kind(text: str, sent_start: int, sent_end: int, n: NameMatch,
                 others: list[NameMatch], lang: str) -> tuple[str, str, str]:
    """(kind, prefix, tail) of one name in its sentence."""
    first = sent_start
    semi = text.rfind(";", sent_start, n.start)
    if semi >= 0 and text.count("(", semi, n.start) == text.count(")", semi, n.start):
        sent_start = semi + 1              # "X asked ...; Dr Y replied": a clause of its own
    item = text.rfind("\n", sent_start, n.start) + 1
    if item > 0 and _ITEM_LEAD.fullmatch(text, item, n.start):
        sent_start = n.start               # "i. X discussed ...": a list item of its own
    elif item > sent_start and _heading_line(text[text.rfind("\n", 0, item - 1) + 1:item - 1]):
        sent_start = item                  # "Treasurer Report" / "Treasurer X reported"
    prefix = text[sent_start:n.start]
    for o in others:                       # remove other names standing before it
        if sent_start <= o.start and o.end <= n.start:
            prefix = prefix.replace(text[o.start:o.end], " ")
    line_start = text.rfind("\n", 0, n.start) + 1
    if _LABEL_LEAD.fullmatch(text[line_start:n.start]) and _LABEL_END.match(text, n.end):
        return "speaks", "", text[n.end:sent_end]        # "Mayor Katz: ...", "— M. X : ..."
    if _chair_phrase(text[sent_start:n.start], lang):
        return "chairs", prefix, text[n.end:sent_end]
    tail = text[n.end:_tail_end(text, sent_start, sent_end, n, others, lang)]
    inverted = _verb_before_subject(prefix, lang)
    if inverted:                                        # "Intervino la concejala X:"
        return inverted, prefix, tail
    if _motion_by(prefix, lang):                        # "Moción de la concejala X para ..."
        return "presents", prefix, tail
    relative = _relative_verb(tail, lang)               # "Anne LE GUEN qui procède à l'appel"
    if relative:
        return relative, prefix, tail
    if not _subject_position(_apposition_prefix(prefix, lang), lang) \
            and not _adverbial_then_verb(prefix, tail, lang) and not _role_clause(prefix, tail, lang):
        return "mentioned", prefix, tail
    verb = _first_verb(tail, lang)
    if verb is None and sent_start == semi + 1:
        return _gapped_kind(text, first, semi, others, lang) or "mentioned", prefix, tail
    if verb is None or _before_meeting(tail[:verb[1]], lang):
        return "mentioned", prefix, tail
    return verb[0], prefix, tail


def _gapped_kind(text: str, first: int, semi: int, others: list[NameMatch], lang: str) -> str | None:
    """After a semicolon, a name with no verb of its own takes the act of the clause before
    it when a name opens that clause and acts ("Mme Y (Bénin) présente la candidature de
    Cotonou ; M. X (Togo) celle de Lomé": the verb is left out, not the act)."""
    start = max(text.rfind(";", first, semi) + 1, first)
    opener = next((o for o in others if start <= o.start < semi and not text[start:o.start].strip()), None)
    verb = _first_verb(text[opener.end:semi], lang) if opener else None
    between = text[opener.end:opener.end + verb[1]] if verb else ""
    return verb[0] if verb and re.fullmatch(r"\s*(?:\([^()]*\))?\s*", between) else None
