"""Figure tables laid out by indentation, as budget annexes print them: group headings
with no figures ("A. Appropriations", "Implementation cluster") between the rows, labels
that wrap over two or three lines (the figures on the first, the last or a line between
them), a header over two or three lines, and footnote letters after a label
("Interpretation a" over a footnote "a Includes ...").

Used by ``whitespace`` on positioned lines only (PDF or OCR words). A label-only line
stays in a table only inside it: left of the figure columns, between two rows of
figures (or just above the first); a line closer to its neighbour than rows are to one
another (the run's line spacing is two-valued) goes on with that neighbour's row.
"""

from __future__ import annotations

import re
from typing import Sequence

from pipeline.records import Line

_MAX_TEXT = 200           # a label-only line longer than this is prose
_CLOSE = 1.15             # lines at most this times the tightest spacing share a row
_APART = 1.25             # rows stand at least this times the tightest spacing apart
_MARK = re.compile(r"^(.*\S)\s+([a-z])$")


def label_only(line: Line, figures_x0: float) -> bool:
    """Whether a positioned line is a table's label with no figure: short enough, left
    of the first figure column, not a sentence's end."""
    text = line.text.strip()
    if not text or not line.words or len(text) > _MAX_TEXT or text.endswith((".", ":")):
        return False
    return line.x1 < figures_x0 - 2 and any(ch.isalpha() for ch in text)


def row_groups(tops: Sequence[float], has_figures: Sequence[bool],
               has_label: Sequence[bool]) -> list[list[int]]:
    """Indexes of the run's lines grouped into table rows. Lines group only when the
    spacing of the run takes two values (rows set wider apart than a label's wrapped
    lines) and a group holds at most one line of figures; else each line is a row."""
    single = [[i] for i in range(len(tops))]
    gaps = [tops[i + 1] - tops[i] for i in range(len(tops) - 1)]
    labelled = [t for t, lab in zip(tops, has_label) if lab]  # a figures-only line sits midway
    plain = [b - a for a, b in zip(labelled, labelled[1:])]
    if not plain:
        return single
    tight = min(plain)
    if tight <= 0 or not any(g >= _APART * tight for g in plain):
        return single
    groups: list[list[int]] = [[0]]
    for i, g in enumerate(gaps):
        if g <= _CLOSE * tight:
            groups[-1].append(i + 1)
        else:
            groups.append([i + 1])
    out: list[list[int]] = []
    for grp in groups:
        if sum(1 for i in grp if has_figures[i]) > 1:
            out.extend([i] for i in grp)    # two rows of figures: not one wrapped row
        else:
            out.append(grp)
    return out


def footnote_letters(lines: Sequence[Line], below: float) -> frozenset[str]:
    """Lower-case letters that open a footnote line under ``below`` ("a Includes ...")."""
    out = set()
    for line in lines:
        words = line.words
        if line.top > below and len(words) >= 2 and len(words[0].text) == 1 \
                and words[0].text.islower() and words[1].text[:1].isupper():
            out.add(words[0].text)
    return frozenset(out)


def without_mark(label: str, letters: frozenset[str]) -> str:
    """A label less the footnote letter it ends with, when a footnote below opens with it
    ("Interpretation a" -> "Interpretation")."""
    m = _MARK.match(label)
    return m.group(1) if m and m.group(2) in letters else label


def header_lines(lines: Sequence[Line], h: int, splits) -> list[int]:
    """The header's lines, from line ``h`` up: lines set close above one another (at most
    1.6 font sizes apart) that each put a title over a figure column (``splits``)."""
    out = [h]
    while out[-1] > 0:
        up, cur = lines[out[-1] - 1], lines[out[-1]]
        size = cur.size or 10.0
        if not up.text.strip() or cur.top - up.top > 1.6 * size or not splits(up):
            break
        out.append(out[-1] - 1)
    return sorted(out)


def join_header(rows: Sequence[Sequence[str]]) -> list[str]:
    """Header cells of several lines joined column by column, top line first."""
    width = max(len(r) for r in rows)
    return [" ".join(r[j] for r in rows if j < len(r) and r[j]).strip() for j in range(width)]


def join_wrapped(texts: Sequence[str]) -> str:
    """Lines of one wrapped cell as one text; a line ending in a hyphen after a letter
    goes on without a space ("two-" + "week session" -> "two-week session")."""
    out = ""
    for t in texts:
        glue = out.endswith("-") and len(out) > 1 and out[-2].isalpha()
        out = f"{out}{t}" if glue or not out else f"{out} {t}"
    return out
