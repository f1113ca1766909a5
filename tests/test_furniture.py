"""Running headers and footers need a place at the page's edge, not just repeated text:
body lines that open several pages stay body, true headers and footers are still
removed (hand-made pages, a PDF written by fpdf2, the real minutes when present)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from extractors import pdf
from pipeline.records import Line, Page

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared" / "external" / "minutes"


def line(page, text, top, size=10.0, bold=False):
    return Line(page=page, text=text, x0=50.0, top=top, x1=500.0, bottom=top + size,
                size=size, bold=bold)


def body_page(n, first, rest=6, header=None, footer=None, top=60.0):
    """A page whose body starts at ``top`` with ``first``, then ``rest`` lines of text,
    under a running ``header`` set apart at the top and over a ``footer``."""
    lines = []
    if header:
        lines.append(line(n, header, 22, 8))
    lines.append(line(n, first, top))
    lines += [line(n, f"Le conseil examine la question numéro {n} ligne {i}.", top + 14 * (i + 1))
              for i in range(rest)]
    if footer:
        lines.append(line(n, footer, 812, 8))
    return Page(number=n, width=595, height=842, lines=tuple(lines))


def roles(pages):
    return [(l.text, l.role) for p in pdf.pages_to_furniture(pages) for l in p.lines]


@pytest.mark.parametrize("vote", ["Vote : 9 pour, 0 contre, 0 abstention.",
                                  "Adopted unanimously.", "Aprobado por unanimidad."])
def test_a_body_line_opening_some_pages_stays_body(vote):
    pages = [body_page(n, vote if n in (2, 4) else f"Suite du débat sur le point {n} et",
                       header="Conseil municipal – séance du 12 mars 2024",
                       footer="Commune de Sainte-Marie") for n in range(1, 6)]
    found = roles(pages)
    assert [r for t, r in found if t == vote] == ["body", "body"]
    assert {r for t, r in found if t.startswith("Conseil municipal")} == {"header"}
    assert {r for t, r in found if t == "Commune de Sainte-Marie"} == {"footer"}


def test_a_body_line_opening_every_page_in_body_type_stays_body():
    """One template per item: every page opens with the same line, set like the body."""
    pages = [body_page(n, "Rapporteur : Mme la Présidente", top=30) for n in range(1, 4)]
    assert {r for t, r in roles(pages) if t.startswith("Rapporteur")} == {"body"}


def test_a_running_header_in_body_type_set_apart_is_furniture():
    pages = [body_page(n, f"Texte du point {n}.", top=90) for n in range(1, 4)]
    pages = [Page(number=p.number, width=595, height=842,
                  lines=(line(p.number, "Procès-verbal du conseil d'administration", 30),)
                  + p.lines) for p in pages]
    assert {r for t, r in roles(pages) if t.startswith("Procès-verbal")} == {"header"}


def test_numbered_item_headings_opening_each_page_are_not_furniture():
    pages = [body_page(n, f"Délibération n° 2023-0{n + 3} : subvention", top=30, rest=4)
             for n in range(1, 4)]
    assert {r for t, r in roles(pages) if t.startswith("Délibération")} == {"body"}


def test_a_title_in_its_own_type_is_not_the_running_header_that_repeats_it():
    title = Page(number=1, width=595, height=842, lines=(
        line(1, "COUNCIL OF THE CITY OF EXAMPLE", 22, 14, True),
        line(1, "The Council met at 9:30 a.m.", 80)))
    rest = [body_page(n, "Text of the debate goes on here.",
                      header=f"{n} COUNCIL OF THE CITY OF EXAMPLE" if n % 2 == 0
                      else f"COUNCIL OF THE CITY OF EXAMPLE {n}") for n in range(2, 6)]
    found = roles([title] + rest)
    assert found[0] == ("COUNCIL OF THE CITY OF EXAMPLE", "body")
    assert {r for t, r in found[2:] if "COUNCIL" in t} == {"header"}


def test_a_line_repeated_below_the_body_s_first_line_is_body():
    pages = []
    for n in range(1, 4):
        p = body_page(n, f"Début de la page {n} avec du texte.", top=50)
        lines = list(p.lines)
        lines[1] = line(n, "Adopté à l'unanimité.", lines[1].top)
        pages.append(Page(number=n, width=595, height=842, lines=tuple(lines)))
    assert {r for t, r in roles(pages) if t.startswith("Adopté")} == {"body"}


def _template_pdf(out: Path) -> Path:
    """fpdf2: a running header and a page footer; items one per page, each page opening
    with the same vote line of the previous item's end."""
    from fpdf import FPDF
    import matplotlib

    class Doc(FPDF):
        def header(self):
            self.set_font("Sans", "", 8)
            self.cell(0, 5, "Syndicat des eaux – séance du 12 mars 2024", new_x="LMARGIN",
                      new_y="NEXT")
            self.ln(8)

        def footer(self):
            self.set_y(-12)
            self.set_font("Sans", "", 8)
            self.cell(0, 5, f"Page {self.page_no()}", align="C")

    fonts = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    doc = Doc(format="A4")
    doc.add_font("Sans", "", str(fonts / "DejaVuSans.ttf"))
    doc.set_auto_page_break(True, margin=20)
    for n in range(1, 6):
        doc.add_page()
        doc.set_font("Sans", "", 10)
        if n in (2, 4):
            doc.multi_cell(0, 5, "Vote : 9 pour, 0 contre, 0 abstention.", new_x="LMARGIN",
                           new_y="NEXT")
        doc.multi_cell(0, 5, f"Le comité examine le dossier {n} et en débat longuement. " * 6,
                       new_x="LMARGIN", new_y="NEXT")
    doc.output(str(out))
    return out


def test_a_pdf_keeps_its_vote_lines_and_drops_its_header(tmp_path):
    doc = pdf.read_pdf(_template_pdf(tmp_path / "template.pdf"))
    assert doc.text.count("Vote : 9 pour, 0 contre, 0 abstention.") == 2
    assert "Syndicat des eaux" not in doc.text and not re.search(r"Page \d", doc.text)


@pytest.mark.parametrize("name,furniture", [
    ("fr/lannion_conseil_municipal_pv_2020-05-25.pdf", "Conseil municipal du 25 mai 2020"),
    ("en/winnipeg_hansard_2014-04-30.pdf", "April 30, 2014\n"),
    ("es/medellin_concejo_acta_257_2025-06-04.pdf", "Sesión Plenaria Ordinaria – Acta 257\n"),
    ("fr/amicale_don_de_sang_lyon_assemblee_generale_pv_2025-03-26.pdf", "SIRET"),
])
def test_real_running_headers_are_still_removed(name, furniture):
    path = SHARED / name
    if not path.is_file():
        pytest.skip("../shared absent")
    doc = pdf.read_pdf(path)
    assert doc.text.count(furniture) <= 1


def test_a_running_header_is_found_in_a_report_with_a_long_annex_in_another_layout():
    """Ten pages under the header, then twenty annexed pages without it."""
    pages = [body_page(n, f"Texte de la page {n} du compte rendu.", header="Conseil syndical – "
                       "séance du 3 avril 2024") for n in range(1, 11)]
    pages += [Page(number=n, width=595, height=842,
                   lines=(line(n, f"Annexe, pièce numéro {n}, texte reproduit.", 300),))
              for n in range(11, 31)]
    assert {r for t, r in roles(pages) if t.startswith("Conseil syndical")} == {"header"}
