"""The ingest flow: discover PDFs, extract each (concurrently, cached), run the
corpus-wide steps, publish."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Sequence

from prefect import flow
from prefect.futures import as_completed
from prefect.task_runners import ThreadPoolTaskRunner

from flows import tasks
from pipeline.records import Extraction
from pipeline.settings import Settings


@dataclass(frozen=True)
class RunSummary:
    """What one ingest run did, for the command to print."""
    documents: int
    pages: int
    languages: dict[str, int]
    rows: dict[str, int]
    failed: tuple[tuple[str, str], ...]          # (file name, reason)
    published: bool
    out_dir: Path


@flow(name="minutes-ingest", log_prints=False)
def ingest(paths: Sequence[str], settings: Settings,
           progress: Callable[[int, int], None] | None = None) -> RunSummary:
    """PDF files and folders in, published datasets out."""
    files = tasks.discover_files(paths)
    read = [tasks.read_file.submit(f) for f in files]
    extracted = [tasks.extract_document.submit(*r.result(), settings) for r in read]
    done = 0
    for _ in as_completed(extracted):
        done += 1
        if progress:
            progress(done, len(extracted))
    extractions = [f.result() for f in extracted]
    corpus = tasks.corpus_steps(extractions)
    published, rows = tasks.publish_corpus(corpus, settings.out_dir)
    return summarise(extractions, rows, published, settings.out_dir)


def summarise(extractions: Sequence[Extraction], rows: dict[str, int], published: bool,
              out_dir: Path) -> RunSummary:
    langs: dict[str, int] = {}
    for ex in extractions:
        if ex.info.status == "ok":
            key = ex.info.language or "unknown"
            langs[key] = langs.get(key, 0) + 1
    failed = tuple((ex.info.file_name, ex.info.error or "") for ex in extractions
                   if ex.info.status == "error")
    return RunSummary(documents=len(extractions), pages=sum(ex.info.pages for ex in extractions),
                      languages=langs, rows=rows, failed=failed, published=published,
                      out_dir=out_dir)


def unchanged_run(paths: Sequence[str], settings: Settings) -> RunSummary | None:
    """The summary of the current publication when every input is unchanged (same
    files, same bytes, all cached under the same extractor versions), else None.

    It reads and hashes the files but starts no flow: Prefect's local server takes
    ~10 s to start, which would dominate a re-run that has nothing to do."""
    from pipeline.cache import ExtractionCache
    from pipeline.publish import current_manifest
    from extractors.chain import pipeline_version

    manifest = current_manifest(settings.out_dir)
    if not manifest:
        return None
    cache = ExtractionCache(settings.cache_path, pipeline_version())
    extractions = []
    for path in tasks.discover_files.fn(paths):
        source, _ = tasks.read_file.fn(path)
        cached = None if source.error else cache.get(source.doc_id)
        if cached is None:
            return None
        extractions.append(tasks.with_location(cached, source))
    if manifest.get("fingerprint") != tasks.fingerprint(extractions):
        return None
    return summarise(extractions, dict(manifest.get("datasets", {})), False, settings.out_dir)


def run_ingest(paths: Sequence[str], settings: Settings,
               progress: Callable[[int, int], None] | None = None) -> RunSummary:
    """Run the flow with a task runner sized to the settings (Dask when an address is set);
    an unchanged re-run is answered from the cache without starting a flow."""
    quick = unchanged_run(paths, settings)
    if quick is not None:
        return quick
    if settings.dask_address:
        from prefect_dask import DaskTaskRunner
        runner = DaskTaskRunner(address=settings.dask_address)
        settings = settings.with_(isolation="none")
    elif settings.isolation == "process":
        # The threads only wait on the worker pool: twice as many as workers keep a
        # document queued for each worker while Prefect records the one before.
        runner = ThreadPoolTaskRunner(max_workers=2 * settings.concurrency + 1)
    else:
        runner = ThreadPoolTaskRunner(max_workers=max(2, settings.concurrency))
    return ingest.with_options(task_runner=runner)(list(map(str, paths)), settings, progress)
