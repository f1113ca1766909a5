"""Every stage is linear in the text: the indexed look-ups give what the scans gave, and a
dense report (no blank line) costs about twice as much when it is twice as long."""

from __future__ import annotations

import time

from hypothesis import given, settings, strategies as st

from pipeline import text as T


_PIECES = ["M. Dupont", " parle.", " Fin", ".", "\n", "\n\n", "\n \n", " ", "a", "B", "2021",
           "!", "?", " etc.", " x. y", "...", "» ", "Art. 3", "\n\n\n"]
texts = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)


def _sentence_at_by_scan(text: str, offset: int) -> T.Span:
    """The definition sentence_at had: split the offset's paragraph, scan its sentences."""
    para_start = text.rfind("\n\n", 0, offset)
    para_start = 0 if para_start < 0 else para_start + 2
    para_end = text.find("\n\n", offset)
    para_end = len(text) if para_end < 0 else para_end
    for s in T.sentences(text, para_start, para_end):
        if s.start <= offset < max(s.end, s.start + 1):
            return s
    return T.Span(offset, offset, "")


@settings(max_examples=300, deadline=None)
@given(texts)
def test_sentence_at_and_blank_lines_match_the_scans(text):
    for offset in range(len(text) + 1):
        assert T.sentence_at(text, offset) == _sentence_at_by_scan(text, offset)
        assert T.blank_line_before(text, offset) == text.rfind("\n\n", 0, offset)
        assert T.blank_line_after(text, offset) == text.find("\n\n", offset)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 30), st.integers(0, 30)), max_size=8),
       st.integers(0, 32), st.integers(0, 32))
def test_span_set_answers_as_the_spans_do(spans, a, b):
    ss = T.SpanSet(spans)
    assert (a in ss) == any(x <= a < y for x, y in spans)
    if a < b:
        assert ss.overlaps(a, b) == any(x < b and a < y for x, y in spans if x < y)


def test_sentences_read_each_character_a_bounded_number_of_times(monkeypatch):
    """Asking the sentence of every year of one long paragraph splits it once."""
    body = " ".join(f"Le budget {1990 + i % 30} est adopté." for i in range(3000))
    calls = []
    real = T.sentences
    monkeypatch.setattr(T, "sentences", lambda text, a=0, b=None: calls.append((a, b)) or real(text, a, b))
    for _, start, _ in T.years_in(body):
        T.sentence_at(body, start)
    assert len(calls) == 1


def _chain_seconds(pages: int) -> float:
    from benchmarks.dense import dense_text
    from extractors.chain import document_to_extraction
    from pipeline.records import DocumentInfo
    doc = T.document_from_text("\n".join(dense_text(pages, lines_per_page=30)), language="fr")
    info = DocumentInfo("dense", "dense.pdf", "dense.pdf", len(doc.pages), None, "ok")
    started = time.process_time()
    document_to_extraction(doc, info)
    return time.process_time() - started


def test_dense_text_costs_about_twice_as_much_when_twice_as_long():
    """Extractors and checks on a one-paragraph report of 20 and 80 pages (CPU time):
    linear is 4x, the quadratic sentence look-ups this replaced made it over 10x."""
    _chain_seconds(2)                     # models and tables loaded
    small = min(_chain_seconds(20) for _ in range(2))
    large = _chain_seconds(80)
    assert large / small < 7.5, (small, large)
