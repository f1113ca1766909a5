#!/usr/bin/env python3
"""Build the HELD-OUT corpus: four invented reports (12-15) with gold, never used for tuning.

Usage:  python corpus/build_heldout.py            render, verify, then write PDFs + gold
        python corpus/build_heldout.py --lines 13 also print the line layout of the
                                                    reports whose name contains "13"

The extractors were tuned on reports 01-11 (built by build.py).  These four were written
afterwards, from scratch, in styles the tuning corpus does not have, so that their scores
measure generalisation.

The reports are corpus/reports/r12_*.py to r15_*.py; corpus/heldout/ renders, checks and
writes them, as it does every held-out set.  Every body, person, figure and sentence is
invented.
"""
from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):        # run as a script: the project root on the path, not corpus/
    sys.path[0] = str(Path(__file__).resolve().parents[1])

from corpus import reports                                      # noqa: E402
from corpus.common import HERE                                  # noqa: E402
from corpus.heldout.build import HeldOutSet, build_set          # noqa: E402

# Currency-looking figures; any match outside an amount span is an unannotated amount.
MONEY = [
    r"(?:US\$|\$|€|£)\s?\d",
    r"\b(?:USD|EUR|GBP|COP)\s?\d",
    r"\d[\d.,  ]*\s?(?:€|\$|£|k€)",
    r"\d[\d.,  ]*\s?(?:million|millions|millones|mil)?\s?(?:d'euros|euros|de euros|pesos|dollars)\b",
]

INTRO = [
    "## Held-out reports 12-15 (generalisation test)",
    "",
    "Built by `python corpus/build_heldout.py`, with the held-out renderer and markup",
    "(`heldout/`, not build.py's; same gold format, same guarantees: deterministic bytes,",
    "every gold string re-read with pdfplumber on its gold page before anything is",
    "written). These four reports were **written after the extractors had been tuned on",
    "reports 01-11** and have not been used to tune anything: their scores measure how the",
    "pipeline generalises to styles the tuning corpus does not have. Keep it that way: a",
    "change made to fix a miss on 12-15 turns them into tuning data, and a new held-out set",
    "is then needed.",
    "",
]

CONVENTIONS = [
    "",
    "Conventions specific to these reports (otherwise as above): in report 12 the",
    "decision label 'Decision EC-43/2' is the decision's own number, not a ref; refs are the",
    "documents cited ('document EC-43/3' → `43/3`, body tag dropped as for 'CA 5-0'). In",
    "report 13 a délibération's outcome follows its verb ('adopte' → adopted, 'autorise' →",
    "approved, 'décide de reporter' → postponed, 'est rejetée' → rejected); the closing",
    "'Adoptée à l'unanimité' is the vote on it. In report 14 '$' is the Colombian peso",
    "(`COP`), as a careful reader in Colombia takes it; the amount in words in brackets is",
    "the same amount (one gold item). Report 15's meeting date keeps the written",
    "2023-10-14 despite its wrong weekday. Note: `build.py` rewrites README.md from",
    "scratch; `build_all.py` then re-runs the held-out builders to restore their sections.",
]

SET = HeldOutSet(
    reports=reports.numbered(12, 15),
    producer="minutes held-out corpus builder",
    currencies=frozenset({"USD", "EUR", "GBP", "COP"}),
    money=MONEY,
    readme_begin="<!-- held-out: begin (written by corpus/build_heldout.py) -->",
    readme_end="<!-- held-out: end -->",
    intro=INTRO,
    conventions=CONVENTIONS,
)


def main(argv, out: Path = HERE, verify: bool = True):
    build_set(SET, argv, out, verify)


if __name__ == "__main__":
    main(sys.argv[1:])
