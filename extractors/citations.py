"""Earlier meetings a report cites by ordinal, with the date and sentence it quotes for them."""

from __future__ import annotations

from pipeline.checks.meetings import meeting_mentions, quoted_meeting
from pipeline.protocol import Extractor
from pipeline.records import Document, QuotedMeeting

NAME = "citations"
VERSION = "1.0"


def document_to_quoted_meetings(doc: Document) -> tuple[QuotedMeeting, ...]:
    """Every meeting the report names by ordinal ("la sixième réunion du Consortium ... le
    10 décembre 2020"), with its date and sentence verbatim, so checks across reports can
    run from cached Extractions without the text."""
    return tuple(quoted_meeting(doc, m) for m in meeting_mentions(doc))


def _extract(doc: Document, found) -> tuple[QuotedMeeting, ...]:
    return document_to_quoted_meetings(doc)


EXTRACTOR = Extractor(NAME, VERSION, needs=(), gives="quoted_meetings", run=_extract)
