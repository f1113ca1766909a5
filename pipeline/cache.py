"""Per-document cache: an unchanged file (same sha256) under the same extractor
versions is not extracted again. Entries are the Extraction as JSON (``to_row``), so
a cache written by one process is read by any other, and a corrupt entry is a miss.

What is cached is what the same bytes would give again: an outcome reached under a
limit (a timeout, the memory cap, the size and page limits, the OCR time) is stored
with that limit and served only to runs whose limit is no higher, so a longer
``--timeout`` tries the file again; outcomes that depend on the run's OCR, language
and seed settings are served only under the same ones; a worker killed from outside,
OCR missing on this machine and our own bugs are never stored.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pipeline.atomic import write_text_atomic
from pipeline.errors import LIMITED_KINDS, TRANSIENT_KINDS
from pipeline.records import Extraction, from_row, to_row
from pipeline.settings import Settings

# Settings an extraction's facts depend on beyond the bytes and the code: an entry made
# under other values is a miss.
SHAPING = ("ocr", "languages", "seed")


def limits_of(settings: Settings) -> dict[str, Any]:
    """The settings an entry is stored with (its limits and its shaping settings)."""
    out: dict[str, Any] = {}
    for name in sorted(set(LIMITED_KINDS.values()) | set(SHAPING)):
        value = getattr(settings, name)
        out[name] = list(value) if isinstance(value, tuple) else value   # as JSON gives it back
    return out


def serves(extraction: Extraction, stored: dict[str, Any] | None, settings: Settings | None) -> bool:
    """Whether a cached extraction, stored under ``stored``, is what a run under
    ``settings`` would get: the same shaping settings, and for an outcome reached under
    a limit, a limit now no higher than then (None settings: no check)."""
    if settings is None:
        return True
    if stored is None:
        return False
    now = limits_of(settings)
    if any(stored.get(n) != now[n] for n in SHAPING):
        return False
    limit = LIMITED_KINDS.get(extraction.info.error_kind or "")
    return limit is None or (stored.get(limit) is not None and now[limit] <= stored[limit])


class ExtractionCache:
    """A folder of ``<sha256>-<version>.json`` files. With ``settings``, entries are
    stored with the run's limits and served only to runs they hold for (see above)."""

    def __init__(self, folder: Path, version: str, settings: Settings | None = None) -> None:
        self.folder = Path(folder)
        self.version = version
        self.settings = settings

    def _path(self, doc_id: str) -> Path:
        return self.folder / f"{doc_id}-{self.version}.json"

    def has(self, doc_id: str) -> bool:
        """Whether an entry for ``doc_id`` exists under this version (not read: cheap on
        large archives; whether it serves a run is ``get``'s answer)."""
        return self._path(doc_id).exists()

    def get(self, doc_id: str, settings: Settings | None = None) -> Extraction | None:
        settings = settings or self.settings
        path = self._path(doc_id)
        try:
            row = json.loads(path.read_text(encoding="utf-8"))
            found = from_row(Extraction, row)
        except FileNotFoundError:
            return None
        except Exception:  # any damaged or outdated entry (JSON, record, type) is a miss, not a failure
            return None
        return found if serves(found, row.get("limits"), settings) else None

    def put(self, extraction: Extraction, settings: Settings | None = None) -> None:
        settings = settings or self.settings
        kind = extraction.info.error_kind
        if kind in TRANSIENT_KINDS:
            return  # may not recur on a later run
        if settings is None and (kind in LIMITED_KINDS):
            return  # reached under a limit nobody told us: it cannot be served safely
        self.folder.mkdir(parents=True, exist_ok=True)
        path = self._path(extraction.info.doc_id)
        row = to_row(extraction)
        if settings is not None:
            row["limits"] = limits_of(settings)
        write_text_atomic(path, json.dumps(row, ensure_ascii=False))
