"""Adding a language is adding one lexicon file: a minimal German lexicon
(tests/fixtures/lexicon/de.toml), found through MINUTES_LEXICON_PATH, is enough to
date a German report's meeting, name who spoke and find what was decided."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = Path(__file__).parent / "fixtures" / "lexicon"

REPORT = [  # invented
    "Protokoll der 12. Sitzung des Vorstands",
    "Leipzig, 14. März 2024",
    "Die Sitzung beginnt um 10 Uhr im Rathaus. Alle Mitglieder des Vorstands sind anwesend "
    "und die Tagesordnung wird ohne Änderung angenommen.",
    "Herr Jonas Weber sagt, dass die Einnahmen des Vereins im letzten Jahr gestiegen sind "
    "und dass die Ausgaben für Veranstaltungen gesunken sind.",
    "Frau Anna Schmidt erklärt die Einzelheiten des Haushalts und beantwortet die Fragen "
    "der Mitglieder zu den Kosten der neuen Räume.",
    "Der Vorstand genehmigt den Haushalt 2024.",
    "Die nächste Sitzung findet im Juni statt.",
]

EXTRACT = """
import json, sys
from pathlib import Path
from extractors.chain import bytes_to_extraction
from pipeline.lexicon import languages
from pipeline.settings import Settings
path = Path(sys.argv[1])
ex = bytes_to_extraction(path.read_bytes(), path, Settings(isolation="none", ocr=False,
                                                           error_policy="strict"))
print(json.dumps({"languages": languages(), "language": ex.info.language,
                  "date": ex.meeting.date, "body": ex.meeting.body,
                  "speakers": [[i.kind, i.name_as_written] for i in ex.interventions],
                  "decisions": [[d.outcome, d.text] for d in ex.decisions]}))
"""


def _pdf(out: Path) -> Path:
    from fpdf import FPDF
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for paragraph in REPORT:
        pdf.multi_cell(0, 6, paragraph)
        pdf.ln(4)
    pdf.output(str(out))
    return out


def _extract(pdf: Path, lexicon_path: str) -> dict:
    env = {**os.environ, "MINUTES_LEXICON_PATH": lexicon_path}
    done = subprocess.run([sys.executable, "-c", EXTRACT, str(pdf)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120, check=True)
    return json.loads(done.stdout.splitlines()[-1])


def test_a_fourth_language_is_one_file(tmp_path):
    pdf = _pdf(tmp_path / "vorstand_12.pdf")
    found = _extract(pdf, str(FIXTURE))
    assert found["languages"] == ["fr", "en", "es", "de"]
    assert found["language"] == "de"
    assert found["date"] == "2024-03-14"
    assert found["body"] == "Vorstand"
    assert ["speaks", "Herr Jonas Weber"] in found["speakers"]
    assert ["speaks", "Frau Anna Schmidt"] in found["speakers"]
    assert found["decisions"] == [["approved", "Der Vorstand genehmigt den Haushalt 2024."]]


def test_without_the_file_the_report_is_not_read_as_german(tmp_path):
    """The same report without the German file: no German, so no decision is found."""
    pdf = _pdf(tmp_path / "vorstand_12.pdf")
    found = _extract(pdf, "")
    assert "de" not in found["languages"]
    assert found["decisions"] == []
