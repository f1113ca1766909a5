"""spaCy imported without its command line.

``spacy/__init__.py`` imports ``spacy.cli.info`` for ``spacy.info``, and with it every
spaCy subcommand (download, init, debug, project...) and what they import (weasel,
typer, requests, httpx, jinja2): about half of ``import spacy`` (~0.5 CPU-s of ~1.0 on
an idle machine), paid by every process that loads a model, and never used by a
pipeline. Nothing else in spaCy imports ``spacy.cli``, so while spaCy's package is
imported, ``spacy.cli`` and ``spacy.cli.info`` are placeholders in ``sys.modules``,
removed at once afterwards: ``spacy.info(...)`` still works (it imports the real
command on its call) and a later ``import spacy.cli`` imports the real package.

Importing this module imports spaCy so (once per process; nothing happens if spaCy is
already imported). Import it before any ``spacy`` import.
"""

from __future__ import annotations

import sys
import types

_STUBS = ("spacy.cli", "spacy.cli.info")


def _info(*args, **kwargs):
    """``spacy.info``: the real command, imported when called."""
    from spacy.cli.info import info
    return info(*args, **kwargs)


def import_spacy() -> types.ModuleType:
    """The ``spacy`` package, imported without ``spacy.cli`` when not imported yet."""
    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    stubs = {}
    for name in _STUBS:
        if name not in sys.modules:
            stub = types.ModuleType(name)
            stub.info = _info
            stubs[name] = sys.modules[name] = stub
    try:
        import spacy
    finally:
        for name, stub in stubs.items():
            if sys.modules.get(name) is stub:
                del sys.modules[name]
    if getattr(spacy, "cli", None) in stubs.values():
        del spacy.cli
    return spacy


import_spacy()
