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
