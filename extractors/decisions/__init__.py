"""Decisions of a body recorded in a document, in French, English and Spanish.

Regex and lexicon driven (every language word lives in ``pipeline/lexicon/*.toml``,
section ``[decisions]``, compiled per language in ``lexicon``). Stages: the document is
cut into sentences that never cross a heading (``document_to_sentences``); sentences and
lines yield candidates (``candidates.sentences_to_candidates``: passive "a été approuvé",
active "Le Conseil a validé", impersonal "se aprobó"; ``tallies.lines_to_tally_candidates``:
operative "1. Decides", an agenda item's tally "14 votes pour" or "ADOPTÉ à l'unanimité");
an item closed with no vote and held over is postponed (``deferrals``); a verb dated
to a month before the meeting's recalls a past act (``dated``);
neighbours are read together (``sequence``); a list announced as approved gives one
decision per item (``lists``); a roll call with no outcome word ("AYES: ..." / "NOES: ...")
is a tally whose counts give the outcome (``rolls``); a vote line the chair then declares
("—Se vota y resulta afirmativa." / "Queda sancionada la Ordenanza ...") is one decision
(``declarations``); a bare outcome line ("Carried.", "ADOPTÉ à l'unanimité", "RESULT:
FAILED", "Il en est ainsi décidé.") closes the motion moved above it, else its agenda item
(``motions``, what a candidate names in ``bare``); each
candidate becomes a typed ``Decision`` (``candidate_to_decision``) with outcome
(``outcomes``), vote, body, subject key and refs (``subjects``). Precision first: proposals,
plans, questions, reported and quoted speech, background clauses (a reason or time given in
passing, the pluperfect) are dropped.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from pipeline.lexicon import languages, words
from pipeline.patterns import NEVER, alternation, fold_keep
from pipeline.protocol import Extractor
from pipeline.records import Decision, Document, Meeting
from pipeline.spaced import find_spaced
from pipeline.text import collapse, fold, provenance, stable_id

from .candidates import (Candidate, CandidateKind, document_to_sentences, merge_candidates,
                         sentence_to_candidates, sentences_to_candidates)
from .lexicon import OUTCOMES, Lex, lexicon_patterns
from .sequence import resolutions_to_candidates, submissions_to_decisions, tallies_to_votes
from .subjects import heading_code, strip_item, refs_in, subject_key
from .compendium import compendium_to_candidates
from .dated import dated_before_meeting
from .deferrals import sentences_to_deferral_candidates
from .informal import lines_to_answer_candidates
from .lists import colon_lists_to_candidates, lists_to_candidates
from .motions import lines_to_result_candidates, mask_quotes, outcomes_to_motions
from .rolls import lines_to_roll_candidates
from .tallies import lines_to_count_candidates, lines_to_tally_candidates

NAME = "decisions"
VERSION = "0.7.12"

__all__ = [
    "NAME", "VERSION", "OUTCOMES", "Candidate", "CandidateKind", "Lex", "candidate_to_decision",
    "document_to_decisions", "document_to_sentences", "fold_keep", "lexicon_patterns",
    "lines_to_tally_candidates", "merge_candidates", "refs_in", "resolutions_to_candidates",
    "sentence_to_candidates", "sentences_to_candidates", "subject_key", "submissions_to_decisions",
    "tallies_to_votes",
]


def _languages(doc: Document) -> tuple[str, ...]:
    """The languages to read ``doc`` in: its detected language and its sections' (set by
    ``extractors.language``), the document's first; every supported one when none is."""
    found = [lang for lang in (doc.language, *(s.language for s in doc.sections)) if lang in languages()]
    return tuple(dict.fromkeys(found)) or languages()


def _candidate_text(doc: Document, c: Candidate) -> str:
    """The words a candidate stands on: its span, or its pieces (a motion and the outcome
    line closing it) joined."""
    if not c.pieces:
        return doc.text[c.start:c.end]
    return " … ".join(collapse(doc.text[a:b]) for a, b in c.pieces)


def _decision_text(sentence: str, c: Candidate) -> str:
    """The decision as a reader needs it: a bare tally line ("15 pour") is preceded by
    the agenda item it decides ("Vote du budget primitif 2021 :")."""
    text = collapse(sentence)
    text = re.sub(r"(?<=[.!?])\s+\d{1,2}\s*[.)]$", "", text)   # the next item's number: "... 2024. 6."
    item = collapse(c.item_text or "")
    if c.kind == "tally" and item and fold(item) not in fold(text):
        return f"{item} {text}"
    return text


def candidate_to_decision(doc: Document, c: Candidate, meeting: Meeting | None,
                          window_start: int = 0) -> Decision:
    """A typed Decision from a candidate: outcome, vote, body, subject key, refs
    (sentence, else, except for agreements, the code cited last since the previous
    decision),
    section, page, span and a stable id."""
    lx = lexicon_patterns(c.lang)
    sentence = _candidate_text(doc, c)
    section = doc.section_at(c.start)
    heading = collapse(section.heading) if section else None
    phrase = c.subject_text
    if c.kind == "tally" and c.item_text:
        phrase = strip_item(lx, c.item_text)
    item_heading = heading
    if c.kind == "tally" and c.item_text and not phrase:
        item_heading = c.item_text
    subject = subject_key(lx, phrase, item_heading, sentence)
    refs = _refs(doc, lx, c, sentence, window_start)
    body = (_canonical_body(c.body) if c.body and not _is_self(lx, c.body)
            else (meeting.body if meeting else None))
    return Decision(
        decision_id=stable_id(doc.doc_id, c.start),
        doc_id=doc.doc_id,
        text=_decision_text(sentence, c),
        outcome=c.outcome,
        prov=provenance(doc, c.start, c.end, NAME, VERSION),
        meeting_id=meeting.meeting_id if meeting else None,
        decided_by=body,
        subject=subject,
        refs=refs,
        section=heading,
        vote=c.vote,
    )


def _refs(doc: Document, lx: Lex, c: Candidate, sentence: str, window_start: int) -> tuple[str, ...]:
    """The document codes a decision acts on: those of its sentence, else of the item line
    it closes, of the heading of its item (for an agreement, only one that notes a paper) or
    the deliberation number heading it, whatever its outcome; else, for
    all but agreements (about actions, not documents: the tuning gold keeps them bare), the
    code cited last since the previous decision (an approval or postponement acts on the
    document tabled under its item: "8. Membership fees (document PB 21-7)" ... "The item
    was deferred"); for a motion moved in words, only the one code cited there in its section
    (a motion "to approve consent agenda items A through C" under three listed items cites
    none, nor does one take the bill a transcript's letterhead names)."""
    section = doc.section_at(c.start)
    refs = (refs_in(lx, sentence) or (refs_in(lx, c.item_text) if c.item_text else ())
            or (refs_in(lx, section.heading) if section and (c.outcome != "agreed" or _notes(c.lang, sentence))
                else ())                                                  # "ITEM 13 (PAPER S/25/26/02)"
            or heading_code([collapse(s.heading) for s in sorted(doc.sections, key=lambda s: -s.start)
                             if s.start <= c.start]))
    if not refs and c.outcome != "agreed":
        floor = max(window_start, section.start if section and c.moved else 0)     # not the letterhead's codes
        cited = refs_in(lx, doc.text[floor:c.start])
        refs = cited[-1:] if not c.moved or len(cited) == 1 else ()    # a motion moving several items cites none
    return refs


@functools.cache
def _noting(lang: str) -> re.Pattern:
    return re.compile(rf"(?<![\w]){alternation(words(lang, 'decisions', 'noting_verbs'), fold_item=True)}(?![\w])"
                      if words(lang, "decisions", "noting_verbs") else NEVER)


def _notes(lang: str, sentence: str) -> bool:
    """An agreement that notes a document ("Senate NOTED the report"): it acts on the paper
    of its item, unlike an agreement to act ("Il a été convenu de recruter")."""
    return bool(_noting(lang).search(fold(sentence)))


def _is_self(lx: Lex, body: str) -> bool:
    """The body named is the meeting itself ("the meeting", "la séance")."""
    return fold(body) in lx.subjects.self_bodies


def _canonical_body(body: str) -> str:
    body = collapse(body)
    return body[:1].upper() + body[1:]


def _body_mismatch(lx: Lex, c: Candidate, meeting: Meeting | None, title: str = "") -> bool:
    """A body named in the text that is not the meeting's body reports another body's
    decision ("le Bureau a validé" in the Consortium's minutes): not this meeting's. A body
    the title lines name is this meeting's ("UNIVERSITY OF X / SENATE" then "Senate NOTED")."""
    if not c.body or not meeting or not meeting.body:
        return False
    if _is_self(lx, c.body) or find_spaced(title, fold(c.body), bounded="") is not None:
        return False                      # "The meeting approved": this meeting decides
    named, own = fold(f"{c.body} {c.qualifier}" if c.qualifier else c.body), fold(meeting.body)
    return named not in own and own not in named     # "le Conseil départemental" in a municipal council's


def _title(text: str) -> str:
    """The document's title lines, folded: the short unpunctuated lines opening it, three at
    most ("UNIVERSITY OF X" / "SENATE"), never the text a decision stands in."""
    title: list[str] = []
    for line in [line.strip() for line in text[:600].split("\n") if line.strip()][:3]:
        if len(line) > 60 or line.endswith((".", ":", ";", ",")):
            break
        title.append(line)
    return fold("\n".join(title))


def document_to_decisions(doc: Document, meeting: Meeting | None) -> tuple[Decision, ...]:
    """Every decision recorded in ``doc``, in text order. Candidates are read in the text
    with quoted speech blanked out (nothing said in quotation marks is a decision of this
    meeting); each decision keeps the words of the report."""
    said = doc
    doc = replace(doc, text=mask_quotes(doc.text))
    spans = document_to_sentences(doc)
    cands: list[Candidate] = []
    for lang in _languages(doc):
        cands.extend(sentences_to_candidates(doc, spans, lang))
        cands.extend(lines_to_tally_candidates(doc, lang))
        cands.extend(lines_to_count_candidates(doc, lang))
        cands.extend(lines_to_result_candidates(doc, lang))
        cands.extend(sentences_to_deferral_candidates(doc, spans, lang))
        cands.extend(lines_to_answer_candidates(doc, lang))
    for lang in _languages(doc):
        cands.extend(lines_to_roll_candidates(doc, lexicon_patterns(lang), cands))
    title = _title(doc.text)
    cands = [c for c in merge_candidates(cands)
             if not _body_mismatch(lexicon_patterns(c.lang), c, meeting, title)
             and not dated_before_meeting(doc, c, meeting)]
    cands = submissions_to_decisions(doc, cands)
    cands = tallies_to_votes(doc, cands)
    cands = resolutions_to_candidates(doc, cands)
    cands = lists_to_candidates(doc, spans, _languages(doc), cands)
    cands = colon_lists_to_candidates(doc, cands)
    cands = outcomes_to_motions(doc, cands, _languages(doc))
    cands = sorted(cands + [c for c in compendium_to_candidates(doc, _languages(doc))
                            if not any(c.start < o.end and o.start < c.end for o in cands)], key=lambda c: c.start)
    out: list[Decision] = []
    prev_end = 0
    for c in cands:
        out.append(candidate_to_decision(said, c, meeting, window_start=prev_end))
        prev_end = c.end
    return tuple(out)


def _extract(doc: Document, found) -> tuple[Decision, ...]:
    return document_to_decisions(doc, found.meeting)


EXTRACTOR = Extractor(NAME, VERSION, needs=("meeting",), gives="decisions", run=_extract)
