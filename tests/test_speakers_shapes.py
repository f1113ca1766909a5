"""Speakers in the shapes board minutes, transcripts and Mexican actas give them; each on a
sentence invented for the test."""

from extractors.speakers import document_to_interventions, find_names
from pipeline.text import document_from_text


def run(text, lang):
    return document_to_interventions(document_from_text(text, language=lang), None)


def acts(text, lang):
    return {(i.family_name, i.kind) for i in run(text, lang)}


def test_a_role_and_a_family_name_moving_and_seconding_in_their_own_clauses():
    text = "Trustee Brannigan moved to adopt the levy; Trustee Okonkwo seconded."
    assert acts(text, "en") == {("Brannigan", "speaks"), ("Okonkwo", "speaks")}
    text = "Commissioner Halvorsen then asked about the culvert. Director General stated nothing."
    assert acts(text, "en") == {("Halvorsen", "speaks")}


def test_mover_and_seconder_labels_end_the_name_before_them():
    got = acts("Proposed: Cllr Whitcombe  Seconded: Cllr Aldous\nThe accounts were received.", "en")
    assert got == {("Whitcombe", "presents"), ("Aldous", "speaks")}
    got = acts("Proposé par : M. Castagnet\nAppuyé par : Mme Lheureux\nAdopté à l'unanimité.", "fr")
    assert got == {("Castagnet", "presents"), ("Lheureux", "speaks")}


def test_capitalised_transcript_labels_with_a_role():
    text = ("CHAIRMAN PRENDERGAST: The committee will come to order.\n\n"
            "SENATOR ALVARADO: Thank you.\n")
    assert acts(text, "en") == {("PRENDERGAST", "speaks"), ("ALVARADO", "speaks")}


def test_a_role_label_naming_its_holder_in_brackets_and_a_dash_label():
    text = "Sr. PRESIDENTE (Villaseñor).- Se abre la sesión.\n\nSr. ECHEVERRÍA.- Pido la palabra.\n"
    got = {(i.family_name, i.kind, i.role) for i in run(text, "es")}
    assert ("Villaseñor", "speaks", "PRESIDENTE") in got and ("ECHEVERRÍA", "speaks", None) in got
    assert all(f != "PRESIDENTE" for f, _, _ in got)


def test_the_mexican_c_honorific_and_degree_fields():
    got = acts("Hizo uso de la palabra el C. Anselmo Quintanar Ruelas, quien expuso el informe.", "es")
    assert got == {("Quintanar Ruelas", "speaks")}
    got = {(i.family_name, i.kind, i.role) for i in run(
        "La C. Regidora Maricela Duarte Olguín solicitó la palabra.", "es")}
    assert got == {("Duarte Olguín", "speaks", "Regidora")}
    got = [(n.honorific, n.family) for n in find_names("Firmó el Dr. en C. Eliseo Garza Ponce.", "es")]
    assert got == [("Dr.", "Garza Ponce")]
    assert find_names("Ver el punto C. Presupuesto, pues el presupuesto cambia.", "es") == []


def test_a_vote_box_mover_stops_before_the_seconder_label():
    got = acts("MOVED BY: Thornbury   SECONDED BY: Vasquez\nCarried unanimously.", "en")
    assert got == {("Thornbury", "presents"), ("Vasquez", "speaks")}


def test_a_role_and_name_after_a_comma_or_a_conjunction_open_their_own_clause():
    got = acts("Councilmember Nakagawa moved approval, Councilmember Ferreira seconded, and the "
               "motion passed 4-1 (Nakagawa, Ferreira, Ruiz and Bell in favor).", "en")
    assert {("Nakagawa", "speaks"), ("Ferreira", "speaks")} <= got
    got = acts("La Síndica Procuradora clausuró la sesión.", "es")
    assert got == set()
    got = acts("El regidor Galindo propuso aprobar el acta y la regidora Urquiza secundó la "
               "propuesta. Votaron a favor: Galindo, Urquiza y Soto.", "es")
    assert {("Galindo", "speaks"), ("Urquiza", "speaks")} <= got


def test_transcript_labels_with_the_holder_in_brackets_or_a_determiner_first():
    got = {(i.family_name, i.kind) for i in run("The CHAIRMAN (Mr. Whitlock): The meeting is open.\n", "en")}
    assert got == {("Whitlock", "speaks")}
    got = [(i.role, i.kind) for i in run("El Sr. PRESIDENTE.- Tiene la palabra el diputado.\n", "es")]
    assert got == [("PRESIDENTE", "speaks")]
    got = run("El PRESIDENTE (Francia).- Se abre la sesión.\n", "es")
    assert all(i.family_name != "Francia" for i in got)


def test_two_label_pairs_on_one_line_and_irish_particles():
    got = acts("Proposed: Orla Breen Seconded: Seosamh Ó Ceallaigh\nThe accounts were adopted.", "en")
    assert got == {("Breen", "presents"), ("Ó Ceallaigh", "speaks")}
    text = ("The Company Secretary, Gráinne Ní\nDhuibhir, confirmed that notice had been given.")
    assert acts(text, "en") == {("Ní Dhuibhir", "speaks")}
    got = {(i.family_name, i.country) for i in run("M. Ould Salem (Mauritanie) appuie la proposition.", "fr")}
    assert got == {("Ould Salem", "Mauritanie")}


def test_a_role_qualified_by_capitalised_words_introduces_its_subject():
    text = ("The Town Clerk, Marjorie Pelletier, reported that the warrant was posted. Town "
            "Administrator Felix Aubin answered a question. Fire Chief Ronan Dube said the engine "
            "is old. The Moderator stepped down, and Deputy Moderator Ines\nKarlsson presided.")
    assert acts(text, "en") == {("Pelletier", "speaks"), ("Aubin", "speaks"), ("Dube", "speaks"),
                                ("Karlsson", "chairs")}


def test_a_word_qualifying_a_role_in_a_list_and_a_resolution_opener_are_nobody():
    text = ("Present: Trustees Lindqvist, Okafor and Brandão; Student Trustee Ayesha\nQureshi\n\n"
            "THAT By-law No. 2025-07 be passed. The by-law was read.")
    names = {i.family_name for i in run(text, "en")}
    assert "Student" not in names and "THAT" not in names and "Qureshi" in names


def test_a_qualified_role_label_is_its_holder_named_with_that_role():
    text = ("STAFF: Odile Brennan, Committee Counsel; Ms. Dana Harper, Committee Secretary.\n\n"
            "COMMITTEE SECRETARY: Senator Price, present.\n")
    got = {(i.family_name, i.kind) for i in run(text, "en")}
    assert ("Harper", "speaks") in got


def test_a_known_given_and_family_name_acting_is_a_person_whatever_the_ner_says():
    got = acts("A (CEO): Fergal Tuohy said that all but about €20,000 is tied to the Lough Derg "
               "and river\nprojects.", "en")
    assert ("Tuohy", "speaks") in got


def test_a_role_written_on_with_a_qualifier_and_a_note_is_its_named_holder():
    text = ("Actúa como Ministro de Fe el Secretario\nMunicipal (S), don Óscar Letelier Vidal.\n\n"
            "El Secretario Municipal (S) da lectura a la solicitud del club.")
    got = {(i.family_name, i.kind, i.role) for i in run(text, "es")}
    assert ("Letelier Vidal", "speaks", "Secretario Municipal") in got


def test_a_conditional_wish_to_know_is_speech():
    got = acts("Mme Ndzana (Cameroun) souhaiterait savoir si l'étude sera achevée.", "fr")
    assert got == {("Ndzana", "speaks")}


def test_a_name_after_a_semicolon_with_its_verb_left_out_takes_the_act_before():
    got = acts("Mme Agbodjan (Bénin) présente la candidature de Cotonou ; M. Amegah (Togo) celle "
               "de Lomé.", "fr")
    assert got == {("Agbodjan", "presents"), ("Amegah", "presents")}
    got = acts("Ms. Varga asked about the levy; Mr. Holt about the bridge.", "en")
    assert got == {("Varga", "speaks"), ("Holt", "speaks")}
    got = acts("The grant was given to Ms. Varga; Mr. Holt was absent.", "en")
    assert got == {("Varga", "mentioned"), ("Holt", "mentioned")}


def test_an_engineer_only_named_and_a_company_suffix():
    got = acts("State Engineer Harold Vance has submitted written testimony. The Lakeside Heritage "
               "Trust CLG sent a letter.", "en")
    assert got == {("Vance", "mentioned")}


def test_an_upper_case_family_opened_by_a_particle_stays_a_name():
    got = acts("Le conseiller le plus jeune, à savoir Maëlle LE FLOC'H qui procède à l'appel.", "fr")
    assert got == {("LE FLOC'H", "speaks")}


def test_acts_seen_in_board_minutes():
    got = acts("Dr Kemi Adeyemi declared an interest in item 4. Ms Ruth Halloran offered to run a "
               "stall. The meeting was opened at 10.00 am by the Vice-Chair, Mr Declan Marlow.", "en")
    assert got == {("Adeyemi", "speaks"), ("Halloran", "speaks"), ("Marlow", "chairs")}
    assert acts("M. Bastien FOURCADE a rendu compte de la réunion avec la commune.", "fr") == {
        ("FOURCADE", "speaks")}
