"""Language-specific words, one TOML data table per language (fr.toml, en.toml, es.toml).

The lexicon is a contract: every word an extractor or a check matches lives here,
organised by linguistic concept (one section per concept: dates, people, meetings,
decisions...), each key once in a file and the same keys in every language. The
supported languages are the files present: adding a language is adding one file (plus
the spaCy model it names in ``[language] spacy_models``). Folders listed in the
``MINUTES_LEXICON_PATH`` environment variable (``os.pathsep``-separated) are searched
after the package's own, so a language can be added without touching the package.
"""

from __future__ import annotations

import functools
import os
import tomllib
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any

ENV_PATH = "MINUTES_LEXICON_PATH"


def _freeze(value: Any) -> Any:
    if isinstance(value, dict):
        return MappingProxyType({k: _freeze(v) for k, v in value.items()})
    if isinstance(value, list):
        return tuple(_freeze(v) for v in value)
    return value


def _folders() -> list[Path]:
    own = Path(str(resources.files(__package__)))
    extra = [Path(p) for p in os.environ.get(ENV_PATH, "").split(os.pathsep) if p]
    return [own, *extra]


@functools.cache
def _files() -> dict[str, Path]:
    """Language code -> its TOML file (the first folder that has it wins)."""
    found: dict[str, Path] = {}
    for folder in _folders():
        for path in sorted(folder.glob("*.toml")):
            found.setdefault(path.stem, path)
    return found


@functools.cache
def lexicon(lang: str) -> MappingProxyType:
    """The data table of ``lang`` (read-only); unknown languages get an empty table."""
    path = _files().get(lang)
    if path is None:
        return MappingProxyType({})
    return _freeze(tomllib.loads(path.read_text(encoding="utf-8")))


@functools.cache
def languages() -> tuple[str, ...]:
    """The supported languages: one per lexicon file, in the order their
    ``[language] rank`` gives (the built-in fr, en, es first)."""
    def rank(code: str) -> tuple[int, str]:
        return int(lexicon(code).get("language", {}).get("rank", 99)), code
    return tuple(sorted(_files(), key=rank))


@functools.cache
def fallback_order() -> tuple[str, ...]:
    """The languages in ``[language] fallback_rank`` order: when every language's words
    apply at once, the first goes first and wins conflicts."""
    return tuple(sorted(languages(), key=lambda c: (
        int(lexicon(c).get("language", {}).get("fallback_rank", 99)), c)))


def __getattr__(name: str) -> Any:
    # SUPPORTED is computed on first use, not at import (no file is read on import).
    if name == "SUPPORTED":
        return languages()
    raise AttributeError(name)


def words(lang: str, section: str, key: str) -> Any:
    """``lexicon(lang)[section][key]``; when a language lacks the key, an empty value of
    the type the built-in languages give it (an empty table, list, string or false)."""
    found = lexicon(lang).get(section, {}).get(key)
    return _empty(section, key) if found is None else found


@functools.cache
def _empty(section: str, key: str) -> Any:
    for lang in languages():
        value = lexicon(lang).get(section, {}).get(key)
        if value is not None:
            return type(value)() if not isinstance(value, MappingProxyType) else MappingProxyType({})
    return ()


def all_languages(section: str, key: str) -> dict[str, Any]:
    """The same entry for every supported language (for language-agnostic passes)."""
    return {lang: words(lang, section, key) for lang in languages()}


def every_language(section: str, key: str) -> list[str]:
    """One entry's words of every supported language in one list (for language-agnostic
    patterns: a name's small words, a body's conjunctions)."""
    return [w for ws in all_languages(section, key).values() for w in ws]


def reload() -> None:
    """Forget what was read (after ``MINUTES_LEXICON_PATH`` changed)."""
    for cached in (_files, lexicon, languages, fallback_order, _empty):
        cached.cache_clear()
