"""A vote written as a score after its outcome ("Motion carried 4-1", "CARRIED 5/2",
"Adopté 8-0", "Aprobado 6-1") is a tally: for, then against. Invented sentences."""

from __future__ import annotations

import pytest

from pipeline.checks import vote_count_mismatch
from pipeline.checks.votes import tallies
from pipeline.records import DocumentInfo, Extraction
from pipeline.text import document_from_text

CASES = {
    "en": ("7 members present.\n\nThe contract was awarded. Motion carried {score}.\n"
           "The schedule for 2025-26 was approved."),
    "fr": ("7 membres présents.\n\nLe marché est attribué. Adopté {score}.\n"
           "Le calendrier 2025-2026 est approuvé."),
    "es": ("7 miembros presentes.\n\nSe adjudica el contrato. Aprobado {score}.\n"
           "El calendario 2025-2026 fue aprobado."),
}


def _flags(lang: str, score: str) -> list:
    doc = document_from_text(CASES[lang].format(score=score), language=lang)
    info = DocumentInfo(doc_id=doc.doc_id, file_name=doc.file_name, path=doc.file_name,
                        pages=len(doc.pages), language=lang, status="ok")
    return vote_count_mismatch(doc, Extraction(info=info))


@pytest.mark.parametrize("lang", sorted(CASES))
def test_a_score_is_read_as_for_then_against(lang):
    doc = document_from_text(CASES[lang].format(score="5/2"), language=lang)
    assert [[(c.kind, c.n) for c in g] for g in tallies(doc)] == [[("FOR", 5), ("AGAINST", 2)]]


@pytest.mark.parametrize("lang", sorted(CASES))
def test_a_score_above_the_members_present_is_flagged(lang):
    flags = _flags(lang, "8-0")
    assert len(flags) == 1 and "7" in flags[0].message and "8" in flags[0].message


@pytest.mark.parametrize("lang", sorted(CASES))
def test_a_score_within_the_members_present_and_a_span_of_years_are_not(lang):
    assert _flags(lang, "6-1") == []
