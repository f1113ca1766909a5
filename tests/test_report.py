"""The secretariat's report: built from small published parquet files, checked as HTML
and as a person sees it in headless Chromium (text from a PDF can never run)."""

from __future__ import annotations

import html
import re
import shutil
import subprocess
from pathlib import Path

import pandas as pd
import pytest

from pipeline.report import budget_figures, render_report

EVIL = "<script>alert(1)</script>"
EVIL_IMG = '<img src=x onerror="document.body.setAttribute(\'data-pwned\',\'1\')">'


def publish(out: Path, with_history: bool = True) -> None:
    """A tiny publication: two reports, three flags, decisions and budget amounts."""
    pd.DataFrame([
        {"doc_id": "d7", "file_name": "consortium_7.pdf", "pages": 9, "language": "fr", "status": "ok",
         "error": None},
        {"doc_id": "d8", "file_name": "consortium_8.pdf", "pages": 7, "language": "fr", "status": "ok",
         "error": None},
        {"doc_id": "bad", "file_name": "broken.pdf", "pages": 0, "language": None, "status": "error",
         "error": "damaged PDF: no xref"},
    ]).to_parquet(out / "documents.parquet")
    pd.DataFrame([
        {"meeting_id": "m7", "doc_id": "d7", "body": "Consortium", "ordinal": 7, "date": "2021-11-10",
         "place": "Glasgow"},
        {"meeting_id": "m8", "doc_id": "d8", "body": "Consortium", "ordinal": 8, "date": "2022-11-16",
         "place": "Sharm El Sheikh"},
    ]).to_parquet(out / "meetings.parquet")
    pd.DataFrame([
        {"decision_id": "x2", "doc_id": "d8", "meeting_id": "m8", "page": 3, "text": "Le budget 2023 a été adopté.",
         "outcome": "adopted", "decided_by": "Consortium", "subject": "budget 2023", "refs": ["8-7"]},
        {"decision_id": "x1", "doc_id": "d7", "meeting_id": "m7", "page": 8,
         "text": f"Le Consortium a validé le budget 2022 proposé. {EVIL}", "outcome": "approved",
         "decided_by": "Consortium", "subject": "budget 2022", "refs": []},
    ]).to_parquet(out / "decisions.parquet")
    pd.DataFrame([
        {"doc_id": "d7", "page": 8, "text": "955 k€", "value": 955000.0, "currency": "EUR", "year": 2021,
         "sentence": "…", "category": "budget_adopted"},
        {"doc_id": "d7", "page": 8, "text": "970 000 €", "value": 970000.0, "currency": "EUR", "year": 2022,
         "sentence": "…", "category": "budget"},
        {"doc_id": "d7", "page": 8, "text": "307 316 €", "value": 307316.0, "currency": "EUR", "year": 2021,
         "sentence": "…", "category": "spent"},
        {"doc_id": "d7", "page": 8, "text": "6.000 £", "value": 6000.0, "currency": "GBP", "year": None,
         "sentence": "…", "category": "cost"},
    ]).to_parquet(out / "amounts.parquet")
    pd.DataFrame([
        {"flag_id": "f1", "kind": "year_mismatch", "severity": "error", "doc_id": "d7", "page": 1,
         "message": "Total row says 2020, the text above says the totals are for 2021",
         "evidence": ["Total 2020", "Au total pour 2021"], "evidence_pages": [1, 1], "evidence_docs": ["d7", "d7"]},
        {"flag_id": "f2", "kind": "chair_mismatch", "severity": "warning", "doc_id": "d7", "page": 9,
         "message": f"Opened by {EVIL} but closed by someone else",
         "evidence": [EVIL, EVIL_IMG], "evidence_pages": [1, 9], "evidence_docs": ["d7", "d7"]},
        {"flag_id": "f3", "kind": "cross_meeting_date_mismatch", "severity": "error", "doc_id": "d8", "page": 2,
         "message": "Meeting 7 is dated 12 novembre 2021 here, but its own report dates it 2021-11-10",
         "evidence": ["12 novembre 2021", "10 novembre 2021"], "evidence_pages": [2, 1],
         "evidence_docs": ["d8", "d7"]},
    ]).to_parquet(out / "flags.parquet")
    if with_history:
        pd.DataFrame([
            {"subject_key": "budget", "seq": 2, "decision_id": "x2", "doc_id": "d8", "meeting_id": "m8",
             "body": "Consortium", "ordinal": 8, "date": "2022-11-16", "outcome": "adopted", "page": 3,
             "text": "Le budget 2023 a été adopté."},
            {"subject_key": "budget", "seq": 1, "decision_id": "x1", "doc_id": "d7", "meeting_id": "m7",
             "body": "Consortium", "ordinal": 7, "date": "2021-11-10", "outcome": "approved", "page": 8,
             "text": "Le Consortium a validé le budget 2022 proposé."},
        ]).to_parquet(out / "decision_history.parquet")


def test_report_groups_flags_by_document_and_severity_with_evidence(tmp_path):
    publish(tmp_path)
    page = render_report(tmp_path).read_text(encoding="utf-8")
    d7, d8 = page.index("<h3>consortium_7.pdf</h3>"), page.index("<h3>consortium_8.pdf</h3>")
    section_d7 = page[d7:d8]
    assert section_d7.index("Error (1)") < section_d7.index("Warning (1)")
    assert "<blockquote>Total 2020</blockquote>" in section_d7 and "p. 1" in section_d7
    assert "Au total pour 2021" in section_d7
    # evidence from another report names that report's file
    assert "consortium_7.pdf, p. 1" in page[d8:]


def test_every_extracted_string_is_escaped_and_the_page_is_offline(tmp_path):
    publish(tmp_path)
    page = render_report(tmp_path).read_text(encoding="utf-8")
    assert "<script" not in page.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "onerror=" not in page.replace("onerror=&quot;", "")   # only as escaped text
    assert not re.search(r"""(src|href)=["']?https?:""", page)


def test_decisions_timeline_follows_history_order(tmp_path):
    publish(tmp_path)
    page = render_report(tmp_path).read_text(encoding="utf-8")
    timeline = page[page.index('id="decisions"'):page.index('id="budget"')]
    assert timeline.index("budget 2022 proposé") < timeline.index("Le budget 2023 a été adopté")
    assert "Consortium #7" in timeline


def test_decisions_timeline_without_history_is_ordered_by_meeting_date(tmp_path):
    publish(tmp_path, with_history=False)
    page = render_report(tmp_path).read_text(encoding="utf-8")
    timeline = page[page.index('id="decisions"'):page.index('id="budget"')]
    assert timeline.index("2021-11-10") < timeline.index("2022-11-16")
    assert "&lt;script&gt;" in timeline


def test_budget_charts_one_per_body_and_currency_with_every_figure_labelled(tmp_path):
    publish(tmp_path)
    page = render_report(tmp_path).read_text(encoding="utf-8")
    assert re.findall(r"<figcaption>([^<]+)</figcaption>", page) == ["Consortium (EUR)"]
    budget = page[page.index('id="budget"'):page.index('id="documents"')]
    bars = re.findall(r'style="width:([\d.]+)%"></span></td><td class="num">([^<]+)<', budget)
    assert sorted(bars) == sorted([("98.5", "955 000"), ("31.7", "307 316"), ("100.0", "970 000")])
    assert "6 000" not in budget and "GBP" in budget      # undated, yet the currency is named


def test_budget_figures_are_never_the_maximum_across_bodies():
    rows = [{"doc_id": "a1", "year": 2021, "category": "budget_adopted", "currency": "EUR", "value": 955000.0},
            {"doc_id": "a2", "year": 2021, "category": "budget_adopted", "currency": "EUR", "value": 715000.0},
            {"doc_id": "b1", "year": 2021, "category": "budget_adopted", "currency": "EUR", "value": 9_000_000.0},
            {"doc_id": "b1", "year": 2021, "category": None, "currency": "XOF", "value": 5_000_000.0},
            {"doc_id": "a1", "year": None, "category": "budget", "currency": "EUR", "value": 1.0}]
    bodies = {"a1": "Bureau", "a2": "Bureau", "b1": "Conseil"}
    assert budget_figures(rows, bodies) == {
        ("Bureau", "EUR"): {2021: {"budget_adopted": 955000.0}},     # one body: quoted twice, counted once
        ("Conseil", "EUR"): {2021: {"budget_adopted": 9_000_000.0}},
        ("Conseil", "XOF"): {2021: {"other": 5_000_000.0}}}


def test_every_currency_present_is_shown(tmp_path):
    publish(tmp_path)
    currencies = ["EUR", "USD", "GBP", "CHF", "XOF", "CLP", "COP", "CRC", "NGN", "ZAR", "JPY"]
    amounts = [{"doc_id": "d7" if i % 2 else "d8", "page": 1, "text": "x", "value": 1000.0 * (i + 1),
                "currency": cur, "year": 2020 + i % 3, "sentence": "…", "category": None}
               for i, cur in enumerate(currencies)]
    pd.DataFrame(amounts).to_parquet(tmp_path / "amounts.parquet")
    page = render_report(tmp_path).read_text(encoding="utf-8")
    shown = set(re.findall(r"<figcaption>[^<(]+\((\w{3})\)</figcaption>", page))
    assert shown == set(currencies)


def test_empty_publication_renders(tmp_path):
    page = render_report(tmp_path).read_text(encoding="utf-8")
    assert "No inconsistency was found" in page and "No document was published" in page


def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


def chromium(page: Path, profile: Path, *action: str) -> subprocess.CompletedProcess:
    """Headless Chromium on ``page``, its console written to stderr."""
    return subprocess.run(
        [_chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={profile}",
         "--enable-logging=stderr", "--v=0", *action, page.as_uri()],
        capture_output=True, text=True, timeout=90)


def console(result: subprocess.CompletedProcess) -> list[str]:
    """What the page wrote to the console: script errors, blocked loads, CSP violations."""
    return [line for line in result.stderr.splitlines() if ":CONSOLE" in line]


@pytest.mark.skipif(_chromium() is None, reason="chromium is not installed (apt-get install chromium)")
def test_report_screenshot_renders_with_no_console_error_and_every_flag(tmp_path):
    from PIL import Image
    out = tmp_path / "out"
    out.mkdir()
    publish(out)
    report = render_report(out)
    # The console check can fail: a page with a script error and a blocked load is caught.
    bad = tmp_path / "bad.html"
    bad.write_text("<!DOCTYPE html><p>x</p><script>missing()</script><img src='http://127.0.0.1:9/x.png'>",
                   encoding="utf-8")
    assert console(chromium(bad, tmp_path / "p0", "--dump-dom"))
    shot = tmp_path / "shot.png"
    result = chromium(report, tmp_path / "p1", f"--screenshot={shot}", "--window-size=1200,4000",
                      "--hide-scrollbars")
    assert shot.exists(), result.stderr[-2000:]
    assert console(result) == []
    image = Image.open(shot).convert("RGB")
    assert image.size == (1200, 4000)
    colors = image.getcolors(maxcolors=1_000_000) or []
    assert len(colors) > 50                                   # not a blank page
    assert any(abs(r - 31) + abs(g - 119) + abs(b - 180) < 30 for _, (r, g, b) in colors)  # chart bars
    dom = chromium(report, tmp_path / "p2", "--dump-dom").stdout
    flags = pd.read_parquet(out / "flags.parquet")
    for message in flags["message"]:
        assert html.escape(message, quote=False) in dom, message


@pytest.mark.skipif(_chromium() is None, reason="chromium is not installed (apt-get install chromium)")
def test_report_as_a_person_sees_it_in_headless_chromium(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    publish(out)
    report = render_report(out)
    result = chromium(report, tmp_path / "profile", "--dump-dom")
    dom = result.stdout
    assert "Secretariat report" in dom, result.stderr[-2000:]
    # What a person reads: the flags, quotes and timeline as text.
    assert "Total row says 2020, the text above says the totals are for 2021" in dom
    assert "consortium_7.pdf" in dom and "consortium_8.pdf" in dom
    # Text from a PDF shows as text: the DOM holds it escaped, as a text node...
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in dom
    # ...and no script element or injected handler exists, and none ran.
    assert "<script" not in dom.lower()
    assert "data-pwned" not in dom.replace("data-pwned&#39;", "").replace("'data-pwned'", "")
    assert re.search(r'<body[^>]*data-pwned', dom) is None
    assert '<figcaption>Consortium (EUR)</figcaption>' in dom
