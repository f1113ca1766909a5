"""Tables as real reports draw them: a "label | long description" table ruled with no
lines between its rows keeps each wrapped description in one cell of its row."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors.tables.grid import GridCell, repair_grid


def _stacked(lines: list[tuple[str, str]], x: float) -> tuple[str, tuple]:
    """A tall cell's text and words from (top, line text) pairs: words laid from ``x``."""
    words = []
    for top, text in lines:
        at = x + 2
        for tok in text.split():
            words.append((tok, at, top, at + 5 * len(tok), top + 9))
            at += 5 * len(tok) + 3
    return "\n".join(t for _, t in lines), tuple(words)


def _cell(lines, x0, x1, top=15.0, bottom=80.0):
    text, words = _stacked(lines, x0)
    return GridCell(text, (x0, top, x1, bottom), words)


@pytest.mark.parametrize("labels,descriptions", [
    (["Voirie", "Budget"], ["Réfection de la chaussée de la rue des", "Écoles et du trottoir nord",
                            "Vote du budget primitif"]),
    (["Roads", "Budget"], ["Resurfacing of School Street and of", "the north pavement",
                           "Adoption of the draft budget"]),
    (["Obras", "Presupuesto"], ["Repavimentación de la calle Mayor y", "de la acera norte",
                                "Aprobación del presupuesto"]),
])
def test_wrapped_descriptions_stay_in_their_label_s_row(labels, descriptions):
    rows = [[GridCell("Point", (0, 0, 80, 15), (("Point", 2, 2, 27, 11),)),
             GridCell("Objet", (80, 0, 400, 15), (("Objet", 82, 2, 107, 11),))],
            [_cell([(20, labels[0]), (44, labels[1])], 0, 80),
             _cell([(20, descriptions[0]), (32, descriptions[1]), (44, descriptions[2])], 80, 400)]]
    assert repair_grid(rows) == [["Point", "Objet"],
                                 [labels[0], f"{descriptions[0]} {descriptions[1]}"],
                                 [labels[1], descriptions[2]]]


def test_a_label_wrapping_in_lower_case_stays_with_its_row():
    rows = [[GridCell("Poste", (0, 0, 80, 15), (("Poste", 2, 2, 27, 11),)),
             GridCell("Objet", (80, 0, 400, 15), (("Objet", 82, 2, 107, 11),))],
            [_cell([(20, "Entretien"), (32, "des bâtiments"), (56, "Voirie")], 0, 80),
             _cell([(20, "Toiture de la salle"), (32, "des fêtes et peinture"),
                    (44, "de la mairie"), (56, "Rue des Écoles")], 80, 400)]]
    assert repair_grid(rows)[1:] == [
        ["Entretien des bâtiments", "Toiture de la salle des fêtes et peinture de la mairie"],
        ["Voirie", "Rue des Écoles"]]


def test_two_lists_of_names_side_by_side_are_not_cut_into_rows():
    """No column wraps more than the first: one cell each, as drawn."""
    rows = [[GridCell("Présents", (0, 0, 150, 15), (("Présents", 2, 2, 42, 11),)),
             GridCell("Excusés", (150, 0, 300, 15), (("Excusés", 152, 2, 187, 11),))],
            [_cell([(20, "Claire Martin"), (32, "Paul Girard"), (44, "Léa Roux")], 0, 150),
             _cell([(20, "Marc Petit"), (32, "Anne Blanc")], 150, 300)]]
    assert len(repair_grid(rows)) == 2


def _framed_pdf(out: Path) -> Path:
    """fpdf2: a framed two-column table, a rule under its header, a rule between the
    columns, none between the rows; descriptions wrap over two lines."""
    import matplotlib
    from fpdf import FPDF
    fonts = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    d = FPDF(format="A4", unit="pt")
    d.add_font("S", "", str(fonts / "DejaVuSans.ttf"))
    d.add_page()
    d.set_font("S", "", 10)
    rows = [("Voirie", ["Réfection de la chaussée de la rue des Écoles",
                        "et du trottoir nord, travaux confiés à l'entreprise"]),
            ("Budget", ["Fournitures administratives"]),
            ("École", ["Achat de mobilier pour la classe de maternelle",
                       "et remplacement des tableaux numériques"])]
    top, y = 100, 118
    d.text(64, 112, "Poste")
    d.text(144, 112, "Objet")
    d.line(60, y, 420, y)
    for label, desc in rows:
        y += 4
        d.text(64, y + 10, label)
        for k, t in enumerate(desc):
            d.text(144, y + 10 + 12 * k, t)
        y += 12 * len(desc) + 2
    d.rect(60, top, 360, y - top)
    d.line(140, top, 140, y)
    d.output(str(out))
    return out


def test_a_framed_table_with_no_row_rules_keeps_one_row_per_label(tmp_path):
    from extractors import pdf
    from extractors.tables import document_to_tables
    tables = document_to_tables(pdf.read_pdf(_framed_pdf(tmp_path / "framed.pdf")))
    assert len(tables) == 1
    assert tables[0].grid() == [
        ["Poste", "Objet"],
        ["Voirie", "Réfection de la chaussée de la rue des Écoles et du trottoir nord, "
                   "travaux confiés à l'entreprise"],
        ["Budget", "Fournitures administratives"],
        ["École", "Achat de mobilier pour la classe de maternelle et remplacement des "
                  "tableaux numériques"]]
