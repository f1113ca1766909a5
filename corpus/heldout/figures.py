"""Figures and dates of the held-out reports, read as they are written in each language."""
from __future__ import annotations

import datetime as dt
import re

from corpus.common import MONTHS, WEEKDAYS


def number(s: str, lang: str) -> float:
    """A figure as printed in this report's language -> float."""
    t = s.replace("\u00a0", " ").strip()
    if lang == "en":
        t = t.replace(",", "")
    elif lang == "es":
        t = t.replace(".", "").replace(",", ".")
    else:   # fr: thin/normal space thousands, comma decimals
        t = t.replace(" ", "").replace(",", ".")
    return float(t.replace(" ", ""))


def read_date(s: str, lang: str) -> tuple[dt.date, int | None]:
    """(date, weekday index or None) of a written date in any order of its parts."""
    low = s.lower()
    num = re.search(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b", low)      # dd/mm/yyyy, day first
    if num:
        day, mon, year = (int(g) for g in num.groups())
        wd = next((i for i, w in enumerate(WEEKDAYS[lang]) if re.search(rf"\b{w}\b", low)),
                  None)
        return dt.date(year, mon, day), wd
    month = next(i for i, m in enumerate(MONTHS[lang], 1) if re.search(rf"\b{m}\b", low))
    year = int(re.search(r"\b(\d{4})\b", low).group(1))
    day = int(re.search(r"\b(\d{1,2})\b(?!\d)", low.replace(str(year), "")).group(1))
    wd = next((i for i, w in enumerate(WEEKDAYS[lang]) if re.search(rf"\b{w}\b", low)), None)
    return dt.date(year, month, day), wd
