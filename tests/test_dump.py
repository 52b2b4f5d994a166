"""A crawl dump loses nothing: one-line copies of the seeds, broken records and repeated ids.

The dump is built from ``seeds/``: each seed as it is, each seed again as one line (paragraphs
joined by spaces, as scrapers hand them over), a corrupt JSON line, a record without text, a
record whose text is a number, and a repeated ``doc_id``.
"""

from __future__ import annotations

import json
import re

import pytest

from pipeline.io import read_table
from tests.conftest import SEEDS
from tests.test_cli import parley

pytestmark = pytest.mark.model


def _one_line(text: str) -> str:
    return re.sub(r"\s*\n\s*", " ", text).strip()


@pytest.fixture(scope="module")
def dump_run(tmp_path_factory):
    folder = tmp_path_factory.mktemp("dump")
    lines = []
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        lines.append(json.dumps({"doc_id": path.stem, "text": text}))
        lines.append(json.dumps({"doc_id": f"{path.stem}-oneline", "text": _one_line(text)}))
    lines.insert(3, '{"doc_id": "broken", "text": "Xi met')                      # line 4: corrupt
    lines.append(json.dumps({"doc_id": "no-text", "url": "https://example.com/a"}))
    lines.append(json.dumps({"doc_id": "a-number", "text": 20240728}))
    first = sorted(SEEDS.glob("*.txt"))[0].stem
    lines.append(json.dumps({"doc_id": first, "text": "A re-crawled copy of the first page."}))
    dump = folder / "dump.jsonl"
    dump.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = folder / "out"
    return parley("extract", dump, "--out", out), out, len(lines), first


def _pairs(events, doc_id):
    return sorted((e["type"], tuple(sorted(p["name"] for p in e["participants"])))
                  for e in events if e["doc_id"] == doc_id)


def test_dump_runs_to_exit_0_with_one_documents_row_per_record(dump_run):
    proc, out, n_records, first = dump_run
    assert proc.returncode == 0, proc.stderr
    docs = {d["doc_id"]: d for d in read_table(out, "documents").to_pylist()}
    assert len(docs) == n_records
    assert docs["dump.jsonl#4"]["status"] == "failed"
    assert docs["dump.jsonl#4"]["error"].startswith("dump.jsonl:4: not valid JSON (")
    assert (docs["no-text"]["status"], docs["no-text"]["error"]) == ("failed", f"dump.jsonl:{n_records - 2}: no text")
    assert (docs["a-number"]["status"], docs["a-number"]["error"]) == (
        "failed", f"dump.jsonl:{n_records - 1}: text is int, not a string")
    assert (docs[f"{first}#2"]["status"], docs[f"{first}#2"]["error"]) == (
        "skipped", "skipped: duplicate doc_id of record 1")
    assert "ok" == docs[first]["status"] and "re-crawled" not in docs[first]["text"]
    # the summary line counts these rows like any other status
    assert re.search(rf"{n_records} documents \(failed 3, ok 10, skipped 1\)", proc.stdout), proc.stdout


def test_dump_with_strict_exits_1(dump_run, tmp_path):
    _, out, _, _ = dump_run
    proc = parley("extract", out.parent / "dump.jsonl", "--out", tmp_path / "strict", "--strict", "-q")
    assert proc.returncode == 1


def test_dump_keeps_the_seeds_events_and_each_one_line_copy_gives_the_same_pairs(dump_run, seeds_out):
    _, out, _, _ = dump_run
    events = read_table(out, "events").to_pylist()
    seeds = read_table(seeds_out, "events").to_pylist()
    stems = sorted(p.stem for p in SEEDS.glob("*.txt"))
    for stem in stems:
        assert _pairs(events, stem) == _pairs(seeds, stem)
        assert _pairs(events, f"{stem}-oneline") == _pairs(seeds, stem), stem
    docs = {d["doc_id"]: d for d in read_table(out, "documents").to_pylist()}
    assert all(docs[f"{s}-oneline"]["status"] == "ok" for s in stems)
