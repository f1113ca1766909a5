"""A count after a "present" label may name who is counted ("Present: 12 councillors.",
"Présents : 12 conseillers.", "Asistentes: 12 concejales."), a member noun closing its clause; "Present: 2
officers." counts no members. Invented sentences, fr/en/es."""

from __future__ import annotations

import pytest

from pipeline.checks import vote_count_mismatch
from pipeline.checks.votes import attendance
from pipeline.records import DocumentInfo, Extraction
from pipeline.text import document_from_text

CASES = {
    "en": ("Present: 12 councillors.", "Present: 2 officers.",
           "The budget was approved by {n} votes to 3."),
    "fr": ("Présents : 12 conseillers.", "Présents : 2 agents.",
           "Le budget est adopté par {n} voix contre 3."),
    "es": ("Asistentes: 12 concejales.", "Asistentes: 2 técnicos.",
           "Se aprueba el presupuesto por {n} votos a favor y 3 en contra."),
}


def _doc(lang: str, which: int, n: int):
    text = f"{CASES[lang][which]}\n\n{CASES[lang][2].format(n=n)}\n"
    doc = document_from_text(text, language=lang)
    info = DocumentInfo(doc_id=doc.doc_id, file_name=doc.file_name, path=doc.file_name,
                        pages=1, language=lang, status="ok")
    return doc, Extraction(info=info)


@pytest.mark.parametrize("lang", sorted(CASES))
def test_a_count_naming_the_members_is_read(lang):
    doc, ex = _doc(lang, 0, 10)
    assert attendance(doc, ex).present == 12
    assert len(vote_count_mismatch(*_doc(lang, 0, 10))) == 1       # 10 + 3 > 12
    assert vote_count_mismatch(*_doc(lang, 0, 9)) == []


@pytest.mark.parametrize("lang", sorted(CASES))
def test_a_count_of_officers_is_no_attendance(lang):
    doc, ex = _doc(lang, 1, 10)
    assert attendance(doc, ex) is None and vote_count_mismatch(doc, ex) == []


@pytest.mark.parametrize("text, lang", [
    ("Présents : 23 membres, dont le bureau.\nReprésentés : 8 membres.\n\n"
     "Le quorum est atteint avec 31 membres présents ou représentés.", "fr"),
    ("Present: 23 members, including the board.\nRepresented: 8 members by proxy.\n\n"
     "The quorum was reached with 31 members present or represented.", "en"),
    ("Presentes: 23 socios, entre ellos la junta.\nRepresentados: 8 socios.\n\n"
     "Hay quórum con 31 miembros presentes o representados.", "es"),
])
def test_the_figure_with_proxies_counts_the_votes(text, lang):
    found = attendance(document_from_text(text, language=lang))
    assert found is not None and found.capacity == 31


@pytest.mark.parametrize("text, lang", [
    ("Quorum: 4 of 5 directors present.", "en"),
    ("Quorum : 4 sur 5 administrateurs présents.", "fr"),
    ("Quórum: 4 de 5 vocales presentes.", "es"),
])
def test_a_count_out_of_the_membership_is_those_present(text, lang):
    found = attendance(document_from_text(text, language=lang))
    assert found is not None and found.present == 4
