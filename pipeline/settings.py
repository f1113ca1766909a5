"""All settings in one validated dataclass; the error policy is one of them."""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal

ErrorPolicy = Literal["strict", "record"]


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
            raise ValueError(f"error_policy must be 'strict' or 'record', got {self.error_policy!r}")
        for name in ("max_file_bytes", "max_pages", "concurrency"):
            if int(getattr(self, name)) < 1:
                raise ValueError(f"{name} must be >= 1")
        for name in ("doc_timeout_s", "ocr_timeout_s"):
            if float(getattr(self, name)) <= 0:
                raise ValueError(f"{name} must be > 0")
        if self.isolation not in ("process", "none"):
            raise ValueError(f"isolation must be 'process' or 'none', got {self.isolation!r}")
        if not self.languages:
            from pipeline.lexicon import languages
            object.__setattr__(self, "languages", languages())
        if any(len(l) != 2 for l in self.languages):
            raise ValueError(f"languages must be ISO 639-1 codes, got {self.languages!r}")

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
            env["doc_timeout_s"] = float(os.environ["MINUTES_DOC_TIMEOUT"])
        if "MINUTES_ERROR_POLICY" in os.environ:
            env["error_policy"] = os.environ["MINUTES_ERROR_POLICY"]
        env.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**env)
