"""Meeting fields as real reports write them (issue 14, item 5): dates of laws cited
before the meeting's, modes of meetings some members joined from afar, bodies named in
full with their organisation, ordinals with thousands. Every sentence is invented."""

import pytest

from extractors.metadata import document_to_meeting, parse_ordinal
from pipeline.text import document_from_text, fold


def _meeting(text: str, lang: str):
    return document_to_meeting(document_from_text(text, language=lang))


@pytest.mark.parametrize("head,lang,iso", [
    # a law qualified by an adjective ("arrêté préfectoral", "Ley Orgánica")
    ("CONSEIL MUNICIPAL\n\nVu l'arrêté préfectoral du 3 février 2020,\nVu la loi n° 2020-290 du "
     "23 mars 2020,\n\nSéance du 14 juin 2022", "fr", "2022-06-14"),
    ("ACTA DEL PLENO\n\nDe acuerdo con la Ley Orgánica 5/2001, de 12 de julio de 2001, el Pleno del "
     "Ayuntamiento se reúne en sesión ordinaria el día 7 de marzo de 2024.", "es", "2024-03-07"),
    # laws cited in the plural
    ("MINUTES\n\nPursuant to the Housing Act of 12 June 1990 and the Regulations of 3 May 2001, the "
     "Board of Directors met on 4 March 2024.", "en", "2024-03-04"),
    # a date in brackets right after a law cited
    ("MINUTES\n\nAs required by Section 4 of the Condominium Act, 1998 (amended on 1 July 2015), the "
     "Board met on March 4, 2024.", "en", "2024-03-04"),
])
def test_dates_of_qualified_plural_or_amended_laws_are_not_the_meeting_date(head, lang, iso):
    assert _meeting(head, lang).date == iso


@pytest.mark.parametrize("head,lang,iso,body", [
    # a body or meeting word after a law word names a body, no law
    ("Minutes of the Regulation Committee of 4 March 2024\n\nPresent: A. Lowe.", "en", "2024-03-04",
     "Regulation Committee"),
    ("Acta de la Junta Directiva del 4 de marzo de 2024\n\nSe reúne la junta.", "es", "2024-03-04",
     "Junta Directiva"),
])
def test_a_body_named_after_a_law_word_keeps_its_date(head, lang, iso, body):
    m = _meeting(head, lang)
    assert (m.date, m.body) == (iso, body)


@pytest.mark.parametrize("head,lang,mode", [
    ("Minutes of the Board meeting of 3 March 2024 at the Town Hall, Ripon\n\nSome members joined "
     "remotely.", "en", "hybrid"),
    ("Compte rendu du bureau du 3 mars 2024 à Lyon\n\nDeux membres ont participé à distance.", "fr",
     "hybrid"),
    ("Acta de la reunión de la Junta Directiva del 3 de marzo de 2024 en Lima\n\nAlgunos miembros "
     "participaron de forma remota.", "es", "hybrid"),
    # everyone joined from afar: the meeting was online
    ("Minutes of the Board meeting of 3 March 2024\n\nAll members joined by Zoom.", "en", "online"),
    # an online word that says nothing about the meeting or how its members took part
    ("Minutes of the Board meeting of 3 March 2024 at the Town Hall, Ripon\n\nResidents who attended "
     "the fair praised the online booking system.", "en", "in_person"),
])
def test_members_joining_from_afar_make_a_meeting_with_a_venue_hybrid(head, lang, mode):
    assert _meeting(head, lang).mode == mode


@pytest.mark.parametrize("head,lang,body", [
    ("MINUTES OF THE REGULAR MEETING OF THE BOARD OF DIRECTORS OF THE OAK RIDGE HOMEOWNERS "
     "ASSOCIATION\n\nMarch 4, 2024", "en", "Board of Directors of the Oak Ridge Homeowners Association"),
    ("ACTA DE LA SESIÓN ORDINARIA NÚMERO 23 DEL CABILDO DEL AYUNTAMIENTO DE SAN PEDRO\n\n"
     "4 de marzo de 2024", "es", "Cabildo del Ayuntamiento de San Pedro"),
    ("ACTA DE LA JUNTA GENERAL ORDINARIA DE LA COMUNIDAD DE PROPIETARIOS EDIFICIO LOS OLIVOS\n\n"
     "En Madrid, a 4 de marzo de 2024", "es", "Comunidad de Propietarios Edificio Los Olivos"),
])
def test_the_body_is_named_with_the_organisation_it_belongs_to(head, lang, body):
    assert fold(body) in fold(_meeting(head, lang).body)


@pytest.mark.parametrize("head,lang,ordinal", [
    ("Procès-verbal de la 1 187e séance du Conseil d'administration\n\n4 mars 2024", "fr", 1187),
    ("Procès-verbal de la 1187e séance du Conseil d'administration\n\n4 mars 2024", "fr", 1187),
    ("ACTA DE LA SESIÓN ORDINARIA NÚMERO 23 DEL CABILDO DEL AYUNTAMIENTO DE SAN PEDRO\n\n"
     "4 de marzo de 2024", "es", 23),
])
def test_ordinals_with_thousands_or_after_a_qualified_meeting_word(head, lang, ordinal):
    assert _meeting(head, lang).ordinal == ordinal


@pytest.mark.parametrize("word,lang,value", [("1 187e", "fr", 1187), ("1.187ª", "es", 1187),
                                             ("2024", "en", None), ("1 18e", "fr", None)])
def test_parse_ordinal_reads_thousands(word, lang, value):
    assert parse_ordinal(word, lang) == value


@pytest.mark.parametrize("head,lang,body", [
    # a body word inside a room's name is no body
    ("UNIVERSITY OF ASHGROVE\n\nSENATE\n\nMinutes of the meeting held on Tuesday 4 March 2025 in the "
     "Council Chamber, Old Library, Ashgrove\n\nPresent: Professor A. Lowe (Chair).", "en", "Senate"),
    ("ACTA DE LA SESIÓN ORDINARIA DE CABILDO NÚMERO 12\n\nEn la ciudad de Villa Rica, siendo las diez "
     "horas del día 4 de marzo de 2025, reunidos en la Sala de Cabildo del Palacio Municipal, se celebra "
     "la sesión.", "es", "Cabildo"),
    # a place noun's town before the body on a running header is not part of its name
    ("Commune de Vauchelles Conseil municipal du 04/03/2025\n\nCOMPTE RENDU DE LA SÉANCE DU CONSEIL "
     "MUNICIPAL\n\ndu mardi 4 mars 2025\n\nle quatre mars à vingt heures, le Conseil municipal de\n"
     "L'an deux mille vingt-cinq,\ncommune de Vauchelles, s'est réuni à la mairie.", "fr", "Conseil municipal"),
])
def test_room_names_number_signs_and_formulas_are_not_part_of_a_body(head, lang, body):
    got = _meeting(head, lang).body          # "Senate – University of Ashgrove": its organisation
    assert got.split(" – ")[0] == body


def test_a_meeting_named_in_running_text_after_the_title_date_is_dated_by_the_title():
    text = ("UNIVERSITY OF ASHGROVE\n\nSENATE\n\nMinutes of the meeting held on Tuesday 4 March 2025 in "
            "the Council Chamber, Old Library, Ashgrove\n\nPresent: Professor A. Lowe (Chair).\n\n"
            "S.24/25.01 WELCOME\n\nThe Chair welcomed members to the second meeting of the term.\n\n"
            "S.24/25.02 MINUTES\n\nRESOLVED that the minutes of the meeting held on Tuesday 4 February "
            "2025 be approved.")
    m = _meeting(text, "en")
    assert (m.date, m.place) == ("2025-03-04", "Ashgrove")


def test_the_town_of_a_letterhead_postcode_before_a_dash():
    text = ("COMUNIDAD DE PROPIETARIOS AVENIDA DEL PINAR, 8\n\n28041 Getafe — CIF H-28000000\n\n"
            "ACTA DE LA JUNTA GENERAL ORDINARIA\n\nEn el portal del edificio, siendo las 19:30 horas del "
            "jueves 6 de marzo de 2025, se reúne la Junta General Ordinaria.")
    assert _meeting(text, "es").place == "Getafe"



@pytest.mark.parametrize("text,place", [
    ("Informe de la Conferencia de las Partes sobre su quinto período de sesiones, celebrado en Ras\n\n"
     "el-Bahr del 6 al 9 de mayo de 2024\n\nAdición", "Ras el-Bahr"),
    # no hyphenated link after the blank line: the name ends with its line
    ("Informe de la Conferencia de las Partes sobre su quinto período de sesiones, celebrado en Bonn\n\n"
     "del 6 al 9 de mayo de 2024\n\nAdición", "Bonn"),
])
def test_a_hyphenated_place_name_broken_by_a_blank_line_in_a_title_stays_whole(text, place):
    assert _meeting(text, "es").place == place


@pytest.mark.parametrize("head,lang,body,place", [
    # a sentence opening a paragraph under the title is not read into the body's name
    ("Minutes of the Planning Board\n\nThe Board met on 4 March 2024 in Leeds.", "en", "Planning Board",
     "Leeds"),
    # a title of honour before the body is not its name
    ("ACTA DE LA SESIÓN EXTRAORDINARIA DEL H. AYUNTAMIENTO DE SANTA ROSA\n\n4 de marzo de 2024", "es",
     "Ayuntamiento de Santa Rosa", "Santa Rosa"),
    # a territorial body of a territorial body: the town is the last one's
    ("Sesión Ordinaria número 23\n\nCabildo del Ayuntamiento de Villa Hermosa\n\n4 de marzo de 2024", "es",
     "Cabildo del Ayuntamiento de Villa Hermosa", "Villa Hermosa"),
])
def test_bodies_after_a_title_of_honour_or_above_a_sentence_and_their_town(head, lang, body, place):
    m = _meeting(head, lang)
    assert (m.body, m.place) == (body, place)


@pytest.mark.parametrize("head,lang,iso", [
    # the notice calling the meeting gives its own date, not the meeting's
    ("Conseil municipal\n\nL'an deux mille vingt-quatre, le quatre mars, à vingt heures, le Conseil municipal "
     "de la commune de Vauchelles, dûment convoqué le 26 février 2024, s'est réuni en séance publique.",
     "fr", "2024-03-04"),
    ("Conseil municipal\n\nDate de convocation : 26 février 2024\n\nSéance du 4 mars 2024", "fr", "2024-03-04"),
    ("ACTA\n\nEn la ciudad de Rosario, a los cuatro días del mes de marzo de dos mil veinticuatro, se reúne "
     "la Comisión Directiva, convocada el 26 de febrero de 2024.", "es", "2024-03-04"),
    ("Notice of meeting issued 26 February 2024\n\nMINUTES OF THE BOARD MEETING HELD ON 4 MARCH 2024", "en",
     "2024-03-04"),
    # a notice FOR a date gives the meeting's date
    ("ACTA\n\nSesión extraordinaria convocada para el 4 de marzo de 2024 en Rosario.", "es", "2024-03-04"),
    # a notice's date is better than none
    ("Compte rendu du bureau\n\nLe bureau, convoqué le 26 février 2024, a examiné les comptes.", "fr",
     "2024-02-26"),
])
def test_the_date_of_the_notice_calling_the_meeting_is_not_the_meetings(head, lang, iso):
    assert _meeting(head, lang).date == iso


@pytest.mark.parametrize("head,lang,iso,written", [
    ("Conseil municipal\n\nL'an deux mille vingt-quatre, le lundi quatre mars, à vingt heures, le Conseil "
     "municipal s'est réuni.", "fr", "2024-03-04", "L'an deux mille vingt-quatre, le lundi quatre mars"),
    ("Conseil municipal\n\nL'an deux mil vingt quatre et le premier mars à vingt heures, le Conseil municipal "
     "s'est réuni.", "fr", "2024-03-01", "L'an deux mil vingt quatre et le premier mars"),
    ("ACTA\n\nEn Rosario, el primero de marzo de dos mil veinticuatro, se reúne la Comisión Directiva.", "es",
     "2024-03-01", "primero de marzo de dos mil veinticuatro"),
])
def test_dates_in_words_written_year_first_or_on_the_first_are_the_date_phrase_only(head, lang, iso, written):
    m = _meeting(head, lang)
    assert (m.date, m.date_as_written) == (iso, written)


@pytest.mark.parametrize("head,lang,mode", [
    # an online word in a sentence naming a body but no meeting of it
    ("Minutes of the Board meeting of 3 March 2024 held at the Town Hall, Ripon\n\nThe Board agreed to "
     "upgrade the video conference equipment.", "en", "in_person"),
    ("Compte rendu du bureau du 3 mars 2024 à Lyon\n\nLe bureau demande un devis pour la visioconférence "
     "de la salle.", "fr", "in_person"),
    # with a verb of meeting it says how the body met
    ("Compte rendu du bureau du 3 mars 2024\n\nLe bureau s'est réuni en visioconférence.", "fr", "online"),
    ("Acta de la Junta Directiva\n\nEl 3 de marzo de 2024 se reúne la Junta Directiva por videoconferencia.",
     "es", "online"),
])
def test_an_online_word_about_a_body_says_how_it_met_only_with_a_verb_of_meeting(head, lang, mode):
    assert _meeting(head, lang).mode == mode


@pytest.mark.parametrize("head,lang,mode", [
    # the city on the line of an online word is where the report was written, no venue joined to it
    ("Acta\n\nEn Rosario, el 3 de marzo de 2024, se reúne la Junta Directiva por videoconferencia.", "es",
     "online"),
    ("Compte rendu du bureau\n\nLe 3 mars 2024 à Lyon, le bureau s'est réuni en visioconférence.", "fr", "online"),
    # a venue joined to the online word by a conjunction or a sign
    ("Compte rendu du bureau\n\n3 mars 2024 à Lyon, salle B + visioconférence", "fr", "hybrid"),
])
def test_a_city_on_the_line_of_an_online_word_makes_it_hybrid_only_when_joined(head, lang, mode):
    assert _meeting(head, lang).mode == mode


@pytest.mark.parametrize("head,lang,ordinal,body", [
    ("Minutes of Regular Meeting No. 14 of the Board\n\nMarch 4, 2024", "en", 14, "Board"),
    ("ACTA N° 1187\n\nEn Rafaela, a 14 de agosto de 2024, se reúne la Comisión Directiva.", "es", 1187,
     "Comisión Directiva"),
    # a number sign before a year is no meeting number
    ("ACTA N° 2024\n\nEn Rafaela, a 14 de agosto de 2024, se reúne la Comisión Directiva.", "es", None,
     "Comisión Directiva"),
])
def test_meeting_numbers_after_a_qualified_meeting_word_or_of_four_digits(head, lang, ordinal, body):
    m = _meeting(head, lang)
    assert (m.ordinal, m.body) == (ordinal, body)


def test_words_in_capitals_inside_a_mixed_case_body_name_are_cased():
    from extractors.metadata.bodies import cased
    text = "MAPLE GROVE UNION SCHOOL DISTRICT\n\nBoard of Education\n\nThe Board of the district met."
    assert cased("MAPLE GROVE UNION SCHOOL DISTRICT Board of Education", text, "en") == \
        "Maple Grove Union School District Board of Education"
    # a run written in mixed case elsewhere takes that writing
    text += " The Maple Grove Union School district office is closed."
    assert cased("MAPLE GROVE UNION SCHOOL DISTRICT Board of Education", text, "en") == \
        "Maple Grove Union School district Board of Education"
    assert cased("Consejo Ciudadano de Radio UAA", text, "es") == "Consejo Ciudadano de Radio UAA"   # one acronym
