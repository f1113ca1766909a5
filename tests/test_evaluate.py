"""Evaluation against gold files: the matching rules of the gold format."""

import pandas as pd

from pipeline.evaluate import Published, score_all, table_accuracy, format_scores
from pipeline.publish import COLUMNS


def frame(name, rows):
    df = pd.DataFrame(rows)
    for c in COLUMNS[name]:
        if c not in df.columns:
            df[c] = None
    return df


GOLD = {
    "file": "r.pdf", "language": "fr",
    "meeting": {"body": "Consortium", "ordinal": 7, "date": "2021-11-10", "place": "Glasgow"},
    "speakers": [{"name": "M. Paul LUU", "family": "LUU"}, {"name": "Mme X BRETON", "family": "BRETON"}],
    "mentioned": [{"name": "Pascal CANFIN", "family": "CANFIN"}],
    "decisions": [{"page": 2, "contains": "budget 2022 proposé", "outcome": "approved", "refs": ["7-7"]}],
    "amounts": [{"as_written": "446 783 €", "value": 446783, "currency": "EUR", "page": 6}],
    "tables": [{"page": 1, "header": ["", "Partenaires"], "rows": [["Fondations", "2"]]}],
    "flags": [{"kind": "year_mismatch", "page": 1, "evidence": ["Total 2020", "pour 2021"]}],
    "not_flags": [{"about": "sums", "evidence": ["107"]}],
}


def published(**over):
    base = dict(
        documents=frame("documents", [dict(doc_id="d", file_name="r.pdf", status="ok", language="fr")]),
        meetings=frame("meetings", [dict(doc_id="d", body="Consortium", ordinal=7, date="2021-11-10",
                                         place="Glasgow (Écosse)")]),
        interventions=frame("interventions", [
            dict(doc_id="d", family_name="Luu", kind="speaks", name_as_written="Paul LUU"),
            dict(doc_id="d", family_name="BRETON", kind="mentioned", name_as_written="X BRETON"),
            dict(doc_id="d", family_name="CANFIN", kind="mentioned", name_as_written="Pascal CANFIN")]),
        decisions=frame("decisions", [
            dict(doc_id="d", page=3, text="Le Consortium a validé le budget 2022 proposé.",
                 outcome="approved", refs=["7-7"]),
            dict(doc_id="d", page=3, text="Il est proposé d'approuver.", outcome="approved", refs=[])]),
        amounts=frame("amounts", [dict(doc_id="d", page=6, value=446_783.0, currency="EUR", text="x"),
                                  dict(doc_id="d", page=6, value=446_783.0, currency="USD", text="y")]),
        table_cells=frame("table_cells", [
            dict(doc_id="d", table_id="t", page=1, row=r, col=c, value=v)
            for r, row in enumerate([["", "Partenaires"], ["Fondations", "2"]]) for c, v in enumerate(row)]),
        flags=frame("flags", [dict(doc_id="d", page=1, kind="year_mismatch", message="Total row says 2020",
                                   evidence=["Total 2020", "Au total pour 2021"])]),
    )
    base.update(over)
    return Published(**base)


def test_a_perfect_prediction_scores_one_where_it_should():
    s = score_all([GOLD], published())
    assert s["meeting"].tp == 4 and s["meeting"].fn == 0
    assert s["language"].tp == 1
    assert (s["speakers"].tp, s["speakers"].fn) == (1, 1)    # BRETON only mentioned: a miss
    assert s["mentioned"].false_alarms == ["r.pdf: breton"]
    assert (s["decisions"].tp, s["decisions"].fp) == (1, 1)
    assert s["decisions"].accuracy == {"outcome": (1, 1), "refs": (1, 1)}
    assert (s["amounts"].tp, s["amounts"].fp) == (1, 1)       # wrong currency is a false alarm
    assert s["tables"].tp == 4 and s["tables"].fn == 0
    assert s["flags"].tp == 1 and s["flags"].fp == 0
    assert s["flags"].accuracy["not_flags"] == (1, 1)


def test_decision_two_pages_away_does_not_match():
    d = frame("decisions", [dict(doc_id="d", page=4, text="budget 2022 proposé", outcome="approved", refs=[])])
    assert score_all([GOLD], published(decisions=d))["decisions"].tp == 0


def test_flag_must_quote_every_evidence_string():
    f = frame("flags", [dict(doc_id="d", page=1, kind="year_mismatch", message="m", evidence=["Total 2020"])])
    s = score_all([GOLD], published(flags=f))["flags"]
    assert (s.tp, s.fp, s.fn) == (0, 1, 1)


def test_unpublished_document_is_a_miss_and_report_prints():
    s = score_all([GOLD], published(documents=frame("documents", [])))
    assert s["documents"].fn == 1
    assert "decisions" in format_scores(s, verbose=True)


def test_table_accuracy_aligns_rows():
    gold = [["", "A"], ["x", "1"], ["y", "2"]]
    assert table_accuracy(gold, [["", "A"], ["y", "2"], ["x", "1"]]) == 1.0
    assert table_accuracy(gold, [["", "A"], ["x", "9"]]) == 3 / 6   # header 2 + "x" 1, of 6
