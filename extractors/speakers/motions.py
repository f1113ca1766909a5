"""Movers and seconders: people who act by putting or supporting a motion.

"Motion by Director Lee, seconded by Director Ortiz, to approve", "MOTION BY: Lee" /
"SECOND: Ortiz" in a vote box, "M/S/C Lee/Ortiz", "Sur proposition de M. Dupont, appuyé
par Mme Roy", "A propuesta del concejal Gil, secundado por la concejala Ruiz": the mover
presents the motion, the seconder speaks for it. The person is the name found right
after the phrase (a determiner, roles and titles may stand between), else the capitalised
words there, which vote boxes write as bare family names ("Lee", "Allen Fisk").
"""

from __future__ import annotations

import functools
import re

from extractors.speakers.listnames import _orientation, _runs, _stop_words, _Words
from extractors.speakers.names import NameMatch, _lower_words, _split_mixed
from extractors.speakers.roles import _role_re
from extractors.speakers.vocabulary import _determiner, _honorifics
from pipeline.lexicon import words
from pipeline.patterns import alternation, compiled

PRESENTS, SPEAKS = "presents", "speaks"


def _phrases(lang: str, key: str) -> tuple[str, str]:
    """The phrases of ``key`` of several words (a colon may follow) and of one word (a
    colon must follow: "SECOND: Brown", never "the second reading")."""
    ps = words(lang, "people", key)
    return alternation([p for p in ps if " " in p]), alternation([p for p in ps if " " not in p])


@functools.cache
def _phrase_re(lang: str) -> re.Pattern:
    m_multi, m_one = _phrases(lang, "mover_phrases")
    s_multi, s_one = _phrases(lang, "seconder_phrases")
    # a one-word phrase needs a colon or an honorific after it ("SECOND: Brown", "Moved Cr X")
    hon = alternation(list(_honorifics(lang)))
    one = rf"[ \t]*(?::|(?=[ \t]+(?-i:{hon})[ \t]+[^\W\d_]))"
    return compiled(rf"(?<![\w-])(?:(?P<mover>{m_multi})[ \t]*:?|(?P<mover1>{m_one}){one}"
                    rf"|(?P<seconder>{s_multi})[ \t]*:?|(?P<seconder1>{s_one}){one})[ \t]*", re.I)


@functools.cache
def _titles_re(lang: str) -> re.Pattern:
    """What may stand between the phrase and the name: a determiner, roles, titles, a
    determiner after a title ("Mme la conseillère X")."""
    titles = alternation(list(_honorifics(lang)) + list(words(lang, "people", "plural_honorifics")))
    return compiled(rf"(?:(?:{_determiner()})\s+)?(?P<title>(?:(?:{_role_re(lang).pattern}|{titles})"
                    rf"\s+(?:(?:{_determiner()})\s+(?=\w))?)*)", re.I)


@functools.cache
def _codes_re(lang: str) -> re.Pattern:
    codes = alternation(words(lang, "people", "mover_codes"))
    word = r"[^\W\d_][\w'’-]*(?:[ \t][^\W\d_][\w'’-]*)?"
    return compiled(rf"(?<![\w/]){codes}[ \t]*:?[ \t]+(?P<a>{word})[ \t]*/[ \t]*(?P<b>{word})(?![\w/])")


def _who(text: str, pos: int, names: list[NameMatch], chk: _Words,
         limit: int = 60) -> NameMatch | None:
    """The person named at ``pos``: a name found there, else the capitalised words there
    (never right after a bare determiner: "proposed by the Director-General")."""
    titles = _titles_re(chk.lang).match(text, pos)
    pos = titles.end()
    known = next((n for n in names if n.start <= pos < n.end or pos <= n.start < pos + 2), None)
    if known is not None:
        return known
    if titles.group() and not titles.group("title"):
        return None
    line_end = text.find("\n", pos)
    window = text[pos:min(pos + limit, len(text) if line_end < 0 else line_end)]
    runs = _runs(window, pos, chk)
    if not runs or runs[0][0] != pos:
        return None
    start, end, toks = runs[0]
    if len(toks) == 1:
        return NameMatch(start, end, None, None, toks[0])
    if len(toks) > 3 or _orientation(toks, chk.lang) is None:
        return None
    given, family = _split_mixed(" ".join(toks), chk.lang, False)
    return NameMatch(start, end, None, given, family)


def motion_people(text: str, names: list[NameMatch],
                  lang: str) -> tuple[list[NameMatch], dict[int, str]]:
    """Movers and seconders: the names the rules had not found, and the kind of every
    mover (presents) and seconder (speaks) by the start of its name."""
    chk = _Words(_lower_words(text), _stop_words(lang), lang)
    new: list[NameMatch] = []
    kinds: dict[int, str] = {}
    for m in _phrase_re(lang).finditer(text):
        who = _who(text, m.end(), names + new, chk)
        if who is None:
            continue
        if who not in names and who not in new:
            new.append(who)
        kinds[who.start] = PRESENTS if m.group("mover") or m.group("mover1") else SPEAKS
    for m in _codes_re(lang).finditer(text):
        for group, kind in (("a", PRESENTS), ("b", SPEAKS)):
            who = _who(text, m.start(group), names + new, chk, limit=m.end(group) - m.start(group))
            if who is not None:
                if who not in names and who not in new:
                    new.append(who)
                kinds[who.start] = kind
    return new, kinds
