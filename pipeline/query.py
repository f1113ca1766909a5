"""Read-only SQL over the published DuckDB database."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from pipeline.publish import DATABASE


class QueryError(Exception):
    """The query could not run (no publication, bad SQL, an attempt to write)."""


def run_sql(out_dir: Path, sql: str) -> pd.DataFrame:
    """Run ``sql`` on the published database, opened read-only."""
    import duckdb
    path = Path(out_dir) / DATABASE
    if not path.exists():
        raise QueryError(f"no publication in {out_dir}: run `minutes ingest` first")
    try:
        con = duckdb.connect(str(path.resolve()), read_only=True)
    except duckdb.Error as exc:
        raise QueryError(str(exc).splitlines()[0]) from exc
    try:
        return con.execute(sql).df()
    except duckdb.Error as exc:
        raise QueryError(str(exc).splitlines()[0]) from exc
    finally:
        con.close()


def render(df: pd.DataFrame, fmt: str) -> str:
    """A result as a text table, CSV or JSON records."""
    if fmt == "csv":
        return df.to_csv(index=False).rstrip("\n")
    if fmt == "json":
        return json.dumps(json.loads(df.to_json(orient="records", force_ascii=False)),
                          ensure_ascii=False, indent=1)
    if fmt != "table":
        raise QueryError(f"unknown format {fmt!r}: use table, csv or json")
    with pd.option_context("display.max_rows", 200, "display.max_columns", 50,
                           "display.width", 200, "display.max_colwidth", 60):
        return df.to_string(index=False) if len(df) else "(no rows)"
