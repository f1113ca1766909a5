"""Run per-document work in worker processes with a time limit.

A hostile PDF can make a parser loop or eat memory; a thread cannot be stopped, a
process can. Workers are started once (spawned, so no lock is inherited from the
flow's threads) and reused; a worker that overruns its time limit is killed and
replaced, and that file gets a one-line "timed out" error.
"""

from __future__ import annotations

import multiprocessing
import resource
import threading
from concurrent.futures import TimeoutError as FutureTimeout
from pathlib import Path

from pebble import ProcessPool
from pebble.common import ProcessExpired

from flows.stages import bytes_to_extraction, error_extraction
from pipeline.errors import InputError, one_line
from pipeline.records import Extraction
from pipeline.settings import Settings
from pipeline.text import sha256_bytes

_lock = threading.Lock()
_pools: dict[tuple[int, int], ProcessPool] = {}


def _limit_memory(max_bytes: int) -> None:
    """Worker initializer: cap the address space so a runaway parse fails, not the host."""
    try:
        resource.setrlimit(resource.RLIMIT_AS, (max_bytes, max_bytes))
    except (ValueError, OSError):
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


def extract_isolated(data: bytes, path: Path, settings: Settings) -> Extraction:
    """``bytes_to_extraction`` in a worker process, within ``settings.doc_timeout_s``."""
    future = _pool(settings).schedule(bytes_to_extraction, args=(data, path, settings),
                                      timeout=settings.doc_timeout_s)
    try:
        return future.result()
    except FutureTimeout:
        reason = InputError("timeout", seconds=settings.doc_timeout_s)
    except ProcessExpired as exc:
        reason = InputError("unreadable", detail=f"the reader crashed (exit code {exc.exitcode})")
    except MemoryError:
        reason = InputError("unreadable", detail="out of memory while reading")
    except Exception as exc:  # raised in the worker and not turned into a row there
        if settings.error_policy == "strict":
            raise
        reason = InputError("internal", stage="worker",
                            detail=one_line(f"{type(exc).__name__}: {exc}", 200))
    return error_extraction(sha256_bytes(data), path, str(reason), size=len(data))
