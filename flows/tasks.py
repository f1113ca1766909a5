"""Prefect tasks: thin wrappers over pipeline and extractor functions.

I/O tasks (finding and hashing files, publishing) retry; extraction tasks do not (the
same bytes fail the same way twice). Tasks take paths, never a file's bytes.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Mapping, Sequence

from prefect import task
from prefect.cache_policies import NO_CACHE

from extractors.chain import error_extraction, extract_isolated, path_to_extraction, pipeline_version
from flows import archive
from pipeline import inputs, publish
from pipeline.archive import Change, Entry, entry_for
from pipeline.cache import ExtractionCache
from pipeline.inputs import PDF_SUFFIXES, SourceFile  # noqa: F401  (re-exported)
from pipeline.records import Extraction
from pipeline.settings import Settings


# No task hashes its arguments (NO_CACHE): Prefect's default cache key would hash them, and
# the per-document cache is ours (pipeline/cache.py), keyed by the file's sha256.


@task(name="discover-files", retries=2, retry_delay_seconds=1, cache_policy=NO_CACHE)
def discover_files(paths: Sequence[str | Path]) -> list[Path]:
    """Every PDF under the given files and folders (files given by name always count)."""
    return inputs.discover(paths)


@task(name="identify-file", retries=2, retry_delay_seconds=1, cache_policy=NO_CACHE)
def identify_file(path: Path, settings: Settings) -> SourceFile:
    """The file's sha256 (streamed) and size, or why it is no file to read; the parent
    never holds its bytes."""
    return inputs.identify(path, settings)


@task(name="extract-document", cache_policy=NO_CACHE)
def extract_document(source: SourceFile, settings: Settings) -> Extraction:
    """All facts of one file, from the cache when its bytes and the extractors are
    unchanged; else read and extracted by a worker (which checks the bytes are the same)."""
    if source.error:
        return error_extraction(source.doc_id, source.path, source.error, size=source.size)
    cache = ExtractionCache(settings.cache_path, pipeline_version(), settings)
    cached = cache.get(source.doc_id)
    if cached is not None:
        return with_location(cached, source)
    if settings.isolation == "process":
        ex = extract_isolated(source.path, settings, source.doc_id, source.size)
    else:
        ex = path_to_extraction(source.path, settings, source.doc_id)
    cache.put(ex)
    return ex


def with_location(ex: Extraction, source: SourceFile) -> Extraction:
    """A cached extraction under the name and path the file has now."""
    return replace(ex, info=replace(ex.info, file_name=source.path.name, path=str(source.path)))


@task(name="load-archive", cache_policy=NO_CACHE)   # no hashing of the whole archive
def load_archive(entries: Sequence[Entry], fresh: Mapping[str, Extraction],
                 settings: Settings) -> list[Extraction]:
    """Every archived document's Extraction: this run's, else the cached one."""
    return archive.archive_extractions(entries, fresh, settings)


@task(name="corpus-steps", cache_policy=NO_CACHE)
def corpus_steps(extractions: Sequence[Extraction]) -> publish.Corpus:
    """Steps over all documents: people resolved across reports, decision history,
    checks across meetings."""
    return archive.corpus_of(extractions)


fingerprint = archive.fingerprint


@task(name="publish", retries=2, retry_delay_seconds=1, cache_policy=NO_CACHE)
def publish_corpus(corpus: publish.Corpus, out_dir: Path, change: Change | None = None,
                   action: str = "ingest", policy: str = "record") -> tuple[bool, dict[str, int]]:
    """Publish the archive atomically; skip when the same archive was already published.
    Returns whether a new publication was made and the rows per dataset."""
    if change is None:
        change = Change(entries=tuple(entry_for(ex) for ex in corpus.extractions))
    return archive.publish_change(corpus, out_dir, fingerprint(corpus.extractions), change,
                                  action, policy)
