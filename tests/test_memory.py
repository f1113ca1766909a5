"""Memory a long report costs in a worker (issue 13: a 1,000-page report under 500 MB):
what a stage loads once or builds per document is released or kept compact, and doing
so changes nothing it finds."""

from __future__ import annotations

import sys
import tracemalloc

import pytest

MIB = 2 ** 20


def _peak(fn, *args):
    """``fn(*args)`` and the peak of Python-traced memory (numpy's too) it allocated."""
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        base = tracemalloc.get_traced_memory()[0]
        value = fn(*args)
        return value, tracemalloc.get_traced_memory()[1] - base
    finally:
        tracemalloc.stop()


def test_currency_symbols_of_every_territory_leave_babels_locales_behind():
    """The symbols territories write come from ~430 babel locales, each read once: babel
    caches every locale it loads (about 100 MiB, for the life of the worker); they are
    dropped once read, one language's locales in memory at a time."""
    from babel import localedata

    from extractors.amounts.currencies import _territory_symbols
    before = set(localedata._cache)
    table, peak = _peak(_territory_symbols)
    assert set(localedata._cache) <= before          # nothing left cached
    assert peak < 40 * MIB, f"{peak / MIB:.0f} MiB"   # ~110 MiB when all stayed loaded
    # what it finds is unchanged: a symbol of its own territory, unique to one currency
    assert table["₦"] == "NGN"
    assert table["₡"] == "CRC"
    assert "C$" not in table and "$" not in table    # a one-letter prefix, a shared sign


def _french_ner():
    from extractors.speakers.ner import _ner
    nlp = _ner("fr")
    if nlp is None:
        pytest.skip("no French NER model")
    return nlp


def test_ner_batches_find_what_each_window_alone_finds_in_bounded_memory():
    """people_named reads its windows in small batches: the model's activations for a
    batch are all in memory at once (the models' 256 windows a batch peaked ~130 MiB of
    RSS on a long report; these 120 windows in one batch: 70 MiB traced, 19 in batches
    of 32); every window is read on its own, so each answer is the one it gets alone."""
    from extractors.speakers.ner import _ner_covers_person, people_named
    nlp = _french_ner()
    parts, spans = [], []
    at = 0
    people = ["Hélène Marchetti", "Bruno Lefaucheux", "Odile Vasseur"]
    for k in range(120):
        who = people[k % 3]
        if k % 4 == 3:   # a place, not a person, now and then
            sentence = f"La séance {k} se tient à Saint-Étienne, salle Jean Moulin, à 14 h. "
            who = "Saint-Étienne"
        else:
            sentence = f"Au point {k}, {who} présente le rapport sur le budget de {1990 + k}. "
        spans.append((at + sentence.index(who), at + sentence.index(who) + len(who)))
        parts.append(sentence)
        at += len(sentence)
    text = "".join(parts)
    found, peak = _peak(people_named, nlp, text, spans)
    assert found == [_ner_covers_person(nlp, text, a, b) for a, b in spans]
    assert any(found) and not all(found)
    assert peak < 45 * MIB, f"{peak / MIB:.0f} MiB"


def test_folded_text_maps_back_with_a_compact_origin():
    """The checks' folded view of a document keeps, per folded character, its offset in
    the original: an array of 4-byte ints, not a tuple of int objects (a 700,000-character
    report held ~26 MB there, in a cache of 64 documents)."""
    from pipeline.checks.common import folded
    text = "Réunion du ﬁnancement : M. Étienne LÉGER.\n" * 2000
    view = folded(text)
    assert view.text.startswith("reunion du financement : m. etienne leger.\n")
    start = view.text.index("financement")
    assert view.span(start, start + len("financement")) == (11, 11 + len("ﬁnancement"))
    assert view.folded_offset(text.index("M. É")) == view.text.index("m. e")
    assert sys.getsizeof(view.origin) < 5 * len(view.text)
