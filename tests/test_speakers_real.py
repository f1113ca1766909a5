"""Speakers as real minutes write them (invented sentences): speech turns, attendance,
movers and seconders, one person written several ways, subjects, and the hansard's turns
against another project's hand-checked parse."""

from __future__ import annotations

import pytest

from extractors.speakers import document_to_interventions
from pipeline.text import document_from_text
from test_speakers import SHARED, run   # shared helpers


# ------------------------------------------------------------------ speech turns


def _turns(found):
    return [(i.name_as_written, i.family_name, i.role, i.kind) for i in found
            if i.kind == "speaks"]


def test_a_role_label_opens_a_turn_of_the_holder_the_roll_call_names():
    found = run("ROLL CALL\n\nClerk: Madam Speaker Councillor Okonkwo, Councillor Tan.\n\n"
                "Madam Speaker: The meeting will come to order.\n\n"
                "Councillor Tan: Thank you, Madam Speaker.\n\n"
                "Madam Speaker: Councillor Tan.\n\nClerk: By-law No. 4/2031.", "en")
    turns = _turns(found)
    assert turns.count(("Madam Speaker", "Okonkwo", "Speaker", "speaks")) == 2
    assert ("Councillor Tan", "Tan", None, "speaks") in turns
    # nobody is named clerk: the turns belong to a person known only by the role
    assert turns.count(("Clerk", None, "Clerk", "speaks")) == 2


def test_a_chair_role_label_is_the_chairs_and_other_roles_stay_role_only():
    found = run("Séance présidée par Mme Hélène VIDAL.\n\n"
                "— La Présidente : Je déclare la séance ouverte.\n\n"
                "— M. Paul RIVIÈRE : Merci, madame la présidente.\n\n"
                "M. le secrétaire. – L'ordre du jour est adopté.", "fr")
    turns = _turns(found)
    assert ("La Présidente", "VIDAL", "Présidente", "speaks") in turns
    assert ("M. Paul RIVIÈRE", "RIVIÈRE", None, "speaks") in turns
    assert ("M. le secrétaire", None, "secrétaire", "speaks") in turns


def test_a_field_names_the_holder_and_turns_may_name_the_speaker_last():
    found = run("Presidente: Dr. Tomás IBARRA\nSecretaria: Lic. Rosa PAREDES\n\n"
                "Intervino el presidente:\n\n“Damos inicio a la sesión.”\n\n"
                "Intervino de Fundación Horizonte, Lucía Ferrer Ortiz:\n\n“Gracias.”\n\n"
                "Video de la intervención del director de la Red de Huertos de\n"
                "Castilla, Andrés Molina Prieto:\n\n“Buenos días.”", "es")
    kinds = {(i.family_name, i.kind) for i in found}
    assert ("IBARRA", "chairs") in kinds              # the president's field: he chairs
    assert ("PAREDES", "speaks") not in kinds         # a field is no turn
    turns = _turns(found)
    assert ("el presidente", "IBARRA", "presidente", "speaks") in turns
    assert ("Lucía Ferrer Ortiz", "Ferrer Ortiz", None, "speaks") in turns
    assert ("Andrés Molina Prieto", "Molina Prieto", None, "speaks") in turns


# ------------------------------------------------------------------ attendance


def _kinds(found):
    return {(i.family_name or i.given_name, i.kind) for i in found}


def test_attendance_headings_plural_titles_initials_and_vote_lists():
    found = run("Present\n\nCouncillors D Hartley (Chair) K Moss, A Pryce and\nL Dunn Clerk T Varga\n"
                "Members of the Public - Three Members\n\n7.1 Apologies\n\nJoan Whitaker, Highways\n\n"
                "AYES: Moss, Pryce, Dunn\nABSENT: Quill\nNAYS: None", "en")
    assert _kinds(found) == {("Hartley", "attends"), ("Moss", "attends"), ("Pryce", "attends"),
                             ("Dunn", "attends"), ("Varga", "attends"), ("Whitaker", "excused"),
                             ("Quill", "absent"), ("Hartley", "chairs")}    # the chair present chairs
    assert {i.role for i in found if i.family_name == "Hartley"} == {"Chair"}


def test_a_roll_call_table_gives_each_row_its_status():
    found = run("Member Title Status\n\nMaria Lindqvist Commissioner Present\n"
                "Tomas Berg Commissioner Absent\nNadia Osei Alternate Late 7:10 p.m.\n\n"
                "Commissioner Maria Lindqvist opened the meeting.", "en")
    assert _kinds(found) == {("Lindqvist", "attends"), ("Berg", "absent"), ("Osei", "attends"),
                             ("Lindqvist", "chairs")}
    es = run("Diputado Bloque Provincia Voto\n"
             "ALBARRACÍN, Ernesto Julio Frente Popular Salta AFIRMATIVO\n"
             "del CASTILLO, Marta Inés Unión Cívica Jujuy NEGATIVO\n"
             "QUINTANA de ROSSI, Elsa Frente Popular Buenos Aires AUSENTE\n"
             "Presidente: ZABALA, Ramiro Hugo", "es")
    assert _kinds(es) == {("ALBARRACÍN", "attends"), ("del CASTILLO", "attends"),
                          ("QUINTANA de ROSSI", "absent"), ("ZABALA", "chairs")}


def test_attendance_phrases_in_running_text_and_surname_first_lists():
    es = run("Se reúne la Comisión con la presencia del presidente Ferrante Luis, el tesorero "
             "Quiroga Ana María y los vocales Bellomo Jorge, Sartori Elena.\n\n"
             "ASISTENTES: Mariana Duque Restrepo\nEsteban Ríos Henao\n"
             "El secretario informó que había quórum.", "es")
    assert {(i.given_name, i.family_name, i.kind) for i in es} == {
        ("Luis", "Ferrante", "attends"), ("Luis", "Ferrante", "chairs"), ("Ana María", "Quiroga", "attends"),
        ("Jorge", "Bellomo", "attends"), ("Elena", "Sartori", "attends"),
        ("Mariana", "Duque Restrepo", "attends"), ("Esteban", "Ríos Henao", "attends")}
    en = run("Opening\n\nPriya, Tobias, Lorenzo and Greta were in attendance. "
             "Apologies were received from Mirela.\n\nTobias presented the budget.", "en")
    assert _kinds(en) >= {("Priya", "attends"), ("Tobias", "attends"), ("Tobias", "presents"),
                          ("Mirela", "excused")}


def test_proxies_and_names_split_by_a_line_break_in_french_lists():
    fr = run("Étaient présents pour représenter le club : Odile, Firmin, Gaspard et Lucie.\n\n"
             "Etaient présents :\n\nPaul KERMARREC – Annaïg\nLE DREF – Yann MORVAN\n\n"
             "Excusés : Mme Irène PONS (pouvoir à Mme Lucie MARTEL).\n"
             "Absents non excusés : M. Théo GRAS.", "fr")
    assert _kinds(fr) >= {("Odile", "attends"), ("Gaspard", "attends"), ("KERMARREC", "attends"),
                          ("LE DREF", "attends"), ("MORVAN", "attends"), ("PONS", "excused"),
                          ("MARTEL", "attends"), ("GRAS", "absent")}


# ------------------------------------------------------------------ movers and seconders


def test_movers_and_seconders_act_in_sentences_vote_boxes_and_codes():
    en = run("Motion by Director Lindgren, seconded by Director Okafor, to approve the budget.\n\n"
             "RESULT: APPROVED\n\nMOTION BY: Vasquez\n\nSECOND: Lindgren\nAYES: Vasquez, Lindgren\n\n"
             "M/S/C Halloran/Okafor to adjourn. The second reading was deferred as proposed by the "
             "Director-General.", "en")
    acts = {(i.family_name, i.kind) for i in en if i.kind in ("presents", "speaks")}
    assert acts == {("Lindgren", "presents"), ("Okafor", "speaks"), ("Vasquez", "presents"),
                    ("Lindgren", "speaks"), ("Halloran", "presents")}
    fr = run("Sur proposition de M. Gilles DUPRAT, appuyé par Mme Sylvie ROCHE, le conseil adopte.", "fr")
    assert {(i.family_name, i.kind) for i in fr} == {("DUPRAT", "presents"), ("ROCHE", "speaks")}
    es = run("A propuesta del concejal Berrocal, secundado por la concejala Ibarguren, se aprueba.", "es")
    assert {(i.family_name, i.kind) for i in es} == {("Berrocal", "presents"), ("Ibarguren", "speaks")}


# ------------------------------------------------------------------ one person, several writings


def _families(found):
    return {(i.given_name, i.family_name) for i in found}


def test_a_surname_first_list_and_the_text_name_one_person():
    es = run("Se reúne la Comisión con la presencia del presidente Ferrante Luis, el tesorero "
             "Quiroga Ana y el vocal Bellomo Jorge.\n\n"
             "El Presidente Luis Ferrante informó sobre las obras.", "es")
    assert ("Luis", "Ferrante") in _families(es) and ("Ferrante", "Luis") not in _families(es)


def test_a_first_surname_or_a_shorter_family_is_the_full_name_written_elsewhere():
    es = run("Presentes: Ing. Tomás Ugalde Rincón, Lic. Marta Ibáñez Cortés.\n\n"
             "El Ing. Ugalde agregó que se difundió el informe.\n\n"
             "Intervino la secretaria de Salud, Marta Ibáñez:\n\n“Gracias.”", "es")
    assert {i.family_name for i in es} == {"Ugalde Rincón", "Ibáñez Cortés"}


def test_two_closing_words_and_two_opening_words_of_a_longer_name():
    en = run("Member Title Status\nPeter Grant Holloway Commissioner Present\n"
             "Ada Quist Commissioner Present\nLena Moor Commissioner Absent\n\n"
             "MOTION BY: Grant Holloway\nSECOND: Quist", "en")
    assert {i.family_name for i in en if i.kind == "presents"} == {"Grant Holloway"}
    es = run("ASISTENTES: Luis Miguel de la Peña Sarmiento\nRocío Alba Quintana\n\n"
             "Intervino de la Fundación Alba, Luis Miguel Otálora:\n\n“Gracias.”", "es")
    assert ("Luis Miguel", "Otálora") in _families(es)


def test_a_bare_first_name_is_completed_by_the_report():
    fr = run("Étaient présents : Odile, Firmin, Gaspard.\n\nLe bureau est constitué de :\n\n"
             "- Odile MARCHAL – Présidente\n\nOdile présente le bilan.", "fr")
    assert {i.family_name for i in fr if i.given_name == "Odile"} == {"MARCHAL"}
    en = run("Daniel, Innes, Tristan and Priya were in attendance.\n\nInnes presented the plan.\n\n"
             "Committee notes\n\nInnes Rowbotham\n\n11th March", "en")
    assert {(i.family_name, i.kind) for i in en if i.given_name == "Innes"} >= {("Rowbotham", "presents")}


# ------------------------------------------------------------------ subjects as real minutes write them


def test_subjects_with_an_apposition_a_relative_pronoun_or_an_opening_adverbial():
    en = run("Budget review\n\nPatricia Hensley, Deputy Town Manager, made a presentation.", "en")
    assert ("Hensley", "presents") in _kinds(en)
    fr = run("Il nomme un secrétaire de séance, à savoir Lise KERBRAT qui procède à l'appel.\n\n"
             "Le chauffage a été réparé, à cet effet M. Dorval indique que le devis est signé.", "fr")
    assert {("KERBRAT", "speaks"), ("Dorval", "speaks")} <= _kinds(fr)
    es = run("4.- El Tesorero Ramiro Ocampo informó sobre el balance.\n\n"
             "II. Respecto al segundo punto del orden del día, la M.D.O. Irene Saldívar de\n"
             "la Peña, Jefa de la Sección, informó lo siguiente.", "es")
    assert {("Ocampo", "speaks"), ("Saldívar de la Peña", "speaks")} <= _kinds(es)


def test_a_chair_role_names_its_holder_whatever_its_wording():
    en = run("Present\n\nCouncillors B Ashdown (Chair), C Lyle\n\n"
             "The Chairman brought the meeting to a close at 8.25pm", "en")
    assert ("Ashdown", "chairs") in _kinds(en)
    fr = run("Le bureau est ainsi constitué :\n\n- Margaux FAVIER – Présidente\n- Noé ROCHAT – Trésorier\n\n"
             "La Présidente déclare la séance ouverte.", "fr")
    assert ("FAVIER", "chairs") in _kinds(fr)


def test_a_signature_block_in_capitals_splits_given_and_family_names():
    es = run("Atentamente\n\nM.S.C. ERNESTO JAVIER ROBLES ANAYA SECRETARIO", "es")
    assert [(i.given_name, i.family_name) for i in es] == [("ERNESTO JAVIER", "ROBLES ANAYA")]


def test_full_names_in_running_text_are_named_but_eponyms_are_not():
    en = run("The team led by Laura Brennan and Thomas Ridley did an outstanding job. "
             "The final was held at the Thomas Ridley Arena on Whyte Avenue.", "en")
    assert {(i.family_name, i.kind) for i in en} == {("Brennan", "mentioned"), ("Ridley", "mentioned")}


def test_a_middle_initial_and_a_capitalised_line_that_is_no_family_name():
    es = run("Presentes: MSC. Arturo R. Salcedo Ibarra, Secretario del Consejo.", "es")
    assert [(i.given_name, i.family_name) for i in es] == [("Arturo R.", "Salcedo Ibarra")]
    fr = run("Le conseil accepte d'acheter le garage de Mme Vautrin\nET DE PRENDRE en charge les frais "
             "de notaire, et de prendre contact avec elle.", "fr")
    assert [(i.given_name, i.family_name) for i in fr] == [(None, "Vautrin")]


HANSARD = SHARED / "external" / "minutes" / "en" / "winnipeg_hansard_2014-04-30.pdf"
HANSARD_REF = HANSARD.with_suffix(".reference.json")


@pytest.mark.skipif(not HANSARD_REF.exists(), reason="../shared is absent")
def test_nine_in_ten_hansard_speech_turns_are_recorded_at_their_label():
    """Another project's hand-checked parse lists the hansard's speech turns: each must be
    a speaks row just before the turn's first words, of the person the report names."""
    import json
    import re
    from dataclasses import replace

    from extractors.pdf import read_pdf
    from pipeline.text import fold
    ref = json.loads(HANSARD_REF.read_text(encoding="utf-8"))
    doc = replace(read_pdf(HANSARD), language="en")
    speaks = [i for i in document_to_interventions(doc, None) if i.kind == "speaks"]
    keep = [k for k, ch in enumerate(doc.text) if re.match(r"\w", fold(ch) or " ")]
    flat = "".join(fold(doc.text[k]) for k in keep)
    hit = total = pos = 0
    for turn in (t for t in ref["hansard"] if t["type"] == "speaker"):
        total += 1
        k = flat.find(re.sub(r"\W+", "", fold(turn["spoken"]))[:40], pos)
        if k < 0:
            continue
        pos, at = k + 1, keep[k]
        who = ref["meta"]["meeting_speaker"] if turn["name"] == "Madam Speaker" else turn["name"].split()[-1]
        hit += any(at - 80 <= i.prov.start < at and (fold(i.family_name or "").endswith(fold(who))
                                                     or not i.family_name and fold(i.role or "") == fold(turn["name"]))
                   for i in speaks)
    assert hit / total >= 0.9, f"{hit}/{total} turns recorded"


@pytest.mark.parametrize("text,lang", [
    ("Dana Whitfield discussed the idea of moving the archive.", "en"),
    ("Mme Odile FERRAND a discuté de la proposition de calendrier.", "fr"),
    ("El Dr. Tomás Ibarra Soler discutió la propuesta de calendario.", "es"),
])
def test_someone_who_discusses_speaks(text, lang):
    assert [i.kind for i in run(text, lang)] == ["speaks"]


def test_a_list_item_under_a_heading_opens_its_own_clause():
    # the heading lines carry no period, so the sentence began on them ("Topics Discussed")
    text = ("2. Topics Discussed\n1. Moving the archive to a new host\n○ Summary:\n"
            "i. Dana Whitfield discussed the idea and\nprovided the following reasons:\n")
    assert [(i.family_name, i.kind) for i in run(text, "en")] == [("Whitfield", "speaks")]


def test_spanish_degree_titles_are_honorifics():
    text = ("La sesión fue presidida por el Rector, Dr. en C. Ramiro Olvera Tapia. Asistió la "
            "Esp. en AP. Luisa Carvajal Núñez. El M. en C. Rodrigo Salas Mena presentó el informe.")
    got = [(i.honorific, i.family_name, i.kind) for i in run(text, "es")]
    assert got == [("Dr.", "Olvera Tapia", "chairs"), ("Esp. en AP.", "Carvajal Núñez", "mentioned"),
                   ("M. en C.", "Salas Mena", "presents")]


@pytest.mark.parametrize("text,lang,expected", [
    ("El tesorero Luis FERRO informó sobre el balance, y la Sra. Marta KOWALCZYK explicó la propuesta.",
     "es", [("FERRO", "speaks"), ("KOWALCZYK", "speaks")]),
    ("M. Luc FERRO a présenté le bilan, et Mme Anne KOWALSKI a expliqué la proposition.",
     "fr", [("FERRO", "presents"), ("KOWALSKI", "speaks")]),
    ("The Chair thanked Ms Ann Lee, and Dr Sam Ortiz said the work was done.",       # the Chair,
     "en", [(None, "speaks"), ("Lee", "mentioned"), ("Ortiz", "speaks")]),          # named nowhere
    ("The Chair thanked Ms Ann Lee, Mr Tom Reed, and Dr Sam Ortiz for their reports.",
     "en", [(None, "speaks"), ("Lee", "mentioned"), ("Reed", "mentioned"), ("Ortiz", "mentioned")]),
])
def test_a_comma_and_a_conjunction_open_a_clause_of_their_own(text, lang, expected):
    assert [(i.family_name, i.kind) for i in run(text, lang)] == expected


def test_a_bare_pair_wrapped_over_a_line_with_a_long_apposition_is_a_subject():
    # Spanish has no NER model: a known given name before a word that is none is a person
    text = ("El tesorero Luis Ferro informó sobre el balance, y Marta\nKowalczyk, integrante de la "
            "Comisión de Cultura y\ndel Comité de Ética, explicó la propuesta.")
    assert [(i.family_name, i.kind) for i in run(text, "es")] == [("Ferro", "speaks"), ("Kowalczyk", "speaks")]


def test_a_bare_pair_whose_family_alone_ner_reads_as_a_person_speaks():
    from extractors.speakers.ner import _ner
    if _ner("en") is None:
        pytest.skip("no English NER model")
    got = run("3. PUBLIC COMMENT\n\nCourt Pemberton provided public comment.\n\n4. APPROVAL OF CONSENT "
              "CALENDAR", "en")
    assert [(i.family_name, i.kind) for i in got] == [("Pemberton", "speaks")]


def test_an_attendance_grid_of_given_family_pairs_gives_one_person_each():
    text = ("Attendees:\n\nDerek Hollis Byron Tate Stephen Oakes\nPhil Yardley Neil Brant Diana Kovacs\n"
            "J.R. Olmsted Michael Rees Ivan Petrak\n\n1. Topics\n\nJ.R. Olmsted said the release was ready.\n")
    got = {(i.given_name, i.family_name) for i in run(text, "en") if i.kind == "attends"}
    assert {("Derek", "Hollis"), ("Byron", "Tate"), ("Phil", "Yardley"), ("Diana", "Kovacs"),
            ("Michael", "Rees"), ("Ivan", "Petrak")} <= got
    assert not any(len((f or "").split()) > 1 for _, f in got)       # no "Hollis Byron Tate"


def test_a_four_word_name_alone_is_one_person():
    got = [(i.given_name, i.family_name) for i in run("Presentes:\n\nJosé Luis Martín Gil\n", "es")]
    assert got == [("José Luis", "Martín Gil")]


def test_the_only_president_of_the_meetings_own_body_chairs():
    from pipeline.records import Meeting, Provenance
    prov = Provenance(doc_id="test", page=1, start=0, end=1, extractor="m", version="0")
    meeting = Meeting(meeting_id="m", doc_id="test", body="Consejo Vecinal de Robledo", ordinal=2,
                      date="2019-03-08", place=None, prov=prov)
    text = ("Se revisaron los puntos del orden del día.\n\nNOMBRE: PUESTO: FIRMA:\n"
            "1. Dr. Ernesto Villalba Ríos, Presidente del Consejo Vecinal\n"
            "2. Lic. Marta Quiroga Peña, Secretaria del Consejo Vecinal\n")
    doc = document_from_text(text, language="es")
    kinds = {(i.family_name, i.kind) for i in document_to_interventions(doc, meeting)}
    assert ("Villalba Ríos", "chairs") in kinds
    other = replace_body(meeting, "Junta de Aguas")
    assert not any(k == "chairs" for _, k in
                   {(i.family_name, i.kind) for i in document_to_interventions(doc, other)})


def replace_body(meeting, body):
    from dataclasses import replace
    return replace(meeting, body=body)


@pytest.mark.parametrize("text,lang,holder,other", [
    ("Present\n\nCouncillors A Smith (Chair), B Jones and\nC Brown Clerk D White\n\n1. Elections\n\n"
     "The elections are due in May. The Clerk\nforwarded the notice of election to Councillors.\n",
     "en", "White", "Brown"),
    ("Asistentes:\n\nSr. Juan GÓMEZ, Sr. Pedro RUIZ Secretaria Sra. Marta DÍAZ\n\n1. Elecciones\n\n"
     "La Secretaria remitió el aviso a los vocales.\n", "es", "DÍAZ", "RUIZ"),
])
def test_a_role_between_two_listed_names_is_the_next_ones_who_then_acts_by_role(text, lang, holder, other):
    # "C Brown Clerk D White": the role opens White's item, it is no apposition of Brown's
    got = run(text, lang)
    assert {i.role for i in got if i.family_name == other} == {None}
    row = run("1. ROLL CALL\n\nAttendee Name Title Status Arrived\nAndrei Garcia Commissioner Late 7:08 p.m.\n"
              "Robert Allen Fisk Commissioner Present\nOfelia Bello Commissioner Present\n", "en")
    assert [i.role for i in row] == ["Commissioner"] * 3   # a status word after the role is no name
    assert ("speaks", "Clerk" if lang == "en" else "Secretaria") in {
        (i.kind, i.role) for i in got if i.family_name == holder}


@pytest.mark.parametrize("text,lang", [
    ("Ms Dana Whitfield forwarded the draft notice to the members.", "en"),
    ("Mme Odile FERRAND a transmis le projet d'avis aux membres.", "fr"),
    ("La Sra. Marta Ibarra Soler remitió el proyecto de aviso a los vocales.", "es"),
])
def test_an_officer_who_forwards_the_meetings_papers_acts(text, lang):
    assert [i.kind for i in run(text, lang)] == ["speaks"]


def test_a_name_after_a_role_its_complement_and_a_comma_is_a_name():
    # Spanish has no NER model: the role before it marks a bare mixed-case name
    got = run("El tesorero, Ramiro Olvera Tapia, presentó el balance.", "es")
    assert [(i.given_name, i.family_name, i.kind) for i in got] == [("Ramiro", "Olvera Tapia", "presents")]
    got = run("La secretaria de Salud, Natalia Ferreyra Ospina no contestó el llamado.\n\n"
              "Intervino la secretaria de Salud, Natalia Ferreyra:\n\nGracias, señor presidente.\n", "es")
    assert {(i.family_name, i.kind) for i in got} == {("Ferreyra Ospina", "mentioned"),
                                                     ("Ferreyra Ospina", "speaks")}
    fr = run("La présidente, Mme Aminata SOW, ouvre la réunion.", "fr")     # an honorific is no given name
    assert [(i.honorific, i.given_name, i.family_name) for i in fr] == [("Mme", "Aminata", "SOW")]
    # with no determiner before it, the role and comma enumerate: "presidenta" is Gil's, not Peral's
    got = run("La Junta quedó conformada por Ana Gil como presidenta, Luis Peral y Rosa Vidal como vocales.", "es")
    assert not any(i.role == "presidenta" and i.family_name == "Peral" for i in got)


def test_a_first_surname_shared_by_two_people_is_the_one_with_the_same_honorific():
    text = ("Asistieron el Lic. Ignacio Carmona Ruiz y la Dra. Elena Carmona Vidal.\n\n"
            "El Lic. Carmona explicó el informe.")
    got = run(text, "es")
    assert {i.family_name for i in got if i.kind == "speaks"} == {"Carmona Ruiz"}
    text = text.replace("El Lic. Carmona", "La Sra. Carmona")      # neither: left as written
    assert {i.family_name for i in run(text, "es") if i.kind == "speaks"} == {"Carmona"}


def test_a_family_name_wrapped_to_the_next_line_is_no_acronym():
    # "AUBRON" opening a line after "Benjamin" is his family name, so the list writes him in full
    text = ("Les rôles ont été confiés à Claire ROUX et Benjamin\nLAFARGE. La séance continue.\n\n"
            "- Claire ROUX – Présidente\n- Benjamin LAFARGE – Trésorier\n")
    assert ("Benjamin", "LAFARGE") in {(i.given_name, i.family_name) for i in run(text, "fr")}


@pytest.mark.parametrize("text,lang,family", [
    ("Le bureau :\n\n- Claire ROUX – Présidente\n- Benjamin LAFARGE – Trésorier\n\n"
     "Le déficit, selon le trésorier, devrait se résorber.\n", "fr", "LAFARGE"),
    ("Officers:\n\n- Ann Lee – Chair\n- Tom Reed – Treasurer\n\n"
     "The deficit should, according to the Treasurer, disappear next year.\n", "en", "Reed"),
    ("Mesa directiva:\n\n- Ana GIL – Presidenta\n- Tomás RUIZ – Tesorero\n\n"
     "El déficit, según el tesorero, se reducirá este año.\n", "es", "RUIZ"),
    ("Le déficit, selon Mme Odile FERRAND, devrait se résorber.\n", "fr", "FERRAND"),
])
def test_a_statement_attributed_to_a_person_or_a_named_role_holder_is_theirs(text, lang, family):
    got = run(text, lang)
    assert "speaks" in {i.kind for i in got if i.family_name == family}
    assert all(i.kind != "speaks" for i in got if i.family_name != family)


@pytest.mark.parametrize("text,lang,acting", [
    ("El secretario General informó que no había proposiciones.\n\n"
     "RAMIRO OLVERA TAPIA JUAN CARLOS CARMONA B\nPresidente Secretario General\n", "es", "CARMONA B"),
    ("The Treasurer reported a small surplus.\n\nDR. HELEN MARCH    ANN WILLIS\nChair    Treasurer\n",
     "en", "WILLIS"),
])
def test_names_side_by_side_over_their_roles_take_them_in_order(text, lang, acting):
    got = run(text, lang)
    assert {i.family_name for i in got if i.kind == "speaks"} == {acting}
    roles = {i.family_name: i.role for i in got if i.kind == "mentioned"}
    assert len(roles) == 2 and roles[acting] in ("Secretario General", "Treasurer")


def test_a_capitalised_role_alone_opening_a_sentence_acts_for_its_holder():
    text = ("Present\n\nCouncillors A Smith (Chair), C Brown\nClerk D White\n\n1. Highways\n\n"
            "Clerk reported that the enquiry was logged. clerk checks are due.\n")
    got = run(text, "en")
    assert [(i.family_name, i.name_as_written) for i in got if i.kind == "speaks"] == [("White", "Clerk")]
