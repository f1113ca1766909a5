"""No user input makes the command print a traceback: random option values, paths and
strings for ingest, query, list, rollback, remove and report always end with an exit
code of the README's and stderr lines that are errors or warnings, one line each."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from typer.testing import CliRunner

from pipeline import publish
from test_records import sample_extraction

EXIT_CODES = {0, 1, 2, 3}
FUZZ = settings(max_examples=25, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])


@pytest.fixture(scope="module")
def places(tmp_path_factory) -> dict[str, Path]:
    """An archive, an empty folder, and a path that does not exist (no PDF anywhere, so
    no fuzzed ingest ever starts a real run)."""
    root = tmp_path_factory.mktemp("fuzz")
    archive = root / "archive"
    frames = publish.corpus_to_frames(publish.Corpus(extractions=(sample_extraction(),)))
    for fp in ("one", "two"):
        publish.publish(frames, archive, fp)
    (root / "empty").mkdir()
    return {"archive": archive, "empty": root / "empty", "nowhere": root / "nowhere" / "x.pdf"}


# Text a user might type, control characters and newlines included (no NUL: argv
# cannot carry one).
TEXT = st.text(st.characters(blacklist_characters="\x00", blacklist_categories=("Cs",)),
               max_size=30)
NUMBER = st.one_of(TEXT, st.integers(-10**30, 10**30).map(str),
                   st.floats(allow_nan=True, allow_infinity=True).map(repr),
                   st.sampled_from(["0", "-1", "nan", "inf", "-inf", "1e999", "0.0001", "2", "abc"]))


def _out(places: dict[str, Path]) -> st.SearchStrategy[str]:
    return st.one_of(st.sampled_from([str(p) for p in places.values()]),
                     TEXT.map(lambda t: str(places["empty"].parent / f"x{t}")))


def _check(args: list[str]) -> None:
    from minutes.cli import app
    result = CliRunner().invoke(app, args)
    assert result.exception is None or isinstance(result.exception, SystemExit), (
        args, repr(result.exception))
    assert result.exit_code in EXIT_CODES, (args, result.exit_code, result.output)
    for line in result.stderr.splitlines():
        assert line.startswith(("error: ", "warning: ")), (args, line)
    assert "Traceback" not in result.output


@FUZZ
@given(data=st.data())
def test_ingest_arguments_never_end_in_a_traceback(places, data):
    path = data.draw(st.one_of(st.sampled_from([str(places["empty"]), str(places["nowhere"])]),
                               TEXT.map(lambda t: str(places["nowhere"]) + t)))
    options = data.draw(st.lists(st.one_of(
        st.tuples(st.just("--workers"), NUMBER), st.tuples(st.just("--timeout"), NUMBER),
        st.tuples(st.just("--out"), _out(places)), st.tuples(st.just("--replace")),
        st.tuples(st.just("--dask"), TEXT), st.tuples(TEXT.map(lambda t: f"--{t}"))),
        max_size=3))
    _check(["ingest", path] + [word for option in options for word in option])


@FUZZ
@given(data=st.data())
def test_reading_and_writing_commands_never_end_in_a_traceback(places, data):
    out = data.draw(_out(places))
    command = data.draw(st.sampled_from(["query", "list", "rollback", "remove", "report"]))
    if command == "query":
        sql = data.draw(st.one_of(TEXT, st.sampled_from(
            ["select * from documents", "select 1/0", "drop table documents", "select 1; select 2",
             "select 'a\nb' as x", "select 1e308*10", "pragma version", ""])))
        args = ["query", sql, "--format", data.draw(st.one_of(
            st.sampled_from(["table", "csv", "json"]), TEXT))]
    elif command == "list":
        args = ["list", "--format", data.draw(st.one_of(st.sampled_from(["table", "json"]), TEXT))]
    elif command == "rollback":
        args = ["rollback"] + data.draw(st.lists(TEXT, max_size=1))
    elif command == "remove":
        args = ["remove", data.draw(st.one_of(TEXT, st.just("a.pdf"), st.just("d1")))]
    else:
        to = data.draw(st.one_of(st.none(), st.just(str(places["nowhere"])), TEXT.map(lambda t: str(places["empty"].parent / f"r{t}"))))
        args = ["report"] + (["--to", to] if to is not None else [])
    _check(args + ["--out", out])
