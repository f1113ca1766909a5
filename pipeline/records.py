"""Typed records that cross every stage boundary.

Every record is a frozen dataclass whose ``Literal`` fields are checked when it is
built, so a bad value fails where it is made, not when it is published. Fact records
carry their provenance (document, 1-based page, character span in the document's
body text, extractor name and version). ``to_row``/``from_row`` turn any record into
a flat dict of plain values and back (the shape pandas and Parquet want).
"""

from __future__ import annotations

import dataclasses
import functools
import types
import typing
from dataclasses import dataclass
from typing import Any, Literal, Sequence, get_args, get_origin

Status = Literal["ok", "error", "duplicate"]   # duplicate: the same bytes as another file
ErrorKind = Literal[
    "empty", "not_pdf", "encrypted", "truncated", "unreadable", "no_pages", "too_large",
    "too_many_pages", "timeout", "no_text", "ocr_failed", "not_found", "internal", "io",
    "crashed", "out_of_memory", "ocr_unavailable", "killed",
    "special_file", "dangling_link", "link_loop", "read_timeout", "changed", "duplicate", "unreadable_folder",
]
LineRole = Literal["body", "header", "footer", "heading"]
InterventionKind = Literal["chairs", "presents", "speaks", "attends", "excused", "absent", "mentioned"]
Outcome = Literal["approved", "adopted", "rejected", "postponed", "agreed"]
Severity = Literal["error", "warning", "info"]
MeetingMode = Literal["in_person", "online", "hybrid"]
AmountCategory = Literal[
    "budget_adopted", "available", "spent", "overheads", "in_kind",
    "contribution", "cost", "forecast", "budget", "other",
]


class RecordError(ValueError):
    """A record was built with a value its type does not allow."""


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


@functools.cache
def _literal_fields(cls: type) -> tuple[tuple[str, tuple], ...]:
    """(field, allowed values) for every Literal-typed field of ``cls``, worked out once
    per class: records are built by the million on large archives."""
    out = []
    for name, tp in _hints(cls).items():
        allowed = _literal_values(tp)
        if allowed is not None:
            out.append((name, allowed))
    return tuple(out)


def _literal_values(tp: Any) -> tuple | None:
    """The allowed values of a Literal (or Optional Literal) annotation, else None."""
    if get_origin(tp) is Literal:
        return get_args(tp)
    if get_origin(tp) in (typing.Union, types.UnionType):
        values: list = []
        for arg in get_args(tp):
            if arg is type(None):
                values.append(None)
            elif get_origin(arg) is Literal:
                values.extend(get_args(arg))
            else:
                return None
        return tuple(values)
    return None


class Record:
    """Base of all records: checks Literal fields and page/span bounds on creation."""

    def __post_init__(self) -> None:
        for name, allowed in _literal_fields(type(self)):
            value = getattr(self, name)
            if value not in allowed:
                raise RecordError(f"{type(self).__name__}.{name}={value!r} not in {allowed}")
        page = getattr(self, "page", None)
        if isinstance(page, int) and page < 1:
            raise RecordError(f"{type(self).__name__}.page must be >= 1, got {page}")
        start, end = getattr(self, "start", None), getattr(self, "end", None)
        if isinstance(start, int) and isinstance(end, int) and not 0 <= start <= end:
            raise RecordError(f"{type(self).__name__} span ({start}, {end}) is invalid")


# --------------------------------------------------------------------------- layout


@dataclass(frozen=True)
class Word(Record):
    """One word of a line with its horizontal extent (for whitespace tables)."""
    text: str
    x0: float
    x1: float


@dataclass(frozen=True)
class Line(Record):
    """One text line of a page as laid out, with its typography."""
    page: int
    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float
    bold: bool
    role: LineRole = "body"
    words: tuple[Word, ...] = ()


@dataclass(frozen=True)
class RawTable(Record):
    """A ruled table as the PDF layer found it: a grid of cell strings (None = merged)."""
    page: int
    bbox: tuple[float, float, float, float]
    rows: tuple[tuple[str | None, ...], ...]


@dataclass(frozen=True)
class Page(Record):
    """One page: its lines (body and running furniture) and any ruled tables."""
    number: int
    width: float
    height: float
    lines: tuple[Line, ...] = ()
    tables: tuple[RawTable, ...] = ()
    ocr: bool = False
    has_text_layer: bool = True
    blank: bool = False            # nothing drawn at all (no text, image or path): nothing to OCR


@dataclass(frozen=True)
class Section(Record):
    """A heading and the span of body text it governs (an agenda item, usually)."""
    heading: str
    page: int
    start: int
    end: int
    level: int = 1
    language: str | None = None


def innermost_section(sections: "Sequence[Section]", offset: int) -> Section | None:
    """The innermost of ``sections`` whose span holds ``offset`` (the agenda item)."""
    best = None
    for s in sections:
        if s.start <= offset < s.end and (best is None or s.start >= best.start):
            best = s
    return best


@dataclass(frozen=True)
class Document(Record):
    """An in-memory document: what the pdf extractor gives every other extractor.

    ``text`` is the body text (headers/footers removed, end-of-line hyphens rejoined),
    one line per layout line; ``page_starts[i]`` is the offset in ``text`` where page
    i+1 begins, so any character span maps back to its page.
    """
    doc_id: str
    file_name: str
    pages: tuple[Page, ...]
    text: str
    page_starts: tuple[int, ...]
    sections: tuple[Section, ...] = ()
    language: str | None = None
    language_confidence: float | None = None

    def page_at(self, offset: int) -> int:
        """1-based page number of the character at ``offset`` in ``text``."""
        import bisect
        return max(1, bisect.bisect_right(self.page_starts, offset))

    def section_at(self, offset: int) -> Section | None:
        """The innermost section whose span holds ``offset``."""
        return innermost_section(self.sections, offset)

    @property
    def furniture(self) -> tuple[Line, ...]:
        """Running headers and footers, kept apart from the body."""
        return tuple(l for p in self.pages for l in p.lines if l.role in ("header", "footer"))


# ---------------------------------------------------------------------- provenance


@dataclass(frozen=True)
class Provenance(Record):
    """Where a fact came from: document, page, span in ``Document.text``, extractor."""
    doc_id: str
    page: int
    start: int
    end: int
    extractor: str
    version: str


# --------------------------------------------------------------------------- facts


@dataclass(frozen=True)
class DocumentInfo(Record):
    """One row of ``documents``: an input file and what became of it."""
    doc_id: str
    file_name: str
    path: str
    pages: int
    language: str | None
    status: Status
    error: str | None = None
    error_kind: ErrorKind | None = None    # which of pipeline.errors.MESSAGES (or "io")
    language_confidence: float | None = None
    ocr_pages: tuple[int, ...] = ()
    size_bytes: int = 0
    extractor_version: str = ""
    duplicate_of: str | None = None        # status "duplicate": the doc_id of the first file


@dataclass(frozen=True)
class Meeting(Record):
    """The meeting a document reports on."""
    meeting_id: str
    doc_id: str
    body: str | None
    ordinal: int | None
    date: str | None          # ISO YYYY-MM-DD
    place: str | None
    prov: Provenance
    mode: MeetingMode | None = None
    doc_code: str | None = None            # the document's own code, e.g. "8-1"
    cited_codes: tuple[str, ...] = ()
    tabled_at: int | None = None           # ordinal of the meeting it was tabled at
    weekday_as_written: str | None = None
    date_as_written: str | None = None


@dataclass(frozen=True)
class Intervention(Record):
    """One appearance of a person in a document."""
    doc_id: str
    name_as_written: str
    kind: InterventionKind
    prov: Provenance
    honorific: str | None = None
    given_name: str | None = None
    family_name: str | None = None
    role: str | None = None
    affiliation: str | None = None
    country: str | None = None
    person_id: str | None = None           # filled by cross-document resolution

    @property
    def page(self) -> int:
        return self.prov.page


@dataclass(frozen=True)
class Person(Record):
    """One real person, resolved across all documents."""
    person_id: str
    name: str
    family_name: str | None
    honorific: str | None
    given_name: str | None = None


@dataclass(frozen=True)
class Vote(Record):
    """A vote tally where stated."""
    votes_for: int | None = None
    against: int | None = None
    abstain: int | None = None
    unanimous: bool = False


@dataclass(frozen=True)
class Decision(Record):
    """One decision recorded in a document."""
    decision_id: str
    doc_id: str
    text: str
    outcome: Outcome
    prov: Provenance
    meeting_id: str | None = None
    decided_by: str | None = None
    subject: str | None = None
    refs: tuple[str, ...] = ()
    section: str | None = None
    vote: Vote | None = None


@dataclass(frozen=True)
class Amount(Record):
    """One monetary figure, normalised to units of its ISO 4217 currency."""
    doc_id: str
    text: str
    value: float
    currency: str
    sentence: str
    prov: Provenance
    year: int | None = None
    category: AmountCategory | None = None

    def __post_init__(self) -> None:
        super().__post_init__()
        if len(self.currency) != 3 or not self.currency.isupper():
            raise RecordError(f"Amount.currency must be ISO 4217, got {self.currency!r}")


@dataclass(frozen=True)
class StatedSum(Record):
    """A sum the text states: ``total`` = sum of ``parts`` (amounts, same currency)."""
    doc_id: str
    total: Amount
    parts: tuple[Amount, ...]
    prov: Provenance


@dataclass(frozen=True)
class TableCell(Record):
    """One cell of an extracted table (row 0 = header)."""
    row: int
    col: int
    value: str
    number: float | None = None
    page: int | None = None                # page the cell's row is printed on (tables can span pages)


@dataclass(frozen=True)
class Table(Record):
    """A table: its cells, caption, bounding box, and which rows are totals."""
    table_id: str
    doc_id: str
    prov: Provenance
    cells: tuple[TableCell, ...]
    n_rows: int
    n_cols: int
    caption: str | None = None
    bbox: tuple[float, float, float, float] | None = None
    total_rows: tuple[int, ...] = ()
    pages: tuple[int, ...] = ()
    method: Literal["ruled", "whitespace"] = "ruled"

    def grid(self) -> list[list[str]]:
        out = [["" for _ in range(self.n_cols)] for _ in range(self.n_rows)]
        for c in self.cells:
            out[c.row][c.col] = c.value
        return out


@dataclass(frozen=True)
class Evidence(Record):
    """A verbatim quote backing a flag, with where it stands."""
    quote: str
    doc_id: str
    page: int
    file_name: str | None = None


@dataclass(frozen=True)
class Flag(Record):
    """One inconsistency found by a check."""
    flag_id: str
    kind: str
    severity: Severity
    doc_id: str
    page: int
    message: str
    evidence: tuple[Evidence, ...]
    check: str = ""


@dataclass(frozen=True)
class QuotedMeeting(Record):
    """A meeting a report names by ordinal ("la sixième réunion du Consortium ... le 10
    décembre 2020"), kept so checks across reports need not re-read the text."""
    ordinal: int
    noun: str                      # folded meeting word ("reunion", "meeting")
    qualifier: str                 # folded words naming whose meeting ("du consortium")
    quote: str                     # the mention, verbatim
    page: int
    start: int
    end: int
    window: str = ""               # verbatim text from the mention to its date (place check)
    sentence: str = ""             # the sentence holding the mention, verbatim
    date_year: int | None = None
    date_month: int | None = None
    date_day: int | None = None
    date_quote: str | None = None
    date_page: int | None = None


@dataclass(frozen=True)
class Extraction(Record):
    """Everything extracted from one document: the unit cached per document."""
    info: DocumentInfo
    meeting: Meeting | None = None
    interventions: tuple[Intervention, ...] = ()
    decisions: tuple[Decision, ...] = ()
    amounts: tuple[Amount, ...] = ()
    sums: tuple[StatedSum, ...] = ()
    tables: tuple[Table, ...] = ()
    sections: tuple[Section, ...] = ()
    flags: tuple[Flag, ...] = ()           # within-report checks
    quoted_meetings: tuple[QuotedMeeting, ...] = ()   # extractors.citations


# ---------------------------------------------------------------- (de)serialisation


def to_row(record: Record) -> dict[str, Any]:
    """A record as nested plain values (dicts, lists, str, numbers, None)."""
    def plain(v: Any) -> Any:
        if dataclasses.is_dataclass(v):
            return {f.name: plain(getattr(v, f.name)) for f in dataclasses.fields(v)}
        if isinstance(v, (tuple, list)):
            return [plain(x) for x in v]
        return v
    return plain(record)


def from_row(cls: type, row: dict[str, Any]) -> Any:
    """Rebuild a record of ``cls`` from ``to_row`` output (re-validating it)."""
    hints = _hints(cls)
    kwargs = {}
    for f in dataclasses.fields(cls):
        if f.name in row:
            kwargs[f.name] = _coerce(hints[f.name], row[f.name])
    return cls(**kwargs)


def _coerce(tp: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        for arg in get_args(tp):
            if arg is type(None):
                continue
            try:
                return _coerce(arg, value)
            except (TypeError, ValueError, RecordError):
                continue
        return value
    if origin is tuple:
        args = get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_coerce(args[0], v) for v in value)
        return tuple(_coerce(a, v) for a, v in zip(args, value))
    if tp is int and isinstance(value, float) and value.is_integer():
        return int(value)  # integers come back as floats from columns with gaps
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        if not isinstance(value, dict):
            raise TypeError(f"expected a mapping for {tp.__name__}")
        return from_row(tp, value)
    return value


def flatten(record: Record, prefix: str = "") -> dict[str, Any]:
    """One flat row for a dataset: nested ``prov`` fields are lifted to top level."""
    row = to_row(record)
    prov = row.pop("prov", None)
    if prov:
        for k, v in prov.items():
            row.setdefault(k if k not in ("version",) else "extractor_version", v)
    return row
