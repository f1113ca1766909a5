"""Language-specific words, one TOML data table per language (fr.toml, en.toml, es.toml).

Each table has one section per kind of fact ([dates], [people], [decisions],
[amounts], [meetings], ...). Extractors read words from here instead of
hard-coding them in regexes, so adding a language is adding a file.
"""

from __future__ import annotations

import functools
import tomllib
from importlib import resources
from types import MappingProxyType
from typing import Any

SUPPORTED = ("fr", "en", "es")


def _freeze(value: Any) -> Any:
    if isinstance(value, dict):
        return MappingProxyType({k: _freeze(v) for k, v in value.items()})
    if isinstance(value, list):
        return tuple(_freeze(v) for v in value)
    return value


@functools.cache
def lexicon(lang: str) -> MappingProxyType:
    """The data table of ``lang`` (read-only); unknown languages get an empty table."""
    name = f"{lang}.toml"
    path = resources.files(__package__) / name
    if not path.is_file():
        return MappingProxyType({})
    return _freeze(tomllib.loads(path.read_text(encoding="utf-8")))


def words(lang: str, section: str, key: str) -> Any:
    """``lexicon(lang)[section][key]``, or an empty tuple when absent."""
    return lexicon(lang).get(section, {}).get(key, ())


def all_languages(section: str, key: str) -> dict[str, Any]:
    """The same entry for every supported language (for language-agnostic passes)."""
    return {lang: words(lang, section, key) for lang in SUPPORTED}
