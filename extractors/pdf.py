"""The PDF extractor: the only module that reads files.

``read_pdf`` turns a file into an in-memory ``Document``: pdfplumber gives lines with
position, font size and boldness, and ruled tables; then pure stages mark running
headers/footers (``pages_to_furniture``), headings (``pages_to_headings``), join the
body text with end-of-line hyphens mended (``pages_to_text``) and cut it into
sections (``lines_to_sections``). Every stage after the file read is a pure
function over records, so it is tested without PDFs.
"""

from __future__ import annotations

import io
import re
import statistics
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Iterable, Sequence

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
    pages = bytes_to_pages(check_header(data), settings)
    return pages_to_document(sha256_bytes(data), file_name, pages)


def bytes_to_pages(data: bytes, settings: Settings) -> list[Page]:
    """Open the PDF with pdfplumber and read every page's lines and ruled tables."""
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
    tables: list[RawTable] = []
    if p.rects or p.lines:
        for t in p.find_tables():
            rows = tuple(tuple(None if c is None else " ".join(c.split()) for c in row)
                         for row in t.extract())
            if len(rows) >= 2 and max(len(r) for r in rows) >= 2:
                tables.append(RawTable(page=number, bbox=tuple(float(v) for v in t.bbox),
                                       rows=rows))
    has_text = bool(p.chars)
    return Page(number=number, width=float(p.width), height=float(p.height),
                lines=tuple(lines), tables=tuple(tables), has_text_layer=has_text)


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
    for pi, li, key in margin_lines:
        line = pages[pi].lines[li]
        stamp = any(rx.match(line.text) for rx in _FURNITURE_PATTERNS)
        if stamp or pages_per_key[key] >= repeat_min:
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
_LIST_ITEM = re.compile(r"^\s*([-–•▪●*]|\d+[.)]\s|[a-z][.)]\s)")


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
            if not text or len(text) > 110 or _LIST_ITEM.match(text):
                continue
            bigger = l.size >= body + 1.0
            if not (bigger or l.bold):
                continue
            if _SENTENCE_END.search(text) and not text.endswith(":"):
                continue
            if _TABLE_ROW_END.search(text):  # "Fondations 2 1": a table row, not a heading
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
