"""The PDF extractor: pure layout stages on hand-made pages, then real PDFs."""

from __future__ import annotations

import re

import pytest

from extractors import pdf
from pipeline.errors import InputError
from pipeline.records import Line, Page, RawTable


def line(page, text, top, size=10.0, bold=False, x0=50.0):
    return Line(page=page, text=text, x0=x0, top=top, x1=500.0, bottom=top + size,
                size=size, bold=bold)


def three_pages():
    pages = []
    for n in (1, 2, 3):
        pages.append(Page(number=n, width=595, height=842, lines=(
            line(n, "Organisation Mondiale – Document CA 5-1", 20, 8),
            line(n, "Texte du corps de la page numéro un avec une phrase complète.", 100),
            line(n, f"Page {n} / 3", 810, 8),
        )))
    return pages


def test_running_header_and_page_numbers_are_furniture():
    marked = pdf.pages_to_furniture(three_pages())
    roles = [(l.text, l.role) for p in marked for l in p.lines]
    assert ("Organisation Mondiale – Document CA 5-1", "header") in roles
    assert ("Page 2 / 3", "footer") in roles
    assert all(r == "body" for t, r in roles if t.startswith("Texte"))


@pytest.mark.parametrize("stamp", ["9 | P a g e", "Page 3 / 7", "12", "- 4 -", "Página 2 de 5"])
def test_page_number_stamps_are_furniture_even_on_one_page(stamp):
    p = Page(number=1, width=595, height=842, lines=(line(1, "Corps du texte.", 300),
                                                     line(1, stamp, 815, 8)))
    assert pdf.pages_to_furniture([p])[0].lines[1].role == "footer"


def test_text_in_the_margin_that_does_not_repeat_stays_body():
    p = Page(number=1, width=595, height=842, lines=(line(1, "Rapport annuel du Conseil", 30),))
    assert pdf.pages_to_furniture([p])[0].lines[0].role == "body"


def _text(*texts):
    lines = tuple(line(1, t, 100 + 14 * i) for i, t in enumerate(texts))
    page = Page(number=1, width=595, height=842, lines=lines)
    return pdf.pages_to_text([page], "fr")[0]


def test_end_of_line_hyphen_is_mended_but_names_and_compounds_stay_whole():
    text = " ".join(_text("La commission d'adminis-", "tration a siégé avec les Vice-",
                 "Présidents et Mme Béatrice BRETON-", "ASKAR ainsi que Jean-", "François.").split())
    assert "administration a siégé" in text
    assert "Vice-Présidents" in text
    assert "BRETON-ASKAR" in text
    assert "Jean-François ." in text


def test_hyphenated_word_seen_elsewhere_keeps_its_hyphen():
    text = _text("Une approche multi-acteurs est retenue pour les coalitions multi-",
                 "acteurs de la région.")
    assert text.count("multi-acteurs") == 2


def test_headings_from_bold_short_lines_but_not_table_rows_or_sentences():
    lines = (line(1, "Budget 2022", 100, bold=True),
             line(1, "Le Conseil a validé le budget proposé par le Secrétariat.", 120),
             line(1, "Fondations 2 1", 140, bold=True),
             line(1, "Une phrase en gras qui se termine par un point.", 160, bold=True),
             line(1, "Conclusions", 190, size=12))
    marked = pdf.pages_to_headings([Page(number=1, width=595, height=842, lines=lines)])[0]
    assert [l.text for l in marked.lines if l.role == "heading"] == ["Budget 2022", "Conclusions"]


def test_sections_span_their_text_and_map_to_pages():
    p1 = Page(number=1, width=595, height=842, lines=(
        line(1, "Ouverture", 100, size=12, bold=True), line(1, "La séance est ouverte.", 130)))
    p2 = Page(number=2, width=595, height=842, lines=(
        line(2, "Budget 2022", 100, size=12, bold=True), line(2, "Le budget est adopté.", 130)))
    doc = pdf.pages_to_document("d", "f.pdf", [p1, p2])
    assert [s.heading for s in doc.sections] == ["Ouverture", "Budget 2022"]
    assert doc.sections[1].page == 2
    assert doc.page_at(doc.text.index("Le budget")) == 2
    assert doc.section_at(doc.text.index("La séance")).heading == "Ouverture"


def test_words_are_grouped_into_lines_in_reading_order():
    words = [dict(text="monde", x0=120, x1=160, top=100.5, bottom=110, size=10, fontname="A"),
             dict(text="Bonjour", x0=50, x1=110, top=100, bottom=110, size=10, fontname="A"),
             dict(text="Suite", x0=50, x1=90, top=120, bottom=130, size=10, fontname="A-Bold")]
    lines = pdf.words_to_lines(words, 1)
    assert [l.text for l in lines] == ["Bonjour monde", "Suite"]
    assert lines[1].bold and not lines[0].bold


# ----------------------------------------------------------------- real PDFs


def test_seed_report_pdf_reads_cleanly(seed_pdf):
    doc = pdf.read_pdf(seed_pdf)
    assert len(doc.pages) >= 8
    assert not re.search(r"\d+ \| P a g e", doc.text), "page footers leaked into the body"
    assert "Initiative 4 pour 1000 – Consortium" not in doc.text
    assert {"header", "footer"} <= {l.role for l in doc.furniture}
    for name in ("BRETON-ASKAR", "Jean-François SOUSSANA", "Vice-Présidents"):
        assert name in doc.text
    headings = [s.heading for s in doc.sections]
    assert "Ouverture" in headings and "Feuille de route 2022" in headings
    # Reading order: the opening comes before the closing.
    assert doc.text.index("Ouverture") < doc.text.index("Clôture du Consortium")
    # Every page's text maps back to that page.
    for phrase in ("Clôture du Consortium", "Le Consortium a validé le budget 2022", "Ouverture"):
        page = doc.pages[doc.page_at(doc.text.index(phrase)) - 1]
        assert any(phrase in l.text for l in page.lines), phrase


@pytest.mark.parametrize("name,reason", [
    ("empty.pdf", "empty file"),
    ("notes.pdf", "not a PDF: no %PDF header"),
    ("locked.pdf", "encrypted: a password is required"),
    ("truncated.pdf", None),
])
def test_bad_inputs_give_one_line_reasons(bad_inputs, name, reason):
    path = bad_inputs / name
    try:
        doc = pdf.read_pdf(path)
    except InputError as exc:
        msg = str(exc)
        assert "\n" not in msg and len(msg) < 300
        if reason:
            assert msg.startswith(reason)
    else:
        # A truncated file may still yield its first pages (pdfminer recovers):
        # then it must have fewer pages than the whole report.
        assert name == "truncated.pdf" and len(doc.pages) >= 1


def test_a_short_bold_sentence_is_not_a_heading():
    lines = (line(1, "Feuille de route 2022", 100, bold=True),
             line(1, "La Feuille de route 2021 a été adoptée", 130, bold=True),
             line(1, "The budget was approved", 160, bold=True),
             line(1, "Budget 2021", 190, bold=True))
    marked = pdf.pages_to_headings([Page(number=1, width=595, height=842, lines=lines)])[0]
    assert [l.text for l in marked.lines if l.role == "heading"] == ["Feuille de route 2022", "Budget 2021"]


def test_numbered_agenda_items_set_bold_are_headings_and_wrap():
    """"4. Audited accounts for the year ended 31 December" / "2023", bold: one heading;
    a numbered line in body type and a bullet stay body text."""
    lines = (line(1, "4. Audited accounts for the year ended 31 December", 100, bold=True),
             line(1, "2023", 112, bold=True),
             line(1, "The accounts were presented by the Treasurer.", 140),
             line(1, "5. Any other business", 170, bold=True),
             line(1, "1. a numbered point in body type", 200),
             line(1, "- Budget 2024", 220, bold=True))
    doc = pdf.pages_to_document("d", "f.pdf", [Page(number=1, width=595, height=842, lines=lines)])
    assert [s.heading for s in doc.sections] == [
        "4. Audited accounts for the year ended 31 December 2023", "5. Any other business"]


# ------------------------------------------------- issue 14: real layouts (invented)


def _headings(lines, tables=()):
    page = Page(number=1, width=595, height=842, lines=tuple(lines), tables=tuple(tables))
    return [l.text for l in pdf.pages_to_headings([page])[0].lines if l.role == "heading"]


def test_bold_numbered_items_are_sections_even_ending_with_a_period():
    """Items "I ... ." set bold close the "Ordre du jour :" section; the agenda list in
    body type under it stays text, so what is said under item II is in item II."""
    lines = (line(1, "Ordre du jour :", 100, bold=True),
             line(1, "I Convention de déneigement.", 116),
             line(1, "II Tarifs de la salle.", 129),
             line(1, "I Convention de déneigement .", 170, bold=True),
             line(1, "La convention est reconduite.", 186),
             line(1, "II Tarifs de la salle .", 215, bold=True),
             line(1, "M. Roy présente les tarifs.", 231))
    doc = pdf.pages_to_document("d", "f.pdf", [Page(number=1, width=595, height=842, lines=lines)])
    assert [s.heading for s in doc.sections] == [
        "Ordre du jour :", "I Convention de déneigement .", "II Tarifs de la salle ."]
    assert doc.section_at(doc.text.index("M. Roy")).heading == "II Tarifs de la salle ."


def test_items_in_body_type_standing_apart_are_headings():
    """Body type, a paragraph gap above and below: "Point n° 3 :", "Délibération
    2023-04", a line in capitals; the first line of a numbered paragraph is not one."""
    def para(top, *texts):
        return tuple(line(1, t, top + 12 * k) for k, t in enumerate(texts))
    lines = (para(100, "Point n° 3 : Budget 2024")
             + para(130, "Le budget est présenté par la trésorière,", "qui répond aux questions",
                    "des membres du conseil sur les dépenses", "de fonctionnement et d'investissement.")
             + para(196, "Délibération 2023-04 : tarifs de la cantine")
             + para(226, "Les tarifs sont reconduits pour l'année", "scolaire qui vient, sans",
                    "changement pour les familles.")
             + para(280, "QUESTIONS DIVERSES")
             + para(310, "Aucune question n'est posée par les", "membres présents ce soir.")
             + para(352, "4.- El Tesorero informó sobre el balance del", "ejercicio, que se aprueba.",
                    "Sin observaciones de los vocales."))
    assert _headings(lines) == ["Point n° 3 : Budget 2024", "Délibération 2023-04 : tarifs de la cantine",
                                "QUESTIONS DIVERSES"]


def test_vote_lists_fields_speech_turns_and_table_cells_are_not_headings():
    lines = (line(1, "Yeas", 100, bold=True),
             line(1, "Councillors Lee, Ortiz.", 120),
             line(1, "Nays", 140, bold=True),
             line(1, "Councillor Dunn: Five", 160, bold=True),
             line(1, "RESULT: APPROVED [UNANIMOUS]", 180, bold=True),
             line(1, "Item 4 - Budget 2025", 200, bold=True),
             line(1, "Attendee Name Title Status", 300, bold=True, x0=60))
    table = RawTable(page=1, bbox=(50.0, 290.0, 520.0, 400.0), rows=(("a", "b"),))
    assert _headings(lines, [table]) == ["Item 4 - Budget 2025"]


def test_a_numbered_line_under_a_heading_starts_a_new_item():
    lines = (line(1, "1/ Forêt :", 100, bold=True), line(1, "2/ Voirie :", 112, bold=True),
             line(1, "Le débat est ouvert.", 140))
    doc = pdf.pages_to_document("d", "f.pdf", [Page(number=1, width=595, height=842, lines=lines)])
    assert [s.heading for s in doc.sections] == ["1/ Forêt :", "2/ Voirie :"]
