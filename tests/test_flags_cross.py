"""Checks across reports: what one report says of another meeting (its date, place,
budget, decisions) against that meeting's own report, and roles across two reports of one
meeting. Split from test_checks.py (records built by hand, no extractor needed)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from extractors.citations import document_to_quoted_meetings
from pipeline.checks import extractions_to_cross_flags
from pipeline.records import Decision
from pipeline.text import document_from_text
from test_checks import _person, amount, assert_verbatim, ex_of, matches, meeting, prov

# ---------------------------------------------------------------------- cross


def _report(doc_id, text, ordinal, date, place=None, **kw):
    doc = document_from_text(text, doc_id=doc_id, file_name=f"{doc_id}.pdf")
    return doc, ex_of(doc, meeting=meeting(doc, ordinal, date, place=place, date_as_written=kw.pop("written", None)),
                      **kw)


def test_quoted_date_and_place_of_an_earlier_meeting_are_checked_against_its_report():
    d6, e6 = _report("r6", "Rapport de la 6ème réunion du Consortium\nen ligne le 10 décembre 2020\n", 6,
                     "2020-12-10", place="Paris", written="10 décembre 2020")
    d5, e5 = _report("r5", "Rapport de la 5ème réunion du Consortium\nà Madrid le 2 décembre 2019\n", 5,
                     "2019-12-02", place="Madrid", written="2 décembre 2019")
    d7, e7 = _report("r7", "Rapport de la 7ème réunion du Consortium\n\nLe rapport de la sixième réunion du "
                     "Consortium en ligne le 11 décembre 2020 a été approuvé. La cinquième réunion du Consortium "
                     "à Paris reste un souvenir.\n", 7, "2021-11-10")
    flags = extractions_to_cross_flags([e5, e6, e7], [d5, d6, d7])
    dates = [f for f in flags if f.kind == "cross_meeting_date_mismatch"]
    assert len(dates) == 2 and all(f.doc_id == "r7" for f in dates)
    assert any(matches(f, "11 décembre 2020", "10 décembre 2020") for f in dates)
    assert any(matches(f, "Paris", "Madrid") for f in dates)
    other = [e for f in dates for e in f.evidence if e.doc_id != "r7"]
    assert other and all(e.file_name in ("r6.pdf", "r5.pdf") for e in other)
    assert_verbatim(flags, d5, d6, d7)
    # From cached Extractions alone (no text at hand) the same slips are found.
    cached = [replace(e, quoted_meetings=document_to_quoted_meetings(d)) for e, d in ((e5, d5), (e6, d6), (e7, d7))]
    again = [f for f in extractions_to_cross_flags(cached) if f.kind == "cross_meeting_date_mismatch"]
    assert sorted(f.message for f in again) == sorted(f.message for f in dates)


def test_consistent_reports_give_no_cross_flag():
    d6, e6 = _report("r6", "Rapport de la 6ème réunion du Consortium\nen ligne le 10 décembre 2020\n", 6,
                     "2020-12-10", written="10 décembre 2020")
    d7, e7 = _report("r7", "Rapport de la 7ème réunion du Consortium\n\nLe rapport de la sixième réunion du "
                     "Consortium en ligne le 10 décembre 2020 a été approuvé.\n", 7, "2021-11-10")
    assert extractions_to_cross_flags([e6, e7], [d6, d7]) == ()


def test_meeting_order_against_dates_is_flagged():
    d7, e7 = _report("r7", "Rapport de la 7ème réunion, 10 novembre 2021\n", 7, "2021-11-10",
                     written="10 novembre 2021")
    d8, e8 = _report("r8", "Rapport de la 8ème réunion, 16 novembre 2020\n", 8, "2020-11-16",
                     written="16 novembre 2020")
    flags = [f for f in extractions_to_cross_flags([e7, e8], [d7, d8]) if f.kind == "meeting_order_mismatch"]
    assert len(flags) == 1 and matches(flags[0], "16 novembre 2020", "10 novembre 2021")


def test_one_misdated_meeting_among_many_is_one_flag():
    """Meeting 5 of twelve dated a year early: one flag (against meeting 4), not one per
    other meeting of the body; reports of another body are never compared."""
    reports = []
    for n in range(1, 13):
        year = 2009 if n == 5 else 2010 + n
        for body in ("Bureau", "Conseil"):
            reports.append(_report(f"{body[0]}{n}", f"{n}e réunion du {body}, 3 mars {year}\n", n,
                                   f"{year}-03-03", written=f"3 mars {year}"))
    docs, exs = zip(*reports)
    exs = [replace(e, meeting=replace(e.meeting, body=e.info.doc_id[0])) for e in exs]
    flags = [f for f in extractions_to_cross_flags(exs, docs) if f.kind == "meeting_order_mismatch"]
    assert sorted(f.doc_id for f in flags) == ["B5", "C5"]
    assert all(matches(f, "3 mars 2009", "3 mars 2014") for f in flags)


def test_past_budget_quoted_at_another_figure_is_flagged():
    d6 = document_from_text("Le Consortium a adopté le budget 2021 : un budget annuel total de 970 000 €.",
                            doc_id="r6", file_name="r6.pdf")
    adopt = Decision(decision_id="d", doc_id="r6", text="Le Consortium a adopté le budget 2021", outcome="adopted",
                     prov=prov(d6, "Le Consortium a adopté le budget 2021"), subject="budget 2021")
    e6 = ex_of(d6, meeting=meeting(d6, 6, "2020-12-10"), decisions=(adopt,),
               amounts=(amount(d6, "970 000 €", 970000, 2021, "budget_adopted"),))
    d7 = document_from_text("Même si le budget annuel pour 2021 a été adopté à hauteur de 955 k€, seuls 446 783 € "
                            "étaient disponibles.", doc_id="r7", file_name="r7.pdf")
    quoted = amount(d7, "955 k€", 955000, 2021, "budget_adopted")
    e7 = ex_of(d7, meeting=meeting(d7, 7, "2021-11-10"), amounts=(quoted,))
    flags = extractions_to_cross_flags([e6, e7], [d6, d7])
    assert [f.kind for f in flags] == ["cross_meeting_amount_mismatch"]
    assert matches(flags[0], "955 k€", "970 000 €") and flags[0].doc_id == "r7"
    same = ex_of(d7, meeting=meeting(d7, 7, "2021-11-10"),
                 amounts=(amount(d7, "955 k€", 970000 * 0.999, 2021, "budget_adopted"),))
    assert extractions_to_cross_flags([e6, same], [d6, d7]) == ()


@pytest.mark.parametrize("lang, text, figure, value, named", [
    ("fr", "Le Consortium a approuvé le document C 7-4. Coût : 185 000 € pour l'exercice 2021.", "185 000 €", 185000, False),
    ("en", "The Consortium approved document C 7-4, costing 185,000 € for 2021.", "185,000 €", 185000, False),
    ("es", "El Consorcio aprobó el documento C 7-4, con un costo de 185.000 € para 2021.", "185.000 €", 185000, False),
    ("fr", "Le Consortium a approuvé le budget 2021, soit 955 000 €.", "955 000 €", 955000, True),
    ("en", "The Consortium approved the 2021 budget of 955,000 €.", "955,000 €", 955000, True),
    ("es", "El Consorcio aprobó el presupuesto 2021 de 955.000 €.", "955.000 €", 955000, True),
])
def test_a_figure_of_no_category_is_a_quoted_budget_only_where_its_sentence_names_a_budget(
        lang, text, figure, value, named):
    """An item's cost "for 2021" beside an approval is not the 2021 budget quoted; the
    same approval naming the budget is (and differs from the adopting report's 970 000 €)."""
    d6 = document_from_text("Le Consortium a adopté le budget 2021 : un budget annuel total de 970 000 €.",
                            doc_id="r6", file_name="r6.pdf")
    e6 = ex_of(d6, meeting=meeting(d6, 6, "2020-12-10"),
               amounts=(amount(d6, "970 000 €", 970000, 2021, "budget_adopted"),))
    d7 = document_from_text(text, doc_id="r7", file_name="r7.pdf", language=lang)
    e7 = ex_of(d7, meeting=meeting(d7, 7, "2021-11-10"), amounts=(amount(d7, figure, value, 2021),))
    kinds = [f.kind for f in extractions_to_cross_flags([e6, e7], [d6, d7])]
    assert kinds == (["cross_meeting_amount_mismatch"] if named else [])


def test_decision_said_taken_at_a_meeting_that_does_not_record_it_is_flagged():
    d6 = document_from_text("Rapport de la 6ème réunion du Consortium\n\nLe budget 2021 a été adopté.\n",
                            doc_id="r6", file_name="r6.pdf")
    adopt = Decision(decision_id="d", doc_id="r6", text="Le budget 2021 a été adopté.", outcome="adopted",
                     prov=prov(d6, "Le budget 2021 a été adopté."), subject="budget 2021")
    e6 = ex_of(d6, meeting=meeting(d6, 6, "2020-12-10"), decisions=(adopt,))
    text = ("Rapport de la 7ème réunion du Consortium\n\nLa feuille de route 2021 adoptée lors de la sixième réunion "
            "du Consortium est en cours.\n\nLe budget 2021 adopté lors de la sixième réunion du Consortium est "
            "exécuté.\n")
    d7 = document_from_text(text, doc_id="r7", file_name="r7.pdf")
    e7 = ex_of(d7, meeting=meeting(d7, 7, "2021-11-10"))
    flags = [f for f in extractions_to_cross_flags([e6, e7], [d6, d7])
             if f.kind == "cross_meeting_decision_mismatch"]
    assert len(flags) == 1 and matches(flags[0], "feuille de route 2021")


def test_role_stated_differently_in_two_reports_of_one_meeting():
    a = document_from_text("M. Paul DURAND, Trésorier, présente les comptes.", doc_id="fr", file_name="fr.pdf")
    b = document_from_text("M. Paul DURAND, Secrétaire exécutif, presents the accounts.", doc_id="en",
                           file_name="en.pdf")
    ea = ex_of(a, meeting=meeting(a, 7, "2021-11-10"), interventions=(_person(a, "M. Paul DURAND", "Trésorier"),))
    eb = ex_of(b, meeting=meeting(b, 7, "2021-11-10"),
               interventions=(_person(b, "M. Paul DURAND", "Secrétaire exécutif"),))
    flags = [f for f in extractions_to_cross_flags([ea, eb], [a, b]) if f.kind == "role_mismatch"]
    assert len(flags) == 1 and {e.file_name for e in flags[0].evidence} == {"fr.pdf", "en.pdf"}
