"""Speed of the whole pipeline against pdfplumber, in one run on the same files (prints).

Usage (from the project root): python -m benchmarks.speed [--quick] [--pages 200]

On the corpus of benchmarks/ingest.py (corpus/*.pdf and the seed report copied with
distinct bytes to about ``--pages`` pages), in this order:
  (a) pdfplumber ``extract_text``: pages per CPU-second and per wall-second, 1 and 2
      processes;
  (b) the pipeline's extraction alone (``bytes_to_extraction``, one warm process);
  (c) one document in a pool worker: cold (worker started, models loaded) and warm;
  (d) one 10-page report from a new process (`minutes ingest`, wall and CPU-seconds with
      every child; the first run in a fresh HOME, which creates Prefect's database, is
      shown apart), its unchanged re-run, and an empty Prefect flow (the fixed cost);
  (e) the whole `minutes ingest` of the corpus with 1 worker, cold cache: wall and
      CPU-seconds with every child (RUSAGE_CHILDREN); the unchanged re-run; the same
      ingest with 2 workers (the ratio of the walls);
  (f) peak RSS of a 1,000-page report (benchmarks/scale.py's report);
  (g) benchmarks/archive.py with a 500-document archive (the full ingest from the cache
      and one report added).
``--quick`` runs a small variant of each (30 pages, 100-page report, 20 documents).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.ingest import (PY, ROOT, build_corpus, cold_process_times, machine, page_count,
                               plumber_rate, source_pdfs, ten_page_report)


def _env(home: Path) -> dict[str, str]:
    """The environment of a command run as a user runs it, with its own HOME."""
    env = dict(os.environ, HOME=str(home))
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH")) if p)
    return env


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def ingest(paths: list[Path], out: Path, workers: int, home: Path) -> tuple[float, float]:
    """Wall seconds and CPU-seconds (the command and every child it waited for) of
    `minutes ingest PATHS --out OUT --workers N` in a new process."""
    cmd = [PY, "-m", "minutes", "ingest", *map(str, paths), "--out", str(out),
           "--workers", str(workers), "-q"]
    cpu, started = children_cpu(), time.perf_counter()
    proc = subprocess.run(cmd, cwd=ROOT, env=_env(home), capture_output=True, text=True)
    wall = time.perf_counter() - started
    if proc.returncode != 0:
        raise SystemExit(f"minutes ingest failed: {proc.stderr[-2000:]}")
    return wall, children_cpu() - cpu


def extraction_alone(files: list[Path], sources: list[Path]) -> tuple[float, float, int]:
    """Pages per CPU-second and per wall-second of ``bytes_to_extraction`` in this process,
    warmed on the sources first (models and lexicons loaded)."""
    from extractors.chain import bytes_to_extraction
    from pipeline.settings import Settings
    settings = Settings(isolation="none", ocr=False)
    for s in sources:
        bytes_to_extraction(s.read_bytes(), s, settings)
    pages = 0
    cpu, wall = time.process_time(), time.perf_counter()
    for f in files:
        pages += bytes_to_extraction(f.read_bytes(), f, settings).info.pages
    return pages / (time.process_time() - cpu), pages / (time.perf_counter() - wall), pages


def worker_cold_warm(report: Path, work: Path) -> tuple[float, float]:
    """Wall seconds of one document in a new pool worker (start, imports, models) and of
    another copy of it in the same worker, now warm."""
    from extractors.chain import bytes_to_extraction
    from pipeline import sandbox
    from pipeline.settings import Settings
    settings = Settings(concurrency=1, out_dir=work)
    inner = Settings(isolation="none", ocr=False)
    times = []
    for n in range(2):
        data = report.read_bytes() + f"\n%% worker {n}\n".encode()
        started = time.perf_counter()
        ex = sandbox.call_isolated(bytes_to_extraction, (data, report, inner), settings)
        times.append(time.perf_counter() - started)
        assert getattr(getattr(ex, "info", None), "status", None) == "ok", ex
    sandbox.shutdown()
    return times[0], times[1]


_EMPTY_FLOW = ("from flows import runtime; runtime.configure(quiet=True); from prefect import flow\n"
               "with runtime.local_api(), runtime.fast_local_flows():\n"
               "    flow(lambda: 1, name='empty')()")


def empty_flow(home: Path) -> tuple[float, float]:
    """Wall seconds and CPU-seconds of an empty flow in a new process, its local API
    served as `minutes ingest` serves it: Prefect's fixed cost."""
    cpu, started = children_cpu(), time.perf_counter()
    subprocess.run([PY, "-c", _EMPTY_FLOW], cwd=ROOT, env=_env(home), capture_output=True,
                   check=True)
    return time.perf_counter() - started, children_cpu() - cpu


def cold_report(sources: list[Path], work: Path, home: Path) -> None:
    """(d) one 10-page report from a new process: `minutes ingest` (wall and CPU with
    every child), its unchanged re-run, the extraction alone, an empty flow."""
    report = ten_page_report(sources, work / "ten_pages.pdf")
    first, _ = ingest([report], work / "first_out", 1, home)
    wall, cpu = ingest([report], work / "cold_out", 1, home)
    again, again_cpu = ingest([report], work / "cold_out", 1, home)
    os.environ["HOME"] = str(home)           # cold_process_times runs with this HOME
    _, bare, imports = cold_process_times(report, work)
    flow_wall, flow_cpu = empty_flow(home)
    print(f"(d) one {page_count(report)}-page report from a new process: `minutes ingest` "
          f"{wall:.1f} s wall, {cpu:.1f} CPU-s with children (the very first run in a fresh "
          f"HOME {first:.1f} s); the extraction alone in a new process {bare:.1f} s (imports "
          f"{imports:.1f} s); an empty Prefect flow {flow_wall:.1f} s, {flow_cpu:.1f} CPU-s")
    print(f"    its unchanged re-run: {again:.2f} s wall = {100 * again / wall:.1f} % of the "
          f"cold run, {again_cpu:.2f} CPU-s = {100 * again_cpu / cpu:.1f} %")


def whole_ingest(files: list[Path], pages: int, work: Path, home: Path,
                 plumber_cpu: float) -> None:
    """(e) the whole `minutes ingest`, its unchanged re-run, and 2 workers against 1."""
    folder = files[0].parent
    wall1, cpu1 = ingest([folder], work / "out1", 1, home)
    again, again_cpu = ingest([folder], work / "out1", 1, home)
    wall2, cpu2 = ingest([folder], work / "out2", 2, home)
    print(f"(e) `minutes ingest` of {pages} pages, cold cache, 1 worker: {wall1:.1f} s wall, "
          f"{cpu1:.1f} CPU-s with children = {pages / cpu1:.1f} pages per CPU-second, "
          f"{pages / cpu1 / plumber_cpu:.2f} x pdfplumber; load average {os.getloadavg()[0]:.1f}")
    print(f"    unchanged re-run: {again:.2f} s wall = {100 * again / wall1:.1f} % of the cold run, "
          f"{again_cpu:.2f} CPU-s = {100 * again_cpu / cpu1:.1f} %")
    print(f"    2 workers: {wall2:.1f} s wall, {cpu2:.1f} CPU-s; 2 workers against 1: "
          f"{wall1 / wall2:.2f} x")


def long_report_memory(work: Path, pages: int) -> None:
    """(f) peak RSS of a long report, in a process extracting it alone and in `minutes
    ingest` (its largest process: the worker)."""
    from benchmarks.scale import long_report, peak_memory
    report = long_report(work / "long.pdf", pages)
    seconds, rss, flow_seconds, flow_rss = peak_memory(report, work)
    print(f"(f) a {pages}-page report: extraction alone {seconds:.1f} s, peak RSS {rss:.0f} MiB; "
          f"`minutes ingest` {flow_seconds:.1f} s, largest process {flow_rss:.0f} MiB")


def archive(size: int) -> None:
    """(g) benchmarks/archive.py with one archive of ``size`` documents."""
    print(f"(g) archive of {size} documents (benchmarks/archive.py --sizes {size}):", flush=True)
    proc = subprocess.run([PY, str(ROOT / "benchmarks" / "archive.py"), "--sizes", str(size)],
                          cwd=ROOT, capture_output=True, text=True)
    for line in proc.stdout.splitlines():
        if not line.startswith("(work folder"):
            print("    " + line)
    if proc.returncode != 0:
        print("    failed: " + proc.stderr[-1000:])


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="a small variant, to check it runs")
    ap.add_argument("--pages", type=int, default=None)
    args = ap.parse_args(argv[1:])
    pages_wanted = args.pages or (30 if args.quick else 200)
    from flows import runtime
    runtime.configure(quiet=True)
    print(f"machine: {machine()}; load average {os.getloadavg()[0]:.1f}")
    work = Path(tempfile.mkdtemp(prefix="minutes_speed_"))
    home = work / "home"
    home.mkdir()
    try:
        sources = source_pdfs(work)
        files, pages = build_corpus(sources, work / "corpus", pages_wanted)
        print(f"corpus: {len(files)} files, {pages} pages")
        wall1, cpu1 = plumber_rate(files, 1)
        wall2, cpu2 = plumber_rate(files, 2)
        print(f"(a) pdfplumber extract_text: 1 process {cpu1:.1f} pages per CPU-second, "
              f"{wall1:.1f} per wall-second; 2 processes {cpu2:.1f} per CPU-second, "
              f"{wall2:.1f} per wall-second")
        ex_cpu, ex_wall, _ = extraction_alone(files, sources)
        print(f"(b) extraction alone, 1 warm process: {ex_cpu:.1f} pages per CPU-second "
              f"({ex_cpu / cpu1:.2f} x pdfplumber), {ex_wall:.1f} per wall-second")
        cold, warm = worker_cold_warm(ten_page_report(sources, work / "worker.pdf"), work)
        print(f"(c) a 10-page report in a pool worker: new worker {cold:.1f} s, warm worker "
              f"{warm:.2f} s")
        cold_report(sources, work, home)
        whole_ingest(files, pages, work, home, cpu1)
        long_report_memory(work, 100 if args.quick else 1000)
        archive(20 if args.quick else 500)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
