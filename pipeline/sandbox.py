"""Run per-document work in worker processes with a time limit and a memory cap.

A hostile PDF can make a parser loop or eat memory; a thread cannot be stopped, a
process can. So each call runs in a worker process:

- Workers start as work arrives, one at a time and never more than the pool's size
  (the settings' concurrency, bounded by the machine: ``settings.bounded_workers``);
  each is a fresh Python (``subprocess``, so this works inside a daemonic Dask worker
  too) talking over a socket pair, and serves up to ``MAX_TASKS`` calls. ``prestart``
  starts one ahead of the work, importing what the calls will need, while the caller
  starts up; workers stay warm between documents (models load once per worker).
- A worker's address space is capped (``RLIMIT_AS``); one that overruns its time limit
  is killed with everything it started (its own process group) and replaced.
- No worker outlives its parent: each asks the kernel for SIGKILL when its parent dies
  (``PR_SET_PDEATHSIG``, the workers being started from one launcher thread that lives
  as long as the pool) and watches its parent's pid as well.
- Workers ignore Ctrl-C; the parent stops them all on its way out (``stop_all``, also
  run before Python joins its threads at exit, and by ``stopped_on_interrupt``), and
  every call then in flight or still to come returns at once as "killed".

The outcome of a call is the function's value or a one-line ``InputError``: timed
out, out of memory, crashed (a signal the process gave itself, or an exit code), or
killed (a signal from outside, or the run stopped), which is never cached.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import pickle
import resource
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from multiprocessing.connection import Connection, Pipe
from pathlib import Path
from typing import Any, Iterator, TypeVar

from pipeline.errors import InputError, unforeseen
from pipeline.settings import Settings, bounded_workers

T = TypeVar("T")

MAX_TASKS = 200              # calls a worker serves before it is replaced (memory creep)
_EXIT_WAIT_S = 5.0           # how long a dead or killed worker is waited for
_ROOT = str(Path(__file__).resolve().parents[1])
_BOOT = "import sys; from pipeline.sandbox import serve; serve(sys.argv[1:])"
# Signals that come from outside a worker: its death is no verdict on the file.
_OUTSIDE = {signal.SIGKILL, signal.SIGTERM, signal.SIGINT, signal.SIGHUP, signal.SIGQUIT}
_PR_SET_PDEATHSIG = 1

_lock = threading.Lock()
_pools: dict[tuple[int, int], "_Pool"] = {}
_stopping = False            # set for good once the process is on its way out
_hooked = False


# ------------------------------------------------------------------ the parent's side


class _Worker:
    """One worker process and the parent's end of its socket."""

    def __init__(self, proc: subprocess.Popen, conn: Connection) -> None:
        self.proc, self.conn, self.tasks = proc, conn, 0
        self.killed = False            # by us (time limit, or the run stopping)

    def kill(self) -> None:
        """SIGKILL the worker and whatever it started (its process group)."""
        self.killed = True
        with contextlib.suppress(OSError):
            os.killpg(self.proc.pid, signal.SIGKILL)
        with contextlib.suppress(OSError):
            self.proc.kill()

    def discard(self) -> None:
        """Kill it, reap it and close its socket."""
        self.kill()
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.proc.wait(_EXIT_WAIT_S)
        self.conn.close()

    def exit_code(self) -> int | None:
        with contextlib.suppress(subprocess.TimeoutExpired):
            return self.proc.wait(_EXIT_WAIT_S)
        return None


def _start(memory: int, preload: tuple[str, ...] = ()) -> _Worker:
    """A new worker (run on the pool's launcher thread: the parent-death signal is tied
    to the thread that started the process), importing ``preload`` as it boots."""
    mine, theirs = Pipe(duplex=True)
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (_ROOT, env.get("PYTHONPATH")) if p)
    try:
        proc = subprocess.Popen(
            [sys.executable, "-c", _BOOT, str(theirs.fileno()), str(memory), str(os.getpid())],
            pass_fds=(theirs.fileno(),), env=env, stdin=subprocess.DEVNULL, process_group=0)
    finally:
        theirs.close()
    mine.send(list(sys.path))        # so the worker imports what this process imports
    mine.send(list(preload))
    return _Worker(proc, mine)


class _Pool:
    """Up to ``size`` workers, started as calls need them."""

    def __init__(self, size: int, memory: int) -> None:
        self.size, self.memory, self.pid = size, memory, os.getpid()
        self.closed = False
        self.preload: tuple[str, ...] = ()     # modules every new worker imports as it boots
        self._idle: list[_Worker] = []
        self._busy: set[_Worker] = set()
        self._starting = 0
        self._cond = threading.Condition()
        self._launcher = ThreadPoolExecutor(1, thread_name_prefix="minutes-sandbox")

    def acquire(self) -> _Worker | None:
        """An idle worker, else a new one while under ``size``, else wait; None once closed."""
        with self._cond:
            while not self._idle and len(self._busy) + self._starting >= self.size:
                if self.closed:
                    return None
                self._cond.wait(1.0)
            if self.closed:
                return None
            if self._idle:
                worker = self._idle.pop()
                self._busy.add(worker)
                return worker
            self._starting += 1
        try:
            worker = self._launcher.submit(_start, self.memory, self.preload).result()
        except BaseException:
            with self._cond:
                self._starting -= 1
                self._cond.notify()
            if self.closed:
                return None            # closed while starting: the launcher is gone
            raise
        with self._cond:
            self._starting -= 1
            if not self.closed:
                self._busy.add(worker)
                return worker
        worker.discard()
        return None

    def warm(self) -> None:
        """Start one worker in the background when there is none (it boots meanwhile)."""
        with self._cond:
            if self.closed or self._idle or self._busy or self._starting:
                return
            self._starting += 1

        def started(future) -> None:
            worker = None if future.cancelled() or future.exception() else future.result()
            with self._cond:
                self._starting -= 1
                if worker is not None and not self.closed:
                    self._idle.append(worker)
                    worker = None
                self._cond.notify_all()
            if worker is not None:
                worker.discard()

        self._launcher.submit(_start, self.memory, self.preload).add_done_callback(started)

    def release(self, worker: _Worker, reusable: bool) -> None:
        keep = reusable and worker.tasks < MAX_TASKS
        with self._cond:
            self._busy.discard(worker)
            if keep and not self.closed:
                self._idle.append(worker)
            self._cond.notify()
        if not keep or self.closed:
            worker.discard()

    def close(self) -> None:
        """Kill every worker: idle ones are reaped here, busy ones by their caller."""
        with self._cond:
            self.closed = True
            idle, busy = self._idle, list(self._busy)
            self._idle = []
            self._cond.notify_all()
        for worker in busy:
            worker.kill()
        for worker in idle:
            worker.discard()
        self._launcher.shutdown(wait=False)

    def workers(self) -> list[int]:
        """Pids of the live workers (for tests)."""
        with self._cond:
            return [w.proc.pid for w in self._idle + list(self._busy)]


def _pool(settings: Settings) -> _Pool | None:
    global _hooked
    key = (settings.concurrency, settings.worker_memory_bytes)
    with _lock:
        if _stopping:
            return None
        pool = _pools.get(key)
        if pool is None or pool.closed or pool.pid != os.getpid():
            # never more workers than the machine holds, whoever sized the settings
            size, _ = bounded_workers(settings.concurrency, settings.worker_memory_bytes)
            pool = _pools[key] = _Pool(size, settings.worker_memory_bytes)
        if not _hooked:
            _hooked = True
            _stop_before_threads_join()
        return pool


def _stop_before_threads_join() -> None:
    """Stop the workers when Python exits, before it waits for the threads blocked on
    them (``threading``'s exit hooks run before the join; ``atexit`` ones only after)."""
    import atexit
    atexit.register(stop_all)
    register = getattr(threading, "_register_atexit", None)
    if register is not None:
        with contextlib.suppress(RuntimeError):   # already exiting
            register(stop_all)


def shutdown() -> None:
    """Stop every worker pool (at the end of a command); later calls start new ones."""
    with _lock:
        pools = list(_pools.values())
        _pools.clear()
    for pool in pools:
        pool.close()


def stop_all() -> None:
    """Stop every worker now and start no other: calls in flight and to come return
    "killed" at once (the process is on its way out)."""
    global _stopping
    with _lock:
        _stopping = True
    shutdown()


@contextlib.contextmanager
def stopped_on_interrupt() -> Iterator[None]:
    """Within this block (in the main thread), Ctrl-C first kills every worker, then
    raises KeyboardInterrupt as usual: the threads waiting on workers are freed at once
    and the command stops within a second instead of when the documents would end."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.getsignal(signal.SIGINT)

    def interrupted(signum, frame):
        stop_all()
        raise KeyboardInterrupt

    signal.signal(signal.SIGINT, interrupted)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def prestart(settings: Settings, modules: tuple[str, ...] = ()) -> None:
    """Start a worker now, importing ``modules`` as it boots: a run that calls this before
    its own start-up (Prefect's local server) finds the worker ready, or nearly, for its
    first document. One worker only; more start as documents come."""
    pool = _pool(settings)
    if pool is not None:
        pool.preload = tuple(modules)
        pool.warm()


def live_workers() -> list[int]:
    """Pids of every live worker of this process (for tests and diagnostics)."""
    with _lock:
        return [pid for pool in _pools.values() for pid in pool.workers()]


# --------------------------------------------------------------------------- calling


def call_isolated(fn: Callable[..., T], args: tuple[Any, ...], settings: Settings) -> T | InputError:
    """``fn(*args)`` in a worker process within ``settings.doc_timeout_s`` and the worker
    memory cap; a timeout, a crash, a kill or an exception raised there comes back as the
    one-line reason."""
    payload = pickle.dumps((fn, args), protocol=pickle.HIGHEST_PROTOCOL)
    pool = _pool(settings)
    try:
        worker = pool.acquire() if pool is not None else None
    except Exception as exc:  # no worker could be started (no more processes, ...)
        return unforeseen(exc, "starting a worker", settings.error_policy)
    if worker is None:
        return InputError("killed", detail="the run was stopped before this file was read")
    worker.tasks += 1
    reply: tuple[bool, Any] | InputError | None = None
    try:
        reply = _exchange(worker, payload, settings.doc_timeout_s)
        if reply is None:
            reply = _ended(worker, pool)
    finally:
        pool.release(worker, reusable=isinstance(reply, tuple))
    if isinstance(reply, InputError):
        return reply
    ok, value = reply
    return value if ok else _raised(value, settings)


def _exchange(worker: _Worker, payload: bytes, timeout: float) -> tuple[bool, Any] | InputError | None:
    """Send one call and wait for its reply within ``timeout`` seconds: the reply, the
    timeout (the worker is killed here), or None when the worker died on the way."""
    deadline = time.monotonic() + timeout
    try:
        worker.conn.send_bytes(payload)
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                worker.kill()
                return InputError("timeout", seconds=timeout)
            if worker.conn.poll(min(left, 1.0)):
                return pickle.loads(worker.conn.recv_bytes())
    except (EOFError, OSError):
        return None


def _ended(worker: _Worker, pool: _Pool) -> InputError:
    """Why a worker gave no reply: the run stopping, a signal from outside, or a crash
    of its own."""
    code = worker.exit_code()
    if pool.closed or _stopping or worker.killed:
        return InputError("killed", detail="the run was stopped while it was being read")
    if code is not None and code < 0:
        sig = _signal_name(-code)
        if -code in _OUTSIDE:
            return InputError("killed", detail=f"its worker was stopped by {sig} from outside "
                                               "(the system's out-of-memory killer, or kill)")
        return InputError("crashed", how=sig)
    return InputError("crashed", how=f"exit code {code}")


def _raised(exc: BaseException, settings: Settings) -> InputError:
    if isinstance(exc, InputError):
        return exc
    if isinstance(exc, MemoryError):
        return InputError("out_of_memory", limit=settings.worker_memory_bytes)
    return unforeseen(exc, "worker", settings.error_policy)


def _signal_name(number: int) -> str:
    try:
        return f"signal {number} ({signal.Signals(number).name})"
    except ValueError:
        return f"signal {number}"


# ------------------------------------------------------------------ the worker's side


def serve(argv: list[str]) -> None:
    """A worker's life: die with the parent, ignore Ctrl-C, cap memory, then answer
    calls until the parent closes the socket."""
    fd, memory, parent = (int(a) for a in argv)
    _die_with(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _limit_memory(memory)
    conn = Connection(fd)
    try:
        sys.path[:] = conn.recv()
        _preload(conn.recv())
        while True:
            conn.send_bytes(_answer(conn.recv_bytes()))
    except (EOFError, OSError):
        return                          # the parent is gone or done with us


def _preload(modules: list[str]) -> None:
    """Import what the parent asked for at boot; a failure shows again in the call."""
    import importlib
    for name in modules:
        with contextlib.suppress(Exception):
            importlib.import_module(name)


def _answer(payload: bytes) -> bytes:
    """The pickled (True, value) or (False, exception) of one call."""
    try:
        fn, args = pickle.loads(payload)
        reply: tuple[bool, Any] = (True, fn(*args))
    except BaseException as exc:  # every failure goes back to the parent as the reply
        reply = (False, exc)
    try:
        return pickle.dumps(reply, protocol=pickle.HIGHEST_PROTOCOL)
    except MemoryError:
        return pickle.dumps((False, MemoryError()))
    except Exception as exc:  # an unpicklable value or exception: its description
        return pickle.dumps((False, RuntimeError(f"{type(exc).__name__}: {exc}")))


def _die_with(parent: int) -> None:
    """SIGKILL this process when ``parent`` dies: the kernel's parent-death signal where
    there is one, and a thread watching the parent's pid everywhere."""
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0)
    if os.getppid() != parent:          # it died before we asked
        os._exit(1)
    threading.Thread(target=_watch, args=(parent,), daemon=True, name="parent-watch").start()


def _watch(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


def _limit_memory(max_bytes: int) -> None:
    """Cap the address space so a runaway parse fails, not the host."""
    try:
        resource.setrlimit(resource.RLIMIT_AS, (max_bytes, max_bytes))
    except (ValueError, OSError):  # a platform without RLIMIT_AS: the time limit still holds
        pass
