"""Reviews of flags stick: `minutes review` on a real archive (corpus reports with
flags) shows at once in flags.parquet, DuckDB and the report, and survives ingesting
another report, a report leaving and coming back, and rollbacks; user errors are one
line; the report puts open flags first and `report --open` shows only them."""

from __future__ import annotations

import html
import shutil
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from conftest import copy_reports
from pipeline import publish, reviews
from pipeline.query import run_sql
from pipeline.settings import Settings
from pipeline.text import sha256_bytes

FLAGGED = ["01_deltas_vivants_ca5_fr.pdf", "06_forets_altitude_bureau8_fr.pdf"]
EVIL_NOTE = "<script>alert('note')</script> rounding & co"


def run(*args: str):
    from minutes.cli import app
    return CliRunner().invoke(app, list(args))


def settings(out: Path, cache: Path) -> Settings:
    return Settings(out_dir=out, error_policy="strict", isolation="none", cache_dir=cache)


def ingest(paths, out: Path, cache: Path):
    from flows.ingest import run_ingest
    return run_ingest([str(p) for p in paths], settings(out, cache))


def flags(out: Path) -> pd.DataFrame:
    return publish.read_dataset(out, "flags").set_index("flag_id")


@pytest.fixture(scope="module")
def base(prefect_harness, tmp_path_factory) -> dict:
    """An archive of the first flagged report (the extraction cache shared by the tests)."""
    root = tmp_path_factory.mktemp("reviews")
    inputs, cache = root / "in", root / "cache"
    copy_reports(FLAGGED, inputs)
    ingest([inputs / FLAGGED[0]], root / "out", cache)
    return {"out": root / "out", "inputs": inputs, "cache": cache}


@pytest.fixture
def out(base, tmp_path) -> Path:
    """A private copy of the base archive (its symlinks are relative)."""
    target = tmp_path / "out"
    shutil.copytree(base["out"], target, symlinks=True)
    return target


def two_flags(out: Path) -> tuple[str, str]:
    ids = sorted(flags(out).index)
    assert len(ids) >= 2, "the corpus report was expected to raise two flags"
    return ids[0], ids[1]


def reviewed_twice(out: Path) -> tuple[str, str]:
    """Confirm one flag (by a 6-character prefix) and dismiss another with a note."""
    a, b = two_flags(out)
    first = run("review", a[:6], "--confirm", "--out", str(out))
    assert first.exit_code == 0, first.output
    second = run("review", b, "--dismiss", "--note", EVIL_NOTE, "--out", str(out))
    assert second.exit_code == 0, second.output
    return a, b


def assert_reviews_shown(out: Path, a: str, b: str) -> None:
    """flags.parquet, the DuckDB table and the report all carry both reviews."""
    df = flags(out)
    assert df.loc[a, "review"] == "confirmed" and pd.isna(df.loc[a, "review_note"])
    assert df.loc[b, "review"] == "dismissed" and df.loc[b, "review_note"] == EVIL_NOTE
    db = run_sql(out, "select flag_id, review, review_note from flags").set_index("flag_id")
    assert db.loc[a, "review"] == "confirmed" and db.loc[b, "review_note"] == EVIL_NOTE
    page = (out / publish.REPORT).read_text(encoding="utf-8")
    reviewed_part = page[page.index('id="reviewed"'):]
    assert a in reviewed_part and b in reviewed_part and html.escape(EVIL_NOTE) in reviewed_part


def test_review_shows_at_once_in_parquet_duckdb_and_report(out):
    before = flags(out)
    assert set(before["review"]) == {"open"}
    a, b = reviewed_twice(out)
    assert_reviews_shown(out, a, b)
    others = flags(out).drop(index=[a, b])
    assert set(others["review"]) <= {"open"}
    page = (out / publish.REPORT).read_text(encoding="utf-8")
    assert "<script>alert" not in page and EVIL_NOTE not in page
    # Each review is a publication of the same documents (action "review"); the second
    # supersedes the first, so the ingest publication stays on disk for a rollback.
    pubs = publish.read_dataset(out, "publications")
    assert list(pubs["action"]) == ["ingest", "review", "review"]
    assert publish.publications(out) == [pubs["stamp"].iloc[0], pubs["stamp"].iloc[2]]
    assert set(publish.read_dataset(out, "documents")["doc_id"]) == set(before["doc_id"])
    # The store is outside the publications and keeps every review (latest wins).
    again = run("review", a, "--dismiss", "--note", "second look", "--out", str(out))
    assert again.exit_code == 0, again.output
    assert flags(out).loc[a, "review"] == "dismissed" and flags(out).loc[a, "review_note"] == "second look"
    assert [r.decision for r in reviews.read_reviews(out)] == ["confirmed", "dismissed", "dismissed"]
    assert not (out / publish.CURRENT / reviews.STORE).exists()


def test_reviews_survive_ingest_of_another_report_and_a_report_coming_back(out, base):
    a, b = reviewed_twice(out)
    added = ingest([base["inputs"] / FLAGGED[1]], out, base["cache"])
    assert added.added == (FLAGGED[1],) and added.published
    assert_reviews_shown(out, a, b)
    new_doc = sha256_bytes((base["inputs"] / FLAGGED[1]).read_bytes())  # noqa: F841 (used by query)
    assert set(flags(out).query("doc_id == @new_doc")["review"]) == {"open"}
    # The reviewed report leaves the archive (its flags go) and comes back (same ids).
    from flows.archive import remove_documents
    _, gone = remove_documents([FLAGGED[0]], settings(out, base["cache"]))
    assert gone and a not in flags(out).index
    back = ingest([base["inputs"] / FLAGGED[0]], out, base["cache"])
    assert back.added == (FLAGGED[0],) and back.published
    assert_reviews_shown(out, a, b)
    # The same file again: nothing to publish, the reviews still shown.
    same = ingest([base["inputs"] / FLAGGED[0]], out, base["cache"])
    assert not same.published
    assert_reviews_shown(out, a, b)


def test_rollback_shows_the_current_reviews(out, base):
    first = publish.current_publication(out).name      # made before any review
    a, b = reviewed_twice(out)
    ingest([base["inputs"] / FLAGGED[1]], out, base["cache"])
    back = run("rollback", first, "--out", str(out))
    assert back.exit_code == 0, back.output
    assert publish.current_publication(out).name == first
    assert_reviews_shown(out, a, b)
    # A review made now, then the default rollback: it passes over the review's
    # publication (same documents) to the one before the last change of documents.
    run("rollback", publish.publications(out)[-1], "--out", str(out))
    assert run("review", a, "--dismiss", "--out", str(out)).exit_code == 0
    undo = run("rollback", "--out", str(out))
    assert undo.exit_code == 0, undo.output
    assert len(publish.read_dataset(out, "documents")) == 1
    assert flags(out).loc[a, "review"] == "dismissed" and flags(out).loc[b, "review"] == "dismissed"
    assert run_sql(out, f"select review from flags where flag_id = '{a}'").iloc[0, 0] == "dismissed"


@pytest.fixture
def twin_prefix(out) -> Path:
    """The archive published again with a second flag whose id shares its first 10
    characters with a real one (real ids rarely do)."""
    a, _ = two_flags(out)
    frames = reviews.read_publication(publish.current_publication(out))
    row = frames["flags"][frames["flags"]["flag_id"] == a].copy()
    row["flag_id"] = a[:10] + "000000"
    frames["flags"] = pd.concat([frames["flags"], row], ignore_index=True)
    publish.publish(frames, out, "twin")
    return out


def test_user_errors_are_one_line_and_exit_1(out, twin_prefix):
    a, _ = two_flags(out)
    cases = [
        (["review", "0" * 16, "--confirm"], "no flag"),
        (["review", "zz", "--dismiss"], "too short"),
        (["review", a[:10], "--confirm"], "starts 2 flag ids"),
        (["review", a, "--confirm", "--dismiss"], "exactly one"),
        (["review", a], "exactly one"),
        (["review", a, "--confirm", "--out", str(out / "nowhere")], "no publication"),
    ]
    for args, words in cases:
        result = run(*args, *([] if "--out" in args else ["--out", str(out)]))
        lines = result.stderr.splitlines()
        assert result.exit_code == 1, (args, result.output)
        assert len(lines) == 1 and lines[0].startswith("error: ") and words in lines[0], (args, lines)
    assert not reviews.read_reviews(out)


def test_report_puts_open_flags_first_and_open_shows_only_them(out, tmp_path):
    a, b = two_flags(out)
    assert run("review", a, "--confirm", "--note", EVIL_NOTE, "--out", str(out)).exit_code == 0
    page = (out / publish.REPORT).read_text(encoding="utf-8")
    assert page.index('id="flags"') < page.index(b) < page.index('id="reviewed"') < page.index(a)
    assert html.escape(EVIL_NOTE) in page and EVIL_NOTE not in page
    result = run("report", "--open", "--out", str(out))
    assert result.exit_code == 0, result.output
    only = Path(result.stdout.strip()).read_text(encoding="utf-8")
    assert b in only and a not in only and 'id="reviewed"' not in only
    assert "1 reviewed flag(s) are not shown" in only and "alert(" not in only
    copy = tmp_path / "open.html"
    assert run("report", "--open", "--out", str(out), "--to", str(copy)).exit_code == 0
    assert b in copy.read_text(encoding="utf-8") and a not in copy.read_text(encoding="utf-8")
