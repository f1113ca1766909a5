"""A form printed as a series of same-shaped ruled tables whose first copy lost its
rules: the unruled lines whose first cells are, in order, a ruled sibling's labels are
read as one more such table. Invented budget pages, fr/en/es."""

from __future__ import annotations

import pytest

from extractors.tables import document_to_tables
from pipeline.records import Document, Line, Page, RawTable, Word


def _line(top: float, cells: list[tuple[str, float]]) -> Line:
    words = []
    for text, x in cells:
        for tok in text.split():
            words.append(Word(text=tok, x0=x, x1=x + 5.0 * len(tok)))
            x += 5.0 * (len(tok) + 1)
    return Line(page=1, text=" ".join(t for t, _ in cells), x0=words[0].x0, top=top,
                x1=words[-1].x1, bottom=top + 10, size=10.0, bold=False, words=tuple(words))


FORMS = {
    "es": ("Partida:", "Acción:", "Alumbrado público", "Cambio de luminarias", "Obras viales", "Bacheo de calles"),
    "fr": ("Poste :", "Action :", "Éclairage public", "Changement des lampadaires", "Voirie", "Réfection des rues"),
    "en": ("Item:", "Action:", "Street lighting", "Replacing the lamps", "Roads", "Resurfacing streets"),
}


def _page(lang: str, order: tuple[int, int]) -> Document:
    item, action, t1, a1, t2, a2 = FORMS[lang]
    labels = (item, action)
    lines = [_line(100, [(labels[order[0]], 50), (t1, 130)]),
             _line(115, [(labels[order[1]], 50), (a1, 130), ("$ 8,300.00", 450)]),
             _line(205, [(item, 50), (t2, 130)]),
             _line(220, [(action, 50), (a2, 130), ("$ 12,500.00", 450)])]
    ruled = RawTable(page=1, bbox=(45, 200, 520, 235),
                     rows=((item, t2, None), (action, a2, "$ 12,500.00")))
    page = Page(number=1, width=595, height=842, lines=tuple(lines), tables=(ruled,))
    text = "\n".join(l.text for l in lines) + "\n"
    return Document(doc_id="d", file_name="d.pdf", pages=(page,), text=text, page_starts=(0,),
                    language=lang)


def _grids(doc: Document) -> list[list[list[str]]]:
    out = []
    for t in document_to_tables(doc):
        grid = [[""] * t.n_cols for _ in range(t.n_rows)]
        for c in t.cells:
            grid[c.row][c.col] = c.value
        out.append(grid)
    return out


@pytest.mark.parametrize("lang", ["es", "fr", "en"])
def test_the_unruled_copy_of_a_ruled_form_is_a_table_like_it(lang):
    item, action, t1, a1, _, _ = FORMS[lang]
    assert [[item, t1, ""], [action, a1, "$ 8,300.00"]] in _grids(_page(lang, (0, 1)))


@pytest.mark.parametrize("lang", ["es", "fr", "en"])
def test_lines_whose_labels_come_in_another_order_are_no_copy(lang):
    assert len(_grids(_page(lang, (1, 0)))) == 1
