"""Every input path gets an answer and a `documents` row: FIFOs (never opened), devices,
dangling symbolic links and link loops get a one-line reason; symlinked sub-folders are
followed once; the same bytes under a second path are a `duplicate` row with no facts
of their own, and every published dataset's primary key stays unique.

A directory named like a file (``x.pdf/``) is a folder: it is walked like any other."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from conftest import CORPUS, copy_reports
from pipeline import archive, inputs
from pipeline.publish import PRIMARY_KEYS, current_manifest, read_dataset
from pipeline.records import DocumentInfo, Extraction
from pipeline.settings import Settings
from pipeline.text import sha256_file

RUN = Settings(isolation="none")
REPORTS = ["01_deltas_vivants_ca5_fr.pdf", "02_tessaline_board12_en.pdf"]


def _kind(path: Path) -> str | None:
    source = inputs.identify(path, RUN)
    return getattr(source.error, "kind", source.error)


def test_a_fifo_is_never_opened_and_gets_its_reason(tmp_path):
    fifo = tmp_path / "pipe.pdf"
    os.mkfifo(fifo)
    source = inputs.identify(fifo, RUN)         # would hang forever if it were opened
    assert source.error.kind == "special_file"
    assert str(source.error) == "not a regular file: a named pipe (FIFO); it is never opened"
    assert inputs.discover([tmp_path]) == [fifo]


def test_a_device_given_by_name_is_no_file():
    assert inputs.discover(["/dev/null"]) == [Path("/dev/null")]
    assert str(inputs.identify(Path("/dev/null"), RUN).error) == \
        "not a regular file: a character device; it is never opened"


def test_dangling_links_and_link_loops_get_their_reason(tmp_path):
    (tmp_path / "dangling.pdf").symlink_to(tmp_path / "gone.pdf")
    (tmp_path / "a.pdf").symlink_to(tmp_path / "b.pdf")
    (tmp_path / "b.pdf").symlink_to(tmp_path / "a.pdf")
    found = inputs.discover([tmp_path])
    assert [p.name for p in found] == ["a.pdf", "b.pdf", "dangling.pdf"]
    assert [_kind(p) for p in found] == ["link_loop", "link_loop", "dangling_link"]
    assert str(inputs.identify(tmp_path / "dangling.pdf", RUN).error) == \
        f"dangling symbolic link: its target {tmp_path / 'gone.pdf'} does not exist"
    assert len({inputs.identify(p, RUN).doc_id for p in found}) == 3


def test_links_given_by_name_are_inputs_not_missing_paths(tmp_path):
    from flows.archive import check_paths
    (tmp_path / "dangling.pdf").symlink_to(tmp_path / "gone.pdf")
    (tmp_path / "loop.pdf").symlink_to(tmp_path / "loop.pdf")
    names = [str(tmp_path / "dangling.pdf"), str(tmp_path / "loop.pdf")]
    check_paths(names)                                   # no "not found": each gets its row
    assert [_kind(p) for p in inputs.discover(names)] == ["dangling_link", "link_loop"]


def test_symlinked_folders_are_followed_once_and_loops_end(tmp_path):
    real = tmp_path / "in" / "real"
    real.mkdir(parents=True)
    shutil.copy(CORPUS / REPORTS[0], real / "one.pdf")
    (tmp_path / "in" / "alias").symlink_to(real)            # the same folder twice
    (real / "back").symlink_to(tmp_path / "in")              # a loop up the tree
    other = tmp_path / "elsewhere"
    other.mkdir()
    shutil.copy(CORPUS / REPORTS[1], other / "two.pdf")
    (real / "linked").symlink_to(other)                      # a folder outside, linked in
    (tmp_path / "in" / "dir.pdf").mkdir()                    # a folder named like a file
    shutil.copy(CORPUS / REPORTS[1], tmp_path / "in" / "dir.pdf" / "three.pdf")
    found = inputs.discover([tmp_path / "in"])
    assert sorted(p.name for p in found) == ["one.pdf", "three.pdf", "two.pdf"]
    assert len({os.path.realpath(p) for p in found}) == 3


def test_a_folder_that_cannot_be_listed_gets_its_row(tmp_path, monkeypatch):
    """A sub-folder the walk may not list is an input with its reason, not a silent skip
    (os.listdir is made to refuse: the tests run as root, for whom chmod 000 is no bar)."""
    (tmp_path / "in" / "locked").mkdir(parents=True)
    shutil.copy(CORPUS / REPORTS[0], tmp_path / "in" / "one.pdf")
    listdir = os.listdir

    def refusing(path):
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied")
        return listdir(path)
    monkeypatch.setattr(os, "listdir", refusing)
    found = inputs.discover([tmp_path / "in"])
    assert sorted(p.name for p in found) == ["locked", "one.pdf"]
    source = inputs.identify(tmp_path / "in" / "locked", RUN)
    assert source.error.kind == "unreadable_folder" and "Permission denied" in str(source.error)


def test_a_file_over_the_size_limit_is_never_read(tmp_path, monkeypatch):
    big = tmp_path / "big.pdf"
    with open(big, "wb") as f:
        f.write(b"%PDF-1.4\n")
        f.truncate(10_000)
    monkeypatch.setattr(inputs, "sha256_file", lambda *a: pytest.fail("read before the size check"))
    source = inputs.identify(big, RUN.with_(max_file_bytes=5_000))
    assert source.error.kind == "too_large" and source.size == 10_000
    assert str(source.error) == "too large: 10000 bytes exceeds the limit of 5000 bytes"


def test_a_regular_file_is_keyed_by_its_bytes_streamed(tmp_path):
    path = shutil.copy(CORPUS / REPORTS[0], tmp_path / "x.pdf")
    source = inputs.identify(Path(path), RUN)
    assert source.error is None and source.doc_id == sha256_file(CORPUS / REPORTS[0])
    assert source.size == (CORPUS / REPORTS[0]).stat().st_size


# ------------------------------------------------------------------ duplicates, planned


def _ex(doc_id: str, path: str, status: str = "ok") -> Extraction:
    return Extraction(info=DocumentInfo(doc_id=doc_id, file_name=Path(path).name, path=path,
                                        pages=1, language="en", status=status))


def test_two_paths_of_the_same_bytes_in_one_run_make_one_document_and_one_duplicate():
    change = archive.ingest_change([], [_ex("d1", "/in/a.pdf"), _ex("d1", "/in/b.pdf")])
    first, copy = change.entries
    assert first.doc_id == "d1" and first.info.status == "ok"
    assert copy.info.status == "duplicate" and copy.info.duplicate_of == "d1"
    assert copy.doc_id != "d1" and copy.info.error == "duplicate: the same bytes as /in/a.pdf"


def test_a_later_copy_is_a_duplicate_while_the_first_file_holds_the_bytes():
    entries = archive.ingest_change([], [_ex("d1", "/in/a.pdf")]).entries
    kept = archive.ingest_change(entries, [_ex("d1", "/in/b.pdf")], holds=lambda p, d: True)
    assert [e.info.status for e in kept.entries] == ["ok", "duplicate"]
    again = archive.ingest_change(kept.entries, [_ex("d1", "/in/b.pdf")], holds=lambda p, d: True)
    assert again.entries == kept.entries and not again.changed
    moved = archive.ingest_change(entries, [_ex("d1", "/in/b.pdf")], holds=lambda p, d: False)
    assert [(e.doc_id, e.path) for e in moved.entries] == [("d1", "/in/b.pdf")]
    # The first file gets other bytes: its copy becomes the document, under its own path.
    edited = archive.ingest_change(kept.entries, [_ex("d2", "/in/a.pdf")])
    assert sorted((e.doc_id, e.path, e.info.status) for e in edited.entries) == [
        ("d1", "/in/b.pdf", "ok"), ("d2", "/in/a.pdf", "ok")]
    # Removing a document removes its copies.
    removed = archive.remove_change(kept.entries, ["d1"])
    assert removed.entries == () and len(removed.removed) == 2


# ------------------------------------------------------------------ one run over all of it


@pytest.fixture(scope="module")
def odd_folder(tmp_path_factory) -> Path:
    folder = copy_reports(REPORTS, tmp_path_factory.mktemp("odd") / "in")
    (folder / "sub").mkdir()
    shutil.copy(CORPUS / REPORTS[0], folder / "sub" / "copy_of_first.pdf")
    os.mkfifo(folder / "pipe.pdf")
    (folder / "dangling.pdf").symlink_to(folder / "gone.pdf")
    (folder / "loop_a.pdf").symlink_to(folder / "loop_b.pdf")
    (folder / "loop_b.pdf").symlink_to(folder / "loop_a.pdf")
    (folder / "sub" / "up").symlink_to(folder)
    return folder


@pytest.fixture(scope="module")
def odd_run(prefect_harness, odd_folder, tmp_path_factory):
    from flows.ingest import run_ingest
    settings = Settings(out_dir=tmp_path_factory.mktemp("odd_out"), isolation="none", ocr=False)
    summary = run_ingest([str(odd_folder)], settings)
    return settings, summary


def test_every_path_gets_a_documents_row(odd_run):
    settings, summary = odd_run
    assert summary.published
    docs = read_dataset(settings.out_dir, "documents").set_index("file_name")
    assert sorted(docs.index) == sorted(REPORTS + ["copy_of_first.pdf", "pipe.pdf", "dangling.pdf",
                                                   "loop_a.pdf", "loop_b.pdf"])
    assert docs.loc[REPORTS, "status"].tolist() == ["ok", "ok"]
    for name, start in (("pipe.pdf", "not a regular file"), ("dangling.pdf", "dangling symbolic link"),
                        ("loop_a.pdf", "symbolic link loop"), ("loop_b.pdf", "symbolic link loop")):
        assert docs.loc[name, "status"] == "error" and docs.loc[name, "error"].startswith(start)
        assert "\n" not in docs.loc[name, "error"]
    copy = docs.loc["copy_of_first.pdf"]
    assert copy["status"] == "duplicate" and copy["duplicate_of"] == docs.loc[REPORTS[0], "doc_id"]
    assert copy["error"].endswith(REPORTS[0])
    assert summary.duplicates == ("copy_of_first.pdf",) and "copy_of_first.pdf" in summary.added


def test_a_duplicate_repeats_no_fact_and_every_primary_key_is_unique(odd_run):
    settings, _ = odd_run
    manifest = current_manifest(settings.out_dir)
    assert set(manifest["datasets"]) == set(PRIMARY_KEYS)
    copy_id = read_dataset(settings.out_dir, "documents").set_index("file_name").loc[
        "copy_of_first.pdf", "doc_id"]
    for name, key in PRIMARY_KEYS.items():
        df = read_dataset(settings.out_dir, name)
        assert len(df) == manifest["datasets"][name], name
        dupes = df[df.duplicated(subset=list(key), keep=False)]
        assert dupes.empty, f"{name}: {key} repeated:\n{dupes[list(key)].head()}"
        if name not in ("documents", "people", "publications"):
            assert copy_id not in set(df["doc_id"]), name
    assert len(read_dataset(settings.out_dir, "meetings")) == 2


def test_an_unchanged_folder_of_odd_paths_is_answered_without_a_flow(odd_run, odd_folder):
    from flows.ingest import unchanged_run
    settings, _ = odd_run
    quick = unchanged_run([str(odd_folder)], settings)
    assert quick is not None and not quick.published and len(quick.unchanged) == 7


def test_ingesting_a_fifo_by_name_ends_at_once_with_one_line(prefect_harness, tmp_path):
    from typer.testing import CliRunner
    from minutes.cli import app
    fifo = tmp_path / "fifo.pdf"
    os.mkfifo(fifo)
    result = CliRunner().invoke(app, ["ingest", str(fifo), "--out", str(tmp_path / "out"), "-q"])
    assert result.exit_code == 1, result.output
    assert "error: fifo.pdf: not a regular file: a named pipe (FIFO); it is never opened" in \
        result.output.splitlines()
