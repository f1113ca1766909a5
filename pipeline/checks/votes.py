"""``vote_count_mismatch``: a vote whose counts do not add up.

A tally is read from the text as a run of counts a few words apart in one sentence
("13 votants : 9 pour, 5 abstentions", "Pour : 9 – Contre : 1", "12 votes to 27, with 5
abstentions", "79 votos a favor y 5 abstenciones", "Motion carried 4-1", "by a vote of 5
to 2"), or as lists of names ("Ayes: A, B; Nays: C", see ``vote_lists``). Flagged:

* counts that do not add up to the voters the tally states (9 + 5 = 14, not 13 voters),
  or to the votes cast it states ("Yes 248, No 61 (319 voting)": for and against, with
  or without abstentions);
* a tally in figures that counts otherwise than the names listed with it ("carried 4-1
  (Ayes: three names; Nays: one)");
* tallies above the members the report says are present, as a count ("Présents : 13",
  "12 members present") or as the roll call of their names ("Present: Mayor A, Vice Mayor
  B, Commissioners C, D and E": names the checks read or the speakers extractor
  published as attending there: see ``attendance``), proxies added ("Représentés : 1"),
  less the listed members said to leave between two votes: one flag for all of them,
  the slip being usually in the attendance.

Precision first: voters against counts needs two kinds of ballot; blank or spoilt
ballots stated beside them make a shortfall normal; arrivals or returns during the
meeting, two different attendance figures, a staff list or a roll call broken by a
paragraph, or proxies spoken of but not counted leave the attendance rule silent (a
departure only lowers attendance, so the figure stays a ceiling); a count written in
words is not read. Every word comes from the lexicon's ``[checks]`` keys.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from pipeline.checks.attendance import COUNT as _N
from pipeline.checks.attendance import Attendance, attendance, attendance_list  # noqa: F401 (re-exported)
from pipeline.checks.common import NAME, VERSION, evidence, folded, lex, make_flag, quoted
from pipeline.checks.vote_lists import name_lists
from pipeline.patterns import alternation
from pipeline.records import Document, Extraction, Flag
from pipeline.text import sentence_at

CHECK = f"{NAME}.votes@{VERSION}"
KINDS = ("FOR", "AGAINST", "ABSTAIN", "BLANK", "VOTERS", "CAST")
_SCORE_END = r"(?![.,]?\d|[ \t]*[-–/][ \t]*\d)"      # not a date ("5-2-2025") nor a decimal


@dataclass(frozen=True)
class Count:
    """One count of a tally as written: its kind, number and span (original offsets)."""
    kind: str
    n: int
    start: int
    end: int
    loose: bool = False     # label then number with no colon ("pour 27"): a tally only among others


@functools.cache
def _kind_words() -> dict[str, str]:
    """Folded tally word -> kind, for every language."""
    out: dict[str, str] = {}
    for kind in KINDS:
        for w in lex(f"vote_{kind.lower()}_words"):
            out.setdefault(w, kind)
    return out


@functools.cache
def _label_words() -> dict[str, str]:
    """Tally words and the words that are tally labels only before their number ("Yes
    248, No 61": "no" after a number is no ballot), folded, to their kind."""
    out = dict(_kind_words())
    for kind in ("FOR", "AGAINST"):
        for w in lex(f"vote_{kind.lower()}_labels"):
            out.setdefault(w, kind)
    return out


@functools.cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    """Number first ("9 pour"), label first with a colon ("Pour : 9"), "12 votes to 27",
    label first with no colon ("pour 27, contre 3"), the number closing its clause, and
    a score after the outcome ("Motion carried 4-1", "CARRIED 5/2", "Carried (5-2)": for,
    then against) or after the words that open a count (the decisions lexicon's
    ``vote_count_openers``: "by a vote of 5 to 2", "par un vote de 5 contre 2")."""
    words, labels = alternation(_kind_words()), alternation(_label_words())
    multi = alternation([w for w in _kind_words() if " " in w])     # "84\nvotes cast", not "12\nfor"
    after = alternation(lex("percent_words"))
    bare, versus = alternation(lex("vote_bare_words")), alternation(lex("vote_versus_words"))
    score = alternation(lex("vote_score_words"))
    opened, joined = alternation(lex("vote_count_openers", "decisions")), alternation(lex("vote_count_joiners", "decisions"))
    return (
        re.compile(rf"{_N}(?:[ \t]+|[ \t]*\n[ \t]*(?=(?:{multi})\b))(?P<w>{words})\b"
                   rf"(?![ \t]*(?:\d+(?![ \t]+(?:{words})\b)|%|{after}\b))"),
        re.compile(rf"\b(?P<w>{labels})[ \t]*[:=][ \t]*{_N}"),
        re.compile(rf"{_N}[ \t]+{bare}[ \t]+{versus}[ \t]+(?P<m>\d{{1,3}})(?![.,]?\d)"),
        re.compile(rf"\b(?P<w>{labels})(?:[ \t]+\n?|\n)[ \t]*{_N}(?![ \t]*(?:[^\W\d]|%))"),
        re.compile(rf"\b(?:{score})[ \t]*[:(]?[ \t]*{_N}[ \t]*[-–/][ \t]*(?P<m>\d{{1,3}}){_SCORE_END}"),
        re.compile(rf"\b(?:{opened})[ \t]+{_N}(?:[ \t]*[-–/][ \t]*|[ \t]+(?:{joined})[ \t]+)(?P<m>\d{{1,3}}){_SCORE_END}"),
    )


def counts_in(doc: Document) -> list[Count]:
    """Every tally count written in digits, in text order, none overlapping."""
    f = folded(doc.text)
    number_first, label_first, versus, loose, score, opened = _patterns()
    found: list[Count] = []
    scored = {a for p in (score, opened) for _, a, _ in f.finditer(p)}
    for m, a, b in (*f.finditer(versus), *f.finditer(score), *f.finditer(opened)):
        split = f.span(m.start("m"), m.end("m"))
        a = _subject_start(doc.text, a) if a in scored else a
        found += [Count("FOR", int(m.group("n")), a, split[0]), Count("AGAINST", int(m.group("m")), *split)]
    for pattern in (number_first, label_first, loose):
        for m, a, b in f.finditer(pattern):
            if not any(a < c.end and c.start < b for c in found):
                found.append(Count(_label_words()[re.sub(r"\s+", " ", m.group("w"))], int(m.group("n")), a, b,
                                   pattern is loose))
    return sorted(found, key=lambda c: c.start)


def _subject_start(text: str, at: int) -> int:
    """Where the clause of a score's outcome word begins when its subject is a word or
    two ("Motion carried 6-0", "La délibération adoptée 8-0"): the tally is quoted whole."""
    begin = max(text.rfind(c, 0, at) for c in ".;:!?\n()") + 1
    subject = text[begin:at]
    return begin + len(subject) - len(subject.lstrip()) if 0 < len(subject.split()) <= 3 else at


def tallies(doc: Document) -> list[list[Count]]:
    """Counts grouped into tallies: neighbours a few words apart, no sentence end between
    (a semicolon may close the ballots before the voters: "For 61, Against 18; 84 votes cast")."""
    groups: list[list[Count]] = []
    for c in counts_in(doc):
        if groups:
            gap = doc.text[groups[-1][-1].end:c.start]
            ends = r"[.!?]\s|\n\s*\n" if c.kind in ("VOTERS", "CAST") else r"[.;!?]\s|\n\s*\n"
            if len(gap.split()) <= 4 and not re.search(ends, gap + " "):
                groups[-1].append(c)
                continue
        groups.append([c])
    # "pour 12" alone is no tally ("un budget pour 12"): loose counts need another kind beside them
    return [g for g in groups if not all(c.loose for c in g) or len({c.kind for c in g}) >= 2]


def _by_kind(group: list[Count]) -> dict[str, Count]:
    out: dict[str, Count] = {}
    for c in group:
        out.setdefault(c.kind, c)
    return out


def _votes(kinds: dict[str, Count]) -> int | None:
    """The votes a tally counts, when it gives at least two kinds of ballot."""
    ballots = [kinds[k].n for k in ("FOR", "AGAINST", "ABSTAIN", "BLANK") if k in kinds]
    return sum(ballots) if len(ballots) >= 2 else None


# ---------------------------------------------------------------------- check


def _closed(doc: Document, start: int, end: int) -> int:
    """``end``, past the bracket that closes one the tally opened ("No 61 (319 voting)")."""
    inside = doc.text[start:end]
    return end + 1 if inside.count("(") > inside.count(")") and doc.text[end:end + 1] == ")" else end


def _flag(doc: Document, group: list[Count], why: str, others: list[tuple[int, int]],
          more: list[list[Count]] = ()) -> Flag:
    tally = evidence(doc, group[0].start, _closed(doc, group[0].start, group[-1].end))
    quotes = [tally] + [evidence(doc, *o) for o in others]
    quotes += [evidence(doc, g[0].start, g[-1].end) for g in more]
    also = f" (also {', '.join(quoted(q) for q in quotes[1 + len(others):])})" if more else ""
    return make_flag("vote_count_mismatch", "error", doc.doc_id,
                     f"The vote {quoted(tally)}{also}, but {quoted(quotes[1]) if others else 'it'} {why}", quotes, CHECK,
                     page=tally.page)


def list_tallies(doc: Document) -> list[list[Count]]:
    """Votes given as lists of names ("Ayes: A, B; Nays: C"), each list a count of the
    names it gives; lists one after another (only ";", "," or line breaks between) are
    one tally."""
    groups: list[list[Count]] = []
    for kind, n, a, b in name_lists(doc):
        c = Count(kind, n, a, b)
        if groups and re.fullmatch(r"[\s;,]*", doc.text[groups[-1][-1].end:a]) \
                and kind not in {x.kind for x in groups[-1]}:
            groups[-1].append(c)
        else:
            groups.append([c])
    return groups


def _cast_sums(kinds: dict[str, Count]) -> set[int]:
    """What "votes cast" may count: for and against, with or without abstentions and
    blank ballots (usage differs: "suffrages exprimés" leave both out)."""
    base = sum(kinds[k].n for k in ("FOR", "AGAINST") if k in kinds)
    extra = [kinds[k].n for k in ("ABSTAIN", "BLANK") if k in kinds]
    return {base, base + sum(extra), *(base + x for x in extra)}


def _kind_word(kind: str) -> str:
    return {"FOR": "for", "AGAINST": "against", "ABSTAIN": "abstaining"}.get(kind, kind.lower())


def _score_vs_names(doc: Document, stated: list[list[Count]], named: list[list[Count]]) -> list[Flag]:
    """A tally in figures written right before the lists of names of the same vote
    ("Motion carried 4-1 (Ayes: …; Nays: …)", "CARRIED 5/2" then "For: Crs …") whose
    count of a kind is not the number of names listed for it."""
    flags = []
    for names in named:
        before = [g for g in stated if g[-1].end <= names[0].start]
        if not before or not re.fullmatch(r"[\s(:–—-]*", doc.text[before[-1][-1].end:names[0].start]):
            continue
        figures, listed = _by_kind(before[-1]), _by_kind(names)
        wrong = [k for k in listed if k in figures and figures[k].n != listed[k].n]
        if wrong:
            k = wrong[0]
            flags.append(_flag(doc, before[-1], f"names {listed[k].n}; the vote counts "
                               f"{figures[k].n} {_kind_word(k)}", [(listed[k].start, listed[k].end)]))
    return flags


def vote_count_mismatch(doc: Document, ex: Extraction) -> list[Flag]:
    """Tallies whose counts do not add up to their voters, tallies in figures that count
    otherwise than the names listed with them, and (one flag for all of them) tallies
    above the members present."""
    stated, named = tallies(doc), list_tallies(doc)
    flags, above = _score_vs_names(doc, stated, named), []
    present = attendance(doc, ex)
    first = min((g[0].start for g in stated + named), default=0)
    for group in stated + named:
        kinds = _by_kind(group)
        votes, voters = _votes(kinds), kinds.get("VOTERS")
        if votes is not None and voters is not None and votes != voters.n and (
                votes > voters.n or all(k in kinds for k in ("FOR", "AGAINST", "ABSTAIN"))):
            body = [c for c in group if c.kind != "VOTERS"]
            flags.append(_flag(doc, body, f"says {voters.n} voted; the counts add up to {votes}",
                               [(voters.start, voters.end)]))
            continue
        cast = kinds.get("CAST")
        if votes is not None and cast is not None and cast.n not in _cast_sums(kinds):
            flags.append(_flag(doc, group, f"says {cast.n} votes were cast; the counts add up to "
                               f"{' or '.join(str(x) for x in sorted(_cast_sums(kinds)))}", []))
            continue
        ballots = max(sum(c.n for c in kinds.values() if c.kind not in ("VOTERS", "CAST")),
                      voters.n if voters else 0)
        # a member said to leave between two votes (not in a note before them) votes no more
        gone = [d for d in present.left if first < d < group[0].start] if present else []
        if present and ballots > present.capacity - len(gone):
            above.append((group, ballots, gone))
    if above and present:
        flags.append(_above_flag(doc, present, above))
    return flags


def _above_flag(doc: Document, present: Attendance, above: list[tuple[list[Count], int, list[int]]]) -> Flag:
    """One flag for the tallies above the members present (less those who had left)."""
    group, ballots, gone = above[0]
    proxies = f" ({present.capacity} votes with proxies)" if present.capacity != present.present else ""
    denied = "".join(f", {quoted(evidence(doc, *d))}" for d in present.no_proxy)
    left = [(s.start, s.end) for s in (sentence_at(doc.text, d) for d in gone)]
    had_left = f", {len(gone)} of whom had left ({', '.join(quoted(evidence(doc, *x)) for x in left)})" if gone else ""
    return _flag(doc, group, f"gives {present.present} members present{proxies}{denied}{had_left}; "
                 f"the vote counts {ballots}",
                 [(present.start, present.end), *present.no_proxy, *left], [g for g, _, _ in above[1:4]])
    return flags
