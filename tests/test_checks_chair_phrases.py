"""chair_mismatch reads more openings and closings: "called the meeting to order",
"prononce la clôture de la séance"; names the checks cannot read themselves are taken
from the people the speakers extractor published in that sentence; "en l'absence
d'objection" / "in the absence of objection" says nobody left. Invented reports, fr/en/es."""

from __future__ import annotations

import pytest

from pipeline.checks import chair_mismatch
from pipeline.records import DocumentInfo, Extraction, Intervention
from pipeline.text import document_from_text, provenance

CASES = {
    "en": ("Chair Margaret Fenn called the meeting to order at 7:00 p.m.\n\n"
           "The Chair said that, in the absence of objection, the minutes would be approved.\n\n"
           "{closer} declared the meeting adjourned at 9:41 p.m.\n", "Vice-Chair Luc Baro", "Margaret Fenn"),
    "fr": ("La séance est ouverte à 10 h sous la présidence de Margaret Fenn.\n\n"
           "Le Président dit qu'en l'absence d'objection, le compte rendu est adopté.\n\n"
           "{closer}, vice-président, prononce la clôture de la séance à 12 h.\n", "Luc Baro", "Margaret Fenn"),
    "es": ("Margaret Fenn abre la sesión a las 10 h.\n\n"
           "La Presidenta dice que, en ausencia de objeciones, se aprueba el acta.\n\n"
           "{closer} levanta la sesión a las 12 h.\n", "Luc Baro", "Margaret Fenn"),
}


def _flags(lang: str, closer: str) -> list:
    text = CASES[lang][0].format(closer=closer)
    doc = document_from_text(text, language=lang)
    info = DocumentInfo(doc_id=doc.doc_id, file_name=doc.file_name, path=doc.file_name,
                        pages=1, language=lang, status="ok")
    rows = []
    for name in ("Margaret Fenn", "Luc Baro"):
        for at in [i for i in range(len(text)) if text.startswith(name, i)]:
            rows.append(Intervention(doc_id=doc.doc_id, name_as_written=name, kind="mentioned",
                                     prov=provenance(doc, at, at + len(name), "speakers", "test")))
    return chair_mismatch(doc, Extraction(info=info, interventions=tuple(rows)))


@pytest.mark.parametrize("lang", sorted(CASES))
def test_another_closer_with_no_hand_over_is_flagged(lang):
    flags = _flags(lang, CASES[lang][1])
    assert len(flags) == 1 and "Baro" in flags[0].message and "Fenn" in flags[0].message


@pytest.mark.parametrize("lang", sorted(CASES))
def test_the_same_chair_closing_is_not(lang):
    assert _flags(lang, CASES[lang][2]) == []


def test_a_row_named_by_a_role_is_no_closer():
    text = ("Dr Amara Diallo, Chair, opened the meeting at 9:00.\n\nThe minutes were approved.\n\n"
            "The Chair closed the meeting at 17:00.\n")
    doc = document_from_text(text, language="en")
    info = DocumentInfo(doc_id=doc.doc_id, file_name=doc.file_name, path=doc.file_name,
                        pages=1, language="en", status="ok")
    at = text.index("Chair closed")
    rows = (Intervention(doc_id=doc.doc_id, name_as_written="Chair", kind="chairs",
                         prov=provenance(doc, at, at + 5, "speakers", "test")),)
    assert chair_mismatch(doc, Extraction(info=info, interventions=rows)) == []
