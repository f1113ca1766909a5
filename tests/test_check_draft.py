"""`minutes check DRAFT.pdf`: a draft's own flags and the cross-meeting flags it raises
against an archive (a quoted date or budget of an earlier meeting), printed with pages
and verbatim quotes; exit 3 on an error flag, 0 without, 1 on bad input; the archive is
never written. The archive is built from corpus PDFs, the drafts rendered at test time."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from corpus.text_pdf import text_to_pdf
from extractors.chain import bytes_to_extraction, pipeline_version
from flows.archive import corpus_of, fingerprint, publish_change
from pipeline import draft as d
from pipeline.archive import ingest_change
from pipeline.cache import ExtractionCache
from pipeline.checks import extractions_to_cross_flags
from pipeline.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
# Meeting 3 of this body (corpus report 09) was held on 19 September 2023 and adopted
# the 2024 budget at 1 480 000 €; report 01 is another body's (its place still counts).
ARCHIVED = ("09_puits_vallees_comite_directeur3_fr.pdf", "01_deltas_vivants_ca5_fr.pdf")
DRAFT = """Programme régional « Puits et Vallées »

Procès-verbal de la 4e réunion du Comité directeur

mardi 5 mars 2024 – Cotonou (Bénin)

1. Ouverture

La 4e réunion du Comité directeur a été ouverte à 9 h 00 par sa Présidente, Mme Aïssata
DIALLO-KONATÉ. L'ordre du jour a été adopté. Le procès-verbal de la 3e réunion, tenue à
Niamey le {date}, a été approuvé sans modification.

2. Rapport annuel 2023

Le Coordonnateur régional, M. Issoufou MAHAMANE, a présenté le rapport annuel 2023. Il a
rappelé que le budget 2024 de {budget} adopté lors de la 3e réunion permettra d'achever
les deux forages restants. Le Comité directeur a approuvé le rapport annuel 2023.

3. Clôture

La Présidente a levé la séance à 16 h 30.
"""


def snapshot(folder: Path) -> dict[str, tuple]:
    """Every file, folder and link below ``folder`` with its size, mtime and target."""
    out = {}
    for root, dirs, files in os.walk(folder):
        for name in dirs + files:
            p = Path(root) / name
            st = p.lstat()
            out[str(p)] = (st.st_size, st.st_mtime_ns, os.readlink(p) if p.is_symlink() else None)
    return out


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    """An archive of two corpus reports (cache filled, one publication), its
    Extractions, and a snapshot of its files."""
    out = tmp_path_factory.mktemp("check") / "archive"
    settings = Settings(out_dir=out, isolation="none", error_policy="strict")
    paths = [(ROOT / "corpus" / name).resolve() for name in ARCHIVED]
    exs = [bytes_to_extraction(p.read_bytes(), p, settings) for p in paths]
    cache = ExtractionCache(settings.cache_path, pipeline_version(), settings)
    for ex in exs:
        cache.put(ex)
    change = ingest_change((), exs)
    publish_change(corpus_of(exs), out, fingerprint(exs), change, "ingest", "strict")
    return out, list(change.entries), exs


@pytest.fixture(scope="module")
def drafts(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("drafts")
    return {"bad": text_to_pdf(DRAFT.format(date="12 septembre 2023", budget="1 520 000 €"), folder / "cd4_bad.pdf"),
            "clean": text_to_pdf(DRAFT.format(date="19 septembre 2023", budget="1 480 000 €"),
                                 folder / "cd4_clean.pdf")}


@pytest.fixture(scope="module")
def extracted(drafts, archive) -> dict:
    """Each draft's Extraction, read in this process."""
    settings = Settings(out_dir=archive[0], isolation="none", error_policy="strict")
    return {name: bytes_to_extraction(p.read_bytes(), p.resolve(), settings) for name, p in drafts.items()}


def check(*args: str):
    from minutes.cli import app
    return CliRunner().invoke(app, ["check", *args, "--isolation", "none"])


def test_a_draft_quoting_an_earlier_meeting_otherwise_is_flagged_exit_3(archive, drafts):
    out, _, _ = archive
    before = snapshot(out)
    result = check(str(drafts["bad"]), "--out", str(out))
    assert result.exit_code == 3, result.output
    text = result.stdout
    blocks = text.split("\n\n")[1:]
    date = next(b for b in blocks if "cross_meeting_date_mismatch" in b)
    budget = next(b for b in blocks if "cross_meeting_amount_mismatch" in b)
    assert date.startswith("ERROR") and "p. 1" in date.splitlines()[0]
    # the message names both facts and their pages; the quotes are verbatim, one line each
    assert "'12 septembre 2023' here (p. 1)" in date and f"({ARCHIVED[0]}, p. 1)" in date
    assert '"3e réunion, tenue à Niamey le 12 septembre 2023" (p. 1)' in date
    assert f'"mardi 19 septembre 2023" ({ARCHIVED[0]}, p. 1)' in date
    assert "'mardi 19 septembre 2023'" in date.splitlines()[1]     # as its own report writes it
    assert "1 520 000 € here (p. 1)" in budget and f"({ARCHIVED[0]}, p. 2) gives 1 480 000 €" in budget
    assert snapshot(out) == before


def test_a_clean_draft_exits_0_and_the_archive_is_untouched(archive, drafts):
    out, _, _ = archive
    before = snapshot(out)
    result = check(str(drafts["clean"]), "--out", str(out))
    assert result.exit_code == 0, result.output
    assert "0 flag(s)" in result.stdout and "1 of them compared" in result.stdout
    assert snapshot(out) == before


def test_without_an_archive_only_the_reports_own_checks_run(archive, drafts, tmp_path):
    nowhere = tmp_path / "no_archive"
    result = check(str(drafts["bad"]), "--out", str(nowhere))
    assert result.exit_code == 0, result.output          # its slips are all cross-meeting ones
    assert result.stderr.splitlines() == [f"note: no archive in {nowhere}: within-report checks only"]
    assert "cross_meeting" not in result.stdout and "no archive" in result.stdout
    assert not nowhere.exists()


def test_json_output_parses_with_flags_and_quotes(archive, drafts):
    out, _, _ = archive
    result = check(str(drafts["bad"]), "--out", str(out), "--format", "json")
    assert result.exit_code == 3
    data = json.loads(result.stdout)
    assert data["draft"]["ordinal"] == 4 and data["archive"]["documents"] == 2 and data["errors"] >= 2
    kinds = {f["kind"]: f for f in data["flags"]}
    assert {"cross_meeting_date_mismatch", "cross_meeting_amount_mismatch"} <= set(kinds)
    quotes = [(e["quote"], e["file_name"], e["page"]) for e in kinds["cross_meeting_amount_mismatch"]["evidence"]]
    assert ("1 520 000 €", "cd4_bad.pdf", 1) in quotes and ("1 480 000 €", ARCHIVED[0], 2) in quotes


def test_the_archive_read_for_a_draft_gives_what_ingesting_it_would(archive, extracted, tmp_path):
    """Only the draft's body is loaded (the other body's report stands in as its place),
    and a cache cleared away is made up from the published datasets: the flags are those
    of the full cross-document pass over the archive and the draft."""
    out, _, exs = archive
    for name, draft in extracted.items():
        full = extractions_to_cross_flags(exs + [draft])
        expected = {f.flag_id for f in full if draft.info.doc_id in (f.doc_id, *(e.doc_id for e in f.evidence))}
        view = d.read_archive(out, draft)
        assert view.from_cache == 1 and view.related == 1 and view.places == 1
        got = {f.flag_id for f in d.draft_to_flags(draft, d.compared(view))} - {f.flag_id for f in draft.flags}
        assert got == expected and (len(got) >= 2) == (name == "bad")
        rebuilt = d.read_archive(out, draft, cache=tmp_path / "empty_cache")
        assert rebuilt.from_datasets == 1 and rebuilt.from_cache == 0
        assert {f.flag_id for f in d.draft_to_flags(draft, d.compared(rebuilt))} - {
            f.flag_id for f in draft.flags} == expected


def test_the_draft_takes_the_place_of_its_own_archived_version(archive):
    out, _, exs = archive
    same = exs[0]            # the archived report itself, checked again: no flag against itself
    flags = d.draft_to_flags(same, d.compared(d.read_archive(out, same)))
    assert not [f for f in flags if f.kind.startswith("cross_")]


def test_bad_input_is_one_line_exit_1(archive, tmp_path):
    out, _, _ = archive
    text = tmp_path / "notes.pdf"
    text.write_text("plain notes, not a PDF\n", encoding="utf-8")
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    for args, word in [([str(tmp_path / "missing.pdf")], "not found"), ([str(text)], "not a PDF"),
                       ([str(empty)], "empty file"), ([str(tmp_path)], "not a file"),
                       ([str(text), "--format", "xml"], "unknown format")]:
        result = check(*args, "--out", str(out))
        assert result.exit_code == 1, (args, result.output)
        lines = result.stderr.splitlines()
        assert len(lines) == 1 and lines[0].startswith("error: ") and word in lines[0], (args, lines)
        assert "Traceback" not in result.output


def test_a_cold_command_extracts_in_a_sandboxed_worker_without_prefect(archive, drafts, tmp_path):
    """The real command in a fresh process: the draft read in a worker process (the
    command itself never imports the extractors, Prefect or pandas), exit 3, JSON out."""
    out, _, _ = archive
    probe = ("import json, sys\nfrom minutes.cli import app\n"
             "code = app(sys.argv[1:], standalone_mode=False)\n"
             "print(json.dumps({'code': code, 'prefect': any(m.split('.')[0] == 'prefect' for m in sys.modules),"
             " 'extractors': 'extractors.chain' in sys.modules, 'pandas': 'pandas' in sys.modules}), file=sys.stderr)\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "HOME": str(tmp_path)}
    proc = subprocess.run([sys.executable, "-c", probe, "check", str(drafts["bad"]), "--out", str(out),
                           "--format", "json"], capture_output=True, text=True, env=env, timeout=300)
    seen = json.loads(proc.stderr.splitlines()[-1])
    assert seen == {"code": 3, "prefect": False, "extractors": False, "pandas": False}, proc.stderr
    assert {"cross_meeting_date_mismatch", "cross_meeting_amount_mismatch"} <= {
        f["kind"] for f in json.loads(proc.stdout)["flags"]}


def test_a_later_report_misquoting_the_drafts_meeting_is_shown_on_that_report(archive, tmp_path):
    """The draft may be an earlier meeting's report: an archived report quoting its
    date otherwise is flagged on that report, and printed with its file and page."""
    _, _, exs = archive
    later = (ROOT / "corpus" / "10_puits_vallees_comite_directeur4_fr.pdf").resolve()
    settings = Settings(out_dir=tmp_path, isolation="none", error_policy="strict")
    ex10 = bytes_to_extraction(later.read_bytes(), later, settings)
    flags = [f for f in d.draft_to_flags(exs[0], [ex10]) if f.kind == "cross_meeting_date_mismatch"]
    assert len(flags) == 1 and flags[0].doc_id == ex10.info.doc_id
    text = d.flags_to_text(exs[0], flags, None, tmp_path)
    assert f"cross_meeting_date_mismatch  {later.name}, p. 1" in text
    assert '"mardi 19 septembre 2023" (p. 1)' in text          # the draft's own date, its page


def test_every_flag_message_names_the_page_of_each_quote(archive, extracted):
    """Item 4: a message names the conflicting facts with their pages; here, every
    quote's page appears in the message (reports' own flags and cross-meeting ones)."""
    _, _, exs = archive
    flags = [f for e in exs for f in e.flags] + list(d.draft_to_flags(extracted["bad"], exs))
    assert {"year_mismatch", "sum_mismatch", "cross_meeting_date_mismatch",
            "cross_meeting_amount_mismatch"} <= {f.kind for f in flags}
    for f in flags:
        assert all(f"p. {e.page}" in f.message for e in f.evidence), f
        assert all("\n" not in e.quote for e in f.evidence), f
