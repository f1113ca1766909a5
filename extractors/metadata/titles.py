"""A body named by a report's title block rather than after a meeting word.

- A title that writes its body's name before the meeting word ("NATS.IO Maintainer
  Meeting Minutes", "Riverside Tenants Meeting"): the capitalised words before it, without
  a kind of meeting ("Regular", "Special") or a report word.
- A generic body word alone ("Committee Meeting") under or over a line that is an
  organisation's name ("Postgraduate Physics Students' Society", "Asociación de Vecinos
  de El Prado"): the committee of that organisation, written "Committee – <organisation>".
- A document that names no meeting body at all (a budget, a notice): the unit whose
  letterhead heads it, the last and narrowest of its letterhead lines ("DIRECCIÓN GENERAL
  DE X" / "DEPARTAMENTO DE RADIO Y TELEVISIÓN" -> "Departamento de Radio y Televisión").
- An addressee block (a letter-report's "H. CONSEJO UNIVERSITARIO" / "PRESENTE", "A
  l'attention de ...", "To: ..."): the body it names receives the report, it does not meet.
"""

from __future__ import annotations

import functools
import re

from extractors.metadata.bodies import cased, name_links
from extractors.metadata.mentions import parse_ordinal
from pipeline.lexicon import every_language, words
from pipeline.patterns import alternation
from pipeline.text import fold

TITLE_LINES = 3             # the lines of a report's title
ORGANISATION_LINES = 8      # the lines of its title block, where an organisation is named

# a capitalised word, an acronym or a dotted name ("NATS.IO", "Students’")
_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][\w’'&.-]*"


@functools.cache
def _links() -> re.Pattern:
    """Small words inside a capitalised name, in any language ("of the", "de la")."""
    return re.compile(name_links(), re.I)


def _is_link(token: str) -> bool:
    return _links().fullmatch(token) is not None


@functools.cache
def _meeting_word_re(lang: str) -> re.Pattern:
    return re.compile(rf"(?<![\w-]){alternation(words(lang, 'meetings', 'meeting_words'))}(?![\w-])", re.I)


@functools.cache
def _stop_words(lang: str) -> frozenset[str]:
    """Words that are no part of a body's name on a title: kinds of meeting, report,
    meeting and document words, dates, roles."""
    keys = (("meetings", "title_qualifiers"), ("meetings", "meeting_qualifiers"),
            ("meetings", "report_words"), ("meetings", "meeting_words"),
            ("meetings", "title_stop_words"), ("meetings", "document_words"),
            ("meetings", "online"), ("meetings", "hybrid"), ("meetings", "in_person"),
            ("dates", "months"), ("dates", "weekdays"), ("people", "roles"))
    split = {("meetings", "report_words"), ("meetings", "meeting_words")}   # "compte rendu"
    return frozenset(t for sec, key in keys for w in words(lang, sec, key)
                     for t in (fold(w).split() if (sec, key) in split or " " not in w else ()))


def _stopped(token: str, lang: str) -> bool:
    """A word that is no part of a body's name on a title, or an ordinal ("First")."""
    return fold(token).strip(".") in _stop_words(lang) or parse_ordinal(token, lang) is not None


@functools.cache
def _bodies_re(lang: str) -> re.Pattern:
    return re.compile(rf"(?<![\w-]){alternation(words(lang, 'meetings', 'bodies'))}(?![\w-])", re.I)


def _title_lines(text: str, count: int) -> list[tuple[int, str]]:
    """(start, line) of the first ``count`` non-blank lines of ``text``."""
    out, at = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append((at, line))
            if len(out) == count:
                break
        at += len(line) + 1
    return out


def title_block(text: str) -> str:
    """The text up to the end of its TITLE_LINES-th non-blank line: a report's title."""
    lines = _title_lines(text, TITLE_LINES)
    return text[:lines[-1][0] + len(lines[-1][1])] if lines else ""


def titled_body(text: str, lang: str) -> str | None:
    """The body a title names by the capitalised words right before its meeting word
    ("NATS.IO Maintainer Meeting Minutes" -> "NATS.IO Maintainer"); None when the title
    has none, or names a lexicon body anywhere (read as such elsewhere: "Planning
    Commission Meeting", "International Conference on X" / "Minutes of the Steering
    Committee"), or only a kind of meeting ("Regular Meeting Minutes")."""
    if _bodies_re(lang).search(title_block(text)):
        return None
    for _, line in _title_lines(text, TITLE_LINES):
        m = _meeting_word_re(lang).search(line)
        if m is None:
            continue
        toks = line[:m.start()].split()
        name: list[str] = []
        for tok in reversed(toks):
            if not (re.fullmatch(_NAME_WORD, tok) or (name and _is_link(tok))):
                break
            name.insert(0, tok)
        while name and (_is_link(name[0]) or _stopped(name[0], lang)):
            name.pop(0)
        while name and _stopped(name[-1], lang):
            name.pop()
        found = " ".join(name)
        if found and not _bodies_re(lang).search(found):
            return found
        return None
    return None


@functools.cache
def _organisation_nouns() -> frozenset[str]:
    return frozenset(fold(w) for w in every_language("meetings", "organisation_nouns"))


def _organisation_line(line: str, lang: str) -> str | None:
    """``line`` when it is nothing but an organisation's name: capitalised words and small
    links, two to ten of them, one an organisation noun, no figure, no sentence."""
    name = line.strip().rstrip(".")
    toks = name.split()
    if not 2 <= len(toks) <= 10 or re.search(r"[\d:;,()]", name):
        return None
    if not all(re.fullmatch(_NAME_WORD, t) or _is_link(t) for t in toks):
        return None
    if not any(fold(t).strip("’'") in _organisation_nouns() for t in toks if not _is_link(t)):
        return None
    if _meeting_word_re(lang).search(name) or _bodies_re(lang).search(name):
        return None
    return " ".join(toks)


def organisation_named(text: str, lang: str) -> str | None:
    """The organisation a title block names on a line of its own ("Postgraduate Physics
    Students’ Society"), written in its mixed case when the title is in capitals."""
    for _, line in _title_lines(text, ORGANISATION_LINES):
        found = _organisation_line(line, lang)
        if found:
            return found
    return None


def generic_body(body: str, lang: str) -> bool:
    """Whether ``body`` is a lexicon body word alone ("Committee", "Conseil"): it names no
    body until its organisation is said."""
    return " " not in body.strip() and any(
        fold(body) == fold(b) for b in words(lang, "meetings", "bodies"))


def of_organisation(body: str, text: str, lang: str) -> str:
    """A generic body word as the body of the organisation its title block names
    ("Committee – Postgraduate Physics Students’ Society"), else unchanged."""
    if not generic_body(body, lang):
        return body
    organisation = organisation_named(text, lang)
    if organisation and organisation.isupper():
        organisation = cased(organisation, text, lang)       # "Syndicat intercommunal des ..."
    return f"{body} – {organisation}" if organisation else body


@functools.cache
def _unit_re(lang: str) -> re.Pattern:
    """A letterhead line opened by a unit noun and a link ("DEPARTAMENTO DE ...")."""
    units = alternation(words(lang, "meetings", "unit_nouns"))
    return re.compile(rf"[ \t]*{units}[ \t]+(?:{_links().pattern})[ \t]+\S", re.I)


def issuing_unit(text: str, lang: str) -> str | None:
    """The unit a document's letterhead names last among its title lines ("Departamento de
    Radio y Televisión Universitaria"), in mixed case; None when no such line."""
    found = None
    for _, line in _title_lines(text, TITLE_LINES):
        name = " ".join(line.split())
        if _unit_re(lang).match(line) and not re.search(r"[\d:;]", name) and len(name.split()) <= 10:
            found = name
    return cased(found, text, lang) if found else None


# ----------------------------------------------------------------- the addressee


@functools.cache
def _addressee_re(lang: str) -> tuple[re.Pattern, re.Pattern]:
    """(a line that is only an addressee word, letters possibly spaced: "P R E S E N T E";
    a line opened by an addressee label: "A l'attention de", "To:")."""
    alone = alternation([re.sub(r"\s+", "", fold(w)) for w in words(lang, "meetings", "addressee_after")])
    labels = alternation(words(lang, "meetings", "addressee_labels"))
    return (re.compile(rf"{alone}\W*", re.I),
            re.compile(rf"[ \t]*{labels}(?![\w-])", re.I))


def addressee_spans(text: str, lang: str) -> list[tuple[int, int]]:
    """(start, end) of the lines of ``text`` that address the report to someone: the lines
    of the paragraph right above a line that is only an addressee word ("H. CONSEJO
    UNIVERSITARIO" / "PRESENTE"), and a line opened by an addressee label."""
    alone, label = _addressee_re(lang)
    out: list[tuple[int, int]] = []
    para: tuple[int, int] | None = None        # the last paragraph's span, blank lines skipped
    para_start, at = None, 0
    for line in text.split("\n"):
        end = at + len(line)
        if not line.strip():
            para_start = None
        elif alone.fullmatch(fold(re.sub(r"\s+", "", line))):
            if para is not None:
                out.append(para)
            para, para_start = None, None
        else:
            if label.match(line):
                out.append((at, end))
            para_start = at if para_start is None else para_start
            para = (para_start, end)
        at = end + 1
    return out


def outside(spans: list[tuple[int, int]], start: int) -> bool:
    return not any(a <= start < b for a, b in spans)
