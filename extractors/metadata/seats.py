"""Where a meeting was held when no venue line says it: the town a territorial body is
named after ("Milburn Parish Council", "Council of the City of Winnipeg", "Conseil
municipal de LANNION"), the commune the minutes name ("la commune de Couthenans"), the
town of the letterhead's address ("29 rue X, 69 008 LYON"), or the room a "Lugar:" line
gives when it names no town ("Lugar: Auditorio del Centro ... y por Zoom")."""

from __future__ import annotations

import functools
import re
from collections import Counter

from extractors.metadata.places import find_place
from pipeline.lexicon import every_language, words
from pipeline.patterns import alternation
from pipeline.text import fold

_CAP = r"[A-ZÀ-ÖØ-Þ][\w’'-]*"


@functools.cache
def _territorial_re(lang: str) -> re.Pattern:
    """A territorial body ("conseil municipal", "Parish Council", "Concejo Distrital")."""
    return re.compile(rf"(?<![\w-]){alternation(words(lang, 'meetings', 'territorial_bodies'))}(?![\w-])", re.I)


def is_territorial(body: str | None, lang: str) -> bool:
    return bool(body) and _territorial_re(lang).search(body) is not None


def _name_run(text: str) -> str | None:
    """The capitalised run (small links allowed) ``text`` starts with."""
    links = alternation(every_language("meetings", "place_name_links"))
    m = re.match(rf"{_CAP}(?:[ -](?:{links}[ -])*{_CAP})*", text)
    return m.group() if m else None


def place_of_body(body: str | None, lang: str, before: bool = True) -> str | None:
    """The town a territorial body is named after: after a place noun ("of the City of
    Winnipeg"), after the body and its link ("Conseil municipal de LANNION"), or, with
    ``before``, before it ("Milburn Parish Council")."""
    if not is_territorial(body, lang):
        return None
    found = find_place(body, lang, [], forms="c")
    if found:
        return found[0]
    m = list(_territorial_re(lang).finditer(body))[-1]     # "Cabildo del Ayuntamiento de X": the last
    ahead, after = body[:m.start()].strip(), body[m.end():]
    link = re.match(rf"\s+(?:{alternation(words(lang, 'meetings', 'linkers'))})\s+", after, re.I)
    if link:
        return _name_run(after[link.end():])
    if before and ahead and re.fullmatch(rf"{_CAP}(?:\s+{_CAP})*", ahead):
        return ahead
    return None


def commune_named(text: str, lang: str) -> str | None:
    """The town the text names most often after a place noun ("la commune de
    Couthenans"), for a territorial body's minutes that give no venue."""
    counts: Counter[str] = Counter()
    spelled: dict[str, str] = {}
    for line in re.finditer(r"(?:[^\n]|\n(?=\S))+", text):
        found = find_place(line.group(), lang, [], forms="c")
        if found:
            counts[fold(found[0])] += 1
            spelled.setdefault(fold(found[0]), found[0])
    return spelled[counts.most_common(1)[0][0]] if counts else None


@functools.cache
def _postcode_town_re() -> re.Pattern:
    """A postcode and the town ending an address line ("69 008 LYON", "75010 Paris") or
    its part before a dash or a bar ("50009 Zaragoza — CIF H-50999999")."""
    return re.compile(rf"(?<![\d\w])\d{{2}}[ \u00a0]?\d{{3}}[ \t]+(?P<town>{_CAP}(?:[ -]{_CAP})*)"
                      rf"[ \t]*(?:$|[–—|·•][ \t]|-[ \t])")


def letterhead_town(lines: list[str]) -> str | None:
    """The town of the postal address in a letterhead's lines."""
    for line in lines:
        m = _postcode_town_re().search(line.strip())
        if m:
            return m.group("town")
    return None


@functools.cache
def _label_re(lang: str) -> re.Pattern:
    labels = alternation(words(lang, "meetings", "place_labels"))
    return re.compile(rf"(?im)^[ \t]*{labels}[ \t]*:[ \t]*(?P<v>[^\n]+)")


@functools.cache
def _online_re(lang: str) -> re.Pattern:
    return re.compile(rf"(?<!\w){alternation(words(lang, 'meetings', 'online'))}(?!\w)", re.I)


@functools.cache
def _joint_re() -> re.Pattern:
    """A conjunction or a separator ending the in-person part of a venue ("... y por")."""
    return re.compile(rf"(?:\s+(?i:{alternation(every_language('meetings', 'body_conjunctions'))})\b|\s*[/&+,;(–-])")


def labelled_venue(text: str, lang: str) -> str | None:
    """The venue a "Lugar:" / "Lieu :" / "Venue:" line gives, without its online part."""
    m = _label_re(lang).search(text)
    if not m:
        return None
    value = m.group("v")
    online = _online_re(lang).search(value)
    if online:
        joints = [j.start() for j in _joint_re().finditer(value, 0, online.start())]
        value = value[:joints[-1]] if joints else ""
    value = value.strip(" .,;:-–")
    return value if value and value[0].isupper() else None
