"""The PDF extractor: the only module that reads files.

``read_pdf`` turns a file into an in-memory ``Document``: pdfplumber gives lines with
position, font size and boldness, and ruled tables; then pure stages mark running
headers/footers (``pages_to_furniture``), headings (``pages_to_headings``), join the
body text with end-of-line hyphens mended (``pages_to_text``) and cut it into
sections (``lines_to_sections``). Every stage after the file read is a pure
function over records, so it is tested without PDFs.
"""

from __future__ import annotations

import ctypes
import functools
import io
import re
import statistics
import threading
from collections import Counter
from dataclasses import dataclass, replace
from itertools import groupby
from pathlib import Path
from typing import Iterable, Sequence

from extractors import ocr
from pipeline.errors import InputError, one_line
from pipeline.lexicon import words as lexicon_words
from pipeline.records import Document, Line, Page, RawTable, Section, Word
from pipeline.settings import Settings
from pipeline.text import fold, sha256_bytes

NAME = "pdf"
VERSION = "1.0"

# Where running headers and footers live: this share of the page height at each end.
MARGIN_SHARE = 0.11
# Page-number and version stamps that are furniture wherever they repeat.
_FURNITURE_PATTERNS = [
    re.compile(r"^\s*(page|p\.?|página|pag\.?)\s*\d+\s*((/|sur|of|de)\s*\d+)?\s*$", re.I),
    re.compile(r"^\s*\d+\s*(/|sur|of|de)\s*\d+\s*$", re.I),
    re.compile(r"^\s*\d+\s*\|\s*p\s*a\s*g\s*e\s*$", re.I),
    re.compile(r"^\s*[-–]?\s*\d{1,4}\s*[-–]?\s*$"),
]
# Stamps unambiguous enough to be furniture anywhere on the page (text extracted
# from an earlier PDF often carries its old footers mid-page).
_STRONG_STAMPS = _FURNITURE_PATTERNS[:3]
_HEADER_MAX_CHARS = 160


# ------------------------------------------------------------------------- file


def read_pdf(path: Path, settings: Settings | None = None) -> Document:
    """Read one PDF file into a Document; raise InputError with a one-line reason."""
    settings = settings or Settings()
    path = Path(path)
    if not path.is_file():
        raise InputError("not_found", path=str(path))
    size = path.stat().st_size
    if size == 0:
        raise InputError("empty")
    if size > settings.max_file_bytes:
        raise InputError("too_large", size=size, limit=settings.max_file_bytes)
    data = path.read_bytes()
    return bytes_to_document(data, path.name, settings)


def check_header(data: bytes) -> bytes:
    """The PDF bytes from their %PDF- header on (readers tolerate leading junk, whose
    bytes would shift every offset). A file with no header is still tried when it
    plainly holds PDF objects; anything else is not a PDF."""
    if not data:
        raise InputError("empty")
    at = data.find(b"%PDF-", 0, 1024)
    if at >= 0:
        return data[at:]
    if b" obj" in data[:4096] and (b"/Root" in data or b"/Pages" in data):
        return data
    raise InputError("not_pdf")


def bytes_to_document(data: bytes, file_name: str, settings: Settings | None = None) -> Document:
    """Parse PDF bytes into a Document (doc_id = sha256 of the bytes)."""
    settings = settings or Settings()
    pdf_bytes = check_header(data)
    pages = bytes_to_pages(pdf_bytes, settings)
    scanned = ocr.pages_without_text(pages)
    if scanned and settings.ocr and ocr.ocr_available() is None:
        # Pages with no text layer are OCR'd (in the report's language) and re-read.
        try:
            ocred = ocr.ocr_missing_text(pdf_bytes, pages, None, settings)
        except InputError:
            if len(scanned) == len(pages):
                raise
            ocred = None  # keep the typed pages of a report whose annexed scan failed
        if ocred is not None:
            pages = ocr.mark_ocr_pages(bytes_to_pages(ocred, settings), scanned)
    return pages_to_document(sha256_bytes(data), file_name, pages)


def bytes_to_pages(data: bytes, settings: Settings) -> list[Page]:
    """Every page's lines and ruled tables. pdfium reads the text and the vector rules
    (fast, page by page) and pdfplumber's table finder runs on them; pdfplumber parses
    only pages whose drawing is too heavy to read here, and whole files pdfium refuses
    (pdfminer recovers some damaged files pdfium will not open)."""
    try:
        pages, heavy_pages = pdfium_bytes_to_pages(data, settings)
    except _PdfiumRefused:
        return plumber_bytes_to_pages(data, settings)
    if not heavy_pages:
        return pages
    found = plumber_bytes_to_tables(data, heavy_pages)
    return [replace(p, tables=found[p.number]) if found.get(p.number) else p for p in pages]


class _PdfiumRefused(Exception):
    """pdfium could not open the file or one of its pages: pdfplumber gets a try."""


# pdfium is not thread-safe, and a flow may run several documents in threads of one
# process: one document at a time goes through it.
_PDFIUM_LOCK = threading.Lock()


def pdfium_bytes_to_pages(data: bytes, settings: Settings) -> tuple[list[Page], set[int]]:
    """Every page through pdfium, and the numbers of pages whose ruled tables are left
    to pdfplumber. Pages are loaded and closed one at a time (bounded memory)."""
    import pypdfium2 as pdfium

    with _PDFIUM_LOCK:
        try:
            pdf = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as exc:
            if getattr(exc, "err_code", None) == pdfium.raw.FPDF_ERR_PASSWORD:
                raise InputError("encrypted") from exc
            raise _PdfiumRefused(str(exc)) from exc
        try:
            n = len(pdf)
            if n == 0:
                raise _PdfiumRefused("no pages")
            if n > settings.max_pages:
                raise InputError("too_many_pages", pages=n, limit=settings.max_pages)
            pages: list[Page] = []
            heavy: set[int] = set()
            for number in range(1, n + 1):
                try:
                    page = pdf[number - 1]
                except pdfium.PdfiumError as exc:
                    raise _PdfiumRefused(f"page {number}: {exc}") from exc
                try:
                    read, drawing_read = pdfium_page_to_page(page, number)
                finally:
                    page.close()
                pages.append(read)
                if not drawing_read:
                    heavy.add(number)
            return pages, heavy
        finally:
            pdf.close()


def pdfium_page_to_page(page, number: int) -> tuple[Page, bool]:
    """One pdfium page as a Page of lines and ruled tables, positions in points from the
    top-left of the displayed (rotated) page, as pdfplumber gives them; and whether its
    vector drawing could be read (False: too heavy, pdfplumber should find its tables)."""
    view = _PageView.of(page)
    textpage = page.get_textpage()
    try:
        chars = textpage_to_chars(textpage.raw, view)
    finally:
        textpage.close()
    lines = words_to_lines(chars_to_words(chars), number)
    rules = pdfium_page_to_rules(page, view)
    tables: tuple[RawTable, ...] = ()
    if rules and rules_may_form_grid(rules):
        tables = rules_to_tables(chars, rules, view, number)
    page_record = Page(number=number, width=view.width, height=view.height,
                       lines=tuple(lines), tables=tables, has_text_layer=bool(chars))
    return page_record, rules is not None


@dataclass(frozen=True)
class _PageView:
    """How PDF user space maps to the displayed page (pdfminer's page matrix): the
    page's box moved to the origin, then the page's /Rotate applied. The box is
    pdfium's bounding box (the crop box within the media box, inherited from the page
    tree when the page does not set it; pypdfium2's ``get_mediabox`` is not inherited
    and falls back to US Letter). pdfplumber measures from the media box: the two
    differ only on pages cropped smaller than their media."""
    matrix: tuple[float, float, float, float, float, float]
    width: float
    height: float

    @classmethod
    def of(cls, page) -> "_PageView":
        l, b, r, t = page.get_bbox()
        rotation = page.get_rotation() % 360
        if rotation == 90:
            return cls((0, -1, 1, 0, -b, r), t - b, r - l)
        if rotation == 180:
            return cls((-1, 0, 0, -1, r, t), r - l, t - b)
        if rotation == 270:
            return cls((0, 1, -1, 0, t, -l), t - b, r - l)
        return cls((1, 0, 0, 1, -l, -b), r - l, t - b)


# One character: text, x0, top, x1, bottom, size, font name, upright.
Char = tuple[str, float, float, float, float, float, str, bool]

_WHITESPACE_CODES = (0x20, 0x0D, 0x0A)
_PDFIUM_HYPHEN = 0x02   # pdfium's code for a hyphen it sees at a line end


def textpage_to_chars(textpage, view: _PageView) -> list[Char]:
    """Every character pdfium found on the page, with pdfplumber's geometry: the box
    runs from the font's descent up one font size, and spans the glyph's advance.

    The spaces and line breaks pdfium generates are left out: words are parted by
    gaps, as pdfplumber does. (pdfium also drops some real space glyphs, mostly ones
    overlapping a neighbour: "Vocal: Dr." can read "Vocal:Dr.". Keeping its generated
    spaces instead splits more words than it mends: ICDAR 2013 table cells F1 0.858
    against 0.861 without them.)"""
    import ctypes

    import pypdfium2.raw as R

    get_unicode, is_generated = R.FPDFText_GetUnicode, R.FPDFText_IsGenerated
    loose_box, font_size = R.FPDFText_GetLooseCharBox, R.FPDFText_GetFontSize
    font_info, char_matrix = R.FPDFText_GetFontInfo, R.FPDFText_GetMatrix
    rect, matrix = R.FS_RECTF(), R.FS_MATRIX()
    name_buf, flags = ctypes.create_string_buffer(256), ctypes.c_int()
    fonts: dict[tuple[bytes, int], str] = {}
    chars: list[Char] = []
    # The page matrix, inlined: this loop runs once per character.
    pa, pb, pc, pd, pe, pf = view.matrix
    height = view.height
    count = R.FPDFText_CountChars(textpage)
    low_half = -1     # index of a low surrogate already joined to its high half
    for i in range(count):
        code = get_unicode(textpage, i)
        if code in _WHITESPACE_CODES:
            if is_generated(textpage, i):
                continue
            text = " "
        elif code == _PDFIUM_HYPHEN:
            text = "-"
        elif 0xD800 <= code <= 0xDBFF and i + 1 < count:   # a character beyond the BMP
            low_unit = get_unicode(textpage, i + 1)
            if not 0xDC00 <= low_unit <= 0xDFFF:
                continue
            text = chr(0x10000 + ((code - 0xD800) << 10) + (low_unit - 0xDC00))
            low_half = i + 1
        elif code < 0x20 or 0xD800 <= code <= 0xDFFF or code > 0x10FFFF or i == low_half:
            continue
        else:
            text = chr(code)
        if not loose_box(textpage, i, rect):
            continue
        font_info(textpage, i, name_buf, 256, flags)
        key = (name_buf.value, flags.value)
        font = fonts.get(key)
        if font is None:
            font = fonts[key] = _font_name(name_buf.value, flags.value)
        char_matrix(textpage, i, matrix)
        ca, cb, cc, cd = matrix.a, matrix.b, matrix.c, matrix.d
        # pdfium gives the size set by Tf; text drawn at "1 Tf" is scaled by its matrix
        size = font_size(textpage, i) * (cc * cc + cd * cd) ** 0.5
        na, nb = ca * pa + cb * pc, ca * pb + cb * pd
        nc, nd = cc * pa + cd * pc, cc * pb + cd * pd
        upright = na * nd > 0 and nb * nc <= 0      # pdfminer's test, after the page rotation
        left, right, low, high = rect.left, rect.right, rect.bottom, rect.top
        xa, xb = pa * left + pc * low + pe, pa * right + pc * high + pe
        ya, yb = pb * left + pd * low + pf, pb * right + pd * high + pf
        x0, x1 = (xa, xb) if xa <= xb else (xb, xa)
        top, bottom = (height - yb, height - ya) if ya <= yb else (height - ya, height - yb)
        if upright:
            top = bottom - size
        else:   # pdfminer's size of a turned glyph is its box's height on the page
            size = bottom - top
        chars.append((text, x0, top, x1, bottom, size, font, upright))
    return chars


_FORCE_BOLD = 1 << 18   # font descriptor flag ForceBold (PDF 32000-1, table 123)


def _font_name(raw: bytes, flags: int) -> str:
    """The font's name as pdfplumber reports it, marked bold when its descriptor forces
    bold glyphs. (pdfium's font weight is not used: it is derived from the stem width,
    and real regular fonts report weights from 716 to 4056.)"""
    name = raw.decode("latin-1", "replace")
    if flags & _FORCE_BOLD and not _is_bold(name):
        name += ",Bold"
    return name


def chars_to_words(chars: Sequence[Char], x_tol: float = 1.5, y_tol: float = 3.0) -> list[dict]:
    """pdfplumber's ``extract_words`` (with size and font name kept): runs of characters
    of one font and size, clustered into lines, split at spaces and at gaps wider than
    ``x_tol``."""
    words: list[dict] = []
    for (size, font, upright), run in groupby(chars, key=lambda c: (c[5], c[6], c[7])):
        run = list(run)
        if upright:   # lines cluster by top, characters run left to right
            line_key, order_key = (lambda c: c[2]), (lambda c: c[1])
        else:         # rotated text: lines cluster by x0, characters run top to bottom
            line_key, order_key = (lambda c: c[1]), (lambda c: c[2])
        for cluster in _cluster(run, line_key, y_tol if upright else x_tol):
            cluster.sort(key=order_key)
            current: list[Char] = []
            for c in cluster:
                if c[0].isspace():
                    if current:
                        words.append(_word(current, size, font))
                    current = []
                    continue
                if current:
                    p = current[-1]
                    if upright:
                        new = c[1] < p[1] or c[1] > p[3] + x_tol or abs(c[2] - p[2]) > y_tol
                    else:
                        new = c[2] < p[2] or c[2] > p[4] + y_tol or abs(c[1] - p[1]) > x_tol
                    if new:
                        words.append(_word(current, size, font))
                        current = []
                current.append(c)
            if current:
                words.append(_word(current, size, font))
    return words


def _cluster(items: list[Char], key, tolerance: float) -> list[list[Char]]:
    """Group items whose key values chain within ``tolerance``, clusters in order of
    their smallest value, items in their content order (pdfplumber's ``cluster_objects``)."""
    order = sorted(range(len(items)), key=lambda i: key(items[i]))
    cluster_of = [0] * len(items)
    current, last = -1, None
    for i in order:
        value = key(items[i])
        if last is None or value > last + tolerance:
            current += 1
        cluster_of[i] = current
        last = value
    clusters: list[list[Char]] = [[] for _ in range(current + 1)]
    for i, item in enumerate(items):
        clusters[cluster_of[i]].append(item)
    return clusters


def _word(chars: Sequence[Char], size: float, font: str) -> dict:
    return {"text": "".join(c[0] for c in chars), "x0": min(c[1] for c in chars),
            "top": min(c[2] for c in chars), "x1": max(c[3] for c in chars),
            "bottom": max(c[4] for c in chars), "size": size, "fontname": font}


# A ruled grid of at least two rows and two columns has three rules each way.
_GRID_MIN_RULES = 3
_RULE_SNAP = 3.0           # pdfplumber's snap_tolerance
_AXIS_TOLERANCE = 0.01     # a segment this close to level is a rule (float noise)
_MAX_PATH_SEGMENTS = 20000
_MAX_FORM_DEPTH = 8


def pdfium_page_to_rules(page, view: _PageView) -> list[dict] | None:
    """The horizontal and vertical segments of the page's painted paths (inside form
    XObjects too), as pdfplumber's edges on the displayed page; None when the drawing
    has more segments than is worth reading here."""
    import pypdfium2.raw as R

    rules: list[dict] = []
    budget = [_MAX_PATH_SEGMENTS]
    point_x, point_y = ctypes.c_float(), ctypes.c_float()

    def walk(count: int, get, parent, matrix, depth: int) -> bool:
        for k in range(count):
            obj = get(parent, k)
            kind = R.FPDFPageObj_GetType(obj)
            if kind not in (R.FPDF_PAGEOBJ_PATH, R.FPDF_PAGEOBJ_FORM):
                continue
            m = R.FS_MATRIX()
            if not R.FPDFPageObj_GetMatrix(obj, m):
                continue
            own = _compose((m.a, m.b, m.c, m.d, m.e, m.f), matrix)
            if kind == R.FPDF_PAGEOBJ_FORM:
                if depth < _MAX_FORM_DEPTH and not walk(R.FPDFFormObj_CountObjects(obj),
                                                        R.FPDFFormObj_GetObject, obj, own,
                                                        depth + 1):
                    return False
                continue
            count_segments = R.FPDFPath_CountSegments(obj)
            budget[0] -= max(count_segments, 0)
            if budget[0] < 0:
                return False
            points = []
            for j in range(count_segments):
                seg = R.FPDFPath_GetPathSegment(obj, j)
                if not R.FPDFPathSegment_GetPoint(seg, point_x, point_y):
                    continue
                points.append((R.FPDFPathSegment_GetType(seg) == R.FPDF_SEGMENT_MOVETO,
                               bool(R.FPDFPathSegment_GetClose(seg)),
                               point_x.value, point_y.value))
            rules.extend(_path_rules(points, own, view))
        return True

    if not walk(R.FPDFPage_CountObjects(page.raw), R.FPDFPage_GetObject, page.raw,
                view.matrix, 0):
        return None
    return rules


def _compose(inner: tuple, outer: tuple) -> tuple:
    """The matrix applying ``inner`` then ``outer`` (PDF row-vector convention)."""
    a1, b1, c1, d1, e1, f1 = inner
    a2, b2, c2, d2, e2, f2 = outer
    return (a1 * a2 + b1 * c2, a1 * b2 + b1 * d2, c1 * a2 + d1 * c2, c1 * b2 + d1 * d2,
            e1 * a2 + f1 * c2 + e2, e1 * b2 + f1 * d2 + f2)


def _path_rules(points: Sequence[tuple[bool, bool, float, float]], matrix: tuple,
                view: _PageView) -> list[dict]:
    """pdfplumber's edges of one path: each level or upright segment between
    consecutive points of a subpath, closing segments included."""
    a, b, c, d, e, f = matrix
    rules = []
    prev = start = None
    for is_move, closes, x, y in points:
        pt = (a * x + c * y + e, view.height - (b * x + d * y + f))
        if is_move or prev is None:
            start = pt
        else:
            _append_rule(rules, prev, pt)
        if closes and start is not None:
            _append_rule(rules, pt, start)
        prev = pt
    return rules


def _append_rule(rules: list[dict], p: tuple[float, float], q: tuple[float, float]) -> None:
    (x0, y0), (x1, y1) = p, q
    if abs(y1 - y0) <= _AXIS_TOLERANCE:
        kind = "h"
    elif abs(x1 - x0) <= _AXIS_TOLERANCE:
        kind = "v"
    else:
        return
    left, right, top, bottom = min(x0, x1), max(x0, x1), min(y0, y1), max(y0, y1)
    if kind == "h":
        top = bottom = (y0 + y1) / 2
    else:
        left = right = (x0 + x1) / 2
    rules.append({"object_type": "curve_edge", "x0": left, "x1": right, "top": top,
                  "bottom": bottom, "doctop": top, "width": right - left,
                  "height": bottom - top, "orientation": kind})


def rules_may_form_grid(rules: Sequence[dict]) -> bool:
    """Whether rules stand at three or more distinct positions each way, as any ruled
    table of 2x2 cells or more needs (header and footer rules, underlines and single
    boxes do not): the cheap test before the table finder runs."""
    horizontal = {round(r["top"] / _RULE_SNAP) for r in rules if r["orientation"] == "h"}
    vertical = {round(r["x0"] / _RULE_SNAP) for r in rules if r["orientation"] == "v"}
    return len(horizontal) >= _GRID_MIN_RULES and len(vertical) >= _GRID_MIN_RULES


class _TableFinderPage:
    """What pdfplumber's table finder reads from a page, filled from pdfium."""

    def __init__(self, chars: list[dict], edges: list[dict], width: float, height: float):
        self.chars, self.edges, self.bbox = chars, edges, (0.0, 0.0, width, height)


def rules_to_tables(chars: Sequence[Char], rules: list[dict], view: _PageView,
                    number: int) -> tuple[RawTable, ...]:
    """pdfplumber's ruled-table finder (its default settings) over pdfium's rules and
    characters: the same grids pdfplumber finds, without pdfminer parsing the page."""
    from pdfplumber.table import TableFinder

    plumber_chars = [{"text": t, "x0": x0, "top": top, "x1": x1, "bottom": bottom,
                      "doctop": top, "size": size, "fontname": font, "upright": upright,
                      "width": x1 - x0, "height": bottom - top, "object_type": "char"}
                     for t, x0, top, x1, bottom, size, font, upright in chars]
    finder = TableFinder(_TableFinderPage(plumber_chars, rules, view.width, view.height))
    return _raw_tables(finder.tables, number)


def plumber_bytes_to_tables(data: bytes, numbers: Iterable[int]) -> dict[int, tuple[RawTable, ...]]:
    """Ruled tables of the given pages through pdfplumber, one page parsed at a time. A
    page pdfplumber cannot parse keeps no ruled table (its text came from pdfium)."""
    import pdfplumber

    found: dict[int, tuple[RawTable, ...]] = {}
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except Exception:
        return found
    with pdf:
        for number in sorted(numbers):
            try:
                plumber_page = pdf.pages[number - 1]
            except Exception:
                continue
            try:
                found[number] = plumber_page_to_tables(plumber_page, number)
            except Exception:
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
    except Exception as exc:  # pdfminer raises many kinds on damaged files
        raise _classify(exc) from exc
    with pdf:
        try:
            n = len(pdf.pages)
        except Exception as exc:
            raise _classify(exc) from exc
        if n == 0:
            raise InputError("no_pages")
        if n > settings.max_pages:
            raise InputError("too_many_pages", pages=n, limit=settings.max_pages)
        pages = []
        for number, plumber_page in enumerate(pdf.pages, start=1):
            try:
                pages.append(plumber_page_to_page(plumber_page, number))
            except Exception as exc:
                raise _classify(exc, page=number) from exc
            finally:
                plumber_page.close()  # pdfplumber keeps parsed pages otherwise (memory)
    return pages


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
    lines = words_to_lines(words, number)
    tables = plumber_page_to_tables(p, number) if (p.rects or p.lines) else ()
    has_text = bool(p.chars)
    return Page(number=number, width=float(p.width), height=float(p.height),
                lines=tuple(lines), tables=tables, has_text_layer=has_text)


def plumber_page_to_tables(p, number: int) -> tuple[RawTable, ...]:
    """The ruled tables pdfplumber finds on a page (2 rows and 2 columns at least)."""
    return _raw_tables(p.find_tables(), number)


def _raw_tables(found, number: int) -> tuple[RawTable, ...]:
    """pdfplumber tables as RawTables, keeping grids of 2 rows and 2 columns at least."""
    tables: list[RawTable] = []
    for t in found:
        rows = tuple(tuple(None if c is None else " ".join(c.split()) for c in row)
                     for row in t.extract())
        if len(rows) >= 2 and max(len(r) for r in rows) >= 2:
            tables.append(RawTable(page=number, bbox=tuple(float(v) for v in t.bbox),
                                   rows=rows))
    return tuple(tables)


# ----------------------------------------------------------------- pure stages


def words_to_lines(words: Sequence[dict], page: int, y_tol: float = 3.0) -> list[Line]:
    """Group positioned words into lines (top to bottom, left to right)."""
    rows: list[list[dict]] = []
    for w in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        if rows and abs(rows[-1][0]["top"] - w["top"]) <= y_tol:
            rows[-1].append(w)
        else:
            rows.append([w])
    lines = []
    for row in rows:
        row.sort(key=lambda w: w["x0"])
        parts = [w["text"] for w in row]
        sizes = [w.get("size", 0.0) for w in row]
        bold = sum(_is_bold(w.get("fontname", "")) for w in row) > len(row) / 2
        lines.append(Line(
            page=page, text=" ".join(parts), x0=float(row[0]["x0"]),
            top=float(min(w["top"] for w in row)), x1=float(max(w["x1"] for w in row)),
            bottom=float(max(w["bottom"] for w in row)),
            size=float(statistics.median(sizes)) if sizes else 0.0, bold=bold,
            words=tuple(Word(text=w["text"], x0=float(w["x0"]), x1=float(w["x1"])) for w in row)))
    return lines


def _is_bold(fontname: str) -> bool:
    f = fontname.lower()
    return any(k in f for k in ("bold", "black", "heavy", "semibold", ",b"))


def _furniture_key(text: str) -> str:
    """Text of a header/footer with digits generalised, so "Page 3" ~ "Page 4"."""
    return re.sub(r"\d+", "#", fold(text))


def pages_to_furniture(pages: Sequence[Page]) -> list[Page]:
    """Mark running headers and footers: lines in the top/bottom margin that repeat
    across pages (digits generalised) or look like page numbers/stamps."""
    margin_lines: list[tuple[int, int, str]] = []
    for pi, p in enumerate(pages):
        for li, l in enumerate(p.lines):
            if _in_margin(l, p) and len(l.text) <= _HEADER_MAX_CHARS:
                margin_lines.append((pi, li, _furniture_key(l.text)))
    pages_per_key = Counter()
    for key, group in _group_keys(margin_lines).items():
        pages_per_key[key] = len({pi for pi, _ in group})
    repeat_min = 2 if len(pages) >= 2 else 10**9
    marks: dict[tuple[int, int], str] = {}
    repeated = [(pi, li) for pi, li, key in margin_lines if pages_per_key[key] >= repeat_min]
    if len(repeated) == sum(len(p.lines) for p in pages):
        repeated = []   # nothing but repeating lines: they are the content, not furniture
    for pi, li in repeated:
        line = pages[pi].lines[li]
        marks[(pi, li)] = "header" if line.top < pages[pi].height / 2 else "footer"
    for pi, li, key in margin_lines:
        line = pages[pi].lines[li]
        if any(rx.match(line.text) for rx in _FURNITURE_PATTERNS):
            marks[(pi, li)] = "header" if line.top < pages[pi].height / 2 else "footer"
    for pi, p in enumerate(pages):
        for li, l in enumerate(p.lines):
            if (pi, li) not in marks and any(rx.match(l.text) for rx in _STRONG_STAMPS):
                marks[(pi, li)] = "header" if l.top < p.height / 2 else "footer"
    out = []
    for pi, p in enumerate(pages):
        lines = tuple(replace(l, role=marks[(pi, li)]) if (pi, li) in marks else l
                      for li, l in enumerate(p.lines))
        out.append(replace(p, lines=lines))
    return out


def _in_margin(line: Line, page: Page) -> bool:
    h = page.height or 842.0
    return line.bottom <= h * MARGIN_SHARE or line.top >= h * (1 - MARGIN_SHARE)


def _group_keys(items: Iterable[tuple[int, int, str]]) -> dict[str, list[tuple[int, int]]]:
    groups: dict[str, list[tuple[int, int]]] = {}
    for pi, li, key in items:
        groups.setdefault(key, []).append((pi, li))
    return groups


def body_font_size(pages: Sequence[Page]) -> float:
    """The most common font size of body lines (weighted by characters)."""
    sizes = Counter()
    for p in pages:
        for l in p.lines:
            if l.role == "body":
                sizes[round(l.size, 1)] += len(l.text)
    return sizes.most_common(1)[0][0] if sizes else 10.0


_SENTENCE_END = re.compile(r"[.;,:!?…]\s*$")
_TABLE_ROW_END = re.compile(r"(\s(\d[\d\s.,]*|-|–)){2,}$")
_BULLET = re.compile(r"^\s*[-–•▪●*]")


@functools.cache
def _sentence_verb() -> re.Pattern:
    """Finite verbs of every supported language: a line holding one is a sentence."""
    from pipeline.lexicon import SUPPORTED
    forms = sorted({fold(w) for lang in SUPPORTED for w in lexicon_words(lang, "text", "sentence_verbs")},
                   key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, forms)) + r")(?!\w)")


def pages_to_headings(pages: Sequence[Page]) -> list[Page]:
    """Mark heading lines: short body lines set bold or larger than the body text,
    standing apart (a gap above), not ending like a sentence."""
    body = body_font_size(pages)
    out = []
    for p in pages:
        lines = list(p.lines)
        body_lines = [i for i, l in enumerate(lines) if l.role == "body"]
        for k, i in enumerate(body_lines):
            l = lines[i]
            text = l.text.strip()
            # Bullets never head a section; a numbered item ("4. Budget 2025") does when it
            # is set bold or larger (checked next), as agenda items are.
            if not text or len(text) > 110 or _BULLET.match(text):
                continue
            bigger = l.size >= body + 1.0
            if not (bigger or l.bold):
                continue
            if _SENTENCE_END.search(text) and not text.endswith(":"):
                continue
            if _TABLE_ROW_END.search(text):  # "Fondations 2 1": a table row, not a heading
                continue
            if _sentence_verb().search(fold(text)):  # "Le budget a été adopté": a sentence
                continue
            if not (text[0].isupper() or text[0].isdigit()):
                continue
            lines[i] = replace(l, role="heading")
        out.append(replace(p, lines=tuple(lines)))
    return out


def _line_gap(prev: Line, line: Line) -> float:
    return line.top - prev.bottom


def pages_to_text(pages: Sequence[Page], lang: str | None = None) -> tuple[str, tuple[int, ...], list[tuple[int, Line]]]:
    """Join body and heading lines into the document text.

    Lines are separated by "\\n"; a paragraph break (a vertical gap wider than the
    usual line spacing, or a heading) by "\\n\\n". A word split by an end-of-line
    hyphen is rejoined onto the first line ("adminis-\\ntration"), while real
    hyphenated words stay whole ("Vice-\\nPrésidents", "BRETON-\\nASKAR").
    Returns the text, each page's start offset, and (offset, line) for every line.
    """
    kept = [(p.number, [l for l in p.lines if l.role in ("body", "heading")]) for p in pages]
    known_hyphenated = _hyphenated_words(l.text for _, ls in kept for l in ls)
    prefixes = set(lexicon_words(lang or "fr", "text", "hyphen_prefixes")) | set(
        lexicon_words("en", "text", "hyphen_prefixes"))
    texts: list[list[str]] = [[l.text.rstrip() for l in ls] for _, ls in kept]
    # Mend hyphens across line ends (and page ends) before computing offsets.
    flat = [(pi, li) for pi, (_, ls) in enumerate(kept) for li in range(len(ls))]
    for (pi, li), (pj, lj) in zip(flat, flat[1:]):
        a, b = texts[pi][li], texts[pj][lj]
        m = re.search(r"(\w+)-$", a)
        if not m or not b or kept[pi][1][li].role == "heading":
            continue
        head = m.group(1)
        nxt = re.match(r"(\w[\w'’-]*)(.*)$", b.lstrip())
        if not nxt:
            continue
        tail = nxt.group(1)
        keep_hyphen = (tail[0].isupper() or tail[0].isdigit() or
                       fold(head) in prefixes or
                       fold(f"{head}-{tail}") in known_hyphenated)
        joined = f"{head}-{tail}" if keep_hyphen else f"{head}{tail}"
        texts[pi][li] = a[: m.start(1)] + joined
        texts[pj][lj] = nxt.group(2).lstrip()
    pieces: list[str] = []
    page_starts: list[int] = []
    line_offsets: list[tuple[int, Line]] = []
    offset = 0
    spacing = _typical_spacing(pages)
    prev: Line | None = None
    for pi, (number, ls) in enumerate(kept):
        page_start: int | None = None
        for li, l in enumerate(ls):
            t = texts[pi][li]
            if pieces:
                para = (l.role == "heading" or (prev is not None and prev.role == "heading")
                        or (prev is not None and prev.page == l.page
                            and _line_gap(prev, l) > spacing * 1.6))
                sep = "\n\n" if para else "\n"
                pieces.append(sep)
                offset += len(sep)
            if page_start is None:
                page_start = offset
            line_offsets.append((offset, l))
            pieces.append(t)
            offset += len(t)
            prev = l
        page_starts.append(offset if page_start is None else page_start)
    return "".join(pieces), tuple(page_starts), line_offsets


def _typical_spacing(pages: Sequence[Page]) -> float:
    gaps = []
    for p in pages:
        body = [l for l in p.lines if l.role == "body"]
        for a, b in zip(body, body[1:]):
            g = b.top - a.bottom
            if 0 <= g < 40:
                gaps.append(round(g, 1))
    return Counter(gaps).most_common(1)[0][0] + 0.5 if gaps else 4.0


def _hyphenated_words(texts: Iterable[str]) -> set[str]:
    found = set()
    for t in texts:
        for m in re.finditer(r"\b(\w+-\w+)\b", t):
            found.add(fold(m.group(1)))
    return found


def lines_to_sections(text: str, line_offsets: Sequence[tuple[int, Line]],
                      page_starts: Sequence[int]) -> tuple[Section, ...]:
    """Sections from heading lines: each runs to the next heading of the same or a
    higher level (a larger font is a higher level)."""
    heads = [(off, l) for off, l in line_offsets if l.role == "heading" and l.text.strip()]
    # Consecutive heading lines (a heading wrapped over two lines) form one heading.
    merged: list[tuple[int, int, Line, str, Line]] = []
    for off, l in heads:
        if merged and _continues_heading(merged[-1][4], l, text[merged[-1][1]:off]):
            s, _, first, h, _ = merged[-1]
            merged[-1] = (s, off + len(l.text), first, f"{h} {l.text.strip()}", l)
        else:
            merged.append((off, off + len(l.text), l, l.text.strip(), l))
    merged = [(a, b, first, h) for a, b, first, h, _ in merged]
    sizes = sorted({round(l.size) for _, _, l, _ in merged}, reverse=True)
    level_of = {s: i + 1 for i, s in enumerate(sizes)}
    sections = []
    import bisect
    for i, (start, _, l, heading) in enumerate(merged):
        level = level_of[round(l.size)]
        end = len(text)
        for start2, _, l2, _ in merged[i + 1:]:
            if level_of[round(l2.size)] <= level:
                end = start2
                break
        page = max(1, bisect.bisect_right(list(page_starts), start))
        sections.append(Section(heading=heading, page=page, start=start, end=end, level=level))
    return tuple(sections)


def _continues_heading(prev: Line, line: Line, between: str) -> bool:
    """A heading wrapped over two lines: same page and size, nothing between, no gap."""
    return (between.strip() == "" and prev.page == line.page
            and abs(prev.size - line.size) < 0.5 and line.top - prev.bottom < 0.6 * line.size)


def pages_to_document(doc_id: str, file_name: str, pages: Sequence[Page],
                      lang: str | None = None) -> Document:
    """Assemble a Document from raw pages: furniture, headings, text, sections."""
    marked = pages_to_headings(pages_to_furniture(pages))
    text, page_starts, line_offsets = pages_to_text(marked, lang)
    sections = lines_to_sections(text, line_offsets, page_starts)
    return Document(doc_id=doc_id, file_name=file_name, pages=tuple(marked), text=text,
                    page_starts=page_starts, sections=sections)
