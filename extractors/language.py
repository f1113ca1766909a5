"""Language of a document and of each of its sections.

langdetect (seeded, so runs are deterministic) judges text long enough to be
reliable; its probabilities are restricted to the plausible languages of the
archive (by default the lexicon's: fr/en/es) when one of them is close, so a
heading such as "Total 2021" is never called Catalan. Short sections inherit the document's
language. Languages outside the plausible set are reported as they are when
langdetect is confident. A section is judged by langdetect only when its language is
in doubt: when its function words (lexicon ``[language] function_words``) do not
clearly say it is written in the document's language (langdetect costs ~17 ms a call;
``extractors.ngram_detector`` gives its exact result in about a third of that).
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace
from typing import Sequence

from pipeline.lexicon import languages, words
from pipeline.protocol import DOCUMENT, Extractor
from pipeline.records import Document, Section

NAME = "language"
VERSION = "1.1"

MIN_CHARS = 200          # below this, langdetect is unreliable: inherit instead
SAMPLE_CHARS = 20_000    # enough to decide a document; keeps long reports cheap
OTHER_MIN_PROB = 0.90    # a language outside the plausible set must be this sure
SURE_WORDS = 12          # function words of the document's language that settle a section...
SURE_RATIO = 4           # ...when they outnumber every other language's this many times
_WORD = re.compile(r"[^\W\d_]+")


def detect(text: str, plausible: Sequence[str] | None = None,
           seed: int = 0) -> tuple[str | None, float]:
    """(language, confidence) of ``text``; (None, 0.0) when there is nothing to judge.
    ``plausible`` defaults to the supported languages (the lexicon's files)."""
    plausible = languages() if plausible is None else plausible
    sample = " ".join(text[:SAMPLE_CHARS].split())
    letters = sum(c.isalpha() for c in sample)
    if letters < 20:
        return None, 0.0
    from langdetect.lang_detect_exception import LangDetectException

    from extractors.ngram_detector import text_to_probabilities
    try:   # langdetect's detect_langs, seeded (it is random unless seeded), faster
        probs = text_to_probabilities(sample, seed)
    except LangDetectException:
        return None, 0.0
    if not probs:
        return None, 0.0
    best = probs[0]
    if best.lang in plausible:
        return best.lang, round(float(best.prob), 4)
    inside = [p for p in probs if p.lang in plausible]
    if inside and (best.prob < OTHER_MIN_PROB or inside[0].prob >= 0.2):
        total = sum(p.prob for p in inside)
        return inside[0].lang, round(float(inside[0].prob / total), 4)
    return best.lang, round(float(best.prob), 4)


def document_to_language(doc: Document, plausible: Sequence[str] | None = None,
                         seed: int = 0) -> Document:
    """The document with its language and each section's language set."""
    plausible = languages() if plausible is None else plausible
    lang, conf = detect(doc.text, plausible, seed)
    sections = tuple(_section_language(doc, s, lang, plausible, seed) for s in doc.sections)
    return replace(doc, language=lang, language_confidence=conf, sections=sections)


def _section_language(doc: Document, section: Section, default: str | None,
                      plausible: Sequence[str], seed: int) -> Section:
    body = doc.text[section.start:section.end]
    if len(body) < MIN_CHARS or not _in_doubt(body, default, plausible):
        return replace(section, language=default)
    lang, _ = detect(body, plausible, seed)
    return replace(section, language=lang or default)


@functools.cache
def _own_function_words(plausible: tuple[str, ...]) -> dict[str, frozenset[str]]:
    """Each language's function words that no other plausible language lists ("la" and
    "de" say nothing between French and Spanish)."""
    listed = {lang: frozenset(w.lower() for w in words(lang, "language", "function_words"))
              for lang in plausible}
    return {lang: ws - frozenset().union(*(o for l, o in listed.items() if l != lang))
            for lang, ws in listed.items()}


def _in_doubt(text: str, default: str | None, plausible: Sequence[str]) -> bool:
    """Whether ``text`` may be in another language than ``default``: not when the
    default's own function words are many and far outnumber every other language's."""
    own = _own_function_words(tuple(plausible))
    if default not in own or not own[default]:
        return True
    counts = dict.fromkeys(own, 0)
    for token in _WORD.findall(text.lower()):
        for lang, ws in own.items():
            if token in ws:
                counts[lang] += 1
    others = max((n for lang, n in counts.items() if lang != default), default=0)
    return counts[default] < SURE_WORDS or counts[default] < SURE_RATIO * others


def _extract(doc: Document, found) -> Document:
    return document_to_language(doc)


# Sets the language every later extractor reads, on the Document itself.
EXTRACTOR = Extractor(NAME, VERSION, needs=(), gives=DOCUMENT, run=_extract)
