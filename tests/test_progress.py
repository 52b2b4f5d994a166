"""`parley extract` output: a progress bar and a summary table on a terminal, plain lines
when piped, only the one-line summary with --quiet."""

from __future__ import annotations

import os
import pty
import re
import subprocess
import sys

import pytest

from tests.conftest import ROOT, SEEDS

pytestmark = pytest.mark.model

ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def _extract(out, *extra):
    return [sys.executable, "-m", "pipeline", "extract", str(SEEDS), "--out", str(out), "--batch-size", "2", *extra]


def _in_terminal(cmd) -> str:
    """Run cmd with stdout and stderr on a pseudo-terminal; return everything it printed."""
    leader, follower = pty.openpty()
    env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": "120", "LINES": "40"}
    env.pop("NO_COLOR", None)
    proc = subprocess.Popen(cmd, stdout=follower, stderr=follower, stdin=subprocess.DEVNULL, cwd=ROOT, env=env)
    os.close(follower)
    chunks = []
    while True:
        try:
            data = os.read(leader, 65536)
        except OSError:                 # EIO: the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    os.close(leader)
    assert proc.wait() == 0
    return b"".join(chunks).decode("utf-8", "replace")


def test_progress_on_a_terminal_is_a_bar_with_rate_and_eta_then_a_summary_table(tmp_path):
    shown = _in_terminal(_extract(tmp_path / "out"))
    assert ANSI.search(shown), "no terminal control: not drawn as a live bar"
    plain = ANSI.sub("", shown)
    assert "━" in plain and "5/5 docs" in plain and "docs/s" in plain and "ETA" in plain
    assert "5 documents (ok 5); 3 events" in plain
    assert re.search(r"documents ok\s*│\s*5", plain) and re.search(r"events rows\s*│\s*3", plain)


def test_progress_piped_is_plain_lines(tmp_path):
    res = subprocess.run(_extract(tmp_path / "out"), capture_output=True, text=True, cwd=ROOT)
    assert res.returncode == 0
    assert not ANSI.search(res.stdout + res.stderr) and "━" not in res.stderr
    assert re.search(r"^  5/5 documents, [\d.]+ docs/s, ETA 0 s$", res.stderr, re.M)
    assert res.stdout.startswith("5 documents (ok 5); 3 events")
    assert re.search(r"documents ok\s*│\s*5", res.stdout)


def test_progress_quiet_prints_only_the_summary_line(tmp_path):
    res = subprocess.run(_extract(tmp_path / "out", "-q"), capture_output=True, text=True, cwd=ROOT)
    assert res.returncode == 0 and res.stderr == ""
    assert res.stdout.strip().splitlines() == [f"5 documents (ok 5); 3 events -> {tmp_path / 'out'}/"]
    shown = _in_terminal(_extract(tmp_path / "out2", "-q"))
    assert ANSI.sub("", shown).strip().splitlines() == [f"5 documents (ok 5); 3 events -> {tmp_path / 'out2'}/"]
