"""How the command runs Prefect: local ephemeral mode by default, quiet and fast.

With no server configured, Prefect starts a local API and SQLite database on the
first flow call. Its task-run recorder and event persister lock that database and
make small flows slow and erratic, the heartbeat thread costs ~1 s per flow, and the
registration of block types imports every Prefect collection; nobody watches a local
ephemeral server, so we turn them off there. With PREFECT_API_URL set, nothing is
changed: the run reports to that server as usual.

``local_api`` serves that local API from a thread of this process for the flow run.
Should Prefect start its own local server instead (a uvicorn process,
``SubprocessASGIServer``), it stops it at exit, but not when the command is killed:
``server_dies_with_us`` has the kernel SIGKILL it when its parent dies
(``PR_SET_PDEATHSIG``).
"""

from __future__ import annotations

import contextlib
import ctypes
import functools
import os
import queue
import signal
import subprocess
import sys
import threading
from typing import Any, Callable, Iterator

LOCAL_DEFAULTS = {
    "PREFECT_SERVER_SERVICES_TASK_RUN_RECORDER_ENABLED": "false",
    "PREFECT_SERVER_SERVICES_EVENT_PERSISTER_ENABLED": "false",
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "PREFECT_LOGGING_TO_API_ENABLED": "false",
    # Registering Prefect's block types at each start imports every installed Prefect
    # collection (0.9 CPU-s measured); the flow uses no block.
    "PREFECT_API_BLOCKS_REGISTER_ON_START": "false",
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


_PR_SET_PDEATHSIG = 1


def server_dies_with_us() -> None:
    """Prefect's local server, whenever it is started in this process, is SIGKILLed by
    the kernel if this process dies (even by SIGKILL): it is started with a parent-death
    signal, from a thread that lives as long as the process (the signal follows the
    thread that started the child). Nothing to do with a configured PREFECT_API_URL."""
    if os.environ.get("PREFECT_API_URL") or not sys.platform.startswith("linux"):
        return
    from prefect.server.api import server
    cls = server.SubprocessASGIServer
    if getattr(cls, "_minutes_dies_with_parent", False):
        return
    start = cls._run_uvicorn_command
    server.subprocess = _SubprocessDyingWithParent()
    cls._run_uvicorn_command = lambda self: _in_lasting_thread(functools.partial(start, self))
    cls._minutes_dies_with_parent = True


@contextlib.contextmanager
def local_api() -> Iterator[None]:
    """Prefect's API for the flows run within this block, when no server is configured:
    the app Prefect's temporary server runs (ephemeral services, no UI), served by
    uvicorn from a thread of this process on a free local port, and the flows pointed at
    it. Prefect would start it as a new Python process importing its whole server again
    (~5 CPU-seconds of a small run, measured); here its imports are already paid. The
    server stops at the end of the block, and dies with the process (a thread). If it
    cannot start, Prefect starts its own as usual."""
    if os.environ.get("PREFECT_API_URL"):
        yield
        return
    from prefect.settings import (PREFECT_API_URL, PREFECT_SERVER_EPHEMERAL_ENABLED,
                                  temporary_settings)
    if PREFECT_API_URL.value() or not PREFECT_SERVER_EPHEMERAL_ENABLED.value():
        yield
        return
    served = _serve_in_thread()
    if served is None:
        yield
        return
    url, server, thread = served
    try:
        with temporary_settings(updates={PREFECT_API_URL: url}):
            yield
    except BaseException:          # Ctrl-C...: the process is on its way out, no waiting
        server.should_exit = True
        raise
    server.should_exit = True
    thread.join(_STOP_WAIT_S)


_STOP_WAIT_S = 10.0
_GRACE_S = 2                       # uvicorn's wait for open connections when it stops


def _serve_in_thread() -> tuple[str, Any, threading.Thread] | None:
    """(API url, uvicorn server, its thread) once it answers, or None if it could not
    start within Prefect's ephemeral start-up timeout."""
    import socket
    import time
    import uvicorn
    from prefect.server.api.server import create_app
    from prefect.settings import PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        sock.bind(("127.0.0.1", 0))
        app = create_app(ephemeral=True, final=True)
        # log_config=None: uvicorn leaves this process's logging as Prefect set it up.
        config = uvicorn.Config(app, host="127.0.0.1", port=sock.getsockname()[1],
                                log_level="error", log_config=None, access_log=False,
                                lifespan="on", timeout_graceful_shutdown=_GRACE_S)
        server = uvicorn.Server(config)
    except Exception:          # Prefect's own start of its server reports the problem
        sock.close()
        return None
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True,
                              name="prefect-local-api")
    thread.start()
    deadline = time.monotonic() + PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS.value()
    while not server.started and thread.is_alive() and time.monotonic() < deadline:
        time.sleep(0.02)
    if not server.started:
        server.should_exit = True
        thread.join(_STOP_WAIT_S)
        sock.close()
        return None
    return f"http://127.0.0.1:{sock.getsockname()[1]}/api", server, thread


def kill_local_server() -> None:
    """SIGKILL Prefect's local server now (the run was interrupted: its graceful stop
    can wait 5 s on open connections, and there is nothing left to tell it)."""
    server = sys.modules.get("prefect.server.api.server")
    if server is None:
        return
    for instance in list(server.SubprocessASGIServer._instances.values()):
        process = getattr(instance, "server_process", None)
        if process is not None:
            with contextlib.suppress(OSError):
                process.kill()
            with contextlib.suppress(Exception):     # reaps it; nothing left for atexit
                instance.stop()


class _SubprocessDyingWithParent:
    """The ``subprocess`` module as Prefect's server module sees it: its children get a
    parent-death signal, and their own process group, so that Ctrl-C reaches only the
    command (which still reports the interrupted run to the server, then stops it)."""

    def __getattr__(self, name: str) -> Any:
        return getattr(subprocess, name)

    @staticmethod
    def Popen(*args: Any, **kwargs: Any) -> subprocess.Popen:
        die = functools.partial(_die_with_parent, os.getpid())
        return subprocess.Popen(*args, preexec_fn=die, process_group=0, **kwargs)


def _die_with_parent(parent: int) -> None:
    """In the child between fork and exec: SIGKILL when the parent (thread) dies."""
    ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0)
    if os.getppid() != parent:       # it died before we asked
        os._exit(1)


def _in_lasting_thread(fn: Callable[[], Any]) -> Any:
    """``fn()`` run on a new daemon thread that then stays alive until the process ends."""
    answer: queue.Queue = queue.Queue()

    def run() -> None:
        try:
            answer.put((True, fn()))
        except BaseException as exc:  # handed back to the caller
            answer.put((False, exc))
        threading.Event().wait()

    threading.Thread(target=run, daemon=True, name="prefect-server-parent").start()
    ok, value = answer.get()
    if not ok:
        raise value
    return value
