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

The package: ``numbers`` (figures and their value), ``currencies`` (symbols, codes, the
currency a report settles), ``grammar`` (the amount pattern of a language and what it
finds), ``context`` (year and category of a figure), ``sums`` (stated sums), ``spelled``
(figures in words), ``words``
(the lexicon tables).

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
  A Spanish report that names no country but writes its "$" figures with a decimal
  point and comma groups ("$ 54,522.10", "$3´734,282.00") uses Mexico's writing: "$" is
  MXN (lexicon ``point_decimal_peso``); figures written both ways settle nothing.
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
* The place names that settle a marker are read as the lexicon writes them, without
  accents, or in capitals ("PROVINCE DE QUÉBEC" in a letterhead), never in lower case
  ("chili", "niger" are not the countries).
* A range's first figure takes the unit of its second: "26.500 à 28.500€", and with a
  pair of words (lexicon ``range_between``) "entre 60 et 400€", "between 2 and 3
  million dollars".
* Swiss francs abbreviated: "Fr. 12'500.00" (lexicon ``prefix_currencies``, before the
  figure, read like a code: 3+ digits, no bare year) and "12'500 fr." (a currency word)
  are CHF: the French, Belgian and Luxembourg francs are gone, and the CFA and other
  African francs are written otherwise ("FCFA", "FG", "FRw").
* Figures in words ("a million dollars", "deux millions d'euros") are read by text2num
  (``spelled``), unless they restate the figure beside them.
"""


from __future__ import annotations

from pipeline.protocol import Extractor
from pipeline.records import Amount, Document, Meeting
from pipeline.text import SpanSet, provenance, sentence_at

NAME = "amounts"
VERSION = "0.5.0"

# NAME and VERSION come first: ``sums`` reads them from the package it belongs to.
from extractors.amounts.currencies import (  # noqa: E402
    CFA, DOLLAR, LETTER, PESO, PESO_WRITTEN, settled_currencies,
)
from extractors.amounts.context import _category_of, _year_of  # noqa: E402
from extractors.amounts.grammar import _hits, parse_amount  # noqa: E402
from extractors.amounts.numbers import parse_number  # noqa: E402
from extractors.amounts.sums import amounts_to_sums  # noqa: E402
from pipeline.patterns import fold_keep  # noqa: E402

__all__ = ["NAME", "VERSION", "document_to_amounts", "amounts_to_sums", "parse_number",
           "parse_amount", "settled_currencies", "PESO", "CFA", "DOLLAR", "PESO_WRITTEN",
           "LETTER"]


def document_to_amounts(doc: Document, meeting: Meeting | None = None) -> tuple[Amount, ...]:
    """Every monetary figure of ``doc`` as an :class:`Amount` in document order."""
    lang = doc.language
    text = doc.text
    hits = _hits(text, lang, settled_currencies(text, lang, meeting.place if meeting else None))
    spans = SpanSet((h.start, h.end) for h in hits)
    folded = fold_keep(text)
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


def _extract(doc: Document, found) -> tuple[Amount, ...]:
    return document_to_amounts(doc, found.meeting)


def _sums(doc: Document, found) -> tuple:
    return amounts_to_sums(doc, found.amounts)


EXTRACTOR = Extractor(NAME, VERSION, needs=("meeting",), gives="amounts", run=_extract)
SUMS = Extractor("sums", VERSION, needs=("amounts",), gives="sums", run=_sums)
