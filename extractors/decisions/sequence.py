"""Neighbouring candidates read together: a tally line as the vote of the sentence
before it, an outcome line closing a matter put to the vote, a numbered resolution label."""

from __future__ import annotations

import functools
import re

from pipeline.lexicon import words
from pipeline.patterns import fold_keep
from pipeline.records import Document

from .candidates import Candidate
from .declarations import declares
from .lexicon import Lex, lexicon_patterns
from .motionwords import motion_patterns
from .outcomes import vote_in
from .tallies import ITEM_NUMBER


def tallies_to_votes(doc: Document, cands: list[Candidate]) -> list[Candidate]:
    """A tally line right after a decision sentence (no agenda item or heading between)
    is that decision's vote, not another decision ("Le Conseil adopte le budget." then
    "Vote : 14 votes pour"); so is an outcome line closing it ("... ainsi corrigé.
    Adoptée à l'unanimité."), which joins the decision's text. The sentence's verb keeps
    the outcome: the closing line reports how the vote on it went."""
    out: list[Candidate] = []
    for i, c in enumerate(cands):
        prev = out[-1] if out else None
        if i + 1 < len(cands) and declares(doc, c, cands[i + 1]):
            out.append(c)                 # "—Se vota y resulta afirmativa." then "Queda sancionada la ...": its vote
            continue
        if (c.kind == "tally" and prev is not None and prev.vote is None
                and prev.kind in ("passive", "active", "impersonal") and not _moved_between(doc, c.lang, prev.end, c.start)
                and not _item_between(lexicon_patterns(c.lang), doc, prev.end, c.start)):
            out[-1] = Candidate(prev.start, prev.end, prev.kind, prev.outcome, prev.lang, prev.body,
                                prev.subject_text, prev.item_text, c.vote)
            continue
        if (c.kind == "standalone" and prev is not None
                and prev.kind in ("passive", "active", "impersonal", "operative")
                and _closes(doc.text, prev.end, c.start)
                and not _item_between(lexicon_patterns(c.lang), doc, prev.end, c.start)):
            out[-1] = Candidate(prev.start, c.end, prev.kind, prev.outcome, prev.lang, prev.body,
                                prev.subject_text, prev.item_text,
                                prev.vote or c.vote or vote_in(lexicon_patterns(c.lang), fold_keep(doc.text[prev.end:c.end])))
            continue
        if (c.kind in ("passive", "active", "impersonal") and c.vote is None and prev is not None
                and (prev.kind == "tally" or prev.kind == "submitted" and _matterless(prev))
                and prev.vote is not None and _closes(doc.text, prev.end, c.start)
                and not _item_between(lexicon_patterns(c.lang), doc, prev.end, c.start)):
            # a ballot's count right before its result ("La liste X : 27 voix" / "Ont été proclamés ...")
            out[-1] = Candidate(c.start, c.end, c.kind, c.outcome, c.lang, c.body, c.subject_text, c.item_text,
                                prev.vote)
            continue
        out.append(c)
    return out


def _moved_between(doc: Document, lang: str, a: int, b: int) -> bool:
    """A motion moved between a decision and a tally ("... is adopted." / "I move that SB 214 do
    pass." / "AYES: ..."): the tally counts that motion, not the decision."""
    return bool(motion_patterns(lang).cue.search(fold_keep(doc.text[a:b])))


def _matterless(c: Candidate) -> bool:
    """A matter put to the vote that names nothing but its count ("The motion was put to
    the vote: 2 in favour, 4 against."): the sentence after it says what was decided."""
    lx = lexicon_patterns(c.lang)
    rest = lx.votes.tally.sub(" ", fold_keep(c.subject_text or ""))
    return not re.sub(r"[\W\d_]+", "", rest)


def submissions_to_decisions(doc: Document, cands: list[Candidate]) -> list[Candidate]:
    """A matter put to the vote and the outcome line closing it ("Se somete a votación
    X, con 9 votos a favor y 2 en contra." then "Aprobado.") are one decision: its text
    runs from the matter to the outcome, which gives the outcome. A matter put to the
    vote with no outcome said is no decision; a bare outcome line closes only one."""
    out: list[Candidate] = []
    for c in cands:
        prev = out[-1] if out else None
        if (c.kind in ("standalone", "tally") and prev is not None and prev.kind == "submitted"
                and _closes(doc.text, prev.end, c.start)
                and not _item_between(lexicon_patterns(c.lang), doc, prev.end, c.start)):
            lx = lexicon_patterns(prev.lang)
            out[-1] = Candidate(prev.start, c.end, "submitted", c.outcome, prev.lang, prev.body,
                                prev.subject_text, None,
                                prev.vote or c.vote or vote_in(lx, fold_keep(doc.text[prev.start:c.end])),
                                True)
            continue
        if prev is not None and prev.kind == "submitted" and not prev.settled:
            out.pop()
        out.append(c)
    if out and out[-1].kind == "submitted" and not out[-1].settled:
        out.pop()
    return out


def _closes(text: str, a: int, b: int) -> bool:
    """An outcome line at ``b`` closes the decision sentence ending at ``a`` when at most
    one short sentence (a tally: "Pour : 9 – Contre : 1.") stands between them."""
    gap = text[a:b].strip()
    return len(gap) <= 80 and len(re.findall(r"[.!?](?:\s|$)", gap)) <= 1


def _label_start(lx: Lex, text: str, c: Candidate, floor: int) -> int | None:
    """Where the numbered resolution label governing ``c`` starts ("DÉLIBÉRATION N°
    2023-04 :", "Decision EC-43/1:", "Acuerdo N.º 4"): at the start of its sentence, or
    on a line above it (after ``floor``) with no agenda item between; else None."""
    if lx.votes.resolution.match(fold_keep(text[c.start:c.end])):
        return c.start
    b = text.rfind("\n", 0, c.start)          # lines wholly above the candidate, nearest first
    for _ in range(12):
        if b < floor:
            break
        a = text.rfind("\n", 0, b) + 1
        if a < floor:
            break
        line = text[a:b]
        b = a - 1
        if lx.votes.resolution.match(fold_keep(line.strip())):
            return a + len(line) - len(line.lstrip())
        if line.strip() and (ITEM_NUMBER.match(line) or lx.votes.item_prefix.match(fold_keep(line))):
            return None
    return None


def resolutions_to_candidates(doc: Document, cands: list[Candidate]) -> list[Candidate]:
    """Numbered resolutions make the record: an outcome line under a resolution label
    with no decision sentence of its own ("DÉLIBÉRATION N° 3 : Budget 2024" ... "Adoptée
    à l'unanimité") is one decision spanning the label, its title and the outcome; and
    where an agenda item closes with a numbered resolution, a decision-like sentence
    earlier in the same item ("La correction est acceptée.") is discussion the
    resolution settles, not a decision of its own."""
    out: list[Candidate] = []
    labelled: list[bool] = []
    floor = label_floor = 0
    for c in cands:
        lx = lexicon_patterns(c.lang)
        start = _label_start(lx, doc.text, c, floor)
        if start is not None and start < c.start and c.kind in ("standalone", "tally"):
            title = doc.text[start:doc.text.find("\n", start) if "\n" in doc.text[start:c.start] else c.start]
            m = lx.votes.resolution.match(fold_keep(title))
            c = Candidate(start, c.end, c.kind, c.outcome, c.lang, c.body,
                          title[m.end():].strip() if m else None, None, c.vote)
        if start is not None and out and not labelled[-1] and _refers_back(lx, c) \
                and not _item_between(lx, doc, out[-1].end, start):
            continue                      # "Se acuerda otorgar X." / "ACUERDO N° 203: Se aprueba según lo señalado."
        if start is not None:
            while out and not labelled[-1] and out[-1].start >= label_floor \
                    and not _item_between(lx, doc, out[-1].end, start):
                out.pop()
                labelled.pop()
        out.append(c)
        labelled.append(start is not None)
        floor = c.end
        if start is not None:
            label_floor = c.end
    return out


@functools.cache
def _back_references(lang: str) -> frozenset[str]:
    return frozenset(fold_keep(w) for w in words(lang, "decisions", "back_references"))


def _refers_back(lx: Lex, c: Candidate) -> bool:
    """A numbered resolution whose words only point at what was said before it ("Se aprueba
    según lo señalado."): the decision sentence before it is the one it records."""
    return fold_keep(c.subject_text or "").strip(" .;,:") in _back_references(lx.lang)


def _item_between(lx: Lex, doc: Document, a: int, b: int) -> bool:
    """A heading or an agenda item line stands between offsets ``a`` and ``b``."""
    if any(a <= s.start < b for s in doc.sections):
        return True
    line_start = doc.text.rfind("\n", 0, b) + 1
    for line in doc.text[a:line_start].split("\n"):
        if line.strip() and (ITEM_NUMBER.match(line) or lx.votes.item_prefix.match(fold_keep(line))):
            return True
    return False
