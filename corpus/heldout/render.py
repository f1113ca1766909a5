"""The held-out reports' renderer: A4 pages with a running header and footer, paragraphs
wrapped at breakable spaces, ruled or whitespace tables (continued across a page break when
allowed), and the Layout that records where every span and table landed."""
from __future__ import annotations

from dataclasses import dataclass, field

from fpdf import FPDF

from corpus.common import font_paths
from corpus.heldout.figures import number
from corpus.heldout.markup import Block, Report, need, parse

A4_W, A4_H = 210.0, 297.0
LEFT, RIGHT = 22.0, 22.0
TOP, BOTTOM = 26.0, 272.0          # body area
HEAD_Y, FOOT_Y = 14.0, 284.0       # baselines of the running header / footer
WIDTH = A4_W - LEFT - RIGHT
PT = 72 / 25.4                     # points per mm


class Pdf(FPDF):
    def __init__(self, rep: Report, total: int, producer: str):
        super().__init__(unit="mm", format="A4")
        self.rep, self.total = rep, total
        self.set_creation_date(rep.created)
        self.set_title(rep.meeting["body"])
        self.set_author(rep.head[0])
        self.set_producer(producer)
        self.set_auto_page_break(False)
        regular, bold = font_paths("sans")
        self.add_font("DV", "", regular)
        self.add_font("DV", "B", bold)
        self.y_pos = TOP

    def header(self):
        self.set_font("DV", "", 7.5)
        self.set_text_color(90)
        left, right = self.rep.head
        self.text(LEFT, HEAD_Y, left)
        self.text(A4_W - RIGHT - self.get_string_width(right), HEAD_Y, right)
        self.set_draw_color(120)
        self.set_line_width(0.15)
        self.line(LEFT, HEAD_Y + 2.2, A4_W - RIGHT, HEAD_Y + 2.2)
        self.set_text_color(0)

    def footer(self):
        left, right = self.rep.foot(self.page_no(), self.total)
        self.set_font("DV", "", 7.5)
        self.set_text_color(90)
        self.set_draw_color(120)
        self.set_line_width(0.15)
        self.line(LEFT, FOOT_Y - 4.0, A4_W - RIGHT, FOOT_Y - 4.0)
        self.text(LEFT, FOOT_Y, left)
        self.text(A4_W - RIGHT - self.get_string_width(right), FOOT_Y, right)
        self.set_text_color(0)

    def fresh_page(self):
        self.add_page()
        self.y_pos = TOP

    def sw(self, text, bold, size):
        self.set_font("DV", "B" if bold else "", size)
        return self.get_string_width(text)


@dataclass
class Layout:
    pages: int = 0
    spans: list = field(default_factory=list)
    tables: list = field(default_factory=list)       # gold table entries
    texts: list = field(default_factory=list)        # (plain, spans) for the amount scan
    lines: list = field(default_factory=list)        # (page, text) for --lines
    splits: int = 0                                  # tables continued across a page break


def wrap(plain, bold, glue, width_of, maxw):
    """Greedy line breaking at breakable spaces; '\\n' forces a break.
    Returns [(start, end)] character ranges (without the breaking space)."""
    lines, start, n = [], 0, len(plain)
    while start < n:
        end, last_ok = start, None
        while end < n:
            c = plain[end]
            if c == "\n":
                break
            if c == " " and end not in glue:
                if width_of(start, end) > maxw:
                    break
                last_ok = end
            end += 1
        if end < n and plain[end] == "\n":
            if width_of(start, end) <= maxw:
                lines.append((start, end))
                start = end + 1
                continue
        elif end >= n and width_of(start, n) <= maxw:
            lines.append((start, n))
            break
        need(last_ok is not None, f"unbreakable overlong text: {plain[start:start + 60]!r}")
        lines.append((start, last_ok))
        start = last_ok + 1
    return lines


def draw_para(pdf: Pdf, rep: Report, b: Block, lay: Layout):
    size = b.size or rep.body_size
    plain, bold, spans, glue = parse(b.text)
    if b.bold:
        bold = [True] * len(plain)
    lay.texts.append((plain, spans))

    def runs(s, e):
        out = []
        for k in range(s, e):
            if out and out[-1][1] == bold[k]:
                out[-1][0] += plain[k]
            else:
                out.append([plain[k], bold[k]])
        return out

    def width_of(s, e):
        return sum(pdf.sw(t, bo, size) for t, bo in runs(s, e))

    x0 = LEFT + b.indent
    maxw = WIDTH - b.indent
    lines = wrap(plain, bold, glue, width_of, maxw)
    lh = size / PT * 1.38
    pdf.y_pos += b.before
    keep = 3 if b.kind in ("h1", "h2") else min(len(lines), 2)   # headings keep 2 lines of text
    if pdf.y_pos + lh * keep > BOTTOM:
        pdf.fresh_page()
    where = []
    for s, e in lines:
        if pdf.y_pos + lh > BOTTOM:
            pdf.fresh_page()
        x = x0 if not b.center else LEFT + (WIDTH - width_of(s, e)) / 2
        base = pdf.y_pos + lh * 0.75
        for t, bo in runs(s, e):
            pdf.set_font("DV", "B" if bo else "", size)
            pdf.text(x, base, t)
            x += pdf.get_string_width(t)
        where.append((s, e, pdf.page_no()))
        lay.lines.append((pdf.page_no(), plain[s:e]))
        pdf.y_pos += lh
    pdf.y_pos += b.after
    for sp in spans:
        sp.page = next(pg for s, e, pg in where if sp.start <= e)
        sp.page_end = next(pg for s, e, pg in where if sp.end - 1 <= e)
        lay.spans.append(sp)


def draw_table(pdf: Pdf, rep: Report, b: Block, lay: Layout):
    size = rep.body_size - 0.8
    rh = size / PT * (1.85 if b.ruled else 1.6)
    ncol = len(b.widths)
    need(abs(sum(b.widths) - WIDTH) < 0.01, f"{rep.name}: table widths sum to {sum(b.widths)}")
    need(len(b.header) == ncol and all(len(r) == ncol for r in b.rows), f"{rep.name}: ragged table")
    start_table(pdf, rep, b, lay, size, rh)
    fragments = [[]]                       # rows per page fragment
    draw_row(pdf, rep, b, size, rh, b.header, True, False)
    for ri, row in enumerate(b.rows):
        if pdf.y_pos + rh > BOTTOM:
            need(b.split, f"{rep.name}: table overflows its page")
            pdf.fresh_page()
            pdf.y_pos += 1.0
            draw_row(pdf, rep, b, size, rh, b.header, True, False)   # header repeated
            fragments.append([])
        draw_row(pdf, rep, b, size, rh, row, False,
                 bool(b.sum_cols or b.bad_cols) and ri == len(b.rows) - 1)
        fragments[-1].append(row)
    first = pdf.page_no() - len(fragments) + 1
    for k, rows in enumerate(fragments):
        need(rows, f"{rep.name}: empty table fragment")
        lay.tables.append({"page": first + k, "header": list(b.header),
                           "rows": [list(r) for r in rows]})
    if len(fragments) > 1:
        lay.splits += 1
    pdf.y_pos += 4.0
    check_totals(rep, b)


def start_table(pdf: Pdf, rep: Report, b: Block, lay: Layout, size: float, rh: float):
    """A fresh page unless the table (a split one: its caption, header and three rows)
    fits, then the caption."""
    height = rh * (len(b.rows) + 1) + (8 if b.caption else 0) + 4
    if b.split:
        if pdf.y_pos + rh * 4 + (8 if b.caption else 0) > BOTTOM:
            pdf.fresh_page()
    elif pdf.y_pos + height > BOTTOM:
        pdf.fresh_page()
    if b.caption:
        draw_para(pdf, rep, Block("p", b.caption, bold=True, after=1.2, size=size), lay)
    pdf.y_pos += 1.0


def draw_row(pdf: Pdf, rep: Report, b: Block, size: float, rh: float, row, is_head, is_total):
    x = LEFT
    if not b.ruled and is_total:
        pdf.set_draw_color(0)
        pdf.set_line_width(0.2)
        pdf.line(LEFT + b.widths[0], pdf.y_pos + 0.3, A4_W - RIGHT, pdf.y_pos + 0.3)
    for j, (cell, w) in enumerate(zip(row, b.widths)):
        if b.ruled:
            pdf.set_draw_color(40)
            pdf.set_line_width(0.25)
            if is_head:
                pdf.set_fill_color(228)
                pdf.rect(x, pdf.y_pos, w, rh, style="DF")
            else:
                pdf.rect(x, pdf.y_pos, w, rh)
        pdf.set_font("DV", "B" if (is_head or is_total) else "", size)
        tw = pdf.get_string_width(cell)
        need(tw <= w - 2.5, f"{rep.name}: cell {cell!r} too wide for its column")
        al = b.aligns[j]
        tx = x + 1.6 if al == "L" else (x + w - 1.6 - tw if al == "R" else x + (w - tw) / 2)
        pdf.text(tx, pdf.y_pos + rh * 0.68, cell)
        x += w
    pdf.y_pos += rh
    if not b.ruled and is_head:
        pdf.y_pos += 1.0


def check_totals(rep: Report, b: Block):
    """The total row sums its columns (`sum_cols`), or, planted, does not (`bad_cols`)."""
    if b.sum_cols:
        for col in b.sum_cols:
            parts = [number(r[col], rep.lang) for r in b.rows[:-1]]
            need(abs(sum(parts) - number(b.rows[-1][col], rep.lang)) < 1e-6,
                 f"{rep.name}: table column {col} does not sum to its total row")
    for col in b.bad_cols:                 # the planted slip: this total row must be wrong
        parts = [number(r[col], rep.lang) for r in b.rows[:-1]]
        need(abs(sum(parts) - number(b.rows[-1][col], rep.lang)) > 1e-6,
             f"{rep.name}: table column {col} was meant to miss its total row, but sums")


def render(rep: Report, total: int, producer: str) -> tuple[bytes, Layout]:
    pdf = Pdf(rep, total, producer)
    lay = Layout()
    pdf.fresh_page()
    for b in rep.blocks:
        if b.kind == "gap":
            pdf.y_pos += b.before
        elif b.kind == "newpage":
            pdf.fresh_page()
        elif b.kind == "table":
            draw_table(pdf, rep, b, lay)
        else:
            draw_para(pdf, rep, b, lay)
    lay.pages = pdf.page_no()
    return bytes(pdf.output()), lay
