"""The history of each decision subject across meetings (dataset ``decision_history``).

Decisions on the same subject are linked across reports by a folded subject key with
version markers dropped ("plan de mise en œuvre V1" and the final plan are one subject),
then put in meeting-date order. Languages are not translated: keys in two languages
match only when they fold to the same text.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Mapping, Sequence

from pipeline.lexicon import languages, words
from pipeline.records import Decision, Meeting, Outcome, Record
from pipeline.text import collapse, fold


@dataclass(frozen=True)
class HistoryEntry(Record):
    """One decision placed in the timeline of its subject (one row of decision_history)."""
    subject_key: str
    decision_id: str
    doc_id: str
    meeting_id: str | None
    body: str | None
    ordinal: int | None
    date: str | None
    outcome: Outcome
    page: int
    text: str
    seq: int
    file_name: str | None = None       # the report's file, when the caller knows it


@functools.cache
def _version_marker() -> re.Pattern:
    """Version markers of every language ("V1", "final", "version finale", "borrador")."""
    forms = {fold(w) for lang in languages() for w in words(lang, "decisions", "version_words")}
    alt = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<![\w])(?:v\s?\d+(?:\.\d+)?{'|' + alt if alt else ''})(?![\w])")


def history_key(subject: str) -> str:
    """The key that links decisions on one subject: folded, version markers dropped."""
    key = _version_marker().sub(" ", fold(subject))
    return collapse(re.sub(r"[\"'«»“”]\s*$", "", key)).strip(" .,;:-")


def decisions_to_history(decisions: Sequence[Decision], meetings: Sequence[Meeting],
                         file_names: Mapping[str, str] | None = None) -> tuple[HistoryEntry, ...]:
    """Every decision with a subject as a timeline entry: grouped by body and subject key
    (two bodies deciding on "budget 2024" are two timelines), in meeting order (date,
    then ordinal, then document and position). ``file_names`` (doc_id -> file name)
    lets the timeline name each report's file."""
    file_names = file_names or {}
    by_id = {m.meeting_id: m for m in meetings}
    by_doc = {m.doc_id: m for m in meetings}
    groups: dict[tuple[str, str], list[tuple[tuple, Decision, Meeting | None]]] = {}
    for d in decisions:
        key = history_key(d.subject) if d.subject else ""
        if not key:
            continue
        meeting = by_id.get(d.meeting_id) if d.meeting_id else None
        meeting = meeting or by_doc.get(d.doc_id)
        order = (meeting.date if meeting and meeting.date else "9999",
                 meeting.ordinal if meeting and meeting.ordinal is not None else 10**6,
                 d.doc_id, d.prov.start)
        groups.setdefault((key, fold(_body(d, meeting) or "")), []).append((order, d, meeting))
    out: list[HistoryEntry] = []
    for key, body_key in sorted(groups):
        timeline = sorted(groups[(key, body_key)], key=lambda t: t[0])
        for seq, (_, d, m) in enumerate(timeline, start=1):
            out.append(HistoryEntry(
                subject_key=key, decision_id=d.decision_id, doc_id=d.doc_id,
                meeting_id=m.meeting_id if m else d.meeting_id, body=_body(d, m),
                ordinal=m.ordinal if m else None, date=m.date if m else None,
                outcome=d.outcome, page=d.prov.page, text=d.text, seq=seq,
                file_name=file_names.get(d.doc_id)))
    return tuple(out)


def _body(d: Decision, m: Meeting | None) -> str | None:
    """The body whose timeline a decision joins: the meeting's, else who decided."""
    return (m.body if m and m.body else None) or d.decided_by


def format_timeline(entries: Sequence[HistoryEntry], subject: str, body: str | None = None,
                    width: int = 100) -> str:
    """A plain-text timeline per body of every subject whose key holds ``subject``
    (folded substring), for ``minutes history SUBJECT [--body BODY]``: each decision
    with its date, meeting, outcome, file and page."""
    want, body_want = fold(subject), fold(body or "")
    chosen = [e for e in entries if want and want in fold(e.subject_key)
              and (not body_want or body_want in fold(e.body or ""))]
    if not chosen:
        within = f" of a body matching {body!r}" if body else ""
        return f"no decision on a subject matching {subject!r}{within}"
    groups: dict[tuple[str, str], list[HistoryEntry]] = {}
    for e in chosen:
        groups.setdefault((fold(e.body or ""), e.subject_key), []).append(e)
    lines: list[str] = []
    for key in sorted(groups):
        group = sorted(groups[key], key=lambda e: e.seq)
        if lines:
            lines.append("")
        lines.append(f"{group[0].body or 'body unknown'} · {group[0].subject_key}")
        for e in group:
            meeting = f"meeting #{e.ordinal}" if e.ordinal is not None else "meeting"
            quote = e.text if len(e.text) <= width else e.text[: width - 1] + "…"
            lines.append(f"  {e.seq}. {e.date or 'date unknown'}  {meeting}  {e.outcome}"
                         f"  ({e.file_name or 'file unknown'}, p. {e.page})")
            lines.append(f"     {quote}")
    return "\n".join(lines)
