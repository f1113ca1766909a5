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
