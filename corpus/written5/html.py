"""A second PDF writer for the written held-out sets: the report's markup turned into HTML +
CSS and printed by headless Chromium (Skia/PDF), so the pipeline meets what browsers and
office web apps produce: CSS @page margin boxes for the running header and footer, tables
with CSS borders, floated hanging labels, CSS multi-column blocks, <h2> headings.

Chromium lays the page out, so where each gold string falls is not known beforehand: the
PDF is re-read with pdfplumber and each span is placed on the page whose text holds it
(a span found on no single page straddles a break: the build fails). The bytes are made
deterministic by fixing the dates of the info dictionary, dropping the XMP packet and
deriving the file /ID from the content (pikepdf)."""
from __future__ import annotations

import html
import io
from dataclasses import dataclass

import pdfplumber

from corpus.chromium import HBlock, PdfFinish, html_page, inline_html, print_pdf, table_html
from corpus.common import squash
from corpus.heldout.markup import need
from corpus.heldout.render import Layout, check_totals
from corpus.written.render import WReport

@dataclass
class HReport(WReport):
    css: str = ""                # the whole stylesheet, @page margin boxes included


def inline(src: str, lay: Layout) -> str:
    """Markup -> HTML (corpus/chromium.py); its spans and plain text go to `lay`."""
    out, plain, spans = inline_html(src)
    lay.texts.append((plain, spans))
    lay.spans += spans
    return out


def block_html(rep: HReport, b: HBlock, lay: Layout) -> str:
    cls = f' class="{b.cls}"' if b.cls else ""
    if b.kind == "title":
        return f"<div class=\"title {b.cls}\">{inline(b.text, lay)}</div>"
    if b.kind == "h2":
        return f"<h2{cls}>{inline(b.text, lay)}</h2>"
    if b.kind == "p":
        label = f'<span class="label">{html.escape(b.label)}</span>' if b.label else ""
        return f"<p{cls}>{label}{inline(b.text, lay)}</p>"
    if b.kind == "list":
        return f"<ul{cls}>" + "".join(f"<li>{inline(t, lay)}</li>" for t in b.items) + "</ul>"
    need(b.kind == "table", f"{rep.name}: block kind {b.kind!r}")
    check_totals(rep, b)
    lay.tables.append({"page": 0, "header": list(b.header), "rows": [list(r) for r in b.rows]})
    return table_html(b)


def to_html(rep: HReport, lay: Layout) -> str:
    body = "\n".join(block_html(rep, b, lay) for b in rep.blocks)
    return html_page(rep.lang, rep.meeting["body"], rep.css, body, nl="\n")


def page_texts(data: bytes) -> list[str]:
    """Each page's text as pdfplumber reads it, plus its left and right halves (CSS columns
    and floats are read line across line by the whole-page reading)."""
    out = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for pg in pdf.pages:
            w = pg.width
            parts = [pg.extract_text() or "", pg.crop((0, 0, w / 2, pg.height)).extract_text()
                     or "", pg.crop((w / 2, 0, w, pg.height)).extract_text() or ""]
            out.append(squash(" ".join(parts)))
    return out


def place(rep: HReport, lay: Layout, data: bytes) -> None:
    """Give every span and table the page pdfplumber finds it on."""
    texts = page_texts(data)
    lay.pages = len(texts)
    for sp in lay.spans:
        on = [i for i, t in enumerate(texts, 1) if squash(sp.text) in t]
        need(on, f"{rep.name}: {sp.kind} span {sp.text!r} is on no single page")
        sp.page = sp.page_end = on[0]
    for t in lay.tables:
        on = [i for i, x in enumerate(texts, 1) if all(squash(c) in x for c in t["header"] if c)]
        need(on, f"{rep.name}: table {t['header']} is on no page")
        t["page"] = on[0]
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        lay.lines = [(i, ln) for i, pg in enumerate(pdf.pages, 1)
                     for ln in (pg.extract_text() or "").split("\n")]


def finish(rep: HReport, producer: str) -> PdfFinish:
    """This set's way of fixing Chromium's PDF: both dates the report's, our producer, no
    XMP packet, an /ID derived from the content."""
    stamp = rep.created.strftime("D:%Y%m%d%H%M%SZ")
    return PdfFinish(info=(("/CreationDate", stamp), ("/ModDate", stamp),
                           ("/Producer", producer)), drop_xmp=True)


def render_html(rep: HReport, producer: str) -> tuple[bytes, Layout]:
    """(PDF bytes, Layout) of an HTML report."""
    lay = Layout()
    data = print_pdf(to_html(rep, lay), finish(rep, producer))
    place(rep, lay, data)
    return data, lay
