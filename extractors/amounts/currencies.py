"""Currencies of amounts: symbols and ISO codes (babel, with the symbols each currency's
territories write), and the currency a report settles for its ambiguous markers."""

from __future__ import annotations

import contextlib
import functools
import itertools
import re
import unicodedata

from babel.numbers import get_currency_symbol, list_currencies

from extractors.amounts.numbers import _SEP_SPACE
from extractors.amounts.words import _ignoring_case, _isos, _langs, _merged
from pipeline.lexicon import fallback_order, words
from pipeline.patterns import alternation

PESO = "PESO"          # lexicon marker: a peso whose country the document settles
CFA = "CFA"            # lexicon marker: a CFA franc whose zone the document settles
DOLLAR = "DOLLAR"      # lexicon marker (and "$"): a dollar whose country the document settles
# Each marker's lexicon table of the names (countries, institutions) that settle it.
_SETTLED_BY = {PESO: "peso_countries", CFA: "cfa_countries", DOLLAR: "dollar_countries"}
# Markers whose currency a report also settles by writing it out ("pesos colombianos",
# "Valor (COP)", "XOF"), and the settled key of a peso so written: in any language, "$"
# is that peso when the report writes no dollar ("$ 45.000.000 (... pesos colombianos)").
_WRITTEN = (PESO, CFA)
PESO_WRITTEN = "PESO_WRITTEN"
LETTER = "LETTER:"    # settled key prefix: "LETTER:N" -> "NGN" when the report writes ₦ or NGN
_DOMINANCE = 3         # a currency settles a marker when named 3x as often as all others


# ------------------------------------------------------------- symbols and codes


@functools.cache
def _symbols() -> dict[str, str]:
    """Currency symbols from babel (each supported language's locale) that name one currency; "$" is USD.
    Read from extractors/data (extractors/library_tables.py) when built by this babel for these languages."""
    from extractors.library_tables import stored
    table = stored("currency_symbols", "babel", list(fallback_order()))
    return table if table is not None else symbols_from_babel()


def symbols_from_babel() -> dict[str, str]:
    """``_symbols()`` worked out from babel."""
    seen: dict[str, set[str]] = {}
    for code in list_currencies():
        for loc in fallback_order():
            sym = get_currency_symbol(code, locale=loc)
            if sym != code and not sym.isalpha() and len(sym) <= 4:
                seen.setdefault(sym.replace("\u202f", " "), set()).add(code)
    table = {s: next(iter(c)) for s, c in seen.items() if len(c) == 1 and not s.isdigit()}
    for sym, code in _territory_symbols().items():
        table.setdefault(sym, code)
    table.update({"$": "USD", "US$": "USD", "$US": "USD", "U$S": "USD", "€": "EUR",
                  "£": "GBP"})
    return table


def _territory_symbols() -> dict[str, str]:
    """The symbols a currency's own territories write ("₡" in es_CR, "₦" in en_NG, "₸"),
    from babel's locale of each official language there: only symbols holding a
    currency sign, naming one currency. A one-letter prefix before "$" ("C$": Canadian
    or Nicaraguan? "T$": Tongan or Taiwanese?) says too little and is left out."""
    from babel import localedata
    from babel.languages import get_official_languages
    from babel.numbers import get_territory_currencies

    ids = set(localedata.locale_identifiers())
    territories = {i.rsplit("_", 1)[1] for i in ids if "_" in i and re.fullmatch(r"[A-Z]{2}", i.rsplit("_", 1)[1])}
    pairs = sorted((lang, terr) for terr in territories
                   for lang in get_official_languages(terr, de_facto=True) if f"{lang}_{terr}" in ids)
    seen: dict[str, set[str]] = {}
    for _, group in itertools.groupby(pairs, key=lambda pair: pair[0]):
        with _locales_released():      # one language's locales in memory at a time
            for lang, terr in group:
                for code in get_territory_currencies(terr):
                    sym = get_currency_symbol(code, locale=f"{lang}_{terr}").replace("\u202f", " ")
                    if sym != code and any(unicodedata.category(c) == "Sc" for c in sym) \
                            and not re.fullmatch(r"[A-Z]\$", sym):
                        seen.setdefault(sym, set()).add(code)
    return {s: next(iter(c)) for s, c in seen.items() if len(c) == 1}


@contextlib.contextmanager
def _locales_released():
    """Drop from babel's cache the locales loaded within: it keeps every locale it ever
    loaded (each a merged copy of its parents'), and the ~430 read once for their currency
    symbols would hold ~100 MiB in every worker for the rest of its life."""
    from babel import localedata
    kept = set(localedata._cache)
    try:
        yield
    finally:
        for name in set(localedata._cache) - kept:
            localedata._cache.pop(name, None)


@functools.cache
def _codes() -> frozenset[str]:
    return frozenset(list_currencies())


# ------------------------------------------------- what a report settles, compiled once

_Counted = tuple[tuple[re.Pattern, str], ...]     # (pattern of a name, ISO code it counts for)


@functools.cache
def _name_patterns(lang: str | None, table: str) -> _Counted:
    """The names of a marker's table (countries, institutions), as written (spaces literal)."""
    names: dict[str, str] = {}
    for code in _langs(lang):
        names.update(dict(words(code, "amounts", table) or {}))
    return tuple((re.compile(r"(?<!\w)" + alternation(_written_forms(name)) + r"(?!\w)"), iso)
                 for name, iso in names.items())


def _written_forms(name: str) -> tuple[str, ...]:
    """The ways a report writes a place name: as the lexicon spells it, without its
    accents ("Quebec", "Mexico"), and in capitals with or without them ("PROVINCE DE
    QUÉBEC", "REPUBLICA ARGENTINA" in a letterhead). Not in any case: "chili" or "niger"
    in lower case are not the countries."""
    bare = _strip_accents(name)
    return tuple(dict.fromkeys((name, bare, name.upper(), bare.upper())))


def _strip_accents(text: str) -> str:
    return unicodedata.normalize("NFC", "".join(
        c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c)))


@functools.cache
def _written_patterns(lang: str | None, marker: str) -> _Counted:
    """The ways a report writes out a currency a marker may mean: its lexicon words
    ("pesos colombianos") and its ISO code used as a label, not before a small number
    ("(COP)", "in COP", but not "COP 29")."""
    isos = _isos(lang, _SETTLED_BY[marker])
    by_word = [(re.compile(r"(?<!\w)" + _ignoring_case([word]) + r"(?!\w)"), iso)
               for word, iso in _merged(lang, "currencies").items() if iso in isos]
    by_code = [(re.compile(rf"(?<![\w$]){iso}(?![\w$])(?![{_SEP_SPACE}]*\d{{1,2}}(?![\d.,]))"), iso)
               for iso in sorted(isos)]
    return tuple(by_word + by_code)


@functools.cache
def _dollar_patterns(lang: str | None) -> tuple[re.Pattern | None, re.Pattern]:
    """A dollar written out: its words ("dollars", "dólares"), its codes and signs."""
    isos = _isos(lang, "dollar_countries")
    dollar_words = [w for w, iso in _merged(lang, "currencies").items() if iso == DOLLAR or iso in isos]
    by_word = (re.compile(r"(?<!\w)" + _ignoring_case(dollar_words) + r"(?!\w)")
               if dollar_words else None)
    by_code = re.compile(r"(?<![\w$])(?:" + "|".join(sorted(isos)) + r")(?![\w])|[A-Z]{1,2}\$")
    return by_word, by_code


@functools.cache
def _letter_patterns(lang: str | None) -> tuple[tuple[str, str, tuple[re.Pattern, ...]], ...]:
    """(letter, ISO code, the ways a report writes that currency: code, one-sign symbol)."""
    out = []
    for letter, iso in _merged(lang, "letter_symbols").items():
        written = [iso] + [sym for sym, code in _symbols().items() if code == iso and len(sym) == 1]
        out.append((letter, iso, tuple(re.compile(r"(?<![^\W\d_])" + re.escape(w) + r"(?![^\W\d_])")
                                       for w in written)))
    return tuple(out)


def _counts(text: str, counted: _Counted) -> dict[str, int]:
    """How often ``text`` names each ISO code, by the given patterns."""
    counts: dict[str, int] = {}
    for pattern, iso in counted:
        n = len(pattern.findall(text))
        if n:
            counts[iso] = counts.get(iso, 0) + n
    return counts


def _named(text: str, lang: str | None) -> dict[str, dict[str, int]]:
    """How often ``text`` names each ISO code, per table of names (``peso_countries``...);
    a name inside a longer one of any table counts only as the longer one: "Estados
    Unidos Mexicanos" is Mexico, not the United States."""
    found = []
    for table in _SETTLED_BY.values():
        for pattern, iso in _name_patterns(lang, table):
            found.extend((m.start(), m.end(), table, iso) for m in pattern.finditer(text))
    out: dict[str, dict[str, int]] = {}
    reach = (-1, -1)            # the match reaching furthest so far
    for a, b, table, iso in sorted(found, key=lambda f: (f[0], f[0] - f[1])):
        if b <= reach[1] and (a, b) != reach:
            continue            # inside a longer name
        if b > reach[1]:
            reach = (a, b)
        out.setdefault(table, {})
        out[table][iso] = out[table].get(iso, 0) + 1
    return out


def _dominant(counts: dict[str, int]) -> str | None:
    """The ISO code named at least ``_DOMINANCE`` times as often as all others together."""
    top = max(counts, key=lambda iso: counts[iso])
    return top if counts[top] >= _DOMINANCE * (sum(counts.values()) - counts[top]) else None


def _written_counts(text: str, lang: str | None, marker: str) -> dict[str, int]:
    """How often the text writes out each currency a marker may mean."""
    return _counts(text, _written_patterns(lang, marker))


def _writes_a_dollar(text: str, lang: str | None) -> bool:
    """Whether the text writes a dollar out ("USD", "US$", "CA$", "dollars", "dólares")."""
    by_word, by_code = _dollar_patterns(lang)
    if by_word is not None and by_word.search(text):
        return True
    return bool(by_code.search(text))


# "$" figures written with a decimal point ("$ 54,522.10", "$3´734,282.00") or with a
# decimal comma / point groups ("$ 72.000", "$ 1.500,50").
_POINT_DECIMAL = re.compile(r"\$[ \u00a0]?\d{1,3}(?:(?:[,´'’]\d{3})+(?:\.\d{1,2})?|(?:[,´'’]\d{3})*\.\d{2})(?!\d|[.,]\d)")
_COMMA_DECIMAL = re.compile(r"\$[ \u00a0]?\d{1,3}(?:(?:\.\d{3})+(?:,\d{1,2})?|(?:\.\d{3})*,\d{2})(?!\d|[.,]\d)")


def _peso_by_figures(text: str, lang: str | None) -> str | None:
    """The peso a report's "$" figures point to by how they are written, when it names no
    country: in Spanish, a decimal point and comma groups ("$ 54,522.10") are Mexico's
    way (lexicon ``point_decimal_peso``), where the other peso countries write "$ 54.522,10".
    Figures written both ways settle nothing."""
    peso = next((p for code in _langs(lang) if (p := words(code, "amounts", "point_decimal_peso"))), None)
    if not peso or not _POINT_DECIMAL.search(text) or _COMMA_DECIMAL.search(text):
        return None
    return peso


def _by_place(place: str | None, lang: str | None, table: str) -> str | None:
    """The currency a marker's table gives the meeting's place ("Lomé" -> XOF): where a
    meeting is held settles what the names of its report leave open."""
    if not place:
        return None
    return next((iso for pattern, iso in _name_patterns(lang, table)
                 if pattern.fullmatch(" ".join(place.split()))), None)


def settled_currencies(text: str, lang: str | None, place: str | None = None) -> dict[str, str]:
    """The currency each ambiguous marker means in this text ("pesos": the peso of the
    country the text is about; "FCFA": the zone, XOF or XAF; "$"/"dollars": the dollar,
    or the language's default when no dollar country is named); a marker the names
    leave open (two countries named about as often) is settled by the meeting's
    ``place`` when the marker's table names it, else absent."""
    out: dict[str, str] = {}
    named: set[str] = set()
    names = _named(text, lang)
    for marker, table in _SETTLED_BY.items():
        counts = dict(names.get(table, {}))
        if marker in _WRITTEN:
            written = _written_counts(text, lang, marker)
            for iso, n in written.items():
                counts[iso] = counts.get(iso, 0) + n
            if marker == PESO and written:
                top = _dominant(written)
                if top is not None and not _writes_a_dollar(text, lang):
                    out[PESO_WRITTEN] = top
        if counts:
            named.add(marker)
            top = _dominant(counts) or _by_place(place, lang, table)
            if top is not None:
                out[marker] = top
    for letter, iso, written_as in _letter_patterns(lang):
        if any(p.search(text) for p in written_as):
            out[LETTER + letter] = iso
    if PESO not in named and DOLLAR not in named:
        by_writing = _peso_by_figures(text, lang)
        if by_writing:
            out[PESO] = by_writing
    if out.get(PESO_WRITTEN) and out.get(PESO) != out[PESO_WRITTEN]:
        del out[PESO_WRITTEN]             # the peso written is not the one the report is about
    if DOLLAR not in named:
        default = next((d for code in _langs(lang)
                        if (d := words(code, "amounts", "dollar_default"))), None)
        if default:
            out[DOLLAR] = default
    return out
