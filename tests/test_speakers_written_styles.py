"""Speakers in styles of real minutes the extractor had not met (issue 14: US city
commissions, Australian shires, UK senates, HOA boards, French and Spanish councils);
every sentence invented."""

from extractors.speakers import document_to_interventions
from pipeline.text import document_from_text


def run(text, lang):
    return document_to_interventions(document_from_text(text, language=lang), None)


def acting(got):
    return {(i.family_name, i.kind) for i in got if i.kind in ("chairs", "presents", "speaks")}


def test_titles_written_before_names_hold_the_role_labels_of_the_turns():
    got = run("ROLL CALL\nPresent: Mayor Nora Pellman, Vice Mayor Owen Tarrant, Commissioner Ava Quist.\n"
              "Staff present: City Manager Karl Benz, City Attorney Ruth Lomax, City Clerk Mina Sole.\n\n"
              "Mayor: We will begin.\nCity Attorney: For the record, no conflicts.\n", "en")
    assert acting(got) == {("Pellman", "speaks"), ("Lomax", "speaks")}
    assert [i.role for i in got if i.family_name == "Pellman"][0] is None   # not the next item's title
    assert not any(i.given_name == "Vice" or i.family_name == "Vice" for i in got)


def test_the_chair_in_a_bracket_of_roles_beats_the_president_of_another_body():
    got = run("Present: Professor Ida Marsh (Provost, Chair), Ms Tia Orr (President, Students' Union).\n"
              "In attendance: Mr Leo Crane (Academic Registrar).\n\n"
              "The Chair reported that the budget was agreed. The Academic Registrar introduced the changes.", "en")
    assert acting(got) == {("Marsh", "speaks"), ("Crane", "presents")}


def test_australian_movers_nil_apologies_and_mc_names():
    got = run("Present: Crs Dunmore, McIntyre and Oyelaran.\nApologies: Nil.\n\n"
              "Moved Cr McIntyre / Seconded Cr Oyelaran\nThat Council adopt the plan.\nCARRIED 3/0\n", "en")
    assert acting(got) == {("McIntyre", "presents"), ("Oyelaran", "speaks")}
    assert {i.family_name or i.given_name for i in got} == {"Dunmore", "McIntyre", "Oyelaran"}


def test_a_heading_naming_who_is_present_and_a_proxy_after_a_comma():
    got = run("Directors present: Dana Whitlock (President), Luis Carmona, Priya Natarajan (Treasurer).\n"
              "Director absent: Ellen Marchetti, by proxy to Priya Natarajan.\n\n"
              "Dana called the meeting to order. Priya reported the balances.", "en")
    assert [(i.family_name, i.kind) for i in got][:4] == [
        ("Whitlock", "attends"), ("Carmona", "attends"), ("Natarajan", "attends"), ("Marchetti", "excused")]
    assert acting(got) == {("Whitlock", "chairs"), ("Natarajan", "speaks")}


def test_a_body_before_a_verb_in_capitals_is_no_person():
    assert run("Senate NOTED the report of the Provost.", "en") == ()


def test_a_chair_phrase_with_the_role_before_the_name():
    got = run("Le conseil s'est réuni sous la présidence de M. le Maire, M. Aurèle TISSOT.\n\n"
              "Le Maire propose d'attribuer une subvention.", "fr")
    assert [(i.family_name, i.kind) for i in got] == [("TISSOT", "chairs"), ("TISSOT", "speaks")]


def test_the_second_office_of_a_hyphenated_pair_and_a_request_verb():
    got = run("Se reúne la junta con la asistencia del Secretario-Administrador, D. Ernesto Valdivia Romeo.\n\n"
              "El Administrador presenta la liquidación. Dña. Pilar Gracia Oliván ruega que se avise a "
              "los vecinos de la colonia Benito Juárez.", "es")
    assert acting(got) == {("Valdivia Romeo", "presents"), ("Gracia Oliván", "speaks")}
    assert not any(i.family_name == "Juárez" for i in got)


def test_members_connected_to_a_videoconference_are_a_first_name_roster():
    got = run("Connectés : Inès (présidente), Bruno (trésorier), Chloé, Malik.\n\n"
              "Inès ouvre la réunion.\n— Bruno : La vente de gâteaux a rapporté 300 €.\nMalik présente le calendrier.", "fr")
    assert acting(got) == {(None, "chairs"), (None, "speaks"), (None, "presents")}
    assert {(i.given_name, i.kind) for i in got if i.kind != "attends"} == {
        ("Inès", "chairs"), ("Bruno", "speaks"), ("Malik", "presents")}


def test_an_undotted_honorific_after_a_name_still_starts_the_next_name():
    got = run("Intervinieron la Sra. Ana Navarro Calvo y Sr Luis Peralta Gil. El Sr. Juan D. Pérez informó.", "es")
    assert [(i.given_name, i.family_name) for i in got] == [
        ("Ana", "Navarro Calvo"), ("Luis", "Peralta Gil"), ("Juan D.", "Pérez")]


def test_a_holder_written_in_full_and_by_family_name_is_one_person():
    got = run("Present: Mayor Nora Pellman, Commissioner Ava Quist.\n\nMayor Pellman welcomed the guests.\n"
              "Mayor: We will begin.\n", "en")
    assert ("Mayor", "Pellman", "speaks") in [(i.name_as_written, i.family_name, i.kind) for i in got]
