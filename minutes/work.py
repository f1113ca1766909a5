"""What the command's sandboxed workers run, in a module that imports nothing: a worker
unpickles a function by importing its module, and ``minutes.cli`` would bring typer
(and click's machinery) into every worker for nothing."""

from __future__ import annotations

from pathlib import Path


def extract_draft(path: Path, settings):
    """path -> Extraction (the worker reads the file; the extractors are imported there
    only, so the command's process never loads them)."""
    from extractors.chain import path_to_extraction
    from pipeline.regexcache import store_remembered
    try:
        return path_to_extraction(path, settings)
    finally:
        store_remembered()         # the patterns this process compiled for the first time
