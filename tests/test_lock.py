"""One writer per archive: a second writer waits, then refuses in one line naming the
holder; a dead holder's lock is taken over; two publishers never break each other nor
the readers; two concurrent `minutes ingest` runs leave a consistent archive."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from pipeline import lock, publish
from pipeline.errors import UsageError
from pipeline.query import run_sql

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
ENV = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]))

_HOLDER = """
import sys, time
from pipeline.lock import archive_lock
with archive_lock(sys.argv[1], wait_s=0, command="minutes ingest"):
    print("held", flush=True)
    time.sleep(120)
"""


def _holder(out: Path) -> subprocess.Popen:
    """Another process holding ``out``'s lock (until killed)."""
    proc = subprocess.Popen([sys.executable, "-c", _HOLDER, str(out)], cwd=ROOT, env=ENV,
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "held"
    return proc


def _stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.kill()
    proc.wait(10)


def test_a_second_writer_waits_then_refuses_naming_the_holder(tmp_path):
    proc = _holder(tmp_path)
    try:
        started = time.monotonic()
        with pytest.raises(UsageError) as err:
            with lock.archive_lock(tmp_path, wait_s=0.6):
                pass
        waited = time.monotonic() - started
        message = str(err.value)
        assert 0.6 <= waited < 5
        assert "\n" not in message and f"pid {proc.pid} (minutes ingest) since " in message
        assert str(tmp_path.resolve()) in message
        assert not lock.held(tmp_path)
    finally:
        _stop(proc)
    with lock.archive_lock(tmp_path, wait_s=0):       # the holder is gone: free at once
        assert lock.held(tmp_path) and lock.holder(tmp_path)["pid"] == os.getpid()
    assert not lock.held(tmp_path)


def test_a_lock_whose_holder_was_killed_is_taken_over(tmp_path):
    """SIGKILL leaves the lock file naming the dead holder; the kernel has released the
    flock, so the next writer takes it at once and names itself."""
    proc = _holder(tmp_path)
    proc.send_signal(signal.SIGKILL)
    proc.wait(10)
    assert lock.holder(tmp_path)["pid"] == proc.pid            # stale information only
    with lock.archive_lock(tmp_path, wait_s=0, command="minutes remove"):
        assert lock.holder(tmp_path)["pid"] == os.getpid()
        with lock.archive_lock(tmp_path, wait_s=0):            # re-entrant in one process
            assert lock.holder(tmp_path)["command"] == "minutes remove"
        assert lock.held(tmp_path)


def test_remove_and_rollback_refuse_while_another_process_writes(tmp_path, monkeypatch):
    from test_publish import corpus
    for fp in ("one", "two"):
        publish.publish(publish.corpus_to_frames(corpus()), tmp_path, fp)
    proc = _holder(tmp_path)
    try:
        run = subprocess.run([sys.executable, "-m", "minutes", "rollback", "--out", str(tmp_path)],
                             cwd=ROOT, env=dict(ENV, MINUTES_LOCK_WAIT="0.5"),
                             capture_output=True, text=True, timeout=120)
        assert run.returncode == 1, run.stderr
        lines = run.stderr.strip().splitlines()
        assert len(lines) == 1 and f"being written by pid {proc.pid}" in lines[0], lines
        from flows.archive import remove_documents
        from pipeline.settings import Settings
        monkeypatch.setenv("MINUTES_LOCK_WAIT", "0.2")
        with pytest.raises(UsageError, match=f"being written by pid {proc.pid}"):
            remove_documents(["a.pdf"], Settings(out_dir=tmp_path))
        assert publish.current_manifest(tmp_path)["fingerprint"] == "two"   # nothing switched
    finally:
        _stop(proc)


# ------------------------------------------------------------------ publishers and readers


_PUBLISHER = """
import sys
sys.path.insert(0, {tests!r})
from pipeline import publish
from test_publish import corpus
frames = publish.corpus_to_frames(corpus())
for i in range(int(sys.argv[2])):
    publish.publish(frames, sys.argv[1], f"{{sys.argv[3]}}{{i}}", change={{"action": "ingest"}})
"""


def test_two_publishers_and_a_reader_never_fail(tmp_path):
    """Two processes publishing back to back into one archive while a reader loops over
    a dataset and the database: no publish fails, no read fails, every publication is
    in the history."""
    from test_publish import corpus
    publish.publish(publish.corpus_to_frames(corpus()), tmp_path, "first")
    errors: list[str] = []
    reads = [0]
    done = threading.Event()

    def reader() -> None:
        while not done.is_set():
            try:
                assert len(publish.read_dataset(tmp_path, "documents")) == 1
                assert run_sql(tmp_path, "select count(*) n from documents").iloc[0]["n"] == 1
                reads[0] += 1
            except Exception as exc:  # any failure of a read is the test's failure
                errors.append(f"{type(exc).__name__}: {exc}")

    thread = threading.Thread(target=reader)
    thread.start()
    script = _PUBLISHER.format(tests=str(Path(__file__).parent))
    procs = [subprocess.Popen([sys.executable, "-c", script, str(tmp_path), "3", name],
                              cwd=ROOT, env=ENV, stderr=subprocess.PIPE, text=True)
             for name in ("a", "b")]
    try:
        outcomes = [(p.wait(180), p.stderr.read()) for p in procs]
    finally:
        done.set()
        thread.join(30)
    assert [code for code, _ in outcomes] == [0, 0], [err[-2000:] for _, err in outcomes]
    assert errors == [] and reads[0] > 0
    history = publish.read_dataset(tmp_path, "publications")
    assert len(history) == 7 and history["stamp"].is_unique
    assert not list((tmp_path / publish.PUBLICATIONS).glob("*.staging"))
    kept = publish.publications(tmp_path)
    assert len(kept) == 7             # all were current within the grace: none pruned yet


def test_old_publications_are_pruned_once_out_of_use(tmp_path, monkeypatch):
    from test_publish import corpus
    frames = publish.corpus_to_frames(corpus())
    names = [publish.publish(frames, tmp_path, f"fp{i}").name
             for i in range(publish.KEEP_PUBLICATIONS + 1)]
    assert publish.publications(tmp_path) == names                  # all recently current
    monkeypatch.setattr(publish, "RETIRED_GRACE_S", 0.0)
    names.append(publish.publish(frames, tmp_path, "last").name)
    assert publish.publications(tmp_path) == names[-publish.KEEP_PUBLICATIONS:]


def test_a_dead_publishers_staging_is_removed_a_live_ones_is_not(tmp_path):
    from test_publish import corpus
    frames = publish.corpus_to_frames(corpus())
    publish.publish(frames, tmp_path, "one")
    dead = tmp_path / publish.PUBLICATIONS / "20000101T000000000000Z.staging"
    dead.mkdir()
    publish._remove_stale_staging(tmp_path)          # without the lock: nothing removed
    assert dead.exists()
    publish.publish(frames, tmp_path, "two")         # under the lock: a dead run's, removed
    assert not dead.exists()


# ------------------------------------------------------------------ two commands at once


@pytest.mark.slow
def test_two_concurrent_ingests_leave_a_consistent_archive(tmp_path):
    """A second `minutes ingest` into an archive being written refuses in one line
    naming the first (exit 1) while the first publishes normally."""
    pdfs = sorted(CORPUS.glob("*.pdf"))[:3]
    out = tmp_path / "archive"
    # one worker: the lock is the subject, not the pool (one worker boot, not two)
    cmd = [sys.executable, "-m", "minutes", "ingest", "--out", str(out), "-q", "--workers", "1"]
    first = subprocess.Popen(cmd + [str(p) for p in pdfs[:2]], cwd=ROOT, env=ENV,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while lock.holder(out).get("pid") != first.pid and time.monotonic() < deadline:
        time.sleep(0.1)
    second = subprocess.run(cmd + [str(pdfs[2])], cwd=ROOT, env=dict(ENV, MINUTES_LOCK_WAIT="1"),
                            capture_output=True, text=True, timeout=120)
    _, err = first.communicate(timeout=600)
    assert first.returncode == 0, err[-2000:]
    assert second.returncode == 1
    lines = second.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ")
    assert f"being written by pid {first.pid} (minutes ingest)" in lines[0]
    entries = json.loads((out / publish.CURRENT / "archive.json").read_text(encoding="utf-8"))
    docs = publish.read_dataset(out, "documents")
    assert len(entries["documents"]) == len(docs) == 2
    assert sorted(Path(p).name for p in docs["path"]) == sorted(p.name for p in pdfs[:2])
    assert len(publish.read_dataset(out, "publications")) == 1
