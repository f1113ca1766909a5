"""The lexicon's [people] words as the rules read them: sets and alternations, once per language."""

from __future__ import annotations

import functools

from pipeline.lexicon import every_language, words
from pipeline.patterns import alternation
from pipeline.text import fold


def _every_language(key: str) -> list[str]:
    """The [people] ``key`` words of every language, for words read whatever the language."""
    return every_language("people", key)


@functools.cache
def _conjunctions() -> frozenset[str]:
    """Conjunctions joining two names, of every language ("et", "and", "y", "ainsi que")."""
    return frozenset(_every_language("name_conjunctions"))


@functools.cache
def _honorifics(lang: str) -> dict[str, str]:
    """Honorifics as written -> canonical form, each also in capitals ("COUNCILLOR PATEL:",
    "SRA. RUIZ:", as transcripts and all-caps rolls write them)."""
    hons = dict(words(lang, "people", "honorifics"))
    return hons | {h.upper(): c for h, c in hons.items()
                   if len(h.rstrip(".")) >= 2 and h.upper() not in hons}


@functools.cache
def _honorific_words(lang: str) -> frozenset[str]:
    """Honorifics folded and without their dot ("mr", "dona"): never a family name."""
    return frozenset(fold(h).rstrip(".") for h in _honorifics(lang))


@functools.cache
def _particles(lang: str) -> frozenset[str]:
    return frozenset(fold(p) for p in words(lang, "people", "particles"))


@functools.cache
def _role_words(lang: str) -> frozenset[str]:
    return frozenset(fold(r) for r in words(lang, "people", "roles"))


@functools.cache
def _role_tokens(lang: str) -> frozenset[str]:
    """Folded words of the roles, particles aside ("directora", "general")."""
    return frozenset(fold(t) for r in words(lang, "people", "roles") for t in r.split()) \
        - _particles(lang)


@functools.cache
def _not_names(lang: str) -> frozenset[str]:
    """Folded capitalised words that are never part of a person's name: the lexicon's, and
    the labels of a motion's mover, seconder and outcome ("Seconded", "Carried")."""
    return frozenset(fold(w) for w in words(lang, "people", "not_names")) | _motion_words(lang)


@functools.cache
def _institution_words(lang: str) -> frozenset[str]:
    """Single words naming meetings and bodies (never part of a person's name)."""
    items = list(words(lang, "meetings", "meeting_words")) + list(words(lang, "meetings", "bodies"))
    return frozenset(fold(w) for w in items if " " not in w)


@functools.cache
def _name_lists() -> tuple[frozenset[str], frozenset[str]]:
    """Folded given names and family names of many countries (Faker's person providers,
    MIT licensed), to tell a middle given name ("Mary Ann Smith") from the first of two
    family names ("Rafael Quintero Lleras"). Read from extractors/data
    (extractors/library_tables.py) when built by this Faker."""
    from extractors.library_tables import stored
    names = stored("person_names", "faker")
    if names is not None:
        return frozenset(names["given"]), frozenset(names["family"])
    return name_lists_from_faker()


def name_lists_from_faker() -> tuple[frozenset[str], frozenset[str]]:
    """``_name_lists()`` worked out from Faker's providers; empty when Faker is missing."""
    try:
        import importlib
        import pkgutil
        import faker.providers.person as persons
    except ImportError:                          # pragma: no cover - a declared dependency
        return frozenset(), frozenset()
    given: set[str] = set()
    family: set[str] = set()
    for mod in pkgutil.iter_modules(persons.__path__):
        try:
            provider = importlib.import_module(f"{persons.__name__}.{mod.name}").Provider
        except Exception:                        # pragma: no cover - a broken locale only
            continue                             # loses its own names; the others serve
        for attr, into in (("first_names", given), ("first_names_male", given),
                           ("first_names_female", given), ("last_names", family)):
            names = getattr(provider, attr, None)
            if isinstance(names, (list, tuple, dict, set, frozenset)):
                into.update(fold(n) for n in names if isinstance(n, str) and n[:1].isupper())
    return frozenset(given), frozenset(family)


@functools.cache
def _determiners() -> frozenset[str]:
    """Determiners that may open a subject, of every language ("le", "the", "los")."""
    return frozenset(_every_language("subject_determiners"))


@functools.cache
def _determiner() -> str:
    """The determiners of every language as one alternation."""
    return alternation(_determiners())


@functools.cache
def _written_honorifics(lang: str) -> str:
    """Honorifics written out in full ("Monsieur", "señor"), as one alternation."""
    return alternation([h for h in words(lang, "people", "honorifics") if "." not in h and len(h) > 3])


@functools.cache
def _degree_title(lang: str) -> str:
    """A degree written as head, link word and abbreviated field ("Dr. en C.", "M. en C.",
    "Esp. en AP."), one more honorific alternative ("" when the language has none)."""
    heads, links = words(lang, "people", "degree_heads"), words(lang, "people", "degree_links")
    if not heads or not links:
        return ""
    return rf"|(?:{alternation(heads)})[ \t]+(?:{alternation(links)})[ \t]+[A-Z][A-Za-z]{{0,3}}\."


@functools.cache
def _place_heads(lang: str) -> frozenset[str]:
    """Folded words opening a place name ("Villa Hermosa", "Port Hope"): a capitalised pair
    without an honorific that one opens is no person."""
    return frozenset(fold(w) for w in words(lang, "people", "place_heads"))


@functools.cache
def _verb_words(lang: str) -> frozenset[str]:
    """Folded one-word act verbs ("noted", "présente"): a capitalised word before one
    written in capitals is no Given FAMILY ("Senate NOTED the report")."""
    keys = ("speak_verbs", "present_verbs", "chair_verbs", "discussion_verbs", "task_verbs")
    return frozenset(fold(v) for k in keys for v in words(lang, "people", k) if " " not in v)


@functools.cache
def _motion_words(lang: str) -> frozenset[str]:
    """Folded words that label a motion's mover, seconder or outcome ("Seconded", "Appuyé",
    "Carried", "Adopté"): the first word of each mover and seconder phrase and every
    one-word outcome of the decisions lexicon. A name never runs on into one ("Cllr Adams
    Seconded: ...", "Mme Roy" / "Adopté à l'unanimité")."""
    heads = {fold(p.split()[0]) for k in ("mover_phrases", "seconder_phrases")
             for p in words(lang, "people", k)}
    outcomes = {fold(w) for ws in dict(words(lang, "decisions", "standalone")).values()
                for w in ws if " " not in w}
    return frozenset(w for w in heads | outcomes if len(w) >= 4)
