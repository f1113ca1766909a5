"""Find a phrase written with any whitespace between its words, without a regex.

A pattern built from a document's own words (a heading, a role, a body's name) would be
compiled anew for each document and churn ``re``'s cache: these helpers compare the words
in Python instead. ``find_spaced`` finds what ``re.search(r"\\s+".join(map(re.escape,
phrase.split())), text, pos, endpos)`` finds (``ignore_case`` as ``re.I``, character by
character), optionally only where no word character or ``extra`` is beside it.
"""

from __future__ import annotations

from typing import Iterator


def is_word_char(c: str) -> bool:
    """``\\w`` of ``re`` on a str: a letter, digit or number, or the underscore."""
    return c.isalnum() or c == "_"


def _folded(text: str) -> str:
    """``text`` lower-cased character by character (same length, unlike str.lower at
    a few characters whose lower case is two characters long)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def words_at(text: str, tokens: list[str], pos: int, endpos: int) -> int:
    """End of ``tokens`` written at ``pos`` with whitespace (one character at least)
    between them, within ``text[:endpos]``; -1 when they are not there."""
    at = pos
    for k, tok in enumerate(tokens):
        if k:
            if at >= endpos or not text[at].isspace():
                return -1
            while at < endpos and text[at].isspace():
                at += 1
        if not text.startswith(tok, at, endpos):
            return -1
        at += len(tok)
    return at


def iter_spaced(text: str, phrase: str, pos: int = 0, endpos: int | None = None,
                ignore_case: bool = False, bounded: str | None = None) -> Iterator[tuple[int, int]]:
    """(start, end) of each writing of ``phrase`` in ``text[pos:endpos]``, left to right,
    not overlapping (as ``finditer``). With ``bounded``, only where neither neighbour is
    a word character or one of ``bounded``'s characters."""
    tokens = phrase.split()
    endpos = len(text) if endpos is None else min(endpos, len(text))
    if not tokens:
        return
    if ignore_case:
        text, tokens = _folded(text), [_folded(t) for t in tokens]
    first = tokens[0]
    at = text.find(first, pos, endpos)
    while at >= 0:
        end = words_at(text, tokens, at, endpos)
        if end >= 0 and (bounded is None or (_free(text, at - 1, pos, bounded)
                                             and _free(text, end, endpos, bounded, after=True))):
            yield at, end
            at = text.find(first, end, endpos)
        else:
            at = text.find(first, at + 1, endpos)


def _free(text: str, i: int, limit: int, extra: str, after: bool = False) -> bool:
    """No word character nor one of ``extra`` at ``i`` (a lookbehind sees before ``pos``;
    a lookahead stops at ``endpos``)."""
    if i < 0 or i >= len(text) or (after and i >= limit):
        return True
    return not (is_word_char(text[i]) or text[i] in extra)


def find_spaced(text: str, phrase: str, pos: int = 0, endpos: int | None = None,
                ignore_case: bool = False, bounded: str | None = None) -> tuple[int, int] | None:
    """The first (start, end) of ``phrase`` in ``text[pos:endpos]`` (see ``iter_spaced``)."""
    return next(iter_spaced(text, phrase, pos, endpos, ignore_case, bounded), None)


def has_word(text: str, word: str) -> bool:
    """Whether ``word`` stands in ``text`` between word boundaries (``\\bword\\b``)."""
    at = text.find(word)
    while at >= 0:
        if _boundary(text, at) and _boundary(text, at + len(word)):
            return True
        at = text.find(word, at + 1) if at < len(text) else -1
    return False


def _boundary(text: str, i: int) -> bool:
    """``\\b`` at ``i``: a word character on one side only."""
    return (i > 0 and is_word_char(text[i - 1])) != (i < len(text) and is_word_char(text[i]))


def line_opens_with(text: str, phrase: str, ignore_case: bool = False, bounded: str = "") -> bool:
    """Whether a line of ``text`` opens (after spaces or tabs) with ``phrase``, not
    followed by a word character or one of ``bounded`` (``^[ \\t]*phrase`` with re.M)."""
    tokens = phrase.split()
    if not tokens:
        return False
    if ignore_case:
        text, tokens = _folded(text), [_folded(t) for t in tokens]
    start = 0
    while start >= 0:
        at = start
        while at < len(text) and text[at] in " \t":
            at += 1
        end = words_at(text, tokens, at, len(text))
        if end >= 0 and _free(text, end, len(text), bounded, after=True):
            return True
        start = text.find("\n", start)
        start = start + 1 if start >= 0 else -1
    return False
