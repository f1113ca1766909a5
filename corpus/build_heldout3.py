#!/usr/bin/env python3
"""Build the THIRD held-out corpus: four invented reports (20-23) with gold, never tuned on.

Usage:  python corpus/build_heldout3.py            render, verify, then write PDFs + gold
        python corpus/build_heldout3.py --lines 21 also print the line layout of the
                                                     reports whose name contains "21"

Reports 01-11 (build.py), 12-15 (build_heldout.py) and 16-19 (build_heldout2.py) have all
been used to tune the extractors, so none of them measures generalisation any more.  These
four were written afterwards, from scratch, in styles the corpus does not have yet: the
minutes of an online Governing Council with RESOLVED / ACTION lines and numeric day-first
dates (20), a French "relevé de décisions" of a Bureau exécutif with FCFA amounts (21), a
Chilean cooperative's general assembly with pesos and UF (22) and an English
Extraordinary General Meeting of a Nigerian sports federation written in long reported
speech, with naira amounts (23); they brought a planted wrong total row in a table
(`bad_cols`), numeric dates (dd/mm/yyyy), and the XOF / CLP / NGN currencies.

The reports are corpus/reports/r20_*.py to r23_*.py; corpus/heldout/ renders, checks and
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
    r"(?:US\$|\$|€|£|₦)\s?\d",
    r"\b(?:USD|EUR|GBP|XOF|CLP|NGN|FCFA|N)\s?\d",
    r"\d[\d.,  ]*\s?(?:€|\$|£|k€|M€|m€|FCFA)",
    r"\d[\d.,  ]*\s?(?:million|millions|milliard|milliards|millones|millón|mil|m|bn)?\s?"
    r"(?:d'euros|euros|de euros|francs CFA|de francs CFA|pesos|de pesos|naira|dollars|pounds)\b",
]

INTRO = [
    "## Held-out reports 20-23 (third generalisation test)",
    "",
    "Built by `python corpus/build_heldout3.py` (the held-out renderer and markup of",
    "`heldout/`, extended for it with a planted wrong total row in a table, numeric",
    "day-first dates and the XOF / CLP / NGN currencies; same guarantees: deterministic",
    "bytes, every gold string re-read with pdfplumber on its gold page before anything is",
    "written). Reports 01-11, 12-15 and then 16-19 have all been used to tune the",
    "extractors, so they no longer measure generalisation. These four were **written after",
    "reports 16-19 had been tuned on**, from scratch, in styles the corpus did not have, and",
    "have not been used to tune anything: their scores measure how the pipeline",
    "generalises. Keep it that way: a change made to fix a miss on 20-23 turns them into",
    "tuning data too.",
    "",
]

CONVENTIONS = [
    "",
    "Conventions specific to these reports (otherwise as above): meetings held online",
    "(reports 20 and 21: 'via Microsoft Teams', 'visioconférence') have `place` null. In",
    "report 20 the date '10/04/2024' is read day-first (10 April 2024, as the header's",
    "'April 2024' confirms); 'RESOLVED: that the Council approves / adopts …' → approved /",
    "adopted, 'DEFERRED: … agreed to defer …' → postponed, 'AGREED: that …' → agreed,",
    "'… was not carried' → rejected; 'ACTION: …' lines, thanks and the observer's report",
    "of her agency's approval are not decisions; papers 'GC 14-n' give refs `14-n`;",
    "'Dr J.-P. Moreau' has family 'Moreau', 'Dr Saoirse Ní Bhriain' family 'Ní Bhriain'.",
    "In report 21 each 'Décision n :' is one decision ('valide' / 'approuve' / 'est",
    "maintenue' → approved, 'adopte' → adopted, 'reporte' → postponed, 'ne retient pas' →",
    "rejected), refs from the documents 'BE 27-n' of the item; 'francs CFA' → `XOF`;",
    "'M. Moussa dit Baba TRAORÉ' has family 'TRAORÉ'; the table_total_mismatch quotes the",
    "Total cell '47' (the rows add up to 45). In report 22 '$' is the Chilean peso (`CLP`)",
    "and the amount in words in brackets is the same amount (one gold item); 'UF 1.200'",
    "(unidades de fomento, an inflation-indexed unit of account, not a currency) is not an",
    "amount; 'autoriza' → approved, 'Se rechaza' → rejected, 'Se acuerda postergar' →",
    "postponed. In report 23 (an EGM, `ordinal` null) '₦', 'N' before a figure and 'NGN'",
    "are the naira (`NGN`); 'Special Resolution 1, to adopt …, was carried' and 'Ordinary",
    "Resolution 2 … be received and adopted, was carried' → adopted, '… was defeated' →",
    "rejected, 'resolved to defer' → postponed; reported speech about the National Sports",
    "Commission, the Board or future approvals is not a decision; 'Chief (Mrs)', 'Alhaji',",
    "'Barr.', 'Engr.', 'Coach', 'Dr (Mrs)' and 'Pa' are honorifics. Note: `build.py`",
    "rewrites README.md from scratch; `build_all.py` then re-runs the held-out builders to",
    "restore their sections.",
]

SET = HeldOutSet(
    reports=reports.numbered(20, 23),
    producer="minutes held-out corpus builder (set 3)",
    currencies=frozenset({"USD", "EUR", "GBP", "XOF", "CLP", "NGN"}),
    money=MONEY,
    readme_begin="<!-- held-out-3: begin (written by corpus/build_heldout3.py) -->",
    readme_end="<!-- held-out-3: end -->",
    intro=INTRO,
    conventions=CONVENTIONS,
    after="<!-- held-out-2: end -->",          # below the previous set's section
)


def main(argv, out: Path = HERE, verify: bool = True):
    build_set(SET, argv, out, verify)


if __name__ == "__main__":
    main(sys.argv[1:])
