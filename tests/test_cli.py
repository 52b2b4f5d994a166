"""Tests for the ``parley`` command line, run as a subprocess like a user would."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.conftest import SEEDS

PHONE_CALL_DOC = "001_38a21ce1104525b1"


def parley(*args, cwd=None, **env):
    """Run ``python -m pipeline ARGS``; returns the CompletedProcess (text mode)."""
    return subprocess.run([sys.executable, "-m", "pipeline", *map(str, args)], capture_output=True,
                          text=True, cwd=cwd, env={**os.environ, **env}, timeout=300)


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    """One ``parley extract seeds`` run shared by this module: (CompletedProcess, out dir)."""
    out = tmp_path_factory.mktemp("cli") / "out"
    return parley("extract", SEEDS, "--out", out), out


@pytest.mark.model
def test_cli_extract_writes_the_tables_and_prints_a_summary(extracted):
    proc, out = extracted
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines()[0] == f"5 documents (ok 5); 3 events -> {out}/"
    assert "5/5 documents" in proc.stderr                                     # progress
    assert "Traceback" not in proc.stderr
    for table in ("documents", "sentences", "entities", "actors", "relations", "events"):
        assert list((out / table).glob("*.parquet")), table
    assert json.loads((out / "run_summary.json").read_text())["events"] == 3


@pytest.mark.model
def test_cli_show_prints_the_events(extracted):
    _, out = extracted
    proc = parley("show", out)
    assert proc.returncode == 0, proc.stderr
    for text in ("3 events", "Han Zheng", "Thomas Bach", "Xi Jinping", "phone_call", "meeting",
                 "2021-01-25", "Paris, FRA", PHONE_CALL_DOC):
        assert text in proc.stdout, text
    assert "…" not in proc.stdout                  # piped output is not cut to the terminal width


@pytest.mark.model
def test_cli_show_one_document(extracted):
    _, out = extracted
    proc = parley("show", out, "--doc", PHONE_CALL_DOC)
    assert proc.returncode == 0, proc.stderr
    assert "1 events" in proc.stdout
    assert "phone_call" in proc.stdout and "Han Zheng" not in proc.stdout


def _gold(tmp_path, events):
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps({"doc_id": PHONE_CALL_DOC, "events": events}) + "\n", encoding="utf-8")
    return path


@pytest.mark.model
@pytest.mark.parametrize("gold_events, dyad_recall, date_correct", [
    ([{"type": "phone_call", "date": "2021-01-25",
       "participants": [{"name": "Xi Jinping"}, {"name": "Thomas Bach"}]}], 1.0, 1),
    ([{"type": "phone_call", "date": "2021-01-26",
       "participants": [{"name": "Xi Jinping"}, {"name": "Thomas Bach"}]}], 1.0, 0),
    ([{"type": "meeting", "participants": [{"name": "Xi Jinping"}, {"name": "Kofi Mensah"}]}], 0.0, 0),
])
def test_cli_eval_json(extracted, tmp_path, gold_events, dyad_recall, date_correct):
    _, out = extracted
    proc = parley("eval", _gold(tmp_path, gold_events), "--out", out, "--json")
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    assert report["docs"] == [PHONE_CALL_DOC]
    assert report["dyad"]["recall"] == dyad_recall
    assert report["n_system_events"] == 1
    assert report["n_ignored_events"] == 2                         # the other seeds' events
    if dyad_recall:
        assert report["dyad_attributes"]["date"]["correct"] == date_correct


@pytest.mark.model
def test_cli_eval_table_report(extracted, tmp_path):
    _, out = extracted
    gold = _gold(tmp_path, [{"type": "phone_call", "date": "2021-01-25",
                             "participants": [{"name": "Xi Jinping"}, {"name": "Thomas Bach"}]}])
    proc = parley("eval", gold, "--out", out)
    assert proc.returncode == 0, proc.stderr
    assert "dyads" in proc.stdout and "1.000" in proc.stdout


def _one_line_error(proc):
    assert proc.returncode == 2, (proc.stdout, proc.stderr)
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), proc.stderr
    return lines[0]


@pytest.mark.parametrize("args, message", [
    (["extract", "does-not-exist"], "does-not-exist: no such file or folder"),
    (["extract", "articles.xml"], "expected a folder of .txt files"),
    (["extract", "in", "--meta", "nometa.jsonl"], "nometa.jsonl: metadata file not found"),
    (["eval", "nogold.jsonl", "--out", "empty"], "nogold.jsonl: no such file"),
    (["eval", "badgold.jsonl", "--out", "no_events"], "gold.jsonl:1: not valid JSON"),
    (["eval", "gold.jsonl", "--out", "empty"], "table 'events' not found"),
    (["stage", "nosuch", "--out", "empty"], "unknown stage 'nosuch'"),
    (["stage", "clean", "--out", "empty"], "rerun it with `parley extract`"),
    (["stage", "events", "--out", "empty"], "table 'documents' not found"),
    (["show", "empty"], "table 'events' not found"),
])
def test_cli_user_errors_are_one_line(tmp_path, args, message):
    (tmp_path / "empty").mkdir()
    (tmp_path / "no_events" / "events").mkdir(parents=True)          # an events table with no rows
    (tmp_path / "in").mkdir()
    (tmp_path / "articles.xml").write_text("<a/>")
    (tmp_path / "bad.jsonl").write_text('{"doc_id": "a", "text": "x"}\n{nope\n')
    (tmp_path / "badgold.jsonl").write_text("{nope\n")
    (tmp_path / "gold.jsonl").write_text('{"doc_id": "a", "events": []}\n')
    line = _one_line_error(parley(*args, cwd=tmp_path))
    assert message in line


@pytest.mark.parametrize("args, message", [
    (["extract"], "Missing argument"),
    (["extract", "seeds", "--workers", "0"], "--workers"),
    (["extract", "seeds", "--bogus"], "No such option"),
    (["nosuch"], "No such command"),
])
def test_cli_usage_errors_exit_2_without_traceback(args, message):
    proc = parley(*args)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert message in proc.stderr


def test_cli_help_lists_the_commands():
    proc = parley("--help")
    assert proc.returncode == 0
    for command in ("extract", "stage", "eval", "show"):
        assert command in proc.stdout


def test_cli_no_arguments_prints_help_without_traceback():
    proc = parley()
    assert "extract" in proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr
