"""Blocks of the written held-out set: the held-out markup's Block (corpus/heldout/markup.py)
with what this set's renderer adds: a hanging label in a left column (minute or resolution
numbers), italic paragraphs, a first-line indent, and tables ruled only by horizontal lines."""
from __future__ import annotations

from dataclasses import dataclass

from corpus.heldout.markup import Block


@dataclass
class WBlock(Block):
    label: str = ""            # printed in the hanging column, left of the text
    italic: bool = False
    first: float = 0.0         # first-line indent (mm)
    rules: str = "grid"        # tables: grid | lines (top, header and bottom rules) | none


@dataclass(frozen=True)
class Style:
    """A report's page: paper, font, margins, how headings and paragraphs look."""
    paper: str = "letter"      # letter | a4
    font: str = "stix"         # stix | serif | sans | mono
    body_size: float = 10.5
    leading: float = 1.3
    left: float = 25.0
    right: float = 25.0
    top: float = 28.0
    bottom: float = 24.0       # distance of the body's end from the paper's bottom edge
    justify: bool = True
    label_w: float = 0.0       # width of the hanging label column (0: none)
    heading: str = "caps"      # caps | underline | center | rule | plain | box (shaded band)
    head_first: bool = True    # running header on page 1 too
    foot_rule: bool = False    # a rule above the footer


def title(text, size=13.0, bold=True, after=1.2, italic=False):
    return WBlock("title", text, size=size, center=True, bold=bold, after=after, italic=italic)


def h1(text, label="", before=3.5, after=1.6):
    return WBlock("h1", text, size=0.0, bold=True, before=before, after=after, label=label)


def p(text, label="", italic=False, first=0.0, indent=0.0, after=2.0, size=0.0, bold=False):
    return WBlock("p", text, size=size, label=label, italic=italic, first=first,
                  indent=indent, after=after, bold=bold)


def gap(mm):
    return WBlock("gap", before=mm)


def table(header, rows, widths, aligns, rules="grid", caption="", sum_cols=(), bad_cols=(),
          label=""):
    return WBlock("table", header=header, rows=rows, widths=widths, aligns=aligns,
                  ruled=rules != "none", caption=caption, sum_cols=list(sum_cols),
                  bad_cols=list(bad_cols), rules=rules, label=label)
