"""The `minutes` command: ingest, remove, list, rollback, query, evaluate, history, report,
review, check.

Exit codes: 0 all went well; 1 the command itself failed (bad arguments, no
publication to read, nothing could be published), with one line per problem on stderr
and no traceback; 2 `ingest` published what it could but some inputs failed; 3 `check`
found an error-severity flag in the draft.
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
from minutes.work import extract_draft as _extract_draft   # what the draft's worker runs
from pipeline.errors import UsageError, one_line
from pipeline.settings import SettingsError

EXIT_FAILED = 1
EXIT_SOME_FAILED = 2
EXIT_INTERRUPTED = 130
DEFAULT_WORKERS = 2
MAX_WORKERS = 64          # a sanity bound (a typo); the machine's bound is usually lower
MAX_TIMEOUT_S = 86400.0
OPEN_REPORT = "report-open.html"      # `report --open`, beside the publications


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
    from flows import plan, runtime
    plan.check_paths([str(p) for p in paths])      # before Prefect is even imported
    runtime.configure(quiet=True)                  # before Prefect is imported
    from pipeline import sandbox

    settings = Settings.from_env(out_dir=out, concurrency=concurrency if dask is None else workers,
                                 doc_timeout_s=timeout, dask_address=dask)
    progress = None if quiet or not sys.stderr.isatty() else _progress_printer()
    try:
        with sandbox.stopped_on_interrupt():       # Prefect only if there is something to do
            summary = plan.run_ingest([str(p) for p in paths], settings, progress, replace=replace)
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
    copies = f" ({len(s.duplicates)} of them copies of archived documents)" if s.duplicates else ""
    print(f"this run: {len(s.added)} added{copies}, {len(s.replaced)} replaced, {len(s.unchanged)} "
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
           to: Optional[Path] = typer.Option(None, "--to", help="Write a copy here instead."),
           open_only: bool = typer.Option(False, "--open", help="Only the flags not reviewed yet.")) -> None:
    """Print the path of the archive's report (report.html, part of each publication),
    or write it to --to; with --open, a report of the open flags only (<out>/report-open.html)."""
    from pipeline.publish import REPORT, require_publication
    from pipeline.report import render_report
    folder = require_publication(out)
    if open_only:
        to = to if to is not None else Path(out) / OPEN_REPORT
    elif to is None:
        if not (folder / REPORT).exists():      # a publication made before reports were part of it
            render_report(folder)
        typer.echo(str(Path(out) / REPORT if (Path(out) / REPORT).exists() else folder / REPORT))
        return
    try:
        typer.echo(str(render_report(folder, to=to, label=folder.name, open_only=open_only)))
    except OSError as exc:
        raise UsageError("cannot_write", path=to, reason=exc.strerror or exc) from exc


@app.command()
def review(flag_id: str = typer.Argument(..., help="A flag_id (from the report) or its first 6+ characters."),
           confirm: bool = typer.Option(False, "--confirm", help="The flag is a real inconsistency."),
           dismiss: bool = typer.Option(False, "--dismiss", help="The flag is a false alarm."),
           note: Optional[str] = typer.Option(None, "--note", help="Why, kept with the review."),
           out: Path = OUT) -> None:
    """Confirm or dismiss a flag; the review is kept in the archive (outside its
    publications), so re-ingests and rollbacks keep it, and is published at once."""
    if confirm == dismiss:
        raise UsageError("review_decision")
    from flows.archive import review_flag
    from pipeline.settings import Settings
    done, flag, stamp = review_flag(flag_id, "confirmed" if confirm else "dismissed", note,
                                    Settings.from_env(out_dir=out))
    typer.echo(f"{done.flag_id} {done.decision}: {one_line(flag.get('kind'))}, page {flag.get('page')}: "
               f"{one_line(flag.get('message'), 160)}")
    if done.note:
        typer.echo(f"note: {one_line(done.note)}")
    typer.echo(f"publication: {out} (updated, {stamp})")


# ------------------------------------------------------------------ checking a draft

EXIT_FLAGGED = 3


@app.command()
def check(draft: Path = typer.Argument(..., help="The draft report (a PDF file)."),
          out: Path = OUT,
          fmt: str = typer.Option("table", "--format", help="table or json."),
          isolation: str = typer.Option("process", "--isolation", hidden=True,
                                        help="process (a sandboxed worker) or none (in this process).")
          ) -> None:
    """Check a draft before approval: its own flags and those against the archive's
    earlier meetings. Publishes and writes nothing (exit 3 if a flag is an error)."""
    if fmt not in ("table", "json"):
        raise UsageError("draft_format", fmt=fmt)
    if isolation not in ("process", "none"):
        raise UsageError("out_of_range", option="--isolation", allowed="process or none", value=isolation)
    from pipeline import regexcache
    regexcache.remember_patterns("command")   # the checks' patterns, compiled by an earlier command
    if isolation == "process" and draft.is_file():
        _prestart_worker(out)
    from pipeline import draft as d           # (pyarrow, the checks) while the worker boots
    from concurrent.futures import ThreadPoolExecutor
    with ThreadPoolExecutor(1) as pool:       # the archive is opened while the draft is extracted
        opening = pool.submit(d.open_archive, out)
        extraction = _draft_extraction(draft, out, isolation)
        try:
            view = d.read_archive(out, extraction, opened=opening.result())
        except (OSError, ValueError, KeyError) as exc:
            raise UsageError("archive_unreadable", out=out,
                             reason=one_line(f"{type(exc).__name__}: {exc}")) from exc
    if view is None:
        from pipeline.errors import NOTES
        typer.echo(NOTES["no_archive"].format(out=out), err=True)
    flags = d.draft_to_flags(extraction, d.compared(view))
    typer.echo((d.flags_to_json if fmt == "json" else d.flags_to_text)(extraction, flags, view, out))
    regexcache.store_remembered()
    if any(f.severity == "error" for f in flags):
        raise typer.Exit(EXIT_FLAGGED)


def _prestart_worker(out: Path) -> None:
    """Start the draft's worker now, importing the extractors as it boots, so that it
    starts while this process imports the archive's code, not after."""
    from pipeline import sandbox
    from pipeline.settings import Settings
    sandbox.prestart(Settings.from_env(out_dir=out, isolation="process", concurrency=1),
                     ("pipeline.patternboot", "extractors.chain"))


def _draft_extraction(draft: Path, out: Path, isolation: str):
    """The draft's Extraction, read once (in a sandboxed worker unless ``isolation`` is
    none); a file that cannot be read is a one-line UsageError."""
    from pipeline import sandbox
    from pipeline.errors import InputError
    from pipeline.settings import Settings
    if not draft.exists():
        raise UsageError("path_missing", path=draft)
    if not draft.is_file():
        raise UsageError("draft_not_file", path=draft)
    settings = Settings.from_env(out_dir=out, isolation=isolation, concurrency=1)
    path = draft.resolve()
    if isolation == "process":
        try:
            with sandbox.stopped_on_interrupt():
                result = sandbox.call_isolated(_extract_draft, (path, settings), settings)
        finally:
            sandbox.shutdown()
    else:
        result = _extract_draft(path, settings)
    if isinstance(result, InputError) or result.info.status != "ok":
        reason = str(result) if isinstance(result, InputError) else result.info.error
        raise UsageError("draft_unreadable", name=draft.name, reason=reason)
    return result


def main() -> None:  # pragma: no cover - console entry point
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
