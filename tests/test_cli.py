"""Every command's user errors: one line on stderr, no traceback, an honest exit code;
`--version`; `query --format table` output."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from pipeline import publish
from pipeline.query import render
from test_records import sample_extraction

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def out(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("archive")
    publish.publish(publish.corpus_to_frames(publish.Corpus(extractions=(sample_extraction(),))),
                    folder, "fp")
    return folder


def run(*args: str):
    from minutes.cli import app
    return CliRunner().invoke(app, list(args))


def cases(out: Path, tmp: Path) -> list[tuple[list[str], str]]:
    """(arguments, a word the one-line error must hold)."""
    empty_gold = tmp / "gold"
    empty_gold.mkdir(exist_ok=True)
    nowhere = str(tmp / "nowhere")
    return [
        (["query", "", "--out", str(out)], "empty SQL"),
        (["query", "selec 1", "--out", str(out)], "syntax error"),
        (["query", "select * from nope", "--out", str(out)], "nope"),
        (["query", "select 1; select 2", "--out", str(out)], "one statement"),
        (["query", "select 1", "--format", "xml", "--out", str(out)], "unknown format"),
        (["query", "select 1", "--out", nowhere], "no publication"),
        (["history", "budget", "--out", nowhere], "no publication"),
        (["report", "--out", nowhere], "no publication"),
        (["report", "--out", str(out), "--to", str(tmp / "no" / "dir" / "r.html")], "cannot write"),
        (["list", "--out", nowhere], "no publication"),
        (["publications", "--out", nowhere], "no publication"),
        (["remove", "x.pdf", "--out", nowhere], "no publication"),
        (["remove", "nothing.pdf", "--out", str(out)], "no archived document"),
        (["rollback", "--out", nowhere], "no publication"),
        (["rollback", "--out", str(out)], "no earlier publication"),
        (["rollback", "1999", "--out", str(out)], "no publication '1999'"),
        (["evaluate", nowhere, "--out", str(out)], "no gold files"),
        (["evaluate", str(empty_gold), "--out", str(out)], "no gold files"),
        (["evaluate", str(ROOT / "corpus"), "--out", nowhere], "no publication"),
        (["ingest", nowhere, "--out", str(tmp / "o")], "not found"),
        (["ingest", str(empty_gold), "--out", str(tmp / "o")], "no PDF file"),
        (["ingest", "corpus", "--timeout", "-1"], "--timeout"),
        (["ingest", "corpus", "--timeout", "0"], "--timeout"),
        (["ingest", "corpus", "--timeout", "nan"], "--timeout"),
        (["ingest", "corpus", "--timeout", "inf"], "--timeout"),
        (["ingest", "corpus", "--workers", "0"], "--workers"),
        (["ingest", "corpus", "--workers", "100000"], "--workers"),
        (["ingest", "corpus", "--workers", "two"], "--workers"),
        (["ingest"], "Missing argument"),
        (["frobnicate"], "No such command"),
        (["query"], "Missing argument"),
    ]


def test_every_user_error_is_one_line_and_exit_1(out, tmp_path):
    for args, word in cases(out, tmp_path):
        result = run(*args)
        lines = result.stderr.splitlines()
        assert result.exit_code == 1, (args, result.output)
        assert len(lines) == 1 and lines[0].startswith("error: "), (args, result.stderr)
        assert word in lines[0], (args, lines[0])
        assert "Traceback" not in result.output, args
    assert not (tmp_path / "o").exists()


def test_several_missing_paths_give_one_line_each(tmp_path):
    result = run("ingest", str(tmp_path / "a.pdf"), str(tmp_path / "b"), "--out", str(tmp_path / "o"))
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [f"error: not found: {tmp_path / 'a.pdf'}",
                                          f"error: not found: {tmp_path / 'b'}"]


def test_a_mistyped_folder_is_refused_before_prefect_starts(tmp_path):
    """In a fresh process: one line, exit 1, and Prefect not even imported (importing it
    creates ~/.prefect)."""
    env = {"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    proc = subprocess.run([sys.executable, "-m", "minutes", "ingest", "corpuss", "--out", str(tmp_path / "o")],
                          capture_output=True, text=True, cwd=tmp_path, env=env, timeout=120)
    assert proc.returncode == 1 and proc.stderr == "error: not found: corpuss\n", proc.stderr
    assert not (tmp_path / "o").exists() and not (tmp_path / ".prefect").exists()


def test_version_names_the_package_and_the_pipeline():
    from extractors.chain import pipeline_version
    result = run("--version")
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert result.exit_code == 0
    assert result.stdout == f"minutes {version} (pipeline {pipeline_version()})\n"


def test_table_format_has_integers_no_scientific_notation_one_null_and_fits():
    df = pd.DataFrame({"year": pd.array([2021, None], dtype="Int64"),
                       "total": [80.0, float("nan")], "big": [1.5e12, 2.25],
                       "name": ["Conseil d'administration du Consortium international", None]})
    text = render(df, "table", width=40)
    lines = text.splitlines()
    assert all(len(line) <= 40 for line in lines)
    assert "e+" not in text and "NaN" not in text and "None" not in text and "<NA>" not in text
    assert lines[2].split()[:3] == ["2021", "80", "1500000000000"]
    assert lines[3].split()[:3] == ["NULL", "NULL", "2.25"]
    assert "…" in lines[2]                                  # the long name was cut to fit
    assert render(df.iloc[0:0], "table").endswith("(no rows)")


def test_more_workers_than_the_machine_holds_is_a_warning_not_an_error(tmp_path):
    from pipeline.settings import bounded_workers
    n, lowered = bounded_workers(64)
    result = run("ingest", str(tmp_path / "a.pdf"), "--workers", "64", "--out", str(tmp_path / "o"))
    lines = result.stderr.splitlines()
    assert result.exit_code == 1 and lines[-1] == f"error: not found: {tmp_path / 'a.pdf'}"
    assert lines[:-1] == ([f"warning: {lowered}"] if lowered else []) and str(n) in (lowered or str(n))


@pytest.mark.parametrize("variable, value", [("MINUTES_DOC_TIMEOUT", "abc"),
                                             ("MINUTES_ERROR_POLICY", "loose")])
def test_a_bad_setting_from_the_environment_is_one_line(monkeypatch, tmp_path, variable, value):
    monkeypatch.setenv(variable, value)
    pdf = sorted((ROOT / "corpus").glob("*.pdf"))[0]
    result = run("ingest", str(pdf), "--out", str(tmp_path / "o"))
    lines = result.stderr.splitlines()
    assert result.exit_code == 1 and len(lines) == 1, result.output
    assert lines[0].startswith("error: ") and repr(value) in lines[0], lines
    assert not (tmp_path / "o").exists()


def test_a_file_name_with_a_newline_stays_on_its_line(monkeypatch, tmp_path):
    """The failure list and the refusal print each file on one line, its control
    characters escaped."""
    from flows import plan
    name = "bad\nname\r.pdf"
    (tmp_path / name).write_bytes(b"not a pdf")
    summary = plan.RunSummary(documents=0, pages=0, languages={}, rows={}, published=False,
                                failed=((name, "not a PDF: no %PDF header"),),
                                out_dir=tmp_path / "o", refused="nothing published")
    monkeypatch.setattr(plan, "run_ingest", lambda *a, **k: summary)
    result = run("ingest", str(tmp_path / name), "--out", str(tmp_path / "o"))
    assert result.exit_code == 1
    assert result.stderr.splitlines() == ["error: bad\\nname\\r.pdf: not a PDF: no %PDF header",
                                          "error: nothing published"]
