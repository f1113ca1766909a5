"""Roll-call blocks with no outcome word, resolution numbers as refs, the Québec and
Argentine closing formulas, UN drafts closed by "was adopted", and "Decides" (issue 14
item 4), on invented sentences in English, French and Spanish."""

from __future__ import annotations

import pytest

from test_decisions import decide, one  # noqa: F401 (shared helpers)


def _votes(d):
    return (d.vote.votes_for, d.vote.against, d.vote.abstain) if d.vote else None


# ------------------------------------------------------------------ roll calls with no outcome word

_EN_MOTION = ("7. Paving programme\n\nMoved by Councillor Ames, seconded by Councillor Bell, that the 2031 "
              "paving contract be awarded to Roadco.\n\n")


@pytest.mark.parametrize("roll, outcome, votes", [
    ("AYES: Ames, Bell, Cruz\nNOES: Diaz\nABSTAIN: None\nABSENT: Egan", "approved", (3, 1, 0)),
    ("In favour: Ames, Bell\nOpposed: Cruz, Diaz, Egan", "rejected", (2, 3, None)),
    ("Ayes:\nAmes\nBell\nCruz\nNays:\nDiaz", "approved", (3, 1, None)),
])
def test_an_english_roll_call_alone_closes_the_motion_with_its_counts(roll, outcome, votes):
    d = one(_EN_MOTION + roll + "\n\n8. Next item\n", "en", headings=("7. Paving programme", "8. Next item"))
    assert "paving contract be awarded to Roadco" in d.text
    assert d.outcome == outcome and _votes(d) == votes


def test_a_french_roll_call_closes_the_motion_moved_and_seconded():
    text = ("4. Subvention au club de judo\n\nIl est proposé par M. Dupont, appuyé par Mme Roy, d'attribuer une "
            "subvention de 500 € au club de judo.\n\nPour : Dupont, Roy, Martin\nContre : Leroy\n\n5. Divers\n")
    d = one(text, "fr", headings=("4. Subvention au club de judo", "5. Divers"))
    assert d.outcome == "approved" and "subvention de 500 €" in d.text and _votes(d) == (3, 1, None)
    assert d.subject and "subvention" in d.subject and "dupont" not in d.subject


def test_a_spanish_roll_call_closes_the_motion():
    text = ("3. Reglamento de mercados\n\nEl concejal Gil propone aprobar el reglamento de mercados.\n\n"
            "A favor: Gil, Ruiz\nEn contra: Vega, Soto, Mora\n\n4. Ruegos y preguntas\n")
    d = one(text, "es", headings=("3. Reglamento de mercados", "4. Ruegos y preguntas"))
    assert d.outcome == "rejected" and "reglamento de mercados" in d.text and _votes(d) == (2, 3, None)


def test_a_spanish_vote_label_then_its_counts_closes_the_motion():
    text = ("3. Reglamento de mercados\n\nEl concejal Gil propone aprobar el reglamento de mercados.\n\n"
            "Votación: 7 votos a favor, 2 en contra.\n\n4. Ruegos y preguntas\n")
    d = one(text, "es", headings=("3. Reglamento de mercados", "4. Ruegos y preguntas"))
    assert d.outcome == "approved" and "propone aprobar el reglamento" in d.text and _votes(d) == (7, 2, None)


def test_a_roll_call_an_outcome_line_announces_is_not_a_second_decision():
    text = (_EN_MOTION + "The motion carried by the following vote:\nAYES: Ames, Bell, Cruz\nNOES: Diaz\n\n"
            "8. Next item\n")
    d = one(text, "en", headings=("7. Paving programme", "8. Next item"))
    assert d.outcome == "approved" and _votes(d) == (3, 1, None)


def test_an_outcome_word_after_the_roll_call_wins_over_the_counts():
    text = _EN_MOTION + "AYES: Ames, Bell, Cruz\nNOES: Diaz, Egan\n\nMotion failed.\n"
    d = one(text, "en", headings=("7. Paving programme",))
    assert d.outcome == "rejected" and "paving contract" in d.text


def test_a_roll_call_with_no_motion_above_is_no_decision():
    assert decide("Present: Ames, Bell\n\nAYES: Ames, Bell\nNOES: Cruz\n", "en") == ()


# ------------------------------------------------------------------ resolution numbers as refs


@pytest.mark.parametrize("text, lang, refs", [
    ("Resolution No. 2025-032 adopting the 2031 water rates was approved.", "en", ("2025-032",)),
    ("La résolution 2025-03-045 fixant les tarifs de l'eau est adoptée.", "fr", ("2025-03-045",)),
    ("Se aprueba el Acuerdo N° 045/2025 sobre las tarifas del agua.", "es", ("045/2025",)),
    ("The Commission adopted Ordinance No. 1187 amending the water rates.", "en", ("1187",)),
    ("Special Resolution 1, to adopt the new Constitution, was carried.", "en", ()),
    ("La résolution 3 sur les statuts est adoptée.", "fr", ()),
])
def test_a_resolution_cited_by_a_number_with_a_separator_is_a_ref(text, lang, refs):
    assert one(text, lang).refs == refs


def test_the_label_numbering_the_resolution_itself_is_no_ref():
    text = "RÉSOLUTION N° 2025-03-045 : Tarifs de l'eau\n\nLe conseil adopte les tarifs de l'eau pour 2031.\n"
    assert one(text, "fr").refs == ()


# ------------------------------------------------------------------ Québec and Argentine formulas


def test_a_quebec_resolution_resolved_unanimously_that_the_council_acts():
    text = ("5. Tarifs de l'eau\n\nIl est proposé par M. Jean Tremblay, appuyé par Mme Louise Roy, et résolu à "
            "l'unanimité QUE le conseil fixe les tarifs de l'eau pour 2031.\n\nADOPTÉE\n\n6. Divers\n")
    d = one(text, "fr", headings=("5. Tarifs de l'eau", "6. Divers"))
    assert d.outcome == "agreed" and d.subject and d.subject.startswith("tarifs de l'eau")
    assert d.vote is not None and d.vote.unanimous


@pytest.mark.parametrize("text, lang, outcome", [
    ("Il est proposé par M. Jean Roy, appuyé par Mme Ana Lebel, et résolu QUE le conseil adopte le règlement "
     "numéro 412-2031.", "fr", "adopted"),
    ("It was moved by Director Lee, seconded by Director Ortiz and resolved that the Board approve the pool "
     "contract.", "en", "approved"),
])
def test_a_resolution_that_the_body_decides_takes_the_outcome_of_its_verb(text, lang, outcome):
    assert one(text, lang).outcome == outcome


def test_an_argentine_vote_line_closes_the_file_above_it():
    text = ("Expediente 1234-D-2031. Proyecto de ordenanza sobre el arbolado urbano.\n\n-Se vota y resulta "
            "afirmativa.\n\nExpediente 1240-D-2031. Proyecto de comunicación sobre bacheo.\n\n"
            "-Se vota y resulta negativa.\n")
    found = decide(text, "es")
    assert [(d.outcome, d.refs) for d in found] == [("approved", ("1234-D-2031",)), ("rejected", ("1240-D-2031",))]
    assert "arbolado urbano" in found[0].text and "bacheo" in found[1].text


# ------------------------------------------------------------------ summary records: drafts adopted


@pytest.mark.parametrize("text, lang, outcome", [
    ("Agenda item 4: Budget for 2031\n\nThe Chair drew attention to draft decision A/C.5/86/L.12.\n\n"
     "The draft decision was adopted.\n", "en", "adopted"),
    ("Point 4 : Budget pour 2031\n\nLe Président appelle l'attention sur le projet de décision A/C.5/86/L.12.\n\n"
     "Le projet de décision est adopté.\n", "fr", "adopted"),
    ("Tema 4: Presupuesto para 2031\n\nEl Presidente señala el proyecto de resolución A/C.5/86/L.12.\n\n"
     "Queda aprobado el proyecto de resolución.\n", "es", "approved"),
])
def test_a_draft_adopted_takes_the_symbol_named_above_as_its_ref(text, lang, outcome):
    heading = text.split("\n")[0]
    d = one(text, lang, headings=(heading,))
    assert d.outcome == outcome and d.refs == ("A/C.5/86/L.12",)


# ------------------------------------------------------------------ "Decides": one convention


@pytest.mark.parametrize("text, lang, outcome", [
    ("1. Decides to extend the mandate of the working group;", "en", "approved"),
    ("1. Décide de prolonger le mandat du groupe de travail ;", "fr", "approved"),
    ("1. Decide prorrogar el mandato del grupo de trabajo;", "es", "approved"),
    ("2. Decides to defer the review to its next session;", "en", "postponed"),
    ("La Junta Directiva decide aplazar la compra del terreno.", "es", "postponed"),
    ("The Board decides to adopt the revised statutes.", "en", "adopted"),
])
def test_decides_approves_unless_its_infinitive_says_otherwise(text, lang, outcome):
    assert one(text, lang).outcome == outcome
