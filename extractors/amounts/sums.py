"""Stated sums: the totals and parts the text relates between amounts of one sentence."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Iterable

from extractors.amounts import NAME, VERSION      # set by the package before it imports this
from extractors.amounts.words import _listed
from pipeline.patterns import compiled, fold_keep
from pipeline.records import Amount, Document, StatedSum
from pipeline.text import provenance

_NEAR = 0.2           # parts after a bare colon add up to within 20 % of their total


@dataclass(frozen=True)
class _SumCues:
    """The folded cue words of stated sums in one language (see ``amounts_to_sums``)."""
    plus: tuple[str, ...]          # parts joined: "+", "auquel s'ajoute"
    conj: tuple[str, ...]          # parts listed: "et", ","
    closing: tuple[str, ...]       # the words of ``conj`` ("and", not ","): a list's last join
    strong: tuple[str, ...]        # a total announced: "soit un total de", "="
    weak: tuple[str, ...]          # a total announced when the parts are joined by "+": "soit"
    part_of: tuple[str, ...]       # a part named, not a breakdown: "dont", "of which"
    breakdown: tuple[str, ...]     # the parts follow the total: "made up of"

    @property
    def stops(self) -> tuple[str, ...]:
        return self.part_of + self.strong


@functools.cache
def _sum_cues(lang: str | None) -> _SumCues:
    folded = lambda key: tuple(fold_keep(c) for c in _listed(lang, key))      # noqa: E731
    conj = _listed(lang, "sum_and")
    return _SumCues(plus=folded("sum_plus"), conj=folded("sum_and"),
                    closing=tuple(fold_keep(c) for c in conj if c[:1].isalnum()),
                    strong=folded("sum_total"), weak=folded("sum_weak_total"),
                    part_of=folded("sum_part_of"), breakdown=folded("sum_breakdown"))


def _cue_in(gap: str, cues: Iterable[str]) -> bool:
    """Whether a folded gap of text holds one of the folded cues (as words)."""
    for c in cues:
        if not c[:1].isalnum():
            if c in gap:
                return True
        elif compiled(r"(?<!\w)" + re.escape(c)).search(gap):
            return True
    return False


class _Between:
    """What lies between two amounts of a document: the folded gap, the same sentence."""

    def __init__(self, doc: Document):
        self.text = doc.text
        self.folded = fold_keep(doc.text)

    def gap(self, a: Amount, b: Amount) -> str:
        return self.folded[a.prov.end:b.prov.start]

    def same_sentence(self, a: Amount, b: Amount) -> bool:
        return a.sentence == b.sentence and "\n\n" not in self.text[a.prov.end:b.prov.start]


def amounts_to_sums(doc: Document, amounts: Iterable[Amount]) -> tuple[StatedSum, ...]:
    """Sums the text states explicitly between amounts of one sentence.

    Two shapes: a total followed by its parts in parentheses or after ":" joined by
    "+" ("955 k€ (715 k€ + 240 k€)"), and parts joined by "+"/"auquel s'ajoute" (or by
    "et"/"," when a strong total cue follows) then a total cue ("soit un total de",
    "in total", "=") and the total; and a total then a breakdown cue ("made up of",
    "compuesto por") then parts closed by "and"/"+" ("£18,740, made up of subscriptions
    of £9,860, donations of £4,215 and the fair of £4,365"). "dont"/"of which" names a
    part, not a breakdown, and breaks a chain. Weaker cues need parts that come within
    20 % of their total: parts listed with "and" in parentheses ("£18,406.21 (current
    account £6,406.21 and deposit account £12,000.00)"), or after a colon or "soit" /
    "that is" / "es decir" ("48 750,00 $, soit 42 400,00 $ pour ... et 6 530,00 $ pour
    ..."). The relation is recorded whether or not it adds up.
    """
    cues = _sum_cues(doc.language)
    ams = sorted(amounts, key=lambda a: a.prov.start)
    between = _Between(doc)
    out: list[StatedSum] = []
    for i, total in enumerate(ams):
        parts = (_parts_after(ams, i, between, cues) or _breakdown(ams, i, between, cues)
                 or _parts_before(ams, i, between, cues))
        if parts:
            out.append(_stated(doc, total, parts))
    return tuple(out)


def _parts_after(ams: list[Amount], i: int, between: _Between, cues: _SumCues) -> list[Amount]:
    """Parts of ``ams[i]`` opened by "(", ":" or "=" right after it and joined by "+"
    ("955 k€ (715 k€ + 240 k€)"), two at least, all in the total's currency. In
    parentheses the parts may also be listed ("£18,406.21 (current account £6,406.21 and
    deposit account £12,000.00)"): a list is a weaker cue than "+", so it must come near
    its total, as after a colon (``_breakdown``)."""
    total = ams[i]
    parts: list[Amount] = []
    listed = False
    j = i + 1
    if j < len(ams) and between.same_sentence(total, ams[j]):
        g = between.gap(total, ams[j])
        opener = g.strip()
        if len(g) <= 40 and opener.startswith(("(", ":", "=")) and ")" not in g:
            parts.append(ams[j])
            k = j + 1
            while k < len(ams) and between.same_sentence(ams[k - 1], ams[k]):
                g2 = between.gap(ams[k - 1], ams[k])
                if ")" in g2 or _cue_in(g2, cues.part_of):
                    break
                if not _cue_in(g2, cues.plus):
                    if not (opener.startswith("(") and _cue_in(g2, cues.conj) and len(g2) <= 60):
                        break
                    listed = True
                parts.append(ams[k])
                k += 1
    if len(parts) < 2 or any(p.currency != total.currency for p in parts):
        return []
    if listed and not _near(parts, total):
        return []
    return parts


def _near(parts: list[Amount], total: Amount) -> bool:
    """Whether parts add up to within ``_NEAR`` of their total (a mistyped part)."""
    return abs(sum(p.value for p in parts) - total.value) <= _NEAR * abs(total.value)


def _parts_before(ams: list[Amount], i: int, between: _Between, cues: _SumCues) -> list[Amount]:
    """Parts before ``ams[i]`` joined by "+" (or by "et"/"," before a strong total cue),
    then a total cue and the total ("730 000 €, auquel s'ajoutent 240 000 €, soit un
    total de 970 000 €"), two at least, all in the total's currency."""
    total = ams[i]
    if i < 2 or not between.same_sentence(ams[i - 1], total):
        return []
    g = between.gap(ams[i - 1], total)
    if _cue_in(g, cues.part_of) or "(" in g:
        return []
    is_strong, is_weak = _cue_in(g, cues.strong), _cue_in(g, cues.weak)
    if not (is_strong or is_weak):
        return []
    chain = [ams[i - 1]]
    joined_by_plus = False
    k = i - 1
    while k > 0 and between.same_sentence(ams[k - 1], ams[k]):
        g2 = between.gap(ams[k - 1], ams[k])
        if _cue_in(g2, cues.part_of) or "(" in g2 or ")" in g2:
            break
        if _cue_in(g2, cues.plus):
            joined_by_plus = True
        elif not (is_strong and _cue_in(g2, cues.conj) and ":" not in g2 and len(g2) <= 60):
            break
        chain.insert(0, ams[k - 1])
        k -= 1
    if len(chain) >= 2 and (joined_by_plus or is_strong) and \
            all(p.currency == total.currency for p in chain):
        return chain
    return []


def _breakdown(ams: list[Amount], i: int, between: _Between, cues: _SumCues) -> list[Amount]:
    """Parts of ``ams[i]`` announced by a breakdown cue or a colon right after it ("£18,740,
    made up of £9,860, £4,215 and £4,365"): the following amounts of the sentence joined by
    commas, "and" or "+", up to a join by "and"/"+" (a closed list). Of the closed
    lists found, the one that adds up to the total, else the longest."""
    total = ams[i]
    j = i + 1
    if j >= len(ams) or not between.same_sentence(total, ams[j]):
        return []
    g = between.gap(total, ams[j])
    # a colon or "soit" / "that is" announces the parts as a cue word does ("raised £1.2m to
    # date: £0.7m from ...", "48 750 $, soit 42 400 $ pour ... et 6 530 $ pour ...")
    by_word = _cue_in(g, cues.breakdown)
    if len(g) > 80 or "(" in g or ")" in g or not (by_word or ":" in g or _cue_in(g, cues.weak)):
        return []
    closed = _closed_lists(ams, j, between, cues)
    closed = [c for c in closed if all(p.currency == total.currency and abs(p.value) < abs(total.value)
                                       for p in c)]       # a part is smaller than its whole
    if not by_word:
        # a colon or "soit" is a weaker cue than "made up of": the list must come near its
        # total (a mistyped part), not be a run of differences ("£2.4m: £0.3m more than planned")
        closed = [c for c in closed if _near(c, total)]
    if not closed:
        return []
    exact = [c for c in closed if abs(sum(p.value for p in c) - total.value) <= 1e-6 * max(1.0, abs(total.value))]
    return (exact or closed)[-1]


def _closed_lists(ams: list[Amount], j: int, between: _Between, cues: _SumCues) -> list[list[Amount]]:
    """The lists of amounts from ``ams[j]`` on, joined by commas, "and" or "+", that a
    join by "and"/"+" closes (each prefix so closed)."""
    parts, closed = [ams[j]], []
    for k in range(j + 1, len(ams)):
        if not between.same_sentence(ams[k - 1], ams[k]):
            break
        g = between.gap(ams[k - 1], ams[k])
        if len(g) > 60 or "(" in g or ")" in g or ";" in g or _cue_in(g, cues.stops):
            break
        closing = _cue_in(g, cues.plus) or _cue_in(g, cues.closing)
        if not (closing or _cue_in(g, cues.conj)):
            break
        parts.append(ams[k])
        if closing:
            closed.append(list(parts))
    return closed


def _stated(doc: Document, total: Amount, parts: list[Amount]) -> StatedSum:
    start = min([total.prov.start] + [p.prov.start for p in parts])
    end = max([total.prov.end] + [p.prov.end for p in parts])
    return StatedSum(doc_id=doc.doc_id, total=total, parts=tuple(parts),
                     prov=provenance(doc, start, end, NAME, VERSION))
