"""Decisions from motions closed by an outcome line, deferrals, negative resolutions and
past adoptions recalled as context (issue 14), on invented sentences."""

from __future__ import annotations

import pytest

from extractors.decisions import document_to_decisions
from pipeline.text import fold
from test_decisions import decide, meeting, one  # noqa: F401 (shared helpers)


# ------------------------------------------------- motions closed by an outcome line (issue 14)


def _votes(d):
    return (d.vote.votes_for, d.vote.against, d.vote.abstain) if d.vote else None


def test_an_outcome_line_closes_the_motion_moved_above_it():
    text = ("Councillor Okafor moves that the minutes of the meeting held on 4 May be taken as read.\n\n"
            "All those in favour? Contrary? Carried.\n\n"
            "Councillor Lind: I move that By-laws No. 12/2031 to 14/2031 both inclusive be read a second time.\n\n"
            "The Chair: All in favour? Carried.\n")
    first, second = decide(text, "en")
    assert "minutes of the meeting held on 4 May" in first.text and first.text.endswith("Carried.")
    assert first.outcome == "approved" and first.refs == ()
    assert "be read a second time" in second.text
    assert second.refs == ("12/2031", "13/2031", "14/2031")


def test_a_carried_motion_takes_what_it_moves_and_a_lost_one_is_rejected():
    text = ("Ms Varga: I'd like to introduce the report and move adoption of Consent Agenda Items 1 to 4.\n\n"
            "The Chair: All those in favour? Carried.\n\n"
            "Mr Holm moved that the skate park close at 9 pm.\n\nYeas 3, Nays 6\n\nMotion is lost.\n")
    adopted, lost = decide(text, "en")
    assert adopted.outcome == "adopted" and "Consent Agenda Items 1 to 4" in adopted.text
    assert lost.outcome == "rejected" and "skate park close at 9 pm" in lost.text
    assert _votes(lost) == (3, 6, None)


def test_a_procedural_motion_moved_while_another_is_pending_is_decided_first():
    text = ("Motion No. 2\n\nMoved by Councillor Abebe,\nSeconded by Councillor Kim,\n\n"
            "WHEREAS the ferry service has been cut;\n\n"
            "THEREFORE BE IT RESOLVED that the City write to the Minister to restore the ferry service.\n\n"
            "Councillor Abebe: I'd like to move suspension of the rules to debate it today.\n\n"
            "A RECORDED VOTE was taken:\n\nYeas\n\nCouncillors Abebe, Kim, Roy.\n\n"
            "Nays\n\nCouncillors Lund, Mora, Park and Sato.\n\n"
            "The Speaker: Motion is defeated. It is then an automatic referral to committee.\n")
    found = decide(text, "en", headings=("Motion No. 2",))
    by_outcome = {d.outcome: d for d in found}
    assert sorted(by_outcome) == ["postponed", "rejected"]
    assert "suspension of the rules" in by_outcome["rejected"].text
    assert _votes(by_outcome["rejected"]) == (3, 4, None)
    assert "restore the ferry service" in by_outcome["postponed"].text


def test_a_referral_announced_before_a_resolution_block_postpones_it():
    text = ("The Speaker: We have Motion No. 6 on bus shelters. It is an automatic referral to committee.\n\n"
            "Motion No. 6\n\nMoved by Councillor Roy,\nSeconded by Councillor Kim,\n\n"
            "THEREFORE BE IT RESOLVED that the City install bus shelters on Pine Road.\n\n"
            "The Speaker: We now move on to question period.\n")
    d = one(text, "en", headings=("Motion No. 6",))
    assert d.outcome == "postponed" and "install bus shelters on Pine Road" in d.text


def test_vote_boxes_close_the_motion_or_item_above_them():
    text = ("2. APPROVAL OF THE AGENDA\n\nRESULT: APPROVED [UNANIMOUS]\n\nMOTION BY: Diaz\n\n"
            "3. ELECTION OF OFFICERS\n\nCommissioner Diaz made a motion, seconded by Commissioner Wu, "
            "to postpone the election to June, and the motion failed:\n\nRESULT: FAILED [3-4-1-0]\n\n"
            "MOTION: to approve the 2031 parking plan\nRESULT: CARRIED [5-2]\n")
    agenda, election, parking = decide(text, "en", headings=(
        "2. APPROVAL OF THE AGENDA", "RESULT: APPROVED [UNANIMOUS]", "3. ELECTION OF OFFICERS",
        "RESULT: FAILED [3-4-1-0]"))
    assert agenda.outcome == "approved" and "APPROVAL OF THE AGENDA" in agenda.text and agenda.vote.unanimous
    assert election.outcome == "rejected" and "to postpone the election to June" in election.text
    assert _votes(election) == (3, 4, 1)
    assert parking.outcome == "approved" and "2031 parking plan" in parking.text and _votes(parking) == (5, 2, None)


def test_one_result_box_decides_each_recommendation_of_a_consent_list():
    text = ("4. CONSENT CALENDAR\n\nAdopt the minutes of 2 and 16 March 2031.\n\n"
            "Approve the meeting schedule for 2032.\n\nRESULT: APPROVED AS AMENDED [UNANIMOUS]\n")
    found = decide(text, "en", headings=("4. CONSENT CALENDAR", "RESULT: APPROVED AS AMENDED [UNANIMOUS]"))
    assert [d.outcome for d in found] == ["approved", "approved"]
    assert "minutes of 2 and 16 March" in found[0].text and "schedule for 2032" in found[1].text


def test_label_first_lines_and_inline_outcomes_are_decisions():
    assert one("APPROVED – Revised 2031 budget", "en").outcome == "approved"
    assert one("REJECTED – proposal for a second car park", "en").outcome == "rejected"
    d = one("The Clerk circulated the draft notice of the village fete to members, all approved.", "en")
    assert d.outcome == "approved" and "draft notice of the village fete" in d.text
    d = one("After discussion it was agreed the Treasurer will renew the insurance.", "en")
    assert d.outcome == "agreed"


def test_elections_are_decisions_but_election_rules_are_not():
    assert one("Priya was elected Chair for the year.", "en").outcome == "approved"
    assert one("Mme Laure Vidal a été proclamée Maire de la commune.", "fr").outcome == "approved"
    assert decide("Le maire est élu au scrutin secret et à la majorité absolue.", "fr") == ()
    assert decide("The chair is elected by secret ballot among the members.", "en") == ()


def test_a_ballot_count_before_its_result_is_its_vote():
    d = one("La liste conduite par Mme Vidal : 21 voix\n\nOnt été proclamés adjoints les candidats de la liste.", "fr")
    assert d.outcome == "approved" and d.vote.votes_for == 21


def test_french_item_bodies_closed_by_bare_outcome_lines():
    text = ("I Achat d'un broyeur\nLe devis de la société Vert s'élève à 4 000 €.\n"
            "ADOPTÉ 9 voix pour, 5 abstentions, 0 contre.\n"
            "Adhésion au club des communes fleuries pour 50 € par an : il reste possible d'arrêter après un an.\n"
            "ADOPTÉ à l'unanimité.\n"
            "II Adoption du règlement du cimetière\nLe texte a été relu en commission.\n13 votes pour\n")
    broyeur, club, cimetiere = decide(text, "fr")
    assert broyeur.outcome == "adopted" and "devis de la société Vert" in broyeur.text
    assert _votes(broyeur) == (9, 0, 5)
    assert "il reste possible d'arrêter" in club.text and club.outcome == "adopted"
    assert cimetiere.outcome == "adopted" and "relu en commission" in cimetiere.text   # the heading says Adoption


def test_a_motion_introduced_by_a_colon_is_what_follows_it():
    text = ("Il est proposé au Conseil municipal :\n\nDe fixer à cinq le nombre des adjoints.\n\n"
            "Le Maire soumet cette proposition au vote.\n\n\uf0c4 ADOPTE A L'UNANIMITE\n")
    d = one(text, "fr")
    assert d.outcome == "adopted" and "De fixer à cinq le nombre des adjoints" in d.text


def test_french_deliberations_decided_by_capitalised_verbs():
    text = ("2031-012 DÉSIGNATION D'UN DÉLÉGUÉ AU SYNDICAT DES EAUX\n"
            "Le Conseil Municipal après en avoir délibéré à l'unanimité,\n\nDÉSIGNE M. Petit comme délégué.\n\n"
            "2031-013 PARC ÉOLIEN DU BOIS VERT\n"
            "Le Conseil Municipal, après en avoir délibéré,\nDECIDE :\nPar : TROIS voix POUR - DIX voix CONTRE\n\n"
            "- DE DONNER UN AVIS DEFAVORABLE au projet éolien du Bois Vert.\n\n"
            "2031-014 ACHAT D'UN GARAGE\n"
            "Les membres du Conseil Municipal après en avoir délibéré et voté à l'unanimité,\n"
            "ACCEPTENT l'offre de 5000 euros\nCHARGENT M. le Maire de signer l'acte.\n")
    found = decide(text, "fr", headings=("2031-012 DÉSIGNATION D'UN DÉLÉGUÉ AU SYNDICAT DES EAUX",
                                         "2031-013 PARC ÉOLIEN DU BOIS VERT", "2031-014 ACHAT D'UN GARAGE"))
    assert [d.outcome for d in found] == ["approved", "rejected", "approved"]
    assert "DÉSIGNE M. Petit" in found[0].text and found[0].refs == ("2031-012",)
    assert "AVIS DEFAVORABLE au projet éolien" in found[1].text and found[1].refs == ("2031-013",)
    assert "ACCEPTENT l'offre" in found[2].text and found[2].refs == ("2031-014",)


def test_a_list_announced_as_approved_gives_one_decision_per_item():
    text = ("Ci-dessous, la liste des sujets votés et approuvés par l'assemblée.\n\n"
            "- Relever la cotisation annuelle à 15 €.\n- Modification des statuts :\n"
            "o Suppression de l'article 4,\n- Une nouvelle adresse sera utilisée.\n\nQuestions diverses\n")
    found = decide(text, "fr", headings=("Questions diverses",))
    assert [d.outcome for d in found] == ["approved"] * 3
    assert "Suppression de l'article 4" in found[1].text
    assert decide("The minutes were approved.\n\n- Ann asked about the bins.\n- Bo will call the council.\n",
                  "en")[0].text == "The minutes were approved."


def test_spanish_outcome_lines_take_the_motion_or_agreement_above():
    d = one("ACUERDO: Aprobar el calendario de sesiones 2031.\nSometido a votación, se adoptó por UNANIMIDAD.", "es")
    assert "Aprobar el calendario de sesiones 2031" in d.text and d.vote.unanimous
    text = ("3. Citación a la empresa de aseo\nIntervino el concejal Ruiz para solicitar que se amplíe el "
            "horario de la biblioteca.\nSe sometió a consideración en votación ordinaria. Fue aprobada.\n")
    d = one(text, "es", headings=("3. Citación a la empresa de aseo",))
    assert d.outcome == "approved" and "se amplíe el horario de la biblioteca" in d.text
    d = one("El tesorero informó que el club firmó un convenio con la empresa Norte, se aprueba por unanimidad.",
            "es")
    assert d.outcome == "approved" and "convenio con la empresa Norte" in d.text
    d = one("Pedido de licencia del diputado PÉREZ Juan\nResultado de la votación: NEGATIVO", "es")
    assert d.outcome == "rejected" and "Pedido de licencia" in d.text


def test_quoted_speech_and_remarks_are_never_decisions():
    assert decide("Intervino la concejala Gil:\n“En el plan de desarrollo este Concejo aprobó que bajaríamos "
                  "la pobreza; el presupuesto fue aprobado en 2024.”", "es") == ()
    assert decide("M. Roy lit la lettre : « le Bureau a adopté ce plan et le budget a été approuvé ».", "fr") == ()
    assert decide("Ambos protocolos fueron aprobados por unanimidad y serán publicados.", "es")[0].outcome == "approved"
    assert decide("Este debate es serio: en el plan de desarrollo este Concejo aprobó que bajaríamos la pobreza.",
                  "es") == ()
    assert decide("As you know, this Council approved the housing plan in the spring.", "en") == ()
    assert decide("Number one, someone has been appointed to do that.", "en") == ()


@pytest.mark.parametrize("text", [
    "Se votó y aprobó el calendario de sesiones.",
    "Se analizaron, discutieron y aprobaron los lineamientos de la biblioteca.",
])
def test_spanish_impersonal_with_coordinated_verbs_decides(text):
    d = one(text, "es")
    assert d.outcome == "approved"


def test_spanish_impersonal_coordination_without_a_decision_verb_is_none():
    assert decide("Se analizaron, discutieron y comentaron los lineamientos de la biblioteca.", "es") == ()


@pytest.mark.parametrize("text, lang", [
    ("Results of vote: The volunteers voted unanimously in support of moving the depot.", "en"),
    ("Les adhérents ont voté à l'unanimité pour le changement de local.", "fr"),
    ("Los socios votaron por unanimidad a favor de la fusión de las secciones.", "es"),
])
def test_a_unanimous_vote_of_the_members_approves(text, lang):
    assert one(text, lang).outcome == "approved"


def test_one_member_voting_in_favour_is_no_decision():
    assert decide("Councillor Dana Lee voted in favour of the motion.", "en") == ()


def test_spanish_impersonal_appointment_is_approved():
    d = one("Segundo. Se designaron los cargos de la directiva para el nuevo periodo.", "es")
    assert d.outcome == "approved"


@pytest.mark.parametrize("text, lang", [
    ("Como la hoja de ruta 2023 se aprobó en diciembre de 2022, el Consejo revisó su avance.", "es"),
    ("Ya que el reglamento fue aprobado en marzo, la Junta revisó su aplicación.", "es"),
    ("El Consejo había aprobado el presupuesto en noviembre.", "es"),
    ("As the 2023 plan had been approved in December 2022, the board reviewed its progress.", "en"),
    ("As the 2023 plan was approved in December 2022, the board reviewed its progress.", "en"),
    ("The board reviewed the plan, because the budget was approved in May.", "en"),
    ("The Board had approved the lease in March.", "en"),
    ("Comme le budget avait été adopté en décembre, le conseil a examiné son exécution.", "fr"),
    ("Comme le budget a été adopté en décembre, le conseil a examiné son exécution.", "fr"),
    ("Le Conseil avait approuvé le bail en mars.", "fr"),
])
def test_a_past_adoption_recalled_as_context_is_no_decision(text, lang):
    assert decide(text, lang) == ()


@pytest.mark.parametrize("text, lang", [
    ("Como se acordó en la sesión anterior, se aprueba el acta.", "es"),
    ("As agreed at the last meeting, the Board approved the lease.", "en"),
    ("Comme convenu, le budget a été adopté.", "fr"),
    ("The minutes as amended were approved.", "en"),
])
def test_a_decision_after_a_recalled_context_still_decides(text, lang):
    assert one(text, lang).outcome in ("approved", "adopted")


@pytest.mark.parametrize("text, lang", [
    ("Se resolvió la no aprobación de la propuesta de horario.", "es"),
    ("Se acordó no renovar el contrato de arrendamiento.", "es"),
    ("Il a été décidé de ne pas renouveler le contrat de location.", "fr"),
    ("It was resolved not to renew the lease.", "en"),
    ("The Board decided not to renew the lease.", "en"),
])
def test_a_negative_resolution_is_a_rejection(text, lang):
    assert one(text, lang).outcome == "rejected"


def test_a_concessive_negation_is_no_rejection():
    assert one("Se aprueba, no obstante, el acta de la sesión anterior.", "es").outcome == "approved"


@pytest.mark.parametrize("text, lang, heading", [
    ("Achat d'un tracteur :\nPas de vote. Nous attendrons un second devis pour le prochain conseil.", "fr",
     "Achat d'un tracteur :"),
    ("4. Purchase of a tractor\nNo vote was taken; the item will return at the next meeting.", "en",
     "4. Purchase of a tractor"),
    ("Compra de un tractor\nNo se votó. Se retomará en la próxima sesión.", "es", "Compra de un tractor"),
])
def test_an_item_held_over_without_a_vote_is_postponed(text, lang, heading):
    d = one(text, lang, headings=(heading,))
    assert d.outcome == "postponed"
    assert d.text == text.split("\n", 1)[1]
    assert d.subject == fold(heading).rstrip(" :").split(". ", 1)[-1]


@pytest.mark.parametrize("text, lang", [
    ("Pas de vote sur ce point, simple information.", "fr"),
    ("No vote was taken on the grant.", "en"),
    ("Subvenciones:\nNo se votó; el tesorero solo informó.", "es"),
])
def test_no_vote_without_holding_the_matter_over_is_no_decision(text, lang):
    assert decide(text, lang) == ()


@pytest.fixture(scope="module")
def tally_over_a_page_break(tmp_path_factory):
    """A two-page PDF whose second item's tally opens page 2, after a line with no stop."""
    from corpus.text_pdf import text_to_pdf
    from extractors.pdf import read_pdf
    filler = "\n".join(f"Le point {i} a fait l'objet d'une information sans débat particulier." for i in range(44))
    text = ("Compte rendu du conseil municipal\n\n1/ Voirie communale :\n\n" + filler +
            "\n12 voix pour\n\n2/ Motion de soutien aux écoles rurales\n\n"
            "Le maintien des classes est un enjeu important. Nous souhaitons soutenir cette motion pour alerter\n"
            "sur la fermeture annoncée de deux classes dans le secteur d’ici la rentrée prochaine\n"
            "12 voix pour\n\n3/ Questions diverses\n\nAucune question.\n")
    return read_pdf(text_to_pdf(text, tmp_path_factory.mktemp("pb") / "page_break.pdf"))


def test_a_tally_on_the_page_after_its_item_closes_it(tally_over_a_page_break):
    doc = tally_over_a_page_break
    assert doc.page_at(doc.text.rfind("12 voix pour")) == 2 and doc.page_at(doc.text.find("2/ Motion")) == 1
    found = [d for d in document_to_decisions(doc, None) if "écoles rurales" in d.text]
    assert len(found) == 1 and found[0].outcome == "approved" and found[0].vote.votes_for == 12


@pytest.mark.parametrize("text, lang", [
    ("The board will approve the budget next month.", "en"),
    ("The budget will be approved at the next meeting.", "en"),
    ("Se aprobará en la próxima sesión.", "es"),
    ("El Consejo aprobará el presupuesto en la próxima sesión.", "es"),
    ("Le conseil approuvera le budget.", "fr"),
    ("Le budget sera approuvé au prochain conseil.", "fr"),
])
def test_a_decision_announced_in_the_future_is_no_decision(text, lang):
    assert decide(text, lang) == ()


@pytest.mark.parametrize("text, lang, outcome", [
    ("ACUERDO: Aprobar el presupuesto de 2024.", "es", "approved"),
    ("ACUERDO: Se aprueba el calendario de sesiones.", "es", "approved"),
    ("APPROVED – Revised 2018 budget", "en", "approved"),
    ("REJECTED – proposal for a new fence", "en", "rejected"),
])
def test_label_first_decision_lines(text, lang, outcome):
    assert one(text, lang).outcome == outcome


@pytest.mark.parametrize("text, lang", [
    ("The 2021 plan was approved in December 2020.", "en"),
    ("La hoja de ruta 2021 se aprobó en diciembre de 2020.", "es"),
    ("El plan fue aprobado por la Asamblea de Fundadores en marzo de 2022.", "es"),
    ("Le budget a été adopté en décembre.", "fr"),
])
def test_an_adoption_dated_before_the_meeting_is_no_decision(text, lang):
    assert decide(text, lang, meeting=meeting("Junta")) == ()      # meeting of 2021-11-10
    assert len(decide(text, lang)) == 1                              # no meeting date: kept


@pytest.mark.parametrize("text, lang", [
    ("The 2023 plan was approved in November 2021.", "en"),
    ("El plan fue aprobado en noviembre.", "es"),
    ("The minutes of the meeting held in March 2021 were approved.", "en"),
])
def test_an_adoption_dated_in_the_meetings_month_decides(text, lang):
    assert len(decide(text, lang, meeting=meeting("Junta"))) == 1


@pytest.mark.parametrize("text, lang", [
    ("La délibération sera réalisée au prochain conseil.", "fr"),
    ("The vote will take place at the next meeting.", "en"),
    ("La votación se hará en la próxima sesión.", "es"),
])
def test_a_vote_put_off_to_a_later_meeting_is_postponed(text, lang):
    d = one(text, lang)
    assert d.outcome == "postponed" and d.text == text


@pytest.mark.parametrize("text, lang", [
    ("Le vote a eu lieu à main levée.", "fr"),
    ("The decision was taken unanimously by show of hands.", "en"),
    ("Ensuite décision de la reprise du bâtiment à voter au conseil.", "fr"),
])
def test_a_vote_not_put_off_is_no_deferral(text, lang):
    assert all(d.outcome != "postponed" for d in decide(text, lang))


@pytest.mark.parametrize("text, lang", [
    ("Ms Lee asked that the fee be compared with two other bodies before it is accepted.", "en"),
    ("Mme Roy demande que le devis soit comparé avant qu'il soit accepté.", "fr"),
    ("La Sra. Gil pide comparar la tarifa antes de que sea aceptada.", "es"),
])
def test_a_decision_verb_inside_a_time_clause_is_no_decision(text, lang):
    assert decide(text, lang) == ()


def test_a_subordinator_opening_the_sentence_is_read_with_its_comma():
    assert one("Before the vote, the budget was approved.", "en").outcome == "approved"


def test_hansard_outcome_lines_close_the_amendment_then_the_main_motion():
    text = ("Bill 12–The Harbour Act\n\nHon. Ms. Roe (Minister of Transport): Madam Speaker, I move, seconded by "
            "the Minister of Finance, that Bill 12, The Harbour Act, be now read a second time.\n\n"
            "Mr. Lee (Elm): Madam Speaker, I therefore move, seconded by the Member for Oak, that the motion be "
            "amended by deleting the word second and substituting the word third.\n\n"
            "The Speaker: The question before the House is the amendment moved by the Member for Elm.\n\n"
            "A recorded division was taken, the result being as follows: Yeas 9, Nays 14.\n\n"
            "The Speaker: I declare the amendment lost.\n\nAmendment negatived.\n\n"
            "The Speaker: The question before the House is the main motion.\n\n"
            "The Speaker: I declare the motion carried.\n\nMotion agreed to.\n")
    found = decide(text, "en", headings=("Bill 12–The Harbour Act",))
    assert [d.outcome for d in found] == ["approved", "rejected"]
    assert "be now read a second time" in found[0].text and "be amended" in found[1].text


def test_a_committee_report_received_and_concurred_in_is_adopted():
    d = one("Ms. Oduya: I move, seconded by the Member for Elm, that the report be received and concurred in.\n\n"
            "Motion agreed to.\n", "en")
    assert d.outcome == "adopted"


@pytest.mark.parametrize("text, lang, outcome", [
    ("Pour l'école, Yves propose que la mairie offre un dictionnaire aux élèves. Et également un PC portable "
     "d'une valeur de 500 €. Proposition non retenue par le conseil municipal.\n", "fr", "rejected"),
    ("M. Roy propose que la salle soit louée aux associations le samedi matin.\n\nLe président : Je déclare "
     "la motion adoptée.\n", "fr", "adopted"),
])
def test_outcomes_named_by_the_body_or_declared(text, lang, outcome):
    found = decide(text, lang)
    assert [d.outcome for d in found] == [outcome]
    assert "PC portable" in found[0].text or "louée aux associations" in found[0].text


def test_a_motion_lost_after_its_count_is_one_decision_with_that_count():
    d = one("The motion was put to the vote: 3 in favour, 5 against. The motion to close the footpath was lost.", "en")
    assert d.outcome == "rejected" and "close the footpath" in d.text
    assert (d.vote.votes_for, d.vote.against) == (3, 5)


def test_lost_decides_only_a_motion():
    assert decide("The signed copy of the lease was lost in the post.", "en") == ()
    assert decide("The Council lost the appeal against the inspector.", "en") == ()


@pytest.mark.parametrize("text, outcome", [
    ("RESOLVED: that the minutes of the meeting held on 9 April be approved as a correct record.", "approved"),
    ("RESOLVED: that the item be deferred to the June meeting.", "postponed"),
    ("RESOLVED: that the clerk renews the insurance policy.", "agreed"),
    ("RESOLVED: that the hall hire fee be increased to £30 an hour from 1 May.", "approved"),   # the thing decided
])
def test_a_resolution_takes_the_outcome_its_clause_states(text, outcome):
    assert one(text, "en").outcome == outcome


@pytest.mark.parametrize("text, heading, lang", [
    ("6.12 Permis de végétaliser\n\nÀ traiter dans la commission environnement.\n\n6.13 Divers\n\nRien.\n",
     "6.12 Permis de végétaliser", "fr"),
    ("4. Tree planting policy\n\nThe item was referred to the committee on parks for a report.\n",
     "4. Tree planting policy", "en"),
])
def test_an_item_referred_to_a_committee_is_postponed(text, heading, lang):
    d = one(text, lang, headings=(heading,))
    assert d.outcome == "postponed" and heading in d.text
