"""Reviews of flags: a secretariat confirms or dismisses a flag once, and the review sticks.

Reviews live in ``<out>/reviews.jsonl``, in the archive but outside its publications, so
a re-ingest (a new publication) and a rollback (an older one) show them too: a
publication's ``flags.review`` / ``review_note`` are set from this store whenever it is
published or rolled back to. The file keeps every review made, oldest first (an audit
trail); the latest review of a flag wins. Flag ids are stable for the same document,
check and evidence (pipeline/checks/common.py), so a flag that leaves one run and comes
back in a later one keeps its review.
"""

from __future__ import annotations

import json
import os
import shutil
import time
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Literal, get_args

import pandas as pd

from pipeline import publish      # publish imports this module lazily (no cycle)
from pipeline.errors import UsageError, apply_policy, one_line
from pipeline.atomic import write_text_atomic
from pipeline.lock import archive_lock

STORE = "reviews.jsonl"
OPEN = "open"
MIN_PREFIX = 6                       # users copy short ids from the report
Decision = Literal["confirmed", "dismissed"]
DECISIONS: tuple[str, ...] = get_args(Decision)
# Columns a flags dataset gets from the store (review and review_note are the contract's).
REVIEW_COLUMNS = ("review", "review_note", "reviewed_at", "reviewer")


@dataclass(frozen=True)
class Review:
    """One decision about one flag, with who made it and when (UTC, ISO 8601)."""
    flag_id: str
    decision: Decision
    note: str | None
    reviewed_at: str
    reviewer: str | None = None


def new_review(flag_id: str, decision: Decision, note: str | None = None) -> Review:
    """A review made now by the user running the command ($USER, when set)."""
    if decision not in DECISIONS:
        raise ValueError(f"decision must be one of {DECISIONS}, got {decision!r}")
    note = note.strip() if note else None
    return Review(flag_id=flag_id, decision=decision, note=note or None,
                  reviewed_at=time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                  reviewer=os.environ.get("USER") or None)


# ------------------------------------------------------------------ the store


def store_path(out_dir: Path) -> Path:
    return Path(out_dir) / STORE


def read_reviews(out_dir: Path) -> tuple[Review, ...]:
    """Every review recorded in the archive, oldest first (none for a new archive)."""
    path = store_path(out_dir)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return ()
    out = []
    for n, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            out.append(_parse(line, path, n))
    return tuple(out)


def _parse(line: str, path: Path, n: int) -> Review:
    try:
        row = json.loads(line)
        review = Review(**{k: row.get(k) for k in Review.__dataclass_fields__})
    except (ValueError, TypeError) as exc:
        raise UsageError("bad_review_store", path=path, line=n, detail=exc) from exc
    if review.decision not in DECISIONS or not isinstance(review.flag_id, str):
        raise UsageError("bad_review_store", path=path, line=n,
                         detail=f"decision {review.decision!r}")
    return review


def latest(reviews: Iterable[Review]) -> dict[str, Review]:
    """flag_id -> the latest review of it (reviews come oldest first)."""
    return {r.flag_id: r for r in reviews}


def record(out_dir: Path, review: Review) -> None:
    """Append ``review`` to the store: the whole file is written aside and renamed over
    the old one, under the archive's lock, so a crash or a concurrent review never loses one."""
    path = store_path(out_dir)
    with archive_lock(out_dir, command="minutes review"):   # re-entrant: callers may hold it
        try:
            old = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            old = ""
        if old and not old.endswith("\n"):
            old += "\n"
        write_text_atomic(path, old + json.dumps(asdict(review), ensure_ascii=False) + "\n",
                          durable=True)


# ------------------------------------------------------------------ flags


def match_flag(selector: str, flag_ids: Iterable[str], out_dir: Path) -> str:
    """The flag_id ``selector`` names among ``flag_ids``: itself, or the only one it
    starts (at least MIN_PREFIX characters); else the one-line error to print."""
    wanted = selector.strip().lower()
    ids = sorted({str(f) for f in flag_ids})
    if wanted in ids:
        return wanted
    if len(wanted) < MIN_PREFIX:
        raise UsageError("short_flag_id", selector=one_line(selector, 40), n=MIN_PREFIX)
    hits = [f for f in ids if f.startswith(wanted)]
    if not hits:
        raise UsageError("unknown_flag", selector=one_line(selector, 40), out=out_dir)
    if len(hits) > 1:
        raise UsageError("ambiguous_flag", selector=wanted, n=len(hits), ids=", ".join(hits[:5]))
    return hits[0]


def reviewed(flags: pd.DataFrame, reviews: Mapping[str, Review]) -> pd.DataFrame:
    """``flags`` with the review columns set from ``reviews`` (flag_id -> latest
    review): the decision and its note, date and reviewer, else ``open`` and nulls."""
    df = flags.copy()
    found = [reviews.get(str(f)) for f in df["flag_id"]] if "flag_id" in df else []
    values = {
        "review": [r.decision if r else OPEN for r in found],
        "review_note": [r.note if r else None for r in found],
        "reviewed_at": [r.reviewed_at if r else None for r in found],
        "reviewer": [r.reviewer if r else None for r in found],
    }
    for col in REVIEW_COLUMNS:
        df[col] = pd.array(values[col], dtype="string")
    return df


def same_reviews(a: pd.DataFrame, b: pd.DataFrame) -> bool:
    """Whether two versions of a flags dataset carry the same reviews."""
    if any(c not in a.columns or c not in b.columns for c in REVIEW_COLUMNS) or len(a) != len(b):
        return False
    cols = list(REVIEW_COLUMNS)
    return bool(a[cols].astype(object).fillna("").reset_index(drop=True)
                .equals(b[cols].astype(object).fillna("").reset_index(drop=True)))


# ------------------------------------------------------------------ publications


def apply_to_publication(folder: Path, out_dir: Path, policy: str = "record") -> bool:
    """Make a kept publication's flags carry the archive's reviews (before a rollback
    switches to it): DuckDB table, report, then flags.parquet, each written aside and
    renamed in (flags.parquet last, so a rollback cut short redoes it all). Returns
    whether anything had to change."""
    path = folder / "flags.parquet"
    if not path.exists():
        return False
    flags = pd.read_parquet(path)
    fresh = reviewed(flags, latest(read_reviews(out_dir)))
    if same_reviews(flags, fresh):
        return False
    tmp = folder / f".flags.{uuid.uuid4().hex[:8]}.parquet.tmp"
    fresh.to_parquet(tmp, index=False)
    try:
        if (folder / publish.DATABASE).exists():
            _replace_table(folder / publish.DATABASE, "flags", tmp)
        if (folder / publish.REPORT).exists():
            _rerender_report(folder, fresh, policy)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return True


def _replace_table(database: Path, table: str, parquet: Path) -> None:
    """``table`` of a DuckDB file replaced by a parquet file's rows, in a copy renamed over it."""
    tmp = database.with_name(f".{database.name}.{uuid.uuid4().hex[:8]}.tmp")
    shutil.copyfile(database, tmp)
    try:
        publish.load_tables(tmp, {table: parquet})
        os.replace(tmp, database)
    finally:
        tmp.unlink(missing_ok=True)


def _rerender_report(folder: Path, flags: pd.DataFrame, policy: str) -> None:
    """The publication's report again with these flags; when that fails (a bug of ours,
    record policy) it keeps its report, whose review marks are then stale."""
    from pipeline.report import render_report
    try:
        render_report(folder, label=folder.name, flags=flags)
    except Exception as exc:  # noqa: BLE001 - the rollback itself must not fail for it
        apply_policy(exc, policy)


def read_publication(folder: Path) -> dict[str, pd.DataFrame]:
    """A publication's datasets (all but its ``publications`` history), to publish again."""
    return {p.stem: publish.typed(p.stem, pd.read_parquet(p))
            for p in sorted(folder.glob("*.parquet")) if p.stem != "publications"}


def publication_row(folder: Path) -> dict:
    """The publication's own row of the ``publications`` dataset (empty when absent)."""
    path = folder / "publications.parquet"
    if not path.exists():
        return {}
    rows = [r for r in pd.read_parquet(path).to_dict("records") if r.get("stamp") == folder.name]
    return {k: (None if pd.api.types.is_scalar(v) and pd.isna(v) else v)
            for k, v in rows[-1].items()} if rows else {}


def discard(out_dir: Path, stamp: str) -> None:
    """Delete a kept publication that is not the current one: one superseded by a
    publication of the same documents with newer reviews."""
    folder = Path(out_dir) / publish.PUBLICATIONS / stamp
    if publish.STAMP_RE.match(stamp) and folder.is_dir() and folder != publish.current_publication(out_dir):
        shutil.rmtree(folder, ignore_errors=True)
