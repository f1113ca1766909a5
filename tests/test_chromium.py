"""corpus/chromium.py, the Chromium printer shared by the written held-out sets 4 and 5:
the markup -> HTML step, the pikepdf finishing each set chooses as data, and the
determinism pass; none of these tests needs Chromium."""
import io
from types import SimpleNamespace

import pytest

from corpus import chromium
from corpus.heldout.markup import BuildError


def test_inline_html_bolds_escapes_and_glues_amounts():
    out, plain, spans = chromium.inline_html("**Résolution :** ⟦A:5000:EUR|5 000 €⟧ & plus\nFin")
    assert out == "<b>Résolution :</b> 5&nbsp;000&nbsp;€ &amp; plus<br>Fin"
    assert plain == "Résolution : 5 000 € & plus\nFin"
    assert [(sp.kind, sp.text) for sp in spans] == [("A", "5 000 €")]


def test_block_constructors_fill_the_one_record():
    assert chromium.p("Se aprueba.", "dec", "Art. 1").label == "Art. 1"
    b = chromium.table(["Item", "Total"], [["a", "1"], ["Total", "1"]],
                       caption="Budget", sum_cols=[1])
    assert (b.kind, b.caption, b.sum_cols, b.cls) == ("table", "Budget", [1], "")
    assert chromium.cols("Proposed: A", "Seconded: B").right == "Seconded: B"


def a_pdf() -> bytes:
    """A one-page PDF with an XMP packet and a print time, as Chromium leaves them."""
    pikepdf = pytest.importorskip("pikepdf")
    pdf = pikepdf.new()
    pdf.add_blank_page()
    pdf.docinfo["/CreationDate"] = "D:20991231235959Z"
    with pdf.open_metadata() as meta:
        meta["dc:title"] = "printed now"
    buf = io.BytesIO()
    pdf.save(buf)
    return buf.getvalue()


def test_finished_applies_the_sets_choices_and_is_reproducible():
    pikepdf = pytest.importorskip("pikepdf")
    fin = chromium.PdfFinish(info=(("/CreationDate", "D:20250304093000Z"),
                                   ("/Producer", "test")), drop_xmp=True)
    data = chromium.finished(a_pdf(), fin)
    assert data == chromium.finished(a_pdf(), fin)
    with pikepdf.open(io.BytesIO(data)) as pdf:
        assert str(pdf.docinfo["/CreationDate"]) == "D:20250304093000Z"
        assert "/Metadata" not in pdf.Root
    kept = chromium.finished(a_pdf(), chromium.PdfFinish(static_id=True, flat=True))
    with pikepdf.open(io.BytesIO(kept)) as pdf:
        assert "/Metadata" in pdf.Root


def test_print_checked_prints_again_unless_once():
    calls = []

    def render(rep, producer):
        calls.append(producer)
        return (b"%PDF" + bytes([len(calls)]), "layout")

    rep = SimpleNamespace(name="z9_report_es")
    assert chromium.print_checked(rep, render, "p", once=True)[1] == "layout"
    assert len(calls) == 1
    with pytest.raises(BuildError, match="z9_report_es: printing is not deterministic"):
        chromium.print_checked(rep, render, "p")


def test_table_html_marks_the_total_row_only_when_the_set_asks():
    b = chromium.table(["Concepto", "Monto"], [["Obras", "1.000"], ["Total", "1.000"]],
                       caption="Gastos & obras", sum_cols=[1])
    marked = chromium.table_html(b, mark_total=True)
    assert marked.startswith("<table><caption>Gastos &amp; obras</caption><thead>")
    assert "<tr class=total><td>Total</td>" in marked
    assert "class=total" not in chromium.table_html(b)


def test_html_page_holds_language_title_and_style():
    doc = chromium.html_page("fr", "Conseil & bureau", "p { margin: 0; }", "<p>x</p>", nl="\n")
    assert doc.startswith('<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">')
    assert "<title>Conseil &amp; bureau</title><style>p { margin: 0; }</style>" in doc
    assert doc.endswith("<body>\n<p>x</p>\n</body></html>\n")
