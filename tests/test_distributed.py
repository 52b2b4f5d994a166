"""The dask executor gives the local executor's tables: on a LocalCluster, on a running
scheduler given by address, and when a worker dies in the middle of a partition."""

from __future__ import annotations

import os
import subprocess
import sys

import pandas as pd
import pytest
from dask.distributed import Client, LocalCluster, WorkerPlugin

from pipeline import io, runner
from tests.conftest import ROOT, SEEDS, frames

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def local_tables(tmp_path_factory):
    out = tmp_path_factory.mktemp("local") / "out"
    runner.run(io.Source(SEEDS), out, batch_size=2)
    return frames(out)


def _assert_same(out, reference):
    got = frames(out)
    for table in runner.ALL_TABLES:
        pd.testing.assert_frame_equal(got[table], reference[table], obj=table)


@pytest.fixture(scope="module")
def cluster():
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as c:
        yield c


def test_distributed_a_two_worker_local_cluster_equals_the_local_run(tmp_path, local_tables):
    summary = runner.run(io.Source(SEEDS), tmp_path / "out", executor="dask", workers=2, batch_size=2)
    assert summary.status == {"ok": 5} and summary.events == 3
    _assert_same(tmp_path / "out", local_tables)


def test_distributed_a_running_scheduler_from_the_command_line(tmp_path, local_tables, cluster):
    res = subprocess.run([sys.executable, "-m", "pipeline", "extract", str(SEEDS), "--out", str(tmp_path / "out"),
                          "--scheduler", cluster.scheduler_address, "--batch-size", "2", "-q"],
                         capture_output=True, text=True, cwd=ROOT)
    assert res.returncode == 0, res.stderr
    assert "5 documents (ok 5); 3 events" in res.stdout
    _assert_same(tmp_path / "out", local_tables)


class DieOnce(WorkerPlugin):
    """Kills the worker process in the middle of its first partition (once per cluster)."""

    def __init__(self, marker: str):
        self.marker = marker

    def setup(self, worker):
        from pipeline import runner as worker_runner

        real, marker = worker_runner.run_partition, self.marker

        def dies_once(articles, nlp):
            if not os.path.exists(marker):
                open(marker, "w").close()
                os._exit(1)
            return real(articles, nlp)

        worker_runner.run_partition = dies_once


def test_distributed_a_worker_dying_midway_is_retried_without_duplicate_rows(tmp_path, local_tables):
    marker = tmp_path / "died"
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as c, \
            Client(c) as client:
        client.register_plugin(DieOnce(str(marker)))
        runner.run(io.Source(SEEDS), tmp_path / "out", scheduler=c.scheduler_address, batch_size=2)
    assert marker.exists()
    _assert_same(tmp_path / "out", local_tables)


def test_distributed_an_unreachable_scheduler_is_one_clear_error(tmp_path):
    env = {**os.environ, "DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "1s"}
    res = subprocess.run([sys.executable, "-m", "pipeline", "extract", str(SEEDS), "--out", str(tmp_path / "out"),
                          "--scheduler", "tcp://127.0.0.1:9", "-q"], capture_output=True, text=True, cwd=ROOT, env=env)
    assert res.returncode == 2
    assert res.stderr.startswith("error: cannot reach the Dask scheduler at tcp://127.0.0.1:9")
    assert len(res.stderr.strip().splitlines()) == 1
