"""Decisions written without the usual verb groups (invented sentences, fr/en/es): a body
receiving a report, a decision said to be taken, a motion proposed and resolved in one
formula, abbreviated motions, settled labels, questions answered yes or no; and their
look-alikes, which decide nothing."""

from __future__ import annotations

import pytest

from test_decisions import decide, meeting, one  # noqa: F401 (shared helpers)


@pytest.mark.parametrize("text, lang", [
    ("The Board received the treasurer's quarterly report.", "en"),
    ("The Parks Committee received and filed the annual audit.", "en"),
    ("Le Conseil a reçu le rapport annuel du délégataire.", "fr"),
    ("La Junta Directiva recibió el informe de la tesorería.", "es"),
])
def test_a_body_receiving_a_report_takes_note_of_it(text, lang):
    d = one(text, lang)
    assert d.outcome == "agreed" and d.text == text


@pytest.mark.parametrize("text, lang", [
    ("The Board received a letter from the residents of Elm Street.", "en"),
    ("Le Conseil a reçu une délégation des riverains.", "fr"),
    ("Councillor Ames said the Board received the report too late.", "en"),
    ("La Junta no recibió el informe a tiempo.", "es"),
])
def test_receiving_anything_else_or_in_reported_speech_decides_nothing(text, lang):
    assert decide(text, lang) == ()


@pytest.mark.parametrize("text, lang, outcome", [
    ("A decision was made to renew the lease for two years.", "en", "agreed"),
    ("Une décision modificative a été prise pour régler la facture du chauffagiste.", "fr", "agreed"),
    ("La decisión fue tomada por unanimidad.", "es", "agreed"),
    ("Se tomó la decisión de aplazar la compra del vehículo.", "es", "postponed"),
])
def test_a_decision_said_to_be_taken(text, lang, outcome):
    assert one(text, lang).outcome == outcome


@pytest.mark.parametrize("text, lang", [
    ("No decision was taken on the lease.", "en"),
    ("Aucune décision n'a été prise sur le bail.", "fr"),
    ("If a decision was made, nobody recorded it?", "en"),
])
def test_no_decision_taken_is_none(text, lang):
    assert decide(text, lang) == ()


@pytest.mark.parametrize("text, lang, outcome", [
    ("IL EST PROPOSÉ PAR M. Dupont, APPUYÉ PAR Mme Roy ET RÉSOLU d'approuver le devis de la toiture.",
     "fr", "approved"),
    ("Il est proposé par Mme Roy, appuyé par M. Lebel et résolu à l'unanimité de reporter l'achat du camion.",
     "fr", "postponed"),
    ("It was moved by Director Lee, seconded by Director Ortiz and resolved that the pool contract be renewed.",
     "en", "agreed"),
    ("Moved by Director Lee, seconded by Director Ortiz and carried, to approve the 2019 reserve study.",
     "en", "approved"),
    ("Propuesto por el concejal Gil, secundado por la concejala Ruiz, y aprobado por unanimidad el calendario.",
     "es", "approved"),
])
def test_a_motion_proposed_and_resolved_in_one_formula(text, lang, outcome):
    d = one(text, lang)
    assert d.outcome == outcome and d.text == text


def test_a_participle_after_a_noun_is_no_resolution_formula():
    assert decide("Le budget proposé par le trésorier et adopté l'an dernier reste en vigueur.", "fr") == ()


@pytest.mark.parametrize("text, outcome, subject", [
    ("M/S/C Lee/Ortiz to approve the pool contract with Blue Water.", "approved", "approve the pool contract"),
    ("M/S/F (Lee/Ortiz): to buy a second mower.", "rejected", "buy a second mower"),
])
def test_abbreviated_motions(text, outcome, subject):
    d = one(text, "en")
    assert d.outcome == outcome and d.subject == subject


@pytest.mark.parametrize("text, lang", [
    ("Date arrêtée : 12/11/2024 à 19h.", "fr"),
    ("Date agreed: 12 November at 7 pm.", "en"),
    ("Fecha acordada: 12 de noviembre a las 19 h.", "es"),
])
def test_a_label_whose_participle_settles_its_value(text, lang):
    assert one(text, lang).outcome == "agreed"


def test_a_body_deciding_before_a_colon_keeps_its_answer():
    assert one("The committee decided: probably not", "en").outcome == "rejected"


@pytest.mark.parametrize("text, lang, outcome", [
    ("4. Social events\nHire a band for the summer party? Yes\n", "en", "agreed"),
    ("Renew the magazine subscription? No\n", "en", "rejected"),
    ("Imprimer des affiches pour la collecte ? Oui\n", "fr", "agreed"),
    ("¿Contratar un grupo para la fiesta de verano? Sí\n", "es", "agreed"),
])
def test_a_question_answered_on_its_line(text, lang, outcome):
    d = one(text, lang)
    assert d.outcome == outcome


@pytest.mark.parametrize("text, lang", [
    ("Any questions? No\n", "en"),
    ("Is the hall free in June? Yes\n", "en"),
    ("Y a-t-il des questions ? Non\n", "fr"),
    ("¿Hay preguntas? No\n", "es"),
    ("Hire a band? Yes, if the budget allows it.\n", "en"),
])
def test_a_question_about_a_fact_or_a_hedged_answer_decides_nothing(text, lang):
    assert decide(text, lang) == ()


@pytest.mark.parametrize("text, lang", [
    ("El Consejo considera que la queja no procede.", "es"),
    ("Le Conseil considère que la procédure a été respectée.", "fr"),
    ("The Board considers that the tender process was followed.", "en"),
])
def test_the_body_s_considered_position(text, lang):
    d = one(text, lang)
    assert d.outcome == "agreed"


def test_another_body_s_position_stays_out():
    m = meeting("Conseil municipal")
    assert decide("Le Conseil départemental estime que le projet est prématuré.", "fr", meeting=m) == ()


def test_roles_redistributed_are_appointments():
    d = one("Les rôles de Président et de Trésorier n'ayant pas été convoités, ils ont été redistribués "
            "respectivement à Jeanne Morel et Paul Bruno.", "fr")
    assert d.outcome == "approved"


@pytest.mark.parametrize("text, lang, kept", [
    ("Le Conseil départemental a validé le tracé de la piste cyclable.", "fr", False),
    ("Le Conseil municipal approuve le tracé de la piste cyclable.", "fr", True),
    ("Le Conseil approuve le tracé de la piste cyclable.", "fr", True),
    ("Le Conseil unanimement approuve le tracé de la piste cyclable.", "fr", True),
])
def test_a_body_qualified_otherwise_is_another_body(text, lang, kept):
    found = decide(text, lang, meeting=meeting("Conseil municipal de Brassac"))
    assert bool(found) == kept


@pytest.mark.parametrize("text, lang", [
    ("Posteriormente, el día 22 del mismo mes, el Consejo aprobó por unanimidad tres propuestas.", "es"),
    ("On the 22nd of the same month, the Board approved the new bylaws.", "en"),
    ("Le 22 du même mois, le Conseil a approuvé le nouveau règlement.", "fr"),
    ("Estos documentos fueron aprobados en la sesión ordinaria del mes de septiembre de 2021.", "es"),
    ("The travel policy was approved at its meeting of September 2021.", "en"),
    ("Le règlement a été adopté lors de la séance de septembre 2021.", "fr"),
])
def test_a_narrative_of_dated_past_acts_is_no_decision_of_this_meeting(text, lang):
    body = {"es": "Consejo", "en": "Board", "fr": "Conseil"}[lang]
    assert decide(text, lang, meeting=meeting(body)) == ()        # the meeting is on 2021-11-10


def test_an_election_carried_out_is_an_appointment():
    d = one("Se llevó a cabo la renovación de los cargos de sus miembros, quedando integrado de la "
            "siguiente manera: Presidente: Ana Gil, Secretario: Luis Mora.", "es")
    assert d.outcome == "approved"


@pytest.mark.parametrize("text, lang", [
    ("A/ Nomination d'un référent incendie : Jean Roy sera le correspondant incendie de la commune.", "fr"),
    ("Appointment of a fire officer: Jane Roe will be the village's fire contact.", "en"),
    ("Nombramiento del enlace de protección civil: Ana Gil será la responsable.", "es"),
])
def test_an_appointment_item_naming_who_takes_the_role(text, lang):
    assert one(text, lang).outcome == "agreed"


@pytest.mark.parametrize("text, lang", [
    ("Élection du maire : le maire est élu au scrutin secret.", "fr"),
    ("Election of officers: Nominations are open until May.", "en"),
    ("Nombramiento del tesorero: ¿Ana Gil será la tesorera?", "es"),
])
def test_an_appointment_item_without_the_person_appointed(text, lang):
    assert decide(text, lang) == ()


@pytest.mark.parametrize("text, lang", [
    ("Après en avoir délibéré, le Conseil municipal, à l'unanimité, décide d'approuver le devis.", "fr"),
    ("Le Conseil, à l'unanimité, approuve le devis de la toiture.", "fr"),
    ("El Consejo, por unanimidad, aprueba el presupuesto de la feria.", "es"),
])
def test_unanimity_between_commas_after_the_body(text, lang):
    d = one(text, lang)          # "à" is no auxiliary "a", and a comma may follow the body's name
    assert d.outcome == "approved" and d.vote.unanimous


def test_an_auxiliary_between_body_and_participle_still_hides_the_verb():
    assert decide("Le Conseil a été informé que le budget approuvé sera publié.", "fr") == ()


@pytest.mark.parametrize("text, lang, outcome, vote", [
    ("A motion to approve the agenda was made by Lee and seconded by Ortiz. Motion passed 5-0.", "en",
     "approved", (5, 0, None)),
    ("The motion carried 4-1-1.", "en", "approved", (4, 1, 1)),
    ("The motion was defeated on a vote of 4 to 10.", "en", "rejected", (4, 10, None)),
    ("La moción fue rechazada por una votación de 3 a 8.", "es", "rejected", (3, 8, None)),
    ("La motion est rejetée par un vote de 3 à 8.", "fr", "rejected", (3, 8, None)),
])
def test_counts_after_an_outcome(text, lang, outcome, vote):
    d = one(text, lang)
    assert d.outcome == outcome
    assert (d.vote.votes_for, d.vote.against, d.vote.abstain) == vote


def test_a_code_after_an_outcome_is_no_count():
    d = one("The motion carried. See document 7-1.", "en")
    assert d.vote is None or d.vote.votes_for != 7


@pytest.mark.parametrize("text, lang, outcome", [
    ("Resolved that the accounts for the year be approved.", "en", "approved"),
    ("Agreed that the hedge be cut in March.", "en", "agreed"),
    ("Décidé de reporter le point sur la salle des fêtes.", "fr", "postponed"),
])
def test_a_capitalised_label_then_its_complementizer_opens_a_resolution(text, lang, outcome):
    assert one(text, lang).outcome == outcome


def test_a_label_word_as_an_adjective_opens_nothing():
    assert decide("Resolved issues are listed in the annex.", "en") == ()


def test_a_matter_put_to_the_vote_and_its_result_in_one_sentence():
    d = one("Se somete a votación la propuesta de horario, resultando aprobada por unanimidad.", "es")
    assert d.outcome == "approved" and d.vote.unanimous
    assert decide("Sometido a votación, se adoptó por UNANIMIDAD.", "es") == ()    # closes nothing here


def test_movers_in_brackets_before_the_outcome():
    d = one("Motion: To approve the minutes as presented. (Lee/Ortiz) Carried.", "en")
    assert d.outcome == "approved" and "approve the minutes" in d.text


def test_an_agreement_announcing_a_numbered_list_decides_its_first_point():
    d = one("El Pleno del Ayuntamiento, por mayoría absoluta, ACUERDA:\nPrimero. Aprobar inicialmente el "
            "presupuesto general para 2024.\n", "es")
    assert d.outcome == "approved" and "Aprobar inicialmente" in d.text


@pytest.mark.parametrize("text", [
    "Las decisiones del comité se adoptarán por consenso siempre que sea posible.",
    "Si no hay consenso, las propuestas se someterán a votación y se aprobarán por mayoría.",
])
def test_a_future_impersonal_states_a_rule_not_a_decision(text):
    assert decide(text, "es") == ()


def test_the_present_impersonal_still_decides():
    assert one("Se adopta por consenso el reglamento interno.", "es").outcome == "adopted"


@pytest.mark.parametrize("text, lang, outcome", [
    ("The Conference,\n1. Takes note of the report;\n2. Also takes note of the workplan;\n", "en", "agreed"),
    ("La Conferencia,\n1. Toma nota del informe;\n2. Además toma nota del plan de trabajo;\n", "es", "agreed"),
    ("The Conference,\n1. Takes note of the report;\n2. Decides to adopt the dates for 2022;\n", "en", "adopted"),
    ("La Conferencia,\n1. Toma nota del informe;\n2. Aclara que el año contable es el año natural;\n", "es", "agreed"),
])
def test_operative_paragraphs_with_an_adverb_or_an_infinitive(text, lang, outcome):
    found = decide(text, lang)
    assert len(found) == 2 and found[1].outcome == outcome


@pytest.mark.parametrize("text, lang, outcomes", [
    ("La Conferencia,\n\n1. Aprueba :\n\na) Las orientaciones relativas al seguimiento, que figuran en el anexo I;\n\n"
     "b) Las directrices para el examen técnico, que figuran\nen el anexo II;\n\n2. Alienta a las Partes a que "
     "ensayen el formato;\n", "es", ["approved", "approved"]),
    ("Le Conseil décide :\na) d'approuver le budget 2024 ;\nb) de reporter le vote sur les tarifs.\n", "fr",
     ["approved", "postponed"]),
])
def test_a_deciding_verb_then_a_colon_decides_each_lettered_item(text, lang, outcomes):
    found = decide(text, lang)
    assert [d.outcome for d in found] == outcomes
    assert found[0].text.startswith("a)") and found[1].text.startswith("b)")


def test_a_bulleted_list_after_a_colon_stays_one_act():
    found = decide("Le conseil municipal désigne :\n• en qualité de titulaire M. Roy\n"
                   "• en qualité de suppléant M. Bel\n", "fr")
    assert len(found) == 1


def _compendium(cue: str, label: str, title: str, body: str, lang: str):
    text = f"{cue}\n\n{label}\n\n{title}\n\n{body}\n"
    return decide(text, lang, headings=(cue, label, title))


@pytest.mark.parametrize("cue, label, title, body, lang, outcome", [
    ("Decisions adopted by the Assembly of Members", "Decision 4/AM.7", "Programme of work for 2025",
     "The Assembly of Members,\n\n1. Takes note of the report;\n", "en", "adopted"),
    ("Decisiones adoptadas por la Asamblea de Socios", "Decisión 4/AS.7", "Programa de trabajo para 2025",
     "La Asamblea de Socios,\n\n1. Toma nota del informe;\n", "es", "adopted"),
    ("Résolutions approuvées par l'Assemblée des membres", "Résolution 4/AM.7", "Programme de travail 2025",
     "L'Assemblée des membres,\n\n1. Prend acte du rapport ;\n", "fr", "approved"),
])
def test_a_compendium_s_numbered_decisions_are_decisions(cue, label, title, body, lang, outcome):
    found = _compendium(cue, label, title, body, lang)
    assert [d.outcome for d in found] == [outcome, "agreed"]
    assert title in found[0].text and label in found[0].text


def test_decision_headings_without_a_compendium_cue_are_no_decisions():
    found = _compendium("Report of the Assembly of Members", "Decision 4/AM.7", "Programme of work for 2025",
                        "The Assembly of Members,\n\n1. Takes note of the report;\n", "en")
    assert [d.outcome for d in found] == ["agreed"]


def test_a_title_going_on_in_lower_case_stays_whole():
    found = _compendium("Decisions adopted by the Assembly of Members", "Decision 5/AM.7",
                        "Enhancing technology transfer", "through the regional centres\n\nThe Assembly,\n\n"
                        "1. Takes note of the report;", "en")
    assert "through the regional centres" in found[0].text


@pytest.mark.parametrize("text, outcome", [
    ("2024-03-051 IL EST PROPOSÉ PAR Mme la conseillère Anne Roy, APPUYÉ PAR M. le conseiller Paul Bel ET "
     "RÉSOLU À L'UNANIMITÉ des conseillers présents d'adopter l'ordre du jour tel que présenté.", "adopted"),
    ("2024-03-054 IL EST PROPOSÉ PAR M. le conseiller Paul Bel, APPUYÉ PAR Mme la conseillère Anne Roy ET "
     "RÉSOLU À L'UNANIMITÉ d'octroyer le contrat de déneigement à Transports Roy inc.", "approved"),
])
def test_a_numbered_quebec_resolution(text, outcome):
    assert one(text, "fr").outcome == outcome


def test_an_agreement_announced_then_its_ordinal_points():
    found = decide("Sometido a votación, se aprueba por mayoría absoluta con 7 votos a favor y 4 en contra, el "
                   "siguiente ACUERDO:\n\nPRIMERO. Aprobar inicialmente el presupuesto general para 2025.\n"
                   "SEGUNDO. Aplazar la plantilla de personal.\n\nEl expediente se expondrá al público.\n", "es")
    assert [d.outcome for d in found] == ["approved", "postponed"]
    assert found[0].text.startswith("PRIMERO.") and (found[0].vote.votes_for, found[0].vote.against) == (7, 4)


def test_the_following_dates_stay_one_decision():
    found = decide("The Conference,\n\n3. Decides to adopt the following dates for the sessional periods in 2030:\n\n"
                   "(a) First sessional period: Monday, 3 June, to Thursday, 13 June;\n\n"
                   "(b) Second sessional period: Monday, 11 November, to Friday, 22 November.\n", "en")
    assert len(found) == 1 and found[0].outcome == "adopted"


def test_sub_items_stay_with_their_lettered_item():
    found = decide("La Conferencia,\n\n1. Aprueba :\n\na) Las directrices, que comprenden:\n\ni) El calendario;\n\n"
                   "ii) El presupuesto;\n\nb) El esbozo del informe inicial;\n\n2. Alienta a las Partes.\n", "es")
    assert [d.text[:2] for d in found] == ["a)", "b)"]


@pytest.mark.parametrize("text", [
    "No formulándose observaciones, el Pleno, por unanimidad de los once miembros presentes, aprueba el acta.",
    "A propuesta de la Alcaldía, se acuerda por unanimidad dejar el asunto sobre la mesa hasta la próxima sesión.",
])
def test_spanish_incise_after_the_body_and_tabling(text):
    d = one(text, "es")
    assert d.outcome == ("approved" if "acta" in text else "postponed")


@pytest.mark.parametrize("text, lang", [
    ("M. Paul Roy et Mme Anne Bel sont élus au conseil d'administration à l'unanimité des votants.", "fr"),
    ("Ana Gil es elegida presidenta por unanimidad.", "es"),
    ("Ms Jane Roe is elected Chair for the coming year.", "en"),
])
def test_a_named_person_elected_in_the_present_is_a_result(text, lang):
    assert one(text, lang).outcome == "approved"


@pytest.mark.parametrize("text, lang", [
    ("Le Maire est élu au scrutin secret à la majorité absolue.", "fr"),
    ("Mme Anne Bel est désignée secrétaire de séance.", "fr"),
    ("El alcalde es elegido por mayoría absoluta.", "es"),
])
def test_an_election_rule_or_a_sitting_s_designation_is_no_decision(text, lang):
    assert decide(text, lang) == ()


@pytest.mark.parametrize("text, lang", [
    ("La Conferencia,\n\n1. Acoge con beneplácito el trabajo del Comité y toma nota de su informe;\n\n"
     "2. Invita a las Partes a presentar comunicaciones;\n", "es"),
    ("The Conference,\n\n1. Welcomes the work of the Committee and takes note of its report;\n\n"
     "2. Invites Parties to make submissions;\n", "en"),
])
def test_a_deciding_verb_coordinated_after_one_that_decides_nothing(text, lang):
    d = one(text, lang)
    assert d.outcome == "agreed" and d.text.startswith("1.")


@pytest.mark.parametrize("text, lang, refs", [
    ("Mr. Lee: I move, seconded by Ms. Roe, that Bill 31, The Broadband Act, be now read a first time.\n\n"
     "Motion agreed to.\n", "en", ("31",)),
    ("IL EST PROPOSÉ PAR M. Roy, APPUYÉ PAR Mme Bel ET RÉSOLU d'adopter le Règlement numéro 409-2024 "
     "décrétant les taux de taxes.", "fr", ("409-2024",)),
    ("I move that By-laws No. 58/2014 to 60/2014 be read a second time.\n\nCarried.\n", "en",
     ("58/2014", "59/2014", "60/2014")),
])
def test_acts_cited_by_number_are_refs(text, lang, refs):
    assert one(text, lang).refs == refs
