"""A vote line the chair then declares: "—Se vota y resulta afirmativa." followed by "Sr.
PRESIDENTE.- Queda sancionada la Ordenanza N° 5.214." is one decision, the declaration
(it names the matter), with the vote line's tally; the line alone would close the text
above it as a second decision of the same matter."""

from __future__ import annotations

from pipeline.patterns import fold_keep
from pipeline.records import Document

from .candidate import Candidate
from .informal import TURN_LABEL, declared_first
from .lexicon import lexicon_patterns


def votes_to_declarations(doc: Document, cands: list[Candidate], bare) -> list[Candidate]:
    """``cands`` without the bare vote lines a declaration follows (nothing but blanks or a
    turn label between, no section starting), the declaration taking their vote when it
    has none; ``bare`` tells a bare outcome from a decision that names its matter."""
    drop: set[int] = set()
    for i, c in enumerate(cands):
        nxt = cands[i + 1] if i + 1 < len(cands) else None
        if nxt is not None and bare(doc, c) and not bare(doc, nxt) and declares(doc, c, nxt):
            drop.add(i)
            if nxt.vote is None and c.vote is not None:
                cands[i + 1] = Candidate(nxt.start, nxt.end, nxt.kind, nxt.outcome, nxt.lang, nxt.body,
                                         nxt.subject_text, nxt.item_text, c.vote, nxt.settled, nxt.pieces,
                                         nxt.qualifier)
    return [c for i, c in enumerate(cands) if i not in drop]


def declares(doc: Document, c: Candidate, nxt: Candidate) -> bool:
    """``nxt`` right after the vote line ``c`` declares its result, verb first."""
    if c.kind not in ("tally", "standalone") or c.subject_text or nxt.kind not in ("passive", "active", "impersonal"):
        return False
    gap = doc.text[c.end:nxt.start].strip()
    if nxt.start < c.end or (gap and not TURN_LABEL.fullmatch(gap)):
        return False
    if any(c.end <= s.start < nxt.start for s in doc.sections):
        return False
    return declared_first(lexicon_patterns(nxt.lang), fold_keep(doc.text[nxt.start:nxt.end]))
