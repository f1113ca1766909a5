"""langdetect's detector with its hot loops rewritten: the same n-grams, the same random
draws and the same floating-point operations in the same order, so the same
probabilities to the last bit (tests/test_ngram_detector.py compares them with
langdetect's own), in about a third of the time.

langdetect 1.0.9 normalises and slides its n-gram window one character at a time
through method calls, and multiplies the 55 languages' probabilities in an indexed
loop; here each distinct character is normalised once and each distinct word's n-grams
found once (caches shared by every call), and the products are one list comprehension."""

from __future__ import annotations

import re


def text_to_probabilities(text: str, seed: int | None) -> list:
    """langdetect's ``detect_langs(text)`` with ``DetectorFactory.seed = seed``: the
    sorted list of ``Language(lang, prob)``; raises LangDetectException as it does."""
    detector = _fast_detector_class()(_profiles())
    detector.seed = seed
    detector.append(text)
    return detector.get_probabilities()


_CLASS: list = []
_PROFILES: list = []


class _Profiles:
    """langdetect's ``DetectorFactory`` as ``init_factory`` loads it (its 55 profiles, in
    its order), each n-gram's row of probabilities worked out on first use: langdetect
    builds all 87,598 rows at load (~0.5 CPU-s), a document needs a few thousand."""
    seed = None

    def __init__(self) -> None:
        import json
        import os
        from langdetect.detector_factory import PROFILES_DIRECTORY
        files = os.listdir(PROFILES_DIRECTORY)
        self.langlist: list[str] = []
        profiles = []
        for name in files:                          # langdetect's order and row size
            path = os.path.join(PROFILES_DIRECTORY, name)
            if name.startswith(".") or not os.path.isfile(path):
                continue
            with open(path, encoding="utf-8") as f:
                data = json.load(f)
            self.langlist.append(data["name"])
            profiles.append((data["freq"], data["n_words"]))
        self.word_lang_prob_map = _Rows(profiles, len(files))


class _Rows(dict):
    """n-gram -> its probability in each language, as ``DetectorFactory.add_profile``
    computes it (the same division), built the first time the n-gram is looked up."""

    def __init__(self, profiles: list[tuple[dict, list]], size: int) -> None:
        super().__init__()
        self._profiles, self._size = profiles, size
        self._known = frozenset().union(*(freq for freq, _ in profiles))

    def __contains__(self, word) -> bool:
        return word in self._known

    def __missing__(self, word: str) -> list[float]:
        if word not in self._known:
            raise KeyError(word)
        row = [0.0] * self._size
        length = len(word)
        if 1 <= length <= 3:
            for index, (freq, n_words) in enumerate(self._profiles):
                count = freq.get(word)
                if count is not None:
                    row[index] = 1.0 * count / n_words[length - 1]
        self[word] = row
        return row


def _profiles() -> _Profiles:
    if not _PROFILES:
        _PROFILES.append(_Profiles())
    return _PROFILES[0]
_SPACES = re.compile("  +")
_LATIN = re.compile("[A-z]")                      # langdetect's 'A' <= ch <= 'z'
# every character from U+0300: langdetect means to leave out Latin Extended Additional,
# but compares its block number with a block name, so it never does
_NON_LATIN = re.compile("[\u0300-\U0010ffff]")


def _fast_detector_class():
    """The Detector subclass, built on first use (langdetect is imported lazily)."""
    if _CLASS:
        return _CLASS[0]
    from langdetect.detector import Detector
    from langdetect.lang_detect_exception import ErrorCode, LangDetectException
    from langdetect.utils.ngram import NGram

    class FastDetector(Detector):
        def append(self, text):
            text = self.URL_RE.sub(' ', text)
            text = self.MAIL_RE.sub(' ', text)
            text = NGram.normalize_vi(text)    # then a run of spaces kept as one:
            self.text += _SPACES.sub(' ', text[:self.max_text_length])

        def cleaning_text(self):
            latin = len(_LATIN.findall(self.text))
            if latin * 2 < len(_NON_LATIN.findall(self.text)):
                self.text = _LATIN.sub('', self.text)

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
    """The 1-, 2- and 3-grams of ``text`` that ``known`` holds, in langdetect's order.
    Its NGram window is reset at each space, so the n-grams of a word never depend on
    the words before it: each distinct word is worked out once (``_word_grams``)."""
    if _WORDS_OF[0] is not known or len(_WORDS) > _MAX_WORDS:
        _WORDS.clear()
        _WORDS_OF[0] = known
    parts = text.translate(_NORMALISED_CODES).split(" ")
    last = len(parts) - 1
    result: list[str] = []
    extend = result.extend
    for k, word in enumerate(parts):
        if word:
            grams = _WORDS.get(word)
            if grams is None:
                grams = _WORDS[word] = _word_grams(word, known)
            extend(grams[0])
            if k < last:            # the space after the word
                extend(grams[1])
    return result


_WORDS: dict[str, tuple[list[str], list[str]]] = {}
_WORDS_OF: list = [None]       # the n-gram table the cached words were looked up in
_MAX_WORDS = 200_000


def _word_grams(word: str, known) -> tuple[list[str], list[str]]:
    """A word's known n-grams (langdetect's window from the space before it; none while
    inside a run of capitals), and those the space after it adds."""
    padded = " " + word
    body: list[str] = []
    capital, previous = False, " "
    for k, ch in enumerate(word):
        if ch.isupper():
            if previous.isupper():
                capital = True
        else:
            capital = False
        previous = ch
        if capital:
            continue
        if ch in known:
            body.append(ch)
        if padded[k:k + 2] in known:
            body.append(padded[k:k + 2])
        if k and padded[k - 1:k + 2] in known:
            body.append(padded[k - 1:k + 2])
    tail = [w for w in (word[-1] + " ", (padded + " ")[-3:]) if w in known]
    return body, tail


class _NormalisedCodes(dict):
    """``str.translate`` table: each character to langdetect's ``NGram.normalize`` of it,
    worked out the first time it is met."""

    def __missing__(self, code: int) -> str:
        from langdetect.utils.ngram import NGram
        self[code] = NGram.normalize(chr(code))
        return self[code]


_NORMALISED_CODES = _NormalisedCodes()
