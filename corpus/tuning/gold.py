"""The tuning reports' gold (01-11): amounts and dates read as written, the gold dict drawn
from the Recorder, and its verification against the written PDF as pdfplumber reads it."""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pdfplumber

from corpus.common import MONTHS, OUTCOMES, WEEKDAYS, gold_record, squash
from corpus.tuning.markup import NB, Report
from corpus.tuning.render import FOOTER_BASE, HEADER_BASE, MM2PT, Recorder

# --------------------------------------------------------------------------- amounts

CURRENCY_SIGNS = [("FCFA", "XOF"), ("k€", "EUR"), ("M€", "EUR"), ("€", "EUR"), ("£", "GBP"),
                  ("US$", "USD"), ("$", "USD"), ("USD", "USD"), ("EUR", "EUR"), ("GBP", "GBP"),
                  ("CHF", "CHF"), ("ZAR", "ZAR"), ("euros", "EUR"), ("dólares", "USD")]


def parse_amount(s: str, lang: str):
    """Value (units of the currency) and ISO currency of an amount as written."""
    m = re.search(r"\d(?:[\d .,\u00a0]*\d)?", s)
    num = m.group().replace(" ", "").replace(NB, "")
    if lang == "en":
        num = num.replace(",", "")
    else:
        if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", num):
            num = num.replace(".", "")
        num = num.replace(",", ".")
    value = float(num)
    after = s[m.end():].strip().lower()
    if re.match(r"k\b|k€|k$", after):
        value *= 1e3
    elif re.match(r"(millions?|millones|million|m€)\b", after) or after.startswith("m€"):
        value *= 1e6
    elif re.match(r"milliards?\b|billion\b", after):
        value *= 1e9
    elif re.match(r"mil\b", after):
        value *= 1e3
    cur = next((iso for sign, iso in CURRENCY_SIGNS if sign in s), None)
    assert cur, f"no currency in amount {s!r}"
    return (int(value) if value == int(value) else round(value, 2)), cur


AMOUNT_SCAN = [
    r"\d[\d .,\u00a0]*(?:k€|M€|€|£|\$)",
    r"(?:€|£|\$)\s?\d[\d.,]*",
    r"\b(?:USD|EUR|GBP|CHF|ZAR|XOF)\s?\d",
    r"\d\s?(?:CHF|USD|EUR|GBP|FCFA|ZAR)\b",
    r"\d\s(?:millions?|mil|milliards?|million)\s(?:d'euros|de FCFA|euros|dólares)",
    r"\d\s(?:euros|dollars|dólares)\b",
]


def check_amounts_marked(plain, spans, where):
    marked = [(s["start"], s["end"]) for s in spans if s["kind"] == "A"]
    for rx in AMOUNT_SCAN:
        for m in re.finditer(rx, plain):
            if not any(a <= m.start() < b or a < m.end() <= b for a, b in marked):
                raise AssertionError(f"{where}: unmarked amount {m.group()!r} in {plain[:70]!r}")


def weekday_is_correct(s: str, lang: str) -> bool:
    low = s.lower()
    wd = next(i for i, w in enumerate(WEEKDAYS[lang]) if re.search(rf"\b{w}\b", low))
    day = int(re.search(r"\b(\d{1,2})\b", low).group(1))
    month = next(i for i, w in enumerate(MONTHS[lang], 1) if re.search(rf"\b{w}\b", low))
    year = int(re.search(r"\b(\d{4})\b", low).group(1))
    return dt.date(year, month, day).weekday() == wd


def make_gold(rep: Report, rec: Recorder):
    sp = rec.spans
    decisions = []
    for s in sp:
        if s["kind"] != "D":
            continue
        outcome, _, refs = s["args"].partition(":")
        assert outcome in OUTCOMES, outcome
        decisions.append({"page": s["page"], "contains": s["text"], "outcome": outcome,
                          "refs": [r for r in refs.split(",") if r]})
    amounts, seen = [], set()
    for s in sp:
        if s["kind"] != "A":
            continue
        value, cur = parse_amount(s["text"], rep.lang)
        key = (value, cur)
        assert key not in seen, f"{rep.name}: amount {s['text']!r} repeated (value, currency)"
        seen.add(key)
        amounts.append({"as_written": s["text"], "value": value, "currency": cur,
                        "page": s["page"]})
    flags = []
    for fid, kind in rep.flags.items():
        pick = "last"
        if isinstance(kind, tuple):
            kind, pick = kind
        ev = [s for s in sp if s["kind"] == "E" and s["args"] == fid]
        assert ev, f"{rep.name}: flag {fid} has no evidence"
        texts = list(dict.fromkeys(s["text"] for s in ev))
        page = (ev[0] if pick == "first" else ev[-1])["page"]
        if pick != "span-pages":
            assert all(s["page"] == page for s in ev), \
                f"{rep.name}: evidence of {fid} spread over pages {[s['page'] for s in ev]}"
        flags.append({"kind": kind, "page": page, "evidence": texts})
    not_flags = []
    for nid, about in rep.not_flags.items():
        ev = [s["text"] for s in sp if s["kind"] == "N" and s["args"] == nid]
        assert ev, f"{rep.name}: not_flag {nid} has no evidence"
        not_flags.append({"about": about, "evidence": list(dict.fromkeys(ev))})
    used_ids = {s["args"] for s in sp if s["kind"] in "EN"}
    assert used_ids <= set(rep.flags) | set(rep.not_flags), used_ids
    for _, _, role in rep.people:
        assert role in "SM"
    return gold_record(rep, decisions, amounts, rec.tables, flags, not_flags)


def verify(rep: Report, pdf_path: Path, rec: Recorder, gold: dict, total: int):
    """Re-read the PDF with pdfplumber: every gold string on the page the gold says."""
    raw, coll, doc_body, doc_all = read_pages(rep.name, pdf_path, rec, total)

    def on_page(s, page, what):
        if page in rec.image_pages:
            return  # scanned page: no text layer to check against (documented)
        assert squash(s) in coll[page], f"{rep.name}: {what} {s!r} not found on page {page}"

    check_spans(rep.name, rec, on_page, raw, doc_body)
    check_gold(rep, gold, rec, on_page, coll, doc_all)
    check_layout_and_facts(rep, rec, raw, doc_body, doc_all)


def read_pages(name: str, pdf_path: Path, rec: Recorder, total: int):
    """(raw text by page, collapsed text by page, collapsed page bodies, collapsed text)."""
    with pdfplumber.open(pdf_path) as pdf:
        assert len(pdf.pages) == total, f"{name}: {len(pdf.pages)} pages, expected {total}"
        raw, coll, bodies = {}, {}, []
        for i, page in enumerate(pdf.pages, 1):
            t = page.extract_text() or ""
            raw[i], coll[i] = t, squash(t)
            if i in rec.image_pages:
                assert not page.chars, f"{name}: image page {i} has a text layer"
                continue
            assert page.chars, f"{name}: page {i} has no text"
            top, bottom = (HEADER_BASE + 4) * MM2PT, (FOOTER_BASE - 6) * MM2PT
            bodies.append(page.crop((0, top, page.width, bottom)).extract_text() or "")
    return raw, coll, squash(" ".join(bodies)), squash(" ".join(coll.values()))


def check_spans(name: str, rec: Recorder, on_page, raw: dict, doc_body: str):
    """Gold spans on one page each; planted page and line breaks really happen."""
    for s in rec.spans:
        k = s["kind"]
        if k in "DAEN":
            assert s["page"] == s["page_end"], \
                f"{name}: {k} span {s['text']!r} straddles pages {s['page']}-{s['page_end']}"
            on_page(s["text"], s["page"], {"D": "decision", "A": "amount", "E": "evidence",
                                           "N": "not_flag evidence"}[k])
        elif k == "X":
            if s["args"] == "pb":
                assert s["page"] != s["page_end"], f"{name}: {s['text']!r} not split by a page break"
                assert squash(s["text"]) in doc_body, f"{name}: {s['text']!r} lost"
            elif s["args"] == "lb":
                assert s["line"] != s["line_end"] and s["raw_break"], \
                    f"{name}: {s['text']!r} not split by a line break"
                page, rawtxt = s["raw_break"]
                assert rawtxt in raw[page], f"{name}: raw {rawtxt!r} not on page {page}"
            else:
                raise ValueError(s["args"])


def check_gold(rep: Report, gold: dict, rec: Recorder, on_page, coll: dict, doc_all: str):
    """Decisions, amounts, flag evidence and table cells on their gold pages."""
    name = rep.name
    for d in gold["decisions"]:
        on_page(d["contains"], d["page"], "decision")
    for a in gold["amounts"]:
        on_page(a["as_written"], a["page"], "amount")
    for f in gold["flags"]:
        for ev in f["evidence"]:
            pages = [s["page"] for s in rec.spans if s["kind"] == "E" and s["text"] == ev]
            assert any(squash(ev) in coll[p] for p in pages), f"{name}: evidence {ev!r}"
    for f in gold["flags"]:
        if rep.flags_same_page(f):
            for ev in f["evidence"]:
                on_page(ev, f["page"], "flag evidence")
    for nf in gold["not_flags"]:
        for ev in nf["evidence"]:
            assert squash(ev) in doc_all, f"{name}: not_flag evidence {ev!r}"
    for t in gold["tables"]:
        for row in [t["header"]] + t["rows"]:
            for cell in row:
                if cell:
                    on_page(cell, t["page"], "table cell")


def check_layout_and_facts(rep: Report, rec: Recorder, raw: dict, doc_body: str, doc_all: str):
    """People in the bodies, table splits and hyphenations as planted, weekdays and sums
    right or wrong as planted, every currency-looking figure marked."""
    name = rep.name
    for n, fam, _ in rep.people:
        assert fam.lower() in n.lower() or fam == n.split()[-1], f"{name}: family {fam!r} of {n!r}"
        assert squash(n) in doc_body, f"{name}: person {n!r} not in the text"
    for must_split, first, last, label in rec.table_splits:
        assert (first != last) == must_split, \
            f"{name}: table {label!r} on pages {first}-{last}, must_split={must_split}"
    for page, split in rec.soft_splits:
        assert split in raw[page], f"{name}: soft split {split!r} not on page {page}"
    assert len(rec.soft_splits) >= rep.min_soft_splits, \
        f"{name}: only {len(rec.soft_splits)} end-of-line hyphenations"
    for s, ok in rep.weekday_checks:
        assert weekday_is_correct(s, rep.lang) == ok, f"{name}: weekday check {s!r}"
        assert squash(s) in doc_all, f"{name}: date {s!r} not in text"
    for total_, parts, ok in rep.sum_checks:
        assert (abs(sum(parts) - total_) < 1e-6) == ok, f"{name}: sum check {total_}"
    for plain, spans, where in rec.text_by_block:
        check_amounts_marked(plain, spans, where)
