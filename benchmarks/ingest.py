"""Speed of the whole ingest against pdfplumber's own text extraction (prints numbers).

Usage (from the project root): python -m benchmarks.ingest [--pages 200] [--workers 2]

Builds a corpus of about ``--pages`` pages by copying corpus/*.pdf (and the seed report
rendered to PDF when ../shared is present) several times, each copy with distinct bytes
(a comment after %%EOF), then measures in the same run:
  (a) pdfplumber ``extract_text`` alone, pages/s, in 1 process and in ``--workers``;
  (b) the full flow (``flows.ingest.run_ingest`` with the fast local Prefect settings),
      cache cold, pages/s, and the ratio b/a at the same number of processes;
  (c) the wall time of a second, unchanged run (served from the cache, nothing published);
  (d) one 10-page report from a cold process: ``minutes ingest`` as a subprocess, and
      ``extractors.chain.bytes_to_extraction`` alone in a cold subprocess (the difference is
      what Prefect, the worker pool and publication cost);
  (e) the PDF reader alone: pdfium (``bytes_to_pages``) against the pdfplumber reader
      (``plumber_bytes_to_pages``) on each source: pages/s, and whether the Document text
      and the ruled tables they give are the same.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

SHARED = ROOT.parent / "shared"
SEED_TXT = SHARED / "seeds" / "000_04bc718c71204c5f.txt"
PY = sys.executable


def machine() -> str:
    """nproc, CPU model and RAM, for the figures to mean something."""
    cpu = "unknown CPU"
    ram = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                ram = f", {int(line.split()[1]) / 1024**2:.1f} GiB RAM"
                break
    except OSError:
        pass
    return f"{os.cpu_count()} CPUs ({cpu}){ram}, Python {platform.python_version()}"


def page_count(path: Path) -> int:
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(str(path))
    try:
        return len(pdf)
    finally:
        pdf.close()


def source_pdfs(work: Path) -> list[Path]:
    """corpus/*.pdf, plus the seed report rendered to PDF when ../shared is present."""
    sources = sorted((ROOT / "corpus").glob("*.pdf"))
    if SEED_TXT.exists():
        from corpus.text_pdf import text_to_pdf
        sources.append(text_to_pdf(SEED_TXT.read_text(encoding="utf-8"),
                                   work / "seed_report.pdf",
                                   header="Initiative 4 pour 1000 – Consortium"))
    return sources


def build_corpus(sources: list[Path], folder: Path, pages: int) -> tuple[list[Path], int]:
    """Copies of the sources, each with distinct bytes, until about ``pages`` pages."""
    folder.mkdir(parents=True, exist_ok=True)
    per_round = sum(page_count(s) for s in sources)
    rounds = max(1, round(pages / per_round))
    files = []
    for n in range(rounds):
        for s in sources:
            out = folder / f"{s.stem}__copy{n}.pdf"
            out.write_bytes(s.read_bytes() + f"\n%% copy {n}\n".encode())
            files.append(out)
    return files, rounds * per_round


def _plumber_pages(path: str) -> int:
    import pdfplumber
    with pdfplumber.open(path) as pdf:
        n = 0
        for page in pdf.pages:
            page.extract_text()
            page.close()
            n += 1
    return n


def cpu_seconds() -> float:
    """CPU time (user + system) of this process and every live or waited-for child:
    unlike wall time, it does not depend on what else the machine runs."""
    import psutil
    me = psutil.Process()
    total = sum(me.cpu_times()[:4])   # user, system, children_user, children_system
    for child in me.children(recursive=True):
        try:
            times = child.cpu_times()
            total += times.user + times.system
        except psutil.Error:
            pass
    return total


def plumber_rate(files: list[Path], processes: int) -> tuple[float, float]:
    """pdfplumber ``extract_text`` over the files: pages per wall second, and pages per
    CPU second."""
    started, cpu = time.perf_counter(), cpu_seconds()
    if processes == 1:
        n = sum(_plumber_pages(str(f)) for f in files)
    else:
        with ProcessPoolExecutor(processes) as pool:
            n = sum(pool.map(_plumber_pages, map(str, files)))
    return n / (time.perf_counter() - started), n / (cpu_seconds() - cpu)


def flow_run(folder: Path, out: Path, workers: int):
    from flows.ingest import run_ingest
    from pipeline.settings import Settings
    started = time.perf_counter()
    summary = run_ingest([str(folder)], Settings(out_dir=out, concurrency=workers))
    return summary, time.perf_counter() - started


def ten_page_report(sources: list[Path], out: Path) -> Path:
    """The first 10 pages of the sources, put together into one report."""
    import pypdfium2 as pdfium
    report = pdfium.PdfDocument.new()
    for s in sorted(sources, key=page_count, reverse=True):
        src = pdfium.PdfDocument(str(s))
        take = min(len(src), 10 - len(report))
        report.import_pages(src, list(range(take)))
        src.close()
        if len(report) >= 10:
            break
    report.save(str(out))
    report.close()
    return out


def cold_process_times(report: Path, work: Path) -> tuple[float, float, float]:
    """Wall times of (`minutes ingest`, bytes_to_extraction alone, a bare interpreter
    importing the stages) in fresh processes."""
    minutes = Path(PY).parent / "minutes"
    cmd = [str(minutes), "ingest", str(report), "--out", str(work / "cold_out"), "-q"]
    if not minutes.exists():
        cmd = [PY, "-m", "minutes.cli", *cmd[1:]]
    started = time.perf_counter()
    subprocess.run(cmd, check=False, cwd=ROOT, capture_output=True)
    full = time.perf_counter() - started
    code = ("import sys; from pathlib import Path; from extractors.chain import bytes_to_extraction;"
            "from pipeline.settings import Settings; p = Path(sys.argv[1]);"
            "ex = bytes_to_extraction(p.read_bytes(), p, Settings(isolation='none'));"
            "assert ex.info.status == 'ok', ex.info.error")
    started = time.perf_counter()
    subprocess.run([PY, "-c", code, str(report)], check=True, cwd=ROOT)
    bare = time.perf_counter() - started
    started = time.perf_counter()
    subprocess.run([PY, "-c", "import extractors.chain"], check=True, cwd=ROOT)
    imports = time.perf_counter() - started
    return full, bare, imports


def reader_check(sources: list[Path]) -> tuple[float, float, list[str]]:
    """Pages/s of the fast and the pdfplumber reader over the sources, and the sources
    whose Document text or ruled-table cells differ between them."""
    from extractors import pdf
    from pipeline.settings import Settings
    settings = Settings()
    fast_s = slow_s = 0.0
    pages = 0
    differ = []
    for source in sources:
        data = pdf.check_header(source.read_bytes())
        started = time.perf_counter()
        slow = pdf.plumber_bytes_to_pages(data, settings)
        slow_s += time.perf_counter() - started
        started = time.perf_counter()
        fast = pdf.bytes_to_pages(data, settings)
        fast_s += time.perf_counter() - started
        pages += len(slow)
        same_text = (pdf.pages_to_document("x", source.name, slow).text
                     == pdf.pages_to_document("x", source.name, fast).text)
        same_tables = [[t.rows for t in p.tables] for p in slow] == [[t.rows for t in p.tables]
                                                                     for p in fast]
        if not (same_text and same_tables):
            differ.append(f"{source.name} (text {'same' if same_text else 'differs'}, tables "
                          f"{'same' if same_tables else 'differ'})")
    return pages / fast_s, pages / slow_s, differ


def measure_flow(runtime, sources: list[Path], work: Path, workers: int,
                 a1: float, an: float, a_cpu: float) -> None:
    """(b) the full flow with a cold cache, against (a); (c) a second, unchanged run."""
    with runtime.fast_local_flows():
        # Start Prefect's local server and the pool workers, and load in each worker
        # what every language and layout of the sources needs (spaCy models, OCR...),
        # on one copy of each source: the cold run below then measures extraction
        # with an empty cache, not start-up.
        warm = work / "warm"
        warm.mkdir()
        for n in range(workers):
            for s in sources:
                (warm / f"{s.stem}_warm{n}.pdf").write_bytes(
                    s.read_bytes() + f"\n%% warm {n}\n".encode())
        _, startup = flow_run(warm, work / "warm_out", workers)
        print(f"    start-up and warm-up (Prefect server, {workers} workers, "
              f"{workers} copies of the sources): {startup:.1f} s")
        cpu = cpu_seconds()
        summary, cold = flow_run(work / "corpus", work / "out", workers)
        b_cpu = summary.pages / (cpu_seconds() - cpu)
        failed = len(summary.failed)
        b = summary.pages / cold
        print(f"(b) full flow, cache cold: {summary.pages} pages in {cold:.1f} s = "
              f"{b:.1f} pages/s with {workers} workers ({failed} files failed); "
              f"{b_cpu:.1f} pages per CPU second (flow, Prefect server, workers); "
              f"load average {os.getloadavg()[0]:.1f}")
        print(f"    ratio b/a: {b / an:.2f} (wall, same number of processes), "
              f"{b / a1:.2f} (wall, against 1 pdfplumber process), "
              f"{b_cpu / a_cpu:.2f} (CPU time)")
        _, again = flow_run(work / "corpus", work / "out", workers)
        print(f"(c) second unchanged run: {again:.2f} s = {100 * again / cold:.1f} % "
              f"of the cold run")


def measure_cold_process_and_reader(sources: list[Path], work: Path) -> None:
    """(d) one 10-page report from a cold process; (e) the PDF readers alone."""
    report = ten_page_report(sources, work / "ten_pages.pdf")
    full, bare, imports = cold_process_times(report, work)
    print(f"(d) one {page_count(report)}-page report from a cold process: "
          f"`minutes ingest` {full:.1f} s; bytes_to_extraction alone {bare:.1f} s "
          f"(of which imports {imports:.1f} s); Prefect, worker pool and publication "
          f"{full - bare:.1f} s ({100 * (full - bare) / full:.0f} %)")
    fast, slow, differ = reader_check(sources)
    print(f"(e) PDF reader alone: pdfium {fast:.0f} pages/s, pdfplumber reader {slow:.0f} "
          f"pages/s; {len(sources) - len(differ)}/{len(sources)} sources give the same text "
          f"and tables" + (f"; differ: {', '.join(differ)}" if differ else ""))


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=200)
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args(argv[1:])

    from flows import runtime
    runtime.configure(quiet=True)
    from pipeline import sandbox

    print(f"machine: {machine()}")
    work = Path(tempfile.mkdtemp(prefix="minutes_bench_"))
    try:
        sources = source_pdfs(work)
        files, pages = build_corpus(sources, work / "corpus", args.pages)
        print(f"corpus: {len(files)} files, {pages} pages ({len(sources)} sources copied)")

        a1, a_cpu = plumber_rate(files, 1)
        an = plumber_rate(files, args.workers)[0] if args.workers > 1 else a1
        print(f"(a) pdfplumber extract_text: {a1:.1f} pages/s in 1 process, "
              f"{an:.1f} pages/s in {args.workers}; {a_cpu:.1f} pages per CPU second; "
              f"load average {os.getloadavg()[0]:.1f}")
        measure_flow(runtime, sources, work, args.workers, a1, an, a_cpu)
        sandbox.shutdown()
        measure_cold_process_and_reader(sources, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
