"""The tuning reports' renderer (01-11): A4 pages with a running header and footer,
hyphenated paragraphs, ruled or whitespace tables, scanned (image-only) pages, and the
Recorder that notes where every span, line and table landed."""
from __future__ import annotations

import re

from PIL import Image, ImageDraw, ImageFont
from fpdf import FPDF

from corpus.common import FONT_DIR, FONT_FILES
from corpus.tuning.layout import break_lines, make_words
from corpus.tuning.markup import NB, Block, P, Report, parse_markup

PAGE_W, PAGE_H = 210.0, 297.0
MARGIN_L, MARGIN_R = 20.0, 20.0
BODY_TOP, BODY_BOTTOM = 24.0, 275.0
HEADER_BASE, FOOTER_BASE = 13.0, 287.0
TEXT_W = PAGE_W - MARGIN_L - MARGIN_R
MM2PT = 72 / 25.4


class Doc(FPDF):
    def __init__(self, rep: Report, total: int):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.rep, self.total = rep, total
        self.set_creation_date(rep.created)
        self.set_title(rep.title or rep.name)
        self.set_author(rep.header_left)
        self.set_auto_page_break(False)
        self.set_margins(MARGIN_L, BODY_TOP, MARGIN_R)
        reg, bold = FONT_FILES[rep.font]
        self.add_font("Body", "", str(FONT_DIR / reg))
        self.add_font("Body", "B", str(FONT_DIR / bold))
        self.image_pages: set[int] = set()
        self.yy = BODY_TOP
        self._wcache = {}

    # running header / footer ---------------------------------------------------
    def header(self):
        if self.page in self.image_pages:
            return
        self.set_font("Body", "", 8)
        self.set_text_color(80)
        self.text(MARGIN_L, HEADER_BASE, self.rep.header_left)
        r = self.rep.header_right
        self.text(PAGE_W - MARGIN_R - self.get_string_width(r), HEADER_BASE, r)
        self.set_draw_color(150)
        self.set_line_width(0.2)
        self.line(MARGIN_L, HEADER_BASE + 2.5, PAGE_W - MARGIN_R, HEADER_BASE + 2.5)
        self.set_text_color(0)
        self.yy = BODY_TOP

    def footer(self):
        if self.page in self.image_pages:
            return
        parts = self.rep.footer(self.page, self.total or 0)
        self.set_font("Body", "", 8)
        self.set_text_color(80)
        self.set_draw_color(150)
        self.line(MARGIN_L, FOOTER_BASE - 4.5, PAGE_W - MARGIN_R, FOOTER_BASE - 4.5)
        if parts.get("left"):
            self.text(MARGIN_L, FOOTER_BASE, parts["left"])
        if parts.get("center"):
            c = parts["center"]
            self.text((PAGE_W - self.get_string_width(c)) / 2, FOOTER_BASE, c)
        if parts.get("right"):
            r = parts["right"]
            self.text(PAGE_W - MARGIN_R - self.get_string_width(r), FOOTER_BASE, r)
        self.set_text_color(0)

    # helpers -------------------------------------------------------------------
    def width(self, text, bold, size):
        key = (text, bold, size)
        if key not in self._wcache:
            self.set_font("Body", "B" if bold else "", size)
            self._wcache[key] = self.get_string_width(text)
        return self._wcache[key]

    def new_page(self):
        self.add_page()
        self.yy = BODY_TOP

    def ensure(self, h):
        if self.yy + h > BODY_BOTTOM:
            self.new_page()


class Recorder:
    def __init__(self):
        self.spans = []       # dicts: kind,args,text,page,page_end,line,line_end,raw_break
        self.tables = []      # gold tables
        self.lines = []       # (page, y, text) for --debug
        self.soft_splits = []  # (page, "pre-\nrest")
        self.image_pages = []
        self.text_by_block = []  # (plain, spans, where) for the amount scan
        self.table_splits = []   # (must_split, first page, last page, label)
        self.pages = 0
        self.line_no = 0


def render(rep: Report, total: int | None, rec: Recorder) -> bytes:
    pdf = Doc(rep, total)
    pdf.new_page()
    body = rep.size
    for bi, b in enumerate(rep.blocks):
        if b.kind == "pagebreak":
            pdf.new_page()
        elif b.kind == "space":
            pdf.yy += b.before
        elif b.kind == "para":
            render_para(pdf, rep, b, rec, body)
        elif b.kind == "table":
            render_table(pdf, rep, b, rec, body)
        elif b.kind == "image":
            render_image_page(pdf, rep, b, rec, body)
        else:
            raise ValueError(b.kind)
    rec.pages = pdf.page
    return bytes(pdf.output())


def render_para(pdf: Doc, rep: Report, b: Block, rec: Recorder, body: float):
    size = body if b.size == 0 else (body + 1.5 if b.size == -1 else b.size)
    bold_all = b.bold
    plain, bold, spans, soft, hard = parse_markup(b.text)
    if bold_all:
        bold = [True] * len(plain)
    rec.text_by_block.append((plain, spans, rep.name))
    lh = size * 0.3528 * 1.42
    words = make_words(plain, bold, spans, soft, hard, rep.lang,
                       rep.auto_hyphen and not b.heading and b.align == "L")
    x0 = MARGIN_L + b.indent
    maxw = TEXT_W - b.indent
    space_w = pdf.width(" ", False, size)
    lines = break_lines(words, maxw, lambda t, bo: pdf.width(t, bo, size), space_w)
    pdf.yy += b.before
    need = lh * min(len(lines), b.orphans) + lh * b.keep_lines + (2 if b.keep_lines else 0)
    pdf.ensure(need)
    placed = []  # (piece, page, line_no)
    for li, line in enumerate(lines):
        if pdf.yy + lh > BODY_BOTTOM:
            pdf.new_page()
        rec.line_no += 1
        draw_line(pdf, b, line, x0, pdf.yy + lh * 0.72, size, li == 0)
        rec.lines.append((pdf.page, round(pdf.yy, 1), " ".join(p.text for p in line)))
        for pc in line:
            placed.append((pc, pdf.page, rec.line_no))
        pdf.yy += lh
    pdf.yy += b.after
    record_soft_splits(placed, rec)
    record_spans(spans, placed, rec)


def draw_line(pdf: Doc, b: Block, line, x0: float, base: float, size: float, first: bool):
    """One line of pieces at baseline `base`, in runs of the same weight (each run carries
    its spaces); the bullet before the first line."""
    if b.bullet and first:
        pdf.set_font("Body", "", size)
        pdf.text(x0 - 4.5, base, b.bullet)
    runs = []
    for k, pc in enumerate(line):
        txt = pc.text + (" " if k < len(line) - 1 else "")
        if runs and runs[-1][1] == pc.bold:
            runs[-1][0] += txt
        else:
            runs.append([txt, pc.bold])
    line_w = sum(pdf.width(t.rstrip(" ") if i == len(runs) - 1 else t, bo, size)
                 for i, (t, bo) in enumerate(runs))
    x = x0 if b.align == "L" else MARGIN_L + (TEXT_W - line_w) / 2
    for t, bo in runs:
        pdf.set_font("Body", "B" if bo else "", size)
        pdf.text(x, base, t)
        x += pdf.get_string_width(t)


def record_soft_splits(placed, rec: Recorder):
    """The end-of-line hyphenations actually used (both halves on one page)."""
    for k, (pc, page, ln) in enumerate(placed):
        if pc.hyphen and k + 1 < len(placed):
            nxt, npage, _ = placed[k + 1]
            if npage == page:
                rec.soft_splits.append((page, pc.text + "\n" + nxt.text.split(" ")[0]))


def record_spans(spans, placed, rec: Recorder):
    """Each markup span with the pages and lines it landed on, and its first line break."""
    for sp in spans:
        first = next(i for i, (pc, _, _) in enumerate(placed) if pc.end > sp["start"])
        last = max(i for i, (pc, _, _) in enumerate(placed) if pc.start < sp["end"])
        raw_break = None
        if placed[first][2] != placed[last][2]:
            for i in range(first, last):
                if placed[i][2] != placed[i + 1][2]:
                    raw_break = (placed[i][1], placed[i][0].text + "\n" + placed[i + 1][0].text)
                    break
        rec.spans.append(dict(kind=sp["kind"], args=sp["args"], text=sp["text"],
                              page=placed[first][1], page_end=placed[last][1],
                              line=placed[first][2], line_end=placed[last][2],
                              raw_break=raw_break, image=False))


def cell_markup(s):
    plain, _, spans, _, _ = parse_markup(s)
    return plain.replace(NB, " "), spans


def render_table(pdf: Doc, rep: Report, b: Block, rec: Recorder, body: float):
    size = body - 1.0
    rh = size * 0.3528 * 1.9
    assert abs(sum(b.widths) - TEXT_W) < 0.5, f"{rep.name}: table widths {sum(b.widths)}"
    header = [cell_markup(c) for c in b.header]
    rows = [[cell_markup(c) for c in r] for r in b.rows]
    ncol = len(b.widths)
    assert all(len(r) == ncol for r in rows) and len(header) == ncol
    if b.total_check:
        check_table_total(rep, b, [[c for c, _ in r] for r in rows])
    if b.caption:
        render_para(pdf, rep, P(b.caption, bold=True, after=1.5, keep_lines=3), rec, body)
    pdf.yy += 1.0
    pdf.ensure(rh * 3)
    gold = {"page": pdf.page, "header": [c for c, _ in header], "rows": []}
    first_page = pdf.page

    def start_fragment():
        draw_row(pdf, rep, b, header, True, b.ruled, size, rh)
        if not b.ruled:
            pdf.yy += 0.8

    start_fragment()
    for ri, row in enumerate(rows):
        if pdf.yy + rh > BODY_BOTTOM:
            rec.tables.append(gold)
            pdf.new_page()
            gold = {"page": pdf.page, "header": [c for c, _ in header] if b.repeat_header else [],
                    "rows": []}
            if b.repeat_header:
                start_fragment()
        is_total = b.total_check is not None and ri == len(rows) - 1
        if not b.ruled and is_total:
            pdf.yy += 1.0
        draw_row(pdf, rep, b, row, is_total, False, size, rh)
        gold["rows"].append([c for c, _ in row])
        record_cell_spans(row, pdf.page, rec)
    for c, spans in header:
        assert not spans
    rec.tables.append(gold)
    rec.table_splits.append((b.must_split, first_page, gold["page"], b.caption or b.header[0]))
    pdf.yy += b.after + 2.0


def draw_row(pdf: Doc, rep: Report, b: Block, cells, bold, fill, size: float, rh: float):
    y, x = pdf.yy, MARGIN_L
    for j, ((txt, _), w) in enumerate(zip(cells, b.widths)):
        if b.ruled:
            pdf.set_draw_color(0)
            pdf.set_line_width(0.25)
            if fill:
                pdf.set_fill_color(225)
                pdf.rect(x, y, w, rh, style="DF")
            else:
                pdf.rect(x, y, w, rh)
        pdf.set_font("Body", "B" if bold else "", size)
        tw = pdf.get_string_width(txt)
        assert tw <= w - 2.0, f"{rep.name}: cell too wide: {txt!r}"
        al = b.aligns[j]
        tx = x + 1.5 if al == "L" else (x + w - 1.5 - tw if al == "R" else x + (w - tw) / 2)
        pdf.text(tx, y + rh * 0.66, txt)
        x += w
    pdf.yy += rh


def record_cell_spans(row, page: int, rec: Recorder):
    for c, spans in row:
        for sp in spans:
            rec.spans.append(dict(kind=sp["kind"], args=sp["args"], text=sp["text"],
                                  page=page, page_end=page, line=0, line_end=0,
                                  raw_break=None, image=False))


def parse_int(cell: str) -> int:
    c = cell.strip()
    if c in ("-", "–", ""):
        return 0
    return int(re.sub(r"[ .,\u00a0]", "", c))


def check_table_total(rep, b, rows):
    tot = rows[-1]
    bad = []
    for col in b.total_check["cols"]:
        s = sum(parse_int(r[col]) for r in rows[:-1])
        if s != parse_int(tot[col]):
            bad.append((col, s, tot[col]))
    if b.total_check["ok"]:
        assert not bad, f"{rep.name}: table total should add up: {bad}"
    else:
        assert bad, f"{rep.name}: planted table total mismatch adds up"


def render_image_page(pdf: Doc, rep: Report, b: Block, rec: Recorder, body: float):
    """A scanned page: text drawn into a PNG with Pillow, no text layer at all."""
    dpi = 150
    W, Hh = int(PAGE_W / 25.4 * dpi), int(PAGE_H / 25.4 * dpi)
    img = Image.new("L", (W, Hh), 246)
    draw = ImageDraw.Draw(img)
    reg, bold = FONT_FILES[rep.font]
    px = lambda pt: int(round(pt / 72 * dpi))  # noqa: E731
    margin = int(22 / 25.4 * dpi)
    y = int(28 / 25.4 * dpi)
    page_no = pdf.page + 1
    for spec in b.lines:
        if isinstance(spec, (int, float)):
            y += int(spec / 25.4 * dpi)
            continue
        text, style = (spec, "") if isinstance(spec, str) else spec
        is_bold = "B" in style
        size = px(body + (3 if "T" in style else 0))
        font = ImageFont.truetype(str(FONT_DIR / (bold if is_bold else reg)), size)
        plain, _, spans, _, _ = parse_markup(text)
        plain = plain.replace(NB, " ")
        rec.text_by_block.append((plain, spans, rep.name))
        for sp in spans:
            rec.spans.append(dict(kind=sp["kind"], args=sp["args"], text=sp["text"],
                                  page=page_no, page_end=page_no, line=0, line_end=0,
                                  raw_break=None, image=True))
        words, line = plain.split(" "), ""
        out = []
        for w in words:
            trial = (line + " " + w).strip()
            if draw.textlength(trial, font=font) > W - 2 * margin and line:
                out.append(line)
                line = w
            else:
                line = trial
        out.append(line)
        for ln in out:
            x = margin if "C" not in style else (W - draw.textlength(ln, font=font)) / 2
            draw.text((x, y), ln, fill=25, font=font)
            y += int(size * 1.45)
        y += int(size * 0.5)
    # a faint scanner edge and a tiny deterministic skew
    draw.rectangle([6, 6, W - 7, Hh - 7], outline=200, width=3)
    img = img.rotate(0.35, resample=Image.BICUBIC, fillcolor=246)
    pdf.image_pages.add(page_no)
    rec.image_pages.append(page_no)
    pdf.add_page()
    pdf.image(img, x=0, y=0, w=PAGE_W, h=PAGE_H)
    pdf.yy = BODY_BOTTOM + 1  # anything after this block starts on a fresh page


# --------------------------------------------------------------------------- build + gold
