"""The committed corpus is what its builders make: every PDF, gold file and the corpus
README rebuilt into a temporary folder is byte-identical to the committed one.

Runs `corpus/build_all.py --check --quick` in process (about 6 s of CPU): the builders'
re-reading of each PDF with pdfplumber and their determinism render are skipped, as they
make no bytes; `python corpus/build_all.py --check` runs them too.
"""
from __future__ import annotations

from corpus import build_all


def test_rebuilt_corpus_is_byte_identical_to_the_committed_files():
    assert build_all.check(verify=False) == []


def test_check_names_a_changed_missing_or_extra_file(tmp_path):
    built, committed = tmp_path / "built", tmp_path / "committed"
    built.mkdir()
    committed.mkdir()
    for folder in (built, committed):
        (folder / "a.pdf").write_bytes(b"%PDF-1.4 same")
    (built / "b.gold.json").write_text('{\n  "file": "b.pdf"\n}\n', encoding="utf-8")
    (committed / "b.gold.json").write_text('{\n  "file": "c.pdf"\n}\n', encoding="utf-8")
    (built / "new.pdf").write_bytes(b"%PDF")
    (committed / "README.md").write_text("old\n", encoding="utf-8")
    diffs = build_all.differences(built, committed)
    assert [d.split(":")[0] for d in diffs] == ["README.md", "b.gold.json", "new.pdf"]
    assert '-  "file": "c.pdf"' in diffs[1] and '+  "file": "b.pdf"' in diffs[1]
