"""Figure tables laid out by indentation with no rules, as budget annexes print them:
group headings with no figures between the rows, labels wrapping over two lines (the
figures on a line between them), column titles over two lines, footnote letters after
a label, long descriptions beside a code column. Invented tables, fr/en/es."""

from __future__ import annotations

import pytest

from extractors.tables import document_to_tables
from pipeline.records import Document, Line, Page, Word

_CHAR = 4.5                  # width of a character at size 9 in these invented pages
_FIGURES = (350.0, 420.0, 490.0)


def _line(top: float, cells: list[tuple[str, float]], size: float = 9.0) -> Line:
    """A positioned line from (text, x) cells: the words of each cell laid from x."""
    words = []
    for text, x in cells:
        for tok in text.split():
            words.append(Word(text=tok, x0=x, x1=x + _CHAR * len(tok)))
            x += _CHAR * (len(tok) + 1)
    return Line(page=1, text=" ".join(t for t, _ in cells), x0=words[0].x0, top=top,
                x1=words[-1].x1, bottom=top + size, size=size, bold=False, words=tuple(words))


def _row(top: float, label: str, x: float, figures: tuple[str, ...]) -> Line:
    cells = [(label, x)] if label else []
    return _line(top, cells + [(f, x0) for f, x0 in zip(figures, _FIGURES)])


def _doc(lines: list[Line], lang: str) -> Document:
    text = "\n".join(l.text for l in lines) + "\n"
    page = Page(number=1, width=595, height=842, lines=tuple(lines))
    return Document(doc_id="d", file_name="d.pdf", pages=(page,), text=text,
                    page_starts=(0,), language=lang)


def _grid(table) -> list[list[str]]:
    grid = [[""] * table.n_cols for _ in range(table.n_rows)]
    for c in table.cells:
        grid[c.row][c.col] = c.value
    return grid


BUDGETS = {
    "fr": ("Tableau 1", "A. Dépenses", "Services généraux", "Frais de personnel",
           "Bâtiments", "Sous-total des services généraux et de l'entretien", "des locaux",
           "Recettes", "Subvention de la commune", "Cotisations", "Total des recettes",
           "Comprend la location de la salle"),
    "en": ("Table 1", "A. Expenditure", "General services", "Staff costs", "Buildings",
           "Subtotal general services and upkeep of the", "premises", "Income",
           "Grant from the town", "Membership fees", "Total income",
           "Includes the hire of the hall"),
    "es": ("Cuadro 1", "A. Gastos", "Servicios generales", "Gastos de personal", "Edificios",
           "Subtotal de servicios generales y mantenimiento de", "los locales", "Ingresos",
           "Subvención del municipio", "Cuotas", "Total de ingresos",
           "Incluye el alquiler de la sala"),
}


@pytest.mark.parametrize("lang", ["fr", "en", "es"])
def test_headings_wrapped_labels_and_footnote_letters_stay_in_one_table(lang):
    (title, part, group, staff, buildings, sub1, sub2, income, grant, fees, total,
     note) = BUDGETS[lang]
    lines = [_line(70, [(title, 60)], size=10),
             _line(100, [("2024", 350), ("2025", 420), ("Total", 490)], size=8),
             _line(115, [(part, 60)]),
             _line(130, [(group, 80)]),
             _row(145, staff, 100, ("1 200", "1 300", "2 500")),
             _row(160, f"{buildings} a", 100, ("800", "–", "800")),
             _line(175, [(sub1, 80)]),
             _row(180.5, "", 0, ("2 000", "1 300", "3 300")),
             _line(186, [(sub2, 66)]),
             _line(201, [(income, 66)]),
             _row(216, grant, 80, ("1 500", "900", "2 400")),
             _row(231, fees, 80, ("500", "400", "900")),
             _row(246, total, 80, ("2 000", "1 300", "3 300")),
             _line(265, [("a", 70), (note, 76)])]
    tables = document_to_tables(_doc(lines, lang))
    assert len(tables) == 1
    assert _grid(tables[0]) == [
        ["", "2024", "2025", "Total"], [part, "", "", ""], [group, "", "", ""],
        [staff, "1 200", "1 300", "2 500"], [buildings, "800", "–", "800"],
        [f"{sub1} {sub2}", "2 000", "1 300", "3 300"], [income, "", "", ""],
        [grant, "1 500", "900", "2 400"], [fees, "500", "400", "900"],
        [total, "2 000", "1 300", "3 300"]]


PROJECTS = {
    "fr": ("N°", "Actions menées par le", "secrétariat", "Coût", "Soutien aux communes",
           "Aide à la rédaction des plans locaux d'urbanisme et des cartes communales",
           "de l'arrondissement", "Formation des élus au budget", "Suivi des travaux de mi-",
           "saison sur les routes", "Total"),
    "en": ("No.", "Activities carried out by the", "secretariat", "Cost", "Support to towns",
           "Helping towns draft their local plans and their maps of the protected",
           "areas of the district", "Training councillors in budgeting",
           "Monitoring of the mid-", "season works on the roads", "Total"),
    "es": ("N.º", "Actividades realizadas por la", "secretaría", "Costo",
           "Apoyo a los municipios",
           "Ayuda a la redacción de los planes locales de urbanismo y de los mapas",
           "municipales del distrito", "Formación de los concejales en presupuesto",
           "Seguimiento de las obras de media-", "temporada en los caminos", "Total"),
}


@pytest.mark.parametrize("lang", ["fr", "en", "es"])
def test_long_descriptions_beside_a_code_column_wrap_into_their_row(lang):
    no, act1, act2, cost, group, d1a, d1b, d2, d3a, d3b, total = PROJECTS[lang]
    lines = [_line(90, [(act1, 90)], size=8),
             _line(100, [(no, 60), (act2, 90), (cost, 490)], size=8),
             _line(118, [(group, 90)]),
             _line(135, [("1", 66), (d1a, 90), ("1 680 647", 490)]),
             _line(146, [(d1b, 90)]),
             _line(163, [("2", 66), (d2, 90), ("90 400", 490)]),
             _line(180, [("3", 66), (d3a, 90), ("–", 490)]),
             _line(191, [(d3b, 90)]),
             _line(208, [(total, 90), ("1 771 047", 490)])]
    tables = document_to_tables(_doc(lines, lang))
    assert len(tables) == 1
    join = "" if d3a.endswith("-") else " "
    assert _grid(tables[0]) == [
        [no, f"{act1} {act2}", cost], ["", group, ""], ["1", f"{d1a} {d1b}", "1 680 647"],
        ["2", d2, "90 400"], ["3", f"{d3a}{join}{d3b}", "–"], ["", total, "1 771 047"]]


def test_evenly_spaced_rows_are_never_joined_and_prose_after_is_left_out():
    """One spacing throughout: a heading line is a row of its own, no row is joined, and
    the paragraph under the table (as wide as the page) is no row."""
    lines = [_line(100, [("2024", 350), ("2025", 420), ("Total", 490)], size=8),
             _row(112, "Heating", 80, ("120", "130", "250")),
             _line(124, [("Repairs", 66)]),
             _row(136, "Roof", 80, ("300", "–", "300")),
             _row(148, "Windows", 80, ("90", "110", "200")),
             _line(162, [("The treasurer notes that the heating costs rose again this "
                          "winter and asks for a new contract", 60)]),
             _row(174, "Paint", 80, ("40", "50", "90"))]
    tables = document_to_tables(_doc(lines, "en"))
    assert len(tables) == 1
    assert _grid(tables[0]) == [
        ["", "2024", "2025", "Total"], ["Heating", "120", "130", "250"],
        ["Repairs", "", "", ""], ["Roof", "300", "–", "300"], ["Windows", "90", "110", "200"]]


def _mono(top: float, text: str, x: float = 80.0, pitch: float = 5.4, size: float = 9.0) -> Line:
    """A line set in a fixed-pitch font: every letter and space ``pitch`` wide."""
    words, at = [], x
    for tok in text.split(" "):
        if tok:
            words.append(Word(text=tok, x0=at, x1=at + pitch * len(tok)))
        at += pitch * (len(tok) + 1)
    return Line(page=1, text=" ".join(text.split()), x0=words[0].x0, top=top, x1=words[-1].x1,
                bottom=top + size, size=size, bold=False, words=tuple(words))


def test_a_fixed_pitch_title_page_is_no_table_and_its_table_still_is():
    """Single spaces of a typewriter font part no cells ("STATE OF KELDARA" over a date
    and a room number); two spaces or more do."""
    lines = [_mono(92, "STATE OF KELDARA", 262, 6.6, 11), _mono(116, "SENATE COMMITTEE ON MARINE RESOURCES AND "
                                                                 "FISHING", 159, 6.6, 11),
             _mono(141, "TRANSCRIPT OF PROCEEDINGS", 235, 6.3, 10.5),
             _mono(166, "Thursday, February 12, 2026, 1:30 p.m.", 206, 5.7, 9.5),
             _mono(186, "State Capitol, Room 214, Granite City, Keldara", 183, 5.7, 9.5),
             _mono(214, "COMMITTEE MEMBERS PRESENT: Senator Helen Brooks, Chairman; Senator Ivo Marsh,", 79),
             _mono(231, "Vice Chair; Senator Dale Fenwick-Lane; Senator Grace Tanaka; Senator Piotr", 79),
             _mono(400, "Item           2025    2026"), _mono(412, "Rent            450     500"),
             _mono(424, "Heating         120     130"), _mono(436, "Insurance        80      90")]
    tables = document_to_tables(_doc(lines, "en"))
    assert [_grid(t) for t in tables] == [[["Item", "2025", "2026"], ["Rent", "450", "500"],
                                           ["Heating", "120", "130"], ["Insurance", "80", "90"]]]


def test_a_proportional_line_of_nearly_even_letters_keeps_its_narrow_cell_gaps():
    """Four words of close letter widths ("Milburn Church £250.00 Churchyard Donation")
    are no fixed-pitch line: a 7 pt gap still parts the figure from the text after it."""
    from extractors.tables.cells import cell_gap
    words = (Word(text="Westgate", x0=126, x1=177.5), Word(text="Chapel", x0=181, x1=222),
             Word(text="£250.00", x0=306, x1=349), Word(text="Churchyard", x0=356, x1=423),
             Word(text="Donation", x0=426, x1=477))
    line = Line(page=1, text="Westgate Chapel £250.00 Churchyard Donation", x0=126, top=281, x1=477,
                bottom=293, size=12.0, bold=False, words=words)
    assert cell_gap(line, 0.5) == 6.0
