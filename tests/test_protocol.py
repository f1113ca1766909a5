"""One extractor protocol: every extractor declares what it needs and gives, and one
ordered registry drives the calls and the pipeline version."""

from __future__ import annotations

import pytest

from extractors import chain
from pipeline.protocol import DOCUMENT, Extractor, check_order


def test_every_fact_of_an_extraction_is_given_once_by_the_registry():
    given = [ex.gives for ex in chain.REGISTRY if ex.gives != DOCUMENT]
    assert sorted(given) == sorted(["sections", "meeting", "amounts", "sums", "interventions",
                                    "decisions", "tables", "quoted_meetings", "flags"])
    assert chain.REGISTRY[0].gives == DOCUMENT          # the language comes first
    assert chain.REGISTRY[-1].name == "checks"          # the checks read every fact


def test_an_extractor_that_needs_a_fact_not_yet_given_is_refused():
    speakers = Extractor("speakers", "1", ("meeting",), "interventions", lambda d, f: ())
    meeting = Extractor("metadata", "1", (), "meeting", lambda d, f: None)
    assert check_order((meeting, speakers)) == (meeting, speakers)
    with pytest.raises(ValueError, match="needs"):
        check_order((speakers, meeting))
    with pytest.raises(ValueError, match="given twice"):
        check_order((meeting, meeting))
    with pytest.raises(ValueError, match="unknown facts"):
        Extractor("x", "1", ("weather",), "meeting", lambda d, f: None)


def test_the_pipeline_version_follows_the_registered_versions(monkeypatch):
    chain.pipeline_version.cache_clear()     # the sources as they are now
    before = chain.pipeline_version()
    bumped = tuple(Extractor(e.name, e.version + ".1", e.needs, e.gives, e.run)
                   if e.name == "decisions" else e for e in chain.REGISTRY)
    monkeypatch.setattr(chain, "REGISTRY", bumped)
    chain.pipeline_version.cache_clear()
    try:
        assert chain.pipeline_version() != before
    finally:
        monkeypatch.undo()
        chain.pipeline_version.cache_clear()
    assert chain.pipeline_version() == before
