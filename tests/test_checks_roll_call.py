"""A roll call that names the members present without counting them ("Present: Mayor A,
Vice Mayor B, Commissioners C, D and E.") gives the attendance a vote is compared with:
its names are those the speakers extractor published as attending there. A staff list
("Staff present:") is no members' list, and a reference number before "for" ("Ordinance
No. 2024-12 for …") is no count. Invented sentences, fr/en/es."""

from __future__ import annotations

import pytest

from pipeline.checks import vote_count_mismatch
from pipeline.checks.votes import attendance, tallies
from pipeline.records import DocumentInfo, Extraction, Intervention
from pipeline.text import document_from_text, provenance

CASES = {
    "en": ("Present: Mayor Ann Rowe, Vice Mayor Tom Best, Commissioners Lia Park, Omar Nunez and Rita Vance.\n\n"
           "Absent: Commissioner Joe Marr (excused).\n\n"
           "Staff present: City Manager Eve Holt, City Clerk Sam Reed and Finance Director Kim Lau.\n\n"
           "The hearing on Ordinance No. 2024-12 for April 2 was set.\n"
           "Motion by Commissioner Park to award the paving contract. Motion carried {score}.\n"),
    "fr": ("Présents : Maire Paule Roche, Adjoint Marc Duval, conseillers Line Aubry, Eva Noël et Luc Faure.\n\n"
           "Excusé : Jean Vidal.\n\n"
           "Personnel présent : Ida Morel, secrétaire de mairie, et Noé Petit, agent comptable.\n\n"
           "L'arrêté n° 2024-12 pour le 2 avril est rappelé.\n"
           "Le marché de voirie est attribué. Adopté {score}.\n"),
    "es": ("Presentes: Alcaldesa Rosa Gil, Síndico Tomás Vera, regidores Ana Ruiz, Luis Soto y Eva Lara.\n\n"
           "Ausente: Pedro Mena.\n\n"
           "Personal presente: Secretaria Inés Paz, Tesorero Juan Cano y Contralor Raúl Ortiz.\n\n"
           "El acuerdo 2024-12 a favor del mercado se recuerda.\n"
           "Se adjudica el contrato de pavimentación. Aprobado {score}.\n"),
}
MEMBERS = {"en": ["Ann Rowe", "Tom Best", "Lia Park", "Omar Nunez", "Rita Vance"],
           "fr": ["Paule Roche", "Marc Duval", "Line Aubry", "Eva Noël", "Luc Faure"],
           "es": ["Rosa Gil", "Tomás Vera", "Ana Ruiz", "Luis Soto", "Eva Lara"]}
STAFF = {"en": ["Eve Holt", "Sam Reed", "Kim Lau"], "fr": ["Ida Morel", "Noé Petit"],
         "es": ["Inés Paz", "Juan Cano", "Raúl Ortiz"]}


def _case(lang: str, score: str):
    doc = document_from_text(CASES[lang].format(score=score), language=lang)
    info = DocumentInfo(doc_id=doc.doc_id, file_name=doc.file_name, path=doc.file_name,
                        pages=len(doc.pages), language=lang, status="ok")
    rows = []
    for name in MEMBERS[lang] + STAFF[lang]:         # the speakers extractor marks both as attending
        at = doc.text.index(name)
        rows.append(Intervention(doc_id=doc.doc_id, name_as_written=name, kind="attends",
                                 prov=provenance(doc, at, at + len(name), "speakers", "test")))
    return doc, Extraction(info=info, interventions=tuple(rows))


@pytest.mark.parametrize("lang", sorted(CASES))
def test_the_roll_call_counts_the_members_not_the_staff(lang):
    doc, ex = _case(lang, "5-0")
    found = attendance(doc, ex)
    assert found is not None and found.present == 5


@pytest.mark.parametrize("lang", sorted(CASES))
def test_a_vote_above_the_roll_call_is_flagged(lang):
    doc, ex = _case(lang, "6-0")
    flags = vote_count_mismatch(doc, ex)
    assert len(flags) == 1 and "5 members present" in flags[0].message
    assert flags[0].evidence[0].quote.split()[-1] == "6-0"


@pytest.mark.parametrize("lang", sorted(CASES))
def test_a_vote_within_the_roll_call_and_a_reference_number_are_not(lang):
    doc, ex = _case(lang, "4-1")
    assert vote_count_mismatch(doc, ex) == []
    assert all(c.n != 12 for g in tallies(doc) for c in g)


def test_the_subject_of_a_score_is_quoted_with_it():
    doc, ex = _case("en", "6-0")
    assert vote_count_mismatch(doc, ex)[0].evidence[0].quote == "Motion carried 6-0"


def test_a_list_broken_by_a_paragraph_is_no_count():
    doc, ex = _case("en", "6-0")
    text = doc.text.replace("Omar Nunez and Rita Vance.", "Omar\n\nNunez and Rita Vance")
    broken = document_from_text(text, language="en")
    assert attendance(broken, Extraction(info=ex.info)) is None


LEAVES = {"en": ("Motion carried 5-0.\nCommissioner Omar Nunez left the meeting at 8:10 p.m.\n"
                 "The budget transfer was approved. Motion carried {score}.\n"),
          "fr": ("Adopté 5-0.\nLuc Faure ayant dû quitter la séance à 20 h 10, le conseil poursuit.\n"
                 "Le virement de crédits est approuvé. Adopté {score}.\n"),
          "es": ("Aprobado 5-0.\nLuis Soto se retira de la sesión a las 20:10 h.\n"
                 "Se aprueba la transferencia de crédito. Aprobado {score}.\n")}


def _with_departure(lang: str, score: str, before_votes: bool = False):
    doc, ex = _case(lang, "5-0")
    vote, left, last = LEAVES[lang].format(score=score).splitlines(keepends=True)
    text = doc.text + vote + left + last
    if before_votes:             # a note of the departure above every vote lowers nothing
        head, tail = doc.text.rsplit("\n\n", 1)
        text = head + "\n\n" + left + tail + vote + last
    new = document_from_text(text, language=lang)
    return new, Extraction(info=ex.info, interventions=tuple(
        Intervention(doc_id=i.doc_id, name_as_written=i.name_as_written, kind=i.kind,
                     prov=provenance(new, i.prov.start, i.prov.end, "speakers", "test"))
        for i in ex.interventions))


@pytest.mark.parametrize("lang", sorted(CASES))
def test_a_vote_after_a_member_left_counts_one_fewer(lang):
    flags = vote_count_mismatch(*_with_departure(lang, "5-0"))
    assert len(flags) == 1 and "1 of whom had left" in flags[0].message


@pytest.mark.parametrize("lang", sorted(CASES))
def test_the_remaining_members_may_all_vote(lang):
    assert vote_count_mismatch(*_with_departure(lang, "4-0")) == []


@pytest.mark.parametrize("lang", sorted(CASES))
def test_a_departure_noted_before_any_vote_lowers_nothing(lang):
    assert vote_count_mismatch(*_with_departure(lang, "5-0", before_votes=True)) == []


def test_a_member_who_comes_back_leaves_the_count_unknown():
    doc, ex = _with_departure("en", "5-0")
    text = doc.text.replace("at 8:10 p.m.", "at 8:10 p.m. and returned at 8:20 p.m.")
    assert attendance(document_from_text(text, language="en"), ex) is None
