#!/usr/bin/env python3
"""Build the LOOK-ALIKE set: three invented reports (24-26, fr/en/es) that plant the four
false-alarm classes of issue 12 beside real slips of the same kinds, with gold.

Usage:  python corpus/build_lookalikes.py            render, verify, then write PDFs + gold
        python corpus/build_lookalikes.py --lines 25 also print the line layout of the
                                                      reports whose name contains "25"

Each report is the next meeting of a body the corpus already has (reports 09-10, 20 and 14),
because `cross_meeting_date_mismatch` compares what a report says of an earlier meeting with
that meeting's own report. Look-alikes (gold `not_flags`): a past year's budget, plan or
report recalled inside the next year's section; a chair who left before the close, said so;
an earlier meeting named in the same sentence as the date of something else it decided;
capitals that are no body's acronym ('RAS', 'assurance RC', '12.40 PM', 'UTC', 'TBC',
'CDT', 'IPC') beside a body whose acronym is their anagram. Slips (gold `flags`): an
earlier meeting given a wrong date, a plan or report adopted with last year's year, one
body under two anagram acronyms, and a change of chair with no reason given.

The reports are corpus/reports/r24_*.py to r26_*.py; corpus/heldout/ renders, checks and
writes them, as it does every held-out set. Every person, figure and sentence is invented.
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
    r"\b(?:USD|EUR|GBP|XOF|COP|FCFA)\s?\d",
    r"\d[\d.,  ]*\s?(?:€|\$|£|k€|M€|m€|FCFA)",
    r"\d[\d.,  ]*\s?(?:million|millions|milliard|milliards|millones|millón|mil|m|bn)?\s?"
    r"(?:d'euros|euros|de euros|francs CFA|de francs CFA|pesos|de pesos|dollars|pounds)\b",
]

INTRO = [
    "## Look-alike reports 24-26 (issue 12's false alarms beside real slips)",
    "",
    "Built by `python corpus/build_lookalikes.py` (the held-out renderer and markup of",
    "`heldout/`; same guarantees: deterministic bytes, every gold string re-read with",
    "pdfplumber before anything is written). Each report is the next meeting of a body the",
    "corpus already has (reports 09-10, 20 and 14), so the cross-meeting check has the",
    "quoted meeting's own report to compare with. They plant the four classes of false",
    "alarm of issue 12 as gold `not_flags` (a past year's budget, plan or report recalled",
    "in the next year's section; a chair who left before the close; an earlier meeting",
    "named beside the date of another event; capitals that are no body's acronym) beside",
    "real slips of the same kinds (gold `flags`), so both precision and recall are measured.",
    "They were written to tune the checks on: they are tuning data, not a held-out set.",
    "",
]

CONVENTIONS = [
    "",
    "Conventions specific to these reports (otherwise as above): a `not_flags` entry's",
    "evidence is what a false flag would quote (for a date: the other event's date; for an",
    "acronym: the spelled-out body and the capitals taken for its anagram; for a chair: the",
    "two names). One chair per report opens and closes, so the chair class has one case per",
    "report (two look-alikes, one slip). In report 25 '9.00 AM – 5.05 PM' are times; in",
    "report 26 '$' is the Colombian peso (`COP`), as in report 14.",
]

SET = HeldOutSet(
    reports=reports.numbered(24, 26),
    producer="minutes look-alike corpus builder",
    currencies=frozenset({"USD", "EUR", "GBP", "XOF", "COP"}),
    money=MONEY,
    readme_begin="<!-- look-alikes: begin (written by corpus/build_lookalikes.py) -->",
    readme_end="<!-- look-alikes: end -->",
    intro=INTRO,
    conventions=CONVENTIONS,
    after="<!-- held-out-3: end -->",          # below the previous set's section
)


def main(argv, out: Path = HERE, verify: bool = True):
    build_set(SET, argv, out, verify)


if __name__ == "__main__":
    main(sys.argv[1:])
