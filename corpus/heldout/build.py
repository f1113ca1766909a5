"""Build one held-out set: render each report twice (page count, then "Page n of N"), check
the bytes are deterministic, draw the gold and verify it against the PDF bytes as pdfplumber
reads them (every gold string on its gold page, whitespace collapsed), then write PDFs, gold
and the set's README section; nothing is written when any report fails."""
from __future__ import annotations

import hashlib
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from corpus.common import HERE, splice_readme, write_report
from corpus.heldout.gold import make_gold, verify
from corpus.heldout.markup import BuildError, Report
from corpus.heldout.render import render

TABLE_HEAD = [
    "| file | lang | pages | what it stresses | planted slips (gold `flags`) |",
    "| --- | --- | --- | --- | --- |",
]


@dataclass(frozen=True)
class HeldOutSet:
    """What one held-out set adds to the shared builder."""
    reports: list                  # its Report objects, in README order
    producer: str                  # the PDF producer field
    currencies: frozenset          # ISO codes its amounts may use
    money: list                    # regexes of currency-looking figures (all must be annotated)
    readme_begin: str              # markers of its README section
    readme_end: str
    intro: list                    # README lines between the markers and the table
    conventions: list              # README lines after the table
    after: str = ""                # the end marker of the section it goes below


def summary_line(name: str, data: bytes, gold: dict, pages: int) -> str:
    """What a build prints for one written report: its size, its gold counts and hash."""
    return (f"{name}: {pages} pages, {len(gold['speakers'])} speakers, "
            f"{len(gold['mentioned'])} mentioned, {len(gold['decisions'])} decisions, "
            f"{len(gold['amounts'])} amounts, {len(gold['tables'])} tables, "
            f"{len(gold['flags'])} flags, {len(gold['not_flags'])} not_flags, "
            f"sha256 {hashlib.sha256(data).hexdigest()[:12]}")


def readme_section(hset: HeldOutSet, golds: dict, pages: dict) -> str:
    out = [hset.readme_begin] + hset.intro + TABLE_HEAD
    for rep in hset.reports:
        g = golds[rep.name]
        look = "; ".join(nf["about"] for nf in g["not_flags"])
        out.append(f"| `{rep.name}.pdf` | {rep.lang} | {pages[rep.name]} | {rep.stresses}. "
                   f"Look-alikes (`not_flags`): {look}. | {rep.slips or 'none'} |")
    out += hset.conventions + [hset.readme_end]
    return "\n".join(out) + "\n"


def build_report(hset: HeldOutSet, rep: Report, show: Callable | None, check: bool) -> tuple:
    """(PDF bytes, gold, pages, problems) of one report; check=False skips the determinism
    render and the re-reading of the PDF."""
    _, first = render(rep, 0, hset.producer)      # pass 1: page count for "Page n of N"
    data, lay = render(rep, first.pages, hset.producer)
    again = render(rep, first.pages, hset.producer)[0] if check else data
    if show:
        show(lay)
    try:
        if data != again:
            raise BuildError(f"{rep.name}: rendering is not deterministic")
        gold = make_gold(rep, lay, hset.currencies)
    except BuildError as e:
        return data, None, lay.pages, [str(e)]
    return data, gold, lay.pages, verify(rep, data, lay, gold, hset.money) if check else []


def print_lines(lay) -> None:
    for pg, text in lay.lines:
        print(f"p{pg} | {text}")
    for t in lay.tables:
        print(f"p{t['page']} | table, {len(t['rows'])} rows, first {t['rows'][0][0]!r}")


def build_set(hset: HeldOutSet, argv: list[str], out: Path = HERE, verify: bool = True) -> None:
    """Render and verify every report of the set, then write them into `out` (with
    `--lines NAME`, also print the line layout of the reports whose name contains NAME;
    verify=False skips the checks that do not make bytes: build_all --check --quick)."""
    show = argv[argv.index("--lines") + 1] if "--lines" in argv else None
    built, problems = {}, []
    for rep in hset.reports:
        data, gold, pages, bad = build_report(
            hset, rep, print_lines if show and show in rep.name else None, verify)
        problems += bad
        if gold is not None:
            built[rep.name] = (data, gold, pages)
    if problems:
        print("BUILD FAILED – nothing written:\n  " + "\n  ".join(problems), file=sys.stderr)
        sys.exit(1)
    for name, (data, gold, pages) in built.items():
        write_report(out, name, data, gold)
        print(summary_line(name, data, gold, pages))
    section = readme_section(hset, {n: b[1] for n, b in built.items()},
                             {n: b[2] for n, b in built.items()})
    splice_readme(out / "README.md", section, hset.readme_begin, hset.readme_end, hset.after)


def render_twice(rep, render: Callable, producer: str, once: bool = False) -> tuple:
    """(bytes, layout) of a written report: pass 1 counts the pages for "Page n of N", pass 2
    draws them; unless ``once``, a third pass proves the bytes deterministic (a test that
    compares the bytes with the committed files proves it already, at a third of the cost)."""
    _, first = render(rep, 0, producer)
    data, lay = render(rep, first.pages, producer)
    if not once and data != render(rep, first.pages, producer)[0]:
        raise BuildError(f"{rep.name}: rendering is not deterministic")
    return data, lay


def build_and_write(argv: list[str], out: Path, reps: list, build_one: Callable,
                    readme: Callable | None = None) -> int:
    """Build every report of a written held-out set (``build_one(rep, show)`` gives data,
    gold, pages and problems) and write nothing unless all pass; then the README
    (``readme(golds, pages, reps)``, when the set has one made from its gold) and each
    report, printing its summary line. ``--lines NAME`` shows the layout of NAME;
    ``--once`` asks ``build_one(rep, show, once=True)`` to skip its determinism renders
    (for the tests, which compare the bytes with the committed files)."""
    show = argv[argv.index("--lines") + 1] if "--lines" in argv else None
    once = {"once": True} if "--once" in argv else {}
    built, problems = {}, []
    for rep in reps:
        data, gold, pages, bad = build_one(rep, bool(show and show in rep.name), **once)
        problems += bad
        if gold is not None:
            built[rep.name] = (data, gold, pages)
    if problems:
        print("BUILD FAILED – nothing written:\n  " + "\n  ".join(problems), file=sys.stderr)
        return 1
    out.mkdir(exist_ok=True)
    if readme is not None:
        (out / "README.md").write_text(readme({n: b[1] for n, b in built.items()},
                                              {n: b[2] for n, b in built.items()}, reps),
                                       encoding="utf-8")
    for name, (data, gold, pages) in built.items():
        write_report(out, name, data, gold)
        print(summary_line(name, data, gold, pages))
    return 0


def build_checked(rep, show: bool, render: Callable, currencies: frozenset,
                  verify: Callable) -> tuple:
    """(PDF bytes, gold, pages, problems) of one written report: ``render(rep)`` gives its
    bytes and layout (render_twice for fpdf2, chromium.print_checked for Chromium), the gold
    is drawn from the layout, then ``verify(rep, data, lay, gold)`` lists its problems; a
    BuildError while drawing is the report's problem. ``show`` prints the line layout."""
    try:
        data, lay = render(rep)
        gold = make_gold(rep, lay, currencies)
    except BuildError as e:
        return b"", None, 0, [str(e)]
    if show:
        for pg, text in lay.lines:
            print(f"p{pg} | {text}")
    return data, gold, lay.pages, verify(rep, data, lay, gold)
