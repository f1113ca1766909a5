"""Very large regular expressions compiled once per machine, not once per process.

spaCy's French language data builds its tokenizer's ``token_match`` from a 1.45 MB
pattern: ``re`` spends ~3 CPU-s parsing it and turning it into SRE code, in every
process that loads the French model (each sandbox worker, each ``minutes check``).
The SRE code is a plain list of ints; handing it back to ``_sre.compile`` (which
validates it) takes milliseconds.

``large_patterns_cached()`` is a context manager put around a model load only. While
it is active, ``re``'s private compile step (``re._compiler.compile``, CPython 3.11) is
wrapped: a str or bytes pattern of at least ``MIN_CHARS`` characters is served from a
file of the cache folder, keyed by the interpreter (version, implementation, SRE magic
and code size), the pattern's type, its flags and the sha256 of its text; a miss
compiles as ``re`` does and stores the result (pipeline/atomic.py: written aside, then
renamed in; the file carries a sha256 of its content, checked on reading). Smaller
patterns, and any problem at all (a private name missing, an unreadable, truncated or
corrupt file, ``_sre.compile`` refusing the code, a folder we cannot write), go to
an ordinary compile, so the worst case is the time it always took. The wrapper is
removed when the outermost context ends. Nothing happens at import.

The folder is ``$XDG_CACHE_HOME/minutes/regex`` or ``~/.cache/minutes/regex`` (read at
each use, so a temporary HOME is honoured); ``MINUTES_REGEX_CACHE`` names another one,
and ``MINUTES_REGEX_CACHE=off`` turns the cache off.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import re
import sys
import threading
import time
from pathlib import Path
from typing import Any, Callable, Iterator

MIN_CHARS = 10_000           # spaCy's French token_match is 1.45 M; its affix patterns 11-18 k
ENV_DIR = "MINUTES_REGEX_CACHE"
_MAGIC = b"minutes-regex-1\n"
_DIGEST = hashlib.sha256().digest_size

# What this process did with the cache (tests and diagnostics read it).
STATS = {"hit": 0, "miss": 0, "stored": 0, "fallback": 0}

_lock = threading.Lock()
_depth = 0
_original: Callable[..., re.Pattern] | None = None


def cache_folder() -> Path | None:
    """The folder the compiled patterns live in, or None when the cache is off."""
    named = os.environ.get(ENV_DIR, "")
    if named.lower() == "off":
        return None
    if named:
        return Path(named)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "minutes" / "regex"


def entry_name(pattern: str | bytes, flags: int) -> str:
    """The file name of ``pattern`` compiled with ``flags`` by this interpreter."""
    import _sre
    text = pattern.encode("utf-8", "surrogatepass") if isinstance(pattern, str) else pattern
    key = repr((sys.implementation.name, sys.version, sys.hexversion, _sre.MAGIC, _sre.CODESIZE,
                type(pattern).__name__, int(flags), hashlib.sha256(text).hexdigest()))
    return hashlib.sha256(key.encode()).hexdigest() + ".sre"


def _fresh(pattern: str | bytes, flags: int) -> tuple[re.Pattern, tuple[Any, ...]]:
    """Compile as ``re._compiler.compile`` does, keeping the arguments of ``_sre.compile``."""
    import _sre
    from re import _compiler, _parser
    p = _parser.parse(pattern, flags)
    code = [int(c) for c in _compiler._code(p, flags)]
    groupindex = dict(p.state.groupdict)
    indexgroup = [None] * p.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    args = (flags | p.state.flags, code, p.state.groups - 1, groupindex, tuple(indexgroup))
    return _sre.compile(pattern, *args), args


def _read(path: Path, name: str) -> tuple[Any, ...] | None:
    """The stored ``_sre.compile`` arguments, or None for a missing or damaged file."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    body = len(_MAGIC) + _DIGEST                 # the file: magic, sha256 of the payload, payload
    digest, payload = data[len(_MAGIC):body], data[body:]
    if not data.startswith(_MAGIC) or hashlib.sha256(payload).digest() != digest:
        return None
    try:
        stored = marshal.loads(payload)
    except (EOFError, ValueError, TypeError):
        return None
    if not (isinstance(stored, tuple) and len(stored) == 2 and stored[0] == name):
        return None
    return stored[1]


def _write(path: Path, name: str, args: tuple[Any, ...]) -> bool:
    """Store ``args`` under ``path`` atomically (pipeline/atomic.py); False if we cannot."""
    from pipeline.atomic import write_bytes_atomic
    payload = marshal.dumps((name, args))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_bytes_atomic(path, _MAGIC + hashlib.sha256(payload).digest() + payload)
        return True
    except OSError:
        return False


def compile_cached(pattern: str | bytes, flags: int, folder: Path) -> re.Pattern:
    """``pattern`` compiled from its file in ``folder``, or compiled now and stored there.
    Raises whatever ``re`` would on a bad pattern, and anything else on a problem (the
    caller then compiles the usual way)."""
    import _sre
    name = entry_name(pattern, flags)
    path = folder / name
    stored = _read(path, name)
    if stored is not None:
        try:
            compiled = _sre.compile(pattern, *stored)
            STATS["hit"] += 1
            return compiled
        except Exception:       # code this interpreter refuses: compile again, overwrite
            pass
    compiled, args = _fresh(pattern, flags)
    STATS["miss"] += 1
    if _write(path, name, args):
        STATS["stored"] += 1
    return compiled


def _wrapper(original: Callable[..., re.Pattern]) -> Callable[..., re.Pattern]:
    def compile(p: Any, flags: int = 0) -> re.Pattern:
        # _depth is 0 when a later wrap of re kept this one in place after the context
        large = isinstance(p, (str, bytes)) and len(p) >= MIN_CHARS and not flags & re.DEBUG
        try:
            folder = cache_folder() if large and _depth else None
        except Exception:       # no home directory to be found, say
            folder = None
        if folder is None:
            return original(p, flags)
        try:
            return compile_cached(p, int(flags), folder)
        except Exception:       # a bad pattern raises again here, as re would
            STATS["fallback"] += 1
            return original(p, flags)
    compile.wrapped = original  # type: ignore[attr-defined]
    return compile


@contextlib.contextmanager
def large_patterns_cached() -> Iterator[None]:
    """While active, large patterns are compiled through the on-disk cache (see the
    module's doc). Nests; the wrapper is removed when the outermost context ends."""
    global _depth, _original
    installed = False
    with _lock:
        try:
            from re import _compiler
            if _depth == 0:
                _original = _compiler.compile
                _compiler.compile = _wrapper(_original)
            _depth += 1
            installed = True
        except Exception:       # no such private module here: nothing to wrap
            pass
    try:
        yield
    finally:
        if installed:
            with _lock:
                _depth -= 1
                if _depth == 0:
                    if getattr(_compiler.compile, "wrapped", None) is _original:
                        _compiler.compile = _original
                    _original = None


# ------------------------------------------------- every pattern of a process, remembered
#
# A cold worker compiles ~400 ordinary patterns (the lexicon's alternations, the
# extractors' module-level patterns) and a cold command ~350: about 0.3 CPU-s on an
# idle machine, each time. ``remember_patterns(role)`` wraps ``re._compiler.compile``
# for the rest of the process: a str or bytes pattern under ``MIN_CHARS`` (the large
# ones have their own files above) is served from one bundle file per role and
# interpreter, ``<folder>/bundle-<role>-<key>.sre`` (the same magic and sha256 check as
# an entry; key: the interpreter's version, implementation, SRE magic and code size),
# loaded once; a pattern not in it is compiled as ``re`` does and kept aside, and
# ``store_remembered()`` (called after a document, or at exit) merges those into the
# bundle file (read again, so two processes of one role add up; written aside, then
# renamed in). A few patterns are built from sets, so their text changes from process
# to process: a bundle that would pass ``BUNDLE_MAX`` patterns is written again with
# only those this process used, so stale ones cannot pile up.
# Any problem (no folder, a damaged file, ``_sre.compile`` refusing stored code, a
# DEBUG flag) is an ordinary compile. Deleting the folder costs one slower process.

BUNDLE_MAX = 2_000
BUNDLE_STATS = {"hit": 0, "miss": 0}    # patterns served from the bundle, compiled anew
_bundle: dict[tuple[str, int, str | bytes], tuple[Any, ...]] = {}
_used: set[tuple[str, int, str | bytes]] = set()
_new: dict[tuple[str, int, str | bytes], tuple[Any, ...]] = {}
_remembered: dict[str, Any] = {}         # "role", "path", "original" once started


def bundle_path(role: str) -> Path | None:
    """The bundle file of ``role`` for this interpreter, or None when the cache is off."""
    import _sre
    folder = cache_folder()
    if folder is None:
        return None
    key = repr((sys.implementation.name, sys.version, sys.hexversion, _sre.MAGIC, _sre.CODESIZE))
    return folder / f"bundle-{role}-{hashlib.sha256(key.encode()).hexdigest()[:16]}.sre"


def _read_bundle(path: Path) -> dict[tuple[str, int, str | bytes], tuple[Any, ...]]:
    stored = _read(path, path.name)
    if not isinstance(stored, list):
        return {}
    try:
        return {(kind, flags, pattern): tuple(args) for kind, flags, pattern, args in stored}
    except (TypeError, ValueError):
        return {}


def remember_patterns(role: str) -> bool:
    """Serve this process's ordinary patterns from ``role``'s bundle from now on (see
    above); False when the cache is off or ``re`` has no such private step. Once only."""
    with _lock:
        if _remembered:
            return True
        try:
            from re import _compiler
            path = bundle_path(role)
        except Exception:       # no home directory to be found, no private module, ...
            return False
        if path is None:
            return False
        _bundle.update(_read_bundle(path))
        original = _compiler.compile
        _remembered.update(role=role, path=path, original=original)
        _compiler.compile = _remembering(original)
    return True


def _remembering(original: Callable[..., re.Pattern]) -> Callable[..., re.Pattern]:
    import _sre

    def compile(p: Any, flags: int = 0) -> re.Pattern:
        if not isinstance(p, (str, bytes)) or len(p) >= MIN_CHARS or flags & re.DEBUG:
            return original(p, flags)
        key = (type(p).__name__, int(flags), p)
        stored = _bundle.get(key) or _new.get(key)
        if stored is not None:
            try:
                compiled = _sre.compile(p, *stored)
                _used.add(key)
                BUNDLE_STATS["hit"] += 1
                return compiled
            except Exception:   # code this interpreter refuses: compile it again
                _bundle.pop(key, None)
        try:
            compiled, args = _fresh(p, int(flags))
        except Exception:       # a bad pattern: raise as re does, from re itself
            return original(p, flags)
        _new[key] = args
        BUNDLE_STATS["miss"] += 1
        _remembered["last_new"] = time.monotonic()
        return compiled
    compile.wrapped = original  # type: ignore[attr-defined]
    return compile


def store_remembered() -> bool:
    """Add the patterns compiled since the bundle was read to its file; True if written."""
    from pipeline.atomic import write_bytes_atomic
    with _lock:
        if not _remembered or not _new:
            return False
        path = _remembered["path"]
        merged = {**_read_bundle(path), **_bundle, **_new}
        if len(merged) > BUNDLE_MAX:
            merged = {k: v for k, v in merged.items() if k in _used or k in _new}
        _bundle.update(_new)
        _used.update(_new)
        _new.clear()
        entries = [[kind, flags, pattern, list(args)] for (kind, flags, pattern), args in merged.items()]
        try:
            payload = marshal.dumps((path.name, entries))
            path.parent.mkdir(parents=True, exist_ok=True)
            write_bytes_atomic(path, _MAGIC + hashlib.sha256(payload).digest() + payload)
            return True
        except (OSError, ValueError):
            return False


def store_when_idle(quiet_s: float = 1.0) -> None:
    """Store the new patterns from a daemon thread once none was added for ``quiet_s``
    seconds (a worker between documents: it is killed, never exits, so no exit hook)."""
    def watch() -> None:
        while True:
            time.sleep(quiet_s / 2)
            if _new and time.monotonic() - _remembered.get("last_new", 0.0) >= quiet_s:
                store_remembered()
    threading.Thread(target=watch, daemon=True, name="regex-bundle").start()
