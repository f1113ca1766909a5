"""Stated sums the checks read beyond the extractor's: parts listed with "et" / "and" /
"y" then "soit" / "that is" / "es decir" and the total; and the rounding rule (a
difference that reaches half a unit per figure as written is a slip). Invented
sentences, fr/en/es, read by the real amounts extractor."""

from __future__ import annotations

import pytest

from pipeline.checks import sum_mismatch
from pipeline.records import DocumentInfo, Extraction
from pipeline.text import document_from_text


def _flags(text: str, lang: str) -> list:
    from extractors.amounts import amounts_to_sums, document_to_amounts
    doc = document_from_text(text, language=lang)
    amounts = document_to_amounts(doc)
    info = DocumentInfo(doc_id=doc.doc_id, file_name=doc.file_name, path=doc.file_name,
                        pages=len(doc.pages), language=lang, status="ok")
    ex = Extraction(info=info, amounts=amounts, sums=amounts_to_sums(doc, amounts))
    return sum_mismatch(doc, ex)


LISTED = {
    "fr": "La tombola a rapporté 380 € et la brocante de mai 1 620 €, soit {total} € de recettes.",
    "en": "The quiz night raised £300 and the summer raffle £450, that is £{total} in all.",
    "es": "La rifa dejó 1.200 € y la verbena de junio 800 €, es decir {total} € de ingresos.",
}
RIGHT = {"fr": "2 000", "en": "750", "es": "2.000"}
WRONG = {"fr": "2 100", "en": "850", "es": "2.100"}


@pytest.mark.parametrize("lang", sorted(LISTED))
def test_a_listed_sum_that_does_not_add_up_is_flagged(lang):
    flags = _flags(LISTED[lang].format(total=WRONG[lang]), lang)
    assert len(flags) == 1 and WRONG[lang] in flags[0].message


@pytest.mark.parametrize("lang", sorted(LISTED))
def test_a_listed_sum_that_adds_up_is_not(lang):
    assert _flags(LISTED[lang].format(total=RIGHT[lang]), lang) == []


@pytest.mark.parametrize("text, lang", [
    ("La tombola a rapporté 300 € et la brocante 450 €, soit 100 € de plus que l'an passé.", "fr"),
    ("The raffle raised $300 and the quiz $450, that is €690 at today's rate.", "en"),
    ("La rifa dejó 1.200 € y la verbena 800 €, es decir 300 € menos que en 2024.", "es"),
])
def test_a_difference_or_a_conversion_after_the_cue_is_no_sum(text, lang):
    assert _flags(text, lang) == []


ROUNDED = {
    "en": "Research income reached £{total} million (£9.1 million from grants, £3.2 million from charities "
          "and £2.1 million from industry).",
    "fr": "Les recettes atteignent {total} M€ (9,1 M€ de subventions + 3,2 M€ de dons + 2,1 M€ de ventes).",
    "es": "Los ingresos suman {total} millones de euros (9,1 millones de euros de subvenciones + 3,2 millones "
          "de euros de donaciones + 2,1 millones de euros de ventas).",
}


@pytest.mark.parametrize("lang", sorted(ROUNDED))
def test_a_difference_reaching_the_rounding_of_the_figures_is_a_slip(lang):
    total = "14.6" if lang == "en" else "14,6"
    assert len(_flags(ROUNDED[lang].format(total=total), lang)) == 1


@pytest.mark.parametrize("lang", sorted(ROUNDED))
def test_a_difference_within_the_rounding_of_the_figures_is_not(lang):
    total = "14.5" if lang == "en" else "14,5"
    assert _flags(ROUNDED[lang].format(total=total), lang) == []
