"""spaCy's statistical NER, loaded once per language, asked whether a span is a person."""

from __future__ import annotations

import functools

import extractors.lean_spacy  # noqa: F401  (spaCy imported without its CLI, before any spacy import)
from spacy.language import Language

from pipeline.lexicon import words
from pipeline.regexcache import large_patterns_cached

_PERSON_LABELS = ("PER", "PERSON")        # the person label of the French and English models


@functools.cache
def _ner(lang: str) -> Language | None:
    """The statistical NER of ``lang`` (only its tokenizer and ner), or None. Loaded with
    its language data's large patterns (the French tokenizer exceptions' 1.45 MB
    ``token_match``) from the machine's compiled-pattern cache (pipeline/regexcache.py)."""
    import spacy
    # lexicon [language]: the models to try (the English one is also published under a
    # second import name) and the pipes NER does not need
    exclude = list(words(lang, "language", "spacy_exclude"))
    for name in words(lang, "language", "spacy_models"):
        try:
            with large_patterns_cached():
                return spacy.load(name, exclude=exclude)
        except OSError:
            continue
    return None


def _ner_says_person(text: str, start: int, end: int, lang: str) -> bool:
    """Whether spaCy's NER (when ``lang`` has a model) reads ``text[start:end]`` as a person."""
    nlp = _ner(lang)
    if nlp is None:
        return False
    lo, hi = max(0, start - 80), min(len(text), end + 80)
    d = nlp(text[lo:hi])
    return any(e.label_ in _PERSON_LABELS and e.start_char <= start - lo + 1
               and end - lo - 1 <= e.end_char for e in d.ents)


def _ner_covers_person(nlp: Language, text: str, start: int, end: int) -> bool:
    """Whether ``nlp``'s NER reads a person spanning all of ``text[start:end]`` (read in a
    window of 80 characters either side)."""
    lo, hi = max(0, start - 80), min(len(text), end + 80)
    d = nlp(text[lo:hi])
    return any(e.label_ in _PERSON_LABELS and e.start_char <= start - lo
               and end - lo <= e.end_char for e in d.ents)


# Windows the NER reads at once: the model's activations for a batch are all in memory
# (the models' default of 256 windows peaked ~130 MiB above the model; 32: ~25 MiB, same
# CPU time); each window is read on its own, so the batch does not change what it finds.
_BATCH = 32


def people_named(nlp: Language, text: str, spans: list[tuple[int, int]]) -> list[bool]:
    """For each span, whether the NER reads a person spanning all of it (in batches)."""
    windows = [(max(0, a - 80), min(len(text), b + 80)) for a, b in spans]
    docs = nlp.pipe((text[lo:hi] for lo, hi in windows), batch_size=_BATCH)
    out = []
    for (a, b), (lo, _), d in zip(spans, windows, docs):
        out.append(any(e.label_ in _PERSON_LABELS and e.start_char <= a - lo and b - lo <= e.end_char
                       for e in d.ents))
    return out
