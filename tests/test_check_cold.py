"""What a cold `minutes check` loads: its sandboxed worker imports the extractors and
nothing of the command line (it unpickles the function it runs by importing its module)."""

import sys
from pathlib import Path

import pytest

from pipeline import sandbox
from pipeline.settings import Settings

ROOT = Path(__file__).resolve().parents[1]


def test_the_drafts_worker_does_not_import_the_command_line(tmp_path):
    from minutes.cli import _extract_draft
    pdf = next(iter(sorted((ROOT / "corpus").glob("*_en.pdf"))), None)
    if pdf is None:
        pytest.skip("no corpus report")
    settings = Settings(out_dir=tmp_path, isolation="process", concurrency=1)
    try:
        ex = sandbox.call_isolated(_extract_draft, (pdf.resolve(), settings), settings)
        assert ex.info.status == "ok" and ex.info.language == "en"
        probe = "sorted(m for m in ('typer', 'click', 'minutes.cli', 'extractors.chain', 'pandas', " \
                "'prefect', 'spacy.cli') if m in __import__('sys').modules)"
        assert sandbox.call_isolated(eval, (probe,), settings) == ["extractors.chain"]
    finally:
        sandbox.shutdown()
    assert "typer" in sys.modules          # the command's own process has it
