"""A body named on its own title line with a complement in lower case, as French and
Spanish write them ("Commission des finances et du budget", "Comisión de hacienda y
presupuesto"): the whole line is the body's name, not its first word. Invented heads."""

from __future__ import annotations

import pytest

from extractors.metadata import document_to_meeting
from pipeline.text import document_from_text


@pytest.mark.parametrize("lang,head,body", [
    ("fr", "Commission des finances et du budget\nProcès-verbal de la réunion du 4 mars 2025\n"
           "La séance est ouverte à 18 h à Lyon.\n", "Commission des finances et du budget"),
    ("fr", "Nations Unies\nComité des droits de l'enfant\nCompte rendu analytique de la 3e séance\n"
           "Tenue à Genève, le mardi 4 mars 2025\n", "Comité des droits de l'enfant"),
    ("es", "Comisión de hacienda y presupuesto\nActa resumida de la 3ª sesión\n"
           "Celebrada en Madrid, el martes 4 de marzo de 2025\n", "Comisión de hacienda y presupuesto"),
    ("es", "Comité de Derechos Económicos, Sociales y Culturales\nActa resumida de la 3ª sesión\n"
           "Celebrada en Ginebra, el martes 4 de marzo de 2025\n",
     "Comité de Derechos Económicos, Sociales y Culturales"),
    ("en", "Committee on the Rights of the Child\nSummary record of the 3rd meeting\n"
           "Held at the Palais Wilson, Geneva, on Tuesday, 4 March 2025\n",
     "Committee on the Rights of the Child"),
])
def test_a_title_line_s_lower_case_complement_is_part_of_the_body(lang, head, body):
    meeting = document_to_meeting(document_from_text(head, language=lang))
    assert meeting.body == body
    assert meeting.date is not None


@pytest.mark.parametrize("lang,head,body", [
    ("fr", "Conseil municipal du 4 juin 2021\n\nPrésents : Jean, Yves\n", "Conseil municipal"),
    ("fr", "Comité de pilotage, séance du 3 mars 2025\n\nPrésents : Jean, Yves\n",
     "Comité de pilotage"),
    ("es", "Comisión de obras, acta de la sesión del 3 de marzo de 2025\n", "Comisión"),
])
def test_a_date_or_a_meeting_word_on_the_line_is_no_complement(lang, head, body):
    assert document_to_meeting(document_from_text(head, language=lang)).body == body
