"""Who moved and seconded a motion, and what it moves: "Moved Cr Lee, seconded Cr Roy, that
...", "It was moved by X and seconded by Y that ...", a mover line alone heading the
resolution below it, a resolution clause opening its paragraph ("That Council defer ...")."""

from __future__ import annotations

import re

from pipeline.patterns import fold_keep

from .lexicon import lexicon_patterns
from .motionwords import Motions


def moved_words(mp: Motions, lang: str, said: str, mover: bool) -> str | None:
    """What a motion moves, from the words after its last cue: past the mover's name for a
    mover cue ("seconded by Cr Roy that the park open" -> "the park open"; None when no
    clause follows the name), past a named incise otherwise ("moved by X, that ...")."""
    incise = re.search(rf",\s*(?:{'|'.join(map(re.escape, lexicon_patterns(lang).subjects.leading))})\s", fold_keep(said))
    if mover:
        named = mp.named_clause.match(said)
        if named is not None:
            return without_body_verb(mp, re.sub(r"^\s*(?:[^\s']+'|\S+)\s*", "", said[named.end():]))  # "d'attribuer"
        if incise is None:
            return None                     # "Moved Cr Lee, seconded Cr Roy" (a header), "moved to May"
    return without_body_verb(mp, said[incise.end():] if incise else said)


def without_body_verb(mp: Motions, said: str) -> str:
    """What is moved without the body and verb opening it ("Council adopt the policy" -> "the policy")."""
    m = mp.body_verb.match(fold_keep(said))
    return said[m.end():] if m else said


def mover_header(mp: Motions, text: str) -> bool:
    """A sentence that only names the mover and seconder ("Moved Cr Lee, seconded Cr Roy"):
    the header of the resolution below it."""
    folded = fold_keep(text)
    cues = list(mp.cue.finditer(folded))
    if not cues or not mp.mover.fullmatch(cues[-1].group()) or folded[:cues[0].start()].strip(" -–•*\n"):
        return False
    rest = text[cues[-1].end():]
    return mp.named_clause.match(rest) is None and len(re.findall(r"\w+", rest)) <= 6
