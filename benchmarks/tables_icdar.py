"""Cell-level precision and recall of the table extractor on ICDAR 2013 (EU half).

Usage (from the project root): python -m benchmarks.tables_icdar [folder | --help]
(default ../shared/external/tables/icdar2013-eu)

Each PDF goes through the real reader (``extractors.pdf.read_pdf``: pdfplumber lines,
words and ruled grids) then ``document_to_tables``. A ground-truth cell (``*.gt.json``,
regions with cells) counts as found when a predicted non-empty cell on the same page
has the same text (accents, case and whitespace folded); matching is one-to-one
(multisets per page). Precision counts every predicted cell, including those of
tables on pages with no ground-truth table; recall counts every ground-truth cell.
Prints per-document figures and the totals; skips cleanly when the folder is absent.
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from pathlib import Path

from extractors.pdf import read_pdf
from extractors.tables import document_to_tables
from pipeline.text import fold

ROOT = Path(__file__).resolve().parents[1]

DEFAULT = ROOT.parent / "shared" / "external" / "tables" / "icdar2013-eu"


def gold_cells(gt: dict) -> dict[int, Counter]:
    """Non-empty ground-truth cell texts per page."""
    out: dict[int, Counter] = {}
    for table in gt.get("tables", []):
        for region in table.get("regions", []):
            page = int(region["page"])
            for cell in region.get("cells", []):
                text = fold(cell.get("text") or "")
                if text:
                    out.setdefault(page, Counter())[text] += 1
    return out


def predicted_cells(pdf: Path) -> dict[int, Counter]:
    """Non-empty predicted cell texts per page (every page a table spans gets its cells
    on the page the table starts, as the ground truth splits regions by page)."""
    out: dict[int, Counter] = {}
    doc = read_pdf(pdf)
    for table in document_to_tables(doc):
        for cell in table.cells:
            text = fold(cell.value)
            if text:
                out.setdefault(table.prov.page, Counter())[text] += 1
    return out


def score(folder: Path) -> tuple[int, int, int]:
    tp = n_pred = n_gold = 0
    by_pdf: dict[Path, dict[int, Counter]] = {}     # eu-009a and eu-009b share one PDF
    for gt_path in sorted(folder.glob("*.gt.json")):
        gt = json.loads(gt_path.read_text(encoding="utf-8"))
        pdf = folder / gt.get("pdf", gt_path.name.replace(".gt.json", ".pdf"))
        if pdf.is_file():
            pages = by_pdf.setdefault(pdf, {})
            for page, cells in gold_cells(gt).items():
                pages[page] = pages.get(page, Counter()) + cells
    for pdf, gold in by_pdf.items():
        pred = predicted_cells(pdf)
        d_tp = sum(sum((gold.get(p, Counter()) & pred.get(p, Counter())).values())
                   for p in set(gold) | set(pred))
        d_pred = sum(sum(c.values()) for c in pred.values())
        d_gold = sum(sum(c.values()) for c in gold.values())
        tp, n_pred, n_gold = tp + d_tp, n_pred + d_pred, n_gold + d_gold
        print(f"{pdf.name:16s} gold {d_gold:4d}  predicted {d_pred:4d}  matched {d_tp:4d}")
    return tp, n_pred, n_gold


def main(argv: list[str]) -> int:
    if len(argv) > 1 and argv[1] in ("-h", "--help"):
        print(__doc__)
        return 0
    folder = Path(argv[1]) if len(argv) > 1 else DEFAULT
    if not folder.is_dir():
        print(f"skipped: {folder} is absent")
        return 0
    t0 = time.time()
    tp, n_pred, n_gold = score(folder)
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"cells: precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}  "
          f"({tp} matched, {n_pred} predicted, {n_gold} gold; {time.time() - t0:.1f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
