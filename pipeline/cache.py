"""Per-document cache: an unchanged file (same sha256) under the same extractor
versions is not extracted again. Entries are the Extraction as JSON (``to_row``), so
a cache written by one process is read by any other, and a corrupt entry is a miss.
"""

from __future__ import annotations

import json
import os
import uuid
from pathlib import Path

from pipeline.errors import TRANSIENT_KINDS
from pipeline.records import Extraction, from_row, to_row


class ExtractionCache:
    """A folder of ``<sha256>-<version>.json`` files."""

    def __init__(self, folder: Path, version: str) -> None:
        self.folder = Path(folder)
        self.version = version

    def _path(self, doc_id: str) -> Path:
        return self.folder / f"{doc_id}-{self.version}.json"

    def get(self, doc_id: str) -> Extraction | None:
        path = self._path(doc_id)
        try:
            return from_row(Extraction, json.loads(path.read_text(encoding="utf-8")))
        except FileNotFoundError:
            return None
        except Exception:  # any damaged or outdated entry (JSON, record, type) is a miss, not a failure
            return None

    def put(self, extraction: Extraction) -> None:
        if extraction.info.error_kind in TRANSIENT_KINDS or extraction.info.error_kind == "io":
            return  # may not recur on a later run
        self.folder.mkdir(parents=True, exist_ok=True)
        path = self._path(extraction.info.doc_id)
        tmp = path.with_suffix(f".{uuid.uuid4().hex[:8]}.tmp")
        tmp.write_text(json.dumps(to_row(extraction), ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, path)
