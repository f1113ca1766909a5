"""How the archive's cost grows: adding 1 new report to archives of N documents, against
a full ingest of the N from the cache.

    python benchmarks/archive.py [--sizes 200 2000] [--work DIR]

For each N, the corpus PDFs are copied N times over with distinct bytes (a comment after
the end of file), and the cache is filled for every copy from one extraction of each
original (the copy's cache entry is the original's with its doc_id). Then, each in a
fresh process as `minutes ingest` would run:
  full   ingest the N copies into an empty archive, every extraction from the cache;
  add 1  ingest one more copy (cold: not in the cache) into that archive.
Prints wall time and, for the flow, the time spent extracting, loading the archive's
cached extractions, in the cross-document pass and publishing (report included).
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def copies(n: int, folder: Path) -> list[tuple[Path, Path]]:
    """(copy, original) for n distinct copies of the corpus reports."""
    originals = sorted((ROOT / "corpus").glob("*.pdf"))
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(n):
        src = originals[i % len(originals)]
        dst = folder / f"{i:05d}_{src.name}"
        dst.write_bytes(src.read_bytes() + f"\n% copy {i}\n".encode())
        out.append((dst, src))
    return out


def fill_cache(pairs: list[tuple[Path, Path]], cache: Path) -> None:
    """A cache entry for every copy, made from one extraction of its original."""
    from extractors.chain import bytes_to_extraction, pipeline_version
    from pipeline.records import to_row
    from pipeline.settings import Settings
    from pipeline.text import sha256_bytes
    settings = Settings(isolation="none")
    version = pipeline_version()
    cache.mkdir(parents=True, exist_ok=True)
    done: dict[Path, tuple[str, str]] = {}
    for copy, src in pairs:
        if src not in done:
            data = src.read_bytes()
            done[src] = (sha256_bytes(data),
                         json.dumps(to_row(bytes_to_extraction(data, src, settings)), ensure_ascii=False))
        old_id, text = done[src]
        new_id = sha256_bytes(copy.read_bytes())
        (cache / f"{new_id}-{version}.json").write_text(text.replace(old_id, new_id), encoding="utf-8")


def step(paths: list[str], out: str, cache: str) -> None:
    """One ingest in this (fresh) process; prints a JSON line of its times."""
    from flows import runtime
    runtime.configure(quiet=True)
    from flows.ingest import run_ingest
    from pipeline import sandbox
    from pipeline.settings import Settings
    started = time.perf_counter()
    with runtime.fast_local_flows():
        summary = run_ingest(paths, Settings(out_dir=Path(out), cache_dir=Path(cache)))
    sandbox.shutdown()
    print(json.dumps({"wall": round(time.perf_counter() - started, 2), "documents": summary.documents,
                      "added": len(summary.added), "published": summary.published,
                      **summary.timings}))


def measure(paths: list[str], out: Path, cache: Path) -> dict:
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, __file__, "--step", str(out), str(cache), *paths],
                          capture_output=True, text=True, cwd=ROOT)
    if proc.returncode != 0:
        raise SystemExit(proc.stderr[-3000:])
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    result["process"] = round(time.perf_counter() - started, 2)
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[200, 2000])
    parser.add_argument("--work", type=Path, default=None)
    parser.add_argument("--step", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.step:
        out, cache, *paths = args.step
        return step(paths, out, cache)
    work = args.work or Path(tempfile.mkdtemp(prefix="archive-bench-"))
    print(f"{'N':>6}  {'run':<6} {'process s':>9} {'flow s':>7} {'extract':>8} {'load':>6} "
          f"{'cross':>6} {'publish':>8}")
    for n in args.sizes:
        folder, cache = work / f"in{n}", work / f"cache{n}"
        pairs = copies(n + 1, folder)
        fill_cache(pairs[:n], cache)
        new = pairs[n][0]
        new.rename(work / new.name)                      # the one added later, not in the cache
        for label, paths in (("full", [str(folder)]), ("add 1", [str(work / new.name)])):
            r = measure(paths, work / f"out{n}", cache)
            assert r["published"], r
            print(f"{n:>6}  {label:<6} {r['process']:>9.1f} {r['wall']:>7.1f} {r.get('extract', 0):>8.1f} "
                  f"{r.get('load', 0):>6.1f} {r.get('cross', 0):>6.1f} {r.get('publish', 0):>8.1f}",
                  flush=True)
        shutil.rmtree(folder, ignore_errors=True)
    print(f"(work folder: {work})")


if __name__ == "__main__":
    main()
