"""The lexicon is a contract: the same keys in every language, each key once, and no
language word written in an extractor or a check instead."""

from __future__ import annotations

import ast
import re
import tomllib
from pathlib import Path

import pytest

from pipeline import lexicon
from pipeline.text import fold

ROOT = Path(__file__).resolve().parents[1]
LEXICON = ROOT / "pipeline" / "lexicon"
# Modules that match language: every extractor and every check.
SCANNED = [ROOT / "extractors", ROOT / "pipeline" / "checks", ROOT / "pipeline" / "text.py",
           ROOT / "pipeline" / "people.py", ROOT / "pipeline" / "history.py"]


def _table(lang: str) -> dict:
    return tomllib.loads((LEXICON / f"{lang}.toml").read_text(encoding="utf-8"))


def _keys(table: dict) -> list[tuple[str, str]]:
    """(section, key) for every entry; a sub-table ([amounts.currencies]) is one entry."""
    return [(section, key) for section, entries in table.items() for key in entries]


def test_the_languages_are_the_lexicon_files():
    assert set(lexicon.languages()) == {p.stem for p in LEXICON.glob("*.toml")}
    assert lexicon.languages()[:3] == ("fr", "en", "es")


@pytest.mark.parametrize("lang", ["fr", "en", "es"])
def test_each_key_is_written_once_in_a_file(lang):
    names = [key for _, key in _keys(_table(lang))]
    repeated = sorted({k for k in names if names.count(k) > 1})
    assert not repeated, f"{lang}.toml has keys in several sections: {repeated}"


def test_every_language_has_the_same_keys():
    tables = {lang: set(_keys(_table(lang))) for lang in lexicon.languages()}
    reference = tables["fr"]
    for lang, keys in tables.items():
        assert keys == reference, (f"{lang}.toml lacks {sorted(reference - keys)} "
                                   f"and adds {sorted(keys - reference)}")


# ------------------------------------------------------------------ source check


def _lexicon_words() -> frozenset[str]:
    """Every word of every language's lexicon, folded (tokens of phrases included)."""
    out: set[str] = set()

    def walk(value) -> None:
        if isinstance(value, dict):
            for k, v in value.items():
                out.update(fold(k).split())
                walk(v)
        elif isinstance(value, (list, tuple)):
            for v in value:
                walk(v)
        elif isinstance(value, str):
            out.update(fold(value).split())
    for lang in lexicon.languages():
        walk(_table(lang))
    return frozenset(w.strip(".'") for w in out if len(w.strip(".'")) >= 2)


def _vocabulary(trees: list[ast.AST]) -> frozenset[str]:
    """Names the code may write as strings: Literal values, record fields, lexicon
    sections and keys (they are identifiers, not words of a language)."""
    names: set[str] = set()
    for tree in trees + [ast.parse((ROOT / "pipeline" / "records.py").read_text())]:
        for node in ast.walk(tree):
            if isinstance(node, ast.Subscript) and getattr(node.value, "id", "") == "Literal":
                names.update(c.value for c in ast.walk(node.slice) if isinstance(c, ast.Constant))
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                names.add(node.target.id)
    for lang in ("fr", "en", "es"):
        for section, key in _keys(_table(lang)):
            names.update((section, key))
    return frozenset(n for n in names if isinstance(n, str))


_ALTERNATION = re.compile(r"(?<![\\\w])[^\W\d_]{2,}(?:\|[^\W\d_]{2,})+")



def _identifier(s: str) -> bool:
    """An ASCII upper-case name (a constant, an NER label), not a word of a text."""
    return s.isascii() and s.isidentifier() and s.isupper()


def _string_groups(tree: ast.AST):
    """(line, strings) for each literal list/tuple/set/dict of strings and each regex
    alternation of words in a string constant."""
    for node in ast.walk(tree):
        elts = None
        if isinstance(node, (ast.List, ast.Tuple, ast.Set)):
            elts = node.elts
        elif isinstance(node, ast.Dict):
            elts = [k for k in node.keys if k is not None]
        if elts and len(elts) >= 2 and all(isinstance(e, ast.Constant) and isinstance(e.value, str)
                                           for e in elts):
            yield node.lineno, [e.value for e in elts]
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            for m in _ALTERNATION.finditer(node.value):
                yield node.lineno, m.group().split("|")


def _scanned_files() -> list[Path]:
    return [f for p in SCANNED for f in (sorted(p.rglob("*.py")) if p.is_dir() else [p])]


def _offences(files: list[Path]) -> list[str]:
    trees = {f: ast.parse(f.read_text(encoding="utf-8")) for f in files}
    known, allowed = _lexicon_words(), _vocabulary(list(trees.values()))
    codes = set(lexicon.languages())
    found = []
    for f, tree in trees.items():
        for line, strings in _string_groups(tree):
            words = [s for s in strings if s not in allowed and not _identifier(s)
                     and fold(s).strip(".'") in known]
            if len([s for s in strings if s in codes]) >= 2:
                found.append(f"{f.name}:{line}: a list of languages {strings}")
            elif len(words) >= 2:
                found.append(f"{f.name}:{line}: language words {words[:8]}")
    return found


def test_no_extractor_or_check_writes_language_words_in_code():
    """Words belong in pipeline/lexicon/*.toml, so adding a language is adding a file."""
    offences = _offences(_scanned_files())
    assert not offences, "\n".join(offences)


def test_the_source_check_catches_word_lists(tmp_path):
    """The check above can fail: word lists and word alternations of two languages,
    and a list of language codes, are each caught; identifiers are not."""
    bad = tmp_path / "bad.py"
    bad.write_text('DETERMINERS = ("le", "la", "the")\nRX = r"(?:de|of)\\s+"\n'
                   'LANGS = ("en", "fr", "es")\nKIND = Literal["approved", "adopted"]\n'
                   'x = words(lang, "dates", "months")\n', encoding="utf-8")
    offences = _offences([bad])
    assert [o.split(":")[1] for o in offences] == ["1", "2", "3"], offences
