"""Vote lines in every form close the motion above them and give its tallies; label-first
lines; motions moved and seconded; refs of acts cited (issue 14 item 4), on invented
sentences in English, French and Spanish."""

from __future__ import annotations

import pytest

from test_decisions import decide, one  # noqa: F401 (shared helpers)


def _votes(d):
    return (d.vote.votes_for, d.vote.against, d.vote.abstain) if d.vote else None


# ------------------------------------------------------------------ vote lines and tallies


@pytest.mark.parametrize("line, votes", [
    ("Motion carried 4-1 (Ayes: Ames, Bell, Cruz, Diaz; Nays: Egan)", (4, 1, None)),
    ("Motion carried (Ayes: Ames, Bell, Cruz; Nays: Egan, Ford)", (3, 2, None)),
    ("CARRIED 5/2", (5, 2, None)),
    ("Carried 6-0-1.", (6, 0, 1)),
])
def test_an_outcome_line_with_its_count_closes_the_motion_and_gives_the_tally(line, votes):
    text = ("7. Paving programme\n\nMoved by Councillor Ames, seconded by Councillor Bell, that the 2031 "
            f"paving contract be awarded to Roadco.\n\n{line}\n\n8. Next item\n")
    d = one(text, "en", headings=("7. Paving programme", "8. Next item"))
    assert d.outcome == "approved" and "paving contract be awarded to Roadco" in d.text
    assert _votes(d) == votes


def test_a_roll_of_names_on_one_line_is_counted_per_label():
    text = ("5. Dog park\n\nMoved Cr Ames, seconded Cr Bell, that Council adopt the dog park policy.\n\n"
            "For: Crs Ames, Bell, Cruz Against: Cr Diaz\n\nCARRIED\n")
    d = one(text, "en", headings=("5. Dog park",))
    assert "adopt the dog park policy" in d.text
    assert _votes(d) == (3, 1, None)


def test_a_majority_line_with_its_count_in_brackets_is_the_vote_of_the_decision():
    text = ("4. Subvention au club de judo\n\nLe conseil attribue une subvention de 500 € au club de judo.\n\n"
            "Adopté à la majorité (2 contre).\n\n5. Questions diverses\n")
    d = one(text, "fr", headings=("4. Subvention au club de judo", "5. Questions diverses"))
    assert d.outcome == "approved" and "subvention de 500 €" in d.text
    assert d.vote is not None and d.vote.against == 2


def test_a_spanish_vote_sentence_about_the_proposal_closes_its_item():
    text = ("3. Aprobación del reglamento de mercados\n\nEl concejal Gil expone el contenido del reglamento "
            "de mercados municipales.\n\nSometida a votación, la propuesta resulta aprobada por 7 votos a "
            "favor, 4 en contra y 2 abstenciones.\n\n4. Ruegos y preguntas\n")
    d = one(text, "es", headings=("3. Aprobación del reglamento de mercados", "4. Ruegos y preguntas"))
    assert d.outcome == "approved" and "reglamento de mercados" in d.text
    assert _votes(d) == (7, 4, 2)


# ------------------------------------------------------------------ motions moved and seconded


def test_a_motion_moved_and_seconded_in_one_phrase_is_what_the_outcome_closes():
    text = ("5. Dog park\n\nIt was moved by Cr Ames and seconded by Cr Bell that the dog park open in May.\n\n"
            "CARRIED\n")
    d = one(text, "en", headings=("5. Dog park",))
    assert "dog park open in May" in d.text and d.outcome == "approved"
    assert d.subject and "dog park" in d.subject


def test_only_the_resolution_is_decided_not_the_officer_recommendation_above_it():
    text = ("9. Tree removal at 5 Elm Street\n\nOfficer Recommendation\n\n"
            "That Council approve the tree removal at 5 Elm Street.\n\nCouncil Resolution\n\n"
            "Moved Cr Ames, seconded Cr Bell\n\nThat Council defer the tree removal at 5 Elm Street to the June "
            "meeting.\n\nCARRIED\n")
    d = one(text, "en", headings=("9. Tree removal at 5 Elm Street", "Officer Recommendation", "Council Resolution"))
    assert d.outcome == "postponed"
    assert "defer the tree removal" in d.text and "approve the tree removal" not in d.text


def test_a_seconding_said_after_the_motion_does_not_take_its_place():
    text = ("4. Fees\n\nCouncillor Ames moved that the hall hire fee rise to $40.\n\n"
            "The motion was seconded by Councillor Bell.\n\nCarried.\n")
    d = one(text, "en", headings=("4. Fees",))
    assert "hall hire fee rise to $40" in d.text


def test_words_that_only_look_like_a_mover_or_a_clause_are_no_motion():
    text = ("4. Fees\n\nThe item was moved to the May meeting to allow more time.\n\n"
            "That said, the Chair thanked the volunteers.\n")
    assert decide(text, "en", headings=("4. Fees",)) == ()


# ------------------------------------------------------------------ label-first lines


@pytest.mark.parametrize("text, lang, outcome, words", [
    ("NOTED: the treasurer's quarterly report for March.", "en", "agreed", "treasurer's quarterly report"),
    ("DÉCISION : approbation du plan de formation 2031.", "fr", "approved", "plan de formation"),
    ("DÉCISION : report de l'examen du plan de formation à la prochaine séance.", "fr", "postponed",
     "plan de formation"),
    ("ACUERDO: aprobación del calendario de sesiones de 2031.", "es", "approved", "calendario de sesiones"),
    ("RESOLUTION: adoption of the 2031 tree policy.", "en", "adopted", "tree policy"),
])
def test_a_label_opening_a_nominal_decision_gives_the_outcome_of_its_noun(text, lang, outcome, words):
    d = one(text, lang)
    assert d.outcome == outcome and words in d.text


@pytest.mark.parametrize("text, lang", [
    ("DÉCISION N° 2031-04 :", "fr"),
    ("Noted that the hall roof leaks again.", "en"),
])
def test_a_label_alone_does_not_make_a_sentence_a_decision(text, lang):
    assert decide(text, lang) == ()


# ------------------------------------------------------------------ refs of acts cited


@pytest.mark.parametrize("text, lang, refs", [
    ("The Council approved Ordinance No. 2031-17 on short-term rentals.", "en", ("2031-17",)),
    ("Le conseil municipal approuve la modification de la délibération n° 2031-014 relative aux tarifs.", "fr", ("2031-014",)),
    ("Se aprueba el Expediente 123/2031 de modificación presupuestaria.", "es", ("123/2031",)),
    ("Se aprueba la Ordenanza n.º 7/2031 de terrazas.", "es", ("7/2031",)),
])
def test_an_act_cited_by_number_in_the_decision_is_its_ref(text, lang, refs):
    assert one(text, lang).refs == refs


def test_a_decision_takes_the_act_of_its_agenda_item_when_its_sentence_cites_none():
    text = ("6. Ordinance No. 2031-17 (short-term rentals)\n\nMoved by Councillor Ames, seconded by Councillor "
            "Bell, that the ordinance be adopted as presented.\n\nMotion carried.\n")
    d = one(text, "en", headings=("6. Ordinance No. 2031-17 (short-term rentals)",))
    assert d.refs == ("2031-17",)


def test_a_numbered_resolution_label_is_the_decision_own_number_not_a_ref():
    text = ("DÉLIBÉRATION N° 2031-07 :\n\nLe Comité rejette la proposition d'achat d'un véhicule.\n\n"
            "Pour : 2 – Contre : 8\n")
    assert one(text, "fr").refs == ()


# ------------------------------------------------------------------ more vote lines


@pytest.mark.parametrize("line", ["Motion failed 2-5.", "FAILED", "Motion denied."])
def test_a_failed_or_denied_motion_is_rejected(line):
    text = ("7. Lease\n\nMoved by Director Lee, seconded by Director Ortiz, to approve the lease of the hall.\n\n"
            f"{line}\n")
    d = one(text, "en", headings=("7. Lease",))
    assert d.outcome == "rejected" and "lease of the hall" in d.text


def test_the_pump_that_failed_is_no_decision():
    assert decide("The pump at the north well failed twice in May.", "en") == ()


def test_a_tally_before_the_matter_is_not_its_subject():
    d = one("Se aprueba por 9 votos a favor y 2 en contra la ordenanza de terrazas.", "es")
    assert d.subject == "ordenanza de terrazas" and _votes(d) == (9, 2, None)


def test_a_bracket_inside_the_incise_between_body_and_verb_is_read():
    d = one("Le conseil municipal, à l'unanimité (2 abstentions), approuve le plan de circulation.", "fr")
    assert d.outcome == "approved" and d.vote.unanimous and d.vote.abstain == 2


def test_a_motion_that_something_be_approved_has_that_thing_as_subject():
    text = ("5. Consent agenda\n\nMoved by Cr Ames, seconded by Cr Bell, that the consent agenda items 5.1 to 5.4 "
            "be approved as presented.\n\nCARRIED UNANIMOUSLY\n")
    d = one(text, "en", headings=("5. Consent agenda",))
    assert d.subject == "consent agenda items 5.1 to 5.4" and d.vote.unanimous


def test_a_count_after_its_label_is_not_read_with_the_label_of_the_next_line():
    text = ("7. Arriendo\n\nLa Junta aprueba el arriendo del salón.\nVotos a favor: 5\nVotos en contra: 2\n"
            "Abstenciones: 0\n")
    d = one(text, "es", headings=("7. Arriendo",))
    assert _votes(d) == (5, 2, 0)


@pytest.mark.parametrize("text, outcome, votes", [
    ("The Board voted 5-2 to approve the lease of the hall.", "approved", (5, 2, None)),
    ("The Board voted unanimously to defer the lease of the hall.", "postponed", None),
    ("The Board voted against the lease of the hall.", "rejected", None),
    ("The Board voted in favour of the lease of the hall.", "approved", None),
])
def test_a_body_that_voted_decides_what_its_vote_says(text, outcome, votes):
    d = one(text, "en")
    assert d.outcome == outcome and "lease of the hall" in d.text
    assert votes is None or _votes(d) == votes


def test_a_member_who_voted_is_no_decision():
    assert decide("Councillor Ames said she voted against the lease last year.", "en") == ()


def test_a_seconder_named_with_lowercase_words_before_the_clause():
    text = ("Ms. Roe (Chair of the Standing Committee on Roads): Madam Speaker, I have the honour to present the "
            "First Report of the Committee. I move, seconded by the honourable Member for Elm, that the report be "
            "received and concurred in.\n\nMotion agreed to.\n")
    d = one(text, "en")
    assert d.outcome == "adopted" and d.text.startswith("I move")


# ------------------------------------------------------------------ from the fresh held-out sets (phase 2)


def test_an_abbreviated_motion_with_only_its_count_closes_the_decision_above():
    text = ("3. Minutes\n\nMinutes of the May 4, 2031 board meeting approved as distributed. M/S/C Ana/Raj, 4-0.\n\n"
            "4. Budget\n\nAPPROVED – revised 2031 landscaping budget.\n\nM/S/C Raj/Lin, 3-1.\n")
    first, second = decide(text, "en", headings=("3. Minutes", "4. Budget"))
    assert "Minutes of the May 4, 2031 board meeting" in first.text and _votes(first) == (4, 0, None)
    assert "landscaping budget" in second.text and _votes(second) == (3, 1, None)


def test_a_tabled_label_postpones():
    d = one("TABLED – replacement of the pool chairs, until the October meeting.", "en")
    assert d.outcome == "postponed"


def test_the_motion_put_and_lost_closes_the_clause_moved_above_it():
    text = ("9.3 Permit PA 2031/7\n\nMoved Cr Ames, seconded Cr Bell\n\nThat Council grant a permit for PA 2031/7 "
            "subject to the conditions in the report.\n\nThe motion was put and LOST 2/4.\n")
    d = one(text, "en", headings=("9.3 Permit PA 2031/7",))
    assert d.outcome == "rejected" and "grant a permit for PA 2031/7" in d.text and _votes(d) == (2, 4, None)


@pytest.mark.parametrize("text", ["Senate NOTED the report of the Audit Committee.",
                                  "The Senate noted the dates of meetings for 2032."])
def test_a_body_that_noted_a_report_took_note_of_it(text):
    assert one(text, "en").outcome == "agreed"


@pytest.mark.parametrize("text", ["The Chair noted that the roof leaks.",
                                  "The recording is deleted once the minutes are approved."])
def test_a_remark_or_a_time_clause_is_no_decision(text):
    assert decide(text, "en") == ()


def test_a_notice_of_motion_heading_postpones_nothing():
    text = ("10. Notice of Motion\n\nCr Lin had given notice of a motion on street lighting. She withdrew the "
            "motion.\n\n11. Close\n")
    assert decide(text, "en", headings=("10. Notice of Motion", "11. Close")) == ()


def test_a_motion_to_table_an_item_is_a_postponement():
    text = ("6. Parking study\n\nMotion by Commissioner Lee, seconded by Commissioner Wu, to table the parking study "
            "to the April 8, 2031 meeting. Motion carried 5-0.\n")
    assert one(text, "en", headings=("6. Parking study",)).outcome == "postponed"


def test_a_paper_code_of_three_parts_in_the_item_heading_is_the_ref():
    text = ("S.31/32.015 ACADEMIC REGULATIONS (PAPER S/31/32/05)\n\nRESOLVED that the Academic Regulations for "
            "2031/32 be approved.\n")
    d = one(text, "en", headings=("S.31/32.015 ACADEMIC REGULATIONS (PAPER S/31/32/05)",))
    assert d.refs == ("31/32/05",)


def test_a_vote_line_naming_who_voted_against_closes_the_proposal_above():
    text = ("PUNTO 4. Pago de alumbrado\n\nLa Tesorera informó del adeudo. Se propone al Cabildo: Aprobar el pago "
            "de la factura de alumbrado público.\n\nSometido a votación, se aprobó por mayoría, con 7 votos a favor "
            "y 1 en contra del regidor Ramírez.\n")
    d = one(text, "es", headings=("PUNTO 4. Pago de alumbrado",))
    assert "Aprobar el pago de la factura" in d.text and _votes(d) == (7, 1, None)


def test_an_outcome_word_opening_a_tally_line_closes_the_motion_above():
    text = ("4. Subvention\n\nLe Maire propose d'attribuer une subvention de 1 500 € à l'association des parents.\n\n"
            "ADOPTÉ — 13 votants : 9 pour, 4 abstentions.\n")
    d = one(text, "fr", headings=("4. Subvention",))
    assert "attribuer une subvention" in d.text and d.outcome == "approved"
    assert _votes(d) == (9, None, 4)


def test_an_outcome_after_a_stop_taken_for_an_initial_closes_the_motion():
    text = ("V. CONSENT AGENDA\n\nA. Minutes of May 2.\n\nB. Purchase of two mowers.\n\nMotion by Commissioner Lee, "
            "seconded by Commissioner Wu, to approve consent agenda items A through B. Motion carried 5-0.\n\n"
            "VI. ORDINANCE\n\nMotion by Commissioner Wu, seconded by Commissioner Lee, to adopt Ordinance No.\n"
            "2031-17 on second reading. Motion carried 4-1 (Ayes: Lee, Wu, Diaz, Roy;\nNays: Kim).\n")
    consent, ordinance = decide(text, "en", headings=("V. CONSENT AGENDA", "VI. ORDINANCE"))
    assert "consent agenda items A through B" in consent.text and _votes(consent) == (5, 0, None)
    assert ordinance.outcome == "adopted" and ordinance.refs == ("2031-17",) and _votes(ordinance) == (4, 1, None)


def test_a_deliberation_number_naming_its_item_is_no_ref():
    text = ("Point n° 3 : Délibération n° 2031-032 — Tarifs de la salle des fêtes\n\nLe conseil municipal approuve "
            "les tarifs de location de la salle pour 2032.\n")
    d = one(text, "fr", headings=("Point n° 3 : Délibération n° 2031-032 — Tarifs de la salle des fêtes",))
    assert d.refs == ()


def test_the_body_the_title_names_decides_even_when_the_meeting_is_named_otherwise():
    from test_decisions import meeting
    text = "UNIVERSITY OF NORTHBY\nSENATE\nMinutes of the meeting\n\nSenate NOTED the report of the Registrar.\n"
    assert one(text, "en", meeting=meeting("Council Chamber")).outcome == "agreed"
    assert decide("Minutes of the meeting\n\nThe Senate approved the new degree.\n", "en",
                  meeting=meeting("Board of Governors")) == ()


def test_a_noting_takes_the_paper_of_its_item_heading():
    text = ("S.31/32.013 REPORT OF THE REGISTRAR (PAPER S/31/32/02)\n\nThe Registrar presented the report. "
            "Senate NOTED the report of the Registrar.\n")
    d = one(text, "en", headings=("S.31/32.013 REPORT OF THE REGISTRAR (PAPER S/31/32/02)",))
    assert d.outcome == "agreed" and d.refs == ("31/32/02",)


def test_an_agreement_to_appoint_someone_is_an_approval():
    assert one("ACUERDO: Nombrar Tesorera de la Comunidad para 2032 a la Sra. Gil.", "es").outcome == "approved"


def test_an_honorific_abbreviation_does_not_cut_the_decision_before_the_name():
    d = one("ACUERDO: Nombrar Presidenta de la Comunidad para 2032 a Dña. Celia Gil Ruiz.", "es")
    assert d.text.endswith("Celia Gil Ruiz.")


def test_an_outcome_announcing_the_roll_call_below_takes_its_counts():
    text = ("7. Lease\n\nMOTION: Commissioner Lee moved, seconded by Commissioner Ortiz, to approve the lease of the "
            "hall.\n\nThe motion carried by the following vote:\nAYES: Lee, Ortiz, Diaz\nNOES: Wu\nABSENT: None\n\n"
            "8. Next item\n")
    d = one(text, "en", headings=("7. Lease", "8. Next item"))
    assert "lease of the hall" in d.text and d.outcome == "approved" and _votes(d) == (3, 1, None)


def test_a_count_line_alone_under_an_item_is_no_decision():
    text = "6.5.2 Panneau lumineux\n\nSondage auprès des habitants.\nPour : 49 Contre : 33\n\n6.5.3 Divers\n"
    assert decide(text, "fr", headings=("6.5.2 Panneau lumineux", "6.5.3 Divers")) == ()


def test_an_act_whose_number_is_followed_by_a_dash_in_its_item_is_still_cited():
    text = ("Item 5 - Amendment to By-law No. 68/2031 – Rezoning of Elm Road\n\nCouncillor Roe: I move that the "
            "amendment be read a second time.\n\nThe Chair: All in favour? Carried.\n")
    d = one(text, "en", headings=("Item 5 - Amendment to By-law No. 68/2031 – Rezoning of Elm Road",))
    assert d.refs == ("68/2031",)
