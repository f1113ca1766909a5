"""What a decision is about: its subject key ("rapport réunion 6", "budget 2022") and the
document codes it cites ("7-1", "2/CMA.3")."""

from __future__ import annotations

import re

from pipeline.patterns import fold_keep
from pipeline.text import collapse, fold

from .lexicon import Lex
from .motionwords import motion_patterns
from .refwords import act_code, act_range, numbered_code
from .outcomes import words_between
from .tallies import ITEM_NUMBER

# Document codes: "document Consortium 7-1", "documents 7-6", and UN decision symbols "2/CMA.3".
_UN_CODE = re.compile(r"(?<![\w/])(\d{1,3}/[A-Z]{2,5}\.\d{1,2})(?![\w])")
# A document symbol standing alone, body tag and numbers joined by slashes ("(SCF/5/1)",
# "document EC/43/3"): the tag is dropped ("5/1"). Two slashes make it a symbol, not a date.
_SYMBOL_CODE = re.compile(r"(?<![\w/.-])[A-Z]{2,8}/(\d{1,3}/\d{1,3}[a-z]?)(?![\w/-])")
# A UN draft's symbol, kept whole: a body tag, its segments, and the draft's own "L.12"
# ("A/C.5/80/L.12", "E/CN.6/2025/L.3", "FCCC/SBI/2023/L.5", "UNEP/EA.6/L.3/Rev.1").
_DRAFT_SYMBOL = re.compile(r"(?<![\w/.-])([A-Z]{1,8}(?:\.\d{1,3})?(?:/(?:[A-Z]{1,8}(?:\.\d{1,3})?|\d{1,4})){0,4}"
                           r"/(?:L|CRP|WP)\.\d{1,3}(?:/(?:Rev|Add|Corr)\.\d{1,2})*)(?![\w/]|\.\d)")
# A document symbol in brackets, its body tag joined by a dash ("Arriérés (CM-14/7)"): kept whole; after
# a document word the tag is dropped ("document EC-43/3" -> "43/3", ``doc_code``), and a label numbering
# the decision itself ("Decision EC-43/3:") is none.
_TAGGED_SYMBOL = re.compile(r"\(\s*([A-Z]{2,8}-\d{1,3}/\d{1,3})\s*\)")
_YEAR_SPAN = re.compile(r"(?<![\d.,/-])((?:19|20)\d\d(?:\s*[-–/]\s*(?:19|20)?\d\d)?)(?![\d.,]\d)(?!\d)")


def strip_item(lx: Lex, text: str) -> str:
    text = ITEM_NUMBER.sub("", text, count=1)
    m = lx.votes.item_prefix.match(fold_keep(text))
    return text[m.end():] if m else text


def _ordinal_value(lx: Lex, m: re.Match) -> int | None:
    if m.group("num"):
        return int(m.group("num"))
    return lx.subjects.ordinals.get(re.sub(r"\s+", " ", m.group("word")))


def _normalise(lx: Lex, phrase: str) -> str:
    """A short subject key from a noun phrase: no determiner, quantifier, version marker,
    parenthesis or trailing qualifier; "rapport de la sixième réunion" -> "rapport réunion 6"."""
    phrase = collapse(phrase)
    while phrase and fold(phrase.split(" ")[0]).strip(",:;") in lx.subjects.leading:
        phrase = phrase.split(" ", 1)[1] if " " in phrase else ""
    for _ in range(3):
        f = fold_keep(phrase)
        m = lx.subjects.determiners.match(f)
        if not m:
            break
        phrase = phrase[m.end():].lstrip()
    f = fold_keep(phrase)
    stop = lx.subjects.stops.search(f)
    if stop:
        phrase = phrase[: stop.start()]
    f = fold_keep(phrase)
    mo = lx.subjects.meeting_ordinal.match(f)
    if mo:
        n = _ordinal_value(lx, mo)
        head = phrase[: mo.end("head")]
        head = lx.subjects.ordinal_links.sub("", head.strip())
        if n:
            phrase = f"{head} {lx.subjects.meeting_key} {n}"
    phrase = _drop_spans(phrase, lx.subjects.version, fold_keep(phrase))
    phrase = re.sub(r"[\s.,;:'\-–]+$", "", collapse(phrase))
    tokens = re.sub(r"[\s.,;:'\-–]+$", "", phrase).split(" ")[:7]
    while len(tokens) > 1 and (lx.subjects.genitive.search(fold(tokens[-1])) or
                               lx.subjects.determiners.fullmatch(fold(tokens[-1]) + " ") or
                               fold(tokens[-1]) in lx.subjects.stop_words):
        tokens.pop()
    return " ".join(tokens).lower().replace("’", "'")


def _drop_spans(text: str, rx: re.Pattern, folded: str) -> str:
    out, pos = [], 0
    for m in rx.finditer(folded):
        out.append(text[pos:m.start()])
        pos = m.end()
    out.append(text[pos:])
    return collapse("".join(out))


def _years(text: str, months: tuple[str, ...]) -> list[str]:
    """Years or year ranges in ``text`` that are not part of a full date."""
    out = []
    f = fold_keep(text)
    for m in _YEAR_SPAN.finditer(text):
        before = f[max(0, m.start() - 12):m.start()].strip()
        if before and before.split(" ")[-1] in months:
            continue
        out.append(re.sub(r"\s+", "", m.group(1)))
    return out


def _clean_phrase(lx: Lex, phrase: str) -> str:
    """The subject phrase without its leading adverbs, relatives, prepositions and
    unanimity; empty when a pronoun stands for it."""
    phrase = phrase.strip()
    while phrase and fold(phrase.split(" ")[0]).strip(",:;") in lx.subjects.leading | lx.subjects.prepositions:
        phrase = phrase.split(" ", 1)[1] if " " in phrase else ""
    unan = lx.votes.unanimous.match(fold_keep(phrase))
    if unan:
        phrase = phrase[unan.end():].lstrip(" ,")
    vote = motion_patterns(lx.lang).tally_skip.match(fold_keep(phrase))
    if vote and lx.votes.tally_item.search(vote.group()):   # "por 9 votos a favor y 2 en contra la ordenanza"
        phrase = phrase[vote.end():]
    first = words_between(fold_keep(phrase))[:1]
    if first and first[0] in lx.subjects.pronouns:
        return ""
    return phrase


def _conjuncts(lx: Lex, phrase: str) -> list[str]:
    """The phrase's conjuncts as they stand in it ("le budget et le plan"); a part that does
    not begin like a noun phrase stays with the one before ("recherche et développement")."""
    conjuncts = [p for p in lx.subjects.conj.split(fold_keep(phrase))] if phrase else []
    raw_parts, pos = [], 0
    for part in conjuncts:
        idx = fold_keep(phrase).find(part, pos)
        raw_parts.append(phrase[idx: idx + len(part)] if idx >= 0 else part)
        pos = max(pos, idx + len(part))
    merged: list[str] = []
    for part in raw_parts:
        if merged and not lx.subjects.determiners.match(fold_keep(part).strip()):
            merged[-1] = phrase[phrase.find(merged[-1]):phrase.find(part) + len(part)]
        else:
            merged.append(part)
    return merged


def _conjuncts_key(lx: Lex, raw_parts: list[str], heading_key: str | None) -> str | None:
    """The key of the conjunct the decision is about: the one its heading names, else a
    versioned one, else the first."""
    keys = [k for k in (_normalise(lx, p) for p in raw_parts) if k]
    if not keys:
        return None
    if len(keys) == 1:
        return keys[0]
    fh = fold(heading_key or "")
    match = [k for k in keys if fh and fold(k) and fold(k) in fh]
    versioned = [k for p, k in zip(raw_parts, keys) if lx.subjects.version.search(fold_keep(p))]
    return (match or versioned or keys)[0]


def subject_key(lx: Lex, phrase: str | None, heading: str | None, sentence: str) -> str | None:
    """The subject of a decision as a short key in the report's language, with its year
    from the phrase, else the sentence, else the section heading."""
    months = lx.subjects.months
    heading_key = _normalise(lx, strip_item(lx, heading)) if heading else None
    key = None
    if phrase:
        phrase = _clean_phrase(lx, phrase)
        key = _conjuncts_key(lx, _conjuncts(lx, phrase), heading_key)
    if not key:
        key = heading_key
    if not key:
        return None
    if lx.subjects.meeting_key_end.search(key) or _YEAR_SPAN.search(key):
        return key
    heading_years: list[str] = []
    if heading:
        hk, k = fold(heading_key or ""), fold(key)
        same = bool(hk) and (hk in k or k in hk)
        heading_years = _years(heading_key or "", months) if same else _years(heading, months)
    years = _years(phrase or "", months) or _years(sentence, months) or heading_years
    return f"{key} {years[0]}" if years else key


def refs_in(lx: Lex, text: str) -> tuple[str, ...]:
    """Document codes cited in ``text`` ("document Consortium 7-1" -> "7-1", "2/CMA.3")."""
    found: list[str] = []
    for m in lx.doc_code.finditer(text):
        found.append(m.group("whole") or m.group("code"))
    found.extend(m.group(1) for m in _TAGGED_SYMBOL.finditer(text))
    for m in _UN_CODE.finditer(text):
        found.append(m.group(1))
    for m in _SYMBOL_CODE.finditer(text):
        found.append(m.group(1))
    for m in _DRAFT_SYMBOL.finditer(text):
        found.append(m.group(1))
    found.extend(_acts(lx, text))
    return tuple(dict.fromkeys(found))


def _acts(lx: Lex, text: str) -> list[str]:
    """Numbers of the acts cited ("By-laws No. 58/2014 to 60/2014" -> 58/2014, 59/2014,
    60/2014; "Bill C-23" -> C-23; "Resolution No. 2025-032" -> 2025-032), not the label
    numbering the decision itself."""
    out: list[str] = []
    for m in act_code(lx.lang).finditer(text):
        if _own_label(lx, text, m):
            continue
        codes = m.group("codes")
        parts = list(re.finditer(r"\d{1,5}-[A-Z]{1,3}-\d{4}|[A-Z]-\d{1,4}|(\d{1,4})/(\d{4})|\d{1,4}-\d{4}"
                                 r"|(?:19|20)\d\d-\d{1,4}|\d{1,4}", codes))
        for prev, part in zip([None, *parts], parts):
            if prev is not None and prev.group(1) and part.group(1) and prev.group(2) == part.group(2) \
                    and act_range(lx.lang).match(codes[prev.end():part.start()]) \
                    and 0 < int(part.group(1)) - int(prev.group(1)) <= 50:
                out.extend(f"{n}/{part.group(2)}" for n in range(int(prev.group(1)) + 1, int(part.group(1))))
            out.append(part.group())
    out.extend(m.group("codes") for m in numbered_code(lx.lang).finditer(text) if not _own_label(lx, text, m))
    return out


def _own_label(lx: Lex, text: str, m: re.Match) -> bool:
    """"DÉLIBÉRATION N° 2025-04 :", "Délibération n° 2025-032 — Tarifs": the label naming the
    item or decision, its own number (a line opened by it, or a colon or dash after it)."""
    line_start = text.rfind("\n", 0, m.start()) + 1
    return (not text[line_start:m.start()].strip(" \t*•–-") and bool(lx.votes.resolution.match(fold_keep(text[line_start:])))
            or bool(re.match(r"\s*[:–—]", text[m.end():])) and bool(lx.votes.resolution.match(fold_keep(text[m.start():]))))


_DELIBERATION_CODE = re.compile(r"^\W*((?:19|20)\d\d)\s*-\s*(\d{3})(?!\d)")


def heading_code(headings: list[str]) -> tuple[str, ...]:
    """The deliberation number of the agenda item a decision sits in ("2020- 047 REDEVANCE
    ..." -> "2020-047"): the nearest heading above (nearest first in ``headings``) that opens
    with one, passing sub-headings, not past a plain capitalised item ("QUESTIONS DIVERSES")."""
    for heading in headings:
        m = _DELIBERATION_CODE.match(heading)
        if m:
            return (f"{m.group(1)}-{m.group(2)}",)
        if heading.isupper() and not re.search(r"\d", heading) and len(heading.split()) >= 2:
            return ()
    return ()
