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


OPENED = {"en": ("Carried (8-0)", "Carried (6-1)"),
          "fr": ("Adopté par un vote de 8 contre 0", "Adopté par un vote de 6 contre 1"),
          "es": ("Aprobado por una votación de 8 a 0", "Aprobado por una votación de 6 a 1")}


@pytest.mark.parametrize("lang", sorted(OPENED))
def test_a_score_in_brackets_or_after_the_words_opening_a_count_is_read(lang):
    above, within = OPENED[lang]
    doc_text = CASES[lang].replace("Motion carried {score}", above).replace("Adopté {score}", above) \
        .replace("Aprobado {score}", above)
    flags = _flags_text(lang, doc_text)
    assert len(flags) == 1 and "8" in flags[0].message
    assert _flags_text(lang, doc_text.replace(above, within)) == []


def test_by_a_vote_of_is_read_in_english():
    text = CASES["en"].replace("Motion carried {score}", "The contract was approved by a vote of 8 to 0")
    assert len(_flags_text("en", text)) == 1


def _flags_text(lang: str, text: str) -> list:
    doc = document_from_text(text, language=lang)
    info = DocumentInfo(doc_id=doc.doc_id, file_name=doc.file_name, path=doc.file_name,
                        pages=len(doc.pages), language=lang, status="ok")
    return vote_count_mismatch(doc, Extraction(info=info))
