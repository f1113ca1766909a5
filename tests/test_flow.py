"""End to end: the Prefect flow over the corpus, the seed report and bad inputs,
checked against the gold files; re-runs; the command's exit codes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import CORPUS, EXTERNAL, need_shared
from pipeline import evaluate
from pipeline.publish import current_manifest, read_dataset
from pipeline.settings import Settings

pytestmark = pytest.mark.slow
FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def corpus_run(prefect_harness, tmp_path_factory, seed_pdf):
    """One ingest of corpus/ plus the seed report rendered to PDF, extracted in this
    process (isolation none): a worker process would import the extractors and load the
    three spaCy models again (~8 CPU-s each). The worker path of the flow is run by the
    robustness run below, test_hard_inputs, test_dask (row by row against Dask) and
    test_deployment."""
    from flows.ingest import run_ingest
    inputs = tmp_path_factory.mktemp("inputs")
    for pdf_file in CORPUS.glob("*.pdf"):
        shutil.copy(pdf_file, inputs / pdf_file.name)
    shutil.copy(seed_pdf, inputs / seed_pdf.name)
    out = tmp_path_factory.mktemp("out")
    settings = Settings(out_dir=out, error_policy="strict", isolation="none")
    summary = run_ingest([str(inputs)], settings)
    return summary, out, inputs, settings


def golds() -> list[dict]:
    found = evaluate.load_gold(CORPUS)
    seed_gold = FIXTURES / "consortium_seed_report.gold.json"
    if seed_gold.exists() and (EXTERNAL.parent / "seeds").exists():
        found.append(json.loads(seed_gold.read_text(encoding="utf-8")))
    return found


def test_every_document_is_published_ok(corpus_run):
    summary, out, inputs, _ = corpus_run
    docs = read_dataset(out, "documents")
    assert sorted(docs["file_name"]) == sorted(p.name for p in inputs.glob("*.pdf"))
    assert summary.failed == ()
    assert set(docs["status"]) == {"ok"}
    assert summary.pages == int(docs["pages"].sum())
    assert {"fr", "en", "es"} <= set(docs["language"])


@pytest.fixture(scope="module")
def scores(corpus_run):
    """The corpus run scored against the gold files once, for every category's test."""
    _, out, _, _ = corpus_run
    return evaluate.score_all(golds(), evaluate.Published.read(out))


def test_meetings_are_filled_for_reports_that_state_them(scores):
    meeting = scores["meeting"]
    assert meeting.recall >= 0.9, evaluate.format_scores({"meeting": meeting}, verbose=True)


@pytest.mark.parametrize("category,floor", [
    ("speakers", 0.9), ("decisions", 0.9), ("amounts", 0.95), ("tables", 0.95), ("flags", 0.8),
])
def test_quality_against_gold(scores, category, floor):
    score = scores[category]
    report = evaluate.format_scores({category: score}, verbose=True)
    assert score.f1 >= floor, report


def test_unchanged_rerun_is_served_from_cache_and_publishes_nothing(corpus_run):
    from flows.ingest import run_ingest
    summary, out, inputs, settings = corpus_run
    before = current_manifest(out)
    again = run_ingest([str(inputs)], settings)
    assert again.published is False
    assert current_manifest(out) == before
    assert again.rows == summary.rows


def test_query_command_reads_the_publication(corpus_run):
    from minutes.cli import app
    _, out, _, _ = corpus_run
    result = CliRunner().invoke(app, ["query", "select count(*) as n from documents",
                                      "--out", str(out), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)[0]["n"] == len(read_dataset(out, "documents"))


def test_bad_inputs_are_recorded_and_exit_code_is_2(prefect_harness, bad_inputs, tmp_path):
    from minutes.cli import app
    out = tmp_path / "out"
    runner = CliRunner()
    # one worker: the files are the subject here, not the pool (one boot, not two)
    result = runner.invoke(app, ["ingest", str(bad_inputs), "--out", str(out), "--workers", "1"])
    assert result.exit_code == 2, result.output
    docs = read_dataset(out, "documents").set_index("file_name")
    assert docs.loc["good.pdf", "status"] == "ok"
    assert docs.loc["empty.pdf", "error"] == "empty file: 0 bytes"
    assert docs.loc["notes.pdf", "error"] == "not a PDF: no %PDF header"
    assert docs.loc["locked.pdf", "error"] == "encrypted: a password is required"
    assert docs.loc["truncated.pdf", "status"] in ("ok", "error")
    for name in ("empty.pdf", "notes.pdf", "locked.pdf"):
        assert f"{name}: " in result.output
    before = current_manifest(out)
    second = runner.invoke(app, ["ingest", str(bad_inputs), "--out", str(out)])
    assert second.exit_code == 2
    assert current_manifest(out) == before


def test_every_robustness_file_gets_a_documents_row(prefect_harness, tmp_path):
    from flows.ingest import run_ingest
    folder = need_shared(EXTERNAL / "robustness")
    files = sorted(folder.rglob("*.pdf"))
    # in worker processes (a hostile file may crash its reader), one at a time: each
    # worker boot imports the extractors again
    summary = run_ingest([str(folder)], Settings(out_dir=tmp_path, doc_timeout_s=60,
                                                 concurrency=1))
    docs = read_dataset(tmp_path, "documents")
    assert len(docs) == len(files) == summary.documents
    errors = docs[docs["status"] == "error"]
    assert errors["error"].map(lambda e: bool(e) and "\n" not in e).all()


MAX_PAGES_IN_SUITE = 50


def test_the_real_third_party_minutes_are_ingested(prefect_harness, tmp_path):
    """Real council minutes, UN decisions and scanned actas (fr/en/es): every file is read,
    in its folder's language, with its meeting dated; the scanned actas are OCR'd.
    Extracted in this process (known-good files; the models are loaded already)."""
    from flows.ingest import run_ingest
    from extractors.ocr import ocr_available
    import pypdfium2
    shared = need_shared(EXTERNAL / "minutes")
    # Every file but the two longest compendia (106 and 75 pages: over half the pages and
    # of this suite's slowest test; benchmarks.devset scores them), in their language folder.
    folder = tmp_path / "minutes"
    for pdf in sorted(shared.rglob("*.pdf")):
        doc = pypdfium2.PdfDocument(pdf)
        pages = len(doc)
        doc.close()
        if pages <= MAX_PAGES_IN_SUITE:
            (folder / pdf.parent.name).mkdir(parents=True, exist_ok=True)
            shutil.copy(pdf, folder / pdf.parent.name / pdf.name)
    out = tmp_path / "out"
    summary = run_ingest([str(folder)], Settings(out_dir=out, isolation="none"))
    docs = read_dataset(out, "documents")
    assert len(docs) == len(list(folder.rglob("*.pdf"))) >= 20
    scanned = docs["file_name"].str.contains("scanned")
    if ocr_available() is None:
        assert summary.failed == ()
        assert docs.loc[scanned, "ocr_pages"].map(len).min() >= 1
    ok = docs[docs["status"] == "ok"]
    for _, d in ok.iterrows():
        lang = Path(next(folder.rglob(d["file_name"]))).parent.name
        assert d["language"] == lang, d["file_name"]
    meetings = read_dataset(out, "meetings")
    assert meetings["date"].notna().sum() >= len(ok) - 2
    decisions = read_dataset(out, "decisions")
    couthenans = docs[docs["file_name"].str.startswith("couthenans")]["doc_id"]
    assert decisions["doc_id"].isin(couthenans).sum() >= 20      # tallies after each item
