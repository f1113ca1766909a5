"""The written held-out set's renderer: not the held-out renderer of corpus/heldout/ (DejaVu
Sans on A4, ragged right, headings in bold): US Letter or A4 pages per report, Times-like
STIX or DejaVu Serif / Mono fonts, justified paragraphs (each word drawn with its space,
the slack added after it), hanging minute numbers in a left column, first-line indents,
italic paragraphs, headings in capitals, underlined, centred or under a rule, and tables
ruled as a grid, by three horizontal lines only, or not at all. It records the same Layout
as corpus/heldout/render.py, so the held-out gold and checks apply unchanged."""
from __future__ import annotations

from dataclasses import dataclass

from fpdf import FPDF

from corpus.common import FONT_DIR
from corpus.heldout.markup import Report, need, parse
from corpus.heldout.render import Layout, check_totals, wrap
from corpus.written.blocks import Style, WBlock

PAPER = {"letter": (215.9, 279.4), "a4": (210.0, 297.0), "legal": (215.9, 355.6)}
PT = 72 / 25.4
FONTS = {   # family -> (regular, bold, italic) files in matplotlib's bundle
    "stix": ("STIXGeneral.ttf", "STIXGeneralBol.ttf", "STIXGeneralItalic.ttf"),
    "serif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf"),
    "sans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"),
    "mono": ("DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf", "DejaVuSansMono-Oblique.ttf"),
}


@dataclass
class WReport(Report):
    style: Style = Style()


class Pdf(FPDF):
    def __init__(self, rep: WReport, total: int, producer: str):
        st = rep.style
        self.w_mm, self.h_mm = PAPER[st.paper]
        super().__init__(unit="mm", format=(self.w_mm, self.h_mm))
        self.rep, self.st, self.total = rep, st, total
        self.set_creation_date(rep.created)
        self.set_title(rep.meeting["body"])
        self.set_author(rep.head[0])
        self.set_producer(producer)
        self.set_auto_page_break(False)
        regular, bold, italic = (str(FONT_DIR / f) for f in FONTS[st.font])
        self.add_font("F", "", regular)
        self.add_font("F", "B", bold)
        self.add_font("F", "I", italic)
        self.width = self.w_mm - st.left - st.right
        self.body_end = self.h_mm - st.bottom
        self.y_pos = st.top

    def header(self):
        if self.page_no() == 1 and not self.st.head_first:
            return
        left, right = self.rep.head[0], self.rep.head[-1]
        self.set_font("F", "I", 8.5)
        y = self.st.top - 11.0
        self.text(self.st.left, y, left)
        self.text(self.w_mm - self.st.right - self.get_string_width(right), y, right)
        if len(self.rep.head) == 3:     # a centred middle part: three-column furniture
            mid = self.rep.head[1]
            self.text((self.w_mm - self.get_string_width(mid)) / 2, y, mid)
        if self.st.heading == "rule":
            self.set_line_width(0.3)
            self.line(self.st.left, y + 1.8, self.w_mm - self.st.right, y + 1.8)

    def footer(self):
        left, right = self.rep.foot(self.page_no(), self.total)
        self.set_font("F", "", 8.0)
        y = self.h_mm - self.st.bottom + 12.0
        if self.st.foot_rule:
            self.set_line_width(0.25)
            self.line(self.st.left, y - 4.0, self.w_mm - self.st.right, y - 4.0)
        if left:      # page number right-aligned beside a footer text, else centred
            self.text(self.st.left, y, left)
            cx = self.w_mm - self.st.right - self.get_string_width(right)
        else:
            cx = (self.w_mm - self.get_string_width(right)) / 2
        self.text(cx, y, right)

    def fresh_page(self):
        self.add_page()
        self.y_pos = self.st.top

    def sw(self, text, style, size):
        self.set_font("F", style, size)
        return self.get_string_width(text)


def heading_text(st: Style, b: WBlock) -> str:
    return b.text.upper() if st.heading in ("caps", "rule") else b.text


def draw_para(pdf: Pdf, rep: WReport, b: WBlock, lay: Layout):
    st = pdf.st
    size = b.size or (st.body_size + 0.5 if b.kind == "h1" else st.body_size)
    text = heading_text(st, b) if b.kind == "h1" else b.text
    plain, bold, spans, glue = parse(text)
    if b.bold:
        bold = [True] * len(plain)
    base_style = "I" if b.italic else ""
    lay.texts.append((plain, spans))

    def style(k):
        return "B" if bold[k] else base_style

    def runs(s, e):
        out = []
        for k in range(s, e):
            if out and out[-1][1] == style(k):
                out[-1][0] += plain[k]
            else:
                out.append([plain[k], style(k)])
        return out

    def width_of(s, e):
        return sum(pdf.sw(t, sty, size) for t, sty in runs(s, e))

    hang = st.label_w if (st.label_w and b.kind in ("p", "h1")) else 0.0
    x0 = st.left + hang + b.indent
    maxw = pdf.width - hang - b.indent
    lines = wrap_first(plain, bold, glue, width_of, maxw, b.first)
    lh = size / PT * st.leading
    pdf.y_pos += b.before
    keep = 3 if b.kind == "h1" else min(len(lines), 2)
    if pdf.y_pos + lh * keep > pdf.body_end:
        pdf.fresh_page()
    if b.kind == "h1" and st.heading == "rule":
        pdf.set_line_width(0.2)
        pdf.line(st.left, pdf.y_pos - 0.8, pdf.w_mm - st.right, pdf.y_pos - 0.8)
    if b.kind == "h1" and st.heading == "box":     # a shaded band behind the heading
        pdf.set_fill_color(222)
        pdf.rect(st.left, pdf.y_pos - 0.7, pdf.width, lh * len(lines) + 1.2, "F")
    if b.label:
        pdf.set_font("F", "B", size)
        pdf.text(st.left, pdf.y_pos + lh * 0.75, b.label)
        lay.lines.append((pdf.page_no(), f"[{b.label}]"))
    where = draw_lines(pdf, b, (plain, runs, glue, width_of), lines, (x0, maxw, lh, size), lay)
    pdf.y_pos += b.after
    for sp in spans:
        sp.page = next(pg for s, e, pg in where if sp.start <= e)
        sp.page_end = next(pg for s, e, pg in where if sp.end - 1 <= e)
        lay.spans.append(sp)


def draw_lines(pdf: Pdf, b: WBlock, text, lines, box, lay: Layout) -> list:
    """Each wrapped line of a block, centred or justified; [(start, end, page)]."""
    plain, runs, glue, width_of = text
    x0, maxw, lh, size = box
    st, where = pdf.st, []
    for i, (s, e) in enumerate(lines):
        if pdf.y_pos + lh > pdf.body_end:
            pdf.fresh_page()
        first = b.first if i == 0 else 0.0
        natural = width_of(s, e)
        if b.center or (b.kind == "h1" and st.heading == "center"):
            x = st.left + (pdf.width - natural) / 2
        else:
            x = x0 + first
        last = i == len(lines) - 1 or plain[e:e + 1] == "\n"
        slack = (maxw - first - natural) if (st.justify and b.kind == "p" and not last
                                             and not b.center) else 0.0
        draw_line(pdf, plain, runs, glue, s, e, x, pdf.y_pos + lh * 0.75, size, slack)
        if b.kind == "h1" and st.heading == "underline":
            pdf.set_line_width(0.25)
            y = pdf.y_pos + lh * 0.75 + 0.8
            pdf.line(x, y, x + natural, y)
        where.append((s, e, pdf.page_no()))
        lay.lines.append((pdf.page_no(), plain[s:e]))
        pdf.y_pos += lh
    return where


def wrap_first(plain, bold, glue, width_of, maxw, first):
    """wrap() with the first line `first` mm narrower (a first-line indent)."""
    if not first:
        return wrap(plain, bold, glue, width_of, maxw)
    head = wrap(plain, bold, glue, width_of, maxw - first)[0]
    rest = head[1] + 1
    if rest >= len(plain):
        return [head]
    tail = wrap(plain[rest:], bold[rest:], {g - rest for g in glue if g >= rest},
                lambda s, e: width_of(s + rest, e + rest), maxw)
    return [head] + [(s + rest, e + rest) for s, e in tail]


def draw_line(pdf, plain, runs, glue, s, e, x, base, size, slack):
    """One line, word by word with its space, the justification slack after each space."""
    cuts = [k for k in range(s, e) if plain[k] == " " and k not in glue]
    extra = slack / len(cuts) if cuts and slack > 0 else 0.0
    bounds = [s] + [k + 1 for k in cuts] + [e]
    for a, z in zip(bounds, bounds[1:]):
        for t, sty in runs(a, z):
            pdf.set_font("F", sty, size)
            pdf.text(x, base, t)
            x += pdf.get_string_width(t)
        x += extra


def draw_table(pdf: Pdf, rep: WReport, b: WBlock, lay: Layout):
    st = pdf.st
    size = st.body_size - 1.0
    rh = size / PT * (1.9 if b.rules == "grid" else 1.7)
    ncol = len(b.widths)
    need(abs(sum(b.widths) - pdf.width) < 0.01,
         f"{rep.name}: table widths sum to {sum(b.widths)}, not {pdf.width:.1f}")
    need(len(b.header) == ncol and all(len(r) == ncol for r in b.rows), f"{rep.name}: ragged table")
    height = sum(row_height(r, rh, size) for r in [b.header] + b.rows) + (8 if b.caption else 0) + 4
    if pdf.y_pos + height > pdf.body_end:
        pdf.fresh_page()
    if b.caption:
        draw_para(pdf, rep, WBlock("p", b.caption, italic=True, after=1.2, size=size), lay)
    pdf.y_pos += 1.0
    top = pdf.y_pos
    draw_row(pdf, rep, b, size, rh, b.header, True, False)
    if b.rules == "lines":
        hline(pdf, top, 0.5)
        hline(pdf, pdf.y_pos, 0.3)
    for ri, row in enumerate(b.rows):
        total = bool(b.sum_cols or b.bad_cols) and ri == len(b.rows) - 1
        if total and b.rules in ("lines", "none"):
            hline(pdf, pdf.y_pos + 0.2, 0.2)
        draw_row(pdf, rep, b, size, rh, row, False, total)
    if b.rules == "lines":
        hline(pdf, pdf.y_pos, 0.5)
    lay.tables.append({"page": pdf.page_no(), "header": joined(b.header),
                       "rows": [joined(r) for r in b.rows]})
    pdf.y_pos += 4.0
    check_totals(rep, b)


def joined(row) -> list:
    """A row as the gold has it: a cell wrapped over lines ('\\n') is one cell, its lines
    joined with a space."""
    return [" ".join(c.split("\n")) for c in row]


def row_height(row, rh, size) -> float:
    """A row's height: one line, plus a line for each extra line of its tallest cell."""
    return rh + (max(c.count("\n") for c in row) if row else 0) * size / PT * 1.2


def hline(pdf: Pdf, y: float, width: float):
    pdf.set_draw_color(0)
    pdf.set_line_width(width)
    pdf.line(pdf.st.left, y, pdf.w_mm - pdf.st.right, y)


def draw_row(pdf: Pdf, rep: WReport, b: WBlock, size, rh, row, is_head, is_total):
    x, height = pdf.st.left, row_height(row, rh, size)
    for j, (cell, w) in enumerate(zip(row, b.widths)):
        if b.rules == "grid":
            pdf.set_draw_color(0)
            pdf.set_line_width(0.2)
            pdf.rect(x, pdf.y_pos, w, height)
        pdf.set_font("F", "B" if (is_head or is_total) else "", size)
        for k, text in enumerate(cell.split("\n")):     # a wrapped cell: one line each
            tw = pdf.get_string_width(text)
            need(tw <= w - 2.5, f"{rep.name}: cell {text!r} too wide for its column")
            al = b.aligns[j]
            tx = x + 1.5 if al == "L" else (x + w - 1.5 - tw if al == "R" else x + (w - tw) / 2)
            pdf.text(tx, pdf.y_pos + rh * 0.68 + k * size / PT * 1.2, text)
        x += w
    pdf.y_pos += height


def render(rep: WReport, total: int, producer: str) -> tuple[bytes, Layout]:
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
