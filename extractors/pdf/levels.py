"""Heading levels from typography and numbering: a larger size outranks a smaller one,
bold outranks plain type of the same size, and within one style a list numbered afresh
("1." after "2.", when "3." follows later) or a dotted number ("2.1") is one level deeper.
So a numbered sub-item set in body type ("1. Core Facility I") nests inside the section
above it instead of ending it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

_ROMAN = {"I": 1, "V": 5, "X": 10}
_DOTTED = re.compile(r"^\s*(\d{1,3}(?:\.\d{1,3})*)\s*(?:\.-|[.)/°–-])?\s*$")
_CODE = re.compile(r"\d\s*/\s*\d|^\s*(?:19|20)\d\d-")       # "58/9", "2020-038": a code, no list
_YEAR_CODE = re.compile(r"^\s*(?:19|20)\d\d-\s?(\d{1,3})\s*$")   # "2020-038": the year's 38th
# A list goes on across a change of type this small (a word processor's 11 pt and 12 pt
# items of one agenda): "4/" in 11 pt after "3/" in 12 pt is its sibling.
_SAME_TYPE = 1.0


@dataclass(frozen=True)
class HeadingStyle:
    """What decides a heading's rank: its type (size, weight) and its item number, if any
    (``marker``: the item-number text opening the heading, ``worded``: "Point n° 3")."""
    size: float
    bold: bool
    marker: str | None = None
    worded: bool = False


def list_number(marker: str | None, worded: bool = False) -> tuple[str, tuple[int, ...]] | None:
    """The list a marker numbers in and its number: ("arabic", (2, 1)) for "2.1", ("roman",
    (4,)) for "IV.", ("lower", (2,)) for "b)", ("code", (38,)) for a deliberation code
    "2020-038" (deliberations are numbered in sequence over the year); None for another
    code ("58/9") or no marker."""
    if not marker:
        return None
    code = _YEAR_CODE.match(marker)
    if code:
        return "code", (int(code.group(1)),)
    if _CODE.search(marker):
        return None
    if worded:
        n = re.search(r"\d+", marker)
        return ("word", (int(n.group()),)) if n else None
    m = _DOTTED.match(marker)
    if m:
        return "arabic", tuple(int(x) for x in m.group(1).split("."))
    core = re.sub(r"[\s.)/°–-]", "", marker)
    if core and set(core) <= set(_ROMAN):
        return "roman", (_roman(core),)
    if len(core) == 1 and core.isalpha():
        return ("lower" if core.islower() else "upper"), (ord(core.lower()) - 96,)
    return None


def _roman(s: str) -> int:
    total = 0
    for a, b in zip(s, s[1:] + " "):
        v = _ROMAN[a]
        total += -v if b != " " and _ROMAN[b] > v else v
    return total


def _depth(stack: list[list], kind: str, n: int, resumes) -> int:
    """Place item ``n`` of a ``kind`` list on the open lists of one style (outermost
    first) and return its depth: the next number of an open list continues it, closing
    the lists opened inside; a "1" opens a list inside the current one, unless it is a
    list of the same kind that ``resumes(kind, last)`` says never goes on (a list begun
    again: the agenda's items, then the same items discussed). Where two open lists
    both go on with ``n``, the inner one does only if ``n`` comes again later."""
    going_on = [i for i in range(len(stack)) if stack[i][0] == kind and n == stack[i][1] + 1]
    if going_on:
        i = going_on[-1] if len(going_on) > 1 and resumes(kind, n - 1) else going_on[0]
        del stack[i + 1:]
        stack[i][1] = n
        return i
    same = [i for i in range(len(stack)) if stack[i][0] == kind]
    if n == 1 and same and not resumes(kind, stack[same[-1]][1]):
        del stack[same[-1]:]
    elif n != 1:
        for i in range(len(stack) - 1, -1, -1):
            if stack[i][0] == kind:           # a number skipped: still that list
                del stack[i + 1:]
                stack[i][1] = n
                return i
    stack.append([kind, n])
    return len(stack) - 1


def heading_levels(heads: Sequence[HeadingStyle]) -> list[int]:
    """Each heading's level (1 the highest), in document order: styles ranked by size then
    weight, then numbering depth within a style. A heading of a higher style closes the
    lists of the styles below it."""
    styles = sorted({(-round(h.size), not h.bold) for h in heads})
    rank = {s: i for i, s in enumerate(styles)}
    stacks: list[list[list]] = [[] for _ in styles]
    ranks = [rank[(-round(h.size), not h.bold)] for h in heads]
    numbers = [list_number(h.marker, h.worded) for h in heads]

    def resumes_after(i: int):
        """Whether a list of heading ``i``'s style goes on with the number after ``last``
        before a heading of a higher style closes it."""
        def resumes(kind: str, last: int) -> bool:
            for r, number in zip(ranks[i + 1:], numbers[i + 1:]):
                if r < ranks[i]:
                    return False
                if r == ranks[i] and number and number[0] == kind and number[1][0] == last + 1:
                    return True
            return False
        return resumes

    keys = []
    for i, number in enumerate(numbers):
        r = _continued_style(i, heads, styles, stacks, ranks, number)
        ranks[i] = r
        for lower in stacks[r + 1:]:
            lower.clear()
        depth = 0
        if number and number[0] == "code" and not _goes_on(stacks[r], number):
            stacks[r][:] = [["code", number[1][0]]]      # a code opens no nested list
        elif number:
            kind, nums = number
            depth = _depth(stacks[r], kind, nums[0], resumes_after(i)) + len(nums) - 1
        keys.append((r, depth))
    level_of = {k: i + 1 for i, k in enumerate(sorted(set(keys)))}
    return [level_of[k] for k in keys]


def _goes_on(stack: list[list], number: tuple[str, tuple[int, ...]]) -> bool:
    kind, nums = number
    return len(nums) == 1 and any(k == kind and nums[0] == last + 1 for k, last in stack)


def _continued_style(i: int, heads: Sequence[HeadingStyle], styles: list[tuple[int, bool]],
                     stacks: list[list[list]], ranks: list[int], number) -> int:
    """The style rank heading ``i`` is placed in: its own, unless its number goes on with
    a list open in a style of the same weight and nearly the same size, or it opens a list
    where its own style has none open and such a style has one: then it is placed in that
    style's lists (an item set 1 pt larger or smaller by accident stays in its list)."""
    r = ranks[i]
    if not number or _goes_on(stacks[r], number):
        return r
    near = [r2 for r2, (size, light) in enumerate(styles)
            if r2 != r and light == styles[r][1] and abs(size - styles[r][0]) <= _SAME_TYPE]
    going = [r2 for r2 in near if _goes_on(stacks[r2], number)]
    if going:
        return going[0]
    open_near = [r2 for r2 in near if stacks[r2]]
    return open_near[0] if open_near and not stacks[r] else r
