"""Speakers on forms met in real minutes, each on a sentence invented for the test."""

from extractors.speakers import document_to_interventions, find_names
from pipeline.text import document_from_text


def run(text, lang):
    return document_to_interventions(document_from_text(text, language=lang), None)


def people(text, lang):
    return {(i.family_name, i.kind) for i in run(text, lang)}


def test_spanish_full_names_in_running_text_without_a_ner_model():
    got = people("Se contrató al arquero Tomás Ferreyra y se renovó con Hugo Lucero y "
                 "Matías Rodríguez hasta 2026.", "es")
    assert got == {("Ferreyra", "mentioned"), ("Lucero", "mentioned"), ("Rodríguez", "mentioned")}


def test_spanish_places_streets_and_name_pieces_shaped_like_names_are_nobody():
    text = ("La sede queda en Felipe Anselmo Ruiz 420. Llegaron delegados de Santiago del "
            "Estero y del taller celebrado en Siem Reap sobre el Paris Agreement. Vinieron de "
            "San Isidro. Se invitó a las alumnas del Rosa Elvira Cano de Girardota. "
            "Firmó el M.S.C. Arturo R Ortiz Lara.")
    names = {w for i in run(text, "es") for w in f"{i.given_name} {i.family_name}".split()}
    assert not names & {"Anselmo", "Ruiz", "Santiago", "Isidro", "Elvira", "Cano", "Siem", "Paris"}


def test_surname_first_list_wraps_and_names_readable_either_way():
    got = run("Se reúne la Junta con la presencia del presidente Ledesma Carlos, el tesorero "
              "Benedetto Ernesto, el vocal Quiroga Ramiro, Ferrante Luciana, Benavídez\nAurelio, "
              "Soria Martina\ny Peralta Gonzalo.", "es")
    assert {(i.family_name, i.given_name) for i in got} >= {
        ("Benedetto", "Ernesto"), ("Benavídez", "Aurelio"), ("Ferrante", "Luciana")}


def test_a_vote_tally_opens_no_list_of_voters():
    text = ("Vote du budget annexe :\n12 pour\n\n3/ Travaux forestiers SIEL année 2024 :\n\n"
            "Prolongation du contrat.\n12 pour\n\n4/ Reprise des concessions\n\nAccord.")
    assert run(text, "fr") == ()


def test_a_total_column_is_nobody():
    text = "Votos Afirmativos Negativos Abstenciones Presidente Desempate Total\n78 40 2 0 120\n"
    assert run(text, "es") == ()


def test_a_middle_initial_undotted_or_after_a_particle_stays_in_the_name():
    got = [(n.given, n.family) for n in find_names(
        "We thank Mr. Victor K Donnelly, a former councillor.", "en")]
    assert got == [("Victor K", "Donnelly")]
    got = [(n.given, n.family) for n in find_names(
        "4. Mtra. Rocío de L. Mendoza Treviño Jefa de la Unidad de Radio", "es")]
    assert got == [("Rocío de L.", "Mendoza Treviño")]
    assert [(n.given, n.family) for n in find_names("Votó la Sra. Ruiz A Favor.", "es")] == [
        (None, "Ruiz")]


def test_two_words_of_one_fuller_name_are_that_person():
    text = ("Asistentes:\nRosa Amelia Quiroz Betancur\nJosé Tomás Lema Restrepo\n\n"
            "Intervino el concejal José Tomás:\n\n“Gracias.”\n\n"
            "La concejala Rosa Quiroz pidió la palabra.")
    got = {(i.family_name, i.kind) for i in run(text, "es")}
    assert got == {("Quiroz Betancur", "attends"), ("Lema Restrepo", "attends"),
                   ("Quiroz Betancur", "speaks"), ("Lema Restrepo", "speaks")}


def test_a_heading_over_headed_lists_and_a_long_heading():
    text = ("Les membres :\n\nÉtaient présents pour représenter le comité de quartier de Vienne : "
            "Odile, Gaston, Lucie.\n\nÉtaient présents pour représenter la fédération "
            "départementale et les clubs sportifs de l'Isère : Gilles,\nMaud et Hervé.\n\n"
            "Déroulement :\n\nLa séance est ouverte.")
    got = {(i.given_name or i.family_name, i.kind) for i in run(text, "fr")}
    assert got == {(n, "attends") for n in ("Odile", "Gaston", "Lucie", "Gilles", "Maud", "Hervé")}


def test_a_roll_call_line_with_an_unknown_given_name_or_an_italian_particle():
    text = ("Apellido y Nombre Bloque Provincia Voto\n"
            "QUIÑÓNEZ, Eustaquio Ramiro Frente Cívico Salta AFIRMATIVO\n"
            "di BENEDETTO, Graciela Movimiento Popular Neuquén AUSENTE\n"
            "ZAPATA, Olga Beatriz Partido Socialista Santa Fe NEGATIVO\n")
    got = {(i.family_name, i.given_name) for i in run(text, "es")}
    assert got == {("QUIÑÓNEZ", "Eustaquio Ramiro"), ("di BENEDETTO", "Graciela"),
                   ("ZAPATA", "Olga Beatriz")}


def test_a_first_name_outside_the_roster_of_first_name_minutes():
    text = ("Présents : Odile, Gaston, Lucie, Hervé, Maud.\n\n"
            "Un comité est formé : Odile (pilote) / Solène / Gaston.\n"
            "La secrétaire de mairie Ginette était présente.\n"
            "Le voyage à Florence est prévu\nJuin, après la fête de Pâques.")
    got = {i.given_name for i in run(text, "fr")}
    assert {"Solène", "Ginette"} <= got
    assert not got & {"Avril", "Juin", "Florence", "Pâques"}


def test_initials_in_a_list_and_a_french_attendance_verb_heading():
    got = {(i.family_name, i.kind) for i in run(
        "Regrets: Dana Pike.\nIn attendance: T. Okafor (Clerk), B. Lindqvist.", "en")}
    assert got == {("Pike", "excused"), ("Okafor", "attends"), ("Lindqvist", "attends")}
    got = {(i.family_name, i.kind) for i in run(
        "Assistaient à la séance : Mmes Irène VIDAL, Odile MARCHAND ; M. Paul ROUSSEL.", "fr")}
    assert got == {("VIDAL", "attends"), ("MARCHAND", "attends"), ("ROUSSEL", "attends")}


def test_a_role_closing_the_line_above_is_not_the_next_items_and_gendered_role_labels():
    text = ("ASISTENTES:\nLic. Nora Beltrán Ochoa, Presidenta\nIng. Raúl Zepeda Mora, Secretario\n\n"
            "LA PRESIDENTA: Buenos días.\n\nLA SECRETARIA: Hay quórum.")
    got = [(i.name_as_written, i.family_name, i.role, i.kind) for i in run(text, "es")]
    assert ("Ing. Raúl Zepeda Mora", "Zepeda Mora", "Secretario", "attends") in got
    assert ("LA PRESIDENTA", "Beltrán Ochoa", "PRESIDENTA", "speaks") in got
    assert ("LA SECRETARIA", "Zepeda Mora", "SECRETARIA", "speaks") in got


def test_an_honorific_in_capitals_names_a_turn_label_only():
    got = [(i.name_as_written, i.family_name, i.kind) for i in run(
        "COUNCILLOR OKAFOR: I second that.\n\nMADAM CHAIR: Thank you.", "en")]
    assert ("COUNCILLOR OKAFOR", "OKAFOR", "speaks") in got
    assert not any(i.family_name for i in run("MONSIEUR LE MAIRE : Merci.\n\nDON BOSCO ES UN "
                                              "COLEGIO SALESIANO.\n\nSR. PRESIDENTE: Bien.", "fr"))
    got = [(i.family_name, i.kind) for i in run("SRA. VILLALBA: De acuerdo.", "es")]
    assert got == [("VILLALBA", "speaks")]


def test_two_words_never_join_a_fuller_name_closed_by_an_article():
    text = ("Présents : Mme Odile\nRenaud-Vasseur (présidente), M. Yann Corre.\n\n"
            "Mme Odile Renaud-Vasseur ouvre la séance.\n\n"
            "La présidente, Odile Renaud-Vasseur La secrétaire, Anne Gall")
    got = {(i.family_name, i.kind) for i in run(text, "fr") if i.kind != "mentioned"}
    assert got == {("Renaud-Vasseur", "attends"), ("Renaud-Vasseur", "chairs"), ("Corre", "attends")}


def test_a_turn_label_with_the_speakers_office_in_brackets():
    text = ("Mr. Arjun Malhotra (Cedar Point): Madam Speaker, I rise today.\n\n"
            "Hon. Clara Voss (Minister of Health): I thank the member.")
    assert {(i.family_name, i.kind) for i in run(text, "en")} == {
        ("Malhotra", "speaks"), ("Voss", "speaks")}


def test_a_tier_before_an_honorific_keeps_the_subject():
    text = "County Cllr Tregear reported on the bus route. District Cllr Penhale asked why."
    assert {(i.family_name, i.kind) for i in run(text, "en")} == {
        ("Tregear", "presents"), ("Penhale", "speaks")}


def test_mover_after_a_title_and_its_article_and_a_name_before_capital_conjunction():
    text = ("IL EST PROPOSÉ PAR Mme la conseillère Sylvie Garneau, APPUYÉ PAR M. le conseiller "
            "Michel Pelletier ET RÉSOLU À L'UNANIMITÉ d'adopter l'ordre du jour.")
    assert {(i.family_name, i.kind) for i in run(text, "fr")} == {
        ("Garneau", "presents"), ("Pelletier", "speaks")}
