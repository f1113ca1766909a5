"""Agenda items as real layouts set them are sections, so what is said and decided under
an item sits in that item: numbered, lettered or roman items, item words ("Point n° 3 :",
"Délibération 2023-04", "Item 5 -", "Punto 4."), minute numbers ("23/145"), all caps,
bold or underlined headings in body type (a PDF written by fpdf2)."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors import pdf

ITEMS = [("", "Point n° 3 : Budget primitif"), ("", "Délibération 2023-04 : tarifs de la cantine"),
         ("B", "Item 5 - Parks and recreation"), ("", "23/145 Minutes of the previous meeting"),
         ("", "IV. Travaux de voirie"), ("", "b) Éclairage public"), ("", "QUESTIONS DIVERSES"),
         ("U", "Subventions aux associations"), ("B", "Finances communales"),
         ("U", "Punto 4. Aprobación del acta")]


def _agenda_pdf(out: Path) -> Path:
    import matplotlib
    from fpdf import FPDF
    fonts = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    d = FPDF(format="A4")
    d.add_font("S", "", str(fonts / "DejaVuSans.ttf"))
    d.add_font("S", "B", str(fonts / "DejaVuSans-Bold.ttf"))
    d.add_page()
    d.set_font("S", "", 10)
    d.multi_cell(0, 5, "Le conseil se réunit en séance ordinaire sous la présidence du maire.",
                 new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    for k, (style, heading) in enumerate(ITEMS):
        d.set_font("S", style, 10)
        d.multi_cell(0, 5, heading, new_x="LMARGIN", new_y="NEXT")
        d.ln(3)
        d.set_font("S", "", 10)
        d.multi_cell(0, 5, f"Le rapporteur présente le dossier numéro {k} et le conseil en "
                     "débat longuement avant de passer au vote sur ce point.",
                     new_x="LMARGIN", new_y="NEXT")
        d.multi_cell(0, 5, f"Adopté à l'unanimité (dossier {k}).", new_x="LMARGIN",
                     new_y="NEXT")
        d.ln(4)
    d.output(str(out))
    return out


@pytest.fixture(scope="module")
def agenda(tmp_path_factory):
    return pdf.read_pdf(_agenda_pdf(tmp_path_factory.mktemp("agenda") / "agenda.pdf"))


@pytest.mark.parametrize("k", range(len(ITEMS)))
def test_each_decision_sits_under_its_item(agenda, k):
    section = agenda.section_at(agenda.text.index(f"(dossier {k})"))
    assert section is not None and section.heading == ITEMS[k][1]


def test_an_underline_in_a_table_or_across_the_page_is_no_emphasis():
    from extractors.pdf.rules import lines_underlined_as_bold
    from pipeline.records import Line
    line = Line(page=1, text="Subventions", x0=50, top=100, x1=110, bottom=110, size=10,
                bold=False)
    rule = {"orientation": "h", "x0": 50, "x1": 110, "top": 111}
    across = {"orientation": "h", "x0": 40, "x1": 550, "top": 111}
    far = {"orientation": "h", "x0": 50, "x1": 110, "top": 130}
    assert lines_underlined_as_bold([line], [rule])[0].bold
    assert not lines_underlined_as_bold([line], [across])[0].bold
    assert not lines_underlined_as_bold([line], [far])[0].bold
