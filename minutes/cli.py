"""The `minutes` command: ingest, query, evaluate, history, report.

Exit codes: 0 all went well; 1 the command itself failed (bad arguments, no
publication to read); 2 `ingest` published what it could but some inputs failed.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Turn PDF minutes of meetings into queryable datasets.")

OUT = typer.Option(Path("outputs"), "--out", help="Publication folder.")
EXIT_SOME_FAILED = 2


@app.command()
def ingest(paths: list[Path] = typer.Argument(..., help="PDF files or folders."),
           out: Path = OUT,
           workers: int = typer.Option(2, "--workers", min=1, help="Documents processed at once."),
           timeout: float = typer.Option(300.0, "--timeout", help="Seconds allowed per document."),
           dask: Optional[str] = typer.Option(None, "--dask", help="Run on this Dask scheduler."),
           quiet: bool = typer.Option(False, "--quiet", "-q")) -> None:
    """Ingest PDF reports and publish the datasets (exit 2 if some files failed)."""
    from flows import runtime
    runtime.configure(quiet=True)
    from pipeline import sandbox
    from flows.ingest import run_ingest
    from pipeline.settings import Settings

    settings = Settings.from_env(out_dir=out, concurrency=workers, doc_timeout_s=timeout,
                                 dask_address=dask)
    progress = None if quiet or not sys.stderr.isatty() else _progress_printer()
    try:
        with runtime.fast_local_flows():
            summary = run_ingest([str(p) for p in paths], settings, progress)
    finally:
        sandbox.shutdown()
    if not quiet:
        _print_summary(summary)
    if summary.failed:
        raise typer.Exit(EXIT_SOME_FAILED)


def _progress_printer():
    def show(done: int, total: int) -> None:
        end = "\n" if done == total else ""
        print(f"\rdocuments {done}/{total}", end=end, file=sys.stderr, flush=True)
    return show


def _print_summary(s) -> None:
    langs = ", ".join(f"{k} {v}" for k, v in sorted(s.languages.items())) or "none"
    print(f"documents: {s.documents}  pages: {s.pages}  languages: {langs}")
    print("rows: " + ", ".join(f"{k} {v}" for k, v in s.rows.items()))
    print(f"publication: {s.out_dir} ({'updated' if s.published else 'unchanged'})")
    if s.failed:
        print(f"failed files: {len(s.failed)}")
        for name, reason in s.failed:
            print(f"  {name}: {reason}")


@app.command()
def query(sql: str = typer.Argument(..., help="SQL over the published tables."),
          out: Path = OUT,
          fmt: str = typer.Option("table", "--format", help="table, csv or json.")) -> None:
    """Read-only SQL over the published DuckDB database."""
    from pipeline import query as q
    try:
        typer.echo(q.render(q.run_sql(out, sql), fmt))
    except q.QueryError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1)


@app.command()
def evaluate(gold_dir: Path = typer.Argument(..., help="Folder with *.gold.json files."),
             out: Path = OUT,
             verbose: bool = typer.Option(False, "--verbose", "-v", help="List the misses.")) -> None:
    """Score the published datasets against gold files."""
    from pipeline import evaluate as ev
    scores = ev.evaluate(gold_dir, out)
    typer.echo(ev.format_scores(scores, verbose=verbose))


@app.command()
def history(subject: str = typer.Argument(..., help="Subject, e.g. 'budget 2022'."),
            out: Path = OUT) -> None:
    """The timeline of decisions on a subject across meetings."""
    from pipeline.history import HistoryEntry, format_timeline
    from pipeline.publish import read_records
    typer.echo(format_timeline(read_records(out, "decision_history", HistoryEntry), subject))


@app.command()
def report(out: Path = OUT) -> None:
    """Write the secretariat's report (report.html) from the publication."""
    from pipeline.report import render_report
    typer.echo(str(render_report(out)))


def main() -> None:  # pragma: no cover - console entry point
    app()
