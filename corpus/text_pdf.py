"""Render plain text to a real PDF at test time (fpdf2, a Unicode font from matplotlib).

Used by tests and benchmarks to turn the seed report's text into a PDF without committing
third-party text. Blank lines become paragraph gaps; lines that stand alone, are short and
do not end like a sentence are set bold (as headings are in real reports); every page gets
a running header and a "N | P a g e" footer.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from corpus.common import font_paths  # noqa: F401  (DejaVu Sans; tests and benchmarks use it)


def _looks_like_heading(lines: list[str], i: int) -> bool:
    t = lines[i].strip()
    alone = (i == 0 or not lines[i - 1].strip()) and (i + 1 >= len(lines) or not lines[i + 1].strip())
    return (alone and 0 < len(t) <= 90 and not re.search(r"[.;,:]$", t)
            and t[:1].isupper() and not t.startswith(("http", "-", "▪"))
            and not re.search(r"(\s(\d+|-)){2,}$", t))


def text_to_pdf(text: str, out: Path, header: str = "", font_size: float = 10.0) -> Path:
    """Write ``text`` as a paginated A4 PDF at ``out`` and return the path."""
    from fpdf import FPDF

    regular, bold = font_paths()
    class _Report(FPDF):
        def header(self) -> None:
            if header:
                self.set_font("DejaVu", "", 8)
                self.set_y(8)
                self.cell(0, 5, header)
                self.set_y(22)

        def footer(self) -> None:
            self.set_font("DejaVu", "", 8)
            self.set_y(-14)
            self.cell(0, 5, f"{self.page_no()} | P a g e", align="R")

    pdf = _Report(format="A4")
    pdf.set_creation_date(dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc))
    pdf.add_font("DejaVu", "", regular)
    pdf.add_font("DejaVu", "B", bold)
    pdf.set_auto_page_break(True, margin=22)
    pdf.set_margins(20, 22, 20)
    pdf.add_page()
    lines = text.split("\n")
    for i, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            pdf.ln(3)
            continue
        heading = _looks_like_heading(lines, i)
        pdf.set_font("DejaVu", "B" if heading else "", font_size + (1 if heading else 0))
        pdf.multi_cell(0, font_size * 0.5, line, new_x="LMARGIN", new_y="NEXT", align="L")
    pdf.output(str(out))
    return out
