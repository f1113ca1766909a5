"""One writer per archive: an exclusive lock on ``<out>/.lock`` held while a command
changes the archive (ingest, remove, rollback, publish).

The lock is ``fcntl.flock`` on the file, so the kernel releases it when its holder dies
(even by SIGKILL): a lock can never be held by a dead process. The file also names its
holder (pid, host, command, time) for the message a second writer prints; a file that
names a dead holder is stale information only, and is overwritten by the next holder.
Within one process the lock is re-entrant (``run_ingest`` holds it around the flow,
whose publication takes it again).
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import socket
import sys
import threading
import time
from pathlib import Path
from typing import Iterator

from pipeline.errors import UsageError

LOCK_FILE = ".lock"
DEFAULT_WAIT_S = 30.0        # a second writer waits this long, then refuses
_POLL_S = 0.2

_guard = threading.RLock()
_held: dict[Path, list] = {}   # archive folder -> [fd, depth], for this process


@contextlib.contextmanager
def archive_lock(out_dir: Path, wait_s: float | None = None,
                 command: str | None = None) -> Iterator[None]:
    """Hold the archive's write lock within this block: wait up to ``wait_s`` seconds
    (default ``MINUTES_LOCK_WAIT`` or 30 s) for another writer to finish, then raise
    the one-line UsageError naming it."""
    key = Path(out_dir).resolve()
    with _guard:
        entry = _held.get(key)
        if entry is not None:
            entry[1] += 1
        else:
            entry = _held[key] = [_acquire(key, _wait(wait_s), command), 1]
    try:
        yield
    finally:
        with _guard:
            entry[1] -= 1
            if entry[1] == 0:
                _held.pop(key, None)
                _release(entry[0])


def held(out_dir: Path) -> bool:
    """Whether this process holds the write lock of ``out_dir``."""
    with _guard:
        return Path(out_dir).resolve() in _held


def holder(out_dir: Path) -> dict:
    """What the lock file says of its (last) holder: pid, host, command, since."""
    try:
        return json.loads((Path(out_dir) / LOCK_FILE).read_text(encoding="utf-8") or "{}")
    except (OSError, ValueError):
        return {}


def _wait(wait_s: float | None) -> float:
    if wait_s is not None:
        return max(0.0, float(wait_s))
    try:
        return max(0.0, float(os.environ.get("MINUTES_LOCK_WAIT", DEFAULT_WAIT_S)))
    except ValueError:
        return DEFAULT_WAIT_S


def _acquire(folder: Path, wait_s: float, command: str | None) -> int:
    """The open, locked lock file (its holder written in it), or UsageError when
    another process still holds it after ``wait_s`` seconds."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd = os.open(folder / LOCK_FILE, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
    except OSError as exc:
        raise UsageError("cannot_write", path=folder / LOCK_FILE, reason=exc.strerror or exc) from exc
    deadline = time.monotonic() + wait_s
    try:
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise _busy(folder) from None
                time.sleep(_POLL_S)
    except BaseException:          # refused, or Ctrl-C while waiting
        os.close(fd)
        raise
    me = {"pid": os.getpid(), "host": socket.gethostname(), "command": command or _command(),
          "since": time.time()}
    os.ftruncate(fd, 0)
    os.pwrite(fd, json.dumps(me).encode(), 0)
    return fd


def _release(fd: int) -> None:
    with contextlib.suppress(OSError):
        os.ftruncate(fd, 0)
    with contextlib.suppress(OSError):
        fcntl.flock(fd, fcntl.LOCK_UN)
    with contextlib.suppress(OSError):
        os.close(fd)


def _busy(folder: Path) -> UsageError:
    who = holder(folder)
    pid = who.get("pid", "?")
    host = who.get("host")
    where = f" on {host}" if host and host != socket.gethostname() else ""
    since = time.strftime("%H:%M:%S", time.localtime(who["since"])) if "since" in who else "?"
    return UsageError("archive_busy", out=folder, pid=f"{pid}{where}",
                      command=who.get("command") or "minutes", since=since)


def _command() -> str:
    """This process's command as a user would name it: ``minutes ingest``."""
    words = [a for a in sys.argv[1:3] if not a.startswith("-")]
    return " ".join(["minutes"] + words[:1])
