"""The held-out reports' gold: the gold dict drawn from the layout, and its verification
against the PDF bytes as pdfplumber reads them."""
from __future__ import annotations

import io
import re

import pdfplumber

from corpus.common import OUTCOMES, gold_record, squash
from corpus.heldout.figures import read_date
from corpus.heldout.markup import Report, need
from corpus.heldout.render import FOOT_Y, HEAD_Y, PT


def make_gold(rep: Report, lay, currencies) -> dict:
    """The gold dict of a rendered report (`lay`: its Layout); amounts in `currencies` only."""
    decisions, amounts = gold_decisions_amounts(rep, lay, currencies)
    return gold_record(rep, decisions, amounts, lay.tables, gold_flags(rep, lay),
                       gold_not_flags(rep, lay))


def gold_decisions_amounts(rep: Report, lay, currencies) -> tuple[list, list]:
    decisions, amounts, seen = [], [], set()
    for sp in lay.spans:
        if sp.kind == "D":
            outcome = sp.args[0]
            refs = [r for r in (sp.args[1] if len(sp.args) > 1 else "").split(",") if r]
            need(outcome in OUTCOMES, f"{rep.name}: outcome {outcome!r}")
            decisions.append({"page": sp.page, "contains": squash(sp.text), "outcome": outcome,
                              "refs": refs})
        elif sp.kind == "A":
            value, cur = float(sp.args[0]), sp.args[1]
            value = int(value) if value == int(value) else value
            need(cur in currencies, f"{rep.name}: currency {cur!r}")
            need((value, cur) not in seen, f"{rep.name}: amount {sp.text!r} repeats {value} {cur}")
            seen.add((value, cur))
            amounts.append({"as_written": squash(sp.text), "value": value, "currency": cur,
                            "page": sp.page})
    return decisions, amounts


def gold_flags(rep: Report, lay) -> list:
    flags = []
    for fid, kind in rep.flags.items():
        quotes = []
        if isinstance(kind, tuple):       # (kind, [quotes]) for evidence in table cells
            kind, quotes = kind
        ev = [sp for sp in lay.spans if sp.kind == "E" and sp.args[0] == fid]
        need(ev or quotes, f"{rep.name}: flag {fid} has no evidence")
        pages = [sp.page for sp in ev]
        for q in quotes:                  # evidence in table cells: the page of that table
            pages += [t["page"] for t in lay.tables
                      if any(q in row for row in [t["header"]] + t["rows"])]
        need(pages, f"{rep.name}: flag {fid}: quotes {quotes} are in no table")
        flags.append({"kind": kind, "page": max(pages),
                      "evidence": list(dict.fromkeys([squash(sp.text) for sp in ev] + quotes))})
    return flags


def gold_not_flags(rep: Report, lay) -> list:
    not_flags = []
    for nid, about in rep.not_flags.items():
        literal = []
        if isinstance(about, tuple):      # (about, [quotes]) for look-alikes in table cells
            about, literal = about
        ev = [squash(sp.text) for sp in lay.spans if sp.kind == "N" and sp.args[0] == nid]
        ev += literal
        need(ev, f"{rep.name}: not_flag {nid} has no evidence")
        not_flags.append({"about": about, "evidence": list(dict.fromkeys(ev))})
    used = {sp.args[0] for sp in lay.spans if sp.kind in ("E", "N")}
    need(used <= set(rep.flags) | set(rep.not_flags), f"{rep.name}: unknown ids {used}")
    return not_flags


def verify(rep: Report, data: bytes, lay, gold: dict, money) -> list[str]:
    """Every gold string on its gold page, as pdfplumber reads the bytes; every figure that
    matches a `money` pattern annotated. Returns problems."""
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        pages = {i: squash(pg.extract_text() or "") for i, pg in enumerate(pdf.pages, 1)}
        bodies = {i: squash(pg.crop((0, (HEAD_Y + 3) * PT, pg.width, (FOOT_Y - 5) * PT))
                            .extract_text() or "") for i, pg in enumerate(pdf.pages, 1)}
    everything = " ".join(bodies.values())
    bad = check_pages(rep, lay, pages)
    bad += check_gold_on_pages(gold, pages, everything)
    bad += check_people_dates_sums(rep, everything)
    bad += check_amounts_annotated(lay, money)
    if set(gold["meeting"]) != {"body", "ordinal", "date", "place"}:
        bad.append("meeting needs body, ordinal, date, place")
    return [f"{rep.name}: {b}" for b in bad]


def check_pages(rep: Report, lay, pages: dict) -> list[str]:
    """Page count, split tables, running header and footer, no span across a page break."""
    bad, n = [], len(pages)
    if n != lay.pages or not 2 <= n <= 3:
        bad.append(f"{n} pages (layout said {lay.pages}); each report must have 2-3 pages")
    if lay.splits != rep.split_tables:
        bad.append(f"{lay.splits} tables continue across a page break, "
                   f"expected {rep.split_tables}")
    for i in range(1, n + 1):
        left, right = rep.foot(i, n)
        for s in (rep.head[0], rep.head[1], left, right):
            if s and squash(s) not in pages[i]:
                bad.append(f"running header/footer {s!r} missing on page {i}")
    for sp in lay.spans:
        if sp.page != sp.page_end:
            bad.append(f"{sp.kind} span {sp.text!r} straddles pages {sp.page}-{sp.page_end}")
    return bad


def check_gold_on_pages(gold: dict, pages: dict, everything: str) -> list[str]:
    bad = []

    def on(s, page, what):
        if squash(s) not in pages.get(page, ""):
            bad.append(f"{what} {s!r} not found on page {page}")

    for d in gold["decisions"]:
        on(d["contains"], d["page"], "decision")
    for a in gold["amounts"]:
        on(a["as_written"], a["page"], "amount")
    for t in gold["tables"]:
        for row in [t["header"]] + t["rows"]:
            for cell in row:
                if cell:
                    on(cell, t["page"], "table cell")
    for f in gold["flags"]:
        for ev in f["evidence"]:
            on(ev, f["page"], f"{f['kind']} evidence")
    for nf in gold["not_flags"]:
        for ev in nf["evidence"]:
            if squash(ev) not in everything:
                bad.append(f"not_flag evidence {ev!r} not in the text")
    return bad


def check_people_dates_sums(rep: Report, everything: str) -> list[str]:
    bad = []
    for name, fam, _ in rep.people:
        if fam not in name:
            bad.append(f"family {fam!r} is not written in {name!r}")
        if squash(name) not in everything:
            bad.append(f"person {name!r} not in the page bodies")
    fams = [f for _, f, _ in rep.people]
    if len(set(fams)) != len(fams):
        bad.append("two people share a family name")
    # meeting date: the ISO date of the gold is the date printed
    day, _ = read_date(rep.date_as_written, rep.lang)
    if day.isoformat() != rep.meeting["date"]:
        bad.append(f"meeting date {rep.meeting['date']} != printed {rep.date_as_written!r}")
    if squash(rep.date_as_written) not in everything:
        bad.append(f"printed meeting date {rep.date_as_written!r} not in the text")
    for written, ok in rep.weekdays:
        day, wd = read_date(written, rep.lang)
        right = wd is not None and day.weekday() == wd
        if right != ok:
            bad.append(f"weekday of {written!r}: right={right}, expected right={ok} "
                       f"({day} was a {day.strftime('%A')})")
        if squash(written) not in everything:
            bad.append(f"date {written!r} not in the text")
    for total, parts, ok in rep.sums:
        if (abs(sum(parts) - total) < 1e-6) != ok:
            bad.append(f"sum check {parts} -> {total}: expected ok={ok}")
    return bad


def check_amounts_annotated(lay, money) -> list[str]:
    """Any currency-looking figure (a `money` regex) outside an amount span."""
    bad = []
    for plain, spans in lay.texts:
        marked = [(sp.start, sp.end) for sp in spans if sp.kind == "A"]
        for rx in money:
            for m in re.finditer(rx, plain):
                if not any(a <= m.start() < b for a, b in marked):
                    bad.append(f"unannotated amount {m.group()!r} in {plain[:60]!r}")
    return bad
