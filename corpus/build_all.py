#!/usr/bin/env python3
"""Build the whole corpus: reports 01-11 (build.py), then the held-out sets 12-15, 16-19 and
20-23 (build_heldout*.py), the look-alike sets 24-26 and 27-32 (build_lookalikes*.py), in
the order their README sections need.

Usage:  python corpus/build_all.py            rebuild corpus/ (PDFs, gold files, README.md)
        python corpus/build_all.py --check    rebuild into a temporary folder and compare
                                              bytes with the committed files: prints what
                                              differs, exits 1 if anything does
        python corpus/build_all.py --check --quick
                                              the same without what makes no bytes (the
                                              pdfplumber re-reading and the determinism
                                              render of each report): about half the time
"""
from __future__ import annotations

import contextlib
import difflib
import io
import sys
import tempfile
from pathlib import Path

if __package__ in (None, ""):        # run as a script: the project root on the path, not corpus/
    sys.path[0] = str(Path(__file__).resolve().parents[1])

from corpus import build, build_heldout, build_heldout2, build_heldout3, build_lookalikes  # noqa: E402
from corpus import build_lookalikes_chairs                                # noqa: E402
from corpus.common import HERE                                           # noqa: E402

BUILDERS = [build, build_heldout, build_heldout2, build_heldout3, build_lookalikes,
            build_lookalikes_chairs]


def build_all(out: Path, verify: bool = True) -> None:
    for builder in BUILDERS:
        builder.main([], out, verify)


def built_files(folder: Path) -> set[str]:
    return {p.name for pattern in ("*.pdf", "*.gold.json", "README.md")
            for p in folder.glob(pattern)}


def differences(built: Path, committed: Path) -> list[str]:
    """What differs between a fresh build and the committed files, one line (or a short
    diff of a text file) per file."""
    out = []
    for name in sorted(built_files(built) | built_files(committed)):
        new, old = built / name, committed / name
        if not old.exists():
            out.append(f"{name}: built but not committed")
        elif not new.exists():
            out.append(f"{name}: committed but no builder writes it")
        elif new.read_bytes() != old.read_bytes():
            out.append(f"{name}: differs ({old.stat().st_size} bytes committed, "
                       f"{new.stat().st_size} built)" + text_diff(old, new))
    return out


def text_diff(old: Path, new: Path, most: int = 12) -> str:
    if old.suffix == ".pdf":
        return ""
    lines = difflib.unified_diff(old.read_text(encoding="utf-8").splitlines(),
                                 new.read_text(encoding="utf-8").splitlines(),
                                 "committed", "built", lineterm="", n=0)
    return "".join("\n    " + ln for ln in list(lines)[:most])


def check(committed: Path = HERE, verify: bool = True) -> list[str]:
    """Rebuild everything into a temporary folder (builders' output silenced) and return
    the differences with `committed`."""
    with tempfile.TemporaryDirectory(prefix="corpus-check-") as tmp:
        with contextlib.redirect_stdout(io.StringIO()):
            build_all(Path(tmp), verify)
        return differences(Path(tmp), committed)


def main(argv: list[str]) -> int:
    if "--check" not in argv:
        build_all(HERE)
        return 0
    diffs = check(verify="--quick" not in argv)
    for line in diffs:
        print(line)
    print(f"{len(diffs)} files differ" if diffs else
          f"identical: {len(built_files(HERE))} files rebuilt byte for byte")
    return 1 if diffs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
