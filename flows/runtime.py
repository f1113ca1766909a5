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
from typing import Iterator

LOCAL_DEFAULTS = {
    "PREFECT_SERVER_SERVICES_TASK_RUN_RECORDER_ENABLED": "false",
    "PREFECT_SERVER_SERVICES_EVENT_PERSISTER_ENABLED": "false",
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "PREFECT_LOGGING_TO_API_ENABLED": "false",
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
