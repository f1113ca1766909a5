"""Publishing: contract columns, DuckDB and Parquet agree, atomic switch, cache."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from dataclasses import replace
from pathlib import Path

import pandas as pd
import pytest

from pipeline import publish
from pipeline.cache import ExtractionCache
from pipeline.query import QueryError, render, run_sql
from test_records import sample_extraction

CONTRACT = {
    "documents": ["doc_id", "file_name", "pages", "language", "status", "error"],
    "meetings": ["meeting_id", "doc_id", "body", "ordinal", "date", "place"],
    "people": ["person_id", "name", "family_name", "honorific"],
    "interventions": ["doc_id", "person_id", "name_as_written", "page", "kind", "role", "affiliation"],
    "decisions": ["decision_id", "doc_id", "meeting_id", "page", "text", "outcome", "decided_by",
                  "subject", "refs"],
    "amounts": ["doc_id", "page", "text", "value", "currency", "year", "sentence"],
    "table_cells": ["doc_id", "table_id", "page", "row", "col", "value"],
    "flags": ["flag_id", "kind", "severity", "doc_id", "page", "message", "evidence"],
}


def corpus():
    return publish.Corpus(extractions=(sample_extraction(),))


def test_frames_have_every_contract_column():
    frames = publish.corpus_to_frames(corpus())
    for name, cols in CONTRACT.items():
        assert set(cols) <= set(frames[name].columns), name
    assert frames["decisions"].iloc[0]["votes_for"] == 12
    assert list(frames["flags"].iloc[0]["evidence"]) == ["Total 2020"]
    assert frames["meetings"].iloc[0]["page"] == 1


def test_publication_is_readable_from_parquet_and_duckdb(tmp_path):
    frames = publish.corpus_to_frames(corpus())
    publish.publish(frames, tmp_path, "fp1")
    assert pd.read_parquet(tmp_path / "amounts.parquet")["value"].sum() == 1_910_000
    df = run_sql(tmp_path, "select count(*) n from decisions where outcome = 'adopted'")
    assert int(df.iloc[0]["n"]) == 1
    assert publish.current_manifest(tmp_path)["fingerprint"] == "fp1"


def test_query_is_read_only_and_formats(tmp_path):
    publish.publish(publish.corpus_to_frames(corpus()), tmp_path, "fp")
    with pytest.raises(QueryError):
        run_sql(tmp_path, "drop table documents")
    df = run_sql(tmp_path, "select file_name, pages from documents")
    assert json.loads(render(df, "json")) == [{"file_name": "a.pdf", "pages": 3}]
    assert render(df, "csv").splitlines() == ["file_name,pages", "a.pdf,3"]
    with pytest.raises(QueryError):
        run_sql(tmp_path / "nowhere", "select 1")


def test_a_new_publication_replaces_the_old_one_whole(tmp_path):
    publish.publish(publish.corpus_to_frames(corpus()), tmp_path, "one")
    ex = sample_extraction()
    two = publish.Corpus(extractions=(ex, replace(ex, info=replace(ex.info, doc_id="d2"))))
    publish.publish(publish.corpus_to_frames(two), tmp_path, "two")
    assert len(pd.read_parquet(tmp_path / "documents.parquet")) == 2
    assert publish.current_manifest(tmp_path)["fingerprint"] == "two"
    kept = [d for d in (tmp_path / publish.PUBLICATIONS).iterdir()]
    assert len(kept) <= publish.KEEP_PUBLICATIONS


def test_killed_while_publishing_leaves_the_previous_publication(tmp_path):
    """SIGKILL in the middle of writing: readers still see the old publication whole,
    and the next run completes."""
    publish.publish(publish.corpus_to_frames(corpus()), tmp_path, "old")
    script = textwrap.dedent(f"""
        import os, signal, sys
        sys.path.insert(0, {str(Path(__file__).parent)!r})
        import pandas as pd
        from pipeline import publish
        from test_records import sample_extraction
        real = pd.DataFrame.to_parquet
        count = 0
        def dying(self, *a, **k):
            global count
            count += 1
            real(self, *a, **k)
            if count == 3:
                os.kill(os.getpid(), signal.SIGKILL)
        pd.DataFrame.to_parquet = dying
        frames = publish.corpus_to_frames(publish.Corpus(extractions=(sample_extraction(),)))
        publish.publish(frames, {str(tmp_path)!r}, "new")
    """)
    proc = subprocess.run([sys.executable, "-c", script], cwd=Path(__file__).parents[1])
    assert proc.returncode == -9
    assert publish.current_manifest(tmp_path)["fingerprint"] == "old"
    assert len(pd.read_parquet(tmp_path / "documents.parquet")) == 1
    assert run_sql(tmp_path, "select count(*) n from documents").iloc[0]["n"] == 1
    publish.publish(publish.corpus_to_frames(corpus()), tmp_path, "next")
    assert publish.current_manifest(tmp_path)["fingerprint"] == "next"
    assert not list((tmp_path / publish.PUBLICATIONS).glob("*.staging"))


def test_cache_round_trip_and_misses(tmp_path):
    cache = ExtractionCache(tmp_path, "v1")
    ex = sample_extraction()
    assert cache.get("d1") is None
    cache.put(ex)
    assert cache.get("d1") == ex
    assert ExtractionCache(tmp_path, "v2").get("d1") is None       # new extractor version
    (tmp_path / "d1-v1.json").write_text("{broken", encoding="utf-8")
    assert cache.get("d1") is None                                 # damaged entry = miss


def test_transient_errors_are_not_cached(tmp_path):
    cache = ExtractionCache(tmp_path, "v1")
    ex = sample_extraction()
    timed_out = replace(ex, info=replace(ex.info, status="error", error="timed out: 5 s",
                                         error_kind="timeout"))
    cache.put(timed_out)
    assert cache.get("d1") is None
    # Recognised by kind, not by the wording of the message.
    not_pdf = replace(ex, info=replace(ex.info, status="error", error="timed out: 5 s",
                                       error_kind="not_pdf"))
    cache.put(not_pdf)
    assert cache.get("d1") == not_pdf


def test_interventions_carry_their_agenda_item_so_it_joins_with_decisions():
    from pipeline.records import Section
    ex = sample_extraction()
    sections = (Section(heading="Ouverture", page=1, start=0, end=100),
                Section(heading="Budget 2022", page=2, start=100, end=900))
    speaker = replace(ex.interventions[0], prov=replace(ex.interventions[0].prov, start=150, end=160))
    ex = replace(ex, sections=sections, interventions=(speaker,),
                 decisions=(replace(ex.decisions[0], section="Budget 2022"),))
    frames = publish.corpus_to_frames(publish.Corpus(extractions=(ex,)))
    assert frames["interventions"].iloc[0]["section"] == "Budget 2022"
    joined = frames["decisions"].merge(frames["interventions"], on=["doc_id", "section"])
    assert list(joined["name_as_written"]) == ["M. Paul LUU"]


def test_integer_columns_are_integers_with_nulls_in_parquet_and_duckdb(tmp_path):
    ex = sample_extraction()
    no_ordinal = replace(ex.meeting, ordinal=None, meeting_id="m2", doc_id="d2")
    two = publish.Corpus(extractions=(ex, replace(ex, info=replace(ex.info, doc_id="d2"), meeting=no_ordinal,
                                                  decisions=(), amounts=())))
    publish.publish(publish.corpus_to_frames(two), tmp_path, "fp")
    meetings = pd.read_parquet(tmp_path / "meetings.parquet")
    assert str(meetings["ordinal"].dtype) == "Int64" and meetings["ordinal"].isna().sum() == 1
    assert set(meetings["ordinal"].dropna()) == {ex.meeting.ordinal}
    import duckdb
    con = duckdb.connect(str((tmp_path / "minutes.duckdb").resolve()), read_only=True)
    types = dict(con.execute("select column_name, data_type from information_schema.columns "
                             "where table_name in ('meetings', 'decisions', 'amounts')").fetchall())
    con.close()
    for col in ("ordinal", "votes_for", "votes_against", "votes_abstain", "year", "page"):
        assert types[col] == "BIGINT", (col, types[col])
    assert types["value"] == "DOUBLE" and types["body"] == "VARCHAR"


def test_flags_carry_an_open_review(tmp_path):
    frames = publish.corpus_to_frames(corpus())
    assert list(frames["flags"]["review"]) == ["open"] and frames["flags"]["review_note"].isna().all()


def test_each_publication_appends_a_row_and_carries_its_report(tmp_path):
    written = []

    def report(folder, stamp):
        written.append((folder.name, stamp))
        (folder / publish.REPORT).write_text(f"<p>{stamp}</p>", encoding="utf-8")

    first = publish.publish(publish.corpus_to_frames(corpus()), tmp_path, "one", report=report,
                            change={"action": "ingest", "added": 1})
    second = publish.publish(publish.corpus_to_frames(corpus()), tmp_path, "two", report=report,
                             change={"action": "remove", "removed": 0})
    assert [w[0] for w in written] == [first.name + ".staging", second.name + ".staging"]
    assert (tmp_path / "report.html").read_text(encoding="utf-8") == f"<p>{second.name}</p>"
    pubs = pd.read_parquet(tmp_path / "publications.parquet")
    assert list(pubs["stamp"]) == [first.name, second.name] and list(pubs["action"]) == ["ingest", "remove"]
    assert list(pubs["documents_added"]) == [1, 0] and list(pubs["documents_total"]) == [1, 1]
    assert run_sql(tmp_path, "select count(*) n from publications").iloc[0]["n"] == 2
    assert publish.rollback(tmp_path) == first.name
    assert (tmp_path / "report.html").read_text(encoding="utf-8") == f"<p>{first.name}</p>"
    assert len(pd.read_parquet(tmp_path / "publications.parquet")) == 1


def test_stamps_sort_in_publishing_order(tmp_path, monkeypatch):
    monkeypatch.setattr(publish, "RETIRED_GRACE_S", 0.0)   # prune at once (see test_lock)
    names = [publish.publish(publish.corpus_to_frames(corpus()), tmp_path, f"fp{i}").name for i in range(7)]
    assert names == sorted(names) and len(set(names)) == 7
    assert publish.publications(tmp_path) == names[-publish.KEEP_PUBLICATIONS:]
