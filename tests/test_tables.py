"""Tables: ruled grids, whitespace tables (with and without word positions), totals,
tables continued across a page break, the seed's partners table and the corpus."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from extractors.tables import cell_number, document_to_tables, is_total_label
from pipeline.records import Document, Line, Page, RawTable, Word
from pipeline.text import document_from_text, stable_id

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seeds" / "000_04bc718c71204c5f.txt"


def _line(page: int, text: str, top: float, words=(), role="body", x0=50.0, x1=500.0) -> Line:
    return Line(page=page, text=text, x0=x0, top=top, x1=x1, bottom=top + 10, size=10.0,
                bold=False, role=role, words=tuple(words))


def _doc(pages: list[Page]) -> Document:
    text, starts = "", []
    for p in pages:
        starts.append(len(text))
        text += "\n".join(l.text for l in p.lines if l.role != "header") + "\n"
    return Document(doc_id="d", file_name="d.pdf", pages=tuple(pages), text=text,
                    page_starts=tuple(starts), language="fr")


# --------------------------------------------------------------------- helpers

@pytest.mark.parametrize("text,number", [
    ("1 234", 1234), ("12,5", 12.5), ("46", 46), ("-", None), ("–", None), ("", None),
    ("12 %", 12), ("$ 54,522.10", 54522.10), ("Fondations", None), ("1.500.000", 1_500_000),
])
def test_cell_number(text, number):
    assert cell_number(text, "fr") == number


@pytest.mark.parametrize("label,total", [
    ("Total", True), ("TOTAL", True), ("Sous-total", True), ("Total général", True),
    ("Total 2020", True), ("Totalement faux", False), ("Fondations", False),
    ("Grand total", False),   # not a French total label
])
def test_total_labels_fr(label, total):
    assert is_total_label(label, "fr") is total


# ----------------------------------------------------- whitespace, text only

SEED_ROWS = [
    ["États et provinces", "2", "2"], ["Organisations internationales", "2", "1"],
    ["Banques / Fonds de développement", "0", "0"], ["Fondations", "2", "1"],
    ["Organisations de producteurs", "8", "5"], ["Instituts de recherche et universités", "4", "3"],
    ["Société civile/ONG", "43", "30"], ["Organismes à but lucratif ou commercial", "46", "-"],
    ["Total 2020", "107", "42"],
]


def test_seed_partners_table():
    if not SEED.is_file():
        pytest.skip("../shared is absent")
    doc = document_from_text(SEED.read_text(encoding="utf-8"), doc_id="seed", language="fr")
    tables = document_to_tables(doc)
    assert len(tables) == 1
    t = tables[0]
    grid = t.grid()
    assert grid[0] == ["", "Partenaires", "dont Membres"]
    assert grid[1:] == SEED_ROWS
    assert t.total_rows == (9,)
    assert t.caption == "Le tableau suivant résume la situation"
    assert t.method == "whitespace" and t.table_id == stable_id("seed", 1, 0)
    numbers = {(c.row, c.col): c.number for c in t.cells}
    assert numbers[(9, 1)] == 107 and numbers[(9, 2)] == 42 and numbers[(8, 2)] is None
    assert sum(numbers[(r, 1)] for r in range(1, 9)) == 107      # the column does add up
    assert "Total 2020 107 42" in doc.text[t.prov.start:t.prov.end]


def test_prose_with_numbers_is_not_a_table():
    doc = document_from_text(
        "Le Bureau a tenu 5 réunions en 2021\net a validé 96 partenaires\n"
        "dont 37 membres en 2021\nLe rapport est adopté.\n", language="fr")
    assert document_to_tables(doc) == ()


def test_header_joined_by_lexicon_and_empty_header_when_absent():
    text = ("Budget par poste :\nCoût Dépenses de fonctionnement\nSalaires 10 12\n"
            "Loyer 3 4\nDéplacements 2 1\nTotal 15 17\n")
    t = document_to_tables(document_from_text(text, language="fr"))[0]
    assert t.grid()[0] == ["", "Coût", "Dépenses de fonctionnement"]
    no_header = "Salaires 10 12\nLoyer 3 4\nDéplacements 2 1\n"
    t2 = document_to_tables(document_from_text(no_header, language="fr"))[0]
    assert t2.grid()[0] == ["", "", ""] and t2.n_rows == 4


# ------------------------------------------------- whitespace, with positions

def _positioned(page: int, top: float, cells: list[tuple[str, float]]) -> Line:
    words = []
    for text, x in cells:
        pos = x
        for w in text.split():
            words.append(Word(text=w, x0=pos, x1=pos + 5.5 * len(w)))
            pos += 5.5 * len(w) + 3
    return _line(page, " ".join(c for c, _ in cells), top, words)


def test_positioned_table_splits_code_and_label_columns():
    lines = [_line(1, "Dépenses par chapitre", 20)]
    lines.append(_positioned(1, 40, [("Chapitre", 60), ("Libellé", 120), ("BP 2022", 400),
                                     ("BP 2023", 490)]))
    data = [("011", "Charges générales", "398 200", "412 600"),
            ("012", "Charges de personnel", "571 900", "598 300"),
            ("65", "Autres charges", "139 450", "143 900")]
    for i, (code, lab, a, b) in enumerate(data):
        lines.append(_positioned(1, 60 + 18 * i, [(code, 60), (lab, 120), (a, 405), (b, 495)]))
    lines.append(_positioned(1, 120, [("Total dépenses", 120), ("1 109 550", 398),
                                      ("1 154 800", 488)]))
    t = document_to_tables(_doc([Page(number=1, width=595, height=842, lines=tuple(lines))]))[0]
    assert t.grid() == [["Chapitre", "Libellé", "BP 2022", "BP 2023"],
                        ["011", "Charges générales", "398 200", "412 600"],
                        ["012", "Charges de personnel", "571 900", "598 300"],
                        ["65", "Autres charges", "139 450", "143 900"],
                        ["", "Total dépenses", "1 109 550", "1 154 800"]]
    assert t.total_rows == (4,) and t.caption == "Dépenses par chapitre"


def test_misaligned_numbers_are_not_a_table():
    lines = [_positioned(1, 20 + 14 * i, [(f"ligne de texte {i}", 60), ("12", 100 + 90 * i)])
             for i in range(5)]
    assert document_to_tables(_doc([Page(number=1, width=595, height=842,
                                         lines=tuple(lines))])) == ()


# ------------------------------------------------------------------ ruled tables

def test_ruled_table_cleaned_and_continued_across_pages():
    header = ("Programme", "Montant")
    p1 = Page(number=1, width=595, height=842, lines=(
        _line(1, "Le tableau suivant détaille les montants :", 600),
        _line(1, "Programme Montant", 630), _line(1, "Semences 250 000", 650)),
        tables=(RawTable(page=1, bbox=(50, 625, 500, 800),
                         rows=(header, ("Semences", "250 000"), ("Formation", None))),))
    p2 = Page(number=2, width=595, height=842, lines=(
        _line(2, "Programme Montant", 60), _line(2, "Total 560 000", 80),
        _line(2, "Suite du texte.", 300)),
        tables=(RawTable(page=2, bbox=(50, 55, 500, 100),
                         rows=(header, ("Recherche", "310 000"), ("Total", "560 000"))),))
    tables = document_to_tables(_doc([p1, p2]))
    assert len(tables) == 1
    t = tables[0]
    assert t.pages == (1, 2) and t.method == "ruled"
    assert [c.page for c in t.cells if c.col == 0] == [1, 1, 1, 2, 2]
    assert t.grid() == [["Programme", "Montant"], ["Semences", "250 000"], ["Formation", ""],
                        ["Recherche", "310 000"], ["Total", "560 000"]]
    assert t.total_rows == (4,)
    assert t.caption == "Le tableau suivant détaille les montants"
    assert t.bbox == (50, 625, 500, 800)


def test_ruled_tables_not_joined_when_text_comes_between():
    rows = (("A", "B"), ("x", "1"), ("y", "2"))
    p1 = Page(number=1, width=595, height=842, lines=(_line(1, "x 1", 100),),
              tables=(RawTable(page=1, bbox=(50, 90, 500, 200), rows=rows),))
    p2 = Page(number=2, width=595, height=842, lines=(_line(2, "Un paragraphe.", 40),
                                                      _line(2, "x 1", 100)),
              tables=(RawTable(page=2, bbox=(50, 90, 500, 200), rows=rows),))
    assert len(document_to_tables(_doc([p1, p2]))) == 2


# ---------------------------------------------------------------------- corpus

def _corpus_cases():
    out = []
    for gold in sorted((ROOT / "corpus").glob("*.gold.json")):
        for table in json.loads(gold.read_text(encoding="utf-8")).get("tables", []):
            out.append(pytest.param(gold, table, id=f"{gold.stem}-p{table['page']}"))
    return out


@pytest.mark.parametrize("gold,expected", _corpus_cases())
def test_corpus_table_cells(gold, expected):
    from extractors.pdf import read_pdf
    pdf = gold.with_name(gold.name.replace(".gold.json", ".pdf"))
    doc = read_pdf(pdf)
    doc = replace(doc, language=json.loads(gold.read_text())["language"])
    want = [expected["header"], *expected["rows"]]
    best = 0.0
    for t in document_to_tables(doc):
        if expected["page"] not in t.pages:
            continue
        # a table joined across pages is scored on the rows printed on that page
        full = t.grid()
        rows_here = sorted({c.row for c in t.cells if c.page == expected["page"] and c.row > 0})
        grid = [full[0]] + [full[r] for r in rows_here]
        hits = sum(1 for r, row in enumerate(want) for c, v in enumerate(row)
                   if r < len(grid) and c < len(grid[r]) and grid[r][c] == v)
        best = max(best, hits / sum(len(r) for r in want))
    assert best >= 0.95


def test_ruled_rows_left_whole_are_resplit():
    rows = (("Country", "domestic (%)", "Total (n)"), ("Austria 86.2 3,375", None, None),
            ("Belgium 0 3,973", "", ""), ("Czech Republic 98.6 17,655", None, None))
    page = Page(number=1, width=595, height=842, lines=(_line(1, "Country", 100),),
                tables=(RawTable(page=1, bbox=(50, 95, 500, 200), rows=rows),))
    t = document_to_tables(_doc([page]))[0]
    assert t.grid()[1:] == [["Austria", "86.2", "3,375"], ["Belgium", "0", "3,973"],
                            ["Czech Republic", "98.6", "17,655"]]
    assert [c.number for c in t.cells if c.row == 3] == [None, 98.6, 17655]


# ------------------------------------------- ruled grids as real reports draw them

def _gc(text: str, box, words=None):
    """A drawn cell; its words default to one per token, laid left to right from x0."""
    from extractors.tables.grid import GridCell
    if words is None:
        words, x = [], box[0] + 2
        for tok in text.split():
            words.append((tok, x, box[1] + 2, x + 5 * len(tok), box[1] + 11))
            x += 5 * len(tok) + 3
    return GridCell(text, tuple(float(v) for v in box), tuple(words))


def test_wrapped_cell_drawn_as_two_boxes_stays_one_cell():
    from extractors.tables.grid import repair_grid
    # one background box per text line in the label column; the figures' cells are tall
    rows = [[_gc("Item", (0, 0, 200, 15)), _gc("Amount", (200, 0, 300, 15))],
            [_gc("Maintenance of the", (0, 15, 200, 30)), _gc("1 200", (200, 15, 300, 45))],
            [_gc("village hall roof", (0, 30, 200, 45)), None],
            [_gc("Grass cutting", (0, 45, 200, 60)), _gc("300", (200, 45, 300, 60))]]
    assert repair_grid(rows) == [["Item", "Amount"],
                                 ["Maintenance of the village hall roof", "1 200"],
                                 ["Grass cutting", "300"]]


def test_header_second_level_is_not_a_wrapped_line():
    from extractors.tables.grid import repair_grid
    rows = [[_gc("Commune", (0, 0, 100, 30)), _gc("Votos", (100, 0, 300, 15)), None],
            [None, _gc("a favor", (100, 15, 200, 30)), _gc("en contra", (200, 15, 300, 30))],
            [_gc("Norte", (0, 30, 100, 45)), _gc("12", (100, 30, 200, 45)),
             _gc("3", (200, 30, 300, 45))]]
    assert repair_grid(rows) == [["Commune", "Votos", None], [None, "a favor", "en contra"],
                                 ["Norte", "12", "3"]]


def test_header_boxed_apart_from_the_body_joins_its_column():
    from extractors.tables.grid import repair_grid
    # header boxes inset from the body's cells: each title one grid column right
    rows = [[_gc("", (0, 0, 5, 15)), _gc("Nom", (5, 0, 150, 15)), _gc("", (150, 0, 155, 15)),
             _gc("Statut", (155, 0, 250, 15)), _gc("", (250, 0, 255, 15))],
            [_gc("Claire Martin", (0, 15, 155, 30)), None, None,
             _gc("Présente", (155, 15, 255, 30)), None],
            [_gc("Paul Girard", (0, 30, 155, 45)), None, None,
             _gc("Excusé", (155, 30, 255, 45)), None]]
    assert repair_grid(rows) == [["Nom", "Statut"], ["Claire Martin", "Présente"],
                                 ["Paul Girard", "Excusé"]]


def test_row_with_no_inner_column_rules_is_dealt_to_the_header_columns():
    from extractors.tables.grid import repair_grid
    words = [("Norway", 2, 17, 32, 26), ("41.0", 110, 17, 130, 26), ("7", 210, 17, 215, 26)]
    rows = [[_gc("Country", (0, 0, 100, 15)), _gc("Share", (100, 0, 200, 15)),
             _gc("Rank", (200, 0, 300, 15))],
            [_gc("Norway 41.0 7", (0, 15, 300, 30), words), None, None],
            [_gc("Spain", (0, 30, 100, 45)), _gc("12.5", (100, 30, 200, 45)),
             _gc("9", (200, 30, 300, 45))]]
    assert repair_grid(rows)[1] == ["Norway", "41.0", "7"]


def test_title_row_across_the_table_is_not_cut():
    from extractors.tables.grid import repair_grid
    words = [("Operating", 2, 17, 47, 26), ("costs", 50, 17, 75, 26)]   # normal spacing
    rows = [[_gc("Post", (0, 0, 50, 15)), _gc("2023", (50, 0, 100, 15))],
            [_gc("Operating costs", (0, 15, 100, 30), words), None],
            [_gc("Rent", (0, 30, 50, 45)), _gc("900", (50, 30, 100, 45))]]
    assert repair_grid(rows)[1] == ["Operating costs", None]


def test_rows_stacked_in_one_tall_cell_are_cut_at_their_figures():
    from extractors.tables.grid import repair_grid
    label = [("Lyon", 2, 20, 22, 29), ("Grenoble", 2, 32, 42, 41), ("Saint", 2, 44, 27, 53),
             ("Étienne", 30, 44, 65, 53)]
    figures = [("410", 110, 20, 125, 29), ("95", 110, 32, 120, 41), ("70", 110, 44, 120, 53)]
    rows = [[_gc("Ville", (0, 0, 100, 15)), _gc("Dons", (100, 0, 200, 15))],
            [_gc("Lyon\nGrenoble\nSaint Étienne", (0, 15, 100, 60), label),
             _gc("410\n95\n70", (100, 15, 200, 60), figures)]]
    assert repair_grid(rows) == [["Ville", "Dons"], ["Lyon", "410"], ["Grenoble", "95"],
                                 ["Saint Étienne", "70"]]


def test_one_cell_rows_are_cut_at_the_blank_lanes_down_them():
    from extractors.tables.grid import repair_grid

    def row(top, *parts):
        words = [(t, x, top + 2, x + 5 * len(t), top + 11) for t, x in parts]
        return [_gc(" ".join(t for t, _ in parts), (0, top, 400, top + 15), words)]
    rows = [row(0, ("Presidenta", 2), ("Ana", 120), ("Ruiz", 140), ("Hacienda", 250)),
            row(15, ("Vocal", 2), ("Luis", 120), ("Gil", 145), ("Cultura", 250)),
            row(30, ("Secretario", 2), ("Eva", 120), ("Sanz", 140), ("Obras", 250))]
    assert repair_grid(rows) == [["Presidenta", "Ana Ruiz", "Hacienda"],
                                 ["Vocal", "Luis Gil", "Cultura"],
                                 ["Secretario", "Eva Sanz", "Obras"]]


def _rule(kind, a, b, at):
    if kind == "h":
        return {"object_type": "curve_edge", "x0": a, "x1": b, "top": at, "bottom": at,
                "doctop": at, "width": b - a, "height": 0.0, "orientation": "h"}
    return {"object_type": "curve_edge", "x0": at, "x1": at, "top": a, "bottom": b,
            "doctop": a, "width": 0.0, "height": b - a, "orientation": "v"}


def _chars(text, x, top):
    out = []
    for ch in text:
        out.append((ch, x, top, x + 5, top + 9, 9.0, "Helvetica", True))
        x += 5
    return out


def test_table_ruled_only_between_columns_keeps_its_outer_columns():
    from extractors.pdf.geometry import _PageView
    from extractors.pdf.rules import rules_may_form_grid, rules_to_tables
    # level rules over the whole width, upright rules only between the figure columns
    rules = [_rule("h", 50, 400, y) for y in (100, 120, 140, 160)]
    rules += [_rule("v", 100, 160, x) for x in (150, 250, 330)]
    chars = (_chars("Salaries", 55, 125) + _chars("120", 200, 125) + _chars("130", 280, 125)
             + _chars("140", 360, 125) + _chars("Rent", 55, 145) + _chars("30", 200, 145)
             + _chars("31", 280, 145) + _chars("32", 360, 145) + _chars("2021", 200, 105)
             + _chars("2022", 280, 105) + _chars("2023", 360, 105))
    assert rules_may_form_grid(rules)
    view = _PageView((1, 0, 0, 1, 0, 0), 595, 842)
    tables = rules_to_tables(chars, rules, view, 1)
    assert len(tables) == 1
    assert [list(r) for r in tables[0].rows] == [["", "2021", "2022", "2023"],
                                                 ["Salaries", "120", "130", "140"],
                                                 ["Rent", "30", "31", "32"]]


def test_tables_stacked_with_the_same_width_are_not_closed_into_one():
    from extractors.pdf.rules import closing_rules
    # two open-sided tables one above the other: no closing rule across the gap
    rules = [_rule("h", 50, 400, y) for y in (100, 120, 300, 320)]
    rules += [_rule("v", 100, 120, 250), _rule("v", 300, 320, 250)]
    closing = closing_rules(rules)
    assert closing and all(r["bottom"] - r["top"] <= 20 for r in closing)


def test_one_column_ruled_list_is_kept_and_framed_prose_is_not():
    items = (("2023-01 Budget primitif",), ("2023-02 Tarifs de la cantine",),
             ("2023-03 Subvention au club de football",))
    prose = (("The council discussed the proposal at length and",),
             ("agreed that the works would start in the spring,",),
             ("once the grant has been confirmed by the county.",))
    page = Page(number=1, width=595, height=842, lines=(_line(1, "Délibérations", 40),),
                tables=(RawTable(page=1, bbox=(50, 60, 500, 120), rows=items),
                        RawTable(page=1, bbox=(50, 300, 500, 360), rows=prose)))
    tables = document_to_tables(_doc([page]))
    assert [t.grid() for t in tables] == [[list(r) for r in items]]


def test_tables_side_by_side_on_the_next_page_are_not_a_continuation():
    rows = (("Topic", "Count"), ("Roads", "12"), ("Parks", "4"))
    p1 = Page(number=1, width=595, height=842, lines=(_line(1, "Intro", 40),),
              tables=(RawTable(page=1, bbox=(50, 600, 500, 800), rows=rows),))
    p2 = Page(number=2, width=595, height=842, lines=(_line(2, "Notes.", 500),),
              tables=(RawTable(page=2, bbox=(50, 60, 250, 200), rows=rows),
                      RawTable(page=2, bbox=(300, 60, 500, 200), rows=rows)))
    assert len(document_to_tables(_doc([p1, p2]))) == 3


# ------------------------------------------------- unruled blocks, positioned

def test_centred_figures_of_unequal_length_are_a_table():
    lines = []
    data = [("Age", "50.8", "21"), ("Income", "2,127", "22,500"), ("Wealth", "187,281", "0"),
            ("Children", "1.67", "8")]
    for i, (lab, a, b) in enumerate(data):
        # centred on x=300 and x=420
        lines.append(_positioned(1, 40 + 14 * i, [(lab, 60), (a, 300 - 2.75 * len(a)),
                                                  (b, 420 - 2.75 * len(b))]))
    t = document_to_tables(_doc([Page(number=1, width=595, height=842, lines=tuple(lines))]))
    assert len(t) == 1 and t[0].grid()[1:] == [list(r) for r in data]


def test_chart_axis_is_not_a_table():
    lines = [_positioned(1, 40 + 14 * i, [(v, 80)]) for i, v in
             enumerate(["800", "600", "400", "200", "0"])]
    assert document_to_tables(_doc([Page(number=1, width=595, height=842,
                                         lines=tuple(lines))])) == ()


@pytest.mark.parametrize("lang,rows", [
    ("en", [("Insurance premium", "£412.50", "Annual"), ("Hall hire", "£ 36.00", "Meetings"),
            ("Clerk", "£640.00", "Salary")]),
    ("fr", [("Location de salle", "120,00 €", "Réunions"),
            ("Assurance", "415,20 €", "Annuelle"), ("Fleurissement", "86,40 €", "Printemps")]),
])
def test_summary_block_with_a_column_of_words_after_the_figures(lang, rows):
    lines = [_line(1, "The following payments were approved", 20)]
    for i, (a, b, c) in enumerate(rows):
        lines.append(_positioned(1, 40 + 14 * i, [(a, 60), (b, 250), (c, 340)]))
    page = Page(number=1, width=595, height=842, lines=tuple(lines))
    doc = replace(_doc([page]), language=lang)
    t = document_to_tables(doc)
    assert len(t) == 1 and t[0].grid() == [["", "", ""], *[list(r) for r in rows]]
    assert t[0].cells[4].number is not None      # row 1, column 1: a figure


def test_two_summary_blocks_side_by_side_are_cut_apart():
    lines = [_positioned(1, 40, [("Inscritos", 100), ("Total", 190), ("Votos", 330),
                                 ("Total", 420)]),
             _positioned(1, 54, [("Presentes", 20), ("48", 105), ("50", 195),
                                 ("A favor", 250), ("30", 335), ("30", 425)]),
             _positioned(1, 68, [("Ausentes", 20), ("2", 105), ("2", 195),
                                 ("En contra", 250), ("17", 335), ("17", 425)]),
             _positioned(1, 82, [("Abstenciones", 250), ("1", 335), ("1", 425)])]
    page = Page(number=1, width=595, height=842, lines=tuple(lines))
    grids = [t.grid() for t in document_to_tables(replace(_doc([page]), language="es"))]
    assert grids == [[["", "Inscritos", "Total"], ["Presentes", "48", "50"],
                      ["Ausentes", "2", "2"]],
                     [["", "Votos", "Total"], ["A favor", "30", "30"],
                      ["En contra", "17", "17"], ["Abstenciones", "1", "1"]]]


def test_numbered_list_is_not_a_table():
    lines = [_positioned(1, 40 + 14 * i, [(f"{i + 1}.", 60), (text, 90)]) for i, text in
             enumerate(["Aprobación del acta", "Informe de la presidencia", "Ruegos y preguntas"])]
    assert document_to_tables(_doc([Page(number=1, width=595, height=842,
                                         lines=tuple(lines))])) == ()


def test_ocr_rule_bars_are_no_cells():
    lines = [_positioned(1, 40 + 14 * i, [("|", 50), (lab, 60), ("|", 240), (a, 250),
                                          ("|", 320), (b, 330), ("|", 400)])
             for i, (lab, a, b) in enumerate([("Semences", "120", "130"),
                                              ("Engrais", "45", "50"),
                                              ("Outils", "30", "28")])]
    t = document_to_tables(_doc([Page(number=1, width=595, height=842, lines=tuple(lines))]))
    assert len(t) == 1
    assert t[0].grid()[1:] == [["Semences", "120", "130"], ["Engrais", "45", "50"],
                               ["Outils", "30", "28"]]
