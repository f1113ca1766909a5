"""The number grammar of amounts: separators, the figure regex and the value of a figure."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from babel.numbers import get_decimal_symbol

from pipeline.lexicon import languages

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


def _number(text: str, decimal: str | None, multiplied: bool) -> Decimal | None:
    """The value of a written figure, separators resolved as the package doc says."""
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


_PLAIN_NUMBER = re.compile(f"(?P<neg>[-−–(])?[{_SEP_SPACE}]*(?P<n>{_NUMBER})\\)?")


def parse_number(text: str, lang: str | None) -> float | None:
    """The value of a bare figure ("1 234", "12,5", "1.234.567", "(300)" = -300) with the
    separator rules of this package, else None (words, dashes, empty)."""
    m = _PLAIN_NUMBER.fullmatch(text.strip())
    if m is None:
        return None
    dec = get_decimal_symbol(locale=lang) if lang in languages() else None
    value = _number(m.group("n"), dec, False)
    if value is None:
        return None
    return -float(value) if m.group("neg") else float(value)
