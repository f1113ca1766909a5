"""How fast `minutes check` answers for a 10-page draft, against an archive.

    python -m benchmarks.check [--copies N] [--runs 3] [--work DIR] [--cold-only]

The archive is the corpus reports (or N distinct copies of them, the cache filled from
one extraction of each original, as benchmarks/archive.py does), published once; the
draft is a 10-page report of the body of corpus report 09 rendered with
corpus/text_pdf.py, quoting meeting 3's date and budget. Prints wall and CPU seconds
(CPU: this process's children, the sandbox worker included) for:
  cold, new machine `python -m minutes check DRAFT --out ARCHIVE` in a fresh process
                   with an empty compiled-pattern cache (pipeline/regexcache.py), as the
                   very first command on a machine: it compiles spaCy's large patterns;
  cold, sandbox    the same, the pattern cache filled (by a discarded first run), as
                   every later command (the draft extracted in a worker: the default);
  cold, in-process the same with `--isolation none`;
  warm, sandbox    the same steps called in this process after a warm-up, the worker
                   kept alive between calls;
  warm, in-process the same steps with the extraction in this process.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

PEOPLE = ("Mme Aïssata DIALLO-KONATÉ", "M. Issoufou MAHAMANE", "Dr Fatoumata SANGARÉ",
          "M. Pierre-Yves LE ROUX", "Mme Justine HOUNKPATIN", "M. Boubacar TRAORÉ")
ITEM = """{n}. {topic} (document CD 4-{n})

{p0}, a présenté le point {n} de l'ordre du jour, consacré à {what}. Le coût prévu s'élève à
{cost} € pour l'exercice 2024, dont {part} € à la charge des communes. {p1} a demandé que les
comités de gestion soient associés au suivi des travaux et que les indicateurs soient
désagrégés par sexe. {p2} a rappelé que les engagements de l'exercice 2023 avaient atteint
93 % et que les deux forages restants seront achevés au premier semestre. Les membres ont
échangé sur le calendrier, les risques liés à la saison des pluies et le stock de pièces
détachées. Le Comité directeur a approuvé le document CD 4-{n} relatif à {what}.
"""
TOPICS = ("Réhabilitation des mares", "Forages de la région de Mopti", "Pièces détachées",
          "Formation des artisans réparateurs", "Comités de gestion", "Suivi-évaluation",
          "Communication", "Audit des comptes")


def draft_text(items: int = 30) -> str:
    """A report of meeting 4 of the Comité directeur (corpus report 09's body) with
    ``items`` agenda items; it quotes meeting 3's date and its 2024 budget."""
    head = ("Programme régional « Puits et Vallées »\n\nProcès-verbal de la 4e réunion du Comité "
            "directeur\n\nmardi 5 mars 2024 – Cotonou (Bénin)\n\n1. Ouverture\n\nLa 4e réunion du "
            "Comité directeur a été ouverte à 9 h 00 par sa Présidente, Mme Aïssata DIALLO-KONATÉ. "
            "Le procès-verbal de la 3e réunion, tenue à Niamey le 12 septembre 2023, a été approuvé. "
            "Le budget 2024 de 1 520 000 € adopté lors de la 3e réunion permettra d'achever les "
            "forages.\n\n")
    body = [ITEM.format(n=n, topic=TOPICS[n % len(TOPICS)], what=TOPICS[n % len(TOPICS)].lower(),
                        p0=PEOPLE[n % 6], p1=PEOPLE[(n + 1) % 6], p2=PEOPLE[(n + 2) % 6],
                        cost=f"{40 + 5 * n} 000", part=f"{10 + n} 000") for n in range(2, items + 2)]
    return head + "\n".join(body) + f"\n{items + 2}. Clôture\n\nLa Présidente a levé la séance à 16 h 30.\n"


def make_draft(folder: Path, pages: int = 10) -> Path:
    """The draft PDF, with as many agenda items as fill ``pages`` pages."""
    import pypdfium2
    from corpus.text_pdf import text_to_pdf
    for items in range(20, 80):
        out = text_to_pdf(draft_text(items), folder / "draft_cd4.pdf", header="Comité directeur – PV CD-4")
        if len(pypdfium2.PdfDocument(out)) >= pages:
            return out
    raise RuntimeError("the draft never reached 10 pages")


def make_archive(out: Path, copies: int) -> int:
    """Publish an archive of the corpus reports (or ``copies`` distinct copies of them)
    without Prefect; returns its number of documents."""
    from benchmarks.archive import copies as copy_corpus, fill_cache
    from extractors.chain import pipeline_version
    from flows.archive import corpus_of, fingerprint, publish_change
    from pipeline.archive import ingest_change
    from pipeline.cache import ExtractionCache
    from pipeline.text import sha256_bytes
    originals = sorted((ROOT / "corpus").glob("*.pdf"))
    pairs = copy_corpus(copies, out.parent / "files") if copies else [(p, p) for p in originals]
    fill_cache(pairs, out / ".cache")
    cache = ExtractionCache(out / ".cache", pipeline_version())
    exs = []
    for p, _ in pairs:
        ex = cache.get(sha256_bytes(p.read_bytes()))
        exs.append(replace(ex, info=replace(ex.info, path=str(p.resolve()), file_name=p.name)))
    change = ingest_change((), exs)
    publish_change(corpus_of(exs), out, fingerprint(exs), change, "ingest")
    return len(exs)


def cold(draft: Path, out: Path, *extra: str, **env: str) -> tuple[float, float, int]:
    """(wall, CPU, exit code) of `minutes check` in a fresh process (``env`` added)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "minutes", "check", str(draft), "--out", str(out), *extra],
                          capture_output=True, text=True, cwd=ROOT,
                          env={**os.environ, "PYTHONPATH": str(ROOT), **env})
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), proc.returncode


def warm(draft: Path, out: Path, isolation: str) -> tuple[float, float, int]:
    """(wall, CPU of this process and its workers, flags) of one check in this process:
    the command's steps without its process start."""
    from minutes.work import extract_draft as _extract_draft
    from pipeline import draft as d, sandbox
    from pipeline.settings import Settings
    settings = Settings(out_dir=out, isolation=isolation, concurrency=1)
    usage = lambda: sum(getattr(resource.getrusage(w), f)     # noqa: E731
                        for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN) for f in ("ru_utime", "ru_stime"))
    worker_cpu = _worker_cpu if isolation == "process" else (lambda: 0.0)
    t, c, w = time.perf_counter(), usage(), worker_cpu()
    path = draft.resolve()
    ex = (sandbox.call_isolated(_extract_draft, (path, settings), settings) if isolation == "process"
          else _extract_draft(path, settings))
    if not hasattr(ex, "meeting"):
        raise RuntimeError(f"the draft was not extracted: {ex}")
    flags = d.draft_to_flags(ex, d.compared(d.read_archive(out, ex)))
    return time.perf_counter() - t, usage() - c + worker_cpu() - w, len(flags)


def _worker_cpu() -> float:
    """CPU seconds used so far by the live sandbox workers (from /proc)."""
    from pipeline import sandbox
    total = 0.0
    for pid in sandbox.live_workers():
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        except (OSError, IndexError, ValueError):
            pass
    return total


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--copies", type=int, default=0, help="archive of N corpus copies (default: the corpus)")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--work", type=Path, default=None)
    ap.add_argument("--cold-only", action="store_true", help="only the fresh-process runs")
    args = ap.parse_args(argv)
    work = args.work or Path(tempfile.mkdtemp(prefix="bench_check_"))
    work.mkdir(parents=True, exist_ok=True)
    draft = make_draft(work)
    out = work / "archive"
    import pypdfium2
    n = make_archive(out, args.copies) if not (out / "current").exists() else None
    print(f"draft: {len(pypdfium2.PdfDocument(draft))} pages; archive: {n or 'kept'} documents ({out}); "
          f"load average {os.getloadavg()[0]:.1f}")
    fresh_cache = lambda: {"MINUTES_REGEX_CACHE": tempfile.mkdtemp(prefix="regex_", dir=work)}  # noqa: E731
    runs = [("cold, new machine", lambda: cold(draft, out, **fresh_cache())),
            ("cold, sandbox", lambda: cold(draft, out)),
            ("cold, in-process", lambda: cold(draft, out, "--isolation", "none"))]
    if not args.cold_only:
        runs += [("warm, sandbox", lambda: warm(draft, out, "process")),
                 ("warm, in-process", lambda: warm(draft, out, "none"))]
    rows = []
    for label, fn in runs:
        if label in ("cold, sandbox", "warm, sandbox", "warm, in-process"):
            fn()                                   # the warm-up (it fills the pattern cache)
        got = [fn() for _ in range(args.runs)]
        rows.append((label, statistics.median(g[0] for g in got), statistics.median(g[1] for g in got), got[0][2]))
    from pipeline import sandbox
    sandbox.shutdown()
    print(f"{'run':<19}{'wall s':>8}{'CPU s':>8}  (median of {args.runs}; exit code or flags)")
    for label, wall, cpu, extra in rows:
        print(f"{label:<19}{wall:>8.2f}{cpu:>8.2f}  {extra}")


if __name__ == "__main__":
    main()
