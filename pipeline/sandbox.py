"""Run per-document work in worker processes with a time limit and a memory cap.

A hostile PDF can make a parser loop or eat memory; a thread cannot be stopped, a
process can. Workers are started once (spawned, so no lock is inherited from the
flow's threads) and reused; a worker that overruns its time limit is killed and
replaced, and the call gives a one-line "timed out" error instead of a result.
"""

from __future__ import annotations

import multiprocessing
import resource
import threading
from collections.abc import Callable
from concurrent.futures import TimeoutError as FutureTimeout
from typing import Any, TypeVar

from pebble import ProcessPool
from pebble.common import ProcessExpired

from pipeline.errors import InputError, unforeseen
from pipeline.settings import Settings

T = TypeVar("T")

_lock = threading.Lock()
_pools: dict[tuple[int, int], ProcessPool] = {}


def _limit_memory(max_bytes: int) -> None:
    """Worker initializer: cap the address space so a runaway parse fails, not the host."""
    try:
        resource.setrlimit(resource.RLIMIT_AS, (max_bytes, max_bytes))
    except (ValueError, OSError):  # a platform without RLIMIT_AS: the time limit still holds
        pass


def _pool(settings: Settings) -> ProcessPool:
    key = (settings.concurrency, settings.worker_memory_bytes)
    with _lock:
        pool = _pools.get(key)
        if pool is None or not pool.active:
            pool = ProcessPool(max_workers=settings.concurrency, max_tasks=200,
                               initializer=_limit_memory,
                               initargs=(settings.worker_memory_bytes,),
                               context=multiprocessing.get_context("spawn"))
            _pools[key] = pool
        return pool


def shutdown() -> None:
    """Stop every worker pool (at the end of a command)."""
    with _lock:
        for pool in _pools.values():
            pool.stop()
            pool.join(timeout=10)
        _pools.clear()


def call_isolated(fn: Callable[..., T], args: tuple[Any, ...], settings: Settings) -> T | InputError:
    """``fn(*args)`` in a worker process within ``settings.doc_timeout_s``; a timeout, a
    crash or an exception raised there comes back as the one-line reason."""
    future = _pool(settings).schedule(fn, args=args, timeout=settings.doc_timeout_s)
    try:
        return future.result()
    except FutureTimeout:
        return InputError("timeout", seconds=settings.doc_timeout_s)
    except ProcessExpired as exc:
        return InputError("unreadable", detail=f"the reader crashed (exit code {exc.exitcode})")
    except MemoryError:
        return InputError("unreadable", detail="out of memory while reading")
    except Exception as exc:  # raised in the worker and not turned into a row there
        return unforeseen(exc, "worker", settings.error_policy)
