"""The ``[amounts]`` lexicon tables of a report's language (all languages when unknown)."""

from __future__ import annotations

from pipeline.lexicon import fallback_order, languages, words
from pipeline.patterns import alternation


def _langs(lang: str | None) -> tuple[str, ...]:
    """The languages whose words apply: the report's, or all of them when unknown."""
    return (lang,) if lang in languages() else languages()


def _merged(lang: str | None, key: str) -> dict:
    """One lexicon table of ``[amounts]`` for ``lang``; unknown language: all merged,
    English winning on conflicts (e.g. "billion")."""
    out: dict = {}
    for code in reversed(_langs(lang) if lang in languages() else fallback_order()):
        out.update(dict(words(code, "amounts", key) or {}))
    return out


def _listed(lang: str | None, key: str) -> tuple[str, ...]:
    """One lexicon list of ``[amounts]`` for ``lang`` (all languages' when unknown),
    without repeats, in lexicon order."""
    out: list[str] = []
    for code in _langs(lang):
        out.extend(words(code, "amounts", key))
    return tuple(dict.fromkeys(out))


def _isos(lang: str | None, table: str) -> frozenset[str]:
    """The ISO codes a table of names (``peso_countries``...) maps to."""
    out: set[str] = set()
    for code in _langs(lang):
        out.update(dict(words(code, "amounts", table) or {}).values())
    return frozenset(out)



def _ignoring_case(items) -> str:
    """Lexicon words as one alternation matched whatever their case."""
    return f"(?i:{alternation(items)})"
