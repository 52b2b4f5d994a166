"""SQL over an output folder: one view per table present, errors as InputError, CSV/Parquet results."""

from __future__ import annotations

import json

import pandas as pd
import pyarrow.parquet as pq
import pytest

from pipeline.io import InputError
from pipeline.query import query, query_to, tables_in
from tests.tables import event, interaction, party, write_folder

XI, MACRON, SUNAK = party("Xi Jinping", "CHN"), party("Emmanuel Macron", "FRA"), party("Rishi Sunak", "GBR")
EVIDENCE = 'Xi said "welcome",\tand then:\nthe talks began.'


@pytest.fixture
def small_out(tmp_path):
    return write_folder(
        tmp_path / "it's out",           # a quote in the path must not break the views
        events=[
            event("e1", [XI, MACRON], city="Paris", country="FRA", evidence=EVIDENCE, doc_id="d1"),
            event("e2", [XI, SUNAK], type="phone_call", cameo="041", doc_id="d2"),
            event("e3", [MACRON, SUNAK], status="planned", cameo="036", doc_id="d3"),
        ],
        interactions=[interaction("i1", ["e1", "e9"], 2)])


@pytest.mark.model
def test_query_the_seeds_with_a_view_per_table(seeds_out):
    assert tables_in(seeds_out) == [
        "documents", "sentences", "parses", "entities", "actors", "relations", "events", "interactions"]
    rows = query(seeds_out, """
        SELECT e.doc_id, e.cameo_code, i.n_sources
        FROM events e JOIN interactions i ON list_contains(i.event_ids, e.event_id)
        ORDER BY e.doc_id""").to_pylist()
    assert [(r["doc_id"][:3], r["cameo_code"], r["n_sources"]) for r in rows] == [
        ("000", "040", 1), ("001", "041", 1), ("002", "043", 1)]
    names = query(seeds_out, "SELECT DISTINCT p.name FROM events, UNNEST(participants) AS t(p) ORDER BY 1")
    assert names.column("name").to_pylist() == [
        "China-Russia Friendship Committee for Peace and Development", "Han Zheng", "Thomas Bach", "Xi Jinping"]
    assert query(seeds_out, "SELECT * FROM parses").column_names == ["doc_id", "model"]   # no docbin
    docs = query(seeds_out, "SELECT count(*) AS n FROM documents WHERE status = 'ok'")
    assert docs.column("n").to_pylist() == [5]


def test_query_returns_the_selected_rows(small_out):
    result = query(small_out, "SELECT event_id, type, evidence FROM events WHERE status = 'happened' ORDER BY event_id")
    assert result.to_pylist() == [
        {"event_id": "e1", "type": "meeting", "evidence": EVIDENCE},
        {"event_id": "e2", "type": "phone_call", "evidence": "They met."},
    ]
    assert tables_in(small_out) == ["events", "interactions"]


@pytest.mark.parametrize("sql, message", [
    ("SELEC * FROM events", "Parser Error: syntax error"),
    ("SELECT * FROM documents", "Catalog Error: .*documents.* \\(tables here: events, interactions\\)"),
    ("SELECT nope FROM events", "Binder Error"),
    ("", "gave no result"),
])
def test_query_turns_bad_sql_into_a_one_line_input_error(small_out, sql, message):
    with pytest.raises(InputError, match=message) as info:
        query(small_out, sql)
    assert "\n" not in str(info.value)


def test_query_needs_an_output_folder_with_tables(tmp_path):
    with pytest.raises(InputError, match="output folder not found"):
        query(tmp_path / "missing", "SELECT 1")
    with pytest.raises(InputError, match="no Parley tables"):
        query(tmp_path, "SELECT 1")


def test_query_an_empty_table_folder_gives_its_columns_and_no_rows(tmp_path):
    (tmp_path / "events").mkdir()
    result = query(tmp_path, "SELECT event_id, participants FROM events")
    assert (result.num_rows, result.column_names) == (0, ["event_id", "participants"])


def test_query_to_csv_flattens_nested_columns_and_quotes_text(small_out, tmp_path):
    n = query_to(small_out, "SELECT event_id, participants, evidence, location_lat FROM events ORDER BY event_id",
                 tmp_path / "r.csv")
    assert n == 3
    df = pd.read_csv(tmp_path / "r.csv", dtype=str, keep_default_na=False)
    assert list(df.columns) == ["event_id", "participants", "evidence", "location_lat"]
    assert list(df.event_id) == ["e1", "e2", "e3"] and df.evidence[0] == EVIDENCE
    assert json.loads(df.participants[0])[1]["name"] == "Emmanuel Macron"
    assert df.location_lat[2] == ""


def test_query_to_parquet_keeps_the_result_types(small_out, tmp_path):
    sql = ("SELECT e.event_id, e.participants, i.n_sources FROM events e"
           " JOIN interactions i ON list_contains(i.event_ids, e.event_id)")
    assert query_to(small_out, sql, tmp_path / "r.parquet") == 1
    table = pq.read_table(tmp_path / "r.parquet")
    assert table.equals(query(small_out, sql))
    assert table.to_pylist()[0]["participants"][0]["name"] == "Xi Jinping"


def test_query_to_rejects_other_suffixes_and_missing_folders(small_out, tmp_path):
    with pytest.raises(InputError, match=r"\.csv or \.parquet"):
        query_to(small_out, "SELECT 1", tmp_path / "r.xlsx")
    with pytest.raises(InputError, match="folder not found"):
        query_to(small_out, "SELECT 1", tmp_path / "no" / "r.csv")
    with pytest.raises(InputError, match="Parser Error"):
        query_to(small_out, "SELEC 1", tmp_path / "r.csv")
    assert not (tmp_path / "r.csv").exists() and not (tmp_path / "r.xlsx").exists()
