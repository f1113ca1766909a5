#!/usr/bin/env python3
"""Build the SECOND held-out corpus: four invented reports (16-19) with gold, never tuned on.

Usage:  python corpus/build_heldout2.py            render, verify, then write PDFs + gold
        python corpus/build_heldout2.py --lines 18 also print the line layout of the
                                                     reports whose name contains "18"

Reports 01-11 (build.py) and then the first held-out set 12-15 (build_heldout.py) have all
been used to tune the extractors, so none of them measures generalisation any more.  These
four were written afterwards, from scratch, in styles the corpus does not have yet: a
UN-style summary record (16), a Costa Rican municipal acta (17), a French scientific council
(18) and a museum's board of trustees (19).  The renderer and markup are those of
build_heldout.py (copied, so that the two scripts stay independent), extended with split
tables (a table continued across a page break, header repeated), flag evidence read from
table cells, and the CHF / CRC currencies.  Every body, person, figure and sentence is
invented.

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
ISO = {"USD", "EUR", "GBP", "CHF", "CRC"}


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


def table(header, rows, widths, aligns, ruled=True, caption="", sum_cols=(), split=False):
    return Block("table", header=header, rows=rows, widths=widths, aligns=aligns,
                 ruled=ruled, caption=caption, sum_cols=list(sum_cols), split=split)


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
        self.set_producer("minutes held-out corpus builder (set 2)")
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
        draw_row(row, False, bool(b.sum_cols) and ri == len(b.rows) - 1)
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
    month = next(i for i, m in enumerate(MONTHS[lang], 1) if re.search(rf"\b{m}\b", low))
    year = int(re.search(r"\b(\d{4})\b", low).group(1))
    day = int(re.search(r"\b(\d{1,2})\b(?!\d)", low.replace(str(year), "")).group(1))
    wd = next((i for i, w in enumerate(WEEKDAYS[lang]) if re.search(rf"\b{w}\b", low)), None)
    return dt.date(year, month, day), wd


# Currency-looking figures; any match outside an amount span is an unannotated amount.
MONEY = [
    r"(?:US\$|\$|€|£|₡)\s?\d",
    r"\b(?:USD|EUR|GBP|CHF|CRC|Fr\.)\s?\d",
    r"\d[\d.,  ]*\s?(?:€|\$|£|₡|k€|M€)",
    r"\d[\d.,  ]*\s?(?:million|millions|millones|millón|mil)?\s?(?:d'euros|euros|de euros|"
    r"colones|de colones|francs|Swiss francs|dollars|pounds)\b",
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
        need(ev, f"{rep.name}: flag {fid} has no evidence")
        flags.append({"kind": kind, "page": max(sp.page for sp in ev),
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



# ---- 16: UN-style summary record of a Standing Committee on Finance ---------------------

def r16() -> Report:
    org = "International Organization for Plant Genetic Heritage"
    blocks = [
        title(org.upper(), size=11),
        title("Standing Committee on Finance", size=13.5),
        title("Summary record of the 5th meeting", size=12),
        title("Held at the Maison des Semences, Geneva, on "
              "⟦N:wd1|Wednesday, 12 June 2024⟧, at 10 a.m.", size=10, bold=False),
        title("Chair: Ms. Okafor (Nigeria)", size=10, bold=False, after=1.0),
        title("This record is subject to correction. Corrections should be submitted in one of "
              "the working languages within one week of the date of this document.", size=8,
              bold=False, after=5),
        p("The Chair (Ms. Okafor, Nigeria) declared the meeting open at 10.05 a.m. Twenty-two "
          "of the twenty-four members of the Committee were present. She paid tribute to "
          "Mr. Ferreira Lacerda (Brazil), her predecessor in the Chair, who had retired from "
          "his country's diplomatic service in April."),
        h1("Agenda item 1: Adoption of the agenda (SCF/5/1)"),
        p("The Chair drew attention to the provisional agenda and proposed that item 7 be "
          "taken before item 6 if time ran short. ⟦D:adopted:5/1|The agenda was adopted⟧."),
        h1("Agenda item 2: Report of the External Auditor on the financial statements for 2023"),
        p("Mr. Haddad (External Auditor) introduced his report, contained in document SCF/5/2. "
          "The financial statements for 2023 gave a true and fair view and his opinion was "
          "unqualified. The Organization had closed the year with a surplus of "
          "⟦N:surplus|⟦A:1350000:CHF|CHF 1.35 million⟧⟧, mainly because two regional "
          "workshops had been postponed. He recommended that the secretariat review the "
          "valuation of the seed collections held in its partner gene banks."),
        p("Mr. Lindqvist (Sweden) said that his delegation welcomed the unqualified opinion but "
          "was concerned that voluntary contributions pledged and not yet paid had reached "
          "⟦A:780000:USD|USD 780,000⟧ at the end of the year. He asked whether the secretariat "
          "had written to the donors concerned."),
        p("The representative of Brazil said that the postponed workshops were those of most "
          "value to developing countries and should be held before the end of 2024. She asked "
          "the secretariat to report on their new dates."),
        p("Ms. Van den Broeck (Controller) said that reminders had been sent to all donors in "
          "February and that the two workshops would be held in Nairobi and Lima in the autumn."),
        p("⟦D:agreed:5/2|The Committee took note of the report of the External Auditor contained "
          "in document SCF/5/2⟧."),
        h1("Agenda item 3: Proposed programme and budget for 2025 (SCF/5/3)"),
        p("Ms. Van den Broeck (Controller) presented the proposed budget for 2025. Expenditure "
          "at headquarters was estimated at ⟦A:4200000:CHF|CHF 4.2 million⟧ and expenditure "
          "in the field offices at ⟦A:2650000:USD|USD 2.65 million⟧, the latter financed "
          "almost entirely from voluntary contributions. The proposal represented nominal "
          "growth of 1.8 per cent over 2024, which was below the rate of inflation in Geneva."),
        p("Mr. Tshabalala (South Africa) said that his delegation could support the proposal, "
          "provided that the training programme for gene-bank technicians was protected. "
          "Ms. Kowalczyk (Poland) asked why the cost of the new database licence had not been "
          "shown separately. The representative of Brazil said that her delegation would "
          "request a recorded vote, as it could not accept any growth at all."),
        p("The Chair invited the Committee to take action on the draft decision in annex I to "
          "document SCF/5/3. A recorded vote was taken. ⟦D:adopted:5/3|The draft decision was "
          "adopted⟧ by ⟦N:vote|17 votes to 2, with 3 abstentions⟧."),
        h1("Agenda item 4: Scale of assessed contributions for 2026-2027"),
        p("Mr. Al-Sayegh (Qatar) recalled that the General Conference had approved the present "
          "scale in 2021 on the understanding that it would be reviewed once the new "
          "membership figures were known. The Committee would be invited to approve a revised "
          "scale at its sixth meeting. Mr. Lindqvist (Sweden) said that any new scale should "
          "include a floor and a ceiling."),
        p("⟦D:agreed:|The Committee agreed to request the secretariat to prepare two options "
          "for a revised scale⟧, one with and one without a ceiling, for its next meeting."),
        h1("Agenda item 5: Level of the Working Capital Fund (SCF/5/5)"),
        p("Ms. Van den Broeck (Controller) said that the Working Capital Fund stood at "
          "⟦A:600000:CHF|CHF 600,000⟧, which covered less than five weeks of expenditure. "
          "The secretariat proposed to raise it to ⟦A:900000:CHF|CHF 900,000⟧. The 2023 "
          "surplus would be used as follows: "
          "⟦N:surplus|⟦A:300000:CHF|CHF 300,000⟧⟧ would be transferred to the Fund and "
          "⟦N:surplus|⟦A:1050000:CHF|CHF 1.05 million⟧⟧ would be returned to Member States as credits "
          "against their 2025 contributions."),
        p("Mr. Al-Sayegh (Qatar) proposed that the word \"shall\" in paragraph 2 of the draft "
          "decision be replaced by \"may\", so that the transfer could be reconsidered if the "
          "2024 accounts showed a deficit. Mr. Tshabalala (South Africa) supported the "
          "amendment. ⟦D:adopted:5/5|The draft decision, as orally amended, was adopted⟧."),
        h1("Agenda item 6: Revised investment policy (SCF/5/6)"),
        p("The Chair said that the revised investment policy had reached the secretariat from "
          "the Investment Advisory Group, chaired by Dr. Ishikawa, only the previous evening, "
          "and had not been translated. The representative of Brazil and Ms. Kowalczyk "
          "(Poland) said that their delegations could not take a position on an untranslated "
          "text. ⟦D:postponed:5/6|The Committee decided to defer consideration of item 6 to its "
          "next meeting⟧."),
        h1("Agenda item 7: Other matters"),
        p("Ms. Kowalczyk (Poland) suggested that the secretariat evaluate the travel fund for "
          "delegates from least developed countries, whose annual cost was "
          "⟦A:95000:USD|USD 95,000⟧. The Chair said that the suggestion would be reflected "
          "in the work plan. She announced that the ⟦N:next|sixth meeting of the Committee⟧ would be "
          "held on ⟦N:wd2|Thursday, 14 November 2024⟧."),
        p("The meeting rose at 1.10 p.m."),
    ]
    return Report(
        name="16_iopgh_standing_committee_finance5_en",
        lang="en",
        meeting={"body": "Standing Committee on Finance", "ordinal": 5, "date": "2024-06-12",
                 "place": "Geneva"},
        date_as_written="12 June 2024",
        head=(org, "SCF/5/SR.5"),
        foot=lambda pg, n: ("GE.24-10457 (E) – Distr.: General – 19 June 2024",
                            f"Page {pg} of {n}"),
        created=when(2024, 6, 19),
        blocks=blocks,
        people=[
            ("Ms. Okafor", "Okafor", "S"),
            ("Mr. Haddad", "Haddad", "S"),
            ("Mr. Lindqvist", "Lindqvist", "S"),
            ("Ms. Van den Broeck", "Van den Broeck", "S"),
            ("Mr. Tshabalala", "Tshabalala", "S"),
            ("Ms. Kowalczyk", "Kowalczyk", "S"),
            ("Mr. Al-Sayegh", "Al-Sayegh", "S"),
            ("Mr. Ferreira Lacerda", "Ferreira Lacerda", "M"),
            ("Dr. Ishikawa", "Ishikawa", "M"),
        ],
        not_flags={
            "wd1": "weekday is right (12 June 2024 was a Wednesday)",
            "wd2": "weekday is right (14 November 2024 was a Thursday)",
            "next": "the sixth meeting is the next meeting, not a meeting-number contradiction",
            "vote": "17 + 2 + 3 = 22 members present",
            "surplus": "the surplus adds up: CHF 300,000 + CHF 1.05 million = CHF 1.35 million",
        },
        weekdays=[("Wednesday, 12 June 2024", True), ("Thursday, 14 November 2024", True)],
        sums=[(22, [17, 2, 3], True), (1350000, [300000, 1050000], True),
              (900000, [600000, 300000], True)],
        stresses="English UN-style summary record: 'Summary record of the 5th meeting', "
                 "'Chair: Ms. Okafor (Nigeria)', speakers named by honorific and family only "
                 "with their country ('Mr. Lindqvist (Sweden) said that…'), unnamed speakers "
                 "('The representative of Brazil said…'), 'The Committee took note of…', "
                 "'The draft decision was adopted' / '…, as orally amended, was adopted', a "
                 "deferral of 'item 6', document symbols SCF/5/n, 'CHF 4.2 million' / "
                 "'USD 780,000'; look-alikes: the General Conference's approval, 'would be "
                 "invited to approve … at its sixth meeting', a job number 'GE.24-10457' in "
                 "the footer",
    )


# ---- 17: Costa Rican municipal acta, votes closed by 'Aprobado.', whitespace table -------

def r17() -> Report:
    muni = "Municipalidad de San Rafael del Norte"
    blocks = [
        title(muni.upper(), size=11),
        title("Acta de la sesión ordinaria n.º 23 del Concejo Municipal de San Rafael del "
              "Norte", size=12.5),
        title("celebrada el ⟦N:wd1|viernes 8 de noviembre de 2024⟧, a las 17:00 horas, en el "
              "Salón de Sesiones del Palacio Municipal", size=10, bold=False, after=5),
        p("**Concejales presentes:** Lic. Mauricio Salazar Chinchilla (presidente municipal), "
          "Sra. Rebeca Montoya Quirós (vicepresidenta), Sr. Gerardo Alvarado Picado, "
          "MSc. Daniela Cubero Segura, Sr. Luis Diego Bonilla Arce, Sra. Hazel Retana Mora, "
          "Ing. Francisco Ulate Madrigal, Sra. Ileana Porras Zamora, Sr. Olman Fonseca "
          "Céspedes, Licda. Wendy Navarro Calvo y Sr. Esteban Villalobos Durán.", after=1.2),
        p("**Ausente con justificación:** Sra. Lorena Barquero Solís.", after=1.2),
        p("**También presentes:** MBA Ronald Campos Leitón, alcalde municipal, y Sra. Marjorie "
          "Sequeira Abarca, secretaria del Concejo.", after=3),
        h1("ARTÍCULO I. Comprobación del quórum"),
        p("El presidente municipal, Lic. Mauricio Salazar Chinchilla, comprueba el quórum con "
          "once concejales presentes y abre la sesión a las 17:05 horas."),
        h1("ARTÍCULO II. Aprobación del acta anterior"),
        p("La secretaria da lectura al acta de la ⟦N:prev|sesión ordinaria n.º 22⟧. La "
          "concejala Rebeca Montoya Quirós solicita corregir el nombre de la calle de la "
          "escuela de Santa Cecilia. ⟦D:approved:|Se somete a votación el acta de la sesión "
          "ordinaria n.º 22 con la corrección indicada⟧, con 11 votos a favor. Aprobada."),
        h1("ARTÍCULO III. Atención al público"),
        p("Doña Xinia, vecina de barrio Los Almendros (no indicó sus apellidos), solicita la "
          "reparación del puente peatonal sobre la quebrada Las Pavas, que considera peligroso "
          "para los escolares. El señor Próspero Zúñiga Alpízar, presidente de la Asociación de "
          "Desarrollo de Santa Cecilia, respalda la solicitud y ofrece mano de obra de los "
          "vecinos. El alcalde indica que el costo de los materiales se estima en "
          "⟦A:1450000:CRC|₡ 1 450 000⟧ y que la obra puede hacerse en diciembre."),
        h1("ARTÍCULO IV. Informe de la Alcaldía"),
        p("El MBA Ronald Campos Leitón informa que la Municipalidad recibió el tercer "
          "desembolso de los recursos de la red vial cantonal por "
          "⟦A:38700000:CRC|₡ 38 700 000⟧ y una donación de ⟦A:40000:USD|USD 40 000⟧ de una "
          "fundación canadiense para el equipamiento del centro de cuido infantil. El "
          "concejal Gerardo Alvarado Picado pregunta cuándo comenzará el bacheo del camino a "
          "Los Ángeles; el alcalde responde que en la última semana de noviembre."),
        h1("ARTÍCULO V. Modificación presupuestaria n.º 4-2024"),
        p("La vicepresidenta, Sra. Rebeca Montoya Quirós, presenta el dictamen de la Comisión "
          "de Hacienda y Presupuesto sobre la modificación presupuestaria n.º 4-2024, que "
          "traslada ⟦A:12500000:CRC|₡ 12 500 000⟧ del superávit libre a las siguientes "
          "partidas:"),
        table(["Partida", "Monto (colones)"],
              [["Remuneraciones (servicios especiales)", "3 200 000"],
               ["Servicios de mantenimiento de caminos", "4 850 000"],
               ["Materiales y suministros", "2 650 000"],
               ["Bienes duraderos (equipo de cómputo)", "1 800 000"],
               ["Total", "12 500 000"]],
              widths=[110, 56], aligns="LR", ruled=False, sum_cols=[1]),
        p("La concejala Wendy Navarro Calvo justifica su voto negativo porque considera que "
          "el superávit debería reservarse para el puente de Las Pavas. "
          "⟦D:approved:|Se somete a votación la modificación presupuestaria n.º 4-2024⟧, "
          "⟦N:vote1|con 9 votos a favor y 2 en contra⟧. Aprobado."),
        h1("ARTÍCULO VI. Mociones"),
        p("Moción de la concejala Daniela Cubero Segura para sustituir las luminarias del "
          "parque central por luminarias LED, con un costo de ⟦A:6300000:CRC|₡ 6 300 000⟧. "
          "El concejal Francisco Ulate Madrigal señala que la empresa eléctrica ofrece el "
          "cambio sin costo dentro de su programa de eficiencia. "
          "⟦D:rejected:|Se somete a votación la moción de la concejala Cubero Segura⟧, "
          "⟦N:vote2|con 4 votos a favor y 7 en contra⟧. Rechazada."),
        p("Moción del concejal Olman Fonseca Céspedes para solicitar al Ministerio de Obras "
          "Públicas y Transportes la demarcación de la ruta nacional que atraviesa el centro "
          "del cantón. ⟦D:approved:|Se somete a votación la moción del concejal Fonseca "
          "Céspedes⟧, con 11 votos a favor. Aprobado. Acuerdo definitivamente aprobado."),
        h1("ARTÍCULO VII. Correspondencia"),
        p("Se conoce el oficio de la Contraloría General de la República con observaciones al "
          "presupuesto extraordinario n.º 2-2024. El presidente municipal propone trasladarlo "
          "a la Comisión de Hacienda y Presupuesto para su análisis. "
          "⟦D:postponed:|Se acuerda aplazar el conocimiento del presupuesto extraordinario "
          "n.º 2-2024⟧ hasta la próxima sesión ordinaria."),
        h1("ARTÍCULO VIII. Asuntos varios y cierre"),
        p("El concejal Esteban Villalobos Durán recuerda que la próxima sesión ordinaria se "
          "celebrará el ⟦N:wd2|viernes 22 de noviembre de 2024⟧. Sin más asuntos que tratar, "
          "el presidente municipal levanta la sesión a las 19:40 horas."),
        gap(4),
        p("MAURICIO SALAZAR CHINCHILLA, presidente municipal\nMARJORIE SEQUEIRA ABARCA, "
          "secretaria del Concejo"),
    ]
    return Report(
        name="17_san_rafael_concejo_municipal23_es",
        lang="es",
        meeting={"body": "Concejo Municipal", "ordinal": 23, "date": "2024-11-08",
                 "place": "San Rafael del Norte"},
        date_as_written="viernes 8 de noviembre de 2024",
        head=(muni, "Acta ordinaria n.º 23-2024"),
        foot=lambda pg, n: ("Concejo Municipal – Secretaría", f"Folio {pg} de {n}"),
        created=when(2024, 11, 15),
        blocks=blocks,
        people=[
            ("Lic. Mauricio Salazar Chinchilla", "Salazar Chinchilla", "S"),
            ("Sra. Rebeca Montoya Quirós", "Montoya Quirós", "S"),
            ("Sr. Gerardo Alvarado Picado", "Alvarado Picado", "S"),
            ("MSc. Daniela Cubero Segura", "Cubero Segura", "S"),
            ("Ing. Francisco Ulate Madrigal", "Ulate Madrigal", "S"),
            ("Sr. Olman Fonseca Céspedes", "Fonseca Céspedes", "S"),
            ("Licda. Wendy Navarro Calvo", "Navarro Calvo", "S"),
            ("Sr. Esteban Villalobos Durán", "Villalobos Durán", "S"),
            ("MBA Ronald Campos Leitón", "Campos Leitón", "S"),
            ("Sra. Marjorie Sequeira Abarca", "Sequeira Abarca", "S"),
            ("Doña Xinia", "Xinia", "S"),
            ("Próspero Zúñiga Alpízar", "Zúñiga Alpízar", "S"),
            ("Sr. Luis Diego Bonilla Arce", "Bonilla Arce", "M"),
            ("Sra. Hazel Retana Mora", "Retana Mora", "M"),
            ("Sra. Ileana Porras Zamora", "Porras Zamora", "M"),
            ("Sra. Lorena Barquero Solís", "Barquero Solís", "M"),
        ],
        not_flags={
            "wd1": "weekday is right (8 November 2024 was a Friday)",
            "wd2": "weekday is right (22 November 2024 was a Friday)",
            "prev": "the acta of session no. 22 is the previous session, not a meeting-number "
                    "contradiction",
            "vote1": "9 + 2 = 11 councillors present",
            "vote2": "4 + 7 = 11 councillors present",
            "table": ("the budget lines sum to the Total row (12 500 000)", ["12 500 000"]),
        },
        weekdays=[("viernes 8 de noviembre de 2024", True),
                  ("viernes 22 de noviembre de 2024", True)],
        sums=[(11, [9, 2], True), (11, [4, 7], True)],
        stresses="Spanish (Costa Rican) municipal acta: 'Acta de la sesión ordinaria n.º 23 "
                 "del Concejo Municipal de …', 'Concejales presentes:' roll call with academic "
                 "honorifics (Lic., Licda., MSc., Ing., MBA), agenda as 'ARTÍCULO I.' …, "
                 "decisions 'Se somete a votación … con 9 votos a favor y 2 en contra. "
                 "Aprobado.' (outcome from the closing word, 'Rechazada.' for a rejection), "
                 "'Se acuerda aplazar …', colón amounts with space thousands ('₡ 12 500 000', "
                 "CRC) beside 'USD 40 000', whitespace table of budget lines with a total row, "
                 "a first-name-only speaker ('Doña Xinia … (no indicó sus apellidos)'), "
                 "signatures in capitals; look-alikes: the acta of session n.º 22, "
                 "'modificación presupuestaria n.º 4-2024'",
    )


# ---- 18: French scientific council of a research institute, planted year slip ------------

def r18() -> Report:
    inst = "Institut alpin de recherche sur la neige et les avalanches"
    blocks = [
        title(inst.upper(), size=10.5),
        title("Compte rendu du Conseil scientifique – séance n° 31", size=13.5),
        title("Réuni le 3 octobre 2024 à Grenoble, salle Saussure, 9 h 30 – 17 h", size=10.5,
              bold=False, after=5),
        p("**Membres présents :** Pr Claire FONTANEL (présidente), Dr Mathieu ROUSSILLON "
          "(vice-président), Dr Laure du PLESSIS, Pr Erik HOLMGREN, Dr Sofia DI STEFANO, "
          "M. Thomas KERVADEC, Dr Aïcha BENMOUSSA ; **Excusés :** Pr Bernard ESCOFFIER, "
          "Dr Nour HAMDI-LEFÈVRE.", after=1.2),
        p("**Assistent à la séance :** M. Pierre-Yves GAUDIN, directeur de l'Institut ; "
          "Mme Amélie TRAN, responsable administrative et financière.", after=3),
        p("La présidente ouvre la séance et constate que sept des neuf membres du Conseil sont "
          "présents ; le Conseil peut valablement délibérer."),
        h1("1. Compte rendu de la séance précédente"),
        p("Le compte rendu de la ⟦N:prev|séance n° 30⟧ (13 juin 2024) a été diffusé aux membres "
          "le 2 juillet. Dr Sofia DI STEFANO demande que son intervention sur les capteurs "
          "acoustiques soit précisée. ⟦D:adopted:|Le Conseil adopte le compte rendu de la "
          "séance n° 30⟧ ainsi modifié."),
        h1("2. Point d'actualité du directeur"),
        p("M. Pierre-Yves GAUDIN présente la situation de l'Institut. Les ressources "
          "consolidées de l'année atteignent ⟦N:sum|⟦A:2300000:EUR|2,3 M€⟧⟧, dont "
          "⟦N:sum|⟦A:1720000:EUR|1,72 M€⟧⟧ de subventions et ⟦N:sum|⟦A:580000:EUR|580 k€⟧⟧ "
          "de contrats de recherche. Il annonce l'arrivée de deux doctorants financés par la "
          "Région et rappelle que la feuille de route ⟦N:target|Neige et risques 2030⟧ sera "
          "soumise au conseil d'administration en décembre. Pr Erik HOLMGREN salue la hausse "
          "des contrats de recherche et demande qu'un bilan des publications soit présenté "
          "chaque année."),
        h1("3. Crédits incitatifs (document CS 31-2)"),
        p("Mme Amélie TRAN présente la répartition des crédits incitatifs "
          "⟦E:year|pour l'exercice 2024⟧, d'un montant total de "
          "⟦A:450000:EUR|450 000 euros⟧ (⟦N:cmp|contre ⟦A:410000:EUR|410 k€⟧ en 2023⟧), entre les quatre axes "
          "du projet d'établissement. Les montants du tableau ci-dessous sont en milliers "
          "d'euros."),
        table(["Axe du projet d'établissement", "Projets", "Montant (k€)"],
              [["Axe 1 – Manteau neigeux", "5", "140"],
               ["Axe 2 – Risques gravitaires", "4", "125"],
               ["Axe 3 – Glaciers et climat", "3", "110"],
               ["Axe 4 – Sociétés et territoires", "2", "75"],
               ["Total 2023", "14", "450"]],
              widths=[96, 30, 40], aligns="LRR",
              caption="Tableau 1 – Crédits incitatifs par axe", sum_cols=[1, 2]),
        p("Dr Mathieu ROUSSILLON regrette que l'axe 4 ne reçoive que deux projets. Dr Aïcha "
          "BENMOUSSA répond que l'appel n'a reçu que trois propositions dans cet axe. "
          "⟦D:approved:31-2|Le Conseil émet un avis favorable sur la répartition des crédits "
          "incitatifs⟧ présentée dans le document CS 31-2."),
        h1("4. Programme de mobilité sortante (document CS 31-3)"),
        p("Dr Laure du PLESSIS présente les six candidatures reçues au programme de mobilité "
          "des jeunes chercheurs. Chaque lauréat recevra une aide forfaitaire de "
          "⟦A:15000:EUR|15 k€⟧ pour un séjour de trois à six mois. Le comité de sélection propose "
          "de retenir quatre candidatures."),
        p("⟦D:approved:31-3|Le Conseil approuve le classement des candidatures au programme de "
          "mobilité⟧ proposé par le comité de sélection."),
        h1("5. Demande de prolongation du projet AVAL-SAT"),
        p("Le porteur du projet AVAL-SAT demande une prolongation de dix-huit mois et un "
          "complément de ⟦A:96000:EUR|96 000 €⟧. Pr Erik HOLMGREN relève qu'aucun des livrables "
          "de la première phase n'a été remis. ⟦D:rejected:|Le Conseil émet un avis "
          "défavorable sur la demande de prolongation du projet AVAL-SAT⟧ en l'état et invite "
          "le porteur à présenter un rapport intermédiaire."),
        h1("6. Station de mesure du col de Pré-Noir (document CS 31-5)"),
        p("M. Pierre-Yves GAUDIN indique que l'étude de faisabilité de la station, dont le coût "
          "est estimé à ⟦A:212000:EUR|212 000 €⟧, n'a pas été reçue à temps pour être "
          "examinée. ⟦D:postponed:31-5|Le point est reporté à la prochaine séance⟧."),
        h1("7. Questions diverses"),
        p("Dr Mathieu ROUSSILLON propose que le Conseil consacre une demi-journée, au printemps, "
          "à l'évaluation des plateformes d'observation. La présidente annonce que la "
          "prochaine séance se tiendra le ⟦N:wd|mardi 10 décembre 2024⟧ à Grenoble. La "
          "séance est levée à 16 h 50."),
        gap(4),
        p("La présidente du Conseil scientifique, Pr Claire FONTANEL"),
    ]
    return Report(
        name="18_iarna_conseil_scientifique31_fr",
        lang="fr",
        meeting={"body": "Conseil scientifique", "ordinal": 31, "date": "2024-10-03",
                 "place": "Grenoble"},
        date_as_written="3 octobre 2024",
        head=(inst, "CS 31 – Compte rendu"),
        foot=lambda pg, n: ("Compte rendu approuvé lors de la séance n° 32", f"{pg}/{n}"),
        created=when(2024, 10, 21),
        blocks=blocks,
        people=[
            ("Pr Claire FONTANEL", "FONTANEL", "S"),
            ("M. Pierre-Yves GAUDIN", "GAUDIN", "S"),
            ("Mme Amélie TRAN", "TRAN", "S"),
            ("Dr Mathieu ROUSSILLON", "ROUSSILLON", "S"),
            ("Dr Laure du PLESSIS", "du PLESSIS", "S"),
            ("Pr Erik HOLMGREN", "HOLMGREN", "S"),
            ("Dr Sofia DI STEFANO", "DI STEFANO", "S"),
            ("Dr Aïcha BENMOUSSA", "BENMOUSSA", "S"),
            ("M. Thomas KERVADEC", "KERVADEC", "M"),
            ("Pr Bernard ESCOFFIER", "ESCOFFIER", "M"),
            ("Dr Nour HAMDI-LEFÈVRE", "HAMDI-LEFÈVRE", "M"),
        ],
        flags={"year": ("year_mismatch", ["Total 2023"])},
        not_flags={
            "prev": "séance n° 30 is the previous meeting, not a meeting-number contradiction",
            "sum": "2,3 M€ = 1,72 M€ + 580 k€ (stated sum is right)",
            "target": "target year of the road map, not a reporting year",
            "cmp": "a prior-year comparative, not a year mismatch",
            "wd": "weekday is right (10 December 2024 was a Tuesday)",
        },
        weekdays=[("mardi 10 décembre 2024", True)],
        sums=[(2300000, [1720000, 580000], True)],
        stresses="French scientific council of a research institute: 'Compte rendu du Conseil "
                 "scientifique – séance n° 31', 'Réuni le 3 octobre 2024 à Grenoble' (no "
                 "weekday), attendance on one line 'Membres présents : … ; Excusés : …' plus "
                 "two staff who present, 'Pr' / 'Dr' honorifics, particle 'du PLESSIS', "
                 "'DI STEFANO', decisions 'Le Conseil émet un avis favorable / défavorable …', "
                 "'Le Conseil approuve …', 'Le Conseil adopte …', 'Le point est reporté à la "
                 "prochaine séance'; ruled table with a total row; '2,3 M€' / '450 000 euros' / "
                 "'15 k€' / '96 000 €'; footer naming séance n° 32",
        slips="`year_mismatch` p.1: the credits are given 'pour l'exercice 2024' but the "
              "table's total row says 'Total 2023'",
    )


# ---- 19: museum Board of Trustees, table across a page break, planted sum slip -----------

def r19() -> Report:
    museum = "Calder Vale Museum of Art and Industry"
    acq = [
        ["A24/01", "Jacquard loom pattern cards (set of 212), c. 1870", "Gift", "1,200"],
        ["A24/02", "Mill owner's pocket watch, silver, 1888", "Purchase", "3,450"],
        ["A24/03", "Oil painting, 'Spinning Room at Dusk', 1921", "Purchase", "28,000"],
        ["A24/04", "Trade union banner, painted silk, 1911", "Gift", "9,500"],
        ["A24/05", "Weaver's shuttle collection (41 items)", "Bequest", "2,100"],
        ["A24/06", "Photograph album, Calder Vale dye works", "Purchase", "850"],
        ["A24/07", "Watercolour, canal basin, 1902", "Purchase", "6,700"],
        ["A24/08", "Enamel advertising sign, Hartley's Soap", "Gift", "1,450"],
        ["A24/09", "Sampler by Ellen Crabtree, aged 11, 1839", "Purchase", "12,800"],
        ["A24/10", "Cotton mill ledger, 1846-1852", "Purchase", "4,300"],
        ["A24/11", "Bronze maquette for the war memorial", "Purchase", "14,500"],
        ["A24/12", "Oral history recordings (36 hours)", "Gift", "0"],
        ["A24/13", "Clog-maker's bench and tools", "Bequest", "1,900"],
        ["A24/14", "Stoneware bottles (box of 24)", "Gift", "1,700"],
        ["Total", "", "", "88,450"],
    ]
    blocks = [
        title(museum, size=11.5, bold=False),
        title("Board of Trustees – Minutes of Meeting No. 58", size=13.5),
        title("Held in the Weavers' Room at the Museum, Halifax, on ⟦N:wd|Thursday 21 March 2024⟧ at "
              "10.30 am", size=10.5, bold=False, after=5),
        p("**Present:** Prof. Dame Imogen Thackeray (Chair), Sir Marcus Everingham "
          "(Treasurer), Cllr Priya Varghese, Dr Samuel Oyelowo-Grant, Mrs Bronwen Tregarthen, "
          "Mr Ashok Venkataraman, Mrs Harriet Ibbotson, Mr Kwame Asante.", after=1.2),
        p("**In attendance:** Dr Owain Pritchard (Director), Ms Fenella Quarrie (Head of "
          "Collections), Mr Declan Moriarty (Finance Manager), Ms Lucy Fairbairn (Clerk to the "
          "Board).", after=1.2),
        p("**Apologies:** Mr Julian Stroud, Cllr Tom Haworth.", after=3),
        h1("58/1 Welcome"),
        p("Dame Imogen welcomed trustees, in particular Mr Kwame Asante, attending his first "
          "meeting since his appointment by the Secretary of State in January. The meeting "
          "was quorate."),
        h1("58/2 Declarations of interest"),
        p("Cllr Priya Varghese declared an interest in item 58/7 as a member of the Cabinet of "
          "Calder Vale Council and said that she would leave the room for that item."),
        h1("58/3 Minutes of the previous meeting (Paper TB 58-1)"),
        p("⟦D:approved:58-1|The minutes of ⟦N:prev|Meeting No. 57⟧ held on "
          "⟦N:wd_prev|Thursday 7 December 2023⟧ were approved⟧ as a correct record and signed "
          "by the Chair. There were no matters arising not covered elsewhere on the agenda."),
        h1("58/4 Director's report"),
        p("Dr Owain Pritchard reported that visits in the year to date had reached 187,400, "
          "ahead of target, and that the schools programme was fully booked until July. The "
          "roof repairs to the north gallery had been completed on time. Sir Marcus "
          "Everingham asked whether the rise in visits had been matched by a rise in retail "
          "spending; the Director replied that spending per visitor had been flat."),
        h1("58/5 Acquisitions (Paper TB 58-2)"),
        p("Ms Fenella Quarrie presented the schedule of fourteen acquisitions recommended by "
          "the Collections Committee at its meeting in February. Values are as assessed by "
          "the Museum's valuer; the oral history recordings have no market value. Mr Ashok "
          "Venkataraman asked that the watercolour be conserved before display."),
        table(["Ref.", "Object", "Source", "Value (£)"], acq,
              widths=[20, 94, 24, 28], aligns="LLLR",
              caption="Schedule of proposed acquisitions", sum_cols=[3], split=True),
        p("Dr Samuel Oyelowo-Grant asked how the purchases would be funded; the Director "
          "explained that they would be met from the restricted acquisitions fund, which "
          "stood at ⟦A:96400:GBP|£96,400⟧. ⟦D:approved:58-2|The Board approved the fourteen "
          "acquisitions listed in the schedule⟧."),
        h1("58/6 Management accounts to 29 February 2024 (Paper TB 58-3)"),
        p("Mr Declan Moriarty presented the management accounts. Income for the eleven months "
          "was ⟦N:income|⟦A:2184500:GBP|£2,184,500⟧⟧, comprising grant-in-aid of "
          "⟦A:1420000:GBP|£1,420,000⟧, admissions and events of ⟦A:512300:GBP|£512,300⟧ and "
          "retail and catering of ⟦A:252200:GBP|£252,200⟧. The year-end forecast showed a small "
          "deficit of ⟦A:46000:GBP|£46,000⟧, to be met from the general reserve."),
        p("Sir Marcus Everingham reported on the capital appeal for the textile gallery. The "
          "appeal had raised ⟦E:sum|⟦A:1265000:GBP|£1,265,000⟧⟧ to date: "
          "⟦E:sum|⟦A:740000:GBP|£740,000⟧⟧ from the Heritage Fund, "
          "⟦E:sum|⟦A:315000:GBP|£315,000⟧⟧ from trusts and foundations and "
          "⟦E:sum|⟦A:190000:GBP|£190,000⟧⟧ from individual donors. Mrs Bronwen Tregarthen "
          "asked whether the Heritage Fund grant was conditional on the match funding being "
          "in place by the autumn; Sir Marcus confirmed that it was."),
        p("⟦D:approved:58-3|The Board approved the management accounts and the year-end "
          "forecast⟧."),
        h1("58/7 Lease of the Old Dye House"),
        p("Cllr Priya Varghese left the room. Dr Owain Pritchard reported that Calder Vale "
          "Council wished to lease the Old Dye House for a community archive at a peppercorn "
          "rent. Mrs Harriet Ibbotson said that the building's maintenance liability should "
          "pass to the Council. ⟦D:agreed:|It was agreed that the Director would negotiate "
          "heads of terms with the Council⟧ and report back to the Board. Cllr Priya "
          "Varghese returned to the meeting."),
        h1("58/8 Admission charge for special exhibitions"),
        p("Mr Ashok Venkataraman proposed that an admission charge of ⟦A:8:GBP|£8⟧ be "
          "introduced for adult visitors to special exhibitions. Several trustees said that "
          "free admission was central to the Museum's charitable purpose. On a vote, "
          "⟦D:rejected:|the proposal to introduce an admission charge for special exhibitions "
          "was not carried⟧, ⟦N:vote|3 trustees voting in favour and 5 against⟧."),
        h1("58/9 Textile gallery redevelopment: design stage 3 (Paper TB 58-5)"),
        p("The Director reported that the architects' cost plan had arrived too late for the "
          "Finance Committee to review it. ⟦D:postponed:58-5|Consideration of the design stage "
          "3 report was deferred⟧ to the next meeting."),
        h1("58/10 Date of next meeting"),
        p("⟦N:next|Meeting No. 59⟧ will be held on ⟦N:wd_next|Thursday 20 June 2024⟧ at "
          "10.30 am. The Chair closed the meeting at 12.55 pm."),
        gap(4),
        p("Signed: ........................................ (Chair)       Date: ................"),
    ]
    return Report(
        name="19_calder_vale_museum_trustees58_en",
        lang="en",
        meeting={"body": "Board of Trustees", "ordinal": 58, "date": "2024-03-21",
                 "place": "Halifax"},
        date_as_written="Thursday 21 March 2024",
        head=(museum, "Board of Trustees – Meeting No. 58"),
        foot=lambda pg, n: ("Unconfirmed minutes – Registered charity no. 1098234",
                            f"Page {pg} of {n}"),
        created=when(2024, 3, 28),
        blocks=blocks,
        people=[
            ("Prof. Dame Imogen Thackeray", "Thackeray", "S"),
            ("Sir Marcus Everingham", "Everingham", "S"),
            ("Cllr Priya Varghese", "Varghese", "S"),
            ("Dr Samuel Oyelowo-Grant", "Oyelowo-Grant", "S"),
            ("Mrs Bronwen Tregarthen", "Tregarthen", "S"),
            ("Mr Ashok Venkataraman", "Venkataraman", "S"),
            ("Mrs Harriet Ibbotson", "Ibbotson", "S"),
            ("Dr Owain Pritchard", "Pritchard", "S"),
            ("Ms Fenella Quarrie", "Quarrie", "S"),
            ("Mr Declan Moriarty", "Moriarty", "S"),
            ("Mr Kwame Asante", "Asante", "M"),
            ("Ms Lucy Fairbairn", "Fairbairn", "M"),
            ("Mr Julian Stroud", "Stroud", "M"),
            ("Cllr Tom Haworth", "Haworth", "M"),
            ("Ellen Crabtree", "Crabtree", "M"),
        ],
        flags={"sum": "sum_mismatch"},
        not_flags={
            "wd": "weekday is right (21 March 2024 was a Thursday)",
            "wd_prev": "weekday is right (7 December 2023 was a Thursday)",
            "wd_next": "weekday is right (20 June 2024 was a Thursday)",
            "prev": "Meeting No. 57 is the previous meeting, not a meeting-number contradiction",
            "next": "Meeting No. 59 is the next meeting, not a meeting-number contradiction",
            "income": "income adds up: 1,420,000 + 512,300 + 252,200 = 2,184,500",
            "vote": "3 + 5 = 8 trustees present",
            "table": ("the acquisitions schedule (continued across the page break) sums to its "
                      "Total row", ["88,450"]),
        },
        weekdays=[("Thursday 21 March 2024", True), ("Thursday 7 December 2023", True),
                  ("Thursday 20 June 2024", True)],
        sums=[(2184500, [1420000, 512300, 252200], True),
              (1265000, [740000, 315000, 190000], False), (8, [3, 5], True)],
        split_tables=1,
        stresses="English museum Board of Trustees: 'Minutes of Meeting No. 58', date "
                 "'Thursday 21 March 2024' without a comma, minute numbers '58/n' as "
                 "headings, papers 'TB 58-n', 'Prof. Dame …' / 'Sir …' / 'Cllr …' people "
                 "later called 'Dame Imogen' and 'Sir Marcus' (given names after a title), "
                 "'In attendance' staff who present, a trustee who leaves the room for one "
                 "item, a proposal 'not carried' on a vote, a deferral; a ruled schedule of 14 "
                 "acquisitions continued across a page break with its header row repeated "
                 "(two gold table entries) and a correct total row; look-alikes: meetings "
                 "No. 57 and No. 59, a correct income breakdown, visitor numbers, a charity "
                 "number",
        slips="`sum_mismatch` p.2: the appeal's '£1,265,000' stated as £740,000 + £315,000 + "
              "£190,000, which add up to £1,245,000",
    )


REPORTS = [r16, r17, r18, r19]


# ============================================================================== main

README_BEGIN = "<!-- held-out-2: begin (written by corpus/build_heldout2.py) -->"
README_END = "<!-- held-out-2: end -->"
FIRST_END = "<!-- held-out: end -->"          # the section of build_heldout.py, kept above


def readme_section(reports, golds, pages) -> str:
    out = [
        README_BEGIN,
        "## Held-out reports 16-19 (second generalisation test)",
        "",
        "Built by `python corpus/build_heldout2.py` (renderer and markup copied from",
        "`build_heldout.py`, extended with tables continued across a page break, flag evidence",
        "in table cells and the CHF / CRC currencies; same guarantees: deterministic bytes, every",
        "gold string re-read with pdfplumber on its gold page before anything is written).",
        "Reports 01-11 and then 12-15 have all been used to tune the extractors, so they no",
        "longer measure generalisation. These four were **written after reports 12-15 had been",
        "tuned on**, from scratch, in styles the corpus did not have, and have not been used to",
        "tune anything: their scores measure how the pipeline generalises. Keep it that way: a",
        "change made to fix a miss on 16-19 turns them into tuning data too.",
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
        "Conventions specific to these reports (otherwise as above): in report 16 people are",
        "written by honorific and family only ('Mr. Lindqvist'), so name and family are those",
        "words; delegations speaking without a name ('The representative of Brazil') are not",
        "people in the gold; 'The Committee took note of …' is recorded as `agreed` (a decision",
        "that approves nothing); document symbols 'SCF/5/n' give refs `5/n` (body tag dropped).",
        "In report 17 the decision is the 'Se somete a votación …' sentence and its outcome",
        "comes from the closing word ('Aprobado.' / 'Aprobada.' → approved, 'Rechazada.' →",
        "rejected); 'Se acuerda aplazar' → postponed; '₡' is the Costa Rican colón (`CRC`);",
        "'Doña Xinia' (no family name given) has family 'Xinia'. In report 18 'émet un avis",
        "favorable' → approved, 'avis défavorable' → rejected, 'Le point est reporté' →",
        "postponed; the year_mismatch quotes the table cell 'Total 2023'. In report 19",
        "'Dame Imogen' and 'Sir Marcus' are Thackeray and Everingham; 'was not carried' →",
        "rejected; papers 'TB 58-n' give refs `58-n`; the schedule continued across the page",
        "break has one gold table entry per page, the header row repeated on each. Note:",
        "`build.py` rewrites README.md from scratch; re-run `build_heldout.py`, then",
        "`build_heldout2.py`, afterwards to restore the held-out sections.",
        README_END,
    ]
    return "\n".join(out) + "\n"


def update_readme(section: str):
    text = README.read_text(encoding="utf-8")
    if README_BEGIN in text:
        a = text.index(README_BEGIN)
        b = text.index(README_END) + len(README_END)
        text = text[:a] + section.rstrip("\n") + text[b:]
    elif FIRST_END in text:
        b = text.index(FIRST_END) + len(FIRST_END)
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
