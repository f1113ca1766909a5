"""Consistency checks: each check flags the slip it is for, with verbatim evidence, and
leaves consistent facts alone. Records are built by hand (no extractor needed)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline.checks import (acronym_mismatch, chair_mismatch, meeting_number_mismatch, role_mismatch,
                             sum_mismatch, table_total_mismatch, weekday_mismatch, year_mismatch)
from pipeline.checks.dates import dates_in
from pipeline.checks.meetings import meeting_mentions
from pipeline.checks.sums import precision
from pipeline.records import (Amount, Document, DocumentInfo, Extraction, Flag,
                              Intervention, Meeting, StatedSum, Table, TableCell)
from pipeline.text import document_from_text, fold, provenance

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED = SHARED / "seeds" / "000_04bc718c71204c5f.txt"
CORPUS = Path(__file__).resolve().parents[1] / "corpus"


# ------------------------------------------------------------------- builders


def info(doc: Document) -> DocumentInfo:
    return DocumentInfo(doc_id=doc.doc_id, file_name=doc.file_name, path=doc.file_name, pages=len(doc.pages),
                        language=doc.language, status="ok")


def ex_of(doc: Document, **kw) -> Extraction:
    return Extraction(info=info(doc), **kw)


def span(doc: Document, phrase: str, nth: int = 0) -> tuple[int, int]:
    pos = -1
    for _ in range(nth + 1):
        pos = doc.text.index(phrase, pos + 1)
    return pos, pos + len(phrase)


def prov(doc: Document, phrase: str, nth: int = 0):
    a, b = span(doc, phrase, nth)
    return provenance(doc, a, b, "test", "1")


def amount(doc: Document, text: str, value: float, year: int | None = None, category=None,
           currency: str = "EUR", nth: int = 0) -> Amount:
    p = prov(doc, text, nth)
    return Amount(doc_id=doc.doc_id, text=text, value=value, currency=currency,
                  sentence=doc.text[max(0, p.start - 80):p.end + 80], prov=p, year=year, category=category)


def meeting(doc: Document, ordinal, date, body="Consortium", place=None, **kw) -> Meeting:
    return Meeting(meeting_id=f"m-{doc.doc_id}", doc_id=doc.doc_id, body=body, ordinal=ordinal, date=date,
                   place=place, prov=provenance(doc, 0, 1, "test", "1"), **kw)


def table(doc: Document, grid: list[list[str]], total_rows=(), caption=None) -> Table:
    def number(v: str):
        v = v.replace(" ", "").replace(",", ".")
        if v in ("-", "–"):
            return 0.0
        try:
            return float(v)
        except ValueError:
            return None
    cells = tuple(TableCell(row=r, col=c, value=v, number=number(v) if r else None)
                  for r, row in enumerate(grid) for c, v in enumerate(row))
    return Table(table_id="t1", doc_id=doc.doc_id, prov=provenance(doc, 0, len(doc.text), "test", "1"),
                 cells=cells, n_rows=len(grid), n_cols=len(grid[0]), caption=caption,
                 total_rows=tuple(total_rows))


def one_line(text: str) -> str:
    return re.sub(r"[ \t\u00a0]*\n\s*", " ", text)


def assert_verbatim(flags, *docs: Document) -> None:
    """Every quote is the document's text with its line breaks collapsed, on one line,
    and the message names the page of each of the document's own quotes."""
    texts = {d.doc_id: one_line(d.text) for d in docs}
    for f in flags:
        assert f.evidence, f
        for e in f.evidence:
            assert "\n" not in e.quote and e.quote in texts[e.doc_id], (f.kind, e.quote)
        assert f"p. {f.evidence[0].page}" in f.message, f.message


def matches(flag: Flag, *phrases: str) -> bool:
    hay = fold(flag.message + " " + " ".join(e.quote for e in flag.evidence))
    return all(fold(p) in hay for p in phrases)


# --------------------------------------------------------------------- weekday


def test_weekday_wrong_in_every_language_is_flagged_and_right_ones_are_not():
    doc = document_from_text(
        "Réunion du mardi 16 novembre 2022 à Paris.\n\n"
        "The board met on Wednesday, November 16, 2022 and again on Friday 18th of November 2022.\n\n"
        "La asamblea del miércoles 16 de noviembre de 2022; la sesión del lunes 14/11/2022.")
    flags = weekday_mismatch(doc, ex_of(doc))
    assert [f.evidence[0].quote for f in flags] == ["mardi 16 novembre 2022"]
    assert "Wednesday" in flags[0].message and flags[0].severity == "error"
    assert_verbatim(flags, doc)


def test_weekday_checks_every_date_not_only_the_meeting_date():
    doc = document_from_text("Séance du mercredi 16 novembre 2022.\f"
                             "La prochaine réunion aura lieu le jeudi 3 mai 2023.")
    flags = weekday_mismatch(doc, ex_of(doc))
    assert len(flags) == 1 and flags[0].page == 2   # 3 May 2023 was a Wednesday
    assert flags[0].evidence[0].quote == "jeudi 3 mai 2023"


def test_dates_in_reads_partial_and_numeric_dates():
    found = dates_in("en décembre 2020, puis le 1er juin 2021 et le 05/07/2021")
    assert [(d.year, d.month, d.day) for d in found] == [(2020, 12, None), (2021, 6, 1), (2021, 7, 5)]


# ----------------------------------------------------------------------- years


TABLE_TEXT = ("Au total pour 2021, 12 organisations ont rejoint l'Initiative. Le tableau suivant résume :\n\n"
              " Partenaires dont Membres\nÉtats 2 2\nFondations 10 4\nTotal {year} 12 6\n")


def test_total_row_year_contradicting_the_text_is_flagged():
    doc = document_from_text(TABLE_TEXT.format(year=2020))
    flags = year_mismatch(doc, ex_of(doc))
    assert len(flags) == 1 and flags[0].kind == "year_mismatch"
    assert matches(flags[0], "Total 2020", "pour 2021")
    assert_verbatim(flags, doc)


def test_total_row_year_matching_the_text_is_not_flagged():
    doc = document_from_text(TABLE_TEXT.format(year=2021))
    assert year_mismatch(doc, ex_of(doc)) == []


def test_total_row_year_contradicting_the_table_caption_is_flagged():
    text = "Nouveaux partenaires pour 2023\nCatégorie Partenaires\nONG 4\nTotal 2022 4\n"
    doc = document_from_text(text)
    t = table(doc, [["Catégorie", "Partenaires"], ["ONG", "4"], ["Total 2022", "4"]], total_rows=(2,),
              caption="Nouveaux partenaires pour 2023")
    flags = year_mismatch(doc, ex_of(doc, tables=(t,)))
    assert len(flags) == 1 and matches(flags[0], "Total 2022", "pour 2023")


ROADMAP = ("Feuille de route 2022\n\nLe Secrétariat a présenté la feuille de route proposée pour l'année 2022.\n\n"
           "Discussion :\n\nMme X souligne que la feuille de route 2022 mentionne le marché du carbone.\n\n"
           "La Feuille de route {year} a été adoptée\n\nBudget 2022\n\nLe budget 2022 a été approuvé.\n")


def test_decision_year_contradicting_its_section_is_flagged():
    doc = document_from_text(ROADMAP.format(year=2021),
                             headings=("Feuille de route 2022", "Discussion :", "Budget 2022"))
    flags = year_mismatch(doc, ex_of(doc))
    assert len(flags) == 1
    assert matches(flags[0], "La Feuille de route 2021 a été adoptée", "Feuille de route 2022")
    assert_verbatim(flags, doc)


def test_decision_year_matching_its_section_is_not_flagged():
    doc = document_from_text(ROADMAP.format(year=2022),
                             headings=("Feuille de route 2022", "Discussion :", "Budget 2022"))
    assert year_mismatch(doc, ex_of(doc)) == []


BUDGET = ("Budget 2021\n\nLe Secrétaire a présenté le bilan de l'exercice 2021 et le budget prévisionnel pour\n"
          "{year} (voir document 7-7).\n\nMême si le budget annuel pour 2021 a été adopté à hauteur de 955 k€, "
          "seuls 446 783 € étaient disponibles.\n\nLe budget 2022 est à peu près équivalent à celui de l'année "
          "dernière.\n\nLe Consortium a validé le budget 2022 proposé.\n")


def test_forecast_for_a_year_the_section_does_not_decide_is_flagged():
    doc = document_from_text(BUDGET.format(year=2023), headings=("Budget 2021",))
    flags = year_mismatch(doc, ex_of(doc))
    assert len(flags) == 1 and matches(flags[0], "budget prévisionnel pour 2023", "budget 2022")
    assert_verbatim(flags, doc)


def test_forecast_for_the_decided_year_is_not_flagged():
    doc = document_from_text(BUDGET.format(year=2022), headings=("Budget 2021",))
    assert year_mismatch(doc, ex_of(doc)) == []


def test_target_years_are_not_subject_years():
    doc = document_from_text(
        "Budget 2022\n\nLe budget 2022 a été adopté. Le plan stratégique 2050 fixe des cibles 2030 et le "
        "budget à l'horizon 2050 a été approuvé.\n", headings=("Budget 2022",))
    assert year_mismatch(doc, ex_of(doc)) == []


# ---------------------------------------------------------------------- tables


PARTNERS = [["", "Partenaires", "dont Membres"], ["États", "2", "2"], ["ONG", "43", "30"],
            ["Entreprises", "46", "-"], ["Total", "91", "32"]]


def _partners_doc(grid):
    text = "Le tableau suivant résume la situation :\n" + "\n".join(" ".join(r) for r in grid) + "\n"
    doc = document_from_text(text)
    return doc, table(doc, grid, total_rows=(len(grid) - 1,))


def test_table_that_sums_to_its_total_is_not_flagged():
    doc, t = _partners_doc(PARTNERS)
    assert table_total_mismatch(doc, ex_of(doc, tables=(t,))) == []


def test_total_row_differing_from_its_column_sum_is_flagged():
    grid = [r[:] for r in PARTNERS]
    grid[-1][1] = "95"
    doc, t = _partners_doc(grid)
    flags = table_total_mismatch(doc, ex_of(doc, tables=(t,)))
    assert len(flags) == 1 and "95" in flags[0].message and "91" in flags[0].message
    assert "Partenaires" in flags[0].message
    assert_verbatim(flags, doc)


def test_grand_total_under_subtotals_is_checked_against_all_rows():
    grid = [["", "Montant"], ["A", "10"], ["B", "5"], ["Sous-total", "15"], ["C", "7"],
            ["Sous-total", "7"], ["Total", "22"]]
    doc, t = _partners_doc(grid)
    t = table(doc, grid, total_rows=(3, 5, 6))
    assert table_total_mismatch(doc, ex_of(doc, tables=(t,))) == []


def test_decimal_columns_allow_rounding():
    grid = [["", "M€"], ["A", "1,33"], ["B", "1,33"], ["C", "1,33"], ["Total", "4,00"]]
    doc, t = _partners_doc(grid)
    assert table_total_mismatch(doc, ex_of(doc, tables=(t,))) == []


SUMS = "Le budget adopté à hauteur de 955 k€ (715 k€ de budget de base + 240 k€ pour la réunion régionale)."


def _stated(doc, total, parts):
    amounts = [amount(doc, t, v) for t, v in [total, *parts]]
    return StatedSum(doc_id=doc.doc_id, total=amounts[0], parts=tuple(amounts[1:]), prov=amounts[0].prov)


def test_stated_sum_that_adds_up_is_not_flagged():
    doc = document_from_text(SUMS)
    s = _stated(doc, ("955 k€", 955000), [("715 k€", 715000), ("240 k€", 240000)])
    assert sum_mismatch(doc, ex_of(doc, sums=(s,))) == []


def test_stated_sum_that_does_not_add_up_is_flagged():
    doc = document_from_text(SUMS.replace("955", "965"))
    s = _stated(doc, ("965 k€", 965000), [("715 k€", 715000), ("240 k€", 240000)])
    flags = sum_mismatch(doc, ex_of(doc, sums=(s,)))
    assert len(flags) == 1 and matches(flags[0], "965 k€", "715 k€", "240 k€")
    assert_verbatim(flags, doc)


def test_stated_sum_allows_rounding_at_written_precision():
    doc = document_from_text("Soit 1,8 M€ au total (1,54 M€ + 0,26 M€).")
    s = _stated(doc, ("1,8 M€", 1.8e6), [("1,54 M€", 1.54e6), ("0,26 M€", 0.26e6)])
    assert precision(s.total) == pytest.approx(1e5)
    assert sum_mismatch(doc, ex_of(doc, sums=(s,))) == []


@pytest.mark.parametrize("text, lang, flagged", [
    ("Membership income came to £6,200, made up of full members of £3,900, students of £1,150 "
     "and honorary members of £850.", "en", True),            # the parts make £5,900
    ("Membership income came to £5,900, made up of full members of £3,900, students of £1,150 "
     "and honorary members of £850.", "en", False),
    ("Les charges atteignent 48 500 €, se décomposant en 30 000 € de salaires et 17 500 € de loyers.",
     "fr", True),
])
def test_a_total_broken_down_in_words_is_checked(text, lang, flagged):
    from extractors.amounts import amounts_to_sums, document_to_amounts
    doc = document_from_text(text, language=lang)
    sums = amounts_to_sums(doc, document_to_amounts(doc))
    flags = sum_mismatch(doc, ex_of(doc, sums=sums))
    assert bool(flags) == flagged
    assert_verbatim(flags, doc)


# --------------------------------------------------------------------- meetings


COVER = ("Document Consortium 8-1 – Rapport de la 7ème Réunion du Consortium\n\n– Glasgow (10 novembre 2021)\n\n"
         "8ème Réunion du Consortium\nmercredi 16 novembre 2022\n\n"
         "Le rapport de la {prev} réunion du Consortium (voir document Consortium 7-1) en ligne le\n"
         "10 décembre 2020 a également été approuvé.\n")


def test_report_tabled_at_a_later_meeting_is_not_a_mismatch():
    doc = document_from_text(COVER.format(prev="sixième"))
    ex = ex_of(doc, meeting=meeting(doc, 7, "2021-11-10", doc_code="8-1", tabled_at=8))
    assert meeting_number_mismatch(doc, ex) == []
    assert [m.ordinal for m in meeting_mentions(doc)] == [7, 8, 6]


def test_approving_the_minutes_of_this_meeting_is_flagged():
    doc = document_from_text(COVER.format(prev="septième"))
    ex = ex_of(doc, meeting=meeting(doc, 7, "2021-11-10", doc_code="8-1", tabled_at=8))
    flags = meeting_number_mismatch(doc, ex)
    assert any(matches(f, "septième réunion") for f in flags)
    assert_verbatim(flags, doc)


def test_higher_ordinal_dated_before_lower_one_is_flagged():
    doc = document_from_text(COVER.format(prev="sixième").replace("16 novembre 2022", "16 novembre 2020")
                             .replace("mercredi ", ""))
    ex = ex_of(doc, meeting=meeting(doc, 7, "2021-11-10", doc_code="8-1", tabled_at=8))
    flags = meeting_number_mismatch(doc, ex)
    assert len(flags) == 1 and matches(flags[0], "8ème Réunion", "16 novembre 2020", "10 novembre 2021")


def test_one_meeting_given_two_dates_is_flagged():
    text = COVER.format(prev="sixième") + "\nLa 7ème réunion du Consortium, le 12 novembre 2021, a été riche.\n"
    doc = document_from_text(text)
    ex = ex_of(doc, meeting=meeting(doc, 7, "2021-11-10", doc_code="8-1", tabled_at=8))
    flags = meeting_number_mismatch(doc, ex)
    assert len(flags) == 1 and matches(flags[0], "10 novembre 2021", "12 novembre 2021")


def test_tabled_before_its_own_meeting_and_foreign_code_are_flagged():
    doc = document_from_text(COVER.format(prev="sixième"))
    ex = ex_of(doc, meeting=meeting(doc, 7, "2021-11-10", doc_code="9-1", tabled_at=6))
    kinds = [f.message for f in meeting_number_mismatch(doc, ex)]
    assert any("tabled at meeting 6" in m for m in kinds) and any("9-1" in m for m in kinds)


# ----------------------------------------------------------------------- people


OPEN_CLOSE = ("Ouverture\n\nLa réunion a été officiellement ouverte par le Président du jour, M. Stéphane\n"
              "LE FOLL, Vice-Président du Consortium.\n\n{middle}Clôture\n\nL'ordre du jour étant épuisé, la séance "
              "est levée par {closer}.\n")


def test_different_chairs_at_opening_and_closing_are_a_warning():
    doc = document_from_text(OPEN_CLOSE.format(middle="", closer="la Vice-Présidente, Mme Gabrielle\nBASTIEN"))
    flags = chair_mismatch(doc, ex_of(doc))
    assert len(flags) == 1 and flags[0].severity == "warning"
    assert matches(flags[0], "LE FOLL", "BASTIEN")
    assert_verbatim(flags, doc)


@pytest.mark.parametrize("middle, closer", [
    ("", "le Président, M. Stéphane LE FOLL"),
    ("", "M. LE FOLL"),
    ("", "le Président"),
    ("M. LE FOLL ayant quitté la salle, Mme Gabrielle BASTIEN préside la séance.\n\n", "Mme Gabrielle BASTIEN"),
])
def test_same_chair_or_recorded_handover_is_not_flagged(middle, closer):
    doc = document_from_text(OPEN_CLOSE.format(middle=middle, closer=closer))
    assert chair_mismatch(doc, ex_of(doc)) == []


def _person(doc, name, role, nth=0, family=None):
    return Intervention(doc_id=doc.doc_id, name_as_written=name, kind="speaks", prov=prov(doc, name, nth),
                        role=role, family_name=family or name.split()[-1])


def test_one_person_with_two_standing_roles_is_flagged_but_acting_roles_are_not():
    doc = document_from_text("M. Paul DURAND, Trésorier, présente les comptes.\n\n"
                             "M. Paul DURAND, Secrétaire exécutif, conclut.\n\n"
                             "Mme Anne ROUX, Présidente du jour, ouvre. Mme Anne ROUX, Vice-Présidente, clôt.\n")
    people = (_person(doc, "M. Paul DURAND", "Trésorier"), _person(doc, "M. Paul DURAND", "Secrétaire exécutif", 1),
              _person(doc, "Mme Anne ROUX", "Présidente du jour"), _person(doc, "Mme Anne ROUX", "Vice-Présidente", 1))
    flags = role_mismatch(doc, ex_of(doc, interventions=people))
    assert len(flags) == 1 and matches(flags[0], "Trésorier", "Secrétaire exécutif")
    assert_verbatim(flags, doc)


def test_role_not_written_beside_the_name_is_not_trusted():
    doc = document_from_text("Présents : Dr Helen ASHWORTH (Chair), Mr Tom REYNOLDS (Treasurer).\n\n"
                             "Mr Tom REYNOLDS, Treasurer, presented the accounts.\n")
    people = (_person(doc, "Mr Tom REYNOLDS", "Chair)"), _person(doc, "Mr Tom REYNOLDS", "Treasurer", 1))
    assert role_mismatch(doc, ex_of(doc, interventions=people)) == []


# --------------------------------------------------------------------- acronyms


def test_two_acronyms_for_one_spelled_out_body_are_flagged():
    doc = document_from_text("Propositions du Comité Scientifique et Technique (voir la Présidence du CST).\n\n"
                             "Le Dr Cornelia RUMPEL, Présidente du STC, a présenté les orientations.\n\n"
                             "Les NDC des pays, ou CDN, progressent.\n")
    flags = acronym_mismatch(doc, ex_of(doc))
    assert len(flags) == 1 and flags[0].severity == "info"
    assert matches(flags[0], "CST", "STC", "Comité Scientifique et Technique")
    assert_verbatim(flags, doc)


def test_ordinals_in_words_and_unqualified_sessions():
    doc = document_from_text(
        "Minutes of the 21st Meeting of the Programme Board\n\nMonday, 11 March 2024\n\n"
        "The Chair opened the twenty-second meeting of the Programme Board at 10:00.\n\n"
        "The Subsidiary Body, at its forty-eighth session (May 2018), and the Conference of the Parties "
        "at its twenty-fourth session (December 2018), will report.\n")
    assert [m.ordinal for m in meeting_mentions(doc)] == [21, 22, 48, 24]
    ex = ex_of(doc, meeting=meeting(doc, 21, "2024-03-11", body="Programme Board"))
    flags = meeting_number_mismatch(doc, ex)
    assert len(flags) == 1 and matches(flags[0], "21st Meeting", "twenty-second meeting")


def test_a_role_mismatch_echoing_a_chair_mismatch_is_dropped():
    """The treasurer wrongly named as closing chair is one slip: one flag, not two."""
    from pipeline.checks import drop_echoes
    from pipeline.records import Evidence, Flag

    def flag(kind, *quotes):
        return Flag(flag_id=kind, kind=kind, severity="warning", doc_id="d", page=2, message="m",
                    evidence=tuple(Evidence(q, "d", 2) for q in quotes))
    chair = flag("chair_mismatch", "M. Bertrand CHAUVEL", "M. Luc\nROCHEFORT")
    echo = flag("role_mismatch", "M. Luc ROCHEFORT", "Trésorier")
    other = flag("role_mismatch", "Mme Nadia BELKACEM", "Trésorière")
    assert drop_echoes([chair, echo, other]) == [chair, other]
