#!/usr/bin/env python3
"""Build the SECOND held-out corpus: four invented reports (16-19) with gold, never tuned on.

Usage:  python corpus/build_heldout2.py            render, verify, then write PDFs + gold
        python corpus/build_heldout2.py --lines 18 also print the line layout of the
                                                     reports whose name contains "18"

Reports 01-11 (build.py) and then the first held-out set 12-15 (build_heldout.py) have all
been used to tune the extractors, so none of them measures generalisation any more.  These
four were written afterwards, from scratch, in styles the corpus does not have yet: a
UN-style summary record (16), a Costa Rican municipal acta (17), a French scientific council
(18) and a museum's board of trustees (19); they brought tables continued across a page
break (header repeated), flag evidence read from table cells, and the CHF / CRC currencies.

The reports are corpus/reports/r16_*.py to r19_*.py; corpus/heldout/ renders, checks and
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
    r"(?:US\$|\$|€|£|₡)\s?\d",
    r"\b(?:USD|EUR|GBP|CHF|CRC|Fr\.)\s?\d",
    r"\d[\d.,  ]*\s?(?:€|\$|£|₡|k€|M€)",
    r"\d[\d.,  ]*\s?(?:million|millions|millones|millón|mil)?\s?(?:d'euros|euros|de euros|"
    r"colones|de colones|francs|Swiss francs|dollars|pounds)\b",
]

INTRO = [
    "## Held-out reports 16-19 (second generalisation test)",
    "",
    "Built by `python corpus/build_heldout2.py` (the held-out renderer and markup of",
    "`heldout/`, extended for it with tables continued across a page break, flag evidence",
    "in table cells and the CHF / CRC currencies; same guarantees: deterministic bytes, every",
    "gold string re-read with pdfplumber on its gold page before anything is written).",
    "Reports 01-11 and then 12-15 have all been used to tune the extractors, so they no",
    "longer measure generalisation. These four were **written after reports 12-15 had been",
    "tuned on**, from scratch, in styles the corpus did not have, and have not been used to",
    "tune anything: their scores measure how the pipeline generalises. Keep it that way: a",
    "change made to fix a miss on 16-19 turns them into tuning data too.",
    "",
]

CONVENTIONS = [
    "",
    "Conventions specific to these reports (otherwise as above): in report 16 people are",
    "written by honorific and family only ('Mr. Lindqvist'), so name and family are those",
    "words; delegations speaking without a name ('The representative of Brazil') are not",
    "people in the gold; 'The Committee took note of …' is recorded as `agreed` (a decision",
    "that approves nothing); document symbols 'SCF/5/n' give refs `5/n` (body tag dropped).",
    "In report 17 the decision is the 'Se somete a votación …' sentence and its outcome",
    "comes from the closing word ('Aprobado.' / 'Aprobada.' → approved, 'Rechazada.' →",
    "rejected); 'Se acuerda aplazar' → postponed; '₡' is the Costa Rican colón (`CRC`);",
    "'Doña Xinia' (no family name given) has family 'Xinia'. In report 18 'émet un avis",
    "favorable' → approved, 'avis défavorable' → rejected, 'Le point est reporté' →",
    "postponed; the year_mismatch quotes the table cell 'Total 2023'. In report 19",
    "'Dame Imogen' and 'Sir Marcus' are Thackeray and Everingham; 'was not carried' →",
    "rejected; papers 'TB 58-n' give refs `58-n`; the schedule continued across the page",
    "break has one gold table entry per page, the header row repeated on each. Note:",
    "`build.py` rewrites README.md from scratch; `build_all.py` then re-runs the held-out",
    "builders to restore their sections.",
]

SET = HeldOutSet(
    reports=reports.numbered(16, 19),
    producer="minutes held-out corpus builder (set 2)",
    currencies=frozenset({"USD", "EUR", "GBP", "CHF", "CRC"}),
    money=MONEY,
    readme_begin="<!-- held-out-2: begin (written by corpus/build_heldout2.py) -->",
    readme_end="<!-- held-out-2: end -->",
    intro=INTRO,
    conventions=CONVENTIONS,
    after="<!-- held-out: end -->",          # below the previous set's section
)


def main(argv, out: Path = HERE, verify: bool = True):
    build_set(SET, argv, out, verify)


if __name__ == "__main__":
    main(sys.argv[1:])
