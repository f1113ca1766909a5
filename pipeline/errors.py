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
    "no_pages": "no pages: the PDF has no readable page",
    "too_large": "too large: {size} bytes exceeds the limit of {limit} bytes",
    "too_many_pages": "too many pages: {pages} exceeds the limit of {limit}",
    "timeout": "timed out: extraction took longer than {seconds:g} s",
    "no_text": "no text: {pages} page(s) have no text layer and OCR is {ocr}",
    "ocr_failed": "OCR failed: {detail}",
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


def one_line(text: str, limit: int = 300) -> str:
    """Collapse a message to one line of at most ``limit`` characters."""
    flat = " ".join(str(text).split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


# Kinds of error that may not recur on a later run: never cached.
TRANSIENT_KINDS = frozenset({"timeout", "internal", "ocr_failed"})


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
