"""corpus.heldout.build.build_checked, the per-report step the written builders 4 and 5
share: render, draw the gold, verify; a drawing error is the report's problem."""
from types import SimpleNamespace

from corpus.heldout import build
from corpus.heldout.markup import BuildError


def test_a_drawing_error_becomes_the_reports_problem(monkeypatch):
    def render(rep):
        raise BuildError(f"{rep.name}: la cellule « Total » déborde")

    rep = SimpleNamespace(name="z1_conseil_fr")
    out = build.build_checked(rep, False, render, frozenset({"EUR"}), None)
    assert out == (b"", None, 0, ["z1_conseil_fr: la cellule « Total » déborde"])


def test_the_gold_is_verified_and_the_layout_shown(monkeypatch, capsys):
    lay = SimpleNamespace(pages=2, lines=[(1, "Se aprueba el acta."), (2, "Fin")])
    monkeypatch.setattr(build, "make_gold", lambda rep, lay, cur: {"currencies": sorted(cur)})
    rep = SimpleNamespace(name="z2_junta_es")
    out = build.build_checked(rep, True, lambda r: (b"%PDF", lay), frozenset({"ARS"}),
                              lambda r, data, lay, gold: [f"{r.name}: {gold['currencies']}"])
    assert out == (b"%PDF", {"currencies": ["ARS"]}, 2, ["z2_junta_es: ['ARS']"])
    assert capsys.readouterr().out == "p1 | Se aprueba el acta.\np2 | Fin\n"
