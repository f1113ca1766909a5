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
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pdfplumber

from corpus.common import squash
from corpus.heldout.markup import BuildError, need, parse
from corpus.heldout.render import Layout, check_totals
from corpus.written.render import WReport

CHROMIUM = next((c for c in ("chromium", "chromium-browser", "google-chrome")
                 if shutil.which(c)), None)


@dataclass
class HBlock:
    """One block of an HTML report: title | h2 | p | list | table (CSS class `cls`)."""
    kind: str
    text: str = ""
    cls: str = ""
    label: str = ""              # a hanging label (resolution number) floated left
    items: list = field(default_factory=list)      # list: markup strings
    header: list = field(default_factory=list)
    rows: list = field(default_factory=list)
    sum_cols: list = field(default_factory=list)
    bad_cols: list = field(default_factory=list)


def title(text, cls=""):
    return HBlock("title", text, cls)


def h2(text, cls=""):
    return HBlock("h2", text, cls)


def p(text, cls="", label=""):
    return HBlock("p", text, cls, label)


def items(entries, cls="cols"):
    return HBlock("list", cls=cls, items=list(entries))


def table(header, rows, cls="", sum_cols=(), bad_cols=()):
    return HBlock("table", cls=cls, header=header, rows=rows, sum_cols=list(sum_cols),
                  bad_cols=list(bad_cols))


@dataclass
class HReport(WReport):
    css: str = ""                # the whole stylesheet, @page margin boxes included


def inline(src: str, lay: Layout) -> str:
    """Markup -> HTML (bold runs, forced breaks, no break inside an amount); its spans
    and plain text go to `lay`."""
    plain, bold, spans, glue = parse(src)
    lay.texts.append((plain, spans))
    lay.spans += spans
    out, was = [], False
    for k, (ch, b) in enumerate(zip(plain, bold)):
        if b != was:
            out.append("<b>" if b else "</b>")
            was = b
        out.append("<br>" if ch == "\n" else "&nbsp;" if k in glue else html.escape(ch))
    return "".join(out) + ("</b>" if was else "")


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
    head = "".join(f"<th>{html.escape(c)}</th>" for c in b.header)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>"
                   for r in b.rows)
    lay.tables.append({"page": 0, "header": list(b.header), "rows": [list(r) for r in b.rows]})
    return f"<table{cls}><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def to_html(rep: HReport, lay: Layout) -> str:
    body = "\n".join(block_html(rep, b, lay) for b in rep.blocks)
    return (f'<!DOCTYPE html><html lang="{rep.lang}"><head><meta charset="utf-8">'
            f"<title>{html.escape(rep.meeting['body'])}</title><style>{rep.css}</style>"
            f"</head><body>\n{body}\n</body></html>\n")


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


def fixed(data: bytes, rep: HReport, producer: str) -> bytes:
    """Chromium's PDF with the report's creation date, our producer, no XMP, a content /ID."""
    import pikepdf
    stamp = rep.created.strftime("D:%Y%m%d%H%M%SZ")
    with pikepdf.open(io.BytesIO(data)) as pdf:
        pdf.docinfo["/CreationDate"] = stamp
        pdf.docinfo["/ModDate"] = stamp
        pdf.docinfo["/Producer"] = producer
        if "/Metadata" in pdf.Root:
            del pdf.Root["/Metadata"]
        out = io.BytesIO()
        pdf.save(out, deterministic_id=True)
    return out.getvalue()


def print_pdf(page: str) -> bytes:
    """The HTML page printed to PDF by headless Chromium."""
    if CHROMIUM is None:
        raise BuildError("chromium is not installed")
    with tempfile.TemporaryDirectory() as tmp:
        src, dst = Path(tmp) / "report.html", Path(tmp) / "report.pdf"
        src.write_text(page, encoding="utf-8")
        subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu",
                        f"--user-data-dir={tmp}/profile", f"--print-to-pdf={dst}",
                        "--no-pdf-header-footer", src.as_uri()],
                       check=True, capture_output=True, timeout=120)
        return dst.read_bytes()


def render_html(rep: HReport, producer: str) -> tuple[bytes, Layout]:
    """(PDF bytes, Layout) of an HTML report."""
    lay = Layout()
    data = fixed(print_pdf(to_html(rep, lay)), rep, producer)
    place(rep, lay, data)
    return data, lay
