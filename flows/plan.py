"""What an ingest run has to do, decided before Prefect is started.

``run_ingest`` refuses missing paths, takes the archive's lock, and plans the run: the
inputs are found and hashed (streamed) and compared with the current publication's
entries. A run with nothing to do (every input archived with the same bytes at the same
path, nothing to retry, the archive published by this pipeline version) is answered
here with the current publication's summary: nothing is written, as the flow would
write nothing (its publish step skips an archive already published). Anything else
runs the flow (``flows.ingest``), which decides everything again under the same lock.

This module imports neither Prefect, nor pandas, nor the extractors: an unchanged re-run
costs the Python start-up, the hashing and a few JSON reads. The pipeline's version
(which needs every extractor imported) is remembered in the cache folder under a digest
of the code's files (``known_version``); when it is not known, the flow runs.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field, replace as with_fields
from pathlib import Path
from typing import Callable, Optional, Sequence

from pipeline import archive, inputs
from pipeline.atomic import write_text_atomic
from pipeline.cache import ExtractionCache
from pipeline.current import current_manifest, current_publication
from pipeline.errors import UsageError
from pipeline.lock import archive_lock
from pipeline.records import Extraction
from pipeline.settings import Settings

VERSIONS = "pipeline-versions.json"    # in the cache folder: code digest -> pipeline version
KEEP_VERSIONS = 8


@dataclass(frozen=True)
class RunSummary:
    """What one ingest run did, for the command to print: the archive after it
    (documents, pages, languages, rows) and this run's inputs by outcome."""
    documents: int
    pages: int
    languages: dict[str, int]
    rows: dict[str, int]
    failed: tuple[tuple[str, str], ...]          # (file name, reason) of this run's inputs
    published: bool
    out_dir: Path
    added: tuple[str, ...] = ()
    replaced: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    duplicates: tuple[str, ...] = ()             # of ``added``: copies of an archived document
    stamp: Optional[str] = None
    refused: Optional[str] = None                # why nothing was published, when so
    timings: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class Plan:
    """The run decided before the flow: its summary when it has nothing to do, else how
    many inputs have no extraction yet (the flow will need a worker for them)."""
    unchanged: Optional[RunSummary]
    to_extract: int


def run_ingest(paths: Sequence[str], settings: Settings,
               progress: Optional[Callable[[int, int], None]] = None,
               replace: bool = False) -> RunSummary:
    """Ingest ``paths`` into the archive: a missing path is refused before Prefect starts;
    an unchanged re-run is answered without it; else the flow runs (``flows.ingest``),
    with a worker started first when there are documents to extract. Raises UsageError
    when the archive cannot be rebuilt; a run where no input could be read returns a
    summary with ``refused``."""
    check_paths(paths)
    with archive_lock(settings.out_dir, command="minutes ingest"):   # one writer per archive
        plan = plan_run(paths, settings, replace)
        if plan.unchanged is not None:
            return plan.unchanged
        if plan.to_extract and settings.isolation == "process" and not settings.dask_address:
            from pipeline import sandbox
            # The worker boots (imports, models) while this process starts Prefect.
            sandbox.prestart(settings, ("pipeline.patternboot", "extractors.chain"))
        from flows.ingest import run_flow           # Prefect is imported only now
        return run_flow(paths, settings, progress, replace)


def check_paths(paths: Sequence[str]) -> None:
    """One UsageError line per input path that does not exist, or one when no PDF is
    found under them. Imports no Prefect: the command refuses before it starts."""
    missing = [str(UsageError("path_missing", path=p)) for p in paths
               if not os.path.lexists(p)]      # a dangling link given by name gets its row
    if missing:
        raise UsageError("several", lines="\n".join(missing))
    if not inputs.discover(paths):
        raise UsageError("no_pdf", paths=", ".join(map(str, paths)))


def current_entries(out_dir: Path) -> tuple[archive.Entry, ...]:
    """The documents of the publication readers see now (none for a new archive)."""
    folder = current_publication(out_dir)
    return archive.read_entries(folder) if folder is not None else ()


def plan_run(paths: Sequence[str], settings: Settings, replace: bool = False) -> Plan:
    """The run's summary when it has nothing to do (see ``unchanged_run``), else the
    number of inputs with no extraction under this pipeline version (all new inputs
    when that version is not known here)."""
    manifest = current_manifest(settings.out_dir)
    entries = current_entries(settings.out_dir) if manifest else ()
    version = known_version(settings)
    by_id = {e.doc_id: e for e in entries}
    cache = ExtractionCache(settings.cache_path, version) if version else None
    sources, to_extract, quick = [], set(), bool(entries) and version is not None
    for path in inputs.discover(paths):
        source = inputs.identify(path, settings)
        sources.append(source)
        entry = by_id.get(source.doc_id)
        if entry is None or (archive.retry(entry) and not _same_failure(source, entry)):
            quick = False
            if not source.error and not (cache and cache.has(source.doc_id)):
                to_extract.add(source.doc_id)
    if not quick:
        return Plan(None, len(to_extract))
    return Plan(_unchanged_summary(sources, entries, manifest, version, settings, replace), 0)


def unchanged_run(paths: Sequence[str], settings: Settings, replace: bool = False) -> Optional[RunSummary]:
    """The summary of the current publication when the run has nothing to do: every
    input is already archived with the same bytes at the same path, nothing to retry,
    and the archive was published by this pipeline version; else None.

    It hashes the files (streamed) but starts no flow: Prefect's local server takes
    ~10 s to start, which would dominate a re-run that has nothing to do."""
    return plan_run(paths, settings, replace).unchanged


def _unchanged_summary(sources: Sequence[inputs.SourceFile], entries: Sequence[archive.Entry],
                       manifest: dict, version: str, settings: Settings,
                       replace: bool) -> Optional[RunSummary]:
    """The summary when these archived inputs change nothing in the archive (their
    paths, the documents kept or dropped) and it was published by ``version``."""
    by_id = {e.doc_id: e for e in entries}
    found = [Extraction(info=with_fields(by_id[s.doc_id].info, path=str(s.path),
                                         file_name=s.path.name)) for s in sources]
    change = archive.ingest_change(entries, found, replace)
    exs = [Extraction(info=e.info) for e in change.entries]
    if change.changed or manifest.get("fingerprint") != fingerprint(exs, version):
        return None
    return summarise(exs, dict(manifest.get("datasets", {})), False, settings.out_dir, change)


def _same_failure(source: inputs.SourceFile, entry: archive.Entry) -> bool:
    """Whether an input that is no file to read (a FIFO, a dangling link, a file over the
    size limit...) is archived with the very same reason: nothing to retry."""
    return bool(source.error) and entry.info.error == str(source.error)


def fingerprint(extractions: Sequence[Extraction], version: str) -> str:
    """What a publication is made of: files (path, bytes, status) and pipeline version."""
    items = sorted((ex.info.path, ex.info.doc_id, ex.info.status) for ex in extractions)
    return hashlib.sha256(json.dumps([items, version]).encode()).hexdigest()[:16]


def summarise(extractions: Sequence[Extraction], rows: dict[str, int], published: bool,
              out_dir: Path, change: archive.Change, refused: Optional[str] = None,
              timings: Optional[dict[str, float]] = None) -> RunSummary:
    langs: dict[str, int] = {}
    for ex in extractions:
        if ex.info.status == "ok":
            key = ex.info.language or "unknown"
            langs[key] = langs.get(key, 0) + 1
    manifest = current_manifest(out_dir) or {}
    return RunSummary(
        documents=len(extractions), pages=sum(ex.info.pages for ex in extractions),
        languages=langs, rows=rows, failed=change.failed, published=published,
        out_dir=out_dir, added=change.added, replaced=change.replaced,
        unchanged=change.unchanged, removed=change.removed,
        duplicates=tuple(e.info.file_name for e in change.entries
                         if e.info.status == "duplicate" and e.info.file_name in change.added),
        stamp=manifest.get("stamp") if not refused else None, refused=refused,
        timings=dict(timings or {}))


# ------------------------------------------------------------------ the pipeline's version


def code_digest() -> str:
    """A digest of every file of the ``extractors`` and ``pipeline`` packages (path
    within the package and bytes). The pipeline's version is a function of these files
    alone (declared versions and a digest of the sources, extractors/chain.py), so the
    same digest means the same version. 10-20 ms; imports no extractor."""
    import extractors
    import pipeline
    digest = hashlib.sha256()
    for package in (extractors, pipeline):
        root = Path(package.__file__).parent
        files = sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts
                       and p.suffix not in (".pyc", ".pyo"))
        for path in files:
            digest.update(f"{package.__name__}/{path.relative_to(root).as_posix()}\0".encode())
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def known_version(settings: Settings) -> Optional[str]:
    """The pipeline's version as remembered for this code in the cache folder, or None."""
    try:
        found = json.loads((settings.cache_path / VERSIONS).read_text(encoding="utf-8"))
        version = found.get(code_digest())
    except (OSError, ValueError, AttributeError):
        return None
    return version if isinstance(version, str) and version else None


def remember_version(settings: Settings, version: str) -> None:
    """Record this code's pipeline version in the cache folder (a run that computed it),
    keeping the last few codes' (a cache folder shared by several installs)."""
    path = settings.cache_path / VERSIONS
    try:
        known = json.loads(path.read_text(encoding="utf-8"))
        known = known if isinstance(known, dict) else {}
    except (OSError, ValueError):
        known = {}
    digest = code_digest()
    if known.get(digest) == version:
        return
    known.pop(digest, None)
    known[digest] = version
    known = dict(list(known.items())[-KEEP_VERSIONS:])
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_text_atomic(path, json.dumps(known, indent=1))
    except OSError:
        pass                   # only a later re-run's shortcut is lost
