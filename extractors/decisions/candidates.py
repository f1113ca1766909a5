"""Sentences to decision candidates: impersonal, active, passive (plain or negated),
put to the vote, or a standalone outcome sentence; one candidate per place."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from pipeline.patterns import fold_keep
from pipeline.records import Document, Outcome, Vote
from pipeline.text import Span, collapse, fold, sentences

from .lexicon import Lex, lexicon_patterns
from .outcomes import (motion_outcome, not_a_decision, pending_refusal, standalone_ok, verb_first,
                       verb_outcome, vote_in, with_infinitive, words_between)

CandidateKind = Literal["passive", "active", "impersonal", "operative", "standalone", "tally", "submitted"]


@dataclass(frozen=True)
class Candidate:
    """A span that records a decision, before it is typed: where, how, what outcome."""
    start: int
    end: int
    kind: CandidateKind
    outcome: Outcome
    lang: str
    body: str | None = None          # a deciding body named in the text
    subject_text: str | None = None  # the phrase naming what was decided
    item_text: str | None = None     # the agenda item line a tally belongs to
    vote: Vote | None = None
    settled: bool = True             # False: put to the vote, outcome still to be read after it


def _heading_end(text: str, start: int, heading: str) -> int:
    """Offset just after ``heading`` as it stands in ``text`` from ``start``."""
    want = [c for c in heading if not c.isspace()]
    i, pos = 0, start
    while pos < len(text) and i < len(want):
        if not text[pos].isspace():
            if text[pos] != want[i]:
                break
            i += 1
        pos += 1
    return pos if i == len(want) else start


def document_to_sentences(doc: Document) -> list[Span]:
    """Sentences of the body text; a heading always ends a sentence (the seed's
    "Le Consortium a validé ce rapport" has no period and runs into a heading)."""
    cuts = {0, len(doc.text)}
    for s in doc.sections:
        cuts.add(s.start)
        cuts.add(_heading_end(doc.text, s.start, s.heading))
    bounds = sorted(c for c in cuts if 0 <= c <= len(doc.text))
    out: list[Span] = []
    for a, b in zip(bounds, bounds[1:]):
        out.extend(sentences(doc.text, a, b))
    return out


def _clause_subject(lx: Lex, sent: str, folded: str, a: int) -> str:
    """The noun phrase before a passive verb: the trailing run of comma-separated parts
    that begin like noun phrases (drops "Comme X n'est pas ..., le choix ...")."""
    start = max(sent.rfind(";", 0, a), sent.rfind(":", 0, a)) + 1
    parts = re.split(r",\s*", sent[start:a])
    fparts = re.split(r",\s*", folded[start:a])
    kept: list[str] = []
    for raw, f in zip(reversed(parts), reversed(fparts)):
        if not f.strip():
            continue
        if not lx.subjects.determiners.match(f.strip()):
            if kept:
                break
            if len(parts) > 1 and f is not fparts[0]:
                continue                  # an incise: "Le rapport, tenu à Dakar, a été approuvé"
        kept.insert(0, raw)
    return ", ".join(kept).strip()


def _overlapping(rx: re.Pattern, text: str):
    """Matches of ``rx`` starting at every position, not only after the previous match:
    "After consulting the Committee by e-mail, the Committee approves" must be tried
    from its second "the Committee" once the first (inside the opener) is rejected."""
    pos = 0
    while pos <= len(text):
        m = rx.search(text, pos)
        if m is None:
            return
        yield m
        pos = m.start() + 1


def _labelled(lx: Lex, text: str, span: Span) -> list[Candidate] | None:
    """A resolution opened by its outcome label in capitals ("RESOLVED: that the Council
    approves X", "AGREED: that ..."): the clause after it is the decision, its own verb
    giving the outcome when it has one, else the label's. None when no label opens it."""
    sent = text[span.start:span.end]
    m = lx.verbs.label_opener.match(fold_keep(sent))
    if not m or not sent[m.start("label"):m.end("label")].isupper() or sent.rstrip().endswith("?"):
        return None
    rest = Span(span.start + m.end(), span.end, sent[m.end():])
    inner = sentence_to_candidates(lx, text, rest)
    if inner:
        c = inner[0]
        return [Candidate(span.start, c.end, c.kind, c.outcome, c.lang, c.body, c.subject_text,
                          c.item_text, c.vote, c.settled)]
    label = lx.verbs.label_outcome[re.sub(r"\s+", " ", m.group("label"))]
    outcome = with_infinitive(lx, label, fold_keep(rest.text))
    return [Candidate(span.start, span.end, "impersonal", outcome, lx.lang, subject_text=rest.text,
                      vote=vote_in(lx, fold_keep(sent)))]


def sentence_to_candidates(lx: Lex, text: str, span: Span) -> list[Candidate]:
    """Decision candidates in one sentence (usually none, at most one): the first of an
    impersonal, active or passive verb, a negated passive, a matter put to the vote, or a
    standalone outcome, with the sentence's tally as its vote."""
    labelled = _labelled(lx, text, span)
    if labelled is not None:
        return labelled
    sent = text[span.start:span.end]
    folded = fold_keep(sent)
    for find in (_impersonal, _active, _passive, _negated_passive, _submitted, _standalone):
        c = find(lx, sent, folded, span)
        if c is not None:
            return [Candidate(c.start, c.end, c.kind, c.outcome, c.lang, c.body, c.subject_text,
                              None, vote_in(lx, folded), c.settled)]
    return []


def _impersonal(lx: Lex, sent: str, folded: str, span: Span) -> Candidate | None:
    """An impersonal decision ("Il a été convenu que", "Se aprueba")."""
    for m in lx.verbs.impersonal.finditer(folded):
        if not_a_decision(lx, folded, m.start(), m.end()):
            continue
        outcome = with_infinitive(lx, verb_outcome(lx, m.group("verb")), folded[m.end():])
        return Candidate(span.start, span.end, "impersonal", outcome, lx.lang, subject_text=sent[m.end():])
    return None


def _active(lx: Lex, sent: str, folded: str, span: Span) -> Candidate | None:
    """A named body deciding ("Le Conseil a validé", "The Board approves")."""
    for m in _overlapping(lx.verbs.active, folded):
        mid = m.group("mid") or ""
        if (lx.cues.hedges.search(mid) or lx.cues.negation.search(mid)
                or any(w in lx.cues.relatives or w in lx.verbs.aux_words for w in words_between(mid))
                or lx.subjects.genitive.search(folded[:m.start()])
                or re.search(r"\d{1,3}\s*[.)]\s*$", folded[:m.start()])):
            continue
        if m.group("det") is None and not sent[m.start("body")].isupper():
            continue
        if not_a_decision(lx, folded, m.start(), m.end()):
            continue
        if pending_refusal(lx, m.group("verb"), folded[m.end():]):
            continue
        outcome = with_infinitive(lx, verb_outcome(lx, m.group("verb")), folded[m.end():])
        body = collapse(sent[m.start("body"):m.end("body")])
        return Candidate(span.start, span.end, "active", outcome, lx.lang, body=body,
                         subject_text=sent[m.end("verb"):])
    return None


def _passive(lx: Lex, sent: str, folded: str, span: Span) -> Candidate | None:
    """A passive decision ("Le budget a été approuvé", "Queda aprobado el orden del día")."""
    for m in lx.verbs.passive.finditer(folded):
        if not_a_decision(lx, folded, m.start(), m.end(), passive=True):
            continue
        if verb_first(lx, folded, m.start()):
            subject = sent[m.end():]      # "Queda aprobado el orden del día"
        else:
            subject = _clause_subject(lx, sent, folded, m.start())
        if not subject or lx.subjects.not_subjects.search(fold(subject)):
            continue
        after = folded[m.end():]
        agent = lx.subjects.agent.match(after)
        by_tally = lx.votes.tally.match(lx.subjects.agent_lead.sub("", after))
        if lx.subjects.agent_word.match(after) and not agent \
                and not by_tally:           # "defeated by 12 votes to 27" is a vote, not an agent
            continue
        outcome = motion_outcome(lx, folded, m)
        body = collapse(sent[m.end() + agent.start("body"):m.end() + agent.end("body")]) if agent else None
        if fold(subject) in lx.subjects.pronouns or fold(subject).split(" ")[0] in lx.subjects.expletives:
            subject = sent[m.end():]
        return Candidate(span.start, span.end, "passive", outcome, lx.lang, body=body, subject_text=subject)
    return None


def _standalone(lx: Lex, sent: str, folded: str, span: Span) -> Candidate | None:
    """A sentence that is only an outcome ("Adopté.")."""
    sm = lx.votes.standalone_line.match(folded)
    if sm and sm.group("verb") and standalone_ok(sm):
        return Candidate(span.start, span.end, "standalone", verb_outcome(lx, sm.group("verb")), lx.lang)
    return None


def _negated_passive(lx: Lex, sent: str, folded: str, span: Span) -> Candidate | None:
    """A passive approval with a negation in or just before its verb group is a rejection
    ("The motion was not carried", "La motion n'est pas adoptée", "La moción no fue
    aprobada"); a pending word ("not yet", "pas encore", "aún no") means no decision, and
    a negated postponement or agreement decides nothing."""
    for m in lx.verbs.negated_passive.finditer(folded):
        inside = set(words_between(m.group(0)))
        before = words_between(folded[:m.start()])[-2:]
        if not (inside & lx.cues.negation_words or set(before) & lx.cues.negation_words):
            continue                      # not negated: the plain passive rule had its say
        if verb_outcome(lx, m.group("verb")) not in ("approved", "adopted"):
            continue
        near = folded[max(0, m.start() - 30):m.end() + 25]
        if lx.cues.pending.search(near):
            continue
        if not_a_decision(lx, folded, m.start(), m.end(), passive=True, negated=True):
            continue
        subject = _negated_subject(lx, _clause_subject(lx, sent, folded, m.start()))
        if not subject or lx.subjects.not_subjects.search(fold(subject)) or \
                fold(subject) in lx.subjects.pronouns or fold(subject).split(" ")[0] in lx.subjects.expletives:
            continue
        after = folded[m.end():]
        agent = lx.subjects.agent.match(after)
        if lx.subjects.agent_word.match(after) and not agent:
            continue                      # "not approved by the Ministry": another's act
        body = collapse(sent[m.end() + agent.start("body"):m.end() + agent.end("body")]) if agent else None
        return Candidate(span.start, span.end, "passive", "rejected", lx.lang, body=body, subject_text=subject)
    return None


def _negated_subject(lx: Lex, subject: str) -> str:
    """The subject without the negation glued before its verb ("La motion n'" -> "La motion")."""
    neg = re.search(r"(?:^|\s)(\S+)\s*$", fold_keep(subject))
    if neg and neg.group(1) in lx.cues.negation_words:
        return subject[:neg.start(1)].rstrip()
    return subject


def _submitted(lx: Lex, sent: str, folded: str, span: Span) -> Candidate | None:
    """A matter put to the vote ("Se somete a votación X, con 9 votos a favor"): settled
    when the sentence closes it ("... and carried") or its tally counts votes against;
    else its outcome is the line after it (``submissions_to_decisions``)."""
    m = lx.verbs.put_to_vote.search(folded)
    if not m or not_a_decision(lx, folded, m.start(), m.end()):
        return None
    subject = sent[m.end():]
    close = lx.verbs.closing_outcome.search(folded, m.end())
    if close:
        outcome = verb_outcome(lx, close.group("verb"))
        return Candidate(span.start, span.end, "submitted", outcome, lx.lang, subject_text=subject)
    vote = vote_in(lx, folded)
    if vote and vote.votes_for is not None and vote.against is not None:
        outcome: Outcome = "approved" if vote.votes_for > vote.against else "rejected"
        return Candidate(span.start, span.end, "submitted", outcome, lx.lang, subject_text=subject)
    return Candidate(span.start, span.end, "submitted", "approved", lx.lang, subject_text=subject,
                     settled=False)


def sentences_to_candidates(doc: Document, spans: list[Span], lang: str) -> list[Candidate]:
    """Every sentence-level decision candidate of ``lang`` in ``spans``."""
    lx = lexicon_patterns(lang)
    out: list[Candidate] = []
    for span in spans:
        out.extend(sentence_to_candidates(lx, doc.text, span))
    return out


def merge_candidates(cands: list[Candidate]) -> list[Candidate]:
    """One candidate per place: overlapping candidates keep the first found (a
    sentence verb beats a line tally), taking the tally's vote when it has none."""
    out: list[Candidate] = []
    for c in sorted(cands, key=lambda c: (c.kind != "operative", c.start, c.kind == "tally")):
        clash = next((o for o in out if c.start < o.end and o.start < c.end), None)
        if clash is None:
            out.append(c)
        elif clash.kind == "standalone" and c.kind == "tally":
            out[out.index(clash)] = c
        elif clash.vote is None and c.vote is not None:
            out[out.index(clash)] = Candidate(clash.start, clash.end, clash.kind, clash.outcome,
                                              clash.lang, clash.body, clash.subject_text,
                                              clash.item_text or c.item_text, c.vote)
    return sorted(out, key=lambda c: c.start)
