"""Extraction time against length on dense text (prints numbers and the log-log slope).

Usage: python benchmarks/dense.py [--pages 100 200 400 800 1600] [--repeat 1]

A "dense" report has no blank line anywhere: one paragraph from the first page to the
last, full of years, amounts, names and decisions, so that every stage that works per
paragraph or per sentence sees the whole document at once. For each size, a PDF is
generated (fpdf2) and ``extractors.chain.bytes_to_extraction`` timed on it in this
process (isolation off, OCR off), in CPU time (and wall time); the reading
(``pdf.bytes_to_document``) and the extractor chain are also timed apart. The slope of log(time) against log(pages), fitted
by least squares, is about 1 when every stage is linear (or n log n) in the text.
"""

from __future__ import annotations

import argparse
import math
import sys
import tempfile
import time
from pathlib import Path


_SENTENCES = [
    "Le Conseil a examiné le rapport financier présenté par la Trésorière, Mme Claire "
    "DUMONT, qui a rappelé que le budget {year} s'élève à {amount} euros, dont {part} euros "
    "consacrés aux projets de terrain en {year2}.",
    "Après discussion, le Conseil a approuvé le rapport pour l'exercice {year}.",
    "The Board took note of the progress report on the programme for {year} and thanked "
    "the Secretariat; Mr. John SMITH, Chair, recalled that the contributions received in "
    "{year2} amount to USD {amount}, of which USD {part} remain to be allocated.",
    "The Assembly adopted resolution {n}/{year} on the work plan {year}-{year2}.",
    "La Asamblea aprobó por unanimidad el acta de la sesión anterior del {day} de marzo de "
    "{year}. El Sr. Carlos PÉREZ, Tesorero, informó que los gastos del ejercicio {year} "
    "ascienden a {amount} pesos y que el saldo disponible es de {part} pesos.",
    "Total {year}: {amount}.",
]


def dense_text(pages: int, lines_per_page: int = 48) -> list[str]:
    """The text of each page: sentences run on from page to page, never a blank line."""
    out: list[str] = []
    k = 0
    for n in range(1, pages + 1):
        words: list[str] = []
        while len(words) < lines_per_page * 14:
            template = _SENTENCES[k % len(_SENTENCES)]
            year = 1990 + (k * 7) % 35
            words.extend(template.format(year=year, year2=year + 1, n=k, day=1 + k % 28,
                                         amount=f"{1000 * k + 17:,}", part=f"{90 * k + 3:,}").split())
            k += 1
        out.append(" ".join(words))
    return out


def dense_pdf(out: Path, pages: int) -> Path:
    """A ``pages``-page PDF of ``dense_text``: 10 pt lines with no gap, no heading."""
    from fpdf import FPDF
    from corpus.text_pdf import font_paths

    regular, _ = font_paths()
    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", "", regular)
    pdf.set_auto_page_break(False)
    pdf.set_margins(15, 12)
    for text in dense_text(pages):
        pdf.add_page()
        pdf.set_font("DejaVu", "", 9)
        pdf.set_xy(15, 12)
        pdf.multi_cell(180, 4.2, text, max_line_height=4.2)
    pdf.output(str(out))
    return out


def timed(path: Path) -> tuple[float, float, float, int, int]:
    """(wall seconds, CPU seconds of this process, CPU seconds of the reading alone,
    pages, flags) of bytes_to_extraction on ``path``. CPU time is what the slope is
    fitted on: on a shared machine, wall time also measures the neighbours."""
    from extractors import pdf
    from extractors.chain import bytes_to_extraction
    from pipeline.settings import Settings

    settings = Settings(isolation="none", ocr=False, error_policy="strict")
    data = path.read_bytes()
    started = time.process_time()
    pdf.bytes_to_document(data, path.name, settings)
    reading = time.process_time() - started
    wall, cpu = time.perf_counter(), time.process_time()
    ex = bytes_to_extraction(data, path, settings)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    if ex.info.status != "ok":
        raise SystemExit(f"{path.name}: {ex.info.error}")
    return wall, cpu, reading, ex.info.pages, len(ex.flags)


def slope(xs: list[float], ys: list[float]) -> float:
    """Least-squares slope of log(y) on log(x)."""
    lx, ly = [math.log(x) for x in xs], [math.log(y) for y in ys]
    mx, my = sum(lx) / len(lx), sum(ly) / len(ly)
    return sum((a - mx) * (b - my) for a, b in zip(lx, ly)) / sum((a - mx) ** 2 for a in lx)


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, nargs="+", default=[100, 200, 400, 800, 1600])
    ap.add_argument("--repeat", type=int, default=1, help="best of this many runs per size")
    args = ap.parse_args(argv[1:])

    from pipeline.text import document_from_text
    from extractors.chain import document_to_extraction
    from pipeline.records import DocumentInfo

    # Warm-up: language models and lexicon tables loaded before the first timing.
    warm = document_from_text(" ".join(dense_text(2)))
    document_to_extraction(warm, DocumentInfo("w", "w", "w", 1, None, "ok"))

    sizes, walls, cpus, chains = [], [], [], []
    with tempfile.TemporaryDirectory(prefix="minutes_dense_") as tmp:
        for pages in args.pages:
            path = dense_pdf(Path(tmp) / f"dense_{pages}.pdf", pages)
            wall, cpu, reading, got, flags = min((timed(path) for _ in range(args.repeat)),
                                                 key=lambda r: r[1])
            sizes.append(got)
            walls.append(wall)
            cpus.append(cpu)
            chains.append(max(cpu - reading, 1e-6))
            print(f"{got:5d} dense pages ({path.stat().st_size / 1e6:.1f} MB): extraction "
                  f"{cpu:7.2f} s CPU ({wall:7.2f} s wall; reading {reading:6.2f} s, extractors "
                  f"and checks {cpu - reading:6.2f} s), {cpu / got * 1000:.0f} ms/page, {flags} flags",
                  flush=True)
    if len(sizes) > 1:
        print(f"log-log slope: extraction {slope(sizes, cpus):.2f} (CPU), {slope(sizes, walls):.2f} "
              f"(wall); extractors and checks {slope(sizes, chains):.2f} (1 = linear)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
