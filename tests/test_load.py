"""pipeline.load: every table present, label columns as categoricals, dates as datetime64."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

import pipeline
from pipeline.api import LABEL_COLUMNS
from pipeline.io import InputError
from tests.tables import document, event, party, write_folder


@pytest.mark.model
def test_load_the_seeds_gives_every_table_with_analysis_dtypes(seeds_out):
    tables = pipeline.load(seeds_out)
    assert list(tables) == [
        "documents", "sentences", "parses", "entities", "actors", "relations", "events", "interactions"]
    assert list(tables["parses"].columns) == ["doc_id", "model"]           # docbin is not loaded
    events = tables["events"]
    for column in ("type", "status", "date_precision", "cameo_code"):
        assert isinstance(events[column].dtype, pd.CategoricalDtype), column
    assert sorted(events["cameo_code"].cat.categories) == ["040", "041", "043"]
    assert sorted(events["type"].astype(str)) == ["meeting", "meeting", "phone_call"]
    assert isinstance(tables["entities"]["label"].dtype, pd.CategoricalDtype)
    docs = tables["documents"].set_index("doc_id")
    assert pd.api.types.is_datetime64_dtype(docs["published"])
    assert docs.loc["000_713eaf7579da14b0", "published"] == pd.Timestamp("2024-07-28")
    assert pd.isna(docs.loc["001_38a21ce1104525b1", "published"])          # no date found: NaT
    for name, df in tables.items():                      # the rows of pipeline.read, by their first key
        assert df.iloc[:, 0].tolist() == pipeline.read(seeds_out, name).iloc[:, 0].tolist(), name


def test_load_only_the_tables_present(tmp_path):
    out = write_folder(tmp_path, events=[event("e1", [party("Xi Jinping", "CHN"), party("Rishi Sunak", "GBR")])],
                       documents=[dict(document("d1"), published=dt.date(2024, 7, 28), status="ok")])
    tables = pipeline.load(out)
    assert list(tables) == ["documents", "events"]
    assert tables["documents"]["published"].tolist() == [pd.Timestamp("2024-07-28")]
    assert tables["documents"]["status"].dtype == pd.CategoricalDtype(["ok"])
    assert [p["name"] for p in tables["events"]["participants"][0]] == ["Xi Jinping", "Rishi Sunak"]
    assert tables["events"]["date"].tolist() == ["2024-07-27"]                # partial-date text stays text


def test_load_label_columns_exist_in_the_schemas():
    for name, columns in LABEL_COLUMNS.items():
        assert set(columns) <= set(pipeline.SCHEMAS[name].names), name


def test_load_needs_an_output_folder_with_tables(tmp_path):
    with pytest.raises(InputError, match="output folder not found"):
        pipeline.load(tmp_path / "missing")
    with pytest.raises(InputError, match="no Parley tables"):
        pipeline.load(tmp_path)
