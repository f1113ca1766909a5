"""The `minutes` command: ingest, remove, list, rollback, query, evaluate, history, report.

Exit codes: 0 all went well; 1 the command itself failed (bad arguments, no
publication to read, nothing could be published), with one line per problem on stderr
and no traceback; 2 `ingest` published what it could but some inputs failed.
"""

from __future__ import annotations

import gc
import math
import sys
from pathlib import Path
from typing import Any, Optional

import typer
from typer._click.exceptions import NoArgsIsHelpError   # typer vendors click (pinned 0.29)
from typer.core import TyperGroup

from minutes import __version__
from pipeline.errors import UsageError, one_line
from pipeline.settings import SettingsError

EXIT_FAILED = 1
EXIT_SOME_FAILED = 2
EXIT_INTERRUPTED = 130
DEFAULT_WORKERS = 2
MAX_WORKERS = 64          # a sanity bound (a typo); the machine's bound is usually lower
MAX_TIMEOUT_S = 86400.0


class Commands(TyperGroup):
    """Every error a user can cause is one line on stderr and exit 1: click's usage
    errors, our UsageError and SettingsError (from any command), an interrupt (exit 130)."""

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True,
             **extra: Any) -> Any:
        try:
            code = super().main(args=args, prog_name=prog_name, complete_var=complete_var,
                                standalone_mode=False, **extra)
        except NoArgsIsHelpError as exc:
            typer.echo(exc.ctx.get_help())
            code = 0
        except typer.TyperException as exc:          # click's usage errors
            ctx = getattr(exc, "ctx", None)
            hint = f" (see `{ctx.command_path} --help`)" if ctx is not None else ""
            message = exc.format_message() if hasattr(exc, "format_message") else str(exc)
            code = fail(one_line(message) + hint)
        except (typer.Abort, KeyboardInterrupt):
            code = EXIT_INTERRUPTED
        except (UsageError, SettingsError) as exc:
            code = fail(str(exc))
        code = code if isinstance(code, int) else 0
        if code == EXIT_INTERRUPTED:               # typer's silent Exit(130) for Ctrl-C
            code = fail("interrupted", EXIT_INTERRUPTED)
        if standalone_mode:
            sys.exit(code)
        return code


def fail(message: str, code: int = EXIT_FAILED) -> int:
    for line in message.splitlines() or [""]:
        typer.echo(f"error: {line}", err=True)
    return code


app = typer.Typer(cls=Commands, add_completion=False, no_args_is_help=True,
                  pretty_exceptions_enable=False,
                  help="Turn PDF minutes of meetings into queryable datasets (an archive that grows).")

OUT = typer.Option(Path("outputs"), "--out", help="The archive (publication folder).")
FORMAT = typer.Option("table", "--format", help="table, csv or json.")


def _version(value: bool) -> None:
    if value:
        from extractors.chain import pipeline_version
        typer.echo(f"minutes {__version__} (pipeline {pipeline_version()})")
        raise typer.Exit()


@app.callback()
def options(version: bool = typer.Option(False, "--version", is_eager=True, callback=_version,
                                         help="Print the package and pipeline versions.")) -> None:
    """Turn PDF minutes of meetings into queryable datasets (an archive that grows)."""


# ------------------------------------------------------------------ ingest and the archive


def _check_range(option: str, value: float, low: float, high: float, allowed: str) -> None:
    if not (math.isfinite(value) and low <= value <= high):
        raise UsageError("out_of_range", option=option, allowed=allowed, value=value)


@app.command()
def ingest(paths: list[Path] = typer.Argument(..., help="PDF files or folders."),
           out: Path = OUT,
           workers: Optional[int] = typer.Option(
               None, "--workers", help="Documents processed at once (default 2; at most what "
                                       "the machine's cores and memory hold)."),
           timeout: float = typer.Option(300.0, "--timeout", help="Seconds allowed per document."),
           dask: Optional[str] = typer.Option(None, "--dask", help="Run on this Dask scheduler."),
           replace: bool = typer.Option(False, "--replace",
                                        help="Publish exactly these inputs (drop the rest of the archive)."),
           quiet: bool = typer.Option(False, "--quiet", "-q")) -> None:
    """Add PDF reports to the archive and publish it (exit 2 if some files failed)."""
    from pipeline.settings import Settings, bounded_workers
    _check_range("--timeout", timeout, 0.001, MAX_TIMEOUT_S, "seconds, above 0 and at most 86400")
    if workers is not None:
        _check_range("--workers", workers, 1, MAX_WORKERS, f"a whole number from 1 to {MAX_WORKERS}")
    concurrency, lowered = bounded_workers(DEFAULT_WORKERS if workers is None else workers)
    if lowered and workers is not None and dask is None:
        typer.echo(f"warning: {lowered}", err=True)
    from flows.archive import check_paths
    from flows import runtime
    check_paths([str(p) for p in paths])           # before Prefect is even imported
    runtime.configure(quiet=True)                  # before Prefect is imported
    from pipeline import sandbox
    from flows.ingest import run_ingest

    settings = Settings.from_env(out_dir=out, concurrency=concurrency if dask is None else workers,
                                 doc_timeout_s=timeout, dask_address=dask)
    progress = None if quiet or not sys.stderr.isatty() else _progress_printer()
    runtime.server_dies_with_us()
    try:
        with sandbox.stopped_on_interrupt(), runtime.fast_local_flows():
            summary = run_ingest([str(p) for p in paths], settings, progress, replace=replace)
    except KeyboardInterrupt:            # the workers are stopped already: exit within 5 s,
        runtime.kill_local_server()      # without the local server's graceful stop
        gc.freeze()                      # nor a collection of the whole heap at exit (~4 s)
        raise
    finally:
        sandbox.shutdown()
    if summary.refused:
        raise UsageError("several", lines="\n".join(
            [f"{escaped(name)}: {reason}" for name, reason in summary.failed] + [summary.refused]))
    if not quiet:
        _print_summary(summary)
    if summary.failed:
        raise typer.Exit(EXIT_SOME_FAILED)


def escaped(name: str) -> str:
    """A file name on one line: control characters (a newline...) written as escapes."""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in str(name))


def _progress_printer():
    def show(done: int, total: int) -> None:
        end = "\n" if done == total else ""
        print(f"\rdocuments {done}/{total}", end=end, file=sys.stderr, flush=True)
    return show


def _print_summary(s) -> None:
    langs = ", ".join(f"{k} {v}" for k, v in sorted(s.languages.items())) or "none"
    print(f"this run: {len(s.added)} added, {len(s.replaced)} replaced, {len(s.unchanged)} "
          f"unchanged, {len(s.removed)} removed, {len(s.failed)} failed")
    print(f"archive: {s.documents} documents  pages: {s.pages}  languages: {langs}")
    print("rows: " + ", ".join(f"{k} {v}" for k, v in s.rows.items()))
    state = f"updated, {s.stamp}" if s.published else "unchanged"
    print(f"publication: {s.out_dir} ({state})")
    if s.failed:
        print(f"failed files: {len(s.failed)}")
        for name, reason in s.failed:
            print(f"  {escaped(name)}: {reason}")


@app.command()
def remove(documents: list[str] = typer.Argument(..., help="File paths, file names or doc_ids."),
           out: Path = OUT) -> None:
    """Take documents out of the archive and publish the rest."""
    from flows.archive import remove_documents
    from pipeline.settings import Settings
    change, _ = remove_documents(documents, Settings.from_env(out_dir=out))
    typer.echo(f"removed: {', '.join(change.removed)}")
    typer.echo(f"archive: {len(change.entries)} documents")


@app.command(name="list")
def list_(out: Path = OUT, fmt: str = FORMAT) -> None:
    """The archive's documents: status, pages, language, meeting and date."""
    from flows.archive import list_documents
    from pipeline.query import render
    typer.echo(render(list_documents(out), fmt))


@app.command()
def rollback(stamp: Optional[str] = typer.Argument(None, help="A kept publication (default: the one before)."),
             out: Path = OUT) -> None:
    """Switch the archive back to an earlier publication, atomically."""
    from pipeline.publish import rollback as switch_back
    typer.echo(f"current publication: {switch_back(out, stamp)}")


@app.command()
def publications(out: Path = OUT, fmt: str = FORMAT) -> None:
    """The archive's publications, oldest first (those kept on disk can be rolled back to)."""
    from pipeline.publish import publications as kept, read_dataset, require_publication
    from pipeline.query import render
    require_publication(out)
    df = read_dataset(out, "publications")
    df["kept"] = df["stamp"].isin(kept(out))
    typer.echo(render(df, fmt))


# ------------------------------------------------------------------ reading the archive


@app.command()
def query(sql: str = typer.Argument(..., help="One SELECT over the published tables."),
          out: Path = OUT, fmt: str = FORMAT) -> None:
    """Read-only SQL over the archive's DuckDB database."""
    from pipeline import query as q
    typer.echo(q.render(q.run_sql(out, sql), fmt))


@app.command()
def evaluate(gold_dir: Path = typer.Argument(..., help="Folder with *.gold.json files."),
             out: Path = OUT,
             verbose: bool = typer.Option(False, "--verbose", "-v", help="List the misses.")) -> None:
    """Score the published datasets against gold files."""
    from pipeline import evaluate as ev
    from pipeline.publish import require_publication
    if not gold_dir.is_dir() or not any(gold_dir.rglob("*.gold.json")):
        raise UsageError("no_gold", path=gold_dir)
    require_publication(out)
    typer.echo(ev.format_scores(ev.evaluate(gold_dir, out), verbose=verbose))


@app.command()
def history(subject: str = typer.Argument(..., help="Subject, e.g. 'budget 2022'."),
            out: Path = OUT,
            body: Optional[str] = typer.Option(None, "--body", help="Only bodies matching this.")) -> None:
    """The timeline of decisions on a subject, per body, across meetings."""
    from pipeline.history import HistoryEntry, format_timeline
    from pipeline.publish import read_dataset, read_records, require_publication
    from dataclasses import replace
    require_publication(out)
    names = dict(zip(*(read_dataset(out, "documents")[c] for c in ("doc_id", "file_name"))))
    entries = [e if e.file_name else replace(e, file_name=names.get(e.doc_id))
               for e in read_records(out, "decision_history", HistoryEntry)]
    typer.echo(format_timeline(entries, subject, body=body))


@app.command()
def report(out: Path = OUT,
           to: Optional[Path] = typer.Option(None, "--to", help="Write a copy here instead.")) -> None:
    """Print the path of the archive's report (report.html, part of each publication),
    or write it to --to."""
    from pipeline.publish import REPORT, require_publication
    from pipeline.report import render_report
    folder = require_publication(out)
    if to is None:
        if not (folder / REPORT).exists():      # a publication made before reports were part of it
            render_report(folder)
        typer.echo(str(Path(out) / REPORT if (Path(out) / REPORT).exists() else folder / REPORT))
        return
    try:
        typer.echo(str(render_report(folder, to=to, label=folder.name)))
    except OSError as exc:
        raise UsageError("cannot_write", path=to, reason=exc.strerror or exc) from exc


def main() -> None:  # pragma: no cover - console entry point
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
