"""Checking a draft before approval: one report's own flags plus the cross-meeting flags
it would raise against an archive, without publishing or writing anything.

The archive is read from its current publication: ``archive.json`` names its documents
and the pipeline version each was extracted by, and each document's facts come from
its cached Extraction (``<out>/.cache``), the very record that publication was built
from (full facts, verbatim quotes, no pandas). A document whose cache entry is gone is
rebuilt from the published datasets (without its quoted meetings and stated sums).

Only the documents a cross check can pair with the draft are loaded: those of the
draft's body, or with no body on either side (every cross check but the place check
pairs reports of one body). The place check looks for any archived meeting's place in
the draft's quote: the other documents stand in as their place alone.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from pipeline.archive import Entry, absolute, at_entry, read_entries
from pipeline.cache import ExtractionCache
from pipeline.checks import extractions_to_cross_flags
from pipeline.checks.common import one_line   # quotes verbatim, line breaks collapsed
from pipeline.records import (Amount, Decision, Extraction, Flag, Intervention, Meeting, Provenance,
                              Vote, from_row)
from pipeline.text import fold

CURRENT, MANIFEST, CACHE = "current", "manifest.json", ".cache"   # as pipeline/publish.py names them
SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


@dataclass(frozen=True)
class ArchiveView:
    """What a draft is compared with: the related documents' Extractions (full facts),
    the others' places, and where the facts came from."""
    folder: Path                          # the publication read
    documents: int                        # readable documents in the archive
    compared: tuple[Extraction, ...]      # in the archive's order: related documents, the
                                          # others as their meeting's place alone
    related: int = 0                      # documents a cross check can pair with the draft
    places: int = 0
    from_cache: int = 0
    from_datasets: int = 0


# ------------------------------------------------------------------ the checks


def draft_to_flags(extraction: Extraction, archive_extractions: Sequence[Extraction] = ()
                   ) -> tuple[Flag, ...]:
    """The draft's within-report flags (computed by the chain) and every cross-meeting
    flag that involves it, as ingesting it into the archive would raise them: the draft
    takes the place of an archived document with its bytes or its path, else comes last.
    Errors first, then by page."""
    placed = placed_in_archive(extraction, archive_extractions)
    draft_id = extraction.info.doc_id
    cross = extractions_to_cross_flags(placed) if len(placed) > 1 else ()
    mine = [f for f in cross if f.doc_id == draft_id or any(e.doc_id == draft_id for e in f.evidence)]
    seen: dict[str, Flag] = {}
    for flag in (*extraction.flags, *mine):
        seen.setdefault(flag.flag_id, flag)
    return tuple(sorted(seen.values(), key=lambda f: (SEVERITY_ORDER.get(f.severity, 3), f.page,
                                                      f.kind, f.flag_id)))


def placed_in_archive(draft: Extraction, archive_extractions: Sequence[Extraction]) -> list[Extraction]:
    """The archive as ``archive.ingest_change`` would order it with the draft added: in
    the place of the same bytes, else of the same path (a new version), else last."""
    out = list(archive_extractions)
    path = absolute(draft.info.path)
    for same in (lambda e: e.info.doc_id == draft.info.doc_id, lambda e: e.info.path == path):
        for i, e in enumerate(out):
            if same(e):
                out[i] = draft
                return out
    return out + [draft]


# ------------------------------------------------------------------ reading the archive


def current_folder(out: Path) -> Path | None:
    """The current publication's folder (as ``publish.current_publication``, which
    would import pandas), or None when the archive has none."""
    link = Path(out) / CURRENT
    return link.resolve() if (link / MANIFEST).is_file() else None


@dataclass(frozen=True)
class OpenedArchive:
    """The current publication's documents and their meetings' bodies and places: what
    can be read before the draft is known (while it is being extracted)."""
    folder: Path
    entries: tuple[Entry, ...]            # readable documents
    meetings: dict[str, dict]             # doc_id -> {"body", "place"}


def open_archive(out: Path) -> OpenedArchive | None:
    """The archive's current publication, read (never written); None when there is none."""
    folder = current_folder(out)
    if folder is None:
        return None
    entries = tuple(e for e in read_entries(folder) if e.info.status == "ok")
    return OpenedArchive(folder, entries, _meeting_rows(folder))


def read_archive(out: Path, draft: Extraction, cache: Path | None = None,
                 opened: OpenedArchive | None = None) -> ArchiveView | None:
    """The archive's documents a cross check can pair with ``draft``, read from the
    current publication (``opened`` when already read) and the cache (``<out>/.cache``
    unless given), writing nothing; None when there is no archive."""
    opened = opened or open_archive(out)
    if opened is None:
        return None
    folder, entries, bodies = opened.folder, opened.entries, opened.meetings
    body = draft.meeting.body if draft.meeting else None
    near = [e for e in entries if _related(body, bodies.get(e.doc_id, {}).get("body"), e.doc_id in bodies)]
    near_ids = {e.doc_id for e in near}
    far = [e for e in entries if e.doc_id not in near_ids]
    cache = Path(out) / CACHE if cache is None else Path(cache)
    cached = {e.doc_id: _cached(cache, e) for e in near}
    missing = [e for e in near if cached[e.doc_id] is None]
    rebuilt = _from_datasets(folder, missing) if missing else {}
    full = {i: x for i, x in ((e.doc_id, cached[e.doc_id] or rebuilt.get(e.doc_id)) for e in near) if x}
    places = {e.doc_id: _place_only(e, bodies[e.doc_id]) for e in far
              if e.doc_id in bodies and bodies[e.doc_id].get("place")}
    ordered = tuple(full.get(e.doc_id) or places[e.doc_id] for e in entries
                    if e.doc_id in full or e.doc_id in places)
    return ArchiveView(folder=folder, documents=len(entries), compared=ordered, related=len(full),
                       places=len(places), from_cache=len(near) - len(missing), from_datasets=len(rebuilt))


def _related(draft_body: str | None, body: str | None, has_meeting: bool) -> bool:
    """Whether a cross check may pair the draft with a report of ``body``: the same body,
    or no body known on either side."""
    if not draft_body or not has_meeting or not body:
        return True
    return fold(draft_body) == fold(body)


def _meeting_rows(folder: Path) -> dict[str, dict]:
    """doc_id -> its meeting's body and place, from the published ``meetings`` dataset,
    read with pyarrow's file reader alone (``read_table`` would import pyarrow.dataset
    and pandas: a second more)."""
    path = folder / "meetings.parquet"
    if not path.exists():
        return {}
    import pyarrow.parquet as pq
    table = pq.ParquetFile(path).read(columns=["doc_id", "body", "place"], use_pandas_metadata=False)
    rows = table.to_pylist()
    return {r["doc_id"]: r for r in rows}


def _cached(cache: Path, entry: Entry) -> Extraction | None:
    """The cache entry the publication was built from (keyed by the version that
    extracted the document), under the archived path and name; None when gone."""
    if not entry.info.extractor_version:
        return None
    found = ExtractionCache(cache, entry.info.extractor_version).get(entry.doc_id)
    if found is None or found.info.status != "ok":
        return None
    return at_entry(found, entry)


def _place_only(entry: Entry, row: dict) -> Extraction:
    """A document that no cross check pairs with the draft, kept for its meeting's
    place (the place check reads every archived place): no ordinal, date or facts."""
    prov = Provenance(doc_id=entry.doc_id, page=1, start=0, end=0, extractor="archive", version="")
    meeting = Meeting(meeting_id=f"place:{entry.doc_id}", doc_id=entry.doc_id, body=row.get("body"),
                      ordinal=None, date=None, place=row["place"], prov=prov)
    return Extraction(info=entry.info, meeting=meeting)


# ------------------------------------------------------------------ from the datasets


def _from_datasets(folder: Path, entries: Sequence[Entry]) -> dict[str, Extraction]:
    """Extractions rebuilt from the published rows of ``entries`` (meeting, amounts,
    decisions, interventions), for documents whose cache entry is gone."""
    from pipeline.publish import read_dataset
    ids = {e.doc_id for e in entries}

    def rows(name: str) -> list[dict]:
        df = read_dataset(folder, name)
        df = df[df["doc_id"].isin(ids)]
        return json.loads(df.to_json(orient="records", force_ascii=False))

    found: dict[str, dict[str, list]] = {i: {"meeting": [], "amounts": [], "decisions": [],
                                             "interventions": []} for i in ids}
    for r in rows("meetings"):
        found[r["doc_id"]]["meeting"].append(_record(Meeting, r))
    for r in rows("amounts"):
        found[r["doc_id"]]["amounts"].append(_record(Amount, r))
    for r in rows("decisions"):
        vote = Vote(r.get("votes_for"), r.get("votes_against"), r.get("votes_abstain"),
                    bool(r.get("unanimous")))
        found[r["doc_id"]]["decisions"].append(replace(_record(Decision, r), vote=vote))
    for r in rows("interventions"):
        found[r["doc_id"]]["interventions"].append(_record(Intervention, r))
    return {e.doc_id: Extraction(
        info=e.info, meeting=(found[e.doc_id]["meeting"] or [None])[0],
        amounts=tuple(found[e.doc_id]["amounts"]), decisions=tuple(found[e.doc_id]["decisions"]),
        interventions=tuple(found[e.doc_id]["interventions"])) for e in entries}


def _record(cls: type, row: dict):
    """A published (flattened) row back as a record, its provenance rebuilt."""
    prov = {"doc_id": row["doc_id"], "page": int(row.get("page") or 1), "start": int(row.get("start") or 0),
            "end": int(row.get("end") or 0), "extractor": row.get("extractor") or "",
            "version": row.get("extractor_version") or ""}
    fields = set(cls.__dataclass_fields__) - {"vote"}
    return from_row(cls, {**{k: v for k, v in row.items() if k in fields}, "prov": prov})


def compared(view: ArchiveView | None) -> tuple[Extraction, ...]:
    """Every Extraction a draft is checked against, in the archive's order."""
    return () if view is None else view.compared


# ------------------------------------------------------------------ printing


def _quote_line(e, draft_id: str) -> str:
    where = f"p. {e.page}" if e.doc_id == draft_id else f"{e.file_name or e.doc_id[:12]}, p. {e.page}"
    return f'  "{one_line(e.quote)}" ({where})'


def describe(draft: Extraction) -> str:
    """One line on the draft: file, pages, language, meeting."""
    m, info = draft.meeting, draft.info
    meeting = ""
    if m is not None:
        bits = [m.body or "", f"meeting {m.ordinal}" if m.ordinal is not None else "", m.date or ""]
        meeting = "".join(f", {b}" for b in bits if b)
    return f"{info.file_name}: {info.pages} page(s), {info.language or 'language unknown'}{meeting}"


def summary(flags: Sequence[Flag], view: ArchiveView | None, out: Path) -> str:
    counts = {s: sum(1 for f in flags if f.severity == s) for s in SEVERITY_ORDER}
    against = ("no archive" if view is None else
               f"archive {out}: {view.documents} document(s), {view.related} of them compared")
    return (f"{len(flags)} flag(s): {counts['error']} error, {counts['warning']} warning, "
            f"{counts['info']} info; {against}")


def flagged_file(flag: Flag) -> str:
    """The file a flag is raised on (an archived report may be the one that misquotes
    the draft's meeting), as its evidence names it."""
    return next((e.file_name for e in flag.evidence if e.doc_id == flag.doc_id and e.file_name),
                flag.doc_id[:12])


def flags_to_text(draft: Extraction, flags: Sequence[Flag], view: ArchiveView | None, out: Path) -> str:
    """The check's answer for a terminal: the draft, the count, then each flag with its
    severity, kind, page, message and verbatim quotes."""
    lines = [describe(draft), summary(flags, view, out)]
    for f in flags:
        where = f"p. {f.page}" if f.doc_id == draft.info.doc_id else f"{flagged_file(f)}, p. {f.page}"
        lines += ["", f"{f.severity.upper():<8}{f.kind}  {where}", f"  {f.message}"]
        lines += [_quote_line(e, draft.info.doc_id) for e in f.evidence]
    return "\n".join(lines)


def flags_to_json(draft: Extraction, flags: Sequence[Flag], view: ArchiveView | None, out: Path) -> str:
    """The check's answer for scripts: the draft, the archive compared, every flag."""
    m = draft.meeting
    doc = {"file_name": draft.info.file_name, "doc_id": draft.info.doc_id, "pages": draft.info.pages,
           "language": draft.info.language, "body": m.body if m else None,
           "ordinal": m.ordinal if m else None, "date": m.date if m else None}
    archive = None if view is None else {"out": str(out), "documents": view.documents,
                                         "compared": view.related}
    rows = [{"flag_id": f.flag_id, "severity": f.severity, "kind": f.kind, "page": f.page,
             "file_name": draft.info.file_name if f.doc_id == draft.info.doc_id else flagged_file(f),
             "doc_id": f.doc_id, "message": f.message, "check": f.check,
             "evidence": [{"quote": one_line(e.quote), "page": e.page, "file_name": e.file_name,
                           "doc_id": e.doc_id} for e in f.evidence]} for f in flags]
    return json.dumps({"draft": doc, "archive": archive, "flags": rows,
                       "errors": sum(1 for f in flags if f.severity == "error")},
                      ensure_ascii=False, indent=2)
