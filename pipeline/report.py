"""The secretariat's report: one offline HTML file built from the published datasets.

``render_report(folder)`` reads ``<folder>/*.parquet`` (documents, meetings, decisions,
amounts, flags, and decision_history when present) and writes ``<folder>/report.html``:
the open flags grouped by document and severity with their verbatim evidence and pages,
then the reviewed ones apart with their decision and note, a timeline of decisions, and the figures by year charted per body and currency (bars in
plain HTML and CSS). Publishing renders it inside each publication, so it always describes what is
published.
Every string that comes from a PDF is untrusted and goes through ``html.escape``; the
page has no script and loads nothing from the network.
"""

from __future__ import annotations

import datetime as dt
import html
import math
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from pipeline.atomic import write_text_atomic
from pipeline.reviews import DECISIONS, OPEN

NAME = "report"
VERSION = "0.1.0"
SEVERITIES = ("error", "warning", "info")
BUDGET_CATEGORIES = ("budget_adopted", "budget", "forecast", "available", "spent")
CSS = """
body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:70rem;color:#222;padding:0 1rem}
h1{margin-bottom:.2rem} h2{border-bottom:2px solid #ddd;padding-bottom:.2rem;margin-top:2.2rem}
table{border-collapse:collapse;width:100%;margin:.6rem 0} th,td{border:1px solid #ddd;padding:.3rem .5rem;
text-align:left;vertical-align:top} th{background:#f4f4f4}
.flag{border-left:5px solid #999;margin:.6rem 0;padding:.4rem .8rem;background:#fafafa}
.flag.error{border-color:#c0392b}.flag.warning{border-color:#e67e22}.flag.info{border-color:#2980b9}
.sev{font-weight:600;text-transform:uppercase;font-size:.8rem;margin-right:.4rem}
.kind{font-family:monospace;color:#555} blockquote{margin:.3rem 0 .3rem 1rem;padding:.1rem .6rem;
border-left:3px solid #ccc;white-space:pre-wrap;font-family:Georgia,serif}
.id{font-family:monospace;color:#888;font-size:.8rem;float:right}
.flag.confirmed{border-color:#8e44ad}.flag.dismissed{border-color:#bbb;color:#555}
.decision{font-weight:600;margin-right:.4rem} .note{font-style:italic}
.where{color:#666;font-size:.85rem} .muted{color:#777} .summary span{margin-right:1.2rem}
.chart{margin:1rem 0} .chart figcaption{font-weight:600;margin-bottom:.2rem}
table.bars{width:100%;table-layout:fixed} table.bars td,table.bars th{border:0;border-bottom:1px solid #eee;
padding:.15rem .4rem} col.y{width:4rem} col.c{width:9rem} col.n{width:10rem} td.num{text-align:right;white-space:nowrap}
table.bars span{display:block;height:.9rem;min-width:2px}
.b0{background:#1f77b4}.b1{background:#ff7f0e}.b2{background:#2ca02c}.b3{background:#d62728}
.b4{background:#9467bd}.b5{background:#8c564b}.b6{background:#e377c2}.b7{background:#7f7f7f}
.b8{background:#bcbd22}.b9{background:#17becf}
"""


# ------------------------------------------------------------------------ read


def _read(out_dir: Path, name: str) -> pd.DataFrame:
    """A published dataset, or an empty frame when it was not published."""
    path = out_dir / f"{name}.parquet"
    if not path.exists():
        return pd.DataFrame()
    return pd.read_parquet(path)


def _rows(df: pd.DataFrame) -> list[dict]:
    """Rows as dicts with missing values as None (pandas gives NaN/NA/NaT)."""
    out = []
    for row in df.to_dict("records"):
        out.append({k: (None if _missing(v) else v) for k, v in row.items()})
    return out


def _missing(v: object) -> bool:
    if v is None:
        return True
    if isinstance(v, float) and math.isnan(v):
        return True
    try:
        return bool(pd.isna(v)) if not hasattr(v, "__len__") or isinstance(v, str) else False
    except (TypeError, ValueError):
        return False


def _list(v: object) -> list:
    """A list column's value as a list (parquet gives numpy arrays)."""
    if v is None:
        return []
    if isinstance(v, str):
        return [v]
    try:
        return list(v)  # type: ignore[arg-type]
    except TypeError:
        return [v]


def esc(v: object) -> str:
    """Any value as escaped HTML text ('' for missing)."""
    return "" if v is None else html.escape(str(v), quote=True)


# ----------------------------------------------------------------------- parts


def is_open(flag: dict) -> bool:
    """Whether a flag still awaits a review (publications before reviews have none)."""
    return flag.get("review") in (None, "", OPEN)


def _summary(documents: list[dict], flags: list[dict], reviewed: list[dict]) -> str:
    ok = sum(1 for d in documents if d.get("status") == "ok")
    counts = {s: sum(1 for f in flags if f.get("severity") == s) for s in SEVERITIES}
    parts = [f"<span><b>{len(documents)}</b> document(s), {ok} read</span>"]
    parts += [f"<span><b>{counts[s]}</b> open {s}(s)</span>" for s in SEVERITIES]
    for decision in DECISIONS:
        parts.append(f"<span><b>{sum(1 for f in reviewed if f.get('review') == decision)}</b> "
                     f"{esc(decision)}</span>")
    return f'<p class="summary">{"".join(parts)}</p>'


def _documents_table(documents: list[dict]) -> str:
    if not documents:
        return '<p class="muted">No document was published.</p>'
    rows = "".join(
        f"<tr><td>{esc(d.get('file_name'))}</td><td>{esc(d.get('pages'))}</td>"
        f"<td>{esc(d.get('language'))}</td><td>{esc(d.get('status'))}</td><td>{esc(d.get('error'))}</td></tr>"
        for d in sorted(documents, key=lambda d: str(d.get("file_name"))))
    return ("<table><thead><tr><th>File</th><th>Pages</th><th>Language</th><th>Status</th>"
            f"<th>Reason</th></tr></thead><tbody>{rows}</tbody></table>")


def _evidence(flag: dict, names: dict[str, str]) -> str:
    quotes = _list(flag.get("evidence"))
    pages = _list(flag.get("evidence_pages"))
    docs = _list(flag.get("evidence_docs"))
    out = []
    for i, quote in enumerate(quotes):
        where = []
        doc = docs[i] if i < len(docs) else None
        if doc and doc != flag.get("doc_id"):
            where.append(names.get(doc, doc))
        if i < len(pages) and pages[i] is not None:
            where.append(f"p. {pages[i]}")
        label = f'<div class="where">{esc(", ".join(map(str, where)))}</div>' if where else ""
        out.append(f"<blockquote>{esc(quote)}</blockquote>{label}")
    return "".join(out)


def _flags_section(flags: list[dict], names: dict[str, str]) -> str:
    if not flags:
        return '<p class="muted">No inconsistency was found.</p>'
    out = []
    by_doc: dict[str, list[dict]] = {}
    for f in flags:
        by_doc.setdefault(str(f.get("doc_id")), []).append(f)
    for doc_id in sorted(by_doc, key=lambda d: names.get(d, d)):
        out.append(f"<h3>{esc(names.get(doc_id, doc_id))}</h3>")
        for sev in SEVERITIES:
            items = sorted((f for f in by_doc[doc_id] if f.get("severity") == sev),
                           key=lambda f: (f.get("page") or 0, str(f.get("kind"))))
            if not items:
                continue
            out.append(f"<h4>{esc(sev.capitalize())} ({len(items)})</h4>")
            for f in items:
                out.append(f'<div class="flag {esc(sev)}">{_flag_head(f, sev)}'
                           f"<p>{esc(f.get('message'))}</p>{_evidence(f, names)}</div>")
    return "".join(out)


def _flag_head(f: dict, label: str) -> str:
    """A flag's first line: its label, kind, page and id (to copy into `minutes review`)."""
    return (f'<span class="id">{esc(f.get("flag_id"))}</span><span class="sev">{esc(label)}</span>'
            f'<span class="kind">{esc(f.get("kind"))}</span> · page {esc(f.get("page"))}')


def _reviewed_section(flags: list[dict], names: dict[str, str]) -> str:
    """Reviewed flags, apart from the open ones: confirmed first, then dismissed, each
    with its decision, note, reviewer and date."""
    if not flags:
        return '<p class="muted">No flag has been reviewed yet (`minutes review FLAG_ID --confirm|--dismiss`).</p>'
    out = []
    for decision in DECISIONS:
        items = sorted((f for f in flags if f.get("review") == decision),
                       key=lambda f: (names.get(str(f.get("doc_id")), ""), f.get("page") or 0))
        if not items:
            continue
        out.append(f"<h3>{esc(decision.capitalize())} ({len(items)})</h3>")
        for f in items:
            who = ", ".join(str(v) for v in (f.get("reviewer"), f.get("reviewed_at")) if v)
            note = f'<p class="note">{esc(f.get("review_note"))}</p>' if f.get("review_note") else ""
            out.append(
                f'<div class="flag {esc(decision)}">{_flag_head(f, decision)} · '
                f'{esc(names.get(str(f.get("doc_id")), f.get("doc_id")))} · {esc(f.get("severity"))}'
                f'{note}<div class="where">{esc("reviewed " + who if who else "reviewed")}</div>'
                f"<p>{esc(f.get('message'))}</p>{_evidence(f, names)}</div>")
    return "".join(out)


def _timeline(history: list[dict], decisions: list[dict], meetings: list[dict],
              names: dict[str, str]) -> str:
    """Decisions by subject over time (decision_history), else all decisions by date."""
    meeting_of = {m.get("meeting_id"): m for m in meetings}
    date_of_doc = {m.get("doc_id"): m.get("date") for m in meetings}
    if history:
        rows = sorted(history, key=lambda h: (str(h.get("subject_key")), h.get("seq") or 0))
        body = "".join(
            f"<tr><td>{esc(h.get('subject_key'))}</td><td>{esc(h.get('date'))}</td>"
            f"<td>{esc(_meeting_label(h.get('body'), h.get('ordinal')))}</td><td>{esc(h.get('outcome'))}</td>"
            f"<td>{esc(h.get('text'))}</td><td>{esc(names.get(h.get('doc_id'), h.get('doc_id')))}, "
            f"p. {esc(h.get('page'))}</td></tr>" for h in rows)
        head = "<th>Subject</th><th>Date</th><th>Meeting</th><th>Outcome</th><th>Decision</th><th>Where</th>"
        return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    if not decisions:
        return '<p class="muted">No decision was published.</p>'

    def when(d: dict) -> str:
        m = meeting_of.get(d.get("meeting_id")) or {}
        return str(m.get("date") or date_of_doc.get(d.get("doc_id")) or "")
    rows = sorted(decisions, key=lambda d: (when(d), str(d.get("doc_id")), d.get("page") or 0))
    body = "".join(
        f"<tr><td>{esc(when(d))}</td><td>{esc(d.get('subject'))}</td><td>{esc(d.get('outcome'))}</td>"
        f"<td>{esc(d.get('text'))}</td><td>{esc(names.get(d.get('doc_id'), d.get('doc_id')))}, "
        f"p. {esc(d.get('page'))}</td></tr>" for d in rows)
    head = "<th>Date</th><th>Subject</th><th>Outcome</th><th>Decision</th><th>Where</th>"
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _meeting_label(body: object, ordinal: object) -> str:
    if body is None and ordinal is None:
        return ""
    return f"{body or ''} {('#' + str(int(ordinal))) if ordinal is not None else ''}".strip()


Figures = dict[tuple[str, str], dict[int, dict[str, float]]]


def budget_figures(amounts: list[dict], bodies: dict[str, str] | None = None) -> Figures:
    """(body, currency) -> year -> category -> figure, for every amount with a year.

    Figures are kept apart per body (``bodies``: doc_id -> body; a report of no known
    body is its own group) and per currency; within one body the largest figure per
    year and category stands, so a figure quoted in several of its reports counts once.
    Amounts without a category are charted as "other"."""
    bodies = bodies or {}
    out: Figures = {}
    for a in amounts:
        year, cur, value = a.get("year"), a.get("currency"), a.get("value")
        if year is None or cur is None or value is None:
            continue
        body = bodies.get(str(a.get("doc_id"))) or "(body unknown)"
        cat = a.get("category") or "other"
        cell = out.setdefault((str(body), str(cur)), {}).setdefault(int(year), {})
        cell[cat] = max(cell.get(cat, float("-inf")), float(value))
    return out


def _categories(per_year: dict[int, dict[str, float]]) -> list[str]:
    present = {c for cats in per_year.values() for c in cats}
    known = [c for c in BUDGET_CATEGORIES if c in present]
    return known + sorted(present - set(known))


def _money(v: float) -> str:
    return f"{v:,.2f}".replace(",", " ").removesuffix(".00")


def _chart(body: str, currency: str, per_year: dict[int, dict[str, float]]) -> str:
    """One body's figures in one currency as horizontal bars (plain HTML and CSS, drawn
    by the browser: no script, no image to build): a row per year and category, each
    bar labelled with its category and figure, so no legend can hide a bar."""
    cats = _categories(per_year)
    top = max((abs(v) for cell in per_year.values() for v in cell.values()), default=0.0) or 1.0
    rows = []
    for y in sorted(per_year):
        present = [c for c in cats if c in per_year[y]]
        for j, cat in enumerate(present):
            v = per_year[y][cat]
            year = f'<th rowspan="{len(present)}">{esc(y)}</th>' if j == 0 else ""
            rows.append(
                f"<tr>{year}<td>{esc(cat.replace('_', ' '))}</td><td class=\"track\">"
                f'<span class="b{_colour(cat)}" style="width:{max(0.5, 100 * abs(v) / top):.1f}%">'
                f"</span></td><td class=\"num\">{esc(_money(v))}</td></tr>")
    return (f'<figure class="chart"><figcaption>{esc(body)} ({esc(currency)})</figcaption>'
            '<table class="bars"><colgroup><col class="y"><col class="c"><col><col class="n">'
            f'</colgroup>{"".join(rows)}</table></figure>')


def _colour(category: str) -> int:
    """The same colour for a category in every chart."""
    order = BUDGET_CATEGORIES + ("contribution", "cost", "overheads", "in_kind", "other")
    return order.index(category) % 10 if category in order else 9


def _budget_section(amounts: list[dict], bodies: dict[str, str]) -> str:
    figures = budget_figures(amounts, bodies)
    undated = sorted({str(a.get("currency")) for a in amounts if a.get("currency")}
                     - {cur for _, cur in figures})
    note = (f'<p class="muted">Currencies with no dated figure: {esc(", ".join(undated))}.</p>'
            if undated else "")
    if not figures:
        return '<p class="muted">No figure with a year was published.</p>' + note
    return "".join(_chart(body, cur, figures[(body, cur)]) for body, cur in sorted(figures)) + note


# ----------------------------------------------------------------------- entry


def _names(documents: Iterable[dict]) -> dict[str, str]:
    return {str(d.get("doc_id")): str(d.get("file_name") or d.get("doc_id")) for d in documents}


def _bodies(meetings: list[dict]) -> dict[str, str]:
    return {str(m.get("doc_id")): str(m.get("body")) for m in meetings if m.get("body")}


def _flag_parts(flags: list[dict], names: dict[str, str], open_only: bool) -> str:
    """Open flags first; the reviewed ones in their own section (or, with ``open_only``,
    a line saying how many are left out)."""
    shown = [f for f in flags if is_open(f)]
    reviewed = [f for f in flags if not is_open(f)]
    head = "<h2 id=\"flags\">Open flags: inconsistencies to check</h2>" + (
        _flags_section(shown, names) if shown or not reviewed
        else '<p class="muted">No open flag: every flag has been reviewed.</p>')
    if open_only:
        return head + (f'<p class="muted">{len(reviewed)} reviewed flag(s) are not shown '
                       "(this report shows open flags only).</p>" if reviewed else "")
    return head + f"<h2 id=\"reviewed\">Reviewed flags</h2>{_reviewed_section(reviewed, names)}"


def render_report(out_dir: Path, to: Path | None = None, label: str | None = None,
                  open_only: bool = False, flags: pd.DataFrame | None = None) -> Path:
    """Write the report of the datasets in ``out_dir`` to ``to`` (default
    ``<out_dir>/report.html``) and return its path; ``label`` names the publication,
    ``open_only`` leaves reviewed flags out, ``flags`` stands for the flags dataset."""
    out_dir = Path(out_dir)
    documents = _rows(_read(out_dir, "documents"))
    meetings = _rows(_read(out_dir, "meetings"))
    decisions = _rows(_read(out_dir, "decisions"))
    amounts = _rows(_read(out_dir, "amounts"))
    flags_rows = _rows(flags if flags is not None else _read(out_dir, "flags"))
    history = _rows(_read(out_dir, "decision_history"))
    names = _names(documents)
    stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    page = (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; "
        "style-src 'unsafe-inline'\">"
        f"<title>Secretariat report</title><style>{CSS}</style></head><body>"
        f"<h1>Secretariat report</h1><p class=\"muted\">Generated {esc(stamp)} from publication "
        f"{esc(label or out_dir.name)}</p>"
        f"{_summary(documents, [f for f in flags_rows if is_open(f)], [f for f in flags_rows if not is_open(f)])}"
        f"{_flag_parts(flags_rows, names, open_only)}"
        f"<h2 id=\"decisions\">Decisions timeline</h2>{_timeline(history, decisions, meetings, names)}"
        f"<h2 id=\"budget\">Budget figures by body and year</h2>{_budget_section(amounts, _bodies(meetings))}"
        f"<h2 id=\"documents\">Documents</h2>{_documents_table(documents)}"
        "</body></html>\n")
    target = Path(to) if to is not None else out_dir / "report.html"
    write_text_atomic(target, page)
    return target
