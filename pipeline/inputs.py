"""The input paths of a run: which files a list of files and folders names, and what each
one is, found without holding its bytes.

Every path given or found gets an answer: a regular file is identified by the sha256 of
its bytes, read in chunks (bounded memory) within a time limit; anything else gets its
one-line reason: a FIFO, a device or a socket (only ``stat``-ed, never opened: opening a
FIFO waits for a writer forever), a dangling symbolic link, a symbolic link loop, a file
over the size limit (never read). Folders are walked with their symlinked sub-folders
followed once each (a set of resolved folders: a link loop ends there).
"""

from __future__ import annotations

import errno
import os
import stat
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Sequence

from pipeline.errors import InputError, one_line
from pipeline.settings import Settings
from pipeline.text import sha256_bytes, sha256_file

PDF_SUFFIXES = (".pdf",)
_SPECIAL = ((stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISCHR, "a character device"),
            (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"),
            (stat.S_ISDIR, "a directory"))


@dataclass(frozen=True)
class SourceFile:
    """A file to ingest: where it is, its bytes' sha256 and size, or why it cannot be
    read (then ``doc_id`` is the sha256 of its path: there are no bytes to key it by)."""
    path: Path
    doc_id: str
    size: int
    error: InputError | str | None = None


def discover(paths: Sequence[str | Path]) -> list[Path]:
    """Every PDF under the given files and folders (files given by name always count),
    each file once (by its resolved path), in a stable order."""
    seen_dirs: set[str] = set()
    found: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            found.extend(_walk(p, seen_dirs))
        else:
            found.append(p)
    seen, unique = set(), []
    for f in found:
        key = os.path.realpath(f)
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return unique


def _walk(folder: Path, seen_dirs: set[str]) -> Iterator[Path]:
    """The PDF-named entries under ``folder`` that are not folders (a FIFO or a dangling
    link named .pdf included: it gets its row), sub-folders followed once each."""
    real = os.path.realpath(folder)
    if real in seen_dirs:
        return
    seen_dirs.add(real)
    try:
        names = sorted(os.listdir(folder))
    except OSError:
        yield folder                           # accounted for: its row says why it was not read
        return
    for name in names:
        entry = folder / name
        if entry.is_dir():                     # follows links; a loop is stopped by seen_dirs
            yield from _walk(entry, seen_dirs)
        elif entry.suffix.lower() in PDF_SUFFIXES:
            yield entry


def path_id(path: Path) -> str:
    """The doc_id of a row that has no bytes to key it: the sha256 of its absolute path."""
    return sha256_bytes(os.path.abspath(path).encode("utf-8", "surrogateescape"))


def identify(path: Path, settings: Settings) -> SourceFile:
    """What ``path`` is: a regular file under the size limit with its sha256, or the
    reason it is not one (never raised: every path gets an answer)."""
    path = Path(path)
    try:
        st = os.stat(path)
    except OSError as exc:
        return SourceFile(path, path_id(path), 0, _stat_error(path, exc))
    if stat.S_ISDIR(st.st_mode):               # a folder that could not be listed
        return SourceFile(path, path_id(path), 0, _folder_error(path))
    for test, what in _SPECIAL:
        if test(st.st_mode):
            return SourceFile(path, path_id(path), 0, InputError("special_file", what=what))
    if not stat.S_ISREG(st.st_mode):
        return SourceFile(path, path_id(path), 0, InputError("special_file", what="an unknown kind"))
    if st.st_size > settings.max_file_bytes:   # never read: keyed by its path
        return SourceFile(path, path_id(path), st.st_size,
                          InputError("too_large", size=st.st_size, limit=settings.max_file_bytes))
    digest = hash_within(path, settings.doc_timeout_s)
    if not isinstance(digest, str):
        return SourceFile(path, path_id(path), st.st_size, digest)
    return SourceFile(path, digest, st.st_size)


def _folder_error(path: Path) -> InputError:
    """Why a folder could not be walked (its files are then not read)."""
    try:
        os.listdir(path)
        reason = "it could not be listed"
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
    return InputError("unreadable_folder", reason=reason)


def _stat_error(path: Path, exc: OSError) -> InputError | str:
    if exc.errno == errno.ELOOP:
        return InputError("link_loop")
    if isinstance(exc, FileNotFoundError):
        if os.path.islink(path):
            return InputError("dangling_link", target=os.readlink(path))
        return InputError("not_found", path=str(path))
    return one_line(f"unreadable file: {exc}")


def hash_within(path: Path, seconds: float) -> str | InputError | str:
    """The file's sha256, or the reason there is none: reading it failed, or took longer
    than ``seconds`` (a hung network file system: the reading thread is left behind as a
    daemon, the run goes on)."""
    box: list = []

    def read() -> None:
        try:
            box.append(sha256_file(path))
        except OSError as exc:
            box.append(one_line(f"unreadable file: {exc}"))

    reader = threading.Thread(target=read, daemon=True, name="minutes-hash")
    reader.start()
    reader.join(seconds)
    if not box:
        return InputError("read_timeout", seconds=seconds)
    return box[0]
