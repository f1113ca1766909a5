"""The ingest flow: discover PDFs, extract each (concurrently, cached), put them in the
archive, run the cross-document steps over the whole archive, publish.

No ``from __future__ import annotations`` here: Prefect builds the deployment's
parameter model from these annotations, and string annotations must then be resolved
in a namespace a served or deployed run may not have.
"""

import contextlib
import time
from pathlib import Path
from typing import Callable, Optional, Sequence

from prefect import flow
from prefect.futures import as_completed
from prefect.states import Failed
from prefect.task_runners import ThreadPoolTaskRunner
from prefect.utilities.annotations import quote

from extractors.chain import pipeline_version
from flows import archive as ops
from flows import plan, runtime, tasks
from flows.plan import RunSummary, check_paths, run_ingest, summarise, unchanged_run  # noqa: F401
from pipeline import archive
from pipeline.errors import UsageError
from pipeline.lock import archive_lock
from pipeline.records import Extraction
from pipeline.settings import Settings


_progress: Optional[Callable[[int, int], None]] = None    # the command's progress line


@flow(name="minutes-ingest", log_prints=False, task_runner=ThreadPoolTaskRunner(max_workers=5))
def ingest(paths: list[str], out: str = "outputs", replace: bool = False, workers: int = 2,
           timeout: float = 300.0, settings: Optional[Settings] = None) -> RunSummary:
    """PDF files and folders in; the archive in ``out`` updated with them (with
    ``replace``, made of exactly them) and published. ``settings``, when given, overrides
    ``out``, ``workers`` and ``timeout``. Ends Failed, publishing nothing, when no input
    could be read. Extraction workers are started for the run and stopped after it."""
    settings = settings or Settings.from_env(out_dir=out, concurrency=workers,
                                             doc_timeout_s=timeout)
    from pipeline import sandbox
    try:
        # The lock again (re-entrant in one process): a served or deployed run does not
        # come through run_ingest, and must be the archive's only writer too.
        with runtime.workers_skip_main(), archive_lock(settings.out_dir, command="minutes ingest"):
            summary = ingest_archive(paths, settings, replace)
            # so that a later unchanged re-run is answered before Prefect (flows/plan.py)
            plan.remember_version(settings, pipeline_version())
    except UsageError as exc:
        return Failed(message=str(exc), data=exc)
    finally:
        sandbox.shutdown()     # no worker outlives the run (a served run's process must exit)
    if summary.refused:
        return Failed(message=summary.refused, data=summary)
    return summary


def ingest_archive(paths: Sequence[str], settings: Settings, replace: bool = False) -> RunSummary:
    """The flow's body: this run's documents extracted, merged into the archive, the
    cross-document pass over the whole archive, one publication."""
    t0 = time.perf_counter()
    check_paths(paths)
    entries = ops.current_entries(settings.out_dir)
    fresh = extract_all(tasks.discover_files(paths), settings)
    change = archive.ingest_change(entries, fresh, replace)
    timings = {"extract": ops.elapsed(t0)}
    if fresh and all(ex.info.status == "error" for ex in fresh):
        refused = str(UsageError("nothing_added", n=len(fresh)))
        return summarise([], {}, False, settings.out_dir, change, refused=refused)
    known = {ex.info.doc_id: ex for ex in fresh if ex.info.status == "ok"}
    redo = ops.stale(change.entries, known, settings)
    if redo:      # the pipeline changed: archived documents are extracted again, in parallel
        known.update({ex.info.doc_id: ex for ex in extract_all([Path(e.path) for e in redo],
                                                                settings, count=False)
                      if ex.info.status == "ok"})
    t1 = time.perf_counter()
    # quote(): Prefect would otherwise walk every record of the archive looking for futures.
    exs = tasks.load_archive(quote(change.entries), quote(known), settings)
    timings["load"] = ops.elapsed(t1)
    t2 = time.perf_counter()
    corpus = tasks.corpus_steps(quote(exs))
    timings["cross"] = ops.elapsed(t2)
    t3 = time.perf_counter()
    action = "ingest --replace" if replace else "ingest"
    published, rows = tasks.publish_corpus(quote(corpus), settings.out_dir, quote(change),
                                           action, settings.error_policy)
    timings["publish"] = ops.elapsed(t3)
    timings["total"] = ops.elapsed(t0)
    return summarise(exs, rows, published, settings.out_dir, change, timings=timings)


def extract_all(files: Sequence[Path], settings: Settings, count: bool = True) -> list[Extraction]:
    """Each file identified (its sha256, streamed) and extracted in its own tasks (cached
    ones come back at once); the same bytes under several paths are extracted once, and
    each path gets the extraction (the archive records the later ones as duplicates)."""
    identified = [tasks.identify_file.submit(f, settings) for f in files]
    sources = [f.result() for f in identified]
    firsts = {}
    for source in sources:
        firsts.setdefault(source.doc_id, source)
    extracted = {doc_id: tasks.extract_document.submit(source, settings)
                 for doc_id, source in firsts.items()}
    for done, _ in enumerate(as_completed(list(extracted.values())), start=1):
        if _progress and count:
            _progress(done, len(extracted))
    return [tasks.with_location(extracted[s.doc_id].result(), s) for s in sources]


def run_flow(paths: Sequence[str], settings: Settings,
             progress: Optional[Callable[[int, int], None]] = None,
             replace: bool = False) -> RunSummary:
    """The flow, as ``flows.plan.run_ingest`` runs it once it has found something to do
    (under the archive's lock), with a task runner sized to the settings (Dask when an
    address is set). Raises UsageError when the archive cannot be rebuilt."""
    global _progress
    if settings.dask_address:
        from prefect_dask import DaskTaskRunner
        # Each document still runs in a sandbox worker process (time limit, memory cap),
        # started by the Dask worker: a hostile PDF cannot take the Dask worker down.
        runner = DaskTaskRunner(address=settings.dask_address)
    elif settings.isolation == "process":
        # The threads only wait on the worker pool: twice as many as workers keep a
        # document queued for each worker while Prefect records the one before.
        runner = ThreadPoolTaskRunner(max_workers=2 * settings.concurrency + 1)
    else:
        runner = ThreadPoolTaskRunner(max_workers=max(2, settings.concurrency))
    runtime.server_dies_with_us()          # should Prefect start its own server after all
    # Dask workers keep Prefect's own local server (the API in a thread is not tested there).
    api = runtime.local_api() if not settings.dask_address else contextlib.nullcontext()
    _progress = progress
    try:
        with api, runtime.fast_local_flows():
            state = ingest.with_options(task_runner=runner)(
                list(map(str, paths)), str(settings.out_dir), replace, settings=settings,
                return_state=True)
    finally:
        _progress = None
    value = state.result(raise_on_failure=False)
    if isinstance(value, BaseException):
        raise value
    return value
