"""Lines to decision candidates: numbered operative clauses, outcome and tally lines
("14 votes pour", "ADOPTÉ à l'unanimité", "Vote de X : 15 pour") and the agenda item each decides."""

from __future__ import annotations

import functools
import re

from pipeline.lexicon import words
from pipeline.patterns import fold_keep
from pipeline.records import Document, Vote
from pipeline.text import sentences

from .candidates import Candidate
from .lexicon import Lex, _alt, lexicon_patterns, tally_kinds, verb_forms
from .outcomes import closing_vote, counted_rest, standalone_ok, verb_outcome, vote_in, with_infinitive

ITEM_NUMBER = re.compile(
    r"^\s*(?:\d{1,2}\s*[/.)°-]|\d{1,2}\s+[–—]\s|[IVXLC]{1,5}(?:\s*[/.)-]|\s)|[A-Z]\s*[/)])\s*(?=[^\W\d_])")
_NUMBER_OPENS = re.compile(r"^\s*\d{1,3}\s*[.)]\s+[A-ZÀ-Ý]")
_NEXT_NUMBER = re.compile(r"\n[ \t]*\d{1,3}\s*[.)]\s")
_GLUED_ITEM = re.compile(r"(?<=[^\W\d_]|[.])(\d{1,2}\s*/\s*[A-ZÀ-Ý].*)$")


def _lines(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _item_text(lx: Lex, text: str, lines: list[tuple[int, int]], i: int, floor: int) -> str | None:
    """The agenda item a tally on line ``i`` decides: the nearest line above (not before
    ``floor``) that is numbered or starts with a vote prefix ("Vote du budget :")."""
    for j in range(i - 1, max(-1, i - 40), -1):
        a, b = lines[j]
        if b <= floor:
            break
        line = text[a:b]
        if not line.strip():
            continue
        if j == i - 1 and line.rstrip().endswith(":") and len(line) < 100 \
                and not lx.votes.tally_item.search(fold_keep(line)):
            return line
        if lx.votes.item_prefix.match(fold_keep(line)) or ITEM_NUMBER.match(line):
            return line
        glued = _GLUED_ITEM.search(line)
        if glued:
            return glued.group(1)
    return None


def lines_to_tally_candidates(doc: Document, lang: str, floors: tuple[int, ...] = ()) -> list[Candidate]:
    """Agenda-item outcomes written as a line of their own: "14 votes pour",
    "11 votes pour / 3 abstentions", "ADOPTÉ à l'unanimité", "Vote de X : 15 pour"."""
    lx = lexicon_patterns(lang)
    text = doc.text
    lines = _lines(text)
    out: list[Candidate] = []
    floor = 0
    section_starts = sorted(s.start for s in doc.sections)
    for i, (a, b) in enumerate(lines):
        line = text[a:b]
        first = re.sub(r"^[^\w]+", "", line)[:1]         # past a bullet glyph ("\uf0c4 ADOPTÉ")
        if not line.strip() or not (first.isupper() or first.isdigit()):
            continue
        folded = fold_keep(line)
        op = lx.verbs.operative.match(folded)
        if op or _NUMBER_OPENS.match(line):
            found = _operative(lx, text, a, b, op)
            if found is not None:
                out.append(found)
            continue
        m = lx.votes.standalone_line.match(folded)
        if not m or not (m.group("tally") or m.group("verb")) or not standalone_ok(m, lx):
            m = lx.votes.labelled_line.match(folded)
            if not m or not standalone_ok(m, lx):
                continue
        label_only = bool(m.group("prefix")) and bool(lx.votes.vote_label.fullmatch(m.group("prefix")))
        if m.group("tally") and not m.group("verb") and not m.group("prefix"):
            alone = not m.group("rest").strip(" .") and _ends_paragraph(text, lines, i)
            if not (_after_break(text, lines, i) or alone):
                continue                  # alone: a tally closing its paragraph after an unpunctuated line
            items = list(lx.votes.tally_item.finditer(m.group("tally")))
            if len(items) == 1 and lx.votes.kinds.get(re.sub(r"\s+", " ", items[0].group("kind"))) == "bare" \
                    and m.group("rest").strip():
                continue
        vote = vote_in(lx, folded[m.start("tally"):m.end("tally")] if m.group("tally")
                       else folded[: m.start("rest")])
        counted = counted_rest(lx, m.group("rest"))       # "Carried 4-1 (Ayes: Lee, Roy; Nays: Kim)"
        if counted:
            vote = _with_count(vote, closing_vote(lx, m.group("rest")))
        opener = _opener(lang).match(m.group("prefix") or "") if "prefix" in m.re.groupindex else None
        if m.group("verb") or opener:     # "ADOPTÉ — 13 votants : 9 pour": the label is the outcome
            outcome = verb_outcome(lx, m.group("verb") or opener.group("verb"))
        elif vote and vote.against is not None and (vote.votes_for or 0) <= vote.against:
            outcome = "rejected"
        else:
            outcome = "approved"
        end = a + (m.end("tally") if m.group("tally") else m.start("rest"))
        end = max(end, a + len(line[: m.start("rest")].rstrip()), a + len(line.rstrip()) if counted else 0)
        sec_floor = max([s for s in section_starts if s <= a], default=0)
        item = (line[: m.end("prefix")] if m.group("prefix") and not opener and not label_only
                else _item_text(lx, text, lines, i, max(floor, sec_floor)))     # "Votación: 7 a favor" is bare
        out.append(Candidate(a + (len(line) - len(line.lstrip())), end, "tally", outcome, lang,
                             item_text=item, vote=vote))
        floor = end
    return out


@functools.cache
def _opener(lang: str) -> re.Pattern:
    """An outcome word opening a tally's label ("adopte — 13 votants"), folded."""
    return re.compile(rf"^[^\w\n]*(?P<verb>{_alt(verb_forms(lang)[1]['standalone'])})(?![\w])")


@functools.cache
def _count_line(lang: str) -> re.Pattern:
    """A line of counts after their labels only ("Pour : 9 – Contre : 1", "Votos a favor: 5")."""
    tword = _alt(tally_kinds(lang))
    return re.compile(rf"^[^\w\n]*(?:(?:{tword})\s*:\s*\d{{1,4}}(?!\d)[\s,;/–—.-]*){{1,4}}$")


def lines_to_count_candidates(doc: Document, lang: str) -> list[Candidate]:
    """Lines of labelled counts, those in a row read as one tally ("Votos a favor: 5" /
    "Votos en contra: 2" / "Abstenciones: 0"): the vote of the decision above, else an outcome
    that closes the motion moved above (approved unless the count against is as large); alone
    under an item they may count anything (a poll: "Pour : 49 Contre : 33"), so ``settled``
    False: they never close an item by themselves."""
    lx, rx = lexicon_patterns(lang), _count_line(lang)
    out: list[Candidate] = []
    block: list[tuple[int, int]] = []
    for a, b in [*_lines(doc.text), (len(doc.text), len(doc.text))]:
        if a < len(doc.text) and rx.match(fold_keep(doc.text[a:b])):
            block.append((a, b))
            continue
        if block:
            start, end = block[0][0], block[-1][1]
            vote = vote_in(lx, fold_keep(doc.text[start:end]))
            if vote and (vote.votes_for is not None or vote.against is not None):
                outcome = "rejected" if vote.against is not None and (vote.votes_for or 0) <= vote.against else "approved"
                start += len(doc.text[start:end]) - len(doc.text[start:end].lstrip())
                out.append(Candidate(start, end, "tally", outcome, lang, vote=vote, settled=False))
        block = []
    return out


def _with_count(vote: Vote | None, count: Vote | None) -> Vote | None:
    """The line's tally completed by the count after its outcome word (unanimity kept)."""
    if vote is None or count is None:
        return vote or count
    return Vote(votes_for=vote.votes_for if vote.votes_for is not None else count.votes_for,
                against=vote.against if vote.against is not None else count.against,
                abstain=vote.abstain if vote.abstain is not None else count.abstain,
                unanimous=vote.unanimous or count.unanimous)


def _operative(lx: Lex, text: str, a: int, b: int, op: re.Match | None) -> Candidate | None:
    """A numbered operative paragraph: its deciding verb right after the number ("3.
    Decides to adopt" -> adopted), or coordinated after a verb that decides nothing ("1.
    Acoge con beneplácito el trabajo ... y toma nota del informe")."""
    words_at = a + re.match(r"^\s*\d{1,3}\s*[.)]\s*", text[a:b]).end()      # past the paragraph's number
    para = sentences(text, words_at, min(len(text), a + 3000))
    end = para[0].end if para else b
    numbered = _NEXT_NUMBER.search(text, b, end + 2)         # "1. Takes note of X;" then "2. Decides ..."
    end = numbered.start() if numbered else end
    if op is not None:
        verb_start, verb_end, verb = a + op.start("verb"), a + op.end("verb"), op.group("verb")
    else:
        co = _coordinated(lx.lang).search(fold_keep(text[a:end]))
        if co is None:
            return None
        verb_start, verb_end, verb = a + co.start("verb"), a + co.end("verb"), co.group("verb")
    outcome = with_infinitive(lx, verb_outcome(lx, verb), fold_keep(text[verb_end:end]))
    line = text[a:b]
    return Candidate(a + (len(line) - len(line.lstrip())), end, "operative", outcome, lx.lang,
                     subject_text=text[verb_end:end])


@functools.cache
def _coordinated(lang: str) -> re.Pattern:
    fin = _alt(verb_forms(lang)[1]["present"])
    return re.compile(rf"[,;]?\s+{_alt(words(lang, 'decisions', 'conjunctions'))}\s+(?:{_alt(words(lang, 'decisions', 'adverbs'))}\s+)?"
                      rf"(?P<verb>{fin})(?![\w])")


def _after_break(text: str, lines: list[tuple[int, int]], i: int) -> bool:
    """A tally line must follow a sentence end, a colon, a blank or a short item line
    (else it is the middle of a sentence that happens to start with a number)."""
    for j in range(i - 1, -1, -1):
        a, b = lines[j]
        prev = text[a:b].rstrip()
        if not prev:
            return True
        return prev[-1] in ".:!?)»\"" or len(prev) < 80
    return True


def _ends_paragraph(text: str, lines: list[tuple[int, int]], i: int) -> bool:
    """A line closes its paragraph: a blank line or the end of the text follows it (a tally
    alone on its line there closes its item even after a line with no final stop)."""
    if i + 1 >= len(lines):
        return True
    a, b = lines[i + 1]
    return not text[a:b].strip()
