"""Language detection: deterministic, restricted to plausible languages, sections too."""

import pytest

from extractors.language import detect, document_to_language
from pipeline.text import document_from_text

SNIPPETS = [
    ("Le Conseil d'administration a approuvé le budget de l'exercice et remercie le secrétariat.", "fr"),
    ("The Board approved the budget for the coming year and thanked the secretariat for its work.", "en"),
    ("La Asamblea General aprobó por unanimidad el presupuesto del ejercicio y agradeció a la secretaría.", "es"),
    ("Se levantó la sesión a las doce horas una vez agotado el orden del día.", "es"),
    ("The meeting was closed at noon after the last item of the agenda had been discussed.", "en"),
]


@pytest.mark.parametrize("text,lang", SNIPPETS)
def test_snippets(text, lang):
    got, conf = detect(text)
    assert got == lang and 0.5 <= conf <= 1.0


def test_deterministic_across_calls():
    text = "Total 2021 des contributions versées par les membres du consortium"
    assert len({detect(text) for _ in range(5)}) == 1


def test_too_little_text_is_not_guessed():
    assert detect("Total 2021") == (None, 0.0)


def test_other_languages_are_reported_as_they_are_when_sure():
    lang, _ = detect("Der Vorstand hat den Haushalt für das kommende Jahr einstimmig genehmigt und "
                     "dem Sekretariat für die geleistete Arbeit gedankt.")
    assert lang == "de"


def test_short_sections_inherit_the_document_language():
    body = ("Le Conseil a examiné les comptes de l'exercice écoulé. " * 12)
    doc = document_from_text(f"Ouverture\n{body}\nTotal 2021\n12 14", headings=("Ouverture", "Total 2021"))
    doc = document_to_language(doc)
    assert doc.language == "fr"
    assert [s.language for s in doc.sections] == ["fr", "fr"]


def test_a_section_in_another_language_is_detected():
    fr = "Le Conseil a examiné les comptes de l'exercice écoulé et les a approuvés. " * 6
    en = "The Board reviewed the accounts of the past year and approved them without change. " * 4
    doc = document_from_text(f"Ouverture\n{fr}\n{fr}\nSummary\n{en}", headings=("Ouverture", "Summary"))
    doc = document_to_language(doc)
    assert doc.language == "fr"
    assert [s.language for s in doc.sections] == ["fr", "en"]


def test_langdetect_is_asked_only_for_sections_in_doubt(monkeypatch):
    """One call for the document, one for the English section; the French sections, full
    of French function words and no other language's, are not in doubt."""
    from extractors import language
    calls = []
    real = language.detect
    monkeypatch.setattr(language, "detect", lambda text, *a: calls.append(text[:20]) or real(text, *a))
    fr = "Le Conseil a examiné les comptes de l'exercice écoulé et les a approuvés pour cette année. " * 6
    en = "The Board reviewed the accounts of the past year and approved them without change. " * 4
    doc = document_from_text(f"Ouverture\n{fr}\nBudget\n{fr}\nSummary\n{en}",
                             headings=("Ouverture", "Budget", "Summary"))
    doc = language.document_to_language(doc)
    assert [s.language for s in doc.sections] == ["fr", "fr", "en"]
    assert len(calls) == 2
