"""A full disk or a read-only output folder: a clear one-line error, exit status 2, and the
previous tables intact and readable.

The simulated cases run everywhere; the real ones mount a small tmpfs, which needs a
machine that allows mounts (CI's does)."""

from __future__ import annotations

import errno
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from pipeline import cli, io, runner
from tests.conftest import ROOT, SEEDS, frames

pytestmark = pytest.mark.model


def _assert_unchanged(out, before):
    for table, frame in frames(out).items():
        pd.testing.assert_frame_equal(frame, before[table], obj=table)
    assert not list(out.glob(".staging-*")) and not list(out.glob("**/*.tmp"))


def _extract(args):
    return subprocess.run([sys.executable, "-m", "pipeline", "extract", *map(str, args), "-q"],
                          capture_output=True, text=True, cwd=ROOT)


@pytest.fixture
def bigger_corpus(tmp_path):
    folder = tmp_path / "in"
    for i in range(8):
        shutil.copytree(SEEDS, folder / f"copy{i}")
    return folder


def test_disk_full_midway_is_one_clear_error_and_the_previous_tables_stay(tmp_path, monkeypatch, capsys,
                                                                           bigger_corpus):
    out = tmp_path / "out"
    runner.run(io.Source(SEEDS), out)
    before = frames(out)
    real = pq.write_table
    calls = []

    def fills_up(table, where, **kwargs):
        calls.append(where)
        if len(calls) > 20:                     # a few partitions in
            raise OSError(errno.ENOSPC, "No space left on device", str(where))
        return real(table, where, **kwargs)

    monkeypatch.setattr(io.pq, "write_table", fills_up)
    monkeypatch.setattr(sys, "argv", ["parley", "extract", str(bigger_corpus), "--out", str(out),
                                      "--batch-size", "4", "-q"])
    with pytest.raises(SystemExit) as exit_:
        cli.main()
    assert exit_.value.code == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("error: ") and len(err.splitlines()) == 1, err
    assert "No space left on device (the output's disk is full; the previous tables are unchanged)" in err
    _assert_unchanged(out, before)


def test_disk_read_only_output_folder_is_one_clear_error(tmp_path, monkeypatch, capsys):
    out = tmp_path / "out"
    runner.run(io.Source(SEEDS), out)
    before = frames(out)
    real_open = Path.open

    def read_only(self, mode="r", *args, **kwargs):
        if self.is_relative_to(out) and any(c in mode for c in "wax+"):
            raise OSError(errno.EROFS, "Read-only file system", str(self))
        return real_open(self, mode, *args, **kwargs)

    monkeypatch.setattr(Path, "open", read_only)
    monkeypatch.setattr(sys, "argv", ["parley", "extract", str(SEEDS), "--out", str(out), "-q"])
    with pytest.raises(SystemExit) as exit_:
        cli.main()
    assert exit_.value.code == 2
    err = capsys.readouterr().err.strip()
    assert err == f"error: {out / '.parley.lock'}: Read-only file system"
    monkeypatch.undo()
    _assert_unchanged(out, before)


# ---------------------------------------------------------------- on a real small filesystem

@pytest.fixture
def small_fs(tmp_path):
    """A 400 KiB tmpfs, unmounted afterwards."""
    mount = tmp_path / "fs"
    mount.mkdir()
    if shutil.which("mount") is None or subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=400k", "tmpfs", str(mount)], capture_output=True).returncode:
        pytest.skip("this machine does not allow mounting a tmpfs (the simulated tests above still run)")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=False)


def test_disk_a_real_full_filesystem(small_fs, bigger_corpus):
    out = small_fs / "out"
    assert _extract([SEEDS, "--out", out]).returncode == 0
    before = frames(out)
    result = _extract([bigger_corpus, "--out", out, "--batch-size", "4"])
    assert result.returncode == 2, result.stderr
    assert "No space left on device" in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    _assert_unchanged(out, before)


def test_disk_a_real_read_only_filesystem(small_fs):
    out = small_fs / "out"
    assert _extract([SEEDS, "--out", out]).returncode == 0
    before = frames(out)
    subprocess.run(["mount", "-o", "remount,ro", str(small_fs)], check=True)
    result = _extract([SEEDS, "--out", out])
    assert result.returncode == 2
    assert result.stderr.strip() == f"error: {out / '.parley.lock'}: Read-only file system"
    _assert_unchanged(out, before)
