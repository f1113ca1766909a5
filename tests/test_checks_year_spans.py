"""A subject named by a span of years ("2025-2026 Capital Program", "budget 2025-2026",
"presupuesto 2025-2026") is one label: a resolution adopting another span under its
heading is flagged; the same span, a recalled past span, or a single year (which a span
may well contain) is not. Invented sentences, fr/en/es."""
from __future__ import annotations

import pytest

from pipeline.checks import year_mismatch
from pipeline.records import DocumentInfo, Extraction
from pipeline.text import document_from_text

CASES = {
    "en": ("6. 2025-2026 CAPITAL PROGRAM",
           "THAT the Board approve the {span} Capital Program in the amount of $18,750,000.",
           "The {span} Capital Program had been approved last June; the Board approved the new works."),
    "fr": ("Point 3 : Programme de travaux 2025-2026",
           "Le conseil adopte le programme de travaux {span} de la voirie.",
           "Le programme de travaux {span} avait été adopté l'an dernier ; le conseil approuve son solde."),
    "es": ("4. Presupuesto 2025-2026",
           "Se aprueba el presupuesto {span} en los términos presentados.",
           "El presupuesto {span} se había aprobado en la sesión de enero; se aprueba su ampliación."),
}


def _flags(lang: str, body: str, span: str) -> list:
    heading = CASES[lang][0]
    doc = document_from_text(f"{heading}\n\n{body.format(span=span)}\n", language=lang, headings=(heading,))
    info = DocumentInfo(doc_id=doc.doc_id, file_name=doc.file_name, path=doc.file_name,
                        pages=1, language=lang, status="ok")
    return year_mismatch(doc, Extraction(info=info))


@pytest.mark.parametrize("lang", sorted(CASES))
def test_another_span_adopted_under_the_heading_is_flagged(lang):
    flags = _flags(lang, CASES[lang][1], "2024-2025")
    assert len(flags) == 1 and "2024-2025" in flags[0].message and "2025-2026" in flags[0].message


@pytest.mark.parametrize("lang", sorted(CASES))
@pytest.mark.parametrize("span", ["2025-2026", "2026"])
def test_the_same_span_or_a_single_year_is_not(lang, span):
    assert _flags(lang, CASES[lang][1], span) == []


@pytest.mark.parametrize("lang", sorted(CASES))
def test_a_past_span_recalled_is_not(lang):
    assert _flags(lang, CASES[lang][2], "2024-2025") == []
