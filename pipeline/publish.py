"""Publishing: typed records -> pandas frames -> Parquet files and one DuckDB database.

A publication is written whole into a fresh folder under ``<out>/.publications/``
and then switched in by atomically replacing the ``<out>/current`` symlink; the
names readers use (``<out>/documents.parquet``, ``<out>/minutes.duckdb``...) are
symlinks through ``current``. A reader therefore sees the previous complete
publication or the new complete one, never a mix, and a process killed while
publishing leaves the previous publication untouched.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Sequence

import pandas as pd

from pipeline.errors import UsageError
from pipeline.lock import archive_lock, held

from pipeline.records import (Extraction, Flag, Intervention, Person, Record, flatten,
                              innermost_section, to_row)

PUBLICATIONS = ".publications"
CURRENT = "current"
MANIFEST = "manifest.json"
DATABASE = "minutes.duckdb"
REPORT = "report.html"
KEEP_PUBLICATIONS = 5
REVIEW_ACTION = "review"          # the publications row of `minutes review`
RETIRED = ".retired"           # touched in a publication when it stops being current
RETIRED_GRACE_S = 60.0         # an older publication is kept this long after that
STAMP_RE = re.compile(r"^\d{8}T\d{12}Z$")

# The contract (../shared/datasets.md): required columns first, in this order.
COLUMNS: dict[str, list[str]] = {
    # status: ok, error, or duplicate (the same bytes as the file whose doc_id is in
    # duplicate_of: its facts are that file's, published once)
    "documents": ["doc_id", "file_name", "pages", "language", "status", "error",
                  "path", "language_confidence", "ocr_pages", "size_bytes", "extractor_version",
                  "duplicate_of"],
    "meetings": ["meeting_id", "doc_id", "body", "ordinal", "date", "place",
                 "mode", "doc_code", "cited_codes", "tabled_at", "page"],
    "people": ["person_id", "name", "family_name", "honorific", "given_name"],
    "interventions": ["doc_id", "person_id", "name_as_written", "page", "kind", "role",
                      "affiliation", "country", "honorific", "given_name", "family_name",
                      "section", "start", "end"],
    "decisions": ["decision_id", "doc_id", "meeting_id", "page", "text", "outcome",
                  "decided_by", "subject", "refs", "section", "votes_for", "votes_against",
                  "votes_abstain", "unanimous", "start", "end"],
    "amounts": ["doc_id", "page", "text", "value", "currency", "year", "sentence",
                "category", "start", "end"],
    "stated_sums": ["doc_id", "page", "total_text", "total_value", "currency",
                    "parts_text", "parts_sum", "sentence"],
    "tables": ["table_id", "doc_id", "page", "caption", "bbox", "n_rows", "n_cols",
               "total_rows", "pages", "method"],
    "table_cells": ["doc_id", "table_id", "page", "row", "col", "value", "number"],
    "sections": ["doc_id", "heading", "page", "level", "language", "start", "end"],
    "flags": ["flag_id", "kind", "severity", "doc_id", "page", "message", "evidence",
              "review", "review_note", "evidence_pages", "evidence_docs", "evidence_files",
              "check"],
    "decision_history": ["subject_key", "seq", "decision_id", "doc_id", "meeting_id", "body",
                         "ordinal", "date", "outcome", "page", "text", "file_name"],
    "publications": ["stamp", "created_at", "pipeline_version", "documents_added",
                     "documents_replaced", "documents_removed", "documents_total", "action"],
}

# Each dataset's primary key: unique in every publication (tests/test_inputs_paths.py).
PRIMARY_KEYS: dict[str, tuple[str, ...]] = {
    "documents": ("doc_id",), "meetings": ("meeting_id",), "people": ("person_id",),
    "interventions": ("doc_id", "kind", "start", "end"), "decisions": ("decision_id",),
    "amounts": ("doc_id", "start", "end"), "stated_sums": ("doc_id", "page", "total_text", "sentence"),
    "tables": ("table_id",), "table_cells": ("table_id", "row", "col"),
    "sections": ("doc_id", "start"), "flags": ("flag_id",), "decision_history": ("decision_id",),
    "publications": ("stamp",),
}

# Column types, so a column is the same type in every publication whatever its values
# (an integer column with a gap stays integer: pandas Int64, DuckDB BIGINT). Columns
# not named here keep what pandas infers (lists, and strings of optional columns).
_INT = "Int64"
TYPES: dict[str, dict[str, str]] = {
    "documents": {"pages": _INT, "size_bytes": _INT, "language_confidence": "float64"},
    "meetings": {"ordinal": _INT, "tabled_at": _INT, "page": _INT, "start": _INT, "end": _INT},
    "interventions": {"page": _INT, "start": _INT, "end": _INT},
    "decisions": {"page": _INT, "votes_for": _INT, "votes_against": _INT,
                  "votes_abstain": _INT, "unanimous": "boolean", "start": _INT, "end": _INT},
    "amounts": {"page": _INT, "value": "float64", "year": _INT, "start": _INT, "end": _INT},
    "stated_sums": {"page": _INT, "total_value": "float64", "parts_sum": "float64"},
    "tables": {"page": _INT, "n_rows": _INT, "n_cols": _INT},
    "table_cells": {"page": _INT, "row": _INT, "col": _INT, "number": "float64"},
    "sections": {"page": _INT, "level": _INT, "start": _INT, "end": _INT},
    "flags": {"page": _INT},
    "decision_history": {"seq": _INT, "ordinal": _INT, "page": _INT},
    "publications": {"documents_added": _INT, "documents_replaced": _INT,
                     "documents_removed": _INT, "documents_total": _INT},
}
STRING_COLUMNS = {"doc_id", "file_name", "language", "status", "error", "meeting_id", "body",
                  "date", "place", "text", "outcome", "subject", "currency", "sentence",
                  "kind", "severity", "message", "review", "review_note", "subject_key",
                  "decision_id", "flag_id", "person_id", "name", "table_id", "value",
                  "heading", "role", "affiliation", "decided_by", "stamp", "action",
                  "duplicate_of"}


@dataclass(frozen=True)
class Corpus:
    """Everything one run publishes: per-document extractions plus corpus-wide results."""
    extractions: tuple[Extraction, ...]
    people: tuple[Person, ...] = ()
    interventions: tuple[Intervention, ...] = ()   # with person_id resolved
    history: tuple[Record, ...] = ()
    cross_flags: tuple[Flag, ...] = ()


# ------------------------------------------------------------------ records -> frames


def _frame(name: str, rows: Iterable[dict]) -> pd.DataFrame:
    df = pd.DataFrame(list(rows))
    for col in COLUMNS[name]:
        if col not in df.columns:
            df[col] = None
    extra = [c for c in df.columns if c not in COLUMNS[name]]
    return typed(name, df[COLUMNS[name] + extra])


def typed(name: str, df: pd.DataFrame) -> pd.DataFrame:
    """``df`` with the declared types of dataset ``name`` (nulls as nulls)."""
    types = TYPES.get(name, {})
    for col in df.columns:
        kind = types.get(col) or ("string" if col in STRING_COLUMNS else None)
        if kind is None:
            continue
        if kind == "string":
            df[col] = df[col].astype("string")
        elif kind == _INT:
            df[col] = pd.array([None if _null(v) else int(v) for v in df[col]], dtype=_INT)
        else:
            df[col] = df[col].astype(kind)
    return df


def _null(v: object) -> bool:
    return v is None or v is pd.NA or (isinstance(v, float) and v != v)


def _document_rows(exs: Sequence[Extraction]) -> Iterable[dict]:
    for ex in exs:
        row = to_row(ex.info)
        row["ocr_pages"] = list(ex.info.ocr_pages)
        yield row


def _meeting_rows(exs: Sequence[Extraction]) -> Iterable[dict]:
    for ex in exs:
        if ex.meeting is not None:
            row = flatten(ex.meeting)
            row["cited_codes"] = list(ex.meeting.cited_codes)
            yield row


def _intervention_rows(exs: Sequence[Extraction],
                       interventions: Iterable[Intervention]) -> Iterable[dict]:
    """Interventions with the agenda item (section) they stand in, so an item's
    speakers can be listed beside its decisions."""
    sections = {ex.info.doc_id: ex.sections for ex in exs}
    for i in interventions:
        row = flatten(i)
        item = innermost_section(sections.get(i.doc_id, ()), i.prov.start)
        row["section"] = item.heading if item else None
        yield row


def _decision_rows(exs: Sequence[Extraction]) -> Iterable[dict]:
    for ex in exs:
        for d in ex.decisions:
            row = flatten(d)
            vote = row.pop("vote", None) or {}
            row["votes_for"] = vote.get("votes_for")
            row["votes_against"] = vote.get("against")
            row["votes_abstain"] = vote.get("abstain")
            row["unanimous"] = vote.get("unanimous")
            if row.get("meeting_id") is None and ex.meeting is not None:
                row["meeting_id"] = ex.meeting.meeting_id
            yield row


def _amount_rows(exs: Sequence[Extraction]) -> Iterable[dict]:
    for ex in exs:
        for a in ex.amounts:
            yield flatten(a)


def _sum_rows(exs: Sequence[Extraction]) -> Iterable[dict]:
    for ex in exs:
        for s in ex.sums:
            yield {"doc_id": s.doc_id, "page": s.prov.page, "total_text": s.total.text,
                   "total_value": s.total.value, "currency": s.total.currency,
                   "parts_text": [p.text for p in s.parts],
                   "parts_sum": float(sum(p.value for p in s.parts)),
                   "sentence": s.total.sentence}


def _table_rows(exs: Sequence[Extraction]) -> tuple[list[dict], list[dict]]:
    tables, cells = [], []
    for ex in exs:
        for t in ex.tables:
            tables.append({"table_id": t.table_id, "doc_id": t.doc_id, "page": t.prov.page,
                           "caption": t.caption, "bbox": list(t.bbox) if t.bbox else None,
                           "n_rows": t.n_rows, "n_cols": t.n_cols,
                           "total_rows": list(t.total_rows),
                           "pages": list(t.pages) or [t.prov.page], "method": t.method})
            for c in t.cells:
                page = c.page if c.page is not None else t.prov.page  # joined across pages
                cells.append({"doc_id": t.doc_id, "table_id": t.table_id, "page": page,
                              "row": c.row, "col": c.col, "value": c.value, "number": c.number})
    return tables, cells


def _section_rows(exs: Sequence[Extraction]) -> Iterable[dict]:
    for ex in exs:
        for s in ex.sections:
            row = to_row(s)
            row["doc_id"] = ex.info.doc_id
            yield row


def _flag_rows(flags: Iterable[Flag]) -> Iterable[dict]:
    for f in flags:
        yield {"flag_id": f.flag_id, "kind": f.kind, "severity": f.severity,
               "doc_id": f.doc_id, "page": f.page, "message": f.message,
               "evidence": [e.quote for e in f.evidence],
               "evidence_pages": [e.page for e in f.evidence],
               "evidence_docs": [e.doc_id for e in f.evidence],
               "evidence_files": [e.file_name for e in f.evidence],
               "check": f.check, "review": "open", "review_note": None}


def corpus_to_frames(corpus: Corpus) -> dict[str, pd.DataFrame]:
    """Every published dataset as a DataFrame with the contract's columns."""
    exs = corpus.extractions
    tables, cells = _table_rows(exs)
    flags = [f for ex in exs for f in ex.flags] + list(corpus.cross_flags)
    interventions = corpus.interventions or tuple(i for ex in exs for i in ex.interventions)
    frames = {
        "documents": _frame("documents", _document_rows(exs)),
        "meetings": _frame("meetings", _meeting_rows(exs)),
        "people": _frame("people", (to_row(p) for p in corpus.people)),
        "interventions": _frame("interventions", _intervention_rows(exs, interventions)),
        "decisions": _frame("decisions", _decision_rows(exs)),
        "amounts": _frame("amounts", _amount_rows(exs)),
        "stated_sums": _frame("stated_sums", _sum_rows(exs)),
        "tables": _frame("tables", tables),
        "table_cells": _frame("table_cells", cells),
        "sections": _frame("sections", _section_rows(exs)),
        "flags": _frame("flags", _flag_rows(flags)),
        "decision_history": _frame("decision_history", (flatten(h) for h in corpus.history)),
    }
    for name in ("decisions",):
        frames[name]["refs"] = frames[name]["refs"].map(
            lambda v: list(v) if isinstance(v, (list, tuple)) else [])
    return frames


# ------------------------------------------------------------------ frames -> disk


def current_manifest(out_dir: Path) -> dict | None:
    """The manifest of the publication readers see now, or None."""
    path = Path(out_dir) / CURRENT / MANIFEST
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def current_publication(out_dir: Path) -> Path | None:
    """The folder of the publication readers see now, or None when there is none."""
    link = Path(out_dir) / CURRENT
    return link.resolve() if (link / MANIFEST).exists() else None


def require_publication(out_dir: Path) -> Path:
    """The current publication's folder, or the one-line error a command prints."""
    folder = current_publication(out_dir)
    if folder is None and not (Path(out_dir) / DATABASE).exists():
        raise UsageError("no_publication", out=out_dir)
    return folder or Path(out_dir)


def publish(frames: dict[str, pd.DataFrame], out_dir: Path, fingerprint: str, *,
            change: dict | None = None, archive_json: str | None = None,
            report: Callable[[Path, str], object] | None = None) -> Path:
    """Write a complete publication aside (datasets, database, the ``publications``
    history with this run's row, the archive's entries, the report), then switch
    ``current`` to it atomically and keep the last ``KEEP_PUBLICATIONS``."""
    out_dir = Path(out_dir)
    action = (change or {}).get("action")
    with archive_lock(out_dir, command=f"minutes {action}" if action else None):
        return _publish(frames, out_dir, fingerprint, change, archive_json, report)


def _publish(frames: dict[str, pd.DataFrame], out_dir: Path, fingerprint: str,
             change: dict | None, archive_json: str | None,
             report: Callable[[Path, str], object] | None) -> Path:
    """``publish`` under the archive's lock."""
    root = out_dir / PUBLICATIONS
    root.mkdir(parents=True, exist_ok=True)
    _remove_stale_staging(out_dir)
    name = new_stamp(root)
    staging = root / (name + ".staging")
    staging.mkdir()
    frames = dict(frames)
    if "flags" in frames:      # the archive's reviews, whatever run made these flags
        from pipeline import reviews
        frames["flags"] = reviews.reviewed(frames["flags"], reviews.latest(reviews.read_reviews(out_dir)))
    frames["publications"] = _publications(out_dir, name, frames, change or {})
    for ds, df in frames.items():
        df.to_parquet(staging / f"{ds}.parquet", index=False)
    _write_duckdb(staging / DATABASE, staging, frames)
    if archive_json is not None:
        (staging / "archive.json").write_text(archive_json, encoding="utf-8")
    if report is not None:
        report(staging, name)
    manifest = {"fingerprint": fingerprint, "stamp": name,
                "datasets": {k: int(len(v)) for k, v in frames.items()},
                "published_at": time.strftime("%Y-%m-%dT%H:%M:%S%z")}
    (staging / MANIFEST).write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    _fsync_dir(staging)
    final = root / name
    os.rename(staging, final)
    _switch_to(out_dir, final)
    _prune(root, keep=KEEP_PUBLICATIONS, current=name)
    return final


def new_stamp(root: Path) -> str:
    """A publication's name: UTC time to the microsecond, always after every earlier one
    (so names sort in publishing order even if the clock steps back)."""
    now = time.time()
    stamp = time.strftime("%Y%m%dT%H%M%S", time.gmtime(now)) + f"{int(now % 1 * 1e6):06d}Z"
    last = max((d.name for d in root.iterdir() if STAMP_RE.match(d.name)), default="")
    if stamp <= last:
        micro = int(last[15:21]) + 1
        stamp = last[:15] + f"{min(micro, 999999):06d}Z"
    return stamp


def publications(out_dir: Path) -> list[str]:
    """The publications kept on disk, oldest first."""
    root = Path(out_dir) / PUBLICATIONS
    if not root.is_dir():
        return []
    return sorted(d.name for d in root.iterdir()
                  if d.is_dir() and not d.name.endswith(".staging") and (d / MANIFEST).exists())


def rollback(out_dir: Path, stamp: str | None = None, policy: str = "record") -> str:
    """Switch ``current`` back to an earlier publication kept on disk (by default the one
    before the last change of documents: publications that only applied reviews are
    passed over, as reviews are kept anyway; else the one whose stamp starts with
    ``stamp``). The target's flags are given the archive's reviews before the switch."""
    out_dir = Path(out_dir)
    require_publication(out_dir)
    with archive_lock(out_dir, command="minutes rollback"):
        return _rollback(out_dir, stamp, policy)


def _rollback(out_dir: Path, stamp: str | None, policy: str) -> str:
    current = require_publication(out_dir).name
    kept = publications(out_dir)
    if stamp:
        hits = [k for k in kept if k.startswith(stamp)]
        if len(hits) > 1:
            raise UsageError("ambiguous_stamp", stamp=stamp, n=len(hits))
        if not hits:
            raise UsageError("unknown_stamp", stamp=stamp, out=out_dir, kept=", ".join(kept))
        target = hits[0]
    else:
        base = _last_change(out_dir, current)
        earlier = [k for k in kept if k < base]
        if not earlier:
            raise UsageError("no_earlier", out=out_dir)
        target = earlier[-1]
    folder = out_dir / PUBLICATIONS / target
    from pipeline import reviews
    reviews.apply_to_publication(folder, out_dir, policy)
    _switch_to(out_dir, folder)
    return target


def _last_change(out_dir: Path, current: str) -> str:
    """The stamp of the publication whose documents the current one shows: the current
    one, or the one before a run of publications made by `minutes review`."""
    path = Path(out_dir) / CURRENT / "publications.parquet"
    if not path.exists():
        return current
    rows = pd.read_parquet(path, columns=["stamp", "action"]).to_dict("records")
    stamps = [r["stamp"] for r in rows]
    i = stamps.index(current) if current in stamps else -1
    while i > 0 and str(rows[i]["action"]) == REVIEW_ACTION:
        i -= 1
    return stamps[i] if i >= 0 else current


def _switch_to(out_dir: Path, folder: Path) -> None:
    """Make ``folder`` the current publication: one atomic rename of ``current``; the
    names readers use are symlinks through it."""
    previous = current_publication(out_dir)
    _switch(out_dir / CURRENT, Path(PUBLICATIONS) / folder.name)
    if previous is not None and previous.name != folder.name and previous.is_dir():
        with contextlib.suppress(OSError):   # when it stopped being current (see _prune)
            (previous / RETIRED).touch()
    for f in sorted(folder.iterdir()):
        if f.suffix == ".parquet" or f.name in (DATABASE, REPORT):
            _switch(out_dir / f.name, Path(CURRENT) / f.name)


def _publications(out_dir: Path, stamp: str, frames: dict[str, pd.DataFrame],
                  change: dict) -> pd.DataFrame:
    """The ``publications`` dataset: the current one's rows plus this publication's."""
    previous = current_publication(out_dir)
    rows = []
    if previous is not None and (previous / "publications.parquet").exists():
        rows = pd.read_parquet(previous / "publications.parquet").to_dict("records")
    rows.append({"stamp": stamp,
                 "created_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                 "pipeline_version": change.get("pipeline_version"),
                 "documents_added": change.get("added", 0),
                 "documents_replaced": change.get("replaced", 0),
                 "documents_removed": change.get("removed", 0),
                 "documents_total": int(len(frames.get("documents", ()))),
                 "action": change.get("action")})
    return _frame("publications", rows)


def _write_duckdb(path: Path, folder: Path, frames: dict[str, pd.DataFrame]) -> None:
    import duckdb
    con = duckdb.connect(str(path))
    try:
        for ds in frames:
            parquet = str(folder / f"{ds}.parquet").replace("'", "''")
            con.execute(f'CREATE TABLE "{ds}" AS SELECT * FROM read_parquet(\'{parquet}\')')
        con.execute("CHECKPOINT")
    finally:
        con.close()


def _switch(link: Path, target: Path) -> None:
    """Point ``link`` at ``target`` atomically (a new symlink renamed over the old)."""
    tmp = link.with_name(f".{link.name}.{uuid.uuid4().hex[:8]}.tmp")
    os.symlink(target, tmp)
    os.replace(tmp, link)


def _fsync_dir(folder: Path) -> None:
    for f in folder.iterdir():
        with open(f, "rb") as fh:
            os.fsync(fh.fileno())


def _remove_stale_staging(out_dir: Path) -> None:
    """Remove the staging folders of publishers that died while writing. Only under the
    archive's lock: every live publisher holds it while its staging folder exists, so
    then any staging folder (this one not yet made) is a dead run's."""
    if not held(out_dir):
        return
    for d in (Path(out_dir) / PUBLICATIONS).glob("*.staging"):
        shutil.rmtree(d, ignore_errors=True)


def _prune(root: Path, keep: int, current: str) -> None:
    """Delete publications beyond the ``keep`` newest, except the current one and any
    that stopped being current less than ``RETIRED_GRACE_S`` ago: a reader that has just
    resolved ``current`` to it still finds its files."""
    done = sorted(d for d in root.iterdir() if d.is_dir() and not d.name.endswith(".staging"))
    now = time.time()
    for d in done[:-keep]:
        if d.name != current and now - _retired_at(d) > RETIRED_GRACE_S:
            shutil.rmtree(d, ignore_errors=True)


def _retired_at(folder: Path) -> float:
    """When ``folder`` last stopped being current (its marker; for a publication made
    before markers, its manifest's time)."""
    for name in (RETIRED, MANIFEST):
        with contextlib.suppress(OSError):
            return (folder / name).stat().st_mtime
    return 0.0


def read_dataset(out_dir: Path, name: str) -> pd.DataFrame:
    """One published dataset as a DataFrame (empty with its columns when absent)."""
    path = Path(out_dir) / f"{name}.parquet"
    if not path.exists():
        return pd.DataFrame(columns=COLUMNS.get(name, []))
    return pd.read_parquet(path)


def read_records(out_dir: Path, name: str, cls: type) -> list:
    """A published dataset back as typed records of ``cls`` (missing values as None)."""
    from pipeline.records import from_row
    df = read_dataset(out_dir, name)
    df = df.astype(object).where(df.notna(), None)
    fields = set(cls.__dataclass_fields__)
    return [from_row(cls, {k: v for k, v in row.items() if k in fields})
            for row in df.to_dict("records")]
