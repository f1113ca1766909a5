"""Numbering slips: ``item_number_mismatch`` (a minute numbered out of its series) and
``page_count_mismatch`` (a "page N of M" whose M is not the document's page count).

* Items: minutes numbered "19.03.1, 19.03.2, …" (series, then item) opening their lines.
  An item whose last number follows its neighbours' (…3, 4, 5…) but whose series differs
  ("19.01.4" between "19.03.3" and "19.03.5") is a slip; the same number written without
  its zero ("19.3.12") is not, nor is a series that changes for good (a new chapter).
  Also a vote put on one item under another's heading ("All those in favour of Item 1?"
  after "Item 5 - …").
* Pages: "Página 2 de 3" on the last page of a 2-page file says a page is missing (or the
  count is wrong). Only when the numbering is this document's own (N is the page it is
  printed on) and every "of M" agrees, so an extract of a longer file is no slip.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass

from pipeline.checks.common import NAME, VERSION, evidence, folded, lex, line_bounds, make_flag, quoted
from pipeline.patterns import alternation
from pipeline.records import Document, Evidence, Extraction, Flag
from pipeline.text import fold

CHECK = f"{NAME}.numbering@{VERSION}"
_CODE = re.compile(r"(?m)^[ \t]*(?P<code>(?P<a>\d{1,4})(?P<s>[./])(?P<b>\d{1,3})(?P=s)(?P<c>\d{1,3}))"
                   r"(?![\d./])(?=[ \t]+[^\W\d])")


@dataclass(frozen=True)
class _Item:
    start: int
    code: str
    prefix: str
    series: tuple[int, int]
    n: int


def _items(doc: Document) -> list[_Item]:
    return [_Item(m.start("code"), m.group("code"), m.group("a") + m.group("s") + m.group("b"),
                  (int(m.group("a")), int(m.group("b"))), int(m.group("c")))
            for m in _CODE.finditer(doc.text)]


def _line(doc: Document, at: int) -> Evidence:
    return evidence(doc, at, line_bounds(doc.text, at)[1])


def item_number_mismatch(doc: Document, ex: Extraction) -> list[Flag]:
    """Minutes numbered out of their series, and items put to the vote under another's
    heading."""
    return item_series_mismatch(doc, ex) + item_vote_mismatch(doc, ex)


def item_series_mismatch(doc: Document, ex: Extraction) -> list[Flag]:
    """Items whose series differs from the one their neighbours (before and after, both
    in the report's main series, three items at least) carry, their own number following
    on from the one before and leading to the one after."""
    items = _items(doc)
    counts = Counter(i.series for i in items)
    if not counts:
        return []
    series, n = counts.most_common(1)[0]
    if n < 3:
        return []
    flags = []
    for k, item in enumerate(items):
        if item.series == series or any(i.series == series and i.n == item.n for i in items):
            continue
        before = next((i for i in reversed(items[:k]) if i.series == series), None)
        after = next((i for i in items[k + 1:] if i.series == series), None)
        if not (before and after and before.n + 1 == item.n == after.n - 1):
            continue
        odd, around = _line(doc, item.start), [_line(doc, before.start), _line(doc, after.start)]
        flags.append(make_flag(
            "item_number_mismatch", "error", doc.doc_id,
            f"Item {quoted(odd)} is numbered in series {item.prefix}, "
            f"but the items around it are {quoted(around[0])} and {quoted(around[1])}",
            [odd, *around], CHECK, page=odd.page))
    return flags


@functools.cache
def _item_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A heading line "Item 5 - Title" (the word, a number, a dash or colon, a title) and
    the chair's question "All those in favour of Item 1?" (one item, not "Items 2 to 6")."""
    item, ask = alternation(lex("agenda_item_words")), alternation(lex("vote_question_words"))
    return (re.compile(rf"(?m)^[ \t]*(?:{item})[ \t]+(?P<n>\d{{1,3}})[ \t]*[-–—:][ \t]+[^\W\d]"),
            re.compile(rf"\b{ask}[ \t]+(?:{item})[ \t]+(?P<n>\d{{1,3}})(?=[ \t]*[?.;!])"))


def item_vote_mismatch(doc: Document, ex: Extraction) -> list[Flag]:
    """A vote put on "Item 1" when the last item heading above it is "Item 5 - …" (the
    item debated): the chair named the wrong item, or the heading is misnumbered."""
    heading, question = _item_patterns()
    f = folded(doc.text)
    heads = [(a, int(m.group("n"))) for m, a, _ in f.finditer(heading)]
    flags = []
    for m, a, b in f.finditer(question):
        above = [h for h in heads if h[0] < a]
        if not above or above[-1][1] == int(m.group("n")):
            continue
        head = _line(doc, above[-1][0])
        ls, le = line_bounds(doc.text, a)
        sent = doc.text[a:le].split("?")[0] + ("?" if "?" in doc.text[a:le] else "")
        ask = evidence(doc, a, a + len(sent))
        flags.append(make_flag(
            "item_number_mismatch", "error", doc.doc_id,
            f"The vote {quoted(ask)} names item {m.group('n')}, but the item under debate is {quoted(head)}",
            [head, ask], CHECK, page=ask.page))
    return flags


# ------------------------------------------------------------------ page counts


@functools.cache
def _page_of() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """"Page 2 of 3", "Página 2 de 3", "page 2 sur 3" anywhere in a line; a line that is
    only "2 de 3" (a form's footer, its label "Página" on the line above, or cut by OCR:
    "gina 1 de 3"); and a line opening with the page word (that label)."""
    page, of = alternation(lex("page_words")), alternation(lex("page_of_words"))
    count = rf"(?P<n>\d{{1,3}})[ \t]*(?P<of>{of}|/)[ \t]*(?P<m>\d{{1,3}})(?!\d)"
    return (re.compile(rf"\b(?P<w>{page})[ \t]*{count}"),
            re.compile(rf"^[ \t]*(?:[^\W\d]{{1,6}}[ \t]+)?{count}[ \t]*$"),
            re.compile(rf"^[ \t]*(?P<w>{page})(?!\w)"))


def _page_numbers(doc: Document) -> list[tuple[int, int, int, str, str]]:
    """(page, N, M, quote, as read) of every "N of M" page number, with the page word
    ("Página") read before it or opening another line of the same page; a bare "2 de 3"
    only at a page's top or foot (in a body line it may count votes or items)."""
    inline, alone, label = _page_of()
    found = []
    for p in doc.pages:
        for i, line in enumerate(p.lines):
            f = folded(line.text)
            edge = line.role in ("header", "footer") or i == 0 or i >= len(p.lines) - 3
            m = inline.search(f.text) or (alone.search(f.text) if edge else None)
            if not m:
                continue
            x, y = f.span(m.start("w") if m.re is inline else m.start("n"), m.end("m"))
            word = line.text[slice(*f.span(*m.span("w")))] if m.re is inline else next(
                (o.text[slice(*g.span(*w.span("w")))] for o in p.lines
                 for g in [folded(o.text)] for w in [label.search(g.text)] if w), "")
            count = line.text[slice(*f.span(m.start("n"), m.end("m")))]
            found.append((p.number, int(m.group("n")), int(m.group("m")), line.text[x:y],
                          f"{word} {count}".strip()))
    return found


def page_count_mismatch(doc: Document, ex: Extraction) -> list[Flag]:
    """One flag when the document numbers its own pages "N of M" (N the page it stands
    on, every M the same) and M is not its page count."""
    pages = len(doc.pages)
    found = _page_numbers(doc)
    if not found or any(n != page for page, n, _, _, _ in found):
        return []
    totals = {m for _, _, m, _, _ in found}
    if len(totals) != 1 or totals == {pages}:
        return []
    stated = totals.pop()
    page, _, _, text, shown = max(found, key=lambda x: x[0])
    quote = Evidence(quote=text, doc_id=doc.doc_id, page=page, file_name=doc.file_name)
    read = f" (read as '{shown}')" if fold(shown) != fold(text) else ""
    return [make_flag("page_count_mismatch", "warning", doc.doc_id,
                      f"{quoted(quote)}{read} says the document has {stated} pages, but the file has {pages}",
                      [quote], CHECK, page=page)]
