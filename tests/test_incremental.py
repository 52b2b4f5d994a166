"""Incremental reruns: unchanged articles are reused, and the tables equal a full run."""

from __future__ import annotations

import json
import shutil

import pandas as pd
import pytest

from pipeline import io, nlp as nlp_mod, runner
from tests.conftest import SEEDS

pytestmark = pytest.mark.model


def _frame(out, table):
    df = io.read_table(out, table).to_pandas()
    return df.drop(columns=[c for c in ("docbin",) if c in df])


def _assert_same_tables(a, b):
    for table in runner.ALL_TABLES:
        pd.testing.assert_frame_equal(_frame(a, table), _frame(b, table), obj=table)


def _reused(out):
    return json.loads((out / "run_summary.json").read_text())["reused"]


def test_incremental_unchanged_input_does_no_nlp(tmp_path, monkeypatch, nlp):
    out = tmp_path / "out"
    runner.run(io.Source(SEEDS), out)
    first = {t: _frame(out, t) for t in runner.ALL_TABLES}

    def no_model(*args, **kwargs):
        raise AssertionError("the model was loaded for unchanged input")

    monkeypatch.setattr(nlp_mod, "load", no_model)
    summary = runner.run(io.Source(SEEDS), out)
    assert summary.reused == 5
    for table in runner.ALL_TABLES:
        pd.testing.assert_frame_equal(_frame(out, table), first[table], obj=table)


def test_incremental_add_change_and_delete_equal_a_full_run(tmp_path, nlp):
    folder = tmp_path / "in"
    shutil.copytree(SEEDS, folder)
    out = tmp_path / "out"
    runner.run(io.Source(folder), out, batch_size=2)
    (folder / "003_ecb07d26c91458ce.txt").unlink()                                        # delete
    (folder / "001_38a21ce1104525b1.txt").write_text(                                      # change
        "On Monday, Chinese President Xi Jinping held talks with French President Emmanuel Macron in "
        "Beijing.\n", encoding="utf-8")
    (folder / "sub").mkdir()
    (folder / "sub" / "new.txt").write_text(                                               # add
        "Russian President Vladimir Putin had a phone conversation with Turkish President Recep Tayyip "
        "Erdogan on Thursday.\n", encoding="utf-8")
    runner.run(io.Source(folder), out, batch_size=2)
    assert _reused(out) == 3
    fresh = tmp_path / "fresh"
    runner.run(io.Source(folder), fresh, batch_size=2)
    assert _reused(fresh) == 0
    _assert_same_tables(out, fresh)
    docs = set(_frame(out, "documents")["doc_id"])
    assert "003_ecb07d26c91458ce" not in docs and "sub/new" in docs


def test_incremental_a_changed_pipeline_invalidates_the_cache(tmp_path, monkeypatch, nlp):
    out = tmp_path / "out"
    runner.run(io.Source(SEEDS), out)
    monkeypatch.setattr(runner, "PIPELINE_VERSION", "changed")
    assert runner.run(io.Source(SEEDS), out).reused == 0


def test_incremental_changed_metadata_reprocesses_the_article(tmp_path, nlp):
    out = tmp_path / "out"
    runner.run(io.Source(SEEDS), out)
    meta = tmp_path / "meta.jsonl"
    meta.write_text('{"doc_id": "001_38a21ce1104525b1", "published": "2021-01-26"}\n', encoding="utf-8")
    summary = runner.run(io.Source(SEEDS, meta), out)
    assert summary.reused == 4
    docs = _frame(out, "documents").set_index("doc_id")
    assert str(docs.loc["001_38a21ce1104525b1", "published"]) == "2021-01-26"


def test_incremental_interrupted_run_resumes_from_its_finished_partitions(tmp_path, monkeypatch, nlp):
    folder = tmp_path / "in"
    shutil.copytree(SEEDS, folder)
    out = tmp_path / "out"

    def stop_after_two_partitions(done, total):
        if done >= 4:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        runner.run(io.Source(folder), out, batch_size=2, progress=stop_after_two_partitions)
    assert not (out / "documents").exists() and len(list(out.glob(".staging-*"))) == 1
    processed = []
    real = runner.run_partition
    monkeypatch.setattr(runner, "run_partition",
                        lambda articles, nlp: processed.append(articles.num_rows) or real(articles, nlp))
    summary = runner.run(io.Source(folder), out, batch_size=2)
    assert (summary.reused, processed) == (4, [1])              # only the unfinished partition ran
    assert not list(out.glob(".staging-*"))
    fresh = tmp_path / "fresh"
    runner.run(io.Source(folder), fresh, batch_size=2)
    _assert_same_tables(out, fresh)


def test_incremental_an_interrupted_run_of_another_pipeline_is_not_resumed(tmp_path, monkeypatch, nlp):
    out = tmp_path / "out"

    def stop(done, total):
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        runner.run(io.Source(SEEDS), out, batch_size=2, progress=stop)
    monkeypatch.setattr(runner, "PIPELINE_VERSION", "changed")
    assert runner.run(io.Source(SEEDS), out, batch_size=2).reused == 0
    assert not list(out.glob(".staging-*"))


def test_incremental_reused_rows_keep_the_place_of_a_full_run(tmp_path, nlp):
    folder = tmp_path / "in"
    shutil.copytree(SEEDS, folder)
    out = tmp_path / "out"
    runner.run(io.Source(folder), out, batch_size=5)
    last = sorted(folder.glob("*.txt"))[-1]                     # changed after four unchanged ones
    last.write_text("Japanese Prime Minister Fumio Kishida met Indian Prime Minister Narendra Modi in "
                    "Tokyo on Monday.\n", encoding="utf-8")
    assert runner.run(io.Source(folder), out, batch_size=5).reused == 4
    fresh = tmp_path / "fresh"
    runner.run(io.Source(folder), fresh, batch_size=5)
    _assert_same_tables(out, fresh)


def test_incremental_an_unchanged_partition_is_reused_as_its_files(tmp_path, nlp):
    folder = tmp_path / "in"
    shutil.copytree(SEEDS, folder)
    out = tmp_path / "out"
    runner.run(io.Source(folder), out, batch_size=2)        # partitions: 000+001, 002+003, 004
    before = {t: [p.stat().st_ino for p in sorted((out / t).glob("*.parquet"))] for t in runner.OUTPUT_TABLES}
    (folder / "003_ecb07d26c91458ce.txt").write_text("Turkish President Recep Tayyip Erdogan met Greek Prime "
                                                     "Minister Kyriakos Mitsotakis in Ankara on Monday.\n",
                                                     encoding="utf-8")
    runner.run(io.Source(folder), out, batch_size=2)
    after = {t: [p.stat().st_ino for p in sorted((out / t).glob("*.parquet"))] for t in runner.OUTPUT_TABLES}
    for table in runner.OUTPUT_TABLES:                       # the same files, not rewritten copies
        assert after[table][0] == before[table][0] and after[table][2] == before[table][2], table
        assert after[table][1] != before[table][1], table
    fresh = tmp_path / "fresh"
    runner.run(io.Source(folder), fresh, batch_size=2)
    _assert_same_tables(out, fresh)
