"""One matching toolkit for every extractor and check: word lists to regex alternations,
an offset-keeping accent fold, and patterns compiled once.

Lexicon words become regexes here and nowhere else, so that a phrase written with a
space matches any run of whitespace and an apostrophe matches its typographic twin the
same way in every module.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable

NEVER = "(?!)"          # an alternation of nothing: never matches
APOSTROPHES = "’‘`´"    # folded to "'"


@functools.lru_cache(maxsize=None)
def _fold_char(c: str) -> str:
    """One character lower-cased and stripped of its accents, always one character
    (remembered: a document has a few hundred distinct characters, folded millions of times)."""
    if c in APOSTROPHES:
        return "'"
    base = "".join(d for d in unicodedata.normalize("NFKD", c) if not unicodedata.combining(d))
    low = base.lower() if len(base) == 1 else c.lower()
    return low[0] if low else c


@functools.lru_cache(maxsize=4096)
def _fold_cached(text: str) -> str:
    return "".join(map(_fold_char, text))


def fold_keep(text: str) -> str:
    """Lower-case, accent-free ``text`` with one output character per input character,
    so a span found in the folded text is the same span of the original."""
    if len(text) > 256:
        return "".join(map(_fold_char, text))
    return _fold_cached(text)


def fold_words(text: str) -> str:
    """Lower-case, accent-free ``text`` with whitespace collapsed (for comparing words,
    never for offsets)."""
    return " ".join(fold_keep(text).split())


def phrase(item: str, *, fold_item: bool = False, apostrophe: str = "['’]") -> str:
    """One lexicon phrase as a regex: spaces match any whitespace, an apostrophe matches
    ``apostrophe``. With ``fold_item`` the phrase is folded first (to search folded text)."""
    text = fold_words(item) if fold_item else item
    words = [re.sub("['’]", lambda _: apostrophe, re.escape(w)) for w in text.split()]
    return r"\s+".join(words)


def alternation(items: Iterable[str], *, fold_item: bool = False,
                apostrophe: str = "['’]") -> str:
    """A non-capturing alternation of lexicon phrases, longest first (ties in a fixed
    order), or a pattern that never matches when there is none."""
    unique = {i for i in items if i}
    ordered = sorted(unique, key=lambda i: (-len(i), i))
    parts = [phrase(i, fold_item=fold_item, apostrophe=apostrophe) for i in ordered]
    return "(?:" + "|".join(parts) + ")" if parts else NEVER


def bounded(rx: str) -> str:
    """``rx`` as a whole word: no word character (or apostrophe) before, none after."""
    return rf"(?<![\w']){rx}(?!\w)"


@functools.cache
def compiled(rx: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile`` once per pattern for the life of the process (Python's own cache
    keeps 512, fewer than the extractors use, so they were compiled over and over)."""
    return re.compile(rx, flags)


def words_regex(items: Iterable[str], flags: int = re.I, *, whole_words: bool = True,
                fold_item: bool = False) -> re.Pattern[str]:
    """A compiled alternation of ``items``, whole words by default."""
    rx = alternation(items, fold_item=fold_item)
    return compiled(bounded(rx) if whole_words else rx, flags)
