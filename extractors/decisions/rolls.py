"""Votes read from roll calls and result boxes: "AYES: Lee, Ortiz" / "NAYS: None" counted,
"Yeas 7, Nays 9", "For: Crs Lee, Roy Against: Cr Kim", "[4-2-1-1]", "[UNANIMOUS]", and the
roll an outcome line announces below it ("carried by the following vote:")."""

from __future__ import annotations

import re

from pipeline.patterns import fold_keep
from pipeline.records import Document, Vote
from pipeline.text import fold

from .candidate import Candidate
from .lexicon import Lex
from .motionwords import Motions, motion_patterns
from .outcomes import inline_roll

# A field line inside a roll-call block that counts no vote ("ABSENT: Wu", "Recused: Lee"): names
# after a short label, no figure and no sentence going on (not "CHAIR: The motion fails 2-4. Next").
_FIELD = re.compile(r"^[^\w\n]*[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,2}[ \t]*:(?![^\n]*\d)(?![^\n]*[.!?]\s+\S)")
_BRACKET_TALLY = re.compile(r"(?<![\w/.-])\[?\s*(\d{1,3})\s*[-–]\s*(\d{1,3})(?:\s*[-–]\s*(\d{1,3}))?(?![\w/]|\.\d)")


def roll_vote(doc: Document, lx: Lex, a: int, b: int) -> Vote | None:
    """A roll-call vote between ``a`` and ``b``: each label ("Yeas", "AYES:", "NAYS: None")
    and the names after it on its line or in the paragraph below, counted."""
    mp = motion_patterns(lx.lang)
    lines = doc.text[a:b].split("\n")
    counts: dict[str, int] = {}
    for i, line in enumerate(lines):
        m = mp.roll.match(fold_keep(line))
        if not m:
            continue
        if len(mp.roll_inline.findall(fold_keep(line))) > 1:   # "For: Crs Lee, Roy Against: Cr Kim"
            found = inline_roll(lx, fold_keep(line))
            for kind, n in (zip(("for", "against", "abstain"), (found.votes_for, found.against, found.abstain))
                            if found else ()):
                if n is not None:
                    counts.setdefault(kind, n)
            continue
        names = line[m.start("rest"):] if m.group("rest") else ""
        j = i + 1
        while not names.strip() and j < len(lines):
            names = lines[j]
            j += 1
        while j < len(lines) and lines[j].strip() and not mp.roll.match(fold_keep(lines[j])) \
                and not _FIELD.match(lines[j]):                     # "ABSENT: Wu" counts no vote
            names += ", " + lines[j]                                # one name a line ("Ayes:" / "Lee" / "Roy")
            j += 1
        if fold(names).strip(" .") in mp.nobody:
            counts.setdefault(mp.roll_kind[re.sub(r"\s+", " ", m.group("label"))], 0)
            continue
        parts = [p for p in lx.subjects.conj.split(fold_keep(names).replace(";", ",")) if p.strip(" .")]
        counts.setdefault(mp.roll_kind[re.sub(r"\s+", " ", m.group("label"))], len(parts))
    if "for" not in counts and "against" not in counts:
        counts = _counted_roll(mp, fold_keep(doc.text[a:b]))
    if "for" not in counts and "against" not in counts:
        return None
    return Vote(votes_for=counts.get("for"), against=counts.get("against"), abstain=counts.get("abstain"))


def _counted_roll(mp: Motions, folded: str) -> dict[str, int]:
    """Counts after roll-call labels on one line ("Yeas 7, Nays 9"); a line needs a count
    for and one against, so that "Motion No 3" alone is no tally."""
    for line in folded.split("\n"):
        counts: dict[str, int] = {}
        for m in mp.roll_count.finditer(line):
            counts.setdefault(mp.roll_kind[re.sub(r"\s+", " ", m.group("label"))], int(m.group("n")))
        if "for" in counts and "against" in counts:
            return counts
    return {}


def bracket_vote(lx: Lex, line: str) -> Vote | None:
    """The tally of a vote-result box: "[4-2-1-1]" (for, against, abstain, absent), "[UNANIMOUS]"."""
    m = _BRACKET_TALLY.search(line)
    unanimous = bool(lx.votes.unanimous.search(fold_keep(line)))
    if not m and not unanimous:
        return None
    if not m:
        return Vote(unanimous=True)
    return Vote(votes_for=int(m.group(1)), against=int(m.group(2)),
                abstain=int(m.group(3)) if m.group(3) else None, unanimous=unanimous)


def roll_below(doc: Document, lx: Lex, a: int, b: int) -> Vote | None:
    """The roll call an outcome line announces below it ("The motion carried by the following
    vote:" then "AYES: Lee, Roy" / "NOES: Kim"), up to the next blank line after it."""
    if not doc.text[a:b].rstrip().endswith(":"):
        return None
    start = b + len(doc.text[b:]) - len(doc.text[b:].lstrip("\n"))
    end = doc.text.find("\n\n", start)
    return roll_vote(doc, lx, b, end if end > 0 else len(doc.text))


_NEAR = 400           # an outcome line this close after a roll block says the outcome itself


def _roll_blocks(doc: Document, mp: Motions) -> list[tuple[int, int]]:
    """Runs of lines that are roll-call labels and their names ("AYES: Lee, Roy" / "NOES: Kim"
    / "ABSENT: Wu"), with the names under a label standing alone ("Yeas" then a list)."""
    out: list[tuple[int, int]] = []
    block: list[tuple[int, int]] = []
    open_label = False
    pos = 0
    for line in [*doc.text.split("\n"), ""]:
        a, b = pos, pos + len(line)
        pos = b + 1
        m = mp.roll.match(fold_keep(line)) if line.strip() else None
        if m or (block and line.strip() and (open_label or _FIELD.match(line))):
            block.append((a, b))
            open_label = bool(m and not (m.group("rest") or "").strip()) or (open_label and not m)
            continue
        if block:
            first = doc.text[block[0][0]:block[0][1]]
            out.append((block[0][0] + len(first) - len(first.lstrip()), block[-1][1]))
        block, open_label = [], False
    return out


def lines_to_roll_candidates(doc: Document, lx: Lex, others: list[Candidate]) -> list[Candidate]:
    """Roll-call blocks with no outcome word ("AYES: Smith, Jones, Lee" / "NOES: Park" /
    "ABSTAIN: none"; "Pour : X, Y" / "Contre : Z"; "A favor: ..." / "En contra: ..."): a
    vote whose outcome the counts give (carried when more are for than against), closing
    the motion moved above it. A block that an outcome line announces ("carried by the
    following vote:") or that one follows closely, with no item between, is that line's
    roll call, not a decision of its own; alone under an item, like a line of counts, it
    closes nothing (``settled`` False)."""
    mp = motion_patterns(lx.lang)
    out: list[Candidate] = []
    for a, b in _roll_blocks(doc, mp):
        vote = roll_vote(doc, lx, a, b)
        if vote is None or vote.votes_for is None or vote.against is None:
            continue
        if any(_adjacent(doc, o, a, b) for o in others):
            continue
        outcome = "approved" if vote.votes_for > vote.against else "rejected"
        out.append(Candidate(a, b, "tally", outcome, lx.lang, vote=vote, settled=False))
    return out


def _adjacent(doc: Document, o: Candidate, a: int, b: int) -> bool:
    """Candidate ``o`` is the outcome the roll block at ``a:b`` belongs to: it overlaps it,
    ends right before it (only blanks or fields between), or starts soon after it with no section
    starting between."""
    if o.start < b and a < o.end:
        return True
    if o.end <= a:                        # "RESULT: APPROVED" / "MOTION BY: Lee" / "SECOND: Roy" / "AYES: ..."
        return all(not line.strip() or _FIELD.match(line) for line in doc.text[o.end:a].split("\n")[1:])
    return (o.start - b <= _NEAR and not any(b <= s.start < o.start for s in doc.sections)
            and not motion_patterns(o.lang).cue.search(fold_keep(doc.text[b:o.start])))   # a motion moved since
