"""``fold`` gives what the plain definition gives (NFKD, combining marks dropped,
apostrophe, whitespace collapsed, lower case) on invented fr/en/es text and oddities."""

import unicodedata

from pipeline.text import _WS, fold


def _plain_fold(text):
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _WS.sub(" ", stripped.replace("’", "'")).strip().lower()


def test_fold_matches_plain_definition():
    samples = [
        "", "   ", "Plain ASCII  Minutes\\tof the\\nMeeting ",
        "Délibération n° 2024-12 : l’assemblée a ÉLU Mme Hélène Çelik",
        "Acta de la sesión: el Señor Muñoz, ﬁnanzas ½ — “aprobado”",
        "Ǆemal Ǳ ﬀ ① ㎏ e\\u0301\\u0327 \\u00a0\\u202f x",
        "Ελληνικά Ἀθῆναι, русский й, 日本語, 한국어, ﬁn",
    ]
    for text in samples:
        assert fold(text) == _plain_fold(text), text
    assert fold("Élu À l’unanimité") == "elu a l'unanimite"


def test_fold_every_bmp_character():
    text = "".join(chr(c) for c in range(0x20, 0x3000) if not 0xD800 <= c <= 0xDFFF)
    for i in range(0, len(text), 97):
        chunk = text[i:i + 97]
        assert fold(chunk) == _plain_fold(chunk)
