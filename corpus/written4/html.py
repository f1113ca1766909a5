"""Reports printed by a browser: the held-out markup (corpus/heldout/markup.py) turned into
HTML + CSS and printed to PDF by headless Chromium, so the set holds a PDF writer unlike
fpdf2's (Skia's text runs, CSS borders, two-column blocks, floats, running headers drawn
in @page margin boxes).

A browser lays the text out itself, so the pages of the gold strings are not known from a
layout: they are read back from the PDF (pdfplumber), in document order, each span on the
first page at or after the previous span's page whose text holds it; a span that no single
page holds (it straddles a break) is a build error. Chromium stamps the print time into the
PDF: the document info is rewritten with the report's fixed creation date and the streams
recompressed (pikepdf), which makes a rebuild byte-identical on the same Chromium."""
from __future__ import annotations

import html
import io
from dataclasses import dataclass

from corpus.chromium import HBlock, PdfFinish, html_page, inline_html, print_pdf, table_html
from corpus.common import squash
from corpus.heldout.markup import Report
from corpus.heldout.render import Layout


@dataclass
class HReport(Report):
    css: str = ""                  # the report's own style sheet
    paper: str = "A4"


def inline(src: str, texts: list, order: list) -> str:
    """Markup -> HTML (corpus/chromium.py); records (plain, spans) for the amount scan and
    the spans in document order."""
    out, plain, spans = inline_html(src)
    texts.append((plain, spans))
    order.extend(sorted(spans, key=lambda s: (s.start, -s.end)))
    return out


def block_html(b: HBlock, texts: list, order: list, tables: list) -> str:
    c = f' class="{b.cls}"' if b.cls else ""
    if b.kind == "cols":
        return (f'<div{c}><div class="l">{inline(b.text, texts, order)}</div>'
                f'<div class="r">{inline(b.right, texts, order)}</div></div>')
    if b.kind == "table":
        order.append(b)
        tables.append(b)
        return table_html(b, mark_total=True)
    return f"<{b.kind}{c}>{inline(b.text, texts, order)}</{b.kind}>"


def page_css(rep: HReport) -> str:
    """@page with the running header (left / right) and the 'Page n of N' footer boxes."""
    left, right = (html.escape(s).replace('"', "") for s in (rep.head[0], rep.head[-1]))
    foot_left, _ = rep.foot(1, 1)
    fl = f'@bottom-left {{ content: "{foot_left}"; }}' if foot_left else ""
    return (f'@page {{ size: {rep.paper}; @top-left {{ content: "{left}"; }} '
            f'@top-right {{ content: "{right}"; }} {fl} '
            '@bottom-right { content: "Page " counter(page) " of " counter(pages); } }')


def to_html(rep: HReport) -> tuple[str, Layout, list]:
    lay, order, tables = Layout(), [], []
    body = "\n".join(block_html(b, lay.texts, order, tables) for b in rep.blocks)
    doc = html_page(rep.lang, rep.head[0], f"{page_css(rep)}\n{rep.css}", body)
    return doc, lay, order


def finish(rep: HReport, producer: str) -> PdfFinish:
    """This set's way of fixing Chromium's PDF: title, author, producer and creator set,
    both dates the report's, a static /ID, streams recompressed, no object streams."""
    stamp = rep.created.strftime("D:%Y%m%d%H%M%SZ")
    return PdfFinish(info=(("/Title", rep.head[0]), ("/Author", rep.head[0]),
                           ("/Producer", producer), ("/Creator", producer),
                           ("/CreationDate", stamp), ("/ModDate", stamp)),
                     static_id=True, flat=True)


def read_pages(data: bytes, margin_mm: float = 16.0) -> tuple[dict, dict]:
    """({page: text}, {page: text of the body}): the body leaves out `margin_mm` at the top
    and bottom of the paper, where the running header and footer are drawn."""
    import pdfplumber
    cut = margin_mm * 72 / 25.4
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        pages = {i: squash(pg.extract_text() or "") for i, pg in enumerate(pdf.pages, 1)}
        bodies = {i: squash(pg.crop((0, cut, pg.width, pg.height - cut)).extract_text() or "")
                  for i, pg in enumerate(pdf.pages, 1)}
    return pages, bodies


def place(lay: Layout, order: list, pages: dict) -> list[str]:
    """Give each span and table its page, read off the PDF in document order."""
    bad, cursor = [], 1
    for item in order:
        probe = squash(item.text) if not isinstance(item, HBlock) else squash(
            " ".join(item.rows[0]))
        page = next((i for i in range(cursor, len(pages) + 1) if probe in pages[i]), 0)
        if not page:
            bad.append(f"{probe[:60]!r} is on no single page at or after page {cursor}")
            continue
        cursor = page
        if isinstance(item, HBlock):
            lay.tables.append({"page": page, "header": list(item.header),
                               "rows": [list(r) for r in item.rows]})
        else:
            item.page = item.page_end = page
            lay.spans.append(item)
    lay.pages = len(pages)
    return bad


def render(rep: HReport, producer: str) -> tuple[bytes, Layout, tuple, list[str]]:
    """(PDF bytes, layout with pages, (page texts, body texts), problems) of an HTML
    report."""
    doc, lay, order = to_html(rep)
    data = print_pdf(doc, finish(rep, producer))
    pages, bodies = read_pages(data)
    return data, lay, (pages, bodies), place(lay, order, pages)
