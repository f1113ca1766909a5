"""Informal minutes: a first name alone after the person's full name is that person when it
acts (issue 14); invented minutes."""

import pytest

from extractors.speakers import document_to_interventions
from pipeline.text import document_from_text


def acts(text, lang):
    got = document_to_interventions(document_from_text(text, language=lang), None)
    return [(i.name_as_written, i.given_name, i.family_name, i.kind) for i in got
            if i.kind not in ("attends", "mentioned")]


@pytest.mark.parametrize("text,lang,expected", [
    ("Present: Dana Whitfield, Marcus Bell, Priya Natarajan.\n\n"
     "Dana opened the meeting at 7 pm. Marcus presented the budget. Priya asked about the fees.", "en",
     [("Dana", "Dana", "Whitfield", "chairs"), ("Marcus", "Marcus", "Bell", "presents"),
      ("Priya", "Priya", "Natarajan", "speaks")]),
    ("Présents : Sophie Marchand, Julien Roche, Amélie Caron.\n\n"
     "Sophie présente le budget. Julien demande des précisions.", "fr",
     [("Sophie", "Sophie", "Marchand", "presents"), ("Julien", "Julien", "Roche", "speaks")]),
    ("Asistentes: Lucía Herrera Gómez, Tomás Ibáñez, Marta Soler.\n\n"
     "Lucía presentó el informe. Tomás preguntó por las cuotas.", "es",
     [("Lucía", "Lucía", "Herrera Gómez", "presents"), ("Tomás", "Tomás", "Ibáñez", "speaks")]),
])
def test_a_lone_first_name_that_acts_is_the_one_full_name(text, lang, expected):
    assert acts(text, lang) == expected


def test_a_first_name_two_people_share_is_nobody():
    got = acts("Present: Dana Whitfield, Dana Okoro, Marcus Bell.\n\nDana presented the budget.", "en")
    assert got == []


def test_a_first_name_inside_a_longer_capitalised_run_or_not_acting_is_nobody():
    got = acts("Present: Dana Whitfield, Marcus Bell, Priya Natarajan.\n\n"
               "The trip to Dana Point was discussed. We thanked Dana for the cake.", "en")
    assert got == []
