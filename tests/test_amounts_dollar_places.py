"""Which dollar "$" is when a report names no country but its state or its kind of
council: an Australian shire council or a report from an Australian state writes AUD; a
US county or a Canadian town keeps its own dollar. Every sentence is invented."""

from __future__ import annotations

import pytest

from extractors.amounts import document_to_amounts
from pipeline.text import document_from_text


def _currencies(text: str, lang: str) -> list[str]:
    doc = document_from_text(text, language=lang)
    return [a.currency for a in document_to_amounts(doc)]


@pytest.mark.parametrize("text, lang", [
    ("MALLEE BEND SHIRE COUNCIL\nMinutes of the Ordinary Meeting\n\nThat Council award the "
     "tender for the depot roof to Ridgeway Builders for $84,300.", "en"),
    ("Tarrawong Shire Council – Ordinary Meeting\n\nCr Lowther moved that the hall hire fee "
     "be set at $65 a day.", "en"),
    ("Minutes of the Bellinger Flats Progress Association, Queensland\n\nThe committee paid "
     "$1,240 for the new barbecue.", "en"),
    ("Held at the Scout Hall, Kingston, Tasmania.\n\nThe treasurer reported a balance of "
     "$ 3,906.45.", "en"),
    ("Réunion tenue à Hobart (Tasmanie). Le comité verse 2 500 $ au club.", "fr"),
    ("Sesión celebrada en Sídney, Nueva Gales del Sur. Se aprueba el aporte de USD 900 y "
     "de $ 1.500.", "es"),
])
def test_an_australian_state_or_shire_council_makes_the_dollar_aud(text, lang):
    assert set(_currencies(text, lang)) - {"USD"} == {"AUD"}
    assert _currencies(text, lang)[-1] == "AUD"


@pytest.mark.parametrize("text, currency", [
    ("MARION COUNTY BOARD OF COMMISSIONERS\n\nThe Board approved a contract for $84,300.",
     "USD"),
    ("TOWN OF MILLBROOK, ONTARIO\n\nCouncil paid $12,450.00 to the contractor.", "CAD"),
    ("Yorkshire and the shire counties: the council paid $2,000 to the US supplier.", "USD"),
])
def test_other_bodies_keep_their_dollar(text, currency):
    assert _currencies(text, "en") == [currency]
