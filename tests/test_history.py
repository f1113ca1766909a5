"""Decision history: subjects linked across meetings in date order, and the timeline text."""

from __future__ import annotations

from extractors.decisions import document_to_decisions
from pipeline.history import HistoryEntry, decisions_to_history, format_timeline, history_key
from pipeline.records import Meeting, Provenance, flatten
from pipeline.text import document_from_text


def meeting(doc_id: str, ordinal: int, date: str) -> Meeting:
    prov = Provenance(doc_id=doc_id, page=1, start=0, end=1, extractor="m", version="0")
    return Meeting(meeting_id=f"m-{doc_id}", doc_id=doc_id, body="Consortium", ordinal=ordinal,
                   date=date, place=None, prov=prov)


def decisions(doc_id: str, text: str, m: Meeting, lang: str = "fr"):
    doc = document_from_text(text, doc_id=doc_id, language=lang)
    return document_to_decisions(doc, m)


def test_history_key_drops_version_markers_and_folds():
    assert history_key("plan de mise en œuvre V1") == history_key("Plan de mise en œuvre (version finale)".replace(
        "(", "").replace(")", ""))
    assert history_key("Budget 2022") == "budget 2022"
    assert history_key("budget 2022") != history_key("budget 2023")


def test_subjects_linked_across_meetings_in_date_order():
    m8 = meeting("r8", 8, "2022-11-16")
    m7 = meeting("r7", 7, "2021-11-10")
    later = decisions("r8", "Le Consortium a approuvé le plan de mise en œuvre final.\n\n"
                            "Le budget 2022 a été révisé puis adopté à nouveau.\n\n"
                            "Le Consortium a adopté le budget 2022.", m8)
    earlier = decisions("r7", "Le plan de mise en œuvre V1 a été adopté.\n\n"
                              "Le Consortium a validé le budget 2022 proposé par le Secrétariat.\n\n"
                              "Le vote du calendrier a été reporté à la prochaine réunion.", m7)
    entries = decisions_to_history(later + earlier, [m8, m7])
    plan = [e for e in entries if e.subject_key == "plan de mise en œuvre"]
    assert [(e.doc_id, e.seq, e.outcome) for e in plan] == [("r7", 1, "adopted"), ("r8", 2, "approved")]
    budget = [e for e in entries if e.subject_key == "budget 2022"]
    assert [(e.date, e.outcome) for e in budget] == [("2021-11-10", "approved"), ("2022-11-16", "adopted")]
    assert budget[0].ordinal == 7 and budget[0].meeting_id == "m-r7"
    postponed = [e for e in entries if e.outcome == "postponed"]
    assert len(postponed) == 1 and postponed[0].seq == 1
    assert all(isinstance(e, HistoryEntry) for e in entries)
    row = flatten(entries[0])
    assert set(row) >= {"subject_key", "decision_id", "doc_id", "meeting_id", "outcome", "page", "seq"}


def test_languages_do_not_merge_unless_keys_fold_equal():
    fr = decisions("a", "Le Consortium a adopté le budget 2022.", meeting("a", 1, "2022-01-01"))
    en = decisions("b", "The Consortium adopted the budget 2022.", meeting("b", 2, "2023-01-01"), "en")
    entries = decisions_to_history(fr + en, [meeting("a", 1, "2022-01-01"), meeting("b", 2, "2023-01-01")])
    assert [(e.subject_key, e.seq) for e in entries] == [("budget 2022", 1), ("budget 2022", 2)]
    es = decisions("c", "Se aprobó el presupuesto 2022.", None, "es")
    entries = decisions_to_history(fr + es, [meeting("a", 1, "2022-01-01")])
    assert sorted(e.subject_key for e in entries) == ["budget 2022", "presupuesto 2022"]


def test_decisions_without_subject_or_meeting_still_order():
    d = decisions("x", "Le rapport a été adopté.", None)
    entries = decisions_to_history(d, [])
    assert len(entries) == 1 and entries[0].date is None and entries[0].meeting_id is None


def test_format_timeline():
    m7, m8 = meeting("r7", 7, "2021-11-10"), meeting("r8", 8, "2022-11-16")
    ds = (decisions("r7", "Le Consortium a validé le budget 2022 proposé par le Secrétariat.", m7)
          + decisions("r8", "Le Consortium a adopté le budget 2022.", m8))
    names = {"r7": "ca7.pdf", "r8": "ca8.pdf"}
    text = format_timeline(decisions_to_history(ds, [m7, m8], names), "BUDGET")
    lines = text.splitlines()
    assert lines[0] == "Consortium · budget 2022"
    assert "2021-11-10" in lines[1] and "#7" in lines[1] and "approved" in lines[1]
    assert lines[1].endswith("(ca7.pdf, p. 1)")
    assert "Le Consortium a validé le budget 2022" in lines[2]
    assert "2022-11-16" in lines[3] and "adopted" in lines[3] and lines[3].endswith("(ca8.pdf, p. 1)")
    assert text.index("2021-11-10") < text.index("2022-11-16")
    assert format_timeline(decisions_to_history(ds, [m7, m8]), "calendrier").startswith("no decision")


def test_timeline_never_shows_a_hash_and_names_the_file_when_known():
    m7, m8 = meeting("r7" * 32, 7, "2021-11-10"), meeting("r8" * 32, 8, "2022-11-16")
    ds = (decisions("r7" * 32, "Le Consortium a validé le budget 2022.", m7)
          + decisions("r8" * 32, "Le Consortium a adopté le budget 2022.", m8))
    named = decisions_to_history(ds, [m7, m8], {"r7" * 32: "ca7.pdf"})
    assert [e.file_name for e in named] == ["ca7.pdf", None]
    text = format_timeline(named, "budget")
    assert "r7r7" not in text and "r8r8" not in text
    lines = text.splitlines()
    assert lines[1].endswith("(ca7.pdf, p. 1)") and lines[3].endswith("(file unknown, p. 1)")
    assert flatten(named[0])["file_name"] == "ca7.pdf"


def body_meeting(doc_id: str, body: str, ordinal: int, date: str) -> Meeting:
    prov = Provenance(doc_id=doc_id, page=1, start=0, end=1, extractor="m", version="0")
    return Meeting(meeting_id=f"m-{doc_id}", doc_id=doc_id, body=body, ordinal=ordinal,
                   date=date, place=None, prov=prov)


def test_two_bodies_deciding_on_one_subject_are_two_timelines():
    """"budget 2024" of a Bureau and of a Board: each its own timeline, numbered from 1,
    never interleaved; --body keeps one."""
    bureau = [body_meeting("b1", "Bureau", 8, "2023-09-28"), body_meeting("b2", "Bureau", 9, "2024-02-01")]
    board = [body_meeting("c1", "Board of Trustees", 12, "2023-11-02")]
    ds = (decisions("b1", "Le Bureau a approuvé le projet de budget 2024.", bureau[0])
          + decisions("b2", "Le Bureau a adopté le budget 2024.", bureau[1])
          + decisions("c1", "The Board approved the budget 2024.", board[0], "en"))
    entries = decisions_to_history(ds, bureau + board, {"b1": "b1.pdf", "b2": "b2.pdf", "c1": "c1.pdf"})
    by_body = {}
    for e in entries:
        by_body.setdefault(e.body, []).append((e.seq, e.doc_id))
    assert by_body == {"Bureau": [(1, "b1"), (2, "b2")], "Board of Trustees": [(1, "c1")]}
    lines = format_timeline(entries, "budget 2024").splitlines()
    headers = [l for l in lines if l and not l.startswith(" ")]
    assert headers == ["Board of Trustees · budget 2024", "Bureau · budget 2024"]
    only = format_timeline(entries, "budget 2024", body="bureau")
    assert "c1.pdf" not in only and "b1.pdf" in only and "b2.pdf" in only
    assert format_timeline(entries, "budget 2024", body="council").startswith("no decision")
