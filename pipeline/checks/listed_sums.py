"""Sums the amounts extractor leaves to the reader: parts listed with commas and "et" /
"and" / "y", then a weak total cue and the total ("la bourse a rapporté 412 € et la
kermesse 1 840 €, soit 2 352 €"; "£300 and £450, that is £750"; "1.200 € y 800 €, es
decir 2.000 €").

The extractor records such a list as a sum only when "+" joins the parts or a strong cue
("soit un total de") announces the total, since "soit" after a list may convert or
compare rather than add. The checks read it too, precision first: the total comes right
after the cue, it is larger than every part and within a fifth of their sum (a mistyped
figure, not a ratio or a conversion), all in one currency and one sentence, with no
other number between the figures. Cue words are the lexicon's ``[amounts]`` keys.
"""

from __future__ import annotations

import functools
import re

from pipeline.checks.common import lex
from pipeline.records import Amount, Document, Extraction, StatedSum
from pipeline.text import fold

_NEAR = 0.2            # the parts come within a fifth of their total
_PART_GAP = 60         # characters between two listed parts
_CUE_GAP = 30          # characters between the last part and the total


@functools.cache
def _cues() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(a list join, a weak total cue filling its gap, a part-of cue) as folded patterns."""
    def words(key: str) -> str:
        return "|".join(re.escape(w) for w in lex(key, "amounts") if w[:1].isalnum())
    join = re.compile(rf",|(?<!\w)(?:{words('sum_and')})(?!\w)")
    weak = re.compile(rf"[\s,;–—-]*(?:{words('sum_weak_total')})[\s,:–—-]*")
    part_of = re.compile(rf"(?<!\w)(?:{words('sum_part_of')})(?!\w)|[:;()]")
    return join, weak, part_of


def _gap(doc: Document, a: Amount, b: Amount) -> str:
    return fold(doc.text[a.prov.end:b.prov.start])


def _joined(doc: Document, a: Amount, b: Amount) -> bool:
    """``a`` and ``b`` are listed parts: one sentence, a short gap holding a join, no
    "dont" / colon / parenthesis, no other number."""
    join, _, part_of = _cues()
    g = _gap(doc, a, b)
    return (a.sentence == b.sentence and a.currency == b.currency and len(g) <= _PART_GAP
            and "\n\n" not in g and bool(join.search(g)) and not part_of.search(g)
            and not re.search(r"\d", g))


def listed_sums(doc: Document, ex: Extraction) -> tuple[StatedSum, ...]:
    """The sums stated as a list then a weak total cue, that the extraction lacks."""
    _, weak, _ = _cues()
    ams = sorted(ex.amounts, key=lambda a: a.prov.start)
    known = {(s.total.prov.start, s.total.prov.end) for s in ex.sums}
    out = []
    for i in range(2, len(ams)):
        total, last = ams[i], ams[i - 1]
        g = _gap(doc, last, total)
        if ((total.prov.start, total.prov.end) in known or total.sentence != last.sentence
                or total.currency != last.currency or len(g) > _CUE_GAP or not weak.fullmatch(g)):
            continue
        chain = [last]
        while i - len(chain) - 1 >= 0 and _joined(doc, ams[i - len(chain) - 1], chain[0]):
            chain.insert(0, ams[i - len(chain) - 1])
        best = _best_parts(chain, total)
        if best:
            out.append(StatedSum(doc_id=doc.doc_id, total=total, parts=tuple(best), prov=total.prov))
    return tuple(out)


def _best_parts(chain: list[Amount], total: Amount) -> list[Amount]:
    """Of the lists ending at the total's cue (two parts at least, each smaller than the
    total), one that adds up exactly, else the longest within ``_NEAR`` of the total."""
    candidates = [chain[k:] for k in range(len(chain) - 1)
                  if all(abs(p.value) < abs(total.value) for p in chain[k:])]
    near = [c for c in candidates if abs(sum(p.value for p in c) - total.value) <= _NEAR * abs(total.value)]
    exact = [c for c in near if abs(sum(p.value for p in c) - total.value) <= 1e-6 * max(1.0, abs(total.value))]
    return (exact or near or [[]])[0]
