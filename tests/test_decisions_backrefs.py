"""A numbered resolution that only points back at the decision sentence before it ("ACUERDO
N° 203/2025: Se aprueba según lo señalado.") records that decision, not another; "otorgar"
approves, "dejar pendiente" postpones, "por asentimiento" is unanimous. Invented sentences
(issue 14 item 4)."""

from __future__ import annotations

import pytest

from test_decisions import decide, one  # noqa: F401 (shared helpers)


@pytest.mark.parametrize("text, lang, words, outcome", [
    ("3. Subvención\n\nSe acuerda por asentimiento otorgar la subvención al club de ajedrez.\n\n"
     "ACUERDO N° 31/2031: Se aprueba según lo señalado.\n\n4. Varios\n", "es", "club de ajedrez", "approved"),
    ("3. Grants\n\nThe Board decides to award the grant to the chess club.\n\n"
     "RESOLUTION 2031-12: Approved as stated above.\n\n4. Other business\n", "en", "chess club", "approved"),
])
def test_a_resolution_pointing_back_records_the_decision_before_it(text, lang, words, outcome):
    d = one(text, lang, headings=(text.split("\n")[0], text.rstrip("\n").split("\n")[-1]))
    assert words in d.text and d.outcome == outcome


def test_a_resolution_with_its_own_words_still_settles_the_discussion_above():
    text = ("3. Subvención\n\nLa propuesta fue aprobada en comisión.\n\n"
            "ACUERDO N° 31/2031: Se aprueba la subvención al club de ajedrez.\n\n4. Varios\n")
    d = one(text, "es", headings=("3. Subvención", "4. Varios"))
    assert "ACUERDO N° 31/2031" in d.text


def test_unanimity_by_assent_and_a_matter_left_pending():
    d = one("Se acuerda por asentimiento otorgar la subvención al club de ajedrez.", "es")
    assert d.outcome == "approved" and d.vote is not None and d.vote.unanimous
    d = one("Se acuerda dejar pendiente la adjudicación de la obra hasta la próxima sesión.", "es")
    assert d.outcome == "postponed"


@pytest.mark.parametrize("text, refs", [
    ("Moved by Trustee Roe\nSeconded by Trustee Lee\nTHAT the Board adopt the 2031 operating budget as presented "
     "in Report BS-31-08.\n\nCARRIED\n", ("BS-31-08",)),
    ("The Board approved the audit plan (document AC 31-2).", ("31-2",)),          # tag apart: dropped
    ("The Council adopted the agenda contained in document EC-43/1.", ("43/1",)),
    ("The Board approved the annual report 2030-31.", ()),
])
def test_a_code_glued_to_its_tag_by_dashes_is_kept_whole(text, refs):
    assert one(text, "en").refs == refs


@pytest.mark.parametrize("text, lang, outcome", [
    ("A propuesta del señor Gil, y por entender que la cancha debe reservarse a las divisiones propias, se rechaza "
     "por mayoría la solicitud de cesión de la cancha.", "es", "rejected"),
    ("Considérant que la salle doit être rénovée avant l'hiver, le conseil approuve le devis de l'entreprise Roy.",
     "fr", "approved"),
    ("Considering that the hall must be repaired before winter, the Board approved the quote from Roy Ltd.",
     "en", "approved"),
])
def test_a_reason_given_before_the_decision_does_not_make_it_a_proposal(text, lang, outcome):
    assert one(text, lang).outcome == outcome


def test_a_modal_in_the_decision_clause_itself_still_makes_it_a_proposal():
    assert decide("Por entender que es urgente, se debe aprobar la solicitud de cesión.", "es") == ()


@pytest.mark.parametrize("text", [
    "ACUERDO: Encargar a la arquitecta Dña. Ana Gil un informe sobre la fachada, por un máximo de 900 euros.",
    "Se acuerda encargar a la gestoría la revisión de las cuentas de 2031.",
])
def test_commissioning_work_is_approved_as_charge_is_in_french(text):
    assert one(text, "es").outcome == "approved"


def test_a_motion_moving_several_listed_items_cites_none_of_their_codes():
    text = ("V. CONSENT AGENDA\n\nA. Minutes of the meeting at which the hearing on Ordinance No. 2031-17 was set.\n\n"
            "B. Resolution No. 2031-031 accepting a trails grant.\n\nC. Purchase of two patrol vehicles.\n\n"
            "Motion by Commissioner Ames, seconded by Commissioner Bell, to approve consent agenda items A through C. "
            "Motion carried 5-0.\n")
    d = one(text, "en", headings=("V. CONSENT AGENDA",))
    assert d.outcome == "approved" and d.refs == ()
    text = ("VI. GRANTS\n\nResolution No. 2031-032 accepts the trails grant.\n\n"
            "Motion by Commissioner Ames, seconded by Commissioner Bell, to approve the resolution. Motion carried 5-0.\n")
    assert one(text, "en", headings=("VI. GRANTS",)).refs == ("2031-032",)


def test_a_motion_takes_no_code_from_the_letterhead_above_its_section():
    text = ("SENATE COMMITTEE ON WATER\n\nALSO PRESENT: Senator Feld, sponsor of SB 88.\n\n"
            "P R O C E E D I N G S\n\nSENATOR ROE: I move approval of the minutes of the March 3 hearing.\n"
            "SENATOR LEE: Second.\nCHAIRMAN KATZ: Without objection, the minutes are approved.\n")
    d = one(text, "en", headings=("SENATE COMMITTEE ON WATER", "P R O C E E D I N G S"))
    assert d.outcome == "approved" and d.refs == ()
