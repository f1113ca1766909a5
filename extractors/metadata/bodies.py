"""A meeting body's full name as the report writes it: "Council" -> "Council of the City of
Winnipeg", "Conseil municipal" -> "Conseil municipal de LANNION", "CPA" -> "Colegio del
Personal Académico", "Parish Council" -> "Milburn Parish Council".

The body found by the mentions (or the first lexicon body of the head) is looked up again
in the head, and each writing is read on: capitalised words before it on its line (a
title: "Milburn Parish Council"), capitalised words and small links after it ("Comisión
Directiva del Club Ferro Carril Oeste", "DU CONSEIL MUNICIPAL / DE LA COMMUNE DE X" across
a title's line break). The longest writing wins. When the head gives no complement, the
longest writing of the document that adds a proper-name complement ("Concejo Distrital de
Medellín", in the closing lines) is taken. A report whose head names no body at all takes
the lexicon body it names most often. An all-capitals name gets its mixed-case spelling.
"""

from __future__ import annotations

import functools
import re
from collections import Counter

from extractors.metadata.seats import is_territorial
from pipeline.lexicon import every_language, words
from pipeline.patterns import alternation
from pipeline.spaced import iter_spaced
from pipeline.text import fold

_CAP = r"[A-ZÀ-ÖØ-Þ](?:[\w’'-]{2,}|[A-ZÀ-ÖØ-Þ’'-]+(?![a-zß-ÿ]))(?![°º])"   # no "Ps": a word or an acronym
_UPPER = r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ’'-]*(?![\w°º])"
_ACRONYM = re.compile(r"[A-ZÀ-Þ]{2,8}")
_CLOSING = re.compile(r"\s*\)")
_COMPLEMENT_NOUN_AT = 3      # an organisation noun among a complement's first names ("de Radio Universidad ...")


def _all(key: str, section: str = "meetings") -> list[str]:
    return every_language(section, key)


@functools.cache
def name_links() -> str:
    """Small words inside a body's or a place's name, in any language ("of the", "de la")."""
    return alternation(_all("title_links") + _all("body_name_links") + _all("place_name_links")
                       + _all("linkers"))


@functools.cache
def _body_words() -> frozenset[str]:
    """The lexicon's bodies of every language, folded."""
    return frozenset(fold(b) for b in _all("bodies"))


@functools.cache
def _prepositions(lang: str) -> frozenset[str]:
    return frozenset(fold(w) for w in words(lang, "meetings", "place_prepositions") if " " not in w)


@functools.cache
def _organisations(lang: str) -> frozenset[str]:
    return frozenset(fold(n) for n in words(lang, "meetings", "organisation_nouns"))


@functools.cache
def _conjunctions() -> frozenset[str]:
    return frozenset(fold(w) for w in _all("body_conjunctions"))


@functools.cache
def _stops(lang: str) -> frozenset[str]:
    """Capitalised words that end a body's name: dates, meeting and report words, roles,
    honorifics, articles, attendance words ("Conseil municipal de X Le Maire ..."), number
    signs ("SESIÓN DE CABILDO NÚMERO 37")."""
    keys = (("dates", "months"), ("dates", "weekdays"), ("meetings", "meeting_words"),
            ("meetings", "report_words"), ("meetings", "venue_determiners"),
            ("meetings", "title_stop_words"), ("meetings", "document_words"), ("people", "roles"),
            ("people", "attendance"))
    out = {fold(w) for sec, key in keys for w in words(lang, sec, key) if " " not in w.strip()}
    out |= {fold(h).rstrip(".") for h in words(lang, "people", "honorifics")}
    out |= {fold(w).rstrip(".") for w in words(lang, "ordinals", "number_signs") if w[:1].isalpha()}   # "CABILDO NÚMERO 37"
    return frozenset(out)


def _stopped(word: str, lang: str) -> bool:
    return fold(word).strip(".,;:") in _stops(lang)


@functools.cache
def _rooms(lang: str) -> frozenset[str]:
    """Words naming a room or a building ("Chamber", "Sala"), not a body ("Bureau")."""
    return frozenset(fold(w) for w in words(lang, "meetings", "venue_words")) - _body_words()


def in_room_name(text: str, start: int, end: int, lang: str) -> bool:
    """Whether the body word at ``text[start:end]`` is part of a room's name: a room word
    right after it ("the Council Chamber") or right before it and a link ("Sala de
    Cabildo", "Salle du Conseil")."""
    after = re.match(r"[ \t]+([^\W\d_]+)", text[end:end + 30])
    if after and fold(after.group(1)) in _rooms(lang):
        return True
    before = re.search(rf"([^\W\d_]+)[ \t]+(?:(?i:{name_links()})[ \t]+)?$", text[max(0, start - 40):start])
    return bool(before) and fold(before.group(1)) in _rooms(lang)


@functools.cache
def _right_re(upper: bool) -> re.Pattern:
    """One step of a name read on after a body: small links then a capitalised word (all
    capitals in an all-capitals title), across line breaks (``_read_right`` decides)."""
    word = _UPPER if upper else _CAP
    gap = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
    para = r"[ \t]*\n[ \t]*\n[ \t]*"
    return re.compile(rf"(?:{gap}|{para})(?P<links>(?:(?i:{name_links()})(?:{gap}|(?<=['’])))*)(?P<word>{word})")


@functools.cache
def _phrase_stops(lang: str) -> re.Pattern:
    """Stop phrases of several words ("Summary record", "Ordre du jour")."""
    phrases = [w for key in ("report_words", "meeting_words") for w in words(lang, "meetings", key)
               if " " in w.strip()]
    return re.compile(alternation(phrases), re.I)


def _name_goes_on(text: str, end: int, m: re.Match, lang: str) -> bool:
    """A title broken inside a proper name ("del Concejo Municipal de San" / "Rafael del
    Norte"): the line ends right after a linked name, and the next line is nothing but
    the rest of that name (no stop word: "Board of Education" / "Special Meeting" is not)."""
    line_start = text.rfind("\n", 0, end) + 1
    if not re.search(rf"(?i:{name_links()})\s+\S+$", text[line_start:end]) or m.group("links"):
        return False
    line_end = text.find("\n", m.start("word"))
    rest = text[m.start("word"):len(text) if line_end < 0 else line_end].split()
    if not text[line_start:end].isupper() and all(t.isupper() for t in rest):
        return False              # "Standing Committee on Health" / "EVIDENCE": another line's case
    return bool(rest) and all(re.fullmatch(_CAP, t) and not _stopped(t, lang)
                              or re.fullmatch(name_links(), t, re.I) for t in rest)


def _read_right(text: str, end: int, lang: str, upper: bool, limit: int) -> int:
    """Where a body's name written from ``end`` on stops (see ``_right_re``). A word on
    the next line continues the name only after a link or in running text ("se reúne la
    Comisión\nDirectiva"), never under a title line ("Committee on Audit\nSummary ...");
    past a blank line only a line opening with a link ("DU CONSEIL MUNICIPAL" / "DE LA
    COMMUNE DE X") or the rest of a name broken after a complement ("de San" / "Rafael del
    Norte"; not "Réunion du Bureau" / "Association des X": the organisation's own line)."""
    rx = _right_re(upper)
    first = end
    line_start = text.rfind("\n", 0, end) + 1
    running = any(t.islower() and not re.fullmatch(name_links(), t, re.I)
                  for t in text[line_start:end].split())
    while True:
        m = rx.match(text, end, limit)
        if not m or _stopped(m.group("word"), lang) or _phrase_stops(lang).match(text, m.start("word")):
            return end
        links = m.group("links").split()
        if links and links[0][0].isupper() and fold(links[0]) in _prepositions(lang) \
                and not (upper and links[0].isupper() and "\n" not in text[end:m.start("word")]):
            return end            # "Comisión de Hacienda" / "En Valencia, a ...": a preposition
            # (in an all-capitals title every word is a capital: "COMMITTEE ON WATER" goes on)
        blank = re.search(r"\n[ \t]*\n", text[end:m.start("word")]) is not None
        if blank and links and links[0][:1].isupper() and not links[0].isupper():
            return end            # "Planning Board" / "The Board met ...": a sentence's article
        goes_on = end > first and _name_goes_on(text, end, m, lang)   # never right after the body word
        if blank and not (re.search(r"\n[ \t]*\n", text[end:m.start("links")]) and links) and not goes_on:
            return end            # a paragraph ends the name, unless the title goes on
        if "\n" in text[end:m.start("word")] and not links and not (running or goes_on):
            return end            # a title line is not read on into the line under it
        if end == first and "\n" in text[end:m.start("word")] and not links \
                and fold(m.group("word")) in _organisations(lang):
            return end            # "réunion du Bureau" / "Association X": the organisation's own line
        if len(links) > 1 and fold(links[0]) in _conjunctions():
            return end            # "... of the Parties and the United Nations": another body
        end = m.end()


def _read_left(text: str, start: int, lang: str, upper: bool) -> int:
    """Where a body's title begins: capitalised words right before it on its line, and
    a conjunction between them ("Audit and Risk Committee"), never a link, an article or
    a report word ("Milburn Parish Council", not "Procès-verbal du Conseil")."""
    line_start = text.rfind("\n", 0, start) + 1
    word = _UPPER if upper else _CAP
    toks = list(re.finditer(r"\S+", text[line_start:start]))
    begin = start
    for t in reversed(toks):
        w = t.group()
        if fold(w) in _conjunctions() and begin < start:
            continue              # "Audit and Risk Committee": a conjunction inside the name
        if not re.fullmatch(word, w) or _stopped(w, lang) or re.fullmatch(name_links(), w, re.I):
            break
        begin = line_start + t.start()
    if begin < start and _place_noun_before().search(text, line_start, begin):
        return start              # "Commune de Montclar Conseil municipal": the town of a place noun
    return begin


@functools.cache
def _place_noun_before() -> re.Pattern:
    """A place noun ending the text before a name ("Commune de ", "City of ")."""
    return re.compile(rf"(?<!\w)(?i:{alternation(_all('place_nouns'))})[ \t]*$")


def _writing_spans(body: str, text: str, lo: int = 0, hi: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of each writing of ``body`` in ``text[lo:hi]``, any case, any spacing,
    not inside a word (compared in Python: a pattern of it would be compiled per body)."""
    return list(iter_spaced(text, body, lo, hi, ignore_case=True, bounded="-"))


def _writings(text: str, body: str, lang: str, lo: int, hi: int,
              left: bool) -> list[tuple[str, str]]:
    """Every writing of ``body`` in ``text[lo:hi]`` read on to its full name, as (the
    name up to the body, the words read on after it); words before it only when it is
    written with a capital on a title line ("Milburn Parish Council - 5 th March 2019"),
    not at the start of a sentence ("Der Vorstand genehmigt ...")."""
    out = []
    for a, b in _writing_spans(body, text, lo, hi):
        if in_room_name(text, a, b, lang):
            continue              # "reunidos en la Sala de Cabildo del Palacio Municipal": a room
        upper = text[a:b].isupper()
        e = _read_right(text, b, lang, upper, min(len(text), b + 160))
        titled = left and text[a:a + 1].isupper() and _title_line_after(text, e, lang)
        s = _read_left(text, a, lang, upper) if titled else a
        whole = (_title_line_end(text, a, e, lang) or _whole_title_line(text, s, b, e)) \
            if left else None
        if whole is not None:     # "Comisión de hacienda y presupuesto": the whole line
            out.append((" ".join(text[s:whole].split()), ""))
            continue
        out.append((" ".join(text[s:b].split()), " ".join(text[b:e].split())))
    return out


def _whole_title_line(text: str, s: int, b: int, e: int) -> int | None:
    """The end of a title line that is nothing but the body's name read on to its end
    ("SENATE COMMITTEE ON PUBLIC WORKS AND TRANSPORT"): its complement is part of the
    name whatever its words. None when the name shares its line or spans two."""
    line_start = text.rfind("\n", 0, s) + 1
    line_end = text.find("\n", e)
    line_end = len(text) if line_end < 0 else line_end
    if e == b or text[line_start:s].strip() or text[e:line_end].strip() or "\n" in text[s:e]:
        return None
    return e


_TITLE_WORD = re.compile(r"[^\W\d_][\w'’-]*,?")
_DASH_PART = re.compile(r"\s+[–—-]\s+")
_TITLE_WORDS = 8            # a body's complement on its title line has at most these words


def _title_line_end(text: str, a: int, e: int, lang: str) -> int | None:
    """The end of a body's title line when the body opens the line and the rest of it is
    a complement in lower case ("Comité des droits de l'enfant", "Commission des finances
    et du budget", "Comité de Derechos Económicos, Sociales y Culturales"): a link or a
    comma first, then words and links only (no figure, date, meeting or role word), a
    noun last, up to a dash that parts the title from the rest ("Conseil des ministres —
    Douzième session"). None when the line is no such title."""
    line_start = text.rfind("\n", 0, a) + 1
    line_end = text.find("\n", e)
    line_end = len(text) if line_end < 0 else line_end
    rest = _DASH_PART.split(text[e:line_end], 1)[0].rstrip()   # "… — Douzième session"
    toks = rest.split()
    if text[line_start:a].strip() or not toks or len(toks) > _TITLE_WORDS:
        return None
    links = lambda t: re.fullmatch(name_links(), t.rstrip(","), re.I) is not None  # noqa: E731
    if not (rest.lstrip().startswith(",") or links(toks[0])) or links(toks[-1]):
        return None
    if not all(_TITLE_WORD.fullmatch(t.lstrip(",")) for t in toks if t != ","):
        return None
    if any(_stopped(t, lang) for t in toks) or not any(t.rstrip(",")[:1].islower() for t in toks):
        return None               # all capitalised: ``_read_right`` reads such names already
    return e + len(rest)


_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-zß-ÿ][\w'’-]{2,}")


def _title_line_after(text: str, at: int, lang: str) -> bool:
    """Whether the rest of the line from ``at`` holds no running words: a date, a dash,
    numbers, links or a month name may follow a title, a verb may not."""
    end = text.find("\n", at)
    rest = text[at:len(text) if end < 0 else end]
    months = {fold(w) for key in ("months", "weekdays") for w in words(lang, "dates", key)}
    return not any(fold(w.group()) not in months and not re.fullmatch(name_links(), w.group(), re.I)
                   for w in _LOWER_WORD.finditer(rest))


@functools.cache
def _complement_nouns(lang: str) -> frozenset[str]:
    """Nouns that open a complement naming the body's own organisation, territory or remit
    ("del Club ...", "de la Commune de ...", "of the City of ...", "of Education")."""
    nouns = list(words(lang, "meetings", "organisation_nouns")) + list(words(lang, "meetings", "remit_nouns"))
    nouns += [t for w in words(lang, "meetings", "place_nouns") for t in w.split()[:1]]
    return frozenset(fold(n) for n in nouns)


def _complement(tail: str, place: str | None, lang: str, territorial: bool) -> str:
    """The part of ``tail`` that belongs to the body's name: words before any link
    ("Directiva"), and a linked complement only when it names the meeting's place, has
    an organisation or territory noun among its first names ("de Radio Universidad
    Autónoma de X") or as its last ("of the Oak Ridge Homeowners Association"), or follows a territorial body in the head
    ("Concejo Municipal de Valle Escondido"); not another commune's council named later
    ("le conseil municipal de Luze" in the minutes of Couthenans)."""
    toks = tail.split()
    first_link = next((k for k, t in enumerate(toks) if re.fullmatch(name_links(), t, re.I)), len(toks))
    if first_link == len(toks):
        return tail
    names = [re.sub(r"^[^\W\d_]['’]", "", t)       # "l'Association": the noun after its article
             for t in toks[first_link:] if not re.fullmatch(name_links(), t, re.I)]
    if territorial or (place and fold(tail).endswith(fold(place))) or any(
            fold(n) in _complement_nouns(lang) for n in names[:_COMPLEMENT_NOUN_AT] + names[-1:]):
        return tail
    return " ".join(toks[:first_link])


def _best_writing(found: list[tuple[str, str]], place: str | None, lang: str,
                  territorial: bool = False) -> str | None:
    """The first writing, unless a writing adds a linked complement: the longest such."""
    names = [(head + " " + _complement(tail, place, lang, territorial)).strip() for head, tail in found]
    linked = [n for n, (head, _) in zip(names, found) if _has_complement(n, head)]
    return max(linked, key=len) if linked else (names[0] if names else None)


def _title_block_prefix(text: str, writing: str) -> str:
    """A short all-capitals line heading the document right above an all-capitals title
    that is only the body ("EAST PALO ALTO" / "PLANNING COMMISSION"): the body's town."""
    lines = [l.strip() for l in text[:300].split("\n") if l.strip()]
    if len(lines) < 2 or not writing.isupper() or lines[1] != writing:
        return ""
    first = lines[0]
    toks = first.split()
    if not first.isupper() or len(toks) > 4 or re.search(r"[\d(),:;]", first):
        return ""
    if any(re.fullmatch(name_links(), t, re.I) for t in toks):
        return ""
    return first + " "


def expanded_acronym(text: str, body: str) -> str | None:
    """The name an acronym body stands for, as the text spells it out ("Colegio del
    Personal Académico (CPA)" for "CPA")."""
    written = next((text[a:b] for a, b in _writing_spans(body, text)), body)
    if not _ACRONYM.fullmatch(written) or fold(written) in _body_words():
        return None               # "COUNCIL" in capitals is a word, not an acronym
    for m in _expansion_re().finditer(text):
        if not (text.startswith(written, m.end()) and _CLOSING.match(text, m.end() + len(written))):
            continue
        toks = m.group(1).split()
        for k in range(len(toks)):      # the shortest tail whose capitals spell the acronym
            tail = toks[k:]
            caps = "".join(t[0] for t in tail if t[0].isupper())
            initials = "".join(t[0] for t in tail)      # "Consejo De Profesores": CDP
            if tail[0][0].isupper() and fold(written) in (fold(caps), fold(initials)):
                return " ".join(tail)
    return None


@functools.cache
def _expansion_re() -> re.Pattern:
    """Capitalised words or links, then an opening bracket (the acronym is compared after)."""
    return re.compile(rf"((?:{_CAP}|(?i:{name_links()}))(?:\s+(?:{_CAP}|(?i:{name_links()}))){{1,8}})\s*\(\s*")


# two or more words in capitals inside a mixed-case name ("CUPERTINO UNION SCHOOL DISTRICT Board of Education")
_CAPS_RUN = re.compile(r"(?<!\S)[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]+(?:[ \t]+[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]+)+(?!\S)")


def _mixed_run(run: str, text: str) -> str:
    """A run of words in capitals in its mixed-case writing elsewhere in the text, else
    with capitalised words and small links in lower case."""
    for a, b in _writing_spans(run, text):
        if not text[a:b].isupper():
            return " ".join(text[a:b].split())
    return " ".join(t.lower() if re.fullmatch(name_links(), t, re.I) else t.capitalize() for t in run.split())


def cased(name: str, text: str, lang: str) -> str:
    """An all-capitals name in its mixed-case writing elsewhere in the text, else with
    capitalised words and small links in lower case; the lexicon's spelling of the
    body word it starts with ("CONSEIL MUNICIPAL DE X" -> "Conseil municipal de X"). In
    a mixed-case name, each run of words in capitals is so written ("CUPERTINO UNION
    SCHOOL DISTRICT Board of Education" -> "Cupertino Union School District Board of
    Education")."""
    if not name.isupper():
        name = _CAPS_RUN.sub(lambda m: _mixed_run(m.group(), text), name)
        return name[:1].upper() + name[1:]
    for a, b in _writing_spans(name, text):
        if not text[a:b].isupper():
            return " ".join(text[a:b].split())
    toks = [t.lower() if re.fullmatch(name_links(), t, re.I) else t.capitalize() for t in name.split()]
    out = " ".join(toks)
    for b in sorted(words(lang, "meetings", "bodies"), key=len, reverse=True):
        if fold(out).startswith(fold(b) + " ") or fold(out) == fold(b):
            out = b[:1].upper() + b[1:] + out[len(b):]
            break
    return out[:1].upper() + out[1:]


def most_named_body(text: str, lang: str) -> str | None:
    """The lexicon body a document writes most often with a capital ("el Concejo"), for
    a report whose head names none."""
    bodies = words(lang, "meetings", "bodies")
    rx = re.compile(rf"(?<![\w-]){alternation(bodies)}(?![\w-])", re.I)
    counts = Counter(fold(m.group()) for m in rx.finditer(text)
                     if m.group()[0].isupper() and not in_room_name(text, m.start(), m.end(), lang))
    if not counts:
        return None
    top = counts.most_common(1)[0][0]
    return next(b for b in bodies if fold(b) == top)


def _has_complement(writing: str, body: str) -> bool:
    """Whether ``writing`` adds to ``body`` a link and a name after it ("... de Medellín")."""
    at = fold(writing).find(fold(body))
    rest = writing[at + len(body):].split() if at >= 0 else []
    return any(re.fullmatch(name_links(), t, re.I) for t in rest[:-1])


def full_body(body: str, text: str, lang: str, head_end: int, place: str | None = None) -> str:
    """The fullest writing of ``body`` (see module docstring); ``place`` is the meeting's
    place, which a complement naming a town must agree with."""
    acronym = expanded_acronym(text, body)
    if acronym:
        return acronym
    territorial = is_territorial(body, lang)
    best = _best_writing(_writings(text, body, lang, 0, head_end, left=True), place, lang,
                         territorial) or body
    if not _has_complement(best, body):
        # no complement in the head: a later writing adding a proper name to it
        later = [(h, t) for h, t in _writings(text, best, lang, 0, len(text), left=False) if t]
        longer = _best_writing(later, place, lang)
        if longer and _has_complement(longer, best):
            best = longer
    best = _title_block_prefix(text, best) + best
    if fold(best) == fold(body):
        return body
    return cased(best, text, lang)
