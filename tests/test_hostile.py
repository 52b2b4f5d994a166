"""End to end on hostile input: every file gets a row and a status, the run exits 0 with no
traceback, the good articles keep their events, and inputs are left untouched."""

from __future__ import annotations

import hashlib
import subprocess
import sys

import pytest

from pipeline.io import read_table
from tests import hostile
from tests.conftest import ROOT

pytestmark = pytest.mark.model


def _digest(folder):
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and not p.is_symlink()}


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    folder, out = root / "in", root / "out"
    expected = hostile.build(folder, root / "outside")
    before = _digest(folder)
    res = subprocess.run([sys.executable, "-m", "pipeline", "extract", str(folder), "--out", str(out)],
                         capture_output=True, text=True, cwd=ROOT)
    return res, expected, out, before, _digest(folder)


def test_hostile_run_completes_without_a_traceback(hostile_run):
    res, *_ = hostile_run
    assert res.returncode == 0, res.stderr
    assert "Traceback" not in res.stderr + res.stdout
    assert "documents (" in res.stdout


def test_hostile_every_file_gets_a_row_with_the_right_status(hostile_run):
    _, expected, out, *_ = hostile_run
    docs = {d["doc_id"]: d for d in read_table(out, "documents").to_pylist()}
    assert {k: v["status"] for k, v in docs.items()} == expected
    for doc in docs.values():
        assert (doc["status"] == "ok") == (doc["error"] is None or doc["error"].startswith("truncated"))
    assert docs["multi_megabyte"]["error"].startswith("truncated")
    assert "alert(" not in docs["html_page"]["text"] and "not text" not in docs["html_page"]["text"]
    assert "\u200b" not in docs["control_chars"]["text"] and "\x1b" not in docs["control_chars"]["text"]
    assert docs["latin1"]["text"].startswith("Le président")


def test_hostile_good_articles_keep_their_events(hostile_run):
    _, _, out, *_ = hostile_run
    events = read_table(out, "events").to_pylist()
    by_doc = {}
    for e in events:
        by_doc.setdefault(e["doc_id"], []).append(e)
    assert sorted(d for d in by_doc if d.startswith("seeds/")) == [
        "seeds/000_713eaf7579da14b0", "seeds/001_38a21ce1104525b1", "seeds/002_e98e51da920cdfe1"]
    for doc_id in ("crlf", "utf8_bom", "name with spaces", "shell;$(rm -rf ~)`x`&|>", "a/b/c/d/deeply_nested"):
        (event,) = by_doc[doc_id]
        assert {p["name"] for p in event["participants"]} == {"Xi Jinping", "Emmanuel Macron"}
    assert "escape" not in by_doc


def test_hostile_inputs_are_never_modified_and_outputs_stay_inside(hostile_run):
    _, _, out, before, after = hostile_run
    assert before == after
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == sorted(
        ["actors", "documents", "entities", "events", "interactions", "parses", "relations", "run_summary.json",
         "sentences"])
