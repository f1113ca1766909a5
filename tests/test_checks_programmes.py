"""year_mismatch on programmes of works and investment: a programme named with one year in
its item heading and adopted with another in the sentence that adopts it (issue 12), in
French, English and Spanish; the same programme adopted with its own year, or last year's
recalled, is left alone. Invented sentences."""
from __future__ import annotations

import pytest

from pipeline.checks import year_mismatch
from pipeline.records import DocumentInfo, Extraction
from pipeline.text import document_from_text

CASES = {
    "es": ("3. Aprobación del Programa de Obra Pública Municipal {head}",
           "La Tesorera expuso el programa. Se propone al Ayuntamiento: Aprobar el Programa "
           "de Obra Pública Municipal {year} en los términos presentados.",
           "El Programa de Obra Pública Municipal {year} se había aprobado en la sesión de "
           "enero; se aprueba ahora su ampliación."),
    "fr": ("Point 4 : Programme de travaux {head}",
           "Après en avoir délibéré, le conseil adopte le programme de travaux {year} de la "
           "voirie communale.",
           "Le programme de travaux {year} avait été adopté l'an dernier ; le conseil "
           "approuve son solde."),
    "en": ("7. Capital Programme {head}",
           "Resolved: that the capital programme {year} for the harbour works be approved.",
           "Although the capital programme {year} had been approved last year, the works "
           "slipped; the Board approved the remaining budget lines."),
}


def _flags(lang: str, head: int, body: str, year: int) -> list:
    heading = CASES[lang][0].format(head=head)
    doc = document_from_text(f"{heading}\n\n{body.format(year=year)}\n", language=lang,
                             headings=(heading,))
    info = DocumentInfo(doc_id=doc.doc_id, file_name=doc.file_name, path=doc.file_name,
                        pages=len(doc.pages), language=lang, status="ok")
    return year_mismatch(doc, Extraction(info=info))


@pytest.mark.parametrize("lang", sorted(CASES))
def test_programme_adopted_with_another_year_than_its_heading_is_flagged(lang):
    flags = _flags(lang, 2026, CASES[lang][1], 2025)
    assert len(flags) == 1
    assert "2025" in flags[0].evidence[0].quote


@pytest.mark.parametrize("lang", sorted(CASES))
def test_programme_adopted_with_its_own_year_is_not_flagged(lang):
    assert _flags(lang, 2026, CASES[lang][1], 2026) == []


@pytest.mark.parametrize("lang", sorted(CASES))
def test_last_years_programme_recalled_under_this_years_heading_is_not_flagged(lang):
    assert _flags(lang, 2026, CASES[lang][2], 2025) == []
