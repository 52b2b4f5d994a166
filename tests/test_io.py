"""Tests for pipeline.io: reading folders and table files, decoding, metadata, table folders."""

from __future__ import annotations

import csv
import json
import os

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline import io, schemas


def _rows(source, size=100):
    return [row for batch in source.batches(size) for row in batch]


def _write(path, data: bytes | str):
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


# ---------------------------------------------------------------- folders

@pytest.fixture
def folder(tmp_path):
    root = tmp_path / "in"
    _write(root / "b.txt", "Article b.")
    _write(root / "sub" / "a.txt", "Article sub a.")
    _write(root / "sub" / "deeper" / "c.txt", "Article c.")
    _write(root / "a.txt", "Article a.")
    _write(root / "notes.md", "not an article")
    _write(root / "sub" / "data.json", "{}")
    _write(root / "a.txt.bak", "backup")
    return root


def test_io_folder_doc_ids_are_relative_paths_sorted(folder):
    rows = _rows(io.Source(folder))
    assert [(r["doc_id"], r["path"], r["text"]) for r in rows] == [
        ("a", "a.txt", "Article a."),
        ("b", "b.txt", "Article b."),
        ("sub/a", "sub/a.txt", "Article sub a."),
        ("sub/deeper/c", "sub/deeper/c.txt", "Article c."),
    ]
    assert all(r["encoding"] == "utf-8" and r["read_error"] is None for r in rows)
    assert io.Source(folder).count() == 4


@pytest.mark.parametrize("size, sizes", [(1, [1, 1, 1, 1]), (3, [3, 1]), (4, [4]), (100, [4])])
def test_io_batches_have_the_requested_size(folder, size, sizes):
    batches = list(io.Source(folder).batches(size))
    assert [len(b) for b in batches] == sizes
    assert [r["doc_id"] for b in batches for r in b] == ["a", "b", "sub/a", "sub/deeper/c"]


def test_io_symlink_outside_the_folder_is_skipped(tmp_path):
    root = tmp_path / "in"
    _write(root / "real.txt", "Real article.")
    secret = _write(tmp_path / "secret.txt", "outside")
    os.symlink(secret, root / "escape.txt")
    os.symlink(root / "real.txt", root / "inside.txt")
    rows = {r["doc_id"]: r for r in _rows(io.Source(root))}
    assert rows["escape"]["read_error"].startswith("skipped")
    assert rows["escape"]["text"] is None
    assert (rows["inside"]["text"], rows["inside"]["read_error"]) == ("Real article.", None)
    assert rows["real"]["text"] == "Real article."


def test_io_empty_folder_gives_no_rows(tmp_path):
    assert _rows(io.Source(tmp_path)) == []
    assert io.Source(tmp_path).count() == 0


# ---------------------------------------------------------------- decoding

@pytest.mark.parametrize("raw, text, encoding", [
    (b"Plain ASCII.", "Plain ASCII.", "utf-8"),
    ("Caf\u00e9 in Z\u00fcrich \u2014 \u201cok\u201d".encode("utf-8"), "Caf\u00e9 in Z\u00fcrich \u2014 \u201cok\u201d", "utf-8"),
    (b"\xef\xbb\xbfWith a BOM.", "With a BOM.", "utf-8-sig"),
    ("UTF-16 caf\u00e9.".encode("utf-16"), "UTF-16 caf\u00e9.", "utf-16"),                     # BOM + LE
    (b"\xfe\xff" + "Big-endian caf\u00e9.".encode("utf-16-be"), "Big-endian caf\u00e9.", "utf-16"),
    # Latin-1 / Windows-1252 English text with accented names and curly quotes
    ("Le caf\u00e9 est tr\u00e8s bon, d\u00e9j\u00e0 vu.".encode("latin-1"),
     "Le caf\u00e9 est tr\u00e8s bon, d\u00e9j\u00e0 vu.", "cp1252"),
    ("President Macron met Xi at the \u00c9lys\u00e9e on Monday.".encode("latin-1"),
     "President Macron met Xi at the \u00c9lys\u00e9e on Monday.", "cp1252"),
    ("He said \u201cwelcome\u201d \u2014 twice.".encode("cp1252"), "He said \u201cwelcome\u201d \u2014 twice.", "cp1252"),
])
def test_io_decode_bytes(raw, text, encoding):
    assert io.decode_bytes(raw) == (text, encoding, None)


@pytest.mark.parametrize("text, codec", [
    ("\u041f\u0440\u0435\u0437\u0438\u0434\u0435\u043d\u0442 \u041f\u0443\u0442\u0438\u043d "
     "\u0432\u0441\u0442\u0440\u0435\u0442\u0438\u043b\u0441\u044f \u0441 \u043f\u0440\u0435\u0434"
     "\u0441\u0435\u0434\u0430\u0442\u0435\u043b\u0435\u043c \u0421\u0438 \u0426\u0437\u0438\u043d"
     "\u044c\u043f\u0438\u043d\u043e\u043c \u0432 \u041c\u043e\u0441\u043a\u0432\u0435.", "cp1251"),
])
def test_io_decode_bytes_non_latin_text_is_not_read_as_cp1252(text, codec):
    got, encoding, error = io.decode_bytes(text.encode(codec))
    assert (got, error) == (text, None)
    assert encoding != "cp1252"


@pytest.mark.parametrize("raw, error", [
    (b"abc\x00def", "binary file (contains NUL bytes)"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (contains NUL bytes)"),
])
def test_io_decode_bytes_binary(raw, error):
    assert io.decode_bytes(raw) == (None, None, error)


@pytest.mark.parametrize("name, raw, text, encoding, error", [
    ("latin.txt", "Caf\u00e9 au lait in Z\u00fcrich.".encode("latin-1"), "Caf\u00e9 au lait in Z\u00fcrich.", "cp1252", None),
    ("bom8.txt", b"\xef\xbb\xbfBOM text.", "BOM text.", "utf-8-sig", None),
    ("bom16.txt", "BOM16 caf\u00e9.".encode("utf-16"), "BOM16 caf\u00e9.", "utf-16", None),
    ("binary.txt", b"\x00\x01\x02binary", None, None, "binary file (contains NUL bytes)"),
    ("empty.txt", b"", "", "utf-8", None),
])
def test_io_folder_file_decoding(tmp_path, name, raw, text, encoding, error):
    _write(tmp_path / name, raw)
    (row,) = _rows(io.Source(tmp_path))
    assert (row["text"], row["encoding"], row["read_error"]) == (text, encoding, error)


# ---------------------------------------------------------------- table files

RECORDS = [
    {"doc_id": "d2", "text": "Second article.", "url": "https://x.com/2024/01/02/b", "published": "2024-01-02",
     "source": "X News", "title": "Second"},
    {"doc_id": "d1", "text": "First article.\nLine two.", "url": None, "published": None,
     "source": None, "title": None},
]


def _write_jsonl(path, records):
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")


def _write_csv(path, records):
    cols = list(records[0])
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=cols)
        w.writeheader()
        for r in records:
            w.writerow({k: ("" if v is None else v) for k, v in r.items()})


def _write_parquet(path, records):
    pq.write_table(pa.Table.from_pylist(records), path)


WRITERS = {"jsonl": _write_jsonl, "csv": _write_csv, "parquet": _write_parquet}


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_io_table_files_are_read(tmp_path, fmt):
    path = tmp_path / f"articles.{fmt}"
    WRITERS[fmt](path, RECORDS)
    rows = _rows(io.Source(path))
    got = [{c: r[c] for c in io.ARTICLE_COLUMNS} for r in rows]
    assert got == RECORDS                                  # file order, empty cells as None
    assert [r["path"] for r in rows] == [f"articles.{fmt}#1", f"articles.{fmt}#2"]
    assert io.Source(path).count() == 2


def test_io_parquet_extra_columns_and_non_string_values(tmp_path):
    path = tmp_path / "a.parquet"
    pq.write_table(pa.table({"doc_id": [7, 8], "text": ["a", "b"], "published": ["2024-01-01", None],
                             "views": [1, 2]}), path)
    rows = _rows(io.Source(path))
    assert [(r["doc_id"], r["published"]) for r in rows] == [("7", "2024-01-01"), ("8", None)]
    schemas.conform(rows, schemas.ARTICLES)               # rows fit the ARTICLES contract


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_io_meta_is_merged_by_doc_id_and_the_file_wins(tmp_path, fmt):
    articles = tmp_path / "articles.jsonl"
    _write_jsonl(articles, RECORDS)
    meta = tmp_path / f"meta.{fmt}"
    WRITERS[fmt](meta, [
        {"doc_id": "d1", "url": "https://m.com/a", "published": "2020-05-05", "source": "Meta", "title": "Meta title"},
        {"doc_id": "d2", "url": "https://m.com/b", "published": "1999-01-01", "source": "Meta", "title": "Meta b"},
        {"doc_id": "zz", "url": "https://m.com/z", "published": "2001-01-01", "source": "Meta", "title": "Unused"},
    ])
    rows = {r["doc_id"]: r for r in _rows(io.Source(articles, meta))}
    assert set(rows) == {"d1", "d2"}
    # d1 has no values of its own: all come from the metadata
    assert [rows["d1"][c] for c in io.META_COLUMNS] == ["https://m.com/a", "2020-05-05", "Meta", "Meta title"]
    # d2's own values win over the metadata
    assert [rows["d2"][c] for c in io.META_COLUMNS] == ["https://x.com/2024/01/02/b", "2024-01-02", "X News", "Second"]


def test_io_meta_applies_to_a_folder(folder, tmp_path):
    meta = tmp_path / "meta.jsonl"
    _write_jsonl(meta, [{"doc_id": "sub/a", "published": "2023-11-30", "url": "https://x.com/a"}])
    rows = {r["doc_id"]: r for r in _rows(io.Source(folder, meta))}
    assert (rows["sub/a"]["published"], rows["sub/a"]["url"]) == ("2023-11-30", "https://x.com/a")
    assert rows["a"]["published"] is None


@pytest.mark.parametrize("content, expected", [
    ('{"doc_id": "a", "text": "x"}\n{"doc_id": "a", "text": "y"}\n',
     [("a", None), ("a#2", "skipped: duplicate doc_id of record 1")]),
    ('{"doc_id": "a", "text": "x"}\n{"text": "y"}\n', [("a", None), ("bad.jsonl#2", "bad.jsonl:2: no doc_id")]),
    ('{"doc_id": "a", "text": "x"}\n{"doc_id": "  ", "text": "y"}\n',
     [("a", None), ("bad.jsonl#2", "bad.jsonl:2: no doc_id")]),
    ('{"doc_id": "a", "text": "x"}\n\n{"doc_id": \n{"doc_id": "b", "text": "z"}\n',
     [("a", None), ("bad.jsonl#3", "bad.jsonl:3: not valid JSON (Expecting value)"), ("b", None)]),
    ('{"doc_id": "a", "text": "x"}\n["a", "b"]\n',
     [("a", None), ("bad.jsonl#2", "bad.jsonl:2: expected a JSON object per line")]),
    ('{"doc_id": "a"}\n{"doc_id": "b", "text": 42}\n{"doc_id": "c", "text": ["x"]}\n',
     [("a", "bad.jsonl:1: no text"), ("b", "bad.jsonl:2: text is int, not a string"),
      ("c", "bad.jsonl:3: text is list, not a string")]),
    # a repeated id takes the first free suffix, so it never collides with an id of the file
    ('{"doc_id": "a", "text": "x"}\n{"doc_id": "a#2", "text": "y"}\n{"doc_id": "a", "text": "z"}\n',
     [("a", None), ("a#2", None), ("a#3", "skipped: duplicate doc_id of record 1")]),
])
def test_io_bad_jsonl_records_become_rows_and_the_file_goes_on(tmp_path, content, expected):
    path = tmp_path / "bad.jsonl"
    path.write_text(content, encoding="utf-8")
    rows = _rows(io.Source(path))
    assert [(r["doc_id"], r["read_error"]) for r in rows] == expected
    assert io.Source(path).count() == len(expected)


def test_io_duplicate_doc_id_in_csv_is_a_skipped_row(tmp_path):
    path = tmp_path / "a.csv"
    _write_csv(path, [{"doc_id": "x", "text": "a"}, {"doc_id": "x", "text": "b"}, {"doc_id": "y", "text": "c"}])
    rows = _rows(io.Source(path))
    assert [(r["doc_id"], r["text"], r["read_error"]) for r in rows] == [
        ("x", "a", None), ("x#2", None, "skipped: duplicate doc_id of record 1"), ("y", "c", None)]


def test_io_parquet_text_that_is_not_a_string_is_a_failed_row(tmp_path):
    path = tmp_path / "a.parquet"
    pq.write_table(pa.table({"doc_id": ["a", "b"], "text": [1.5, None]}), path)
    rows = _rows(io.Source(path))
    assert [(r["doc_id"], r["read_error"]) for r in rows] == [
        ("a", "a.parquet record 1: text is float, not a string"), ("b", "a.parquet record 2: no text")]


@pytest.mark.parametrize("name, content, message", [
    ("articles.xml", "<a/>", "expected a folder of .txt files or a .jsonl, .csv or .parquet file"),
    ("articles.parquet", "not parquet", "not a readable Parquet file"),
    ("missing.jsonl", None, "cannot read"),
])
def test_io_unreadable_input_raises_input_error(tmp_path, name, content, message):
    path = tmp_path / name
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(io.InputError, match=message):
        _rows(io.Source(path))


@pytest.mark.parametrize("name, content, message", [
    ("meta.jsonl", None, "metadata file not found"),
    ("meta.jsonl", '{"doc_id": "a"}\n{oops}\n', r"meta\.jsonl:2: not valid JSON"),
])
def test_io_bad_meta_raises_input_error(folder, tmp_path, name, content, message):
    meta = tmp_path / name
    if content is not None:
        meta.write_text(content, encoding="utf-8")
    with pytest.raises(io.InputError, match=message):
        _rows(io.Source(folder, meta))


# ---------------------------------------------------------------- table folders

def _docs(*ids):
    return schemas.conform([{"doc_id": i, "published_source": "none", "captions": [], "n_dropped_lines": 0,
                             "text": f"text {i}", "status": "ok"} for i in ids], schemas.DOCUMENTS)


def test_io_read_table_missing_raises_input_error(tmp_path):
    with pytest.raises(io.InputError, match="table 'events' not found"):
        io.read_table(tmp_path, "events")


def test_io_read_table_empty_folder_is_an_empty_table(tmp_path):
    (tmp_path / "events").mkdir()
    table = io.read_table(tmp_path, "events")
    assert (table.num_rows, table.schema.names) == (0, schemas.EVENTS.names)


def test_io_staging_publishes_only_on_publish(tmp_path):
    staging = io.Staging(tmp_path, ["documents"])
    staging.write({"documents": _docs("a", "b")}, 0)
    staging.write({"documents": _docs("c")}, 1)
    assert not (tmp_path / "documents").exists()
    staging.publish()
    assert sorted(p.name for p in (tmp_path / "documents").iterdir()) == ["part-00000.parquet", "part-00001.parquet"]
    assert io.read_table(tmp_path, "documents").column("doc_id").to_pylist() == ["a", "b", "c"]
    assert [p.name for p in tmp_path.iterdir()] == ["documents"]          # no staging left behind


def test_io_staging_publish_replaces_and_abort_keeps_the_previous_table(tmp_path):
    first = io.Staging(tmp_path, ["documents"])
    first.write({"documents": _docs("a", "b")}, 0)
    first.publish()
    second = io.Staging(tmp_path, ["documents"])
    second.write({"documents": _docs("z")}, 0)
    second.abort()
    assert io.read_table(tmp_path, "documents").column("doc_id").to_pylist() == ["a", "b"]
    third = io.Staging(tmp_path, ["documents"])
    third.write({"documents": _docs("x")}, 0)
    third.publish()
    assert io.read_table(tmp_path, "documents").column("doc_id").to_pylist() == ["x"]
    assert [p.name for p in tmp_path.iterdir()] == ["documents"]


def test_io_staging_rejects_a_table_off_its_schema(tmp_path):
    staging = io.Staging(tmp_path, ["documents"])
    with pytest.raises(schemas.ContractError, match="status"):
        staging.write({"documents": _docs("a").drop_columns(["status"])}, 0)
    staging.abort()
    assert list(tmp_path.iterdir()) == []


def test_io_write_json_round_trips_without_temp_files(tmp_path):
    path = tmp_path / "run_summary.json"
    io.write_json(path, {"b": 1, "a": [1, 2]})
    io.write_json(path, {"b": 2})
    assert json.loads(path.read_text()) == {"b": 2}
    assert [p.name for p in tmp_path.iterdir()] == ["run_summary.json"]


def test_io_an_extract_builds_its_tables_without_importing_pandas_and_can_still_give_dataframes():
    import subprocess
    import sys

    code = ("import sys\n"
            "from pipeline import io\n"
            "import pyarrow as pa\n"
            "io.skip_pandas_probe()\n"
            "table = pa.Table.from_pylist([{'a': 1}, {'a': 2}])\n"
            "print('pandas' in sys.modules)\n"
            "print(type(table.to_pandas()).__name__)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["False", "DataFrame"]
