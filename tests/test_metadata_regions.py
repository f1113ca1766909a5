"""Where a meeting was held when its venue line ends with a region ("…, Port Ellis,
Ontario", "…, Kilmore, Co. Wexford", a state the report heads itself with), a room's
number follows a building ("State Capitol, Room 12"), or the town closes a room written
in lower case ("à la salle des fêtes de X"); and a body's name on an all-capitals title
line read to its end. Invented heads, fr/en/es."""

from __future__ import annotations

import pytest

from extractors.metadata import document_to_meeting
from pipeline.text import document_from_text


def _meeting(text: str, lang: str):
    return document_to_meeting(document_from_text(text, language=lang))


@pytest.mark.parametrize("lang,text,place", [
    ("en", "Lakeview District School Board\nRegular Meeting of the Board\nMonday, May 4, 2026, 7:00 p.m.\n"
           "Board Room, 12 Lake Road, Port Ellis, Ontario\n", "Port Ellis"),
    ("en", "Minutes of the Annual General Meeting, held at the Parish Hall, Kilmore, Co.\n"
           "Wexford, on Saturday, 4 May 2026 at 11:00.\n", "Kilmore"),
    ("en", "STATE OF KELDARA\n\nSENATE COMMITTEE ON PUBLIC WORKS\n\nTRANSCRIPT OF PROCEEDINGS\n\n"
           "Wednesday, March 4, 2026, 10:00 a.m.\nState Capitol, Room 12, Riverton, Keldara\n", "Riverton"),
    ("fr", "PROVINCE DE QUÉBEC\nMUNICIPALITÉ DE SAINT-ÉLIE\nProcès-verbal de la séance ordinaire du conseil "
           "municipal tenue le 3 février 2025 à 19 h à la salle communautaire, Saint-Élie, Québec.\n", "Saint-Élie"),
    ("es", "Acta de la sesión celebrada el 3 de marzo de 2025 en el Salón de Actos, Rafaela, Santa Fe.\n"
           "PROVINCIA DE SANTA FE\n", "Rafaela"),
])
def test_a_region_ending_the_venue_is_not_the_place(lang, text, place):
    assert _meeting(text, lang).place == place


@pytest.mark.parametrize("lang,text,place", [
    ("en", "Minutes of the Board meeting held on 3 March 2025 in New York.\n", "New York"),
    ("en", "Minutes of the Board meeting held on 3 March 2025 at the Civic Centre, Carlisle.\n", "Carlisle"),
    ("en", "Minutes of the Board meeting held on 3 March 2025 at City Hall, Albany, New York.\n", "Albany"),
])
def test_a_region_alone_or_after_a_building_stays(lang, text, place):
    assert _meeting(text, lang).place == place


def test_a_city_named_city_stays_whole_before_its_region():
    text = ("STATE OF KELDARA\n\nSENATE COMMITTEE ON PUBLIC WORKS\n\nTRANSCRIPT OF PROCEEDINGS\n\n"
            "Wednesday, March 4, 2026, 10:00 a.m.\nState Capitol, Room 12, Granite City, Keldara\n")
    assert _meeting(text, "en").place == "Granite City"


def test_an_organisation_s_seat_gives_way_to_the_town_after_it():
    text = ("AUTORITÉ DU BASSIN DU FLEUVE\n\nConseil des ministres — Douzième session\n\n"
            "tenue au siège de l'Autorité, à Niamey, le jeudi 13 novembre 2025, à 10 heures\n")
    assert _meeting(text, "fr").place == "Niamey"


def test_a_room_number_after_a_building_is_no_date():
    text = ("SENATE COMMITTEE ON PUBLIC WORKS\n\nTRANSCRIPT OF PROCEEDINGS\n\n"
            "Wednesday, March 4, 2026, 10:00 a.m.\nState Capitol, Room 12, Riverton\n")
    assert _meeting(text, "en").place == "Riverton"


@pytest.mark.parametrize("lang,text,place", [
    ("fr", "Le conseil communautaire, légalement convoqué le 2 juin 2025, s'est réuni à la salle des "
           "fêtes de Saint-Martin-sur-Loire, sous la présidence de M. Jean Roy.\n", "Saint-Martin-sur-Loire"),
    ("fr", "Le comité s'est réuni le 2 juin 2025 à la mairie de Vieux-Moulin.\n", "Vieux-Moulin"),
    ("es", "La junta se reunió el 2 de junio de 2025 en la sala de actos de Villa Olmos.\n", "Villa Olmos"),
])
def test_the_town_of_a_room_written_in_lower_case(lang, text, place):
    assert _meeting(text, lang).place == place


@pytest.mark.parametrize("lang,text,body", [
    ("en", "SENATE COMMITTEE ON PUBLIC WORKS AND TRANSPORT\n\nTRANSCRIPT OF PROCEEDINGS\n\n"
           "Wednesday, March 4, 2026, 10:00 a.m.\n", "Senate Committee on Public Works and Transport"),
    ("fr", "OFFICE DU BASSIN DE LA RIVIÈRE\nConseil des ministres — Douzième session\n"
           "COMPTE RENDU ANALYTIQUE DE LA 2e SÉANCE\nTenue à Niamey, le mardi 4 mars 2025\n",
     "Conseil des ministres"),
])
def test_a_body_s_title_line_is_read_to_its_end(lang, text, body):
    assert _meeting(text, lang).body == body


def test_a_town_meeting_is_its_own_body_and_town_still_ends_a_city():
    """New England's town meeting is the town's legislature: "Annual Town Meeting" under
    the "TOWN OF X" heading is the body; "Cape Town" on a venue line stays a city."""
    head = ("TOWN OF EAST MILLBROOK\n\nANNUAL TOWN MEETING\nSaturday, May 4, 2026 – Millbrook High School "
            "Gymnasium, East Millbrook,\nVermont\nThe Moderator called the meeting to order.\n")
    meeting = _meeting(head, "en")
    assert (meeting.body.lower(), meeting.place) == ("annual town meeting", "East Millbrook")
    venue = ("Minutes of the 9th Meeting of the Audit Committee\n\nThursday, 23 January 2025, 14:00 – "
             "Trust offices, Cape Town\n")
    assert _meeting(venue, "en").place == "Cape Town"
