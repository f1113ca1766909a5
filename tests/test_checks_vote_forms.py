"""More ways reports write a vote and who could cast it, each with its look-alike.
Invented sentences, fr/en/es:

* votes cast stated beside the ballots ("Yes 248, No 61 (319 voting)", "For 61, Against
  18, Abstentions 3; 84\\nvotes cast", "35 suffrages exprimés", "35 votos emitidos") must
  be for + against, with or without abstentions;
* a score in the present tense ("The bill passes 7-0") is a tally;
* "Resultan 9 votos por la afirmativa y 4 por la negativa" is a tally;
* a quorum is no count of those present ("the quorum of 150 being present");
* a roll call of titled names with roles after them ("Senator A, Chairman; Senator B,
  Vice Chair; …") ends at the next labelled line ("COMMITTEE MEMBERS EXCUSED:").
"""

from __future__ import annotations

import pytest

from pipeline.checks import vote_count_mismatch
from pipeline.checks.votes import attendance
from pipeline.records import DocumentInfo, Extraction
from pipeline.text import document_from_text


def _flags(text: str, lang: str) -> list:
    doc = document_from_text(text, language=lang)
    info = DocumentInfo(doc_id=doc.doc_id, file_name=doc.file_name, path=doc.file_name,
                        pages=1, language=lang, status="ok")
    return vote_count_mismatch(doc, Extraction(info=info))


CAST = {
    "en": "Standing count by the tellers: Yes 140, No 52 ({n} voting). The motion carried.",
    "fr": "Résultat du scrutin : 140 voix pour, 52 contre, {n} suffrages exprimés.",
    "es": "Resultado: 140 votos a favor, 52 en contra; {n} votos emitidos.",
}


@pytest.mark.parametrize("lang", sorted(CAST))
def test_votes_cast_that_the_ballots_do_not_make_are_flagged(lang):
    flags = _flags(CAST[lang].format(n=200), lang)
    assert len(flags) == 1 and "192" in flags[0].message


@pytest.mark.parametrize("lang", sorted(CAST))
def test_votes_cast_that_the_ballots_make_are_not(lang):
    assert _flags(CAST[lang].format(n=192), lang) == []


def test_votes_cast_may_count_the_abstentions_and_wrap_to_the_next_line():
    text = "Poll: For 61, Against 18, Abstentions 3; {n}\nvotes cast. The resolution was declared carried."
    assert _flags(text.format(n=82), "en") == [] and _flags(text.format(n=79), "en") == []
    flags = _flags(text.format(n=84), "en")
    assert len(flags) == 1 and "For 61, Against 18, Abstentions 3; 84 votes cast" in flags[0].evidence[0].quote


def test_a_number_at_a_line_end_before_a_one_word_tally_label_is_no_count():
    text = "12 members present.\n\nThe grant was approved on page 14\nfor the library roof."
    assert _flags(text, "en") == []


def test_a_present_tense_score_is_a_tally():
    text = "6 members present.\n\nCHAIR: The bill passes {score} and goes to the floor."
    assert len(_flags(text.format(score="7-0"), "en")) == 1 and _flags(text.format(score="6-0"), "en") == []


def test_the_argentine_affirmative_and_negative_are_a_tally():
    text = "Con la presencia de 12 señores concejales, se abre la sesión.\n\nResultan {n} votos por la afirmativa y 4 por la negativa."
    assert len(_flags(text.format(n=9), "es")) == 1 and _flags(text.format(n=8), "es") == []


@pytest.mark.parametrize("text, lang, n", [
    ("Con la presencia de 12 señores concejales, queda abierta la sesión.", "es", 12),
    ("La séance est ouverte en présence de 12 conseillers municipaux.", "fr", 12),
    ("The meeting opened in the presence of 12 members.", "en", 12),
    ("The meeting opened in the presence of 40 residents.", "en", None),
])
def test_a_presence_phrase_counts_members_not_the_public(text, lang, n):
    found = attendance(document_from_text(text, language=lang))
    assert (found.present if found else None) == n


@pytest.mark.parametrize("text, lang", [
    ("412 voters had checked in, the quorum of 150 being present.", "en"),
    ("Le quorum de 15 présents est atteint.", "fr"),
    ("Con el quórum de 15 presentes se abre la sesión.", "es"),
])
def test_a_quorum_is_no_attendance(text, lang):
    doc = document_from_text(text + "\n\nYes 248, No 61. Carried.\n", language=lang)
    assert attendance(doc) is None


ROLL = ("COMMITTEE MEMBERS PRESENT: Senator Ann Holt, Chairman; Senator Luis Vera,\nVice Chair; "
        "Senator Dale Price; Senator Grace Nakai.\nCOMMITTEE MEMBERS EXCUSED: Senator Ada Kell.\n"
        "STAFF: Jorge Bena, Committee Counsel; Dana Whit, Committee Secretary.\n\n")


def test_a_roll_call_of_titled_names_with_roles_after_them_counts_the_members():
    doc = document_from_text(ROLL + "CHAIRMAN HOLT: The bill passes 4-0.\n", language="en")
    assert attendance(doc).present == 4
    assert _flags(ROLL + "CHAIRMAN HOLT: The bill passes 5-0.\n", "en")[0].message.count("4 members present") == 1
