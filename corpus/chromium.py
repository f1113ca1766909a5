"""The one Chromium printer of the written held-out sets (corpus/written4/html.py,
corpus/written5/html.py): markup blocks -> HTML (each set keeps its own tags, CSS and page
boxes), printed to PDF by headless Chromium, then made reproducible with pikepdf.

Chromium stamps the print time and a random /ID into the PDF, so a reprint differs from the
committed file; `PdfFinish` says, as data, how a set rewrites that: which document-info
entries it fixes (the report's creation date, its producer), whether it drops the XMP
packet, how the /ID is derived and whether the streams are recompressed. The sets made
different choices when their files were committed; both are kept, since changing either
would change committed bytes."""
from __future__ import annotations

import html
import io
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from corpus.heldout.markup import BuildError, parse

CANDIDATES = ("chromium", "chromium-browser", "google-chrome")


@dataclass
class HBlock:
    """One HTML block of a written report; which kinds a set prints, and how, is the set's
    own (written4: p | h1 | h2 | div | cols | table; written5: title | h2 | p | list |
    table)."""
    kind: str
    text: str = ""
    cls: str = ""
    label: str = ""                # p: a hanging label (resolution number) floated left
    right: str = ""                # cols: the right-hand column's markup
    items: list = field(default_factory=list)      # list: markup strings
    header: list = field(default_factory=list)
    rows: list = field(default_factory=list)
    caption: str = ""
    sum_cols: list = field(default_factory=list)
    bad_cols: list = field(default_factory=list)


def p(text, cls="", label=""):
    return HBlock("p", text, cls, label)


def _tag(kind: str) -> Callable:
    def make(text, cls=""):
        return HBlock(kind, text, cls)
    make.__name__, make.__doc__ = kind, f"A {kind} block of markup text (CSS class `cls`)."
    return make


h1, h2, div, title = (_tag(k) for k in ("h1", "h2", "div", "title"))


def cols(left, right, cls="two"):
    return HBlock("cols", left, cls, right=right)


def items(entries, cls="cols"):
    return HBlock("list", cls=cls, items=list(entries))


def table(header, rows, *, caption="", cls="", sum_cols=(), bad_cols=()):
    return HBlock("table", cls=cls, header=header, rows=rows, caption=caption,
                  sum_cols=list(sum_cols), bad_cols=list(bad_cols))


def inline_html(src: str) -> tuple[str, str, list]:
    """(HTML, plain text, spans) of one markup string: bold runs as <b>, '\\n' as <br>,
    no-break spaces inside amounts (Chromium must not break '$ 5.000' over two lines)."""
    plain, bold, spans, glue = parse(src)
    out, was = [], False
    for k, (ch, b) in enumerate(zip(plain, bold)):
        if b != was:
            out.append("<b>" if b else "</b>")
            was = b
        out.append("<br>" if ch == "\n" else "&nbsp;" if k in glue else html.escape(ch))
    return "".join(out) + ("</b>" if was else ""), plain, spans


def table_html(b: HBlock, mark_total: bool = False) -> str:
    """A table block as HTML (caption, head, body); ``mark_total`` (a set's layout choice)
    gives the last row class "total" when the table has a total row (sum_cols / bad_cols)."""
    c = f' class="{b.cls}"' if b.cls else ""
    cap = f"<caption>{html.escape(b.caption)}</caption>" if b.caption else ""
    head = "".join(f"<th>{html.escape(x)}</th>" for x in b.header)
    last = len(b.rows) - 1 if mark_total and (b.sum_cols or b.bad_cols) else -1
    body = "".join(f'<tr{" class=total" if i == last else ""}>'
                   + "".join(f"<td>{html.escape(x)}</td>" for x in r) + "</tr>"
                   for i, r in enumerate(b.rows))
    return f"<table{c}>{cap}<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def html_page(lang: str, title_text: str, css: str, body: str, nl: str = "") -> str:
    """The HTML document Chromium prints: the report's language, title and style sheet;
    ``nl`` is put around the body and at the end (a set's choice, kept for its bytes)."""
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
            f"<title>{html.escape(title_text)}</title><style>{css}</style></head>"
            f"<body>{nl}{body}{nl}</body></html>{nl}")


def chromium() -> str | None:
    """The Chromium executable on this machine, or None."""
    return next((shutil.which(c) for c in CANDIDATES if shutil.which(c)), None)


def print_html(doc: str) -> bytes:
    """The HTML document printed to PDF by headless Chromium (no browser header/footer:
    the report draws its own in @page margin boxes)."""
    exe = chromium()
    if exe is None:
        raise BuildError("chromium is not installed")
    with tempfile.TemporaryDirectory() as tmp:
        src, dst = Path(tmp) / "report.html", Path(tmp) / "report.pdf"
        src.write_text(doc, encoding="utf-8")
        subprocess.run([exe, "--headless", "--no-sandbox", "--disable-gpu",
                        f"--user-data-dir={tmp}/profile", f"--print-to-pdf={dst}",
                        "--no-pdf-header-footer", src.as_uri()],
                       check=True, capture_output=True, timeout=120)
        return dst.read_bytes()


@dataclass(frozen=True)
class PdfFinish:
    """How one set makes Chromium's PDF reproducible (see the module docstring)."""
    info: tuple = ()               # (key, value) document-info entries, set in this order
    drop_xmp: bool = False         # delete the XMP packet (it holds the print time too)
    static_id: bool = False        # a fixed /ID (else one derived from the content)
    flat: bool = False             # recompress the streams, write no object streams


def finished(data: bytes, fin: PdfFinish) -> bytes:
    """Chromium's PDF with the set's document info, XMP and /ID choices applied."""
    import pikepdf
    with pikepdf.open(io.BytesIO(data)) as pdf:
        for key, value in fin.info:
            pdf.docinfo[key] = value
        if fin.drop_xmp and "/Metadata" in pdf.Root:
            del pdf.Root["/Metadata"]
        opts = {"static_id": True} if fin.static_id else {"deterministic_id": True}
        if fin.flat:
            opts.update(recompress_flate=True,
                        object_stream_mode=pikepdf.ObjectStreamMode.disable)
        out = io.BytesIO()
        pdf.save(out, **opts)
    return out.getvalue()


def print_pdf(doc: str, fin: PdfFinish) -> bytes:
    """The HTML document printed by Chromium and finished as the set asks."""
    return finished(print_html(doc), fin)


def print_checked(rep, render: Callable, producer: str, once: bool = False) -> tuple:
    """``render(rep, producer)`` of an HTML report (its first item the PDF bytes): the
    Chromium counterpart of corpus.heldout.build.render_twice, in one pass since Chromium
    counts the pages itself ("Page n of N" from counter(pages)); unless ``once``, a second
    print proves the bytes deterministic (a test comparing with the committed file proves
    it already, at half the cost)."""
    out = render(rep, producer)
    if not once and out[0] != render(rep, producer)[0]:
        raise BuildError(f"{rep.name}: printing is not deterministic")
    return out
