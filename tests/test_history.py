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
    text = format_timeline(decisions_to_history(ds, [m7, m8]), "BUDGET")
    lines = text.splitlines()
    assert lines[0] == "budget 2022"
    assert "2021-11-10" in lines[1] and "#7" in lines[1] and "approved" in lines[1] and "p. 1" in lines[1]
    assert "Le Consortium a validé le budget 2022" in lines[2]
    assert "2022-11-16" in lines[3] and "adopted" in lines[3]
    assert lines[1].index("2021") < len(lines[1]) and text.index("2021-11-10") < text.index("2022-11-16")
    assert format_timeline(decisions_to_history(ds, [m7, m8]), "calendrier").startswith("no decision")


def test_timeline_names_the_report_file_when_the_caller_knows_it():
    m7, m8 = meeting("r7", 7, "2021-11-10"), meeting("r8", 8, "2022-11-16")
    ds = (decisions("r7", "Le Consortium a validé le budget 2022.", m7)
          + decisions("r8", "Le Consortium a adopté le budget 2022.", m8))
    named = decisions_to_history(ds, [m7, m8], {"r7": "ca7.pdf"})
    assert [e.file_name for e in named] == ["ca7.pdf", None]
    lines = format_timeline(named, "budget").splitlines()
    assert lines[1].endswith("(p. 1, ca7.pdf, r7)") and lines[3].endswith("(p. 1, r8)")
    assert flatten(named[0])["file_name"] == "ca7.pdf"
