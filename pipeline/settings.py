"""All settings in one validated dataclass; the error policy is one of them."""

from __future__ import annotations

import math
import os
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal

ErrorPolicy = Literal["strict", "record"]

MAX_SECONDS = 7 * 24 * 3600.0     # a week: any longer time limit is a typo
MAX_COUNT = 2**62
# The command-line option each setting comes from, to name it in a message.
OPTIONS = {"concurrency": "--workers", "doc_timeout_s": "--timeout"}


class SettingsError(ValueError):
    """A setting out of range or of the wrong kind: its one-line message names the
    option or environment variable (the command prints it and exits 1)."""


def _check(name: str, value: object, whole: bool, low: float, high: float) -> None:
    """Raise SettingsError (one line, naming the option) unless ``value`` is a number in
    range: a whole number >= ``low`` or a finite number > ``low`` (no NaN, no inf)."""
    label = f"{name} ({OPTIONS[name]})" if name in OPTIONS else name
    number = isinstance(value, (int, float)) and not isinstance(value, bool)
    if whole:
        ok = number and float(value).is_integer() and low <= value <= high
        want = f"a whole number from {low:g}" + (f" to {high:g}" if high < MAX_COUNT else
                                                  " (of a sane size)")
    else:
        ok = number and math.isfinite(value) and low < value <= high
        want = f"a number of seconds > {low:g} and at most {high:g}"
    if not ok:
        raise SettingsError(f"{label} must be {want}, got {value!r}")


@dataclass(frozen=True)
class Settings:
    """Run settings. ``error_policy='strict'`` re-raises (tests); ``'record'`` records
    the error against the file and goes on (production)."""

    out_dir: Path = Path("outputs")
    error_policy: ErrorPolicy = "record"
    languages: tuple[str, ...] = ()       # default: every language the lexicon has
    max_file_bytes: int = 500 * 1024 * 1024
    max_pages: int = 5000
    doc_timeout_s: float = 300.0
    ocr: bool = True
    ocr_timeout_s: float = 240.0           # within doc_timeout_s: the worker is killed then
    cache_dir: Path | None = None          # default: <out_dir>/.cache
    concurrency: int = 2
    dask_address: str | None = None
    isolation: Literal["process", "none"] = "process"   # run each document in a worker
    worker_memory_bytes: int = 4 * 1024**3
    seed: int = 0                          # langdetect is seeded with it
    quiet: bool = False

    def __post_init__(self) -> None:
        object.__setattr__(self, "out_dir", Path(self.out_dir))
        if self.cache_dir is not None:
            object.__setattr__(self, "cache_dir", Path(self.cache_dir))
        if self.error_policy not in ("strict", "record"):
            raise SettingsError(f"error_policy must be 'strict' or 'record', got {self.error_policy!r}")
        for name in ("max_file_bytes", "max_pages", "concurrency", "worker_memory_bytes"):
            _check(name, getattr(self, name), whole=True, low=1, high=MAX_COUNT)
            object.__setattr__(self, name, int(getattr(self, name)))
        for name in ("doc_timeout_s", "ocr_timeout_s"):
            _check(name, getattr(self, name), whole=False, low=0, high=MAX_SECONDS)
            object.__setattr__(self, name, float(getattr(self, name)))
        if self.isolation not in ("process", "none"):
            raise SettingsError(f"isolation must be 'process' or 'none', got {self.isolation!r}")
        if not self.languages:
            from pipeline.lexicon import languages
            object.__setattr__(self, "languages", languages())
        if any(len(l) != 2 for l in self.languages):
            raise SettingsError(f"languages must be ISO 639-1 codes, got {self.languages!r}")

    @property
    def cache_path(self) -> Path:
        return self.cache_dir if self.cache_dir is not None else self.out_dir / ".cache"

    def with_(self, **changes) -> "Settings":
        return replace(self, **changes)

    @classmethod
    def from_env(cls, **overrides) -> "Settings":
        """Defaults, then MINUTES_* environment variables, then explicit overrides."""
        env = {}
        if "MINUTES_DASK_ADDRESS" in os.environ:
            env["dask_address"] = os.environ["MINUTES_DASK_ADDRESS"]
        if "MINUTES_DOC_TIMEOUT" in os.environ:
            env["doc_timeout_s"] = _number("MINUTES_DOC_TIMEOUT")
        if "MINUTES_ERROR_POLICY" in os.environ:
            env["error_policy"] = os.environ["MINUTES_ERROR_POLICY"]
        env.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**env)


def _number(variable: str) -> float:
    try:
        return float(os.environ[variable])
    except ValueError:
        raise SettingsError(f"{variable} must be a number of seconds, "
                            f"got {os.environ[variable]!r}") from None


def bounded_workers(requested: int, worker_memory_bytes: int = Settings.worker_memory_bytes
                    ) -> tuple[int, str | None]:
    """How many workers to run for ``requested``: no more than the CPU cores this process
    may use, nor than the machine's available memory holds at ``worker_memory_bytes``
    each (at least one); and a one-line warning when that is fewer than asked."""
    _check("concurrency", requested, whole=True, low=1, high=MAX_COUNT)
    cores = _cores()
    memory = _available_memory()
    by_memory = max(1, memory // worker_memory_bytes) if memory else int(requested)
    n = max(1, min(int(requested), cores, by_memory))
    if n == requested:
        return n, None
    room = f", {memory / 2**30:.1f} GiB of memory free" if memory else ""
    return n, (f"--workers {requested} lowered to {n}: {cores} CPU core(s){room}, "
               f"{worker_memory_bytes / 2**30:g} GiB allowed per worker")


def _cores() -> int:
    """CPU cores this process may run on (its affinity, where the system tells it)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def _available_memory() -> int:
    """Bytes of memory available for new processes (MemAvailable), else the physical
    memory, else 0 (unknown)."""
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemAvailable:"):
                return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    try:
        return os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    except (AttributeError, ValueError, OSError):
        return 0
