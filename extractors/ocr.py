"""OCR for scanned pages: give image-only pages a text layer with OCRmyPDF + Tesseract.

The PDF extractor finds pages without a text layer; ``ocr_missing_text`` runs OCR on
just those pages and returns new PDF bytes that the extractor reads again. Pages that
already have text are left as they are (``mode="skip"``, no optimisation, plain PDF
output rather than PDF/A). OCR runs
single-threaded and in-process (threads, never child processes: the pipeline already runs
each document in a worker process) and writes only inside a temporary directory.
"""

from __future__ import annotations

import functools
import logging
import re
import shutil
import subprocess
import tempfile
from collections import Counter
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Iterable, Iterator, Sequence

from pipeline.errors import InputError, one_line
from pipeline.lexicon import fallback_order, words as lexicon_words
from pipeline.records import Line, Page
from pipeline.settings import Settings

NAME = "ocr"
VERSION = "1.1"

# A page gets at least this many seconds of Tesseract, however many pages share the budget.
_MIN_PAGE_S = 5.0
# Paths of ocrmypdf's scratch files in its messages ("/tmp/ocrmypdf.io.x/origin: ...").
_TEMP_PATH = re.compile(r"\S*/(?:ocrmypdf\.io\.|minutes-ocr-)\S*?:\s*")
# Any other path into a temporary folder ("... in /tmp/tmpk3x9/page.png"): random names
# would make the same file's message differ from run to run.
_TEMP_FILE = re.compile(r"[^\s'\"(]*(?:ocrmypdf\.io\.|minutes-ocr-|/tmp/|"
                        + re.escape(tempfile.gettempdir().rstrip("/")) + r"/)[^\s'\")]*")


# ------------------------------------------------------------------ availability


@functools.cache
def tesseract_languages() -> frozenset[str]:
    """The language packs Tesseract has installed (empty when Tesseract is absent)."""
    exe = shutil.which("tesseract")
    if exe is None:
        return frozenset()
    try:
        out = subprocess.run([exe, "--list-langs"], capture_output=True, text=True,
                             timeout=30, check=False)
    except (OSError, subprocess.SubprocessError):
        return frozenset()
    # First line is a banner ("List of available languages in ... (N):").
    lines = (out.stdout or "").splitlines()[1:]
    return frozenset(l.strip() for l in lines if l.strip())


@functools.cache
def ocr_available() -> str | None:
    """None when OCR can run here, else a one-line reason (shown per file)."""
    try:
        import ocrmypdf  # noqa: F401
    except ImportError:
        return "ocrmypdf is not installed"
    if shutil.which("tesseract") is None:
        return "tesseract is not installed (make system-deps)"
    if not tesseract_languages() & set(all_tesseract_codes()):
        return "no tesseract language pack for " + "/".join(all_tesseract_codes())
    return None


# ---------------------------------------------------------------------- language


def all_tesseract_codes() -> tuple[str, ...]:
    """Tesseract codes of every supported language, in the lexicon's fallback order
    (English first: Tesseract's primary language breaks ties, and it is the widest script)."""
    codes = (lexicon_words(lang, "ocr", "tesseract") for lang in fallback_order())
    return tuple(c for c in codes if c)


def language_to_tesseract(lang: str | None) -> tuple[str, ...]:
    """Tesseract languages for a report language: its own pack, or all packs when unknown;
    packs not installed are dropped (when some are)."""
    own = lexicon_words(lang, "ocr", "tesseract") if lang else ()
    wanted = (own,) if own else all_tesseract_codes()
    installed = tesseract_languages()
    usable = tuple(c for c in wanted if c in installed)
    if usable:
        return usable
    fallback = tuple(c for c in all_tesseract_codes() if c in installed)
    return fallback or wanted


# --------------------------------------------------------------------------- OCR


def ocr_pdf_bytes(data: bytes, pages: Sequence[int], lang: str | None,
                  timeout_s: float) -> bytes:
    """PDF bytes with a text layer added to the given 1-based ``pages`` (others untouched).

    Tesseract gets ``timeout_s`` shared across the pages (a page that runs out keeps no
    text). Raises ``InputError("ocr_failed")`` when OCR is unavailable or fails.
    """
    reason = ocr_available()
    if reason is not None:
        raise InputError("ocr_failed", detail=reason)
    wanted = sorted({int(p) for p in pages})
    if not wanted:
        return data
    if wanted[0] < 1:
        raise InputError("ocr_failed", detail=f"page numbers start at 1, got {wanted[0]}")
    if timeout_s <= 0:
        raise InputError("ocr_failed", detail="the OCR time limit must be > 0")
    import ocrmypdf

    per_page = max(_MIN_PAGE_S, float(timeout_s) / len(wanted))
    languages = language_to_tesseract(lang)
    with tempfile.TemporaryDirectory(prefix="minutes-ocr-") as tmp, _quiet_logs() as warnings:
        src, dst = Path(tmp) / "in.pdf", Path(tmp) / "out.pdf"
        src.write_bytes(data)
        try:
            code = ocrmypdf.ocr(
                src, dst,
                language=list(languages),
                pages=",".join(str(p) for p in wanted),
                mode="skip",            # never touch a page that already has text
                output_type="pdf",      # no PDF/A conversion: other pages stay as they are
                optimize=0,             # no image recompression
                jobs=1, use_threads=True,
                progress_bar=False,
                tesseract_timeout=per_page,
                tesseract_non_ocr_timeout=per_page,
                keep_temporary_files=False,
            )
        except InputError:
            raise
        except Exception as exc:  # ocrmypdf raises its own exception family, and OSError:
            # each is this file's one-line "OCR failed" reason, not a crash
            raise InputError("ocr_failed", detail=_describe(exc, warnings)) from exc
        timed_out = sum("took too long" in w for w in warnings)
        if timed_out >= len(wanted):
            raise InputError("ocr_failed", detail=f"Tesseract took longer than {per_page:g} s"
                             f" on each of {len(wanted)} page(s)")
        if int(code) != 0 or not dst.is_file():
            raise InputError("ocr_failed", detail=f"ocrmypdf exit code {int(code)}"
                             + (f" ({warnings[-1]})" if warnings else ""))
        return dst.read_bytes()


def _describe(exc: Exception, warnings: list[str]) -> str:
    """The first non-empty message along the exception chain (ocrmypdf's own exceptions
    often carry none), with the last warning logged."""
    text, seen = "", exc
    while seen is not None and not text:
        text = str(seen).strip()
        seen = seen.__cause__ or seen.__context__
    text = _TEMP_PATH.sub("", text) or type(exc).__name__
    if warnings and warnings[-1] not in text:
        text = f"{text} ({warnings[-1]})"
    return one_line(f"{type(exc).__name__}: {without_temp_paths(text)}", 200)


def without_temp_paths(text: str) -> str:
    """``text`` with each path into a temporary folder cut to its file name, so that the
    same failure reads the same on every run."""
    def name(m: re.Match) -> str:
        path = m.group()
        kept = path.rstrip(":,.;")
        return (Path(kept).name or "a temporary file") + path[len(kept):]
    return _TEMP_FILE.sub(name, _TEMP_PATH.sub("", text))


@contextmanager
def _quiet_logs() -> Iterator[list[str]]:
    """Keep ocrmypdf's log off the console; hand back its warnings (for error details)."""
    seen: list[str] = []

    class _Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            if record.levelno >= logging.WARNING:
                seen.append(one_line(record.getMessage(), 160))

    log = logging.getLogger("ocrmypdf")
    handler = _Collect()
    saved = (log.propagate, log.level)
    log.addHandler(handler)
    log.propagate = False
    if log.level == logging.NOTSET or log.level > logging.WARNING:
        log.setLevel(logging.WARNING)
    try:
        yield seen
    finally:
        log.removeHandler(handler)
        log.propagate, _ = saved
        log.setLevel(saved[1])


# --------------------------------------------------------------- integration


def pages_without_text(pages: Sequence[Page]) -> list[int]:
    """Numbers of the pages that have no text layer but something drawn (what OCR
    should read: a blank page has nothing to read, and OCR tools fail on odd ones)."""
    return [p.number for p in pages if not p.has_text_layer and not p.blank]


def mark_ocr_pages(pages: Sequence[Page], numbers: Iterable[int]) -> list[Page]:
    """Re-read pages with ``ocr=True`` on those OCR gave text to, and their lines evened
    out: Tesseract's text layer sets each line's font size to fit its width, so size
    (and boldness) says nothing there; every OCR'd line gets the body size instead, so
    no line of a scan is taken for a heading by its size (precision first). The pieces
    of a line scanned askew are joined again (``rejoin_sloped_lines``)."""
    wanted = set(numbers)
    body = _body_size([p for p in pages if p.number not in wanted]) or _body_size(
        [p for p in pages if p.number in wanted])
    out = []
    for p in pages:
        if p.number not in wanted:
            out.append(p)
            continue
        lines = tuple(replace(l, size=body or l.size, bold=False)
                      for l in rejoin_sloped_lines(p.lines))
        out.append(replace(p, lines=lines, ocr=True))
    return out


def rejoin_sloped_lines(lines: Sequence[Line]) -> list[Line]:
    """A page scanned half a degree askew has sloping lines: its words drift up or down
    by more than the reader's line tolerance, so one printed line comes back as pieces
    (its right end, higher, read before its left: "… le Conseil municipal de" / "L'an
    deux mille vingt-cinq,"). Pieces side by side (no horizontal overlap) whose heights
    overlap by at least half are one line again, their words left to right. Lines one
    under another never overlap that much, so text lines stay apart."""
    out: list[Line] = []
    for line in sorted(lines, key=lambda l: l.top):
        for i in range(len(out) - 1, max(len(out) - 4, -1), -1):
            if _side_by_side(out[i], line):
                out[i] = _joined(out[i], line)
                break
        else:
            out.append(line)
    return sorted(out, key=lambda l: l.top)


def _side_by_side(a: Line, b: Line) -> bool:
    shared = min(a.bottom, b.bottom) - max(a.top, b.top)
    height = min(a.bottom - a.top, b.bottom - b.top)
    apart = b.x0 >= a.x1 - 1.0 or b.x1 <= a.x0 + 1.0
    return a.role == b.role and height > 0 and shared >= 0.5 * height and apart


def _joined(a: Line, b: Line) -> Line:
    left, right = (a, b) if a.x0 <= b.x0 else (b, a)
    return replace(left, text=f"{left.text} {right.text}", x1=max(a.x1, b.x1),
                   top=min(a.top, b.top), bottom=max(a.bottom, b.bottom),
                   words=left.words + right.words)


def _body_size(pages: Sequence[Page]) -> float | None:
    """The most common line size, weighted by characters (None without lines)."""
    sizes: Counter[float] = Counter()
    for p in pages:
        for l in p.lines:
            sizes[round(l.size, 1)] += len(l.text)
    return sizes.most_common(1)[0][0] if sizes else None


def ocr_missing_text(data: bytes, pages: Sequence[Page], lang: str | None,
                     settings: Settings) -> bytes | None:
    """OCR'd PDF bytes when some pages lack a text layer and OCR is on and available;
    None when there is nothing to do (all pages have text, or OCR is switched off).
    Without ``lang``, the language of the pages that have text is used when sure.
    Raises ``InputError("ocr_failed")`` when OCR is wanted but cannot run or fails."""
    missing = pages_without_text(pages)
    if not missing or not settings.ocr:
        return None
    lang = lang or pages_to_language(pages, settings)
    return ocr_pdf_bytes(data, missing, lang, settings.ocr_timeout_s)


def pages_to_language(pages: Sequence[Page], settings: Settings,
                      min_confidence: float = 0.9) -> str | None:
    """The report's language judged from the pages that have text (a scan annexed to a
    typed report), when sure; None (all language packs) otherwise. One pack reads
    faster and keeps accents better than three."""
    from extractors.language import MIN_CHARS, detect
    text = "\n".join(l.text for p in pages if p.has_text_layer for l in p.lines)
    if sum(c.isalpha() for c in text) < MIN_CHARS:
        return None
    found, confidence = detect(text, settings.languages, settings.seed)
    known = found in settings.languages and lexicon_words(found, "ocr", "tesseract")
    return found if known and confidence >= min_confidence else None
