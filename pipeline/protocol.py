"""What every extractor declares: its name, version, the facts it needs and the one it
gives. An ordered registry of these drives both the per-document calls and the
pipeline version (so the cache misses whenever any extractor changes)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from pipeline.records import Document, Extraction

# The Extraction fields an extractor may give, plus "document": the Document itself,
# enriched (the language extractor sets the language every later one reads).
DOCUMENT = "document"
FACTS = frozenset(f.name for f in dataclasses.fields(Extraction)) - {"info"}


@dataclass(frozen=True)
class Extractor:
    """One stage of the per-document chain: ``run(doc, found)`` reads the Document and
    the facts named in ``needs`` from ``found`` and returns the value of ``gives``."""
    name: str
    version: str
    needs: tuple[str, ...]
    gives: str
    run: Callable[[Document, Extraction], Any]

    def __post_init__(self) -> None:
        known = FACTS | {DOCUMENT}
        unknown = [f for f in (*self.needs, self.gives) if f not in known]
        if unknown:
            raise ValueError(f"extractor {self.name!r} names unknown facts {unknown}")


def check_order(chain: Sequence[Extractor]) -> tuple[Extractor, ...]:
    """The chain, validated once: every need is given by an earlier extractor and no
    fact is given twice."""
    given: set[str] = set()
    for ex in chain:
        missing = [n for n in ex.needs if n not in given]
        if missing:
            raise ValueError(f"extractor {ex.name!r} needs {missing} before it is given")
        if ex.gives in given and ex.gives != DOCUMENT:
            raise ValueError(f"fact {ex.gives!r} is given twice (by {ex.name!r})")
        given.add(ex.gives)
    return tuple(chain)


def run_chain(chain: Sequence[Extractor], doc: Document, found: Extraction) -> tuple[Document, Extraction]:
    """Call each extractor in order, filling ``found`` with what it gives."""
    for ex in chain:
        value = ex.run(doc, found)
        if ex.gives == DOCUMENT:
            doc = value
        else:
            found = dataclasses.replace(found, **{ex.gives: value})
    return doc, found
