"""Read-only SQL over the published DuckDB database, and its results as text.

Read-only for real: the database is opened read-only with DuckDB's file system closed
(``enable_external_access = false``: no COPY TO, ATTACH, EXPORT, INSTALL/LOAD or
``read_csv`` of any file), no spilling to disk, and the configuration locked so no
statement can reopen any of it; only one statement, a SELECT (or EXPLAIN), is run.
"""

from __future__ import annotations

import json
import math
import shutil
from pathlib import Path

import pandas as pd

from pipeline.errors import UsageError
from pipeline.publish import DATABASE, require_publication

ALLOWED = ("SELECT", "EXPLAIN")
LOCKED = {"enable_external_access": False,
          "autoinstall_known_extensions": False, "autoload_known_extensions": False,
          "allow_community_extensions": False, "temp_directory": "",
          "lock_configuration": True}
WIDE_INTEGERS = ("HUGEINT", "UHUGEINT", "UBIGINT")
NULL = "NULL"


class QueryError(UsageError):
    """The query could not run (no publication, bad SQL, an attempt to write)."""


def statement(sql: str) -> str:
    """The one read-only statement in ``sql``, or the QueryError saying why not."""
    import duckdb
    if not sql or not sql.strip().strip(";").strip():
        raise QueryError("empty_sql")
    try:
        found = duckdb.extract_statements(sql)
    except duckdb.Error as exc:
        raise QueryError("sql", detail=_first_line(exc)) from exc
    if len(found) != 1:
        raise QueryError("several_statements", n=len(found))
    kind = found[0].type.name
    if kind not in ALLOWED:
        raise QueryError("not_read_only", statement=kind)
    return sql


def run_sql(out_dir: Path, sql: str) -> pd.DataFrame:
    """Run one SELECT on the published database, opened read-only and sealed."""
    import duckdb
    sql = statement(sql)
    try:
        require_publication(out_dir)
    except UsageError as exc:
        raise QueryError(exc.kind, out=out_dir) from exc
    path = (Path(out_dir) / DATABASE).resolve()
    try:
        con = duckdb.connect(str(path), read_only=True, config=dict(LOCKED))
    except duckdb.Error as exc:
        raise QueryError("sql", detail=_first_line(exc)) from exc
    try:
        result = con.execute(sql)
        types = [str(d[1]) for d in result.description or ()]
        return _narrow(result.df(), types)
    except duckdb.Error as exc:
        raise QueryError("sql", detail=_first_line(exc)) from exc
    finally:
        con.close()


def _first_line(exc: Exception) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


def _narrow(df: pd.DataFrame, types: list[str]) -> pd.DataFrame:
    """Wide integers (a SUM of BIGINT is a HUGEINT, which pandas gets as float) back to
    nullable integers when every value fits."""
    for col, kind in zip(list(df.columns), types):
        if kind in WIDE_INTEGERS and df[col].dtype.kind == "f":
            values = df[col].dropna()
            if ((values % 1 == 0) & (values.abs() < 2**63)).all():
                df[col] = df[col].astype("Int64")
    return df


# ------------------------------------------------------------------ rendering


def render(df: pd.DataFrame, fmt: str, width: int | None = None) -> str:
    """A result as a text table (fitted to ``width``, default the terminal's), CSV or
    JSON records; numbers never in scientific notation, nulls as NULL (empty in CSV,
    null in JSON)."""
    if fmt == "csv":
        return df.to_csv(index=False).rstrip("\n")
    if fmt == "json":
        return json.dumps(json.loads(df.to_json(orient="records", force_ascii=False)),
                          ensure_ascii=False, indent=1)
    if fmt != "table":
        raise QueryError("unknown_format", fmt=fmt)
    if not len(df.columns):
        return "(no rows)"
    width = width or shutil.get_terminal_size((120, 24)).columns
    return table(list(map(str, df.columns)), [[cell(v) for v in row] for row in
                 df.itertuples(index=False, name=None)], _numeric(df), width) + \
        ("" if len(df) else "\n(no rows)")


def cell(v: object) -> str:
    """One value as table text."""
    if v is None or v is pd.NA or v is pd.NaT:
        return NULL
    if isinstance(v, float):
        if math.isnan(v):
            return NULL
        if math.isinf(v):
            return "inf" if v > 0 else "-inf"
        if v.is_integer() and abs(v) < 1e18:
            return str(int(v))
        return f"{v:.6f}".rstrip("0").rstrip(".")
    if hasattr(v, "tolist"):                    # numpy scalars and arrays
        v = v.tolist()
    if isinstance(v, (list, tuple)):
        return "[" + ", ".join(cell(x) for x in v) + "]"
    if isinstance(v, float):
        return cell(v)
    return " ".join(str(v).split())


def _numeric(df: pd.DataFrame) -> list[bool]:
    return [pd.api.types.is_numeric_dtype(df[c]) and not pd.api.types.is_bool_dtype(df[c])
            for c in df.columns]


def table(header: list[str], rows: list[list[str]], right: list[bool], width: int) -> str:
    """Columns padded to their widest cell; the widest text column shrunk (its cells cut
    with …) until the line fits ``width``. Numbers align right and are never cut: a
    table too wide even so runs past the width rather than print a wrong number."""
    widths = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(header)]
    floor = [max([3] + [len(r[i]) for r in rows]) if right[i] else 6 for i in range(len(header))]
    while sum(widths) + 2 * (len(widths) - 1) > width:
        room = [i for i in range(len(widths)) if widths[i] > floor[i]]
        if not room:
            break
        widest = max(room, key=lambda i: widths[i])
        widths[widest] -= 1

    def line(cells: list[str]) -> str:
        out = []
        for i, c in enumerate(cells):
            c = c if len(c) <= widths[i] else c[: widths[i] - 1] + "…"
            out.append(c.rjust(widths[i]) if right[i] else c.ljust(widths[i]))
        return "  ".join(out).rstrip()
    rule = "  ".join("-" * w for w in widths)
    return "\n".join([line(header), rule] + [line(r) for r in rows])
