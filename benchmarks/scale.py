"""Scale: 1 against 2 local workers, and the memory of a 1,000-page report (prints numbers).

Usage (from the project root): python -m benchmarks.scale [--pages 200] [--long-pages 1000]

(1) The corpus of benchmarks/ingest.py (corpus/*.pdf and the seed report copied to about
    ``--pages`` pages) is ingested cold with ``--workers 1`` then ``--workers 2`` (each
    pool started and its models loaded first); pages/s of each and their ratio.
(2) A ``--long-pages`` report generated with fpdf2 (a few paragraphs, a heading and
    a ruled table now and then on every page): peak resident memory of one cold process
    running ``extractors.chain.bytes_to_extraction`` on it, and of `minutes ingest` on it
    (its worker, Prefect's server and the command itself: the largest of them).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.ingest import build_corpus, machine, page_count, source_pdfs

ROOT = Path(__file__).resolve().parents[1]

PY = sys.executable

_PARAGRAPHS = [
    "Le Conseil a examiné le rapport financier présenté par la Trésorière, Mme Claire "
    "DUMONT, qui a rappelé que le budget {year} s'élève à {amount} euros, dont {part} euros "
    "consacrés aux projets de terrain. Après discussion, le Conseil a approuvé le rapport.",
    "The Board took note of the progress report on the programme for {year} and thanked "
    "the Secretariat. Mr. John SMITH, Chair, recalled that the contributions received "
    "amount to USD {amount}, of which USD {part} remain to be allocated.",
    "La Asamblea aprobó por unanimidad el acta de la sesión anterior. El Sr. Carlos "
    "PÉREZ, Tesorero, informó que los gastos del ejercicio {year} ascienden a {amount} "
    "pesos y que el saldo disponible es de {part} pesos.",
]


def long_report(out: Path, pages: int) -> Path:
    """A ``pages``-page report: three paragraphs a page, a heading every page and a small
    ruled table every tenth page (fpdf2, a Unicode font)."""
    from fpdf import FPDF
    from corpus.text_pdf import font_paths

    regular, bold = font_paths()
    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", "", regular)
    pdf.add_font("DejaVu", "B", bold)
    pdf.set_auto_page_break(False)
    for n in range(1, pages + 1):
        pdf.add_page()
        pdf.set_font("DejaVu", "", 8)
        pdf.set_xy(20, 10)
        pdf.cell(0, 5, f"Procès-verbal – page {n} / {pages}")
        pdf.set_xy(20, 25)
        pdf.set_font("DejaVu", "B", 12)
        pdf.cell(0, 8, f"Point {n} de l'ordre du jour")
        pdf.set_xy(20, 36)
        pdf.set_font("DejaVu", "", 10)
        for k, text in enumerate(_PARAGRAPHS):
            pdf.multi_cell(170, 5, text.format(year=2000 + n % 25, amount=f"{1000 * n + k:,}",
                                                part=f"{100 * n + k:,}"))
            pdf.ln(3)
        if n % 10 == 0:
            with pdf.table(width=120, col_widths=(70, 50)) as table:
                for label, value in (("Poste", "Montant"), ("Personnel", f"{n * 7:,}"),
                                     ("Missions", f"{n * 3:,}"), ("Total", f"{n * 10:,}")):
                    row = table.row()
                    row.cell(label)
                    row.cell(value)
    pdf.output(str(out))
    return out


def workers_rate(folder: Path, work: Path, workers: int, sources: list[Path]) -> tuple[float, int]:
    """Pages/s of an ingest with an empty cache by ``workers`` pool workers, started and
    warmed beforehand on one copy of each source per worker (models loaded)."""
    from flows.ingest import run_ingest
    from pipeline.settings import Settings
    warm = work / f"warm{workers}"
    warm.mkdir()
    for n in range(workers):
        for source in sources:
            (warm / f"{source.stem}_w{n}.pdf").write_bytes(
                source.read_bytes() + f"\n%% w{workers}.{n}\n".encode())
    run_ingest([str(warm)], Settings(out_dir=work / f"warm_out{workers}", concurrency=workers))
    started = time.perf_counter()
    summary = run_ingest([str(folder)], Settings(out_dir=work / f"out{workers}",
                                                 concurrency=workers))
    return summary.pages / (time.perf_counter() - started), summary.pages


def peak_memory(report: Path, work: Path) -> tuple[float, float, float, float]:
    """(seconds, peak RSS MiB) of bytes_to_extraction in a cold process, and of
    `minutes ingest` (the largest process it ran)."""
    code = ("import json, resource, sys, time; from pathlib import Path;"
            "from extractors.chain import bytes_to_extraction; from pipeline.settings import Settings;"
            "p = Path(sys.argv[1]); t = time.perf_counter();"
            "ex = bytes_to_extraction(p.read_bytes(), p, Settings(isolation='none'));"
            "assert ex.info.status == 'ok', ex.info.error;"
            "print(json.dumps([time.perf_counter() - t, ex.info.pages,"
            " resource.getrusage(resource.RUSAGE_SELF).ru_maxrss]))")
    out = subprocess.run([PY, "-c", code, str(report)], check=True, cwd=ROOT,
                         capture_output=True, text=True).stdout
    seconds, pages, rss_kib = json.loads(out.strip().splitlines()[-1])
    # `minutes ingest` under a fresh wrapper process, whose RUSAGE_CHILDREN then holds the
    # largest of the command and its own children (the pool worker, Prefect's server).
    wrapper = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True,"
               " capture_output=True); print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    minutes = Path(PY).parent / "minutes"
    started = time.perf_counter()
    # a long report on a busy machine outlasts the default per-document limit (300 s wall)
    out = subprocess.run([PY, "-c", wrapper, str(minutes), "ingest", str(report), "--out",
                          str(work / "long_out"), "--workers", "1", "--timeout", "3600", "-q"],
                         check=True, cwd=ROOT, capture_output=True, text=True).stdout
    flow_seconds = time.perf_counter() - started
    flow_rss = float(out.strip().splitlines()[-1])
    return seconds, rss_kib / 1024, flow_seconds, flow_rss / 1024


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=200)
    ap.add_argument("--long-pages", type=int, default=1000)
    args = ap.parse_args(argv[1:])

    from flows import runtime
    runtime.configure(quiet=True)
    from pipeline import sandbox

    print(f"machine: {machine()}")
    work = Path(tempfile.mkdtemp(prefix="minutes_scale_"))
    try:
        sources = source_pdfs(work)
        files, pages = build_corpus(sources, work / "corpus", args.pages)
        print(f"corpus: {len(files)} files, {pages} pages")
        with runtime.fast_local_flows():
            one, n1 = workers_rate(work / "corpus", work, 1, sources)
            two, n2 = workers_rate(work / "corpus", work, 2, sources)
        sandbox.shutdown()
        print(f"(1) --workers 1: {one:.1f} pages/s; --workers 2: {two:.1f} pages/s; "
              f"2 workers = {two / one:.2f} x one (load average {os.getloadavg()[0]:.1f})")

        started = time.perf_counter()
        report = long_report(work / "long_report.pdf", args.long_pages)
        made = time.perf_counter() - started
        seconds, rss, flow_seconds, flow_rss = peak_memory(report, work)
        print(f"(2) {page_count(report)}-page report ({report.stat().st_size / 1e6:.1f} MB, "
              f"generated in {made:.1f} s): bytes_to_extraction {seconds:.1f} s, peak RSS "
              f"{rss:.0f} MiB; `minutes ingest --workers 1` {flow_seconds:.1f} s, largest "
              f"process peak RSS {flow_rss:.0f} MiB")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
