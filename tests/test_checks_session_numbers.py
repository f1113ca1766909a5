"""A report numbered by its sitting within a session ("Quatorzième session" / "1re
séance") that approves the report of the previous session ("la treizième session") is
right: a session is not a sitting, so 13 is not compared with the sitting's 1. Approving
the report of a later sitting is still flagged. Invented reports, fr/en/es."""

from __future__ import annotations

import pytest

from pipeline.checks import meeting_number_mismatch
from pipeline.records import DocumentInfo, Extraction, Meeting
from pipeline.text import document_from_text, provenance

CASES = {
    "fr": ("Conseil des ministres — Quatorzième session\n\nCOMPTE RENDU DE LA 1re SÉANCE\n\n"
           "Le compte rendu de la {prev} est adopté.\n", "treizième session", "2e séance"),
    "en": ("Council of Ministers — Fourteenth session\n\nSUMMARY RECORD OF THE 1st MEETING\n\n"
           "The report of the {prev} was approved.\n", "thirteenth session", "2nd meeting"),
    "es": ("Consejo de Ministros — Decimocuarta sesión\n\nACTA RESUMIDA DE LA 1ª REUNIÓN\n\n"
           "Se aprueba el acta de la {prev}.\n", "decimotercera sesión", "2ª reunión"),
}


def _flags(lang: str, prev: str) -> list:
    doc = document_from_text(CASES[lang][0].format(prev=prev), language=lang)
    info = DocumentInfo(doc_id=doc.doc_id, file_name=doc.file_name, path=doc.file_name,
                        pages=1, language=lang, status="ok")
    m = Meeting(meeting_id="m", doc_id=doc.doc_id, body=None, ordinal=1, date=None, place=None,
                prov=provenance(doc, 0, 1, "test", "1"))
    return meeting_number_mismatch(doc, Extraction(info=info, meeting=m))


@pytest.mark.parametrize("lang", sorted(CASES))
def test_the_previous_session_is_no_later_sitting(lang):
    assert _flags(lang, CASES[lang][1]) == []


@pytest.mark.parametrize("lang", sorted(CASES))
def test_a_later_sitting_approved_is_flagged(lang):
    assert len(_flags(lang, CASES[lang][2])) == 1
