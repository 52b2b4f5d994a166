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
