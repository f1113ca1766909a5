"""The parent's memory: peak RSS of the `minutes ingest` process itself, whatever it is given.

Usage (from the project root): python -m benchmarks.parent_memory [--big-mb 700] [--files 500]

`minutes ingest` is run in a fresh process (the command's own entry point, in-process)
on three inputs, each in a temporary folder deleted after:
  (1) a one-page report (the reference);
  (2) a ``--big-mb`` MB file of zeros behind a %PDF header (a sparse file: it takes no
      disk), which must end as a "too large" row without being read into the parent;
  (3) ``--files`` small distinct reports (corpus/text_pdf.py).
For each it prints the peak RSS of the command's process (``RUSAGE_SELF``) and, apart,
of the largest of its children (``RUSAGE_CHILDREN``: extraction workers, Prefect's
server), and the difference to the one-page figure; the target is at most 100 MB.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PY = sys.executable
TARGET_MIB = 100

# Runs the command in this very process, then writes its own and its children's peaks.
_RUN = """
import json, resource, sys
from minutes.cli import app
out, args = sys.argv[1], sys.argv[2:]
code = app(args, standalone_mode=False)
peaks = [resource.getrusage(w).ru_maxrss for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
open(out, "w").write(json.dumps({"code": code, "self_kib": peaks[0], "children_kib": peaks[1]}))
"""

_TEXT = ("Procès-verbal de la réunion n° {n} du Bureau\n\n"
         "Présents : Mme Claire DUMONT (Présidente), M. Jean MARTIN (Trésorier).\n\n"
         "1. Budget\n\nLe Bureau a approuvé le budget {year} de {amount} euros.\n\n"
         "2. Questions diverses\n\nLa prochaine réunion se tiendra le {day} mars {year}.\n")


def report(folder: Path, n: int) -> Path:
    """One small distinct report (its own number, year, amount and date)."""
    from corpus.text_pdf import text_to_pdf
    text = _TEXT.format(n=n, year=2000 + n % 30, amount=1000 + 7 * n, day=1 + n % 28)
    return text_to_pdf(text, folder / f"report_{n:04d}.pdf")


def zeros(path: Path, megabytes: int) -> Path:
    """A sparse file of ``megabytes`` MB: a %PDF header, then zeros."""
    with open(path, "wb") as f:
        f.write(b"%PDF-1.7\n")
        f.truncate(megabytes * 1024 * 1024)
    return path


def measure(inputs: list[Path], work: Path, workers: int) -> dict:
    """Peaks (MiB) and wall time of one `minutes ingest` of ``inputs`` into a new archive."""
    result = work / "peaks.json"
    started = time.perf_counter()
    subprocess.run([PY, "-c", _RUN, str(result), "ingest", *map(str, inputs), "--out",
                    str(work / "out"), "--workers", str(workers), "-q"],
                   cwd=ROOT, capture_output=True, text=True, check=False)
    found = json.loads(result.read_text())
    return {"self": found["self_kib"] / 1024, "children": found["children_kib"] / 1024,
            "seconds": time.perf_counter() - started, "code": found["code"]}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--big-mb", type=int, default=700)
    parser.add_argument("--files", type=int, default=500)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args(argv)
    rows = []
    with tempfile.TemporaryDirectory(prefix="minutes-parent-memory-") as tmp:
        tmp = Path(tmp)
        cases: list[tuple[str, list[Path]]] = []
        (tmp / "one").mkdir()
        cases.append(("one-page report", [report(tmp / "one", 0)]))
        (tmp / "big").mkdir()
        cases.append((f"{args.big_mb} MB of zeros (%PDF header)",
                      [zeros(tmp / "big" / "zeros.pdf", args.big_mb)]))
        many = tmp / "many"
        many.mkdir()
        for n in range(args.files):
            report(many, n)
        cases.append((f"{args.files} small reports", [many]))
        for label, inputs in cases:
            work = tmp / f"work_{len(rows)}"
            work.mkdir()
            rows.append((label, measure(inputs, work, args.workers)))
    base = rows[0][1]["self"]
    print(f"peak RSS of `minutes ingest` (--workers {args.workers}); target: the parent within "
          f"{TARGET_MIB} MB of the one-page figure")
    print(f"{'input':<34} {'parent MiB':>10} {'vs one page':>11} {'children MiB':>12} "
          f"{'wall s':>7} {'exit':>4}")
    worst = 0.0
    for label, m in rows:
        worst = max(worst, m["self"] - base)
        print(f"{label:<34} {m['self']:>10.0f} {m['self'] - base:>+11.0f} "
              f"{m['children']:>12.0f} {m['seconds']:>7.1f} {m['code']:>4}")
    print(f"largest growth over the one-page report: {worst:+.0f} MiB "
          f"({'within' if worst <= TARGET_MIB else 'OVER'} the {TARGET_MIB} MB target)")
    return 0 if worst <= TARGET_MIB else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
