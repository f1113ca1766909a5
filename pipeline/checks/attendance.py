"""Who can vote at a meeting, as the report states it: ``attendance`` (a count of the
members present, or the roll call of their names, proxies added, less the listed members
said to leave), for ``vote_count_mismatch`` to compare tallies with.

Precision first: a staff or non-members' list, a roll call broken by a paragraph, a
total or a quorum ("4 of 5 directors present", "the quorum of 150"), arrivals or
returns during the meeting, two different figures, or proxies spoken of but not counted
leave the attendance unknown. Every word comes from the lexicon's ``[checks]`` keys.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from pipeline.checks.common import folded, lex, lex_pattern
from pipeline.checks.people import names_in
from pipeline.lexicon import languages, words
from pipeline.patterns import alternation
from pipeline.records import Document, Extraction
from pipeline.text import fold, sentence_at

# a count: not the tail of a reference ("Ordinance No. 2025-17 for March 11", "art. 12/3")
COUNT = r"(?<![\w.,])(?<!\d[-–/])(?P<n>\d{1,3})(?![.,]?\d)"
_N = COUNT


@functools.cache
def _present_patterns() -> tuple[re.Pattern[str], ...]:
    """"13 membres présents." (the word closing its clause, so "2 others present the
    accounts" is no count) and "Présents : 13", "Present: 12 councillors." (a member
    noun after the number at most, closing its clause: not "Present: 3 officers."), and
    "Con la presencia de 12 señores concejales" (a presence phrase, then members), and
    "4 of 5 directors present" (4, out of a membership of 5)."""
    present = alternation(lex("present_count_words"))
    presence, members = alternation(lex("presence_phrases")), alternation(lex("member_nouns"))
    of = alternation(lex("count_of_words"))
    return (re.compile(rf"{_N}(?P<gap>(?:[ \t]+[^\W\d]+){{0,2}}?)[ \t]+(?P<w>{present})\b"
                       rf"(?=[ \t]*(?:[.,;:()\n–—-]|$))"),
            re.compile(rf"\b(?P<w>{present})[ \t]*:[ \t]*{_N}(?:[ \t]+(?:{members}))?(?=[ \t]*(?:[.;,(\n]|$))"),
            re.compile(rf"\b(?P<w>{presence})[ \t]+{_N}(?:[ \t]+[^\W\d]+)?[ \t]+(?:{members})\b"),
            re.compile(rf"{_N}[ \t]+(?:{of})[ \t]+\d{{1,3}}(?:[ \t]+[^\W\d]+){{0,2}}?[ \t]+(?P<w>{present})\b"
                       rf"(?=[ \t]*(?:[.,;:()\n–—-]|$))"))


@dataclass(frozen=True)
class Attendance:
    """Members present as the report states it, the votes they can cast (proxies added),
    where it is said, and where it says no proxy was given ("pas de pouvoir donné")."""
    present: int
    capacity: int
    start: int
    end: int
    no_proxy: tuple[tuple[int, int], ...] = ()
    left: tuple[int, ...] = ()      # where a member of the list is said to leave


def _departures(f) -> list[int] | None:
    """Offsets of the sentences saying someone left ("Mayor X having had to leave at
    8:40"); None when someone arrives or comes back during the meeting (attendance may
    then rise above the figure stated)."""
    text = lex_pattern("attendance_change_idioms").sub(lambda m: " " * len(m.group()), f.text)
    gone = [(m.start(), m.end()) for m in lex_pattern("departure_words").finditer(text)]
    if gone and lex_pattern("return_words").search(text):
        return None
    for m in lex_pattern("attendance_change_words").finditer(text):
        if not any(a < m.end() and m.start() < b for a, b in gone):
            return None
    return [f.origin[a] for a, _ in gone]


def _with_proxies(f, found: dict[int, tuple[int, int]], proxy: re.Pattern[str]) -> dict[int, tuple[int, int]]:
    """Of two figures, "Présents : 23" and "31 membres présents ou représentés", the one
    that counts proxies too when it is the larger: the votes that can be cast."""
    if len(found) < 2:
        return found
    with_proxies = {n: s for n, s in found.items()
                    if proxy.search(f.text[f.folded_offset(s[0]):f.folded_offset(s[1])])}
    if len(with_proxies) == 1 and max(found) in with_proxies:
        return with_proxies
    return found


def _not_presence(before: str) -> bool:
    """The count after ``before`` (folded) is a total or a quorum, not those present:
    "4 of 5 directors present", "the quorum of 150 being present"."""
    return bool(lex_pattern("count_of_words", left=r"\d[ \t]+", right=r"[ \t]*$").search(before)
                or lex_pattern("quorum_words", right=r"[ \t]*$").search(before))


def _member_departures(doc: Document, ex: Extraction | None, a: int, b: int, gone: list[int]) -> tuple[int, ...]:
    """The departures (offsets) of members named in the list of those present at
    ``a``-``b``: a name of the list stands before the departure word in its sentence."""
    families = {fold(i.name_as_written.split()[-1]) for i in (ex.interventions if ex else ())
                if i.kind == "attends" and a <= i.prov.start < b and i.name_as_written.split()}
    out, seen = [], set()
    for d in gone:
        before = fold(doc.text[sentence_at(doc.text, d).start:d])
        who = {w for w in families if re.search(rf"(?<!\w){re.escape(w)}(?!\w)", before)} - seen
        if len(who) == 1:
            seen |= who
            out.append(d)
    return tuple(out)


def attendance(doc: Document, ex: Extraction | None = None) -> Attendance | None:
    """The one attendance figure the report states for the whole meeting (a count, else
    the list of those present), with the departures of listed members; None when it
    states none or several, when someone arrives during the meeting, or when it speaks
    of proxies without counting them."""
    f = folded(doc.text)
    gone = _departures(f)
    if gone is None:
        return None
    found: dict[int, tuple[int, int]] = {}
    for pattern in _present_patterns():
        for m, a, b in f.finditer(pattern):
            if not _not_presence(f.text[max(0, m.start() - 24):m.start()]):
                found.setdefault(int(m.group("n")), (a, b))
    listed = attendance_list(doc, ex)
    if not found:
        found = {listed[0]: listed[1:]} if listed else {}
    proxy = lex_pattern("proxy_words")
    found = _with_proxies(f, found, proxy)
    if len(found) != 1:
        return None
    n, (a, b) = next(iter(found.items()))
    left = _member_departures(doc, ex, *(listed[1:] if listed else (a, b)), gone)
    if proxy.search(f.text[f.folded_offset(a):f.folded_offset(b)]):
        return Attendance(n, n, a, b, left=left)                # "11 présents ou représentés"
    denied = [(x, x + re.search(r"[),;.\n]|$", doc.text[y:]).start() + y - x)
              for _, x, y in f.finditer(lex_pattern("no_proxy_phrases"))]
    rest = lex_pattern("no_proxy_phrases").sub(" ", f.text)
    stated = {int(m.group("n")) for pattern in (rf"{proxy.pattern}[ \t]*:[ \t]*{_N}", rf"{_N}[ \t]+{proxy.pattern}")
              for m in re.finditer(pattern, rest)}
    if len(stated) > 1 or (not stated and proxy.search(rest)):
        return None
    return Attendance(n, n + (stated.pop() if stated else 0), a, b, tuple(denied[:1]), left)


@functools.cache
def _list_label() -> re.Pattern[str]:
    """A line opening a list of those present ("Présents :", "Concejales presentes:")."""
    present = alternation(lex("present_count_words"))
    return re.compile(rf"(?m)^[ \t*]*(?:[^\W\d]+[ \t]+)?(?:{present})[ \t*]*:[ \t*]*(?=\D)")


def _members_label(label: str) -> bool:
    """A list label that opens the members' list, not the staff's ("Staff present:",
    "Personnel présent :") nor the non-members' ("In attendance:", "Also present:")."""
    folded_label = label.strip(" \t*:")
    if lex_pattern("absent_labels").fullmatch(folded_label):
        return False
    return not lex_pattern("staff_list_words").search(folded_label)


def attendance_list(doc: Document, ex: Extraction | None = None) -> tuple[int, int, int] | None:
    """(people named, span) of the one list of those present, read to the next list
    ("Excusés :") or the paragraph's end, when every item of it is a person's name or a
    one-word role ("Maire"); None when there is no such list or an item is unclear. A
    name is one the checks read ("M. Paul LUU") or one the speakers extractor published
    as attending there ("Commissioners Brooke Hallisey, Marcus Delacroix-Webb and …")."""
    f = folded(doc.text)
    hits = [h for h in f.finditer(_list_label()) if _members_label(h[0].group())]
    if len(hits) != 1:
        return None
    _, a, b = hits[0]
    end = doc.text.find("\n\n", b)
    end = len(doc.text) if end < 0 else end
    stop = next((x for _, x, _ in f.finditer(lex_pattern("absent_labels"), b, end)), end)
    label = re.compile(r"\n[ \t]*[^\W\d][^:\n]{0,40}:").search(doc.text, b, stop)
    stop = label.start() if label else stop         # a line opening another list ("STAFF:")
    if stop == end and not doc.text[b:stop].rstrip().endswith("."):
        return None             # a paragraph break inside the list ("…, Mme\n\nAurélie …")
    attends = [i.prov.start for i in (ex.interventions if ex else ()) if i.kind == "attends"]
    # a role in parentheses may hold commas ("Marwood (Vice-Chancellor, Chair)"): blanked
    body = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group()), doc.text[b:stop])
    count = 0
    for m in re.finditer(rf"[^,;]+", body):
        for part in _parts(m.group(), b + m.start()):
            names = (len(names_in(doc.text, *part)) or sum(part[0] <= x < part[1] for x in attends)
                     or int(bool(_titled_name().fullmatch(" ".join(doc.text[slice(*part)].split()).strip(" .*")))))
            text = doc.text[slice(*part)].strip(" .*")
            if not names and _role_only(text):
                continue                            # "Senator A, Chairman; Senator B, Vice Chair"
            if not names and (len(text.split()) > 1 or text.isupper()):
                return None
            count += names
    return (count, a, stop) if count >= 2 else None


def _role_only(text: str) -> bool:
    """``text`` is a role and nothing else ("Chairman", "Vice Chair": lexicon [people] roles)."""
    return bool(_roles().fullmatch(fold(" ".join(text.split())))) if text else False


@functools.cache
def _titled_name() -> re.Pattern[str]:
    """A title of the lexicon's ``[people] honorifics`` then one to three capitalised
    words ("Senator Warren Holloway", "Cllr Ann Vale"), matched as written."""
    titles = "|".join(re.escape(h) for lang in languages() for h in sorted(words(lang, "people", "honorifics"), key=len, reverse=True))
    return re.compile(rf"(?:{titles})[ \t]+[A-ZÀ-ÖØ-Þ][\w'’-]+(?:[ \t]+[A-ZÀ-ÖØ-Þ][\w'’-]+){{0,2}}")


@functools.cache
def _roles() -> re.Pattern[str]:
    return re.compile(alternation(lex("roles", "people")))


def _parts(item: str, at: int) -> list[tuple[int, int]]:
    """The spans (document offsets) of an item of a list split at its joiners ("A and B")."""
    cuts = [(x, y) for _, x, y in folded(item).finditer(lex_pattern("list_joiners"))]
    edges = [0] + [x for c in cuts for x in c] + [len(item)]
    spans = [(at + edges[i], at + edges[i + 1]) for i in range(0, len(edges), 2)]
    return [(x, y) for x, y in spans if item[x - at:y - at].strip(" .*\n\t")]
