"""``speaker_role_mismatch``: a turn printed under a label whose role cannot have said it.

A presiding officer who takes no side ("Madam Speaker:", the lexicon's
``neutral_chair_labels``) puts questions and keeps order; moving a motion or a report's
adoption ("I'd like to introduce the report and move adoption of …") is a member's act.
Such a turn under the Speaker's label is a slip of the transcript (the mover's name lost)
when the report shows members moving in the same words under their own labels: only then
is it flagged, so a chamber whose chair does move motions is left alone.
"""

from __future__ import annotations

import functools
import re

from pipeline.checks.common import NAME, VERSION, evidence, folded, lex, lex_pattern, make_flag, quoted
from pipeline.patterns import alternation
from pipeline.records import Document, Extraction, Flag

CHECK = f"{NAME}.turns@{VERSION}"


@functools.cache
def _turn() -> re.Pattern[str]:
    """A turn: a line opening with a short capitalised label and a colon ("Mayor Katz: …")."""
    return re.compile(r"(?m)^[ \t]*(?P<label>[A-Z][^\W\d_][\w.'’ -]{1,40}?)[ \t]*:[ \t]+(?P<said>\S[^\n]*)")


def _first_sentence(text: str) -> str:
    m = re.search(r"[.!?](?:\s|$)", text)
    return text[:m.end()].strip() if m else text.strip()


@functools.cache
def _motion() -> re.Pattern[str]:
    return re.compile(rf"\b(?P<p>{alternation(lex('motion_phrases'))})\b")


def speaker_role_mismatch(doc: Document, ex: Extraction) -> list[Flag]:
    """Turns under a neutral chair's label that move a motion, when members move in the
    same words elsewhere in the report under their own labels."""
    chair = lex_pattern("neutral_chair_labels", left=r"^\s*", right=r"\s*$")
    movers: dict[str, tuple[int, int]] = {}
    suspects: list[tuple[str, int, int]] = []
    for m in _turn().finditer(doc.text):
        said = _first_sentence(m.group("said"))
        found = _motion().search(folded(said).text)
        if not found:
            continue
        span = (m.start("label"), m.start("said") + len(said))
        if chair.search(folded(m.group("label")).text):
            suspects.append((found.group("p"), *span))
        else:
            movers.setdefault(found.group("p"), span)
    flags = []
    for phrase, a, b in suspects:
        if phrase not in movers:
            continue
        odd, usual = evidence(doc, a, b), evidence(doc, *movers[phrase])
        flags.append(make_flag(
            "speaker_role_mismatch", "warning", doc.doc_id,
            f"{quoted(odd)} has the presiding officer move a motion, which members do under their "
            f"own names ({quoted(usual)}): the speaker's label is likely wrong", [odd, usual], CHECK,
            page=odd.page))
    return flags
