"""The output folder is an archive that grows: add, replace, move, remove, --replace,
rollback, each checked by row counts and document ids; a run that adds nothing
publishes nothing; the cross-document pass covers the whole archive."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from conftest import copy_reports
from flows import archive as ops
from pipeline import publish
from pipeline.errors import UsageError
from pipeline.publish import current_manifest, read_dataset
from pipeline.settings import Settings
from pipeline.text import sha256_bytes

pytestmark = pytest.mark.slow
NAMES = ["01_deltas_vivants_ca5_fr.pdf", "02_tessaline_board12_en.pdf",
         "09_puits_vallees_comite_directeur3_fr.pdf", "10_puits_vallees_comite_directeur4_fr.pdf"]


@pytest.fixture(scope="module")
def shared_cache(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("cache")


@pytest.fixture
def folder(tmp_path) -> Path:
    """Four corpus reports (two of the same body, which the cross-meeting checks compare)."""
    return copy_reports(NAMES, tmp_path / "in")


def settings_for(out: Path, cache: Path) -> Settings:
    return Settings(out_dir=out, error_policy="strict", isolation="none", cache_dir=cache)


def ingest(paths, settings, replace=False):
    from flows.ingest import run_ingest
    return run_ingest([str(p) for p in paths], settings, replace=replace)


def doc_ids(out: Path) -> set[str]:
    return set(read_dataset(out, "documents")["doc_id"])


def changed_copy(src: Path, dst: Path, tag: bytes = b"v2") -> Path:
    """The same report with other bytes (a comment after the end of file)."""
    dst.write_bytes(src.read_bytes() + b"\n% " + tag + b"\n")
    return dst


def comparable(out: Path, name: str) -> pd.DataFrame:
    """A dataset as sorted plain rows, for comparing two publications."""
    df = read_dataset(out, name).drop(columns=["path"], errors="ignore")
    rows = sorted(repr({k: (v.tolist() if hasattr(v, "tolist") else v) for k, v in r.items()})
                  for r in df.astype(object).where(df.notna(), None).to_dict("records"))
    return rows


def test_add_replace_move_remove_rollback(prefect_harness, folder, tmp_path, shared_cache, monkeypatch):
    from flows import tasks
    calls = []
    real = tasks.path_to_extraction
    monkeypatch.setattr(tasks, "path_to_extraction",
                        lambda path, s, *a: calls.append(path.name) or real(path, s, *a))
    out, first = tmp_path / "out", folder / NAMES[0]
    settings = settings_for(out, tmp_path / "own_cache")
    one = ingest([first], settings)
    assert one.added == (NAMES[0],) and one.published and doc_ids(out) == {sha256_bytes(first.read_bytes())}

    # Add: the rest of the folder joins the archive; the archived file is not re-extracted.
    calls.clear()
    more = ingest([folder], settings)
    assert sorted(more.added) == sorted(NAMES[1:]) and more.unchanged == (NAMES[0],)
    assert sorted(calls) == sorted(NAMES[1:])
    assert doc_ids(out) == {sha256_bytes(p.read_bytes()) for p in folder.glob("*.pdf")}
    assert len(read_dataset(out, "meetings")) == 4

    # Replace: new bytes at the same path take the old version's place.
    old_id = sha256_bytes((folder / NAMES[1]).read_bytes())
    new = changed_copy(folder / NAMES[1], folder / NAMES[1])
    calls.clear()
    rep = ingest([new], settings)
    assert rep.replaced == (NAMES[1],) and calls == [NAMES[1]]
    ids = doc_ids(out)
    assert len(ids) == 4 and old_id not in ids and sha256_bytes(new.read_bytes()) in ids
    assert old_id not in set(read_dataset(out, "interventions")["doc_id"])

    # Move: the same bytes under another path are the same document; its path follows.
    moved = folder / "moved"
    moved.mkdir()
    shutil.move(folder / NAMES[2], moved / "renamed.pdf")
    mv = ingest([moved / "renamed.pdf"], settings)
    assert mv.unchanged == ("renamed.pdf",) and not mv.added and doc_ids(out) == ids
    docs = read_dataset(out, "documents").set_index("doc_id")
    assert docs.loc[sha256_bytes((moved / "renamed.pdf").read_bytes()), "path"] == str((moved / "renamed.pdf").resolve())

    # Remove by file name: the document and everything about it leave every dataset.
    gone = sha256_bytes((folder / NAMES[3]).read_bytes())
    change, published = ops.remove_documents([NAMES[3]], settings)
    assert published and change.removed == (NAMES[3],)
    assert doc_ids(out) == ids - {gone}
    for name in ("meetings", "decisions", "amounts", "flags", "decision_history", "interventions"):
        assert gone not in set(read_dataset(out, name)["doc_id"]), name

    # History: one row per publication; rollback restores the previous one whole.
    pubs = read_dataset(out, "publications")
    assert list(pubs["documents_total"]) == [1, 4, 4, 4, 3]
    assert list(pubs["documents_added"]) == [1, 3, 0, 0, 0]
    assert list(pubs["documents_replaced"]) == [0, 0, 1, 0, 0]
    assert list(pubs["documents_removed"]) == [0, 0, 0, 0, 1]
    assert str(pubs["documents_total"].dtype) == "Int64"
    back = publish.rollback(out)
    assert back == pubs["stamp"].iloc[-2] and doc_ids(out) == ids
    assert len(read_dataset(out, "meetings")) == 4
    assert publish.rollback(out, pubs["stamp"].iloc[0][:17]) == pubs["stamp"].iloc[0]
    assert len(doc_ids(out)) == 1
    with pytest.raises(UsageError):
        publish.rollback(out, "19990101")


def test_adding_one_report_publishes_what_a_full_ingest_publishes(prefect_harness, folder, tmp_path, shared_cache):
    """The cross-document pass runs over the whole archive: people, decision history and
    cross-meeting flags after adding reports one at a time equal those of one run."""
    step, whole = tmp_path / "step", tmp_path / "whole"
    for name in NAMES:
        ingest([folder / name], settings_for(step, shared_cache))
    ingest([folder], settings_for(whole, shared_cache))
    for name in ("documents", "meetings", "people", "interventions", "decisions", "amounts",
                 "flags", "decision_history", "tables", "table_cells", "sections", "stated_sums"):
        assert comparable(step, name) == comparable(whole, name), name
    assert len(read_dataset(step, "publications")) == 4
    assert (step / "report.html").read_text(encoding="utf-8").count("<h3>") == \
        (whole / "report.html").read_text(encoding="utf-8").count("<h3>")


def test_replace_publishes_exactly_the_inputs(prefect_harness, folder, tmp_path, shared_cache):
    out = tmp_path / "out"
    settings = settings_for(out, shared_cache)
    ingest([folder], settings)
    only = ingest([folder / NAMES[0]], settings, replace=True)
    assert only.unchanged == (NAMES[0],) and sorted(only.removed) == sorted(NAMES[1:])
    assert doc_ids(out) == {sha256_bytes((folder / NAMES[0]).read_bytes())}
    assert read_dataset(out, "publications")["documents_removed"].iloc[-1] == 3


def test_a_run_that_adds_nothing_publishes_nothing(prefect_harness, folder, tmp_path, shared_cache):
    out = tmp_path / "out"
    settings = settings_for(out, shared_cache).with_(error_policy="record")
    ingest([folder / NAMES[0]], settings)
    before = current_manifest(out)
    with pytest.raises(UsageError) as err:
        ingest([folder / "corpuss", tmp_path / "nowhere.pdf"], settings)
    assert str(err.value).splitlines() == [f"not found: {folder / 'corpuss'}",
                                           f"not found: {tmp_path / 'nowhere.pdf'}"]
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.pdf").write_bytes(b"")
    (bad / "notes.pdf").write_text("not a pdf", encoding="utf-8")
    summary = ingest([bad], settings)
    assert summary.refused and not summary.published and len(summary.failed) == 2
    assert current_manifest(out) == before
    assert len(publish.publications(out)) == 1
    # An unreadable new version never replaces the readable one.
    broken = bad / NAMES[0]
    broken.write_bytes(b"%PDF-1.4 broken")
    assert ingest([broken, folder / NAMES[0]], settings).failed
    assert doc_ids(out) == {sha256_bytes((folder / NAMES[0]).read_bytes())} | {sha256_bytes(broken.read_bytes())}


def test_the_last_five_publications_stay_on_disk(prefect_harness, folder, tmp_path, shared_cache,
                                                 monkeypatch):
    monkeypatch.setattr(publish, "RETIRED_GRACE_S", 0.0)   # no reader: prune at once
    out = tmp_path / "out"
    settings = settings_for(out, shared_cache)
    ingest([folder], settings)
    for name in NAMES[:3]:
        ops.remove_documents([name], settings)
    ingest([folder / NAMES[0]], settings)
    ingest([folder / NAMES[1]], settings)
    kept = publish.publications(out)
    assert len(kept) == 5 and len(read_dataset(out, "publications")) == 6
    assert kept == sorted(kept) and kept[-1] == current_manifest(out)["stamp"]
    assert list(read_dataset(out, "publications")["stamp"])[-5:] == kept


def test_a_pipeline_change_re_extracts_the_archive_from_its_files(prefect_harness, folder, tmp_path):
    """With no cached extraction under the current version (the pipeline changed, or the
    cache was cleared), archived documents are extracted again from their files; one
    whose file is gone falls back on its extraction by an earlier version; with neither,
    the run refuses with one line and publishes nothing."""
    out, cache = tmp_path / "out", tmp_path / "cache"
    settings = settings_for(out, cache)
    ingest([folder / NAMES[0], folder / NAMES[1]], settings)
    id0, id1 = (sha256_bytes((folder / n).read_bytes()) for n in NAMES[:2])
    (entry0,), (entry1,) = cache.glob(f"{id0}-*.json"), cache.glob(f"{id1}-*.json")
    entry0.unlink()                                          # re-extracted from its file
    entry1.rename(cache / f"{id1}-000000000000.json")        # as if made by an earlier version
    (folder / NAMES[1]).unlink()
    summary = ingest([folder / NAMES[2]], settings)
    assert summary.added == (NAMES[2],) and summary.documents == 3
    assert entry0.exists()
    assert len(read_dataset(out, "meetings")) == 3
    before = current_manifest(out)
    (cache / f"{id1}-000000000000.json").unlink()
    with pytest.raises(UsageError, match=f"cannot rebuild {NAMES[1]}"):
        ingest([folder / NAMES[3]], settings)
    assert current_manifest(out) == before
