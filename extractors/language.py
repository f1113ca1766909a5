"""Language of a document and of each of its sections.

langdetect (seeded, so runs are deterministic) judges text long enough to be
reliable; its probabilities are restricted to the plausible languages of the
archive (by default the lexicon's: fr/en/es) when one of them is close, so a
heading such as "Total 2021" is never called Catalan. Short sections inherit the document's
language. Languages outside the plausible set are reported as they are when
langdetect is confident.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from pipeline.lexicon import languages
from pipeline.protocol import DOCUMENT, Extractor
from pipeline.records import Document, Section

NAME = "language"
VERSION = "1.0"

MIN_CHARS = 200          # below this, langdetect is unreliable: inherit instead
SAMPLE_CHARS = 20_000    # enough to decide a document; keeps long reports cheap
OTHER_MIN_PROB = 0.90    # a language outside the plausible set must be this sure


def detect(text: str, plausible: Sequence[str] | None = None,
           seed: int = 0) -> tuple[str | None, float]:
    """(language, confidence) of ``text``; (None, 0.0) when there is nothing to judge.
    ``plausible`` defaults to the supported languages (the lexicon's files)."""
    plausible = languages() if plausible is None else plausible
    sample = " ".join(text[:SAMPLE_CHARS].split())
    letters = sum(c.isalpha() for c in sample)
    if letters < 20:
        return None, 0.0
    from langdetect import DetectorFactory, detect_langs
    from langdetect.lang_detect_exception import LangDetectException
    DetectorFactory.seed = seed  # langdetect is random unless seeded
    try:
        probs = detect_langs(sample)
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
    if len(body) < MIN_CHARS:
        return replace(section, language=default)
    lang, _ = detect(body, plausible, seed)
    return replace(section, language=lang or default)


def _extract(doc: Document, found) -> Document:
    return document_to_language(doc)


# Sets the language every later extractor reads, on the Document itself.
EXTRACTOR = Extractor(NAME, VERSION, needs=(), gives=DOCUMENT, run=_extract)
