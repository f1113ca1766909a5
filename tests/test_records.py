"""Records: Literal fields are checked when built, and every record round-trips."""


import pytest

from pipeline.records import (Amount, Decision, DocumentInfo, Evidence, Extraction, Flag,
                              Intervention, Meeting, Person, Provenance, RecordError,
                              StatedSum, Table, TableCell, Vote, flatten, from_row, to_row)


def prov(page=1, start=0, end=5):
    return Provenance(doc_id="d1", page=page, start=start, end=end, extractor="t", version="1")


def sample_extraction() -> Extraction:
    a = Amount(doc_id="d1", text="715 k€", value=715000.0, currency="EUR", sentence="s",
               prov=prov(), year=2021, category="budget")
    b = Amount(doc_id="d1", text="240 k€", value=240000.0, currency="EUR", sentence="s", prov=prov())
    total = Amount(doc_id="d1", text="955 k€", value=955000.0, currency="EUR", sentence="s", prov=prov())
    return Extraction(
        info=DocumentInfo(doc_id="d1", file_name="a.pdf", path="/x/a.pdf", pages=3,
                          language="fr", status="ok", ocr_pages=(2,)),
        meeting=Meeting(meeting_id="m1", doc_id="d1", body="Consortium", ordinal=7,
                        date="2021-11-10", place="Glasgow", prov=prov(), mode="hybrid",
                        cited_codes=("7-0", "7-1"), tabled_at=8),
        interventions=(Intervention(doc_id="d1", name_as_written="M. Paul LUU", kind="speaks",
                                    prov=prov(2), honorific="M.", given_name="Paul",
                                    family_name="LUU"),),
        decisions=(Decision(decision_id="x", doc_id="d1", text="Le budget a été adopté.",
                            outcome="adopted", prov=prov(3), refs=("7-7",),
                            vote=Vote(votes_for=12, abstain=2)),),
        amounts=(a, b, total),
        sums=(StatedSum(doc_id="d1", total=total, parts=(a, b), prov=prov()),),
        tables=(Table(table_id="t", doc_id="d1", prov=prov(), n_rows=2, n_cols=2,
                      cells=(TableCell(0, 0, "x"), TableCell(1, 1, "3", 3.0)), bbox=(1.0, 2.0, 3.0, 4.0),
                      total_rows=(1,)),),
        flags=(Flag(flag_id="f", kind="year_mismatch", severity="warning", doc_id="d1", page=1,
                    message="m", evidence=(Evidence("Total 2020", "d1", 1),)),),
    )


def test_every_record_round_trips_through_plain_values():
    ex = sample_extraction()
    assert from_row(Extraction, to_row(ex)) == ex
    person = Person(person_id="p", name="Paul LUU", family_name="LUU", honorific="M.")
    assert from_row(Person, to_row(person)) == person


def test_round_trip_survives_json():
    import json
    ex = sample_extraction()
    assert from_row(Extraction, json.loads(json.dumps(to_row(ex)))) == ex


@pytest.mark.parametrize("bad", [
    lambda: Decision(decision_id="x", doc_id="d", text="t", outcome="maybe", prov=prov()),
    lambda: DocumentInfo(doc_id="d", file_name="f", path="p", pages=1, language=None, status="fine"),
    lambda: Flag(flag_id="f", kind="k", severity="fatal", doc_id="d", page=1, message="m", evidence=()),
    lambda: Amount(doc_id="d", text="1 €", value=1.0, currency="euro", sentence="", prov=prov()),
    lambda: prov(page=0),
    lambda: prov(start=5, end=2),
])
def test_bad_values_fail_where_the_record_is_built(bad):
    with pytest.raises(RecordError):
        bad()


def test_flatten_lifts_provenance_to_columns():
    row = flatten(sample_extraction().decisions[0])
    assert row["page"] == 3 and row["extractor"] == "t" and row["extractor_version"] == "1"
    assert "prov" not in row
