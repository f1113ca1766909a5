"""``acronym_mismatch``: one body named by two acronyms in the same report.

Reports translated or written by several hands mix a body's acronyms in two languages:
"Comité Scientifique et Technique" is "CST" in one paragraph and "STC" (its English
acronym) in the next. Two acronyms made of the same letters, both used, one of them
spelled out in the text, name the same body: an ``info`` flag (a reader can follow it,
but a clerk would harmonise it). Acronyms never spelled out (NDC / CDN) are left alone:
without the expansion we cannot say they name the same thing.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict

from pipeline.checks.common import NAME, VERSION, evidence, lex, make_flag, quoted
from pipeline.patterns import alternation
from pipeline.records import Document, Extraction, Flag
from pipeline.text import fold

CHECK = f"{NAME}.acronyms@{VERSION}"
_UP = "A-ZÀ-ÖØ-Ý"
_ACRONYM = re.compile(rf"(?<![\w-])([{_UP}]{{2,7}})s?(?![\w-])")


@functools.cache
def _expansion() -> re.Pattern[str]:
    joiners = alternation(lex("name_joiners"), apostrophe="'")
    # an elided joiner ("d'", "l'") is glued to the next word, with either apostrophe
    elided = alternation([j for j in lex("name_joiners") if j.endswith("'")], apostrophe="['’]")
    word = rf"[{_UP}][\w-]+"
    return re.compile(rf"{word}(?:[ \t\n]+(?:{joiners}[ \t\n]+|{elided})*{word})+", re.UNICODE)


def expansions(doc: Document) -> dict[str, list[tuple[int, int]]]:
    """Initials -> spans of the capitalised phrases (and runs of capitalised words
    inside them) spelling them out, and of the words in any case that a bracketed
    acronym follows ("Programme local de l'habitat (PLH)")."""
    out: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for m in _expansion().finditer(doc.text):
        caps = [w for w in re.finditer(r"[\w-]+", m.group()) if w.group()[0].isupper()]
        for i in range(len(caps)):
            for j in range(i + 1, min(len(caps), i + 7)):
                ini = "".join(w.group()[0] for w in caps[i:j + 1])
                out[ini].append((m.start() + caps[i].start(), m.start() + caps[j].end()))
    for acronym, span in _bracketed_definitions(doc.text):
        out[acronym].append(span)
    return out


_BRACKETED = re.compile(rf"\([ \t]*([{_UP}]{{2,7}})[ \t]*\)")


@functools.lru_cache(maxsize=8)
def _bracketed_definitions(text: str) -> tuple[tuple[str, tuple[int, int]], ...]:
    """(acronym, span of the words it stands for) for each acronym in brackets right
    after words whose initials, joiners aside ("de", "l'"), spell it in any case."""
    joiners = {j.replace("’", "'") for j in lex("name_joiners")}
    out = []
    for m in _BRACKETED.finditer(text):
        acronym = m.group(1)
        if len(acronym) < 3:
            continue                    # two capitals are too often noise (see _defined)
        words = list(re.finditer(r"[^\W\d][\w-]*['’]?", text[max(0, m.start() - 120):m.start()]))
        content = [w for w in words if fold(w.group()).replace("’", "'") not in joiners]
        last = content[-len(acronym):]
        if len(last) == len(acronym) and "".join(w.group()[0] for w in last).upper() == acronym \
                and len(words) - words.index(last[0]) <= 2 * len(acronym) + 1:
            base = max(0, m.start() - 120)
            out.append((acronym, (base + last[0].start(), base + words[-1].end())))
    return tuple(out)


def acronym_mismatch(doc: Document, ex: Extraction) -> list[Flag]:
    """Anagram acronyms (CST / STC) both used, one spelled out in the text."""
    uses = acronym_uses(doc)
    spelled = expansions(doc)
    groups: dict[str, list[str]] = defaultdict(list)
    for acronym in uses:
        groups["".join(sorted(acronym))].append(acronym)
    flags = []
    for names in groups.values():
        named = [a for a in names if a in spelled and (len(a) > 2 or _defined(doc, a, spelled[a]))]
        if len(names) < 2 or not named or sum(_own_definition(doc, a) for a in names) >= 2:
            continue
        names = sorted(names, key=lambda a: uses[a][0][0])
        first_use = uses[names[0]][0][0]
        full = min((sp for a in named for sp in spelled[a]), key=lambda sp: abs(sp[0] - first_use))
        quotes = [_use_quote(doc, *uses[a][0]) for a in names] + [evidence(doc, *full)]
        flags.append(make_flag(
            "acronym_mismatch", "info", doc.doc_id,
            f"{' and '.join(quoted(q, 40) for q in quotes[:-1])} both name the "
            f"{quoted(quotes[-1])}: one acronym would be clearer",
            quotes, CHECK, page=quotes[0].page))
    return flags


def acronym_uses(doc: Document) -> dict[str, list[tuple[int, int]]]:
    """Spans of every acronym used: capitals that are not a function word in capitals
    ("LA", "AL" in a scanned acta), an abbreviation of common words ("RAS", "dates TBC",
    "un CDT"), a unit or time marker after a figure ("12.40 PM"), nor part of a run of
    capitalised words (a name "LE FOLL", a heading in capitals)."""
    stop = set(lex("acronym_stopwords")) | set(lex("acronym_common_abbreviations"))
    uses: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for m in _ACRONYM.finditer(doc.text):
        if fold(m.group(1)) in stop or _in_caps_run(doc.text, m.start(), m.end()) \
                or _AFTER_FIGURE.search(doc.text, max(0, m.start() - 12), m.start()):
            continue
        uses[m.group(1)].append((m.start(1), m.end(1)))
    return uses


# A figure right before the capitals: a unit or time marker ("5.05 PM", "20 MW"), no name.
_AFTER_FIGURE = re.compile(r"\d[ \t\u00a0]*$")


def _in_caps_run(text: str, start: int, end: int) -> bool:
    """A word in capitals right before or after on the same line."""
    before = re.search(rf"([{_UP}]{{2,}})[ \t]+$", text[max(0, start - 40):start])
    after = re.match(rf"[ \t]+([{_UP}]{{2,}})(?![\w])", text[end:end + 40])
    return bool(before or after)


def _defined(doc: Document, acronym: str, spans: list[tuple[int, int]]) -> bool:
    """A two-letter acronym counts only when it is given in brackets right after the
    words it stands for ("Unión Europea (UE)"): two capitals alone are too often noise."""
    return any(_bracketed(doc.text[b:b + 12], acronym) for _, b in spans)


_OPEN, _CLOSE = re.compile(r"\s*\(\s*"), re.compile(r"\s*\)")
_DEFINED_AS = re.compile(r"[ \t]*[=:][ \t]*[^\W\d]")


def _bracketed(text: str, acronym: str) -> bool:
    """``text`` opens with the acronym in brackets (compared in Python, not compiled per
    acronym)."""
    m = _OPEN.match(text)
    return bool(m and text.startswith(acronym, m.end()) and _CLOSE.match(text, m.end() + len(acronym)))


@functools.lru_cache(maxsize=16)
def _spelled_before(n: int) -> re.Pattern[str]:
    """``n`` to ``n + 3`` words, then a bracketed word (compared with the acronym after)."""
    return re.compile(rf"((?:[^\W\d]+[ \t'’]+){{{n},{n + 3}}})\([ \t]*([^ \t()]+)[ \t]*\)")


def _own_definition(doc: Document, acronym: str) -> bool:
    """The text gives the acronym a meaning of its own: "MC = mise en concurrence", "CA:
    Chartered Accountant", or brackets after the words whose initials it takes ("mise en
    concurrence (MC)", "Audit Committee (AC)"). Two anagrams each so defined name two
    things, not one body twice."""
    at = doc.text.find(acronym)
    while at >= 0:
        if not (at and (doc.text[at - 1].isalnum() or doc.text[at - 1] in "_-")) \
                and _DEFINED_AS.match(doc.text, at + len(acronym)):
            return True
        at = doc.text.find(acronym, at + 1)
    if any(a == acronym for a, _ in _bracketed_definitions(doc.text)):
        return True
    joiners = set(lex("name_joiners"))
    for m in _spelled_before(len(acronym)).finditer(doc.text):
        if m.group(2) != acronym:
            continue
        words = [w for w in re.findall(r"[^\W\d]+", m.group(1)) if fold(w) not in joiners]
        if "".join(w[0] for w in words[-len(acronym):]).upper() == acronym:
            return True
    return False


def _use_quote(doc: Document, start: int, end: int):
    """The acronym with the two words before it on its line ("Présidente du STC")."""
    line_start = doc.text.rfind("\n", 0, start) + 1
    before = doc.text[line_start:start]
    words = re.findall(r"\S+\s*$|\S+\s+", before)[-2:]
    return evidence(doc, start - len("".join(words)), end)
