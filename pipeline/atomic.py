"""Files replaced whole or not at all: a reader never sees half a file, a crash leaves
the old one (written aside under a unique name, then renamed over it)."""

from __future__ import annotations

import os
import uuid
from pathlib import Path


def write_text_atomic(path: Path, text: str, durable: bool = False) -> None:
    """Write ``text`` to ``path`` atomically; ``durable`` also fsyncs it before the rename
    (for a store whose loss is not recoverable by re-running, such as the reviews)."""
    write_bytes_atomic(path, text.encode("utf-8"), durable)


def write_bytes_atomic(path: Path, data: bytes, durable: bool = False) -> None:
    """Write ``data`` to ``path`` atomically (see ``write_text_atomic``)."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        with open(tmp, "wb") as fh:
            fh.write(data)
            if durable:
                fh.flush()
                os.fsync(fh.fileno())
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
