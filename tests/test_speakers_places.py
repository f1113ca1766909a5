"""Place names written like a given name and a family name are no people (issue 14:
precision); invented sentences."""

import pytest

from extractors.speakers import document_to_interventions
from pipeline.text import document_from_text


def people(text, lang):
    got = document_to_interventions(document_from_text(text, language=lang), None)
    return [(i.given_name, i.family_name) for i in got]


@pytest.mark.parametrize("text,lang", [
    ("El concejal Pedro Ruiz Soto informó que las obras de Villa Hermosa y San Lorenzo avanzan. "
     "Villa Hermosa recibirá el puente.", "es"),
    ("Villa HERMOSA presentó sus cuentas. El concejal Pedro Ruiz Soto informó.", "es"),
    ("Councillor Ann Lee said that Port Hope and Mount Pleasant would share costs. "
     "Port Hope asked for a grant.", "en"),
])
def test_a_capitalised_pair_opened_by_a_place_word_is_no_person(text, lang):
    assert people(text, lang) in ([("Pedro", "Ruiz Soto")], [("Ann", "Lee")])


def test_a_place_word_inside_a_name_stays_a_name():
    assert people("El concejal Juan Villa Ortega informó.", "es") == [("Juan", "Villa Ortega")]
