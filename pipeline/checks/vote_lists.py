"""Votes recorded as lists of names ("Ayes: Vandermeer, Aldana, Hallisey; Nays: Tuttle",
"For: Crs Dunmore, Ah-Kee / Against: Crs Benedetti", "Pour : M. A, Mme B ; Contre : M. C"):
each list is a count, the number of names it gives, for ``vote_count_mismatch``.

A list is read only when every item of it is a name written with capitals (one to four
words: "Crs Dunmore", "Delacroix-Webb", "Mme Odile FRÉMIOT") or a word saying nobody
("None", "Néant", "Ninguno"), so "For: information" or "Pour : avis favorable" are no
votes. Labels come from the lexicon's ``[checks]`` keys ``vote_list_*_labels``.
"""

from __future__ import annotations

import functools
import re

from pipeline.checks.common import folded, lex, lex_pattern
from pipeline.patterns import alternation
from pipeline.records import Document

LIST_KINDS = ("FOR", "AGAINST", "ABSTAIN")


@functools.cache
def _item() -> re.Pattern[str]:
    """A name as a vote list writes it: one to five capitalised words, name particles
    between (the lexicon's ``[people] particles``: "Ana de la Vega", "Jan van Dijk")."""
    word = rf"(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*|{alternation(lex('particles', 'people'))})"
    return re.compile(rf"{word}(?:[ \t]+{word}){{0,4}}")


@functools.cache
def _labels() -> tuple[re.Pattern[str], dict[str, str]]:
    """A list label opening a line or following "(" / ";" ("(Ayes:", "; Nays:"), then its
    colon; and each folded label's kind."""
    kinds = {w: kind for kind in LIST_KINDS for w in lex(f"vote_list_{kind.lower()}_labels")}
    return (re.compile(rf"(?:^|(?<=[(;\n]))[ \t]*(?P<w>{alternation(kinds)})[ \t]*:[ \t]*(?=[^\W\d])", re.M),
            kinds)


def _list_end(text: str, start: int, label: re.Pattern[str], f) -> int:
    """Where the list opened at ``start`` ends: at ";", ")", a sentence's end, a blank
    line, or a line opening another label."""
    stop = re.compile(r"[;)]|(?<![\w'’-])(?P<word>[^\W\d][\w'’-]*)?\.(?=\s|$)|\n[ \t]*\n|$")
    m = stop.search(text, start)
    while m.group().endswith(".") and _abbreviation(m.group("word") or ""):
        m = stop.search(text, m.end())       # "Mr. Smith", "J. Smith": no sentence end
    end = m.start() if not m.group("word") else m.start("word") + len(m.group("word"))
    for _, a, _ in f.finditer(label, start, end):
        if a > start:
            return a
    nl = text.find("\n", start, end)
    while nl >= 0:                      # a line that opens another label ends the list
        if label.match(f.text, f.folded_offset(nl + 1)):
            return nl
        nl = text.find("\n", nl + 1, end)
    return end


@functools.cache
def _honorifics() -> frozenset[str]:
    return frozenset(h.rstrip(".").lower() for h in lex("quoted_name_honorifics"))


def _abbreviation(word: str) -> bool:
    """A word before a period that ends no sentence: an initial ("J.") or an honorific ("Dr.")."""
    return len(word) == 1 or word.lower() in _honorifics()


def _count(items: str) -> int | None:
    """How many people a list names; None when an item is not a name."""
    nobody = lex_pattern("vote_list_none_words")
    n = 0
    for item in re.split(r"[,\n]|\s(?:" + "|".join(re.escape(w) for w in lex("list_joiners")) + r")\s", items):
        item = item.strip(" \t.")
        if not item:
            continue
        if nobody.fullmatch(folded(item).text):
            continue
        if not _item().fullmatch(item):
            return None
        n += 1
    return n


def name_lists(doc: Document) -> list[tuple[str, int, int, int]]:
    """(kind, names counted, start, end) of every vote list in the text, in order."""
    label, kinds = _labels()
    f = folded(doc.text)
    out = []
    for m, a, b in f.finditer(label):
        end = _list_end(doc.text, b, label, f)
        n = _count(doc.text[b:end])
        if n is not None and doc.text[b:end].strip():
            out.append((kinds[re.sub(r"\s+", " ", m.group("w"))], n, a, end))
    return out
