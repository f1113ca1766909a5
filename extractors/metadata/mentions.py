"""Meetings named in a text: their ordinals, bodies and titles, and cited document codes."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from text_to_num import alpha2digit

from pipeline.lexicon import every_language, words
from pipeline.patterns import alternation, fold_keep
from pipeline.spaced import line_opens_with
from pipeline.text import fold

HEAD_CHARS = 1200          # the cover and title block of a report


# -------------------------------------------------------------------------- ordinals


@functools.cache
def _ordinal_re(lang: str) -> re.Pattern:
    """Digits and an ordinal suffix ("7ème", "12th"), up to four digits or with a
    thousands separator ("1187e", "1 187e", "1.187ª")."""
    suffixes = alternation(words(lang, "ordinals", "suffixes"))
    digits = r"[1-9]\d{0,3}|\d{1,3}(?:[ \u00a0\u202f.]\d{3})+"
    return re.compile(rf"^({digits})\s*{suffixes}\.?$", re.I)


@functools.cache
def _roman_ordinal_re(lang: str) -> re.Pattern:
    """A roman number in capitals with an ordinal suffix ("IIe", "Ire", "IIIrd"); only I,
    V and X, so that "Le" or "Ce" is never the 50th or the 100th."""
    suffixes = alternation(words(lang, "ordinals", "suffixes"))
    return re.compile(rf"^(?-i:(X{{0,3}}(?:IX|IV|V?I{{0,3}})))(?i:{suffixes})\.?$")


_ROMAN = {"I": 1, "V": 5, "X": 10}


def _roman_value(numeral: str) -> int | None:
    """The value of a roman number written with I, V and X ("XIV" -> 14)."""
    values = [_ROMAN[c] for c in numeral]
    total = sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))
    return total or None


@functools.cache
def _ordinal_words(lang: str) -> dict[str, int]:
    """The lexicon's ordinal words, folded, with the number each stands for."""
    return {fold(k): v for k, v in words(lang, "ordinals", "words").items()}


def parse_ordinal(word: str, lang: str) -> int | None:
    """The number an ordinal stands for ("7ème", "8e", "sixième", "12th", "twelfth",
    "5ª", "quinta", "twenty-third", "premier", "IIe"), or None if ``word`` is not an ordinal."""
    w = word.strip().strip(".,;:()").strip()
    if not w:
        return None
    m = _ordinal_re(lang).match(w)
    if m:
        return int(re.sub(r"\D", "", m.group(1)))
    m = _roman_ordinal_re(lang).match(w)
    if m and m.group(1):               # "IIe réunion", "Ira reunión" (a scan's "1ra" too)
        return _roman_value(m.group(1))
    lexical = _ordinal_words(lang)
    if fold(w) in lexical:
        return lexical[fold(w)]
    if w[:1].isdigit():
        return None
    converted = alpha2digit(w.lower(), lang)
    if converted != w.lower():
        m = _ordinal_re(lang).match(converted.strip())
        if m:
            return int(re.sub(r"\D", "", m.group(1)))
    return None


# ------------------------------------------------------------------ meeting mentions


@dataclass(frozen=True)
class Mention:
    """A meeting named in the text: "la 7ème Réunion du Consortium"."""
    start: int
    end: int
    ordinal: int | None
    body: str | None
    reported: bool        # named right after a report word


@functools.cache
def _mention_re(lang: str) -> re.Pattern:
    mw = alternation(words(lang, "meetings", "meeting_words"))
    return re.compile(rf"(?<![\w-]){mw}(?![\w-])", re.I)


@functools.cache
def _folded_mention_re(lang: str) -> re.Pattern:
    """A meeting word in folded text (accents and case dropped, offsets kept)."""
    mw = alternation(words(lang, "meetings", "meeting_words"), fold_item=True)
    return re.compile(rf"(?<![\w-]){mw}(?![\w-])")


_WHOLE = re.compile(r"[\s\S]+")      # re-reads a span of the original text as a match


@functools.cache
def _number_re(lang: str) -> re.Pattern:
    """A meeting number written after a number sign ("N° 14", "N.º 7", "No. 9", "N° 1.187"
    with a thousands separator, "N° 1187")."""
    signs = alternation(words(lang, "ordinals", "number_signs"))
    # four digits without a separator too ("Acta N° 1187"), never a year ("N° 2024")
    return re.compile(rf"[ \t]*(?:{signs})[ \t]*\n?[ \t]*(?P<n>\d{{1,3}}(?:[.,]\d{{3}})?|(?!19\d\d|20\d\d)[1-9]\d{{3}})"
                      rf"(?![\w/]|[-.,]\d)", re.I)


def _number(m: re.Match) -> int:
    """The meeting number a ``_number_re`` match gives ("1.187" -> 1187)."""
    return int(re.sub(r"[.,]", "", m.group("n")))


@functools.cache
def _body_re(lang: str) -> re.Pattern:
    link = alternation(words(lang, "meetings", "linkers"))
    bodies = alternation(words(lang, "meetings", "bodies"))
    signs = alternation(words(lang, "ordinals", "number_signs"))
    # a generic body is a run of capitalised words (case-sensitive: "the Executive Council
    # was held" stops at "was"), never a number sign ("Comité Régional N° 4")
    cap = rf"(?-i:(?!(?i:{signs})\s*\d)[A-ZÀ-ÖØ-Þ][\w’'-]*)"
    smalls = every_language("meetings", "body_name_links")
    small = alternation(smalls)
    generic = rf"{cap}(?:\s+(?:{small}\s+)*{cap}){{0,4}}"
    # a title of honour before the body is not its name ("DEL H. AYUNTAMIENTO DE X")
    honour = alternation(words(lang, "meetings", "body_honorifics"))
    return re.compile(rf"\s*(?:{link})\s*(?:{honour}\s+)?(?:(?P<known>{bodies})(?![\w-])|(?P<generic>{generic}))",
                      re.I)


@functools.cache
def _report_re(lang: str) -> re.Pattern:
    reports = alternation(words(lang, "meetings", "report_words"))
    return re.compile(rf"(?<![\w-]){reports}(?![\w-])", re.I)


@functools.cache
def bodies_re(lang: str) -> re.Pattern:
    """Any of the lexicon's bodies, written in any case."""
    return re.compile(alternation(words(lang, "meetings", "bodies")), re.I)


@functools.cache
def _qualifier_re(lang: str) -> re.Pattern:
    """A kind of meeting written after the meeting word ("sesión ordinaria", "séance plénière")."""
    qualifiers = alternation(words(lang, "meetings", "meeting_qualifiers"))
    return re.compile(rf"[ \t]+{qualifiers}(?![\w-])", re.I)


@functools.cache
def _self_bodies(lang: str) -> frozenset[str]:
    """Meeting words that name their own body ("Annual General Meeting")."""
    return frozenset(fold(w) for w in words(lang, "meetings", "self_bodies"))


def clean_body(found: str, lang: str) -> str:
    """A body name as the lexicon spells it when it is one of its bodies (case fixed),
    else as written."""
    found = " ".join(found.split())
    if found.isupper() or found.islower():
        f = fold(found)
        for b in words(lang, "meetings", "bodies"):
            if fold(b) == f:
                return b[:1].upper() + b[1:]
        return found.capitalize()
    return found


def _trim_body(found: str, lang: str) -> str:
    """A body name cut before a blank line or a weekday, month, title stop or report word
    that follows it ("Programme Board" / "Monday, 12 March 2024", "Shareholders" / "Held
    on ...")."""
    found = found.split("\n\n")[0]
    stop = {fold(w) for w in words(lang, "dates", "weekdays")} | {
        fold(w) for w in words(lang, "dates", "months")} | {
        fold(w) for key in ("title_stop_words", "report_words") for w in words(lang, "meetings", key)
        if " " not in w}           # "of Shareholders" / "Held on ...", "Board Minutes"
    for t in list(re.finditer(r"[\w'’-]+", found))[1:]:
        if fold(t.group()) in stop:
            return found[:t.start()].rstrip()
    return found


def _ordinal_before(text: str, at: int, start: int, lang: str) -> tuple[int | None, int]:
    """The ordinal written right before the meeting word at ``at`` ("la 7ème Réunion",
    "the twenty-third session") and where it starts; (None, at) when there is none."""
    before = text[max(start, at - 60):at]
    toks = list(re.finditer(r"[\w'’ªº°-]+", before))
    for k in (3, 2, 1):
        if len(toks) < k:
            continue
        group = toks[-k:]
        phrase = before[group[0].start():group[-1].end()]
        if before[group[-1].end():].strip():
            continue          # something other than space between ordinal and noun
        val = parse_ordinal(phrase, lang)
        if val is not None:
            return val, at - len(before) + group[0].start()
    return None, at


def _body_after(text: str, m: re.Match, end: int, lang: str,
                ordinal: int | None) -> tuple[int | None, str | None, int]:
    """(ordinal, body, end) of the meeting word ``m`` read on after it: its qualifier,
    a number sign ("Séance n° 12 du Conseil") and the body it is linked to ("Réunion du
    Comité exécutif n° 14"); body None when no body follows."""
    b_end = m.end()
    qual = _qualifier_re(lang).match(text, m.end(), end)
    if qual:                                # "sesión ordinaria n.º 23 del Concejo"
        b_end = qual.end()
    num = _number_re(lang).match(text, b_end, end)
    if num and ordinal is None:             # "Séance n° 12 du Conseil"
        ordinal, b_end = _number(num), num.end()
    bm = _body_re(lang).match(text, b_end, min(end, b_end + 80))
    if not bm:
        return ordinal, None, b_end
    grp = "known" if bm.group("known") else "generic"
    found = _trim_body(bm.group(grp), lang)
    if grp == "known":               # "Bureau" + "exécutif" when the title says so
        found += _title_qualifier(text, bm.start(grp) + len(found), found)
    b_end = bm.start(grp) + len(found)
    if grp == "generic" and fold(" ".join(m.group().split())) in _self_bodies(lang) \
            and _bare_plural(found, lang):
        found = text[m.start():b_end]   # "Asamblea General de Socios"
    num = _number_re(lang).match(text, b_end, end)
    if num and ordinal is None:         # "Réunion du Comité exécutif n° 14"
        ordinal, b_end = _number(num), num.end()
    return ordinal, clean_body(found, lang), b_end


def _body_before(text: str, o_start: int, start: int, lang: str) -> str | None:
    """The last lexicon body written in the title before an ordinal ("the Conference of
    the Parties on its 23rd session"), with its whole title-case name."""
    s = max(start, o_start - 120)
    known = list(bodies_re(lang).finditer(text[s:o_start]))
    if not known:
        return None
    return clean_body(_title_around(text, s + known[-1].start(), s + known[-1].end(), lang), lang)


def _reported(text: str, o_start: int, start: int, lang: str) -> bool:
    """Whether the meeting named at ``o_start`` follows a report word with no other
    meeting word in between ("Report of the 7th meeting")."""
    prefix = text[max(start, o_start - 140):o_start]
    reps = list(_report_re(lang).finditer(prefix))
    return bool(reps) and not _mention_re(lang).search(prefix, reps[-1].end())


def _mention_at(text: str, m: re.Match, start: int, end: int, lang: str) -> Mention | None:
    """The meeting the meeting word ``m`` names, or None when it has neither ordinal nor body."""
    ordinal, o_start = _ordinal_before(text, m.start(), start, lang)
    ordinal, body, b_end = _body_after(text, m, end, lang, ordinal)
    if body is None:
        if fold(" ".join(m.group().split())) in _self_bodies(lang):
            body = clean_body(m.group(), lang)  # "the 9th Annual General Meeting"
        elif ordinal is not None:   # "the Conference of the Parties on its 23rd session"
            body = _body_before(text, o_start, start, lang)
    if ordinal is None and body is None:
        return None
    return Mention(o_start, b_end, ordinal, body, _reported(text, o_start, start, lang))


def meeting_mentions(text: str, lang: str, start: int = 0, end: int | None = None) -> list[Mention]:
    """Every meeting named in ``text[start:end]`` with its ordinal and body where stated."""
    end = len(text) if end is None else end
    out = []
    folded = fold_keep(text[:end])          # "REUNION", "SESION": capitals often lose accents
    for fm in _folded_mention_re(lang).finditer(folded, start, end):
        m = _WHOLE.match(text, fm.start(), fm.end())
        mention = _mention_at(text, m, start, end, lang)
        if mention is not None:
            out.append(mention)
    out.extend(_numbered_reports(text, lang, start, end))
    out.sort(key=lambda x: x.start)
    return out


@functools.cache
def _self_reference_re(lang: str) -> re.Pattern:
    """A word by which a report points at its own meeting ("this", "our", "cette")."""
    return re.compile(rf"(?<!\w){alternation(words(lang, 'ordinals', 'self_reference'))}\s+$", re.I)


def own_ordinal(text: str, lang: str) -> int | None:
    """The ordinal a report gives its own meeting in running text ("This was our first
    meeting", "cette deuxième séance", "nuestra tercera reunión"), when its title gives none."""
    folded = fold_keep(text)
    for fm in _folded_mention_re(lang).finditer(folded):
        ordinal, o_start = _ordinal_before(text, fm.start(), 0, lang)
        if ordinal is not None and _self_reference_re(lang).search(text[max(0, o_start - 30):o_start]):
            return ordinal
    return None


def _title_qualifier(text: str, at: int, body: str) -> str:
    """Lower-case words after a lexicon body that the report's title block also writes at
    the start of a line with it ("du Bureau exécutif" and a title line "Bureau exécutif –
    ..."): the body's full name. Empty when the title does not confirm them."""
    tail = re.match(r"(?:[ \t]+[a-zß-öø-ÿ][\w'’-]*){1,2}", text[at:at + 40])
    if not tail:
        return ""
    words_ = tail.group().split()
    for k in range(len(words_), 0, -1):    # words compared in Python, not compiled per body
        if line_opens_with(text[:HEAD_CHARS], " ".join(body.split() + words_[:k]), True, "'’-"):
            return " " + " ".join(words_[:k])
    return ""


def _bare_plural(found: str, lang: str) -> bool:
    """A single plural noun after a general meeting ("Asamblea General de Socios",
    "General Meeting of Members"): the members who meet, not a body of its own."""
    toks = found.split()
    known = {fold(b) for b in words(lang, "meetings", "bodies")}
    return len(toks) == 1 and fold(toks[0]).endswith("s") and fold(toks[0]) not in known


_TITLE_WORD = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ’'-]+"
_TITLE_START = re.compile(rf"{_TITLE_WORD}(?:\s+\S+)*")


@functools.cache
def _title_left_re(lang: str) -> re.Pattern:
    """Title-case words before a body word, with a conjunction between them ("Audit and
    Risk Committee")."""
    links = alternation(words(lang, "meetings", "body_conjunctions"))
    return re.compile(rf"(?:{_TITLE_WORD}[ \t]+(?:(?i:{links})[ \t]+)?)*$")


@functools.cache
def _title_right_re(lang: str) -> re.Pattern:
    """Title links and title-case words continuing a body's name ("... on Finance")."""
    links = alternation(words(lang, "meetings", "title_links"))
    return re.compile(rf"(?:[ \t]+(?:{links})[ \t]+{_TITLE_WORD})*")


@functools.cache
def _title_stop(lang: str) -> frozenset[str]:
    """Words that begin no body's title ("The Standing Committee": no article)."""
    return frozenset(fold(w) for key in ("venue_determiners", "report_words", "meeting_words")
                     for w in words(lang, "meetings", key))


def _title_around(text: str, start: int, end: int, lang: str) -> str:
    """The whole title-case name on its line around a body word found by itself
    ("Committee" -> "Standing Committee on Finance"); the word alone when it is not
    written in title case."""
    found = text[start:end]
    if not _TITLE_START.fullmatch(found) or found.isupper():
        return found
    stop = _title_stop(lang)
    line_start = text.rfind("\n", 0, start) + 1
    left = _title_left_re(lang).search(text[line_start:start])
    words_left = left.group().split()
    links = {fold(w) for w in words(lang, "meetings", "body_conjunctions")}
    while words_left and (fold(words_left[0]) in stop or fold(words_left[0]) in links):
        words_left.pop(0)                  # "The Standing Committee": no article
    line_end = text.find("\n", end)
    right = _title_right_re(lang).match(text[end:len(text) if line_end < 0 else line_end])
    return " ".join(words_left + [found]) + right.group()


_BARE_NUMBER = re.compile(r"[ \t]+(?P<n>\d{1,3})(?=[ \t]*(?:\n|$|[–—]|-[ \t]|,))")


def _titled_record(text: str, r: re.Match, num: re.Match | None, end: int) -> Mention | None:
    """A record word opening a line with its number and no body ("Acta 257", "Acta Nº 1
    Fecha: ..."): the record's own number. A bare number must end the title ("Acta 257"
    alone on its line), so "Acta 2 de la comisión" in a sentence is no record title."""
    if text[text.rfind("\n", 0, r.start()) + 1:r.start()].strip():
        return None
    num = num or _BARE_NUMBER.match(text, r.end(), end)
    return Mention(r.start(), num.end(), _number(num), None, True) if num else None


def _numbered_reports(text: str, lang: str, start: int, end: int) -> list[Mention]:
    """Records numbered after their body's meeting ("Acta N.º 7 de la Junta Directiva",
    "Minutes No. 9 of the Board", "Procès-verbal du Conseil d'administration n° 22"), or
    titled by their number alone ("Acta 257"): the record's number is the meeting's."""
    out = []
    for r in _report_re(lang).finditer(text, start, end):
        num = _number_re(lang).match(text, r.end(), end)
        bm = _body_re(lang).match(text, num.end() if num else r.end(), min(end, r.end() + 100))
        if not bm:
            titled = _titled_record(text, r, num, end)
            if titled is not None:
                out.append(titled)
            continue
        grp = "known" if bm.group("known") else "generic"
        found = _trim_body(bm.group(grp), lang)
        inner = _mention_re(lang).search(found)
        if _mention_re(lang).fullmatch(found) or (grp == "generic" and inner is not None
                                                  and fold(" ".join(inner.group().split())) not in _self_bodies(lang)):
            continue                      # "Minutes of Meeting No. 57 of the X", "Minutes of Regular Meeting
                                          # No. 14", "ACTA DE LA SESIÓN ORDINARIA NÚMERO 23 DEL CABILDO": a meeting
        b_end = bm.start(grp) + len(found)
        if num is None:                   # "Procès-verbal du Conseil d'administration n° 22"
            num = _number_re(lang).match(text, b_end, end)
            if num is None:
                continue
            b_end = num.end()
        out.append(Mention(r.start(), b_end, _number(num), clean_body(found, lang), True))
    return out


# ------------------------------------------------------------------- document codes


@functools.cache
def _code_re(lang: str) -> re.Pattern:
    dw = alternation(words(lang, "meetings", "document_words"))
    return re.compile(
        rf"(?<![\w-])(?i:(?P<word>{dw}))\.?\s+(?:(?P<series>[A-ZÀ-Þ][\w-]+)\s+)?(?P<code>\d{{1,3}}-\d{{1,3}}[a-z]?)(?![\w-])")


def document_codes(text: str, lang: str) -> list[tuple[str, int, int]]:
    """Every document code cited as (code, start, end): "document Consortium 7-6" -> 7-6."""
    return [(m.group("code"), m.start(), m.end())
            for m in _code_re(lang).finditer(text)]
