"""The archive's rules as pure functions: which document an input is, what a run and a
removal do (no flow, no files)."""

from __future__ import annotations


import pytest

from pipeline.archive import Entry, entry_for, ingest_change, match, remove_change
from pipeline.errors import UsageError
from pipeline.records import DocumentInfo, Extraction


def ex(doc_id: str, path: str, status: str = "ok", kind: str | None = None) -> Extraction:
    return Extraction(info=DocumentInfo(
        doc_id=doc_id, file_name=path.rsplit("/", 1)[-1], path=path, pages=1, language="fr",
        status=status, error=None if status == "ok" else "reason", error_kind=kind))


def archive(*items: Extraction) -> tuple[Entry, ...]:
    return tuple(entry_for(e) for e in items)


def ids(change) -> list[str]:
    return [e.doc_id for e in change.entries]


def test_same_bytes_same_document_same_path_new_version_else_added():
    old = archive(ex("a" * 64, "/r/a.pdf"), ex("b" * 64, "/r/b.pdf"))
    change = ingest_change(old, [ex("a" * 64, "/moved/a2.pdf"),      # moved, same bytes
                                 ex("c" * 64, "/r/b.pdf"),           # same path, new bytes
                                 ex("d" * 64, "/r/sub/b.pdf")])      # same name elsewhere
    assert change.unchanged == ("a2.pdf",) and change.replaced == ("b.pdf",)
    assert change.added == ("b.pdf",) and ids(change) == ["a" * 64, "c" * 64, "d" * 64]
    assert change.entries[0].path == "/moved/a2.pdf" and change.changed


def test_a_failure_never_replaces_a_readable_version_and_a_vanished_path_is_no_document():
    old = archive(ex("a" * 64, "/r/a.pdf"))
    change = ingest_change(old, [ex("e" * 64, "/r/a.pdf", "error", "not_pdf"),
                                 ex("f" * 64, "/r/gone.pdf", "error", "not_found"),
                                 ex("g" * 64, "/r/bad.pdf", "error", "empty")])
    assert ids(change) == ["a" * 64, "g" * 64] and change.added == ("bad.pdf",)
    assert [n for n, _ in change.failed] == ["a.pdf", "gone.pdf", "bad.pdf"]


def test_a_failure_read_again_successfully_is_replaced_by_the_good_read():
    old = archive(ex("a" * 64, "/r/a.pdf", "error", "timeout"))
    change = ingest_change(old, [ex("a" * 64, "/r/a.pdf")])
    assert change.replaced == ("a.pdf",) and change.entries[0].info.status == "ok"
    again = ingest_change(change.entries, [ex("a" * 64, "/r/a.pdf", "error", "timeout")])
    assert again.unchanged == ("a.pdf",) and again.entries[0].info.status == "ok"


def test_replace_all_keeps_exactly_the_inputs_and_the_same_bytes_twice_are_a_duplicate_row():
    old = archive(ex("a" * 64, "/r/a.pdf"), ex("b" * 64, "/r/b.pdf"))
    change = ingest_change(old, [ex("b" * 64, "/r/b.pdf"), ex("b" * 64, "/r/copy.pdf"),
                                 ex("c" * 64, "/r/c.pdf")], replace_all=True)
    b, copy, c = change.entries
    assert (b.doc_id, c.doc_id) == ("b" * 64, "c" * 64) and change.removed == ("a.pdf",)
    # the copy is accounted for (its own row, issue 15) but carries no facts of its own
    assert copy.info.status == "duplicate" and copy.info.duplicate_of == "b" * 64
    assert copy.doc_id not in ("b" * 64, "c" * 64) and "/r/b.pdf" in copy.info.error
    assert change.unchanged == ("b.pdf",) and change.added == ("copy.pdf", "c.pdf")


def test_remove_by_path_name_or_id_prefix_and_refuse_unknown_or_ambiguous():
    old = archive(ex("ab" * 32, "/r/x/minutes.pdf"), ex("cd" * 32, "/r/y/minutes.pdf"),
                  ex("ef" * 32, "/r/z.pdf"))
    assert [e.doc_id for e in match(old, "/r/x/minutes.pdf")] == ["ab" * 32]
    assert [e.doc_id for e in match(old, "cdcdcdcd")] == ["cd" * 32]
    assert match(old, "cdcd") == []                                  # too short a prefix
    change = remove_change(old, ["z.pdf", "abababab"])
    assert ids(change) == ["cd" * 32] and change.removed == ("minutes.pdf", "z.pdf")
    with pytest.raises(UsageError) as err:
        remove_change(old, ["minutes.pdf", "nothing.pdf"])
    lines = str(err.value).splitlines()
    assert len(lines) == 2 and "2 archived documents" in lines[0] and "nothing.pdf" in lines[1]
