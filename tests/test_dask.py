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
    pdfs = sorted(CORPUS.glob("*.pdf"))
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
    from extractors.chain import extract_isolated
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
    try:
        summary = run_ingest([str(inputs)], Settings(out_dir=local_out))
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
