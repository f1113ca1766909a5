"""Proposals confirmed ("Il en est ainsi décidé.", "It was so decided.", "Así se acuerda."),
a vote between the council and its verb ("le Conseil, par 31 voix pour, ..., DÉCIDE : -
d'adopter"), document symbols in brackets, a committee transcript's motions declared by
the chair ("Without objection, the minutes are approved.") and closed by roll calls.
Invented sentences in French, English and Spanish (issue 14 item 4)."""

from __future__ import annotations

import pytest

from test_decisions import decide, one  # noqa: F401 (shared helpers)


# ------------------------------------------------------------------ a vote inside the deliberation


@pytest.mark.parametrize("text, outcome, votes", [
    ("Après en avoir délibéré, le Conseil communautaire, par 21 voix pour, 3 contre et 2 abstentions (26\n"
     "votants, le Président ne prenant pas part au vote), DÉCIDE : - d'approuver le compte administratif 2030 ;",
     "approved", (21, 3, 2)),
    ("Après en avoir délibéré, le Conseil syndical, par 19 voix pour et 6 contre, DÉCIDE : - d'adopter la grille "
     "tarifaire 2031.", "adopted", (19, 6, None)),
])
def test_a_vote_between_the_council_and_its_verb(text, outcome, votes):
    d = one(text, "fr")
    assert d.outcome == outcome and (d.vote.votes_for, d.vote.against, d.vote.abstain) == votes
    assert d.subject and d.subject.startswith(("d'approuver", "d'adopter"))


# ------------------------------------------------------------------ proposals confirmed


_FR_RECORD = (
    "Adoption du compte rendu de la douzième session (CX-9/1)\n\n"
    "1. Le Président dit qu'en l'absence d'objection, il considérera que le Conseil souhaite adopter le compte "
    "rendu de sa douzième session.\n\n2. Il en est ainsi décidé.\n\n"
    "Rapport annuel (CX-9/2)\n\n"
    "3. Le Président dit qu'en l'absence d'objection, il considérera que le Conseil souhaite prendre note du "
    "rapport annuel.\n\n4. Il en est ainsi décidé.\n\n"
    "Siège du centre (CX-9/3)\n\n"
    "5. Le Président propose de reporter la décision sur le siège à la session suivante. Il en est ainsi décidé.\n\n"
    "Budget (CX-9/4)\n\n"
    "6. Le projet de décision CX-9/D.4 sur le budget 2031 est adopté par consensus.\n"
)
_FR_HEADINGS = ("Adoption du compte rendu de la douzième session (CX-9/1)", "Rapport annuel (CX-9/2)",
                "Siège du centre (CX-9/3)", "Budget (CX-9/4)")


def test_a_proposal_confirmed_is_the_decision_its_verb_says():
    found = decide(_FR_RECORD, "fr", headings=_FR_HEADINGS)
    assert [d.outcome for d in found] == ["adopted", "agreed", "postponed", "adopted"]
    assert "souhaite adopter le compte rendu" in found[0].text and "prendre note du rapport" in found[1].text
    assert "reporter la décision sur le siège" in found[2].text


def test_a_symbol_in_brackets_in_the_item_heading_is_the_ref():
    found = decide(_FR_RECORD, "fr", headings=_FR_HEADINGS)
    assert [d.refs for d in found] == [("CX-9/1",), ("CX-9/2",), ("CX-9/3",), ("CX-9/4",)]


@pytest.mark.parametrize("text, lang, outcome", [
    ("Item 4: Budget\n\n12. The Chair took it that the Committee wished to defer the item to its next session.\n\n"
     "13. It was so decided.\n", "en", "postponed"),
    ("Tema 4: Presupuesto\n\n12. El Presidente entiende que el Consejo desea aprobar el presupuesto de 2031.\n\n"
     "13. Así se acuerda.\n", "es", "approved"),
])
def test_the_chairs_proposal_so_decided_in_english_and_spanish(text, lang, outcome):
    d = one(text, lang, headings=(text.split("\n")[0],))
    assert d.outcome == outcome and ("defer the item" in d.text or "aprobar el presupuesto" in d.text)


# ------------------------------------------------------------------ a committee transcript

_HEARING = (
    "SENATOR ROE: Mr. Chairman, I move approval of the minutes of the March 3 hearing.\n"
    "SENATOR LEE: Second.\n"
    "CHAIRMAN KATZ: Without objection, the minutes are approved. We turn to Senate Bill 88.\n"
    "SENATOR LEE: I move to adopt Amendment 2 to SB 88.\n"
    "SENATOR ROE: Second.\n"
    "CHAIRMAN KATZ: Seeing none, Amendment 2 as modified is adopted.\n"
    "SENATOR ROE: I move that SB 88 do pass as amended.\n"
    "SENATOR LEE: Second.\n"
    "AYES: Katz, Roe, Lee.\n"
    "NOES: Park.\n"
    "ABSENT: Diaz.\n"
    "CHAIRMAN KATZ: The bill passes 3-1. Finally, SJR 4.\n"
    "SENATOR PARK: I move that SJR 4 be held over to our next hearing.\n"
    "CHAIRMAN KATZ: Without objection, so ordered.\n"
)


def test_each_motion_of_a_hearing_is_one_decision_with_its_own_vote():
    found = decide(_HEARING, "en")
    assert [d.outcome for d in found] == ["approved", "adopted", "approved", "postponed"]
    assert "approval of the minutes" in found[0].text and "the minutes are approved" in found[0].text
    assert "to adopt Amendment 2" in found[1].text and found[1].vote is None      # not the bill's roll call
    assert "SB 88 do pass" in found[2].text
    assert (found[2].vote.votes_for, found[2].vote.against) == (3, 1)
    assert "SJR 4 be held over" in found[3].text
    assert [d.refs for d in found[1:]] == [("88",), ("88",), ("4",)]


def test_an_adopted_line_after_a_deliberation_is_no_capital_verb_reaching_into_the_next_item():
    text = ("Point n° 2 : Décision modificative n° 2\n\nAprès en avoir délibéré, le conseil municipal approuve le "
            "virement de 8 000 € au compte 61521.\n\nADOPTÉ à l'unanimité.\n\n"
            "Point n° 3 : Délibération n° 2031-032 — Tarifs de la salle des fêtes 2031\n\n"
            "Il est proposé au conseil d'approuver les tarifs de location de la salle des fêtes pour 2031.\n\n"
            "ADOPTÉ 9 voix pour, 4 abstentions.\n")
    found = decide(text, "fr")
    assert [d.outcome for d in found] == ["approved", "approved"]
    assert "Point n° 3" not in found[0].text and "tarifs de location" in found[1].text
