"""The archive's operations around the per-document flow: every archived document's
Extraction (from the cache), the cross-document pass and publication of a changed
archive, and the commands that need no extraction (remove, rollback, list).

None of these starts Prefect: removing a document or rolling back is a cross-document
pass and a publication, or a symlink switch.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Mapping, Sequence

import pandas as pd

from extractors.chain import extract_isolated, path_to_extraction, pipeline_version
from flows import plan
from flows.plan import check_paths, current_entries  # noqa: F401  (the commands' and the flow's)
from pipeline import archive, checks, history, people, publish, reviews
from pipeline.archive import Change, Entry
from pipeline.cache import ExtractionCache
from pipeline.errors import UsageError, unforeseen
from pipeline.lock import archive_lock
from pipeline.records import Extraction
from pipeline.settings import Settings


def stale(entries: Sequence[Entry], fresh: Mapping[str, Extraction], settings: Settings) -> list[Entry]:
    """Readable archived documents with no cached extraction under this pipeline version
    (the pipeline changed, or the cache was cleared): they must be extracted again."""
    cache = ExtractionCache(settings.cache_path, pipeline_version(), settings)
    return [e for e in entries if e.info.status == "ok" and e.doc_id not in fresh
            and not cache.has(e.doc_id)]     # whether there is one, unread


def archive_extractions(entries: Sequence[Entry], fresh: Mapping[str, Extraction],
                        settings: Settings) -> list[Extraction]:
    """The Extraction of every archived document, under its archived path and name:
    this run's, else the cache's, else extracted again from its file (same bytes), else
    the newest cached one of an earlier pipeline version. A document with none of these
    cannot be published: one UsageError line each."""
    cache = ExtractionCache(settings.cache_path, pipeline_version(), settings)
    out, lost = [], []
    for e in entries:
        ex = fresh.get(e.doc_id) or _from_archive(e, cache, settings)
        if ex is None:
            lost.append(str(UsageError("lost_document", name=e.info.file_name, path=e.path)))
            continue
        out.append(archive.at_entry(ex, e))
    if lost:
        raise UsageError("several", lines="\n".join(lost))
    return out


def _from_archive(entry: Entry, cache: ExtractionCache, settings: Settings) -> Extraction | None:
    if entry.info.status != "ok":           # an error or a duplicate: its row, no facts
        return Extraction(info=entry.info)
    return (cache.get(entry.doc_id) or _extract_again(entry, cache, settings)
            or _earlier_version(cache, entry.doc_id))


def _extract_again(entry: Entry, cache: ExtractionCache, settings: Settings) -> Extraction | None:
    """The document extracted from its archived path, when the file there still has
    the archived bytes (the worker reads it and checks them)."""
    path = Path(entry.path)
    run = extract_isolated if settings.isolation == "process" else path_to_extraction
    ex = run(path, settings, entry.doc_id)
    cache.put(ex)
    return ex if ex.info.status == "ok" else None


def _earlier_version(cache: ExtractionCache, doc_id: str) -> Extraction | None:
    """The newest readable cache entry for ``doc_id`` made by any pipeline version:
    what a document whose file is gone keeps when the pipeline changed."""
    for path in sorted(cache.folder.glob(f"{doc_id}-*.json"), key=lambda p: p.stat().st_mtime,
                       reverse=True):
        found = ExtractionCache(cache.folder, path.stem[len(doc_id) + 1:]).get(doc_id)
        if found is not None:
            return found
    return None


# ------------------------------------------------------------------ the cross-document pass


def corpus_of(extractions: Sequence[Extraction]) -> publish.Corpus:
    """Steps over all documents of the archive: people resolved across reports,
    decision history, checks across meetings."""
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
    """What a publication is made of: files (path, bytes, status) and pipeline version."""
    return plan.fingerprint(extractions, pipeline_version())


def publish_change(corpus: publish.Corpus, out_dir: Path, fingerprint: str, change: Change,
                   action: str, policy: str = "record") -> tuple[bool, dict[str, int]]:
    """Publish the archive after ``change`` (datasets, archive entries, publications row,
    report), unless the same archive is already published. Returns whether a new
    publication was made and the rows per dataset."""
    current = publish.current_manifest(out_dir)
    if current and current.get("fingerprint") == fingerprint and not change.changed:
        return False, dict(current.get("datasets", {}))
    frames = publish.corpus_to_frames(corpus)
    counts = {"pipeline_version": pipeline_version(), "action": action,
              "added": len(change.added), "replaced": len(change.replaced),
              "removed": len(change.removed)}
    publish.publish(frames, out_dir, fingerprint, change=counts,
                    archive_json=archive.entries_to_json(change.entries),
                    report=lambda folder, stamp: write_report(folder, stamp, policy))
    return True, dict((publish.current_manifest(out_dir) or {}).get("datasets", {}))


def write_report(folder: Path, stamp: str, policy: str = "record") -> None:
    """The report inside a publication being written; a failure of ours to render it
    leaves a one-line page rather than no publication (strict policy: re-raised)."""
    from pipeline.report import esc, render_report
    try:
        render_report(folder, label=stamp)
    except Exception as exc:  # a bug of ours must not cost the archive its publication
        reason = unforeseen(exc, "report", policy)
        (folder / publish.REPORT).write_text(
            f"<!DOCTYPE html><meta charset='utf-8'><p>{esc(reason)}</p>\n", encoding="utf-8")


# ------------------------------------------------------------------ commands without a flow


def remove_documents(selectors: Sequence[str], settings: Settings) -> tuple[Change, bool]:
    """Take documents out of the archive and publish the rest (cross-document pass
    included). Returns the change and whether a publication was made."""
    publish.require_publication(settings.out_dir)
    with archive_lock(settings.out_dir, command="minutes remove"):   # one writer per archive
        change = archive.remove_change(current_entries(settings.out_dir), selectors)
        exs = archive_extractions(change.entries, {}, settings)
        published, _ = publish_change(corpus_of(exs), settings.out_dir, fingerprint(exs),
                                      change, "remove", settings.error_policy)
    return change, published


def review_flag(selector: str, decision: reviews.Decision, note: str | None,
                settings: Settings) -> tuple[reviews.Review, dict, str]:
    """Record a review of one flag of the current publication (by flag_id or a unique
    prefix), then publish the same datasets again with it applied, so every reader sees
    it at once. Returns the review, the flag's row and the new publication's stamp."""
    out = settings.out_dir
    publish.require_publication(out)
    with archive_lock(out, command="minutes review"):   # read, record and publish as one writer
        folder = publish.require_publication(out)
        flags = publish.read_dataset(folder, "flags")
        flag_id = reviews.match_flag(selector, flags["flag_id"], out)
        review = reviews.new_review(flag_id, decision, note)
        reviews.record(out, review)
        stamp = republish(folder, out, settings.error_policy)
    return review, flags[flags["flag_id"] == flag_id].iloc[0].to_dict(), stamp


def republish(folder: Path, out_dir: Path, policy: str = "record") -> str:
    """A new publication of ``folder``'s datasets and archive entries (action "review":
    same documents, the store's reviews applied). A review publication it supersedes is
    deleted, so a run of reviews does not push older documents' publications out."""
    base = reviews.publication_row(folder)
    entries = folder / "archive.json"
    manifest = publish.current_manifest(out_dir) or {}
    final = publish.publish(
        reviews.read_publication(folder), out_dir, manifest.get("fingerprint", ""),
        change={"pipeline_version": base.get("pipeline_version"), "action": publish.REVIEW_ACTION},
        archive_json=entries.read_text(encoding="utf-8") if entries.exists() else None,
        report=lambda staging, stamp: write_report(staging, stamp, policy))
    if base.get("action") == publish.REVIEW_ACTION:
        reviews.discard(out_dir, folder.name)
    return final.name


def list_documents(out_dir: Path) -> pd.DataFrame:
    """The archive's documents with status, pages, language, meeting and date."""
    publish.require_publication(out_dir)
    docs = publish.read_dataset(out_dir, "documents")
    meetings = publish.read_dataset(out_dir, "meetings")
    meetings = meetings.drop_duplicates("doc_id")[["doc_id", "body", "ordinal", "date"]]
    df = docs.merge(meetings, on="doc_id", how="left")
    df["meeting"] = [_meeting(b, o) for b, o in zip(df["body"], df["ordinal"])]
    df["doc"] = df["doc_id"].str.slice(0, 12)
    df = df.sort_values(["date", "file_name"], na_position="last", kind="stable")
    return df[["file_name", "status", "pages", "language", "meeting", "date", "doc",
               "error"]].reset_index(drop=True)


def _meeting(body: object, ordinal: object) -> str | None:
    body = None if pd.isna(body) else str(body)
    ordinal = None if pd.isna(ordinal) else int(ordinal)
    if body is None and ordinal is None:
        return None
    return " ".join(p for p in (body or "", f"#{ordinal}" if ordinal is not None else "") if p)


def elapsed(since: float) -> float:
    return round(time.perf_counter() - since, 3)
