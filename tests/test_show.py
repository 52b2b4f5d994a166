"""`parley show` filters."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.model


@pytest.mark.parametrize("args, docs", [
    ([], {"000_713eaf7579da14b0", "001_38a21ce1104525b1", "002_e98e51da920cdfe1"}),
    (["--person", "bach"], {"000_713eaf7579da14b0", "001_38a21ce1104525b1"}),
    (["--since", "2023-01-01"], {"000_713eaf7579da14b0", "002_e98e51da920cdfe1"}),
    (["--person", "Xi Jinping", "--since", "2023-01-01"], set()),
    (["--doc", "002_e98e51da920cdfe1"], {"002_e98e51da920cdfe1"}),
])
def test_show_filters_events(seeds_out, args, docs):
    res = subprocess.run([sys.executable, "-m", "pipeline", "show", str(seeds_out), *args],
                         capture_output=True, text=True, cwd=ROOT, env={"COLUMNS": "300", "PATH": ""})
    assert res.returncode == 0, res.stderr
    shown = {d for d in ("000_713eaf7579da14b0", "001_38a21ce1104525b1", "002_e98e51da920cdfe1") if d in res.stdout}
    assert shown == docs
    assert f"{len(docs)} events" in res.stdout


def test_show_never_passes_terminal_controls_or_markup_from_a_file_name(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    name = "evil\x1b[2J\x1b[31m[bold]x[red]\u202e"
    (folder / f"{name}.txt").write_text("Chinese President Xi Jinping met French President Emmanuel Macron "
                                        "in Beijing on Friday.\n", encoding="utf-8")
    out = tmp_path / "out"
    run = [sys.executable, "-m", "pipeline"]
    assert subprocess.run([*run, "extract", str(folder), "--out", str(out), "-q"], cwd=ROOT).returncode == 0
    res = subprocess.run([*run, "show", str(out)], capture_output=True, text=True, cwd=ROOT)
    assert res.returncode == 0, res.stderr
    assert "\x1b" not in res.stdout and "\u202e" not in res.stdout
    assert "evil\\x1b[2J\\x1b[31m[bold]x[red]\\u202e" in res.stdout
