"""One language's words for motions and vote results compiled into regexes: what opens a
motion, what closes it (a bare outcome, a referral, a vote-result field, a roll call), the
deliberation formula before a deciding verb, and the trailing outcome clause."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from pipeline.patterns import NEVER
from pipeline.text import fold

from .lexicon import OUTCOMES, _adverbs, _alt, _aux, _participle, _standalone, _w, infinitive_outcomes, verb_forms


@dataclass(frozen=True)
class Motions:
    """Motions put to the body and the lines that close them."""
    cue: re.Pattern               # "I move that", "Moved by X, seconded by Y, that"
    action: re.Pattern            # a sentence opening with a deciding infinitive ("Approve the ...")
    referral: re.Pattern          # "automatic referral", "notice of motion": the motion is postponed
    bare: re.Pattern              # a sentence that is only an outcome ("Motion is defeated.", "The committee agreed.")
    result: re.Pattern            # a vote-result field ("RESULT: FAILED [4-2-1-1]")
    result_outcome: dict          # folded result value -> outcome
    roll: re.Pattern              # a roll-call label opening a line ("AYES: Lee, Ortiz", "Yeas")
    roll_inline: re.Pattern       # a roll-call label and its colon anywhere ("(Ayes: Lee; Nays: Roy)")
    roll_count: re.Pattern        # a roll-call label and its count ("Yeas 7", "Nays: 9")
    roll_kind: dict               # folded roll label -> "for" / "against" / "abstain"
    nobody: frozenset             # "None" after a roll label
    deliberated: re.Pattern       # "après en avoir délibéré à l'unanimité, ACCEPTE"
    capital: re.Pattern           # an operative verb opening a line ("DESIGNE comme délégués")
    capital_outcome: dict         # folded capital verb -> outcome
    deliberation: re.Pattern      # the deliberation formula alone
    outcome_cues: tuple           # (outcome, pattern): what a carried motion does ("move adoption")
    trailing: re.Pattern          # "..., la cual se aprueba por unanimidad." closing a sentence
    tally_skip: re.Pattern        # a tally or vote phrase to skip before an infinitive
    noun_end: re.Pattern          # a motion noun ending a text ("... is the amendment")
    noun_only: re.Pattern         # a subject that is only a motion noun ("The motion", "la propuesta")
    vote_token: re.Pattern        # one token of a vote phrase: a tally word, a count, a preposition, majority
    content: re.Pattern           # a complementizer saying what a motion does ("that", "to", "de")
    mover: re.Pattern             # who moved or seconded, at its end ("seconded by", "Moved"): a name follows
    named_clause: re.Pattern      # the mover's name, then what is moved ("Cr Bell, that ...", "Cr Bell that ...")
    clause: re.Pattern            # a resolution clause opening its paragraph ("That Council defer ...")
    clause_verb: re.Pattern       # a body and the verb it is moved to do ("that council defer", folded)
    clause_outcome: dict          # folded infinitive -> the outcome of the clause carried
    body_verb: re.Pattern         # a body and its verb opening what is moved ("Council adopt "), folded


def _outcome_words(lang: str, key: str) -> dict:
    out: dict = {}
    for outcome in OUTCOMES:
        out.update({fold(w): outcome for w in dict(_w(lang, key) or {}).get(outcome, ())})
    return out


def _tail(lang: str) -> str:
    """What may follow an outcome verb in a bare outcome: unanimity, majority, a tally."""
    tword = _alt((*_w(lang, "tally_for"), *_w(lang, "tally_against"), *_w(lang, "tally_abstain"),
                  *_w(lang, "tally_bare")))
    kinds = _roll(lang)[1]
    labels = _alt(kinds) if kinds else NEVER
    extra = _alt((*_w(lang, "unanimous"), *_w(lang, "majority")))
    if _w(lang, "vote_announcers"):       # "carried by the following vote:" (the roll call below)
        extra += rf"|(?:{_alt(_w(lang, 'vote_announcers'))})\s*:?"
    return (rf"(?:[\s,;:()\[\]–-]*(?:{extra}|(?:\w+\s+)?\d{{1,4}}\s+{tword}(?![\w])|\w+\s+{tword}(?![\w])"
            rf"|\d{{1,3}}(?:\s*[-–/]\s*\d{{1,3}}){{1,3}}(?![\w/])"      # "5-0", "CARRIED 5/2"
            rf"|\(\s*(?:{labels})\s*:[^()]{{0,200}}\)))*[\s)\]]*")     # "(Ayes: Lee, Roy; Nays: Kim)"


def _bare(lang: str) -> re.Pattern:
    """A sentence that is only an outcome: a motion noun or body and its verb, an
    impersonal outcome, optionally after a speaker label or "put to the vote,"."""
    dets = _alt(_w(lang, "determiners"))
    nouns = _alt((*_w(lang, "motion_subject_nouns"), *_w(lang, "deciding_bodies")))
    present = _alt((*verb_forms(lang)[1]["present"],))
    impersonal = _alt(verb_forms(lang)[1]["impersonal"])
    put = _alt(_w(lang, "put_to_vote"))
    advs = _adverbs(lang)
    subject = (rf"(?:(?:{dets})\s+)?(?P<noun>{nouns})\s+(?:{_aux(lang, advs)}{advs}\s+)?"
               rf"(?:{_alt(_w(lang, 'adverbs'))}\s+)*(?P<verb>{_participle(lang)}|{present}|{_standalone(lang)})")
    declared = _alt(_w(lang, "outcome_declarations"))          # "I declare the motion carried."
    agent = rf"(?:\s+{_alt(_w(lang, 'agents'))}\s+(?:(?:{dets})\s+)?{nouns})?"   # "... non retenue par le conseil"
    return re.compile(
        rf"^[^\w\n]*(?:[^:\n.?]{{1,60}}:\s+)?(?:(?:(?:{dets})\s+[^\W\d_]+\s+)?{declared}\s+)?"   # "The Moderator declared"
        rf"(?:{put}(?P<matter>[^,.]{{0,60}}),\s*)?"
        rf"(?:{subject}|(?P<imp>{impersonal})|{_aux(lang, advs)}{advs}\s+(?P<part>{_participle(lang)}))(?![\w])"
        rf"{agent}{_tail(lang)}\s*[.!]?\s*$")


def _motion_named(lang: str) -> str:
    """A motion named before a result value ("VOTED: Motion to table carries"), optional."""
    nouns, markers = _w(lang, "motion_subject_nouns"), _w(lang, "motion_infinitive_markers")
    if not nouns:
        return ""
    to = rf"(?:\s+{_alt(markers)}\s+[^\W\d_]+)?" if markers else ""
    return rf"(?:(?:{_alt(nouns)}){to}\s+)?"


def _vote_token(lang: str) -> re.Pattern:
    """One token of a vote phrase after an outcome verb: a tally word, a count, a joiner, a
    majority or unanimity, or a preposition (``prep``)."""
    tword = _alt((*_w(lang, "tally_for"), *_w(lang, "tally_against"), *_w(lang, "tally_abstain"),
                  *_w(lang, "tally_bare")))
    others = _alt((*_w(lang, "unanimous"), *_w(lang, "majority"), *_w(lang, "tally_joiners"),
                   *_w(lang, "deliberation_fillers")))
    preps = _alt((*_w(lang, "trailing_words"), *_w(lang, "genitives"), *_w(lang, "agents")))
    return re.compile(rf"[\s,;:()]*(?:(?P<tally>{tword})|\d{{1,4}}|{others}|(?P<prep>{preps}))(?![\w])")


def _deliberated(lang: str) -> dict[str, re.Pattern]:
    """The deliberation formula and a deciding verb after it, past unanimity, tallies
    and the vote's manner ("après en avoir délibéré et voté à l'unanimité, APPROUVE")."""
    cues = _alt(_w(lang, "deliberation_cues"))
    fillers = _alt((*_w(lang, "deliberation_fillers"), *_w(lang, "unanimous"), *_w(lang, "majority"),
                    *_w(lang, "tally_for"), *_w(lang, "tally_against"), *_w(lang, "tally_abstain"),
                    *_w(lang, "tally_bare"), *_w(lang, "tally_joiners")))
    verbs = _alt((*verb_forms(lang)[1]["present"], *_outcome_words(lang, "deliberation_capital_verbs")))
    skip = rf"(?:[\s,;:–—-]+|\d{{1,4}}|{fillers}(?![\w])|[^\W\d_]+(?=\s+{fillers}(?![\w])))*"
    return dict(
        deliberated=re.compile(rf"(?<![\w]){cues}(?![\w]){skip}\s*(?P<verb>{verbs})(?![\w])"),
        deliberation=re.compile(rf"(?<![\w]){cues}(?![\w])"),
        tally_skip=re.compile(rf"^{skip}"),
    )


def _roll(lang: str) -> tuple[re.Pattern, dict]:
    kinds = {fold(w): kind for kind, ws in dict(_w(lang, "vote_roll_labels") or {}).items() for w in ws}
    if not kinds:
        return re.compile(NEVER), {}
    return re.compile(rf"^[^\w\n]*(?P<label>{_alt(kinds)})\s*(?::\s*(?P<rest>.*)|\s*)$"), kinds


def _trailing(lang: str) -> re.Pattern:
    """A last clause that only records the outcome: "..., all approved.", "..., la cual
    se aprueba por unanimidad.", "..., todo es aprobado por unanimidad."."""
    subjects = _alt(_w(lang, "trailing_outcome_subjects"))
    advs = _adverbs(lang)
    verb = rf"{_participle(lang)}|{_alt(verb_forms(lang)[1]['impersonal'])}|{_standalone(lang)}"
    return re.compile(
        rf"[,;]\s*(?:{subjects}\s+)?(?:{_aux(lang, advs)}{advs}\s+)?(?P<verb>{verb})(?![\w]){_tail(lang)}"
        rf"\s*[.!]?\s*$")


def _movers(lang: str, comp: str) -> dict[str, re.Pattern]:
    """Movers and seconders named before what they move, and resolution clauses moved as they
    stand ("That Council defer ..."); the clause's body and verb say what a carried motion does."""
    dets, bodies = _alt(_w(lang, "determiners")), _alt((*_w(lang, "deciding_bodies"), *_w(lang, "decision_self_bodies")))
    openers = _w(lang, "motion_clause_openers")
    infinitives = _alt(infinitive_outcomes(lang))
    return dict(
        mover=re.compile(_alt(_w(lang, "mover_cues")) if _w(lang, "mover_cues") else NEVER),   # fullmatch a cue
        named_clause=re.compile(rf"^\s*(?:(?i:{dets})\s+)?[A-ZÀ-Ý][\w.'’-]*(?:\s+[\w.'’-]+){{0,7}}?,?\s+"
                                rf"(?=(?i:{comp})(?:(?<=')|(?![\w])))"),   # "Cr Roy, that", "Mme Roy, d'attribuer"
        clause=re.compile(rf"^[^\w\n]*(?i:{_alt(openers)})\s+(?=(?i:{dets})\s|[A-ZÀ-Ý])" if openers else NEVER),
        clause_outcome=infinitive_outcomes(lang),
        body_verb=re.compile(rf"^\s*(?:(?:{dets})\s+)?(?:{bodies})\s+[^\W\d_]+\s+(?=\S)"),
        clause_verb=re.compile(rf"(?<![\w])(?:{comp})\s+(?:(?:{dets})\s+)?(?:{bodies})\s+(?P<inf>{infinitives})(?![\w])"
                               if openers else NEVER),
    )


@functools.cache
def motion_patterns(lang: str) -> Motions:
    """``lang``'s motion and vote-result words compiled (once per process)."""
    results = _outcome_words(lang, "vote_result_values")
    capital = _outcome_words(lang, "deliberation_capital_verbs")
    infinitives = _alt((*_w(lang, "postpone_infinitives"),
                        *(f for fs in dict(_w(lang, "infinitives") or {}).values() for f in fs)))
    comp = _alt(_w(lang, "complementizers"))
    roll, roll_kind = _roll(lang)
    cues = tuple((outcome, re.compile(rf"(?<![\w']){_alt(ws)}(?![\w])"))
                 for outcome, ws in dict(_w(lang, "motion_outcome_cues") or {}).items() if ws)
    return Motions(
        cue=re.compile(rf"(?<![\w']){_alt((*_w(lang, 'motion_sentence_cues'), *_w(lang, 'mover_cues')))}"
                       rf"(?:(?<=')|(?![\w]))"),           # "propose d'attribuer": a cue ending in an apostrophe
        action=re.compile(rf"^[^\w\n]*(?:{comp}\s*)?(?P<inf>{infinitives})(?![\w])"),
        referral=re.compile(rf"(?<![\w']){_alt(_w(lang, 'referral_outcome_cues'))}(?![\w])"),
        bare=_bare(lang),
        result=re.compile(rf"(?<![\w]){_alt(_w(lang, 'vote_result_labels'))}\s*:\s*{_motion_named(lang)}"
                          rf"(?P<value>{_alt(results)})(?![\w])" if results else NEVER),
        result_outcome=results,
        roll=roll, roll_kind=roll_kind,
        roll_inline=re.compile(rf"(?<![\w])(?P<label>{_alt(roll_kind)})\s*:" if roll_kind else NEVER),
        roll_count=re.compile(rf"(?<![\w])(?P<label>{_alt(roll_kind)})\s*:?\s*(?P<n>\d{{1,3}})(?![\w/-]|[.,]\d)"
                              if roll_kind else NEVER),
        nobody=frozenset(fold(w) for w in _w(lang, "vote_roll_nobody")),
        capital=re.compile(rf"^[^\w\n]*(?P<verb>{_alt(capital)})(?![\w])" if capital else NEVER),
        capital_outcome=capital,
        outcome_cues=cues,
        trailing=_trailing(lang),
        noun_end=re.compile(rf"(?<![\w']){_alt(_w(lang, 'motion_subject_nouns'))}$"),
        vote_token=_vote_token(lang),
        noun_only=re.compile(rf"^\W*(?:(?:{_alt(_w(lang, 'determiners'))})\s+)?{_alt(_w(lang, 'motion_subject_nouns'))}\W*$"),
        content=re.compile(rf"(?:^|[\s:,])(?:{comp})(?![\w])"),
        **_movers(lang, comp),
        **_deliberated(lang),
    )
