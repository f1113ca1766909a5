#!/usr/bin/env python3
"""Build the THIRD held-out corpus: four invented reports (20-23) with gold, never tuned on.

Usage:  python corpus/build_heldout3.py            render, verify, then write PDFs + gold
        python corpus/build_heldout3.py --lines 21 also print the line layout of the
                                                     reports whose name contains "21"

Reports 01-11 (build.py), 12-15 (build_heldout.py) and 16-19 (build_heldout2.py) have all
been used to tune the extractors, so none of them measures generalisation any more.  These
four were written afterwards, from scratch, in styles the corpus does not have yet: the
minutes of an online Governing Council with RESOLVED / ACTION lines and numeric day-first
dates (20), a French "relevé de décisions" of a Bureau exécutif with FCFA amounts (21), a
Chilean cooperative's general assembly with pesos and UF (22) and an English
Extraordinary General Meeting of a Nigerian sports federation written in long reported
speech, with naira amounts (23).  The renderer and markup are those of build_heldout2.py
(copied, so that the scripts stay independent), extended with a planted wrong total row
in a table (`bad_cols`), numeric dates (dd/mm/yyyy), and the XOF / CLP / NGN currencies.
Every body, person, figure and sentence is invented.

Each report is one Python structure; paragraph text carries inline markup, so the gold is
read off the very strings that are rendered:

    ⟦D:outcome:ref,ref|text⟧   a decision; `text` becomes the gold "contains"
    ⟦A:value:CUR|text⟧          a monetary amount (value in units of the currency)
    ⟦E:id|text⟧                 evidence of the planted slip `id`
    ⟦N:id|text⟧                 evidence of the look-alike `id` (gold not_flags)
    **text**                    bold
    \\n                          forced line break inside a paragraph

Spaces inside an amount never break a line.  After rendering, the PDF bytes are re-read with
pdfplumber and every gold string is looked up on its gold page (whitespace collapsed); any
mismatch stops the build before a single file is written.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import matplotlib
import pdfplumber
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
README = HERE / "README.md"
FONTS = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
REGULAR, BOLD = FONTS / "DejaVuSans.ttf", FONTS / "DejaVuSans-Bold.ttf"

A4_W, A4_H = 210.0, 297.0
LEFT, RIGHT = 22.0, 22.0
TOP, BOTTOM = 26.0, 272.0          # body area
HEAD_Y, FOOT_Y = 14.0, 284.0       # baselines of the running header / footer
WIDTH = A4_W - LEFT - RIGHT
PT = 72 / 25.4                     # points per mm

OPEN, CLOSE = "⟦", "⟧"
OUTCOMES = {"approved", "adopted", "rejected", "postponed", "agreed"}
ISO = {"USD", "EUR", "GBP", "XOF", "CLP", "NGN"}


class BuildError(Exception):
    pass


def need(cond, msg):
    if not cond:
        raise BuildError(msg)


def squash(s: str) -> str:
    return " ".join(s.split())


# ------------------------------------------------------------------------------ markup

@dataclass
class Span:
    kind: str
    args: list
    start: int
    end: int = -1
    text: str = ""
    page: int = 0
    page_end: int = 0


def parse(src: str):
    """Markup -> (plain text, per-char bold, spans, set of unbreakable space indexes)."""
    out, bold, spans, stack = [], [], [], []
    is_bold, i = False, 0
    while i < len(src):
        if src[i] == OPEN:
            j = src.index("|", i)
            kind, *args = src[i + 1:j].split(":")
            stack.append(Span(kind, args, len(out)))
            i = j + 1
        elif src[i] == CLOSE:
            sp = stack.pop()
            sp.end = len(out)
            spans.append(sp)
            i += 1
        elif src.startswith("**", i):
            is_bold = not is_bold
            i += 2
        else:
            out.append(src[i])
            bold.append(is_bold)
            i += 1
    need(not stack and not is_bold, f"unbalanced markup in {src[:70]!r}")
    plain = "".join(out)
    glue = set()
    for sp in spans:
        sp.text = plain[sp.start:sp.end]
        if sp.kind == "A":
            glue |= {k for k in range(sp.start, sp.end) if plain[k] == " "}
    return plain, bold, spans, glue


# ------------------------------------------------------------------------------ blocks

@dataclass
class Block:
    kind: str                  # title | h1 | h2 | p | table | gap | newpage
    text: str = ""
    size: float = 0.0
    indent: float = 0.0
    before: float = 0.0
    after: float = 2.2
    center: bool = False
    bold: bool = False
    header: list = field(default_factory=list)
    rows: list = field(default_factory=list)
    widths: list = field(default_factory=list)
    aligns: str = ""
    ruled: bool = True
    caption: str = ""
    sum_cols: list = field(default_factory=list)   # columns whose last row is the total
    split: bool = False        # may continue across a page break (header row repeated)
    bad_cols: list = field(default_factory=list)   # columns whose total row is planted wrong


def title(text, size=12.5, bold=True, after=1.2):
    return Block("title", text, size=size, center=True, bold=bold, after=after)


def h1(text):
    return Block("h1", text, size=12.0, bold=True, before=3.5, after=1.8)


def h2(text):
    return Block("h2", text, size=10.8, bold=True, before=1.5, after=1.2, indent=4.0)


def p(text, indent=0.0, after=2.2):
    return Block("p", text, indent=indent, after=after)


def gap(mm):
    return Block("gap", before=mm)


def newpage():
    return Block("newpage")


def table(header, rows, widths, aligns, ruled=True, caption="", sum_cols=(), split=False,
          bad_cols=()):
    return Block("table", header=header, rows=rows, widths=widths, aligns=aligns,
                 ruled=ruled, caption=caption, sum_cols=list(sum_cols), split=split,
                 bad_cols=list(bad_cols))


@dataclass
class Report:
    name: str
    lang: str
    meeting: dict
    date_as_written: str          # the meeting date as printed (checked against meeting.date)
    head: tuple                   # running header (left, right)
    foot: object                  # callable(page, total) -> (left, right)
    created: dt.datetime
    blocks: list
    people: list                  # (name as written, family as written, "S" | "M")
    flags: dict = field(default_factory=dict)        # id -> kind | (kind, [table quotes])
    not_flags: dict = field(default_factory=dict)    # id -> about | (about, [quotes])
    weekdays: list = field(default_factory=list)     # (date as written, expected correct?)
    sums: list = field(default_factory=list)         # (stated total, [parts], expected ok?)
    body_size: float = 10.0
    stresses: str = ""
    slips: str = ""
    split_tables: int = 0         # how many tables must really continue across a page break


# ------------------------------------------------------------------------------ renderer

class Pdf(FPDF):
    def __init__(self, rep: Report, total: int):
        super().__init__(unit="mm", format="A4")
        self.rep, self.total = rep, total
        self.set_creation_date(rep.created)
        self.set_title(rep.meeting["body"])
        self.set_author(rep.head[0])
        self.set_producer("minutes held-out corpus builder (set 3)")
        self.set_auto_page_break(False)
        self.add_font("DV", "", str(REGULAR))
        self.add_font("DV", "B", str(BOLD))
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
    """Greedy line breaking at breakable spaces; '\n' forces a break.
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
    height = rh * (len(b.rows) + 1) + (8 if b.caption else 0) + 4
    if b.split:
        # a split table starts where it is as long as the caption, the header and three rows fit
        if pdf.y_pos + rh * 4 + (8 if b.caption else 0) > BOTTOM:
            pdf.fresh_page()
    elif pdf.y_pos + height > BOTTOM:
        pdf.fresh_page()
    if b.caption:
        draw_para(pdf, rep, Block("p", b.caption, bold=True, after=1.2, size=size), lay)
    pdf.y_pos += 1.0

    def draw_row(row, is_head, is_total):
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

    fragments = [[]]                       # rows per page fragment
    draw_row(b.header, True, False)
    for ri, row in enumerate(b.rows):
        if pdf.y_pos + rh > BOTTOM:
            need(b.split, f"{rep.name}: table overflows its page")
            pdf.fresh_page()
            pdf.y_pos += 1.0
            draw_row(b.header, True, False)          # header repeated on the new page
            fragments.append([])
        draw_row(row, False, bool(b.sum_cols or b.bad_cols) and ri == len(b.rows) - 1)
        fragments[-1].append(row)
    first = pdf.page_no() - len(fragments) + 1
    for k, rows in enumerate(fragments):
        need(rows, f"{rep.name}: empty table fragment")
        lay.tables.append({"page": first + k, "header": list(b.header),
                           "rows": [list(r) for r in rows]})
    if len(fragments) > 1:
        lay.splits += 1
    pdf.y_pos += 4.0
    if b.sum_cols:
        for col in b.sum_cols:
            parts = [number(r[col], rep.lang) for r in b.rows[:-1]]
            need(abs(sum(parts) - number(b.rows[-1][col], rep.lang)) < 1e-6,
                 f"{rep.name}: table column {col} does not sum to its total row")
    for col in b.bad_cols:                 # the planted slip: this total row must be wrong
        parts = [number(r[col], rep.lang) for r in b.rows[:-1]]
        need(abs(sum(parts) - number(b.rows[-1][col], rep.lang)) > 1e-6,
             f"{rep.name}: table column {col} was meant to miss its total row, but sums")


def render(rep: Report, total: int) -> tuple[bytes, Layout]:
    pdf = Pdf(rep, total)
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


# ------------------------------------------------------------------------------ numbers

def number(s: str, lang: str) -> float:
    """A figure as printed in this report's language -> float."""
    t = s.replace("\u00a0", " ").strip()
    if lang == "en":
        t = t.replace(",", "")
    elif lang == "es":
        t = t.replace(".", "").replace(",", ".")
    else:   # fr: thin/normal space thousands, comma decimals
        t = t.replace(" ", "").replace(",", ".")
    return float(t.replace(" ", ""))


WEEKDAYS = {
    "en": "monday tuesday wednesday thursday friday saturday sunday".split(),
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche".split(),
    "es": "lunes martes miércoles jueves viernes sábado domingo".split(),
}
MONTHS = {
    "en": "january february march april may june july august september october november "
          "december".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre "
          "décembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
          "diciembre".split(),
}


def read_date(s: str, lang: str) -> tuple[dt.date, int | None]:
    """(date, weekday index or None) of a written date in any order of its parts."""
    low = s.lower()
    num = re.search(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b", low)      # dd/mm/yyyy, day first
    if num:
        day, mon, year = (int(g) for g in num.groups())
        wd = next((i for i, w in enumerate(WEEKDAYS[lang]) if re.search(rf"\b{w}\b", low)),
                  None)
        return dt.date(year, mon, day), wd
    month = next(i for i, m in enumerate(MONTHS[lang], 1) if re.search(rf"\b{m}\b", low))
    year = int(re.search(r"\b(\d{4})\b", low).group(1))
    day = int(re.search(r"\b(\d{1,2})\b(?!\d)", low.replace(str(year), "")).group(1))
    wd = next((i for i, w in enumerate(WEEKDAYS[lang]) if re.search(rf"\b{w}\b", low)), None)
    return dt.date(year, month, day), wd


# Currency-looking figures; any match outside an amount span is an unannotated amount.
MONEY = [
    r"(?:US\$|\$|€|£|₦)\s?\d",
    r"\b(?:USD|EUR|GBP|XOF|CLP|NGN|FCFA|N)\s?\d",
    r"\d[\d.,  ]*\s?(?:€|\$|£|k€|M€|m€|FCFA)",
    r"\d[\d.,  ]*\s?(?:million|millions|milliard|milliards|millones|millón|mil|m|bn)?\s?"
    r"(?:d'euros|euros|de euros|francs CFA|de francs CFA|pesos|de pesos|naira|dollars|pounds)\b",
]


# ------------------------------------------------------------------------------ gold

def make_gold(rep: Report, lay: Layout) -> dict:
    decisions, amounts, seen = [], [], set()
    for sp in lay.spans:
        if sp.kind == "D":
            outcome = sp.args[0]
            refs = [r for r in (sp.args[1] if len(sp.args) > 1 else "").split(",") if r]
            need(outcome in OUTCOMES, f"{rep.name}: outcome {outcome!r}")
            decisions.append({"page": sp.page, "contains": squash(sp.text), "outcome": outcome,
                              "refs": refs})
        elif sp.kind == "A":
            value, cur = float(sp.args[0]), sp.args[1]
            value = int(value) if value == int(value) else value
            need(cur in ISO, f"{rep.name}: currency {cur!r}")
            need((value, cur) not in seen, f"{rep.name}: amount {sp.text!r} repeats {value} {cur}")
            seen.add((value, cur))
            amounts.append({"as_written": squash(sp.text), "value": value, "currency": cur,
                            "page": sp.page})
    flags = []
    for fid, kind in rep.flags.items():
        quotes = []
        if isinstance(kind, tuple):       # (kind, [quotes]) for evidence in table cells
            kind, quotes = kind
        ev = [sp for sp in lay.spans if sp.kind == "E" and sp.args[0] == fid]
        need(ev or quotes, f"{rep.name}: flag {fid} has no evidence")
        pages = [sp.page for sp in ev]
        for q in quotes:                  # evidence in table cells: the page of that table
            pages += [t["page"] for t in lay.tables
                      if any(q in row for row in [t["header"]] + t["rows"])]
        need(pages, f"{rep.name}: flag {fid}: quotes {quotes} are in no table")
        flags.append({"kind": kind, "page": max(pages),
                      "evidence": list(dict.fromkeys([squash(sp.text) for sp in ev] + quotes))})
    not_flags = []
    for nid, about in rep.not_flags.items():
        literal = []
        if isinstance(about, tuple):      # (about, [quotes]) for look-alikes in table cells
            about, literal = about
        ev = [squash(sp.text) for sp in lay.spans if sp.kind == "N" and sp.args[0] == nid]
        ev += literal
        need(ev, f"{rep.name}: not_flag {nid} has no evidence")
        not_flags.append({"about": about, "evidence": list(dict.fromkeys(ev))})
    used = {sp.args[0] for sp in lay.spans if sp.kind in ("E", "N")}
    need(used <= set(rep.flags) | set(rep.not_flags), f"{rep.name}: unknown ids {used}")
    return {
        "file": rep.name + ".pdf",
        "language": rep.lang,
        "meeting": rep.meeting,
        "speakers": [{"name": n, "family": f} for n, f, r in rep.people if r == "S"],
        "mentioned": [{"name": n, "family": f} for n, f, r in rep.people if r == "M"],
        "decisions": decisions,
        "amounts": amounts,
        "tables": lay.tables,
        "flags": flags,
        "not_flags": not_flags,
    }


def verify(rep: Report, data: bytes, lay: Layout, gold: dict) -> list[str]:
    """Every gold string on its gold page, as pdfplumber reads the bytes. Returns problems."""
    bad = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        pages = {i: squash(pg.extract_text() or "") for i, pg in enumerate(pdf.pages, 1)}
        bodies = {i: squash(pg.crop((0, (HEAD_Y + 3) * PT, pg.width, (FOOT_Y - 5) * PT))
                            .extract_text() or "") for i, pg in enumerate(pdf.pages, 1)}
        n = len(pdf.pages)
    everything = " ".join(bodies.values())

    def on(s, page, what):
        if squash(s) not in pages.get(page, ""):
            bad.append(f"{what} {s!r} not found on page {page}")

    if n != lay.pages or not 2 <= n <= 3:
        bad.append(f"{n} pages (layout said {lay.pages}); each report must have 2-3 pages")
    if lay.splits != rep.split_tables:
        bad.append(f"{lay.splits} tables continue across a page break, "
                   f"expected {rep.split_tables}")
    for i in range(1, n + 1):
        left, right = rep.foot(i, n)
        for s in (rep.head[0], rep.head[1], left, right):
            if s and squash(s) not in pages[i]:
                bad.append(f"running header/footer {s!r} missing on page {i}")
    for sp in lay.spans:
        if sp.page != sp.page_end:
            bad.append(f"{sp.kind} span {sp.text!r} straddles pages {sp.page}-{sp.page_end}")
    for d in gold["decisions"]:
        on(d["contains"], d["page"], "decision")
    for a in gold["amounts"]:
        on(a["as_written"], a["page"], "amount")
    for t in gold["tables"]:
        for row in [t["header"]] + t["rows"]:
            for cell in row:
                if cell:
                    on(cell, t["page"], "table cell")
    for f in gold["flags"]:
        for ev in f["evidence"]:
            on(ev, f["page"], f"{f['kind']} evidence")
    for nf in gold["not_flags"]:
        for ev in nf["evidence"]:
            if squash(ev) not in everything:
                bad.append(f"not_flag evidence {ev!r} not in the text")
    for name, fam, _ in rep.people:
        if fam not in name:
            bad.append(f"family {fam!r} is not written in {name!r}")
        if squash(name) not in everything:
            bad.append(f"person {name!r} not in the page bodies")
    fams = [f for _, f, _ in rep.people]
    if len(set(fams)) != len(fams):
        bad.append("two people share a family name")
    # meeting date: the ISO date of the gold is the date printed
    day, _ = read_date(rep.date_as_written, rep.lang)
    if day.isoformat() != rep.meeting["date"]:
        bad.append(f"meeting date {rep.meeting['date']} != printed {rep.date_as_written!r}")
    if squash(rep.date_as_written) not in everything:
        bad.append(f"printed meeting date {rep.date_as_written!r} not in the text")
    for written, ok in rep.weekdays:
        day, wd = read_date(written, rep.lang)
        right = wd is not None and day.weekday() == wd
        if right != ok:
            bad.append(f"weekday of {written!r}: right={right}, expected right={ok} "
                       f"({day} was a {day.strftime('%A')})")
        if squash(written) not in everything:
            bad.append(f"date {written!r} not in the text")
    for total, parts, ok in rep.sums:
        if (abs(sum(parts) - total) < 1e-6) != ok:
            bad.append(f"sum check {parts} -> {total}: expected ok={ok}")
    for plain, spans in lay.texts:
        marked = [(sp.start, sp.end) for sp in spans if sp.kind == "A"]
        for rx in MONEY:
            for m in re.finditer(rx, plain):
                if not any(a <= m.start() < b for a, b in marked):
                    bad.append(f"unannotated amount {m.group()!r} in {plain[:60]!r}")
    if set(gold["meeting"]) != {"body", "ordinal", "date", "place"}:
        bad.append("meeting needs body, ordinal, date, place")
    return [f"{rep.name}: {b}" for b in bad]


def dump(gold: dict) -> str:
    out = ["{"]
    keys = list(gold)
    for i, k in enumerate(keys):
        v, comma = gold[k], "," if i < len(keys) - 1 else ""
        if isinstance(v, list) and v:
            out.append(f"  {json.dumps(k)}: [")
            out += ["    " + json.dumps(x, ensure_ascii=False) + ("," if j < len(v) - 1 else "")
                    for j, x in enumerate(v)]
            out.append("  ]" + comma)
        else:
            out.append(f"  {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}{comma}")
    text = "\n".join(out + ["}"]) + "\n"
    assert json.loads(text) == gold
    return text


# ============================================================================== reports

def when(y, m, d):
    return dt.datetime(y, m, d, 9, 30, 0, tzinfo=dt.timezone.utc)




# ---- 20: online Governing Council of a research network, RESOLVED / ACTION lines --------

def r20() -> Report:
    net = "North Atlantic Coastal Observatories Network (NACON)"
    blocks = [
        title(net.upper(), size=10.5),
        title("Governing Council – 14th meeting", size=13.5),
        title("Minutes – April 2024", size=12, after=1.6),
        title("Date: ⟦N:date|10/04/2024⟧, 13:00–16:20 CET · held online via Microsoft Teams",
              size=10, bold=False, after=5),
        p("**Council members:** Prof. Anna-Lena Schmidt (Chair, Germany), Dr Saoirse Ní "
          "Bhriain (Vice-Chair, Ireland), Prof. Tomasz Wierzbicki (Poland), Dr Inês "
          "Carvalho-Matos (Portugal), Mr Hallvard Øvrebø (Norway), Dr Eilidh MacPhail "
          "(United Kingdom), Dr Marc-Antoine Lefebvre-Daudet (France).", after=1.2),
        p("**Secretariat:** Dr J.-P. Moreau (Executive Director), Ms Karin Vos (Finance "
          "Officer), Mr Tiago Brandão (minutes). **Observer:** Dr Yuki Tanabe (Japan "
          "Coastal Ocean Agency). **Apologies:** Prof. Ragnar Sigurðsson (Iceland).",
          after=3),
        h1("1. Opening, quorum and agenda"),
        p("The Chair, Prof. Anna-Lena Schmidt, opened the meeting at 13:02 CET and welcomed "
          "Dr Yuki Tanabe, attending as an observer for the first time. Seven of the eight "
          "voting members were connected and the meeting was quorate. Ms Karin Vos joined "
          "at 13:40 after a connection problem. The agenda was taken as circulated."),
        h1("2. Minutes of the 13th meeting (Paper GC 14-1)"),
        p("Dr Eilidh MacPhail asked that the minutes record her reservation about the "
          "glider procurement timetable; the Secretariat agreed to add it."),
        p("**RESOLVED:** ⟦D:approved:14-1|that the Council approves the minutes of its "
          "⟦N:prev|13th meeting⟧ held on 06/12/2023⟧ as a true record, as amended."),
        h1("3. Report of the Executive Director (Paper GC 14-2)"),
        p("Dr J.-P. Moreau reported on the first quarter. The network had been awarded "
          "⟦A:240000:EUR|€ 240 000⟧ for the coastal glider pilot, to run for two years from "
          "June; the United Kingdom partner had paid its ⟦A:12000:GBP|GBP 12,000⟧ annual "
          "subscription, so that all subscriptions for 2024 were now received. Two of the "
          "eleven shore stations had been out of service during the winter storms, and the "
          "data gap would be filled from the satellite product. Dr Eilidh MacPhail asked "
          "whether the glider pilot would publish its data in near real time; Dr Moreau "
          "replied that it would, from the third month onwards."),
        p("**ACTION:** J.-P. Moreau to circulate the glider pilot work plan to Council "
          "members by 30/04/2024."),
        p("Members thanked the Executive Director and his team for the report."),
        h1("4. Budget 2025 (Paper GC 14-3)"),
        p("Ms Karin Vos presented the draft budget for 2025, which totals "
          "⟦N:budget|⟦A:1850000:EUR|EUR 1.85m⟧⟧: ⟦N:budget|⟦A:1320000:EUR|EUR 1.32m⟧⟧ from "
          "member subscriptions and ⟦N:budget|⟦A:530000:EUR|EUR 530,000⟧⟧ from project "
          "overheads. Subscriptions would rise by 2 per cent, the first increase since 2021. "
          "Prof. Tomasz Wierzbicki said that his ministry could not commit to an increase "
          "before its own budget was voted in the autumn, and that Poland would therefore "
          "abstain. Dr Marc-Antoine Lefebvre-Daudet asked that the reserve be kept at no less "
          "than three months of running costs."),
        p("**RESOLVED:** ⟦D:approved:14-3|that the Council approves the 2025 budget as set "
          "out in Paper GC 14-3⟧, with one abstention (Poland)."),
        p("**ACTION:** K. Vos to send members their 2025 subscription notices by "
          "31/05/2024."),
        h1("5. Open Data Policy, version 3.1 (Paper GC 14-4)"),
        p("Dr Saoirse Ní Bhriain presented the revised Open Data Policy, which shortens the "
          "embargo on quality-controlled data from twelve to six months and adds a licence "
          "for derived products. Mr Hallvard Øvrebø welcomed the shorter embargo but asked "
          "how partners who sell data to the offshore wind industry would be treated. "
          "Dr Ní Bhriain replied that commercial re-use of raw data would remain subject to "
          "bilateral agreements."),
        p("**RESOLVED:** ⟦D:adopted:14-4|that the Council adopts the Open Data Policy, "
          "version 3.1⟧, with effect from 1 July 2024."),
        h1("6. Membership application of the Faroe Marine Research Institute"),
        p("Dr Marc-Antoine Lefebvre-Daudet, who chairs the membership panel, said that the "
          "application had arrived after the deadline and that the panel had not yet "
          "examined the letter of support from the national ministry."),
        p("**DEFERRED:** ⟦D:postponed:|the Council agreed to defer the membership application "
          "of the Faroe Marine Research Institute⟧ to its 15th meeting."),
        h1("7. Proposal to move the data centre to Bergen"),
        p("Mr Hallvard Øvrebø proposed that the network's data centre be moved from Brest "
          "to Bergen, where hosting would be cheaper, at a one-off cost of "
          "⟦A:95000:EUR|€ 95 000⟧. Dr J.-P. Moreau warned that the move would coincide with "
          "the start of the glider pilot. Several members said that the saving had not been "
          "shown to cover the cost within five years. The proposal was put to a vote: "
          "⟦D:rejected:|the proposal to move the data centre to Bergen was not carried⟧ "
          "(⟦N:vote|2 in favour, 5 against⟧)."),
        h1("8. Statement by the observer"),
        p("Dr Yuki Tanabe said that the board of her agency had approved, in March, a "
          "contribution of ⟦A:50000:USD|USD 50,000⟧ to a joint intercomparison of tide "
          "gauges with NACON, and that a memorandum of understanding would be proposed to "
          "the Council in due course. The Chair thanked Dr Tanabe and said that the Council "
          "would be asked to approve the memorandum at a later meeting."),
        h1("9. Any other business and next meeting"),
        p("**AGREED:** ⟦D:agreed:|that the June meeting will include a half-day strategy "
          "session on the period after 2027⟧. It was noted that the audited accounts for "
          "2023 will be presented to the 15th meeting for approval."),
        p("The ⟦N:next|15th meeting⟧ will be held in person in Brest on 26/06/2024 "
          "(⟦N:wd|Wednesday 26 June 2024⟧)."),
        p("**ACTION:** Secretariat to circulate the logistics note for Brest by 24/05/2024."),
        p("The Chair closed the meeting at 16:20 CET."),
    ]
    return Report(
        name="20_nacon_governing_council14_en",
        lang="en",
        meeting={"body": "Governing Council", "ordinal": 14, "date": "2024-04-10",
                 "place": None},
        date_as_written="10/04/2024",
        head=("NACON – Governing Council", "GC 14 – Minutes, April 2024"),
        foot=lambda pg, n: ("Approved at GC 15 – distribution: Council members and observers",
                            f"p. {pg}/{n}"),
        created=when(2024, 4, 19),
        blocks=blocks,
        people=[
            ("Prof. Anna-Lena Schmidt", "Schmidt", "S"),
            ("Dr J.-P. Moreau", "Moreau", "S"),
            ("Ms Karin Vos", "Vos", "S"),
            ("Dr Eilidh MacPhail", "MacPhail", "S"),
            ("Prof. Tomasz Wierzbicki", "Wierzbicki", "S"),
            ("Dr Marc-Antoine Lefebvre-Daudet", "Lefebvre-Daudet", "S"),
            ("Dr Saoirse Ní Bhriain", "Ní Bhriain", "S"),
            ("Mr Hallvard Øvrebø", "Øvrebø", "S"),
            ("Dr Yuki Tanabe", "Tanabe", "S"),
            ("Dr Inês Carvalho-Matos", "Carvalho-Matos", "M"),
            ("Mr Tiago Brandão", "Brandão", "M"),
            ("Prof. Ragnar Sigurðsson", "Sigurðsson", "M"),
        ],
        not_flags={
            "date": "10/04/2024 is 10 April 2024 (day first), as the header 'April 2024' "
                    "says; not a date or month contradiction",
            "prev": "the 13th meeting is the previous meeting, not a meeting-number "
                    "contradiction",
            "next": "the 15th meeting is the next meeting, not a meeting-number contradiction",
            "budget": "the budget adds up: EUR 1.32m + EUR 530,000 = EUR 1.85m",
            "vote": "2 + 5 = 7 voting members connected",
            "wd": "weekday is right (26 June 2024 was a Wednesday)",
        },
        weekdays=[("Wednesday 26 June 2024", True)],
        sums=[(1850000, [1320000, 530000], True), (7, [2, 5], True)],
        stresses="English minutes of an online Governing Council of a research network: "
                 "'held online via Microsoft Teams' (place null), date '10/04/2024' written "
                 "day-first with the month spelled only in the header ('April 2024'), other "
                 "numeric dates in ACTION lines, 'RESOLVED: that the Council approves / "
                 "adopts …', 'DEFERRED: …', 'AGREED: …' and 'ACTION: …' lines (actions are "
                 "not decisions), 'EUR 1.85m' / '€ 240 000' / 'GBP 12,000' / 'USD 50,000', "
                 "people with hyphenated given names and initials ('Dr J.-P. Moreau', "
                 "'Prof. Anna-Lena Schmidt'), a particle family name ('Ní Bhriain'), 'Øvrebø'; "
                 "look-alikes: an observer's agency approval, 'would be asked to approve … at "
                 "a later meeting', accounts 'presented … for approval', meetings 13 and 15",
    )


# ---- 21: French relevé de décisions of a Bureau exécutif, planted wrong total row --------

def r21() -> Report:
    org = "Réseau ouest-africain des semences paysannes (ROASP)"
    blocks = [
        title(org.upper(), size=10.5),
        title("Bureau exécutif – Relevé de décisions", size=13.5),
        title("27e réunion du Bureau exécutif", size=12, after=1.6),
        title("Réunion du ⟦N:wd1|mardi 5 mars 2024⟧ (visioconférence), 10 h – 13 h 15 (heure "
              "de Dakar)", size=10, bold=False, after=5),
        p("**Participants :** Mme Aminata DIOP (présidente), M. Jean-Baptiste KABORÉ "
          "(vice-président), M. Ousmane SECK (trésorier), Mme Fatou NDIAYE-SARR (secrétaire "
          "générale), M. Moussa dit Baba TRAORÉ, Dr Mariame OUÉDRAOGO.", after=1.2),
        p("**Excusé :** M. Kofi ADJEI-MENSAH. **Secrétariat exécutif :** M. Idrissa FALL "
          "(secrétaire exécutif), Mme Rokhaya GUÈYE (chargée de programmes).", after=3),
        p("La présidente, Mme Aminata DIOP, ouvre la réunion et constate que six des sept "
          "membres du Bureau sont connectés ; le quorum est atteint. Le présent relevé ne "
          "reprend que les décisions prises et les éléments utiles à leur compréhension ; "
          "les échanges détaillés figurent dans l'enregistrement conservé au secrétariat "
          "de Thiès."),
        h1("Point 1 – Relevé de la 26e réunion (document BE 27-1)"),
        p("Mme Fatou NDIAYE-SARR signale une coquille dans la liste des participants de la "
          "⟦N:prev|26e réunion⟧, qui sera corrigée."),
        p("**Décision 1 :** ⟦D:approved:27-1|Le Bureau valide le relevé de décisions de la "
          "26e réunion⟧, sous réserve de la correction signalée."),
        h1("Point 2 – Programme « Semences et résilience » 2024-2027 (document BE 27-2)"),
        p("M. Idrissa FALL présente la note conceptuelle du programme, d'un coût total de "
          "⟦N:sum|⟦A:3000000:EUR|3 millions d'euros⟧⟧ sur quatre ans : "
          "⟦N:sum|⟦A:2750000:EUR|2,75 millions d'euros⟧⟧ seraient demandés à l'Agence "
          "partenaire et ⟦N:sum|⟦A:250000:EUR|250 000 €⟧⟧ apportés en cofinancement par le "
          "Réseau. Le programme s'appuierait au Sénégal sur le fonds national semencier, "
          "doté de ⟦A:1200000000:XOF|1,2 milliard de francs CFA⟧. Dr Mariame OUÉDRAOGO "
          "demande que le Burkina Faso et le Niger figurent parmi les pays pilotes ; "
          "M. Jean-Baptiste KABORÉ appuie cette demande."),
        p("**Décision 2 :** ⟦D:adopted:27-2|Le Bureau adopte la note conceptuelle du "
          "programme « Semences et résilience »⟧, complétée par l'ajout du Burkina Faso et "
          "du Niger, et mandate le secrétaire exécutif pour la déposer avant le 30 avril "
          "2024."),
        h1("Point 3 – Appuis directs aux groupements en 2024 (document BE 27-3)"),
        p("M. Ousmane SECK, trésorier, présente la répartition par pays des appuis directs "
          "aux groupements membres, d'un montant total de ⟦A:275000:EUR|275 000 €⟧. Les "
          "montants du tableau sont en euros."),
        table(["Pays", "Groupements", "Montant (€)"],
              [["Sénégal", "14", "84 500"],
               ["Mali", "11", "66 000"],
               ["Burkina Faso", "9", "58 250"],
               ["Niger", "6", "37 750"],
               ["Guinée", "5", "28 500"],
               ["Total", "47", "275 000"]],
              widths=[86, 40, 40], aligns="LRR",
              caption="Tableau – Appuis directs 2024 par pays", sum_cols=[2], bad_cols=[1]),
        p("M. Moussa dit Baba TRAORÉ relève que la part du Mali a baissé par rapport à 2023 ; "
          "le trésorier explique que deux groupements maliens n'ont pas encore remis leur "
          "rapport financier."),
        p("**Décision 3 :** ⟦D:approved:27-3|Le Bureau approuve la répartition des appuis "
          "directs 2024 par pays⟧ telle que présentée dans le document BE 27-3."),
        p("**Décision 4 :** ⟦D:approved:|La cotisation annuelle des groupements membres est "
          "maintenue à ⟦A:12500:XOF|12 500 francs CFA⟧⟧ pour 2024."),
        h1("Point 4 – Demande d'adhésion de l'Union des productrices de Bafatá"),
        p("Mme Rokhaya GUÈYE indique que le dossier de l'Union, déposé en février, ne "
          "comporte pas encore ses statuts enregistrés."),
        p("**Décision 5 :** ⟦D:postponed:|Le Bureau reporte à sa prochaine réunion l'examen "
          "de la demande d'adhésion de l'Union des productrices de Bafatá⟧."),
        h1("Point 5 – Lieu de l'Assemblée générale 2024"),
        p("M. Moussa dit Baba TRAORÉ propose de tenir l'Assemblée générale à Bamako. La "
          "présidente rappelle que l'Assemblée générale de 2023 a approuvé le principe d'une "
          "rotation entre les pays, et que le conseil d'orientation de la Fondation "
          "partenaire a déjà validé un budget de déplacement calculé pour Thiès."),
        p("**Décision 6 :** ⟦D:rejected:|Le Bureau ne retient pas la proposition de tenir "
          "l'Assemblée générale 2024 à Bamako⟧ ; elle se tiendra à Thiès en novembre."),
        h1("Point 6 – Divers"),
        p("Le Bureau sera invité à valider le rapport d'activité 2023 lors de sa prochaine "
          "réunion. Dr Mariame OUÉDRAOGO remercie le secrétariat pour la qualité des "
          "documents. Prochaine réunion : ⟦N:wd2|jeudi 16 mai 2024⟧, en visioconférence."),
        gap(4),
        p("Pour le Bureau exécutif, la présidente, Mme Aminata DIOP"),
    ]
    return Report(
        name="21_roasp_bureau_executif27_fr",
        lang="fr",
        meeting={"body": "Bureau exécutif", "ordinal": 27, "date": "2024-03-05",
                 "place": None},
        date_as_written="mardi 5 mars 2024",
        head=("ROASP – Secrétariat exécutif, Thiès (Sénégal)", "BE 27 – Relevé de décisions"),
        foot=lambda pg, n: ("Relevé validé par la présidente le 12 mars 2024",
                            f"Page {pg} / {n}"),
        created=when(2024, 3, 12),
        blocks=blocks,
        people=[
            ("Mme Aminata DIOP", "DIOP", "S"),
            ("Mme Fatou NDIAYE-SARR", "NDIAYE-SARR", "S"),
            ("M. Idrissa FALL", "FALL", "S"),
            ("Dr Mariame OUÉDRAOGO", "OUÉDRAOGO", "S"),
            ("M. Jean-Baptiste KABORÉ", "KABORÉ", "S"),
            ("M. Ousmane SECK", "SECK", "S"),
            ("M. Moussa dit Baba TRAORÉ", "TRAORÉ", "S"),
            ("Mme Rokhaya GUÈYE", "GUÈYE", "S"),
            ("M. Kofi ADJEI-MENSAH", "ADJEI-MENSAH", "M"),
        ],
        # The amount column (275 000) is right, but it is not listed as a look-alike: the true
        # flag naturally quotes the whole Total row "Total 47 275 000", so a not_flag quoting
        # "275 000" would count a correct flag as a false alarm.  A wrong flag about the
        # amount column still counts against precision as an unmatched flag.
        flags={"total": ("table_total_mismatch", ["47"])},
        not_flags={
            "wd1": "weekday is right (5 March 2024 was a Tuesday)",
            "wd2": "weekday is right (16 May 2024 was a Thursday)",
            "prev": "the 26th meeting is the previous meeting, not a meeting-number "
                    "contradiction",
            "sum": "3 millions d'euros = 2,75 millions d'euros + 250 000 € (stated sum is right)",
        },
        weekdays=[("mardi 5 mars 2024", True), ("jeudi 16 mai 2024", True)],
        sums=[(3000000, [2750000, 250000], True), (275000, [84500, 66000, 58250, 37750, 28500],
                                                  True)],
        stresses="French 'Relevé de décisions' of a Bureau exécutif: '27e réunion', "
                 "'Réunion du mardi 5 mars 2024 (visioconférence)' (place null), decisions as "
                 "numbered bold labels 'Décision n :' ('Le Bureau valide / adopte / approuve "
                 "…', 'La cotisation … est maintenue', 'Le Bureau reporte …', 'Le Bureau ne "
                 "retient pas …'), '3 millions d'euros' / '2,75 millions d'euros' / "
                 "'250 000 €' / '12 500 francs CFA' / '1,2 milliard de francs CFA' in a "
                 "report naming Sénégal (XOF), West African names ('M. Moussa dit Baba "
                 "TRAORÉ', 'NDIAYE-SARR', 'OUÉDRAOGO'); ruled table whose amount column is "
                 "right; look-alikes: the 2023 General Assembly's and a foundation's "
                 "approvals, 'sera invité à valider … lors de sa prochaine réunion'",
        slips="`table_total_mismatch` p.1: the table's Total row says 47 groupements; the "
              "countries add up to 45 (the amount column, 275 000, is right)",
    )


# ---- 22: Chilean cooperative, general assembly, pesos and UF, ruled table ---------------

def r22() -> Report:
    coop = "Cooperativa Agrícola y Lechera Valle de Quillén Ltda."
    blocks = [
        title(coop.upper(), size=10.5),
        title("Acta de la Asamblea General Ordinaria de Socios n.º 12", size=13),
        gap(3),
        p("En Purranque, a 27 de abril de 2024, siendo las 10:30 horas, en la sede social "
          "de la Cooperativa, camino a Corte Alto kilómetro 4, se celebra la Asamblea General "
          "Ordinaria de Socios n.º 12, en segunda citación. Preside la asamblea el presidente "
          "del Consejo de Administración, don Patricio Aravena Soto, y actúa como secretaria "
          "doña Marisol Henríquez Paredes. Asisten ⟦N:vote|84 socios⟧ de un total de 131, "
          "según consta en el libro de asistencia, con lo que se reúne el quórum exigido por "
          "los estatutos. Excusa su inasistencia doña Elena Catrilaf Neculmán, presidenta de "
          "la Junta de Vigilancia."),
        p("El presidente solicita un minuto de silencio en memoria del socio fundador don "
          "Armando Bórquez Igor, fallecido en enero."),
        h1("1. Lectura y aprobación del acta anterior"),
        p("La secretaria, doña Marisol Henríquez Paredes, da lectura al acta de la "
          "⟦N:prev|Asamblea General Ordinaria n.º 11⟧. ⟦D:approved:|La Asamblea aprueba por "
          "unanimidad el acta n.º 11⟧ sin observaciones."),
        h1("2. Memoria y balance del ejercicio 2023"),
        p("El gerente, don Rodrigo Oyarzún Vidal, presenta la memoria y el balance del "
          "ejercicio 2023. La Cooperativa recibió 21,4 millones de litros de leche de sus "
          "socios, un 6 % más que el año anterior, y las ventas alcanzaron "
          "⟦A:2840000000:CLP|$ 2.840 millones⟧. Después de provisiones, el remanente del "
          "ejercicio asciende a ⟦A:4500000:CLP|$ 4.500.000 (cuatro millones quinientos mil "
          "pesos chilenos)⟧. El gerente informa además que el Consejo de Administración "
          "aprobó en marzo el nuevo reglamento de anticipos a los socios, que se aplicará "
          "desde mayo."),
        p("El socio don Juan Carlos Epuyao Millalonco consulta por el crédito con el banco "
          "para la planta de quesos. El gerente responde que el saldo asciende a UF 1.200 y "
          "que el crédito se terminará de pagar en 2026, según el calendario pactado. "
          "⟦D:approved:|La Asamblea aprueba por mayoría la memoria y el balance del ejercicio "
          "2023⟧, ⟦N:vote|con 79 votos a favor y 5 abstenciones⟧."),
        h1("3. Distribución del remanente"),
        p("El presidente expone la propuesta del Consejo de Administración para distribuir "
          "el remanente, conforme a la Ley General de Cooperativas y a los estatutos. Las "
          "cifras del cuadro están en pesos."),
        table(["Destino", "Porcentaje", "Monto ($)"],
              [["Fondo de reserva legal", "20", "900.000"],
               ["Fondo de educación cooperativa", "10", "450.000"],
               ["Devolución a socios según entregas", "60", "2.700.000"],
               ["Fondo de solidaridad", "10", "450.000"],
               ["Total", "100", "4.500.000"]],
              widths=[96, 30, 40], aligns="LRR", caption="Cuadro 1. Distribución del remanente "
              "2023", sum_cols=[1, 2]),
        p("Doña Gabriela Schwerter Kusch propone aumentar el fondo de solidaridad, dado que "
          "varias familias socias sufrieron pérdidas en las inundaciones de junio. El "
          "presidente explica que el fondo ya cuenta con ⟦A:1150000:CLP|$ 1.150.000⟧ de "
          "ejercicios anteriores."),
        p("⟦D:approved:|La Asamblea aprueba por mayoría la "
          "distribución del remanente propuesta por el Consejo⟧, con 6 votos en contra."),
        h1("4. Estanque enfriador para el centro de acopio de Crucero"),
        p("El gerente presenta la cotización de un estanque enfriador de 10.000 litros por "
          "⟦A:15000:USD|USD 15.000⟧, más instalación. Don Héctor Vial Larraín propone, en "
          "cambio, arrendar un estanque a la empresa que hoy retira la leche, por "
          "⟦A:350000:CLP|$ 350.000⟧ mensuales, y sostiene que así la Cooperativa no se "
          "endeuda. El gerente señala que el arriendo superaría el costo de compra en menos "
          "de tres años."),
        p("⟦D:rejected:|Se rechaza la propuesta de arrendar el estanque enfriador⟧, "
          "⟦N:vote|con 26 votos a favor y 58 en contra⟧. A continuación, "
          "⟦D:approved:|la Asamblea autoriza al Consejo de Administración a adquirir el "
          "estanque enfriador⟧ con cargo al fondo de inversiones."),
        h1("5. Elección de la Junta de Vigilancia"),
        p("El presidente informa que solo se ha inscrito un candidato para las dos vacantes "
          "de la Junta de Vigilancia. ⟦D:postponed:|Se acuerda postergar la elección de dos "
          "miembros de la Junta de Vigilancia⟧ hasta una asamblea extraordinaria, que se "
          "citará dentro de noventa días."),
        h1("6. Varios"),
        p("Doña Gabriela Schwerter Kusch propone que la próxima asamblea se realice en la "
          "sede de Crucero; el presidente indica que el Consejo lo estudiará. La "
          "⟦N:next|Asamblea General Ordinaria n.º 13⟧ se celebrará en abril de 2025. Sin "
          "más asuntos que tratar, se levanta la sesión a las 13:10 horas."),
        gap(4),
        p("PATRICIO ARAVENA SOTO, Presidente\nMARISOL HENRÍQUEZ PAREDES, Secretaria"),
    ]
    return Report(
        name="22_valle_quillen_asamblea_socios12_es",
        lang="es",
        meeting={"body": "Asamblea General Ordinaria de Socios", "ordinal": 12,
                 "date": "2024-04-27", "place": "Purranque"},
        date_as_written="27 de abril de 2024",
        head=("Cooperativa Valle de Quillén Ltda. – RUT 76.482.150-3",
              "Asamblea General Ordinaria n.º 12"),
        foot=lambda pg, n: ("Acta redactada por la secretaria del Consejo de Administración",
                            f"Página {pg} de {n}"),
        created=when(2024, 5, 6),
        blocks=blocks,
        people=[
            ("don Patricio Aravena Soto", "Aravena Soto", "S"),
            ("doña Marisol Henríquez Paredes", "Henríquez Paredes", "S"),
            ("don Rodrigo Oyarzún Vidal", "Oyarzún Vidal", "S"),
            ("don Juan Carlos Epuyao Millalonco", "Epuyao Millalonco", "S"),
            ("Doña Gabriela Schwerter Kusch", "Schwerter Kusch", "S"),
            ("Don Héctor Vial Larraín", "Vial Larraín", "S"),
            ("doña Elena Catrilaf Neculmán", "Catrilaf Neculmán", "M"),
            ("don Armando Bórquez Igor", "Bórquez Igor", "M"),
        ],
        not_flags={
            "prev": "Asamblea n.º 11 is the previous meeting, not a meeting-number "
                    "contradiction",
            "next": "Asamblea n.º 13 is the next meeting, not a meeting-number contradiction",
            "vote": "79 + 5 = 84 and 26 + 58 = 84 members present",
            "table": ("the distribution table sums to its Total row (100 %, 4.500.000) and "
                      "the total is the remanente in the text", ["4.500.000"]),
        },
        weekdays=[],
        sums=[(84, [79, 5], True), (84, [26, 58], True)],
        stresses="Spanish (Chilean) cooperative acta: 'Acta de la Asamblea General Ordinaria "
                 "de Socios n.º 12', 'En Purranque, a 27 de abril de 2024' (no weekday), "
                 "'don' / 'doña' with two family names, Mapuche and German-Chilean names "
                 "('Epuyao Millalonco', 'Schwerter Kusch'), decisions 'La Asamblea aprueba "
                 "por unanimidad / por mayoría …', 'Se rechaza la propuesta …', 'la Asamblea "
                 "autoriza …', 'Se acuerda postergar …'; '$' meaning Chilean pesos (CLP: "
                 "'$ 4.500.000 (cuatro millones quinientos mil pesos chilenos)', '$ 2.840 "
                 "millones'), 'USD 15.000', 'UF 1.200' (not a currency amount), a RUT number "
                 "in the header; ruled table with a correct total row; look-alikes: the "
                 "Consejo de Administración's own approval, assemblies n.º 11 and n.º 13",
    )


# ---- 23: EGM of a Nigerian sports federation, reported speech, planted year slip --------

def r23() -> Report:
    fed = "Eko Lagoon Paddle Sports Federation"
    blocks = [
        title(fed.upper(), size=11),
        title("Minutes of the Extraordinary General Meeting", size=13.5),
        title("held at Federation House, Yaba, Lagos, on ⟦N:wd1|Saturday 14 September 2024⟧ "
              "at 11.00 a.m.", size=10.5, bold=False, after=5),
        p("**Present:** Chief (Mrs) Adaeze Nwachukwu, President, in the Chair; Mr Emeka "
          "Okoye, Secretary-General; Alhaji Sani Danladi, Treasurer; Barr. Folake "
          "Adebayo-Williams, Legal Adviser; Engr. Tunde Bakare (Ikoyi Paddle Club); Coach "
          "Ibinabo Harry (Bonny Canoe Club); Dr (Mrs) Ngozi Eze (Athletes' Commission); "
          "representatives of 27 affiliated clubs, as recorded in the attendance register.",
          after=1.2),
        p("**In attendance:** Mr Olumide Coker, of the federation's external auditors.",
          after=3),
        h1("1. Opening and quorum"),
        p("The President called the meeting to order at 11.14 a.m. after the Secretary-"
          "General confirmed that ⟦N:vote|27 of the 31 affiliated clubs⟧ were represented, "
          "which was above the quorum of sixteen required by Article 19 of the Constitution. "
          "A minute's silence was observed in memory of the late Pa Josiah Ekanem, founding "
          "coach of the Badagry club. The President thanked the clubs that had travelled "
          "from Port Harcourt and Calabar at short notice."),
        h1("2. Purpose of the meeting"),
        p("Mr Okoye stated that the meeting had been convened at the request of the Board "
          "under Article 22 to consider amendments to the Constitution, the audited "
          "accounts and a proposed development levy. He stated that the federation would "
          "seek approval of the National Sports Commission for the amended Constitution once "
          "it had been adopted by members, and reminded the meeting that the Commission had "
          "already approved the revised athlete-welfare guidelines in June. He further "
          "reported that the Board had resolved at its July meeting to recommend the "
          "amendments to members, and that the International Paddle Sports Union had "
          "confirmed a development grant of ⟦A:25000:USD|USD 25,000⟧ conditional on the "
          "new safeguarding provisions being in force before the end of the year."),
        h1("3. Special Resolution 1: amended Constitution"),
        p("Barr. Folake Adebayo-Williams explained the principal changes: the creation of an "
          "Athletes' Commission with a seat on the Board, a two-term limit for elected "
          "officers, and a new chapter on safeguarding. Engr. Tunde Bakare said that his club "
          "supported the changes in principle but considered that the term limit should not "
          "apply to officers already serving, since they had been elected under the old "
          "rules. Coach Ibinabo Harry said that the smaller clubs in the Niger Delta had long "
          "asked for a stronger voice and welcomed the Athletes' Commission. Dr (Mrs) Ngozi "
          "Eze said that athletes had been consulted at two meetings in Lagos and one in "
          "Port Harcourt, and that they expected the Commission to be consulted on selection "
          "policy. It was suggested from the floor that the term limit be reduced to one "
          "term, but the suggestion was not seconded."),
        p("Upon a poll, ⟦D:adopted:|Special Resolution 1, to adopt the amended Constitution, "
          "was carried⟧ by ⟦N:vote|23 votes to 4⟧, being more than the two-thirds majority "
          "required."),
        h1("4. Audited financial statements for the ⟦E:year|year ended 31 December 2023⟧"),
        p("Alhaji Sani Danladi presented the audited financial statements. Income for the "
          "year was ⟦N:exp|⟦A:148600000:NGN|₦148.6 million⟧⟧ "
          "(⟦N:cmp|2022: ⟦A:121300000:NGN|₦121.3 million⟧⟧), the increase coming mainly from "
          "sponsorship of the Lagos Lagoon Regatta. Expenditure was "
          "⟦N:exp|⟦A:161100000:NGN|₦161.1 million⟧⟧, leaving a deficit of "
          "⟦N:exp|⟦A:12500000:NGN|N12.5 million⟧⟧, which the Treasurer attributed to the cost "
          "of replacing the federation's ageing fleet of racing canoes. Mr Olumide Coker "
          "confirmed that the auditors had issued an unqualified opinion. Engr. Tunde Bakare "
          "asked why the cost of hosting this meeting, estimated at "
          "⟦A:3200000:NGN|NGN 3,200,000⟧, had not been shared with the clubs in advance; the "
          "Treasurer replied that a breakdown would be published on the federation's "
          "website."),
        p("⟦D:adopted:|Ordinary Resolution 2, that the audited financial statements for the "
          "⟦E:year|year ended 31 December 2022⟧ be received and adopted, was carried "
          "unanimously⟧."),
        h1("5. Ordinary Resolution 3: development levy"),
        p("Mr Okoye presented the Board's proposal that each affiliated club pay an annual "
          "development levy of ⟦A:250000:NGN|₦250,000⟧ from January 2025, to fund coaching "
          "courses in the riverine states. Coach Ibinabo Harry stated that most of the "
          "smaller clubs could not afford the levy and would be forced to disaffiliate. "
          "Alhaji Sani Danladi said that the Board would look for sponsors instead, and that "
          "the question would be put to members again at the Annual General Meeting. The "
          "President thanked members for a frank discussion."),
        p("On a show of hands, ⟦D:rejected:|Ordinary Resolution 3, to introduce a development "
          "levy, was defeated⟧, ⟦N:vote|9 votes being cast in favour and 18 against⟧."),
        h1("6. Venue of the 2025 National Regatta"),
        p("Mr Okoye reported that Calabar and Badagry had both offered to host the 2025 "
          "National Regatta, and that the Board would be asked to approve a budget for it "
          "once the venue was known. Members said that they could not choose before the "
          "two bids had been costed. ⟦D:postponed:|The meeting resolved to defer the choice of "
          "venue for the 2025 National Regatta⟧ to the Annual General Meeting."),
        h1("7. Close"),
        p("The President announced that the Annual General Meeting would be held on "
          "⟦N:wd2|Saturday 7 December 2024⟧, when members would be asked to approve the 2025 "
          "budget, and closed the meeting at 2.40 p.m."),
        gap(4),
        p("Confirmed as a correct record: ........................................ President"),
    ]
    return Report(
        name="23_eko_paddle_federation_egm_en",
        lang="en",
        meeting={"body": "Extraordinary General Meeting", "ordinal": None,
                 "date": "2024-09-14", "place": "Lagos"},
        date_as_written="Saturday 14 September 2024",
        head=(fed, "EGM – 14 September 2024"),
        foot=lambda pg, n: ("Draft minutes – subject to confirmation at the next Annual "
                            "General Meeting", f"Page {pg} of {n}"),
        created=when(2024, 9, 23),
        blocks=blocks,
        people=[
            ("Chief (Mrs) Adaeze Nwachukwu", "Nwachukwu", "S"),
            ("Mr Emeka Okoye", "Okoye", "S"),
            ("Alhaji Sani Danladi", "Danladi", "S"),
            ("Barr. Folake Adebayo-Williams", "Adebayo-Williams", "S"),
            ("Engr. Tunde Bakare", "Bakare", "S"),
            ("Coach Ibinabo Harry", "Harry", "S"),
            ("Dr (Mrs) Ngozi Eze", "Eze", "S"),
            ("Mr Olumide Coker", "Coker", "S"),
            ("Pa Josiah Ekanem", "Ekanem", "M"),
        ],
        flags={"year": "year_mismatch"},
        not_flags={
            "wd1": "weekday is right (14 September 2024 was a Saturday)",
            "wd2": "weekday is right (7 December 2024 was a Saturday)",
            "vote": "23 + 4 = 27 and 9 + 18 = 27 clubs represented",
            "exp": "the deficit adds up: ₦161.1 million - ₦148.6 million = N12.5 million",
            "cmp": "a prior-year comparative, not a year mismatch",
        },
        weekdays=[("Saturday 14 September 2024", True), ("Saturday 7 December 2024", True)],
        sums=[(27, [23, 4], True), (27, [9, 18], True),
              (161100000, [148600000, 12500000], True)],
        stresses="English EGM minutes of a Nigerian sports federation (ordinal null): long "
                 "paragraphs of reported speech ('Mr Okoye stated that the federation would "
                 "seek approval …', the Commission 'had already approved …', the Board 'had "
                 "resolved … to recommend', 'would be asked to approve', a suggestion not "
                 "seconded, thanks), Nigerian honorifics ('Chief (Mrs)', 'Alhaji', 'Barr.', "
                 "'Engr.', 'Coach', 'Dr (Mrs)', 'Pa'), four real decisions ('Special "
                 "Resolution 1, to adopt …, was carried', 'Ordinary Resolution 2 … was carried "
                 "unanimously', '… was defeated', 'The meeting resolved to defer …'), naira "
                 "written '₦148.6 million', 'N12.5 million' and 'NGN 3,200,000' beside "
                 "'USD 25,000'",
        slips="`year_mismatch` p.2: the item is headed 'Audited financial statements for the "
              "year ended 31 December 2023' but Ordinary Resolution 2 adopts the statements "
              "for the 'year ended 31 December 2022'",
    )


REPORTS = [r20, r21, r22, r23]


# ============================================================================== main

README_BEGIN = "<!-- held-out-3: begin (written by corpus/build_heldout3.py) -->"
README_END = "<!-- held-out-3: end -->"
PREV_END = "<!-- held-out-2: end -->"          # the section of build_heldout2.py, kept above


def readme_section(reports, golds, pages) -> str:
    out = [
        README_BEGIN,
        "## Held-out reports 20-23 (third generalisation test)",
        "",
        "Built by `python corpus/build_heldout3.py` (renderer and markup copied from",
        "`build_heldout2.py`, extended with a planted wrong total row in a table, numeric",
        "day-first dates and the XOF / CLP / NGN currencies; same guarantees: deterministic",
        "bytes, every gold string re-read with pdfplumber on its gold page before anything is",
        "written). Reports 01-11, 12-15 and then 16-19 have all been used to tune the",
        "extractors, so they no longer measure generalisation. These four were **written after",
        "reports 16-19 had been tuned on**, from scratch, in styles the corpus did not have, and",
        "have not been used to tune anything: their scores measure how the pipeline",
        "generalises. Keep it that way: a change made to fix a miss on 20-23 turns them into",
        "tuning data too.",
        "",
        "| file | lang | pages | what it stresses | planted slips (gold `flags`) |",
        "| --- | --- | --- | --- | --- |",
    ]
    for rep in reports:
        g = golds[rep.name]
        look = "; ".join(nf["about"] for nf in g["not_flags"])
        out.append(f"| `{rep.name}.pdf` | {rep.lang} | {pages[rep.name]} | {rep.stresses}. "
                   f"Look-alikes (`not_flags`): {look}. | {rep.slips or 'none'} |")
    out += [
        "",
        "Conventions specific to these reports (otherwise as above): meetings held online",
        "(reports 20 and 21: 'via Microsoft Teams', 'visioconférence') have `place` null. In",
        "report 20 the date '10/04/2024' is read day-first (10 April 2024, as the header's",
        "'April 2024' confirms); 'RESOLVED: that the Council approves / adopts …' → approved /",
        "adopted, 'DEFERRED: … agreed to defer …' → postponed, 'AGREED: that …' → agreed,",
        "'… was not carried' → rejected; 'ACTION: …' lines, thanks and the observer's report",
        "of her agency's approval are not decisions; papers 'GC 14-n' give refs `14-n`;",
        "'Dr J.-P. Moreau' has family 'Moreau', 'Dr Saoirse Ní Bhriain' family 'Ní Bhriain'.",
        "In report 21 each 'Décision n :' is one decision ('valide' / 'approuve' / 'est",
        "maintenue' → approved, 'adopte' → adopted, 'reporte' → postponed, 'ne retient pas' →",
        "rejected), refs from the documents 'BE 27-n' of the item; 'francs CFA' → `XOF`;",
        "'M. Moussa dit Baba TRAORÉ' has family 'TRAORÉ'; the table_total_mismatch quotes the",
        "Total cell '47' (the rows add up to 45). In report 22 '$' is the Chilean peso (`CLP`)",
        "and the amount in words in brackets is the same amount (one gold item); 'UF 1.200'",
        "(unidades de fomento, an inflation-indexed unit of account, not a currency) is not an",
        "amount; 'autoriza' → approved, 'Se rechaza' → rejected, 'Se acuerda postergar' →",
        "postponed. In report 23 (an EGM, `ordinal` null) '₦', 'N' before a figure and 'NGN'",
        "are the naira (`NGN`); 'Special Resolution 1, to adopt …, was carried' and 'Ordinary",
        "Resolution 2 … be received and adopted, was carried' → adopted, '… was defeated' →",
        "rejected, 'resolved to defer' → postponed; reported speech about the National Sports",
        "Commission, the Board or future approvals is not a decision; 'Chief (Mrs)', 'Alhaji',",
        "'Barr.', 'Engr.', 'Coach', 'Dr (Mrs)' and 'Pa' are honorifics. Note: `build.py`",
        "rewrites README.md from scratch; re-run `build_heldout.py`, `build_heldout2.py`, then",
        "`build_heldout3.py`, afterwards to restore the held-out sections.",
        README_END,
    ]
    return "\n".join(out) + "\n"


def update_readme(section: str):
    text = README.read_text(encoding="utf-8")
    if README_BEGIN in text:
        a = text.index(README_BEGIN)
        b = text.index(README_END) + len(README_END)
        text = text[:a] + section.rstrip("\n") + text[b:]
    elif PREV_END in text:
        b = text.index(PREV_END) + len(PREV_END)
        text = text[:b] + "\n\n" + section.rstrip("\n") + text[b:]
    else:
        text = text.rstrip("\n") + "\n\n" + section
    README.write_text(text, encoding="utf-8")


def main(argv):
    show = argv[argv.index("--lines") + 1] if "--lines" in argv else None
    reports = [f() for f in REPORTS]
    built, problems = {}, []
    for rep in reports:
        _, first = render(rep, 0)                 # pass 1: page count for "Page n of N"
        data, lay = render(rep, first.pages)
        again, _ = render(rep, first.pages)
        if show and show in rep.name:
            for pg, text in lay.lines:
                print(f"p{pg} | {text}")
            for t in lay.tables:
                print(f"p{t['page']} | table, {len(t['rows'])} rows, first {t['rows'][0][0]!r}")
        try:
            if data != again:
                raise BuildError(f"{rep.name}: rendering is not deterministic")
            gold = make_gold(rep, lay)
        except BuildError as e:
            problems.append(str(e))
            continue
        problems += verify(rep, data, lay, gold)
        built[rep.name] = (rep, data, gold, lay.pages)
    if problems:
        print("BUILD FAILED – nothing written:\n  " + "\n  ".join(problems), file=sys.stderr)
        sys.exit(1)
    for name, (rep, data, gold, pages) in built.items():
        (HERE / f"{name}.pdf").write_bytes(data)
        (HERE / f"{name}.gold.json").write_text(dump(gold), encoding="utf-8")
        print(f"{name}: {pages} pages, {len(gold['speakers'])} speakers, "
              f"{len(gold['mentioned'])} mentioned, {len(gold['decisions'])} decisions, "
              f"{len(gold['amounts'])} amounts, {len(gold['tables'])} tables, "
              f"{len(gold['flags'])} flags, {len(gold['not_flags'])} not_flags, "
              f"sha256 {hashlib.sha256(data).hexdigest()[:12]}")
    update_readme(readme_section(reports, {n: b[2] for n, b in built.items()},
                                 {n: b[3] for n, b in built.items()}))


if __name__ == "__main__":
    main(sys.argv[1:])
