"""Consistency checks: the slips a careful clerk would catch, as Flags with verbatim evidence.

Within one report every check is a pure function ``(doc, ex) -> list[Flag]``, collected by
``extraction_to_flags``; across reports ``extractions_to_cross_flags`` compares meetings,
amounts, decisions and roles between Extractions. Correct facts are never flagged: a
false alarm costs the reader's trust as much as a missed slip.
"""

from __future__ import annotations

from collections.abc import Callable

from pipeline.checks.acronyms import acronym_mismatch
from pipeline.checks.common import NAME, VERSION
from pipeline.checks.cross import extractions_to_cross_flags
from pipeline.checks.dates import weekday_mismatch
from pipeline.checks.meetings import meeting_number_mismatch
from pipeline.checks.numbering import item_number_mismatch, page_count_mismatch
from pipeline.checks.people import chair_mismatch, role_mismatch
from pipeline.checks.sums import sum_mismatch, table_total_mismatch
from pipeline.checks.turns import speaker_role_mismatch
from pipeline.checks.votes import vote_count_mismatch
from pipeline.checks.years import year_mismatch
from pipeline.protocol import Extractor
from pipeline.records import Document, Extraction, Flag
from pipeline.text import fold

Check = Callable[[Document, Extraction], list[Flag]]

WITHIN: tuple[Check, ...] = (
    year_mismatch, table_total_mismatch, sum_mismatch, weekday_mismatch,
    meeting_number_mismatch, chair_mismatch, acronym_mismatch, role_mismatch, vote_count_mismatch,
    item_number_mismatch, page_count_mismatch, speaker_role_mismatch,
)


def extraction_to_flags(doc: Document, ex: Extraction) -> tuple[Flag, ...]:
    """Every within-report check's flags, once each (by flag_id), in page order."""
    seen: dict[str, Flag] = {}
    for check in WITHIN:
        for flag in check(doc, ex):
            seen.setdefault(flag.flag_id, flag)
    kept = drop_echoes(list(seen.values()))
    return tuple(sorted(kept, key=lambda f: (f.page, f.kind, f.flag_id)))


def drop_echoes(flags: list[Flag]) -> list[Flag]:
    """One slip, one flag: a role mismatch whose evidence is already quoted by a chair
    mismatch (the wrong person named as chair) repeats that flag and is dropped."""
    chair_quotes = {fold(e.quote) for f in flags if f.kind == "chair_mismatch" for e in f.evidence}
    def echoed(f: Flag) -> bool:
        return f.kind == "role_mismatch" and any(
            fold(e.quote) in q or q in fold(e.quote) for e in f.evidence for q in chair_quotes)
    return [f for f in flags if not echoed(f)]


def _extract(doc: Document, found: Extraction) -> tuple[Flag, ...]:
    return extraction_to_flags(doc, found)


# The report's own checks close the chain: they read every fact found before them.
EXTRACTOR = Extractor(NAME, VERSION, gives="flags", run=_extract, needs=(
    "meeting", "amounts", "sums", "interventions", "decisions", "tables", "sections"))


__all__ = [
    "NAME", "VERSION", "EXTRACTOR", "WITHIN", "extraction_to_flags", "extractions_to_cross_flags",
    "year_mismatch", "table_total_mismatch", "sum_mismatch", "weekday_mismatch",
    "meeting_number_mismatch", "chair_mismatch", "acronym_mismatch", "role_mismatch",
    "vote_count_mismatch", "item_number_mismatch", "page_count_mismatch", "speaker_role_mismatch",
]
