"""Publishing: pandas frames (pipeline/frames.py) -> Parquet files and one DuckDB database.

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
from pathlib import Path
from typing import Callable

import pandas as pd

from pipeline.errors import UsageError
from pipeline.lock import archive_lock, held

# The datasets' shape and the frames of a corpus live in frames; publishing reads them here.
from pipeline.frames import (COLUMNS, PRIMARY_KEYS, STRING_COLUMNS, TYPES, Corpus,  # noqa: F401
                             _frame, corpus_to_frames, typed)

# The current publication is read apart, without pandas (an unchanged re-run needs no more).
from pipeline.current import CURRENT, MANIFEST, current_manifest, current_publication  # noqa: F401

PUBLICATIONS = ".publications"
DATABASE = "minutes.duckdb"
REPORT = "report.html"
KEEP_PUBLICATIONS = 5
REVIEW_ACTION = "review"          # the publications row of `minutes review`
RETIRED = ".retired"           # touched in a publication when it stops being current
RETIRED_GRACE_S = 60.0         # an older publication is kept this long after that
STAMP_RE = re.compile(r"^\d{8}T\d{12}Z$")

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
    load_tables(path, {ds: folder / f"{ds}.parquet" for ds in frames})


def load_tables(database: Path, tables: dict[str, Path]) -> None:
    """Each table of a DuckDB file (re)made from its Parquet file's rows."""
    import duckdb
    # One thread: loading tables in parallel buys little at our sizes and doubles the
    # parent's peak memory (benchmarks/parent_memory.py).
    con = duckdb.connect(str(database), config={"threads": 1})
    try:
        for name, parquet in tables.items():
            source = str(parquet).replace("'", "''")
            con.execute(f'CREATE OR REPLACE TABLE "{name}" AS SELECT * FROM read_parquet(\'{source}\')')
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
