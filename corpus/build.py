#!/usr/bin/env python3
"""Build the sample corpus: invented meeting reports rendered to PDF, plus gold files.

Usage:  python corpus/build.py            build every report, verify, write PDFs + gold
        python corpus/build.py --debug 07 also print the line layout of reports whose
                                           name contains "07" (to tune page breaks)

Everything is deterministic: no randomness, fixed creation dates, fonts taken from
matplotlib's bundled DejaVu TTFs.  All names, bodies, numbers and sentences are invented.

Each report is ONE Python data structure (a `Report` holding `blocks`), in its own module
corpus/reports/rNN_*.py.  Paragraph text carries inline markup (corpus/tuning/markup.py),
so the gold is read off the very strings that get rendered.  After rendering, every gold
string is looked up with pdfplumber on the page the renderer says it landed on (whitespace
collapsed); the build fails loudly on any mismatch.
"""
from __future__ import annotations

import hashlib
import sys
from pathlib import Path

if __package__ in (None, ""):        # run as a script: the project root on the path, not corpus/
    sys.path[0] = str(Path(__file__).resolve().parents[1])

from corpus import reports                                      # noqa: E402
from corpus.common import HERE, dump_gold                       # noqa: E402
from corpus.tuning.gold import make_gold, verify as check_report  # noqa: E402
from corpus.tuning.markup import Report                         # noqa: E402
from corpus.tuning.readme import write_readme                   # noqa: E402
from corpus.tuning.render import Recorder, render               # noqa: E402

FLAG_KINDS = {"year_mismatch", "table_total_mismatch", "sum_mismatch", "weekday_mismatch",
              "meeting_number_mismatch", "chair_mismatch", "cross_meeting_date_mismatch",
              "cross_meeting_amount_mismatch"}


def build(rep: Report, verify: bool = True):
    rec0 = Recorder()
    render(rep, None, rec0)          # first pass: count pages for the "Page n / N" footers
    total = rec0.pages
    rec = Recorder()
    data = render(rep, total, rec)
    if verify:
        again = render(rep, total, Recorder())
        assert data == again, f"{rep.name}: rendering is not deterministic"
    return data, rec, total


def main(argv, out: Path = HERE, verify: bool = True):
    """Build reports 01-11 into `out` (PDF, gold, a fresh README.md). verify=False skips
    the re-reading of each PDF and the determinism render (build_all --check --quick)."""
    debug = argv[argv.index("--debug") + 1] if "--debug" in argv else None
    reps = reports.numbered(1, 11)
    names = [r.name for r in reps]
    assert len(set(names)) == len(names)
    results, golds, failures, splits_total = {}, {}, [], 0
    for rep in reps:
        data, rec, total = build(rep, verify)
        pdf_path = out / f"{rep.name}.pdf"
        pdf_path.write_bytes(data)
        if debug and debug in rep.name:
            for page, y, text in rec.lines:
                print(f"p{page} y={y:5.1f} | {text}")
            print("soft splits:", rec.soft_splits)
        try:
            gold = make_gold(rep, rec)
            if verify:
                check_report(rep, pdf_path, rec, gold, total)
        except AssertionError as e:
            if not debug:
                raise
            failures.append(f"{rep.name}: {e}")
            continue
        (out / f"{rep.name}.gold.json").write_text(dump_gold(gold), encoding="utf-8")
        results[rep.name] = total
        golds[rep.name] = gold
        splits_total += len(rec.soft_splits)
        print(f"{rep.name}: {total} pages, {len(gold['decisions'])} decisions, "
              f"{len(gold['amounts'])} amounts, {len(gold['tables'])} tables, "
              f"{len(gold['flags'])} flags, sha256 {hashlib.sha256(data).hexdigest()[:12]}")
    check_corpus(golds, splits_total, failures)
    (out / "README.md").write_text("\n".join(write_readme(reps, results, golds)) + "\n",
                                   encoding="utf-8")


def check_corpus(golds: dict, splits_total: int, failures: list):
    """Hyphenations and every flag kind planted, at most two flags a report; exit on any
    report that failed (--debug goes on past them to show all)."""
    assert splits_total >= 2, "the corpus needs end-of-line hyphenations"
    kinds = {f["kind"] for g in golds.values() for f in g["flags"]}
    assert failures or kinds >= FLAG_KINDS, f"flag kinds never planted: {FLAG_KINDS - kinds}"
    assert failures or all(len(g["flags"]) <= 2 for g in golds.values())
    if failures:
        print("FAILED:\n  " + "\n  ".join(failures))
        sys.exit(1)


if __name__ == "__main__":
    main(sys.argv[1:])
