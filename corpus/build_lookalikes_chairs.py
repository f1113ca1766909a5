#!/usr/bin/env python3
"""Build the CHAIR look-alike set: six short invented reports (27-32, two per language)
in which someone other than the opener closes the meeting and the report says why, or the
opening is shared or delegated, beside one real change of chair with no reason given.

Usage:  python corpus/build_lookalikes_chairs.py            render, verify, write PDFs + gold
        python corpus/build_lookalikes_chairs.py --lines 30 also print the line layout of
                                                             the reports whose name has "30"

Issue 12 asks for at least eight planted look-alikes per class of false alarm; reports 24
and 26 hold two for `chair_mismatch`, these six hold the rest, each phrased differently:
an ill Président ('souffrant, n'ayant pu assister à la fin des débats'), two coprésidents
opening together, a Chair with 'a train to catch', a Chair 'in the absence of' whom the
Vice-Chair opens, a Presidente with 'otro compromiso', a Presidenta excused so that the
Vicepresidente presides from the start. Report 30 also plants a real slip: the Vice-Chair
opens and another member closes with no reason given. corpus/heldout/ renders, checks and
writes them, as it does every held-out set. Every person, figure and sentence is invented.
"""
from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):        # run as a script: the project root on the path, not corpus/
    sys.path[0] = str(Path(__file__).resolve().parents[1])

from corpus import reports                                      # noqa: E402
from corpus.build_lookalikes import MONEY                       # noqa: E402
from corpus.common import HERE                                  # noqa: E402
from corpus.heldout.build import HeldOutSet, build_set          # noqa: E402

INTRO = [
    "## Chair look-alike reports 27-32 (issue 12's `chair_mismatch` false alarms)",
    "",
    "Built by `python corpus/build_lookalikes_chairs.py` (the held-out renderer and markup",
    "of `heldout/`; same guarantees). Six short minutes of new bodies, two per language,",
    "each with one chair look-alike (gold `not_flags`) phrased differently from the others",
    "and from reports 24 and 26: a chair taken ill, two co-chairs opening together, a chair",
    "with a train to catch, a vice-chair opening in the chair's absence, a chair with",
    "another engagement, a vice-chair presiding from the start and closing. Report 30 also",
    "plants a real change of chair with no reason given (gold `flags`), so recall stays",
    "measured. Tuning data, not a held-out set.",
    "",
]

CONVENTIONS = [
    "",
    "A chair `not_flags` entry's evidence is the two names a false flag would quote (the",
    "opener and the closer, or the excused chair and the vice-chair who opened). In report",
    "30 the chair's absence explains who opened, not who closed: the slip (the Vice-Chair",
    "opens, another member closes) has the closer's name as evidence, as in report 25.",
]

SET = HeldOutSet(
    reports=reports.numbered(27, 32),
    producer="minutes look-alike corpus builder",
    currencies=frozenset({"EUR", "GBP", "COP"}),
    money=MONEY,
    readme_begin="<!-- chair look-alikes: begin (written by corpus/build_lookalikes_chairs.py) -->",
    readme_end="<!-- chair look-alikes: end -->",
    intro=INTRO,
    conventions=CONVENTIONS,
    after="<!-- look-alikes: end -->",          # below the first look-alike set's section
)


def main(argv, out: Path = HERE, verify: bool = True):
    build_set(SET, argv, out, verify)


if __name__ == "__main__":
    main(sys.argv[1:])
