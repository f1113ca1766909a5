"""OCR of scanned pages: image-only PDFs built at test time, real scanned Spanish actas,
the corpus report whose last page is a scan, and the reasons given when OCR cannot run."""

from __future__ import annotations

import io
import sys
import time
from pathlib import Path

import pytest

from extractors import ocr
from pipeline.errors import InputError
from pipeline.lexicon import SUPPORTED, words
from pipeline.records import Line, Page
from pipeline.settings import Settings
from pipeline.text import fold

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SCANNED_ES = SHARED / "external" / "minutes" / "es"
CORPUS = ROOT / "corpus"

needs_ocr = pytest.mark.skipif(ocr.ocr_available() is not None,
                               reason=f"OCR unavailable: {ocr.ocr_available()} (run make system-deps)")

FR = ["Le Conseil décide d'approuver le budget de l'année.",
      "Les membres présents remercient la secrétaire générale."]
EN = ["The Board approved the annual budget without amendment.",
      "Members thanked the Secretary for the report."]
ES = ["El Consejo aprobó el presupuesto anual por unanimidad.",
      "La Secretaría presentó el informe de actividades."]
TEXT_PAGE = "Minutes of the meeting held in Geneva"


# ------------------------------------------------------------------ fixtures


def _font() -> str:
    import matplotlib
    return str(Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf")


def _scan(lines: list[str], dpi: int = 200):
    """An A4 page image of ``lines`` as a scanner would give it (black on white)."""
    from PIL import Image, ImageDraw, ImageFont
    width, height = int(8.27 * dpi), int(11.69 * dpi)
    image = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(_font(), size=int(dpi * 12 / 72))  # 12 pt
    y = dpi
    for line in lines:
        draw.text((dpi, y), line, font=font, fill=0)
        y += int(dpi * 0.35)
    return image


@pytest.fixture(scope="module")
def mixed_pdf() -> bytes:
    """Page 1 has a real text layer; pages 2-4 are images of French, English, Spanish."""
    from fpdf import FPDF
    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", "", _font())
    pdf.add_page()
    pdf.set_font("DejaVu", "", 12)
    pdf.cell(0, 10, TEXT_PAGE)
    for lines in (FR, EN, ES):
        pdf.add_page()
        pdf.image(_scan(lines), x=0, y=0, w=210, h=297)
    return bytes(pdf.output())


def _page_texts(data: bytes) -> list[str]:
    import pdfplumber
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


def _page_chars(data: bytes) -> list[int]:
    import pdfplumber
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [len(page.chars) for page in pdf.pages]


# ------------------------------------------------------------------ language


def test_every_language_names_its_tesseract_pack():
    codes = {lang: words(lang, "ocr", "tesseract") for lang in SUPPORTED}
    assert codes == {"fr": "fra", "en": "eng", "es": "spa"}
    assert ocr.all_tesseract_codes() == ("eng", "fra", "spa")


def test_language_mapping_known_and_unknown(monkeypatch):
    monkeypatch.setattr(ocr, "tesseract_languages", lambda: frozenset({"eng", "fra", "spa", "osd"}))
    assert ocr.language_to_tesseract("fr") == ("fra",)
    assert ocr.language_to_tesseract("es") == ("spa",)
    assert ocr.language_to_tesseract(None) == ("eng", "fra", "spa")
    assert ocr.language_to_tesseract("de") == ("eng", "fra", "spa")


def test_language_mapping_falls_back_to_installed_packs(monkeypatch):
    monkeypatch.setattr(ocr, "tesseract_languages", lambda: frozenset({"eng", "osd"}))
    assert ocr.language_to_tesseract("es") == ("eng",)
    assert ocr.language_to_tesseract(None) == ("eng",)


# --------------------------------------------------------------- unavailable


@pytest.fixture
def fresh_availability():
    """ocr_available is cached per process: clear it around tests that fake the system."""
    ocr.ocr_available.cache_clear()
    yield
    ocr.ocr_available.cache_clear()


def test_missing_tesseract_is_a_one_line_reason(monkeypatch, fresh_availability):
    monkeypatch.setattr(ocr.shutil, "which", lambda name: None)
    reason = ocr.ocr_available()
    assert reason is not None and "tesseract" in reason and "\n" not in reason
    with pytest.raises(InputError) as err:
        ocr.ocr_pdf_bytes(b"%PDF-1.4", [1], "fr", 10)
    assert err.value.kind == "ocr_failed"
    assert str(err.value) == f"OCR failed: {reason}"


def test_missing_ocrmypdf_is_a_one_line_reason(monkeypatch, fresh_availability):
    monkeypatch.setitem(sys.modules, "ocrmypdf", None)  # import now raises ImportError
    assert ocr.ocr_available() == "ocrmypdf is not installed"
    with pytest.raises(InputError, match=r"^OCR failed: ocrmypdf is not installed$"):
        ocr.ocr_pdf_bytes(b"%PDF-1.4", [2], None, 10)


def test_missing_language_packs_is_a_reason(monkeypatch, fresh_availability):
    monkeypatch.setattr(ocr.shutil, "which", lambda name: "/usr/bin/" + name)
    monkeypatch.setattr(ocr, "tesseract_languages", lambda: frozenset({"osd"}))
    reason = ocr.ocr_available()
    assert reason is not None and "eng/fra/spa" in reason


def test_missing_text_does_nothing_when_every_page_has_text_or_ocr_is_off(monkeypatch):
    def boom(*args, **kwargs):
        raise AssertionError("OCR must not run")
    monkeypatch.setattr(ocr, "ocr_pdf_bytes", boom)
    texty = [Page(number=1, width=595, height=842), Page(number=2, width=595, height=842)]
    assert ocr.ocr_missing_text(b"%PDF-", texty, "fr", Settings()) is None
    scanned = [Page(number=1, width=595, height=842, has_text_layer=False)]
    assert ocr.ocr_missing_text(b"%PDF-", scanned, "fr", Settings(ocr=False)) is None


def _typed(number: int, text: str) -> Page:
    lines = tuple(_line(number, chunk, 10) for chunk in text.split(". "))
    return Page(number=number, width=595, height=842, lines=lines)


def test_missing_text_reads_scans_in_the_language_of_the_typed_pages(monkeypatch):
    calls = []
    monkeypatch.setattr(ocr, "ocr_pdf_bytes",
                        lambda data, pages, lang, timeout_s: calls.append((pages, lang)) or b"new")
    scan = Page(number=2, width=595, height=842, has_text_layer=False)
    spanish = _typed(1, " ".join(ES * 3) + " La sesión se levantó a las doce y el acta fue "
                     "firmada por la presidenta y el secretario del consejo de administración.")
    english = _typed(1, " ".join(EN * 3) + " The meeting was closed at noon and the minutes "
                     "were signed by the chair and the secretary of the board of trustees.")
    short = _typed(1, "Minutes")
    for first, want in ((spanish, "es"), (english, "en"), (short, None)):
        calls.clear()
        ocr.ocr_missing_text(b"%PDF-", [first, scan], None, Settings())
        assert calls == [([2], want)], first.lines[0].text
    calls.clear()
    ocr.ocr_missing_text(b"%PDF-", [english, scan], "fr", Settings())  # an explicit language wins
    assert calls == [([2], "fr")]


def test_missing_text_asks_for_exactly_the_pages_without_text(monkeypatch):
    calls = []
    monkeypatch.setattr(ocr, "ocr_pdf_bytes",
                        lambda data, pages, lang, timeout_s: calls.append((pages, lang, timeout_s)) or b"new")
    pages = [Page(number=1, width=595, height=842),
             Page(number=2, width=595, height=842, has_text_layer=False),
             Page(number=3, width=595, height=842),
             Page(number=4, width=595, height=842, has_text_layer=False)]
    out = ocr.ocr_missing_text(b"%PDF-", pages, "es", Settings(ocr_timeout_s=42))
    assert out == b"new" and calls == [([2, 4], "es", 42.0)]


def _line(page: int, text: str, size: float, bold: bool = False) -> Line:
    return Line(page=page, text=text, x0=50, top=100, x1=500, bottom=112, size=size, bold=bold)


def test_ocr_pages_are_marked_and_their_guessed_sizes_evened_to_the_body_size():
    typed = Page(number=1, width=595, height=842, lines=(
        _line(1, "Minutes of the meeting", 14, bold=True),
        _line(1, "The Board met in Geneva on the first day of the session.", 10),
        _line(1, "Members discussed the budget and the work programme at length.", 10)))
    scanned = Page(number=2, width=595, height=842, lines=(
        _line(2, "During the spring thaw, instruments were lost", 11.5, bold=True),
        _line(2, "collapsed. The Committee approves the allocation.", 9.1)))
    out = ocr.mark_ocr_pages([typed, scanned], [2])
    assert out[0] == typed  # pages with their own text layer are untouched
    assert out[1].ocr and [l.size for l in out[1].lines] == [10.0, 10.0]
    assert not any(l.bold for l in out[1].lines)
    assert [l.text for l in out[1].lines] == [l.text for l in scanned.lines]


def test_a_wholly_scanned_report_gets_one_size_from_its_own_lines():
    pages = [Page(number=n, width=595, height=842, lines=(
        _line(n, "Short title", 13), _line(n, "A long line of body text set at the usual size.", 10.6)))
        for n in (1, 2)]
    out = ocr.mark_ocr_pages(pages, [1, 2])
    assert all(p.ocr for p in out)
    assert {l.size for p in out for l in p.lines} == {10.6}


# ------------------------------------------------------------------- real OCR


@needs_ocr
def test_scanned_pages_get_text_in_each_language_and_the_text_page_is_untouched(mixed_pdf):
    before = _page_texts(mixed_pdf)
    assert before[0].strip() == TEXT_PAGE and not any(t.strip() for t in before[1:])
    start = time.perf_counter()
    out = ocr.ocr_pdf_bytes(mixed_pdf, [1, 2, 3, 4], None, 120)  # page 1 has text: skipped
    seconds = time.perf_counter() - start
    after = _page_texts(out)
    assert len(after) == 4
    assert after[0] == before[0] and _page_chars(out)[0] == _page_chars(mixed_pdf)[0]
    fr, en, es = (fold(" ".join(t.split())) for t in after[1:])
    for expected, got in ((FR, fr), (EN, en), (ES, es)):
        for line in expected:
            for word in line.split():
                token = fold(word.strip(".,"))
                if len(token) >= 5:
                    assert token in got, (token, got)
    print(f"\nOCR: {seconds / 3:.2f} s per page (3 image pages, eng+fra+spa)")


@needs_ocr
def test_report_language_keeps_accents(mixed_pdf):
    out = ocr.ocr_pdf_bytes(mixed_pdf, [2], "fr", 60)
    texts = _page_texts(out)
    assert "décide" in texts[1] and "présents" in texts[1] and "générale" in texts[1]
    assert not texts[2].strip() and not texts[3].strip()  # pages not asked for stay images


@needs_ocr
def test_ocr_output_reads_back_through_the_pdf_extractor(mixed_pdf):
    from extractors.pdf import bytes_to_document
    doc_before = bytes_to_document(mixed_pdf, "mixed.pdf", Settings(ocr=False))
    pages = list(doc_before.pages)
    assert [p.has_text_layer for p in pages] == [True, False, False, False]
    out = ocr.ocr_missing_text(mixed_pdf, pages, "es", Settings())
    assert out is not None
    doc = bytes_to_document(out, "mixed.pdf", Settings(ocr=False))
    assert all(p.has_text_layer for p in doc.pages)
    assert "presupuesto anual" in doc.text and doc.page_at(doc.text.index("presupuesto")) == 4
    # How pdf.py re-reads: the same stages over the OCR'd pages, marked.
    from extractors.pdf import bytes_to_pages, pages_to_document
    reread = ocr.mark_ocr_pages(bytes_to_pages(out, Settings()), ocr.pages_without_text(pages))
    assert [p.ocr for p in reread] == [False, True, True, True]
    marked = pages_to_document(doc.doc_id, "mixed.pdf", reread)
    assert "Le Conseil décide" in marked.text
    assert not [l.text for p in marked.pages[1:] for l in p.lines if l.role == "heading"]


@needs_ocr
def test_broken_pdf_is_ocr_failed_in_one_line():
    with pytest.raises(InputError) as err:
        ocr.ocr_pdf_bytes(b"%PDF-1.4\nnot really a pdf", [1], "en", 30)
    message = str(err.value)
    assert err.value.kind == "ocr_failed" and message.startswith("OCR failed: ")
    assert "\n" not in message and "/tmp/" not in message


@needs_ocr
def test_running_out_of_time_on_every_page_is_ocr_failed(mixed_pdf, monkeypatch):
    monkeypatch.setattr(ocr, "_MIN_PAGE_S", 0.0)
    with pytest.raises(InputError, match="took longer than"):
        ocr.ocr_pdf_bytes(mixed_pdf, [2, 3], "en", 0.02)


@needs_ocr
def test_nothing_asked_returns_the_same_bytes(mixed_pdf):
    assert ocr.ocr_pdf_bytes(mixed_pdf, [], "fr", 10) is mixed_pdf


@needs_ocr
def test_corpus_scanned_annex_gives_its_decision_and_amount():
    path = CORPUS / "05_cmo_scientific_committee7_en.pdf"
    if not path.exists():
        pytest.skip(f"{path} is absent")
    data = path.read_bytes()
    before = _page_texts(data)
    out = ocr.ocr_pdf_bytes(data, [4], "en", 60)
    after = _page_texts(out)
    assert after[:3] == before[:3] and not before[3].strip()
    annex = " ".join(after[3].split())
    assert "approves an emergency allocation of EUR 18,400" in annex
    # Re-read as pdf.py will: Tesseract's per-line sizes must not cut a paragraph in two.
    from extractors.pdf import bytes_to_pages, pages_to_document
    pages = ocr.mark_ocr_pages(bytes_to_pages(out, Settings()), [4])
    doc = pages_to_document("05", path.name, pages)
    at = doc.text.index("collapsed")
    assert doc.page_at(at) == 4 and "\n\n" not in doc.text[at - 30:at]
    assert "the Committee\napproves an emergency allocation of EUR 18,400" in doc.text


@needs_ocr
@pytest.mark.shared
@pytest.mark.parametrize("name", ["uaa_2018-02-18_Reunion-ordinaria-scanned.pdf",
                                  "uaa_2020-06-12_Reunion-ordinaria-scanned.pdf"])
def test_scanned_spanish_actas_give_spanish_text(name):
    path = SCANNED_ES / name
    if not path.exists():
        pytest.skip(f"{path} is absent (../shared not available)")
    data = path.read_bytes()
    assert not any(t.strip() for t in _page_texts(data))  # truly image-only
    start = time.perf_counter()
    out = ocr.ocr_pdf_bytes(data, [1], "es", 120)
    seconds = time.perf_counter() - start
    text = fold(_page_texts(out)[0])
    found = {w for w in ("consejo", "reunion", "ordinaria", "acta", "minuta", "orden del dia",
                         "presidente", "secretario") if w in text}
    assert "consejo" in found and len(found) >= 3, found
    print(f"\n{name}: {seconds:.2f} s for page 1")


@needs_ocr
def test_pdf_extractor_ocrs_pages_without_text_and_marks_them(mixed_pdf):
    """The integration: reading a PDF whose pages 2-4 are images OCRs just those pages."""
    from extractors.pdf import bytes_to_document
    doc = bytes_to_document(mixed_pdf, "mixed.pdf", Settings())
    assert [p.ocr for p in doc.pages] == [False, True, True, True]
    assert "presupuesto" in doc.text and doc.page_at(doc.text.index("presupuesto")) == 4


SKEWED = ["Le conseil municipal, réuni sous la présidence du maire, examine le projet de",
          "rénovation du lavoir communal présenté par la commission des travaux et des",
          "bâtiments ; après un long débat sur le coût des travaux et sur leur calendrier,",
          "il décide de solliciter une subvention du département avant de lancer l'appel",
          "d'offres, et charge le maire de réunir les riverains au cours du mois prochain."]


def _justified_turned_scan(lines: list[str], angle: float, dpi: int = 200):
    """A page of justified lines (wide word gaps), turned by ``angle`` degrees as a sheet
    laid a little askew on the scanner."""
    from PIL import Image, ImageDraw, ImageFont
    image = Image.new("L", (int(8.27 * dpi), int(11.69 * dpi)), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(_font().replace("DejaVuSans", "DejaVuSerif"),
                              size=int(dpi * 10.5 / 72))
    y = dpi
    for line in lines:
        words = line.split()
        gap = (dpi * 6.7 - sum(draw.textlength(w, font=font) for w in words)) / (len(words) - 1)
        x = dpi * 0.9
        for word in words:
            draw.text((x, y), word, font=font, fill=0)
            x += draw.textlength(word, font=font) + gap
        y += int(dpi * 0.2)
    return image.rotate(angle, resample=Image.BICUBIC, fillcolor=255)


@needs_ocr
def test_a_page_scanned_askew_reads_back_with_its_lines_in_order():
    """Turned by 0.6°, each justified line used to come back cut in two, the pieces out of
    order ("… examine le projet de\nLe conseil municipal, …"): the reader's line
    tolerance is smaller than the slope; the pieces are joined again."""
    from fpdf import FPDF
    from extractors.pdf import bytes_to_document
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.image(_justified_turned_scan(SKEWED, 0.6), x=0, y=0, w=210, h=297)
    doc = bytes_to_document(bytes(pdf.output()), "askew.pdf", Settings())
    assert fold(" ".join(SKEWED)) in fold(" ".join(doc.text.split())), doc.text


def _piece(text: str, x0: float, top: float, height: float = 11.0) -> Line:
    from pipeline.records import Word
    return Line(page=1, text=text, x0=x0, top=top, x1=x0 + 6.0 * len(text),
                bottom=top + height, size=10.0, bold=False,
                words=tuple(Word(text=w, x0=x0, x1=x0 + 5.0) for w in text.split()))


def test_pieces_of_a_sloping_line_are_joined_left_to_right_and_lines_stay_apart():
    pieces = [_piece("payer la facture de", 300.0, 100.0),       # right end, higher
              _piece("Le conseil décide de", 60.0, 104.0),
              _piece("la commune avant la fin du mois.", 60.0, 118.0)]   # next line
    lines = ocr.rejoin_sloped_lines(pieces)
    assert [l.text for l in lines] == ["Le conseil décide de payer la facture de",
                                       "la commune avant la fin du mois."]
    assert lines[0].x0 == 60.0 and lines[0].top == 100.0
    assert [w.text for w in lines[0].words][:2] == ["Le", "conseil"]
