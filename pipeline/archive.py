"""The archive: which documents an output folder publishes, and how a run changes that.

The archive's state is a short list of entries, one per document (its ``documents`` row
as a DocumentInfo, with the file's absolute path), kept in every publication as
``archive.json``; each document's facts are its cached Extraction (``pipeline/cache.py``,
keyed by the sha256 of its bytes). Adding one report to an archive of 500 therefore
reads one file and extracts it; the other 500 come back from the cache.

Which archived document an input is (the rule the README states):
1. the same bytes (same ``doc_id``) are the same document, wherever the file now is (a
   moved or renamed file keeps its place; the entry follows its new path); but while the
   first path still holds those bytes, or when both paths are in one run, the second
   path is a copy: its own row with status ``duplicate`` naming the first, no facts;
2. otherwise the same absolute path is the same document in a new version: it replaces
   the earlier one;
3. anything else is added.
A file name alone never identifies a document: bodies name their minutes alike
("minutes.pdf", "acta.pdf") and a wrong replacement would silently drop a report.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable, Iterable, Sequence

from pipeline.errors import InputError, UsageError
from pipeline.records import DocumentInfo, Extraction, Record, from_row, to_row
from pipeline.text import sha256_bytes, sha256_file

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
    """The path an archive records: absolute, symlinks resolved (a link loop or a
    dangling link as far as it resolves)."""
    return os.path.realpath(Path(path).expanduser())


def entry_for(ex: Extraction) -> Entry:
    """The archive entry of a fresh extraction (its path made absolute)."""
    return Entry(info=replace(ex.info, path=absolute(ex.info.path)))


def at_entry(ex: Extraction, entry: Entry) -> Extraction:
    """An extraction (fresh or cached) under the path and name its archive entry has."""
    return replace(ex, info=replace(ex.info, path=entry.path, file_name=entry.info.file_name))


def retry(entry: Entry) -> bool:
    """Whether an archived failure may end otherwise on another run (a time or memory
    limit, a crash, OCR): such an input goes through the flow, where the cache decides."""
    return entry.info.status == "error" and entry.info.error_kind not in SAME_EVERY_TIME


# ------------------------------------------------------------------ planning a run


def holds(path: str, doc_id: str) -> bool:
    """Whether the file at ``path`` is still there with the bytes ``doc_id`` names (read
    in chunks: only asked of an archived file whose bytes turn up under another path)."""
    try:
        return os.path.isfile(path) and sha256_file(path) == doc_id
    except OSError:
        return False


def duplicate_id(first: str, path: str) -> str:
    """The doc_id of a copy's row: its own (the first file's bytes key the facts)."""
    return sha256_bytes(f"duplicate\0{first}\0{path}".encode("utf-8", "surrogateescape"))


def ingest_change(entries: Sequence[Entry], extractions: Sequence[Extraction],
                  replace_all: bool = False,
                  holds: Callable[[str, str], bool] = holds) -> Change:
    """The archive after ingesting ``extractions`` (this run's inputs, in order).

    A failed input never replaces a readable archived version and is kept out when it
    is not a document (a path that vanished); a new unreadable file is archived as an
    error row, as the contract asks; a copy of an archived file (``holds``: whether a
    path still has a doc_id's bytes) is a duplicate row. With ``replace_all`` the archive
    becomes exactly this run's inputs (archived documents not among them are removed)."""
    plan = _Plan(entries, replace_all, holds)
    outcome: dict[str, list] = {"added": [], "replaced": [], "unchanged": [], "failed": []}
    for ex in extractions:
        kind = plan.place(ex)
        if ex.info.status == "error":
            outcome["failed"].append((ex.info.file_name, ex.info.error or "unreadable"))
        if kind:
            outcome[kind].append(ex.info.file_name)
    out = plan.out
    removed: tuple[str, ...] = ()
    if replace_all:
        removed = tuple(e.info.file_name for i, e in enumerate(out) if i not in plan.touched)
        out = [e for i, e in enumerate(out) if i in plan.touched]
    return Change(entries=tuple(_without_orphans(out)), added=tuple(outcome["added"]),
                  replaced=tuple(outcome["replaced"]), unchanged=tuple(outcome["unchanged"]),
                  removed=removed, failed=tuple(outcome["failed"]))


class _Plan:
    """The archive's entries being changed by one run's inputs, placed one at a time."""

    def __init__(self, entries: Sequence[Entry], replace_all: bool,
                 holds: Callable[[str, str], bool]) -> None:
        self.out: list[Entry] = list(entries)
        self.by_id = {e.doc_id: i for i, e in enumerate(self.out)}
        self.by_path = {e.path: i for i, e in enumerate(self.out)}
        self.touched: set[int] = set()
        self.replace_all, self.holds = replace_all, holds

    def place(self, ex: Extraction) -> str | None:
        """Put one input in the archive; says what it was: added, replaced, unchanged,
        or None when it stays out."""
        out, new = self.out, entry_for(ex)
        i = self.by_id.get(new.doc_id)
        if i is not None and self._is_copy(out[i], i, new):
            return self._duplicate(new, out[i])
        if i is not None:                             # the same bytes: the same document
            old = out[i]
            failed_now = ex.info.status == "error" and old.info.status == "ok"
            info = old.info if failed_now else new.info       # a failure never hides a good read
            out[i] = Entry(info=replace(info, path=new.path, file_name=ex.info.file_name))
            self.touched.add(i)
            self.by_path[new.path] = i
            return "replaced" if info.status != old.info.status else "unchanged"
        if ex.info.status == "error" and ex.info.error_kind in NOT_DOCUMENTS:
            return None
        i = self.by_path.get(new.path)
        if i is not None and i not in self.touched:
            self.touched.add(i)
            if ex.info.status == "error" and out[i].info.status == "ok":
                return None                           # keep the readable version
            self._promote_copy_of(out[i])
            out[i] = new
            self.by_id[new.doc_id] = i
            return "replaced"
        return self._append(new)

    def _is_copy(self, first: Entry, i: int, new: Entry) -> bool:
        """Whether ``new`` (the bytes of ``first``) is a second path of them, not a move:
        both paths are inputs of this run, or the first path still has the bytes."""
        if first.path == new.path:
            return False
        if i in self.touched:
            return True
        return not self.replace_all and self.holds(first.path, first.doc_id)

    def _duplicate(self, new: Entry, first: Entry) -> str | None:
        info = replace(new.info, doc_id=duplicate_id(first.doc_id, new.path), status="duplicate",
                       error=str(InputError("duplicate", path=first.path)),
                       error_kind="duplicate", duplicate_of=first.doc_id)
        j = self.by_path.get(new.path)
        if j is None:
            return self._append(Entry(info=info))
        if j in self.touched:
            return None
        self.touched.add(j)
        same = self.out[j].doc_id == info.doc_id
        self.out[j] = Entry(info=info)
        return "unchanged" if same else "replaced"

    def _promote_copy_of(self, old: Entry) -> None:
        """An archived document about to be replaced at its path by other bytes: its first
        copy elsewhere (a duplicate row) becomes the document, under the copy's path."""
        for j, e in enumerate(self.out):
            if e.info.status == "duplicate" and e.info.duplicate_of == old.doc_id:
                self.out[j] = Entry(info=replace(old.info, path=e.path, file_name=e.info.file_name))
                self.by_id[old.doc_id] = j
                return

    def _append(self, new: Entry) -> str:
        self.out.append(new)
        i = len(self.out) - 1
        self.touched.add(i)
        self.by_path[new.path] = i
        self.by_id.setdefault(new.doc_id, i)
        return "added"


def _without_orphans(entries: Sequence[Entry]) -> list[Entry]:
    """The entries less the duplicate rows whose first file is no longer archived."""
    firsts = {e.doc_id for e in entries if e.info.status != "duplicate"}
    return [e for e in entries if e.info.status != "duplicate" or e.info.duplicate_of in firsts]


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
    def chosen_or_copy(e: Entry) -> bool:       # a removed document's copies go with it
        return e.doc_id in chosen or e.info.duplicate_of in chosen
    kept = tuple(e for e in entries if not chosen_or_copy(e))
    gone = tuple(e.info.file_name for e in entries if chosen_or_copy(e))
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
