"""spaCy models load only for the languages a document is in, once per process: an
English report never imports the French language data (its 1.45 MB tokenizer pattern)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.conftest import CORPUS, ROOT

PROBE = """
import json, sys
from pathlib import Path
import spacy
loads = []
_load = spacy.load
spacy.load = lambda name, *a, **k: loads.append(name) or _load(name, *a, **k)
from extractors.chain import path_to_extraction
from pipeline.settings import Settings
settings = Settings(out_dir=Path(sys.argv[1]), isolation="none", error_policy="strict")
seen = []
for path in sys.argv[2:]:
    ex = path_to_extraction(Path(path), settings)
    seen.append({"status": ex.info.status, "loads": list(loads),
                 "fr": "spacy.lang.fr" in sys.modules, "en": "spacy.lang.en" in sys.modules})
print(json.dumps(seen))
"""


def test_an_english_report_loads_no_french_model_and_a_french_one_loads_it_once(tmp_path):
    pytest.importorskip("spacy")
    english = CORPUS / "02_tessaline_board12_en.pdf"
    french = [CORPUS / "01_deltas_vivants_ca5_fr.pdf", CORPUS / "04_brassac_conseil_municipal_fr.pdf"]
    env = {**os.environ, "PYTHONPATH": str(ROOT), "HOME": str(tmp_path)}
    env.pop("MINUTES_REGEX_CACHE", None)
    proc = subprocess.run([sys.executable, "-c", PROBE, str(tmp_path / "out"), str(english), *map(str, french)],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=600)
    assert proc.returncode == 0, proc.stderr
    en, fr1, fr2 = json.loads(proc.stdout.splitlines()[-1])
    assert en["status"] == "ok" and en["en"] and not en["fr"]
    assert not any(name.startswith("fr_") for name in en["loads"])
    assert fr1["fr"] and fr2["loads"] == fr1["loads"]                  # the second: no new load
    assert sum(name.startswith("fr_") for name in fr2["loads"]) == 1
