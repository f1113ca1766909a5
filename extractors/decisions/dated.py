"""Whether a decision verb is dated before the meeting ("The 2023 plan was approved in
December 2022" in June 2023's minutes): a past act recalled, not a decision of this meeting."""

from __future__ import annotations

import re

from pipeline.patterns import fold_keep
from pipeline.records import Document, Meeting

from .candidates import Candidate
from .lexicon import lexicon_patterns


def dated_before_meeting(doc: Document, c: Candidate, meeting: Meeting | None) -> bool:
    """The candidate's decision verb is followed by a month before the meeting's month (a
    month with no year is the last one of that name up to the meeting's)."""
    if c.kind not in ("passive", "active", "impersonal") or not meeting or not meeting.date:
        return False
    when = re.match(r"(\d{4})-(\d\d)", meeting.date)
    if not when:
        return False
    year, month = int(when.group(1)), int(when.group(2))
    lx = lexicon_patterns(c.lang)
    folded = fold_keep(doc.text[c.start:c.end])
    for rx in (lx.verbs.passive, lx.verbs.impersonal, lx.verbs.active):
        for v in rx.finditer(folded):
            m = lx.cues.month_date.match(folded, v.end())
            if not m:
                continue
            said = lx.cues.months.index(re.sub(r"\s+", " ", m.group("month"))) + 1
            said_year = int(m.group("year")) if m.group("year") else (year if said <= month else year - 1)
            if (said_year, said) < (year, month):
                return True
    return False
