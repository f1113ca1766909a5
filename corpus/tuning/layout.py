"""Line breaking of the tuning reports (01-11): words with their break points (explicit
soft hyphens, hard hyphens, conservative automatic hyphenation) broken into lines."""
from __future__ import annotations

import re
from collections import deque
from dataclasses import dataclass

from corpus.tuning.markup import NB


VOWELS = set("aeiouyàâäéèêëîïôöùûüœæáíóú")
KEEP_TOGETHER = {
    "fr": {"ch", "ph", "th", "gn", "bl", "br", "cl", "cr", "dr", "fl", "fr", "gl", "gr",
           "pl", "pr", "tr", "vr"},
    "es": {"ch", "ll", "rr", "bl", "br", "cl", "cr", "dr", "fl", "fr", "gl", "gr", "pl",
           "pr", "tr"},
    "en": {"ch", "ph", "th", "sh", "ck", "gh", "wh", "ng", "qu", "bl", "br", "cl", "cr",
           "dr", "fl", "fr", "gl", "gr", "pl", "pr", "tr", "nd"},
}


def auto_points(word: str, lang: str):
    """Conservative hyphenation points (index = break before word[i])."""
    core = word.rstrip(".,;:!?)»\"'’").replace("’", "'")
    if len(core) < 9 or not re.fullmatch(r"[a-zà-ÿœæ']+", core):
        return []
    pts = []
    for i in range(3, len(core) - (3 if lang == "en" else 2)):
        a, b = core[i - 1], core[i]
        if a == "'" or b == "'" or core[i - 2] == "'" or "'" in core[i:i + 2]:
            continue
        vprev, vnext = core[i - 2] in VOWELS, core[i + 1] in VOWELS
        cons_a, cons_b = a not in VOWELS, b not in VOWELS
        if cons_a and cons_b and vprev and vnext and (a + b) not in KEEP_TOGETHER[lang]:
            pts.append(i)          # VC-CV
        elif lang != "en" and not cons_a and cons_b and vnext and b not in "xy":
            pts.append(i)          # V-CV
    return pts


# --------------------------------------------------------------------------- layout

@dataclass
class Word:
    text: str
    start: int
    bold: bool
    breaks: list  # (index, kind) kind in soft|auto|hard


@dataclass
class Piece:
    text: str      # as displayed (NB -> space, with added hyphen when split)
    start: int
    end: int
    bold: bool
    hyphen: bool = False   # a hyphen was added at the end of this piece


def make_words(plain, bold, spans, soft, hard, lang, auto):
    protected = [False] * len(plain)
    for sp in spans:
        if sp["kind"] in ("D", "A", "E", "N", "X"):
            for k in range(sp["start"], sp["end"]):
                protected[k] = True
    words = []
    for m in re.finditer(r"[^ \n]+|\n", plain):
        if m.group() == "\n":
            words.append(None)
            continue
        s, t = m.start(), m.group()
        brk = [(p - s, "soft") for p in soft if s < p < m.end()]
        brk += [(p - s, "hard") for p in hard if s < p < m.end()]
        if auto and not any(protected[s:m.end()]) and NB not in t:
            brk += [(p, "auto") for p in auto_points(t, lang) if (p, "soft") not in brk]
        words.append(Word(t, s, bold[s], sorted(brk)))
    return words


def break_lines(words, maxw, width, space_w, zone=9.0):
    lines, cur = [[]], 0.0
    queue = deque(words)
    while queue:
        w = queue.popleft()
        if w is None:
            lines.append([])
            cur = 0.0
            continue
        disp = w.text.replace(NB, " ")
        gap = space_w if lines[-1] else 0.0
        ww = width(disp, w.bold)
        if cur + gap + ww <= maxw:
            lines[-1].append(Piece(disp, w.start, w.start + len(w.text), w.bold))
            cur += gap + ww
            continue
        free = maxw - cur - gap
        split = None
        for idx, kind in sorted(w.breaks, reverse=True):
            if kind == "auto" and free < zone:
                continue
            pre = w.text[:idx].replace(NB, " ") + ("" if kind == "hard" else "-")
            if width(pre, w.bold) <= free:
                split = (idx, kind, pre)
                break
        if split:
            idx, kind, pre = split
            lines[-1].append(Piece(pre, w.start, w.start + idx, w.bold, hyphen=kind != "hard"))
            rest = Word(w.text[idx:], w.start + idx, w.bold,
                        [(i - idx, k) for i, k in w.breaks if i > idx])
            lines.append([])
            cur = 0.0
            queue.appendleft(rest)
            continue
        if lines[-1]:
            lines.append([])
            cur = 0.0
            queue.appendleft(w)
            continue
        lines[-1].append(Piece(disp, w.start, w.start + len(w.text), w.bold))  # overlong
        cur += ww
    return [ln for ln in lines]
