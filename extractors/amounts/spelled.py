"""Amounts whose figure is written in words: "a million dollars", "deux millions d'euros",
"cincuenta mil pesos". The words are read by text2num; the currency and connector words
are those of the figure grammar (lexicon ``[amounts]``).

Choices: a run of number words must end right before its currency word (or a connector:
"d'euros", "of dollars"), and is taken whole ("ciento ochenta y seis millones", never
its tail); a magnitude word alone ("millions of dollars", "hundreds of dollars") is no
number unless the lexicon says the language writes it alone (``spelled_bare``: "mille
euros", "cien euros") or a word standing for one precedes it (``spelled_one``: "a million
dollars"). An amount in words that restates the figure beside
it ("$ 45.000.000 (cuarenta y cinco millones de pesos)") is not a second amount.
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal
from typing import Callable

from text_to_num import text2num

from extractors.amounts.numbers import _GAP, _SEP_SPACE
from extractors.amounts.words import _ignoring_case, _langs, _listed, _merged

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_BETWEEN_WORDS = re.compile(rf"[{_SEP_SPACE}]*\n?[{_SEP_SPACE}]*")
_MAX_WORDS = 10        # "two hundred and fifty-five thousand three hundred and twelve"
_LOOKBACK = 160
_RESTATES = re.compile(r"[\s(\[:=,]*")                   # what may stand between a figure and its words


@functools.cache
def _currency_after(lang: str | None) -> re.Pattern:
    """A currency word after whitespace, with its connector ("d'euros", "of dollars")."""
    word = _ignoring_case(_merged(lang, "currencies"))
    conn = _ignoring_case(_listed(lang, "connectors"))
    return re.compile(rf"(?<=\s)(?:{conn}{_GAP})?(?P<w>{word})(?![^\W\d_])")


def _value(words: list[str], lang: str | None) -> Decimal | None:
    """The number ``words`` spell in ``lang`` (any supported language when unknown)."""
    phrase = " ".join(w.lower() for w in words)
    for code in _langs(lang):
        try:
            return Decimal(text2num(phrase, code))
        except (ValueError, IndexError, KeyError, NotImplementedError):
            continue        # not a number, or a language text2num does not read
    return None


def _is_bare_magnitude(word: str, value: Decimal, lang: str | None) -> bool:
    """A magnitude word ("hundred", "millions") heading a run, which alone is no number
    unless the language writes it so ("mille", "cien": lexicon ``spelled_bare``)."""
    if value < 100 or value != Decimal(10) ** (len(str(int(value))) - 1):
        return False
    return word.lower() not in {w.lower() for w in _listed(lang, "spelled_bare")}


def _words_before(text: str, end: int) -> list[tuple[int, str]]:
    """The words right before ``end``, each separated by spaces or one line break only,
    as (start, word), last word last."""
    a = max(0, end - _LOOKBACK)
    found = list(_WORD.finditer(text, a, end))
    out: list[tuple[int, str]] = []
    stop = end
    for m in reversed(found):
        if not _BETWEEN_WORDS.fullmatch(text, m.end(), stop):
            break
        out.insert(0, (m.start(), m.group()))
        stop = m.start()
        if len(out) == _MAX_WORDS + 1:
            break
    return out


def _spelled_number(text: str, end: int, lang: str | None) -> tuple[int, Decimal] | None:
    """(start, value) of the longest run of number words ending right before ``end``."""
    words = _words_before(text, end)
    ones = {w.lower() for w in _listed(lang, "spelled_one")}
    for k in range(min(len(words), _MAX_WORDS), 0, -1):
        run = [w for _s, w in words[-k:]]
        value = _value(run, lang)
        if value is None:
            continue
        if k == 1 and _is_bare_magnitude(run[0], value, lang):
            if len(words) > 1 and words[-2][1].lower() in ones:
                return words[-2][0], value
            return None
        return words[-k][0], value      # the longest run: never a part of it
    return None


def spelled_hits(text: str, lang: str | None, resolve: Callable[[str], str | None],
                 start: int = 0, end: int | None = None) -> list[tuple[int, int, Decimal, str]]:
    """(start, end, value, currency) of each amount in words in ``text[start:end]``;
    ``resolve`` gives the ISO code of a currency word (None: not settled)."""
    out = []
    for m in _currency_after(lang).finditer(text, start, len(text) if end is None else end):
        found = _spelled_number(text, m.start(), lang)
        if found is None:
            continue
        currency = resolve(m.group("w"))
        if currency is not None:
            out.append((found[0], m.end(), found[1], currency))
    return out


def restates(text: str, spelled: tuple[int, int], value: float,
             figure: tuple[int, int], figure_value: float) -> bool:
    """Whether an amount in words restates a figure right beside it ("$ 45.000.000
    (cuarenta y cinco millones de pesos)", "one million dollars ($1,000,000)")."""
    if abs(value - figure_value) > 1e-6 * max(1.0, abs(value)):
        return False
    gap = text[figure[1]:spelled[0]] if figure[1] <= spelled[0] else text[spelled[1]:figure[0]]
    return len(gap) <= 6 and bool(_RESTATES.fullmatch(gap))
