"""Atomic file replacement: the old file survives a failed write; no temporary is left."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.atomic import write_bytes_atomic, write_text_atomic


def test_replaces_whole_file_and_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "store.jsonl"
    target.write_text("old\n", encoding="utf-8")
    write_text_atomic(target, "new é\n", durable=True)
    assert target.read_text(encoding="utf-8") == "new é\n"
    assert [p.name for p in tmp_path.iterdir()] == ["store.jsonl"]


def test_failed_write_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "report.html"
    target.write_text("published", encoding="utf-8")

    def refuse(src, dst):  # the rename fails, as on a full or read-only disk
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("pipeline.atomic.os.replace", refuse)
    with pytest.raises(OSError):
        write_bytes_atomic(target, b"half")
    assert target.read_text(encoding="utf-8") == "published"
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]
