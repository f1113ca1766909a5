"""Decisions of a body recorded in a document, in French, English and Spanish.

Regex and lexicon driven (every language word lives in ``pipeline/lexicon/*.toml``,
section ``[decisions]``). Stages: the document is cut into sentences that never cross a
heading (``document_to_sentences``); sentences and lines yield candidates
(``sentences_to_candidates``: passive "a été approuvé", active "Le Conseil a validé",
impersonal "se aprobó", operative "1. Decides"; ``lines_to_tally_candidates``: an agenda
item's tally "14 votes pour" or "ADOPTÉ à l'unanimité"); each candidate becomes a typed
``Decision`` (``candidate_to_decision``) with outcome, vote, body, subject key and refs.
Precision first: proposals, plans, questions, reported speech and background clauses
are dropped.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

from pipeline.lexicon import SUPPORTED, words
from pipeline.records import Decision, Document, Meeting, Outcome, Vote
from pipeline.text import Span, collapse, fold, provenance, sentences, stable_id

NAME = "decisions"
VERSION = "0.2.0"

OUTCOMES: tuple[Outcome, ...] = ("approved", "adopted", "rejected", "postponed", "agreed")
CandidateKind = Literal["passive", "active", "impersonal", "operative", "standalone", "tally", "submitted"]

# Document codes: "document Consortium 7-1", "documents 7-6", and UN decision symbols "2/CMA.3".
_UN_CODE = re.compile(r"(?<![\w/])(\d{1,3}/[A-Z]{2,5}\.\d{1,2})(?![\w])")
# A code after a document word: "7-1", "AGM 9-1", "EC-43/3" and "EC/43/3" (a body tag
# glued to the numbers is dropped: "43/3").
_DASH_CODE = r"(?:[A-Z]{1,8}[-/.])?((?<!\d)(?<!\d/)\d{1,2}-\d{1,2}[a-z]?|(?<!\d)(?<!\d/)\d{1,3}/\d{1,3}[a-z]?)(?![\w/-])"
# A document symbol standing alone, body tag and numbers joined by slashes ("(SCF/5/1)",
# "document EC/43/3"): the tag is dropped ("5/1"). Two slashes make it a symbol, not a date.
_SYMBOL_CODE = re.compile(r"(?<![\w/.-])[A-Z]{2,8}/(\d{1,3}/\d{1,3}[a-z]?)(?![\w/-])")
_ITEM_NUMBER = re.compile(
    r"^\s*(?:\d{1,2}\s*[/.)°-]|[IVXLC]{1,5}(?:\s*[/.)-]|\s)|[A-Z]\s*[/)])\s*(?=[^\W\d_])")
_GLUED_ITEM = re.compile(r"(?<=[^\W\d_]|[.])(\d{1,2}\s*/\s*[A-ZÀ-Ý].*)$")
_YEAR_SPAN = re.compile(r"(?<![\d.,/-])((?:19|20)\d\d(?:\s*[-–/]\s*(?:19|20)?\d\d)?)(?![\d.,]\d)")
_QUOTES = "\"«»“”„"


def fold_keep(text: str) -> str:
    """``fold`` without collapsing: one output character per input character, so spans
    found in the folded text are spans of the original."""
    out = []
    for c in text:
        if c in "’‘`´":
            out.append("'")
            continue
        base = "".join(d for d in unicodedata.normalize("NFKD", c) if not unicodedata.combining(d))
        low = base.lower() if len(base) == 1 else c.lower()
        out.append(low[0] if low else c)
    return "".join(out)


# --------------------------------------------------------------------------- patterns


def _phrase(p: str) -> str:
    """A folded lexicon phrase as a regex: spaces match any whitespace, apostrophes
    may be followed by space."""
    f = fold(p)
    parts = [re.escape(w) for w in f.split(" ")]
    rx = r"\s+".join(parts)
    return rx.replace("'", r"'\s*")


def _alt(items) -> str:
    items = sorted({i for i in items if i}, key=len, reverse=True)
    return "(?:" + "|".join(_phrase(i) for i in items) + ")" if items else "(?!x)x"


def _b(rx: str) -> str:
    """Word-bounded regex (no boundary after a trailing apostrophe)."""
    return rf"(?<![\w']){rx}(?![\w])"


@dataclass(frozen=True)
class _Lex:
    """One language's compiled decision patterns."""
    lang: str
    verb_outcome: dict            # folded verb form -> outcome
    passive: re.Pattern
    active: re.Pattern
    impersonal: re.Pattern
    operative: re.Pattern
    standalone_line: re.Pattern
    labelled_line: re.Pattern
    tally_item: re.Pattern
    tally: re.Pattern
    unanimous: re.Pattern
    item_prefix: re.Pattern
    hedges: re.Pattern
    speech: re.Pattern
    negation: re.Pattern
    relatives: frozenset
    openers: re.Pattern
    frames: re.Pattern
    past: re.Pattern
    not_subjects: re.Pattern
    agent: re.Pattern
    bodies: re.Pattern
    determiners: re.Pattern
    quantifiers: re.Pattern
    genitive: re.Pattern
    stop_words: frozenset
    aux_words: frozenset
    conditionals: frozenset
    postpone: re.Pattern
    leading: frozenset
    pronouns: frozenset
    stops: re.Pattern
    conj: re.Pattern
    version: re.Pattern
    meeting_ordinal: re.Pattern
    meeting_key: str
    ordinals: dict
    doc_code: re.Pattern
    kinds: dict                   # folded tally word -> "for"/"against"/"abstain"/"bare"
    self_bodies: frozenset        # folded names of the meeting itself ("the meeting")
    verb_first: re.Pattern        # a passive auxiliary opening its clause ("Queda aprobado")
    infinitive: re.Pattern        # a decision infinitive right after a verb ("acuerda aprobar")
    infinitive_outcome: dict      # folded infinitive -> outcome
    clause_verbs: frozenset       # verbs that close a relative clause
    content_relatives: frozenset  # "that"/"que": relative or content-clause opener
    function_words: frozenset     # prepositions and determiners ("in which", "ce que")
    resolution: re.Pattern        # a numbered resolution label ("DÉLIBÉRATION N° 2023-04 :")
    tally_label: re.Pattern       # a count after its label ("Pour : 9", "Contre : 1")
    tally_versus: re.Pattern      # "12 votes to 27", "12 voix contre 3"
    negated_passive: re.Pattern   # a passive with a negation in its verb group ("was not carried")
    negation_words: frozenset     # folded negations inside or just before a verb group
    pending: re.Pattern           # "yet", "encore", "todavía": a negated verb tells of an open matter
    put_to_vote: re.Pattern       # "Se somete a votación", "mis aux voix", "put to the vote"
    closing_outcome: re.Pattern   # "... put to the vote and carried": the outcome closing it
    prepositions: frozenset       # single-word prepositions a subject never starts with ("took note of the")
    label_opener: re.Pattern      # an outcome label opening a resolution ("RESOLVED: that ...")
    label_outcome: dict           # folded opening label -> outcome
    carrying: frozenset           # verbs that carry a motion whatever it does ("carried", "passed")
    motion_content: re.Pattern    # what a motion does: "to adopt X", "that X be received and adopted"


def _w(lang: str, key: str):
    return words(lang, "decisions", key)


@functools.cache
def lexicon_patterns(lang: str) -> _Lex:
    """Compile ``lang``'s ``[decisions]`` lexicon into regexes (once per process)."""
    verb_outcome: dict[str, Outcome] = {}
    agreement = _w(lang, "agreement") or ("",)
    participles, finite, standalone, impersonal = [], [], [], []
    for outcome in OUTCOMES:
        for stem in _w(lang, "participles").get(outcome, ()):
            for suffix in agreement:
                verb_outcome[fold(stem + suffix)] = outcome
                participles.append(stem + suffix)
        for form in _w(lang, "present").get(outcome, ()):
            verb_outcome[fold(form)] = outcome
            finite.append(form)
        for form in _w(lang, "standalone").get(outcome, ()):
            verb_outcome[fold(form)] = outcome
            standalone.append(form)
        for form in _w(lang, "impersonal").get(outcome, ()):
            verb_outcome[fold(form)] = outcome
            impersonal.append(form)
    adv = _alt(_w(lang, "adverbs"))
    advs = rf"(?:\s+{adv})*"
    aux_forms = []
    for aux in _w(lang, "passive_aux"):
        toks = [_phrase(t) for t in fold(aux).split(" ")]
        aux_forms.append((advs + r"\s+").join(toks))
    aux = "(?:" + "|".join(sorted(aux_forms, key=len, reverse=True)) + ")"
    part = _alt(participles)
    fin = _alt(finite)
    bodies = _alt((*_w(lang, "bodies"), *_w(lang, "self_bodies")))
    dets = _alt(_w(lang, "determiners"))
    act_aux = _alt(_w(lang, "active_aux"))
    passive = re.compile(_b(rf"(?P<aux>{aux}){advs}\s+(?P<verb>{part})"))
    neg_in = _alt(_w(lang, "negation_in_verb"))
    nadvs = rf"(?:\s+(?:{adv}|{neg_in}))*"
    neg_aux = "(?:" + "|".join(sorted(((nadvs + r"\s+").join(_phrase(t) for t in fold(a).split(" "))
                                       for a in _w(lang, "passive_aux")), key=len, reverse=True)) + ")"
    negated_passive = re.compile(rf"(?<!\w)(?P<aux>{neg_aux}){nadvs}\s+(?P<verb>{part})(?!\w)")  # "n'est pas"
    active = re.compile(
        rf"(?<![\w'])(?:(?P<det>{dets})\s*)?(?P<body>{bodies})(?![\w])"
        rf"(?P<mid>(?:\s+[^\s.;:!?()\[\]]+){{0,5}}?)"
        rf"\s+(?:(?P<aux>{act_aux}){advs}\s+|{adv}\s+)?(?P<verb>{part}|{fin})(?![\w])")
    imp = re.compile(_b(rf"(?P<verb>{_alt(impersonal)})"))
    operative = re.compile(rf"^\s*\d{{1,3}}\s*[.)]\s+(?P<verb>{fin})(?![\w])")
    unan = _alt(_w(lang, "unanimous"))
    kinds = {}
    for kind, key in (("for", "tally_for"), ("against", "tally_against"),
                      ("abstain", "tally_abstain"), ("bare", "tally_bare")):
        for t in _w(lang, key):
            kinds[fold(t)] = kind
    tword = _alt(kinds)
    item = rf"(?<![\w.,])\d{{1,4}}\s+{tword}(?![^\W\d_])"
    joiners = _alt(_w(lang, "tally_joiners"))
    tally = rf"{item}(?:\s*(?:{joiners})?\s*{item})*"
    standalone_line = re.compile(
        rf"^\s*(?:(?P<prefix>{_alt(_w(lang, 'item_prefixes'))}[^:\n]{{1,120}}?)\s*:\s*)?"
        rf"(?:(?P<verb>{_alt(standalone)})(?![\w])\s*[:.,-]?\s*)?"
        rf"(?:(?P<unan>{unan})|(?P<tally>{tally})|{_alt(_w(lang, 'majority'))}(?![\w]))?(?P<rest>.*)$")
    labelled_line = re.compile(
        rf"^(?P<prefix>[^:\n]{{3,150}}?)\s*:\s*(?:{_alt(_w(lang, 'vote_labels'))}\s*:\s*)?"
        rf"(?P<tally>{tally})(?:[^\w]*(?P<verb>{_alt(standalone)})(?![\w]))?(?P<unan>)(?P<rest>.*)$")
    relatives = frozenset(fold(r) for r in _w(lang, "relatives"))
    ordinals = {fold(w): i for i, w in enumerate(_w(lang, "ordinals"), start=1)}
    ordinals.update({fold(k): int(v) for k, v in dict(_w(lang, "ordinal_aliases") or {}).items()})
    suffixes = _alt(_w(lang, "ordinal_suffixes"))
    ordinal_rx = rf"(?:(?P<word>{_alt(ordinals)})|(?P<num>\d{{1,3}})\s*{suffixes})"
    meeting_words = _alt(_w(lang, "meeting_words"))
    inf_outcome: dict[str, Outcome] = {fold(f): "postponed" for f in _w(lang, "postpone_infinitives")}
    for outcome, forms in dict(_w(lang, "infinitives") or {}).items():
        inf_outcome.update({fold(f): outcome for f in forms})
    label_outcome: dict[str, Outcome] = {}
    for outcome, forms in dict(_w(lang, "opening_labels") or {}).items():
        label_outcome.update({fold(f): outcome for f in forms})
    fillers = _alt((*_w(lang, "adverbs"), *_w(lang, "unanimous"), *_w(lang, "majority"),
                    *_w(lang, "complementizers")))
    all_doc_words = (*(words(lang, "meetings", "document_words") or ("document", "documents", "doc")),
                     *_w(lang, "document_words"))
    return _Lex(
        lang=lang, verb_outcome=verb_outcome, passive=passive, active=active, impersonal=imp,
        operative=operative, standalone_line=standalone_line, labelled_line=labelled_line,
        tally_item=re.compile(rf"(?<![\w.,])(?P<n>\d{{1,4}})\s+(?P<kind>{tword})(?![^\W\d_])"),
        tally=re.compile(tally), unanimous=re.compile(_b(unan)),
        item_prefix=re.compile(rf"^\s*{_alt(_w(lang, 'item_prefixes'))}\s*"),
        hedges=re.compile(_b(_alt(_w(lang, "hedges")))),
        speech=re.compile(_b(_alt(_w(lang, "speech_verbs")))),
        negation=re.compile(_b(_alt(_w(lang, "negations")))),
        relatives=relatives,
        openers=re.compile(rf"^\W*{_alt(_w(lang, 'background_openers'))}(?![\w])"),
        frames=re.compile(rf"^\W*{_alt(_w(lang, 'frame_openers'))}(?![\w])"),
        past=re.compile(_b(_alt(_w(lang, "past_markers")))),
        not_subjects=re.compile(_b(_alt(_w(lang, "not_subjects")))),
        agent=re.compile(rf"^\s*{_alt(_w(lang, 'agents'))}\s+(?:{dets}\s*)?(?P<body>{bodies})(?![\w])"),
        bodies=re.compile(_b(bodies)),
        determiners=re.compile(rf"^(?:{_alt(_w(lang, 'quantifiers'))}|{dets})(?:\s+|(?<='))"),
        stop_words=frozenset(fold(w) for w in (*_w(lang, "subject_stops"), *_w(lang, "conjunctions"),
                                                 *_w(lang, "trailing_words"))),
        postpone=re.compile(rf"^\W*(?:\w+\s+)?{_alt(_w(lang, 'postpone_infinitives'))}(?![\w])"),
        conditionals=frozenset(fold(w) for w in _w(lang, "conditionals")),
        leading=frozenset(fold(w) for w in (*_w(lang, "adverbs"), *_w(lang, "relatives"),
                                            *_w(lang, "complementizers"))),
        genitive=re.compile(rf"(?<![\w']){_alt(_w(lang, 'genitives'))}\s*$"),
        aux_words=frozenset(fold(w) for a in (*_w(lang, "passive_aux"), *_w(lang, "active_aux"))
                            for w in a.split()),
        quantifiers=re.compile(rf"^{_alt(_w(lang, 'quantifiers'))}\s*"),
        pronouns=frozenset(fold(p) for p in _w(lang, "pronouns")),
        stops=re.compile(rf"[(\[{_QUOTES}:;]|(?<!\d),|,(?!\d)|\s(?:{_alt(_w(lang, 'subject_stops'))})(?![\w])"),
        conj=re.compile(rf",\s*|\s+{_alt(_w(lang, 'conjunctions'))}\s+"),
        version=re.compile(_b(rf"(?:v\s?\d+(?:\.\d+)?|{_alt(_w(lang, 'version_words'))})")),
        meeting_ordinal=re.compile(
            rf"^(?P<head>.*?)\s+(?:\S+\s+){{0,2}}?{ordinal_rx}\s+{meeting_words}(?![\w]).*$"),
        meeting_key=_w(lang, "meeting_key") or "meeting",
        ordinals=ordinals,
        doc_code=re.compile(rf"(?<![\w])(?i:{_alt(all_doc_words)})\.?\s+(?:[A-ZÀ-Ý][\w-]*\s+){{0,2}}{_DASH_CODE}"),
        kinds=kinds,
        self_bodies=frozenset(fold(b) for b in _w(lang, "self_bodies")),
        verb_first=re.compile(rf"^\W*{_alt(_w(lang, 'verb_first_aux'))}(?![\w])"),
        infinitive=re.compile(rf"^[\s,]*(?:{fillers}[\s,]*){{0,3}}?(?P<inf>{_alt(inf_outcome)})(?![\w])"),
        infinitive_outcome=inf_outcome,
        clause_verbs=frozenset(fold(w) for w in _w(lang, "clause_verbs")),
        content_relatives=frozenset(fold(w) for w in _w(lang, "content_relatives")),
        function_words=frozenset(fold(w) for k in ("trailing_words", "genitives", "determiners", "agents",
                                                   "pronouns") for p in _w(lang, k) for w in p.split()),
        tally_label=re.compile(rf"(?<![\w])(?P<kind>{tword})\s*:\s*(?P<n>\d{{1,4}})(?![\d])"),
        tally_versus=re.compile(
            rf"(?<![\w.,])(?P<n>\d{{1,4}})\s+{_alt(_w(lang, 'tally_bare'))}\s+{_alt(_w(lang, 'tally_versus'))}"
            rf"\s+(?P<m>\d{{1,4}})(?![\d])"),
        negated_passive=negated_passive,
        prepositions=frozenset(fold(w) for k in ("trailing_words", "genitives") for w in _w(lang, k)
                               if " " not in w and "'" not in w),
        negation_words=frozenset(fold(w) for w in (*_w(lang, "negations"), *_w(lang, "negation_in_verb"))),
        pending=re.compile(_b(_alt(_w(lang, "pending_words")))),
        put_to_vote=re.compile(_b(_alt(_w(lang, "put_to_vote")))),
        closing_outcome=re.compile(
            rf"(?<![\w']){_alt(_w(lang, 'conjunctions'))}\s+(?:{aux}\s+)?(?P<verb>{_alt(standalone)})(?![\w])"),
        label_opener=re.compile(
            rf"^[^\w\n]*(?P<label>{_alt(label_outcome)})\s*:\s*(?:{_alt(_w(lang, 'complementizers'))}(?![\w])\s*)?"
            if label_outcome else r"(?!)"),
        label_outcome=label_outcome,
        carrying=frozenset(fold(w) for w in _w(lang, "carrying_verbs")),
        motion_content=re.compile(
            rf"(?<![\w])(?:{_alt(_w(lang, 'motion_infinitive_markers'))})\s+(?P<inf>{_alt(inf_outcome)})(?![\w])"
            rf"|(?<![\w])(?:{_alt(_w(lang, 'motion_passive_markers'))})\s+(?:\w+\s+(?:{_alt(_w(lang, 'conjunctions'))})\s+)?"
            rf"(?P<part>{part})(?![\w])"
            if _w(lang, "carrying_verbs") else r"(?!)"),
        resolution=re.compile(
            rf"^[^\w\n]*{_alt(_w(lang, 'resolution_labels'))}\s*(?:n\s*[.°ºo]*\s*|no\.?\s*|number\s+|numero\s+)?"
            rf"(?:[a-z]{{1,8}}[-/.\s])?\d[\w./-]*\s*(?:[:.–—-](?!\d)|$)"),
    )


# ------------------------------------------------------------------------ candidates


@dataclass(frozen=True)
class Candidate:
    """A span that records a decision, before it is typed: where, how, what outcome."""
    start: int
    end: int
    kind: CandidateKind
    outcome: Outcome
    lang: str
    body: str | None = None          # a deciding body named in the text
    subject_text: str | None = None  # the phrase naming what was decided
    item_text: str | None = None     # the agenda item line a tally belongs to
    vote: Vote | None = None
    settled: bool = True             # False: put to the vote, outcome still to be read after it


def _languages(doc: Document) -> tuple[str, ...]:
    return (doc.language,) if doc.language in SUPPORTED else SUPPORTED


def _heading_end(text: str, start: int, heading: str) -> int:
    """Offset just after ``heading`` as it stands in ``text`` from ``start``."""
    want = [c for c in heading if not c.isspace()]
    i, pos = 0, start
    while pos < len(text) and i < len(want):
        if not text[pos].isspace():
            if text[pos] != want[i]:
                break
            i += 1
        pos += 1
    return pos if i == len(want) else start


def document_to_sentences(doc: Document) -> list[Span]:
    """Sentences of the body text; a heading always ends a sentence (the seed's
    "Le Consortium a validé ce rapport" has no period and runs into a heading)."""
    cuts = {0, len(doc.text)}
    for s in doc.sections:
        cuts.add(s.start)
        cuts.add(_heading_end(doc.text, s.start, s.heading))
    bounds = sorted(c for c in cuts if 0 <= c <= len(doc.text))
    out: list[Span] = []
    for a, b in zip(bounds, bounds[1:]):
        out.extend(sentences(doc.text, a, b))
    return out


def _words_between(folded: str) -> list[str]:
    return re.findall(r"[\w']+", folded)


def _rejected(lx: _Lex, sent: str, a: int, b: int, passive: bool = False, negated: bool = False) -> bool:
    """True when the verb at ``sent[a:b]`` (folded sentence) is not a decision taken:
    a question, a proposal or plan, reported speech, a negation, a relative clause,
    a background clause, or a past decision mentioned in passing."""
    before, after = sent[:a], sent[b:]
    if sent.rstrip().endswith("?"):
        return True
    if lx.hedges.search(before) or lx.speech.search(before):
        return True
    prev = _words_between(before)[-3:]
    if not negated and any(lx.negation.fullmatch(w) for w in prev[-2:]):
        return True
    if prev and prev[-1] in lx.relatives:
        return True
    clause = re.split(r"[,;:()]", before)[-1]
    if any(w in lx.conditionals for w in _words_between(clause)):
        return True
    if _inside_relative(lx, _words_between(clause), passive) and not lx.impersonal.search(before):
        return True
    if prev[-2:-1] and prev[-2] in lx.relatives and prev[-1] not in lx.pronouns:
        return True
    if lx.frames.match(sent):
        return True
    opener = lx.openers.match(sent)
    if opener:
        comma = sent.find(",", opener.end())
        if comma < 0 or comma > a:
            return True
    clause_end = re.search(r"[;.]", after)
    if lx.past.search(after[: clause_end.start() if clause_end else len(after)][:80]):
        return True
    return False


def _inside_relative(lx: _Lex, clause_words: list[str], passive: bool = False) -> bool:
    """True when a relative word opens the clause before the verb and no verb closes
    that relative clause before it: "the budget that the Board approved" (inside), but
    "the motion that meetings be held online was defeated" (closed by "be"). A passive
    has no object to relativise, so a bare "that"/"que" after a noun and not right
    before its auxiliary opens a clause that closed before it ("The motion that the
    society join the federation was carried"); "in which", "dont" still hold it."""
    for i, w in enumerate(clause_words[:-1][:6]):
        if w in lx.relatives:
            if any(v in lx.clause_verbs for v in clause_words[i + 1:]):
                return False
            prev = clause_words[i - 1] if i else ""
            if passive and w in lx.content_relatives and prev and prev not in lx.function_words:
                return False
            return True
    return False


def _with_infinitive(lx: _Lex, outcome: Outcome, after: str) -> Outcome:
    """The outcome a deciding verb takes from the decision infinitive right after it
    ("Se acuerda por unanimidad aprobar" -> approved, "decided to defer" -> postponed);
    a rejection stays a rejection."""
    if outcome == "rejected":
        return outcome
    m = lx.infinitive.match(after)
    if m:
        return lx.infinitive_outcome[re.sub(r"\s+", " ", m.group("inf"))]
    if lx.postpone.match(after):
        return "postponed"
    return outcome


def _vote_in(lx: _Lex, folded: str) -> Vote | None:
    """The tally stated in a folded text, if any."""
    counts: dict[str, int] = {}
    for m in lx.tally_versus.finditer(folded):
        counts.setdefault("for", int(m.group("n")))
        counts.setdefault("against", int(m.group("m")))
    for m in (*lx.tally_item.finditer(folded), *lx.tally_label.finditer(folded)):
        kind = lx.kinds.get(re.sub(r"\s+", " ", m.group("kind")), "bare")
        kind = "for" if kind == "bare" else kind
        counts.setdefault(kind, int(m.group("n")))
    unanimous = bool(lx.unanimous.search(folded))
    if not counts and not unanimous:
        return None
    return Vote(votes_for=counts.get("for"), against=counts.get("against"),
                abstain=counts.get("abstain"), unanimous=unanimous)


def _clause_subject(lx: _Lex, sent: str, folded: str, a: int) -> str:
    """The noun phrase before a passive verb: the trailing run of comma-separated parts
    that begin like noun phrases (drops "Comme X n'est pas ..., le choix ...")."""
    start = max(sent.rfind(";", 0, a), sent.rfind(":", 0, a)) + 1
    parts = re.split(r",\s*", sent[start:a])
    fparts = re.split(r",\s*", folded[start:a])
    kept: list[str] = []
    for raw, f in zip(reversed(parts), reversed(fparts)):
        if not f.strip():
            continue
        if not lx.determiners.match(f.strip()):
            if kept:
                break
            if len(parts) > 1 and f is not fparts[0]:
                continue                  # an incise: "Le rapport, tenu à Dakar, a été approuvé"
        kept.insert(0, raw)
    return ", ".join(kept).strip()


def _overlapping(rx: re.Pattern, text: str):
    """Matches of ``rx`` starting at every position, not only after the previous match:
    "After consulting the Committee by e-mail, the Committee approves" must be tried
    from its second "the Committee" once the first (inside the opener) is rejected."""
    pos = 0
    while pos <= len(text):
        m = rx.search(text, pos)
        if m is None:
            return
        yield m
        pos = m.start() + 1


def _labelled(lx: _Lex, text: str, span: Span) -> list[Candidate] | None:
    """A resolution opened by its outcome label in capitals ("RESOLVED: that the Council
    approves X", "AGREED: that ..."): the clause after it is the decision, its own verb
    giving the outcome when it has one, else the label's. None when no label opens it."""
    sent = text[span.start:span.end]
    m = lx.label_opener.match(fold_keep(sent))
    if not m or not sent[m.start("label"):m.end("label")].isupper() or sent.rstrip().endswith("?"):
        return None
    rest = Span(span.start + m.end(), span.end, sent[m.end():])
    inner = sentence_to_candidates(lx, text, rest)
    if inner:
        c = inner[0]
        return [Candidate(span.start, c.end, c.kind, c.outcome, c.lang, c.body, c.subject_text,
                          c.item_text, c.vote, c.settled)]
    outcome = _with_infinitive(lx, lx.label_outcome[re.sub(r"\s+", " ", m.group("label"))], fold_keep(rest.text))
    return [Candidate(span.start, span.end, "impersonal", outcome, lx.lang, subject_text=rest.text,
                      vote=_vote_in(lx, fold_keep(sent)))]


def sentence_to_candidates(lx: _Lex, text: str, span: Span) -> list[Candidate]:
    """Decision candidates in one sentence (usually none, at most one)."""
    labelled = _labelled(lx, text, span)
    if labelled is not None:
        return labelled
    sent = text[span.start:span.end]
    folded = fold_keep(sent)
    found: list[Candidate] = []
    for m in lx.impersonal.finditer(folded):
        if _rejected(lx, folded, m.start(), m.end()):
            continue
        outcome = _with_infinitive(lx, lx.verb_outcome[re.sub(r"\s+", " ", m.group("verb"))],
                                   folded[m.end():])
        found.append(Candidate(span.start, span.end, "impersonal", outcome, lx.lang,
                               subject_text=sent[m.end():]))
        break
    for m in _overlapping(lx.active, folded):
        mid = m.group("mid") or ""
        if (lx.hedges.search(mid) or lx.negation.search(mid)
                or any(w in lx.relatives or w in lx.aux_words for w in _words_between(mid))
                or lx.genitive.search(folded[:m.start()])
                or re.search(r"\d{1,3}\s*[.)]\s*$", folded[:m.start()])):
            continue
        if m.group("det") is None and not sent[m.start("body")].isupper():
            continue
        if _rejected(lx, folded, m.start(), m.end()):
            continue
        if _pending_refusal(lx, m.group("verb"), folded[m.end():]):
            continue
        outcome = _with_infinitive(lx, lx.verb_outcome[re.sub(r"\s+", " ", m.group("verb"))],
                                   folded[m.end():])
        body = collapse(sent[m.start("body"):m.end("body")])
        found.append(Candidate(span.start, span.end, "active", outcome, lx.lang, body=body,
                               subject_text=sent[m.end("verb"):]))
        break
    for m in lx.passive.finditer(folded):
        if _rejected(lx, folded, m.start(), m.end(), passive=True):
            continue
        if _verb_first(lx, folded, m.start()):
            subject = sent[m.end():]      # "Queda aprobado el orden del día"
        else:
            subject = _clause_subject(lx, sent, folded, m.start())
        if not subject or lx.not_subjects.search(fold(subject)):
            continue
        agent = lx.agent.match(folded[m.end():])
        by_tally = lx.tally.match(re.sub(rf"^\s*{_alt(_w(lx.lang, 'agents'))}\s+", "", folded[m.end():]))
        if re.match(rf"^\s*{_alt(_w(lx.lang, 'agents'))}\s", folded[m.end():]) and not agent \
                and not by_tally:           # "defeated by 12 votes to 27" is a vote, not an agent
            continue
        outcome = _motion_outcome(lx, folded, m)
        body = collapse(sent[m.end() + agent.start("body"):m.end() + agent.end("body")]) if agent else None
        if fold(subject) in lx.pronouns or fold(subject).split(" ")[0] in ("it", "il"):
            subject = sent[m.end():]
        found.append(Candidate(span.start, span.end, "passive", outcome, lx.lang, body=body,
                               subject_text=subject))
        break
    if not found:
        found.extend(_negated_passive(lx, sent, folded, span))
    if not found:
        found.extend(_submitted(lx, sent, folded, span))
    if not found:
        sm = lx.standalone_line.match(folded)
        if sm and sm.group("verb") and _standalone_ok(sm):
            outcome = lx.verb_outcome[re.sub(r"\s+", " ", sm.group("verb"))]
            found.append(Candidate(span.start, span.end, "standalone", outcome, lx.lang))
    out = []
    for c in found[:1]:
        out.append(Candidate(c.start, c.end, c.kind, c.outcome, c.lang, c.body, c.subject_text,
                             None, _vote_in(lx, folded), c.settled))
    return out


def _motion_outcome(lx: _Lex, folded: str, m: re.Match) -> Outcome:
    """The outcome of a passive verb; a motion carried takes what the motion does when it
    says so ("Resolution 1, to adopt the Constitution, was carried" -> adopted, as "that the
    accounts be received and adopted"); only adoptions and postponements are so read."""
    outcome = lx.verb_outcome[re.sub(r"\s+", " ", m.group("verb"))]
    if outcome != "approved" or re.sub(r"\s+", " ", m.group("verb")) not in lx.carrying:
        return outcome
    start = max(folded.rfind(";", 0, m.start()), folded.rfind(":", 0, m.start())) + 1
    for c in lx.motion_content.finditer(folded, start, m.start()):
        inner = (lx.infinitive_outcome.get(re.sub(r"\s+", " ", c.group("inf"))) if c.group("inf")
                 else lx.verb_outcome.get(re.sub(r"\s+", " ", c.group("part"))))
        if inner in ("adopted", "postponed"):
            return inner
    return outcome


def _pending_refusal(lx: _Lex, verb: str, after: str) -> bool:
    """A refusal verb ("ne retient pas", "does not approve") followed by a pending word
    ("pas encore", "not yet") tells of an open matter, not a rejection."""
    negated = set(re.findall(r"[^\W\d_]+'?", verb)) & lx.negation_words or \
        any(w in lx.negation_words for w in _words_between(verb))
    return bool(negated) and bool(lx.pending.search(after[:25]))


def _negated_passive(lx: _Lex, sent: str, folded: str, span: Span) -> list[Candidate]:
    """A passive approval with a negation in or just before its verb group is a rejection
    ("The motion was not carried", "La motion n'est pas adoptée", "La moción no fue
    aprobada"); a pending word ("not yet", "pas encore", "aún no") means no decision, and
    a negated postponement or agreement decides nothing."""
    for m in lx.negated_passive.finditer(folded):
        inside = set(_words_between(m.group(0)))
        before = _words_between(folded[:m.start()])[-2:]
        if not (inside & lx.negation_words or set(before) & lx.negation_words):
            continue                      # not negated: the plain passive rule had its say
        outcome = lx.verb_outcome[re.sub(r"\s+", " ", m.group("verb"))]
        if outcome not in ("approved", "adopted"):
            continue
        near = folded[max(0, m.start() - 30):m.end() + 25]
        if lx.pending.search(near):
            continue
        if _rejected(lx, folded, m.start(), m.end(), passive=True, negated=True):
            continue
        subject = _clause_subject(lx, sent, folded, m.start())
        neg = re.search(r"(?:^|\s)(\S+)\s*$", fold_keep(subject))   # "La motion n'" -> "La motion"
        if neg and neg.group(1) in lx.negation_words:
            subject = subject[:neg.start(1)].rstrip()
        if not subject or lx.not_subjects.search(fold(subject)) or \
                fold(subject) in lx.pronouns or fold(subject).split(" ")[0] in ("it", "il"):
            continue
        after = folded[m.end():]
        agent = lx.agent.match(after)
        if re.match(rf"^\s*{_alt(_w(lx.lang, 'agents'))}\s", after) and not agent:
            continue                      # "not approved by the Ministry": another's act
        body = collapse(sent[m.end() + agent.start("body"):m.end() + agent.end("body")]) if agent else None
        return [Candidate(span.start, span.end, "passive", "rejected", lx.lang, body=body,
                          subject_text=subject)]
    return []


def _submitted(lx: _Lex, sent: str, folded: str, span: Span) -> list[Candidate]:
    """A matter put to the vote ("Se somete a votación X, con 9 votos a favor"): settled
    when the sentence closes it ("... and carried") or its tally counts votes against;
    else its outcome is the line after it (``submissions_to_decisions``)."""
    m = lx.put_to_vote.search(folded)
    if not m or _rejected(lx, folded, m.start(), m.end()):
        return []
    subject = sent[m.end():]
    close = lx.closing_outcome.search(folded, m.end())
    if close:
        outcome = lx.verb_outcome[re.sub(r"\s+", " ", close.group("verb"))]
        return [Candidate(span.start, span.end, "submitted", outcome, lx.lang, subject_text=subject)]
    vote = _vote_in(lx, folded)
    if vote and vote.votes_for is not None and vote.against is not None:
        outcome: Outcome = "approved" if vote.votes_for > vote.against else "rejected"
        return [Candidate(span.start, span.end, "submitted", outcome, lx.lang, subject_text=subject)]
    return [Candidate(span.start, span.end, "submitted", "approved", lx.lang, subject_text=subject,
                      settled=False)]


def _verb_first(lx: _Lex, folded: str, a: int) -> bool:
    """The passive auxiliary at ``a`` opens its clause (sentence start or after a
    comma: "Sometida a votación, queda aprobada la propuesta") in a language that
    puts the subject after the participle."""
    start = max(folded.rfind(c, 0, a) for c in ",;:") + 1
    return not folded[start:a].strip(" \n-–—") and bool(lx.verb_first.match(folded[a:]))


def _standalone_ok(m: re.Match) -> bool:
    """A standalone outcome or tally line stands alone: nothing but punctuation, the
    next agenda number, or a new sentence may follow it."""
    rest = m.group("rest")
    if not rest.strip() or re.match(r"^\s*[.;,)!]", rest) or re.match(r"^\s*\d{1,2}\s*/", rest):
        return True
    return bool(m.group("tally") or m.group("unan")) and bool(re.match(r"^\s*\.", rest))


def sentences_to_candidates(doc: Document, spans: list[Span], lang: str) -> list[Candidate]:
    """Every sentence-level decision candidate of ``lang`` in ``spans``."""
    lx = lexicon_patterns(lang)
    out: list[Candidate] = []
    for span in spans:
        out.extend(sentence_to_candidates(lx, doc.text, span))
    return out


def _lines(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _item_text(lx: _Lex, text: str, lines: list[tuple[int, int]], i: int, floor: int) -> str | None:
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
                and not lx.tally_item.search(fold_keep(line)):
            return line
        if lx.item_prefix.match(fold_keep(line)) or _ITEM_NUMBER.match(line):
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
        if not line.strip() or not (line.lstrip()[:1].isupper() or line.lstrip()[:1].isdigit()):
            continue
        folded = fold_keep(line)
        op = lx.operative.match(folded)
        if op:
            para = sentences(text, a + op.start("verb"), min(len(text), a + 3000))
            end = para[0].end if para else b
            out.append(Candidate(a + (len(line) - len(line.lstrip())), end, "operative",
                                 lx.verb_outcome[re.sub(r"\s+", " ", op.group("verb"))], lang,
                                 subject_text=text[a + op.end("verb"):end]))
            continue
        m = lx.standalone_line.match(folded)
        if not m or not (m.group("tally") or m.group("verb")) or not _standalone_ok(m):
            m = lx.labelled_line.match(folded)
            if not m or not _standalone_ok(m):
                continue
        if m.group("tally") and not m.group("verb") and not m.group("prefix"):
            if not _after_break(text, lines, i):
                continue
            items = list(lx.tally_item.finditer(m.group("tally")))
            if len(items) == 1 and lx.kinds.get(re.sub(r"\s+", " ", items[0].group("kind"))) == "bare" \
                    and m.group("rest").strip():
                continue
        vote = _vote_in(lx, folded[m.start("tally"):m.end("tally")] if m.group("tally")
                        else folded[: m.start("rest")])
        if m.group("verb"):
            outcome = lx.verb_outcome[re.sub(r"\s+", " ", m.group("verb"))]
        elif vote and vote.against is not None and (vote.votes_for or 0) <= vote.against:
            outcome = "rejected"
        else:
            outcome = "approved"
        end = a + (m.end("tally") if m.group("tally") else m.start("rest"))
        end = max(end, a + len(line[: m.start("rest")].rstrip()))
        sec_floor = max([s for s in section_starts if s <= a], default=0)
        item = (line[: m.end("prefix")] if m.group("prefix")
                else _item_text(lx, text, lines, i, max(floor, sec_floor)))
        out.append(Candidate(a + (len(line) - len(line.lstrip())), end, "tally", outcome, lang,
                             item_text=item, vote=vote))
        floor = end
    return out


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


def merge_candidates(cands: list[Candidate]) -> list[Candidate]:
    """One candidate per place: overlapping candidates keep the first found (a
    sentence verb beats a line tally), taking the tally's vote when it has none."""
    out: list[Candidate] = []
    for c in sorted(cands, key=lambda c: (c.kind != "operative", c.start, c.kind == "tally")):
        clash = next((o for o in out if c.start < o.end and o.start < c.end), None)
        if clash is None:
            out.append(c)
        elif clash.kind == "standalone" and c.kind == "tally":
            out[out.index(clash)] = c
        elif clash.vote is None and c.vote is not None:
            out[out.index(clash)] = Candidate(clash.start, clash.end, clash.kind, clash.outcome,
                                              clash.lang, clash.body, clash.subject_text,
                                              clash.item_text or c.item_text, c.vote)
    return sorted(out, key=lambda c: c.start)


# --------------------------------------------------------------------------- subjects


def _strip_item(lx: _Lex, text: str) -> str:
    text = _ITEM_NUMBER.sub("", text, count=1)
    m = lx.item_prefix.match(fold_keep(text))
    return text[m.end():] if m else text


def _ordinal_value(lx: _Lex, m: re.Match) -> int | None:
    if m.group("num"):
        return int(m.group("num"))
    return lx.ordinals.get(re.sub(r"\s+", " ", m.group("word")))


def _normalise(lx: _Lex, phrase: str) -> str:
    """A short subject key from a noun phrase: no determiner, quantifier, version marker,
    parenthesis or trailing qualifier; "rapport de la sixième réunion" -> "rapport réunion 6"."""
    phrase = collapse(phrase)
    while phrase and fold(phrase.split(" ")[0]).strip(",:;") in lx.leading:
        phrase = phrase.split(" ", 1)[1] if " " in phrase else ""
    for _ in range(3):
        f = fold_keep(phrase)
        m = lx.determiners.match(f)
        if not m:
            break
        phrase = phrase[m.end():].lstrip()
    f = fold_keep(phrase)
    stop = lx.stops.search(f)
    if stop:
        phrase = phrase[: stop.start()]
    f = fold_keep(phrase)
    mo = lx.meeting_ordinal.match(f)
    if mo:
        n = _ordinal_value(lx, mo)
        head = phrase[: mo.end("head")]
        head = re.sub(rf"\s+(?:{_alt(_w(lx.lang, 'determiners'))}|de|of|del)$", "",
                      head.strip(), flags=re.IGNORECASE)
        if n:
            phrase = f"{head} {lx.meeting_key} {n}"
    phrase = _drop_spans(phrase, lx.version, fold_keep(phrase))
    phrase = re.sub(r"[\s.,;:'\-–]+$", "", collapse(phrase))
    tokens = re.sub(r"[\s.,;:'\-–]+$", "", phrase).split(" ")[:7]
    while len(tokens) > 1 and (lx.genitive.search(fold(tokens[-1])) or
                               lx.determiners.fullmatch(fold(tokens[-1]) + " ") or
                               fold(tokens[-1]) in lx.stop_words):
        tokens.pop()
    return " ".join(tokens).lower().replace("’", "'")


def _drop_spans(text: str, rx: re.Pattern, folded: str) -> str:
    out, pos = [], 0
    for m in rx.finditer(folded):
        out.append(text[pos:m.start()])
        pos = m.end()
    out.append(text[pos:])
    return collapse("".join(out))


def _years(text: str, months: tuple[str, ...]) -> list[str]:
    """Years or year ranges in ``text`` that are not part of a full date."""
    out = []
    f = fold_keep(text)
    for m in _YEAR_SPAN.finditer(text):
        before = f[max(0, m.start() - 12):m.start()].strip()
        if before and before.split(" ")[-1] in months:
            continue
        out.append(re.sub(r"\s+", "", m.group(1)))
    return out


def subject_key(lx: _Lex, phrase: str | None, heading: str | None, sentence: str) -> str | None:
    """The subject of a decision as a short key in the report's language, with its year
    from the phrase, else the sentence, else the section heading."""
    months = tuple(fold(m) for m in words(lx.lang, "dates", "months"))
    heading_key = _normalise(lx, _strip_item(lx, heading)) if heading else None
    key = None
    if phrase:
        phrase = phrase.strip()
        while phrase and fold(phrase.split(" ")[0]).strip(",:;") in lx.leading | lx.prepositions:
            phrase = phrase.split(" ", 1)[1] if " " in phrase else ""
        unan = lx.unanimous.match(fold_keep(phrase))
        if unan:
            phrase = phrase[unan.end():].lstrip(" ,")
        f = fold_keep(phrase)
        first = _words_between(f)[:1]
        if first and first[0] in lx.pronouns and not re.match(r"^\s*\w+\s+\w", f[len(first[0]):] or ""):
            phrase = ""
        elif first and first[0] in lx.pronouns:
            phrase = ""
        conjuncts = [p for p in lx.conj.split(fold_keep(phrase))] if phrase else []
        raw_parts, pos = [], 0
        for part in conjuncts:
            idx = fold_keep(phrase).find(part, pos)
            raw_parts.append(phrase[idx: idx + len(part)] if idx >= 0 else part)
            pos = max(pos, idx + len(part))
        merged: list[str] = []
        for part in raw_parts:
            if merged and not lx.determiners.match(fold_keep(part).strip()):
                merged[-1] = phrase[phrase.find(merged[-1]):phrase.find(part) + len(part)]
            else:
                merged.append(part)
        raw_parts = merged
        keys = [k for k in (_normalise(lx, p) for p in raw_parts) if k]
        if keys:
            key = keys[0]
            if len(keys) > 1:
                fh = fold(heading_key or "")
                match = [k for k in keys if fh and fold(k) and fold(k) in fh]
                versioned = [k for p, k in zip(raw_parts, keys) if lx.version.search(fold_keep(p))]
                key = (match or versioned or keys)[0]
    if not key:
        key = heading_key
    if not key:
        return None
    if re.search(rf"\b{re.escape(lx.meeting_key)} \d+$", key) or _YEAR_SPAN.search(key):
        return key
    heading_years: list[str] = []
    if heading:
        hk, k = fold(heading_key or ""), fold(key)
        same = bool(hk) and (hk in k or k in hk)
        heading_years = _years(heading_key or "", months) if same else _years(heading, months)
    years = _years(phrase or "", months) or _years(sentence, months) or heading_years
    return f"{key} {years[0]}" if years else key


# -------------------------------------------------------------------------- decisions


def refs_in(lx: _Lex, text: str) -> tuple[str, ...]:
    """Document codes cited in ``text`` ("document Consortium 7-1" -> "7-1", "2/CMA.3")."""
    found: list[str] = []
    for m in lx.doc_code.finditer(text):
        found.append(m.group(1))
    for m in _UN_CODE.finditer(text):
        found.append(m.group(1))
    for m in _SYMBOL_CODE.finditer(text):
        found.append(m.group(1))
    return tuple(dict.fromkeys(found))


def _decision_text(sentence: str, c: "Candidate") -> str:
    """The decision as a reader needs it: a bare tally line ("15 pour") is preceded by
    the agenda item it decides ("Vote du budget primitif 2021 :")."""
    text = collapse(sentence)
    text = re.sub(r"(?<=[.!?])\s+\d{1,2}\s*[.)]$", "", text)   # the next item's number: "... 2024. 6."
    item = collapse(c.item_text or "")
    if c.kind == "tally" and item and fold(item) not in fold(text):
        return f"{item} {text}"
    return text


def candidate_to_decision(doc: Document, c: Candidate, meeting: Meeting | None,
                          window_start: int = 0) -> Decision:
    """A typed Decision from a candidate: outcome, vote, body, subject key, refs
    (sentence, else, except for agreements, the code cited last since the previous
    decision),
    section, page, span and a stable id."""
    lx = lexicon_patterns(c.lang)
    sentence = doc.text[c.start:c.end]
    section = doc.section_at(c.start)
    heading = collapse(section.heading) if section else None
    phrase = c.subject_text
    if c.kind == "tally" and c.item_text:
        phrase = _strip_item(lx, c.item_text)
    item_heading = heading
    if c.kind == "tally" and c.item_text and not phrase:
        item_heading = c.item_text
    subject = subject_key(lx, phrase, item_heading, sentence)
    refs = refs_in(lx, sentence) or (refs_in(lx, c.item_text) if c.item_text else ())
    if not refs and c.outcome != "agreed":
        # An approval (or a postponement: "8. Membership fees (document PB 21-7)" ...
        # "The item was deferred") acts on the document tabled under its item: the
        # nearest code cited since the previous decision (heading or text).
        # Agreements are about actions, not documents: no inherited refs.
        refs = refs_in(lx, doc.text[window_start:c.start])[-1:]
    body = (_canonical_body(c.body) if c.body and not _is_self(lx, c.body)
            else (meeting.body if meeting else None))
    return Decision(
        decision_id=stable_id(doc.doc_id, c.start),
        doc_id=doc.doc_id,
        text=_decision_text(sentence, c),
        outcome=c.outcome,
        prov=provenance(doc, c.start, c.end, NAME, VERSION),
        meeting_id=meeting.meeting_id if meeting else None,
        decided_by=body,
        subject=subject,
        refs=refs,
        section=heading,
        vote=c.vote,
    )


def _is_self(lx: _Lex, body: str) -> bool:
    """The body named is the meeting itself ("the meeting", "la séance")."""
    return fold(body) in lx.self_bodies


def _canonical_body(body: str) -> str:
    body = collapse(body)
    return body[:1].upper() + body[1:]


def _body_mismatch(lx: _Lex, c: Candidate, meeting: Meeting | None) -> bool:
    """A body named in the text that is not the meeting's body reports another body's
    decision ("le Bureau a validé" in the Consortium's minutes): not this meeting's."""
    if not c.body or not meeting or not meeting.body:
        return False
    if _is_self(lx, c.body):
        return False                      # "The meeting approved": this meeting decides
    named, own = fold(c.body), fold(meeting.body)
    return named not in own and own not in named


def tallies_to_votes(doc: Document, cands: list[Candidate]) -> list[Candidate]:
    """A tally line right after a decision sentence (no agenda item or heading between)
    is that decision's vote, not another decision ("Le Conseil adopte le budget." then
    "Vote : 14 votes pour"); so is an outcome line closing it ("... ainsi corrigé.
    Adoptée à l'unanimité."), which joins the decision's text. The sentence's verb keeps
    the outcome: the closing line reports how the vote on it went."""
    out: list[Candidate] = []
    for c in cands:
        prev = out[-1] if out else None
        if (c.kind == "tally" and prev is not None and prev.vote is None
                and prev.kind in ("passive", "active", "impersonal")
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
                                prev.vote or _vote_in(lexicon_patterns(c.lang), fold_keep(doc.text[prev.end:c.end])))
            continue
        out.append(c)
    return out


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
                                prev.vote or c.vote or _vote_in(lx, fold_keep(doc.text[prev.start:c.end])),
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


def _label_start(lx: _Lex, text: str, c: Candidate, floor: int) -> int | None:
    """Where the numbered resolution label governing ``c`` starts ("DÉLIBÉRATION N°
    2023-04 :", "Decision EC-43/1:", "Acuerdo N.º 4"): at the start of its sentence, or
    on a line above it (after ``floor``) with no agenda item between; else None."""
    if lx.resolution.match(fold_keep(text[c.start:c.end])):
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
        if lx.resolution.match(fold_keep(line.strip())):
            return a + len(line) - len(line.lstrip())
        if line.strip() and (_ITEM_NUMBER.match(line) or lx.item_prefix.match(fold_keep(line))):
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
            m = lx.resolution.match(fold_keep(title))
            c = Candidate(start, c.end, c.kind, c.outcome, c.lang, c.body,
                          title[m.end():].strip() if m else None, None, c.vote)
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


def _item_between(lx: _Lex, doc: Document, a: int, b: int) -> bool:
    if any(a <= s.start < b for s in doc.sections):
        return True
    line_start = doc.text.rfind("\n", 0, b) + 1
    for line in doc.text[a:line_start].split("\n"):
        if line.strip() and (_ITEM_NUMBER.match(line) or lx.item_prefix.match(fold_keep(line))):
            return True
    return False


def document_to_decisions(doc: Document, meeting: Meeting | None) -> tuple[Decision, ...]:
    """Every decision recorded in ``doc``, in text order."""
    spans = document_to_sentences(doc)
    cands: list[Candidate] = []
    for lang in _languages(doc):
        cands.extend(sentences_to_candidates(doc, spans, lang))
        cands.extend(lines_to_tally_candidates(doc, lang))
    cands = [c for c in merge_candidates(cands)
             if not _body_mismatch(lexicon_patterns(c.lang), c, meeting)]
    cands = submissions_to_decisions(doc, cands)
    cands = tallies_to_votes(doc, cands)
    cands = resolutions_to_candidates(doc, cands)
    out: list[Decision] = []
    prev_end = 0
    for c in cands:
        out.append(candidate_to_decision(doc, c, meeting, window_start=prev_end))
        prev_end = c.end
    return tuple(out)
