"""Hard inputs: damaged, hostile, huge and random documents each end as an `ok` row or
a one-line error within the per-document time limit and the worker's memory cap, and
never stop the run; the text extractors take any text without raising."""

from __future__ import annotations

import random
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings as hsettings, strategies as st

from conftest import objects_to_pdf
from pipeline.errors import InputError
from pipeline.lexicon import words
from pipeline.records import DocumentInfo, Extraction
from pipeline.settings import Settings
from pipeline.text import document_from_text

LONG_PAGES = 2000
DOC_TIMEOUT_S = 60.0     # per document, generous for a loaded 2-core machine
WORKER_MEMORY = 2 * 1024**3
ONE_LINE_MAX = 300


# ------------------------------------------------------------------ generated PDFs


def _report(out: Path) -> Path:
    """A three-page report with headings, names, amounts and a ruled table (fpdf2)."""
    from fpdf import FPDF
    from corpus.text_pdf import font_paths
    regular, bold = font_paths()
    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", "", regular)
    pdf.add_font("DejaVu", "B", bold)
    pdf.set_margins(20, 30, 20)
    speakers = ("M. Paul DURAND", "Mme Claire DUMONT", "M. Jean PETIT")
    for n in range(1, 4):
        pdf.add_page()
        pdf.set_font("DejaVu", "B", 12)
        pdf.cell(0, 8, f"Point {n} – Budget 202{n}", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 10)
        pdf.multi_cell(0, 5, f"{speakers[n - 1]} a présenté le rapport financier de l'exercice "
                             f"202{n}. Le Conseil a approuvé le budget 202{n} de {n * 120} 000 "
                             f"euros.")
        with pdf.table(width=100) as table:
            for row in (("Poste", "Montant"), ("Personnel", f"{n * 70} 000"),
                        ("Total", f"{n * 120} 000")):
                cells = table.row()
                for value in row:
                    cells.cell(value)
    pdf.output(str(out))
    return out


def _tiny_glyphs(out: Path, glyphs: int = 50_000) -> Path:
    """One page holding ``glyphs`` characters set at 1 pt."""
    from fpdf import FPDF
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=1)
    rnd = random.Random(7)
    per_line = 200
    for i in range(glyphs // per_line):
        pdf.text(10, 5 + i * 1.1, "".join(rnd.choice("abcdefghij klmnop0123456789$,.")
                                          for _ in range(per_line)))
    pdf.output(str(out))
    return out


def _long_report(out: Path, pages: int = LONG_PAGES) -> Path:
    """``pages`` pages of one short line each (fast to make and to read)."""
    from fpdf import FPDF
    pdf = FPDF(format=(148, 210))
    pdf.set_font("Helvetica", size=10)
    pdf.set_auto_page_break(False)
    for n in range(1, pages + 1):
        pdf.add_page()
        pdf.set_xy(15, 100)
        pdf.cell(0, 5, f"Item {n}: the Board took note of the report and approved it.")
    pdf.output(str(out))
    return out


@pytest.fixture(scope="module")
def hard_folder(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("hard_inputs")
    good = _report(folder / "good.pdf")
    data = good.read_bytes()
    for share in (0.1, 0.33, 0.5, 0.9):
        (folder / f"truncated_{int(share * 100)}.pdf").write_bytes(data[: int(len(data) * share)])
    (folder / "truncated_tail.pdf").write_bytes(data[:-10])   # no %%EOF, no xref
    rnd = random.Random(42)
    (folder / "random_after_header.pdf").write_bytes(
        b"%PDF-1.7\n" + bytes(rnd.getrandbits(8) for _ in range(20_000)))
    (folder / "header_only.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
    _tiny_glyphs(folder / "tiny_glyphs.pdf")
    _long_report(folder / "long_report.pdf")
    return folder


@pytest.fixture(scope="module")
def hard_settings(tmp_path_factory) -> Settings:
    return Settings(out_dir=tmp_path_factory.mktemp("hard_out"), doc_timeout_s=DOC_TIMEOUT_S,
                    worker_memory_bytes=WORKER_MEMORY, concurrency=2)


@pytest.fixture(scope="module")
def isolated_results(hard_folder, hard_settings):
    """Every hard file through ``extract_isolated`` (worker processes with the time
    limit and memory cap), two at a time; with each one's wall time."""
    from pipeline import sandbox
    from extractors.chain import extract_isolated

    def run(path: Path):
        started = time.perf_counter()
        ex = extract_isolated(path, hard_settings)
        return path.name, ex, time.perf_counter() - started

    try:
        with ThreadPoolExecutor(2) as pool:
            results = list(pool.map(run, sorted(hard_folder.glob("*.pdf"))))
    finally:
        sandbox.shutdown()
    return {name: (ex, seconds) for name, ex, seconds in results}


def _assert_clean(name: str, ex: Extraction) -> None:
    info = ex.info
    assert info.file_name == name
    assert info.status in ("ok", "error")
    if info.status == "error":
        assert info.error and "\n" not in info.error and len(info.error) <= ONE_LINE_MAX, info.error
        assert "Traceback" not in info.error


def test_every_hard_input_ends_ok_or_with_a_one_line_error(isolated_results, hard_folder):
    assert set(isolated_results) == {p.name for p in hard_folder.glob("*.pdf")}
    for name, (ex, seconds) in isolated_results.items():
        _assert_clean(name, ex)
        assert seconds < DOC_TIMEOUT_S + 30, f"{name} took {seconds:.0f} s"


def test_readable_hard_inputs_are_read(isolated_results):
    good, _ = isolated_results["good.pdf"]
    assert good.info.status == "ok" and good.info.pages == 3
    assert any(d.outcome == "approved" for d in good.decisions)
    glyphs, _ = isolated_results["tiny_glyphs.pdf"]
    assert glyphs.info.status in ("ok", "error")
    long, seconds = isolated_results["long_report.pdf"]
    assert long.info.status == "ok", long.info.error
    assert long.info.pages == LONG_PAGES
    assert long.info.language == "en"


def test_garbage_is_rejected_with_a_reason(isolated_results):
    for name in ("random_after_header.pdf", "header_only.pdf", "truncated_10.pdf"):
        ex, _ = isolated_results[name]
        assert ex.info.status == "error", name
        assert ex.info.error.split(":")[0] in {"unreadable PDF", "damaged PDF", "no pages",
                                               "no text", "not a PDF", "empty file"}, ex.info.error


def test_a_document_over_its_time_limit_gets_a_timeout_row(hard_folder):
    from pipeline import sandbox
    from extractors.chain import extract_isolated
    path = hard_folder / "long_report.pdf"
    quick = Settings(doc_timeout_s=0.5, concurrency=1, worker_memory_bytes=WORKER_MEMORY)
    started = time.perf_counter()
    try:
        ex = extract_isolated(path, quick)
    finally:
        sandbox.shutdown()
    assert time.perf_counter() - started < 30
    assert ex.info.status == "error"
    assert ex.info.error == str(InputError("timeout", seconds=0.5))


def test_a_worker_out_of_memory_gets_an_error_row(hard_folder):
    from pipeline import sandbox
    from extractors.chain import extract_isolated
    path = hard_folder / "good.pdf"
    starved = Settings(concurrency=1, worker_memory_bytes=150 * 1024**2, doc_timeout_s=60)
    try:
        ex = extract_isolated(path, starved)
    finally:
        sandbox.shutdown()
    _assert_clean("good.pdf", ex)
    assert ex.info.status == "error"


@pytest.mark.slow
def test_no_hard_input_stops_the_run(prefect_harness, hard_folder, tmp_path):
    """The flow over all of them publishes a documents row for every file."""
    from pipeline import sandbox
    from flows.ingest import run_ingest
    from pipeline.publish import read_dataset
    settings = Settings(out_dir=tmp_path / "out", doc_timeout_s=DOC_TIMEOUT_S,
                        worker_memory_bytes=WORKER_MEMORY)
    try:
        summary = run_ingest([str(hard_folder)], settings)
    finally:
        sandbox.shutdown()
    assert summary.published
    docs = read_dataset(settings.out_dir, "documents")
    assert sorted(docs["file_name"]) == sorted(p.name for p in hard_folder.glob("*.pdf"))
    for _, row in docs.iterrows():
        if row["status"] == "error":
            assert "\n" not in row["error"] and len(row["error"]) <= ONE_LINE_MAX
    assert set(docs.loc[docs["status"] == "ok", "file_name"]) >= {"good.pdf", "long_report.pdf"}


# ------------------------------------------- the fast reader against pdfplumber's


def _raw_pdf(pages: list[tuple[bytes, int]], forms: tuple[bytes, ...] = ()) -> bytes:
    """A PDF written by hand: each page a (content stream, /Rotate) pair, Helvetica as
    /F1, the media box inherited from the page tree, ``forms`` as XObjects /Fm0, /Fm1..."""
    objs: list[bytes] = []

    def add(body: bytes) -> int:
        objs.append(body)
        return len(objs)

    def stream(head: bytes, data: bytes) -> bytes:
        return b"<< %s /Length %d >>\nstream\n%s\nendstream" % (head, len(data), data)

    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
               b"/Encoding /WinAnsiEncoding >>")
    form_ids = [add(stream(b"/Type /XObject /Subtype /Form /BBox [0 0 595 842]", f))
                for f in forms]
    xobjects = b" ".join(b"/Fm%d %d 0 R" % (i, n) for i, n in enumerate(form_ids))
    pages_id = len(objs) + 2 * len(pages) + 1
    kids = []
    for content, rotate in pages:
        c = add(stream(b"", content))
        kids.append(add(b"<< /Type /Page /Parent %d 0 R /Contents %d 0 R /Rotate %d /Resources "
                        b"<< /Font << /F1 %d 0 R >> /XObject << %s >> >> >>"
                        % (pages_id, c, rotate, font, xobjects)))
    add(b"<< /Type /Pages /MediaBox [0 0 595 842] /Kids [%s] /Count %d >>"
        % (b" ".join(b"%d 0 R" % k for k in kids), len(kids)))
    root = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
    return objects_to_pdf(objs, root)


# Text set at "1 Tf" and scaled to 12 pt by its matrix, as many producers write it.
_SCALED_TEXT = (b"BT /F1 1 Tf 12 0 0 12 72 700 Tm (Le Conseil a approuve le budget 2024.) Tj ET\n"
                b"BT /F1 1 Tf 12 0 0 12 72 680 Tm (The Board noted the report.) Tj ET")
# The same on a page displayed turned a quarter (/Rotate 90), text drawn turned back.
_TURNED_TEXT = (b"BT /F1 1 Tf 0 12 -12 0 300 100 Tm (Le Conseil a approuve le budget 2024.) Tj ET\n"
                b"BT /F1 1 Tf 0 12 -12 0 320 100 Tm (The Board noted the report.) Tj ET")
# A 3x2 ruled grid and its cell text, drawn inside a form XObject.
_GRID_FORM = (b"0.5 w " + b" ".join(b"72 %d m 372 %d l S" % (y, y) for y in (500, 520, 540, 560))
              + b" " + b" ".join(b"%d 500 m %d 560 l S" % (x, x) for x in (72, 222, 372))
              + b"\nBT /F1 10 Tf 80 545 Td (Poste) Tj 150 0 Td (Montant) Tj ET"
              + b" BT /F1 10 Tf 80 525 Td (Personnel) Tj 150 0 Td (1200) Tj ET"
              + b" BT /F1 10 Tf 80 505 Td (Total) Tj 150 0 Td (1500) Tj ET")


def test_fast_reader_agrees_with_pdfplumber_on_odd_layouts():
    """Scaled text, a rotated page, an inherited media box and a ruled grid inside a form
    XObject: pdfium's reading gives the lines, sizes, positions and tables pdfplumber's does."""
    from extractors import pdf
    data = _raw_pdf([(_SCALED_TEXT, 0), (_TURNED_TEXT, 90), (b"q /Fm0 Do Q", 0)],
                    forms=(_GRID_FORM,))
    slow = pdf.plumber_bytes_to_pages(data, Settings())
    fast = pdf.bytes_to_pages(data, Settings())
    assert [(p.width, p.height) for p in fast] == [(595, 842), (842, 595), (595, 842)]
    for a, b in zip(slow, fast):
        assert [l.text for l in a.lines] == [l.text for l in b.lines]
        for la, lb in zip(a.lines, b.lines):
            assert abs(la.size - lb.size) < 0.1 and abs(la.top - lb.top) < 1.0
            assert abs(la.x0 - lb.x0) < 0.5 and la.bold == lb.bold
        assert [t.rows for t in a.tables] == [t.rows for t in b.tables]
    assert fast[0].lines[0].size == pytest.approx(12.0, abs=0.01)
    assert [l.text for l in fast[1].lines] == ["Le Conseil a approuve le budget 2024.",
                                               "The Board noted the report."]
    assert fast[2].tables[0].rows == (("Poste", "Montant"), ("Personnel", "1200"),
                                      ("Total", "1500"))


def test_fast_reader_gives_pdfplumber_text_on_the_corpus():
    """Every corpus report: the same Document text and ruled tables from both readers."""
    from conftest import CORPUS
    from extractors import pdf
    pdfs = sorted(CORPUS.glob("*.pdf"))
    if not pdfs:
        pytest.skip("corpus/ has no PDFs")
    for path in pdfs:
        data = pdf.check_header(path.read_bytes())
        slow = pdf.plumber_bytes_to_pages(data, Settings())
        fast = pdf.bytes_to_pages(data, Settings())
        assert (pdf.pages_to_document("d", path.name, fast).text
                == pdf.pages_to_document("d", path.name, slow).text), path.name
        assert ([[t.rows for t in p.tables] for p in fast]
                == [[t.rows for t in p.tables] for p in slow]), path.name


# ------------------------------------------------------ fuzzing the text extractors


def _vocabulary() -> list[str]:
    """Words the extractors react to, from every language's lexicon tables."""
    found: list[str] = []
    for lang in ("fr", "en", "es"):
        found += list(words(lang, "dates", "months")) + list(words(lang, "dates", "weekdays"))
        found += list(words(lang, "people", "honorifics"))
        found += list(words(lang, "people", "roles"))[:12]
    found += ["€", "$", "£", "¥", "US$", "FCFA", "CHF", "EUR", "USD", "k€", "M€", "%",
              "1er", "2e", "(", ")", ":", ";", "-", "–", "•", "...", "1 234,56", "1,234.56",
              "12.000", "2022", "1999", "31", "0", "-5", "soit", "total", "dont", "approved",
              "adopté", "aprobó", "décide", "pour", "contre", "abstention", "unanimité",
              "Page 3 / 9", "MARTIN", "Jean-François", "O'NEILL", "de la", "Mme X"]
    return found


_VOCAB = _vocabulary()
_token = st.one_of(
    st.sampled_from(_VOCAB),
    st.text(min_size=1, max_size=12),
    st.integers(-10**9, 10**12).map(str),
    st.decimals(allow_nan=False, allow_infinity=False, places=2).map(str),
    st.sampled_from(["\n", "\n\n", "\f", "  ", "\t", " | "]),
)
_texts = st.lists(_token, min_size=0, max_size=80).map(" ".join)


def _extract_all(doc) -> None:
    """Every text-level extractor in the order the flow runs them."""
    from extractors import amounts, decisions, metadata, speakers, tables
    from pipeline import checks
    meeting = metadata.document_to_meeting(doc)
    found = amounts.document_to_amounts(doc, meeting)
    info = DocumentInfo(doc_id=doc.doc_id, file_name=doc.file_name, path=doc.file_name,
                        pages=len(doc.pages), language=doc.language, status="ok")
    ex = Extraction(info=info, meeting=meeting,
                    interventions=speakers.document_to_interventions(doc, meeting),
                    decisions=decisions.document_to_decisions(doc, meeting),
                    amounts=found, sums=amounts.amounts_to_sums(doc, found),
                    tables=tables.document_to_tables(doc), sections=doc.sections)
    checks.extraction_to_flags(doc, ex)


@hsettings(max_examples=200, deadline=None, derandomize=True,
           suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(text=_texts, lang=st.sampled_from(["fr", "en", "es", None]),
       heading_lines=st.integers(0, 3))
def test_text_extractors_take_any_text(text, lang, heading_lines):
    lines = [l for l in text.split("\n") if l.strip() and "\f" not in l]
    headings = tuple(dict.fromkeys(l.strip() for l in lines[:heading_lines]))
    doc = replace(document_from_text(text, headings=headings), language=lang)
    _extract_all(doc)
