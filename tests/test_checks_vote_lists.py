"""Votes recorded as lists of names ("Ayes: A, B; Nays: C", "Pour : M. A ; Contre : M. B",
"A favor: A, B / En contra: C"): each list counts the names it gives. A tally in figures
right before them that counts otherwise is flagged, and so is a list above the members
present; lists that agree, and a label before words that are no names ("For:
information"), are not. Invented sentences, fr/en/es."""

from __future__ import annotations

import pytest

from pipeline.checks import vote_count_mismatch
from pipeline.checks.votes import list_tallies
from pipeline.records import DocumentInfo, Extraction
from pipeline.text import document_from_text

SCORED = {
    "en": "7 members present.\n\nThe paving contract was awarded. Motion carried 5-2 (Ayes: {ayes}; Nays: Marr, Holt).\n",
    "fr": "7 membres présents.\n\nLe marché de voirie est attribué. Adopté 5-2 (Pour : {ayes} ; Contre : M. Marr, Mme Holt).\n",
    "es": "7 miembros presentes.\n\nSe adjudica el contrato de pavimentación. Aprobado 5-2\n\n"
          "A favor: {ayes}\nEn contra: Marr, Holt\n",
}
FIVE = {"en": "Rowe, Best, Park, Nunez and Vance", "fr": "M. Rowe, Mme Best, M. Park, Mme Nunez et M. Vance",
        "es": "Rowe, Best, Park, Núñez y Vance"}
FOUR = {"en": "Rowe, Best, Park and Nunez", "fr": "M. Rowe, Mme Best, M. Park et Mme Nunez",
        "es": "Rowe, Best, Park y Núñez"}
BARE = {
    "en": "7 members present.\n\nResolution 12 on the paving contract:\nAYES: Rowe, Best, Park, Nunez, Vance, Marr, Holt, Lee\nNOES: None\n",
    "fr": "7 membres présents.\n\nDélibération sur le marché de voirie :\nPour : M. Rowe, Mme Best, M. Park, Mme Nunez, "
          "M. Vance, M. Marr, Mme Holt, M. Lee\nContre : néant\n",
    "es": "7 miembros presentes.\n\nAcuerdo sobre el contrato de pavimentación:\nA favor: Rowe, Best, Park, Núñez, Vance, "
          "Marr, Holt, Lee\nEn contra: ninguno\n",
}


def _flags(text: str, lang: str) -> list:
    doc = document_from_text(text, language=lang)
    info = DocumentInfo(doc_id=doc.doc_id, file_name=doc.file_name, path=doc.file_name,
                        pages=len(doc.pages), language=lang, status="ok")
    return vote_count_mismatch(doc, Extraction(info=info))


@pytest.mark.parametrize("lang", sorted(SCORED))
def test_names_that_agree_with_the_score_are_not_flagged(lang):
    assert _flags(SCORED[lang].format(ayes=FIVE[lang]), lang) == []


@pytest.mark.parametrize("lang", sorted(SCORED))
def test_a_score_that_counts_otherwise_than_its_names_is_flagged(lang):
    flags = _flags(SCORED[lang].format(ayes=FOUR[lang]), lang)
    assert len(flags) == 1 and "names 4" in flags[0].message and "5-2" in flags[0].evidence[0].quote


@pytest.mark.parametrize("lang", sorted(BARE))
def test_bare_lists_above_the_members_present_are_flagged(lang):
    flags = _flags(BARE[lang], lang)
    assert len(flags) == 1 and "7 members present" in flags[0].message


@pytest.mark.parametrize("lang", sorted(BARE))
def test_bare_lists_within_the_members_present_are_not(lang):
    text = BARE[lang].replace(", Lee", "").replace(", M. Lee", "").replace(", Mme Holt", "").replace(", Holt", "")
    assert _flags(text, lang) == []


@pytest.mark.parametrize("text, lang", [
    ("For: information only.\nAgainst: the proposal as drafted.\n", "en"),
    ("Pour : avis favorable de la commission.\nContre : aucune objection écrite.\n", "fr"),
    ("A favor: la propuesta de la comisión.\nEn contra: nadie del público.\n", "es"),
])
def test_labels_before_words_that_are_no_names_are_no_vote(text, lang):
    assert list_tallies(document_from_text(text, language=lang)) == []


def test_honorifics_and_initials_do_not_end_a_list():
    doc = document_from_text("Ayes: Mr. J. Smith, Dr. Ann Lee and Ms. Kay Roe; Nays: None.\n", language="en")
    assert [[(c.kind, c.n) for c in g] for g in list_tallies(doc)] == [[("FOR", 3), ("AGAINST", 0)]]
