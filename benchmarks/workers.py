"""2 workers against 1 on a batch of reports (issue 13; prints numbers).

Usage (from the project root): python -m benchmarks.workers [--copies 5] [--reports 4]

The first ``--reports`` reports of corpus/ (by name), each copied
``--copies`` times with distinct bytes, are ingested by `minutes ingest --workers 1`, then
``--workers 2``, each in a new process with its own HOME and output folder, cold cache.
For each: wall seconds, CPU-seconds of the command and every child it waited for (its
pool workers), and the load average around it. The machine may be shared: on a busy
machine the wall ratio says how much CPU the others left, the CPU-seconds what the
second worker costs (it starts its own Python and loads its own models).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

from benchmarks.ingest import ROOT, build_corpus, machine, page_count
from benchmarks.speed import ingest


def batch(folder: Path, reports: int, copies: int) -> tuple[list[Path], int]:
    """``copies`` distinct copies of the first ``reports`` corpus reports, and their pages."""
    sources = sorted((ROOT / "corpus").glob("*.pdf"))[:reports]
    per_round = sum(page_count(s) for s in sources)
    return build_corpus(sources, folder, per_round * copies)


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--copies", type=int, default=5)
    ap.add_argument("--reports", type=int, default=4)
    args = ap.parse_args(argv[1:])
    print(f"machine: {machine()}")
    work = Path(tempfile.mkdtemp(prefix="minutes_workers_"))
    try:
        files, pages = batch(work / "batch", args.reports, args.copies)
        print(f"batch: {len(files)} files, {pages} pages", flush=True)
        walls = {}
        for workers in (1, 2):
            home = work / f"home{workers}"
            home.mkdir()
            load = os.getloadavg()[0]
            wall, cpu = ingest([files[0].parent], work / f"out{workers}", workers, home)
            walls[workers] = wall
            print(f"--workers {workers}: {wall:.1f} s wall, {cpu:.1f} CPU-s with children "
                  f"({pages / cpu:.2f} pages per CPU-second); load average {load:.1f} before, "
                  f"{os.getloadavg()[0]:.1f} after", flush=True)
        print(f"2 workers against 1 (wall): {walls[1] / walls[2]:.2f} x")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
