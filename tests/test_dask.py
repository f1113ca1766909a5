"""Scale-out: `minutes ingest --dask ADDRESS` runs the per-document tasks on a Dask
cluster and publishes exactly what a local run publishes."""

from __future__ import annotations

import shutil

import pandas as pd
import pytest
from typer.testing import CliRunner

from conftest import CORPUS
from pipeline.publish import current_manifest, read_dataset
from pipeline.settings import Settings

pytestmark = pytest.mark.slow
distributed = pytest.importorskip("distributed")
pytest.importorskip("prefect_dask")


@pytest.fixture(scope="module")
def cluster():
    """Two single-threaded worker processes, as on two machines."""
    with distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1,
                                  dashboard_address=None) as c:
        yield c


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("dask_inputs")
    # every eighth corpus report (fr, es, en; tables, flags): enough to compare the two
    # runs row by row; the whole corpus made this the suite's slowest test (80 s)
    pdfs = sorted(CORPUS.glob("*.pdf"))[::8]
    if not pdfs:
        pytest.skip("corpus/ has no PDFs")
    for f in pdfs:
        shutil.copy(f, folder / f.name)
    return folder


def rows(out, name: str) -> list[tuple]:
    """A dataset's rows as comparable tuples, in a stable order."""
    df = read_dataset(out, name)
    df = df.reindex(sorted(df.columns), axis=1)
    values = [tuple(_plain(v) for v in row) for row in df.itertuples(index=False)]
    return sorted(values, key=repr)


def _plain(v):
    if isinstance(v, float) and pd.isna(v):
        return None
    if hasattr(v, "tolist"):
        return repr(v.tolist())
    return repr(v) if isinstance(v, (list, dict, tuple)) else v


def test_dask_run_publishes_what_a_local_run_publishes(prefect_harness, cluster, inputs,
                                                       tmp_path):
    from pipeline import sandbox
    from flows.ingest import run_ingest
    from minutes.cli import app

    dask_out, local_out = tmp_path / "dask", tmp_path / "local"
    with distributed.Client(cluster) as client:
        with distributed.get_task_stream(client) as stream:
            result = CliRunner().invoke(app, ["ingest", str(inputs), "--out", str(dask_out),
                                              "--dask", cluster.scheduler_address, "-q"])
        assert result.exit_code == 0, result.output
        workers_used = {t["worker"] for t in stream.data}
        assert len(workers_used) >= 1, "no task ran on the Dask workers"
        task_names = " ".join(str(t["key"]) for t in stream.data)
        assert "extract" in task_names, task_names
        client.run(sandbox.shutdown)        # the Dask workers' own extraction workers
    try:
        # Local and in this process: the Dask run read each report in a sandbox worker of
        # a Dask worker, so equal rows also say the worker path changes nothing (and no
        # two more worker processes load the extractors and models again).
        summary = run_ingest([str(inputs)], Settings(out_dir=local_out, isolation="none"))
    finally:
        sandbox.shutdown()
    assert not summary.failed

    dask_manifest, local_manifest = current_manifest(dask_out), current_manifest(local_out)
    assert dask_manifest and local_manifest
    assert dask_manifest["datasets"] == local_manifest["datasets"]   # names and row counts
    n_docs = len(list(inputs.glob("*.pdf")))
    for name in set(local_manifest["datasets"]) - {"publications"}:   # stamps differ
        dask_rows, local_rows = rows(dask_out, name), rows(local_out, name)
        assert dask_rows == local_rows, name
        if name == "documents":
            assert len(dask_rows) == n_docs


# ------------------------------------------------- per-document limits on a Dask worker


def _content_bomb(megabytes: int) -> bytes:
    """A one-page PDF whose 0.5 MB content stream inflates to ``megabytes`` MB of path
    operators: parsing it takes pdfium gigabytes and a long time (a hostile PDF)."""
    import zlib
    z = zlib.compressobj(9)
    chunk = b"0 0 m 100 100 l S\n" * (1024 * 1024 // 18)
    stream = b"".join([z.compress(chunk) for _ in range(megabytes)] + [z.flush()])
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 595 842] >>",
               b"<< /Type /Page /Parent 2 0 R /Contents 4 0 R >>",
               b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (len(stream), stream)]
    out, offsets = bytearray(b"%PDF-1.7\n"), []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 5\n0000000000 65535 f \n" + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


@pytest.fixture(scope="module")
def bomb_bytes() -> bytes:
    """The hostile PDF, made once (compressing 200 MB costs over a CPU-second)."""
    return _content_bomb(200)


def test_a_hostile_pdf_on_dask_meets_the_documents_time_limit_not_the_worker(cluster, tmp_path,
                                                                           bomb_bytes):
    """On a Dask worker, the document is read in a sandbox worker process with the same
    time limit as locally: the hostile PDF ends as a timeout row within the limit, and the
    Dask worker that ran the task is the same process after it. (The memory cap on Dask is
    the flow test below: there the same PDF overruns 1 GiB.)"""
    import os
    import time
    from extractors.chain import extract_isolated
    from pipeline import sandbox

    bomb = tmp_path / "bomb.pdf"
    bomb.write_bytes(bomb_bytes)
    settings = Settings(doc_timeout_s=8, worker_memory_bytes=16 * 1024**3, concurrency=1)
    with distributed.Client(cluster) as client:
        before = client.run(os.getpid)
        started = time.monotonic()
        ex = client.submit(extract_isolated, bomb, settings, pure=False).result(timeout=300)
        elapsed = time.monotonic() - started
        assert client.run(os.getpid) == before, "a Dask worker died or was replaced"
        assert ex.info.status == "error" and "\n" not in ex.info.error
        assert ex.info.error_kind == "timeout", ex.info.error
        assert elapsed < settings.doc_timeout_s + 30
        # the same task on a sound report: read in one sandbox worker, the Dask worker's child
        good = sorted(CORPUS.glob("*.pdf"))[0]
        ok = client.submit(extract_isolated, good, settings.with_(
            worker_memory_bytes=4 * 1024**3, doc_timeout_s=300), pure=False).result(timeout=300)
        assert ok.info.status == "ok", ok.info.error
        children = client.run(sandbox.live_workers)
        assert sum(len(pids) for pids in children.values()) == 1
        client.run(sandbox.shutdown)


def test_a_dask_run_records_a_hostile_pdf_as_one_error_row_and_reads_the_rest(
        prefect_harness, cluster, tmp_path, bomb_bytes):
    """`--dask` keeps each document's limits: the run's documents are read in sandbox
    workers the Dask workers start, so a PDF that overruns the memory cap (or its time
    limit) is one error row, the other report is extracted, and no Dask worker dies."""
    import os
    from flows.ingest import run_ingest
    from pipeline import sandbox

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "bomb.pdf").write_bytes(bomb_bytes)
    good = sorted(CORPUS.glob("*.pdf"))[0]
    shutil.copy(good, folder / good.name)
    # Under the 1 GiB cap the bomb fails within seconds, the report reads (a loaded
    # machine can take tens of seconds to start a worker: the time limit is generous).
    settings = Settings(out_dir=tmp_path / "out", dask_address=cluster.scheduler_address,
                        doc_timeout_s=240, worker_memory_bytes=1024**3, concurrency=1)
    with distributed.Client(cluster) as client:
        before = client.run(os.getpid)
        try:
            summary = run_ingest([str(folder)], settings)
        finally:
            client.run(sandbox.shutdown)
        assert client.run(os.getpid) == before, "a Dask worker died or was replaced"
    assert summary.published, (summary.refused, summary.failed)
    docs = read_dataset(settings.out_dir, "documents").set_index("file_name")
    assert docs.loc[good.name, "status"] == "ok", docs.loc[good.name, "error"]
    assert docs.loc["bomb.pdf", "status"] == "error"
    assert docs.loc["bomb.pdf", "error_kind"] in ("timeout", "out_of_memory", "crashed")
    assert [name for name, _ in summary.failed] == ["bomb.pdf"]
