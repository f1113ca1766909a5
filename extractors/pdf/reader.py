"""The fast reader: PDF bytes through pdfium to pages of characters, words, lines and
ruled tables."""

from __future__ import annotations

import ctypes
import functools
import threading
from typing import Callable, Iterator, Sequence

from extractors.pdf.geometry import _PageView
from extractors.pdf.rules import (
    lines_underlined_as_bold, pdfium_page_to_rules, rules_may_form_grid, rules_to_tables)
from extractors.pdf.columns import words_to_lines_in_columns
from extractors.pdf.words import Char, _is_bold, chars_to_words
from pipeline.errors import InputError
from pipeline.records import Page, RawTable
from pipeline.settings import Settings


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
    lines = words_to_lines_in_columns(chars_to_words(chars), number)
    rules = pdfium_page_to_rules(page, view)
    lines = lines_underlined_as_bold(lines, rules or ())
    tables: tuple[RawTable, ...] = ()
    if rules and rules_may_form_grid(rules):
        tables = rules_to_tables(chars, rules, view, number)
    import pypdfium2.raw as R
    page_record = Page(number=number, width=view.width, height=view.height,
                       lines=tuple(lines), tables=tables, has_text_layer=bool(chars),
                       blank=not chars and R.FPDFPage_CountObjects(page.raw) == 0)
    return page_record, rules is not None


_WHITESPACE_CODES = (0x20, 0x0D, 0x0A)
_PDFIUM_HYPHEN = 0x02   # pdfium's code for a hyphen it sees at a line end
_BULK_HYPHEN = 0xFFFE   # the same, in the page's text read in one call


def textpage_to_chars(textpage, view: _PageView) -> list[Char]:
    """Every character pdfium found on the page, with pdfplumber's geometry: the box
    runs from the font's descent up one font size, and spans the glyph's advance.

    The spaces and line breaks pdfium generates are left out: words are parted by
    gaps, as pdfplumber does. (pdfium also drops some real space glyphs, mostly ones
    overlapping a neighbour: "Vocal: Dr." can read "Vocal:Dr.". Keeping its generated
    spaces instead splits more words than it mends: ICDAR 2013 table cells F1 0.858
    against 0.861 without them.)

    The page's text comes in one call; a character's font, size and matrix are asked
    only when it belongs to another text object than the one before (they are the
    object's), so most characters cost two calls into pdfium, not six; its size and
    upright test are computed once per text object too (``_textpage_styles``). The
    calls into pdfium through ctypes are most of the cost (~1.7 us each, measured:
    writing the boxes into one preallocated array through an address was slower than
    one reused FS_RECTF)."""
    import pypdfium2.raw as R

    count = R.FPDFText_CountChars(textpage)
    loose_box, text_object, rect = R.FPDFText_GetLooseCharBox, _text_object_address(), R.FS_RECTF()
    style_of = _textpage_styles(textpage, view)
    pa, pb, pc, pd, pe, pf = view.matrix
    height = view.height
    chars: list[Char] = []
    append = chars.append
    last_object, font, size, upright = None, "", 0.0, True
    for i, text in _textpage_to_texts(textpage, count):
        if not loose_box(textpage, i, rect):
            continue
        address = text_object(textpage, i)
        if address is None or address != last_object:
            font, size, upright = style_of(i)
            last_object = address
        left, right, low, high = rect.left, rect.right, rect.bottom, rect.top
        xa, xb = pa * left + pc * low + pe, pa * right + pc * high + pe
        ya, yb = pb * left + pd * low + pf, pb * right + pd * high + pf
        x0, x1 = (xa, xb) if xa <= xb else (xb, xa)
        top, bottom = (height - yb, height - ya) if ya <= yb else (height - ya, height - yb)
        if upright:
            append((text, x0, bottom - size, x1, bottom, size, font, True))
        else:   # pdfminer's size of a turned glyph is its box's height on the page
            append((text, x0, top, x1, bottom, bottom - top, font, False))
    return chars


@functools.cache
def _text_object_address() -> Callable:
    """``FPDFText_GetTextObject`` returning the object's address as an int (pypdfium2's
    binding returns a pointer object, and casting one per character is costly)."""
    import pypdfium2.raw as R

    address = ctypes.cast(R.FPDFText_GetTextObject, ctypes.c_void_p).value
    return ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int)(address)


def _page_codes(textpage, count: int) -> Sequence[int]:
    """The UTF-16 code of every character of the text page, read in one call."""
    import pypdfium2.raw as R

    if count <= 0:
        return ()
    buffer = (ctypes.c_uint16 * (count + 1))()
    R.FPDFText_GetText(textpage, 0, count, ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ushort)))
    return memoryview(buffer).cast("B").cast("H")[:count]


def _textpage_to_texts(textpage, count: int) -> Iterator[tuple[int, str]]:
    """Each character's index on the text page (of ``count``) and its text: generated
    spaces and line breaks left out, pdfium's line-end hyphen code read as "-", a
    surrogate pair joined into one character beyond the BMP, control codes and stray
    surrogates dropped."""
    import pypdfium2.raw as R

    is_generated, get_unicode = R.FPDFText_IsGenerated, R.FPDFText_GetUnicode
    codes = _page_codes(textpage, count)
    low_half = -1     # index of a low surrogate already joined to its high half
    for i in range(count):
        code = codes[i]
        if code == _BULK_HYPHEN:    # the bulk text writes pdfium's hyphen code this way
            code = get_unicode(textpage, i)
        if code in _WHITESPACE_CODES:
            if is_generated(textpage, i):
                continue
            text = " "
        elif code == _PDFIUM_HYPHEN:
            text = "-"
        elif 0xD800 <= code <= 0xDBFF and i + 1 < count:   # a character beyond the BMP
            low_unit = codes[i + 1]
            if not 0xDC00 <= low_unit <= 0xDFFF:
                continue
            text = chr(0x10000 + ((code - 0xD800) << 10) + (low_unit - 0xDC00))
            low_half = i + 1
        elif code < 0x20 or 0xD800 <= code <= 0xDFFF or code > 0x10FFFF or i == low_half:
            continue
        else:
            text = chr(code)
        yield i, text


def _textpage_styles(textpage, view: _PageView) -> Callable[[int], tuple[str, float, bool]]:
    """(font name, size, upright) of a character by its index, from its font, the size
    set by Tf and its text matrix (pdfminer's size and upright test, after the page's
    rotation); each font of the page named once (``_font_name``)."""
    import pypdfium2.raw as R

    font_info, font_size, char_matrix = R.FPDFText_GetFontInfo, R.FPDFText_GetFontSize, R.FPDFText_GetMatrix
    name_buf, flags, matrix = ctypes.create_string_buffer(256), ctypes.c_int(), R.FS_MATRIX()
    fonts: dict[tuple[bytes, int], str] = {}
    pa, pb, pc, pd = view.matrix[:4]

    def style_of(i: int) -> tuple[str, float, bool]:
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
        return font, size, na * nd > 0 and nb * nc <= 0     # pdfminer's upright test
    return style_of


_FORCE_BOLD = 1 << 18   # font descriptor flag ForceBold (PDF 32000-1, table 123)


def _font_name(raw: bytes, flags: int) -> str:
    """The font's name as pdfplumber reports it, marked bold when its descriptor forces
    bold glyphs. (pdfium's font weight is not used: it is derived from the stem width,
    and real regular fonts report weights from 716 to 4056.)"""
    name = raw.decode("latin-1", "replace")
    if flags & _FORCE_BOLD and not _is_bold(name):
        name += ",Bold"
    return name


# ------------------------------------------------------------------ the file itself

_CHUNK = 1024 * 1024


def read_file(path, limit: int) -> tuple[bytes, str]:
    """A file's bytes and their sha256 (computed while reading, chunk by chunk). Opened
    without blocking and checked to be a regular file first (a FIFO put in its place is
    never waited on); a file over ``limit`` bytes is refused before or while it is read."""
    import hashlib
    import os
    import stat
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    with os.fdopen(fd, "rb", buffering=0) as f:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise InputError("special_file", what="not a regular file any more")
        if st.st_size > limit:
            raise InputError("too_large", size=st.st_size, limit=limit)
        digest, parts, total = hashlib.sha256(), [], 0
        while block := f.read(_CHUNK):
            total += len(block)
            if total > limit:        # it grew while being read
                raise InputError("too_large", size=total, limit=limit)
            digest.update(block)
            parts.append(block)
    return b"".join(parts), digest.hexdigest()
