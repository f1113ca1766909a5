"""Scores on the real minutes: the dev set (corpus/real, tuned on) and the held-out sets
(corpus/heldout_real, corpus/heldout2_real), all read from one ingest of
../shared/external/minutes (prints them).

Usage (from the project root): python -m benchmarks.devset [--out DIR] [--reuse] [--verbose]

``--out`` keeps the publication (default: a temporary folder); ``--reuse`` scores an
existing publication in ``--out`` without ingesting again. A test would take over a
minute on the shared 2-core machine (Prefect's server and six extractions), so the
held-out figures are checked here, by hand, rather than in the suite.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MINUTES = ROOT.parent / "shared" / "external" / "minutes"
GOLD_DIRS = (("dev set, tuned on (corpus/real)", ROOT / "corpus" / "real"),
             ("held out (corpus/heldout_real)", ROOT / "corpus" / "heldout_real"),
             ("held out 2 (corpus/heldout2_real)", ROOT / "corpus" / "heldout2_real"))


def ingest(out: Path) -> float:
    """One ingest of the shared real minutes into ``out``; its wall time in seconds."""
    from flows import runtime
    runtime.configure(quiet=True)
    from flows.ingest import run_ingest
    from pipeline.settings import Settings
    started = time.perf_counter()
    run_ingest([str(MINUTES)], Settings(out_dir=out))
    return time.perf_counter() - started


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=None)
    ap.add_argument("--reuse", action="store_true")
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args(argv[1:])
    if not MINUTES.exists():
        print(f"{MINUTES} is absent (../shared not available): nothing to score")
        return 0
    from pipeline.evaluate import evaluate, format_scores
    with tempfile.TemporaryDirectory() as tmp:
        out = args.out or Path(tmp)
        if not args.reuse:
            print(f"ingest of {MINUTES}: {ingest(out):.0f} s")
        for title, gold in GOLD_DIRS:
            print(f"=== {title} ===")
            print(format_scores(evaluate(gold, out), verbose=args.verbose))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
