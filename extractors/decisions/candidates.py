"""Sentences to decision candidates: impersonal, active, passive (plain or negated),
put to the vote, or a standalone outcome sentence; one candidate per place."""

from __future__ import annotations

import functools
import re

from pipeline.lexicon import languages, words
from pipeline.patterns import fold_keep
from pipeline.records import Document, Outcome
from pipeline.text import Span, collapse, fold, sentences

from .candidate import Candidate, CandidateKind
from .informal import AFTER_ACTIVE, FINDERS, body_qualifier, motion_only
from .lexicon import Lex, _alt, lexicon_patterns
from .motionwords import motion_patterns
from .outcomes import (closing_vote, counted_at, dash_vote, motion_outcome, not_a_decision, pending_refusal, standalone_ok, verb_first,
                       verb_outcome, vote_in, with_infinitive, words_between)

__all__ = ["Candidate", "CandidateKind", "document_to_sentences", "merge_candidates", "sentence_to_candidates",
           "sentences_to_candidates"]


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
    langs = tuple(lg for lg in (doc.language,) if lg in languages()) or languages()
    for a, b in zip(bounds, bounds[1:]):
        for s in sentences(doc.text, a, b):
            out.extend(_outcome_tail(s, langs))
    return out


_INNER_STOP = re.compile(r"(?<=[\w)])\.\s+(?=[A-ZÀ-Ý])")


def _outcome_tail(s: Span, langs: tuple[str, ...]) -> list[Span]:
    """A sentence the splitter ran on past a stop it took for an initial ("... items A
    through C. Motion carried 5-0."): the outcome closing it is a sentence of its own."""
    for m in _INNER_STOP.finditer(s.text):
        tail = fold_keep(s.text[m.end():])
        if any(motion_patterns(lg).bare.match(tail) for lg in langs):
            return [Span(s.start, s.start + m.start() + 1, s.text[:m.start() + 1]),
                    Span(s.start + m.end(), s.end, s.text[m.end():])]
    for m in re.finditer(r":[ \t]*\n", s.text):    # "The motion carried by the following vote:" then the roll
        head = fold_keep(s.text[:m.start() + 1])
        if any(motion_patterns(lg).bare.match(head) for lg in langs):
            return [Span(s.start, s.start + m.start() + 1, s.text[:m.start() + 1]),
                    Span(s.start + m.end(), s.end, s.text[m.end():])]
    return [s]


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
    label = sent[m.start("label"):m.end("label")] if m else ""
    if not m or not (label.isupper() or m.group("bare") and label[:1].isupper()) or sent.rstrip().endswith("?"):
        return None                       # "RESOLVED: ...", or "Resolved that ..." opening its sentence
    rest = Span(span.start + m.end(), span.end, sent[m.end():])
    noun_label = re.sub(r"\s+", " ", m.group("label")) in lx.verbs.colon_labels
    if noun_label and (m.group("bare") or len(words_between(fold_keep(rest.text))) < 3):
        return None                       # "Noted that ...": speech; "DECISION: 2031-04": a number
    inner = sentence_to_candidates(lx, text, rest)
    if inner:
        c = inner[0]
        return [Candidate(span.start, c.end, c.kind, c.outcome, c.lang, c.body, c.subject_text,
                          c.item_text, c.vote, c.settled)]
    label = lx.verbs.label_outcome[re.sub(r"\s+", " ", m.group("label"))]
    vote = vote_in(lx, fold_keep(rest.text))
    if vote and len(re.findall(r"[^\W\d_]{2,}", lx.votes.tally.sub(" ", fold_keep(rest.text)))) <= 1:
        return [Candidate(span.start, span.end, "standalone", label, lx.lang, vote=vote)]   # "ADOPTÉ — 13 votants : 9 pour"
    outcome = with_infinitive(lx, label, fold_keep(rest.text))
    said = lx.verbs.motion_content.search(fold_keep(rest.text)) if outcome == "agreed" else None
    if said and said.group("part"):       # "RESOLVED: that the minutes be approved" -> approved
        outcome = verb_outcome(lx, said.group("part"))
    elif outcome == "agreed" and _passive_subjunctive(lx.lang).search(fold_keep(rest.text)):
        outcome = "approved"              # "RESOLVED: that the rents be increased to £42": the thing is decided
    noun = lx.verbs.nominal.match(fold_keep(rest.text))
    if noun and outcome == "agreed":      # "DÉCISION : approbation du plan" -> approved
        outcome = lx.verbs.nominal_outcome[re.sub(r"\s+", " ", noun.group("noun"))]
    return [Candidate(span.start, span.end, "impersonal", outcome, lx.lang,
                      subject_text=rest.text[noun.end():] if noun else rest.text, vote=vote_in(lx, fold_keep(sent)))]


@functools.cache
def _passive_subjunctive(lang: str) -> re.Pattern:
    """A clause deciding that a thing be done ("that the rents be increased"), not that
    someone do it ("that the clerk renews the policy")."""
    markers, endings = words(lang, "decisions", "motion_passive_markers"), words(lang, "decisions", "participle_endings")
    if not markers or not endings:
        return re.compile(r"(?!)")
    return re.compile(rf"(?<![\w'])(?:{_alt(markers)})\s+[^\W\d_]+(?:{_alt(endings)})(?![\w])")


def sentence_to_candidates(lx: Lex, text: str, span: Span) -> list[Candidate]:
    """Decision candidates in one sentence (usually none, at most one): the first of an
    impersonal, active or passive verb, a negated passive, a matter put to the vote, or a
    standalone outcome, with the sentence's tally as its vote."""
    capital = _capitalised(lx, text, span)
    if capital is not None:
        return [capital]
    labelled = _labelled(lx, text, span)
    if labelled is not None:
        return labelled
    sent = text[span.start:span.end]
    folded = fold_keep(sent)
    for find in (_bare, _trailing, _deliberated, *FINDERS, _impersonal, _active, *AFTER_ACTIVE, _passive,
                 _negated_passive, _submitted, _standalone):
        c = find(lx, sent, folded, span)
        if c is not None:
            if c.kind == "active" and c.end == span.end:
                c = _operative_list(lx, text, c)
            return [Candidate(c.start, c.end, c.kind, c.outcome, c.lang, c.body, c.subject_text,
                              None, c.vote or vote_in(lx, fold_keep(text[c.start:c.end])), c.settled,
                              qualifier=c.qualifier)]
    return []


def _bare(lx: Lex, sent: str, folded: str, span: Span) -> Candidate | None:
    """A sentence that is only an outcome ("Motion is defeated.", "The committee agreed.",
    "Sometido a votación, se adoptó por UNANIMIDAD."): it closes the motion above it."""
    m = motion_patterns(lx.lang).bare.match(_without_vocative(sent, folded))
    if not m or folded.rstrip().endswith("?"):
        return None
    verb = "verb" if m.group("verb") else ("imp" if m.group("imp") else "part")
    outcome, vote = verb_outcome(lx, m.group(verb)), closing_vote(lx, folded[m.end(verb):])  # "Motion passed 5-0."
    matter = words_between(m.group("matter") or "")
    if matter and matter[0] not in lx.subjects.prepositions:  # "Se somete a votación la propuesta, resultando aprobada"
        return Candidate(span.start, span.end, "submitted", outcome, lx.lang, vote=vote,
                         subject_text=sent[m.start("matter"):m.end("matter")])
    return Candidate(span.start, span.end, "standalone", outcome, lx.lang, vote=vote)


def _without_vocative(sent: str, folded: str) -> str:
    """The folded sentence without a closing address to someone ("Carried, Madam Clerk.")
    nor the number of its paragraph ("8. Il en est ainsi décidé.")."""
    vocative = re.search(r",\s*(?:[A-ZÀ-Ý][\w'’.-]*\s*){1,3}[.!]?\s*$", sent)
    folded = folded[:vocative.start()] + "." if vocative else folded
    number = re.match(r"\s*\d{1,3}\s*[.)]\s+(?=[^\W\d_])", folded)
    return " " * number.end() + folded[number.end():] if number else folded


def _trailing(lx: Lex, sent: str, folded: str, span: Span) -> Candidate | None:
    """A last clause that only records the outcome of what the sentence reported
    ("X informó que ..., se aprueba por unanimidad.", "..., all approved."): the body
    decides on the matter reported, whatever verb of speech opened the sentence."""
    m = motion_patterns(lx.lang).trailing.search(folded)
    if not m or folded.rstrip().endswith("?") or not folded[:m.start()].strip():
        return None
    return Candidate(span.start, span.end, "passive", motion_outcome(lx, folded, m), lx.lang,
                     subject_text=sent[:m.start()])


def _deciding_outcome(lx: Lex, verb: str, after: str) -> Outcome:
    """The outcome of a deciding verb after a deliberation, read with the infinitive after
    it past any tally ("DECIDE : Par 2 voix POUR - 11 voix CONTRE - DE DONNER UN AVIS DEFAVORABLE")."""
    mp = motion_patterns(lx.lang)
    v = re.sub(r"\s+", " ", verb)
    outcome = lx.verbs.verb_outcome.get(v) or mp.capital_outcome.get(v, "approved")
    rest = after[mp.tally_skip.match(after).end():].lstrip(" -–—•:;,\n")
    return with_infinitive(lx, outcome, rest)


def _deliberated(lx: Lex, sent: str, folded: str, span: Span) -> Candidate | None:
    """A deciding verb after the deliberation formula ("Le Conseil Municipal après en avoir
    délibéré à l'unanimité, accepte de verser ...", "..., Par 13 voix POUR, ACCEPTE ...")."""
    m = motion_patterns(lx.lang).deliberated.search(folded)
    if not m or folded.rstrip().endswith("?"):
        return None
    return Candidate(span.start, span.end, "active", _deciding_outcome(lx, m.group("verb"), folded[m.end():]),
                     lx.lang, subject_text=sent[m.end():])


def _capitalised(lx: Lex, text: str, span: Span) -> Candidate | None:
    """A line opened by a deciding verb in capitals right after the deliberation formula
    ("Le Conseil Municipal après en avoir délibéré," then "DESIGNE comme délégués ...")."""
    sent = text[span.start:span.end]
    folded = fold_keep(sent)
    mp = motion_patterns(lx.lang)
    m = mp.capital.match(folded)
    written = sent[m.start("verb"):m.end("verb")] if m else ""
    if not m or not written.isupper() or len(m.group("verb")) < 4 or written.endswith("É"):
        return None                         # "ADOPTÉ à l'unanimité": the participle of an outcome line, not "ADOPTE"
    before = text[max(0, span.start - 300):span.start]
    cues = list(mp.deliberation.finditer(fold_keep(before)))
    if not cues or _operative_line(mp, before[cues[-1].end():]):
        return None                         # no deliberation, or one already decided ("ACCEPTENT ..." then "CHARGENT")
    c = Candidate(span.start, span.end, "active", _deciding_outcome(lx, m.group("verb"), folded[m.end():]),
                  lx.lang, subject_text=sent[m.end():])
    c = _operative_list(lx, text, c)
    return Candidate(c.start, c.end, c.kind, c.outcome, c.lang, subject_text=c.subject_text,
                     vote=vote_in(lx, fold_keep(text[c.start:c.end])))


def _operative_line(mp, text: str) -> bool:
    """A line of ``text`` opens with a deciding verb in capitals."""
    for line in text.split("\n"):
        m = mp.capital.match(fold_keep(line))
        if m and line[m.start("verb"):m.end("verb")].isupper():
            return True
    return False


def _operative_list(lx: Lex, text: str, c: Candidate) -> Candidate:
    """A deciding verb with nothing after it but a tally ("DECIDENT," / "DECIDE : Par 13
    voix POUR") decides what the next sentence says (the list item "- de créer un poste")."""
    mp = motion_patterns(lx.lang)
    after = fold_keep(c.subject_text or "")
    said = words_between(after[mp.tally_skip.match(after).end():])
    if said and not (len(said) == 1 and (said[0] in lx.subjects.ordinals or said[0].isdigit())):
        return c                          # decides what it says, past a list label alone ("ACUERDA:\nPrimero.")
    nxt = sentences(text, c.end, min(len(text), c.end + 1500))
    if len(nxt) > 1 and len(words_between(nxt[0].text)) == 1:
        nxt = nxt[1:]                     # a list label alone ("ACUERDA:" / "Primero." / "Aprobar ...")
    if not nxt:
        return c
    end = nxt[0].end
    said = fold_keep(text[nxt[0].start:end])
    outcome = (_deciding_outcome(lx, "", said) if c.outcome == "approved"
               else with_infinitive(lx, c.outcome, said) if c.outcome == "agreed" else c.outcome)
    return Candidate(c.start, end, c.kind, outcome, c.lang, c.body, text[nxt[0].start:end], c.item_text, c.vote)


def _impersonal(lx: Lex, sent: str, folded: str, span: Span) -> Candidate | None:
    """An impersonal decision ("Il a été convenu que", "Se aprueba")."""
    for m in lx.verbs.impersonal.finditer(folded):
        if not_a_decision(lx, folded, m.start(), m.end()):
            continue
        outcome = with_infinitive(lx, verb_outcome(lx, m.group("verb") or m.group("cverb")),
                                  folded[m.end():])
        return Candidate(span.start, span.end, "impersonal", outcome, lx.lang, subject_text=sent[m.end():])
    return None


def _active(lx: Lex, sent: str, folded: str, span: Span) -> Candidate | None:
    """A named body deciding ("Le Conseil a validé", "The Board approves")."""
    for m in _overlapping(lx.verbs.active, folded):
        mid = re.sub(r"\([^()]*\)", " ", m.group("mid") or "")    # "(..., le Président ne prenant pas part au vote)"
        if (lx.cues.hedges.search(mid) or lx.cues.negation.search(mid)
                or any(w in lx.cues.relatives or w in lx.cues.pluperfect for w in words_between(mid))
                or set(words_between(re.sub(r"\([^()]*\)", " ", sent[m.start("mid"):m.end("mid")].lower())))
                & _aux_words(lx.lang)
                or fold(m.group("aux") or "") in lx.cues.pluperfect   # "The Board had approved": before the meeting
                or lx.subjects.genitive.search(folded[:m.start()])
                or re.search(r"\d{1,3}\s*[.)]\s*$", folded[:m.start()])):
            continue
        if m.group("det") is None and not sent[m.start("body")].isupper() \
                or set(words_between(folded[:m.start("body")])[-1:]) & lx.cues.deictic:
            continue                      # "este Concejo aprobó que ...": a remark in debate
        if m.group("det") is None and lx.subjects.genitive.search(_before_name(sent, folded, m.start())):
            continue                      # "the Rules of the Planning Commission adopted ..."
        if not_a_decision(lx, folded, m.start(), m.end()) or motion_only(lx, m.group("verb"), ""):
            continue
        if pending_refusal(lx, m.group("verb"), folded[m.end():]):
            continue
        listed = re.match(r"\s*:\s*[-–—•]\s*", folded[m.end():])     # "DÉCIDE : - d'adopter ...": the first item
        after = m.end() + (listed.end() if listed else 0)
        outcome = with_infinitive(lx, verb_outcome(lx, m.group("verb") or m.group("cverb")), folded[after:])
        body = collapse(sent[m.start("body"):m.end("body")])
        return Candidate(span.start, span.end, "active", outcome, lx.lang, body=body, vote=dash_vote(folded[m.end():]),
                         subject_text=sent[after:], qualifier=body_qualifier(lx, mid))
    return None



@functools.cache
def _aux_words(lang: str) -> frozenset[str]:
    """The auxiliaries' words as written, accents kept: "à" after a body ("Le Conseil, à
    l'unanimité, décide") is no "a"."""
    return frozenset(w.lower() for a in (*words(lang, "decisions", "passive_aux"), *words(lang, "decisions", "active_aux"))
                     for w in a.split())


def _before_name(sent: str, folded: str, a: int) -> str:
    """The folded text before the capitalised words that end just before ``a`` (the
    rest of a proper name the body closes: "of the Planning" before "Commission")."""
    words = list(re.finditer(r"\S+", sent[:a]))
    while words and words[-1].group()[:1].isupper():
        words.pop()
    return folded[:words[-1].end() + 1] if words else ""


def _passive(lx: Lex, sent: str, folded: str, span: Span) -> Candidate | None:
    """A passive decision ("Le budget a été approuvé", "Queda aprobado el orden del día")."""
    for m in lx.verbs.passive.finditer(folded):
        if not_a_decision(lx, folded, m.start(), m.end(), passive=True):
            continue
        if verb_first(lx, folded, m.start()):
            subject = sent[m.end():]      # "Queda aprobado el orden del día"
        else:
            subject = _clause_subject(lx, sent, folded, m.start())
        if not subject or lx.subjects.not_subjects.search(fold(subject)) or \
                lx.subjects.not_subjects.search(re.split(r"[,;:]", folded[:m.start()])[-1]) \
                or motion_only(lx, m.group("verb"), fold(subject)):
            continue                        # "Number one, someone has been appointed", "the file was lost"
        after = folded[m.end():]
        agent = lx.subjects.agent.match(after)
        by_tally = lx.votes.tally.match(lx.subjects.agent_lead.sub("", after)) or \
            lx.votes.unanimous.match(after.lstrip()) or counted_at(lx, after)   # "por unanimidad" is no agent
        if lx.subjects.agent_word.match(after) and not agent \
                and not by_tally:           # "defeated by 12 votes to 27" is a vote, not an agent
            continue
        if lx.cues.not_deciding.match(folded, m.start("verb")) or (
                lx.cues.election_rule.fullmatch(folded, m.start(), m.end()) and not _names_someone(lx, subject, m.group("verb"))):
            continue                        # "forms were passed to the members", "le maire est élu" (not "M. Roy est élu")
        outcome = motion_outcome(lx, folded, m)
        body = collapse(sent[m.end() + agent.start("body"):m.end() + agent.end("body")]) if agent else None
        if fold(subject) in lx.subjects.pronouns or fold(subject).split(" ")[0] in lx.subjects.expletives:
            subject = sent[m.end():]
        return Candidate(span.start, span.end, "passive", outcome, lx.lang, body=body, subject_text=subject,
                         vote=dash_vote(after))       # "The motion was put and LOST 2/4."
    return None


def _names_someone(lx: Lex, subject: str, verb: str) -> bool:
    """An election participle whose subject names a person: two capitalised words, the first
    no determiner ("M. Paul Roy", "Ana Gil"), not "Le Maire"."""
    if not re.match(rf"(?:{'|'.join(map(re.escape, _named_elections(lx.lang)))})", verb):
        return False
    for m in re.finditer(r"([A-ZÀ-Ý][\w'’-]*)\s+[A-ZÀ-Ý][\w'’-]+", subject):
        if not lx.subjects.determiners.match(fold(m.group(1)) + " "):
            return True
    return False


@functools.cache
def _named_elections(lang: str) -> tuple[str, ...]:
    return tuple(fold(w) for w in words(lang, "decisions", "named_election_participles")) or ("(?!)",)


def _standalone(lx: Lex, sent: str, folded: str, span: Span) -> Candidate | None:
    """A sentence that is only an outcome ("Adopté.")."""
    sm = lx.votes.standalone_line.match(_without_vocative(sent, folded))
    if sm and sm.group("verb") and standalone_ok(sm, lx):
        return Candidate(span.start, span.end, "standalone", verb_outcome(lx, sm.group("verb")), lx.lang,
                         vote=closing_vote(lx, sm.group("rest")))
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
