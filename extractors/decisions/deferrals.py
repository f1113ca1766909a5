"""Sentences to deferral candidates: an item closed with no vote and held over ("Pas de
vote. Nous attendrons le prochain conseil", "No vote was taken; the item will return at
the next meeting") or whose vote is put off to a later meeting ("La délibération sera
réalisée au prochain conseil") is a postponement, though no deciding verb says so."""

from __future__ import annotations

from pipeline.patterns import fold_keep
from pipeline.records import Document
from pipeline.text import Span

from .candidates import Candidate
from .lexicon import lexicon_patterns


def sentences_to_deferral_candidates(doc: Document, spans: list[Span], lang: str) -> list[Candidate]:
    """A line opened by "no vote" whose sentence or the next one (same section) holds the
    matter over, or by "the vote" whose own sentence does: one postponed candidate from
    that line to the end of the sentence that holds it over."""
    lx = lexicon_patterns(lang)
    out: list[Candidate] = []
    for i, span in enumerate(spans):
        folded = fold_keep(doc.text[span.start:span.end])
        if folded.rstrip().endswith("?"):
            continue
        m = lx.cues.no_vote.search(folded) or lx.cues.deferred_vote.search(folded)
        if not m:
            continue
        start = span.start + m.start("cue")
        end = span.end if lx.cues.deferral.search(folded, m.start("cue")) else None
        if end is None and i + 1 < len(spans) and m.re is lx.cues.no_vote:
            nxt = spans[i + 1]
            if doc.section_at(nxt.start) == doc.section_at(span.start) \
                    and lx.cues.deferral.search(fold_keep(doc.text[nxt.start:nxt.end])):
                end = nxt.end
        if end is not None:
            out.append(Candidate(start, end, "impersonal", "postponed", lang,
                                 subject_text=None))     # what is held over: its agenda item
    return out
