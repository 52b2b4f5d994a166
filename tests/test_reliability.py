"""Runs that must not interfere: the output lock, --strict, leftovers, and no network."""

from __future__ import annotations

import socket
import subprocess
import sys

import pytest

from pipeline import io, runner
from pipeline.io import read_table
from tests.conftest import ROOT, SEEDS


def test_reliability_a_second_run_on_a_locked_folder_refuses(tmp_path):
    with io.OutputLock(tmp_path):
        with pytest.raises(io.InputError, match="another parley run"):
            runner.run(io.Source(SEEDS), tmp_path)
        with pytest.raises(io.InputError, match="another parley run"):
            runner.run_stage("events", tmp_path)
    assert not (tmp_path / "events").exists()


@pytest.mark.model
def test_reliability_leftover_staging_folders_are_removed(tmp_path):
    (tmp_path / ".staging-deadbeef0000" / "events").mkdir(parents=True)
    runner.run(io.Source(SEEDS), tmp_path)
    assert not list(tmp_path.glob(".staging-*"))
    assert read_table(tmp_path, "events").num_rows == 3


@pytest.mark.model
def test_reliability_strict_exits_1_when_a_document_failed(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text("Chinese President Xi Jinping met French President Emmanuel Macron "
                                     "in Beijing on Friday.\n", encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02binary\x00")
    cmd = [sys.executable, "-m", "pipeline", "extract", str(folder), "--out", str(tmp_path / "out"), "-q"]
    plain = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    strict = subprocess.run(cmd + ["--strict"], capture_output=True, text=True, cwd=ROOT)
    assert plain.returncode == 0 and "failed 1" in plain.stdout
    assert strict.returncode == 1 and "1 documents failed" in strict.stderr
    assert "Traceback" not in plain.stderr + strict.stderr


@pytest.mark.model
def test_reliability_the_pipeline_runs_with_the_network_blocked(run_text, monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    tables = run_text({"d": "Chinese President Xi Jinping met French President Emmanuel Macron in Paris "
                            "on Saturday."}, published="2024-07-28")
    (event,) = tables["events"]
    assert (event["date"], event["location_city"]) == ("2024-07-27", "Paris")


@pytest.mark.parametrize("debug", [False, True])
def test_reliability_internal_errors_are_one_line_unless_debug(tmp_path, monkeypatch, capsys, debug):
    from pipeline import cli

    def broken(*args, **kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr(cli.io, "read_table", broken)
    monkeypatch.setattr(sys, "argv", ["parley", *(["--debug"] if debug else []), "show", str(tmp_path)])
    if debug:
        with pytest.raises(RuntimeError, match="a bug"):      # the traceback reaches the user
            cli.main()
        return
    with pytest.raises(SystemExit) as exit_:
        cli.main()
    assert exit_.value.code == 3
    err = capsys.readouterr().err
    assert err.startswith("error: internal error (RuntimeError: a bug)") and len(err.strip().splitlines()) == 1
