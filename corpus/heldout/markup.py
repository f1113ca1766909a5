"""The held-out reports' model: their inline markup, their blocks and the Report they make up.

Paragraph text carries inline markup, so the gold is read off the very strings rendered:

    ⟦D:outcome:ref,ref|text⟧   a decision; `text` becomes the gold "contains"
    ⟦A:value:CUR|text⟧          a monetary amount (value in units of the currency)
    ⟦E:id|text⟧                 evidence of the planted slip `id`
    ⟦N:id|text⟧                 evidence of the look-alike `id` (gold not_flags)
    **text**                    bold
    \\n                          forced line break inside a paragraph

Spaces inside an amount never break a line.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

OPEN, CLOSE = "⟦", "⟧"


class BuildError(Exception):
    """A report breaks a rule of the corpus (markup, layout or gold)."""


def need(cond, msg):
    if not cond:
        raise BuildError(msg)


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


def when(y, m, d):
    """The PDF creation date of a report written on that day."""
    return dt.datetime(y, m, d, 9, 30, 0, tzinfo=dt.timezone.utc)
