"""A Prefect user's expectations: the flow runs as a served deployment of a real local
Prefect server (parameters through the API), and from a plain script with no
``if __name__ == "__main__":`` guard.

The server is the session's Prefect test server (``prefect_harness``: uvicorn serving
Prefect's API from its own process and database, as ``prefect server start`` does),
not a third one started here: each start costs a Python process importing Prefect's
server and migrating a new database."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from conftest import copy_reports
from pipeline.publish import read_dataset

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[1]
NAMES = ["02_tessaline_board12_en.pdf", "03_risn_asamblea5_es.pdf"]


def environment(tmp: Path, **extra: str) -> dict[str, str]:
    """A clean environment: its own Prefect home, our code on the path, quiet."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "MINUTES_"))}
    env.update({"PREFECT_HOME": str(tmp / "prefect_home"), "PYTHONPATH": str(ROOT),
                "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "PREFECT_UI_ENABLED": "false",
                "PREFECT_LOGGING_LEVEL": "WARNING",
                # a loaded machine can take longer than the default 20 s to start a server
                "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "180", **extra})
    return env


def _post_retrying(client, url: str, body: dict, tries: int = 10):
    """POST to the server, again after a pause while it answers 503 (busy on a loaded
    machine: its database is locked by the run before)."""
    for attempt in range(tries):
        response = client.post(url, json=body)
        if response.status_code != 503 or attempt == tries - 1:
            response.raise_for_status()
            return response
        time.sleep(3)


def start(cmd: list[str], env: dict[str, str], cwd: Path, log: Path) -> subprocess.Popen:
    with open(log, "wb") as fh:
        return subprocess.Popen(cmd, env=env, cwd=cwd, stdout=fh, stderr=subprocess.STDOUT,
                                start_new_session=True)


def stop(proc: subprocess.Popen) -> None:
    """End a process we started and its children (its own session)."""
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)


def wait_for(check, timeout: float, what: str, logs: list[Path]):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(1)
    tail = "\n".join(p.read_text(errors="replace")[-3000:] for p in logs if p.exists())
    raise AssertionError(f"timed out waiting for {what}\n{tail}")


@pytest.fixture
def inputs(tmp_path) -> Path:
    return copy_reports(NAMES, tmp_path / "in")


def harness_api() -> str:
    """The API URL of the session's Prefect test server."""
    from prefect.settings import PREFECT_API_URL
    url = PREFECT_API_URL.value()
    assert url and url.startswith("http://127.0.0.1:"), url
    return url


def test_served_deployment_runs_with_parameters_from_the_api(prefect_harness, inputs, tmp_path):
    import httpx
    from flows.ingest import ingest
    work = tmp_path / "work"
    work.mkdir()
    api = harness_api()
    logs = [tmp_path / "serve.log"]
    served = start([sys.executable, "-m", "flows.serve", "--name", "test"],
                   environment(tmp_path, PREFECT_API_URL=api), work, logs[0])
    try:
        client = httpx.Client(base_url=api, timeout=30)
        deployment = wait_for(lambda: _json(client, "/deployments/name/minutes-ingest/test"),
                              180, "the deployment", logs)
        out = tmp_path / "archive"
        run = _post_retrying(client, f"/deployments/{deployment['id']}/create_flow_run",
                             {"parameters": {"paths": [str(inputs)], "out": str(out), "workers": 1}})
        run_id = run.json()["id"]
        state = wait_for(lambda: _final_state(client, run_id), 600, "the flow run", logs)
        assert state["type"] == "COMPLETED", (state, logs[0].read_text(errors="replace")[-3000:])
        docs = read_dataset(out, "documents")
        assert sorted(docs["file_name"]) == sorted(NAMES) and set(docs["status"]) == {"ok"}
        assert len(read_dataset(out, "publications")) == 1 and (out / "report.html").exists()
    finally:
        stop(served)
    # A run with nothing readable ends Failed, and publishes nothing. Its final state is
    # the flow's own return value, served or not: called here (a served run would cost
    # one more process importing Prefect and the flow).
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.pdf").write_bytes(b"")
    failed = ingest([str(bad)], out=str(out), return_state=True)
    assert failed.is_failed() and "nothing published" in failed.message, failed
    assert len(read_dataset(out, "publications")) == 1


def _json(client, path: str):
    try:
        response = client.get(path)
    except Exception:  # not up yet
        return None
    return response.json() if response.status_code == 200 else None


def _final_state(client, run_id: str):
    state = (_json(client, f"/flow_runs/{run_id}") or {}).get("state") or {}
    return state if state.get("type") in ("COMPLETED", "FAILED", "CRASHED", "CANCELLED") else None


def test_the_flow_runs_from_a_plain_script_without_a_main_guard(prefect_harness, inputs, tmp_path):
    """Spawned extraction workers must not re-run the caller's script. The script reports
    to the session's test server (Prefect would otherwise start a server process for it,
    which has nothing to do with the workers)."""
    out = tmp_path / "archive"
    script = tmp_path / "plain.py"
    script.write_text(textwrap.dedent(f"""
        from flows.ingest import ingest
        summary = ingest([{str(inputs)!r}], out={str(out)!r}, workers=2)
        print("documents", summary.documents, "failed", len(summary.failed))
    """), encoding="utf-8")
    proc = subprocess.run([sys.executable, str(script)], cwd=tmp_path,
                          env=environment(tmp_path, PREFECT_API_URL=harness_api()),
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert proc.stdout.count("documents") == 1                 # the script ran once
    assert "documents 2 failed 0" in proc.stdout, proc.stdout + proc.stderr[-2000:]
    assert set(read_dataset(out, "documents")["status"]) == {"ok"}
