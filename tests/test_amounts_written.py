"""Amounts as other reports write them (issue 14 item 6): the place that settles "$" in
capitals, a range opened by a word, figures in words, a space after the symbol, and
stated sums whose parts are listed rather than added. Every sentence is invented."""

from __future__ import annotations

import pytest

from extractors.amounts import amounts_to_sums, document_to_amounts
from pipeline.text import document_from_text


def _amounts(text: str, lang: str) -> list[tuple[str, float, str]]:
    doc = document_from_text(text, language=lang)
    return [(a.text, a.value, a.currency) for a in document_to_amounts(doc)]


def _sums(text: str, lang: str) -> list[tuple[str, list[str]]]:
    doc = document_from_text(text, language=lang)
    return [(s.total.text, [p.text for p in s.parts])
            for s in amounts_to_sums(doc, document_to_amounts(doc))]


# ------------------------------------------------- the place settling "$" in capitals

@pytest.mark.parametrize("text, lang, currency", [
    ("PROVINCE DE QUÉBEC\nMUNICIPALITÉ DE SAINT-ISIDORE\n\nLes comptes de 12 450,00 $ sont payés.",
     "fr", "CAD"),
    ("PROVINCE DE QUEBEC\n\nLes comptes de 12 450,00 $ sont payés.", "fr", "CAD"),
    ("TOWN OF MILLBROOK, ONTARIO\n\nCouncil paid $12,450.00 to the contractor.", "en", "CAD"),
    ("CLUB SOCIAL DE RAFAELA - REPÚBLICA ARGENTINA\n\nSe aprueba la cuota de $ 8.500.", "es", "ARS"),
    ("Colegio de Tijuana, Baja California, MEXICO.\n\nSe paga la factura de $ 12.450,00.", "es", "MXN"),
])
def test_place_in_capitals_or_without_accents_settles_the_dollar(text, lang, currency):
    assert [c for _t, _v, c in _amounts(text, lang)] == [currency]


@pytest.mark.parametrize("text", [
    "Con fundamento en la Constitución Política de los Estados Unidos Mexicanos, se paga la "
    "factura de $ 12.450,00.",
    "CONSTITUCIÓN POLÍTICA DE LOS ESTADOS UNIDOS MEXICANOS\n\nSe paga la factura de $ 12.450,00.",
])
def test_a_name_inside_a_longer_one_counts_as_the_longer(text):
    """"Estados Unidos Mexicanos" is Mexico: its "Estados Unidos" does not make "$" USD."""
    assert [c for _t, _v, c in _amounts(text, "es")] == ["MXN"]


def test_place_in_lower_case_is_not_the_country():
    """"chili" (the dish) is not Chile: lower case never settles a currency."""
    text = "Le repas (chili con carne) coûte 10 pesos par personne."
    assert _amounts(text, "fr") == []


# ------------------------------------------------------------------ ranges

@pytest.mark.parametrize("text, lang, want", [
    ("Des séjours avec des tarifs entre 45 et 380€ selon la durée.", "fr",
     [("45", 45, "EUR"), ("380€", 380, "EUR")]),
    ("Quotes came in between £75 and £420, and between 2 and 3 million dollars.", "en",
     [("£75", 75, "GBP"), ("£420", 420, "GBP"), ("2", 2e6, "USD"),
      ("3 million dollars", 3e6, "USD")]),
    ("Concessions (tarifs entre 45\net 380€ selon la durée)", "fr",           # wrapped line
     [("45", 45, "EUR"), ("380€", 380, "EUR")]),
    ("Las entradas cuestan entre 15 y 90 euros por persona.", "es",
     [("15", 15, "EUR"), ("90 euros", 90, "EUR")]),
])
def test_range_opened_by_a_word_gives_both_bounds(text, lang, want):
    assert _amounts(text, lang) == want


def test_entre_without_a_range_adds_nothing():
    text = "Entre 2019 et 2021, la salle a coûté 400 € par an."
    assert [v for _t, v, _c in _amounts(text, "fr")] == [400]


# ------------------------------------------------------------ figures in words

@pytest.mark.parametrize("text, lang, want", [
    ("The minister promised a million dollars for the rink and one million dollars more "
     "for roads.", "en", [("a million dollars", 1e6, "USD"), ("one million dollars", 1e6, "USD")]),
    ("She asked for two hundred and fifty thousand dollars.", "en",
     [("two hundred and fifty thousand dollars", 250_000, "USD")]),
    ("La région apporte deux millions d'euros et la commune mille euros.", "fr",
     [("deux millions d'euros", 2e6, "EUR"), ("mille euros", 1000, "EUR")]),
    ("El Ayuntamiento aporta un millón de euros y la Diputación cincuenta mil euros.", "es",
     [("un millón de euros", 1e6, "EUR"), ("cincuenta mil euros", 50_000, "EUR")]),
    ("La cuota es de ciento veinte mil euros.", "es",        # the whole run, not its tail
     [("ciento veinte mil euros", 120_000, "EUR")]),
    ("La commune verse cent vingt mille euros.", "fr", [("cent vingt mille euros", 120_000, "EUR")]),
])
def test_figures_in_words(text, lang, want):
    assert _amounts(text, lang) == want


@pytest.mark.parametrize("text, lang", [
    ("Millions of dollars were spent and hundreds of dollars wasted.", "en"),
    ("Des millions d'euros ont été dépensés.", "fr"),
    ("It is a million-dollar question.", "en"),
    ("Se gastaron millones de euros.", "es"),
])
def test_magnitude_words_alone_are_no_figure(text, lang):
    assert _amounts(text, lang) == []


def test_words_restating_a_figure_are_not_a_second_amount():
    text = ("En Colombia se paga $ 3.000.000 (tres millones de pesos colombianos) y "
            "$ 172.000.000 (ciento setenta y dos millones de pesos colombianos). "
            "The grant is $1,000,000 (one million dollars).")
    assert [v for _t, v, _c in _amounts(text, "es")] == [3e6, 172e6, 1e6]


# --------------------------------------------------- a space after the symbol

@pytest.mark.parametrize("text, lang, want", [
    ("Se paga la factura de $ 31,415.20 y la de $ 2,700.00.", "es",
     [("$ 31,415.20", 31_415.2, "MXN"), ("$ 2,700.00", 2700, "MXN")]),
    ("Le devis de € 1 350 est accepté.", "fr", [("€ 1 350", 1350, "EUR")]),
    ("A grant of € 1 350 was received.", "en", [("€ 1 350", 1350, "EUR")]),
    ("The hall costs £ 1,350.50 a year.", "en", [("£ 1,350.50", 1350.5, "GBP")]),
])
def test_space_after_the_symbol(text, lang, want):
    assert _amounts(text, lang) == want


# ------------------------------------------------------------- stated sums

@pytest.mark.parametrize("text, lang, want", [
    ("The treasurer said the reserves were £9,310.50 (savings account £7,000.00 and "
     "current account £2,310.50), checked by the auditor.", "en",
     [("£9,310.50", ["£7,000.00", "£2,310.50"])]),
    ("El saldo es de 8.000 euros (caja 3.000 euros y banco 5.000 euros).", "es",
     [("8.000 euros", ["3.000 euros", "5.000 euros"])]),
    ("Le marché est attribué pour 31 200,00 $, taxes incluses, soit 25 000,00 $ pour la "
     "toiture et 6 500,00 $ pour les gouttières.", "fr",
     [("31 200,00 $", ["25 000,00 $", "6 500,00 $"])]),
    ("El contrato asciende a 12.000 euros, es decir, 9.000 euros para la obra y 3.500 "
     "euros para el proyecto.", "es", [("12.000 euros", ["9.000 euros", "3.500 euros"])]),
    ("The repair cost £4,800, that is £3,000 for the roof and £1,800 for the gutters.", "en",
     [("£4,800", ["£3,000", "£1,800"])]),
])
def test_parts_listed_after_their_total(text, lang, want):
    assert _sums(text, lang) == want


@pytest.mark.parametrize("text, lang", [
    ("The fund holds £500 (compared with £400 and £300 last year).", "en"),
    ("Les recettes s'élèvent à 18 600 € et les dépenses à 17 300 €, soit un excédent de "
     "1 300 €.", "fr"),
    ("Le coût est de 1 200 € par an, soit 100 € par mois et 3,30 € par jour.", "fr"),
])
def test_lists_far_from_the_figure_before_are_no_sum(text, lang):
    assert _sums(text, lang) == []
