"""The archive: which documents an output folder publishes, and how a run changes that.

The archive's state is a short list of entries, one per document (its ``documents`` row
as a DocumentInfo, with the file's absolute path), kept in every publication as
``archive.json``; each document's facts are its cached Extraction (``pipeline/cache.py``,
keyed by the sha256 of its bytes). Adding one report to an archive of 500 therefore
reads one file and extracts it; the other 500 come back from the cache.

Which archived document an input is (the rule the README states):
1. the same bytes (same ``doc_id``) are the same document, wherever the file now is (a
   moved or renamed file keeps its place; the entry follows its new path);
2. otherwise the same absolute path is the same document in a new version: it replaces
   the earlier one;
3. anything else is added.
A file name alone never identifies a document: bodies name their minutes alike
("minutes.pdf", "acta.pdf") and a wrong replacement would silently drop a report.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Iterable, Sequence

from pipeline.errors import UsageError
from pipeline.records import DocumentInfo, Extraction, Record, from_row, to_row

ARCHIVE = "archive.json"
# Kinds of failed input that are not documents at all: never archived.
NOT_DOCUMENTS = frozenset({"not_found"})
# Failures the same bytes give every time, whatever the run's limits.
SAME_EVERY_TIME = frozenset({"empty", "not_pdf", "encrypted", "truncated", "unreadable", "no_pages"})


@dataclass(frozen=True)
class Entry(Record):
    """One archived document: its ``documents`` row, with the file's absolute path."""
    info: DocumentInfo

    @property
    def doc_id(self) -> str:
        return self.info.doc_id

    @property
    def path(self) -> str:
        return self.info.path


@dataclass(frozen=True)
class Change(Record):
    """What a run does to the archive: the entries after it, and file names per outcome."""
    entries: tuple[Entry, ...]
    added: tuple[str, ...] = ()
    replaced: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    failed: tuple[tuple[str, str], ...] = ()     # this run's unreadable inputs: (file name, reason)

    @property
    def changed(self) -> bool:
        return bool(self.added or self.replaced or self.removed)


def absolute(path: str | Path) -> str:
    """The path an archive records: absolute, symlinks resolved."""
    return str(Path(path).expanduser().resolve())


def entry_for(ex: Extraction) -> Entry:
    """The archive entry of a fresh extraction (its path made absolute)."""
    return Entry(info=replace(ex.info, path=absolute(ex.info.path)))


def retry(entry: Entry) -> bool:
    """Whether an archived failure may end otherwise on another run (a time or memory
    limit, a crash, OCR): such an input goes through the flow, where the cache decides."""
    return entry.info.status == "error" and entry.info.error_kind not in SAME_EVERY_TIME


# ------------------------------------------------------------------ planning a run


def ingest_change(entries: Sequence[Entry], extractions: Sequence[Extraction],
                  replace_all: bool = False) -> Change:
    """The archive after ingesting ``extractions`` (this run's inputs, in order).

    A failed input never replaces a readable archived version and is kept out when it
    is not a document (a path that vanished); a new unreadable file is archived as an
    error row, as the contract asks. With ``replace_all`` the archive becomes exactly
    this run's inputs (archived documents not among them are removed)."""
    out: list[Entry] = list(entries)
    by_id = {e.doc_id: i for i, e in enumerate(out)}
    by_path = {e.path: i for i, e in enumerate(out)}
    outcome: dict[str, list] = {"added": [], "replaced": [], "unchanged": [], "failed": []}
    touched: set[int] = set()
    for ex in extractions:
        kind = _place(out, by_id, by_path, touched, ex)
        if ex.info.status == "error":
            outcome["failed"].append((ex.info.file_name, ex.info.error or "unreadable"))
        if kind:
            outcome[kind].append(ex.info.file_name)
    removed: tuple[str, ...] = ()
    if replace_all:
        removed = tuple(e.info.file_name for i, e in enumerate(out) if i not in touched)
        out = [e for i, e in enumerate(out) if i in touched]
    return Change(entries=tuple(out), added=tuple(outcome["added"]),
                  replaced=tuple(outcome["replaced"]), unchanged=tuple(outcome["unchanged"]),
                  removed=removed, failed=tuple(outcome["failed"]))


def _place(out: list[Entry], by_id: dict[str, int], by_path: dict[str, int],
           touched: set[int], ex: Extraction) -> str | None:
    """Put one input in the archive (``out``, changed in place); says what it was:
    added, replaced, unchanged, or None when it stays out."""
    new = entry_for(ex)
    i = by_id.get(new.doc_id)
    if i is not None and i in touched:            # the same bytes twice in one run
        return "unchanged"
    if i is not None:                             # the same bytes: the same document
        old = out[i]
        failed_now = ex.info.status == "error" and old.info.status == "ok"
        info = old.info if failed_now else new.info       # a failure never hides a good read
        out[i] = Entry(info=replace(info, path=new.path, file_name=ex.info.file_name))
        touched.add(i)
        return "replaced" if info.status != old.info.status else "unchanged"
    if ex.info.status == "error" and ex.info.error_kind in NOT_DOCUMENTS:
        return None
    i = by_path.get(new.path)
    if i is not None and i not in touched:
        touched.add(i)
        if ex.info.status == "error" and out[i].info.status == "ok":
            return None                           # keep the readable version
        out[i] = new
        by_id[new.doc_id] = i
        return "replaced"
    out.append(new)
    touched.add(len(out) - 1)
    by_id[new.doc_id] = len(out) - 1
    return "added"


def remove_change(entries: Sequence[Entry], selectors: Sequence[str]) -> Change:
    """The archive without the documents named by ``selectors`` (a path, a file name, a
    doc_id or a unique doc_id prefix of at least 8 characters). Raises one UsageError
    listing every selector that names no document or more than one."""
    problems, chosen = [], set()
    for sel in selectors:
        hits = match(entries, sel)
        if not hits:
            problems.append(str(UsageError("unknown_document", selector=sel)))
        elif len(hits) > 1:
            problems.append(str(UsageError("ambiguous_document", selector=sel, n=len(hits),
                                           names=", ".join(e.doc_id[:12] for e in hits))))
        else:
            chosen.add(hits[0].doc_id)
    if problems:
        raise UsageError("several", lines="\n".join(problems))
    kept = tuple(e for e in entries if e.doc_id not in chosen)
    gone = tuple(e.info.file_name for e in entries if e.doc_id in chosen)
    return Change(entries=kept, removed=gone)


def match(entries: Iterable[Entry], selector: str) -> list[Entry]:
    """The archived documents a selector names: path first, then doc_id, then file name."""
    entries = list(entries)
    sel = selector.strip()
    if not sel:
        return []
    if "/" in sel or Path(sel).exists():
        hits = [e for e in entries if e.path == absolute(sel)]
        if hits:
            return hits
    low = sel.lower()
    hits = [e for e in entries if e.doc_id == low]
    if not hits and len(low) >= 8 and all(c in "0123456789abcdef" for c in low):
        hits = [e for e in entries if e.doc_id.startswith(low)]
    return hits or [e for e in entries if e.info.file_name == sel]


# ------------------------------------------------------------------ reading and writing


def entries_to_json(entries: Sequence[Entry]) -> str:
    return json.dumps({"documents": [to_row(e) for e in entries]}, ensure_ascii=False)


def read_entries(publication: Path) -> tuple[Entry, ...]:
    """The entries of one publication folder: its ``archive.json``, or, for a
    publication made before archives existed, its ``documents`` dataset."""
    path = Path(publication) / ARCHIVE
    if path.exists():
        rows = json.loads(path.read_text(encoding="utf-8"))["documents"]
        return tuple(from_row(Entry, r) for r in rows)
    docs = Path(publication) / "documents.parquet"
    if not docs.exists():
        return ()
    return tuple(_entry_from_row(r) for r in _parquet_rows(docs))


def _parquet_rows(path: Path) -> list[dict]:
    import pandas as pd
    df = pd.read_parquet(path)
    df = df.astype(object).where(df.notna(), None)
    return df.to_dict("records")


def _entry_from_row(row: dict) -> Entry:
    fields = set(DocumentInfo.__dataclass_fields__)
    values = {k: v for k, v in row.items() if k in fields}
    values["ocr_pages"] = tuple(values.get("ocr_pages") or ())
    values["path"] = absolute(values.get("path") or values.get("file_name") or "")
    return Entry(info=from_row(DocumentInfo, values))
