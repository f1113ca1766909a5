"""Tables the extractors take from libraries, read from small data files instead.

Two tables cost a fresh process more than a second to work out from their library,
for a result that only changes with the library's version:
- ``currency_symbols``: the currency symbols that name one currency
  (``extractors/amounts/currencies.py``), from babel's locale of every supported
  language and of every territory's official languages (~0.85 CPU-s: 1,260 locale
  lookups, each territory's locale loaded and merged);
- ``person_names``: Faker's given and family names, folded
  (``extractors/speakers/vocabulary.py``; ~0.5 CPU-s to import its ~100 person
  providers).

Each lives in ``extractors/data/<name>.json`` with the library and its version it was
built from (and, for a table that depends on the lexicon, its key: the languages).
``stored(name, library, key)`` gives the table only when the installed library has
that version and the key matches; otherwise None, and the caller works the table out
from the library as it always did: a stale file can slow a process, never change a
result. ``python -m extractors.library_tables`` rebuilds the files from the libraries;
``tests/test_library_tables.py`` checks each file equals what its library gives now.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Callable

DATA = Path(__file__).resolve().parent / "data"


def installed_version(library: str) -> str | None:
    """The installed distribution's version (from its metadata, without importing it)."""
    from importlib import metadata
    try:
        return metadata.version(library)
    except metadata.PackageNotFoundError:
        return None


def stored(name: str, library: str, key: Any = None) -> Any:
    """The table ``name`` as built from the installed ``library`` for ``key``, or None
    (no file, another version of the library, another key, an unreadable file)."""
    try:
        data = json.loads((DATA / f"{name}.json").read_text(encoding="utf-8"))
        if data["library"] == library and data["version"] == installed_version(library) \
                and data.get("key") == key:
            return data["table"]
    except (OSError, ValueError, KeyError, TypeError):
        pass
    return None


def write(name: str, library: str, table: Any, key: Any = None) -> Path:
    """Store ``table`` (JSON-ready: dicts and sorted lists) as built from ``library``."""
    path = DATA / f"{name}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {"library": library, "version": installed_version(library), "key": key, "table": table}
    path.write_text(json.dumps(data, ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    return path


def builders() -> dict[str, tuple[str, Callable[[], Any], Callable[[], Any]]]:
    """name -> (library, the table as the library gives it now (JSON-ready), its key)."""
    from extractors.amounts import currencies
    from extractors.speakers import vocabulary
    from pipeline.lexicon import fallback_order

    def names() -> dict[str, list[str]]:
        given, family = vocabulary.name_lists_from_faker()
        return {"given": sorted(given), "family": sorted(family)}

    return {"currency_symbols": ("babel", currencies.symbols_from_babel, lambda: list(fallback_order())),
            "person_names": ("faker", names, lambda: None)}


def main() -> None:
    for name, (library, table, key) in builders().items():
        print(write(name, library, table(), key()))


if __name__ == "__main__":
    main()
