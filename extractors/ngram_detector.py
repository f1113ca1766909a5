"""langdetect's detector with its hot loops rewritten: the same n-grams, the same random
draws and the same floating-point operations in the same order, so the same
probabilities to the last bit (tests/test_ngram_detector.py compares them with
langdetect's own), in about a third of the time.

langdetect 1.0.9 normalises and slides its n-gram window one character at a time
through method calls, and multiplies the 55 languages' probabilities in an indexed
loop; here each distinct character is normalised once (a cache shared by every call)
and the products are one list comprehension."""

from __future__ import annotations

_NORMALISED: dict[str, str] = {}     # character -> langdetect's NGram.normalize of it


def text_to_probabilities(text: str, seed: int | None) -> list:
    """langdetect's ``detect_langs(text)`` with ``DetectorFactory.seed = seed``: the
    sorted list of ``Language(lang, prob)``; raises LangDetectException as it does."""
    from langdetect import detector_factory
    detector_factory.init_factory()
    factory = detector_factory._factory
    detector = _fast_detector_class()(factory)
    detector.seed = seed
    detector.append(text)
    return detector.get_probabilities()


_CLASS: list = []


def _fast_detector_class():
    """The Detector subclass, built on first use (langdetect is imported lazily)."""
    if _CLASS:
        return _CLASS[0]
    from langdetect.detector import Detector
    from langdetect.lang_detect_exception import ErrorCode, LangDetectException

    class FastDetector(Detector):
        def _extract_ngrams(self):
            return text_to_ngrams(self.text, self.word_lang_prob_map)

        def _detect_block(self):
            self.cleaning_text()
            ngrams = self._extract_ngrams()
            if not ngrams:
                raise LangDetectException(ErrorCode.CantDetectError, 'No features in text.')
            self.langprob = _trials(self, ngrams)

    _CLASS.append(FastDetector)
    return FastDetector


def _trials(detector, ngrams: list[str]) -> list[float]:
    """langdetect's ``_detect_block`` after the n-grams: ``n_trial`` random walks over
    them, each stopped when one language passes CONV_THRESHOLD (checked every 5 steps)."""
    word_probs, rnd, n_langs = detector.word_lang_prob_map, detector.random, len(detector.langlist)
    choice, limit, threshold = rnd.choice, detector.ITERATION_LIMIT, detector.CONV_THRESHOLD
    langprob = [0.0] * n_langs
    rnd.seed(detector.seed)
    for _ in range(detector.n_trial):
        prob = (list(detector.prior_map) if detector.prior_map is not None
                else [1.0 / n_langs] * n_langs)
        alpha = detector.alpha + rnd.gauss(0.0, 1.0) * detector.ALPHA_WIDTH
        weight = alpha / detector.BASE_FREQ
        i = 0
        while True:
            prob = [p * (weight + q) for p, q in zip(prob, word_probs[choice(ngrams)])]
            if i % 5 == 0:
                sump = sum(prob)
                prob = [p / sump for p in prob]
                if max(prob) > threshold or i >= limit:
                    break
            i += 1
        for j in range(n_langs):
            langprob[j] += prob[j] / detector.n_trial
    return langprob


def text_to_ngrams(text: str, known) -> list[str]:
    """The 1-, 2- and 3-grams of ``text`` that ``known`` holds, in langdetect's order:
    its NGram window (reset at each space, skipped inside words of capitals)."""
    normalised = _normaliser(text)
    result: list[str] = []
    append = result.append
    grams, capital = " ", False
    for raw in text:
        ch = normalised[raw]
        last = grams[-1]
        if last == " ":
            grams, capital = " ", False
            if ch == " ":
                continue
        elif len(grams) >= 3:
            grams = grams[1:]
        grams += ch
        if ch.isupper():
            if last.isupper():
                capital = True
        else:
            capital = False
        if capital:
            continue
        if ch != " " and ch in known:       # the 1-gram
            append(ch)
        size = len(grams)
        if size >= 2:
            w = grams[-2:]
            if w in known:
                append(w)
            if size >= 3:
                w = grams[-3:]
                if w in known:
                    append(w)
    return result


def _normaliser(text: str) -> dict[str, str]:
    """The shared cache of normalised characters, completed for ``text``."""
    missing = set(text).difference(_NORMALISED)
    if missing:
        from langdetect.utils.ngram import NGram
        for ch in missing:
            _NORMALISED[ch] = NGram.normalize(ch)
    return _NORMALISED
