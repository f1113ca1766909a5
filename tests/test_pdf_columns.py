"""Two-column pages are read column by column (issue 14 item 5: a report in two columns
under a full-width title was read straight across both, every line joining a sentence of
the left column to one of the right). Tables, a margin of minute numbers, an attendance
block and a signature block are read as before. Every page and sentence is invented, fr/en/es,
drawn with fpdf2."""

from __future__ import annotations

import pytest

import extractors.pdf as pdf
from extractors.pdf.columns import words_to_lines_in_columns
from extractors.pdf.words import words_to_lines
from pipeline.settings import Settings

fpdf = pytest.importorskip("fpdf")


def _pdf(draw) -> bytes:
    from corpus.text_pdf import font_paths
    doc = fpdf.FPDF(format="A4", unit="mm")
    regular, bold = font_paths()[:2]
    doc.add_font("Body", "", regular)
    doc.add_font("Body", "B", bold)
    doc.set_auto_page_break(False)
    doc.add_page()
    draw(doc)
    return bytes(doc.output())


def _texts(data: bytes) -> list[str]:
    page = pdf.bytes_to_pages(pdf.check_header(data), Settings())[0]
    return [l.text for l in page.lines]


TWO_COLUMNS = {
    "fr": ("Conseil d'école du 14 mars 2026",
           ["1. Effectifs", "La directrice présente les effectifs de la rentrée prochaine : "
            "cent douze élèves sont attendus dans les cinq classes de l'école, soit huit de "
            "plus que cette année. Le conseil prend note de cette hausse et demande un "
            "poste supplémentaire à l'inspection."],
           ["2. Travaux", "La mairie annonce la réfection de la cour pendant les vacances "
            "d'été ; les jeux seront déplacés sous le préau. Les parents élus demandent que "
            "les toilettes soient repeintes en même temps. Le conseil approuve le calendrier "
            "proposé par les services techniques."]),
    "en": ("Parish Council meeting, 9 April 2026",
           ["1. Footpaths", "The clerk reported that the stile on the northern footpath has "
            "been repaired by volunteers and that the county has agreed to clear the "
            "drainage ditch before the summer. Members thanked the volunteers for their "
            "work over the winter months."],
           ["2. Village hall", "The treasurer presented three quotes for the new heating "
            "system of the village hall. After discussion the council resolved to accept "
            "the lowest quote and asked the clerk to write to the contractor this week. "
            "The works should start in June."]),
    "es": ("Junta directiva del 3 de febrero de 2026",
           ["1. Cuentas", "La tesorera presenta el estado de cuentas del ejercicio cerrado: "
            "los ingresos por cuotas cubren los gastos corrientes y queda un remanente que "
            "se destinará al fondo de actividades. La junta aprueba las cuentas por "
            "unanimidad de los presentes."],
           ["2. Actividades", "El vocal de cultura propone organizar un ciclo de charlas en "
            "la biblioteca del barrio durante la primavera. Se acuerda pedir la sala al "
            "ayuntamiento y preparar un cartel para las tiendas del barrio antes de finales "
            "de marzo."]),
}


def _two_columns(title, left, right):
    def draw(doc):
        doc.set_font("Body", "B", 14)
        doc.set_xy(15, 20)
        doc.cell(180, 8, title, align="C")
        for x, column in ((15, left), (110, right)):
            doc.set_xy(x, 40)
            doc.set_font("Body", "B", 10)
            doc.multi_cell(85, 5, column[0])
            doc.set_x(x)
            doc.set_font("Body", "", 10)
            for _ in range(2):     # a column of some length: its paragraph twice
                doc.set_x(x)
                doc.multi_cell(85, 5, column[1])
    return draw


@pytest.mark.parametrize("lang", sorted(TWO_COLUMNS))
def test_a_two_column_page_is_read_column_by_column(lang):
    title, left, right = TWO_COLUMNS[lang]
    texts = _texts(_pdf(_two_columns(title, left, right)))
    assert texts[0] == title
    assert texts[1] == left[0] and right[0] in texts
    heading = texts.index(right[0])
    assert " ".join(texts[2:heading]) == f"{left[1]} {left[1]}"      # the left column,
    assert " ".join(texts[heading + 1:]) == f"{right[1]} {right[1]}"  # then the right one


def _rows(rows, size=10):
    """A page of rows, each a list of (x in mm, text) cells on one baseline."""
    def draw(doc):
        doc.set_font("Body", "", size)
        for k, row in enumerate(rows):
            for x, text in row:
                doc.set_xy(x, 20 + 6 * k)
                doc.cell(0, 5, text)
    return draw


NEGATIVES = {
    "unruled table": [[(15, f"Entretien du chemin rural numéro {k} et de ses fossés"),
                       (120, f"{k} 250,00 €"), (160, "travaux au printemps")] for k in range(1, 10)],
    "budget table, figures in spaced thousands": [
        [(15, "Se presenta el presupuesto de la partida de obras viales para el próximo año:")]] + [
        [(15, f"Mantenimiento de caminos vecinales {k}"), (100, f"{k} 850 000")]
        for k in range(1, 10)],
    "minute numbers in a margin": [
        [(15, f"2026-0{k}"), (40, f"The council resolved to approve item {k} of the agenda "
                                  "as presented by the clerk today.")] for k in range(1, 10)],
    "attendance block": [[(15, label), (70, value)] for label, value in [
        ("Presentes:", "Dña. Ana Ruiz Soler, D. Luis Prado Gil, Dña. Marta Vidal Ros"),
        ("Ausentes con excusa:", "D. Pedro Llorente Sanz, Dña. Inés Bravo Mas"),
        ("Secretaria:", "Dña. Carmen Ortiz Lara, que da fe del acta"),
        ("Lugar:", "Salón de actos del centro cívico municipal de la ciudad"),
        ("Hora de inicio:", "diecinueve horas y treinta minutos del día"),
        ("Hora de cierre:", "veintiuna horas y cinco minutos del mismo día"),
        ("Orden del día:", "el que figura en la convocatoria enviada a todos")]],
    "signature block": [[(25, a), (120, b)] for a, b in [
        ("Le président,", "La secrétaire de séance,"), ("Jean-Marc Vial", "Odile Ferrand"),
        ("", ""), ("Signé", "Signée"), ("le 12 mars 2026", "le 12 mars 2026"),
        ("à Millau", "à Millau")]],
}


@pytest.mark.parametrize("name", sorted(NEGATIVES))
def test_pages_that_are_not_two_columns_are_read_across(name):
    rows = NEGATIVES[name]
    texts = _texts(_pdf(_rows(rows)))
    expected = [" ".join(t for _, t in row if t) for row in rows if any(t for _, t in row)]
    assert texts == expected


def _words(rows, size=10.0, spacing=13.0):
    """Word boxes, 5 pt a character: rows of (x in pt, text) cells."""
    words = []
    for k, row in enumerate(rows):
        for x, text in row:
            for w in text.split():
                words.append({"text": w, "x0": x, "x1": x + 5 * len(w), "top": 100 + spacing * k,
                              "bottom": 100 + spacing * k + size, "size": size, "fontname": "F"})
                x += 5 * len(w) + 3
    return words


def test_a_band_of_two_columns_under_and_above_full_width_text():
    full = [(60, "Acta de la reunión ordinaria de la junta celebrada el martes por la tarde")]
    band = [[(60, f"izquierda {k} texto corrido de la columna"),
             (320, f"derecha {k} texto corrido de la columna")] for k in range(8)]
    words = _words([full] + band + [full])
    texts = [l.text for l in words_to_lines_in_columns(words, 1)]
    assert texts[0] == texts[-1] == full[0][1]
    assert texts[1:9] == [f"izquierda {k} texto corrido de la columna" for k in range(8)]
    assert texts[9:17] == [f"derecha {k} texto corrido de la columna" for k in range(8)]


def test_too_few_lines_sharing_a_gutter_are_no_columns():
    band = [[(60, f"left {k} some running text here"), (320, f"right {k} some running text")]
            for k in range(4)]
    words = _words(band)
    assert ([l.text for l in words_to_lines_in_columns(words, 1)]
            == [l.text for l in words_to_lines(words, 1)])


def test_two_charts_side_by_side_are_no_columns():
    """Axis figures, short labels and a caption under each of two charts."""
    rows = [[(60, "Ventas por región (miles)"), (320, "Ventes par région (milliers)")]]
    rows += [[(60, str(v)), (320, str(v))] for v in range(450, 0, -50)]
    rows += [[(60, "Ene Feb Mar Abr May Jun Jul Ago"), (320, "Jan Fév Mar Avr Mai Jui Jul")],
             [(60, "Fuente: registro de la tesorería"), (320, "Source : registre de trésorerie")],
             [(60, "Figura 3 (datos hasta el 30 de junio)"), (320, "Figure 4 (jusqu'au 30 juin)")]]
    words = _words(rows)
    assert ([l.text for l in words_to_lines_in_columns(words, 1)]
            == [l.text for l in words_to_lines(words, 1)])
