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


# ------------------------------------------------ a table's rules as OCR reads them

def _ocr_line(top: float, cells: list[tuple[str, float]]):
    from pipeline.records import Line, Word
    words = []
    for text, x in cells:
        at = x
        for w in text.split():
            words.append(Word(text=w, x0=at, x1=at + 5.5 * len(w)))
            at += 5.5 * len(w) + 3
    return Line(page=1, text=" ".join(c for c, _ in cells), x0=50.0, top=top, x1=500.0,
                bottom=top + 10, size=10.0, bold=False, role="body", words=tuple(words))


def _ocr_tables(lines):
    from extractors.tables import document_to_tables
    from pipeline.records import Document, Page
    text = "\n".join(l.text for l in lines) + "\n"
    return document_to_tables(Document(
        doc_id="d", file_name="d.pdf", text=text, page_starts=(0,), language="fr",
        pages=(Page(number=1, width=595, height=842, lines=tuple(lines)),)))


ROWS = [("Semences", "120", "130"), ("Engrais", "45", "50"), ("Outils", "30", "28")]
EXPECTED = [["Poste", "2023", "2024"], ["Semences", "120", "130"], ["Engrais", "45", "50"],
            ["Outils", "30", "28"]]


def test_bars_glued_to_the_words_are_no_part_of_the_cells():
    lines = [_ocr_line(20, [("|Poste", 50), ("|2023", 240), ("|2024|", 320)])]
    lines += [_ocr_line(40 + 14 * i, [("|" + lab, 50), ("|" + a, 240), ("|" + b + "|", 320)])
              for i, (lab, a, b) in enumerate(ROWS)]
    tables = _ocr_tables(lines)
    assert len(tables) == 1 and tables[0].grid() == EXPECTED


@pytest.mark.parametrize("mark", ["l", "I", "!"])
def test_a_rule_read_as_a_letter_down_the_rows_is_no_column(mark):
    lines = [_ocr_line(20 + 14 * i, [(lab, 60), (mark, 232), (a, 250), (mark, 312), (b, 330)])
             for i, (lab, a, b) in enumerate([("Poste", "2023", "2024"), *ROWS])]
    tables = _ocr_tables(lines)
    assert len(tables) == 1 and tables[0].grid() == EXPECTED


def test_a_lone_letter_between_words_is_kept():
    from extractors.tables.rules_read import lines_without_rule_marks
    line = _ocr_line(20, [("Annexe I budget", 60), ("120", 250)])
    assert [w.text for w in lines_without_rule_marks([line])[0].words] == [
        "Annexe", "I", "budget", "120"]


# ------------------------------------------- a table of words under its header line

@pytest.mark.parametrize("header,rows", [
    (("NOMBRE:", "PUESTO:", "FIRMA:"),
     [("1. Dra. Lucía Ramos Vega", "Presidenta del Consejo", ""),
      ("2. Lic. Tomás Ibarra Gil", "Secretario del Consejo", ""),
      ("3. Mtro. Raúl Soto Peña", "Vocal", "")]),
    (("POUR", "CONTRE", "ABSTENTION"),
     [("Claire Martin", "Paul Girard", "Léa Roux"), ("Marc Petit", "Anne Blanc", ""),
      ("Hugo Leroy", "", "Inès Morel")]),
    (("NAME", "ROLE"), [("Ann Lee", "Chair"), ("Tom Ortiz", "Treasurer"), ("Sam Kent", "Clerk")]),
])
def test_words_under_a_header_line_are_a_table(header, rows):
    xs = [60, 250, 430][:len(header)]
    lines = [_ocr_line(20, list(zip(header, [x + 20 for x in xs])))]
    lines += [_ocr_line(42 + 22 * i, [(c, x) for c, x in zip(row, xs) if c] + [("=", 540)])
              for i, row in enumerate(rows)]
    tables = _ocr_tables(lines)
    assert len(tables) == 1
    assert tables[0].grid() == [list(header)] + [list(r) for r in rows]


@pytest.mark.parametrize("first", [
    [("Le Président,", 60), ("La Secrétaire,", 300)],                 # a signature block
    [("Présents : Claire Martin, Paul Girard", 60), ("Excusés : Léa Roux", 300)],
])
def test_a_signature_block_or_an_attendance_line_is_no_table(first):
    lines = [_ocr_line(20, first)]
    lines += [_ocr_line(42 + 22 * i, [(a, 60), (b, 300)])
              for i, (a, b) in enumerate([("Claire Martin", "Léa Roux"), ("Paul Girard", "Marc Petit"),
                                          ("Hugo Leroy", "Inès Morel")])]
    assert _ocr_tables(lines) == ()


# ------------------------------------- an unruled table whose descriptions wrap

@pytest.mark.parametrize("header,rows", [
    (("Poste", "Objet", "Montant"),
     [("Voirie", ["Réfection de la chaussée de la rue", "des Écoles et du trottoir nord"], "12 500"),
      ("Bureau", ["Fournitures administratives"], "1 200"),
      ("École", ["Achat de mobilier pour la classe", "de maternelle"], "8 400")]),
    (("Item", "Description", "Amount"),
     [("Roads", ["Resurfacing of School Street and", "of the north pavement"], "12,500"),
      ("Office", ["Stationery"], "1,200"),
      ("School", ["Furniture for the infant class", "and two digital boards"], "8,400")]),
    (("Partida", "Concepto", "Importe"),
     [("Obras", ["Repavimentación de la calle Mayor", "y de la acera norte"], "12.500"),
      ("Oficina", ["Material de oficina"], "1.200"),
      ("Escuela", ["Mobiliario para la clase infantil", "y dos pizarras digitales"], "8.400")]),
])
def test_a_wrapped_description_stays_in_its_row(header, rows):
    lines = [_ocr_line(20, [(header[0], 60), (header[1], 150), (header[2], 420)])]
    top = 34
    for label, desc, amount in rows:
        lines.append(_ocr_line(top, [(label, 60), (desc[0], 150), (amount, 420)]))
        for more in desc[1:]:
            top += 12
            lines.append(_ocr_line(top, [(more, 150)]))
        top += 14
    lines.append(_ocr_line(top + 2, [("Le trésorier présente ensuite le budget annexe.", 60)]))
    tables = _ocr_tables(lines)
    assert len(tables) == 1
    assert tables[0].grid() == [list(header)] + [[lab, " ".join(d), a] for lab, d, a in rows]


def test_a_list_of_abbreviations_in_capitals_is_no_headed_table():
    entries = [("AIM", "AIM"), ("PBUK", "UK Pocketbook"), ("EH", "European Handbook"),
               ("OCDE", "Organisation de coopération et de développement économiques")]
    lines = [_ocr_line(20 + 14 * i, [(a, 60), (b, 200)]) for i, (a, b) in enumerate(entries)]
    assert _ocr_tables(lines) == ()
