"""The tables a cold process reads instead of working them out from libraries are exactly
what the libraries give (extractors/library_tables.py, extractors/ngram_detector.py,
extractors/lean_spacy.py)."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from extractors import library_tables

ROOT = Path(__file__).resolve().parents[1]


def test_currency_symbols_file_is_what_babel_gives():
    pytest.importorskip("babel")
    from extractors.amounts.currencies import _symbols, symbols_from_babel
    from pipeline.lexicon import fallback_order
    table = library_tables.stored("currency_symbols", "babel", list(fallback_order()))
    assert table is not None, "stale: run python -m extractors.library_tables"
    assert table == symbols_from_babel()
    assert _symbols() == table and _symbols()["€"] == "EUR"


def test_person_names_file_is_what_faker_gives():
    pytest.importorskip("faker")
    from extractors.speakers.vocabulary import _name_lists, name_lists_from_faker
    names = library_tables.stored("person_names", "faker")
    assert names is not None, "stale: run python -m extractors.library_tables"
    given, family = name_lists_from_faker()
    assert (frozenset(names["given"]), frozenset(names["family"])) == (given, family)
    assert _name_lists() == (given, family) and "maria" in given


def test_a_file_of_another_version_or_key_is_not_used(tmp_path, monkeypatch):
    monkeypatch.setattr(library_tables, "DATA", tmp_path)
    library_tables.write("t", "babel", {"x": "y"}, key=["fr"])
    assert library_tables.stored("t", "babel", ["fr"]) == {"x": "y"}
    assert library_tables.stored("t", "babel", ["fr", "de"]) is None      # another language set
    data = json.loads((tmp_path / "t.json").read_text())
    (tmp_path / "t.json").write_text(json.dumps({**data, "version": "0.0.1"}))
    assert library_tables.stored("t", "babel", ["fr"]) is None            # another babel
    (tmp_path / "t.json").write_text("{broken")
    assert library_tables.stored("t", "babel", ["fr"]) is None
    assert library_tables.stored("absent", "babel") is None


def test_langdetect_rows_built_on_use_equal_the_factory():
    pytest.importorskip("langdetect")
    from langdetect import detector_factory
    from extractors.ngram_detector import _profiles
    detector_factory.init_factory()
    theirs, ours = detector_factory._factory, _profiles()
    assert ours.langlist == theirs.langlist
    rows = ours.word_lang_prob_map
    for word, row in theirs.word_lang_prob_map.items():
        assert word in rows and rows[word] == row
    assert "not an n-gram" not in rows
    with pytest.raises(KeyError):
        rows["not an n-gram"]


def test_spacy_is_imported_without_its_command_line():
    pytest.importorskip("spacy")
    code = ("import sys, extractors.lean_spacy, spacy\n"
            "print(sorted(m for m in ('spacy.cli', 'weasel', 'typer', 'jinja2', 'httpx', 'requests') "
            "if m in sys.modules))\n"
            "import spacy.cli, spacy.language\n"
            "print(spacy.cli.info.__module__, callable(spacy.info))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                         env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}, check=True).stdout
    assert out.splitlines() == ["[]", "spacy.cli.info True"]
