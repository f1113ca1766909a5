"""`minutes query` cannot write or read outside the archive: a battery of hostile
statements, each refused with one line and exit 1, with every file of the publication
and of a temporary HOME hashed before and after."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline import publish
from test_records import sample_extraction


def tree(*roots: Path) -> dict[str, str]:
    """Every file under the roots (symlinks followed for content) and its sha256."""
    out = {}
    for root in roots:
        for p in sorted(root.rglob("*")):
            if p.is_file():
                out[str(p)] = hashlib.sha256(p.read_bytes()).hexdigest()
            elif p.is_symlink():
                out[str(p)] = "dangling"
    return out


def hostile(out: Path, home: Path, tmp: Path) -> list[str]:
    pub = out / "current"
    secret = home / "secret.txt"
    return [
        # writing files
        f"copy (select 'x' as a) to '{pub}/meetings.parquet' (format parquet)",
        f"copy (select 'x' as a) to '{out}/meetings.parquet' (format parquet)",
        f"copy documents to '{tmp}/x.csv'",
        f"copy documents to '{home}/x.csv' (header)",
        "copy documents to 'relative.csv'",
        f"copy documents from '{secret}'",
        f"export database '{tmp}/exported'",
        f"import database '{tmp}'",
        # other databases
        f"attach '{tmp}/new.duckdb' (READ_WRITE)",
        f"attach '{pub}/minutes.duckdb' as w (READ_WRITE)",
        "attach ':memory:' as scratch",
        "detach minutes",
        "use memory",
        # extensions
        "install httpfs", "force install httpfs", "load httpfs",
        f"load '{tmp}/evil.duckdb_extension'",
        "install x from 'http://127.0.0.1:9'",
        # settings
        "set enable_external_access = true", "reset enable_external_access",
        "set lock_configuration = false", f"set temp_directory = '{tmp}'",
        "set global threads = 1", "pragma enable_profiling = 'json'",
        f"pragma profiling_output = '{tmp}/profile.json'", "reset all",
        # reading outside the archive
        "select * from read_csv('/etc/passwd')",
        f"select * from read_csv_auto('{secret}')",
        f"select * from read_text('{secret}')",
        f"select * from read_blob('{secret}')",
        f"select * from '{secret}'",
        f"select * from read_parquet('{out}/documents.parquet')",
        "select * from read_json('/etc/hostname')",
        "select * from glob('/etc/*')",
        "select * from read_csv('http://127.0.0.1:9/x.csv')",
        # writing the database itself
        "create table t as select 1", "create temp table t as select 1",
        "insert into documents (doc_id) values ('x')", "update documents set pages = 0",
        "delete from documents", "drop table documents", "alter table documents add column x int",
        "create view v as select 1", "create macro m(x) as x", "checkpoint", "vacuum",
        "create secret s (type s3, key_id 'a', secret 'b')",
        # several statements
        "select 1; select 2",
        f"select 1; copy documents to '{tmp}/y.csv'",
        "select count(*) from documents; drop table documents",
        # nothing at all
        "", "   ", ";",
    ]


@pytest.fixture
def archive(tmp_path, monkeypatch) -> tuple[Path, Path]:
    home = tmp_path / "home"
    home.mkdir()
    (home / "secret.txt").write_text("a,b\n1,2\n", encoding="utf-8")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.chdir(tmp_path)
    out = tmp_path / "out"
    publish.publish(publish.corpus_to_frames(publish.Corpus(extractions=(sample_extraction(),))),
                    out, "fp")
    return out, home


def test_hostile_statements_are_refused_and_change_nothing(archive, tmp_path, capsys):
    from minutes.cli import app
    out, home = archive
    statements = hostile(out, home, tmp_path)
    before = tree(tmp_path)
    runner = CliRunner()
    refused = 0
    for sql in statements:
        result = runner.invoke(app, ["query", sql, "--out", str(out)])
        lines = result.stderr.splitlines()
        assert result.exit_code == 1, (sql, result.output)
        assert len(lines) == 1 and lines[0].startswith("error: "), (sql, result.stderr)
        assert "Traceback" not in result.output and result.stdout == "", sql
        refused += 1
    assert tree(tmp_path) == before                        # no file changed, none added
    assert refused == len(statements) >= 50
    with capsys.disabled():
        print(f"\n{refused} hostile statements tried, {refused} refused")


def test_reading_the_archive_still_works(archive):
    """The seal is not a wall: SELECT, EXPLAIN, DESCRIBE, SHOW, CTEs all run."""
    from pipeline.query import run_sql
    out, _ = archive
    assert int(run_sql(out, "select count(*) n from documents").iloc[0]["n"]) == 1
    assert len(run_sql(out, "with d as (select * from decisions) select * from d;")) == 1
    assert "documents" in set(run_sql(out, "show tables")["name"])
    assert len(run_sql(out, "describe meetings")) >= 6
    assert len(run_sql(out, "explain select * from amounts")) == 1
