"""The third written held-out set's renderer: corpus/written/render.py's paragraphs and tables
(imported, not edited) on pages that set does not have: two text columns with a gutter,
bold-italic headings, a boxed letterhead band, narrow margins, and tables whose cells wrap
over several lines (a '\\n' in a cell) with a total row. It records the same Layout, so the
held-out gold machinery (corpus/heldout/gold.py) applies; the build verifies gold strings
column by column (pdfplumber reads a two-column page line across both columns)."""
from __future__ import annotations

from dataclasses import dataclass

from fpdf import FPDF

from corpus.common import FONT_DIR
from corpus.heldout.markup import need
from corpus.heldout.render import Layout, check_totals
from corpus.written.blocks import Style
from corpus.written.render import PAPER, PT, WReport, draw_para

FONTS3 = {   # family -> (regular, bold, italic) files in matplotlib's bundle
    "serif-bi": ("DejaVuSerif.ttf", "DejaVuSerif-BoldItalic.ttf", "DejaVuSerif-Italic.ttf"),
    "sans-bi": ("DejaVuSans.ttf", "DejaVuSans-BoldOblique.ttf", "DejaVuSans-Oblique.ttf"),
    "stix-bi": ("STIXGeneral.ttf", "STIXGeneralBolIta.ttf", "STIXGeneralItalic.ttf"),
    "mono-bi": ("DejaVuSansMono.ttf", "DejaVuSansMono-BoldOblique.ttf",
                "DejaVuSansMono-Oblique.ttf"),
}


@dataclass(frozen=True)
class Style3(Style):
    columns: int = 1
    gutter: float = 8.0
    band: bool = False          # running header in a grey band with a frame


class ColumnStyle:
    """The page's Style seen from the current column: `left` / `right` are the column's."""

    def __init__(self, st: Style3, w_mm: float):
        self.base, self.w_mm, self.col, self.full = st, w_mm, 0, False
        self.col_w = (w_mm - st.left - st.right - st.gutter * (st.columns - 1)) / st.columns
        self.col_top = st.top      # where the columns of this page start

    @property
    def width(self):
        return self.w_mm - self.base.left - self.base.right if self.full else self.col_w

    def __getattr__(self, name):
        return getattr(self.base, name)

    @property
    def left(self):     # column-local: Pdf3 shifts what it draws to the current column
        return self.base.left

    @property
    def offset(self):
        return 0.0 if self.full else self.col * (self.col_w + self.base.gutter)

    @property
    def right(self):
        return self.w_mm - self.left - self.width


class Pdf3(FPDF):
    def __init__(self, rep: WReport, total: int, producer: str):
        st = rep.style
        self.w_mm, self.h_mm = PAPER[st.paper]
        super().__init__(unit="mm", format=(self.w_mm, self.h_mm))
        self.rep, self.total = rep, total
        self.st = ColumnStyle(st, self.w_mm)
        self.set_creation_date(rep.created)
        self.set_title(rep.meeting["body"])
        self.set_author(rep.head[0])
        self.set_producer(producer)
        self.set_auto_page_break(False)
        regular, bold, italic = (str(FONT_DIR / f) for f in FONTS3[st.font])
        self.add_font("F", "", regular)
        self.add_font("F", "B", bold)
        self.add_font("F", "I", italic)
        self.body_end = self.h_mm - st.bottom
        self.y_pos = st.top

    furniture = False

    def shift(self, x):
        return x if self.furniture else x + self.st.offset

    def text(self, x, y, text=""):
        return super().text(self.shift(x), y, text)

    def line(self, x1, y1, x2, y2):
        return super().line(self.shift(x1), y1, self.shift(x2), y2)

    def rect(self, x, y, w, h, style=None, *args, **kwargs):
        return super().rect(self.shift(x), y, w, h, style, *args, **kwargs)

    def header(self):                # the running header and footer are page-wide
        self.furniture = True
        self.draw_header()
        self.furniture = False

    def footer(self):
        self.furniture = True
        self.draw_footer()
        self.furniture = False

    def draw_header(self):
        st = self.st.base
        if self.page_no() == 1 and not st.head_first:
            return
        left, right = self.rep.head
        y = st.top - 11.0
        if st.band:
            self.set_fill_color(225)
            self.set_draw_color(60)
            self.set_line_width(0.4)
            self.rect(st.left, y - 4.2, self.w_mm - st.left - st.right, 6.4, style="DF")
        self.set_font("F", "B", 8.5)
        self.text(st.left + 2.0, y, left)
        self.set_font("F", "I", 8.5)
        self.text(self.w_mm - st.right - 2.0 - self.get_string_width(right), y, right)

    def draw_footer(self):
        st = self.st.base
        left, right = self.rep.foot(self.page_no(), self.total)
        self.set_font("F", "", 8.0)
        y = self.h_mm - st.bottom + 10.0
        self.set_line_width(0.2)
        self.line(st.left, y - 4.0, self.w_mm - st.right, y - 4.0)
        self.text(st.left, y, left)
        self.text(self.w_mm - st.right - self.get_string_width(right), y, right)

    @property
    def width(self):
        return self.st.width

    def fresh_page(self):
        """The next column, or a new page after the last column."""
        if not self.st.full and self.st.col + 1 < self.st.base.columns:
            self.st.col += 1
            self.y_pos = self.st.col_top
        else:
            self.add_page()
            self.st.col = 0
            self.y_pos = self.st.col_top = self.st.base.top

    def span(self, full: bool):
        """Full-width text (a title, a closing signature) or back to the columns here."""
        self.st.full, self.st.col = full, 0
        self.st.col_top = self.y_pos

    def sw(self, text, style, size):
        self.set_font("F", style, size)
        return self.get_string_width(text)


def cell_lines(cell: str) -> list[str]:
    return cell.split("\n")


def draw_wtable(pdf: Pdf3, rep: WReport, b, lay: Layout):
    """A ruled grid whose cells may wrap ('\\n'); the gold keeps each cell whole."""
    st = pdf.st
    size = st.body_size - 1.0
    lh = size / PT * 1.25
    need(abs(sum(b.widths) - pdf.width) < 0.01,
         f"{rep.name}: table widths sum to {sum(b.widths)}, not {pdf.width:.1f}")
    rows = [b.header] + b.rows
    heights = [lh * max(len(cell_lines(c)) for c in row) + 2.4 for row in rows]
    if pdf.y_pos + sum(heights) + (8 if b.caption else 0) + 4 > pdf.body_end:
        pdf.fresh_page()
    if b.caption:
        draw_para(pdf, rep, type(b)("p", b.caption, italic=True, after=1.2, size=size), lay)
    pdf.y_pos += 1.0
    for ri, (row, h) in enumerate(zip(rows, heights)):
        strong = ri == 0 or (bool(b.sum_cols or b.bad_cols) and ri == len(rows) - 1)
        x = st.left
        for j, (cell, w) in enumerate(zip(row, b.widths)):
            pdf.set_draw_color(0)
            pdf.set_line_width(0.2)
            if ri == 0:
                pdf.set_fill_color(235)
                pdf.rect(x, pdf.y_pos, w, h, style="DF")
            else:
                pdf.rect(x, pdf.y_pos, w, h)
            pdf.set_font("F", "B" if strong else "", size)
            for k, part in enumerate(cell_lines(cell)):
                tw = pdf.get_string_width(part)
                need(tw <= w - 2.5, f"{rep.name}: cell part {part!r} too wide for its column")
                al = b.aligns[j]
                tx = x + 1.5 if al == "L" else (x + w - 1.5 - tw if al == "R"
                                                else x + (w - tw) / 2)
                pdf.text(tx, pdf.y_pos + 1.2 + lh * (k + 0.78), part)
            x += w
        pdf.y_pos += h
    flat = [[" ".join(c.split("\n")) for c in row] for row in rows]
    lay.tables.append({"page": pdf.page_no(), "header": flat[0], "rows": flat[1:]})
    pdf.y_pos += 4.0
    flat_block = type(b)("table", header=flat[0], rows=flat[1:], sum_cols=b.sum_cols,
                         bad_cols=b.bad_cols)
    check_totals(rep, flat_block)


def render3(rep: WReport, total: int, producer: str) -> tuple[bytes, Layout]:
    pdf = Pdf3(rep, total, producer)
    lay = Layout()
    pdf.add_page()
    pdf.y_pos = rep.style.top
    for b in rep.blocks:
        if b.kind == "gap":
            pdf.y_pos += b.before
        elif b.kind == "newpage":
            pdf.st.col = rep.style.columns - 1
            pdf.fresh_page()
        elif b.kind == "colbreak":
            pdf.fresh_page()
        elif b.kind in ("full", "columns"):
            pdf.span(b.kind == "full")
        elif b.kind == "table":
            draw_wtable(pdf, rep, b, lay)
        else:
            draw_para(pdf, rep, b, lay)
    lay.pages = pdf.page_no()
    return bytes(pdf.output()), lay
