"""Prefect tasks: thin wrappers over pipeline and extractor functions.

I/O tasks (reading files, publishing) retry; parsing and extraction tasks do not
(the same bytes fail the same way twice).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Mapping, Sequence

from prefect import task
from prefect.cache_policies import NO_CACHE

from extractors.chain import bytes_to_extraction, error_extraction, extract_isolated, pipeline_version
from flows import archive
from pipeline import publish
from pipeline.archive import Change, Entry, entry_for
from pipeline.cache import ExtractionCache
from pipeline.errors import InputError, one_line
from pipeline.records import Extraction
from pipeline.settings import Settings
from pipeline.text import sha256_bytes

PDF_SUFFIXES = (".pdf",)


@dataclass(frozen=True)
class SourceFile:
    """A file to ingest: where it is, its bytes' sha256 and size (or why unreadable)."""
    path: Path
    doc_id: str
    size: int
    error: InputError | str | None = None


@task(name="discover-files", retries=2, retry_delay_seconds=1)
def discover_files(paths: Sequence[str | Path]) -> list[Path]:
    """Every PDF under the given files and folders (files given by name always count)."""
    found: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            found.extend(sorted(f for f in p.rglob("*")
                                if f.is_file() and f.suffix.lower() in PDF_SUFFIXES))
        else:
            found.append(p)
    seen, unique = set(), []
    for f in found:
        key = f.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return unique


@task(name="read-file", retries=2, retry_delay_seconds=1)
def read_file(path: Path) -> tuple[SourceFile, bytes]:
    """The file's bytes and identity; a missing or unreadable file is recorded, not raised."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return SourceFile(path, sha256_bytes(str(path).encode()), 0,
                          InputError("not_found", path=str(path))), b""
    except OSError as exc:
        return SourceFile(path, sha256_bytes(str(path).encode()), 0,
                          one_line(f"unreadable file: {exc}")), b""
    return SourceFile(path, sha256_bytes(data), len(data)), data


@task(name="extract-document")
def extract_document(source: SourceFile, data: bytes, settings: Settings) -> Extraction:
    """All facts of one file, from the cache when its bytes and the extractors are unchanged."""
    if source.error:
        return error_extraction(source.doc_id, source.path, source.error)
    cache = ExtractionCache(settings.cache_path, pipeline_version())
    cached = cache.get(source.doc_id)
    if cached is not None:
        return with_location(cached, source)
    if settings.isolation == "process":
        ex = extract_isolated(data, source.path, settings)
    else:
        ex = bytes_to_extraction(data, source.path, settings)
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
