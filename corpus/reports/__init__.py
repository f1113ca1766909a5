"""The invented reports of the corpus, one data module per report (its text with inline
markup, people, flags and look-alikes); 01-11 use corpus.tuning, 12-23 corpus.heldout."""
from __future__ import annotations

import importlib
from pathlib import Path


def numbered(first: int, last: int) -> list:
    """The REPORT of each module rNN_*.py with first <= NN <= last, in number order."""
    names = sorted(p.stem for p in Path(__file__).parent.glob("r[0-9][0-9]_*.py"))
    return [importlib.import_module(f"{__name__}.{n}").REPORT
            for n in names if first <= int(n[1:3]) <= last]
