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


def _l(text, top, size=8.0, bold=False, x0=60.0):
    from pipeline.records import Line
    return Line(page=1, text=text, x0=x0, top=top, x1=x0 + 5 * len(text), bottom=top + size,
                size=size, bold=bold)


def _small_print(top):
    return [_l("Les demandes de subvention sont instruites par le service compétent dans "
               f"l'ordre de leur arrivée et selon les crédits votés {k}.", top + 11 * k)
            for k in range(6)]


@pytest.mark.parametrize("notice", [
    ["The public may address the Board on any agenda item and any item not on the",
     "agenda which is within the jurisdiction of the Board, for three minutes each",
     "Board members will only respond at the end of the public comment period"],
    ["El público puede dirigirse al Concejo sobre cualquier asunto del orden del día",
     "o ajeno a él que sea de su competencia, durante tres minutos por persona",
     "los concejales responden al final del turno de palabra del público"],
])
def test_a_notice_set_larger_than_the_small_print_is_no_heading(notice):
    from pipeline.records import Page
    lines = _small_print(60) + [_l(t, 160 + 12 * k, size=9.8) for k, t in enumerate(notice)]
    marked = pdf.pages_to_headings([Page(number=1, width=595, height=842, lines=tuple(lines))])
    assert {l.role for l in marked[0].lines} == {"body"}


def test_a_bold_title_wrapped_over_three_lines_is_a_heading():
    from pipeline.records import Page
    title = ["Programme de formation des experts chargés de l'examen technique des",
             "inventaires de gaz à effet de serre des Parties visées à l'annexe I de la",
             "Convention"]
    lines = [_l(t, 40 + 12 * k, size=10, bold=True) for k, t in enumerate(title)]
    lines += _small_print(90)
    marked = pdf.pages_to_headings([Page(number=1, width=595, height=842, lines=tuple(lines))])
    assert [l.role for l in marked[0].lines[:3]] == ["heading"] * 3
