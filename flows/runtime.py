"""How the command runs Prefect: local ephemeral mode by default, quiet and fast.

With no server configured, Prefect starts a local API and SQLite database on the
first flow call. Its task-run recorder and event persister lock that database and
make small flows slow and erratic, and the heartbeat thread costs ~1 s per flow;
nobody watches a local ephemeral server, so we turn them off there. With
PREFECT_API_URL set, nothing is changed: the run reports to that server as usual.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
from typing import Iterator

LOCAL_DEFAULTS = {
    "PREFECT_SERVER_SERVICES_TASK_RUN_RECORDER_ENABLED": "false",
    "PREFECT_SERVER_SERVICES_EVENT_PERSISTER_ENABLED": "false",
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "PREFECT_LOGGING_TO_API_ENABLED": "false",
    # On a busy machine the local server can take longer than the 20 s Prefect waits.
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
}


def configure(quiet: bool = True) -> None:
    """Set Prefect's environment before it is imported (only what the user has not set)."""
    if not os.environ.get("PREFECT_API_URL"):
        for key, value in LOCAL_DEFAULTS.items():
            os.environ.setdefault(key, value)
    if quiet:
        os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
        os.environ.setdefault("PREFECT_LOGGING_SERVER_LEVEL", "WARNING")
        os.environ.setdefault("PREFECT_SERVER_LOGGING_LEVEL", "WARNING")


@contextlib.contextmanager
def fast_local_flows() -> Iterator[None]:
    """No flow heartbeats on a local ephemeral server (settable only in code)."""
    if os.environ.get("PREFECT_API_URL"):
        yield
        return
    from prefect.settings import temporary_settings
    with temporary_settings(updates={"flows.heartbeat_frequency": None}):
        yield


_hidden = threading.Lock()
_depth = 0
_saved: dict[str, object] = {}


@contextlib.contextmanager
def workers_skip_main() -> Iterator[None]:
    """Worker processes started meanwhile do not re-run the caller's main module.

    The ``spawn`` start method imports the parent's ``__main__`` in every new worker: a
    plain script that calls the flow at top level (no ``if __name__ == "__main__":``
    guard) would run again in each worker and break the pool. The workers need nothing
    from ``__main__``, so while the flow runs it shows multiprocessing no file or module
    name to import; both are put back afterwards."""
    global _depth
    main = sys.modules.get("__main__")
    with _hidden:
        _depth += 1
        if _depth == 1 and main is not None:
            _saved.clear()
            for name in ("__file__", "__spec__"):
                if name in vars(main):
                    _saved[name] = vars(main)[name]
            vars(main).pop("__file__", None)
            main.__spec__ = None
    try:
        yield
    finally:
        with _hidden:
            _depth -= 1
            if _depth == 0 and main is not None:
                main.__spec__ = _saved.get("__spec__")
                if "__file__" in _saved:
                    main.__file__ = _saved["__file__"]
