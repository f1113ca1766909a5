"""Every user-facing error message, in one place.

Each bad input gets exactly one line: ``<kind>: <reason>``. Extractors raise
``InputError`` with one of these; the flow records it against the file.
"""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    "empty": "empty file: 0 bytes",
    "not_pdf": "not a PDF: no %PDF header",
    "encrypted": "encrypted: a password is required",
    "truncated": "damaged PDF: {detail}",
    "unreadable": "unreadable PDF: {detail}",
    "crashed": "unreadable PDF: the reader crashed ({how})",
    "out_of_memory": "unreadable PDF: reading needs more than the {limit} bytes of memory a worker may use",
    "no_pages": "no pages: the PDF has no readable page",
    "too_large": "too large: {size} bytes exceeds the limit of {limit} bytes",
    "too_many_pages": "too many pages: {pages} exceeds the limit of {limit}",
    "timeout": "timed out: extraction took longer than {seconds:g} s",
    "no_text": "no text: {detail}",
    "ocr_unavailable": "no text: {pages} page(s) have no text layer and OCR is unavailable ({reason})",
    "ocr_failed": "OCR failed: {detail}",
    "killed": "killed: {detail}; the file is read again on the next run",
    "not_found": "not found: {path}",
    "internal": "internal error in {stage}: {detail}",
}


class InputError(Exception):
    """A file that cannot be read; ``str(err)`` is the one-line reason."""

    def __init__(self, kind: str, **details: object) -> None:
        self.kind = kind
        template = MESSAGES[kind]
        text = template.format(**details) if details else template
        super().__init__(one_line(text))

    def __reduce__(self):
        """Pickled as its kind and message (it crosses from worker processes)."""
        return _restore, (self.kind, str(self))


def _restore(kind: str, text: str) -> InputError:
    err = InputError.__new__(InputError)
    Exception.__init__(err, text)
    err.kind = kind
    return err


def one_line(text: str, limit: int = 300) -> str:
    """Collapse a message to one line of at most ``limit`` characters."""
    flat = " ".join(str(text).split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


# Kinds of error that may not recur on a later run: never cached. (A worker killed from
# outside, OCR missing on this machine, a file gone, a bug of ours.)
TRANSIENT_KINDS = frozenset({"killed", "ocr_unavailable", "not_found", "internal", "io"})

# Kinds of error reached under a limit, and the setting that set it: such an outcome is
# the file's under that limit or a lower one, and is tried again under a higher one.
LIMITED_KINDS: dict[str, str] = {
    "timeout": "doc_timeout_s",
    "ocr_failed": "ocr_timeout_s",
    "crashed": "worker_memory_bytes",       # a crash under the memory cap may be the cap's
    "out_of_memory": "worker_memory_bytes",
    "too_large": "max_file_bytes",
    "too_many_pages": "max_pages",
}


def apply_policy(exc: BaseException, policy: str) -> None:
    """The one place the error policy is applied to an exception we could go on without:
    ``strict`` (tests) re-raises it, ``record`` (production) returns so the caller goes on."""
    if policy == "strict":
        raise exc


def unforeseen(exc: BaseException, stage: str, policy: str) -> InputError:
    """A failure we did not foresee: re-raised under the strict policy, else the one-line
    'internal error' to record against the file."""
    apply_policy(exc, policy)
    return InputError("internal", stage=stage, detail=one_line(f"{type(exc).__name__}: {exc}", 200))


# ------------------------------------------------------------------ commands
# What a command says when it cannot do what was asked (exit 1, one line each).

USAGE: dict[str, str] = {
    "several": "{lines}",
    "path_missing": "not found: {path}",
    "no_pdf": "no PDF file under {paths}",
    "no_publication": "no publication in {out}: run `minutes ingest PATH... --out {out}` first",
    "nothing_added": "nothing published: no input could be read ({n} failed); the archive is unchanged",
    "lost_document": "cannot rebuild {name}: its file is gone from {path} and no cached extraction "
                     "is left; put the file back or `minutes remove` it",
    "unknown_document": "no archived document matches {selector!r} (see `minutes list`)",
    "ambiguous_document": "{selector!r} matches {n} archived documents ({names}): give a doc_id",
    "unknown_stamp": "no publication {stamp!r} in {out} (kept: {kept})",
    "ambiguous_stamp": "{stamp!r} starts the names of {n} publications: give more of it",
    "no_earlier": "no earlier publication to roll back to in {out}",
    "empty_sql": "empty SQL: give one SELECT statement",
    "several_statements": "one statement at a time: got {n} separated by ';'",
    "not_read_only": "read-only: only SELECT (or EXPLAIN) is allowed, not {statement}",
    "sql": "{detail}",
    "unknown_format": "unknown format {fmt!r}: use table, csv or json",
    "no_gold": "no gold files (*.gold.json) in {path}",
    "out_of_range": "{option} must be {allowed}, got {value}",
    "cannot_write": "cannot write {path}: {reason}",
    # reviews
    "review_decision": "give exactly one of --confirm or --dismiss",
    "short_flag_id": "flag id {selector!r} is too short: give the flag_id or its first {n}+ characters",
    "unknown_flag": "no flag {selector!r} in the current publication of {out} (the report lists each flag_id)",
    "ambiguous_flag": "{selector!r} starts {n} flag ids ({ids}): give more of it",
    "bad_review_store": "damaged review store {path}, line {line}: {detail}",
}


class UsageError(Exception):
    """A command cannot do what was asked: ``str(err)`` is what to print (one line per
    problem) before exiting 1."""

    def __init__(self, kind: str, **details: object) -> None:
        self.kind = kind
        text = USAGE[kind].format(**details)
        super().__init__("\n".join(one_line(line) for line in text.splitlines() or [""]))

    def __reduce__(self):  # picklable (across processes, in Prefect results) whatever its details
        return _rebuilt, (type(self), self.kind, str(self))


def _rebuilt(cls: type, kind: str, text: str) -> UsageError:
    err = Exception.__new__(cls)
    Exception.__init__(err, text)
    err.kind = kind
    return err


# draft check: what `minutes check DRAFT.pdf` says (errors exit 1; the note goes to stderr)
USAGE.update({
    "draft_not_file": "not a file: {path}",
    "draft_unreadable": "{name}: {reason}",
    "draft_format": "unknown format {fmt!r}: use table or json",
    "archive_unreadable": "cannot read the archive in {out}: {reason}",
})
NOTES: dict[str, str] = {
    "no_archive": "note: no archive in {out}: within-report checks only",
}

# lock
USAGE["archive_busy"] = ("archive {out} is being written by pid {pid} ({command}) since {since}; "
                         "try again when it has finished")

# inputs
# What a path that is not a readable PDF file gets (one documents row each), and what a
# file that changed while it was read or is a copy of another one gets.
MESSAGES.update({
    "special_file": "not a regular file: {what}; it is never opened",
    "dangling_link": "dangling symbolic link: its target {target} does not exist",
    "link_loop": "symbolic link loop: the link never reaches a file",
    "read_timeout": "timed out: reading the file took longer than {seconds:g} s",
    "changed": "changed while being read: its bytes differ from when it was found; "
               "it is read again on the next run",
    "duplicate": "duplicate: the same bytes as {path}",
    "unreadable_folder": "unreadable folder: {reason}; the files in it were not read",
})
# A file read while it changed, or read too slowly, may read fine next time: never cached.
TRANSIENT_KINDS = TRANSIENT_KINDS | {"changed", "read_timeout"}
