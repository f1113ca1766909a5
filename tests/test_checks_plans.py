"""year_mismatch on named plans ("Road Asset Management Plan 2026", "plan de gestion",
"plan operativo"): a plan named with one year in its item heading and adopted with
another in the resolution is flagged (heldout_written2 v3's kind of slip); adopted with
its own year, or last year's recalled, it is not. Invented sentences, fr/en/es."""
from __future__ import annotations

import pytest

from pipeline.checks import year_mismatch
from pipeline.records import DocumentInfo, Extraction
from pipeline.text import document_from_text

CASES = {
    "en": ("9.2 Coastal Walkways Management Plan {head}",
           "Council Resolution: That Council adopt the Coastal Walkways Management Plan {year}, "
           "with the boardwalk repairs brought forward.",
           "The Coastal Walkways Management Plan {year} had been adopted last year; Council "
           "approved the new boardwalk repairs."),
    "fr": ("Point 5 : Plan de gestion des haies {head}",
           "Après en avoir délibéré, le conseil adopte le plan de gestion des haies {year} "
           "présenté par la commission.",
           "Le plan de gestion des haies {year} avait été adopté l'an dernier ; le conseil "
           "approuve les nouvelles plantations."),
    "es": ("4. Plan operativo de limpieza {head}",
           "Se acuerda aprobar el Plan operativo de limpieza {year} en los términos presentados.",
           "El Plan operativo de limpieza {year} se había aprobado en la sesión de enero; se "
           "aprueba ahora su ampliación."),
}


def _flags(lang: str, head: int, body: str, year: int) -> list:
    heading = CASES[lang][0].format(head=head)
    doc = document_from_text(f"{heading}\n\n{body.format(year=year)}\n", language=lang,
                             headings=(heading,))
    info = DocumentInfo(doc_id=doc.doc_id, file_name=doc.file_name, path=doc.file_name,
                        pages=len(doc.pages), language=lang, status="ok")
    return year_mismatch(doc, Extraction(info=info))


@pytest.mark.parametrize("lang", sorted(CASES))
def test_a_plan_adopted_with_another_year_than_its_heading_is_flagged(lang):
    flags = _flags(lang, 2026, CASES[lang][1], 2025)
    assert len(flags) == 1 and "2025" in flags[0].evidence[0].quote


@pytest.mark.parametrize("lang", sorted(CASES))
def test_a_plan_adopted_with_its_own_year_is_not_flagged(lang):
    assert _flags(lang, 2026, CASES[lang][1], 2026) == []


@pytest.mark.parametrize("lang", sorted(CASES))
def test_last_years_plan_recalled_under_this_years_heading_is_not_flagged(lang):
    assert _flags(lang, 2026, CASES[lang][2], 2025) == []


@pytest.mark.parametrize("lang, head, body", [
    ("fr", "7. Compte administratif 2024", "Le conseil adopte le compte administratif {year}."),
    ("fr", "8. Plan pluriannuel d'investissement 2026", "Le conseil approuve le plan pluriannuel d'investissement {year}."),
    ("en", "7. Statement of Accounts 2024", "The Committee approved the Statement of Accounts {year}."),
    ("es", "7. Cuenta General 2024", "El Pleno aprueba la Cuenta General {year}."),
])
def test_accounts_and_investment_plans_are_year_bound(lang, head, body):
    head_year = int(head[-4:])
    def flags(year):
        doc = document_from_text(f"{head}\n\n{body.format(year=year)}\n", language=lang, headings=(head,))
        info = DocumentInfo(doc_id=doc.doc_id, file_name=doc.file_name, path=doc.file_name,
                            pages=1, language=lang, status="ok")
        return year_mismatch(doc, Extraction(info=info))
    assert len(flags(head_year - 1)) == 1 and flags(head_year) == []
