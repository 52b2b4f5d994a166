"""SIGKILL at several points of a run: the previous tables stay readable, and the next run
completes with tables identical to an uninterrupted run."""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import time

import pandas as pd
import pytest

from pipeline import io, runner
from tests.conftest import ROOT, SEEDS, frames

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("kill") / "in"
    for i in range(8):
        shutil.copytree(SEEDS, folder / f"copy{i}")
    reference = folder.parent / "reference"
    runner.run(io.Source(folder), reference, batch_size=4)
    return folder, frames(reference)


@pytest.mark.parametrize("delay", [0.3, 1.5, 3.0, 5.0])
def test_kill_at_any_point_then_rerun_gives_the_uninterrupted_tables(corpus, tmp_path, delay):
    folder, reference = corpus
    out = tmp_path / "out"
    runner.run(io.Source(SEEDS), out)                         # previous, different outputs
    previous = frames(out)
    proc = subprocess.Popen([sys.executable, "-m", "pipeline", "extract", str(folder), "--out", str(out),
                             "--batch-size", "4", "-q"], cwd=ROOT, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    # Whatever the moment, every table reads as either the previous or the new version.
    for table, frame in frames(out).items():
        assert frame.equals(previous[table]) or frame.equals(reference[table]), table
    runner.run(io.Source(folder), out, batch_size=4)
    for table, frame in frames(out).items():
        pd.testing.assert_frame_equal(frame, reference[table], obj=table)
    assert not list(out.glob(".staging-*")) and not list(out.glob(".old-*"))


def test_kill_after_finished_partitions_resumes_from_them(corpus, tmp_path):
    folder, reference = corpus
    out = tmp_path / "out"
    proc = subprocess.Popen([sys.executable, "-m", "pipeline", "extract", str(folder), "--out", str(out),
                             "--batch-size", "4", "-q"], cwd=ROOT, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while not list(out.glob(".staging-*/documents/part-00001.parquet")):     # two partitions done
        assert proc.poll() is None and time.monotonic() < deadline, "the run ended before it was killed"
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    summary = runner.run(io.Source(folder), out, batch_size=4)
    assert summary.reused >= 8                                  # the two finished partitions
    for table, frame in frames(out).items():
        pd.testing.assert_frame_equal(frame, reference[table], obj=table)
    assert not list(out.glob(".staging-*"))
