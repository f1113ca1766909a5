"""A sentence that says the items listed below it were approved ("Ci-dessous, la liste des
sujets ayant été votés et approuvés par l'assemblée." then "- Maintenir ...", "- La
cotisation passe à 12€") records one decision per item, not one for the whole list."""

from __future__ import annotations

import functools
import re

from pipeline.lexicon import words
from pipeline.patterns import bounded, fold_keep
from pipeline.records import Document
from pipeline.text import Span

from .candidates import Candidate
from .lexicon import _alt, _participle, lexicon_patterns
from .outcomes import verb_outcome, with_infinitive

_BULLET = re.compile(r"^[ \t]*([-–•·▪►*])\s+\S")


def _bullets(text: str, pos: int, limit: int) -> list[tuple[int, int]]:
    """The top-level bullet items starting on the line after ``pos`` (blank lines skipped):
    each runs to the next bullet of the same mark, a blank line before plain text, or ``limit``."""
    lines, at = [], pos
    for line in text[pos:limit].split("\n"):
        lines.append((at, line))
        at += len(line) + 1
    while lines and not lines[0][1].strip():
        lines.pop(0)
    first = _BULLET.match(lines[0][1]) if lines else None
    if first is None:
        return []
    mark, items, start, end = first.group(1), [], None, None
    for i, (a, line) in enumerate(lines):
        m = _BULLET.match(line)
        if m and m.group(1) == mark:
            if start is not None:
                items.append((start, end))
            start, end = a + m.start(1), a + len(line)
        elif line.strip():
            end = a + len(line)
        elif i + 1 < len(lines) and not _BULLET.match(lines[i + 1][1]):
            break
    if start is not None:
        items.append((start, end))
    return items


@functools.cache
def _participles(lang: str) -> re.Pattern:
    return re.compile(bounded(rf"(?P<verb>{_participle(lang)})"))


@functools.cache
def _announcer(lang: str) -> re.Pattern:
    return re.compile(bounded(_alt(words(lang, "decisions", "list_announcers"))))


def lists_to_candidates(doc: Document, spans: list[Span], langs: tuple[str, ...],
                        cands: list[Candidate]) -> list[Candidate]:
    """Each item of a list announced as approved becomes a decision; the announcing
    sentence (and any candidate inside the list) gives way to them."""
    out = list(cands)
    section_starts = sorted(s.start for s in doc.sections)
    for span in spans:
        if not span.text.rstrip().endswith((":", ".")):
            continue
        for lang in langs:
            lx, folded = lexicon_patterns(lang), fold_keep(span.text)
            if not _announcer(lang).search(folded):
                continue                        # a list after a decision is not the list it decided
            m = _participles(lang).search(folded)
            if m is None or verb_outcome(lx, m.group("verb")) not in ("approved", "adopted"):
                continue
            limit = min([s for s in section_starts if s > span.end] + [len(doc.text)])
            items = _bullets(doc.text, span.end, limit)
            if len(items) < 2:
                continue
            outcome = verb_outcome(lx, m.group("verb"))
            out = [c for c in out if not (span.start <= c.start < items[-1][1])]
            out += [Candidate(a, b, "operative", outcome, lang, subject_text=doc.text[a:b].lstrip("-–•·▪►* "))
                    for a, b in items]
            break
    return sorted(out, key=lambda c: c.start)


_LETTERED = re.compile(r"^[ \t]*\(?(?:[a-z]|[ivx]{1,4})\)\s+\S")
_NUMBERED = re.compile(r"^[ \t]*\d{1,3}\s*[.)]\s")


@functools.cache
def _ordinal_item(lang: str) -> re.Pattern:
    """A line opened by an ordinal word as a label ("PRIMERO. Aprobar ...", "First: ...")."""
    ordinals = (*words(lang, "decisions", "ordinals"), *dict(words(lang, "decisions", "ordinal_aliases") or {}))
    return re.compile(rf"^[ \t]*{_alt(ordinals)}\s*[.:–—-]+\s*(?=\S)")


def _lettered(text: str, pos: int, limit: int, item: re.Pattern = _LETTERED) -> list[tuple[int, int]]:
    """The items labelled by ``item`` (letters in order: "a) ...", "b) ...") starting on the
    lines after ``pos``: each runs, past its sub-items ("i) ..."), to the next item, or to a
    numbered paragraph or a new paragraph that is not an item."""
    items: list[list[int]] = []
    at, blank = pos, False
    for line in text[pos:limit].split("\n"):
        a, at = at, at + len(line) + 1
        if not line.strip():
            blank = True
            continue
        labelled = bool(item.match(fold_keep(line)))
        if labelled and _next_label(items, text, line, item):
            items.append([a + len(line) - len(line.lstrip()), a + len(line)])
        elif items and (labelled or _LETTERED.match(line) or not blank) and not _NUMBERED.match(line):
            items[-1][1] = a + len(line)              # its next line, or a sub-item ("i)" under "a)")
        elif items or _NUMBERED.match(line) or line.strip():
            break
        blank = False
    return [(a, b) for a, b in items]


def colon_lists_to_candidates(doc: Document, cands: list[Candidate]) -> list[Candidate]:
    """A deciding verb with nothing after it but a colon ("1. Aprueba :", "The Board
    decides:") decides each lettered item of the list below it ("a) ...;", "(ii) ..."): one
    decision per item, each with the outcome of its own infinitive. A bulleted list stays
    one decision (the parts of one act: "désigne : • titulaire X • suppléant Y") unless
    announced as several (``lists_to_candidates``)."""
    out = list(cands)
    section_starts = sorted(s.start for s in doc.sections)
    for c in cands:
        start, colon_only = _list_start(doc, c)
        if start is None:
            continue
        limit = min([s for s in section_starts if s > start] + [len(doc.text)])
        items = _lettered(doc.text, start, limit, _ordinal_item(c.lang))
        if not items and colon_only:
            items = _lettered(doc.text, start, limit)
        if len(items) < 2:
            continue
        lx = lexicon_patterns(c.lang)
        out = [o for o in out if o is not c and not (start <= o.start < items[-1][1])]
        out += [Candidate(a, b, "operative", with_infinitive(lx, c.outcome, fold_keep(_item_words(lx, doc.text[a:b]))),
                          c.lang, c.body, subject_text=_item_words(lx, doc.text[a:b]), vote=c.vote) for a, b in items]
    return sorted(out, key=lambda c: c.start)


def _next_label(items: list[list[int]], text: str, line: str, item: re.Pattern) -> bool:
    """A lettered item follows the one before in the alphabet ("a)" then "b)"; an "i)" under
    "a)" is a sub-item); an ordinal label needs no order."""
    if item is not _LETTERED:
        return True
    letter = re.match(r"\s*\(?([a-z]+)\)", line).group(1)
    if not items:
        return letter == "a"
    prev = re.match(r"\s*\(?([a-z]+)\)", text[items[-1][0]:items[-1][1]]).group(1)
    return len(letter) == len(prev) == 1 and ord(letter) == ord(prev) + 1


def _list_start(doc: Document, c: Candidate) -> tuple[int | None, bool]:
    """Where the list a decision announces starts, and whether the decision is only its verb
    and a colon ("1. Aprueba :": its lettered items are the decisions); a decision sentence
    that announces what follows ("..., se aprueba el siguiente ACUERDO:") has its points
    labelled by ordinals ("PRIMERO. Aprobar ...") as decisions."""
    if c.kind not in ("operative", "active", "impersonal", "passive"):
        return None, False
    colon = re.match(r"[ \t]*:[ \t]*(?=\n|$)", c.subject_text or "")
    if colon is not None and c.kind in ("operative", "active") and doc.text[c.start:c.end].endswith(c.subject_text):
        return c.end - len(c.subject_text) + colon.end(), True     # the list starts on the line after the colon
    said = doc.text[c.start:c.end].rstrip()
    if said.endswith(":") and _announcer(c.lang).search(fold_keep(said)):
        return c.end, False
    return None, False


def _item_words(lx, item: str) -> str:
    """An item's words without its label ("a)", "PRIMERO.")."""
    label = re.match(r"^\s*\(?(?:[a-z]|[ivx]{1,4})\)\s*", item) or _ordinal_item(lx.lang).match(fold_keep(item))
    return item[label.end():] if label else item
