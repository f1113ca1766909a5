"""The published datasets' shape: their columns (the contract of ../shared/datasets.md),
primary keys and types, and the typed records of a corpus turned into pandas frames."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Sequence

import pandas as pd

from pipeline.records import (Extraction, Flag, Intervention, Person, Record, flatten,
                              innermost_section, to_row)


# The contract (../shared/datasets.md): required columns first, in this order.
COLUMNS: dict[str, list[str]] = {
    # status: ok, error, or duplicate (the same bytes as the file whose doc_id is in
    # duplicate_of: its facts are that file's, published once)
    "documents": ["doc_id", "file_name", "pages", "language", "status", "error",
                  "path", "language_confidence", "ocr_pages", "size_bytes", "extractor_version",
                  "duplicate_of"],
    "meetings": ["meeting_id", "doc_id", "body", "ordinal", "date", "place",
                 "mode", "doc_code", "cited_codes", "tabled_at", "page"],
    "people": ["person_id", "name", "family_name", "honorific", "given_name"],
    "interventions": ["doc_id", "person_id", "name_as_written", "page", "kind", "role",
                      "affiliation", "country", "honorific", "given_name", "family_name",
                      "section", "start", "end"],
    "decisions": ["decision_id", "doc_id", "meeting_id", "page", "text", "outcome",
                  "decided_by", "subject", "refs", "section", "votes_for", "votes_against",
                  "votes_abstain", "unanimous", "start", "end"],
    "amounts": ["doc_id", "page", "text", "value", "currency", "year", "sentence",
                "category", "start", "end"],
    "stated_sums": ["doc_id", "page", "total_text", "total_value", "currency",
                    "parts_text", "parts_sum", "sentence"],
    "tables": ["table_id", "doc_id", "page", "caption", "bbox", "n_rows", "n_cols",
               "total_rows", "pages", "method"],
    "table_cells": ["doc_id", "table_id", "page", "row", "col", "value", "number"],
    "sections": ["doc_id", "heading", "page", "level", "language", "start", "end"],
    "flags": ["flag_id", "kind", "severity", "doc_id", "page", "message", "evidence",
              "review", "review_note", "evidence_pages", "evidence_docs", "evidence_files",
              "check"],
    "decision_history": ["subject_key", "seq", "decision_id", "doc_id", "meeting_id", "body",
                         "ordinal", "date", "outcome", "page", "text", "file_name"],
    "publications": ["stamp", "created_at", "pipeline_version", "documents_added",
                     "documents_replaced", "documents_removed", "documents_total", "action"],
}

# Each dataset's primary key: unique in every publication (tests/test_inputs_paths.py).
PRIMARY_KEYS: dict[str, tuple[str, ...]] = {
    "documents": ("doc_id",), "meetings": ("meeting_id",), "people": ("person_id",),
    "interventions": ("doc_id", "kind", "start", "end"), "decisions": ("decision_id",),
    "amounts": ("doc_id", "start", "end"), "stated_sums": ("doc_id", "page", "total_text", "sentence"),
    "tables": ("table_id",), "table_cells": ("table_id", "row", "col"),
    "sections": ("doc_id", "start"), "flags": ("flag_id",), "decision_history": ("decision_id",),
    "publications": ("stamp",),
}

# Column types, so a column is the same type in every publication whatever its values
# (an integer column with a gap stays integer: pandas Int64, DuckDB BIGINT). Columns
# not named here keep what pandas infers (lists, and strings of optional columns).
_INT = "Int64"
TYPES: dict[str, dict[str, str]] = {
    "documents": {"pages": _INT, "size_bytes": _INT, "language_confidence": "float64"},
    "meetings": {"ordinal": _INT, "tabled_at": _INT, "page": _INT, "start": _INT, "end": _INT},
    "interventions": {"page": _INT, "start": _INT, "end": _INT},
    "decisions": {"page": _INT, "votes_for": _INT, "votes_against": _INT,
                  "votes_abstain": _INT, "unanimous": "boolean", "start": _INT, "end": _INT},
    "amounts": {"page": _INT, "value": "float64", "year": _INT, "start": _INT, "end": _INT},
    "stated_sums": {"page": _INT, "total_value": "float64", "parts_sum": "float64"},
    "tables": {"page": _INT, "n_rows": _INT, "n_cols": _INT},
    "table_cells": {"page": _INT, "row": _INT, "col": _INT, "number": "float64"},
    "sections": {"page": _INT, "level": _INT, "start": _INT, "end": _INT},
    "flags": {"page": _INT},
    "decision_history": {"seq": _INT, "ordinal": _INT, "page": _INT},
    "publications": {"documents_added": _INT, "documents_replaced": _INT,
                     "documents_removed": _INT, "documents_total": _INT},
}
STRING_COLUMNS = {"doc_id", "file_name", "language", "status", "error", "meeting_id", "body",
                  "date", "place", "text", "outcome", "subject", "currency", "sentence",
                  "kind", "severity", "message", "review", "review_note", "subject_key",
                  "decision_id", "flag_id", "person_id", "name", "table_id", "value",
                  "heading", "role", "affiliation", "decided_by", "stamp", "action",
                  "duplicate_of"}


@dataclass(frozen=True)
class Corpus:
    """Everything one run publishes: per-document extractions plus corpus-wide results."""
    extractions: tuple[Extraction, ...]
    people: tuple[Person, ...] = ()
    interventions: tuple[Intervention, ...] = ()   # with person_id resolved
    history: tuple[Record, ...] = ()
    cross_flags: tuple[Flag, ...] = ()


# ------------------------------------------------------------------ records -> frames


def _frame(name: str, rows: Iterable[dict]) -> pd.DataFrame:
    df = pd.DataFrame(list(rows))
    for col in COLUMNS[name]:
        if col not in df.columns:
            df[col] = None
    extra = [c for c in df.columns if c not in COLUMNS[name]]
    return typed(name, df[COLUMNS[name] + extra])


def typed(name: str, df: pd.DataFrame) -> pd.DataFrame:
    """``df`` with the declared types of dataset ``name`` (nulls as nulls)."""
    types = TYPES.get(name, {})
    for col in df.columns:
        kind = types.get(col) or ("string" if col in STRING_COLUMNS else None)
        if kind is None:
            continue
        if kind == "string":
            df[col] = df[col].astype("string")
        elif kind == _INT:
            df[col] = pd.array([None if _null(v) else int(v) for v in df[col]], dtype=_INT)
        else:
            df[col] = df[col].astype(kind)
    return df


def _null(v: object) -> bool:
    return v is None or v is pd.NA or (isinstance(v, float) and v != v)


def _document_rows(exs: Sequence[Extraction]) -> Iterable[dict]:
    for ex in exs:
        row = to_row(ex.info)
        row["ocr_pages"] = list(ex.info.ocr_pages)
        yield row


def _meeting_rows(exs: Sequence[Extraction]) -> Iterable[dict]:
    for ex in exs:
        if ex.meeting is not None:
            row = flatten(ex.meeting)
            row["cited_codes"] = list(ex.meeting.cited_codes)
            yield row


def _intervention_rows(exs: Sequence[Extraction],
                       interventions: Iterable[Intervention]) -> Iterable[dict]:
    """Interventions with the agenda item (section) they stand in, so an item's
    speakers can be listed beside its decisions."""
    sections = {ex.info.doc_id: ex.sections for ex in exs}
    for i in interventions:
        row = flatten(i)
        item = innermost_section(sections.get(i.doc_id, ()), i.prov.start)
        row["section"] = item.heading if item else None
        yield row


def _decision_rows(exs: Sequence[Extraction]) -> Iterable[dict]:
    for ex in exs:
        for d in ex.decisions:
            row = flatten(d)
            vote = row.pop("vote", None) or {}
            row["votes_for"] = vote.get("votes_for")
            row["votes_against"] = vote.get("against")
            row["votes_abstain"] = vote.get("abstain")
            row["unanimous"] = vote.get("unanimous")
            if row.get("meeting_id") is None and ex.meeting is not None:
                row["meeting_id"] = ex.meeting.meeting_id
            yield row


def _amount_rows(exs: Sequence[Extraction]) -> Iterable[dict]:
    for ex in exs:
        for a in ex.amounts:
            yield flatten(a)


def _sum_rows(exs: Sequence[Extraction]) -> Iterable[dict]:
    for ex in exs:
        for s in ex.sums:
            yield {"doc_id": s.doc_id, "page": s.prov.page, "total_text": s.total.text,
                   "total_value": s.total.value, "currency": s.total.currency,
                   "parts_text": [p.text for p in s.parts],
                   "parts_sum": float(sum(p.value for p in s.parts)),
                   "sentence": s.total.sentence}


def _table_rows(exs: Sequence[Extraction]) -> tuple[list[dict], list[dict]]:
    tables, cells = [], []
    for ex in exs:
        for t in ex.tables:
            tables.append({"table_id": t.table_id, "doc_id": t.doc_id, "page": t.prov.page,
                           "caption": t.caption, "bbox": list(t.bbox) if t.bbox else None,
                           "n_rows": t.n_rows, "n_cols": t.n_cols,
                           "total_rows": list(t.total_rows),
                           "pages": list(t.pages) or [t.prov.page], "method": t.method})
            for c in t.cells:
                page = c.page if c.page is not None else t.prov.page  # joined across pages
                cells.append({"doc_id": t.doc_id, "table_id": t.table_id, "page": page,
                              "row": c.row, "col": c.col, "value": c.value, "number": c.number})
    return tables, cells


def _section_rows(exs: Sequence[Extraction]) -> Iterable[dict]:
    for ex in exs:
        for s in ex.sections:
            row = to_row(s)
            row["doc_id"] = ex.info.doc_id
            yield row


def _flag_rows(flags: Iterable[Flag]) -> Iterable[dict]:
    for f in flags:
        yield {"flag_id": f.flag_id, "kind": f.kind, "severity": f.severity,
               "doc_id": f.doc_id, "page": f.page, "message": f.message,
               "evidence": [e.quote for e in f.evidence],
               "evidence_pages": [e.page for e in f.evidence],
               "evidence_docs": [e.doc_id for e in f.evidence],
               "evidence_files": [e.file_name for e in f.evidence],
               "check": f.check, "review": "open", "review_note": None}


def corpus_to_frames(corpus: Corpus) -> dict[str, pd.DataFrame]:
    """Every published dataset as a DataFrame with the contract's columns."""
    exs = corpus.extractions
    tables, cells = _table_rows(exs)
    flags = [f for ex in exs for f in ex.flags] + list(corpus.cross_flags)
    interventions = corpus.interventions or tuple(i for ex in exs for i in ex.interventions)
    frames = {
        "documents": _frame("documents", _document_rows(exs)),
        "meetings": _frame("meetings", _meeting_rows(exs)),
        "people": _frame("people", (to_row(p) for p in corpus.people)),
        "interventions": _frame("interventions", _intervention_rows(exs, interventions)),
        "decisions": _frame("decisions", _decision_rows(exs)),
        "amounts": _frame("amounts", _amount_rows(exs)),
        "stated_sums": _frame("stated_sums", _sum_rows(exs)),
        "tables": _frame("tables", tables),
        "table_cells": _frame("table_cells", cells),
        "sections": _frame("sections", _section_rows(exs)),
        "flags": _frame("flags", _flag_rows(flags)),
        "decision_history": _frame("decision_history", (flatten(h) for h in corpus.history)),
    }
    for name in ("decisions",):
        frames[name]["refs"] = frames[name]["refs"].map(
            lambda v: list(v) if isinstance(v, (list, tuple)) else [])
    return frames


# ------------------------------------------------------------------ frames -> disk
