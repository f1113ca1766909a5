"""One language's ``[decisions]`` lexicon compiled into regexes, one group per concern."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from pipeline.lexicon import every_language, words
from pipeline.patterns import NEVER, alternation, bounded, phrase
from pipeline.records import Outcome
from pipeline.text import fold

OUTCOMES: tuple[Outcome, ...] = ("approved", "adopted", "rejected", "postponed", "agreed")

_QUOTES = "\"«»“”„"


def _w(lang: str, key: str):
    return words(lang, "decisions", key)


def _alt(items) -> str:
    """Folded lexicon phrases as one alternation; an apostrophe may be followed by space."""
    return alternation(items, fold_item=True, apostrophe=r"'\s*")


def _union(key: str) -> tuple[str, ...]:
    """``[decisions] key`` of every language at once (a rule that holds in any language)."""
    return tuple(every_language("decisions", key))


def _folded(*items) -> frozenset[str]:
    return frozenset(fold(w) for w in items)


# ----------------------------------------------------------------------------- verbs


@dataclass(frozen=True)
class Verbs:
    """Decision verbs and the outcome each gives."""
    verb_outcome: dict            # folded verb form -> outcome
    passive: re.Pattern
    negated_passive: re.Pattern   # a passive with a negation in its verb group ("was not carried")
    active: re.Pattern
    impersonal: re.Pattern
    operative: re.Pattern
    verb_first: re.Pattern        # a passive auxiliary opening its clause ("Queda aprobado")
    infinitive: re.Pattern        # a decision infinitive right after a verb ("acuerda aprobar")
    infinitive_outcome: dict      # folded infinitive -> outcome
    postpone: re.Pattern
    aux_words: frozenset
    put_to_vote: re.Pattern       # "Se somete a votación", "mis aux voix", "put to the vote"
    closing_outcome: re.Pattern   # "... put to the vote and carried": the outcome closing it
    label_opener: re.Pattern      # an outcome label opening a resolution ("RESOLVED: that ...")
    label_outcome: dict           # folded opening label -> outcome
    colon_labels: frozenset       # folded label nouns read only before a colon or dash ("DECISION:")
    nominal: re.Pattern           # a decision noun opening a label's text ("approval of")
    nominal_outcome: dict         # folded decision noun -> outcome
    carrying: frozenset           # verbs that carry a motion whatever it does ("carried", "passed")
    motion_content: re.Pattern    # what a motion does: "to adopt X", "that X be received and adopted"


@functools.cache
def verb_forms(lang: str) -> tuple[dict, dict[str, list[str]]]:
    """Folded verb form -> outcome, and the forms of each kind (participles with their
    agreement endings, present, standalone, impersonal)."""
    verb_outcome: dict[str, Outcome] = {}
    forms: dict[str, list[str]] = {"participles": [], "present": [], "standalone": [], "impersonal": []}
    agreement = _w(lang, "agreement") or ("",)
    for outcome in OUTCOMES:
        for stem in _w(lang, "participles").get(outcome, ()):
            for suffix in agreement:
                verb_outcome[fold(stem + suffix)] = outcome
                forms["participles"].append(stem + suffix)
        for kind in ("present", "standalone", "impersonal"):
            for form in _w(lang, kind).get(outcome, ()):
                verb_outcome[fold(form)] = outcome
                forms[kind].append(form)
    # approvals whatever the subject: unanimous votes, impersonal appointments
    for form in (*_w(lang, "unanimous_votes"), *_w(lang, "impersonal_appointments")):
        verb_outcome[fold(form)] = "approved"
        forms["impersonal"].append(form)
    for form in _w(lang, "impersonal_resolutions"):  # "se resolvió ...": an agreement
        verb_outcome[fold(form)] = "agreed"
        forms["impersonal"].append(form)
    return verb_outcome, forms


def _adverbs(lang: str) -> str:
    """Adverbs allowed inside a verb group, any number of them."""
    return rf"(?:\s+{_alt(_w(lang, 'adverbs'))})*"


def _aux(lang: str, between: str) -> str:
    """The passive auxiliaries, ``between`` allowed between their words."""
    forms = [(between + r"\s+").join(phrase(t, fold_item=True, apostrophe=r"'\s*") for t in fold(a).split(" "))
             for a in _w(lang, "passive_aux")]
    return "(?:" + ("|".join(sorted(forms, key=len, reverse=True)) or NEVER) + ")"


def _bodies(lang: str) -> str:
    return _alt((*_w(lang, "deciding_bodies"), *_w(lang, "decision_self_bodies")))


def _participle(lang: str) -> str:
    return _alt(verb_forms(lang)[1]["participles"])


def _standalone(lang: str) -> str:
    return _alt(verb_forms(lang)[1]["standalone"])


@functools.cache
def infinitive_outcomes(lang: str) -> dict[str, Outcome]:
    """Folded decision infinitive -> the outcome it gives ("reporter" -> postponed)."""
    out: dict[str, Outcome] = {fold(f): "postponed" for f in _w(lang, "postpone_infinitives")}
    for outcome, forms in dict(_w(lang, "infinitives") or {}).items():
        out.update({fold(f): outcome for f in forms})
    return out


@functools.cache
def label_outcomes(lang: str) -> dict[str, Outcome]:
    """Folded opening label ("RESOLVED") -> outcome."""
    out: dict[str, Outcome] = {}
    for key in ("opening_labels", "colon_labels"):
        for outcome, forms in dict(_w(lang, key) or {}).items():
            out.update({fold(f): outcome for f in forms})
    return out


def _outcome_table(lang: str, key: str) -> dict[str, Outcome]:
    """Folded word -> outcome, from a ``key.outcome = [...]`` table."""
    return {fold(f): outcome for outcome, forms in dict(_w(lang, key) or {}).items() for f in forms}


def _nominal(lang: str) -> re.Pattern:
    """A decision written as a noun opening the text ("approval of the plan", "report de
    l'examen"): the noun, past a determiner, and the genitive after it."""
    nouns = _outcome_table(lang, "nominal_outcomes")
    if not nouns:
        return re.compile(NEVER)
    return re.compile(rf"^[\s,:–—-]*(?:(?:{_alt(_w(lang, 'determiners'))})\s+)?(?P<noun>{_alt(nouns)})(?![\w])"
                      rf"(?:\s*(?:{_alt(_w(lang, 'genitives'))})(?![\w]))?\s*")


def _clause_verbs_rx(lang: str) -> dict[str, re.Pattern]:
    """The verb groups of a decision clause: passive, negated passive, active, impersonal, operative."""
    adv, advs = _alt(_w(lang, "adverbs")), _adverbs(lang)
    part, fin = _participle(lang), _alt(verb_forms(lang)[1]["present"])
    dets, act_aux = _alt(_w(lang, "determiners")), _alt(_w(lang, "active_aux"))
    nadvs = rf"(?:\s+(?:{adv}|{_alt(_w(lang, 'negation_in_verb'))}))*"
    return dict(
        passive=re.compile(bounded(rf"(?P<aux>{_aux(lang, advs)}){advs}\s+"
                                   rf"(?:[^\W\d_]+\s+{_alt(_w(lang, 'conjunctions'))}\s+)?(?P<verb>{part})")),
        negated_passive=re.compile(  # "n'est pas"
            rf"(?<!\w)(?P<aux>{_aux(lang, nadvs)}){nadvs}\s+(?P<verb>{part})(?!\w)"),
        active=re.compile(
            rf"(?<![\w'])(?:(?P<det>{dets})\s*)?(?P<body>{_bodies(lang)})(?![\w])"
            rf"(?P<mid>(?:(?:\s+[^\W\d_]+){{0,2}}?(?:,(?:[^,.;:!?()\[\]\n]|\([^()\n]{{1,40}}\)){{1,60}},"
            rf"|{_vote_incise(lang)}))?,?"                           # "le Conseil communautaire, par 31 voix pour, ..."
            rf"(?:\s+[^\s.;:!?()\[\]]+){{0,5}}?)"
            # ", por unanimidad de ...,", ", à l'unanimité (2 abstentions),"
            rf"\s+(?:(?P<aux>{act_aux}){advs}\s+|{adv}\s+)?(?P<verb>{part}|{fin})(?![\w])"),
        impersonal=re.compile(bounded(rf"(?:(?P<verb>{_alt(verb_forms(lang)[1]['impersonal'])})"  # "se adopta", not
                                      + _coordinated_impersonal(lang, fin) + ")")),           # "se adoptarán"
        operative=re.compile(rf"^\s*\d{{1,3}}\s*[.)]\s+(?:{adv}\s+)?(?P<verb>{fin})(?![\w])"),  # "5. Also takes note"
    )


def _vote_incise(lang: str) -> str:
    """A vote given between the body and its verb, commas and a bracket inside (", par 31 voix
    pour, 2 contre et 3 abstentions (36 votants, le Président ne prenant pas part au vote),")."""
    tword = _alt((*_w(lang, "tally_for"), *_w(lang, "tally_against"), *_w(lang, "tally_abstain"), *_w(lang, "tally_bare")))
    return (rf",[^.;:!?()\[\]\d]{{0,20}}?\d{{1,4}}\s+(?:{tword})(?![\w])"
            rf"(?:[^.;:!?()\[\]]|\([^()]{{1,120}}\)){{0,160}}?,")


def _coordinated_impersonal(lang: str, fin: str) -> str:
    """An impersonal clause whose verbs are coordinated, the decision verb last ("se votó
    y aprobó", "se analizaron, discutieron y aprobaron"): the last verb as ``cverb``."""
    if not _w(lang, "impersonal_pronouns"):
        return ""
    conj = _alt(_w(lang, "conjunctions"))
    return (rf"|(?<![\w']){_alt(_w(lang, 'impersonal_pronouns'))}\s+[^\W\d_]+(?:\s*,\s*[^\W\d_]+){{0,3}}"
            rf",?\s+(?:{conj})\s+(?P<cverb>{fin})(?!\w)")


def _motion_content(lang: str) -> re.Pattern:
    if not _w(lang, "carrying_verbs"):
        return re.compile(NEVER)
    conj = _alt(_w(lang, "conjunctions"))
    return re.compile(
        rf"(?<![\w])(?:{_alt(_w(lang, 'motion_infinitive_markers'))})\s+"
        rf"(?P<inf>{_alt(infinitive_outcomes(lang))})(?![\w])"
        rf"|(?<![\w])(?:{_alt(_w(lang, 'motion_passive_markers'))})\s+(?:\w+\s+(?:{conj})\s+)?"
        rf"(?P<part>{_participle(lang)})(?![\w])")


def _label_opener(lang: str) -> re.Pattern:
    if not label_outcomes(lang):
        return re.compile(NEVER)
    comp = _alt(_w(lang, "complementizers"))
    return re.compile(rf"^[^\w\n]*(?P<label>{_alt(label_outcomes(lang))})(?:\s*(?::|(?<=\s)[-–—]|[–—])\s*"
                      rf"(?:{comp}(?![\w])\s*)?|\s+(?P<bare>{comp})(?![\w])\s*)")  # "Resolved that ..."


@functools.cache
def verb_patterns(lang: str) -> Verbs:
    """``lang``'s decision verbs compiled (once per process)."""
    fillers = _alt((*_w(lang, "adverbs"), *_w(lang, "unanimous"), *_w(lang, "majority"),
                    *_w(lang, "complementizers")))
    closing = (rf"(?<![\w']){_alt(_w(lang, 'conjunctions'))}\s+(?:{_aux(lang, _adverbs(lang))}\s+)?"
               rf"(?P<verb>{_standalone(lang)})(?![\w])")
    return Verbs(
        verb_outcome=verb_forms(lang)[0], **_clause_verbs_rx(lang),
        verb_first=re.compile(rf"^\W*{_alt(_w(lang, 'verb_first_aux'))}(?![\w])"),
        infinitive=re.compile(
            rf"^[\s,]*(?:\d{{1,3}}(?:\s*[-–/]\s*\d{{1,3}}){{1,2}}[\s,]+)?"      # "voted 5-2 to approve"
            rf"(?:{fillers}[\s,]*){{0,3}}?(?P<inf>{_alt(infinitive_outcomes(lang))})(?![\w])"),
        infinitive_outcome=infinitive_outcomes(lang),
        postpone=re.compile(rf"^\W*(?:\w+\s+)?{_alt(_w(lang, 'postpone_infinitives'))}(?![\w])"),
        aux_words=frozenset(fold(w) for a in (*_w(lang, "passive_aux"), *_w(lang, "active_aux"))
                            for w in a.split()),
        put_to_vote=re.compile(bounded(_alt(_w(lang, "put_to_vote")))),
        closing_outcome=re.compile(closing),
        label_opener=_label_opener(lang),
        label_outcome=label_outcomes(lang),
        colon_labels=frozenset(_outcome_table(lang, "colon_labels")),
        nominal=_nominal(lang),
        nominal_outcome=_outcome_table(lang, "nominal_outcomes"),
        carrying=_folded(*_w(lang, "carrying_verbs")),
        motion_content=_motion_content(lang),
    )


# ----------------------------------------------------------------------------- votes


@dataclass(frozen=True)
class Votes:
    """Tallies, outcome lines and numbered resolution labels."""
    kinds: dict                   # folded tally word -> "for"/"against"/"abstain"/"bare"
    tally_item: re.Pattern
    tally: re.Pattern
    tally_label: re.Pattern       # a count after its label ("Pour : 9", "Contre : 1")
    tally_versus: re.Pattern      # "12 votes to 27", "12 voix contre 3"
    unanimous: re.Pattern
    standalone_line: re.Pattern
    labelled_line: re.Pattern
    item_prefix: re.Pattern
    resolution: re.Pattern        # a numbered resolution label ("DÉLIBÉRATION N° 2023-04 :")
    vote_label: re.Pattern        # a label that only says a vote follows ("Votación", "Result of the vote")


@functools.cache
def tally_kinds(lang: str) -> dict[str, str]:
    """Folded tally word -> "for", "against", "abstain" or "bare"."""
    kinds = {}
    for kind, key in (("for", "tally_for"), ("against", "tally_against"),
                      ("abstain", "tally_abstain"), ("bare", "tally_bare")):
        for t in _w(lang, key):
            kinds[fold(t)] = kind
    return kinds


def _outcome_lines(lang: str, tally: str) -> dict[str, re.Pattern]:
    """A line that is only an outcome or a tally, bare or after its agenda item's label."""
    prefixes, unan, standalone = _alt(_w(lang, "item_prefixes")), _alt(_w(lang, "unanimous")), _standalone(lang)
    return dict(
        standalone_line=re.compile(
            rf"^(?:[^\w\n]*\([^()\n]{{1,40}}\)\s+(?=\w)|[^\w\n]*)(?:(?P<prefix>{prefixes}[^:\n]{{1,120}}?)\s*:\s*)?"  # "(Lee/Ortiz) Carried."
            rf"(?:(?P<verb>{standalone})(?![\w])\s*[:.,-]?\s*)?"
            rf"(?:(?P<unan>{unan})|(?P<tally>{tally})|{_alt(_w(lang, 'majority'))}(?![\w]))?(?P<rest>.*)$"),
        labelled_line=re.compile(
            rf"^(?P<prefix>[^:\n]{{3,150}}?)\s*:\s*(?:{_alt(_w(lang, 'vote_labels'))}\s*:\s*)?"
            rf"(?P<tally>{tally})(?:[^\w]*(?P<verb>{standalone})(?![\w]))?(?P<unan>)(?P<rest>.*)$"),
        item_prefix=re.compile(rf"^\s*{prefixes}\s*"),
    )


def _resolution(lang: str) -> re.Pattern:
    numbers = _alt(_union("resolution_number_words"))
    return re.compile(
        rf"^[^\w\n]*{_alt(_w(lang, 'resolution_labels'))}\s*(?:n\s*[.°ºo]*\s*|no\.?\s*|{numbers}\s+)?"
        rf"(?:[a-z]{{1,8}}[-/.\s])?\d[\w./-]*\s*(?:[:.–—-](?!\d)|$)")


@functools.cache
def vote_patterns(lang: str) -> Votes:
    """``lang``'s tallies and outcome lines compiled (once per process)."""
    tword = _alt(tally_kinds(lang))
    item = rf"(?<![\w.,])\d{{1,4}}\s+{tword}(?![^\W\d_])"
    tally = rf"{item}(?:\s*(?:{_alt(_w(lang, 'tally_joiners'))})?\s*{item})*"
    return Votes(
        kinds=tally_kinds(lang),
        tally_item=re.compile(rf"(?<![\w.,])(?P<n>\d{{1,4}})\s+(?P<kind>{tword})(?![^\W\d_])"),
        tally=re.compile(tally),
        tally_label=re.compile(rf"(?<![\w])(?P<kind>{tword})\s*:\s*(?P<n>\d{{1,4}})(?![\d])"),
        tally_versus=re.compile(
            rf"(?<![\w.,])(?P<n>\d{{1,4}})\s+{_alt(_w(lang, 'tally_bare'))}\s+{_alt(_w(lang, 'tally_versus'))}"
            rf"\s+(?P<m>\d{{1,4}})(?![\d])"),
        unanimous=re.compile(bounded(_alt(_w(lang, "unanimous")))),
        **_outcome_lines(lang, tally),
        resolution=_resolution(lang),
        vote_label=re.compile(rf"[^\w\n]*(?:{_alt(_w(lang, 'vote_labels'))})\s*"),
    )


# ------------------------------------------------------------------------------ cues


@dataclass(frozen=True)
class Cues:
    """Cues that a verb records no decision taken at this meeting."""
    hedges: re.Pattern
    speech: re.Pattern
    negation: re.Pattern
    negation_words: frozenset     # folded negations inside or just before a verb group
    pending: re.Pattern           # "yet", "encore", "todavía": a negated verb tells of an open matter
    relatives: frozenset
    content_relatives: frozenset  # "that"/"que": relative or content-clause opener
    clause_verbs: frozenset       # verbs that close a relative clause
    function_words: frozenset     # prepositions and determiners ("in which", "ce que")
    conditionals: frozenset
    openers: re.Pattern
    frames: re.Pattern
    past: re.Pattern
    process: re.Pattern           # "After discussion": how the body decided, not a background
    election_rule: re.Pattern     # "le maire est élu au scrutin secret": an election's rule, not its result
    deictic: frozenset            # "este Concejo aprobó que ...": a speaker's remark about the body
    not_deciding: re.Pattern      # "passed to": the verb moves a thing
    recall_openers: re.Pattern    # "Como X se aprobó en diciembre, ...": a past act recalled as context
    recall_subordinators: re.Pattern  # "..., because X was approved": a reason given in passing
    pluperfect: frozenset         # "had", "avait", "había": an act done before the meeting
    negative_resolution: re.Pattern  # "decided not to", "de ne pas", "la no aprobación": a rejection
    deferred_vote: re.Pattern     # a line opened by "La délibération", "The vote" (put off when a deferral cue follows)
    no_vote: re.Pattern           # a line opened by "Pas de vote.", "No vote was taken": nothing decided now
    deferral: re.Pattern          # "le prochain conseil", "will return": the matter is held over
    month_date: re.Pattern        # a month (and year) right after a verb: "in December 2022", "en marzo de 2022"
    months: tuple[str, ...]       # folded month names, January first


@functools.cache
def cue_patterns(lang: str) -> Cues:
    """``lang``'s cues of a verb that decides nothing, compiled (once per process)."""
    return Cues(
        hedges=re.compile(bounded(_alt(_w(lang, "hedges")))),
        speech=re.compile(bounded(_alt(_w(lang, "speech_verbs")))),
        negation=re.compile(bounded(_alt(_w(lang, "negations")))),
        negation_words=_folded(*_w(lang, "negations"), *_w(lang, "negation_in_verb")),
        pending=re.compile(bounded(_alt(_w(lang, "pending_words")))),
        relatives=_folded(*_w(lang, "relatives")),
        content_relatives=_folded(*_w(lang, "content_relatives")),
        clause_verbs=_folded(*_w(lang, "clause_verbs")),
        function_words=frozenset(fold(w) for k in ("trailing_words", "genitives", "determiners", "agents",
                                                   "pronouns") for p in _w(lang, k) for w in p.split()),
        conditionals=_folded(*_w(lang, "conditionals")),
        openers=re.compile(rf"^\W*{_alt(_w(lang, 'background_openers'))}(?![\w])"),
        frames=re.compile(rf"^\W*{_alt(_w(lang, 'frame_openers'))}(?![\w])"),
        past=re.compile(bounded(_alt(_w(lang, "past_markers")))),
        process=re.compile(rf"^\W*{_alt(_w(lang, 'process_openers'))}(?![\w])"),
        deictic=_folded(*_w(lang, "deictic_determiners")),
        election_rule=re.compile(bounded(
            rf"{_alt(_w(lang, 'rule_aux'))}(?:\s+\S+)?\s+{_alt(_w(lang, 'election_participles'))}[^\W\d_]{{0,2}}")),
        not_deciding=re.compile(rf"{_alt(_w(lang, 'verb_not_decisions'))}(?![\w])"),
        recall_openers=re.compile(rf"^\W*{_alt(_w(lang, 'recall_openers'))}(?![\w])"),
        recall_subordinators=re.compile(bounded(_alt(_w(lang, "recall_subordinators")))),
        pluperfect=frozenset([w for w in fold(a).split() if w not in _folded(*_w(lang, "impersonal_pronouns"))][0]
                             for a in _w(lang, "pluperfect_aux")),
        negative_resolution=re.compile(
            rf"^[\s,:]*(?!{_alt(_w(lang, 'not_refusals'))}(?![\w])){_alt(_w(lang, 'negative_resolution_markers'))}"
            rf"\s+[^\W\d_]"),
        deferred_vote=re.compile(rf"^[^\w\n]*(?P<cue>{_alt(_w(lang, 'deferred_vote_subjects'))})(?![\w])", re.M),
        no_vote=re.compile(rf"^[^\w\n]*(?P<cue>{_alt(_w(lang, 'no_vote_openers'))})(?![\w])", re.M),
        deferral=re.compile(bounded(_alt(_w(lang, "deferral_cues")))),
        month_date=_month_date(lang),
        months=tuple(fold(m) for m in words(lang, "dates", "months")),
    )


def _month_date(lang: str) -> re.Pattern:
    """A month (and year) right after a verb, past an agent phrase and a meeting's name ("in
    December 2022", "por la Asamblea en marzo de 2022", "en la sesión ordinaria del mes de
    septiembre de 2017"); matched from the verb's end."""
    joiners = _alt(words(lang, "dates", "joiners") or ("of",))
    meeting = rf"(?:(?:{_alt(_w(lang, 'determiners'))})\s+)?{_alt(_w(lang, 'subject_meeting_words'))}(?:\s+[^\W\d_]+){{0,4}}?\s+"
    return re.compile(
        rf"\s*,?\s*(?:{_alt(_w(lang, 'agents'))}\s+[^\d,.;:]{{1,60}}?\s+)?{_alt(_w(lang, 'date_prepositions'))}\s+(?:{meeting})?"
        rf"(?P<month>{_alt(words(lang, 'dates', 'months'))})(?![\w])(?:\s+(?:{joiners}\s+)?(?P<year>(?:19|20)\d\d)(?!\d))?")


# -------------------------------------------------------------------------- subjects


@dataclass(frozen=True)
class Subjects:
    """Deciding bodies, agents, and the words that shape a subject key."""
    agent: re.Pattern             # "by the Council": the body after an agent word
    agent_word: re.Pattern        # an agent word opening the text ("by ")
    agent_lead: re.Pattern        # an agent word and the space after it, to drop
    self_bodies: frozenset        # folded names of the meeting itself ("the meeting")
    not_subjects: re.Pattern
    determiners: re.Pattern
    genitive: re.Pattern
    pronouns: frozenset
    expletives: frozenset         # "it", "il" opening a subject: the subject follows the verb
    prepositions: frozenset       # single-word prepositions a subject never starts with ("took note of the")
    leading: frozenset
    stop_words: frozenset
    stops: re.Pattern
    conj: re.Pattern
    version: re.Pattern
    meeting_ordinal: re.Pattern
    meeting_key: str
    meeting_key_end: re.Pattern   # a key ending in its meeting number ("réunion 6")
    ordinal_links: re.Pattern     # a determiner or "of" left before a meeting ordinal
    ordinals: dict
    months: tuple[str, ...]       # folded month names (a year after one is part of a date)


def _meeting_ordinal(lang: str, ordinals: dict) -> re.Pattern:
    """A meeting-ordinal phrase closing a subject ("rapport de la sixième réunion")."""
    suffixes = _alt(_w(lang, "subject_ordinal_suffixes"))
    ordinal_rx = rf"(?:(?P<word>{_alt(ordinals)})|(?P<num>\d{{1,3}})\s*{suffixes})"
    return re.compile(rf"^(?P<head>.*?)\s+(?:\S+\s+){{0,2}}?{ordinal_rx}\s+"
                      rf"{_alt(_w(lang, 'subject_meeting_words'))}(?![\w]).*$")


def _agents(lang: str) -> dict[str, re.Pattern]:
    agents, dets = _alt(_w(lang, "agents")), _alt(_w(lang, "determiners"))
    return dict(
        agent=re.compile(rf"^\s*{agents}\s+(?:{dets}\s*)?(?P<body>{_bodies(lang)})(?![\w])"),
        agent_word=re.compile(rf"^\s*{agents}\s"),
        agent_lead=re.compile(rf"^\s*{agents}\s+"),
    )


@functools.cache
def subject_patterns(lang: str) -> Subjects:
    """``lang``'s bodies and subject words compiled (once per process)."""
    ordinals = {fold(w): i for i, w in enumerate(_w(lang, "ordinals"), start=1)}
    ordinals.update({fold(k): int(v) for k, v in dict(_w(lang, "ordinal_aliases") or {}).items()})
    dets = _alt(_w(lang, "determiners"))
    key = _w(lang, "meeting_key")
    return Subjects(
        **_agents(lang),
        self_bodies=_folded(*_w(lang, "decision_self_bodies")),
        not_subjects=re.compile(bounded(_alt(_w(lang, "not_subjects")))),
        determiners=re.compile(rf"^(?:{_alt(_w(lang, 'quantifiers'))}|{dets})(?:\s+|(?<='))"),
        genitive=re.compile(rf"(?<![\w']){_alt(_w(lang, 'genitives'))}\s*$"),
        pronouns=_folded(*_w(lang, "pronouns")),
        expletives=_folded(*_union("expletive_pronouns")),
        prepositions=frozenset(fold(w) for k in ("trailing_words", "genitives") for w in _w(lang, k)
                               if " " not in w and "'" not in w),
        leading=_folded(*_w(lang, "adverbs"), *_w(lang, "relatives"), *_w(lang, "complementizers")),
        stop_words=_folded(*_w(lang, "subject_stops"), *_w(lang, "conjunctions"), *_w(lang, "trailing_words")),
        stops=re.compile(rf"[(\[{_QUOTES}:;]|(?<!\d),|,(?!\d)|\s(?:{_alt(_w(lang, 'subject_stops'))})(?![\w])"),
        conj=re.compile(rf",\s*|\s+{_alt(_w(lang, 'conjunctions'))}\s+"),
        version=re.compile(bounded(rf"(?:v\s?\d+(?:\.\d+)?|{_alt(_w(lang, 'version_words'))})")),
        meeting_ordinal=_meeting_ordinal(lang, ordinals),
        meeting_key=key,
        meeting_key_end=re.compile(rf"\b{re.escape(key)} \d+$"),
        ordinal_links=re.compile(rf"\s+(?:{dets}|{_alt(_union('meeting_ordinal_links'))})$", re.IGNORECASE),
        ordinals=ordinals,
        months=tuple(fold(m) for m in words(lang, "dates", "months")),
    )


# ------------------------------------------------------------------------------- all


@dataclass(frozen=True)
class Lex:
    """One language's compiled decision patterns, by concern."""
    lang: str
    verbs: Verbs
    votes: Votes
    cues: Cues
    subjects: Subjects
    doc_code: re.Pattern


@functools.cache
def lexicon_patterns(lang: str) -> Lex:
    """Compile ``lang``'s ``[decisions]`` lexicon into regexes (once per process)."""
    from .refwords import doc_code      # refwords reads this module's helpers
    return Lex(lang=lang, verbs=verb_patterns(lang), votes=vote_patterns(lang), cues=cue_patterns(lang),
               subjects=subject_patterns(lang), doc_code=doc_code(lang))
