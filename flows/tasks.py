"""Prefect tasks: thin wrappers over pipeline and extractor functions.

I/O tasks (reading files, publishing) retry; parsing and extraction tasks do not
(the same bytes fail the same way twice).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Sequence

from prefect import task

from extractors.chain import bytes_to_extraction, error_extraction, extract_isolated, pipeline_version
from pipeline import checks, history, people, publish
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


@task(name="corpus-steps")
def corpus_steps(extractions: Sequence[Extraction]) -> publish.Corpus:
    """Steps over all documents: people resolved across reports, decision history,
    checks across meetings."""
    ok = [ex for ex in extractions if ex.info.status == "ok"]
    all_interventions = [i for ex in ok for i in ex.interventions]
    persons, resolved = people.interventions_to_people(all_interventions)
    decisions = [d for ex in ok for d in ex.decisions]
    meetings = [ex.meeting for ex in ok if ex.meeting is not None]
    return publish.Corpus(
        extractions=tuple(extractions), people=tuple(persons), interventions=tuple(resolved),
        history=tuple(history.decisions_to_history(
            decisions, meetings, {ex.info.doc_id: ex.info.file_name for ex in ok})),
        cross_flags=tuple(checks.extractions_to_cross_flags(ok)))


def fingerprint(extractions: Sequence[Extraction]) -> str:
    """What a publication is made of: files (name, bytes) and extractor version."""
    items = sorted((ex.info.path, ex.info.doc_id, ex.info.status) for ex in extractions)
    return hashlib.sha256(json.dumps([items, pipeline_version()]).encode()).hexdigest()[:16]


@task(name="publish", retries=2, retry_delay_seconds=1)
def publish_corpus(corpus: publish.Corpus, out_dir: Path) -> tuple[bool, dict[str, int]]:
    """Publish atomically; skip when the same inputs were already published.
    Returns whether a new publication was made and the rows per dataset."""
    fp = fingerprint(corpus.extractions)
    current = publish.current_manifest(out_dir)
    if current and current.get("fingerprint") == fp:
        return False, dict(current.get("datasets", {}))
    frames = publish.corpus_to_frames(corpus)
    publish.publish(frames, out_dir, fp)
    return True, {k: len(v) for k, v in frames.items()}
