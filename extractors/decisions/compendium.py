"""A compendium of adopted decisions ("Decisions adopted by the Conference of the Parties",
"Decisiones adoptadas por ..."): each numbered decision heading ("Decision 14/CP.23") with
the title under it is a decision of the outcome the compendium states, besides the operative
paragraphs read in its body."""

from __future__ import annotations

import functools
import re

from pipeline.lexicon import words
from pipeline.patterns import fold_keep
from pipeline.records import Document

from .candidate import Candidate
from .candidates import _heading_end
from .lexicon import OUTCOMES, _alt, lexicon_patterns


@functools.cache
def _cue(lang: str) -> tuple[re.Pattern, dict]:
    table = dict(words(lang, "decisions", "compendium_cues") or {})
    outcome = {fold_keep(w): o for o in OUTCOMES for w in table.get(o, ())}
    return re.compile(rf"^[^\w\n]*(?P<cue>{_alt(outcome)})(?![\w])"), outcome


def _stated_outcome(doc: Document, lang: str):
    """The outcome a heading of ``doc`` says its decisions had, if one does."""
    rx, outcome = _cue(lang)
    for s in doc.sections:
        m = rx.match(fold_keep(s.heading))
        if m:
            return outcome[re.sub(r"\s+", " ", m.group("cue"))]
    return None


def _title_end(doc: Document, end: int) -> int:
    """Where the title under a decision heading ending at ``end`` ends: the next heading
    when it follows at once, else the next line; then each short paragraph that goes on
    in lower case ("Enhancing climate technology development and transfer" / "through
    the Technology Mechanism")."""
    nxt = next((s for s in sorted(doc.sections, key=lambda s: s.start) if s.start >= end), None)
    if nxt is not None and not doc.text[end:nxt.start].strip():
        b = _heading_end(doc.text, nxt.start, nxt.heading)
    else:
        a = end + len(doc.text[end:]) - len(doc.text[end:].lstrip())
        b = doc.text.find("\n", a)
        b = len(doc.text) if b < 0 else b
    for _ in range(3):
        a = b + len(doc.text[b:]) - len(doc.text[b:].lstrip())
        stop = doc.text.find("\n\n", a)
        stop = len(doc.text) if stop < 0 else stop
        if not doc.text[a:a + 1].islower() or stop - a > 200:
            break
        b = stop
    return b


def compendium_to_candidates(doc: Document, langs: tuple[str, ...]) -> list[Candidate]:
    """A candidate for each numbered decision heading of a compendium that says its
    decisions were adopted: the heading and its title, of that outcome."""
    for lang in langs:
        outcome = _stated_outcome(doc, lang)
        if outcome is None:
            continue
        lx = lexicon_patterns(lang)
        out = []
        for s in doc.sections:
            heading = " ".join(s.heading.split())
            m = lx.votes.resolution.match(fold_keep(heading))
            if not m or heading[m.end():].strip():
                continue                  # only the label and its number ("Decision 14/CP.23")
            head_end = _heading_end(doc.text, s.start, s.heading)
            start = s.start + len(doc.text[s.start:head_end]) - len(doc.text[s.start:head_end].lstrip())
            end = _title_end(doc, head_end)
            out.append(Candidate(start, end, "operative", outcome, lang, subject_text=doc.text[head_end:end]))
        return out
    return []
