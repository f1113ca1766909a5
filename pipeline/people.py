"""One person per real person, across all documents.

The rule (and its limits):

* A person is keyed by folded family name + folded given name (accents, case and
  honorifics ignored): "M. Jean-François SOUSSANA" and "Dr Jean-François SOUSSANA" are one
  person; ``person_id = stable_id(folded family, folded given)``.
* An appearance with a family name but no given name ("M. SOUSSANA", "Dr SOUSSANA")
  attaches to the one known person with that family name and a given name; when two or
  more people share that family name (or none is known) it stays its own person keyed
  by family name alone, so a bare name is never merged into the wrong person.
* A given name written as an initial ("J.-F. SOUSSANA") matches a known given name with
  the same initials when that is the only candidate.
* People known only by a first name ("Mme Barbara (nom non indiqué)", "Yves" in a
  roster) are the one person of the same document with that given name and a family
  name ("M. Yves GRANGER") when there is exactly one; otherwise they are kept apart per
  document (key: given name + doc_id): two "John"s in two reports are not assumed to be
  the same person.
* A person known only by a role ("Clerk:" opening turns of a report that never names the
  clerk) is keyed by the folded role and the body (the Intervention's affiliation), or by
  the document when no body is known: the clerk of one council across its hansards is one
  person, the clerks of two bodies are two. Its display name is the role and the body.
* Limits: no use of roles (beyond role-only people), affiliations or dates (two different "Paul LUU" are one person;
  a woman who changed family name is two people); nicknames and transliteration variants
  ("Mohamed"/"Mohammed") are not merged; honorific gender is not used to split people.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import replace
from typing import Sequence

from pipeline.records import Intervention, Person
from pipeline.text import fold, stable_id


def _key(s: str | None) -> str:
    return fold(s or "").replace("-", " ").replace("'", " ").strip()


def _initials(given: str) -> str:
    return "".join(p[0] for p in re.split(r"[\s.\-]+", fold(given)) if p)


def _is_initials(given: str) -> bool:
    return all(len(p) <= 1 for p in re.split(r"[\s.\-]+", given.strip()) if p)


def _role_name(i: Intervention) -> str:
    """The display name of a person known only by a role: the role, then the body."""
    role = " ".join((i.role or i.name_as_written).split())
    return f"{role} ({i.affiliation})" if i.affiliation else role


def interventions_to_people(
        interventions: Sequence[Intervention]) -> tuple[tuple[Person, ...], tuple[Intervention, ...]]:
    """The people behind ``interventions`` and the interventions with ``person_id`` set
    (see the module docstring for the rule)."""
    # full names known: family -> set of given names (by folded key)
    full: dict[str, dict[str, list[Intervention]]] = defaultdict(lambda: defaultdict(list))
    for i in interventions:
        if i.family_name and i.given_name and not _is_initials(i.given_name):
            full[_key(i.family_name)][_key(i.given_name)].append(i)

    # per document: given name (whole or first word) -> full-name keys
    in_doc: dict[tuple, set[tuple]] = defaultdict(set)
    for fam, givens in full.items():
        for g, members in givens.items():
            for m in members:
                for key in {g, g.split()[0] if g else g}:
                    in_doc[(m.doc_id, key)].add(("full", fam, g))

    def resolve(i: Intervention) -> tuple:
        fam = _key(i.family_name)
        if not fam and not _key(i.given_name) and i.role:
            return ("role", _key(i.role), _key(i.affiliation) or i.doc_id)
        if not fam:
            same = in_doc.get((i.doc_id, _key(i.given_name)), set())
            if len(same) == 1:
                return next(iter(same))
            return ("given", _key(i.given_name), i.doc_id)
        givens = full.get(fam, {})
        if i.given_name and not _is_initials(i.given_name):
            return ("full", fam, _key(i.given_name))
        if i.given_name:                                   # initials
            cands = [g for g in givens if _initials(g) == _initials(i.given_name)]
        else:
            cands = list(givens)
        if len(cands) == 1:
            return ("full", fam, cands[0])
        return ("family", fam)

    keys = [resolve(i) for i in interventions]
    groups: dict[tuple, list[Intervention]] = defaultdict(list)
    for k, i in zip(keys, interventions):
        groups[k].append(i)

    people: dict[tuple, Person] = {}
    for k, members in groups.items():
        pid = stable_id(*k[1:]) if k[0] == "full" else stable_id(*k)
        # display name: the most common full form written for this person
        best = max(members, key=lambda m: (bool(m.given_name), bool(m.family_name), bool(m.honorific)))
        honorific = Counter(m.honorific for m in members if m.honorific).most_common(1)
        given = best.given_name
        family = best.family_name
        name = " ".join(p for p in (given, family) if p) or _role_name(best)
        people[k] = Person(person_id=pid, name=name, family_name=family,
                           honorific=honorific[0][0] if honorific else None, given_name=given)
    resolved = tuple(replace(i, person_id=people[k].person_id) for k, i in zip(keys, interventions))
    ordered = tuple(sorted(people.values(), key=lambda p: (fold(p.family_name or ""), fold(p.name))))
    return ordered, resolved
