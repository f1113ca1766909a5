"""The seed report's slips are found whatever its layout: its text set by three PDF writers
(fpdf2, matplotlib's PDF backend, PDFium through pypdfium2) with other fonts, line widths
and heading styles (numbered in body type, bold, larger capitals), then read by the whole
chain; and once more with its year titles set as headings above chapters numbered in body
type. The checks must not depend on one rendering (issue 12)."""

from __future__ import annotations

import ctypes
import datetime as dt
import re
import textwrap
from dataclasses import replace
from pathlib import Path

import pytest

from pipeline.text import fold

ROW = re.compile(r"(\s(\d[\d ]*|-))+\s*$")
YEAR_TITLE = re.compile(r"^[^\W\d][^\d]*\s(?:19|20)\d\d$")     # "Feuille de route 2022", "Budget 2021"


def _fonts() -> Path:
    import matplotlib
    return Path(matplotlib.get_data_path()) / "fonts" / "ttf"


def _heading(lines: list[str], i: int, titles: bool = False) -> bool:
    """A short line standing alone that does not end like a sentence (as the seed's are);
    with ``titles``, a subject and its year too ("Feuille de route 2022"), else a row."""
    t = lines[i].strip()
    alone = (i == 0 or not lines[i - 1].strip()) and (i + 1 >= len(lines) or not lines[i + 1].strip())
    return (alone and 0 < len(t.split()) <= 6 and not re.search(r"[.;,:]$", t) and t[:1].isupper()
            and not t.startswith(("http", "-", "▪")) and (not ROW.search(t) or titles and YEAR_TITLE.match(t)))


def blocks(text: str, titles: bool = False) -> list[tuple[str, str]]:
    """The seed as (kind, text): headings, table rows, and paragraphs joined on one line
    (so each writer wraps them at its own width); ``titles``: see ``_heading``."""
    lines, out, para = text.split("\n"), [], []
    def flush():
        if para:
            out.append(("para", " ".join(para)))
            para.clear()
    for i, raw in enumerate(lines):
        t = raw.strip()
        heading = _heading(lines, i, titles)
        if not t or heading or (ROW.search(t) and len(t) < 70) or t.startswith(("-", "▪")):
            flush()
        if not t:
            continue
        if heading:
            out.append(("heading", t))
        elif ROW.search(t) and len(t) < 70:
            out.append(("row", t))
        else:
            para.append(t)
    flush()
    return out


def numbered_body_type(text: str, out: Path) -> Path:
    """fpdf2, DejaVu Serif 9 pt justified on wide lines; headings numbered "3." in body
    type, neither bold nor larger: only the text shows they are headings."""
    from fpdf import FPDF
    pdf = FPDF(format="A4")
    pdf.set_creation_date(dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc))
    pdf.add_font("Serif", "", str(_fonts() / "DejaVuSerif.ttf"))
    pdf.set_margins(18, 20, 18)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    pdf.set_font("Serif", "", 9)
    n = 0
    for kind, t in blocks(text):
        if kind == "heading":
            n += 1
            t = f"{n}. {t}"
        pdf.multi_cell(0, 4.4, t, new_x="LMARGIN", new_y="NEXT", align="J" if kind == "para" else "L")
        pdf.ln(2)
    pdf.output(str(out))
    return out


def bold_narrow(text: str, out: Path) -> Path:
    """matplotlib's PDF backend, STIX 10.5 pt on narrow lines (62 characters), headings
    bold in body size."""
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.backends.backend_pdf import PdfPages
    from matplotlib.font_manager import FontProperties
    regular = FontProperties(fname=str(_fonts() / "STIXGeneral.ttf"), size=10.5)
    bold = FontProperties(fname=str(_fonts() / "STIXGeneralBol.ttf"), size=10.5)
    lines: list[tuple[str, FontProperties]] = []
    for kind, t in blocks(text):
        if kind == "heading":
            lines += [("", regular), (t, bold), ("", regular)]
        else:
            lines += [(x, regular) for x in (textwrap.wrap(t, 62) if kind == "para" else [t])] + [("", regular)]
    per_page = 52
    with matplotlib.rc_context({"pdf.fonttype": 42}), \
            PdfPages(out, metadata={"CreationDate": dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc)}) as pdf:
        for p in range(0, len(lines), per_page):
            fig = plt.figure(figsize=(8.27, 11.69))
            for k, (t, font) in enumerate(lines[p:p + per_page]):
                fig.text(0.16, 0.94 - k / 58, t, fontproperties=font)
            pdf.savefig(fig)
            plt.close(fig)
    return out


def large_capitals(text: str, out: Path, titles: bool = False) -> Path:
    """PDFium (pypdfium2's raw API), DejaVu Sans 8.5 pt on 96-character lines; headings
    numbered, 12.5 pt bold, in capitals (``titles``: the year titles as well)."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw
    doc = pdfium.PdfDocument.new()
    keep = []
    def font(name: str):
        data = (_fonts() / name).read_bytes()
        buf = (ctypes.c_uint8 * len(data)).from_buffer_copy(data)
        keep.append(buf)
        return raw.FPDFText_LoadFont(doc.raw, buf, len(data), raw.FPDF_FONT_TRUETYPE, True)
    regular, bold = font("DejaVuSans.ttf"), font("DejaVuSans-Bold.ttf")
    items, n = [], 0
    for kind, t in blocks(text, titles):
        if kind == "heading":
            n += 1
            items += [("", regular, 8.0), (f"{n}. {t.upper()}", bold, 12.5)]
        else:
            items += [(x, regular, 8.5) for x in (textwrap.wrap(t, 96) if kind == "para" else [t])]
            items.append(("", regular, 4.0))
    page, y = None, 0.0
    for t, f, size in items:
        if page is None or y - size * 1.35 < 60:
            if page is not None:
                raw.FPDFPage_GenerateContent(page.raw)
            page, y = doc.new_page(595, 842), 782.0
        y -= size * 1.35
        if t:
            obj = raw.FPDFPageObj_CreateTextObj(doc.raw, f, size)
            encoded = (t + "\0").encode("utf-16-le")
            raw.FPDFText_SetText(obj, (ctypes.c_ushort * (len(encoded) // 2)).from_buffer_copy(encoded))
            raw.FPDFPageObj_Transform(obj, 1, 0, 0, 1, 56, y)
            raw.FPDFPage_InsertObject(page.raw, obj)
    raw.FPDFPage_GenerateContent(page.raw)
    doc.save(str(out))
    return out


LAYOUTS = {"fpdf2, numbered headings in body type": numbered_body_type,
           "matplotlib, bold headings, narrow lines": bold_narrow,
           "pdfium, large capital headings": large_capitals}


@pytest.fixture(scope="module")
def read(seed_text, tmp_path_factory):
    """Each layout's PDF read by the whole chain: (Document, Extraction)."""
    from extractors import chain as stages
    from extractors import pdf
    from pipeline.settings import Settings
    folder, settings, out = tmp_path_factory.mktemp("layouts"), Settings(), {}
    for i, (name, write) in enumerate(LAYOUTS.items()):
        path = write(seed_text, folder / f"seed_layout_{i}.pdf")
        data = path.read_bytes()
        out[name] = (pdf.bytes_to_document(data, path.name, settings),
                     stages.bytes_to_extraction(data, path, settings))
    return out


@pytest.fixture(scope="module")
def titled(seed_text, tmp_path_factory):
    """The seed set by PDFium with its year titles ("Feuille de route 2022") as large
    headings too, above the roadmap's chapters numbered in body type."""
    from extractors import chain as stages
    from extractors import pdf
    from pipeline.settings import Settings
    path = large_capitals(seed_text, tmp_path_factory.mktemp("titled") / "seed_titled.pdf", titles=True)
    data, settings = path.read_bytes(), Settings()
    return pdf.bytes_to_document(data, path.name, settings), stages.bytes_to_extraction(data, path, settings)


def _hay(flag) -> str:
    return fold(flag.message + " " + " ".join(e.quote for e in flag.evidence))


def test_the_layouts_differ(read):
    """Three writers wrap the same paragraph at three places, and one of them sets its
    headings so that the typography does not mark them."""
    lines = {next(x for x in doc.text.split("\n") if "Au total pour" in x) for doc, _ in read.values()}
    assert len(lines) == 3
    unmarked = read["fpdf2, numbered headings in body type"][0]
    assert not any("feuille de route 2022" in fold(s.heading) for s in unmarked.sections)


@pytest.mark.shared
@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_the_seed_s_slips_are_found_in_every_layout(read, layout):
    _slips_found(*read[layout])


@pytest.mark.shared
def test_a_titled_heading_governs_its_numbered_sub_items(titled):
    """"7. FEUILLE DE ROUTE 2022" in large type holds the chapters numbered afresh in body
    type ("1. Core Facility I"), so its 2021 slip after the last chapter is still found."""
    doc, ex = titled
    roadmap = next(s for s in doc.sections if "feuille de route 2022" in fold(s.heading))
    items = [s for s in doc.sections if fold("Core Facility") in fold(s.heading)]
    assert len(items) == 6 and all(roadmap.start < s.start < roadmap.end and s.level > roadmap.level
                                   for s in items)
    _slips_found(doc, ex)


def _slips_found(doc, ex) -> None:
    """The seed's planted slips are flagged, and none of its consistent facts."""
    flags = ex.flags
    years = [f for f in flags if f.kind == "year_mismatch"]
    assert any(all(fold(w) in _hay(f) for w in ("Total 2020", "pour 2021")) for f in years)
    assert any(all(fold(w) in _hay(f) for w in ("Feuille de route 2021", "Feuille de route 2022")) for f in years)
    assert any(fold("budget prévisionnel pour 2023") in _hay(f) for f in years)
    assert any(f.kind == "chair_mismatch" and "le foll" in _hay(f) and "bastien" in _hay(f) for f in flags)
    if "Comité Scientifique et Technique" in doc.text:     # the expansion is legible in this text
        assert any(f.kind == "acronym_mismatch" for f in flags)
    for consistent in ("107", "955 k€", "970 000", "mercredi 16 novembre 2022", "Plan stratégique 2050",
                       "cibles 2030", "horizon"):
        assert not any(fold(consistent) in " ".join(fold(e.quote) for e in f.evidence) for f in flags), consistent
    for f in flags:
        assert f"p. {f.evidence[0].page}" in f.message and all("\n" not in e.quote for e in f.evidence)


# ------------------------------------------- headings nested by their numbering

NESTED = {
    "fr": ("Ouverture", "La séance est ouverte à 10 h.", "Budget 2024", "Le trésorier présente le budget.",
           "Fonctionnement", "Les charges de personnel augmentent.", "Investissement",
           "Deux véhicules seront achetés.", "Le budget {y} est adopté à l'unanimité.", "Questions diverses"),
    "en": ("Opening", "The meeting was opened at 10 am.", "Budget 2024", "The Treasurer presented the budget.",
           "Running costs", "Staff costs are rising.", "Investment", "Two vehicles will be bought.",
           "The {y} budget was adopted unanimously.", "Any other business"),
    "es": ("Apertura", "Se abre la sesión a las 10 h.", "Presupuesto 2024", "El tesorero presenta el presupuesto.",
           "Funcionamiento", "Los gastos de personal aumentan.", "Inversiones", "Se comprarán dos vehículos.",
           "Se aprueba el presupuesto {y} por unanimidad.", "Ruegos y preguntas"),
}


def _nested_pdf(lang: str, year: int, out: Path):
    """A report whose "2. Budget 2024" holds two sub-items numbered afresh ("1.", "2."),
    every heading set alike (bold, body size), the budget adopted after the last one."""
    from corpus.text_pdf import text_to_pdf
    from extractors import pdf
    from pipeline.settings import Settings
    o, opened, b, intro, s1, t1, s2, t2, adopted, last = NESTED[lang]
    para = lambda t: "\n".join([t] * 5)        # noqa: E731  (paragraphs of lines set close)
    text = (f"1. {o}\n\n{para(opened)}\n\n2. {b}\n\n{para(intro)}\n\n1. {s1}\n\n{para(t1)}\n\n"
            f"2. {s2}\n\n{para(t2)}\n\n{adopted.format(y=year)}\n\n3. {last}\n\n{para(opened)}\n")
    path = text_to_pdf(text, out)
    doc = pdf.bytes_to_document(path.read_bytes(), path.name, Settings())
    return replace(doc, language=lang)


@pytest.mark.parametrize("lang", list(NESTED))
def test_a_heading_governs_the_sub_items_numbered_afresh_under_it(tmp_path, lang):
    """The sub-items nest (one level down) and "3." closes the budget's section, so a
    budget adopted with another year after the last sub-item is a slip, and with the
    heading's year it is not."""
    from pipeline.checks import year_mismatch
    from pipeline.records import DocumentInfo, Extraction
    for year, slips in ((2023, 1), (2024, 0)):
        doc = _nested_pdf(lang, year, tmp_path / f"{lang}{year}.pdf")
        top, budget, *subs, last = doc.sections
        assert [s.level for s in doc.sections] == [1, 1, 2, 2, 1]
        assert budget.end == last.start and all(budget.start < s.start < s.end <= budget.end for s in subs)
        info = DocumentInfo(doc_id=doc.doc_id, file_name=doc.file_name, path=doc.file_name,
                            pages=len(doc.pages), language=lang, status="ok")
        flags = year_mismatch(doc, Extraction(info=info))
        assert len(flags) == slips and all(str(year) in f.message and "2024" in f.message for f in flags)


def test_a_list_numbered_again_from_one_is_not_nested(tmp_path):
    """The agenda's items listed, then the same items discussed: both lists stay at one
    level (the first list never goes on after the second begins)."""
    from corpus.text_pdf import text_to_pdf
    from extractors import pdf
    from pipeline.settings import Settings
    items = ["Ouverture", "Budget 2024", "Questions diverses"]
    agenda = "\n\n".join(f"{i}. {t}" for i, t in enumerate(items, 1))
    body = "\n\n".join(f"{i}. {t}\n\n" + "\n".join(["Le point est examiné."] * 5) for i, t in enumerate(items, 1))
    path = text_to_pdf(f"Ordre du jour\n\n{agenda}\n\n{body}\n", tmp_path / "agenda.pdf")
    doc = pdf.bytes_to_document(path.read_bytes(), path.name, Settings())
    numbered = [s for s in doc.sections if s.heading[:1].isdigit()]
    assert len(numbered) == 6 and len({s.level for s in numbered}) == 1
