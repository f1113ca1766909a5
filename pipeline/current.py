"""Where readers find the archive's current publication: ``<out>/current`` (a symlink
switched atomically by pipeline/publish.py) and its ``manifest.json``.

Apart from publish so that a command can read them before it loads anything heavy:
``minutes ingest`` answers an unchanged re-run from these alone (no pandas, no Prefect).
"""

from __future__ import annotations

import json
from pathlib import Path

CURRENT = "current"
MANIFEST = "manifest.json"


def current_manifest(out_dir: Path) -> dict | None:
    """The manifest of the publication readers see now, or None."""
    path = Path(out_dir) / CURRENT / MANIFEST
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def current_publication(out_dir: Path) -> Path | None:
    """The folder of the publication readers see now, or None when there is none."""
    link = Path(out_dir) / CURRENT
    return link.resolve() if (link / MANIFEST).exists() else None
