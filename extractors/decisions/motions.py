"""An outcome line closes the motion above it: "Carried.", "ADOPTÉ à l'unanimité", "13 votes
pour", "Fue aprobada.", "RESULT: FAILED" decide the motion moved before them ("I move that
...", "THEREFORE BE IT RESOLVED that ...", "made a motion ... to continue this item", an
"Approve the ..." recommendation), else the agenda item they close (its heading, and its body
when short). Motions are read as a stack: a procedural motion moved while another is pending
("suspension of the rules") is decided first; a referral ("automatic referral", "notice of
motion") postpones the pending motion. Text in quotation marks is reported speech: nothing in
it is a decision of this meeting (``mask_quotes`` blanks it before anything is read).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.patterns import fold_keep
from pipeline.records import Document, Outcome, Vote
from pipeline.text import Span, collapse, sentences

from .bare import declares_motion, is_bare
from .candidates import Candidate, document_to_sentences
from .declarations import votes_to_declarations
from .informal import TURN_LABEL
from .lexicon import Lex, lexicon_patterns
from .motionwords import Motions, motion_patterns
from .movers import moved_words, mover_header, without_body_verb
from .rolls import bracket_vote, roll_below, roll_vote
from .subjects import strip_item

LIMIT = 900           # an item body up to this long is the motion its bare outcome closes
_LABEL_ONLY = re.compile(r"[A-ZÀ-Ý][^\n.?!:]{0,50}:")    # a speaker's label alone ("The Speaker:")
_GAP = 200            # words this short between a motion and its outcome are part of its text
_REACH = 1500         # a referral announced before a formal motion reaches this far
# An agenda item line: "1.", "6.-", "2/", "5.1 Title", "3 — Title", "IV.", "III Title", "A/".
_ITEM_LINE = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})+\s+|\d{1,2}\s*[/.)°-]+|\d{1,2}\s+[–—]\s|[IVXLC]{1,5}\s*[/.)-]"
                        r"|[IVXLC]{1,5}\s+(?=[A-ZÀ-Ý])|[A-Z]\s*[/)])\s*(?=[^\W\d_])")
# A heading that is a speaker's label and words ("Councillor Havixbeck: Five"), not an item.
_NAME_LABEL = re.compile(r"^[A-ZÀ-Ý][\w.'’-]*(?:\s+[A-ZÀ-Ý][\w.'’-]*){0,3}\s*:\s*\S")
_QUOTE_PAIRS = {"“": "”", "«": "»"}


@dataclass(frozen=True)
class Motion:
    """A motion put to the body, before its outcome: where its words are and what it is about."""
    start: int
    end: int
    kind: str          # "spoken" ("I move that"), "formal" (a resolution block), "action" ("Approve the ...")
    lang: str
    subject: str


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Spans between typographic quotation marks (“...”, «...»): quoted speech."""
    out: list[tuple[int, int]] = []
    pos = 0
    while True:
        m = re.compile("[“«]").search(text, pos)
        if m is None:
            return out
        close = text.find(_QUOTE_PAIRS[m.group()], m.end())
        if close < 0:
            return out
        out.append((m.start(), close + 1))
        pos = close + 1


def mask_quotes(text: str) -> str:
    """``text`` with quoted speech blanked (same length, line breaks kept): a quotation of
    a sentence or more (“Este Concejo aprobó que ...”), not a quoted title (« Charte »)."""
    out = list(text)
    for a, b in quote_spans(text):
        inner = text[a + 1:b - 1]
        if len(inner.split()) >= 8 or re.search(r"[.;!?]\s", inner):
            out[a:b] = [c if c == "\n" else " " for c in text[a:b]]
    return "".join(out)


def _paragraph_end(text: str, end: int) -> int:
    nxt = text.find("\n\n", end)
    return len(text) if nxt < 0 else nxt


def _motion_in(doc: Document, span: Span, mp: Motions, lang: str) -> Motion | None:
    """The motion ``span`` puts to the body, if it does; a mover line with nothing moved
    yet ("Moved by X, Seconded by Y,") is the header of the block below, not a motion."""
    folded = fold_keep(span.text)
    cues = list(mp.cue.finditer(folded))
    m = cues[-1] if cues else None          # "Sur proposition de X, il est proposé de ...": the last says what
    if m is not None:
        if span.text.rstrip().endswith(",") or _refers(mp, folded, m):
            return None
        end = _paragraph_end(doc.text, span.end)
        end = end if end - span.start <= 600 else span.end
        if span.text.rstrip().endswith(":"):              # "Il est proposé au Conseil :" then what
            nxt = sentences(doc.text, span.end, min(len(doc.text), span.end + 1500))
            end = max(end, nxt[0].end) if nxt else end
        subject = moved_words(mp, lang, doc.text[span.start + m.end():end], bool(mp.mover.fullmatch(m.group())))
        return None if subject is None else Motion(span.start, end, "spoken", lang, subject)
    a = mp.action.match(folded)
    if a is not None:
        return Motion(span.start, span.end, "action", lang, span.text[a.start("inf"):])
    c = mp.clause.match(span.text)
    before = doc.text[:span.start].rstrip(" \t")
    if c is not None and (not before or before.endswith("\n")) and not span.text.rstrip().endswith("?"):
        return Motion(span.start, span.end, "spoken", lang, without_body_verb(mp, span.text[c.end():]))
    return None


def _refers(mp: Motions, folded: str, cue: re.Match) -> bool:
    """A motion named, not moved: a motion noun right before the cue and no clause saying
    what it does after it ("The question before the House is the amendment moved by the
    Member for Red Willow.")."""
    before = folded[:cue.start()].rstrip()
    if not mp.noun_end.search(before):
        return False
    return not mp.content.search(folded[cue.end():])


def document_to_motions(doc: Document, spans: list[Span], langs: tuple[str, ...]) -> list[Motion]:
    """Every motion moved in ``doc``, in text order; the resolution under a mover line
    ("Moved by X, Seconded by Y," ... "THEREFORE BE IT RESOLVED that ...") is formal."""
    out: list[Motion] = []
    header = -1
    for span in spans:
        for lang in langs:
            mp = motion_patterns(lang)
            motion = _motion_in(doc, span, mp, lang)
            if motion is None:
                if mp.cue.search(fold_keep(span.text)) and span.text.rstrip().endswith(",") \
                        or mover_header(mp, span.text):
                    header = span.end
                continue
            if motion.kind == "spoken" and 0 <= header and motion.start - header <= _REACH:
                motion = Motion(motion.start, _paragraph_end(doc.text, span.end), "formal", lang, motion.subject)
            header = -1
            out.append(motion)
            break
    return out


def _not_item(lxs: list[Lex], heading: str) -> bool:
    """A heading that is an outcome, a tally, a roll-call label or a speaker's words."""
    if _NAME_LABEL.match(heading) and not heading[:1].isdigit():
        return True
    f = fold_keep(heading)
    for lx in lxs:
        mp = motion_patterns(lx.lang)
        sm = lx.votes.standalone_line.match(f)
        if (sm and (sm.group("verb") or sm.group("tally"))) or mp.result.search(f) or mp.roll.match(f) \
                or lx.votes.labelled_line.match(f):
            return True
    return False


def document_to_items(doc: Document, lxs: list[Lex]) -> list[tuple[int, int]]:
    """Agenda items as (start, end of their heading): headings that open an item, and
    numbered item lines in the body."""
    out: set[tuple[int, int]] = set()
    for s in doc.sections:
        if not _not_item(lxs, collapse(s.heading)):
            out.add((s.start, min(len(doc.text), s.start + len(s.heading) + s.heading.count("\n") + 2)))
    pos = 0
    for line in doc.text.split("\n"):
        if line.strip() and (_ITEM_LINE.match(line) or any(lx.votes.item_prefix.match(fold_keep(line)) for lx in lxs)):
            indent = len(line) - len(line.lstrip())
            out.add((pos + indent, pos + len(line)))
        pos += len(line) + 1
    return sorted(out)


def _item_at(items: list[tuple[int, int]], pos: int) -> tuple[int, int] | None:
    best = None
    for item in items:
        if item[0] > pos:
            break
        best = item
    return best


def _item_of(doc: Document, items: list[tuple[int, int]], pos: int) -> tuple[int, int] | None:
    """The item ``pos`` is in; a numbered paragraph whose line holds only the outcome at
    ``pos`` ("2. Il en est ainsi décidé.", "12. Carried.") is no item of its own."""
    item = _item_at(items, pos)
    if item and item[0] <= pos <= item[1] and re.fullmatch(r"\s*\d{1,3}\s*[.)]\s*", doc.text[item[0]:pos]):
        return _item_at([x for x in items if x != item], pos)
    return item


def lines_to_result_candidates(doc: Document, lang: str) -> list[Candidate]:
    """Vote-result fields ("RESULT: APPROVED [UNANIMOUS]", "Resultado de la Votación:
    NEGATIVO"): an outcome line whose tally is in brackets or in the roll call below it."""
    lx, mp = lexicon_patterns(lang), motion_patterns(lang)
    out: list[Candidate] = []
    for a, b in _line_spans(doc.text):
        line = doc.text[a:b]
        m = mp.result.search(fold_keep(line))
        if not m:
            continue
        below = doc.text.find("\n\n\n", b)
        section_end = min([s.start for s in doc.sections if s.start > b] + [len(doc.text)])
        vote = bracket_vote(lx, line) or roll_vote(doc, lx, b, min(section_end, below if below > 0 else section_end))
        start = a + len(line) - len(line.lstrip())
        out.append(Candidate(start, b, "standalone", mp.result_outcome[re.sub(r"\s+", " ", m.group("value"))],
                             lang, vote=vote))
    return out


def _line_spans(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def motion_outcome(mp: Motions, outcome: Outcome, motion_text: str) -> Outcome:
    """A carried motion takes what it says it does ("move adoption of ..." -> adopted,
    "to continue this item" -> postponed); any other outcome stands."""
    if outcome != "approved":
        return outcome
    folded = fold_keep(motion_text)
    found = [(m.start(), cue_outcome) for cue_outcome, rx in mp.outcome_cues for m in [rx.search(folded)] if m]
    if found:                                 # the first thing moved: "be now read a second time and be referred"
        return min(found)[1]
    clause = mp.clause_verb.search(folded)                 # "that Council defer ..." carried -> postponed
    if clause:
        return mp.clause_outcome[re.sub(r"\s+", " ", clause.group("inf"))]
    return outcome


# --------------------------------------------------------------------------- closing


@dataclass
class _Reading:
    """What is pending while the document is read in order."""
    pending: list[Motion]
    out: list[Candidate]
    items: list[tuple[int, int]]
    last: int = 0                                   # end of the last decision or outcome
    announced: tuple[int, int] | None = None        # a referral said before its motion
    results: frozenset[str] = frozenset()           # vote-result lines already read


def _close(doc: Document, m: Motion, a: int, b: int, outcome: Outcome, vote: Vote | None) -> Candidate:
    """The decision a motion becomes once the outcome at ``a:b`` closes it: a carried motion
    does what its infinitive says when the closing word only says it was adopted or
    decided ("propose d'attribuer ..." then "ADOPTÉ" -> approved; "souhaite adopter ..."
    then "Il en est ainsi décidé." -> adopted; "RESULT: APPROVED" stands)."""
    lx = lexicon_patterns(m.lang)
    inf = lx.verbs.infinitive.match(fold_keep(m.subject)) if outcome in ("adopted", "agreed") else None
    if inf:
        outcome = lx.verbs.infinitive_outcome[re.sub(r"\s+", " ", inf.group("inf"))]
    decided = motion_outcome(motion_patterns(m.lang), outcome, doc.text[m.start:m.end])
    if outcome == "agreed":                   # "so ordered" on "I move that SJR 6 be held over": what it moves
        decided = motion_outcome(motion_patterns(m.lang), "approved", doc.text[m.start:m.end])
        decided = "agreed" if decided == "approved" else decided
    near = a <= m.end or len(doc.text[m.end:a].strip()) <= _GAP and not any(m.end <= s.start < a for s in doc.sections)
    pieces = ((m.start, max(m.end, b)),) if near and b >= m.start else ((m.start, m.end), (a, b))
    return Candidate(m.start, max(m.end, b), "motion", decided, m.lang, subject_text=m.subject, vote=vote,
                     pieces=pieces, moved=True)


def _fallback(doc: Document, r: _Reading, c: Candidate) -> Candidate | None:
    """A bare outcome with no motion pending closes its agenda item (heading, and body when
    short); with no item heading since the last decision, the short text since then."""
    lx, mp = lexicon_patterns(c.lang), motion_patterns(c.lang)
    item = _item_of(doc, r.items, c.start)
    named = doc.text.rfind(c.item_text.strip(), r.last, c.start) if c.item_text else -1
    if named >= 0 and (not item or named > item[0]):
        item = (named, named + len(c.item_text.strip()))     # the tally's own item ("... 3/ Travaux")
    outcome, subject = c.outcome, None
    if item and item[0] >= r.last:
        a, heading_end = item
        pieces = ((a, c.end),) if c.start - a <= LIMIT else ((a, heading_end), (c.start, c.end))
        heading = doc.text[a:heading_end]
        subject = strip_item(lx, collapse(heading))
        outcome = motion_outcome(mp, outcome, heading)
        prev = r.out[-1] if r.out else None
        if outcome == "approved" and prev and prev.kind == "motion" and prev.outcome == "adopted" \
                and 0 <= a - prev.end <= 80:
            outcome = "adopted"               # an item held from the consent motion just carried
    else:
        a = r.last + len(doc.text[r.last:c.start]) - len(doc.text[r.last:c.start].lstrip())
        gap = doc.text[a:c.start]
        said = "".join(x.text for x in sentences(gap) if not x.text.rstrip().endswith("?"))
        if len(said.strip()) < 10 or len(gap) > LIMIT or mp.referral.search(fold_keep(gap)):
            return None                       # nothing but the call to vote ("All those in favour?")
        pieces = ((a, c.end),)
    vote = c.vote or roll_vote(doc, lx, a, c.start)
    return Candidate(a, c.end, "motion", outcome, c.lang, c.body, subject, c.item_text, vote, True, pieces)


def _names_its_matter(doc: Document, c: Candidate) -> str | None:
    """The subject of a bare outcome that names what it decides ("The proposal was rejected.")."""
    m = motion_patterns(c.lang).bare.match(fold_keep(doc.text[c.start:c.end]))
    return doc.text[c.start + m.start("noun"):c.start + m.end("noun")] if m and m.group("noun") else None


def _result_line(doc: Document, c: Candidate) -> str | None:
    """The folded line of a vote-result field ("Resultado de la Votación: NEGATIVO")."""
    line = fold_keep(doc.text[c.start:c.end]).strip()
    return line if motion_patterns(c.lang).result.search(line) else None


def _on_outcome(doc: Document, r: _Reading, c: Candidate | None, span: tuple[int, int], lang: str) -> None:
    """A bare outcome (``c``) or a referral (``c`` None) closes the motion on top of the
    pending ones in its item (with the recommendations listed just before it); a referral
    with nothing pending announces the next formal motion's fate."""
    a, b = span
    item = _item_of(doc, r.items, a)
    floor = item[0] if item else 0
    live = [m for m in r.pending if m.start >= floor and m.end <= a]
    if c is not None and _result_line(doc, c):
        if _result_line(doc, c) in r.results and not any(m.start >= r.last for m in live):
            return                            # a running header repeating the vote result (not a vote
        r.results = r.results | {_result_line(doc, c)}    # worded as the last one, on a motion just moved)
    if c is not None and _repeats(doc, r, c):
        r.last = b                            # "I declare the amendment lost." then "Amendment negatived."
        return
    if live:
        closing = [live[-1]]
        if closing[0].kind == "action":
            i = r.pending.index(closing[0])
            while i > 0 and r.pending[i - 1].kind == "action" and r.pending[i - 1].start >= r.last:
                i -= 1
                closing.insert(0, r.pending[i])
        lx = lexicon_patterns(lang)
        vote = (c.vote if c else None) or (bracket_vote(lx, doc.text[a:b]) if c else None) \
            or roll_vote(doc, lx, closing[-1].end, a) or roll_below(doc, lx, a, b)
        for m in closing:
            r.pending.remove(m)
            r.out.append(_close(doc, m, a, b, c.outcome if c else "postponed", vote))
        r.last, r.announced = b, None
    elif c is None and _declared_referral(doc, r, a):
        prev = r.out[-1]                      # "—Se vota y resulta afirmativa." / "El expediente vuelve a la Comisión"
        r.out[-1] = Candidate(prev.start, b, prev.kind, "postponed", prev.lang, prev.body, prev.subject_text,
                              prev.item_text, prev.vote, prev.settled, (*(prev.pieces or ((prev.start, prev.end),)), (a, b)),
                              moved=prev.moved)
        r.last = b
    elif c is None:
        held = Candidate(a, b, "standalone", "postponed", lang)
        found = _fallback(doc, r, held) if item and item[0] >= r.last else None
        if found is not None:                 # "6.12 Permis de végétaliser" / "À traiter dans la commission X."
            r.out.append(found)
            r.last = b
        else:
            r.announced = span
    else:
        found = _fallback(doc, r, c) if c.settled else None     # a count line closes only a motion
        if found is not None:
            r.out.append(found)
        elif c.kind == "passive":             # "The motion was defeated on a vote of 4 to 10." with nothing above
            r.out.append(c)
        elif _names_its_matter(doc, c):       # "La propuesta fue rechazada." with nothing above
            r.out.append(Candidate(c.start, c.end, c.kind, c.outcome, c.lang, c.body, _names_its_matter(doc, c),
                                   c.item_text, c.vote))
        r.last = b


def _declared_referral(doc: Document, r: _Reading, a: int) -> bool:
    """A referral the chair declares right after the vote that closed a motion to refer (nothing
    but a turn label between): it says where the matter went ("El expediente vuelve a la Comisión")."""
    prev = r.out[-1] if r.out else None
    if prev is None or prev.kind != "motion" or prev.outcome != "postponed" or prev.end > a or r.pending:
        return False                          # (a bill read and then referred as it must be stays read)
    gap = doc.text[prev.end:a].strip()
    return not gap or bool(TURN_LABEL.fullmatch(gap))


def _repeats(doc: Document, r: _Reading, c: Candidate) -> bool:
    """An outcome line right after the motion just closed (nothing but a speaker's label
    between) says that outcome again."""
    prev = r.out[-1] if r.out else None
    if prev is None or prev.kind != "motion" or prev.end > c.start:
        return False
    gap = doc.text[prev.end:c.start].strip()
    if c.item_text and c.item_text.strip() in gap:
        return False                          # "Vote du budget 2021 :" then "15 pour": its own item
    if any(m.start >= prev.end for m in r.pending) or any(prev.end <= s.start < c.start for s in doc.sections):
        return False                          # a motion moved since, or a new item
    return not gap or bool(_LABEL_ONLY.fullmatch(gap))


def _on_motion(doc: Document, r: _Reading, m: Motion) -> None:
    if r.announced and m.kind == "formal" and m.start - r.announced[1] <= _REACH:
        r.out.append(_close(doc, m, *r.announced, "postponed", None))
        r.last, r.announced = m.end, None
        return
    r.announced = None
    r.pending.append(m)


def _on_decision(doc: Document, r: _Reading, c: Candidate) -> None:
    """A decision sentence settles the motions pending in its item; one that declares the
    motion just moved carried, naming its matter ("I move approval of the minutes." / "Without
    objection, the minutes are approved."), is that motion's decision."""
    item = _item_at(r.items, c.start)
    floor = item[0] if item else 0
    live = [m for m in r.pending if m.start >= floor and m.end <= c.start]
    r.pending = [m for m in r.pending if m.start < floor]
    if live and declares_motion(doc, live[-1], c):
        c = _close(doc, live[-1], c.start, c.end, c.outcome, c.vote)
    r.out.append(c)
    r.last, r.announced = max(r.last, c.end), None


def _clipped(m: Motion, starts: list[int]) -> Motion:
    """The motion's words stop where an outcome or decision begins ("... Meeting. Motion approved.")."""
    end = min([x for x in starts if m.start < x < m.end] + [m.end])
    return Motion(m.start, end, m.kind, m.lang, m.subject[:max(0, len(m.subject) - (m.end - end))])


def outcomes_to_motions(doc: Document, cands: list[Candidate], langs: tuple[str, ...]) -> list[Candidate]:
    """Every decision with its motion: bare outcomes become the motion or item they close,
    or are dropped when they close nothing and name nothing."""
    cands = votes_to_declarations(doc, sorted(cands, key=lambda c: c.start), is_bare)
    full = [c for c in cands if not is_bare(doc, c)]

    def free(a: int, b: int) -> bool:
        return not any(c.start < b and a < c.end for c in full)

    spans = document_to_sentences(doc)
    starts = sorted(c.start for c in cands)
    events: list[tuple[int, int, object]] = [(m.start, 0, _clipped(m, starts))
                                             for m in document_to_motions(doc, spans, langs)
                                             if free(m.start, m.start + 1)]
    events += [(c.start, 1, c) for c in cands]
    headings = [(x.start, x.start + len(x.heading)) for x in doc.sections]
    for s in spans:
        lang = next((lg for lg in langs if motion_patterns(lg).referral.search(fold_keep(s.text))), None)
        if lang and free(s.start, s.end) and not any(a <= s.start and s.end <= b + 2 for a, b in headings):
            events.append((s.start, 2, (s, lang)))
    r = _Reading([], [], document_to_items(doc, [lexicon_patterns(lg) for lg in langs]))
    for _, kind, obj in sorted(events, key=lambda e: (e[0], e[1])):
        if kind == 0:
            _on_motion(doc, r, obj)
        elif kind == 2:
            _on_outcome(doc, r, None, (obj[0].start, obj[0].end), obj[1])
        elif is_bare(doc, obj):
            _on_outcome(doc, r, obj, (obj.start, obj.end), obj.lang)
        else:
            _on_decision(doc, r, obj)
    return sorted(r.out, key=lambda c: c.start)
