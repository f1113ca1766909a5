#!/usr/bin/env python3
"""Build the sample corpus: invented meeting reports rendered to PDF, plus gold files.

Usage:  python corpus/build.py            build every report, verify, write PDFs + gold
        python corpus/build.py --debug 07 also print the line layout of reports whose
                                           name contains "07" (to tune page breaks)

Everything is deterministic: no randomness, fixed creation dates, fonts taken from
matplotlib's bundled DejaVu TTFs.  All names, bodies, numbers and sentences are invented.

Each report is ONE Python data structure (a `Report` holding `blocks`).  Paragraph text
carries inline markup, so the gold is read off the very strings that get rendered:

    {{D:outcome:ref,ref|text}}  decision; `text` is the gold "contains" substring
    {{A|text}}                  monetary amount; value and currency parsed from `text`
    {{E:id|text}}               evidence string of the planted slip `id` (see Report.flags)
    {{N:id|text}}               evidence string of the look-alike `id` (Report.not_flags)
    {{X:pb|text}}               layout assertion: `text` must straddle a page break
    {{X:lb|text}}               layout assertion: `text` must straddle a line break
    **text**                    bold
    ~                           explicit soft-hyphenation point inside a word
    ^                           (right after a real hyphen) a line may break here

After rendering, every gold string is looked up with pdfplumber on the page the renderer
says it landed on (whitespace collapsed); the build fails loudly on any mismatch.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import re
import sys
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path

import matplotlib
import pdfplumber
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont

HERE = Path(__file__).resolve().parent
FONT_DIR = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
FONT_FILES = {
    "sans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    "serif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf"),
}
NB = "\u00a0"  # internal "no line break here"; rendered as a plain space

PAGE_W, PAGE_H = 210.0, 297.0
MARGIN_L, MARGIN_R = 20.0, 20.0
BODY_TOP, BODY_BOTTOM = 24.0, 275.0
HEADER_BASE, FOOTER_BASE = 13.0, 287.0
TEXT_W = PAGE_W - MARGIN_L - MARGIN_R
MM2PT = 72 / 25.4


# --------------------------------------------------------------------------- model

@dataclass
class Block:
    kind: str                      # para | table | image | pagebreak | space
    text: str = ""
    size: float = 0.0              # 0 = report body size
    bold: bool = False
    align: str = "L"               # L | C
    indent: float = 0.0
    bullet: str = ""
    before: float = 0.0
    after: float = 2.0
    heading: bool = False
    keep_lines: int = 0            # keep this many following lines with the block
    orphans: int = 2               # min lines of the block at the foot of a page
    # tables
    header: list = field(default_factory=list)
    rows: list = field(default_factory=list)
    widths: list = field(default_factory=list)
    aligns: str = ""
    ruled: bool = True
    repeat_header: bool = True
    total_check: dict | None = None  # {"cols": [..], "ok": bool}
    must_split: bool = False         # assert the table continues on the next page
    caption: str = ""
    # image page
    lines: list = field(default_factory=list)


@dataclass
class Report:
    name: str
    lang: str
    meeting: dict
    header_left: str
    header_right: str
    footer: object                  # callable(page, total) -> dict(left/center/right)
    created: dt.datetime
    blocks: list
    people: list                    # (name as written, family, "S"peaker | "M"entioned)
    flags: dict = field(default_factory=dict)      # id -> kind  (or (kind, "first"))
    not_flags: dict = field(default_factory=dict)  # id -> about
    weekday_checks: list = field(default_factory=list)  # (date as written, is_correct)
    sum_checks: list = field(default_factory=list)      # (total, [parts], is_correct)
    font: str = "sans"
    size: float = 10.5
    auto_hyphen: bool = True
    min_soft_splits: int = 2
    title: str = ""
    stresses: str = ""
    slips: dict = field(default_factory=dict)   # flag kind -> explanation (README)


def P(text, **kw):
    return Block("para", text, **kw)


def H(text, **kw):
    kw.setdefault("before", 3.0)
    kw.setdefault("after", 1.5)
    kw.setdefault("keep_lines", 2)
    return Block("para", text, bold=True, heading=True, size=kw.pop("size", -1), **kw)


def C(text, size=11, bold=False, after=1.0, **kw):
    return Block("para", text, size=size, bold=bold, align="C", after=after, **kw)


def LI(text, bullet="–", **kw):
    kw.setdefault("after", 1.0)
    return Block("para", text, indent=kw.pop("indent", 6.0), bullet=bullet, **kw)


def TABLE(header, rows, widths, aligns, **kw):
    return Block("table", header=header, rows=rows, widths=widths, aligns=aligns, **kw)


def IMAGE_PAGE(lines):
    return Block("image", lines=lines)


def BR():
    return Block("pagebreak")


def SPACE(mm):
    return Block("space", before=mm, after=0)


# --------------------------------------------------------------------------- markup

def parse_markup(src: str):
    """-> (plain text, bold mask, spans, soft points, hard points)."""
    plain, bold, spans, stack = [], [], [], []
    soft, hard = set(), set()
    is_bold = False
    i = 0
    while i < len(src):
        if src.startswith("{{", i):
            j = src.index("|", i)
            kind, _, args = src[i + 2:j].partition(":")
            stack.append({"kind": kind, "args": args, "start": len(plain)})
            i = j + 1
        elif src.startswith("}}", i):
            sp = stack.pop()
            sp["end"] = len(plain)
            spans.append(sp)
            i += 2
        elif src.startswith("**", i):
            is_bold = not is_bold
            i += 2
        elif src[i] == "~":
            soft.add(len(plain))
            i += 1
        elif src[i] == "^":
            assert plain and plain[-1] == "-", f"'^' must follow a hyphen: {src[:60]!r}"
            hard.add(len(plain))
            i += 1
        else:
            plain.append(src[i])
            bold.append(is_bold)
            i += 1
    assert not stack, f"unclosed markup in {src[:80]!r}"
    assert not is_bold, f"unclosed ** in {src[:80]!r}"
    text = "".join(plain)
    text = non_breaking(text)
    for sp in spans:
        sp["text"] = text[sp["start"]:sp["end"]].replace(NB, " ")
    return text, bold, spans, soft, hard


NB_RULES = [
    r"(?<=\d) (?=\d{3}(?!\d))",              # 1 250 000
    r" (?=(?:k€|M€|€|£|%|:|;|\?|!|»|h\b|FCFA|CHF|HT\b))",
    r"(?<=«) ",
    r"(?<=\b(?:USD|EUR|GBP|CHF|ZAR)) (?=\d)",
    r"(?<=\bn°) ",
]


def non_breaking(text: str) -> str:
    for rule in NB_RULES:
        text = re.sub(rule, NB, text)
    return text


def collapse(s: str) -> str:
    return " ".join(s.replace(NB, " ").split())


# --------------------------------------------------------------------------- amounts

CURRENCY_SIGNS = [("FCFA", "XOF"), ("k€", "EUR"), ("M€", "EUR"), ("€", "EUR"), ("£", "GBP"),
                  ("US$", "USD"), ("$", "USD"), ("USD", "USD"), ("EUR", "EUR"), ("GBP", "GBP"),
                  ("CHF", "CHF"), ("ZAR", "ZAR"), ("euros", "EUR"), ("dólares", "USD")]


def parse_amount(s: str, lang: str):
    """Value (units of the currency) and ISO currency of an amount as written."""
    m = re.search(r"\d(?:[\d .,\u00a0]*\d)?", s)
    num = m.group().replace(" ", "").replace(NB, "")
    if lang == "en":
        num = num.replace(",", "")
    else:
        if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", num):
            num = num.replace(".", "")
        num = num.replace(",", ".")
    value = float(num)
    after = s[m.end():].strip().lower()
    if re.match(r"k\b|k€|k$", after):
        value *= 1e3
    elif re.match(r"(millions?|millones|million|m€)\b", after) or after.startswith("m€"):
        value *= 1e6
    elif re.match(r"milliards?\b|billion\b", after):
        value *= 1e9
    elif re.match(r"mil\b", after):
        value *= 1e3
    cur = next((iso for sign, iso in CURRENCY_SIGNS if sign in s), None)
    assert cur, f"no currency in amount {s!r}"
    return (int(value) if value == int(value) else round(value, 2)), cur


AMOUNT_SCAN = [
    r"\d[\d .,\u00a0]*(?:k€|M€|€|£|\$)",
    r"(?:€|£|\$)\s?\d[\d.,]*",
    r"\b(?:USD|EUR|GBP|CHF|ZAR|XOF)\s?\d",
    r"\d\s?(?:CHF|USD|EUR|GBP|FCFA|ZAR)\b",
    r"\d\s(?:millions?|mil|milliards?|million)\s(?:d'euros|de FCFA|euros|dólares)",
    r"\d\s(?:euros|dollars|dólares)\b",
]


def check_amounts_marked(plain, spans, where):
    marked = [(s["start"], s["end"]) for s in spans if s["kind"] == "A"]
    for rx in AMOUNT_SCAN:
        for m in re.finditer(rx, plain):
            if not any(a <= m.start() < b or a < m.end() <= b for a, b in marked):
                raise AssertionError(f"{where}: unmarked amount {m.group()!r} in {plain[:70]!r}")


# --------------------------------------------------------------------------- dates

WEEKDAYS = {
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "en": ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
}
MONTHS = {
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
    "en": ["january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
}


def weekday_is_correct(s: str, lang: str) -> bool:
    low = s.lower()
    wd = next(i for i, w in enumerate(WEEKDAYS[lang]) if re.search(rf"\b{w}\b", low))
    day = int(re.search(r"\b(\d{1,2})\b", low).group(1))
    month = next(i for i, w in enumerate(MONTHS[lang], 1) if re.search(rf"\b{w}\b", low))
    year = int(re.search(r"\b(\d{4})\b", low).group(1))
    return dt.date(year, month, day).weekday() == wd


# --------------------------------------------------------------------------- hyphenation

VOWELS = set("aeiouyàâäéèêëîïôöùûüœæáíóú")
KEEP_TOGETHER = {
    "fr": {"ch", "ph", "th", "gn", "bl", "br", "cl", "cr", "dr", "fl", "fr", "gl", "gr",
           "pl", "pr", "tr", "vr"},
    "es": {"ch", "ll", "rr", "bl", "br", "cl", "cr", "dr", "fl", "fr", "gl", "gr", "pl",
           "pr", "tr"},
    "en": {"ch", "ph", "th", "sh", "ck", "gh", "wh", "ng", "qu", "bl", "br", "cl", "cr",
           "dr", "fl", "fr", "gl", "gr", "pl", "pr", "tr", "nd"},
}


def auto_points(word: str, lang: str):
    """Conservative hyphenation points (index = break before word[i])."""
    core = word.rstrip(".,;:!?)»\"'’").replace("’", "'")
    if len(core) < 9 or not re.fullmatch(r"[a-zà-ÿœæ']+", core):
        return []
    pts = []
    for i in range(3, len(core) - (3 if lang == "en" else 2)):
        a, b = core[i - 1], core[i]
        if a == "'" or b == "'" or core[i - 2] == "'" or "'" in core[i:i + 2]:
            continue
        vprev, vnext = core[i - 2] in VOWELS, core[i + 1] in VOWELS
        cons_a, cons_b = a not in VOWELS, b not in VOWELS
        if cons_a and cons_b and vprev and vnext and (a + b) not in KEEP_TOGETHER[lang]:
            pts.append(i)          # VC-CV
        elif lang != "en" and not cons_a and cons_b and vnext and b not in "xy":
            pts.append(i)          # V-CV
    return pts


# --------------------------------------------------------------------------- layout

@dataclass
class Word:
    text: str
    start: int
    bold: bool
    breaks: list  # (index, kind) kind in soft|auto|hard


@dataclass
class Piece:
    text: str      # as displayed (NB -> space, with added hyphen when split)
    start: int
    end: int
    bold: bool
    hyphen: bool = False   # a hyphen was added at the end of this piece


def make_words(plain, bold, spans, soft, hard, lang, auto):
    protected = [False] * len(plain)
    for sp in spans:
        if sp["kind"] in ("D", "A", "E", "N", "X"):
            for k in range(sp["start"], sp["end"]):
                protected[k] = True
    words = []
    for m in re.finditer(r"[^ \n]+|\n", plain):
        if m.group() == "\n":
            words.append(None)
            continue
        s, t = m.start(), m.group()
        brk = [(p - s, "soft") for p in soft if s < p < m.end()]
        brk += [(p - s, "hard") for p in hard if s < p < m.end()]
        if auto and not any(protected[s:m.end()]) and NB not in t:
            brk += [(p, "auto") for p in auto_points(t, lang) if (p, "soft") not in brk]
        words.append(Word(t, s, bold[s], sorted(brk)))
    return words


def break_lines(words, maxw, width, space_w, zone=9.0):
    lines, cur = [[]], 0.0
    queue = deque(words)
    while queue:
        w = queue.popleft()
        if w is None:
            lines.append([])
            cur = 0.0
            continue
        disp = w.text.replace(NB, " ")
        gap = space_w if lines[-1] else 0.0
        ww = width(disp, w.bold)
        if cur + gap + ww <= maxw:
            lines[-1].append(Piece(disp, w.start, w.start + len(w.text), w.bold))
            cur += gap + ww
            continue
        free = maxw - cur - gap
        split = None
        for idx, kind in sorted(w.breaks, reverse=True):
            if kind == "auto" and free < zone:
                continue
            pre = w.text[:idx].replace(NB, " ") + ("" if kind == "hard" else "-")
            if width(pre, w.bold) <= free:
                split = (idx, kind, pre)
                break
        if split:
            idx, kind, pre = split
            lines[-1].append(Piece(pre, w.start, w.start + idx, w.bold, hyphen=kind != "hard"))
            rest = Word(w.text[idx:], w.start + idx, w.bold,
                        [(i - idx, k) for i, k in w.breaks if i > idx])
            lines.append([])
            cur = 0.0
            queue.appendleft(rest)
            continue
        if lines[-1]:
            lines.append([])
            cur = 0.0
            queue.appendleft(w)
            continue
        lines[-1].append(Piece(disp, w.start, w.start + len(w.text), w.bold))  # overlong
        cur += ww
    return [ln for ln in lines]


# --------------------------------------------------------------------------- renderer

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
        base = pdf.yy + lh * 0.72
        if b.bullet and li == 0:
            pdf.set_font("Body", "", size)
            pdf.text(x0 - 4.5, base, b.bullet)
        # group pieces into runs of the same weight; each run carries its spaces
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
        rec.lines.append((pdf.page, round(pdf.yy, 1), " ".join(p.text for p in line)))
        for pc in line:
            placed.append((pc, pdf.page, rec.line_no))
        pdf.yy += lh
    pdf.yy += b.after
    # soft splits actually used
    for k, (pc, page, ln) in enumerate(placed):
        if pc.hyphen and k + 1 < len(placed):
            nxt, npage, _ = placed[k + 1]
            if npage == page:
                rec.soft_splits.append((page, pc.text + "\n" + nxt.text.split(" ")[0]))
    # spans -> pages
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

    def draw_row(cells, bold, fill):
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

    def start_fragment():
        draw_row(header, True, b.ruled)
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
        draw_row(row, is_total, False)
        gold["rows"].append([c for c, _ in row])
        for c, spans in row:
            for sp in spans:
                rec.spans.append(dict(kind=sp["kind"], args=sp["args"], text=sp["text"],
                                      page=pdf.page, page_end=pdf.page, line=0, line_end=0,
                                      raw_break=None, image=False))
    for c, spans in header:
        assert not spans
    rec.tables.append(gold)
    rec.table_splits.append((b.must_split, first_page, gold["page"], b.caption or b.header[0]))
    pdf.yy += b.after + 2.0


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

def build(rep: Report):
    rec0 = Recorder()
    render(rep, None, rec0)          # first pass: count pages for the "Page n / N" footers
    total = rec0.pages
    rec = Recorder()
    data = render(rep, total, rec)
    again = render(rep, total, Recorder())
    assert data == again, f"{rep.name}: rendering is not deterministic"
    return data, rec, total


def make_gold(rep: Report, rec: Recorder):
    sp = rec.spans
    decisions = []
    for s in sp:
        if s["kind"] != "D":
            continue
        outcome, _, refs = s["args"].partition(":")
        assert outcome in {"approved", "adopted", "rejected", "postponed", "agreed"}, outcome
        decisions.append({"page": s["page"], "contains": s["text"], "outcome": outcome,
                          "refs": [r for r in refs.split(",") if r]})
    amounts, seen = [], set()
    for s in sp:
        if s["kind"] != "A":
            continue
        value, cur = parse_amount(s["text"], rep.lang)
        key = (value, cur)
        assert key not in seen, f"{rep.name}: amount {s['text']!r} repeated (value, currency)"
        seen.add(key)
        amounts.append({"as_written": s["text"], "value": value, "currency": cur,
                        "page": s["page"]})
    flags = []
    for fid, kind in rep.flags.items():
        pick = "last"
        if isinstance(kind, tuple):
            kind, pick = kind
        ev = [s for s in sp if s["kind"] == "E" and s["args"] == fid]
        assert ev, f"{rep.name}: flag {fid} has no evidence"
        texts = list(dict.fromkeys(s["text"] for s in ev))
        page = (ev[0] if pick == "first" else ev[-1])["page"]
        if pick != "span-pages":
            assert all(s["page"] == page for s in ev), \
                f"{rep.name}: evidence of {fid} spread over pages {[s['page'] for s in ev]}"
        flags.append({"kind": kind, "page": page, "evidence": texts})
    not_flags = []
    for nid, about in rep.not_flags.items():
        ev = [s["text"] for s in sp if s["kind"] == "N" and s["args"] == nid]
        assert ev, f"{rep.name}: not_flag {nid} has no evidence"
        not_flags.append({"about": about, "evidence": list(dict.fromkeys(ev))})
    used_ids = {s["args"] for s in sp if s["kind"] in "EN"}
    assert used_ids <= set(rep.flags) | set(rep.not_flags), used_ids
    for _, _, role in rep.people:
        assert role in "SM"
    return {
        "file": rep.name + ".pdf",
        "language": rep.lang,
        "meeting": rep.meeting,
        "speakers": [{"name": n, "family": f} for n, f, r in rep.people if r == "S"],
        "mentioned": [{"name": n, "family": f} for n, f, r in rep.people if r == "M"],
        "decisions": decisions,
        "amounts": amounts,
        "tables": rec.tables,
        "flags": flags,
        "not_flags": not_flags,
    }


def verify(rep: Report, pdf_path: Path, rec: Recorder, gold: dict, total: int):
    """Re-read the PDF with pdfplumber: every gold string on the page the gold says."""
    name = rep.name
    with pdfplumber.open(pdf_path) as pdf:
        assert len(pdf.pages) == total, f"{name}: {len(pdf.pages)} pages, expected {total}"
        raw, coll, bodies = {}, {}, []
        for i, page in enumerate(pdf.pages, 1):
            t = page.extract_text() or ""
            raw[i], coll[i] = t, collapse(t)
            if i in rec.image_pages:
                assert not page.chars, f"{name}: image page {i} has a text layer"
                continue
            assert page.chars, f"{name}: page {i} has no text"
            top, bottom = (HEADER_BASE + 4) * MM2PT, (FOOTER_BASE - 6) * MM2PT
            bodies.append(page.crop((0, top, page.width, bottom)).extract_text() or "")
        doc_body = collapse(" ".join(bodies))
        doc_all = collapse(" ".join(coll.values()))

    def on_page(s, page, what):
        if page in rec.image_pages:
            return  # scanned page: no text layer to check against (documented)
        assert collapse(s) in coll[page], f"{name}: {what} {s!r} not found on page {page}"

    for s in rec.spans:
        k = s["kind"]
        if k in "DAEN":
            assert s["page"] == s["page_end"], \
                f"{name}: {k} span {s['text']!r} straddles pages {s['page']}-{s['page_end']}"
            on_page(s["text"], s["page"], {"D": "decision", "A": "amount", "E": "evidence",
                                           "N": "not_flag evidence"}[k])
        elif k == "X":
            if s["args"] == "pb":
                assert s["page"] != s["page_end"], f"{name}: {s['text']!r} not split by a page break"
                assert collapse(s["text"]) in doc_body, f"{name}: {s['text']!r} lost"
            elif s["args"] == "lb":
                assert s["line"] != s["line_end"] and s["raw_break"], \
                    f"{name}: {s['text']!r} not split by a line break"
                page, rawtxt = s["raw_break"]
                assert rawtxt in raw[page], f"{name}: raw {rawtxt!r} not on page {page}"
            else:
                raise ValueError(s["args"])
    for d in gold["decisions"]:
        on_page(d["contains"], d["page"], "decision")
    for a in gold["amounts"]:
        on_page(a["as_written"], a["page"], "amount")
    for f in gold["flags"]:
        for ev in f["evidence"]:
            pages = [s["page"] for s in rec.spans if s["kind"] == "E" and s["text"] == ev]
            assert any(collapse(ev) in coll[p] for p in pages), f"{name}: evidence {ev!r}"
    for f in gold["flags"]:
        if rep.flags_same_page(f):
            for ev in f["evidence"]:
                on_page(ev, f["page"], "flag evidence")
    for nf in gold["not_flags"]:
        for ev in nf["evidence"]:
            assert collapse(ev) in doc_all, f"{name}: not_flag evidence {ev!r}"
    for t in gold["tables"]:
        for row in [t["header"]] + t["rows"]:
            for cell in row:
                if cell:
                    on_page(cell, t["page"], "table cell")
    for n, fam, _ in rep.people:
        assert fam.lower() in n.lower() or fam == n.split()[-1], f"{name}: family {fam!r} of {n!r}"
        assert collapse(n) in doc_body, f"{name}: person {n!r} not in the text"
    for must_split, first, last, label in rec.table_splits:
        assert (first != last) == must_split, \
            f"{name}: table {label!r} on pages {first}-{last}, must_split={must_split}"
    for page, split in rec.soft_splits:
        assert split in raw[page], f"{name}: soft split {split!r} not on page {page}"
    assert len(rec.soft_splits) >= rep.min_soft_splits, \
        f"{name}: only {len(rec.soft_splits)} end-of-line hyphenations"
    for s, ok in rep.weekday_checks:
        assert weekday_is_correct(s, rep.lang) == ok, f"{name}: weekday check {s!r}"
        assert collapse(s) in doc_all, f"{name}: date {s!r} not in text"
    for total_, parts, ok in rep.sum_checks:
        assert (abs(sum(parts) - total_) < 1e-6) == ok, f"{name}: sum check {total_}"
    for plain, spans, where in rec.text_by_block:
        check_amounts_marked(plain, spans, where)


def _flags_same_page(self, f):
    kinds = {k if isinstance(k, str) else k[0]: (k[1] if isinstance(k, tuple) else "last")
             for k in self.flags.values()}
    return kinds.get(f["kind"]) != "span-pages"


Report.flags_same_page = _flags_same_page


def dump_gold(gold: dict) -> str:
    """JSON with one list item per line (readable diffs), keys in the documented order."""
    out = ["{"]
    keys = list(gold)
    for i, k in enumerate(keys):
        v = gold[k]
        comma = "," if i < len(keys) - 1 else ""
        if isinstance(v, list) and v:
            out.append(f"  {json.dumps(k)}: [")
            for j, item in enumerate(v):
                c2 = "," if j < len(v) - 1 else ""
                out.append("    " + json.dumps(item, ensure_ascii=False) + c2)
            out.append("  ]" + comma)
        else:
            out.append(f"  {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}{comma}")
    out.append("}")
    text = "\n".join(out) + "\n"
    assert json.loads(text) == gold
    return text


README_NOTES = """
## Gold conventions (choices a consumer should know)

- **speakers / mentioned.** `speakers` are people who chair, present or speak, including
  someone who acts only through a role: in report 08 "Le Secrétaire exécutif a présenté…" is
  M. Hervé LE GALL, named once in the attendance list. Attendees who never act, excused or
  absent members, and people only referred to are `mentioned` (e.g. the "Present:" trustees of
  report 02 who never speak). `name` is the fullest form as written, honorific included.
- **family** is the family name as written (case kept): hyphenated families whole
  ("CASTAGNÉ-DUVERNOY"), particles kept ("LE GALL", "LE ROUX", "de VILLENEUVE",
  "van der BERG"), both Spanish surnames ("Ferrández Olmo", "Pereira da Costa"), "McCARTHY".
  A family-name-first name "KIM Jae-won" has family "KIM". A person written with a given name
  only, "Mme Carla (nom non indiqué)" (report 08), has name "Mme Carla" and family "Carla":
  the given name is the only key the text offers.
- **decisions.** `contains` is a distinctive substring of the decision sentence; `page` is
  the page holding that substring. In report 07 one decision sentence runs across the page
  break; its `contains` is the part on page 1. Outcomes: approuvé / validé / autorise /
  maintenus / attribuées / approved / se aprobó → `approved`; adopté / adopted / se adoptó →
  `adopted`; "Il a été convenu", "It was agreed" → `agreed`; deferred / reporter / aplazar →
  `postponed`; "The motion was rejected" → `rejected`. `refs` are the document codes cited in
  the decision sentence or in the heading of the agenda item it closes, without the body tag
  ("CA 5-0" → "5-0"). Proposals ("It is proposed that the Board approve…"), reported speech
  about another body's approval, "will be asked to approve … at its next meeting", thanks and
  questions are not decisions (report 07 is built around them).
- **amounts.** Every monetary figure in running text, including the parts of stated sums
  and the one on the scanned page; `value` in units of the currency (k / million / mil /
  millions expanded, decimals kept), FCFA → `XOF`. Numbers in table cells carry no currency
  mark and are listed under `tables`, not `amounts`. Not amounts: "COP 29" (report 01, a
  conference, not Colombian pesos), percentages, years. No (value, currency) pair repeats
  within a document.
- **tables.** One entry per table per page. Report 05's Table 2 continues across a page break
  with its header row repeated, so it has two entries (pages 2 and 3). Captions are not
  table rows; the total row is the last row. Report 04's table has no ruling at all.
- **flags.** `page` is where the slip shows (the later of its evidence pages); evidence
  strings are verbatim and short. The chair_mismatch of report 06 has evidence on two pages.
  Cross-meeting flags sit in the later report (10) and quote only that report; report 09
  holds the true values (mardi 19 septembre 2023; 1 480 000 €).
- **meeting.** `date` is the meeting date (not the "Version" or creation date in the
  footer); report 07 keeps the written date 2024-03-12 despite the wrong weekday. Report 06 is
  the 8th Bureau meeting even though its cover code is "Document Bureau 9-1" (the number it
  was tabled under at the 9th). Report 04 (a municipal council) has `ordinal` null. `place`
  is the city.
- **scanned page.** Page 4 of report 05 is an image with no text layer (rendered with
  Pillow). Its decision and amount are in the gold because a careful reader sees them, but
  only OCR can find them; the build checks that the page really has no text, not the strings.

## What the build asserts

Every decision `contains`, amount, table cell and flag evidence is found with pdfplumber on
its gold page (whitespace collapsed); every name is found in the page bodies; planted layout
effects really happen (the decision across the page break, "Mme Marie-Claude" / "TREMBLAY"
across pages, "FERRAND-" / "AUBRY" at a line end, each end-of-line hyphenation); weekdays and
sums are computed with Python (right ones must be right, planted ones wrong); every
currency-looking figure in the text is annotated; rendering twice gives identical bytes.
"""


def write_readme(reports, results, golds):
    lines = [
        "# Sample corpus: invented meeting reports with gold annotations",
        "",
        "Built by `python corpus/build.py` (fpdf2, DejaVu fonts from matplotlib's bundle, fixed",
        "creation dates: rebuilding gives byte-identical PDFs). Every body, person, number and",
        "sentence is invented. Each `NAME.pdf` has a `NAME.gold.json` beside it, in the format of",
        "`/work/shared/gold-format.md`. Text and gold come from one Python data structure per",
        "report in `build.py` (inline markup marks decisions, amounts and evidence), and the build",
        "re-reads every PDF with pdfplumber and fails if a gold string is not on its gold page.",
        "",
        f"{sum(1 for g in golds.values() if not g['flags'])} of the {len(golds)} reports are free "
        "of slips; the others carry one or two each, and",
        "every flag kind in `/work/shared/datasets.md` is planted at least once.",
        "",
        "| file | lang | pages | what it stresses | planted slips (gold `flags`) |",
        "| --- | --- | --- | --- | --- |",
    ]
    for rep in reports:
        gold = golds[rep.name]
        slips = "; ".join(f"`{f['kind']}` p.{f['page']}: {rep.slips.get(f['kind'], '')}"
                          for f in gold["flags"]) or "none"
        look = "; ".join(nf["about"] for nf in gold["not_flags"])
        lines.append(f"| `{rep.name}.pdf` | {rep.lang} | {results[rep.name]} | {rep.stresses}."
                     f" Look-alikes (`not_flags`): {look}. | {slips} |")
    lines += README_NOTES.splitlines()
    return lines


# --------------------------------------------------------------------------- reports

def T0(y, m, d, h=18):
    return dt.datetime(y, m, d, h, 0, 0, tzinfo=dt.timezone.utc)


def footer_page_of(fmt, left=""):
    return lambda p, t: {"left": left, "right": fmt.format(p=p, t=t)}


# ---- 01 ------------------------------------------------------------------------------
def r01():
    return Report(
        name="01_deltas_vivants_ca5_fr",
        lang="fr",
        title="Rapport de la 5e réunion du Conseil d'administration",
        meeting={"body": "Conseil d'administration", "ordinal": 5, "date": "2023-11-14",
                 "place": "Lisbonne"},
        header_left="Initiative internationale « Deltas Vivants »",
        header_right="Conseil d'administration – Rapport CA-5",
        footer=lambda p, t: {"left": "Version : 12 décembre 2023", "right": f"{p} | P a g e"},
        created=T0(2023, 12, 12),
        stresses="French board report like the seed: ruled partner table with total row, "
                 "k€ / € / £ amounts, honorifics M./Mme/Dr, hyphenated family names, "
                 "decisions with document codes CA 5-x, target years, 'COP 29' (not an amount)",
        slips={"year_mismatch": "table row \"Total 2022\" under text giving the figures \"pour 2023\"",
               "sum_mismatch": "\"900 k€ (600 k€ … + 250 k€ …)\": the parts add up to 850 k€"},
        people=[
            ("M. Gérald MONTFORT", "MONTFORT", "S"),
            ("Mme Inês CARVALHO-PINTO", "CARVALHO-PINTO", "S"),
            ("Dr Samuel OKONJO", "OKONJO", "S"),
            ("Mme Aurélie CASTAGNÉ-DUVERNOY", "CASTAGNÉ-DUVERNOY", "S"),
            ("M. Rui ANTUNES", "ANTUNES", "S"),
            ("Mme Ingrid HALVORSEN", "HALVORSEN", "S"),
            ("M. Paul-Henri LACOMBE", "LACOMBE", "S"),
            ("Mme Véronique DELMAS", "DELMAS", "M"),
            ("Pr Tiago MARQUES", "MARQUES", "M"),
        ],
        flags={"y1": "year_mismatch", "s2": "sum_mismatch"},
        not_flags={"s1": "612 k€ = 480 k€ + 132 k€ (stated sum is right)",
                   "t1": "target year of the strategic plan, not a reporting year",
                   "t2": "target year, not a reporting year"},
        weekday_checks=[("mardi 14 novembre 2023", True)],
        sum_checks=[(612, [480, 132], True), (900, [600, 250], False)],
        blocks=[
            C("Initiative internationale « Deltas Vivants »", size=17, bold=True, after=1.5),
            C("Des estuaires résilients pour l'alimentation et la biodiversité", size=11, after=6),
            C("Rapport de la 5e réunion du Conseil d'administration", size=14, bold=True, after=2),
            C("mardi 14 novembre 2023", size=11, after=1),
            C("Lisbonne (Portugal) et en ligne", size=11, after=8),
            H("Ouverture"),
            P("La 5e réunion du Conseil d'administration a été ouverte à 9 h 30 par M. Gérald "
              "MONTFORT, Président du Conseil, qui a remercié la municipalité de Lisbonne pour "
              "son accueil ainsi que les administrateurs connectés à distance depuis quatorze "
              "pays. Il a rappelé que l'Initiative, lancée il y a six ans, rassemble désormais des "
              "organisations de trois continents autour d'un objectif commun : restaurer les "
              "fonctions écologiques des deltas tout en sécurisant les moyens d'existence des "
              "populations riveraines, qu'il s'agisse de la riziculture, de la pêche artisanale "
              "ou de l'ostréiculture."),
            P("Il a salué la présence de Mme Inês CARVALHO-PINTO, Vice-Présidente, et du Dr Samuel "
              "OKONJO, Président du CST, et a transmis les excuses de Mme Véronique DELMAS, "
              "administratrice, retenue par une mission de terrain. Le quorum étant atteint "
              "(11 administrateurs présents ou représentés sur 13), le Conseil a pu délibérer "
              "valablement."),
            P("{{D:approved:5-0|L'ordre du jour (voir document CA 5-0) a été approuvé}}."),
            P("Le rapport de la 4e réunion, tenue à Dakar le 9 mai 2023, "
              "{{D:approved:5-1|a également été approuvé (voir document CA 5-1)}}."),
            H("Accueil des nouveaux partenaires et membres (voir document CA 5-2)"),
            P("Depuis la 4e réunion, le Secrétariat exécutif a instruit 71 dossiers de "
              "candidature. Après vérification des statuts et des lettres d'engagement, 64 "
              "organisations ont été retenues comme partenaires, dont 31 ont également sollicité "
              "le statut de membre ; sept dossiers incomplets ont été renvoyés à leurs auteurs. "
              "Le tableau suivant présente la répartition par catégorie des nouveaux partenaires "
              "et membres {{E:y1|pour 2023}} :"),
            TABLE(["Catégorie", "Partenaires", "dont membres"],
                  [["États et collectivités territoriales", "3", "2"],
                   ["Organisations intergouvernementales", "2", "2"],
                   ["Établissements de recherche et universités", "9", "6"],
                   ["Associations et ONG", "21", "15"],
                   ["Organisations de producteurs et de pêcheurs", "7", "5"],
                   ["Entreprises privées", "19", "-"],
                   ["Fondations", "3", "1"],
                   ["{{E:y1|Total 2022}}", "64", "31"]],
                  [100, 35, 35], "LCC", total_check={"cols": [1, 2], "ok": True}),
            P("{{D:approved:5-2|Le Conseil a validé les 64 nouvelles adhésions}} et a confirmé "
              "les admissions prononcées à titre provisoire par le Président entre deux "
              "réunions."),
            H("Rapport d'activités 2023 (voir document CA 5-3)"),
            P("Mme Aurélie CASTAGNÉ-DUVERNOY, Secrétaire exécutive, a présenté les activités "
              "conduites depuis la dernière réunion : trois ateliers régionaux (Saint-Louis, "
              "Belfast et Hô Chi Minh-Ville), une série de six webinaires sur la restauration des "
              "mangroves et la mise en ligne d'un observatoire des pratiques. L'atelier de Belfast, "
              "organisé avec une université partenaire, a coûté {{A|3.500 £}}, entièrement pris en "
              "charge par un mécène local. Elle a souligné que l'équipe du Secrétariat reste "
              "réduite à quatre personnes, complétées par des consultants, et que la charge "
              "d'administration liée aux adhésions a fortement augmenté."),
            P("M. Rui ANTUNES a demandé si l'observatoire des pratiques serait ouvert aux "
              "organisations non membres. Mme CASTAGNÉ-DUVERNOY a répondu que la consultation "
              "serait libre, mais que seuls les partenaires pourraient y déposer des fiches. "
              "Mme Ingrid HALVORSEN a suggéré de traduire les fiches en anglais et en espagnol ; "
              "le Secrétariat étudiera le coût de cette traduction."),
            P("{{D:adopted:5-3|Le rapport d'activités 2023 a été adopté}}."),
            H("Orientations du Comité scientifique et technique"),
            P("Le Dr Samuel OKONJO, Président du CST, a présenté les recommandations du Comité, "
              "élaborées à partir de l'étude comparative coordonnée par le Pr Tiago MARQUES sur "
              "douze deltas. Il a rappelé que les indicateurs retenus doivent permettre de "
              "suivre les {{N:t2|cibles 2030}} du {{N:t1|Plan stratégique 2050}}, en particulier "
              "la surface de zones humides restaurées et le revenu des ménages riverains :"),
            LI("harmoniser les protocoles de mesure de la salinité et de la sédimentation ;"),
            LI("constituer une base de données ouverte sur les sites pilotes ;"),
            LI("associer systématiquement les organisations de pêcheurs à la conception des "
               "projets de terrain ;"),
            LI("préparer, avec le Secrétariat, un troisième appel à projets.", after=2),
            P("M. Paul-Henri LACOMBE a salué la qualité du travail et a demandé que la base de "
              "données respecte les règles de confidentialité des communautés locales. "
              "Mme Inês CARVALHO-PINTO a proposé que le CST publie chaque année une note de "
              "synthèse destinée aux décideurs."),
            P("{{D:agreed|Il a été convenu que le CST présenterait une note méthodologique}} sur "
              "les indicateurs lors de la prochaine réunion du Conseil."),
            H("Budget 2023 et projet de budget 2024 (voir document CA 5-4)"),
            P("Le Secrétariat exécutif a présenté l'exécution du budget 2023 et le projet de "
              "budget 2024. Le budget voté pour 2023 s'élevait à {{N:s1|{{A|612 k€}}}} "
              "({{A|480 k€}} pour le fonctionnement courant + {{A|132 k€}} consacrés aux ateliers "
              "régionaux) ; au 31 octobre, les encaissements ne représentaient que "
              "{{A|418 250 €}} et les dépenses {{A|365 900 €}}, dont {{A|27 400 €}} de frais de "
              "gestion. Les contributions en nature, "
              "notamment la mise à disposition de locaux, ne sont pas comptabilisées."),
            P("Pour 2024, le Secrétariat propose un budget total de {{E:s2|{{A|900 k€}}}} "
              "({{E:s2|{{A|600 k€}}}} de fonctionnement + {{E:s2|{{A|250 k€}}}} pour le programme "
              "de terrain dans les deltas pilotes). La Fondation Océanide a par ailleurs confirmé "
              "une contribution pluriannuelle de {{A|1 250 000 €}} sur la période 2024-2026, dont "
              "le premier versement est attendu en février."),
            P("Mme Ingrid HALVORSEN a demandé comment le Secrétariat comptait sécuriser le "
              "financement du poste de chargé de communication. La Secrétaire exécutive a indiqué "
              "que deux demandes sont en cours d'instruction auprès de bailleurs bilatéraux et "
              "qu'un point d'étape serait présenté au Conseil en juin."),
            P("{{D:approved:5-4|Le Conseil a approuvé le budget 2024}} tel que présenté par le "
              "Secrétariat exécutif."),
            H("Calendrier 2024"),
            P("La 6e réunion du Conseil se tiendra en novembre 2024, en marge de la COP 29 ; le "
              "Secrétariat proposera une date après consultation des administrateurs. "
              "{{D:approved|Le Conseil a approuvé le calendrier des réunions statutaires pour "
              "2024}}, qui prévoit également deux réunions du CST en ligne."),
            H("Clôture"),
            P("L'ordre du jour étant épuisé, la séance a été levée à 17 h 15 par le Président, "
              "M. Gérald MONTFORT, qui a remercié les interprètes ainsi que l'équipe du "
              "Secrétariat exécutif pour la préparation de la réunion."),
        ],
    )


# ---- 02 ------------------------------------------------------------------------------
def r02():
    return Report(
        name="02_tessaline_board12_en",
        lang="en",
        title="Minutes of the 12th Meeting of the Board of Trustees",
        meeting={"body": "Board of Trustees", "ordinal": 12, "date": "2023-05-02",
                 "place": "Geneva"},
        header_left="Tessaline Foundation for Rural Schools",
        header_right="BT/12/MIN – Approved text",
        footer=footer_page_of("Page {p} / {t}"),
        created=T0(2023, 5, 22),
        stresses="English foundation board: 'Tuesday, 2 May 2023' date, attendance list of "
                 "trustees who never speak (gold: mentioned), a family-name-first trustee "
                 "'KIM Jae-won' who does speak, $/USD/€ amounts in 'million'/'k' forms, "
                 "'adopted unanimously', 'It was agreed that'",
        slips={},
        people=[
            ("Dr Helen ASHWORTH", "ASHWORTH", "S"),
            ("Mr Tomás REYNOLDS", "REYNOLDS", "S"),
            ("Ms Priya NAIR-COLLINS", "NAIR-COLLINS", "S"),
            ("KIM Jae-won", "KIM", "S"),
            ("Ms Olufunke ADEYEMI", "ADEYEMI", "S"),
            ("Mr Lars EKDAHL", "EKDAHL", "M"),
            ("Ms Beatriz SOUTO", "SOUTO", "M"),
            ("Ms Rachel OYELARAN", "OYELARAN", "M"),
            ("Prof. Daniel WEBER", "WEBER", "M"),
            ("Mr Graham PEEL", "PEEL", "M"),
        ],
        not_flags={"w1": "weekday is right (2 May 2023 was a Tuesday)",
                   "w2": "weekday is right (12 October 2023 was a Thursday)",
                   "s1": "stated surplus is right (2.14 - 1.96 = 0.18 million)",
                   "t1": "target year of the strategy, not a reporting year"},
        weekday_checks=[("Tuesday, 2 May 2023", True), ("Thursday, 12 October 2023", True)],
        sum_checks=[(0.18, [2.14, -1.96], True)],
        blocks=[
            C("Tessaline Foundation for Rural Schools", size=16, bold=True, after=2),
            C("Minutes of the 12th Meeting of the Board of Trustees", size=13.5, bold=True,
              after=2),
            C("{{N:w1|Tuesday, 2 May 2023}}, 10:00 – 16:30", size=11, after=1),
            C("Foundation offices, Rue des Vignerons 14, Geneva", size=11, after=7),
            P("**Present:** Dr Helen ASHWORTH (Chair), Mr Tomás REYNOLDS (Treasurer), "
              "KIM Jae-won, Ms Olufunke ADEYEMI, Mr Lars EKDAHL, Ms Beatriz SOUTO."),
            P("**In attendance:** Ms Priya NAIR-COLLINS (Chief Executive), Ms Rachel OYELARAN "
              "(Board Secretary, minutes)."),
            P("**Apologies:** Prof. Daniel WEBER.", after=4),
            H("1. Welcome, apologies and declarations of interest"),
            P("The Chair welcomed trustees to the twelfth meeting of the Board and thanked the "
              "Geneva office for hosting it. Apologies were re~ceived from Prof. Daniel WEBER, who "
              "had sent written comments on the strategy paper. No new declarations of interest "
              "were made; the register of interests will be circulated again with the next "
              "papers."),
            P("{{D:adopted:12-0|The agenda (document 12-0) was adopted unanimously}}."),
            H("2. Minutes of the previous meeting and matters arising"),
            P("{{D:approved:12-1|The Board approved the minutes of the 11th meeting (document "
              "12-1)}} without amendment. On matters arising, the Chief Executive confirmed that "
              "the safeguarding policy had been translated into Portuguese and Swahili and "
              "distributed to all partner schools."),
            H("3. Report of the Chief Executive (document 12-2)"),
            P("Ms Priya NAIR-COLLINS presented her report. The reading programme now reaches 212 "
              "rural schools in four countries, against 168 a year ago, and the teacher mentoring "
              "scheme has been extended to two additional districts. A grant of "
              "{{A|USD 450,000}} from the Harrowgate Charitable Trust was received in March and "
              "will fund the second phase of the mobile library project over two years. She "
              "drew the Board's attention to rising transport costs, which had forced the "
              "programme team to re~sched~ule several field visits, and to the difficulty of "
              "re~cruit~ing qualified district co~or~di~na~tors."),
            P("KIM Jae-won asked whether the report could include data on teacher retention in "
              "the schools supported for more than three years. The Chief Executive replied that "
              "the data existed but had not yet been cleaned, and that a first analysis could be "
              "ready by the summer. Ms Olufunke ADEYEMI welcomed the growth of the programme but "
              "cautioned against expanding faster than the monitoring capacity of the country "
              "teams."),
            P("{{D:agreed|It was agreed that the Chief Executive would circulate the retention "
              "analysis}} to trustees by 30 June 2023."),
            H("4. Audited accounts 2022 (document 12-3)"),
            P("Mr Tomás REYNOLDS, Treasurer, presented the audited accounts for 2022. Total "
              "income was {{A|$2.14 million}} and total expenditure {{A|$1.96 million}}, giving "
              "a surplus of {{N:s1|{{A|$0.18 million}}}}, which has been added to the "
              "unrestricted reserves. The auditors, represented by Mr Graham PEEL, had issued an "
              "unqualified opinion and had made two minor recom~men~da~tions on the docu~men~ta~tion "
              "of petty cash in the country offices."),
            P("{{D:adopted:12-3|The audited accounts for 2022 were adopted unanimously}}."),
            H("5. Work plan and budget 2023-24 (document 12-4)"),
            P("The Chief Executive introduced the work plan, which is aligned with the "
              "Foundation's {{N:t1|Strategy 2030}} and concentrates new spending on teacher "
              "training and on the replacement of worn-out reading kits. The Treasurer noted that "
              "the autumn donors' event in Brussels would cost about {{A|€85k}}, to be covered "
              "entirely by corporate spon~sor~ship, and that the budget kept a con~tin~gency line "
              "of 4 per cent of programme costs."),
            P("In discussion, trustees asked for the contingency to be reported separately in "
              "the quarterly accounts. {{D:approved:12-4|The Board approved the 2023-24 work "
              "plan and a total budget of {{A|$1.2 million}}}}."),
            H("6. Risk register and safeguarding"),
            P("The Chief Executive presented the updated risk register. The two highest risks "
              "remain the de~pen~dence on a small number of large donors and the safety of staff "
              "travelling to remote schools during the rainy season. Trustees discussed the "
              "mit~i~ga~tion measures and asked that the register show, for each risk, the "
              "person re~spon~si~ble and the date of the last review. The safe~guard~ing lead "
              "reported two concerns raised since the last meeting, both handled in line with "
              "the policy and closed; no referral to the au~thor~i~ties had been necessary."),
            P("Ms Olufunke ADEYEMI asked whether partner schools received regular training on "
              "the reporting procedure. The Chief Executive confirmed that a refresher session "
              "is part of every mon~i~tor~ing visit and that a short illustrated guide for "
              "teachers is being printed in three languages."),
            H("7. Governance"),
            P("The Chair reported that the Nominations Committee had reviewed the com~po~si~tion of "
              "the Board's committees. {{D:agreed|It was agreed that Ms Olufunke ADEYEMI would "
              "chair the Programme Committee}} from 1 July 2023, succeeding the Chair, who had "
              "held the role on an interim basis."),
            H("8. Any other business and date of next meeting"),
            P("There was no other business. The next meeting will be held on "
              "{{N:w2|Thursday, 12 October 2023}} in Geneva, with the option of joining online. "
              "The Chair closed the meeting at 16:20 and thanked the staff for the quality of "
              "the papers."),
        ],
    )


# ---- 03 ------------------------------------------------------------------------------
def r03():
    return Report(
        name="03_risn_asamblea5_es",
        lang="es",
        font="serif",
        title="Acta de la 5ª reunión de la Asamblea General",
        meeting={"body": "Asamblea General", "ordinal": 5, "date": "2025-04-24",
                 "place": "Montevideo"},
        header_left="Red Iberoamericana de Semillas Nativas (RISN)",
        header_right="Acta AG-5",
        footer=footer_page_of("Página {p} de {t}"),
        created=T0(2025, 5, 9),
        stresses="Spanish acta: '5ª' / 'quinta reunión', mixed-case names with two family "
                 "names (Sr./Sra./Dra.), Spanish number formats (USD 30.000, 1.500.000 €, "
                 "250 mil euros), vote tally, a postponed item, ruled budget table whose "
                 "total row says 'Total 2025' and is right",
        slips={},
        people=[
            ("Sra. Lucía Ferrández Olmo", "Ferrández Olmo", "S"),
            ("Sra. Mercedes Aguirre Bastos", "Aguirre Bastos", "S"),
            ("Sr. Álvaro Quintana Ruiz", "Quintana Ruiz", "S"),
            ("Dra. Beatriz Olmedo Sanz", "Olmedo Sanz", "S"),
            ("Sr. Joaquim Pereira da Costa", "Pereira da Costa", "S"),
            ("Sra. Ximena Lautaro", "Lautaro", "S"),
            ("Sr. Fernando Ibarra Celis", "Ibarra Celis", "M"),
            ("Sra. Rosa Linares", "Linares", "M"),
        ],
        not_flags={"w1": "weekday is right (24 April 2025 was a Thursday)",
                   "v1": "tally 12 + 2 + 1 = 15 voting members present",
                   "b1": "budget table sums to its total, and the total year matches the text"},
        weekday_checks=[("jueves 24 de abril de 2025", True)],
        sum_checks=[(15, [12, 2, 1], True)],
        blocks=[
            C("Red Iberoamericana de Semillas Nativas", size=16, bold=True, after=2),
            C("ACTA DE LA 5ª REUNIÓN DE LA ASAMBLEA GENERAL", size=13.5, bold=True, after=2),
            C("Montevideo (Uruguay), {{N:w1|jueves 24 de abril de 2025}}", size=11, after=8),
            H("1. Apertura de la sesión"),
            P("En la ciudad de Montevideo, siendo las 9:15 horas, se reunió en su quinta "
              "reunión ordinaria la Asamblea General de la Red Iberoamericana de Semillas "
              "Nativas, bajo la presidencia de la Sra. Lucía Ferrández Olmo, Presidenta de la "
              "Red, con la asistencia de 15 de los 17 miembros con derecho a voto. Actuó como "
              "secretaria la Sra. Mercedes Aguirre Bastos, Secretaria General."),
            P("La Presidenta dio la bienvenida a las delegaciones y leyó un mensaje del Ministro "
              "de Ganadería y Agricultura, Sr. Fernando Ibarra Celis, quien no pudo asistir y "
              "reiteró el apoyo de su ministerio a los bancos comunitarios de semillas. "
              "Constatado el quórum, {{D:approved:5-0|se aprobó el orden del día (documento AG "
              "5-0)}} sin modificaciones."),
            H("2. Aprobación del acta de la reunión anterior"),
            P("{{D:approved:5-1|La Asamblea aprobó por unanimidad el acta de la cuarta "
              "reunión}} (documento AG 5-1), celebrada en Cusco el 18 de abril de 2024, con una "
              "corrección menor en la lista de asistentes."),
            H("3. Informe de la Secretaría General (documento AG 5-2)"),
            P("La Sra. Mercedes Aguirre Bastos presentó el informe de actividades del año. La "
              "Red cuenta ahora con 64 organizaciones miembro en once países; durante el "
              "ejercicio se organizaron dos ferias regionales de intercambio de semillas y un "
              "curso virtual sobre conservación en finca que reunió a más de trescientos "
              "participantes. Destacó el fondo semilla de {{A|USD 30.000}} aportado por una "
              "cooperativa canadiense, que permitió equipar cuatro bancos comunitarios con "
              "cámaras de secado. El estudio sobre variedades locales de maíz, preparado por la "
              "consultora Sra. Rosa Linares, se publicará en junio."),
            P("El Sr. Joaquim Pereira da Costa, de la delegación de Brasil, felicitó a la "
              "Secretaría y preguntó si el curso virtual podría ofrecerse también en portugués. "
              "La Secretaria General respondió que se buscaría financiación para la traducción. "
              "La Sra. Ximena Lautaro, de Chile, pidió que el próximo informe incluya indicadores "
              "de género."),
            H("4. Modificación de los Estatutos (documento AG 5-3)"),
            P("La Dra. Beatriz Olmedo Sanz, coordinadora del Comité Técnico, explicó la propuesta "
              "de modificación del artículo 9 de los Estatutos, que permite la incorporación de "
              "universidades como miembros asociados sin derecho a voto. Varias delegaciones "
              "expresaron su preocupación por el posible peso de la investigación académica en "
              "las decisiones de la Red; otras destacaron el valor de la colaboración con los "
              "centros de investigación."),
            P("Tras el debate, {{D:approved:5-3|la Asamblea aprobó, {{N:v1|con 12 votos a favor, "
              "2 en contra y 1 abstención}}, la modificación del artículo 9}} de los Estatutos."),
            H("5. Presupuesto 2025 (documento AG 5-4)"),
            P("El Tesorero, Sr. Álvaro Quintana Ruiz, presentó el presupuesto para el año 2025 "
              "por un monto total de {{A|1.500.000 €}}, del cual {{A|250 mil euros}} "
              "corresponden al programa de bancos comunitarios de semillas. Recordó que las "
              "cuotas de los miembros solo cubren una parte de los gastos de la Secretaría y que "
              "el resto depende de proyectos. El cuadro siguiente resume el presupuesto 2025 "
              "por programa:"),
            TABLE(["Programa", "Monto (EUR)"],
                  [["Bancos comunitarios de semillas", "250.000"],
                   ["Investigación participativa", "420.000"],
                   ["Formación y extensión", "310.000"],
                   ["Comunicación e incidencia", "145.000"],
                   ["Secretaría y gobernanza", "375.000"],
                   ["{{N:b1|Total 2025}}", "1.500.000"]],
                  [120, 50], "LR", total_check={"cols": [1], "ok": True}),
            P("{{D:adopted:5-4|Se adoptó el presupuesto 2025}} por unanimidad."),
            H("6. Sede de la Secretaría"),
            P("La Presidenta informó que dos gobiernos han ofrecido acoger la Secretaría a partir "
              "de 2026. Varias delegaciones pidieron conocer las condiciones de ambas ofertas "
              "antes de pronunciarse. {{D:postponed|Se acordó aplazar a la próxima reunión la "
              "decisión sobre el traslado de la sede}}, y se encargó a la Secretaría un análisis "
              "comparativo de las dos propuestas."),
            H("7. Cierre"),
            P("Siendo las 17:40 horas y no habiendo más asuntos que tratar, la Presidenta, "
              "Sra. Lucía Ferrández Olmo, levantó la sesión, de la que se extiende la presente "
              "acta."),
        ],
    )


# ---- 04 ------------------------------------------------------------------------------
def r04():
    ws_budget = TABLE(
        ["Chapitre", "Libellé", "BP 2022", "BP 2023"],
        [["011", "Charges à caractère général", "398 200", "412 600"],
         ["012", "Charges de personnel", "571 900", "598 300"],
         ["65", "Autres charges de gestion courante", "139 450", "143 900"],
         ["66", "Charges financières", "24 300", "21 700"],
         ["023", "Virement à la section d'investissement", "88 150", "96 500"],
         ["", "Total dépenses de fonctionnement", "{{N:b1|1 222 000}}", "{{N:b1|1 273 000}}"]],
        [22, 88, 30, 30], "LLRR", ruled=False, total_check={"cols": [2, 3], "ok": True},
        caption="Section de fonctionnement – dépenses par chapitre (en euros)")
    return Report(
        name="04_brassac_conseil_municipal_fr",
        lang="fr",
        title="Procès-verbal de la séance du Conseil municipal du 7 avril 2023",
        meeting={"body": "Conseil municipal", "ordinal": None, "date": "2023-04-07",
                 "place": "Brassac-les-Tilleuls"},
        header_left="Commune de Brassac-les-Tilleuls",
        header_right="Procès-verbal CM 2023-03",
        footer=lambda p, t: {"left": "Conseil municipal – séance du 7 avril 2023",
                             "right": f"{p}/{t}"},
        created=T0(2023, 4, 14),
        stresses="French municipal minutes: numbered agenda items each closed by a vote "
                 "tally ('14 votes pour', '12 votes pour / 2 abstentions'), long attendance "
                 "list, whitespace-only budget table (no rules) with a correct total row, "
                 "decimal euros, a lawful change of chair for one item (not a slip)",
        slips={},
        people=[
            ("M. Didier FOURCADE", "FOURCADE", "S"),
            ("Mme Chantal LEBRETON", "LEBRETON", "S"),
            ("M. Yannick PERRAUDIN", "PERRAUDIN", "S"),
            ("Mme Sylvie MARCHAND-GIRAUD", "MARCHAND-GIRAUD", "S"),
            ("M. Alain COSTES", "COSTES", "S"),
            ("Mme Nathalie ROUQUETTE", "ROUQUETTE", "M"),
            ("M. Bruno TESSIER", "TESSIER", "M"),
            ("Mme Élodie VIGUIER", "VIGUIER", "M"),
            ("M. Marc-Antoine BLANCHET", "BLANCHET", "S"),
            ("Mme Josiane FABRE", "FABRE", "M"),
            ("M. Hugo LESTRADE", "LESTRADE", "M"),
            ("Mme Karine DELPECH", "DELPECH", "M"),
            ("M. Patrick SOULIÉ", "SOULIÉ", "M"),
            ("M. Jérôme CAZALS", "CAZALS", "M"),
            ("Mme Laure BESSIÈRE", "BESSIÈRE", "M"),
        ],
        not_flags={"w1": "weekday is right (7 April 2023 was a Friday)",
                   "b1": "both budget columns sum to their total row",
                   "s1": "subsidies add up: 3 200 + 2 500 + 1 150 + 1 500 = 8 350 €",
                   "c1": "the mayor lawfully hands the chair to the eldest member for the "
                         "administrative-account vote; not a chair mismatch",
                   "p1": "30 % of 162 000 € is 48 600 €"},
        weekday_checks=[("vendredi 7 avril 2023", True)],
        sum_checks=[(8350, [3200, 2500, 1150, 1500], True), (48600, [162000 * 0.3], True)],
        blocks=[
            C("Commune de Brassac-les-Tilleuls", size=15, bold=True, after=2),
            C("PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL", size=13, bold=True, after=2),
            C("Séance du {{N:w1|vendredi 7 avril 2023}} à 20 h 00 – salle du conseil, mairie",
              size=11, after=7),
            P("Date de convocation : 31 mars 2023. Conseillers en exercice : 15. Présents : 13. "
              "Représentés : 1. Votants : 14."),
            P("**Présents :** M. Didier FOURCADE, Maire ; Mme Chantal LEBRETON, M. Yannick "
              "PERRAUDIN, Mme Sylvie MARCHAND-GIRAUD, M. Alain COSTES, Mme Nathalie ROUQUETTE, "
              "M. Bruno TESSIER, Mme Élodie VIGUIER, M. Marc-Antoine BLANCHET, Mme Josiane FABRE, "
              "M. Hugo LESTRADE, Mme Karine DELPECH, M. Patrick SOULIÉ."),
            P("**Absent représenté :** M. Jérôme CAZALS (pouvoir à M. Didier FOURCADE). "
              "**Absente excusée :** Mme Laure BESSIÈRE."),
            P("**Secrétaire de séance :** Mme Chantal LEBRETON.", after=4),
            P("Le Maire, M. Didier FOURCADE, ouvre la séance à 20 h 05, constate que le quorum "
              "est atteint et rappelle l'ordre du jour adressé avec la convocation."),
            H("1. Approbation du procès-verbal de la séance du 10 mars 2023"),
            P("Aucune observation n'étant formulée, {{D:approved|le procès-verbal de la séance "
              "du 10 mars 2023 est approuvé}}."),
            P("**Vote : 14 votes pour**"),
            H("2. Vote du compte administratif 2022"),
            P("Le Maire ayant quitté la salle, {{N:c1|M. Alain COSTES}}, doyen de l'assemblée, "
              "préside la séance pour ce point. Mme Chantal LEBRETON, adjointe chargée des "
              "finances, présente le compte administratif 2022, conforme au compte de gestion "
              "du comptable public. La section de fonctionnement dégage un excédent de "
              "{{A|186 420,55 €}} et la section d'investissement un déficit de {{A|41 318,20 €}}. "
              "{{D:adopted|Le compte administratif 2022 est adopté}}."),
            P("**Vote : 12 votes pour** (le Maire et son mandant ne prennent pas part au vote)"),
            H("3. Affectation du résultat 2022"),
            P("Le Maire reprend la présidence. Sur proposition de l'adjointe aux finances, "
              "{{D:approved|le Conseil municipal décide d'affecter l'excédent de "
              "fonctionnement}} à la couverture du déficit d'investissement, le solde étant "
              "reporté en section de fonctionnement."),
            P("**Vote : 14 votes pour**"),
            H("4. Vote du budget primitif 2023"),
            P("Mme Chantal LEBRETON présente le budget primitif 2023, préparé en commission des "
              "finances le 21 mars. Le budget s'équilibre en section de fonctionnement à "
              "{{A|1 273 000 €}} et en section d'investissement à {{A|642 800 €}}. L'évolution des "
              "charges de personnel s'explique par la revalorisation du point d'indice et par le "
              "recrutement d'un agent technique à mi-temps ; le virement à la section "
              "d'investissement, soit {{A|96 500 €}}, permet d'autofinancer une partie des "
              "travaux de l'école."),
            ws_budget,
            P("M. Yannick PERRAUDIN demande si la baisse des charges financières est durable. "
              "Mme LEBRETON précise qu'un emprunt arrive à échéance en 2024 et que la commune "
              "n'envisage pas de nouvel emprunt cette année. Après en avoir délibéré, "
              "{{D:adopted|le Conseil municipal adopte le budget primitif 2023}}."),
            P("**Vote du budget primitif 2023 : 14 votes pour**"),
            H("5. Vote des taux d'imposition 2023"),
            P("Le Maire propose de maintenir les taux de 2022 : taxe foncière sur les propriétés "
              "bâties 38,47 % et taxe foncière sur les propriétés non bâties 61,20 %. "
              "M. Marc-Antoine BLANCHET regrette que la commune ne profite pas de l'occasion pour "
              "alléger la fiscalité des ménages. {{D:approved|Les taux d'imposition 2023 sont "
              "maintenus}} à leur niveau de 2022."),
            P("**Vote : 12 votes pour / 2 abstentions**"),
            H("6. Subventions aux associations"),
            P("Mme Sylvie MARCHAND-GIRAUD, adjointe à la vie associative, présente les "
              "propositions de la commission : Football club de Brassac {{A|3 200 €}}, comité des "
              "fêtes {{A|2 500 €}}, association des parents d'élèves {{A|1 150 €}}, club des aînés "
              "{{A|1 500 €}}, soit un total de {{N:s1|{{A|8 350 €}}}}. {{D:approved|Les "
              "subventions aux associations sont attribuées}} selon la répartition proposée."),
            P("**Vote : 14 votes pour**"),
            H("7. Rénovation de l'école : demande de subvention DETR"),
            P("Le Maire rappelle que le coût estimatif des travaux d'isolation de l'école s'élève "
              "à {{N:p1|{{A|162 000 €}}}} HT. {{D:approved|Le Conseil municipal autorise le Maire "
              "à solliciter une subvention}} au titre de la DETR, au taux de 30 %, soit "
              "{{N:p1|{{A|48 600 €}}}}, et à signer toutes les pièces afférentes."),
            P("**Vote : 14 votes pour**"),
            H("8. Questions diverses"),
            P("M. Yannick PERRAUDIN signale la dégradation de la chaussée du chemin des Tilleuls "
              "après les intempéries de mars. Le Maire indique qu'un devis a été demandé et que "
              "les travaux seront inscrits au prochain budget supplémentaire. M. Alain COSTES "
              "rappelle la cérémonie du 8 mai."),
            P("L'ordre du jour étant épuisé, M. le Maire lève la séance à 22 h 10."),
        ],
    )


# ---- 05 ------------------------------------------------------------------------------
def r05():
    grants = [
        ("G23-01", "Bothnia Institute of Wetland Ecology", "Sweden", 72500),
        ("G23-02", "Northmoor University", "United Kingdom", 64000),
        ("G23-03", "Peipsi Mire Research Centre", "Estonia", 88250),
        ("G23-04", "Lakeland Boreal College", "Canada", 45900),
        ("G23-05", "Hudson Lowlands Carbon Lab", "Canada", 91000),
        ("G23-06", "Inari Field Station", "Finland", 58300),
        ("G23-07", "Kenai Wetlands Institute", "United States", 77750),
        ("G23-08", "Vesterålen Mire Group", "Norway", 39800),
        ("G23-09", "Baltic Peat Consortium", "Latvia", 83400),
        ("G23-10", "Tundra Hydrology Unit", "Iceland", 66100),
        ("G23-11", "Yukon Permafrost Network", "Canada", 52600),
        ("G23-12", "Sápmi Land-Use Observatory", "Norway", 70000),
        ("G23-13", "Carpathian Bog Laboratory", "Poland", 48250),
        ("G23-14", "Fenland Carbon Trust", "United Kingdom", 95500),
        ("G23-15", "Karelia Water Institute", "Finland", 61150),
        ("G23-16", "Aleutian Soil Project", "United States", 44000),
    ]
    total = sum(g[3] for g in grants)
    tot_s = f"{total:,}"
    grant_rows = [[a, b, c, f"{d:,}"] for a, b, c, d in grants]
    grant_rows.append(["Total", "16 grants", "", "{{N:g1|" + tot_s + "}}"])
    return Report(
        name="05_cmo_scientific_committee7_en",
        lang="en",
        font="serif",
        title="Report of the 7th Meeting of the Scientific Committee",
        meeting={"body": "Scientific Committee", "ordinal": 7, "date": "2023-10-11",
                 "place": "Tromsø"},
        header_left="Circumpolar Mire Observatory",
        header_right="SC-7 / Report",
        footer=footer_page_of("Page {p} / {t}"),
        created=T0(2023, 10, 30),
        stresses="English scientific committee: two ruled tables, the second (16 grants) "
                 "continues across a page break with its header row repeated (gold: one table "
                 "entry per page fragment); last page is image-only (scanned annex, no text "
                 "layer) carrying one decision and one amount",
        slips={"table_total_mismatch": "Table 1 'Total' row says 448 active sites; the regions "
                                       "add up to 438 (the 'New in 2023' column is right)"},
        people=[
            ("Prof. Ingrid VASSBERG", "VASSBERG", "S"),
            ("Ms Chloe BRANNIGAN", "BRANNIGAN", "S"),
            ("Dr Mateo ALBERTI", "ALBERTI", "S"),
            ("Dr Aiko NAKAMURA", "NAKAMURA", "S"),
            ("Dr Sven-Erik LUNDQVIST", "LUNDQVIST", "S"),
            ("Dr Amara DIALLO", "DIALLO", "S"),
            ("Dr Nils HAUGEN", "HAUGEN", "M"),
            ("Ms Tuuli KORHONEN", "KORHONEN", "M"),
        ],
        flags={"tt": "table_total_mismatch"},
        not_flags={"g1": "Table 2 amounts sum to the total row and to the envelope in the text",
                   "w1": "weekday is right (11 October 2023 was a Wednesday)"},
        weekday_checks=[("Wednesday, 11 October 2023", True)],
        blocks=[
            C("Circumpolar Mire Observatory", size=16, bold=True, after=2),
            C("Report of the 7th Meeting of the Scientific Committee", size=13.5, bold=True,
              after=2),
            C("{{N:w1|Wednesday, 11 October 2023}} – Tromsø, Norway", size=11, after=8),
            H("1. Opening of the meeting and adoption of the agenda"),
            P("The Chair, Prof. Ingrid VASSBERG, opened the meeting at 09:00 and welcomed "
              "Dr Amara DIALLO, who joins the Committee for a first three-year term. She paid "
              "tribute to Dr Nils HAUGEN, whose term ended in June, for his work on the "
              "har~mon~i~sa~tion of water-table mea~sure~ments. {{D:adopted:7-0|The Committee "
              "adopted the agenda (document SC 7-0)}}. {{D:approved:7-1|The report of the 6th "
              "meeting (document SC 7-1) was approved}} with one correction to the list of "
              "participants."),
            H("2. Status of the monitoring network (document SC 7-2)"),
            P("Ms Chloe BRANNIGAN, Science Officer, presented the status of the network at the "
              "end of the 2023 field season. Table 1 gives the number of active sites by region "
              "and the sites added during the year. Most new sites are in the Hudson Bay "
              "Lowlands, where a partnership with two First Nations communities has allowed "
              "year-round access to pre~vi~ously un~mon~i~tored fens."),
            TABLE(["Region", "Active sites", "New in 2023"],
                  [["Fennoscandia", "128", "9"],
                   ["Western Siberia", "96", "4"],
                   ["Hudson Bay Lowlands", "143", "11"],
                   ["Alaska and Yukon", "71", "5"],
                   ["Total", "{{E:tt|448}}", "29"]],
                  [90, 40, 40], "LCC", total_check={"cols": [1, 2], "ok": False},
                  caption="Table 1 – Active monitoring sites by region, October 2023"),
            P("Dr Mateo ALBERTI noted that several Siberian sites had not transmitted data "
              "since March and asked how long a silent site should be counted as active. The "
              "Science Officer explained that logger memory allows up to eighteen months of "
              "au~ton~o~mous recording, so that data may still be recovered at the next visit. "
              "Dr Aiko NAKAMURA proposed a clearer distinction between sites that are "
              "tem~po~rar~ily silent and sites that have been abandoned."),
            P("{{D:agreed|It was agreed that sites without data for more than twelve months}} "
              "would be reported as dormant rather than active from the next report onwards."),
            H("3. Data quality and field methods (document SC 7-4)"),
            P("Dr Sven-Erik LUNDQVIST presented the revised field protocol, which introduces a "
              "common cal~i~bra~tion procedure for pressure trans~duc~ers and a minimum of two "
              "manual dip readings per visit. The inter-calibration dataset compiled by "
              "Ms Tuuli KORHONEN shows that the off~sets between national teams have been halved "
              "since 2021, but remain sig~nif~i~cant for sites visited only in summer. Dr Amara "
              "DIALLO asked whether the protocol had been tested on tropical peatlands, which "
              "the Observatory may cover in future; Dr LUNDQVIST replied that it had not, and "
              "that an adaptation would be needed."),
            P("{{D:adopted:7-4|The Committee adopted the revised field protocol}}, which will "
              "apply from the 2024 season."),
            H("4. Data policy and open access (document SC 7-5)"),
            P("The Science Officer recalled that the Observatory's data policy, adopted in 2020, "
              "provides for the release of validated data two years after collection. Several "
              "funders now require release within twelve months, and two national teams have "
              "asked whether they may publish their own series before the common release. "
              "The draft revision cir~cu~lated before the meeting proposes a twelve-month "
              "embargo for validated data, an exception for series that are the subject of a "
              "doctoral thesis, and a ci~ta~tion rule that names the site teams as well as the "
              "Observatory."),
            P("Dr Mateo ALBERTI supported the shorter embargo but warned that val~i~da~tion is "
              "often the bottleneck, and that a shorter embargo could simply lead to the "
              "release of unvalidated data. Dr Sven-Erik LUNDQVIST suggested dis~tin~guish~ing "
              "between raw logger data, which could be released quickly with a quality flag, "
              "and derived products such as annual water-table summaries. Dr Aiko NAKAMURA "
              "asked that indigenous data-sov~er~eignty prin~ci~ples be taken into account for "
              "sites on community land, as requested by the partners in the Hudson Bay "
              "Lowlands."),
            P("The Chair concluded that the draft needed further work and invited members to "
              "send written comments to the Science Officer within a month. A revised draft "
              "will be prepared together with the community partners and discussed at the "
              "next meeting."),
            H("5. Research grants 2023 (document SC 7-3)"),
            P("Following the call launched in March, 41 proposals were received and 16 were "
              "retained by the evaluation panel, for a total envelope of "
              "{{N:g1|{{A|EUR " + tot_s + "}}}}. Table 2 lists the grants. The panel gave "
              "priority to proposals that share field in~fra~struc~ture with existing sites and "
              "to teams led by early-career researchers; eleven of the sixteen principal "
              "investigators obtained their doctorate less than ten years ago."),
            P("Dr Aiko NAKAMURA, who had declared an interest in one proposal, did not take part "
              "in the discussion of grant G23-07. Dr Mateo ALBERTI asked that the final reports "
              "of funded projects be shared with all Committee members."),
            TABLE(["Grant", "Lead institution", "Country", "Amount (EUR)"],
                  grant_rows, [22, 82, 36, 30], "LLLR", must_split=True,
                  total_check={"cols": [3], "ok": True},
                  caption="Table 2 – Research grants awarded in 2023"),
            P("{{D:approved:7-3|The Committee approved the list of research grants for 2023}} "
              "and asked the Secretariat to notify the applicants before the end of October."),
            H("6. Date of the next meeting and closure"),
            P("The 8th meeting will be held online in April 2024, followed by an in-person "
              "meeting in Winnipeg in September. The Chair thanked the host institution and "
              "closed the meeting at 17:30. The Chair's statement on the 2024 field season, "
              "signed after the meeting, is reproduced in Annex 1."),
            IMAGE_PAGE([
                ("ANNEX 1 – STATEMENT OF THE CHAIR (scanned copy)", "BC"), 6,
                ("Circumpolar Mire Observatory – Scientific Committee, 7th meeting", "C"), 8,
                ("Statement on the 2024 field season", "B"),
                "During the spring thaw, instruments were lost at two Alaska sites when the "
                "river banks collapsed. After consulting the members of the Committee by "
                "e-mail, {{D:approved|the Committee approves an emergency allocation of "
                "{{A|EUR 18,400}} for replacement sensors}}, to be drawn from the contingency "
                "reserve of the 2023 grant budget.",
                "The Science Officer will report on the reinstallation at the 8th meeting.", 14,
                "Signed: Prof. Ingrid VASSBERG, Chair of the Scientific Committee",
                "Tromsø, 16 October 2023",
            ]),
        ],
    )


# ---- 06 ------------------------------------------------------------------------------
def r06():
    return Report(
        name="06_forets_altitude_bureau8_fr",
        lang="fr",
        title="Document Bureau 9-1 – Rapport de la 8ème réunion du Bureau",
        meeting={"body": "Bureau", "ordinal": 8, "date": "2023-09-28", "place": "Montpellier"},
        header_left="Partenariat international « Forêts d’Altitude »",
        header_right="Document Bureau 9-1",
        footer=lambda p, t: {"left": "Version : 3 novembre 2023", "right": f"{p} | P a g e"},
        created=T0(2023, 11, 3),
        stresses="French report tabled at the next meeting: the cover code is 'Document Bureau "
                 "9-1' while the meeting reported on is the 8th (documents 8-x in the body); "
                 "typographic apostrophes (’); 'Vice-Présidente' kept whole; CHF amount",
        slips={"year_mismatch": "'La Feuille de route 2023 a été adoptée' closes the section "
                                "'Feuille de route 2024'",
               "chair_mismatch": "opened by the Président M. Bertrand CHAUVEL, closed by 'le "
                                 "Président, M. Luc ROCHEFORT' (the treasurer); evidence on two "
                                 "pages"},
        people=[
            ("M. Bertrand CHAUVEL", "CHAUVEL", "S"),
            ("Mme Nadia BELKACEM", "BELKACEM", "S"),
            ("M. Luc ROCHEFORT", "ROCHEFORT", "S"),
            ("Mme Clémence ARNAULT-VIDAL", "ARNAULT-VIDAL", "S"),
            ("M. Tenzin DORJEE", "DORJEE", "S"),
            ("Mme Paola GUERRERO-VALDÉS", "GUERRERO-VALDÉS", "M"),
        ],
        flags={"yr": "year_mismatch", "ch": ("chair_mismatch", "span-pages")},
        not_flags={"w1": "weekday is right (12 December 2023 was a Tuesday)",
                   "t1": "horizon year of a strategy, not a reporting year",
                   "d1": "the cover code 9-1 is the document number at the next meeting, "
                         "not a contradiction of the 8th meeting"},
        weekday_checks=[("jeudi 28 septembre 2023", True), ("mardi 12 décembre 2023", True)],
        blocks=[
            C("Partenariat international « Forêts d’Altitude »", size=16, bold=True, after=6),
            C("{{N:d1|Document Bureau 9-1}} – Rapport de la 8ème réunion du Bureau", size=13,
              bold=True, after=6),
            C("8ème réunion du Bureau", size=12, bold=True, after=1.5),
            C("jeudi 28 septembre 2023", size=11, after=1),
            C("Montpellier (France) et par visioconférence", size=11, after=8),
            H("Ouverture"),
            P("La réunion a été ouverte à 14 h 00 par le Président du Bureau, "
              "{{E:ch|M. Bertrand CHAUVEL}}, qui a souhaité la bienvenue aux membres présents à "
              "Montpellier et à ceux connectés à distance. Étaient présents : Mme Nadia BELKACEM "
              "(Vice-Présidente), M. Luc ROCHEFORT (Trésorier), Mme Clémence ARNAULT-VIDAL "
              "(Secrétaire générale), M. Tenzin DORJEE (collège des organisations de montagne) "
              "et Mme Paola GUERRERO-VALDÉS (collège de la recherche)."),
            P("{{D:approved:8-0|L’ordre du jour (document Bureau 8-0) a été approuvé}}."),
            P("Le rapport de la 7ème réunion du Bureau (document Bureau 8-1), tenue en ligne le "
              "6 juin 2023, {{D:approved:8-1|a été approuvé sans modification}}."),
            H("Demandes d’adhésion (document Bureau 8-2)"),
            P("La Secrétaire générale a présenté les quatorze demandes d’adhésion reçues depuis "
              "juin : six organisations de montagne, quatre instituts de recherche, deux "
              "collectivités et deux entreprises de la filière bois. Deux dossiers restent "
              "incomplets, faute de statuts traduits. {{D:approved:8-2|Le Bureau a validé les "
              "douze demandes d’adhésion complètes}}, qui seront présentées pour information à "
              "l’Assemblée annuelle."),
            H("Préparation de l’Assemblée annuelle (document Bureau 8-3)"),
            P("Mme Nadia BELKACEM, Vice-Présidente, a présenté le projet de programme de "
              "l’Assemblée annuelle, qui se tiendra à Katmandou du 20 au 22 mars 2024 : une "
              "journée statutaire, une journée de terrain consacrée à la gestion communautaire "
              "des forêts et une journée d’ateliers thématiques. M. Tenzin DORJEE a signalé que "
              "les délais d’obtention des visas peuvent dépasser six semaines et a proposé que "
              "les lettres d’invitation soient envoyées dès décembre."),
            P("{{D:agreed|Il a été convenu que les lettres d’invitation seraient envoyées}} au "
              "plus tard le 15 décembre 2023."),
            H("Point d’étape sur les projets pilotes (pour information)"),
            P("La Secrétaire générale a rendu compte de l’avancement des quatre projets pilotes "
              "lancés en 2022. Dans les Andes boliviennes, la mise en défens de 140 hectares de "
              "boisements de polylepis a permis une régénération naturelle spectaculaire, "
              "mesurée par les équipes communautaires formées par le projet. Au Népal, la "
              "cartographie participative des forêts villageoises est achevée dans deux "
              "districts ; les comités forestiers disposent désormais d’un plan de gestion "
              "simplifié, validé par les autorités locales. Dans les Carpates, la "
              "contractualisation avec les éleveurs a pris du retard en raison d’un changement "
              "de réglementation sur les aides agricoles. Au Maroc, enfin, les pépinières "
              "villageoises de cèdre ont produit leurs premiers plants."),
            P("M. Tenzin DORJEE a salué ces résultats et a insisté sur la nécessité de "
              "documenter les savoirs locaux mobilisés dans chaque projet, afin qu’ils ne "
              "restent pas la propriété exclusive des équipes techniques. Mme Nadia BELKACEM a "
              "suggéré qu’une session de l’Assemblée annuelle soit consacrée à la présentation "
              "croisée des quatre projets par les communautés elles-mêmes. Le Président a "
              "remercié la Secrétaire générale et les coordinateurs de terrain pour la qualité "
              "des rapports d’avancement, transmis dans les délais."),
            H("{{E:yr|Feuille de route 2024}} (document Bureau 8-4)"),
            P("La Secrétaire générale a présenté le projet de feuille de route pour l’année à "
              "venir, construit autour de trois axes qui déclinent la stratégie à "
              "l’{{N:t1|horizon 2035}} :"),
            LI("renforcer les observatoires locaux de la régénération forestière ;"),
            LI("accompagner trois projets pilotes de restauration des pâturages boisés ;"),
            LI("publier un guide des bonnes pratiques de prévention des incendies en altitude.",
               after=2),
            P("M. Luc ROCHEFORT a rappelé que le troisième axe dépend d’un financement qui n’est "
              "pas encore acquis et a souhaité que la feuille de route distingue les activités "
              "financées de celles qui restent à financer. La Secrétaire générale a accepté "
              "d’ajouter cette distinction."),
            P("{{E:yr|{{D:adopted:8-4|La Feuille de route 2023 a été adoptée}}}}."),
            H("Budget prévisionnel 2024 (document Bureau 8-5)"),
            P("Le Trésorier a présenté l’exécution du budget 2023, dont {{A|518 300 €}} étaient "
              "engagés au 31 août, et le budget prévisionnel 2024, qui s’élève à "
              "{{A|742 000 €}}. Il a signalé la contribution de {{A|95 000 CHF}} annoncée par un "
              "partenaire suisse pour le programme de prévention des incendies, qui permettrait "
              "de financer en grande partie le troisième axe de la feuille de route. "
              "{{D:approved:8-5|Le Bureau a approuvé le projet de budget 2024}}, qui sera soumis "
              "à l’Assemblée annuelle."),
            H("Questions diverses"),
            P("La 9ème réunion du Bureau se tiendra en ligne le {{N:w1|mardi 12 décembre "
              "2023}} ; le présent rapport lui sera soumis pour approbation. Mme Clémence "
              "ARNAULT-VIDAL a informé le Bureau qu’elle serait en congé du 20 novembre au "
              "1er décembre."),
            H("Clôture"),
            P("L’ordre du jour étant épuisé, la séance est levée à 17 h 45 par le Président, "
              "{{E:ch|M. Luc ROCHEFORT}}."),
        ],
    )


# ---- 07 ------------------------------------------------------------------------------
def r07():
    return Report(
        name="07_kestrel_programme_board21_en",
        lang="en",
        font="serif",
        title="Minutes of the 21st Meeting of the Programme Board",
        meeting={"body": "Programme Board", "ordinal": 21, "date": "2024-03-12",
                 "place": "Carlisle"},
        header_left="Kestrel Valley Rivers Partnership",
        header_right="PB 21 – Minutes",
        footer=lambda p, t: {"left": "KVRP Programme Board", "right": f"Page {p} of {t}"},
        created=T0(2024, 3, 20),
        stresses="English decisions vs look-alikes: a proposal ('It is proposed that the Board "
                 "approve …'), reported speech about another committee's approval, 'will be "
                 "asked to approve … at its next meeting', thanks, questions; real decisions "
                 "incl. one sentence split across a page break, a deferred item (postponed) "
                 "and a rejected motion; 'Ms Siobhan McCARTHY', 'Cllr' honorific",
        slips={"meeting_number_mismatch": "title '21st Meeting' vs body 'twenty-second meeting'; "
                                          "codes PB 21-x and 'minutes of the 20th meeting' "
                                          "confirm 21",
               "weekday_mismatch": "'Monday, 12 March 2024' (12 March 2024 was a Tuesday)"},
        people=[
            ("Mr Owen PRITCHARD", "PRITCHARD", "S"),
            ("Ms Grace ODUYA", "ODUYA", "S"),
            ("Ms Siobhan McCARTHY", "McCARTHY", "S"),
            ("Mr Rajiv MENON", "MENON", "S"),
            ("Cllr Janet HOLLOWAY", "HOLLOWAY", "S"),
            ("Dr Felix HARTMANN", "HARTMANN", "S"),
            ("Mr Tobias GRANT", "GRANT", "M"),
            ("Ms Anita ROWE", "ROWE", "M"),
            ("Ms Laura BRIGGS", "BRIGGS", "M"),
            ("Mr Andrew FELLOWES", "FELLOWES", "M"),
        ],
        flags={"mn": "meeting_number_mismatch", "wd": "weekday_mismatch"},
        not_flags={"w1": "weekday is right (11 June 2024 was a Tuesday)",
                   "v1": "2 + 4 = 6 voting members present"},
        weekday_checks=[("Monday, 12 March 2024", False), ("Tuesday, 11 June 2024", True)],
        sum_checks=[(6, [2, 4], True)],
        blocks=[
            C("Kestrel Valley Rivers Partnership", size=16, bold=True, after=2),
            C("Minutes of the {{E:mn|21st Meeting}} of the Programme Board", size=13.5,
              bold=True, after=2),
            C("{{E:wd|Monday, 12 March 2024}} – Civic Centre, Carlisle", size=11, after=7),
            P("**Present:** Mr Owen PRITCHARD (Chair), Ms Grace ODUYA, Ms Siobhan McCARTHY, "
              "Mr Rajiv MENON, Cllr Janet HOLLOWAY, Mr Tobias GRANT."),
            P("**In attendance:** Dr Felix HARTMANN (Programme Director), Ms Anita ROWE "
              "(Secretariat).", after=4),
            H("1. Welcome and agenda"),
            P("The Chair opened the {{E:mn|twenty-second meeting}} of the Programme Board at "
              "10:00 and welcomed members. {{D:approved:21-0|The agenda (document PB 21-0) was "
              "approved}}, with item 9 taken before item 8 at the request of Cllr Janet "
              "HOLLOWAY."),
            H("2. Minutes of the previous meeting and matters arising"),
            P("{{D:approved:21-1|The minutes of the 20th meeting (document PB 21-1) were "
              "approved as a correct record}}. On matters arising, Ms Grace ODUYA said the "
              "Finance Committee had approved the internal audit plan at its January meeting "
              "and would report on the first audit in June."),
            H("3. Report of the Programme Director (document PB 21-2)"),
            P("Dr Felix HARTMANN reported that the national restoration fund had confirmed a "
              "capital allocation of {{A|£2.4 million}} for the next two years, the largest "
              "single award in the Partnership's history. The 2023-24 accounts will show an "
              "underspend of about {{A|£310,000}}, mainly because two permits for bank works "
              "were issued months later than expected. Monitoring of salmon redds in the upper "
              "catch~ment showed the best results since records began."),
            P("Mr Rajiv MENON asked whether the Board would approve ad~di~tional funding for "
              "fish-pass monitoring this year. The Chair replied that a costed paper would be "
              "brought to the June meeting. Ms Siobhan McCARTHY asked how many volunteers had "
              "been trained in the river-fly scheme; the Programme Director undertook to "
              "circulate the figures."),
            H("4. Weir removal at Ashby Mill (document PB 21-4)"),
            P("The Programme Director sum~ma~rised the tender eval~u~a~tion. Three bids had been "
              "received; the preferred bidder scored highest on both quality and price and has "
              "completed two similar projects in the region. The evaluation panel included an "
              "in~de~pen~dent engineer nominated by the Environment Agency, whose report "
              "confirmed that the proposed method of removing the weir in two phases would "
              "limit the release of silt downstream and protect the spawning gravels during "
              "the autumn run. Cllr Janet HOLLOWAY asked for "
              "assurance that the footpath would remain open during the works; "
              "the Programme Director confirmed that a diversion would be needed for two weeks "
              "at most."),
            P("{{X:pb|{{D:approved:21-4|The Board approved the award of the weir-removal "
              "contract}} for the Ashby Mill site to the preferred bidder, Fellside Civil "
              "Engineering, at a cost of {{A|GBP 1,185,000}}, subject to the Environment Agency "
              "permit being issued before the end of May.}}", orphans=1, before=0.0),
            H("5. Risk register (document PB 21-5)"),
            P("Dr HARTMANN in~tro~duced the revised risk register. The cover note read: \"It is "
              "proposed that the Board approve the revised risk register (document PB 21-5) and "
              "review it every six months.\" Ms Siobhan McCARTHY asked why flood risk to the "
              "partners' own sites was rated as low after the winter storms; the Programme "
              "Director agreed to review the rating with the insurers."),
            P("Following discussion, {{D:approved:21-5|the Board approved the revised risk "
              "register}}, with the addition of a risk on the avail~abil~ity of con~trac~tors."),
            H("6. Communications strategy (document PB 21-6)"),
            P("Ms Grace ODUYA presented the draft three-year strategy prepared by the com~mu~ni~ca~tions working "
              "group, which puts the emphasis on schools and anglers' as~so~ci~a~tions. "
              "{{D:adopted:21-6|The communications strategy 2024-2026 (document PB 21-6) was "
              "adopted}}."),
            H("7. Budget 2025"),
            P("The Board will be asked to approve the 2025 budget at its next meeting. The "
              "Programme Director outlined the main as~sump~tions, including a contribution of "
              "{{A|GBP 75,000}} from the regional water company, which is still under "
              "ne~go~ti~a~tion."),
            H("9. Regional flood forum"),
            P("Cllr Janet HOLLOWAY moved that the Partnership withdraw from the regional flood "
              "forum, arguing that its meetings du~pli~cate the work of the catchment group. "
              "Mr Rajiv MENON spoke against the motion. After discussion the motion was put to "
              "the vote. {{D:rejected|The motion was rejected}}, "
              "{{N:v1|with 2 votes in favour and 4 against}}."),
            H("8. Membership fees (document PB 21-7)"),
            P("The proposed change to the membership fee structure was introduced briefly. "
              "{{D:postponed:21-7|The item was deferred to the next meeting}} to allow further "
              "consultation with the member councils."),
            H("10. Any other business"),
            P("The Board thanked Ms Laura BRIGGS, former Programme Director, for six years of "
              "service to the Partnership. {{D:agreed|It was agreed that the Chair would write "
              "to the Minister}}, Mr Andrew FELLOWES, to ask for a multi-year funding "
              "commitment."),
            P("The next meeting will be held on {{N:w1|Tuesday, 11 June 2024}}. The meeting "
              "closed at 13:05."),
        ],
    )


# ---- 08 ------------------------------------------------------------------------------
def r08():
    return Report(
        name="08_rfjb_comite_technique6_fr",
        lang="fr",
        title="Compte rendu de la 6e réunion du Comité technique",
        meeting={"body": "Comité technique", "ordinal": 6, "date": "2024-05-15",
                 "place": "Liège"},
        header_left="Réseau francophone des Jardins botaniques",
        header_right="CT-6 / Compte rendu",
        footer=lambda p, t: {"right": f"Compte rendu CT-6 – page {p} sur {t}"},
        created=T0(2024, 5, 31),
        stresses="French names stress: names broken across lines, one name broken across a "
                 "page break ('Mme Marie-Claude' / 'TREMBLAY'), a hyphenated family name broken "
                 "at a line end exactly on its hyphen ('FERRAND-' / 'AUBRY'), the Secrétaire "
                 "exécutif acting only through his role (named once in the attendance list), a "
                 "first-name-only speaker 'Mme Carla (nom non indiqué)', particles ('LE GALL', "
                 "'de VILLENEUVE'), an apostrophe name (N'GUESSAN)",
        slips={},
        people=[
            ("Mme Anne-Laure VERHAEGEN", "VERHAEGEN", "S"),
            ("M. Kouassi N'GUESSAN", "N'GUESSAN", "S"),
            ("M. Hervé LE GALL", "LE GALL", "S"),
            ("M. Jean-Loup FERRAND-AUBRY", "FERRAND-AUBRY", "S"),
            ("Mme Marie-Claude TREMBLAY", "TREMBLAY", "S"),
            ("Dr Ousmane SY", "SY", "S"),
            ("Mme Carla", "Carla", "S"),
            ("Mme Ingeborg DAHL", "DAHL", "M"),
            ("M. Tiago FONSECA", "FONSECA", "M"),
            ("Mme Sophie LAMBERT", "LAMBERT", "M"),
            ("M. Philippe de VILLENEUVE", "de VILLENEUVE", "M"),
        ],
        not_flags={"w1": "weekday is right (15 May 2024 was a Wednesday)",
                   "s1": "48 000 € = 33 000 € + 15 000 €"},
        weekday_checks=[("mercredi 15 mai 2024", True)],
        sum_checks=[(48000, [33000, 15000], True)],
        blocks=[
            C("Réseau francophone des Jardins botaniques", size=16, bold=True, after=2),
            C("Compte rendu de la 6e réunion du Comité technique", size=13.5, bold=True,
              after=2),
            C("{{N:w1|mercredi 15 mai 2024}} – Jardin botanique de Liège (Belgique)", size=11,
              after=7),
            P("**Présents :** Mme Anne-Laure VERHAEGEN (Présidente), M. Kouassi N'GUESSAN "
              "(Vice-Président), M. Hervé LE GALL (Secrétaire exécutif), M. Jean-Loup "
              "FERRAND-AUBRY, Mme Marie-Claude TREMBLAY, Dr Ousmane SY, Mme Ingeborg DAHL, "
              "M. Tiago FONSECA."),
            P("**Excusée :** Mme Sophie LAMBERT.", after=4),
            H("1. Ouverture de la réunion"),
            P("La Présidente a ouvert la séance à 9 h 30 et remercié le Jardin botanique de "
              "Liège pour son accueil. {{D:approved:6-0|L'ordre du jour (document CT 6-0) a été "
              "approuvé}}. {{D:approved:6-1|Le compte rendu de la 5e réunion (document CT 6-1) "
              "a été approuvé}}, sous réserve d'une correction dans la liste des jardins "
              "représentés."),
            H("2. Inventaire commun des collections vivantes (document CT 6-2)"),
            P("Le Secrétaire exécutif a présenté l'état d'avancement de l'inventaire commun des "
              "collections vivantes, réalisé selon la méthode mise au point par M. Philippe de "
              "VILLENEUVE lors de la phase pilote. Vingt-trois jardins ont transmis leurs "
              "données ; six autres ont demandé un délai supplémentaire en raison du départ de "
              "leur conservateur. Les premiers résultats montrent que près d'un tiers des "
              "espèces menacées cultivées dans le réseau ne sont présentes que dans un seul "
              "jardin, ce qui pose la question de la sécurité de ces collections."),
            P("M. Jean-Loup FERRAND-AUBRY a proposé que les jardins qui détiennent ces "
              "espèces uniques s'engagent à partager des boutures avec au moins un autre "
              "membre du réseau. Le Vice-Président, M. Kouassi N'GUESSAN, a soutenu cette "
              "proposition en rappelant les pertes subies par le jardin d'Abidjan lors des "
              "inondations de 2022. Le Secrétaire exécutif a indiqué que le principe de "
              "sauvegarde croisée des collections proposé par {{X:lb|M. FERRAND-^AUBRY}} "
              "serait intégré au plan d'action."),
            P("{{D:agreed|Il a été convenu que chaque jardin détenteur d'une espèce unique "
              "désignerait un jardin partenaire}} avant la prochaine réunion."),
            H("3. Programme d'échanges de jardiniers"),
            P("Le Vice-Président, M. Kouassi N'GUESSAN, a présenté le bilan de la première "
              "année du programme d'échanges de jardiniers, qui a permis à onze agents de passer "
              "entre deux et six semaines dans un autre jardin du réseau. Les jardins d'accueil "
              "ont apprécié l'apport de compétences nouvelles, notamment en matière de "
              "multiplication des espèces tropicales et de conduite des serres. Les principales "
              "difficultés tiennent à l'obtention des visas et au coût du logement, que "
              "certains jardins d'accueil ne peuvent pas prendre en charge."),
            P("La Présidente a souligné que le programme répondait à une attente forte des "
              "jardins du Sud, dont les équipes ont rarement accès à la formation continue. Le "
              "Dr Ousmane SY a proposé que chaque séjour donne lieu à une fiche de retour "
              "d'expérience, mise en ligne sur l'espace collaboratif du réseau et résumée dans "
              "le rapport annuel. {{X:pb|Mme Marie-Claude TREMBLAY}} a indiqué que son jardin pourrait accueillir deux agents "
              "en 2025, à condition que les séjours aient lieu entre mai et septembre."),
            P("{{D:agreed|Il a été convenu de reconduire le programme d'échanges de jardiniers "
              "en 2025}}, avec un objectif de quinze séjours."),
            H("4. Communication et site internet"),
            P("Le Secrétaire exécutif a présenté la nouvelle maquette du site internet du "
              "réseau, qui comportera une carte interactive des jardins membres, un agenda "
              "commun et une rubrique consacrée aux espèces menacées. La mise en ligne est "
              "prévue pour septembre. Il a rappelé que la lettre d'information trimestrielle "
              "compte désormais plus de deux mille abonnés, dont une majorité d'enseignants et "
              "d'animateurs nature."),
            P("M. Jean-Loup FERRAND-AUBRY a regretté que la lettre ne soit diffusée qu'en "
              "français et a suggéré une version bilingue, au moins pour les éditoriaux. Le "
              "Vice-Président a rappelé que plusieurs jardins d'Afrique de l'Ouest travaillent "
              "aussi en anglais avec leurs partenaires ghanéens et nigérians."),
            H("5. Charte d'échange de semences (document CT 6-3)"),
            P("Le Dr Ousmane SY a présenté le projet de charte d'échange de semences, qui "
              "précise les conditions de transfert du matériel végétal entre les membres et "
              "avec les jardins extérieurs au réseau. Il a insisté sur le respect des règles "
              "d'accès et de partage des avantages et sur la traçabilité des lots."),
            P("Plusieurs membres ont souligné la lourdeur des procédures phytosanitaires. "
              "Mme Marie-Claude TREMBLAY a décrit le système de registre électronique "
              "utilisé au Québec, qui pourrait servir de modèle. Mme Carla (nom non indiqué), "
              "du jardin botanique de Cotonou, qui participait en ligne, a demandé que la charte "
              "prévoie un accompagnement des petits jardins qui ne disposent pas de personnel "
              "spécialisé. Le Dr SY a répondu que des fiches pratiques seraient rédigées."),
            P("{{D:adopted:6-3|Le Comité a adopté la Charte d'échange de semences}}, qui sera "
              "transmise aux directeurs des jardins membres."),
            H("6. Budget et financements"),
            P("Le Secrétaire exécutif a indiqué que le budget du programme d'inventaire s'élève "
              "à {{N:s1|{{A|48 000 €}}}} pour 2024, dont {{A|33 000 €}} de cotisations et une "
              "subvention de {{A|15 000 €}} obtenue auprès d'une fondation privée. Le Vice-"
              "Président a souhaité que le réseau recherche des financements pluriannuels."),
            H("7. Clôture"),
            P("La prochaine réunion du Comité se tiendra à Dakar en novembre 2024. La Présidente, "
              "Mme Anne-Laure VERHAEGEN, a levé la séance à 16 h 30."),
        ],
    )


# ---- 09 / 10: two consecutive meetings of the same body --------------------------------
PPV_HEADER = "Programme régional « Puits et Vallées »"


def r09():
    return Report(
        name="09_puits_vallees_comite_directeur3_fr",
        lang="fr",
        title="Procès-verbal de la 3e réunion du Comité directeur",
        meeting={"body": "Comité directeur", "ordinal": 3, "date": "2023-09-19",
                 "place": "Niamey"},
        header_left=PPV_HEADER,
        header_right="Comité directeur – PV CD-3",
        footer=lambda p, t: {"left": "PV de la 3e réunion du Comité directeur",
                             "right": f"Page {p} / {t}"},
        created=T0(2023, 10, 6),
        stresses="First of two consecutive meetings of the same body (reference values for "
                 "report 10): own date 'mardi 19 septembre 2023', budget 2024 adopted at "
                 "1 480 000 €; ruled execution table with a correct total row; € and FCFA "
                 "amounts ('971 millions de FCFA')",
        slips={},
        people=[
            ("Mme Aïssata DIALLO-KONATÉ", "DIALLO-KONATÉ", "S"),
            ("M. Issoufou MAHAMANE", "MAHAMANE", "S"),
            ("Dr Fatoumata SANGARÉ", "SANGARÉ", "S"),
            ("M. Pierre-Yves LE ROUX", "LE ROUX", "S"),
            ("M. Boubacar TRAORÉ", "TRAORÉ", "S"),
            ("Mme Awa OUÉDRAOGO", "OUÉDRAOGO", "S"),
            ("M. Hamidou GARBA", "GARBA", "M"),
        ],
        not_flags={"w1": "weekday is right (19 September 2023 was a Tuesday)",
                   "b1": "execution table columns sum to the total row"},
        weekday_checks=[("mardi 19 septembre 2023", True)],
        sum_checks=[(971e6, [round(1480000 * 655.957, -6)], True)],
        blocks=[
            C(PPV_HEADER, size=16, bold=True, after=1.5),
            C("Hydraulique villageoise et gestion des bassins versants au Sahel", size=11,
              after=6),
            C("Procès-verbal de la 3e réunion du Comité directeur", size=13.5, bold=True,
              after=2),
            C("{{N:w1|mardi 19 septembre 2023}} – Niamey (Niger)", size=11, after=8),
            H("1. Ouverture"),
            P("La 3e réunion du Comité directeur s'est tenue à Niamey, dans les locaux de la "
              "Direction régionale de l'hydraulique, sous la présidence de Mme Aïssata "
              "DIALLO-KONATÉ, Présidente du Comité directeur. Elle a souhaité la bienvenue aux "
              "représentants des trois pays bénéficiaires et du bailleur principal, et a "
              "transmis les salutations du Secrétaire général du ministère, M. Hamidou GARBA, "
              "retenu par une autre réunion. Tous les membres votants étaient présents."),
            P("{{D:adopted:3-0|L'ordre du jour (document CD 3-0) a été adopté}} sans "
              "modification. {{D:approved:3-1|Le procès-verbal de la 2e réunion (document CD "
              "3-1) a été approuvé}}."),
            H("2. Exécution du premier semestre 2023 (document CD 3-2)"),
            P("Le Coordonnateur régional, M. Issoufou MAHAMANE, a présenté l'état d'exécution du "
              "Programme au 31 août. Sur un budget 2023 de {{A|1 350 000 €}}, les engagements "
              "s'élèvent à {{A|958 400 €}}, soit un taux d'engagement de 71 %. Quarante-deux "
              "forages ont été réalisés sur les soixante prévus, et les travaux de "
              "réhabilitation des mares de la vallée de la Tarka ont commencé en juin. Le retard "
              "de la composante 2 s'explique par la saison des pluies, plus précoce que prévu."),
            TABLE(["Composante", "Budget 2023", "Engagé au 31 août"],
                  [["1 – Hydraulique villageoise", "612 000", "455 300"],
                   ["2 – Gestion des bassins versants", "348 000", "201 750"],
                   ["3 – Renforcement des capacités", "176 000", "132 400"],
                   ["Coordination et suivi-évaluation", "214 000", "168 950"],
                   ["Total", "{{N:b1|1 350 000}}", "{{N:b1|958 400}}"]],
                  [90, 40, 40], "LRR", total_check={"cols": [1, 2], "ok": True},
                  caption="Exécution budgétaire par composante (en euros)"),
            P("Le Dr Fatoumata SANGARÉ, responsable du suivi-évaluation, a présenté les "
              "premiers résultats de l'enquête auprès des ménages : le temps consacré à la "
              "corvée d'eau a diminué de près d'une heure par jour dans les villages équipés. "
              "M. Boubacar TRAORÉ, représentant du Mali, a demandé que les comités de gestion "
              "des points d'eau reçoivent une formation à la maintenance des pompes. Mme Awa "
              "OUÉDRAOGO, représentante du Burkina Faso, a souligné la nécessité d'associer les "
              "femmes à la gestion des comités."),
            P("{{D:approved:3-2|Le Comité directeur a approuvé le rapport d'exécution du premier "
              "semestre 2023}}."),
            H("3. Plan de travail et budget annuel 2024 (document CD 3-3)"),
            P("Le Coordonnateur régional a présenté le projet de PTBA 2024, qui prévoit "
              "l'achèvement des forages, l'extension de la gestion des bassins versants à deux "
              "nouvelles communes et le lancement d'un programme de formation des artisans "
              "réparateurs. M. Pierre-Yves LE ROUX, représentant du bailleur principal, a "
              "confirmé la disponibilité des fonds pour 2024 et a demandé que le rapport annuel "
              "présente les indicateurs désagrégés par sexe."),
            P("Après discussion, {{D:adopted:3-3|le Comité directeur a adopté le PTBA 2024 et le "
              "budget correspondant}}, d'un montant de {{A|1 480 000 €}}, soit environ "
              "{{A|971 millions de FCFA}}."),
            H("4. Questions diverses et clôture"),
            P("{{D:agreed|Il a été convenu que la 4e réunion se tiendrait à Cotonou}} au cours du "
              "premier trimestre 2024. L'ordre du jour étant épuisé, la Présidente, Mme Aïssata "
              "DIALLO-KONATÉ, a levé la séance à 17 h 00 et a remercié les autorités nigériennes "
              "pour leur accueil."),
        ],
    )


def r10():
    return Report(
        name="10_puits_vallees_comite_directeur4_fr",
        lang="fr",
        title="Procès-verbal de la 4e réunion du Comité directeur",
        meeting={"body": "Comité directeur", "ordinal": 4, "date": "2024-03-05",
                 "place": "Cotonou"},
        header_left=PPV_HEADER,
        header_right="Comité directeur – PV CD-4",
        footer=lambda p, t: {"left": "PV de la 4e réunion du Comité directeur",
                             "right": f"Page {p} / {t}"},
        created=T0(2024, 3, 22),
        stresses="Second meeting of the body of report 09; quotes meeting 3's date and "
                 "adopted budget; a postponed item; XOF amount",
        slips={"cross_meeting_date_mismatch": "quotes meeting 3 as held on '12 septembre 2023'; "
                                              "report 09 says mardi 19 septembre 2023",
               "cross_meeting_amount_mismatch": "quotes the 2024 budget adopted at meeting 3 as "
                                                "'1 520 000 €'; report 09 adopted 1 480 000 €"},
        people=[
            ("Mme Aïssata DIALLO-KONATÉ", "DIALLO-KONATÉ", "S"),
            ("M. Issoufou MAHAMANE", "MAHAMANE", "S"),
            ("Dr Fatoumata SANGARÉ", "SANGARÉ", "S"),
            ("M. Pierre-Yves LE ROUX", "LE ROUX", "S"),
            ("Mme Justine HOUNKPATIN", "HOUNKPATIN", "S"),
            ("M. Boubacar TRAORÉ", "TRAORÉ", "S"),
            ("Mme Awa OUÉDRAOGO", "OUÉDRAOGO", "M"),
        ],
        flags={"cd": "cross_meeting_date_mismatch", "ca": "cross_meeting_amount_mismatch"},
        min_soft_splits=0,
        not_flags={"w1": "weekday is right (5 March 2024 was a Tuesday)"},
        weekday_checks=[("mardi 5 mars 2024", True)],
        blocks=[
            C(PPV_HEADER, size=16, bold=True, after=1.5),
            C("Hydraulique villageoise et gestion des bassins versants au Sahel", size=11,
              after=6),
            C("Procès-verbal de la 4e réunion du Comité directeur", size=13.5, bold=True,
              after=2),
            C("{{N:w1|mardi 5 mars 2024}} – Cotonou (Bénin)", size=11, after=8),
            H("1. Ouverture"),
            P("La 4e réunion du Comité directeur a été ouverte à 9 h 00 par sa Présidente, "
              "Mme Aïssata DIALLO-KONATÉ. Mme Justine HOUNKPATIN, Directrice générale de l'eau "
              "du Bénin, a souhaité la bienvenue aux participants et rappelé l'intérêt de son "
              "pays pour une extension du Programme aux communes du nord. Mme Awa OUÉDRAOGO, "
              "représentante du Burkina Faso, s'était fait excuser ; elle avait donné procuration "
              "au représentant du Mali, M. Boubacar TRAORÉ."),
            P("{{D:adopted:4-0|L'ordre du jour (document CD 4-0) a été adopté}}. Le procès-verbal "
              "de la 3e réunion, tenue à Niamey le {{E:cd|12 septembre 2023}}, "
              "{{D:approved:4-1|a été approuvé sans modification (document CD 4-1)}}."),
            H("2. Rapport annuel 2023 (document CD 4-2)"),
            P("Le Coordonnateur régional, M. Issoufou MAHAMANE, a présenté le rapport annuel "
              "2023. Le taux d'engagement de l'exercice s'est finalement établi à 93 %, et "
              "cinquante-huit des soixante forages prévus ont été mis en service. Il a rappelé "
              "que le budget 2024 de {{E:ca|{{A|1 520 000 €}}}} adopté lors de la 3e réunion "
              "permettra d'achever les deux forages restants dès le premier semestre. Le "
              "Dr Fatoumata SANGARÉ a présenté les indicateurs désagrégés par sexe demandés "
              "par le bailleur : les femmes représentent désormais 38 % des membres des comités "
              "de gestion des points d'eau."),
            P("M. Pierre-Yves LE ROUX a salué la qualité du rapport et la prise en compte de la "
              "demande du bailleur. M. Boubacar TRAORÉ a signalé des pannes répétées sur les "
              "pompes installées dans la région de Mopti et a demandé que le stock de pièces "
              "détachées soit renforcé. {{D:approved:4-2|Le Comité directeur a approuvé le "
              "rapport annuel 2023}}."),
            H("3. Plan de passation des marchés 2024 (document CD 4-4)"),
            P("Le Coordonnateur régional a présenté le plan de passation des marchés, qui "
              "regroupe en un seul appel d'offres les travaux de réhabilitation des mares et "
              "l'achat des pièces détachées. {{D:approved:4-4|Le Comité directeur a approuvé le "
              "plan de passation des marchés 2024}}."),
            H("4. Extension du Programme au nord du Bénin (document CD 4-3)"),
            P("Mme Justine HOUNKPATIN a présenté la demande d'extension du Programme à quatre "
              "communes de l'Atacora, pour laquelle le Bénin propose une contribution "
              "additionnelle de {{A|25 millions de FCFA}}. Le représentant du bailleur a indiqué "
              "qu'une extension nécessiterait un avenant à la convention de financement et une "
              "étude de faisabilité préalable. {{D:postponed:4-3|Le Comité directeur a décidé de "
              "reporter à sa 5e réunion l'examen de la demande d'extension}}, dans l'attente de "
              "l'étude de faisabilité."),
            H("5. Questions diverses et clôture"),
            P("{{D:agreed|Il a été convenu de recruter un expert en genre}} à temps partiel pour "
              "accompagner les comités de gestion. La 5e réunion se tiendra à Bamako en "
              "septembre 2024. La Présidente a levé la séance à 16 h 30."),
        ],
    )


# ---- 11 ------------------------------------------------------------------------------
def r11():
    return Report(
        name="11_sable_coast_audit_finance9_en",
        lang="en",
        title="Minutes of the 9th Meeting of the Audit and Finance Committee",
        meeting={"body": "Audit and Finance Committee", "ordinal": 9, "date": "2025-01-23",
                 "place": "Cape Town"},
        header_left="Sable Coast Heritage Trust",
        header_right="AFC 9 – Minutes",
        footer=lambda p, t: {"left": "Audit and Finance Committee – 9th meeting",
                             "right": f"Page {p} of {t}"},
        created=T0(2025, 2, 3),
        stresses="Short, consistent English committee minutes: ZAR amounts, ruled income "
                 "table with a correct 'Total income 2024' row, correct surplus arithmetic, a "
                 "particle family name ('van der BERG'), a deferred item",
        slips={},
        people=[
            ("Ms Naledi MOKOENA", "MOKOENA", "S"),
            ("Mr Pieter van der BERG", "van der BERG", "S"),
            ("Dr Eleanor FINCH-HATTON", "FINCH-HATTON", "S"),
            ("Ms Farah ISMAIL", "ISMAIL", "S"),
            ("Mr Sipho DLAMINI", "DLAMINI", "S"),
            ("Mr Johan KRIEL", "KRIEL", "M"),
        ],
        auto_hyphen=False,
        min_soft_splits=0,
        not_flags={"w1": "weekday is right (23 January 2025 was a Thursday)",
                   "b1": "income table sums to its total row; the total year matches the text",
                   "s1": "3,960,000 - 3,712,400 = 247,600",
                   "t1": "target year of the long-term plan, not a reporting year"},
        weekday_checks=[("Thursday, 23 January 2025", True)],
        sum_checks=[(247600, [3960000, -3712400], True)],
        blocks=[
            C("Sable Coast Heritage Trust", size=16, bold=True, after=2),
            C("Minutes of the 9th Meeting of the Audit and Finance Committee", size=13,
              bold=True, after=2),
            C("{{N:w1|Thursday, 23 January 2025}}, 14:00 – Trust offices, Cape Town", size=11,
              after=7),
            P("**Present:** Ms Naledi MOKOENA (Chair), Mr Pieter van der BERG (Treasurer), "
              "Dr Eleanor FINCH-HATTON. **In attendance:** Ms Farah ISMAIL (Finance Manager), "
              "Mr Sipho DLAMINI (Kloof & Partners, external auditors).", after=4),
            H("1. Opening, agenda and minutes"),
            P("The Chair opened the meeting at 14:05. {{D:adopted|The agenda was adopted}} as "
              "circulated. {{D:approved|The minutes of the 8th meeting were approved}} and "
              "signed by the Chair. The Committee recorded its thanks to Mr Johan KRIEL, "
              "former Treasurer, for his years of service."),
            H("2. Draft annual financial statements 2024"),
            P("Ms Farah ISMAIL presented the draft annual financial statements for 2024. Total "
              "income for 2024 was {{A|ZAR 3,960,000}}, 6 per cent above budget, and total "
              "expenditure {{A|ZAR 3,712,400}}, leaving a surplus of {{N:s1|{{A|ZAR 247,600}}}}. "
              "The table below summarises income by source."),
            TABLE(["Source", "2024 (ZAR)"],
                  [["Grants from foundations", "2,310,000"],
                   ["Individual donations", "845,000"],
                   ["Events and venue hire", "412,500"],
                   ["Investment income", "392,500"],
                   ["{{N:b1|Total income 2024}}", "3,960,000"]],
                  [120, 50], "LR", total_check={"cols": [1], "ok": True},
                  caption="Income by source, 2024"),
            P("Mr Sipho DLAMINI reported that the audit fieldwork was complete and that he "
              "expected to issue an unqualified opinion. Dr Eleanor FINCH-HATTON asked whether "
              "the growth in venue hire was sustainable; the Finance Manager replied that "
              "bookings for the first half of 2025 were already at last year's level. "
              "{{D:approved|The Committee approved the 2024 annual financial statements}} for "
              "submission to the Board of Trustees."),
            H("3. External auditors"),
            P("{{D:agreed|It was agreed to reappoint Kloof & Partners as external auditors}} for "
              "the 2025 financial year, with an audit fee of {{A|ZAR 96,000}}."),
            H("4. Investment of reserves"),
            P("Mr Pieter van der BERG presented options for the investment of the Trust's "
              "reserves, in line with the long-term plan to {{N:t1|Vision 2035}}. Members asked "
              "for independent advice on the risks of the proposed money-market fund. "
              "{{D:postponed|The proposal to move reserves into a money-market fund was "
              "deferred}} to the April meeting."),
            P("The Chair closed the meeting at 16:10."),
        ],
    )


REPORTS = [r01, r02, r03, r04, r05, r06, r07, r08, r09, r10, r11]


FLAG_KINDS = {"year_mismatch", "table_total_mismatch", "sum_mismatch", "weekday_mismatch",
              "meeting_number_mismatch", "chair_mismatch", "cross_meeting_date_mismatch",
              "cross_meeting_amount_mismatch"}


def main(argv):
    debug = argv[argv.index("--debug") + 1] if "--debug" in argv else None
    reports = [f() for f in REPORTS]
    names = [r.name for r in reports]
    assert len(set(names)) == len(names)
    results, golds, failures, splits_total = {}, {}, [], 0
    for rep in reports:
        data, rec, total = build(rep)
        pdf_path = HERE / f"{rep.name}.pdf"
        pdf_path.write_bytes(data)
        if debug and debug in rep.name:
            for page, y, text in rec.lines:
                print(f"p{page} y={y:5.1f} | {text}")
            print("soft splits:", rec.soft_splits)
        try:
            gold = make_gold(rep, rec)
            verify(rep, pdf_path, rec, gold, total)
        except AssertionError as e:
            if not debug:
                raise
            failures.append(f"{rep.name}: {e}")
            continue
        (HERE / f"{rep.name}.gold.json").write_text(dump_gold(gold), encoding="utf-8")
        results[rep.name] = total
        golds[rep.name] = gold
        splits_total += len(rec.soft_splits)
        print(f"{rep.name}: {total} pages, {len(gold['decisions'])} decisions, "
              f"{len(gold['amounts'])} amounts, {len(gold['tables'])} tables, "
              f"{len(gold['flags'])} flags, sha256 {hashlib.sha256(data).hexdigest()[:12]}")
    assert splits_total >= 2, "the corpus needs end-of-line hyphenations"
    kinds = {f["kind"] for g in golds.values() for f in g["flags"]}
    assert failures or kinds >= FLAG_KINDS, f"flag kinds never planted: {FLAG_KINDS - kinds}"
    assert failures or all(len(g["flags"]) <= 2 for g in golds.values())
    if failures:
        print("FAILED:\n  " + "\n  ".join(failures))
        sys.exit(1)
    (HERE / "README.md").write_text("\n".join(write_readme(reports, results, golds)) + "\n",
                                    encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
