"""One language's words for the documents and acts a decision cites, compiled into regexes:
"document CA 5-2", "paper S/25/26/05", "By-law No. 58/2014 to 60/2014", "Expediente 123/2025"."""

from __future__ import annotations

import functools
import re

from pipeline.lexicon import words
from pipeline.patterns import NEVER, alternation

from .lexicon import _alt, _w

# A code after a document word: "7-1", "AGM 9-1", "EC-43/3" and "EC/43/3" (a body tag
# glued to the numbers is dropped: "43/3").
# A tag glued by a dash to two dash-joined numbers is one identifier, kept whole ("Report BS-25-08").
_DASH_CODE = (r"(?:(?P<whole>[A-Z]{2,8}-\d{1,2}-\d{1,2}[a-z]?)|(?:[A-Z]{1,8}[-/.])?"
              r"(?P<code>(?<!\d)(?<!\d/)\d{1,2}-\d{1,2}[a-z]?|(?<!\d)(?<!\d/)\d{1,3}(?:/\d{1,3}){1,2}[a-z]?))"
              r"(?![\w/-])")    # "S/25/26/05" -> "25/26/05"


@functools.cache
def doc_code(lang: str) -> re.Pattern:
    """A document code after a document word ("document Consortium 7-1", "pièce CA 5-2")."""
    doc_words = (*words(lang, "meetings", "document_words"), *_w(lang, "ref_document_words"))
    return re.compile(rf"(?<![\w])(?i:{_alt(doc_words)})\.?\s+(?:[A-ZÀ-Ý][\w-]*\s+){{0,2}}{_DASH_CODE}")


_ACT = (r"(?:\d{1,5}-[A-Z]{1,3}-(?:19|20)\d\d|[A-Z]-\d{1,4}|\d{1,4}[/-](?:19|20)\d\d|(?:19|20)\d\d-\d{1,4}|\d{1,4})"
        r"(?![\w/-]|\.\d)")    # "1234-D-2025", "C-23", "35/2014", "409-2024", "2025-17", "31"; not "5.214"
# The number of a resolution or agreement: a code with a separator ("2025-032", "2025-03-045",
# "045/2025"), never a bare number, which orders the meeting's own resolutions ("Special Resolution 1").
_NUMBERED = r"\d{1,5}(?:[-/](?:[A-Z]{1,3}[-/])?\d{1,5}){1,3}(?![\w/-])"


@functools.cache
def act_code(lang: str) -> re.Pattern:
    """Acts cited by number ("By-law No. 68/2010", "Bill C-23", "By-laws numbered 22/2014
    and 49/2014 to 52/2014"): the act word, then a list of codes and ranges."""
    acts = _w(lang, "ref_act_words")
    if not acts:
        return re.compile(NEVER)
    act = rf"(?i:{alternation(acts)})(?![\w-])"            # the text as written, accents kept ("Règlement")
    numbering = rf"(?i:{alternation(_w(lang, 'ref_act_numbering'))}\s*)?"
    joiner = rf"(?:\s*,\s*|\s+(?i:{_alt((*_w(lang, 'conjunctions'), *_w(lang, 'ref_range_words')))})\s+)"
    return re.compile(rf"{act}\s+{numbering}(?P<codes>{_ACT}(?:{joiner}(?:{act}\s+{numbering})?{_ACT})*)")


@functools.cache
def numbered_code(lang: str) -> re.Pattern:
    """Resolutions and agreements cited by their number ("Resolution No. 2025-032",
    "Résolution 2025-03-045", "Acuerdo N° 045/2025"): the word, then a code with a separator."""
    acts = _w(lang, "ref_numbered_words")
    if not acts:
        return re.compile(NEVER)
    numbering = rf"(?i:{alternation(_w(lang, 'ref_act_numbering'))}\s*)?"
    return re.compile(rf"(?i:{alternation(acts)})(?![\w-])\s+{numbering}(?P<codes>{_NUMBERED})")


@functools.cache
def act_range(lang: str) -> re.Pattern:
    """The words between the two ends of a range of acts ("58/2014 to 60/2014")."""
    return re.compile(rf"^\s+(?i:{_alt(_w(lang, 'ref_range_words'))})\s+$")
