"""Whether a verb decides, and what: outcome, infinitive, motion content, negation, tally."""

from __future__ import annotations

import functools
import re

from pipeline.lexicon import words
from pipeline.records import Outcome, Vote

from .lexicon import Lex, _alt
from .motionwords import motion_patterns

# A count written with dashes or slashes after an outcome ("Motion passed 5-0", "carried
# 4-1-1", "CARRIED 5/2"): for, against and abstaining; not a code or a date ("7-1", "2023-04").
DASH_TALLY = re.compile(r"(?<![\w/.-])(\d{1,3})\s*[-–/]\s*(\d{1,3})(?:\s*[-–/]\s*(\d{1,3}))?(?![\w/-]|[.,]\d)")
# What may follow an outcome word on its line: a count ("4-1"), then a bracket ("(2 contre)",
# "(Ayes: Lee, Roy; Nays: Kim)").
_COUNT_LEAD = re.compile(r"^\s*(?P<count>\d{1,3}(?:\s*[-–/]\s*\d{1,3}){1,2}(?![\w/-]|[.,]\d))?\s*"
                         r"(?:\((?P<paren>[^()]{1,200})\))?")


@functools.cache
def _counted(lang: str) -> re.Pattern:
    """A count announced ("on a vote of 4 to 10"): for, then against."""
    w = functools.partial(words, lang, "decisions")
    return re.compile(rf"(?<![\w]){_alt(w('vote_count_openers'))}\s+(?P<n>\d{{1,4}})\s*"
                      rf"(?:{_alt(w('vote_count_joiners'))}|[-–])\s*(?P<m>\d{{1,4}})(?!\d)")


def counted_at(lx: Lex, folded: str) -> bool:
    """A count announced opens ``folded`` ("por una votación de 3 a 8"): a vote, not an agent."""
    return bool(_counted(lx.lang).match(folded.lstrip()))


def dash_vote(folded_tail: str) -> Vote | None:
    """The dash count opening the words after an outcome verb ("5-0", " 4-1-1")."""
    m = DASH_TALLY.match(folded_tail.lstrip(" ,:;("))
    if not m:
        return None
    return Vote(votes_for=int(m.group(1)), against=int(m.group(2)),
                abstain=int(m.group(3)) if m.group(3) else None)


def inline_roll(lx: Lex, folded: str) -> Vote | None:
    """A roll call written on one line, each label and its colon before the names it counts
    ("ayes: lee, roy, kim; nays: ortiz", "for: crs lee, roy against: cr kim"); "None" is 0."""
    mp = motion_patterns(lx.lang)
    marks = list(mp.roll_inline.finditer(folded))
    counts: dict[str, int] = {}
    for m, nxt in zip(marks, [*marks[1:], None]):
        seg = re.split(r"[)\]\n]", folded[m.end():nxt.start() if nxt else len(folded)])[0].strip(" ;,.")
        kind = mp.roll_kind[re.sub(r"\s+", " ", m.group("label"))]
        if seg in mp.nobody or seg.isdigit():
            counts.setdefault(kind, int(seg) if seg.isdigit() else 0)
            continue
        names = [p for p in lx.subjects.conj.split(seg.replace(";", ",")) if re.search(r"[^\W\d_]", p)]
        if names:
            counts.setdefault(kind, len(names))
    if "for" not in counts and "against" not in counts:
        return None
    return Vote(votes_for=counts.get("for"), against=counts.get("against"), abstain=counts.get("abstain"))


def closing_vote(lx: Lex, folded_rest: str) -> Vote | None:
    """The count written after an outcome word on its line: "4-1", "5/2", a bracketed
    tally "(2 contre)" or roll "(Ayes: Lee, Roy; Nays: Kim)"; each figure from the first
    that gives it."""
    votes = [v for v in (dash_vote(folded_rest), inline_roll(lx, folded_rest), vote_in(lx, folded_rest)) if v]
    if not votes:
        return None
    pick = lambda field: next((getattr(v, field) for v in votes if getattr(v, field) is not None), None)  # noqa: E731
    return Vote(votes_for=pick("votes_for"), against=pick("against"), abstain=pick("abstain"),
                unanimous=any(v.unanimous for v in votes))


def counted_rest(lx: Lex, rest: str) -> bool:
    """The rest of an outcome line is only its count and/or a bracket holding a tally or a
    roll ("4-1 (Ayes: Lee, Roy; Nays: Kim)", "(2 contre).")."""
    m = _COUNT_LEAD.match(rest)
    if not m or not (m.group("count") or m.group("paren")):
        return False
    if m.group("paren") and not (inline_roll(lx, m.group("paren")) or vote_in(lx, m.group("paren"))):
        return False
    return bool(re.fullmatch(r"\s*[.;,!]?\s*", rest[m.end():]))


def verb_outcome(lx: Lex, verb: str) -> Outcome:
    """The outcome a matched (folded) decision verb gives."""
    return lx.verbs.verb_outcome[re.sub(r"\s+", " ", verb)]


def words_between(folded: str) -> list[str]:
    return re.findall(r"[\w']+", folded)


def not_a_decision(lx: Lex, sent: str, a: int, b: int, passive: bool = False, negated: bool = False) -> bool:
    """True when the verb at ``sent[a:b]`` (folded sentence) is not a decision taken:
    a question, a proposal or plan, reported speech, a negation, a relative clause,
    a background clause, or a past decision mentioned in passing."""
    before, after = sent[:a], sent[b:]
    if sent.rstrip().endswith("?"):
        return True
    ends = [m.end() for m in re.finditer(r"[.!?;]\s*\n", before)]
    before = before[ends[-1]:] if ends else before      # a line that closed a sentence the splitter missed
    before = _reason(lx.lang).sub(lambda r: " " * len(r.group()), before)   # "por entender que X debe ...,"
    if lx.cues.hedges.search(before) or lx.cues.speech.search(before):
        return True
    prev = words_between(before)[-3:]
    if not negated and any(lx.cues.negation.fullmatch(w) for w in prev[-2:]):
        return True
    if prev and prev[-1] in lx.cues.relatives:
        return True
    clause = re.split(r"[,;:()]", before)[-1]
    if any(w in lx.cues.conditionals for w in words_between(clause)):
        return True
    if _inside_relative(lx, words_between(clause), passive) and not lx.verbs.impersonal.search(before):
        return True
    if prev[-2:-1] and prev[-2] in lx.cues.relatives and prev[-1] not in lx.subjects.pronouns:
        return True
    if lx.cues.frames.match(sent) or _subordinate(lx, before, clause):
        return True
    opener = None if lx.cues.process.match(sent) else (lx.cues.openers.match(sent)
                                                        or lx.cues.recall_openers.match(sent))
    if opener:
        comma = sent.find(",", opener.end())
        if comma < 0 or comma > a:
            return True
    clause_end = re.search(r"[;.]", after)
    clause = re.sub(r"\([^()]*\)", " ", after[: clause_end.start() if clause_end else len(after)])
    if lx.cues.past.search(clause[:80]):            # an aside "(following on from last year)" is no past
        return True
    return False


@functools.cache
def _reason(lang: str) -> re.Pattern:
    """A reason given before the decision, up to its comma ("por entender que la cancha debe
    reservarse, se rechaza ..."): its modal or proposal words are not the decision's."""
    openers = words(lang, "decisions", "reason_openers")
    return re.compile(rf"(?<![\w']){_alt(openers)}(?![\w])[^,;.]*," if openers else r"(?!)")


def _subordinate(lx: Lex, before: str, clause: str) -> bool:
    """A subordinator inside the sentence opens the verb's clause ("..., because the plan was
    approved in May", "asked that the fee be compared before it is accepted"); one opening
    the sentence is an opener, read with its comma."""
    m = lx.cues.recall_subordinators.search(clause)
    return bool(m) and bool(before[:len(before) - len(clause) + m.start()].strip(" \n-–—•"))


def _inside_relative(lx: Lex, clause_words: list[str], passive: bool = False) -> bool:
    """True when a relative word opens the clause before the verb and no verb closes
    that relative clause before it: "the budget that the Board approved" (inside), but
    "the motion that meetings be held online was defeated" (closed by "be"). A passive
    has no object to relativise, so a bare "that"/"que" after a noun and not right
    before its auxiliary opens a clause that closed before it ("The motion that the
    society join the federation was carried"); "in which", "dont" still hold it."""
    for i, w in enumerate(clause_words[:-1][:6]):
        if w in lx.cues.relatives:
            if any(v in lx.cues.clause_verbs for v in clause_words[i + 1:]):
                return False
            prev = clause_words[i - 1] if i else ""
            if passive and w in lx.cues.content_relatives and prev and prev not in lx.cues.function_words:
                return False
            return True
    return False


def with_infinitive(lx: Lex, outcome: Outcome, after: str) -> Outcome:
    """The outcome a deciding verb takes from the decision infinitive right after it
    ("Se acuerda por unanimidad aprobar" -> approved, "decided to defer" -> postponed);
    a rejection stays a rejection, and a negation after the verb makes one ("resolved not to")."""
    if outcome == "rejected" or lx.cues.negative_resolution.match(after):
        return "rejected"                 # "It was resolved not to renew", "se resolvió la no aprobación"
    if re.match(rf"^\s*:\s*(?:[^\W\d_]+\s+)?(?:{'|'.join(map(re.escape, lx.cues.negation_words))})\s*[.!]?\s*$", after):
        return "rejected"                 # "The committee decided: probably not"
    m = lx.verbs.infinitive.match(after)
    if m:
        return lx.verbs.infinitive_outcome[re.sub(r"\s+", " ", m.group("inf"))]
    if lx.verbs.postpone.match(after):
        return "postponed"
    return outcome


def vote_in(lx: Lex, folded: str) -> Vote | None:
    """The tally stated in a folded text, if any."""
    counts: dict[str, int] = {}
    for m in (*_counted(lx.lang).finditer(folded), *lx.votes.tally_versus.finditer(folded)):
        counts.setdefault("for", int(m.group("n")))
        counts.setdefault("against", int(m.group("m")))
    labelled = {m.start("n") for m in lx.votes.tally_label.finditer(folded)}
    items = [m for m in lx.votes.tally_item.finditer(folded) if m.start("n") not in labelled]
    for m in (*items, *lx.votes.tally_label.finditer(folded)):    # "A favor: 5\nEn contra: 2": 5 is for
        kind = lx.votes.kinds.get(re.sub(r"\s+", " ", m.group("kind")), "bare")
        kind = "for" if kind == "bare" else kind
        counts.setdefault(kind, int(m.group("n")))
    unanimous = bool(lx.votes.unanimous.search(folded))
    if not counts and not unanimous:
        return None
    return Vote(votes_for=counts.get("for"), against=counts.get("against"),
                abstain=counts.get("abstain"), unanimous=unanimous)


def motion_outcome(lx: Lex, folded: str, m: re.Match) -> Outcome:
    """The outcome of a passive verb; a motion carried takes what the motion does when it
    says so ("Resolution 1, to adopt the Constitution, was carried" -> adopted, as "that the
    accounts be received and adopted"); only adoptions and postponements are so read."""
    outcome = verb_outcome(lx, m.group("verb"))
    if outcome != "approved" or re.sub(r"\s+", " ", m.group("verb")) not in lx.verbs.carrying:
        return outcome
    start = max(folded.rfind(";", 0, m.start()), folded.rfind(":", 0, m.start())) + 1
    for c in lx.verbs.motion_content.finditer(folded, start, m.start()):
        inner = (lx.verbs.infinitive_outcome.get(re.sub(r"\s+", " ", c.group("inf"))) if c.group("inf")
                 else lx.verbs.verb_outcome.get(re.sub(r"\s+", " ", c.group("part"))))
        if inner in ("adopted", "postponed"):
            return inner
    return outcome


def pending_refusal(lx: Lex, verb: str, after: str) -> bool:
    """A refusal verb ("ne retient pas", "does not approve") followed by a pending word
    ("pas encore", "not yet") tells of an open matter, not a rejection."""
    negated = set(re.findall(r"[^\W\d_]+'?", verb)) & lx.cues.negation_words or \
        any(w in lx.cues.negation_words for w in words_between(verb))
    return bool(negated) and bool(lx.cues.pending.search(after[:25]))


def verb_first(lx: Lex, folded: str, a: int) -> bool:
    """The passive auxiliary at ``a`` opens its clause (sentence start or after a
    comma: "Sometida a votación, queda aprobada la propuesta") in a language that
    puts the subject after the participle."""
    start = max(folded.rfind(c, 0, a) for c in ",;:") + 1
    return not folded[start:a].strip(" \n-–—") and bool(lx.verbs.verb_first.match(folded[a:]))


def standalone_ok(m: re.Match, lx: Lex | None = None) -> bool:
    """A standalone outcome or tally line stands alone: nothing but punctuation, the
    next agenda number, a new sentence, or its count ("Carried 4-1 (Ayes: ...)") may follow it."""
    rest = m.group("rest")
    if not rest.strip() or re.match(r"^\s*[.;,)!]", rest) or re.match(r"^\s*\d{1,2}\s*/", rest):
        return True
    if lx is not None and counted_rest(lx, rest):
        return True
    return bool(m.group("tally") or m.group("unan")) and bool(re.match(r"^\s*\.", rest))
