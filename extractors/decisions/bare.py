"""What a decision candidate names: a bare outcome names no matter of its own ("Carried.",
"RESULT: FAILED", "CHAIR: Without objection, so ordered.", "Así se acuerda.") and closes the
motion or item above it; a passive declaration naming a motion's matter ("Without objection,
the minutes are approved.") is that motion's decision."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.patterns import fold_keep
from pipeline.records import Document

from .candidate import Candidate
from .informal import TURN_LABEL, declared_first
from .lexicon import Lex, lexicon_patterns
from .motionwords import Motions, motion_patterns

if TYPE_CHECKING:
    from .motions import Motion

_GAP = 200            # a declaration this close after a motion may be its decision


def is_bare(doc: Document, c: Candidate) -> bool:
    """An outcome with no matter of its own: a bare outcome or tally line (not one that
    names its item: "Subventions : 14 pour"), or a matter "put to the vote" whose
    subject is only how ("Se sometió a consideración en votación ordinaria")."""
    lx = lexicon_patterns(c.lang)
    if c.kind in ("standalone", "tally"):
        own = bool(c.item_text) and c.item_text.strip() in doc.text[c.start:c.end]
        return c.subject_text is None and not own
    if c.kind == "submitted":
        words = fold_keep(c.subject_text or "").split()
        return not words or words[0].strip(",.:;") in lx.subjects.prepositions
    if c.kind == "impersonal" and c.subject_text:    # "se aprobó por mayoría, con 7 votos ... del regidor X"
        return _vote_only(motion_patterns(c.lang), fold_keep(c.subject_text)) \
            or not re.search(r"[^\W\d_]", c.subject_text)         # "Así se acuerda."
    if c.kind == "passive" and c.subject_text and not c.body:
        return bool(motion_patterns(c.lang).noun_only.match(fold_keep(c.subject_text))) \
            or not _said(lx, c.subject_text) and not declared_first(lx, fold_keep(doc.text[c.start:c.end]))
        # "The motion was put and LOST", "CHAIR: Without objection, so ordered." (not "Sr. X.- Queda aprobada la ...")
    return False


def _vote_only(mp: Motions, folded: str) -> bool:
    """What follows an outcome verb is only its vote: a count, and whoever is named after a
    preposition closing it ("por mayoría, con 7 votos a favor y 1 en contra del regidor X"),
    not the matter decided ("por 9 votos a favor y 2 en contra la ordenanza")."""
    pos, counted, last = 0, False, ""
    while True:
        t = mp.vote_token.match(folded, pos)
        if t is None or t.end() == pos:
            break
        counted = counted or bool(t.group("tally"))
        last, pos = ("prep" if t.group("prep") else "count"), t.end()
    rest = folded[pos:].strip(" .;,")
    return counted and (not rest or last == "prep")


def _said(lx: Lex, subject: str) -> str:
    """A subject's words past a turn label and a unanimity ("CHAIR: Without objection" -> "";
    "Así" -> ""): none left, the outcome names no matter."""
    label = TURN_LABEL.match(subject)
    rest = lx.votes.unanimous.sub(" ", fold_keep(subject[label.end():] if label else subject))
    return " ".join(w for w in re.findall(r"[^\W\d_]{3,}", rest) if w not in lx.subjects.leading)


def declares_motion(doc: Document, m: Motion, c: Candidate) -> bool:
    """A passive decision close after motion ``m`` (nothing but turn labels and a short
    seconding between) whose subject's head word is in the motion ("Amendment 1 as modified
    is adopted" after "I move to adopt Amendment 1 ...")."""
    if c.kind != "passive" or not c.subject_text or c.body or c.start - m.end > _GAP:
        return False
    said = set(re.findall(r"[^\W\d_]{4,}", fold_keep(doc.text[m.start:m.end])))
    clause = re.split(r"[,:;]", fold_keep(doc.text[c.start:c.end]))[-1]       # "CHAIR: Seeing none, Amendment 2 ..."
    named = re.findall(r"[^\W\d_]{4,}", clause)
    return bool(named) and named[0] in said
