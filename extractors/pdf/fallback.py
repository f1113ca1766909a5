"""The slow reader: pdfplumber (pdfminer) for files pdfium refuses, and for the ruled
tables of pages whose drawing is too heavy to read through pdfium."""

from __future__ import annotations

import io
from contextlib import contextmanager, suppress
from typing import Iterable, Iterator

from extractors.pdf.rules import _raw_tables
from extractors.pdf.columns import words_to_lines_in_columns
from pipeline.errors import InputError, apply_policy, one_line
from pipeline.records import Page, RawTable
from pipeline.settings import Settings


def plumber_bytes_to_tables(data: bytes, numbers: Iterable[int],
                            settings: Settings | None = None) -> dict[int, tuple[RawTable, ...]]:
    """Ruled tables of the given pages through pdfplumber, one page parsed at a time. A
    page pdfplumber cannot parse keeps no ruled table (its text came from pdfium) under
    the ``record`` error policy; under ``strict`` (tests) the failure is raised."""
    import pdfplumber

    policy = (settings or Settings()).error_policy
    found: dict[int, tuple[RawTable, ...]] = {}
    # Every failure below is pdfminer's (it raises many kinds on damaged files). Going
    # on is right under ``record``: these pages' text and lines were read by pdfium, so
    # the report loses a ruled table at worst, never its text.
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except Exception as exc:  # pdfminer's, of many kinds: see above
        apply_policy(exc, policy)
        return found
    with _closing(pdf):
        for number in sorted(numbers):
            try:
                plumber_page = pdf.pages[number - 1]
            except IndexError:
                continue   # pdfminer finds fewer pages than pdfium: no table for this one
            except Exception as exc:  # pdfminer's, of many kinds: see above
                apply_policy(exc, policy)
                continue
            try:
                found[number] = plumber_page_to_tables(plumber_page, number)
            except Exception as exc:  # pdfminer's, of many kinds: see above
                apply_policy(exc, policy)
                found[number] = ()
            finally:
                plumber_page.close()
    return found


def plumber_bytes_to_pages(data: bytes, settings: Settings) -> list[Page]:
    """Open the PDF with pdfplumber and read every page's lines and ruled tables (the
    slow reader: for files pdfium refuses, and to check the fast one)."""
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError

    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except (PDFPasswordIncorrect, PDFEncryptionError) as exc:
        raise InputError("encrypted") from exc
    except PDFSyntaxError as exc:
        raise InputError("unreadable", detail=one_line(str(exc) or "syntax error")) from exc
    except Exception as exc:  # pdfminer raises many kinds on damaged files: each
        raise _classify(exc) from exc  # becomes the file's one-line reason, not a crash
    with _closing(pdf):
        try:
            n = len(pdf.pages)
        except Exception as exc:  # pdfminer parses the page tree here: damaged files fail
            # with many kinds of error, each the file's one-line reason (not a crash)
            raise _classify(exc) from exc
        if n == 0:
            raise InputError("no_pages")
        if n > settings.max_pages:
            raise InputError("too_many_pages", pages=n, limit=settings.max_pages)
        pages = []
        for number, plumber_page in enumerate(pdf.pages, start=1):
            try:
                pages.append(plumber_page_to_page(plumber_page, number))
            except Exception as exc:  # as above: a damaged page is the file's one-line reason
                raise _classify(exc, page=number) from exc
            finally:
                plumber_page.close()  # pdfplumber keeps parsed pages otherwise (memory)
    return pages


def decrypted(data: bytes) -> bytes | None:
    """The PDF written again without its encryption when qpdf (pikepdf) opens it with the
    empty user password: qpdf forgives broken encryption dictionaries pdfium refuses (a
    bad /Length). None when a password is really needed, or qpdf cannot read it either."""
    try:
        import pikepdf
    except ImportError:
        return None
    try:
        with pikepdf.open(io.BytesIO(data)) as pdf:
            out = io.BytesIO()
            pdf.save(out)               # saved without encryption
            return out.getvalue()
    except Exception:  # pikepdf.PasswordError, or any qpdf failure: the file stays encrypted
        return None


@contextmanager
def _closing(pdf) -> Iterator[None]:
    """Close a pdfplumber PDF whatever its page tree: closing walks the pages again, and
    on a damaged tree that raises, which must not replace the file's own reason."""
    try:
        yield
    finally:
        with suppress(Exception):  # pdfminer's, of many kinds (see above)
            pdf.close()


def _classify(exc: Exception, page: int | None = None) -> InputError:
    # pdfplumber wraps pdfminer's exceptions: judge by the one inside.
    while exc.args and isinstance(exc.args[0], Exception):
        exc = exc.args[0]
    if type(exc).__name__ in ("PDFPasswordIncorrect", "PDFEncryptionError"):
        return InputError("encrypted")
    text = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    if "password" in text.lower() or "encrypt" in text.lower():
        return InputError("encrypted")
    where = f" (page {page})" if page else ""
    return InputError("unreadable", detail=one_line(text, 200) + where)


def plumber_page_to_page(p, number: int) -> Page:
    """One pdfplumber page as a Page: lines of words (with typography) and ruled tables."""
    words = p.extract_words(extra_attrs=["size", "fontname"], use_text_flow=False,
                            keep_blank_chars=False, x_tolerance=1.5, y_tolerance=3)
    lines = words_to_lines_in_columns(words, number)
    tables = plumber_page_to_tables(p, number) if (p.rects or p.lines) else ()
    has_text = bool(p.chars)
    drawn = has_text or any(p.objects.get(k) for k in ("image", "rect", "line", "curve"))
    return Page(number=number, width=float(p.width), height=float(p.height),
                lines=tuple(lines), tables=tables, has_text_layer=has_text, blank=not drawn)


def plumber_page_to_tables(p, number: int) -> tuple[RawTable, ...]:
    """The ruled tables pdfplumber finds on a page (2 rows and 2 columns at least)."""
    return _raw_tables(p.find_tables(), number)
