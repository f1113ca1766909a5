"""A decision candidate: a span that records a decision, before it is typed."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from pipeline.records import Outcome, Vote

CandidateKind = Literal["passive", "active", "impersonal", "operative", "standalone", "tally", "submitted",
                        "motion"]


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
    pieces: tuple[tuple[int, int], ...] = ()  # the spans its text joins (a motion and the line closing it)
    qualifier: str | None = None     # an adjective right after the body's name ("Conseil départemental")
    moved: bool = False              # a motion moved in words ("I move that ...") that an outcome closed
