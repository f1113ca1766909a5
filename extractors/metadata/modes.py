"""How a meeting was held: in person, online or both, from the words that describe the
meeting itself (its date line, its venue line, a sentence naming the meeting or its
body), not from any online word in the head ("Formation à distance sur ...")."""

from __future__ import annotations

import functools
import re

from extractors.metadata.dates import numeric_dates, parse_dates
from extractors.metadata.mentions import bodies_re
from extractors.metadata.places import find_place
from pipeline.lexicon import every_language, words
from pipeline.patterns import alternation, fold_keep
from pipeline.text import fold, sentence_at

_VENUE_LINE_WORDS = 12      # a venue line is short: "à Sharm El Sheikh & en-ligne via Zoom"


@functools.cache
def _mode_re(lang: str, key: str) -> re.Pattern:
    """Any folded word of lexicon [meetings] ``key`` as a whole word of folded text."""
    folded = alternation([fold(w) for w in words(lang, "meetings", key)])
    return re.compile(rf"(?<!\w){folded}(?!\w)")


@functools.cache
def _label_re(lang: str) -> re.Pattern:
    return re.compile(rf"^\W*{alternation(words(lang, 'meetings', 'place_labels'))}\s*:", re.I)


@functools.cache
def _meeting_word_re(lang: str) -> re.Pattern:
    return re.compile(rf"(?<!\w){alternation(words(lang, 'meetings', 'meeting_words'), fold_item=True)}(?!\w)")


def _line(text: str, at: int) -> str:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return text[start:len(text) if end < 0 else end]


def _names_a_venue(line: str, lang: str) -> bool:
    """A line naming a place or a building ("Lugar: Auditorio ... y por Zoom")."""
    venue = {fold(w) for w in words(lang, "meetings", "venue_words")} - {
        fold(b) for b in words(lang, "meetings", "bodies")}      # "le Bureau s'est réuni": a body
    return find_place(line, lang, []) is not None or any(fold(t.strip(",.;")) in venue for t in line.split())


def _dateline(line: str, lang: str, head: str = "") -> bool:
    """A line giving the meeting's date (``head``: where a numeric date's month is named,
    "Minutes – April 2024") or its venue label."""
    return bool(parse_dates(line, lang) or numeric_dates(line, lang, head) or _label_re(lang).match(line))


def _venue_line(line: str, lang: str) -> bool:
    """A date or label line naming a venue, or a short line that is one ("à Sharm El
    Sheikh & en-ligne via Zoom"): not a sentence that happens to name a commune or a room,
    long or ended by a full stop ("Le bureau demande un devis pour la visioconférence de
    la salle.")."""
    return _names_a_venue(line, lang) and (
        _dateline(line, lang) or len(line.split()) <= _VENUE_LINE_WORDS and not line.rstrip().endswith("."))


def _describes_meeting(text: str, at: int, lang: str, end: int | None = None) -> bool:
    """Whether the online word at ``at`` is about the meeting: on its date line, its
    labelled venue line or a short venue line, in a sentence naming a meeting, or naming
    a body with a verb of meeting ("Le bureau s'est réuni en visioconférence"; not "The
    Board agreed to upgrade the video conference equipment")."""
    line = _line(text, at)
    if _dateline(line, lang, text) or _venue_line(line, lang):
        return True
    span = sentence_at(text, at)
    sent = span.text
    if end is not None:           # the online word itself is no meeting word ("video conference")
        sent = sent[:at - span.start] + " " * (end - at) + sent[end - span.start:]
    if _meeting_word_re(lang).search(fold_keep(sent)):
        return True
    return bool(bodies_re(lang).search(sent)) and _mode_re(lang, "meeting_verbs").search(fold_keep(sent)) is not None


_JOIN_GAP_WORDS = 3         # "joined the meeting remotely": words between the verb and the online word


def _how_joined(text: str, at: int, lang: str) -> str | None:
    """How people took part when the sentence of the online word at ``at`` has an online
    word closely following a joining verb: "some" from afar ("Two directors joined the
    meeting remotely by video link", "Deux membres ont participé à distance"), or "all"
    with a word for everyone ("All members joined by Zoom"); None otherwise ("Residents
    who attended the fair praised the online booking")."""
    sent = fold_keep(sentence_at(text, at).text)
    online = [m.start() for m in _mode_re(lang, "online").finditer(sent)]
    joined = any(not re.search(r"[,;:.()]", sent[v.end():o]) and len(sent[v.end():o].split()) <= _JOIN_GAP_WORDS
                 for v in _mode_re(lang, "remote_join_verbs").finditer(sent) for o in online if o >= v.end())
    if not joined:
        return None
    return "all" if _mode_re(lang, "everyone_words").search(sent) else "some"


_JOINS_NEAR = 2             # "& en-ligne", "y por Zoom", "online and at": tokens between the joint and the word


@functools.cache
def _joint_re() -> re.Pattern:
    """A conjunction (any language's) or a joining sign ("&", "+", "/")."""
    return re.compile(rf"(?:(?<!\w){alternation([fold(w) for w in every_language('meetings', 'body_conjunctions')])}(?!\w)|[&+/])")


def _joined_to_venue(folded: str, at: int, end: int) -> bool:
    """Whether the online word at ``at`` is joined to the venue beside it by a conjunction
    or a sign just before or after it ("à Sharm El Sheikh & en-ligne via Zoom", "Auditorio
    ... y por Zoom", "held online and at the Town Hall"), not just written on the city's
    line ("En Rosario, el 3 de marzo de 2024, se reúne la Junta por videoconferencia")."""
    start = folded.rfind("\n", 0, at) + 1
    before = folded[start:at].split()[-(_JOINS_NEAR + 1):]
    after = folded[end:end + 40].split()[:1]
    return any(_joint_re().fullmatch(t.strip(",;:")) for t in before + after)


def find_mode(text: str, lang: str, has_place: bool) -> str | None:
    """in_person / online / hybrid: a hybrid word, or an online word joined to the venue
    its line names ("à Sharm El Sheikh & en-ligne via Zoom", "Lugar: Auditorio ... y por
    Zoom") is hybrid, and so is a meeting with a venue some of whose members joined from
    afar ("Some members joined remotely"); an online word about the meeting elsewhere is
    online, even when a city heads the report ("En la ciudad de X ... se reúne por medio
    de una videoconferencia"); a place or an in-person word alone is in person."""
    f = fold_keep(text)
    if _mode_re(lang, "hybrid").search(f):
        return "hybrid"
    ends = {m.start(): m.end() for m in _mode_re(lang, "online").finditer(f)}
    found = {at: _how_joined(text, at, lang) for at in ends}
    remote = [at for at, how in found.items() if how == "some"]
    online = [at for at, how in found.items()
              if how == "all" or how is None and _describes_meeting(text, at, lang, ends[at])]
    in_person = _mode_re(lang, "in_person").search(f) is not None
    if online and (in_person or any(_venue_line(_line(text, at), lang) and _joined_to_venue(f, at, ends[at])
                                    for at in online)):
        return "hybrid"
    if online:
        return "online"
    if remote:
        return "hybrid" if in_person or has_place else "online"
    if in_person or has_place:
        return "in_person"
    return None
