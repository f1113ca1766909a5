"""Consistency checks on whole reports: the seed report (its slips flagged, its consistent
facts not), the corpus (precision and recall as `minutes evaluate` scores them), and total
rows against the financial year or period the text names. Split from test_checks.py."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from extractors.citations import document_to_quoted_meetings
from pipeline.checks import extraction_to_flags, extractions_to_cross_flags, year_mismatch
from pipeline.text import document_from_text, fold
from test_checks import CORPUS, SEED, _stated, assert_verbatim, ex_of, matches, meeting, table

# ------------------------------------------------------------------- the seed


HEADINGS = ("Ouverture", "Questions générales :", "Rapport d'activités 2020-2021",
            "Programme de travail pour 2022 : Feuille de Route et Budget", "Feuille de route 2022",
            "Budget 2021", "Présentations pour information", "Conclusions", "Clôture du Consortium",
            "Discussion :")


@pytest.mark.shared
@pytest.mark.skipif(not SEED.exists(), reason="../shared (the seed report) is absent")
def test_seed_report_slips_are_flagged_and_its_consistent_facts_are_not():
    doc = document_from_text(SEED.read_text(encoding="utf-8"), doc_id="seed", file_name="seed.pdf",
                             language="fr", headings=HEADINGS)
    grid = [["", "Partenaires", "dont Membres"], ["États et provinces", "2", "2"],
            ["Organisations internationales", "2", "1"], ["Banques / Fonds de développement", "0", "0"],
            ["Fondations", "2", "1"], ["Organisations de producteurs", "8", "5"],
            ["Instituts de recherche et universités", "4", "3"], ["Société civile/ONG", "43", "30"],
            ["Organismes à but lucratif ou commercial", "46", "-"], ["Total 2020", "107", "42"]]
    t = table(doc, grid, total_rows=(9,))
    sums = (_stated(doc, ("955 k€", 955000), [("715 k€", 715000), ("240 k€", 240000)]),
            _stated(doc, ("970 000 €", 970000), [("730 000 €", 730000), ("240 000 €", 240000)]))
    ex = ex_of(doc, tables=(t,), sums=sums,
               meeting=meeting(doc, 7, "2021-11-10", doc_code="8-1", tabled_at=8))
    flags = extraction_to_flags(doc, ex)
    assert_verbatim(flags, doc)
    by_kind = sorted(f.kind for f in flags)
    assert by_kind == ["acronym_mismatch", "chair_mismatch", "year_mismatch", "year_mismatch", "year_mismatch"]
    years = [f for f in flags if f.kind == "year_mismatch"]
    assert any(matches(f, "Total 2020", "pour 2021") for f in years)
    assert any(matches(f, "La Feuille de route 2021 a été adoptée", "Feuille de route 2022") for f in years)
    assert any(matches(f, "budget prévisionnel pour 2023") for f in years)
    for consistent in ("107", "955 k€", "970 000", "mercredi 16 novembre 2022", "Plan stratégique 2050",
                       "cibles 2030", "horizon"):
        assert not any(fold(consistent) in fold(" ".join(e.quote for e in f.evidence)) for f in flags), consistent


# ------------------------------------------------------------------ the corpus


def _gold_files():
    return sorted(CORPUS.glob("*.gold.json"))


@pytest.mark.skipif(not _gold_files(), reason="corpus/*.gold.json not built")
def test_flags_on_the_corpus_meet_precision_and_recall():
    """Within- and cross-report flags scored as `minutes evaluate` scores them."""
    from extractors import pdf
    from extractors import chain as stages
    from pipeline.settings import Settings
    settings = Settings()
    golds, extractions, docs = {}, [], []
    for gold_path in _gold_files():
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        path = gold_path.with_name(gold["file"])
        data = path.read_bytes()
        ex = stages.bytes_to_extraction(data, path, settings)
        doc = pdf.bytes_to_document(data, path.name, settings)
        golds[ex.info.doc_id] = gold
        extractions.append(ex)
        docs.append(doc)
        assert_verbatim(ex.flags, doc)
    cross = extractions_to_cross_flags(extractions, docs)
    assert_verbatim(cross, *docs)
    # Without the texts (as from the cache), the cross checks give the same flags.
    assert {f.kind for f in extractions_to_cross_flags(
        [replace(e, quoted_meetings=document_to_quoted_meetings(d)) for e, d in zip(extractions, docs)])} \
        == {f.kind for f in cross}
    tp = fp = fn = 0
    for ex in extractions:
        gold = golds[ex.info.doc_id]
        predicted = list(ex.flags) + [f for f in cross if f.doc_id == ex.info.doc_id]
        expected = gold.get("flags", [])
        for f in predicted:
            hit = any(f.kind == g["kind"] and matches(f, *g["evidence"]) for g in expected)
            tp, fp = tp + hit, fp + (not hit)
        fn += sum(not any(f.kind == g["kind"] and matches(f, *g["evidence"]) for f in predicted) for g in expected)
        for nf in gold.get("not_flags", []):
            assert not any(matches(f, *nf["evidence"]) for f in predicted), nf["about"]
    precision_ = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    assert precision_ >= 0.9 and recall >= 0.8, (tp, fp, fn)


# ------------------------------------------------------ financial year named before a table

FISCAL_TEXT = {
    "fr": ("La trésorière présente les subventions versées aux clubs pour l'exercice 2022, en hausse "
           "de 8 % (contre 41 000 € en {row}).\n\nClubs Montant\nAviron 20 000\nEscrime 24 000\n"
           "Total {row} 44 000\n"),
    "en": ("The bursar tabled the grants to schools for the 2025 financial year.\n\n"
           "School Grant\nNorth Lane 3,000\nHill Top 2,500\nTotal {row} 5,500\n"),
    "es": ("El tesorero presenta las transferencias del ejercicio fiscal 2023 a las juntas de vecinos.\n\n"
           "Junta Monto\nCentro 1 200\nNorte 800\nTotal {row} 2 000\n"),
}


@pytest.mark.parametrize("lang, stated, row", [("fr", 2022, 2021), ("en", 2025, 2024), ("es", 2023, 2022)])
def test_total_row_year_contradicting_the_financial_year_named_above_is_flagged(lang, stated, row):
    doc = document_from_text(FISCAL_TEXT[lang].format(row=row), language=lang)
    flags = year_mismatch(doc, ex_of(doc))
    assert len(flags) == 1 and matches(flags[0], f"Total {row}", str(stated))
    assert_verbatim(flags, doc)
    right = document_from_text(FISCAL_TEXT[lang].format(row=stated).replace(f"en {stated})", "en 2020)"),
                               language=lang)
    assert year_mismatch(right, ex_of(right)) == []


def test_a_financial_year_beside_a_subject_of_the_row_year_is_no_evidence():
    text = ("Le budget primitif 2024 reprend les résultats de l'exercice 2023.\n\n"
            "Poste Montant\nVoirie 10 000\nÉcoles 5 000\nTotal 2024 15 000\n")
    doc = document_from_text(text, language="fr")
    assert year_mismatch(doc, ex_of(doc)) == []


def test_two_financial_years_named_above_a_table_say_nothing_of_its_total():
    text = ("The accounts for the 2023 financial year and the forecast for the 2024 financial year "
            "were presented.\n\nLine Amount\nStaff 4,000\nRent 1,000\nTotal 2022 5,000\n")
    doc = document_from_text(text, language="en")
    assert year_mismatch(doc, ex_of(doc)) == []


PERIOD_TEXT = ("5. Accounts for the year ended 30 June 2025\n"
               "The Treasurer presented the accounts. Turnover rose by a tenth.\n"
               "The accounts for the year ended 30 June {year} were received and adopted.\n")


def test_accounts_adopted_for_another_period_end_than_the_heading_are_flagged():
    text = PERIOD_TEXT.format(year=2024)
    doc = document_from_text(text, headings=("5. Accounts for the year ended 30 June 2025",))
    flags = year_mismatch(doc, ex_of(doc))
    assert len(flags) == 1 and matches(flags[0], "year ended 30 June 2024", "year ended 30 June 2025")
    assert_verbatim(flags, doc)


def test_accounts_adopted_for_the_heading_s_period_end_are_not_flagged():
    text = PERIOD_TEXT.format(year=2025)
    doc = document_from_text(text, headings=("5. Accounts for the year ended 30 June 2025",))
    assert year_mismatch(doc, ex_of(doc)) == []
