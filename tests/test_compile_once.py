"""Every pattern is compiled once: a second pass over corpus PDFs compiles none.

A pattern built from a document's own words (a heading, a role, a name) is a new pattern
for each document; enough of them push the fixed ones out of ``re``'s cache (512
patterns), and then every pass compiles hundreds again (603 a pass over the corpus before
pipeline/spaced.py). The second pass must find every pattern it uses still compiled.
"""

from __future__ import annotations

import contextlib
import re
import sys
from pathlib import Path

import pytest

from tests.conftest import CORPUS, ROOT

_compiler = re._compiler if hasattr(re, "_compiler") else __import__("sre_compile")


@contextlib.contextmanager
def compilations():
    """The patterns ``re`` compiles meanwhile (its cache's misses), in a list."""
    seen: list[str] = []
    original = _compiler.compile

    def counting(pattern, flags=0):
        seen.append(pattern)
        return original(pattern, flags)

    _compiler.compile = counting
    try:
        yield seen
    finally:
        _compiler.compile = original


def extract_all(files: list[tuple[Path, bytes]]) -> None:
    from extractors.chain import bytes_to_extraction
    from pipeline.settings import Settings
    settings = Settings(isolation="none", ocr=False, error_policy="strict")
    for path, data in files:
        assert bytes_to_extraction(data, path, settings).info.status == "ok", path


_HANDFUL = ("01", "02", "03", "12", "14", "18")      # fr, en, es, en, es, fr


@pytest.fixture(scope="module")
def corpus_once() -> list[tuple[Path, bytes]]:
    """A handful of corpus PDFs in the three languages, extracted once (models, lexicons
    and patterns loaded)."""
    files = [(p, p.read_bytes()) for p in sorted(CORPUS.glob("*.pdf")) if p.name[:2] in _HANDFUL]
    assert len(files) == len(_HANDFUL)
    extract_all(files)      # loads what each language and layout needs, compiling its patterns
    extract_all(files)      # the first pass: every pattern used at run time in re's cache
    return files


@contextlib.contextmanager
def requests():
    """Where the project asks ``re`` for a pattern by its text meanwhile (compiled or found
    in the cache): {(file, line): {pattern, ...}}."""
    asked: dict[tuple[str, int], set] = {}
    original = re._compile

    def noting(pattern, flags):
        if isinstance(pattern, str):
            frame = sys._getframe(1)
            while frame is not None and not frame.f_code.co_filename.startswith(_PROJECT):
                frame = frame.f_back
            if frame is not None:
                site = (frame.f_code.co_filename, frame.f_lineno)
                asked.setdefault(site, set()).add((pattern, flags))
        return original(pattern, flags)

    re._compile = noting
    try:
        yield asked
    finally:
        re._compile = original


_PROJECT = tuple(str(ROOT / d) for d in ("pipeline", "extractors"))


def test_second_pass_compiles_nothing(corpus_once):
    with compilations() as compiled:
        extract_all(corpus_once)
    assert compiled == [], f"{len(compiled)} patterns compiled again, e.g. {compiled[:5]}"


def test_no_pattern_is_made_of_a_documents_words(corpus_once):
    """A place that asks for a pattern by its text asks for one pattern, or one per
    language: never one per heading, name or cell (a handful of documents does not fill
    re's cache, but an archive's worker would)."""
    from pipeline.lexicon import languages
    with requests() as asked:
        extract_all(corpus_once)
    many = {f"{Path(f).name}:{n}": sorted(p)[:3] for (f, n), p in asked.items()
            if len(p) > len(languages())}
    assert not many, many


def test_a_pattern_made_of_words_is_caught(corpus_once, monkeypatch):
    """The checks can fail: find headings and table cells with a pattern of their words
    again, and a place asks for many patterns."""
    import pipeline.spaced

    def per_phrase(text, phrase, pos=0, endpos=None, ignore_case=False, bounded=None):
        rx = r"\s+".join(re.escape(w) for w in phrase.split())
        found = re.compile(rx).search(text, pos, len(text) if endpos is None else endpos)
        return iter([found.span()] if found and rx else [])

    monkeypatch.setattr(pipeline.spaced, "iter_spaced", per_phrase)
    with requests() as asked:
        extract_all(corpus_once)
    assert max(len(p) for p in asked.values()) > 10


def test_words_compared_in_python_find_what_the_pattern_found():
    """pipeline.spaced finds what the pattern of the words found (any whitespace between
    them, any case with ignore_case, not inside a word with bounded), on random texts."""
    import random
    from pipeline.spaced import find_spaced, has_word, iter_spaced, line_opens_with
    rnd = random.Random(13)
    alphabet = "aAbB-é É_ \t\n\u00a0x.'"
    for _ in range(3000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 40)))
        phrase = "".join(rnd.choice("aAbBé-x_ ") for _ in range(rnd.randint(1, 5)))
        words = phrase.split()
        if not words:
            continue
        rx = r"\s+".join(map(re.escape, words))
        pos, end = rnd.randint(0, len(text)), rnd.randint(0, len(text))
        assert find_spaced(text, phrase, pos, end) == (
            (m := re.compile(rx).search(text, pos, end)) and m.span() or None)
        bounded = rf"(?<![\w-]){rx}(?![\w-])"
        assert list(iter_spaced(text, phrase, ignore_case=True, bounded="-")) == [
            m.span() for m in re.finditer(bounded, text, re.I)]
        assert line_opens_with(text, phrase, True, "'-") == bool(
            re.search(rf"^[ \t]*{rx}(?![\w'-])", text, re.M | re.I))
        assert has_word(text, words[0]) == bool(re.search(rf"\b{re.escape(words[0])}\b", text))
