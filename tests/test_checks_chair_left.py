"""A chair known only by first name (read from the speakers' "chairs" rows) who the
report says left before the close explains why someone else closed: no chair_mismatch.
Without that sentence the change of chair is still flagged. Invented sentences, fr/en/es."""

from __future__ import annotations

import pytest

from pipeline.checks import chair_mismatch
from pipeline.records import DocumentInfo, Extraction, Intervention
from pipeline.text import document_from_text, provenance

CASES = {
    "fr": ("Chloé ouvre la réunion à 19 h.\n\nLe budget est approuvé.\n\n"
           "{left}la séance est levée par le trésorier, Hugo, à 21 h 30.\n",
           "Chloé ayant dû quitter la réunion à 21 h, "),
    "en": ("Megan called the meeting to order at 7 pm.\n\nThe budget was approved.\n\n"
           "{left}the meeting was closed by the treasurer, Hugo, at 9.30 pm.\n",
           "Megan having had to leave at 9 pm, "),
    "es": ("Lucía abre la sesión a las 19 h.\n\nSe aprueba el presupuesto.\n\n"
           "{left}la sesión es levantada por el tesorero, Hugo, a las 21:30 h.\n",
           "Lucía, que tuvo que retirarse a las 21 h, "),
}


def _flags(lang: str, left: bool) -> list:
    text, sentence = CASES[lang]
    doc = document_from_text(text.format(left=sentence if left else "Plus tard, " if lang == "fr"
                                         else "Later, " if lang == "en" else "Después, "), language=lang)
    info = DocumentInfo(doc_id=doc.doc_id, file_name=doc.file_name, path=doc.file_name,
                        pages=len(doc.pages), language=lang, status="ok")
    first = text.split()[0]
    rows = []
    for name, at in ((first, 0), ("Hugo", doc.text.index("Hugo"))):
        rows.append(Intervention(doc_id=doc.doc_id, name_as_written=name, kind="chairs",
                                 prov=provenance(doc, at, at + len(name), "speakers", "test")))
    return chair_mismatch(doc, Extraction(info=info, interventions=tuple(rows)))


@pytest.mark.parametrize("lang", sorted(CASES))
def test_a_chair_who_left_explains_the_closer(lang):
    assert _flags(lang, left=True) == []


@pytest.mark.parametrize("lang", sorted(CASES))
def test_a_change_of_chair_unexplained_is_flagged(lang):
    assert len(_flags(lang, left=False)) == 1
