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
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from corpus.common import squash
from corpus.heldout.markup import BuildError, Report, parse
from corpus.heldout.render import Layout

CHROMIUM = ("chromium", "chromium-browser", "google-chrome")


@dataclass
class HBlock:
    """One HTML block: a tag with markup text, a two-column pair, or a table."""
    kind: str                      # p | h1 | h2 | div | cols | table | raw
    text: str = ""
    cls: str = ""
    right: str = ""                # cols: the right-hand column's markup
    header: list = field(default_factory=list)
    rows: list = field(default_factory=list)
    caption: str = ""
    sum_cols: list = field(default_factory=list)
    bad_cols: list = field(default_factory=list)


def p(text, cls=""):
    return HBlock("p", text, cls)


def h1(text, cls=""):
    return HBlock("h1", text, cls)


def h2(text, cls=""):
    return HBlock("h2", text, cls)


def div(text, cls=""):
    return HBlock("div", text, cls)


def cols(left, right, cls="two"):
    return HBlock("cols", left, cls, right=right)


def table(header, rows, caption="", cls="", sum_cols=(), bad_cols=()):
    return HBlock("table", cls=cls, header=header, rows=rows, caption=caption,
                  sum_cols=list(sum_cols), bad_cols=list(bad_cols))


@dataclass
class HReport(Report):
    css: str = ""                  # the report's own style sheet
    paper: str = "A4"


def chromium() -> str | None:
    """The Chromium executable on this machine, or None."""
    return next((shutil.which(c) for c in CHROMIUM if shutil.which(c)), None)


def inline(src: str, texts: list, order: list) -> str:
    """Markup -> HTML (bold runs, no-break spaces inside amounts, '\\n' as <br>); records
    (plain, spans) for the amount scan and the spans in document order."""
    plain, bold, spans, glue = parse(src)
    texts.append((plain, spans))
    order.extend(sorted(spans, key=lambda s: (s.start, -s.end)))
    out, was = [], False
    for k, c in enumerate(plain):
        if bold[k] != was:
            out.append("<b>" if bold[k] else "</b>")
            was = bold[k]
        out.append("<br>" if c == "\n" else "&nbsp;" if k in glue else html.escape(c))
    return "".join(out) + ("</b>" if was else "")


def block_html(b: HBlock, texts: list, order: list, tables: list) -> str:
    c = f' class="{b.cls}"' if b.cls else ""
    if b.kind == "cols":
        return (f'<div{c}><div class="l">{inline(b.text, texts, order)}</div>'
                f'<div class="r">{inline(b.right, texts, order)}</div></div>')
    if b.kind == "table":
        order.append(b)
        tables.append(b)
        cap = f"<caption>{html.escape(b.caption)}</caption>" if b.caption else ""
        head = "".join(f"<th>{html.escape(x)}</th>" for x in b.header)
        last = len(b.rows) - 1 if (b.sum_cols or b.bad_cols) else -1
        body = "".join(f'<tr{" class=total" if i == last else ""}>'
                       + "".join(f"<td>{html.escape(x)}</td>" for x in r) + "</tr>"
                       for i, r in enumerate(b.rows))
        return f"<table{c}>{cap}<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
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
    doc = (f'<!DOCTYPE html><html lang="{rep.lang}"><head><meta charset="utf-8">'
           f"<title>{html.escape(rep.head[0])}</title>"
           f"<style>{page_css(rep)}\n{rep.css}</style></head><body>{body}</body></html>")
    return doc, lay, order


def print_pdf(doc: str, rep: HReport, producer: str) -> bytes:
    """The HTML printed by headless Chromium, its dates and ids fixed (pikepdf)."""
    import pikepdf
    exe = chromium()
    if exe is None:
        raise BuildError("chromium is not installed")
    with tempfile.TemporaryDirectory() as tmp:
        src, out = Path(tmp) / "report.html", Path(tmp) / "report.pdf"
        src.write_text(doc, encoding="utf-8")
        subprocess.run([exe, "--headless", "--no-sandbox", "--disable-gpu",
                        f"--user-data-dir={tmp}/profile", f"--print-to-pdf={out}",
                        "--no-pdf-header-footer", src.as_uri()],
                       check=True, capture_output=True, timeout=120)
        pdf = pikepdf.open(io.BytesIO(out.read_bytes()))
    stamp = rep.created.strftime("D:%Y%m%d%H%M%SZ")
    for key, value in (("/Title", rep.head[0]), ("/Author", rep.head[0]),
                       ("/Producer", producer), ("/Creator", producer),
                       ("/CreationDate", stamp), ("/ModDate", stamp)):
        pdf.docinfo[key] = value
    buf = io.BytesIO()
    pdf.save(buf, static_id=True, recompress_flate=True,
             object_stream_mode=pikepdf.ObjectStreamMode.disable)
    return buf.getvalue()


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
    data = print_pdf(doc, rep, producer)
    pages, bodies = read_pages(data)
    return data, lay, (pages, bodies), place(lay, order, pages)
