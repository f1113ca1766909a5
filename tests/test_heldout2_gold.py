"""The real held-out gold of corpus/heldout2_real says what its PDFs say: every decision
snippet, amount and flag evidence is on its gold page, every table cell on its page (or
its lines are), every person's family name in the report (skipped without ../shared)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pdfplumber
import pytest

from pipeline.text import fold
from tests.conftest import CORPUS, EXTERNAL, need_shared

pytestmark = [pytest.mark.slow, pytest.mark.shared]   # reads five real PDFs (~15 s CPU)

GOLD_DIR = CORPUS / "heldout2_real"
GOLDS = sorted(GOLD_DIR.glob("*.gold.json"))


def _pages(pdf_path: Path, wanted: set[int]) -> dict[int, str]:
    """The folded text of the ``wanted`` pages (1-based) only: the CMA4 file has 75 pages."""
    with pdfplumber.open(pdf_path) as pdf:
        return {n: fold(pdf.pages[n - 1].extract_text() or "") for n in sorted(wanted)}


def _page_count(pdf_path: Path) -> int:
    with pdfplumber.open(pdf_path) as pdf:
        return len(pdf.pages)


def _pdf(gold: dict) -> Path:
    return need_shared(EXTERNAL / "minutes" / gold["language"] / gold["file"])


def test_the_set_covers_the_five_files_no_other_gold_covers():
    assert len(GOLDS) == 5
    others = {p.name for d in ("real", "heldout_real") for p in (CORPUS / d).glob("*.gold.json")}
    assert not others & {p.name for p in GOLDS}


@pytest.mark.parametrize("path", GOLDS, ids=lambda p: p.name.split(".gold")[0])
def test_every_gold_string_is_on_its_page(path: Path):
    gold = json.loads(path.read_text(encoding="utf-8"))
    people = gold["speakers"] + gold["mentioned"]
    wanted = {int(x["page"]) for k in ("decisions", "amounts", "flags", "tables") for x in gold[k]}
    if people or gold["not_flags"]:
        wanted |= set(range(1, _page_count(_pdf(gold)) + 1))
    pages = _pages(_pdf(gold), wanted)
    text = " ".join(pages.values())
    for d in gold["decisions"]:
        assert fold(d["contains"]) in pages[d["page"]], d
    for a in gold["amounts"]:
        assert fold(a["as_written"]) in pages[a["page"]], a
    for p in people:
        assert fold(p["family"]) in text, p
    for f in gold["flags"]:
        assert all(fold(e) in pages[f["page"]] for e in f["evidence"]), f
    for f in gold["not_flags"]:
        assert all(fold(e) in text for e in f["evidence"]), f
    for t in gold["tables"]:
        for cell in [c for row in [t["header"]] + t["rows"] for c in row]:
            # a wrapped cell interleaved with another column (or hyphenated at a line end):
            # each of its words is on the page
            assert all(w in pages[t["page"]] for w in re.split(r"[\s-]+", fold(cell)) if w), cell


@pytest.mark.parametrize("path", GOLDS, ids=lambda p: p.name.split(".gold")[0])
def test_no_family_is_listed_twice(path: Path):
    gold = json.loads(path.read_text(encoding="utf-8"))
    families = [fold(p["family"]) for p in gold["speakers"] + gold["mentioned"]]
    assert len(families) == len(set(families))
