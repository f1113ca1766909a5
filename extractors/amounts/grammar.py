"""Amounts in text: the pattern of a figure with its multiplier and currency, compiled
once per language, and the figures it finds (with ranges and letter symbols)."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Mapping

from babel.numbers import get_decimal_symbol

from extractors.amounts.currencies import (
    _SETTLED_BY, DOLLAR, LETTER, PESO, PESO_WRITTEN, _codes, _symbols, settled_currencies,
)
from extractors.amounts.numbers import (
    _BREAK, _GAP, _NUMBER, _NUMBER_GUARD, _SEP_SPACE, _TIGHT, _is_year, _number,
)
from extractors.amounts.spelled import restates, spelled_hits
from extractors.amounts.words import _ignoring_case, _langs, _listed, _merged
from pipeline.lexicon import languages, words
from pipeline.patterns import alternation


@dataclass(frozen=True)
class _Grammar:
    """The compiled amount pattern of one language and the tables it reads values from."""
    pattern: re.Pattern
    multipliers: Mapping[str, float]
    currencies: Mapping[str, str]
    decimal: str
    letters: re.Pattern       # a letter glued to its figure standing for a currency ("N12.5 million")
    currency_words: tuple[tuple[re.Pattern, str], ...] = ()   # each currency word, as matched
    prefixes: Mapping[str, str] = field(default_factory=dict)   # "fr." -> CHF: before a figure, lower case


@functools.cache
def _grammar(lang: str | None) -> _Grammar:
    mults = _merged(lang, "multipliers")
    curwords = dict(_merged(lang, "currencies"))
    short = [m for m in mults if len(m) <= 3]           # k, M, Md, bn: exact case
    long_ = [m for m in mults if len(m) > 3]
    mult = f"(?:{_ignoring_case(long_)}|{alternation(short)})" r"(?![^\W\d_])"
    syms = sorted(_symbols(), key=len, reverse=True)
    sym = "(?:" + "|".join(re.escape(s) for s in syms) + ")"
    code = r"(?:\b[A-Z]{3}\b)"
    prefixes = _merged(lang, "prefix_currencies")
    prefix = rf"(?<![\w.]){_ignoring_case(prefixes)}"        # "Fr. 12'500.00"
    word = _ignoring_case(curwords) + r"(?![^\W\d_])"
    conn = _ignoring_case(_listed(lang, "connectors"))
    tail_word = f"(?:{conn}{_GAP})?(?P<w2>{word})"
    # symbol or code before the figure: "$1.2 million", "USD 450,000", "€85k"
    pre = (f"(?P<pre>{sym}|{code}|{prefix}){_BREAK}(?P<n1>{_NUMBER})"
           f"(?:{_GAP}(?P<m1>{mult}))?(?:{_GAP}{tail_word})?")
    # figure then unit: "955 k€", "50 milliards d'euros", "1,250,000 US dollars"
    post = (f"(?P<n2>{_NUMBER})(?:(?:{_TIGHT}|{_GAP})(?P<m2>{mult}))?{_GAP}"
            rf"(?:(?:{conn}{_GAP})?(?P<w>{word})|(?P<post>{sym}(?:(?<=\W)|(?![^\W\d_]))"
            rf"|{code}(?![^\W\d_])))")
    pattern = re.compile(f"{pre}|{post}")
    dec = get_decimal_symbol(locale=lang) if lang in languages() else None
    letter_table = _merged(lang, "letter_symbols")
    letters = re.compile(
        rf"(?<![\w.,/$€£¥₦])(?P<l>{alternation(letter_table)})"
        rf"(?P<n>{_NUMBER.replace(_NUMBER_GUARD, '', 1)})(?:{_GAP}(?P<m>{mult}))?")
    currency_words = tuple((re.compile(_ignoring_case([key])), iso) for key, iso in curwords.items())
    return _Grammar(pattern, mults, curwords, dec or ".", letters, currency_words,
                    {k.lower(): v for k, v in prefixes.items()})


@dataclass(frozen=True)
class _Hit:
    start: int
    end: int
    value: float
    currency: str
    factor: Decimal = Decimal(1)
    number_first: bool = False


def _resolve_currency(raw: str, grammar: _Grammar, settled: Mapping[str, str],
                      lang: str | None, from_word: bool) -> str | None:
    """ISO code of a currency as written (symbol, code or word), or None; a marker word
    ("pesos", "FCFA") takes the code the document settles for it, if any."""
    if from_word:
        for pattern, code in grammar.currency_words:
            if pattern.fullmatch(raw):
                return settled.get(code) if code in _SETTLED_BY else code
        return None
    if raw in _codes():
        return raw
    if raw.lower() in grammar.prefixes:
        return grammar.prefixes[raw.lower()]
    if raw == "$":
        if lang == "es" and settled.get(PESO):
            return settled[PESO]
        return settled.get(PESO_WRITTEN) or settled.get(DOLLAR)
    return _symbols().get(raw)


def _hit_of(m: re.Match, text: str, lang: str | None, g: _Grammar,
            settled: Mapping[str, str]) -> _Hit | None:
    """The amount one match of the grammar's pattern states, or None when it is none
    (no currency known, a conference code "COP 26", a figure that does not parse)."""
    if m.group("n1") is not None:
        num, mult, unit, word = m.group("n1"), m.group("m1"), m.group("pre"), m.group("w2")
        unit_is_code = unit in _codes() and unit not in _symbols() or unit.lower() in g.prefixes
    else:
        num, mult = m.group("n2"), m.group("m2")
        unit, word = m.group("post"), m.group("w")
        unit_is_code = unit is not None and unit in _codes() and unit not in _symbols()
    if word:
        currency = _resolve_currency(word, g, settled, lang, from_word=True)
    else:
        currency = _resolve_currency(unit, g, settled, lang, from_word=False)
    if currency is None:
        return None
    if unit_is_code and not word and not mult:
        if _is_year(num) or len(re.sub(r"\D", "", num)) < 3:
            return None
    if not mult and not word and unit is None:
        return None
    value = _number(num, g.decimal if lang in languages() else None, mult is not None)
    if value is None:
        return None
    factor = Decimal(str(_multiplier(g, mult))) if mult else Decimal(1)
    total = value * factor
    a, b = m.span()
    while b > a and text[b - 1].isspace():
        b -= 1
    return _Hit(a, b, float(total), currency, factor, m.group("n2") is not None)


def _hits(text: str, lang: str | None, settled: Mapping[str, str],
          start: int = 0, end: int | None = None) -> list[_Hit]:
    """Every amount in ``text[start:end]``, as spans with value and currency
    (``settled``: marker -> ISO code the document settles, see ``settled_currencies``)."""
    g = _grammar(lang)
    out: list[_Hit] = []
    for m in g.pattern.finditer(text, start, len(text) if end is None else end):
        hit = _hit_of(m, text, lang, g, settled)
        if hit is not None:
            out.append(hit)
    out.extend(_letter_hits(text, lang, g, settled, start, end))
    out.sort(key=lambda h: h.start)
    out = _with_ranges(text, lang, g, out)
    words = _spelled(text, lang, g, settled, out, start, end)
    return sorted(out + words, key=lambda h: h.start) if words else out


def _spelled(text: str, lang: str | None, g: _Grammar, settled: Mapping[str, str],
             figures: list[_Hit], start: int, end: int | None) -> list[_Hit]:
    """Amounts written in words ("a million dollars") that are neither inside a figure's
    span nor restating the figure beside them."""
    out = []
    found = spelled_hits(text, lang, lambda w: _resolve_currency(w, g, settled, lang, True),
                         start, end)
    for a, b, value, currency in found:
        near = [h for h in figures if h.start < b + 8 and a - 8 < h.end]
        if any(h.start < b and a < h.end for h in near) or \
                any(restates(text, (a, b), float(value), (h.start, h.end), h.value) for h in near):
            continue
        out.append(_Hit(a, b, float(value), currency))
    return out


def _letter_hits(text: str, lang: str | None, g: _Grammar, settled: Mapping[str, str],
                 start: int, end: int | None) -> list[_Hit]:
    """Figures written with a letter for their currency ("N12.5 million" for naira): only
    in a report that also writes that currency by its symbol or code (``settled``), and
    only with a multiplier or a figure of thousands ("N250,000"), so "N12" or "N7.5" (a
    road, a grid square) is no amount."""
    out: list[_Hit] = []
    for m in g.letters.finditer(text, start, len(text) if end is None else end):
        currency = settled.get(LETTER + m.group("l"))
        if currency is None or not (m.group("m") or len(re.split(r"[.,]\d{1,2}$", m.group("n"))[0]) >= 4):
            continue
        value = _number(m.group("n"), g.decimal if lang in languages() else None, m.group("m") is not None)
        if value is None:
            continue
        factor = Decimal(str(_multiplier(g, m.group("m")))) if m.group("m") else Decimal(1)
        out.append(_Hit(m.start(), m.end(), float(value * factor), currency, factor))
    return out


@functools.cache
def _range_pattern(lang: str | None) -> re.Pattern:
    """The first figure of a range just before its second one: "26.500 à", or "entre 60
    et" (lexicon ``range_between``: a pair opening and joining the two bounds)."""
    sep = _ignoring_case(_listed(lang, "range"))
    space = f"[{_SEP_SPACE}]"
    pairs = [f"(?<!\\w){_ignoring_case([a])}{_GAP}(?P<n{i}>{_NUMBER}){_GAP}{_ignoring_case([b])}{_GAP}"
             for i, (a, b) in enumerate(_range_pairs(lang))]     # a pair may wrap a line
    return re.compile("(?:" + "|".join([f"(?P<n>{_NUMBER}){space}*{sep}{space}*"] + pairs)
                      + ")$")


def _range_pairs(lang: str | None) -> tuple[tuple[str, str], ...]:
    return tuple(dict.fromkeys((a, b) for code in _langs(lang)
                               for a, b in words(code, "amounts", "range_between") or ()))


def _with_ranges(text: str, lang: str | None, g: _Grammar, hits: list[_Hit]) -> list[_Hit]:
    """Add the first figure of a range whose unit is written once ("26.500 à 28.500€",
    "2 à 3 millions d'euros"): it takes the second figure's currency and multiplier."""
    out: list[_Hit] = []
    prev_end = 0
    for h in hits:
        if h.number_first:
            a = max(prev_end, h.start - 40)
            m = _range_pattern(lang).search(text[a:h.start])
            n = next((k for k, v in m.groupdict().items() if v is not None), None) if m else None
            if n is not None:
                value = _number(m.group(n), g.decimal if lang in languages() else None,
                                h.factor != 1)
                if value is not None:
                    out.append(_Hit(a + m.start(n), a + m.end(n), float(value * h.factor),
                                    h.currency, h.factor, True))
        out.append(h)
        prev_end = h.end
    return out


def _multiplier(g: _Grammar, written: str) -> float:
    flat = re.sub(r"\s+", " ", written)
    if flat in g.multipliers:
        return g.multipliers[flat]
    for key, value in g.multipliers.items():
        if len(key) > 3 and key.lower() == flat.lower():
            return value
    raise KeyError(written)


def parse_amount(text: str, lang: str | None) -> tuple[float, str] | None:
    """(value, ISO code) of ``text`` when it is exactly one amount, else None.

    "955 k€" -> (955000.0, "EUR"); "$1.2 million" -> (1200000.0, "USD");
    "3 millones de pesos" -> None (which peso is not said).
    """
    s = text.strip()
    hits = _hits(s, lang, settled_currencies("", lang))
    if len(hits) == 1 and hits[0].start == 0 and hits[0].end == len(s):
        return hits[0].value, hits[0].currency
    return None
