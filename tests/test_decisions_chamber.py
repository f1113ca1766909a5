"""A chamber's verbatim record: the vote line ("—Se vota y resulta afirmativa.") then the
chair's declaration ("Queda sancionada la Ordenanza N° 5.214.", "Aprobada la versión
taquigráfica ...", "El expediente vuelve a la Comisión ..."), refs from the file heading
the item; results declared by the chair in English ("was declared carried"). Invented
sentences (issue 14 item 4)."""

from __future__ import annotations

import pytest

from test_decisions import decide, one  # noqa: F401 (shared helpers)

_ITEMS = (
    "1 — VERSIÓN TAQUIGRÁFICA ANTERIOR\n\n"
    "Sr. PRESIDENTE (Sala).- En consideración la versión taquigráfica de la sesión del 3 de abril.\n\n"
    "—Se vota y resulta afirmativa.\n\n"
    "Sr. PRESIDENTE (Sala).- Aprobada la versión taquigráfica de la sesión del 3 de abril.\n\n"
    "2 — EXPTE. 2210-D-2031: PLAZA DEL BARRIO NORTE\n\n"
    "Sr. OLMOS.- Es una obra esperada; la Ordenanza N° 3.118 ya la preveía.\n\n"
    "—Se vota y resulta afirmativa por unanimidad.\n\n"
    "Sr. PRESIDENTE (Sala).- Queda sancionada la Ordenanza N° 6.001.\n\n"
    "3 — EXPTE. 2214-C-2031: TASA DE ABASTO\n\n"
    "Sra. RÍOS.- Hago moción de que el expediente vuelva a la Comisión de Hacienda.\n\n"
    "—Se vota y resulta afirmativa.\n\n"
    "Sr. PRESIDENTE (Sala).- El expediente vuelve a la Comisión de Hacienda.\n"
)


def test_the_chairs_declaration_after_the_vote_line_is_the_one_decision():
    found = decide(_ITEMS, "es")
    assert [d.outcome for d in found] == ["approved", "adopted", "postponed"]
    assert "Aprobada la versión taquigráfica" in found[0].text and "En consideración" not in found[0].text
    assert "Queda sancionada la Ordenanza N° 6.001" in found[1].text
    assert found[1].vote is not None and found[1].vote.unanimous          # the vote line's tally
    assert "El expediente vuelve a la Comisión de Hacienda" in found[2].text


def test_the_file_heading_the_item_is_the_ref_not_a_number_with_dotted_thousands():
    found = decide(_ITEMS, "es")
    assert [d.refs for d in found] == [(), ("2210-D-2031",), ("2214-C-2031",)]


@pytest.mark.parametrize("text, outcome", [
    ("Aprobada la moción del concejal Olmos.", "approved"),
    ("Rechazado el proyecto de condonación de deudas.", "rejected"),
    ("Queda sancionada la Ordenanza N° 6.002.", "adopted"),
])
def test_a_spanish_outcome_participle_opening_its_sentence_decides(text, outcome):
    assert one(text, "es").outcome == outcome


def test_a_participle_opening_a_question_or_a_clause_with_no_subject_decides_nothing():
    assert decide("¿Aprobada la moción del concejal Olmos?", "es") == ()
    assert decide("Aprobado por todos, se levanta la sesión.", "es") == ()


@pytest.mark.parametrize("text, outcome", [
    ("Greenfield & Co. were re-appointed as auditors for 2031.", "approved"),
    ("Ana Roe and Li Wei were declared elected as trustees.", "approved"),
    ("Special Resolution 1 was declared carried.", "approved"),
    ("Special Resolution 2, not having the required two-thirds majority, was declared lost.", "rejected"),
])
def test_results_declared_by_the_chair_in_english(text, outcome):
    assert one(text, "en").outcome == outcome


def test_a_bill_read_a_second_time_and_referred_as_the_rules_require_is_approved():
    text = ("Second Readings\n\nHon. Ms. Roe: Madam Speaker, I move, seconded by the Minister of Transport, that Bill "
            "12, The Ferry Fares Act, be now read a second time and be referred to a committee of this House.\n\n"
            "The Speaker: I declare the motion carried.\n\n"
            "Motion agreed to; Bill 12 read a second time and referred to the Committee of the Whole.\n")
    d = one(text, "en", headings=("Second Readings",))
    assert d.outcome == "approved" and d.refs == ("12",) and "be now read a second time" in d.text
