"""corpus/heldout_written5/ is what corpus/build_heldout_written5.py makes. The fpdf2 reports
are rebuilt byte-identical with identical gold; the two printed by headless Chromium are
rebuilt and compared only in the slow tests and where Chromium is installed (its layout
may differ between versions), but every gold string of theirs is always re-read with
pdfplumber on its page of the committed PDF."""
import json
from pathlib import Path

import pytest

from corpus import build_heldout_written5 as hw5
from corpus.chromium import chromium
from corpus.written5.html import HReport


def committed(rep) -> tuple[bytes, dict]:
    data = (hw5.OUT / f"{rep.name}.pdf").read_bytes()
    return data, json.loads((hw5.OUT / f"{rep.name}.gold.json").read_text(encoding="utf-8"))


def test_every_gold_string_of_the_chromium_reports_is_on_its_page():
    from corpus.heldout.gold import check_gold_on_pages, check_people_dates_sums
    for rep in [r for r in hw5.reports() if isinstance(r, HReport)]:
        data, gold = committed(rep)
        pages, everything = hw5.texts_of(rep, data)
        bad = check_gold_on_pages(hw5.split_cells(gold, rep), pages, everything)
        bad += check_people_dates_sums(rep, everything)
        assert bad == [], rep.name


def test_fpdf_reports_rebuild_byte_identical(monkeypatch):
    """Built with ``--once`` (as a rebuild test does): two fpdf2 passes, no third one for
    determinism (the committed bytes prove it), and every check of the build passes."""
    calls = []
    real = hw5.render3
    monkeypatch.setattr(hw5, "render3", lambda *a: calls.append(a[0].name) or real(*a))
    for rep in hw5.reports():
        if isinstance(rep, HReport):
            continue
        data, gold, _, bad = hw5.build_one(rep, False, once=True)
        assert bad == [] and calls.count(rep.name) == 2, rep.name
        assert (data, gold) == committed(rep), rep.name


@pytest.mark.slow                  # two Chromium runs: ~10 s on a loaded machine
@pytest.mark.skipif(chromium() is None, reason="chromium not installed")
def test_chromium_reports_rebuild_identical(tmp_path: Path):
    from corpus.heldout.gold import make_gold
    for rep in hw5.reports():
        if not isinstance(rep, HReport):
            continue
        data, lay = hw5.render(rep)
        gold = make_gold(rep, lay, hw5.CURRENCIES)
        assert gold == committed(rep)[1], rep.name
        assert data == committed(rep)[0], rep.name


def test_every_report_has_gold_slips_and_look_alikes():
    reps = hw5.reports()
    assert sorted(r.lang for r in reps) == ["es", "es", "fr", "fr"]
    assert sum(isinstance(r, HReport) for r in reps) == 2
    for rep in reps:
        gold = committed(rep)[1]
        assert 1 <= len(gold["flags"]) <= 2 and 3 <= len(gold["not_flags"]) <= 7
        assert 5 <= len(gold["decisions"]) <= 9 and 6 <= len(gold["speakers"]) <= 14


def test_markup_becomes_html_with_bold_runs_and_unbreakable_amounts():
    """The HTML writer keeps the markup's spans for the gold and glues an amount's
    spaces, so Chromium cannot break '$ 5.000' over two lines."""
    from corpus.heldout.render import Layout
    from corpus.written5.html import inline
    lay = Layout()
    out = inline("**Sra. LUNA.-** Pide ⟦A:5000:ARS|$ 5.000⟧ & más.\nFin", lay)
    assert out == "<b>Sra. LUNA.-</b> Pide $&nbsp;5.000 &amp; más.<br>Fin"
    assert [(sp.kind, sp.text) for sp in lay.spans] == [("A", "$ 5.000")]


def test_build_writes_nothing_when_a_report_fails(tmp_path: Path, monkeypatch):
    """``--once`` reaches every report's build (no determinism pass); a failure writes
    nothing."""
    seen = []
    monkeypatch.setattr(hw5, "build_one",
                        lambda rep, show, once=False: seen.append(once) or (b"", None, 0, ["x"]))
    assert hw5.main(["--once"], out=tmp_path / "out") == 1
    assert seen == [True] * 4 and not (tmp_path / "out").exists()
