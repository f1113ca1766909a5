"""Shared fixtures: paths to the project corpus and ../shared material, rendered PDFs."""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPUS = ROOT / "corpus"
SEED_TXT = SHARED / "seeds" / "000_04bc718c71204c5f.txt"
EXTERNAL = SHARED / "external"

sys.path.insert(0, str(ROOT))  # corpus.text_pdf, also when run as a bare `pytest`

os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")

# The test files that cost most (test-seconds measured in full `pytest -n 2` runs),
# heaviest first. `make test` hands whole files to the two workers (--dist loadscope,
# pyproject.toml) in collection order: these go first, so the hundreds of quick files
# fill in behind them and no long file starts last while the other core idles.
HEAVY_FIRST = ("test_flow", "test_dask", "test_deployment", "test_plan", "test_hard_inputs",
               "test_archive", "test_lock", "test_ocr", "test_regexcache", "test_flags_misses",
               "test_heldout2_gold", "test_check_draft", "test_corpus", "test_model_loading",
               "test_new_language", "test_flags_reports", "test_limits_sandbox",
               "test_compile_once", "test_flags_layouts", "test_limits_linear")


def pytest_collection_modifyitems(config, items):
    """The heavy files first (in HEAVY_FIRST's order), every other file after them in
    the usual order; the order of the tests within a file is kept (a stable sort)."""
    rank = {name: n for n, name in enumerate(HEAVY_FIRST)}
    items.sort(key=lambda item: rank.get(item.path.stem, len(rank)))


def need_shared(path: Path) -> Path:
    """Skip the test cleanly when ../shared (or the file in it) is absent."""
    if not path.exists():
        pytest.skip(f"{path} is absent (../shared not available)")
    return path


def copy_reports(names, folder: Path) -> Path:
    """``folder`` made and holding copies of these corpus reports (tests never write in corpus/)."""
    import shutil
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        shutil.copy(CORPUS / name, folder / name)
    return folder


def objects_to_pdf(objects: list[bytes], root: int = 1) -> bytes:
    """A PDF of the given object bodies (numbered from 1; ``root`` is the catalog), with a
    correct cross-reference table: the hand-written PDFs of the reader's tests."""
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, root, xref)
    return bytes(out)


@pytest.fixture(scope="session")
def seed_text() -> str:
    return need_shared(SEED_TXT).read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_pdf(tmp_path_factory, seed_text) -> Path:
    """The real seed report's text rendered to a PDF at test time (never committed)."""
    from corpus.text_pdf import text_to_pdf
    out = tmp_path_factory.mktemp("seed") / "consortium_seed_report.pdf"
    return text_to_pdf(seed_text, out, header="Initiative 4 pour 1000 – Consortium")


@pytest.fixture(scope="session")
def strict():
    from pipeline.settings import Settings
    return Settings(error_policy="strict", isolation="none")


@pytest.fixture(scope="session")
def prefect_harness(tmp_path_factory):
    """One Prefect API for the whole session, on a temporary SQLite database, served the
    way `minutes` serves it (``flows.runtime.local_api``: Prefect's app in a thread of this
    process), not by ``prefect_test_harness``'s server subprocess, a new Python that
    imports Prefect's server again (~7 CPU-s per xdist worker)."""
    from flows import runtime
    runtime.configure(quiet=True)
    import prefect.context
    import prefect.settings as ps
    from prefect.server.database.dependencies import temporary_database_interface
    db = tmp_path_factory.mktemp("prefect") / "prefect-test.db"
    with contextlib.ExitStack() as stack:
        stack.enter_context(temporary_database_interface())
        stack.enter_context(ps.temporary_settings(updates={
            ps.PREFECT_SERVER_DATABASE_CONNECTION_URL: f"sqlite+aiosqlite:///{db}",
            # a loaded machine (two xdist workers, OCR in other tests) starts it slowly
            ps.PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS: 180}))
        stack.enter_context(runtime.local_api())
        assert ps.PREFECT_API_URL.value(), "Prefect's local API did not start"
        # flows run in contexts copied before this fixture (task runner threads) see it too
        stack.enter_context(prefect.context._temporary_global_settings_context(
            prefect.context.get_settings_context()))
        yield


def encrypted_pdf(out: Path) -> Path:
    """A small report protected by a user password (fpdf2's RC4/AES encryption)."""
    from fpdf import FPDF
    from corpus.text_pdf import font_paths
    pdf = FPDF()
    pdf.add_font("DejaVu", "", font_paths()[0])
    pdf.set_encryption(owner_password="owner", user_password="secret")
    pdf.add_page()
    pdf.set_font("DejaVu", "", 11)
    pdf.multi_cell(0, 6, "Procès-verbal confidentiel. Le Bureau a approuvé le budget 2024.")
    pdf.output(str(out))
    return out


@pytest.fixture(scope="session")
def bad_inputs(tmp_path_factory, seed_pdf) -> Path:
    """A folder of good reports plus the four classic bad files."""
    folder = tmp_path_factory.mktemp("bad_inputs")
    (folder / "good.pdf").write_bytes(seed_pdf.read_bytes())
    (folder / "empty.pdf").write_bytes(b"")
    (folder / "notes.pdf").write_text("These are plain-text notes, not a PDF.\n", encoding="utf-8")
    data = seed_pdf.read_bytes()
    (folder / "truncated.pdf").write_bytes(data[: len(data) // 3])
    encrypted_pdf(folder / "locked.pdf")
    return folder
