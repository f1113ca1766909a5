"""Decisions written without the verb groups ``candidates`` reads: a body receiving a report
("The Commission received the stipends report"), a decision said to be taken ("Une
décision modificative a été prise pour ..."), a motion proposed and resolved in one
formula ("Il est proposé par M. X, appuyé par Mme Y et résolu d'approuver ..."), an
abbreviated motion line ("M/S/C Lee/Ortiz to approve ..."), a label whose participle
settles a value ("Date arrêtée : 28/10/2022"), and, line by line, a question of the record
answered on its own line ("Put up posters to advertise? Yes").
Every word lives in the ``[decisions]`` lexicon."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from pipeline.lexicon import words
from pipeline.patterns import NEVER, fold_keep
from pipeline.records import Document, Outcome
from pipeline.text import Span

from .candidate import Candidate
from .lexicon import OUTCOMES, Lex, _alt, _bodies, _participle, lexicon_patterns
from .outcomes import closing_vote, counted_rest, not_a_decision, verb_outcome, with_infinitive, words_between


def _w(lang: str, key: str):
    return words(lang, "decisions", key)


def _by_outcome(lang: str, key: str) -> dict[str, Outcome]:
    table = dict(_w(lang, key) or {})
    return {fold_keep(w): outcome for outcome in OUTCOMES for w in table.get(outcome, ())}


@dataclass(frozen=True)
class Informal:
    """One language's patterns for decisions stated without a usual verb group."""
    receipt: re.Pattern         # a named body, its receipt verb and a report within four words
    taken: re.Pattern           # "une décision (modificative) a été prise"
    resolved: re.Pattern        # "proposé par ... et résolu"
    closer_outcome: dict        # folded closer -> outcome
    abbreviated: re.Pattern     # "M/S/C" opening a sentence
    abbreviated_outcome: dict   # folded abbreviation -> outcome
    label: re.Pattern           # "Date arrêtée : ..." (a noun, its participle, a colon, a value)
    answered: re.Pattern        # "Put up posters? Yes" (a question answered on its line)
    asking: re.Pattern          # a question that asks about a fact ("Any questions?")
    yes: frozenset
    appointment: re.Pattern     # "Nomination d'un référent : " opening a sentence
    copula: re.Pattern          # "sera", "will be" after the person named


@functools.cache
def informal_patterns(lang: str) -> Informal:
    dets = _alt(_w(lang, "determiners"))
    closers, abbreviations = _by_outcome(lang, "resolution_closers"), _by_outcome(lang, "abbreviated_motions")
    answers = (*_w(lang, "answer_yes"), *_w(lang, "answer_no"))
    return Informal(
        receipt=re.compile(
            rf"(?<![\w'])(?:(?P<det>{dets})\s*)?(?P<body>{_bodies(lang)})(?![\w])"
            rf"(?P<mid>(?:\s+[^\s.;:!?()\[\]]+){{0,5}}?)\s+(?P<verb>{_alt(_w(lang, 'receipt_verbs'))})"
            rf"(?:\s+[^\s.;:!?]+){{0,4}}?\s+{_alt(_w(lang, 'receipt_objects'))}(?![\w])"),
        taken=re.compile(
            rf"(?<![\w'])(?:{dets})\s*{_alt(_w(lang, 'taken_decision_nouns'))}(?:\s+[^\W\d_]+)?\s+"
            rf"{_alt(_w(lang, 'taken_decision_verbs'))}(?![\w])"),
        resolved=re.compile(
            rf"(?<![\w']){_alt(_w(lang, 'resolution_movers'))}\s[^;?!]{{1,200}}?\s(?P<closer>{_alt(closers)})(?![\w])"),
        closer_outcome=closers,
        abbreviated=re.compile(rf"^[^\w\n]*(?P<label>{_alt(abbreviations)})(?![\w/])"),
        abbreviated_outcome=abbreviations,
        label=re.compile(rf"^[^\w\n]*(?:{dets}\s*)?[^\W\d_]+(?:\s+[^\W\d_]+)?\s+(?P<verb>{_participle(lang)})"
                         rf"\s*:\s*(?=\S)"),
        answered=re.compile(rf"^(?P<q>[^\n?]{{8,200}}\?)[ \t]*(?P<a>{_alt(answers)})[ \t]*[.!]?[ \t]*$", re.M)
        if answers else re.compile(NEVER),
        asking=re.compile(rf"^[^\w]*{_alt(_w(lang, 'question_openers'))}(?![\w])"),
        yes=frozenset(fold_keep(w) for w in _w(lang, "answer_yes")),
        appointment=re.compile(rf"^[^\w\n]*(?:[a-z]\s*[/)]\s*|\d{{1,2}}\s*[./)-]+\s*)?(?P<label>{_alt(_w(lang, 'appointment_labels'))})"
                               rf"(?![\w])[^:\n]{{0,80}}:\s*"),
        copula=re.compile(rf"\s+{_alt(_w(lang, 'appointment_copulas'))}(?![\w])"),
    )


def body_qualifier(lx: Lex, mid: str) -> str | None:
    """The one lower-case word between a body's name and its verb when it qualifies the
    name ("Le Conseil départemental estime"): not an auxiliary, adverb or function word."""
    found = words_between(fold_keep(mid))
    if len(found) != 1 or not mid.strip()[:1].islower():
        return None
    w = found[0]
    if w in lx.verbs.aux_words or w in lx.subjects.leading or w in lx.cues.negation_words \
            or w in lx.cues.function_words or w in lx.subjects.pronouns or w in lx.cues.pluperfect:
        return None
    return mid.strip()


@functools.cache
def _motion_words(lang: str) -> tuple[frozenset, re.Pattern]:
    only = frozenset(fold_keep(w) for w in _w(lang, "motion_only_participles"))
    return only, re.compile(rf"(?<![\w']){_alt(_w(lang, 'motion_subject_nouns'))}(?![\w])")


def motion_only(lx: Lex, verb: str, subject: str) -> bool:
    """A participle that decides only a motion ("lost") whose subject names none."""
    only, nouns = _motion_words(lx.lang)
    return re.sub(r"\s+", " ", verb) in only and not nouns.search(subject)


def _receipt(lx: Lex, sent: str, folded: str, span: Span) -> Candidate | None:
    """A named body receiving a report ("The Commission received the stipends report")."""
    for m in informal_patterns(lx.lang).receipt.finditer(folded):
        if m.group("det") is None and not sent[m.start("body")].isupper():
            continue
        if set(words_between(folded[:m.start("body")])[-1:]) & lx.cues.deictic \
                or lx.cues.negation.search(m.group("mid") or "") \
                or not_a_decision(lx, folded, m.start(), m.end("verb")):
            continue
        return Candidate(span.start, span.end, "active", "agreed", lx.lang,
                         body=" ".join(sent[m.start("body"):m.end("body")].split()),
                         subject_text=sent[m.end("verb"):], qualifier=body_qualifier(lx, m.group("mid") or ""))
    return None


def _taken(lx: Lex, sent: str, folded: str, span: Span) -> Candidate | None:
    """A decision said to be taken ("A decision was made to renew the lease")."""
    m = informal_patterns(lx.lang).taken.search(folded)
    if not m or not_a_decision(lx, folded, m.start(), m.end(), passive=True):
        return None
    return Candidate(span.start, span.end, "impersonal", with_infinitive(lx, "agreed", folded[m.end():]),
                     lx.lang, subject_text=sent[m.end():])


def _resolved(lx: Lex, sent: str, folded: str, span: Span) -> Candidate | None:
    """A motion proposed and resolved in one formula ("Il est proposé par M. X, appuyé
    par Mme Y et résolu d'approuver ..."): the outcome of the closer, or of the
    infinitive after it."""
    ip = informal_patterns(lx.lang)
    m = ip.resolved.search(folded)
    if not m:
        return None
    before = [w for w in words_between(folded[:m.start()]) if not w.isdigit()]   # "2024-03-051 IL EST PROPOSÉ"
    if folded.rstrip().endswith("?") or lx.cues.past.search(folded, m.end()):
        return None
    if before and (len(before) > 3 or before[-1] not in lx.verbs.aux_words):
        return None                       # the formula opens its sentence ("Il est proposé par ..."), not a
                                          # participle after a noun ("le budget proposé par X et adopté en mai")
    rest = _past_unanimity(lx, folded, m.end())            # "et résolu à l'unanimité QUE ..."
    outcome = with_infinitive(lx, ip.closer_outcome[re.sub(r"\s+", " ", m.group("closer"))], folded[rest:])
    clause = _clause_rx(lx.lang).match(folded, rest)
    if clause is not None:                                  # "... QUE le conseil fixe / adopte le règlement"
        verb = clause.group("verb")                         # present, or subjunctive as the infinitive
        outcome = lx.verbs.verb_outcome.get(verb) or lx.verbs.infinitive_outcome.get(verb) or outcome
        rest = clause.end()
    return Candidate(span.start, span.end, "impersonal", outcome, lx.lang, subject_text=sent[rest:].lstrip(" ,:;"))


def _past_unanimity(lx: Lex, folded: str, pos: int) -> int:
    """Where the resolution's words start after its closer: past "à l'unanimité", "unanimously"."""
    lead = len(folded[pos:]) - len(folded[pos:].lstrip(" ,"))
    unan = lx.votes.unanimous.match(folded, pos + lead)
    return unan.end() if unan else pos


@functools.cache
def _clause_rx(lang: str) -> re.Pattern:
    """A content clause opened by the body and its verb ("que le conseil adopte", "that the
    Council approve"): the verb's outcome when it decides, and the words after it."""
    return re.compile(rf"[\s,]*{_alt(_w(lang, 'complementizers'))}\s+(?:{_alt(_w(lang, 'determiners'))}\s+)?"
                      rf"{_bodies(lang)}\s+(?P<verb>[^\W\d_]+)(?![\w'])\s*")


def _abbreviated(lx: Lex, sent: str, folded: str, span: Span) -> Candidate | None:
    """An abbreviated motion ("M/S/C Lee/Ortiz to approve the pool contract"): its outcome
    is the abbreviation's, or the infinitive's after the movers' names."""
    ip = informal_patterns(lx.lang)
    m = ip.abbreviated.match(folded)
    if not m:
        return None
    rest = folded[m.end():]
    names = re.match(r"\s*\(?[^\s():]*/[^\s():]*\)?\s*:?", rest)     # "Lee/Ortiz", "(Lee/Ortiz):"
    skip = names.end() if names else 0
    if not rest[skip:].strip(" .;,") or counted_rest(lx, rest[skip:]):   # "M/S/C Ana/Raj, 4-0.": a vote line
        return Candidate(span.start, span.end, "standalone", ip.abbreviated_outcome[m.group("label")], lx.lang,
                         vote=closing_vote(lx, rest[skip:]))
    outcome = with_infinitive(lx, ip.abbreviated_outcome[m.group("label")], rest[skip:])
    return Candidate(span.start, span.end, "impersonal", outcome, lx.lang,
                     subject_text=sent[m.end() + skip:])


def _settled_label(lx: Lex, sent: str, folded: str, span: Span) -> Candidate | None:
    """A label whose participle settles the value after its colon ("Date arrêtée :
    28/10/2022", "Budget approved: $4,000")."""
    m = informal_patterns(lx.lang).label.match(folded)
    if not m or folded.rstrip().endswith("?") or lx.subjects.not_subjects.search(folded[:m.start("verb")]):
        return None
    outcome = with_infinitive(lx, verb_outcome(lx, m.group("verb")), folded[m.end("verb"):])
    return Candidate(span.start, span.end, "impersonal", outcome, lx.lang, subject_text=sent[:m.start("verb")])


_NAME = re.compile(r"[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){1,3}")


def _appointment_item(lx: Lex, sent: str, folded: str, span: Span) -> Candidate | None:
    """An appointment item whose text names who takes the role ("Nomination d'un référent
    incendie : Jean Roy sera le correspondant de la commune"): agreed."""
    ip = informal_patterns(lx.lang)
    m = ip.appointment.match(folded)
    name = _NAME.match(sent, m.end()) if m else None
    if not name or not ip.copula.match(folded, name.end()) or folded.rstrip().endswith("?"):
        return None
    return Candidate(span.start, span.end, "impersonal", "agreed", lx.lang, subject_text=sent[m.start("label"):m.end()])


TURN_LABEL = re.compile(r"^[^\n]{0,60}?(?:[.:][-–—]|:)\s*")    # "Sr. PRESIDENTE (Gómez).-"


@functools.cache
def _participle_first_rx(lang: str) -> re.Pattern:
    dets = _w(lang, "participle_first_determiners")
    if not dets:
        return re.compile(NEVER)
    return re.compile(rf"^(?:{TURN_LABEL.pattern[1:]})?[^\w\n]*"     # past a turn label
                      rf"(?P<verb>{_participle(lang)})\s+(?={_alt(dets)}\s+[^\W\d_])")


def declared_first(lx: Lex, folded: str) -> bool:
    """A sentence that declares an outcome verb first, past a turn label ("Aprobada la
    versión ...", "Sr. PRESIDENTE (Gómez).- Queda sancionada la Ordenanza ...")."""
    if _participle_first_rx(lx.lang).match(folded):
        return True
    label = TURN_LABEL.match(folded)
    return bool(lx.verbs.verb_first.match(folded[label.end():] if label else folded))


def _participle_first(lx: Lex, sent: str, folded: str, span: Span) -> Candidate | None:
    """An outcome participle opening its sentence, no auxiliary, its subject after it: the
    chair declaring the result ("Aprobada la versión taquigráfica de la sesión anterior")."""
    m = _participle_first_rx(lx.lang).match(folded)
    if not m or folded.rstrip().endswith("?") or not_a_decision(lx, folded, m.start("verb"), m.end("verb"), passive=True):
        return None
    return Candidate(span.start, span.end, "passive", verb_outcome(lx, m.group("verb")), lx.lang,
                     subject_text=sent[m.end():])


FINDERS = (_resolved, _abbreviated, _taken)
AFTER_ACTIVE = (_receipt, _settled_label, _appointment_item, _participle_first)     # "The committee decided: probably not" is the body's


def lines_to_answer_candidates(doc: Document, lang: str) -> list[Candidate]:
    """A question of the record answered yes or no on its own line ("Put up posters to
    advertise? Yes", "Imprimer des affiches ? Non"): agreed, or rejected. A question that
    only asks about a fact ("Any questions? No") decides nothing."""
    lx, ip = lexicon_patterns(lang), informal_patterns(lang)
    out: list[Candidate] = []
    folded = fold_keep(doc.text)
    for m in ip.answered.finditer(folded):
        q = m.group("q")
        lead = len(q) - len(q.lstrip(" \t-–•*¿¡"))
        if ip.asking.match(q[lead:]) or len(words_between(q)) < 3:
            continue
        outcome: Outcome = "agreed" if re.sub(r"\s+", " ", m.group("a")) in ip.yes else "rejected"
        out.append(Candidate(m.start() + lead, m.end("a"), "impersonal", outcome, lx.lang,
                             subject_text=doc.text[m.start() + lead:m.end("q") - 1]))
    return out
