"""Tests for pipeline.runner: full runs, table folders, reruns, workers, single stages, failures."""

from __future__ import annotations

import dataclasses
import importlib
import json
import shutil

import duckdb
import pandas as pd
import pytest

from pipeline import io, runner, schemas
from tests.conftest import SEEDS

# `pipeline.clean` is the stage function (re-exported by the package); this is its module.
clean_mod = importlib.import_module("pipeline.clean")

pytestmark = pytest.mark.model

TEXTS = {
    "a": "Xi meets Macron\nBEIJING, April 6 (Xinhua) -- Chinese President Xi Jinping met with French "
         "President Emmanuel Macron in Beijing on Thursday.",
    "b": "Putin holds talks with Erdogan\nRussian President Vladimir Putin held talks with Turkish "
         "President Recep Tayyip Erdogan in Sochi on Monday.",
    "c": "Weather\nIt rained heavily in the north of the country on Monday, the weather service said.",
}
EVENTS = {"a": ("meeting", "2023-04-06", ("Emmanuel Macron", "Xi Jinping")),
          "b": ("meeting", "2023-04-03", ("Recep Tayyip Erdogan", "Vladimir Putin"))}


def _articles(texts):
    return runner.articles_table([io.article_row(k, text=v, published="2023-04-08", encoding="utf-8")
                                  for k, v in texts.items()])


def _events_by_doc(events):
    return {e["doc_id"]: (e["type"], e["date"], tuple(sorted(p["name"] for p in e["participants"])))
            for e in events}


def _frame(out, table):
    df = io.read_table(out, table).to_pandas()
    key = schemas.key_of(schemas.SCHEMAS[table])
    return df.sort_values(key).reset_index(drop=True)


def _copy(src, dst):
    shutil.copytree(src, dst)
    return dst


def _failing_stage(name, bad_doc):
    """``runner.STAGES`` with stage ``name`` raising whenever ``bad_doc`` is in its input."""
    def replace(stage):
        def fn(*tables, **kw):
            if bad_doc in tables[0].column("doc_id").to_pylist():
                raise RuntimeError(f"boom on {bad_doc}")
            return stage.fn(*tables, **kw)
        return dataclasses.replace(stage, fn=fn) if stage.name == name else stage
    return tuple(replace(s) for s in runner.STAGES)


# ---------------------------------------------------------------- a full run

def test_runner_every_table_is_a_parquet_folder_readable_by_pandas_and_duckdb(seeds_out):
    summary = json.loads((seeds_out / "run_summary.json").read_text())
    for table in runner.ALL_TABLES:
        folder = seeds_out / table
        assert folder.is_dir() and list(folder.glob("*.parquet")), table
        df = pd.read_parquet(folder)
        assert list(df.columns) == schemas.SCHEMAS[table].names
        n = duckdb.sql(f"select count(*) from read_parquet('{folder}/*.parquet')").fetchall()[0][0]
        assert n == len(df) == summary["tables"][table], table
    assert not list(seeds_out.glob(".staging-*"))


def test_runner_run_summary_counts(seeds_out):
    summary = json.loads((seeds_out / "run_summary.json").read_text())
    docs = pd.read_parquet(seeds_out / "documents")
    assert summary["documents"] == len(docs) == 5
    assert summary["status"] == {"ok": 5}
    assert summary["events"] == len(pd.read_parquet(seeds_out / "events")) == 3
    assert set(summary["tables"]) == set(runner.ALL_TABLES)
    assert summary["schema_version"] == schemas.SCHEMA_VERSION
    assert summary["pipeline_version"] == runner.PIPELINE_VERSION
    assert summary["model"]


def test_runner_rerun_replaces_the_tables(seeds_out, tmp_path):
    out = _copy(seeds_out, tmp_path / "out")
    summary = runner.run(io.Source(SEEDS), out, batch_size=2)          # other partitioning, same rows
    assert summary.documents == 5
    for table in runner.ALL_TABLES:
        pd.testing.assert_frame_equal(_frame(out, table), _frame(seeds_out, table))
        parts = 1 if table in runner.CORPUS_STAGE.outputs else 3       # 5 articles in batches of 2
        assert len(list((out / table).glob("*.parquet"))) == parts
    assert sorted(p.name for p in out.iterdir()) == sorted([*runner.ALL_TABLES, "run_summary.json", ".parley.lock"])


def test_runner_two_workers_give_the_same_tables(seeds_out, tmp_path):
    summary = runner.run(io.Source(SEEDS), tmp_path, workers=2, batch_size=2)
    assert summary.status == {"ok": 5}
    for table in runner.ALL_TABLES:
        pd.testing.assert_frame_equal(_frame(tmp_path, table), _frame(seeds_out, table))


def test_runner_two_workers_are_forked_with_the_loaded_model(tmp_path, monkeypatch):
    if runner._fork_context() is None:
        pytest.skip("no fork on this platform: workers are spawned and load their own model")
    loads = []
    real = runner.nlp_mod.load
    monkeypatch.setattr(runner.nlp_mod, "load", lambda model=None: loads.append(model) or real(model))
    summary = runner.run(io.Source(SEEDS), tmp_path, workers=2, batch_size=2)
    assert summary.status == {"ok": 5}
    assert len(loads) == 1                  # in the parent only: the workers inherit it
    assert runner._WORKER_NLP is None       # and the parent lets go of it after the run


def test_runner_small_inputs_get_no_second_worker(tmp_path, monkeypatch):
    def pooled(*args, **kwargs):
        raise AssertionError("a pool was started for one partition")

    monkeypatch.setattr(runner, "_pooled", pooled)
    summary = runner.run(io.Source(SEEDS), tmp_path, workers=2)       # 5 articles: one partition
    assert summary.status == {"ok": 5}


def test_parallel_batch_gives_each_worker_several_partitions():
    assert runner.parallel_batch(160, 64, 2) == 10          # 16 partitions for 2 workers
    assert runner.parallel_batch(2000, 64, 2) == 64         # never above --batch-size
    assert runner.parallel_batch(20, 64, 2) == runner.MIN_PARALLEL_BATCH
    assert runner.parallel_batch(5, 2, 2) == 2
    assert runner.parallel_batch(0, 64, 2) == runner.MIN_PARALLEL_BATCH


def test_runner_failed_run_keeps_the_previous_tables(seeds_out, tmp_path, monkeypatch):
    out = _copy(seeds_out, tmp_path / "out")
    (out / "run_summary.json").unlink()         # no reuse: every batch is processed again
    real = runner.run_partition
    calls = []

    def partition(articles, nlp):
        calls.append(articles.num_rows)
        if len(calls) == 2:
            raise RuntimeError("disk on fire")
        return real(articles, nlp)

    monkeypatch.setattr(runner, "run_partition", partition)
    with pytest.raises(RuntimeError, match="disk on fire"):
        runner.run(io.Source(SEEDS), out, batch_size=2)
    for table in runner.ALL_TABLES:
        pd.testing.assert_frame_equal(_frame(out, table), _frame(seeds_out, table))
    assert not list(out.glob(".staging-*"))


# ---------------------------------------------------------------- single stages

@pytest.mark.parametrize("stages", [["relations", "events"], ["events"], ["entities", "relations", "events"]])
def test_runner_run_stage_reproduces_the_full_run(seeds_out, tmp_path, stages):
    out = _copy(seeds_out, tmp_path / "out")
    shutil.rmtree(out / "events")
    for name in stages:
        rows = runner.run_stage(name, out)
        assert set(runner.get_stage(name).outputs) <= set(rows)
    assert rows == {"events": 3, "interactions": 3}
    for table in runner.ALL_TABLES:
        pd.testing.assert_frame_equal(_frame(out, table), _frame(seeds_out, table))


@pytest.mark.parametrize("name, error, message", [
    ("clean", ValueError, "parley extract"),
    ("nosuch", KeyError, "unknown stage 'nosuch'"),
    ("events", io.InputError, "table 'documents' not found"),
])
def test_runner_run_stage_errors(tmp_path, name, error, message):
    with pytest.raises(error, match=message):
        runner.run_stage(name, tmp_path)
    assert [p.name for p in tmp_path.iterdir()] in ([], [".parley.lock"])   # no table, no staging


# ---------------------------------------------------------------- one bad article

def test_runner_partition_extracts_inline_articles(nlp):
    tables = runner.run_partition(_articles(TEXTS), nlp)
    assert _events_by_doc(tables["events"].to_pylist()) == EVENTS
    assert tables["documents"].column("status").to_pylist() == ["ok", "ok", "ok"]


@pytest.mark.parametrize("stage", [s.name for s in runner.STAGES])
def test_runner_failing_article_costs_only_itself(nlp, monkeypatch, stage):
    monkeypatch.setattr(runner, "STAGES", _failing_stage(stage, "a"))
    tables = runner.run_partition(_articles(TEXTS), nlp)
    docs = {d["doc_id"]: d for d in tables["documents"].to_pylist()}
    assert docs["a"]["status"] == "failed"
    assert docs["a"]["error"] == f"{stage} stage: RuntimeError: boom on a"
    assert (docs["b"]["status"], docs["c"]["status"]) == ("ok", "ok")
    assert _events_by_doc(tables["events"].to_pylist()) == {"b": EVENTS["b"]}
    for name in runner.OUTPUT_TABLES:
        assert tables[name].schema.names == schemas.SCHEMAS[name].names
        if name != "documents":
            assert "a" not in tables[name].column("doc_id").to_pylist(), name


def test_runner_failing_article_alone_in_its_batch_becomes_a_failed_row(nlp, monkeypatch):
    monkeypatch.setattr(runner, "STAGES", _failing_stage("relations", "a"))
    tables = runner.run_partition(_articles({"a": TEXTS["a"]}), nlp)
    (doc,) = tables["documents"].to_pylist()
    assert (doc["doc_id"], doc["status"], doc["error"]) == ("a", "failed", "relations stage: RuntimeError: boom on a")
    assert all(tables[name].num_rows == 0 for name in runner.OUTPUT_TABLES if name != "documents")


def test_runner_article_that_breaks_cleaning_still_gets_a_row(nlp, monkeypatch):
    real = clean_mod.clean_article

    def clean_article(row):
        if row["doc_id"] == "a":
            raise ValueError("bad markup")
        return real(row)

    monkeypatch.setattr(clean_mod, "clean_article", clean_article)
    tables = runner.run_partition(_articles(TEXTS), nlp)
    docs = {d["doc_id"]: d for d in tables["documents"].to_pylist()}
    assert (docs["a"]["status"], docs["a"]["error"]) == ("failed", "clean stage: ValueError: bad markup")
    assert docs["a"]["text"] == ""
    assert _events_by_doc(tables["events"].to_pylist()) == {"b": EVENTS["b"]}


@pytest.mark.parametrize("batch_size", [1, 2, 3])
def test_runner_run_with_a_failing_article_writes_every_table(tmp_path, monkeypatch, batch_size):
    src = tmp_path / "in"
    src.mkdir()
    for k, v in TEXTS.items():
        (src / f"{k}.txt").write_text(v, encoding="utf-8")
    monkeypatch.setattr(runner, "STAGES", _failing_stage("entities", "b"))
    summary = runner.run(io.Source(src), tmp_path / "out", batch_size=batch_size)
    assert summary.status == {"failed": 1, "ok": 2}
    assert json.loads((tmp_path / "out" / "run_summary.json").read_text())["status"] == {"failed": 1, "ok": 2}
    docs = _frame(tmp_path / "out", "documents").set_index("doc_id")
    assert docs.loc["b", "error"] == "entities stage: RuntimeError: boom on b"
    events = _frame(tmp_path / "out", "events")
    assert list(events["doc_id"]) == ["a"]
