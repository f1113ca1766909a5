"""Monetary figures and the sums the text states between them.

``document_to_amounts`` finds every figure written with a currency ("955 k€",
"446 783 €", "$1.2 million", "USD 450,000", "50 milliards d'euros", "250 mil euros")
and normalises it to a value in units of its ISO 4217 currency, with the year and the
category the sentence gives it. ``amounts_to_sums`` finds the sums the text states
("955 k€ (715 k€ + 240 k€)", "730 000 €, auquel s'ajoutent 240 000 €, soit un total
de 970 000 €") as :class:`StatedSum` records, whether or not they add up: checking is
the checks' job.

Language words (multipliers, currency words, category and sum cues) come from the
``[amounts]`` section of the lexicon; currency symbols and ISO codes come from babel
(symbols also from the locales of the territories using each currency: "₡", "₦", "₸").

Decisions (documented because they are choices, not facts):

* Separators: spaces (normal, no-break, narrow no-break), apostrophes and "´" always
  group thousands. A "." or "," followed by exactly three digits groups thousands
  ("6.000 £", "USD 30.000", "1,250,000"); otherwise it is the decimal mark
  ("12,5 M€", "$1.2 million"). With a multiplier ("1.200 millones"), a lone separator
  followed by three digits is read with the report language's convention (babel's
  decimal symbol for that language); with both "." and "," the last one is decimal.
* Which country a report is about settles ambiguous currency words: the names of
  ``[amounts.<marker>_countries]`` found in the text are counted per currency, and the
  currency named at least three times as often as all the others together wins (one
  country named, or a Canadian council naming Canada 30 times and the United States
  once). A marker nothing settles is left out rather than given a guessed currency.
* "$" and "dollars" are the dollar of the dollar country the report is about (Canada:
  CAD); when it names none, the language's ``dollar_default`` (USD in English and
  French). In a Spanish
  report "$" is the peso of the peso country it is about, as written in Latin America
  (else a dollar country's dollar, e.g. Ecuador; else left out: "$" there is a peso of
  an unsaid country, not USD). "dólares" stays USD; "US$", "USD", "CA$" are explicit.
* A report also settles a peso or a CFA franc by writing it out: "pesos colombianos",
  "Colombian pesos", a code as a label ("Valor (COP)"; "COP 29", a conference, is no
  label) count like the country's name. A peso so written makes "$" that peso in any
  language, unless the report writes a dollar anywhere ("USD", "US$", "dollars"):
  "$ 45.000.000 (cuarenta y cinco millones de pesos colombianos)" is COP.
* "pesos" alone is ambiguous (MXN, COP, ARS, CLP...): it takes the peso of the peso
  country the report is about; else the figure is left out. "pesos mexicanos" etc. are
  explicit.
* "FCFA" / "francs CFA" is two currencies: XOF (West Africa: UEMOA/BCEAO countries,
  e.g. Niger, Mali, Sénégal) and XAF (Central Africa: CEMAC/BEAC countries, e.g.
  Cameroun, Gabon, Tchad). Same rule as pesos: the zone of the countries and institutions
  the report is about ([amounts.cfa_countries]), else the figure is left out.
  "francs CFA BCEAO", "XOF", "XAF" are explicit.
* An ISO code used as a unit ("COP 26", "USD 2021") needs a figure of 3+ digits that
  is not a bare year, or a multiplier, so conference names are not read as money.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Iterable, Mapping

from babel.numbers import get_currency_symbol, get_decimal_symbol, list_currencies

from pipeline.lexicon import SUPPORTED, words
from pipeline.records import Amount, Document, Meeting, StatedSum
from pipeline.text import provenance, sentence_at, years_in

NAME = "amounts"
VERSION = "0.2.0"

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
_NEAR = 0.2           # parts after a bare colon add up to within 20 % of their total
_DOMINANCE = 3         # a currency settles a marker when named 3x as often as all others

_SEP_SPACE = " \u00a0\u202f\u2009\u2007"
_GROUP = f"(?:[{_SEP_SPACE}'’´.,]|[{_SEP_SPACE}]?\\n)"     # a line break may split a figure
# A figure: digits grouped by threes, or plain digits, with an optional decimal part.
# Not inside a document code ("7-6") or a bigger figure ("8’355" must not yield "355"),
# but a minus sign may stand before a figure ("-8’355,59€").
_NUMBER_GUARD = r"(?<![\w.,/'’´])(?<!\w-)"
_NUMBER = (r"(?<![\w.,/'’´])(?<!\w-)(?:\d{1,3}(?:" + _GROUP + r"\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)"
           r"(?![\d]|[.,]\d)")
_GAP = f"[{_SEP_SPACE}\t]*\\n?[{_SEP_SPACE}\t]*"         # spaces, at most one line break
_TIGHT = f"[{_SEP_SPACE}]?"                               # "955 k€", "955k€"
_BREAK = f"(?:{_TIGHT}|[{_SEP_SPACE}]*\n[{_SEP_SPACE}]*)"   # "EUR" ending a line, its figure next


# ------------------------------------------------------------------ lexicon tables


def _langs(lang: str | None) -> tuple[str, ...]:
    """The languages whose words apply: the report's, or all of them when unknown."""
    return (lang,) if lang in SUPPORTED else SUPPORTED


def _merged(lang: str | None, key: str) -> dict:
    """One lexicon table of ``[amounts]`` for ``lang``; unknown language: all merged,
    English winning on conflicts (e.g. "billion")."""
    out: dict = {}
    for code in reversed(_langs(lang) if lang in SUPPORTED else ("en", "fr", "es")):
        out.update(dict(words(code, "amounts", key) or {}))
    return out


def _listed(lang: str | None, key: str) -> tuple[str, ...]:
    out: list[str] = []
    for code in _langs(lang):
        out.extend(words(code, "amounts", key))
    return tuple(dict.fromkeys(out))


@functools.cache
def _symbols() -> dict[str, str]:
    """Currency symbols from babel (en/fr/es) that name one currency; "$" is USD."""
    seen: dict[str, set[str]] = {}
    for code in list_currencies():
        for loc in ("en", "fr", "es"):
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
    seen: dict[str, set[str]] = {}
    for terr in sorted(territories):
        codes = get_territory_currencies(terr)
        for lang in get_official_languages(terr, de_facto=True):
            if f"{lang}_{terr}" not in ids:
                continue
            for code in codes:
                sym = get_currency_symbol(code, locale=f"{lang}_{terr}").replace("\u202f", " ")
                if sym != code and any(unicodedata.category(c) == "Sc" for c in sym) \
                        and not re.fullmatch(r"[A-Z]\$", sym):
                    seen.setdefault(sym, set()).add(code)
    return {s: next(iter(c)) for s, c in seen.items() if len(c) == 1}


@functools.cache
def _codes() -> frozenset[str]:
    return frozenset(list_currencies())


def _words_pattern(items: Iterable[str], ignore_case: bool = True) -> str:
    """An alternation of lexicon words, longest first, apostrophes and spaces loose."""
    alts = []
    for w in sorted(set(items), key=len, reverse=True):
        p = re.escape(w).replace("'", "['’]").replace(r"\ ", r"\s+")
        alts.append(p)
    body = "|".join(alts) or r"(?!x)x"
    return f"(?i:{body})" if ignore_case else f"(?:{body})"


@dataclass(frozen=True)
class _Grammar:
    """The compiled amount pattern of one language and the tables it reads values from."""
    pattern: re.Pattern
    multipliers: Mapping[str, float]
    currencies: Mapping[str, str]
    decimal: str
    letters: re.Pattern       # a letter glued to its figure standing for a currency ("N12.5 million")


@functools.cache
def _grammar(lang: str | None) -> _Grammar:
    mults = _merged(lang, "multipliers")
    curwords = {k: v for k, v in _merged(lang, "currencies").items()}
    short = [m for m in mults if len(m) <= 3]           # k, M, Md, bn: exact case
    long_ = [m for m in mults if len(m) > 3]
    mult = (f"(?:{_words_pattern(long_)}|{_words_pattern(short, ignore_case=False)})"
            r"(?![^\W\d_])")
    syms = sorted(_symbols(), key=len, reverse=True)
    sym = "(?:" + "|".join(re.escape(s) for s in syms) + ")"
    code = r"(?:\b[A-Z]{3}\b)"
    word = _words_pattern(curwords) + r"(?![^\W\d_])"
    conn = _words_pattern(_listed(lang, "connectors"))
    tail_word = f"(?:{conn}{_GAP})?(?P<w2>{word})"
    # symbol or code before the figure: "$1.2 million", "USD 450,000", "€85k"
    pre = (f"(?P<pre>{sym}|{code}){_BREAK}(?P<n1>{_NUMBER})"
           f"(?:{_GAP}(?P<m1>{mult}))?(?:{_GAP}{tail_word})?")
    # figure then unit: "955 k€", "50 milliards d'euros", "1,250,000 US dollars"
    post = (f"(?P<n2>{_NUMBER})(?:(?:{_TIGHT}|{_GAP})(?P<m2>{mult}))?{_GAP}"
            rf"(?:(?:{conn}{_GAP})?(?P<w>{word})|(?P<post>{sym}(?:(?<=\W)|(?![^\W\d_]))"
            rf"|{code}(?![^\W\d_])))")
    pattern = re.compile(f"{pre}|{post}")
    dec = get_decimal_symbol(locale=lang) if lang in SUPPORTED else None
    letter_table = _merged(lang, "letter_symbols")
    letters = re.compile(
        rf"(?<![\w.,/$€£¥₦])(?P<l>{'|'.join(map(re.escape, letter_table)) or '(?!x)x'})"
        rf"(?P<n>{_NUMBER.replace(_NUMBER_GUARD, '', 1)})(?:{_GAP}(?P<m>{mult}))?")
    return _Grammar(pattern, mults, curwords, dec or ".", letters)


# ------------------------------------------------------------------------ parsing


def _number(text: str, decimal: str | None, multiplied: bool) -> Decimal | None:
    """The value of a written figure, separators resolved as the module doc says."""
    s = text
    for ch in _SEP_SPACE + "'’´\n":
        s = s.replace(ch, "")
    marks = [c for c in s if c in ".,"]
    if not marks:
        core = s
    elif "." in marks and "," in marks:
        dec = s[max(s.rfind("."), s.rfind(","))]
        grp = "," if dec == "." else "."
        if s.count(dec) > 1:
            return None
        core = s.replace(grp, "").replace(dec, ".")
    else:
        mark = marks[0]
        tail = s.rsplit(mark, 1)[1]
        if len(marks) > 1:
            if any(len(g) != 3 for g in s.split(mark)[1:]):
                return None
            core = s.replace(mark, "")
        elif len(tail) == 3 and not (multiplied and decimal == mark):
            core = s.replace(mark, "")
        else:
            core = s.replace(mark, ".")
    try:
        return Decimal(core)
    except InvalidOperation:
        return None


def _is_year(text: str) -> bool:
    return bool(re.fullmatch(r"(?:19|20)\d\d", text))


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
        for key, code in grammar.currencies.items():
            if re.fullmatch(_words_pattern([key]), raw):
                return settled.get(code) if code in _SETTLED_BY else code
        return None
    if raw in _codes():
        return raw
    if raw == "$":
        if lang == "es" and settled.get(PESO):
            return settled[PESO]
        return settled.get(PESO_WRITTEN) or settled.get(DOLLAR)
    return _symbols().get(raw)


def _hits(text: str, lang: str | None, settled: Mapping[str, str],
          start: int = 0, end: int | None = None) -> list[_Hit]:
    """Every amount in ``text[start:end]``, as spans with value and currency
    (``settled``: marker -> ISO code the document settles, see ``settled_currencies``)."""
    g = _grammar(lang)
    out: list[_Hit] = []
    for m in g.pattern.finditer(text, start, len(text) if end is None else end):
        if m.group("n1") is not None:
            num, mult, unit, word = m.group("n1"), m.group("m1"), m.group("pre"), m.group("w2")
            unit_is_code = unit in _codes() and unit not in _symbols()
        else:
            num, mult = m.group("n2"), m.group("m2")
            unit, word = m.group("post"), m.group("w")
            unit_is_code = unit is not None and unit in _codes() and unit not in _symbols()
        if word:
            currency = _resolve_currency(word, g, settled, lang, from_word=True)
        else:
            currency = _resolve_currency(unit, g, settled, lang, from_word=False)
        if currency is None:
            continue
        if unit_is_code and not word and not mult:
            if _is_year(num) or len(re.sub(r"\D", "", num)) < 3:
                continue
        if not mult and not word and unit is None:
            continue
        value = _number(num, g.decimal if lang in SUPPORTED else None, mult is not None)
        if value is None:
            continue
        factor = Decimal(str(_multiplier(g, mult))) if mult else Decimal(1)
        total = value * factor
        a, b = m.span()
        while b > a and text[b - 1].isspace():
            b -= 1
        out.append(_Hit(a, b, float(total), currency, factor, m.group("n2") is not None))
    out.extend(_letter_hits(text, lang, g, settled, start, end))
    out.sort(key=lambda h: h.start)
    return _with_ranges(text, lang, g, out)


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
        value = _number(m.group("n"), g.decimal if lang in SUPPORTED else None, m.group("m") is not None)
        if value is None:
            continue
        factor = Decimal(str(_multiplier(g, m.group("m")))) if m.group("m") else Decimal(1)
        out.append(_Hit(m.start(), m.end(), float(value * factor), currency, factor))
    return out


@functools.cache
def _range_pattern(lang: str | None) -> re.Pattern:
    sep = _words_pattern(_listed(lang, "range"))
    return re.compile(f"(?P<n>{_NUMBER})[{_SEP_SPACE}]*{sep}[{_SEP_SPACE}]*$")


def _with_ranges(text: str, lang: str | None, g: _Grammar, hits: list[_Hit]) -> list[_Hit]:
    """Add the first figure of a range whose unit is written once ("26.500 à 28.500€",
    "2 à 3 millions d'euros"): it takes the second figure's currency and multiplier."""
    out: list[_Hit] = []
    prev_end = 0
    for h in hits:
        if h.number_first:
            a = max(prev_end, h.start - 30)
            m = _range_pattern(lang).search(text[a:h.start])
            if m is not None:
                value = _number(m.group("n"), g.decimal if lang in SUPPORTED else None,
                                h.factor != 1)
                if value is not None:
                    out.append(_Hit(a + m.start("n"), a + m.end("n"), float(value * h.factor),
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


def _written_counts(text: str, lang: str | None, marker: str) -> dict[str, int]:
    """How often the text writes out each currency a marker may mean: its lexicon
    words ("pesos colombianos") and its ISO code used as a label, not before a small
    number ("(COP)", "in COP", but not "COP 29")."""
    isos: set[str] = set()
    for code in _langs(lang):
        isos.update(dict(words(code, "amounts", _SETTLED_BY[marker]) or {}).values())
    counts: dict[str, int] = {}
    for word, iso in _merged(lang, "currencies").items():
        if iso in isos:
            n = len(re.findall(r"(?<!\w)" + _words_pattern([word]) + r"(?!\w)", text))
            if n:
                counts[iso] = counts.get(iso, 0) + n
    for iso in isos:
        n = len(re.findall(rf"(?<![\w$]){iso}(?![\w$])(?![{_SEP_SPACE}]*\d{{1,2}}(?![\d.,]))", text))
        if n:
            counts[iso] = counts.get(iso, 0) + n
    return counts


def _writes_a_dollar(text: str, lang: str | None) -> bool:
    """Whether the text writes a dollar out ("USD", "US$", "CA$", "dollars", "dólares")."""
    isos: set[str] = set()
    for code in _langs(lang):
        isos.update(dict(words(code, "amounts", "dollar_countries") or {}).values())
    dollar_words = [w for w, iso in _merged(lang, "currencies").items() if iso == DOLLAR or iso in isos]
    if dollar_words and re.search(r"(?<!\w)" + _words_pattern(dollar_words) + r"(?!\w)", text):
        return True
    return bool(re.search(r"(?<![\w$])(?:" + "|".join(sorted(isos)) + r")(?![\w])|[A-Z]{1,2}\$", text))


def settled_currencies(text: str, lang: str | None) -> dict[str, str]:
    """The currency each ambiguous marker means in this text ("pesos": the peso of the
    country the text is about; "FCFA": the zone, XOF or XAF; "$"/"dollars": the dollar,
    or the language's default when no dollar country is named); a marker the names
    leave open (two countries named about as often) is absent."""
    out: dict[str, str] = {}
    named: set[str] = set()
    for marker, table in _SETTLED_BY.items():
        counts: dict[str, int] = {}
        names: dict[str, str] = {}
        for code in _langs(lang):
            names.update(dict(words(code, "amounts", table) or {}))
        for name, iso in names.items():
            n = len(re.findall(r"(?<!\w)" + re.escape(name).replace("'", "['’]") + r"(?!\w)", text))
            if n:
                counts[iso] = counts.get(iso, 0) + n
        if marker in _WRITTEN:
            written = _written_counts(text, lang, marker)
            for iso, n in written.items():
                counts[iso] = counts.get(iso, 0) + n
            if marker == PESO and written:
                top = max(written, key=lambda iso: written[iso])
                if written[top] >= _DOMINANCE * (sum(written.values()) - written[top]) \
                        and not _writes_a_dollar(text, lang):
                    out[PESO_WRITTEN] = top
        if counts:
            named.add(marker)
            top = max(counts, key=lambda iso: counts[iso])
            if counts[top] >= _DOMINANCE * (sum(counts.values()) - counts[top]):
                out[marker] = top
    for letter, iso in _merged(lang, "letter_symbols").items():
        written = [iso] + [sym for sym, code in _symbols().items() if code == iso and len(sym) == 1]
        if any(re.search(r"(?<![^\W\d_])" + re.escape(w) + r"(?![^\W\d_])", text) for w in written):
            out[LETTER + letter] = iso
    if out.get(PESO_WRITTEN) and out.get(PESO) != out[PESO_WRITTEN]:
        del out[PESO_WRITTEN]             # the peso written is not the one the report is about
    if DOLLAR not in named:
        default = next((d for code in _langs(lang)
                        if (d := words(code, "amounts", "dollar_default"))), None)
        if default:
            out[DOLLAR] = default
    return out


_PLAIN_NUMBER = re.compile(f"(?P<neg>[-−–(])?[{_SEP_SPACE}]*(?P<n>{_NUMBER})\\)?")


def parse_number(text: str, lang: str | None) -> float | None:
    """The value of a bare figure ("1 234", "12,5", "1.234.567", "(300)" = -300) with the
    separator rules of this module, else None (words, dashes, empty)."""
    m = _PLAIN_NUMBER.fullmatch(text.strip())
    if m is None:
        return None
    dec = get_decimal_symbol(locale=lang) if lang in SUPPORTED else None
    value = _number(m.group("n"), dec, False)
    if value is None:
        return None
    return -float(value) if m.group("neg") else float(value)


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


# ------------------------------------------------------------------- year, category


def _fold_same_length(text: str) -> str:
    """Lower-case, accent-stripped text of the same length (offsets stay valid)."""
    out = []
    for ch in text:
        base = unicodedata.normalize("NFKD", ch)
        base = "".join(c for c in base if not unicodedata.combining(c)) or ch
        out.append((base[0] if len(base) >= 1 else ch).lower().replace("’", "'"))
    return "".join(out)


def _fold_word(w: str) -> str:
    return _fold_same_length(w)


def _years_outside(text: str, a: int, b: int, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Years in ``text[a:b]`` (absolute offsets) not inside an amount's span."""
    out = []
    for year, s, _e in years_in(text[a:b]):
        pos = a + s
        if not any(x <= pos < y for x, y in spans):
            out.append((year, pos))
    return out


def _year_of(doc: Document, hit: _Hit, sent: tuple[int, int], spans: list[tuple[int, int]],
             meeting: Meeting | None) -> int | None:
    """Year an amount refers to: its sentence (nearest year before it, else after),
    else the nearest earlier sentence of its paragraph, else its section heading,
    else the meeting's year."""
    text = doc.text
    ys = _years_outside(text, sent[0], sent[1], spans)
    before = [y for y in ys if y[1] < hit.start]
    if before:
        return before[-1][0]
    if ys:
        return ys[0][0]
    para = text.rfind("\n\n", 0, sent[0])
    para = max(0 if para < 0 else para + 2, sent[0] - _LOOKBACK)
    ys = _years_outside(text, para, sent[0], spans)
    if ys:
        return ys[-1][0]
    section = doc.section_at(hit.start)
    if section is not None:
        ys = years_in(section.heading)
        if ys:
            return ys[-1][0]
    if meeting is not None and meeting.date:
        try:
            return int(meeting.date[:4])
        except ValueError:
            return None
    return None


_LOOKBACK = 250      # how far back in its paragraph a figure's year may be stated
_LEFT_WINDOW = 70     # a cue before the figure ("un budget principal de 730 000 €")
_RIGHT_WINDOW = 30    # a cue right after it ("307 316 € dépensés")


@functools.cache
def _category_cues(lang: str | None) -> tuple[tuple[str, str], ...]:
    cues = []
    for code in _langs(lang):
        for cat, items in dict(words(code, "amounts", "categories") or {}).items():
            cues.extend((_fold_word(c), cat) for c in items)
    return tuple(sorted(set(cues), key=lambda c: -len(c[0])))


def _cue_pattern(cue: str) -> re.Pattern:
    return re.compile(r"(?<!\w)" + re.escape(cue).replace(r"\ ", r"\s+") + r"\w{0,3}(?!\w)")


def _category_of(folded: str, hit: _Hit, lo: int, hi: int, lang: str | None,
                 taken: tuple[int, int] | None) -> tuple[str, tuple[int, int]] | None:
    """Category from the cue nearest the figure, between its neighbours' spans, and
    where that cue stands. ``taken`` is the cue the previous figure used: a cue right
    after one figure ("715 k€ de budget de base + 240 k€") is not also the next one's."""
    left_a = max(lo, hit.start - _LEFT_WINDOW)
    right_b = min(hi, hit.end + _RIGHT_WINDOW)
    best: tuple[int, int, str, tuple[int, int]] | None = None
    for cue, cat in _category_cues(lang):
        pat = _cue_pattern(cue)
        for m in pat.finditer(folded, left_a, hit.start):
            if taken and m.start() < taken[1] and taken[0] < m.end():
                continue
            key = (hit.start - m.end(), -len(cue), cat, m.span())
            best = key if best is None or key < best else best
        for m in pat.finditer(folded, hit.end, right_b):
            key = (m.start() - hit.end, -len(cue), cat, m.span())
            best = key if best is None or key < best else best
    return (best[2], best[3]) if best else None


# --------------------------------------------------------------------- the stages


def document_to_amounts(doc: Document, meeting: Meeting | None = None) -> tuple[Amount, ...]:
    """Every monetary figure of ``doc`` as an :class:`Amount` in document order."""
    lang = doc.language
    text = doc.text
    hits = _hits(text, lang, settled_currencies(text, lang))
    spans = [(h.start, h.end) for h in hits]
    folded = _fold_same_length(text)
    out: list[Amount] = []
    taken: tuple[int, int] | None = None
    for i, h in enumerate(hits):
        sent = sentence_at(text, h.start)
        s_a, s_b = (sent.start, sent.end) if sent.text else (h.start, h.end)
        s_b = max(s_b, h.end)
        lo = max(s_a, hits[i - 1].end if i > 0 else s_a)
        hi = min(s_b, hits[i + 1].start if i + 1 < len(hits) else s_b)
        found = _category_of(folded, h, lo, hi, lang, taken)
        taken = found[1] if found else None
        out.append(Amount(
            doc_id=doc.doc_id, text=text[h.start:h.end], value=h.value, currency=h.currency,
            sentence=text[s_a:s_b].replace("\n", " "),
            prov=provenance(doc, h.start, h.end, NAME, VERSION),
            year=_year_of(doc, h, (s_a, s_b), spans, meeting),
            category=found[0] if found else None))
    return tuple(out)


def _cue_in(gap: str, cues: Iterable[str]) -> bool:
    """Whether a folded gap of text holds one of the folded cues (as words)."""
    for c in cues:
        c = _fold_word(c)
        if not c[:1].isalnum():
            if c in gap:
                return True
        elif re.search(r"(?<!\w)" + re.escape(c), gap):
            return True
    return False


def amounts_to_sums(doc: Document, amounts: Iterable[Amount]) -> tuple[StatedSum, ...]:
    """Sums the text states explicitly between amounts of one sentence.

    Two shapes: a total followed by its parts in parentheses or after ":" joined by
    "+" ("955 k€ (715 k€ + 240 k€)"), and parts joined by "+"/"auquel s'ajoute" (or by
    "et"/"," when a strong total cue follows) then a total cue ("soit un total de",
    "in total", "=") and the total; and a total then a breakdown cue ("made up of",
    "compuesto por") then parts closed by "and"/"+" ("£18,740, made up of subscriptions
    of £9,860, donations of £4,215 and the fair of £4,365"). "dont"/"of which" names a
    part, not a breakdown, and breaks a chain. The relation is recorded whether or not
    it adds up.
    """
    lang = doc.language
    plus = _listed(lang, "sum_plus")
    conj = _listed(lang, "sum_and")
    strong = _listed(lang, "sum_total")
    weak = _listed(lang, "sum_weak_total")
    part_of = _listed(lang, "sum_part_of")
    ams = sorted(amounts, key=lambda a: a.prov.start)
    folded = _fold_same_length(doc.text)
    gap = lambda a, b: folded[a.prov.end:b.prov.start]      # noqa: E731
    same_sentence = lambda a, b: a.sentence == b.sentence and "\n\n" not in doc.text[a.prov.end:b.prov.start]  # noqa: E731
    out: list[StatedSum] = []
    for i, total in enumerate(ams):
        # total (part + part ...)
        parts: list[Amount] = []
        j = i + 1
        if j < len(ams) and same_sentence(total, ams[j]):
            g = gap(total, ams[j])
            opener = g.strip()
            if len(g) <= 40 and (opener.startswith("(") or opener.startswith(":")
                                 or opener.startswith("=")) and ")" not in g:
                parts.append(ams[j])
                k = j + 1
                while k < len(ams) and same_sentence(ams[k - 1], ams[k]):
                    g2 = gap(ams[k - 1], ams[k])
                    if ")" in g2 or not _cue_in(g2, plus) or _cue_in(g2, part_of):
                        break
                    parts.append(ams[k])
                    k += 1
        if len(parts) >= 2 and all(p.currency == total.currency for p in parts):
            out.append(_stated(doc, total, parts))
            continue
        parts = _breakdown(ams, i, gap, same_sentence, _listed(lang, "sum_breakdown"), plus, conj,
                           part_of + strong)
        if parts:
            out.append(_stated(doc, total, parts))
            continue
        # part + part ..., soit un total de TOTAL
        if i < 2 or not same_sentence(ams[i - 1], total):
            continue
        g = gap(ams[i - 1], total)
        if _cue_in(g, part_of) or "(" in g:
            continue
        is_strong, is_weak = _cue_in(g, strong), _cue_in(g, weak)
        if not (is_strong or is_weak):
            continue
        chain = [ams[i - 1]]
        joined_by_plus = False
        k = i - 1
        while k > 0 and same_sentence(ams[k - 1], ams[k]):
            g2 = gap(ams[k - 1], ams[k])
            if _cue_in(g2, part_of) or "(" in g2 or ")" in g2:
                break
            if _cue_in(g2, plus):
                joined_by_plus = True
            elif not (is_strong and _cue_in(g2, conj) and ":" not in g2 and len(g2) <= 60):
                break
            chain.insert(0, ams[k - 1])
            k -= 1
        if len(chain) >= 2 and (joined_by_plus or is_strong) and \
                all(p.currency == total.currency for p in chain):
            out.append(_stated(doc, total, chain))
    return tuple(out)


def _breakdown(ams: list[Amount], i: int, gap, same_sentence, cues, plus, conj,
               stops) -> list[Amount]:
    """Parts of ``ams[i]`` announced by a breakdown cue or a colon right after it ("£18,740,
    made up of £9,860, £4,215 and £4,365"): the following amounts of the sentence joined by
    commas, "and" or "+", up to a join by "and"/"+" (a closed list). Of the closed
    lists found, the one that adds up to the total, else the longest."""
    total = ams[i]
    j = i + 1
    if j >= len(ams) or not same_sentence(total, ams[j]):
        return []
    g = gap(total, ams[j])
    # a colon announces the parts as a cue word does ("raised £1.2m to date: £0.7m from ...")
    if len(g) > 80 or "(" in g or ")" in g or not (_cue_in(g, cues) or ":" in g):
        return []
    by_colon = not _cue_in(g, cues)
    parts, closed = [ams[j]], []
    for k in range(j + 1, len(ams)):
        if not same_sentence(ams[k - 1], ams[k]):
            break
        g = gap(ams[k - 1], ams[k])
        if len(g) > 60 or "(" in g or ")" in g or ";" in g or _cue_in(g, stops):
            break
        closing = _cue_in(g, plus) or _cue_in(g, [c for c in conj if c[:1].isalnum()])
        if not (closing or _cue_in(g, conj)):
            break
        parts.append(ams[k])
        if closing:
            closed.append(list(parts))
    closed = [c for c in closed if all(p.currency == total.currency and abs(p.value) < abs(total.value)
                                       for p in c)]       # a part is smaller than its whole
    if by_colon:
        # a colon is a weaker cue than "made up of": the list must come near its total (a
        # mistyped part), not be a run of differences ("£2.4m: £0.3m more than planned")
        closed = [c for c in closed if abs(sum(p.value for p in c) - total.value) <= _NEAR * abs(total.value)]
    if not closed:
        return []
    exact = [c for c in closed if abs(sum(p.value for p in c) - total.value) <= 1e-6 * max(1.0, abs(total.value))]
    return (exact or closed)[-1]


def _stated(doc: Document, total: Amount, parts: list[Amount]) -> StatedSum:
    start = min([total.prov.start] + [p.prov.start for p in parts])
    end = max([total.prov.end] + [p.prov.end for p in parts])
    return StatedSum(doc_id=doc.doc_id, total=total, parts=tuple(parts),
                     prov=provenance(doc, start, end, NAME, VERSION))
