"""An acronym defined in brackets after words in sentence case ("Programme local de
l'habitat (PLH)") is spelled out as much as after capitalised words, so its anagram used
later ("le PHL") is flagged; two anagrams each defined in brackets name two things.
Invented sentences, fr/en/es."""

from __future__ import annotations

import pytest

from pipeline.checks import acronym_mismatch
from pipeline.records import DocumentInfo, Extraction
from pipeline.text import document_from_text

CASES = {
    "fr": ("Le conseil arrête le projet de programme local de l'habitat (PLH) 2026-2031 ; "
           "il notifie le {used} arrêté aux communes.", "PHL"),
    "en": ("The Board noted the draft local housing strategy (LHS) for 2026; the {used} "
           "will go to Cabinet in May.", "LSH"),
    "es": ("El Pleno aprueba el plan de movilidad urbana (PMU) de 2026; el {used} se publicará "
           "en junio.", "PUM"),
}


def _flags(text: str, lang: str) -> list:
    doc = document_from_text(text, language=lang)
    info = DocumentInfo(doc_id=doc.doc_id, file_name=doc.file_name, path=doc.file_name,
                        pages=1, language=lang, status="ok")
    return acronym_mismatch(doc, Extraction(info=info))


@pytest.mark.parametrize("lang", sorted(CASES))
def test_an_anagram_of_an_acronym_defined_in_sentence_case_is_flagged(lang):
    text, anagram = CASES[lang]
    flags = _flags(text.format(used=anagram), lang)
    assert len(flags) == 1 and anagram in flags[0].message


@pytest.mark.parametrize("lang", sorted(CASES))
def test_the_same_acronym_used_again_is_not(lang):
    text, _ = CASES[lang]
    acronym = text[text.index("(") + 1:text.index(")")]
    assert _flags(text.format(used=acronym), lang) == []


def test_two_anagrams_each_defined_name_two_things():
    text = ("Le programme local de l'habitat (PLH) et le plan de protection des haies (PPH) "
            "sont arrêtés ; le pôle des habitats locaux (PHL) les suivra. Le PHL se réunit en mai.")
    assert _flags(text, "fr") == []
