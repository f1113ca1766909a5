"""Currencies a report's names leave open, settled by its institutions or its meeting's
place: "$" in the minutes of an Argentine "Concejo Deliberante" or a Chilean "Ilustre
Municipalidad" that never name their country; "francs CFA" of a body whose members
come from both zones, meeting in a capital of one. Invented reports, fr/es/en."""

from __future__ import annotations

import pytest

from extractors.amounts import document_to_amounts
from extractors.metadata import document_to_meeting
from pipeline.text import document_from_text


def _amounts(text: str, lang: str):
    doc = document_from_text(text, language=lang)
    return [(a.value, a.currency) for a in document_to_amounts(doc, document_to_meeting(doc))]


@pytest.mark.parametrize("text,currency", [
    ("HONORABLE CONCEJO DELIBERANTE DE VILLA OLMOS\nSesión Ordinaria N° 3\n\n"
     "El club adeuda $ 2.345.600 en tasas.\n", "ARS"),
    ("ILUSTRE MUNICIPALIDAD DE PUERTO SECO\nActa de la sesión ordinaria N° 12\n\n"
     "Se otorga una subvención de $ 500.000 al club.\n", "CLP"),
])
def test_an_institution_of_one_peso_country_settles_the_dollar_sign(text, currency):
    assert [c for _, c in _amounts(text, "es")] == [currency]


def test_a_dollar_sign_with_no_country_nor_institution_stays_unsettled():
    assert _amounts("Acta de la asamblea\n\nSe aprueba un gasto de $ 500.000 para la fiesta.\n", "es") == []


@pytest.mark.parametrize("lang,text,currency", [
    ("fr", "AUTORITÉ DU FLEUVE\nConseil des ministres — Douzième session\nTenue à Niamey, le mardi 4 mars 2025\n\n"
           "Les délégations du Niger, du Mali, du Tchad et du Cameroun ont pris la parole. "
           "Le budget est arrêté à 1 200 000 000 francs CFA.\n", "XOF"),
    ("en", "RIVER AUTHORITY\nCouncil of Ministers, held in Libreville on Tuesday, 4 March 2025\n\n"
           "The delegations of Niger, Mali, Chad and Cameroon spoke. "
           "The budget is set at 1,200,000,000 CFA francs.\n", "XAF"),
])
def test_the_meeting_s_place_settles_the_cfa_zone_the_members_leave_open(lang, text, currency):
    assert _amounts(text, lang) == [(1_200_000_000.0, currency)]


def test_without_a_place_the_cfa_zone_stays_open():
    text = ("Les délégations du Niger, du Mali, du Tchad et du Cameroun ont pris la parole. "
            "Le budget est arrêté à 1 200 000 000 francs CFA.\n")
    assert _amounts(text, "fr") == []
