"""Amounts as real reports write them (issue 14, item 6): Swiss francs abbreviated before
or after the figure, with apostrophe groups; the pesos and dollars of "$" figures by the
way they are written. Every sentence is invented."""

import pytest

from extractors.amounts import document_to_amounts
from pipeline.text import document_from_text


def _amounts(text: str, lang: str) -> list[tuple[str, float]]:
    return [(a.currency, round(a.value, 2)) for a in document_to_amounts(document_from_text(text, language=lang))]


@pytest.mark.parametrize("text,lang,found", [
    ("Procès-verbal du comité\n\nLe comité approuve un crédit de Fr. 12'500.00 pour la toiture.", "fr",
     [("CHF", 12500.0)]),
    ("Procès-verbal du comité\n\nLe comité approuve un crédit de 12'500 fr. pour la toiture.", "fr",
     [("CHF", 12500.0)]),
    ("Procès-verbal du comité\n\nLe comité approuve un crédit de CHF 12'500.– pour la toiture.", "fr",
     [("CHF", 12500.0)]),
    ("Minutes of the Board\n\nThe Board approved Frs. 4'800.50 for the new boiler.", "en", [("CHF", 4800.5)]),
])
def test_swiss_francs_abbreviated_before_or_after_the_figure(text, lang, found):
    assert _amounts(text, lang) == found


@pytest.mark.parametrize("text,lang", [
    ("Procès-verbal\n\nFr. 12 : le frère Jean lit la lettre.", "fr"),          # too small a figure
    ("Minutes\n\nSee www.example.fr. 2024 was a good year.", "en"),            # a web address, a year
])
def test_an_abbreviation_before_a_small_figure_or_a_year_is_no_amount(text, lang):
    assert _amounts(text, lang) == []


@pytest.mark.parametrize("text,lang,found", [
    # a report that names no country but writes "$" figures with a decimal point: Mexico's way
    ("Acta del Consejo\n\nSe aprueba el pago de $ 54,522.10 al proveedor por la obra.", "es",
     [("MXN", 54522.1)]),
    ("Acta de la Comisión Directiva, Buenos Aires, Argentina\n\nSe aprueba el pago de $ 54.522,10 "
     "al proveedor.", "es", [("ARS", 54522.1)]),
    ("Minutes of the Board\n\nThe Board approved a grant of US$ 12,500.00 to the school.", "en",
     [("USD", 12500.0)]),
    ("Acta del Consejo\n\nSe aprueba un gasto de MXN 12,500.00 para la radio.", "es", [("MXN", 12500.0)]),
    ("Minutes of the Board\n\nThe Board approved € 1 200 for the repairs.", "en", [("EUR", 1200.0)]),
])
def test_dollar_and_peso_figures_written_with_a_space_after_the_sign(text, lang, found):
    assert _amounts(text, lang) == found
