"""``sandbox.prestart``: one worker started ahead of the work serves the first document."""

from __future__ import annotations

import os
import sys
import time

from pipeline import sandbox
from pipeline.settings import Settings


def _pid_and_imported(name: str) -> tuple[int, bool]:
    return os.getpid(), name in sys.modules


def test_prestarted_worker_serves_the_first_call_with_its_modules_imported():
    settings = Settings(concurrency=2, doc_timeout_s=60)
    sandbox.shutdown()
    try:
        sandbox.prestart(settings, ("xml.dom.minidom",))
        deadline = time.monotonic() + 30
        while not sandbox.live_workers() and time.monotonic() < deadline:
            time.sleep(0.05)
        started = sandbox.live_workers()
        assert len(started) == 1
        sandbox.prestart(settings, ("xml.dom.minidom",))      # already one: no other
        pid, imported = sandbox.call_isolated(_pid_and_imported, ("xml.dom.minidom",), settings)
        assert (pid, imported) == (started[0], True)
        assert sandbox.live_workers() == started                # one document, one worker
    finally:
        sandbox.shutdown()
