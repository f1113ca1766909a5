"""The run planned before Prefect (flows/plan.py): an unchanged re-run is answered with
neither Prefect, nor pandas, nor the extractors imported, writes nothing, and prints
what the flow would; anything else runs the flow, a worker started first when there
are documents to extract."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import ROOT, copy_reports
from flows import plan
from pipeline.settings import Settings

pytestmark = pytest.mark.slow
REPORTS = ("01_deltas_vivants_ca5_fr.pdf", "02_tessaline_board12_en.pdf")

# Runs the command's re-run in a new process and says which heavy modules it imported.
_PROBE = ("import sys; from minutes.cli import app\n"
          "try:\n    app(sys.argv[1:])\nexcept SystemExit as exit:\n    code = exit.code\n"
          "heavy = [m for m in ('prefect', 'pandas', 'extractors.chain', 'spacy') if m in sys.modules]\n"
          "print('imported:', ','.join(heavy) or 'none', 'exit:', code)")


@pytest.fixture(scope="module")
def archived(prefect_harness, tmp_path_factory):
    """Two corpus reports ingested by the flow (no worker processes: isolation none)."""
    inputs = copy_reports(REPORTS, tmp_path_factory.mktemp("plan_inputs"))
    out = tmp_path_factory.mktemp("plan_out")
    settings = Settings(out_dir=out, isolation="none")
    first = plan.run_ingest([str(inputs)], settings)
    assert first.published and first.failed == ()
    return inputs, settings


def archive_state(out: Path) -> dict[str, tuple]:
    """Every file and link of the archive (bytes digest or target, and mtime), the lock
    file apart (every writer writes its name in it)."""
    state = {}
    for path in sorted(out.rglob("*")):
        if path.name == ".lock":
            continue
        st = os.lstat(path)
        if path.is_symlink():
            state[str(path)] = ("link", os.readlink(path), st.st_mtime_ns)
        elif path.is_file():
            state[str(path)] = (hashlib.sha256(path.read_bytes()).hexdigest(), st.st_mtime_ns)
    return state


def command(*args: str, probe: bool = False) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(
        p for p in (str(ROOT), os.environ.get("PYTHONPATH")) if p))
    code = ["-c", _PROBE] if probe else ["-m", "minutes"]
    return subprocess.run([sys.executable, *code, *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300)


def without_timings(summary: plan.RunSummary) -> plan.RunSummary:
    return dataclasses.replace(summary, timings={})


def test_an_unchanged_rerun_imports_no_prefect_and_changes_nothing(archived):
    inputs, settings = archived
    before = archive_state(settings.out_dir)
    probe = command("ingest", str(inputs), "--out", str(settings.out_dir), "-q", probe=True)
    assert probe.stdout.strip().splitlines()[-1] == "imported: none exit: 0", probe.stderr
    assert archive_state(settings.out_dir) == before


def test_the_shortcut_gives_what_the_flow_gives(archived, capsys):
    from flows.ingest import run_flow
    from minutes.cli import _print_summary
    inputs, settings = archived
    quick = plan.plan_run([str(inputs)], settings)
    assert quick.unchanged is not None and quick.to_extract == 0
    before = archive_state(settings.out_dir)
    by_flow = run_flow([str(inputs)], settings)            # the same re-run through Prefect
    assert by_flow.published is False
    assert without_timings(by_flow) == quick.unchanged
    assert archive_state(settings.out_dir) == before
    _print_summary(by_flow)
    printed = capsys.readouterr().out
    shown = command("ingest", str(inputs), "--out", str(settings.out_dir))
    assert shown.returncode == 0 and shown.stdout == printed, shown.stderr


def test_an_unknown_pipeline_version_runs_the_flow_which_records_it(archived, tmp_path):
    inputs, settings = archived
    memo = settings.cache_path / plan.VERSIONS
    saved = memo.read_text(encoding="utf-8")
    try:
        memo.unlink()
        assert plan.known_version(settings) is None
        assert plan.plan_run([str(inputs)], settings).unchanged is None
        again = plan.run_ingest([str(inputs)], settings)      # the flow: nothing to publish
        assert again.published is False
        assert plan.plan_run([str(inputs)], settings).unchanged is not None
        memo.write_text("{not json", encoding="utf-8")       # a damaged memo is a miss
        assert plan.known_version(settings) is None
    finally:
        memo.write_text(saved, encoding="utf-8")


def test_another_pipeline_version_is_no_unchanged_run(archived):
    """The archive published by one version, the code now another: the flow must run
    (archived documents are extracted again)."""
    inputs, settings = archived
    memo = settings.cache_path / plan.VERSIONS
    saved = memo.read_text(encoding="utf-8")
    try:
        memo.write_text(json.dumps({plan.code_digest(): "0123456789ab"}), encoding="utf-8")
        assert plan.known_version(settings) == "0123456789ab"
        assert plan.plan_run([str(inputs)], settings).unchanged is None
    finally:
        memo.write_text(saved, encoding="utf-8")


def test_a_new_file_is_to_extract_and_a_moved_one_is_not(archived, tmp_path):
    inputs, settings = archived
    folder = copy_reports(("03_risn_asamblea5_es.pdf",), tmp_path / "more")
    found = plan.plan_run([str(inputs), str(folder)], settings)
    assert found.unchanged is None and found.to_extract == 1
    moved = copy_reports(REPORTS[:1], tmp_path / "moved")
    found = plan.plan_run([str(moved)], settings)        # archived bytes at another path
    assert found.unchanged is None and found.to_extract == 0


def test_one_worker_boots_before_the_flow_when_there_is_a_document_to_extract(monkeypatch, tmp_path):
    from flows import ingest
    from pipeline import sandbox
    folder = copy_reports(REPORTS[:1], tmp_path / "in")
    seen = []

    def flow_stub(paths, settings, progress=None, replace=False):
        deadline = time.monotonic() + 60
        while not sandbox.live_workers() and time.monotonic() < deadline:
            time.sleep(0.05)
        seen.append(len(sandbox.live_workers()))
        return "flow ran"

    monkeypatch.setattr(ingest, "run_flow", flow_stub)
    try:
        assert plan.run_ingest([str(folder)], Settings(out_dir=tmp_path / "out")) == "flow ran"
        assert seen == [1]
    finally:
        sandbox.shutdown()
    seen.clear()
    monkeypatch.setattr(sandbox, "prestart", lambda *a, **k: seen.append("prestart"))
    # no worker to wait for here: the stub looks once instead of polling for 60 s
    monkeypatch.setattr(ingest, "run_flow",
                        lambda *a, **k: seen.append(len(sandbox.live_workers())) or "flow ran")
    plan.run_ingest([str(folder)], Settings(out_dir=tmp_path / "out2", isolation="none"))
    assert seen == [0]                    # no worker for a run without worker processes


def test_the_version_memo_keeps_the_last_codes(tmp_path, monkeypatch):
    settings = Settings(out_dir=tmp_path)
    for n in range(plan.KEEP_VERSIONS + 3):
        monkeypatch.setattr(plan, "code_digest", lambda n=n: f"code{n}")
        plan.remember_version(settings, f"v{n}")
    known = json.loads((settings.cache_path / plan.VERSIONS).read_text(encoding="utf-8"))
    assert list(known) == [f"code{n}" for n in range(3, plan.KEEP_VERSIONS + 3)]
    assert plan.known_version(settings) == f"v{plan.KEEP_VERSIONS + 2}"
    monkeypatch.setattr(plan, "code_digest", lambda: "code0")
    assert plan.known_version(settings) is None


def test_the_code_digest_covers_every_extractor_and_pipeline_file():
    """The memo is sound only if the digest changes with any file the pipeline's version
    is made of: every file of those the chain digests is read by code_digest."""
    from extractors import chain
    read = []
    real = Path.read_bytes

    def spy(path):
        read.append(path.resolve())
        return real(path)

    try:
        Path.read_bytes = spy
        plan.code_digest()
    finally:
        Path.read_bytes = real
    assert {p.resolve() for p in chain._sources()} <= set(read)


def _children(pid: int) -> list[int]:
    kids = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if int((entry / "stat").read_text().rsplit(") ", 1)[1].split()[1]) == pid:
                    kids.append(int(entry.name))
            except (OSError, IndexError, ValueError):
                pass
    return kids


def test_a_cold_ingest_serves_prefect_from_its_own_process(tmp_path):
    """No configured server: the flow's API is a thread of the command, not a uvicorn
    process; the document is still extracted in a sandboxed worker."""
    if os.environ.get("PREFECT_API_URL"):
        pytest.skip("a Prefect server is configured")
    report = copy_reports(REPORTS[:1], tmp_path / "in") / REPORTS[0]
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(
        p for p in (str(ROOT), os.environ.get("PYTHONPATH")) if p))
    proc = subprocess.Popen([sys.executable, "-m", "minutes", "ingest", str(report), "--out",
                             str(tmp_path / "out")], cwd=ROOT, env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    seen = set()
    while proc.poll() is None:
        for kid in _children(proc.pid):
            try:
                seen.add(Path(f"/proc/{kid}/cmdline").read_bytes().replace(b"\0", b" ").decode())
            except OSError:
                pass
        time.sleep(0.05)
    out, err = proc.communicate()
    assert proc.returncode == 0, err
    assert "this run: 1 added" in out and "(updated, " in out
    assert any("pipeline.sandbox" in c for c in seen), seen
    assert not any("uvicorn" in c for c in seen), seen


_LOCAL_API = """
import threading, time
from flows import runtime
runtime.configure(quiet=True)
from prefect import flow
from prefect.settings import PREFECT_API_URL
with runtime.local_api():
    url = PREFECT_API_URL.value()
    answer = flow(lambda: 42, name="probe")()
    served = [t for t in threading.enumerate() if t.name == "prefect-local-api"]
print("url", url.startswith("http://127.0.0.1:"), "answer", answer, "served", len(served),
      "stopped", not any(t.is_alive() for t in served), "after", PREFECT_API_URL.value())
try:
    with runtime.local_api():
        raised = time.monotonic()
        raise KeyboardInterrupt
except KeyboardInterrupt:
    print("interrupt left in", round(time.monotonic() - raised, 1), "s")
"""


def test_the_local_api_serves_the_flow_and_stops_with_its_block():
    """In a new process with no server configured: the flow runs against the API served
    from a thread, which stops when the block ends; an interrupt leaves at once."""
    if os.environ.get("PREFECT_API_URL"):
        pytest.skip("a Prefect server is configured")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(
        p for p in (str(ROOT), os.environ.get("PYTHONPATH")) if p))
    proc = subprocess.run([sys.executable, "-c", _LOCAL_API], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=600)
    lines = proc.stdout.splitlines()
    assert lines[:1] == ["url True answer 42 served 1 stopped True after None"], proc.stderr
    assert lines[1] == "interrupt left in 0.0 s", proc.stderr
