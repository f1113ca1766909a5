"""A role named without a person acts as the person the report names in that role, else
as a person known by the role and the body (issue 14 item 2); invented sentences."""

from types import SimpleNamespace

from extractors.speakers import document_to_interventions
from pipeline.people import interventions_to_people
from pipeline.text import document_from_text


def run(text, lang, body=None):
    doc = document_from_text(text, language=lang)
    meeting = SimpleNamespace(body=body) if body else None      # only its body is read
    return document_to_interventions(doc, meeting)


def acts(got):
    return [(i.name_as_written, i.family_name, i.kind) for i in got if i.kind != "attends"]


def test_a_director_named_in_the_roll_call_tables_the_report():
    got = run("Sont présents : Mme Odile Ferrand, mairesse, et M. Gaston Lépine.\n"
              "Est aussi présente : Mme Inès Bouchard, directrice générale.\n\n"
              "La directrice générale dépose le rapport des dépenses autorisées.", "fr")
    assert acts(got)[-1] == ("directrice générale", "Bouchard", "presents")


def test_a_clerk_named_in_attendance_reads_the_correspondence():
    got = run("Present: Cllr Hugh Benton (Chair), Cllr Ria Dale.\n"
              "In attendance: Mrs Tessa Moyle (Clerk).\n\n"
              "The Clerk read the correspondence received since the last meeting.", "en")
    assert acts(got)[-1] == ("Clerk", "Moyle", "speaks")


def test_a_speaker_named_with_an_address_chairs():
    got = run("Madam Speaker Councillor Lorna Pym took the chair.\n\n"
              "Madam Speaker called the meeting to order at 9:30 a.m.", "en")
    assert acts(got) == [("Councillor Lorna Pym", "Pym", "chairs"), ("Speaker", "Pym", "chairs")]


def test_an_office_or_a_role_after_an_agent_reads_in_an_impersonal_sentence():
    got = run("ASISTENTES: Presidente, D. Anselmo Villar Riera; Secretaria, Dña. Paula Oms Vidal.\n\n"
              "Por Secretaría se da lectura del acta de la sesión anterior.\n\n"
              "Por el Presidente se informa de las obras del polideportivo.", "es")
    assert acts(got)[-2:] == [("Secretaría", "Oms Vidal", "speaks"), ("Presidente", "Villar Riera", "speaks")]


def test_an_agent_without_an_impersonal_verb_is_no_act():
    got = run("ASISTENTES: Secretaria, Dña. Paula Oms Vidal.\n\n"
              "Por Secretaría pasaron todos los expedientes del año.", "es")
    assert acts(got) == []


def test_a_role_nobody_holds_is_a_person_keyed_by_role_and_body():
    got = run("Présents : M. Aimé Roussel, M. Jules Farge.\n\n"
              "La secrétaire de séance donne lecture du procès-verbal.", "fr", body="Conseil municipal de Vaubreuil")
    role = got[-1]
    assert (role.name_as_written, role.family_name, role.kind, role.affiliation) == (
        "secrétaire de séance", None, "speaks", "Conseil municipal de Vaubreuil")
    people, _ = interventions_to_people(got)
    assert any(p.name == "secrétaire de séance (Conseil municipal de Vaubreuil)" for p in people)


def test_a_role_several_people_hold_is_nobody():
    got = run("Present: Cllr Ann Ross (Vice-Chair), Cllr Bob Tate (Vice-Chair).\n\n"
              "The Vice-Chair read the notice.", "en")
    assert acts(got) == []


def test_a_masthead_field_names_the_clerk_whose_turns_follow():
    got = run("OFFICIAL REPORT\nSpeaker: Hon. Maria Lopes\nClerk: Daniel Ferris\n\n"
              "The Speaker: Order, please.\nThe Clerk read the motion.", "en")
    assert ("Clerk", "Ferris", "speaks") in acts(got)


def test_a_hyphenated_office_names_its_holder_and_chairs():
    got = run("ASISTENTES:\nAlcalde-Presidente: D. Fermín Roldán Ayala\n"
              "Secretario-Interventor: D. Tomás Lleó Barba\n\n"
              "Por el Secretario se da lectura del dictamen.", "es")
    assert [(i.family_name, i.kind, i.role) for i in got] == [
        ("Roldán Ayala", "chairs", "Alcalde-Presidente"), ("Lleó Barba", "attends", "Secretario-Interventor"),
        ("Lleó Barba", "speaks", "Secretario")]


def test_an_act_verb_after_an_opening_clause_makes_the_name_after_it_speak():
    got = run("Abierto el debate, intervino la concejala Dña. Rosa Peral Mena, portavoz del "
              "Grupo Independiente, quien señaló que el presupuesto es bueno.", "es")
    assert [(i.family_name, i.kind) for i in got] == [("Peral Mena", "speaks")]
