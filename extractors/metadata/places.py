"""Where and how a meeting was held: its city (after a preposition, on a venue line) and mode."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from pipeline.lexicon import every_language, words
from pipeline.patterns import alternation
from pipeline.spaced import iter_spaced
from pipeline.text import fold

_CAP = r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]*"     # a capitalised word of a place name
_VENUE_SEP = re.compile(r"\s*(?:[,;|–—]|\s-\s)\s*")


def _links(*keys: str) -> str:
    """Small words inside a place name, in any language (lexicon [meetings] ``keys``), or a hyphen."""
    items = [w for key in keys for w in every_language("meetings", key)]
    return rf"(?:{alternation(items)}|-)"


_PLACE_LINK = _links("place_name_links")
_VENUE_LINK = _links("place_name_links", "venue_city_links")
# a trailing run of capitalised words: the city ending a venue part
_VENUE_RUN = re.compile(rf"(?:^|\s|['’])((?:{_CAP})(?:(?:[ -])(?:{_VENUE_LINK}[ -])*{_CAP})*)$")
_VENUE_LEADING_LINKS = re.compile(rf"^(?:{_VENUE_LINK}\s+)+")
_RUN_BEFORE_DATE = re.compile(rf"(?:^|\s)((?:{_CAP})(?:(?:[ -])(?:{_VENUE_LINK}[ -])*{_CAP})*)$")


@functools.cache
def _place_re(lang: str) -> re.Pattern:
    prep = _prepositions(lang)
    nouns = "(?i:" + alternation(words(lang, "meetings", "place_nouns")) + ")"
    # a name may go on past a line break, and past a blank line into a hyphenated link
    # ("celebrado en Sharm" / "el-Sheikh del 6 al 20 de noviembre": a title's layout)
    name = rf"{_CAP}(?:(?:[ -]|\n(?=\S)|\n[ \t]*\n(?={_PLACE_LINK}-))(?:{_PLACE_LINK}[ -])*{_CAP})*"
    # a place noun goes before a place standing before a date or a bracket, so that
    # "Ville de LANNION (Côtes d'Armor)" is read as the town after "Ville de"
    det = alternation(words(lang, "meetings", "venue_determiners"))
    venue = alternation(words(lang, "meetings", "venue_words"))
    links = alternation([*words(lang, "meetings", "linkers"), "d'", "d’"])
    # a room in lower case and its town: "à la salle polyvalente de Brignac" (form d)
    room = (rf"(?<![\w])(?i:{prep})\s+(?:(?i:{det})[ \t]*)?(?:{venue})(?:[ \t]+[^\W\d_A-ZÀ-Þ][\w'’-]*){{0,3}}?"
            rf"[ \t]+(?i:{links})[ \t]*(?P<d>{name})")
    return re.compile(
        rf"(?:(?<![\w])(?i:{prep})\s+(?P<a>{name})|{room}"
        rf"|(?:{nouns})\s+(?P<c>{name})"
        rf"|(?:^|[–—:]|(?<![\w-])-|\|)[ \t]*(?P<b>{name})(?=\s*[(,]\s*(?:[^\W\d]+\s*,?\s+)?\d|[ \t]*\([ \t]*{_CAP}[^()\n]*\)))",
        re.M)


def _is_honorific(word: str, lang: str) -> bool:
    return any(word == h or word.rstrip(".") == h.rstrip(".")
               for h in words(lang, "people", "honorifics"))


def _attendance(lang: str) -> str:
    return alternation(words(lang, "people", "attendance"))


def _prepositions(lang: str) -> str:
    return alternation(words(lang, "meetings", "place_prepositions"))


@functools.cache
def _attendance_line_re(lang: str) -> re.Pattern:
    """A line opening with an attendance word ("Présents : ...")."""
    return re.compile(rf"\W*{_attendance(lang)}\b", re.I)


@functools.cache
def _attendance_colon_re(lang: str) -> re.Pattern:
    """A line opening with an attendance word and a colon ("Apologies: ...")."""
    return re.compile(rf"\W*{_attendance(lang)}\s*:", re.I)


@functools.cache
def _honorific_bracket_re(lang: str) -> re.Pattern:
    """An honorific or a role opening a bracket ("(Ms. Okafor, Nigeria)", "(Chair)"), or
    an acronym alone in it ("Académico (CPA)"): a person or an organisation, no place."""
    honorifics = alternation(words(lang, "people", "honorifics"))
    roles = alternation(words(lang, "people", "roles"))
    return re.compile(rf"\s*\(\s*(?:{honorifics}(?!\w)|(?i:{roles})(?!\w)|[A-ZÀ-Þ]{{2,8}}\s*\))")


def mixed_case_writing(name: str, text: str) -> str:
    """An all-capitals name as ``text`` writes it elsewhere in mixed case ("SAN RAFAEL DEL
    NORTE" -> "San Rafael del Norte"), else as written."""
    for a, b in iter_spaced(text, name, ignore_case=True, bounded="-"):   # not compiled per name
        if not text[a:b].isupper():
            return " ".join(text[a:b].split())
    return name


def _acronym_follows(name: str, after: str) -> bool:
    """Whether ``name`` is followed by its own acronym in brackets ("Eko Lagoon Network
    (ELN)"): the name of an organisation, not of a place."""
    am = re.match(r"[ \t]*\((?P<a>[A-ZÀ-Þ]{2,8})\)", after)
    if not am:
        return False
    initials = "".join(t[0] for t in re.split(r"[\s-]+", name) if t)
    letters = iter(fold(initials))
    return all(c in letters for c in fold(am.group("a")))


@dataclass(frozen=True)
class _PlaceWords:
    """Folded words that are never (part of) a place found after a preposition."""
    banned: frozenset[str]      # dates and online words: the place ends before them
    bodies: frozenset[str]      # one-word bodies, meeting and report words
    venue: frozenset[str]       # buildings and rooms
    roles: frozenset[str]       # words of people's roles


@functools.cache
def _place_words(lang: str) -> _PlaceWords:
    banned = {fold(w) for w in words(lang, "dates", "months")} | {
        fold(w) for w in words(lang, "dates", "weekdays")} | {
        fold(t) for key in ("online", "hybrid") for w in words(lang, "meetings", key) for t in w.split()}
    bodies = {fold(b) for key in ("bodies", "meeting_words", "report_words")
              for b in words(lang, "meetings", key) if " " not in b}      # "Minutes of the Board, 3 May"
    venue = {fold(w) for w in words(lang, "meetings", "venue_words")}
    roles = {fold(t) for r in words(lang, "people", "roles") for t in r.split()}
    return _PlaceWords(frozenset(banned), frozenset(bodies), frozenset(venue), frozenset(roles))


def _context_refuses(text: str, m: re.Match, group: str, lang: str) -> bool:
    """Whether what surrounds the place match ``m`` shows it is no place: inside a
    bracket, on an attendance line, a person's name, an organisation with its acronym."""
    name = m.group(group)
    line_start = text.rfind("\n", 0, m.start()) + 1
    before = text[line_start:m.start()]
    if before.count("(") > before.count(")") or _attendance_line_re(lang).match(text[line_start:]):
        return True             # "(procuration à Mario)", "Présents : ..."
    if not name or _is_honorific(name.split()[0], lang):
        return True
    prev = text[max(0, m.start(group) - 40):m.start(group)].split()[-2:]
    if any(_is_honorific(p, lang) for p in prev):
        return True             # "Mr\nHallvard Øvrebø (Norway)", "Mme Nadège\nCOURVOISIER (...)": a person
    return _acronym_follows(name, text[m.end(group):])  # "NORTH ATLANTIC ... NETWORK (NACON)"


def _place_name(name: str, group: str, after: str, lang: str) -> str | None:
    """The city in the place ``name`` found by form ``group`` (``after`` is the text that
    follows it), or None when it is a building, a role, a body or a date."""
    pw = _place_words(lang)
    name = " ".join(name.split())
    if group == "c":        # "Municipalidad de San Rafael Acta n.º 23": the place ends at "Acta"
        toks = name.split()
        cut = next((k for k, tok in enumerate(toks) if fold(tok) in pw.bodies), len(toks))
        name = " ".join(toks[:cut])      # before the role check: "Commune de X\nSéance du ..."
    if any(fold(t) in pw.venue for t in name.split()):
        return None             # "Celebrada en el Salón Azul, Calle 8": a building, no city
    if any(fold(t) in pw.roles for t in name.split()) or (
            group == "b" and not name.isupper() and _honorific_bracket_re(lang).match(after)):
        return None             # "The Chair (Ms. Okafor, Nigeria)": a role and a person
    kept = []
    for tok in name.split():          # "Glasgow Wednesday" -> "Glasgow"
        if fold(tok) in pw.banned:
            break
        kept.append(tok)
        if tok.endswith(".") and len(tok) > 3:
            break                     # "commune de Couthenans. Date arrêtée": a sentence ends
    if not kept or any(fold(t) in pw.bodies for t in kept):
        return None
    name = " ".join(kept)
    if any(fold(name) == fold(b) for b in words(lang, "meetings", "bodies")):
        return None
    return name.strip(" .-")


def _own_line(text: str, m: re.Match, group: str, lang: str) -> str:
    """The place name matched, cut at its line's end when the next line, where it runs on,
    is a title naming a body, a meeting or a report ("Town of Ashby" / "Select Board
    Meeting Minutes" is Ashby; "celebrado en Sharm" / "el-Sheikh del 6 al 20 ..." is whole)."""
    name = m.group(group)
    if "\n" not in name:
        return name
    first = name.split("\n")[0]
    at = m.start(group) + len(first) + 1
    line_end = text.find("\n", at)
    following = text[at:len(text) if line_end < 0 else line_end]
    if any(fold(t.strip(".,;:")) in _place_words(lang).bodies for t in following.split()):
        return first
    return name


def find_place(text: str, lang: str, dates: list,
               forms: str = "abcd") -> tuple[str, int] | None:
    """The place a meeting was held at within ``text``: after a place preposition
    ("à Glasgow", "held in Bonn"), a place standing right before a date ("– Glasgow
    (10 novembre 2021)", "Medellín, 4 de junio de 2025"), or the town of a room written
    in lower case ("à la salle polyvalente de Brignac", form d: only when no other form
    finds one, as the room may be an organisation's seat, "au siège de l'Autorité, à Lomé")."""
    rx, pos = _place_re(lang), 0
    room: tuple[str, int] | None = None
    while (m := rx.search(text, pos)) is not None:
        pos = m.start() + 1          # a refused match may hide a shorter one inside it
        group = next(g for g in "abdc" if m.group(g))
        if group not in forms or _context_refuses(text, m, group, lang):
            continue
        if group == "b" and _room_follows(text[m.end(group):], lang):
            continue                 # "State Capitol, Room 214": a building and its room
        name = _place_name(_own_line(text, m, group, lang), group, text[m.end(group):], lang)
        if name is None:
            continue
        found = (mixed_case_writing(name, text) if name.isupper() else name), m.start(group)
        if group != "d":
            return found
        room = room or found
    return room


def _room_follows(after: str, lang: str) -> bool:
    """Whether the figure after a place-like name is a room's or a street's number
    ("State Capitol, Room 214"), not a date's day: a venue word stands before it."""
    m = re.match(r"\s*[(,]\s*([^\W\d]+)", after)
    return bool(m) and fold(m.group(1)) in _place_words(lang).venue


# ------------------------------------------------- regions ending a venue line


@functools.cache
def _region_names(lang: str) -> frozenset[str]:
    return frozenset(fold(w) for w in words(lang, "meetings", "region_names"))


@functools.cache
def _region_prefix_re(lang: str) -> re.Pattern:
    """A part opening with a region word ("Co. Kerry", "Province of Ontario")."""
    return re.compile(rf"(?i:{alternation(words(lang, 'meetings', 'region_prefixes'))})\s+{_CAP}")


@functools.cache
def _region_word_end_re(lang: str) -> re.Pattern:
    """A region word ending a line ("… Kilmore, Co."): the region is on the next line."""
    return re.compile(rf"(?<!\w)(?i:{alternation(words(lang, 'meetings', 'region_prefixes'))})$")


@functools.cache
def _region_noun_re(lang: str) -> re.Pattern:
    """A region named by its noun anywhere in a report ("STATE OF MONTANA")."""
    nouns = alternation(words(lang, "meetings", "region_nouns"))
    return re.compile(rf"(?<!\w)(?i:{nouns})\s+(?P<n>{_CAP}(?:[ -](?:{_PLACE_LINK}[ -])*{_CAP})*)")


def _regions_named(text: str, lang: str) -> frozenset[str]:
    return frozenset(fold(m.group("n")) for m in _region_noun_re(lang).finditer(text))


_TOWN_LIKE = re.compile(rf"{_CAP}(?:[ -](?:{_VENUE_LINK}[ -])*{_CAP})*")


def _without_regions(parts: list[str], text: str, lang: str) -> list[str]:
    """A venue's parts less the regions ending it ("…, Sturgeon Falls, Ontario", "…,
    Drumshanbeg, Co. Leitrim", "…, Riverton, Keldara" in a report headed "STATE OF
    KELDARA"), each dropped only when the part before it reads as a town."""
    named = None
    while len(parts) > 1:
        last = " ".join(parts[-1].split()).strip(" .")
        before = " ".join(parts[-2].split()).strip(" .")
        if not _TOWN_LIKE.fullmatch(before) or any(fold(t) in _place_words(lang).venue
                                                    for t in before.split()):
            break
        if not (_region_prefix_re(lang).match(last) or fold(last) in _region_names(lang)):
            named = _regions_named(text, lang) if named is None else named
            if fold(last) not in named:
                break
        parts = parts[:-1]
    return parts


@functools.cache
def _venue_stop(lang: str) -> frozenset[str]:
    """Words that end a city name in a venue line (dates, bodies, online words...)."""
    keys = (("dates", "months"), ("dates", "weekdays"), ("meetings", "online"), ("meetings", "hybrid"),
            ("meetings", "in_person"), ("meetings", "venue_words"),
            ("meetings", "report_words"), ("people", "attendance"))
    out = {fold(t) for sec, key in keys for w in words(lang, sec, key) for t in w.split()}
    # roles and meeting words of one word only: "city" of "city clerk" or "town" of "town
    # meeting" ends no city ("Juniper City", "Cape Town")
    out |= {fold(r) for key in (("people", "roles"), ("meetings", "meeting_words"))
            for r in words(lang, *key) if " " not in r.strip()}
    out |= {fold(b) for b in words(lang, "meetings", "bodies") if " " not in b}
    out |= {fold(h).rstrip(".") for h in words(lang, "people", "honorifics")}
    return frozenset(out)


@functools.cache
def _venue_prep_re(lang: str) -> re.Pattern:
    """A place preposition and determiner opening the rest of a date line ("at the")."""
    determiners = alternation(words(lang, "meetings", "venue_determiners"))
    return re.compile(rf"\s*(?:{_prepositions(lang)})\s+(?:{determiners}\s+)?", re.I)


@functools.cache
def _prep_before_re(lang: str) -> re.Pattern:
    """A place preposition ending the text before a city ("held in ")."""
    return re.compile(rf"(?:{_prepositions(lang)})\s+$", re.I)


def _venue_lines(text: str, date_end: int) -> list[tuple[int, int]]:
    """(start, end) of the rest of the date line and of the line right below it."""
    line_end = text.find("\n", date_end)
    line_end = len(text) if line_end < 0 else line_end
    lines = [(date_end, line_end)]
    if text[line_end:line_end + 1] == "\n" and text[line_end + 1:line_end + 2] not in ("\n", ""):
        nxt = text.find("\n", line_end + 1)
        lines.append((line_end + 1, len(text) if nxt < 0 else nxt))
    return lines


def _venue_line(text: str, lo: int, hi: int, date_end: int, lang: str) -> tuple[int, str] | None:
    """(start, text) of a line that may be a venue, past a leading "at the"; None when it
    is a sentence, a list of people or an attendance line."""
    line = text[lo:hi]
    at = _venue_prep_re(lang).match(line) if lo == date_end else None
    if at:                         # "3 May 2023 at the Town Hall, Market Street, Ripon."
        lo, line = lo + at.end(), line[at.end():].rstrip(" .")
    elif lo == date_end and line.strip() and not re.match(r"\s*(?:[,;|–—(-]|$)", line):
        return None                # the date runs on in a sentence
    toks = line.split()
    if not toks or len(toks) > 14 or any(_is_honorific(t.strip(",;:()"), lang) for t in toks):
        return None                # a sentence or a list of people, not a venue
    if _attendance_colon_re(lang).match(line):
        return None
    return lo, line


def _city_of_parts(parts: list[str], stop: frozenset[str]) -> str | None:
    """The city ending the last part without digits of a venue line, if that part ends
    with a run of capitalised words none of which is a stop word."""
    for part in reversed(parts):
        bare = re.sub(r"\s*\([^()]*\)\s*$", "", part).strip(" .+*•-")
        if not bare or re.search(r"\d", bare):
            continue
        m = _VENUE_RUN.search(bare)
        if not m:
            return None
        kept = []
        for t in m.group(1).split():
            if fold(t.strip(".")) in stop:
                kept = []          # "Civic Centre", "Online" are no city
                break
            kept.append(t)
        name = _VENUE_LEADING_LINKS.sub("", " ".join(kept)).strip(" .-")
        if not name or name.islower():
            return None
        return name
    return None


def _opens_with_venue_word(part: str, lang: str) -> bool:
    """Whether a venue part opens with a building or room word, after a preposition or an
    article ("salle du conseil", "mairie d'Ornans", "au siège", "l'hôtel de ville"): a
    venue written in lower case, no sentence."""
    small = {fold(w) for key in ("place_prepositions", "venue_determiners")
             for w in words(lang, "meetings", key) if " " not in w}
    toks = [t for t in part.split()]
    while toks and fold(toks[0]) in small:
        toks.pop(0)                      # "au siège", "en la sede"
    first = fold(re.split(r"['’]", toks[0])[-1]) if toks else ""
    return first in _place_words(lang).venue and first not in _place_words(lang).bodies   # not "le Bureau a ..."


def venue_place(text: str, date_end: int, lang: str) -> tuple[str, int] | None:
    """The city of the venue written after a meeting's date: on the rest of the date line
    ("12 March 2024 – Civic Centre, Carlisle") or on the line right below it ("Foundation
    offices, Rue des Vignerons 14, Geneva"): the last comma-separated part without digits,
    its trailing run of capitalised words ("Jardin botanique de Liège (Belgique)" -> Liège;
    "salle du conseil, mairie d'Ornans" -> Ornans)."""
    stop = _venue_stop(lang)
    for lo, hi in _venue_lines(text, date_end):
        found = _venue_line(text, lo, hi, date_end, lang)
        if found is None:
            continue
        lo, line = found
        parts = [p for p in _VENUE_SEP.split(line) if p.strip()]
        if any(p.strip(" .+*•")[:1].islower() and not _opens_with_venue_word(p, lang) for p in parts):
            continue                   # "le Bureau a validé ...": a sentence, not a venue
        name = _city_of_parts(_without_regions(parts, text, lang), stop)
        if name:
            return name, lo + line.index(name) if name in line else lo
    return None


def _venue_cut(line: str, stop: frozenset[str]) -> int:
    """Where the venue ends in ``line``, before what stands between it and the date:
    a weekday, "on", "le", commas."""
    cut, small = len(line), 0
    for t in reversed(list(re.finditer(r"[^\s,;|–—]+", line))):
        if fold(t.group()) in stop:
            cut = t.start()
            continue
        if t.group().islower() and len(t.group()) <= 3 and small < 2:
            cut, small = t.start(), small + 1
            continue
        break
    return cut


def venue_before_date(text: str, date_start: int, lang: str) -> tuple[str, int] | None:
    """The city ending the venue written before a meeting's date on the same line ("held
    at the Assembly Rooms, Mill Street, Ludlow, on Friday, 14 October 2023"): the last
    comma part before the date, when it is a run of capitalised words that are no
    building, date, body or role word."""
    line_start = _venue_line_start(text, date_start, lang)
    line = text[line_start:date_start]
    toks = line.split()
    if not toks or len(toks) > 20 or any(_is_honorific(t.strip(",;:()"), lang) for t in toks):
        return None
    stop = _venue_stop(lang) | {fold(t) for w in words(lang, "meetings", "report_words") for t in w.split()}
    cut = _venue_cut(line, stop)
    parts = _without_regions([p for p in _VENUE_SEP.split(line[:cut]) if p.strip()], text, lang)
    if not parts:
        return None
    last = re.sub(r"\s*\([^()]*\)\s*$", "", parts[-1]).strip(" .-")
    m = _RUN_BEFORE_DATE.search(last)
    if not m or re.search(r"\d", m.group(1)):
        return None
    name = m.group(1)
    if any(fold(t.strip(".")) in stop for t in name.split()) or fold(name) in _articles():
        return None                      # "Le 26 mars 2025 à 17h": an article, no place
    if len(parts) == 1 and m.start(1) > 0 and not _prep_before_re(lang).search(last[:m.start(1)]):
        return None                      # "Minutes of the Finance Meeting, ..." is no venue
    return name, line_start + line.rfind(name, 0, cut)


def _venue_line_start(text: str, at: int, lang: str) -> int:
    """Where the line holding ``at`` starts, or the line above when the venue runs on
    from it: that line ends with a comma or a region word ("… Hall, Kilmore, Co." /
    "Wexford, on Saturday, 4 May 2026")."""
    start = text.rfind("\n", 0, at) + 1
    if start < 2:
        return start
    above = text[text.rfind("\n", 0, start - 1) + 1:start - 1]
    if above.rstrip().endswith(",") or _region_word_end_re(lang).search(above.rstrip()):
        return text.rfind("\n", 0, start - 1) + 1
    return start


@functools.cache
def _articles() -> frozenset[str]:
    """Articles of every language ("Le", "The", "El"), never a place on their own."""
    return frozenset(fold(w) for w in every_language("meetings", "venue_determiners")
                     + every_language("dates", "day_articles"))
