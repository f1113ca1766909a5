"""Decisions read from invented sentences: generalisation beyond the corpus, what is not a
decision (noting, opinions, negated passives, votes put)."""

from __future__ import annotations

import pytest

from test_decisions import decide, meeting, one  # noqa: F401 (shared helpers)


# ------------------------------------------------- generalisation (invented sentences)


@pytest.mark.parametrize("text, outcome, subject", [
    ("Queda aprobada la memoria anual de actividades.", "approved", "memoria anual de actividades"),
    ("Quedan aprobados los estatutos reformados.", "approved", "estatutos reformados"),
    ("Tras el debate, fue rechazada la solicitud del club de remo.", "rejected", "solicitud del club de remo"),
])
def test_spanish_passive_with_the_subject_after_the_participle(text, outcome, subject):
    d = one(text, "es")
    assert d.outcome == outcome and d.subject == subject


@pytest.mark.parametrize("text", [
    "Si queda aprobado el plan, se contratará a dos técnicos.",
    "La moción queda pendiente de estudio.",
    "El informe que fue aprobado en 2019 sigue vigente.",
])
def test_spanish_verb_first_look_alikes(text):
    assert decide(text, "es") == ()


def test_the_meeting_itself_decides_for_its_body():
    m = meeting("Members' Council")
    d = one("The meeting approved the appointment of two honorary auditors.", "en", meeting=m)
    assert d.outcome == "approved" and d.decided_by == "Members' Council"
    # another body's approval reported in the same minutes stays out
    assert decide("The Finance Committee approved the travel policy.", "en", meeting=m) == ()


@pytest.mark.parametrize("text, outcome, vote", [
    ("The amendment proposing a later start time was defeated by 9 votes to 14.", "rejected", (9, 14)),
    ("The motion that the society join the regional federation was carried by 30 votes to 2.",
     "approved", (30, 2)),
    ("La motion visant à fermer l'antenne de Lille est rejetée par 12 voix contre 5.", "rejected", (12, 5)),
])
def test_motions_carried_or_defeated_on_a_count(text, outcome, vote):
    d = one(text, "en" if text.startswith("The") else "fr")
    assert d.outcome == outcome
    assert (d.vote.votes_for, d.vote.against) == vote


@pytest.mark.parametrize("text, lang", [
    ("The report that the Board approved last spring was circulated again.", "en"),
    ("The policy which was adopted in 2019 remains in force.", "en"),
])
def test_a_decision_verb_inside_a_relative_clause_is_not_a_decision(text, lang):
    assert decide(text, lang) == ()


@pytest.mark.parametrize("text, lang, outcome", [
    ("Se acuerda por mayoría rechazar la oferta de compra del inmueble.", "es", "rejected"),
    ("Se acuerda aprobar el calendario de sesiones del segundo semestre.", "es", "approved"),
    ("Se acordó por unanimidad posponer la elección del tesorero.", "es", "postponed"),
    ("It was agreed to adopt the revised terms of reference.", "en", "adopted"),
    ("Le Bureau décide à l'unanimité d'adopter le règlement intérieur.", "fr", "adopted"),
    ("It was agreed that the secretary would write to the mayor.", "en", "agreed"),
])
def test_a_deciding_verb_takes_the_outcome_of_its_infinitive(text, lang, outcome):
    assert one(text, lang).outcome == outcome


def test_an_outcome_line_closes_its_numbered_resolution():
    text = ("1. Statuts\n"
            "M. Paul DURAND présente le projet de statuts. L'amendement de Mme Léa ROY est accepté.\n\n"
            "RÉSOLUTION N° 12 : Le Conseil adopte les statuts modifiés. Pour : 11 – Contre : 2. "
            "Adoptée à la majorité.\n\n"
            "2. Rapport moral\n"
            "Le rapport moral est approuvé.")
    found = decide(text, "fr")
    assert [d.outcome for d in found] == ["adopted", "approved"]
    res = found[0]
    assert res.text.startswith("RÉSOLUTION N° 12") and res.text.endswith("Adoptée à la majorité.")
    assert (res.vote.votes_for, res.vote.against) == (11, 2)
    assert found[1].text.endswith("Le rapport moral est approuvé.")   # another item: kept


@pytest.mark.parametrize("text, lang, outcome, label", [
    ("Resolution 2024/7 – Annual subscription\n"
     "The Treasurer presented the figures for the year.\n"
     "Carried unanimously.", "en", "approved", "Resolution 2024/7"),
    ("Acuerdo N.º 3: Presupuesto de la cooperativa\n"
     "La tesorera expone las cifras del ejercicio.\n"
     "Aprobado por unanimidad.", "es", "approved", "Acuerdo N.º 3"),
    ("DÉLIBÉRATION N° 2024-02 : Tarifs de la cantine\n"
     "Le trésorier présente la grille.\n"
     "Rejetée.", "fr", "rejected", "DÉLIBÉRATION N° 2024-02"),
])
def test_a_resolution_heading_and_its_outcome_line_are_one_decision(text, lang, outcome, label):
    d = one(text, lang)
    assert d.outcome == outcome
    assert d.text.startswith(label)


@pytest.mark.parametrize("text, lang, refs", [
    ("Decision CM-12/4: The Council approved the work plan contained in document CM-12/7.",
     "en", ("12/7",)),
    ("The accounts for 2023 (paper FC 3-2) were approved.", "en", ("3-2",)),
    ("El informe de gestión (documento JD 4-1) fue aprobado.", "es", ("4-1",)),
])
def test_document_codes_with_slashes_letters_and_papers(text, lang, refs):
    assert one(text, lang).refs == refs


def test_a_resolution_label_is_not_a_reference():
    d = one("Decision EB-7/3: The Board adopted the agenda.", "en")
    assert d.refs == ()


# ------------------------------------------- noting, opinions, negated passives, votes put


@pytest.mark.parametrize("text, lang, outcome", [
    ("The Council took note of the annual report of the Ombudsman.", "en", "agreed"),
    ("The Board takes note of the audit letter in paper FB 12-4.", "en", "agreed"),
    ("Le Bureau prend acte du rapport d'activité de la médiatrice.", "fr", "agreed"),
    ("La Commission a pris acte de la démission du trésorier.", "fr", "agreed"),
    ("La Junta Directiva toma nota del informe de la auditoría interna.", "es", "agreed"),
    ("Le Comité émet un avis favorable sur le plan de formation des agents.", "fr", "approved"),
    ("Le Conseil a rendu un avis défavorable sur le projet de fusion des laboratoires.", "fr", "rejected"),
    ("El Concejo emite dictamen desfavorable sobre la venta del lote municipal.", "es", "rejected"),
])
def test_noting_and_opinions_are_decisions(text, lang, outcome):
    assert one(text, lang).outcome == outcome


@pytest.mark.parametrize("text, lang", [
    ("On a show of hands, the amendment on parking fees was not carried.", "en"),
    ("The motion to close the branch library was not approved, 4 members voting for and 6 against.", "en"),
    ("La proposition de hausse des cotisations n'a pas été adoptée.", "fr"),
    ("La motion relative aux horaires d'ouverture n'est pas approuvée.", "fr"),
    ("La propuesta de cambio de sede no fue aprobada por el Consejo.", "es"),
])
def test_a_negated_approval_is_a_rejection(text, lang):
    d = one(text, lang)
    assert d.outcome == "rejected"


@pytest.mark.parametrize("text, lang", [
    ("The revised tariff has not yet been approved.", "en"),
    ("The grant was not approved by the regional authority.", "en"),
    ("Le budget rectificatif n'a pas encore été adopté.", "fr"),
    ("El reglamento aún no fue aprobado.", "es"),
    ("It was not agreed whether the hall should be sold.", "en"),
    ("The item was not deferred.", "en"),
    ("The Chair said that the motion was not carried last year.", "en"),
])
def test_open_or_reported_negations_are_no_decisions(text, lang):
    assert decide(text, lang) == ()


def test_a_matter_put_to_the_vote_and_its_outcome_line_are_one_decision():
    text = ("ARTÍCULO 4. Convenio con la cooperativa\n"
            "El síndico presenta el borrador. Se somete a votación el convenio con la cooperativa "
            "de transporte, con 7 votos a favor y 3 en contra.\nAprobado.\n\n"
            "ARTÍCULO 5. Mociones\n"
            "Se somete a votación la moción del regidor Pérez sobre el mercado, con 2 votos a favor "
            "y 8 en contra. Rechazada.\n")
    found = decide(text, "es", headings=("ARTÍCULO 4. Convenio con la cooperativa", "ARTÍCULO 5. Mociones"))
    assert [d.outcome for d in found] == ["approved", "rejected"]
    assert "el convenio con la cooperativa" in found[0].text and found[0].text.endswith("Aprobado.")
    assert (found[0].vote.votes_for, found[0].vote.against) == (7, 3)
    assert "moción del regidor Pérez" in found[1].text and found[1].text.endswith("Rechazada.")


@pytest.mark.parametrize("text, lang, outcome", [
    ("The motion on street lighting was put to the vote and carried.", "en", "approved"),
    ("La délibération sur les tarifs est mise aux voix.\nAdoptée.", "fr", "adopted"),
    ("Le voeu relatif à la gare est mis aux voix : 3 voix pour, 11 voix contre.", "fr", "rejected"),
])
def test_matters_put_to_the_vote_in_other_phrasings(text, lang, outcome):
    assert one(text, lang).outcome == outcome


@pytest.mark.parametrize("text, lang", [
    ("The Chair said the report would be put to the vote at the next meeting.", "en"),
    ("Se somete a votación la propuesta de la comisión.\n\nARTÍCULO 6. Varios\nEl alcalde informa.", "es"),
])
def test_a_matter_put_to_the_vote_with_no_outcome_is_no_decision(text, lang):
    assert decide(text, lang, headings=("ARTÍCULO 6. Varios",)) == ()


@pytest.mark.parametrize("text, refs", [
    ("Item 3: Adoption of the agenda (TWG/7/1)\nThe agenda was adopted.", ("7/1",)),
    ("The Bureau approved the accounts contained in document TWG/7/4.", ("7/4",)),
])
def test_slash_document_symbols_are_refs(text, refs):
    assert one(text, "en").refs == refs


@pytest.mark.parametrize("text, lang, outcome", [
    ("RESOLVED: that the Board approves the harbour levy for 2026.", "en", "approved"),
    ("RESOLVED: that the Board adopts the Travel Policy, version 2.", "en", "adopted"),
    ("AGREED: that the autumn meeting will be held in Galway.", "en", "agreed"),
    ("DEFERRED: the Board agreed to defer the sale of the boathouse.", "en", "postponed"),
    ("DÉCIDÉ : le Conseil approuve le plan de formation 2026.", "fr", "approved"),
])
def test_label_first_resolutions(text, lang, outcome):
    assert one(text, lang).outcome == outcome


@pytest.mark.parametrize("text, lang", [
    ("ACTION: the Secretary to circulate the harbour levy paper by June.", "en"),
    ("Resolved questions: none remain open.", "en"),     # a label word, not in capitals, not a label
    ("AGREED: that the Board approves the levy?", "en"),
])
def test_label_like_lines_that_are_no_decisions(text, lang):
    assert decide(text, lang) == ()


@pytest.mark.parametrize("text, outcome", [
    ("On a show of hands, Motion 4, to adopt the revised bylaws, was carried by 40 votes to 2.", "adopted"),
    ("Resolution 3, that the annual report be received and adopted, was carried.", "adopted"),
    ("The motion to defer the sale of the boathouse was carried.", "postponed"),
    ("Motion 5, to approve the new kit supplier, was carried.", "approved"),
    ("The motion on the kit supplier was carried.", "approved"),
])
def test_a_motion_carried_takes_what_the_motion_does(text, outcome):
    assert one(text, "en").outcome == outcome


@pytest.mark.parametrize("text, lang", [
    ("Le Comité ne retient pas l'offre du second imprimeur.", "fr"),
    ("The Board does not approve the transfer of the sinking fund.", "en"),
    ("La Junta no aprueba la compra del terreno colindante.", "es"),
])
def test_a_body_refusing_a_proposal_rejects_it(text, lang):
    assert one(text, lang).outcome == "rejected"


@pytest.mark.parametrize("text, lang", [
    ("Le Comité ne retient pas encore de date pour la visite.", "fr"),
    ("The Board did not approve the plan yet.", "en"),
    ("The Treasurer said the Board did not approve the grant.", "en"),
    ("If the Board does not approve the lease, it lapses.", "en"),
])
def test_open_or_reported_refusals_are_no_decisions(text, lang):
    assert decide(text, lang) == ()


@pytest.mark.parametrize("text, lang", [
    ("Seguidamente, la Asamblea autoriza al Directorio a vender el camión usado.", "es"),
    ("The Board authorises the Treasurer to open a deposit account.", "en"),
])
def test_a_body_authorising_an_officer_decides(text, lang):
    assert one(text, lang).outcome == "approved"
