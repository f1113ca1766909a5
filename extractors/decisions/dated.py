"""Whether a decision verb is dated before the meeting ("The 2023 plan was approved in
December 2022" in June 2023's minutes, "el día 22 del mismo mes, el Consejo aprobó ..."): a
past act recalled, not a decision of this meeting."""

from __future__ import annotations

import functools
import re

from pipeline.lexicon import words
from pipeline.patterns import bounded, fold_keep
from pipeline.records import Document, Meeting

from .candidates import Candidate
from .lexicon import _alt, lexicon_patterns

_VERBAL = ("passive", "active", "impersonal")


@functools.cache
def _narrative(lang: str) -> re.Pattern:
    return re.compile(bounded(_alt(words(lang, "decisions", "narrative_dates"))))


def dated_before_meeting(doc: Document, c: Candidate, meeting: Meeting | None) -> bool:
    """The candidate's decision verb is preceded by a date relative to one the text gave
    before ("del mismo mes"), or followed by a month before the meeting's month (a month
    with no year is the last one of that name up to the meeting's)."""
    if c.kind not in _VERBAL:
        return False
    lx = lexicon_patterns(c.lang)
    folded = fold_keep(doc.text[c.start:c.end])
    verbs = [v for rx in (lx.verbs.passive, lx.verbs.impersonal, lx.verbs.active) for v in rx.finditer(folded)]
    if any(_narrative(c.lang).search(folded, 0, v.start()) for v in verbs):
        return True
    if not meeting or not meeting.date:
        return False
    when = re.match(r"(\d{4})-(\d\d)", meeting.date)
    if not when:
        return False
    year, month = int(when.group(1)), int(when.group(2))
    for v in verbs:
        m = lx.cues.month_date.match(folded, v.end())
        if not m:
            continue
        said = lx.cues.months.index(re.sub(r"\s+", " ", m.group("month"))) + 1
        said_year = int(m.group("year")) if m.group("year") else (year if said <= month else year - 1)
        if (said_year, said) < (year, month):
            return True
    return False
