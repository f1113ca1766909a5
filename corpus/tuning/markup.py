"""The tuning reports' model (01-11): their inline markup, their blocks and the Report.

Paragraph text carries inline markup, so the gold is read off the very strings rendered:

    {{D:outcome:ref,ref|text}}  decision; `text` is the gold "contains" substring
    {{A|text}}                  monetary amount; value and currency parsed from `text`
    {{E:id|text}}               evidence string of the planted slip `id` (see Report.flags)
    {{N:id|text}}               evidence string of the look-alike `id` (Report.not_flags)
    {{X:pb|text}}               layout assertion: `text` must straddle a page break
    {{X:lb|text}}               layout assertion: `text` must straddle a line break
    **text**                    bold
    ~                           explicit soft-hyphenation point inside a word
    ^                           (right after a real hyphen) a line may break here
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

NB = "\u00a0"  # internal "no line break here"; rendered as a plain space


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

    def flags_same_page(self, f):
        """Whether the evidence of gold flag `f` must all stand on its page."""
        kinds = {k if isinstance(k, str) else k[0]: (k[1] if isinstance(k, tuple) else "last")
                 for k in self.flags.values()}
        return kinds.get(f["kind"]) != "span-pages"


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


def T0(y, m, d, h=18):
    """The PDF creation date of a report written on that day."""
    return dt.datetime(y, m, d, h, 0, 0, tzinfo=dt.timezone.utc)


def footer_page_of(fmt, left=""):
    return lambda p, t: {"left": left, "right": fmt.format(p=p, t=t)}


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

