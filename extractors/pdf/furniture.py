"""Running headers and footers: the lines a page template repeats at the page's edge.

Text alone does not make a line furniture: a body line may repeat too ("Vote : 9 pour,
0 contre", "Adopted unanimously", a draft written from one template per item) and open
or close several pages. A running header or footer is a line that

- sits in the margin band at the top or bottom of the page, with only other repeating
  lines between it and the page's edge;
- repeats (digits generalised, a page number at either end ignored, so "2 COUNCIL" and
  "COUNCIL 3" are one header) at the same distance from that edge, in the same type
  size, on at least ``_PAGE_SHARE`` of the pages or ``_PAGE_RUN`` of them;
- does not take the body's place: on the pages without it, the body's own first (or
  last) line does not stand where it stands;
- stands apart from the body when it is on every page: a gap wider than a paragraph
  break, or another type than the body's, in its block of running lines;
- and numbers no item: a line opening with an item word whose number changes from page to
  page ("Délibération 2023-04", then "2023-05") heads an item.

Page-number stamps ("Page 3 of 12", "3 | P a g e") are furniture wherever they stand.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass, replace
from statistics import median
from typing import Sequence

from pipeline.lexicon import every_language
from pipeline.patterns import alternation, compiled
from pipeline.records import Line, Page
from pipeline.text import fold

# Where running headers and footers live: this share of the page height at each end.
MARGIN_SHARE = 0.11
_HEADER_MAX_CHARS = 160
# A page number alone, dashes around it allowed ("- 3 -"): furniture where it repeats.
_BARE_PAGE_NUMBER = re.compile(r"^\s*[-–]?\s*\d{1,4}\s*[-–]?\s*$")
# A running line is on at least this share of the pages that hold text, or on this many
# (a report's pages before an annex in another layout).
_PAGE_SHARE = 0.4
_PAGE_RUN = 5
# Two lines stand at the same place when their distances to the edge differ by less.
_SAME_PLACE = 4.0


def layout_words(key: str) -> list[str]:
    """The [layout] words of every supported language: furniture is marked before the
    report's language is known, and a stamp may be in any of them."""
    return every_language("layout", key)


@functools.cache
def _strong_stamps() -> tuple[re.Pattern[str], ...]:
    """Page stamps unambiguous enough to be furniture anywhere on the page (text
    extracted from an earlier PDF often carries its old footers mid-page): "Page 3",
    "Page 3 of 12", "3 of 12", "3/12", "3 | P a g e"."""
    label = alternation(layout_words("page_labels"))
    link = alternation(layout_words("page_count_links"))
    stamps = [compiled(rf"^\s*{label}\s*\d+\s*(?:(?:/|{link})\s*\d+)?\s*$", re.I),
              compiled(rf"^\s*\d+\s*(?:/|{link})\s*\d+\s*$", re.I)]
    for word in sorted(set(layout_words("page_bar_labels"))):
        spaced = r"\s*".join(map(re.escape, word))   # "P a g e" as well as "Page"
        stamps.append(compiled(rf"^\s*\d+\s*\|\s*{spaced}\s*$", re.I))
    return tuple(stamps)


@functools.cache
def _furniture_patterns() -> tuple[re.Pattern[str], ...]:
    """Page-number and version stamps that are furniture wherever they repeat."""
    return _strong_stamps() + (_BARE_PAGE_NUMBER,)


@functools.cache
def _worded_item() -> re.Pattern[str]:
    """A line opening with an item word and its number ("Point n° 3", "Délibération
    2023-04")."""
    return compiled(rf"^\s*(?i:{alternation(layout_words('item_words'))})\b\W*(?:\w{{1,2}}\W*)?\d")


def _furniture_key(text: str) -> str:
    """Text of a header/footer with digits generalised and a page number at either end
    dropped, so "Page 3" ~ "Page 4" and "2 COUNCIL" ~ "COUNCIL 3"."""
    return re.sub(r"^[#\s|–-]+|[#\s|–-]+$", "", re.sub(r"\d+", "#", fold(text)))


@dataclass(frozen=True)
class _Spot:
    """A margin line: its page and line index, which edge, its distance to that edge,
    its type size."""
    page: int
    index: int
    edge: str          # "header" or "footer"
    depth: float
    size: float


def _edge(line: Line, page: Page) -> tuple[str, float] | None:
    """Which margin band the line is in and its distance to that edge, if any."""
    h = page.height or 842.0
    if line.bottom <= h * MARGIN_SHARE:
        return "header", line.top
    if line.top >= h * (1 - MARGIN_SHARE):
        return "footer", h - line.bottom
    return None


def _outer_spots(page: Page, pi: int, repeating: set[str]) -> list[tuple[_Spot, str]]:
    """The page's margin lines between the edge and its first line that neither repeats
    nor is a stamp: a repeated line below the body's first line is body."""
    out = []
    for edge in ("header", "footer"):
        found = []
        for li, l in enumerate(page.lines):
            where = _edge(l, page)
            if where and where[0] == edge and len(l.text) <= _HEADER_MAX_CHARS:
                found.append((where[1], li, l))
        found.sort()
        for depth, li, l in found:
            key = _furniture_key(l.text)
            if key not in repeating and not _is_stamp(l.text):
                break
            out.append((_Spot(pi, li, edge, depth, l.size), key))
    return out


def _is_stamp(text: str) -> bool:
    return any(rx.match(text) for rx in _furniture_patterns())


def _place(spots: list[_Spot]) -> list[_Spot]:
    """The largest set of the spots standing at one distance from the same edge in one
    type size (a running line keeps its type; a title page's title does not), one per
    page."""
    best: list[_Spot] = []
    for s in spots:
        near = [t for t in spots if t.edge == s.edge and abs(t.depth - s.depth) < _SAME_PLACE
                and abs(t.size - s.size) < 0.5]
        by_page = {t.page: t for t in sorted(near, key=lambda t: abs(t.depth - s.depth),
                                              reverse=True)}
        if len(by_page) > len(best):
            best = list(by_page.values())
    return best


def _depth(line: Line, page: Page, edge: str) -> float:
    return line.top if edge == "header" else (page.height or 842.0) - line.bottom


def pages_to_furniture(pages: Sequence[Page]) -> list[Page]:
    """Mark running headers and footers (see the module's doc) and page-number stamps."""
    marks: dict[tuple[int, int], str] = {}
    for spot in _running_spots(pages):
        marks[(spot.page, spot.index)] = spot.edge
    for pi, p in enumerate(pages):
        for li, l in enumerate(p.lines):
            where = _edge(l, p)
            if ((where and _is_stamp(l.text))
                    or any(rx.match(l.text) for rx in _strong_stamps())):
                marks.setdefault((pi, li), "header" if l.top < p.height / 2 else "footer")
    if len(marks) == sum(len(p.lines) for p in pages):
        marks = {}   # nothing but furniture: the lines are the content
    return [replace(p, lines=tuple(replace(l, role=marks[(pi, li)]) if (pi, li) in marks else l
                                   for li, l in enumerate(p.lines)))
            for pi, p in enumerate(pages)]


def _running_spots(pages: Sequence[Page]) -> list[_Spot]:
    """The spots of the lines that run at one place over the pages (module doc)."""
    text_pages = [pi for pi, p in enumerate(pages) if p.lines]
    if len(text_pages) < 2:
        return []
    seen: dict[str, set[int]] = {}
    for pi, p in enumerate(pages):
        for l in p.lines:
            if _edge(l, p) and len(l.text) <= _HEADER_MAX_CHARS:
                seen.setdefault(_furniture_key(l.text), set()).add(pi)
    repeating = {k for k, v in seen.items() if len(v) >= 2 and k}
    by_key: dict[str, list[_Spot]] = {}
    for pi, p in enumerate(pages):
        for spot, key in _outer_spots(p, pi, repeating):
            if key in repeating:
                by_key.setdefault(key, []).append(spot)
    places = [place for place in map(_place, by_key.values())
              if len(place) >= max(2, min(_PAGE_SHARE * len(text_pages), _PAGE_RUN))
              and not _numbers_items(place, pages)]
    often = {(s.page, s.index) for place in places for s in place}
    measure = (body_font_size(pages), typical_spacing(pages))
    apart = [place for place in places
             if sum(_stands_apart(s, pages[s.page], often, measure) for s in place) > len(place) / 2]
    likely = {(s.page, s.index) for place in apart for s in place}
    return [s for place in apart if not _takes_body_place(place, pages, text_pages, likely)
            for s in place]


def _numbers_items(place: list[_Spot], pages: Sequence[Page]) -> bool:
    """Whether the lines open with an item word and their numbers change: item headings."""
    texts = {pages[s.page].lines[s.index].text.strip() for s in place}
    return len(texts) > 1 and all(_worded_item().match(t) for t in texts)


def _takes_body_place(place: list[_Spot], pages: Sequence[Page], text_pages: list[int],
                      likely: set[tuple[int, int]]) -> bool:
    """Whether, on the pages without these lines (the first page aside: a title page has
    its own layout), a line other than a running one (``likely``) or a stamp stands where
    they stand, on at least half of those pages: then the place is the body's."""
    on = {s.page for s in place}
    off = [pi for pi in text_pages[1:] if pi not in on]
    edge, depth = place[0].edge, median(s.depth for s in place)
    hits = sum(any(abs(_depth(l, pages[pi], edge) - depth) < _SAME_PLACE
                   and (pi, li) not in likely and not _is_stamp(l.text)
                   for li, l in enumerate(pages[pi].lines))
               for pi in off)
    return hits >= 1 and hits >= 0.5 * len(off)


def _stands_apart(spot: _Spot, page: Page, often: set[tuple[int, int]],
                  measure: tuple[float, float]) -> bool:
    """Whether the spot's block (the lines around it no further apart than a paragraph
    break) is set apart from the body: it holds only frequent margin lines (``often``),
    or one of these is set in another type than the body's."""
    size, spacing = measure
    order = sorted(range(len(page.lines)), key=lambda i: _depth(page.lines[i], page, spot.edge))
    at = order.index(spot.index)
    lo, hi = at, at
    while lo > 0 and _gap(page, order[lo - 1], order[lo], spot.edge) <= 1.6 * spacing:
        lo -= 1
    while hi + 1 < len(order) and _gap(page, order[hi], order[hi + 1], spot.edge) <= 1.6 * spacing:
        hi += 1
    block = order[lo:hi + 1]
    running = [i for i in block if (spot.page, i) in often]
    return len(running) == len(block) or any(
        abs(page.lines[i].size - size) >= 0.5 for i in running)


def _gap(page: Page, outer: int, inner: int, edge: str) -> float:
    """The white space between two lines, the first nearer the edge."""
    a, b = page.lines[outer], page.lines[inner]
    return _depth(b, page, edge) - _depth(a, page, edge) - (a.bottom - a.top)


def body_font_size(pages: Sequence[Page]) -> float:
    """The most common font size of body lines (weighted by characters)."""
    sizes = Counter()
    for p in pages:
        for l in p.lines:
            if l.role == "body":
                sizes[round(l.size, 1)] += len(l.text)
    return sizes.most_common(1)[0][0] if sizes else 10.0


def typical_spacing(pages: Sequence[Page]) -> float:
    """The most common vertical gap between consecutive body lines, plus half a point."""
    gaps = []
    for p in pages:
        body = [l for l in p.lines if l.role == "body"]
        for a, b in zip(body, body[1:]):
            g = b.top - a.bottom
            if 0 <= g < 40:
                gaps.append(round(g, 1))
    return Counter(gaps).most_common(1)[0][0] + 0.5 if gaps else 4.0
