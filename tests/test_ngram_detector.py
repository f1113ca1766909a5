"""The fast n-gram detector gives langdetect's own probabilities, bit for bit."""

import pytest

pytest.importorskip("langdetect")

from langdetect import DetectorFactory, detect_langs
from langdetect.lang_detect_exception import LangDetectException

from extractors.ngram_detector import text_to_ngrams, text_to_probabilities

TEXTS = [
    "Le conseil municipal, réuni en séance ordinaire, a approuvé à l'unanimité le "
    "budget primitif de l'exercice et les tarifs de la cantine scolaire.",
    "The committee RESOLVED that the annual report be received, and that the Clerk "
    "write to the County Council about the footpath near the old mill.",
    "La junta de gobierno local aprobó por mayoría la adjudicación del contrato de "
    "limpieza viaria; el señor alcalde levantó la sesión a las 21:30 horas.",
    "Vote: POUR 12, CONTRE 3 — see https://example.org/a?b=1 or mail x.y@example.org. "
    "Straße, Ærø, ŞTIINŢĂ, ș ț, Ελληνικά, русский, 日本語のテキスト, ひらがな, 한국어.",
    "AAA BBB CCC DDD ábc  ÉCOLE  École   x",
    "  a  I x ABc AbC aBC ABCd a.b,c DÉLIBÉRATION n°12 O'Neil McDONALD   ",
    "Việt Nam có nhiều tỉnh thành ở đồng bằng, ừ ạ ặ ẩ ẫ", "Москва и Киев abc def",
    "日本語のテキストです。 English words mixed in here", "عربي یک متن",
    "Z", " Z ", "ab", "abc ", "  ", "İstanbul ǅ ǈ ß ẞ ΣΑΣ",
]


def _langdetect(text, seed):
    DetectorFactory.seed = seed
    try:
        return [(p.lang, p.prob) for p in detect_langs(text)]
    except LangDetectException as exc:
        return ("error", exc.code)


def _fast(text, seed):
    try:
        return [(p.lang, p.prob) for p in text_to_probabilities(text, seed)]
    except LangDetectException as exc:
        return ("error", exc.code)


@pytest.mark.parametrize("text", TEXTS + ["", "123 456 -- !!"])
@pytest.mark.parametrize("seed", [0, 7])
def test_same_probabilities_as_langdetect(text, seed):
    assert _fast(text, seed) == _langdetect(text, seed)


def test_ngrams_as_langdetect():
    from langdetect import detector_factory
    detector_factory.init_factory()
    detector = detector_factory._factory.create()
    for text in TEXTS + [t.lower() for t in TEXTS] + [t.upper() for t in TEXTS]:
        detector.text = text
        assert text_to_ngrams(text, detector.word_lang_prob_map) == detector._extract_ngrams()


def test_same_on_real_text():
    from pathlib import Path
    pdfium = pytest.importorskip("pypdfium2")
    corpus = sorted(Path(__file__).resolve().parents[1].glob("corpus/*.pdf"))[:6]
    if not corpus:
        pytest.skip("no corpus reports")
    for path in corpus:
        pdf = pdfium.PdfDocument(path.read_bytes())
        text = " ".join(pdf[0].get_textpage().get_text_range().split())
        pdf.close()
        assert _fast(text, 0) == _langdetect(text, 0), path.name
