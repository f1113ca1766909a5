"""corpus/heldout_written4/ is what corpus/build_heldout_written4.py makes. The fpdf2 reports
are rebuilt byte for byte; the Chromium reports (no Chromium needed, and it is slow) have
their gold re-derived from their markup and the committed PDF (pages read back with
pdfplumber) and compared with the committed gold, every gold string on its page."""
import json
from pathlib import Path

import pytest

pytest.importorskip("pdfplumber")
pytest.importorskip("fpdf")

from corpus import build_heldout_written4 as hw4                      # noqa: E402
from corpus.chromium import chromium                                  # noqa: E402
from corpus.heldout.gold import make_gold                             # noqa: E402
from corpus.written4 import html                                      # noqa: E402


def committed(name: str) -> tuple[bytes, dict]:
    gold = json.loads((hw4.OUT / f"{name}.gold.json").read_text(encoding="utf-8"))
    return (hw4.OUT / f"{name}.pdf").read_bytes(), gold


def test_drawn_reports_rebuild_byte_identical():
    for rep in hw4.reports():
        if isinstance(rep, html.HReport):
            continue
        data, gold, _, bad = hw4.build_drawn(rep, False, once=True)
        assert bad == []
        assert (data, gold) == committed(rep.name)


def test_chromium_reports_gold_comes_from_markup_and_committed_pdf():
    seen = 0
    for rep in hw4.reports():
        if not isinstance(rep, html.HReport):
            continue
        data, gold = committed(rep.name)
        _, lay, order = html.to_html(rep)
        texts = html.read_pages(data)
        assert html.place(lay, order, texts[0]) == []
        assert make_gold(rep, lay, hw4.CURRENCIES) == gold
        assert hw4.verify_html(rep, lay, texts, gold) == []
        seen += 1
    assert seen == 2


def test_every_report_has_its_planted_slips_and_look_alikes():
    for rep in hw4.reports():
        _, gold = committed(rep.name)
        assert 1 <= len(gold["flags"]) == len(rep.flags) <= 2 and rep.slips
        assert 3 <= len(gold["not_flags"]) <= 7
        assert 5 <= len(gold["decisions"]) <= 9


def test_the_print_time_is_replaced_by_the_report_date():
    pikepdf = pytest.importorskip("pikepdf")
    rep = next(r for r in hw4.reports() if isinstance(r, html.HReport))
    with pikepdf.open(hw4.OUT / f"{rep.name}.pdf") as pdf:
        assert str(pdf.docinfo["/CreationDate"]) == rep.created.strftime("D:%Y%m%d%H%M%SZ")
        assert str(pdf.docinfo["/Producer"]) == hw4.PRODUCER


def test_markup_becomes_html_with_no_break_spaces_in_amounts():
    texts, order = [], []
    out = html.inline("**Moved:** pay ⟦A:5:EUR|€ 5⟧ now", texts, order)
    assert out == "<b>Moved:</b> pay €&nbsp;5 now"
    assert texts[0][0] == "Moved: pay € 5 now" and order[0].kind == "A"


def test_readme_lists_every_report():
    text = (hw4.OUT / "README.md").read_text(encoding="utf-8")
    assert all(f"`{r.name}.pdf`" in text for r in hw4.reports())


def test_build_writes_nothing_when_a_report_fails(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(hw4, "build_one", lambda rep, show, once=False: (b"", None, 0, ["bad"]))
    assert hw4.main([], out=tmp_path / "out") == 1
    assert not (tmp_path / "out").exists()


@pytest.mark.slow
@pytest.mark.skipif(chromium() is None, reason="chromium is not installed")
def test_chromium_reports_reprint_byte_identical():
    """Printed again (the same Chromium as the committed files: Skia's output may differ
    between versions), the HTML reports give the committed bytes and gold."""
    for rep in hw4.reports():
        if isinstance(rep, html.HReport):
            data, gold, _, bad = hw4.build_html(rep, False, once=True)
            assert bad == []
            assert (data, gold) == committed(rep.name)
