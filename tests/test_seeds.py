"""The user's five seed articles give exactly the interactions the foundation issue lists."""

from __future__ import annotations

import pandas as pd
import pytest

import pipeline
from pipeline.io import read_table

pytestmark = pytest.mark.model


def _events(seeds_out):
    return read_table(seeds_out, "events").to_pylist()


def _party(event, name):
    return next(p for p in event["participants"] if p["name"] == name)


def test_seeds_events_are_exactly_the_expected_interactions(seeds_out):
    got = sorted(
        (e["doc_id"][:3], e["type"], e["status"], tuple(sorted(p["name"] for p in e["participants"])),
         e["location_city"], e["location_country"], e["date"])
        for e in _events(seeds_out))
    assert got == [
        ("000", "meeting", "happened", ("Han Zheng", "Thomas Bach"), "Paris", "FRA", "2024-07-27"),
        ("001", "phone_call", "happened", ("Thomas Bach", "Xi Jinping"), None, None, "2021-01-25"),
        ("002", "meeting", "happened",
         ("China-Russia Friendship Committee for Peace and Development", "Han Zheng"), "Beijing", "CHN",
         "2023-11-29"),
    ]


def test_seeds_participants_carry_title_country_and_org(seeds_out):
    by_doc = {e["doc_id"][:3]: e for e in _events(seeds_out)}
    han = _party(by_doc["000"], "Han Zheng")
    assert (han["title"], han["country"]) == ("Vice President", "CHN")
    bach = _party(by_doc["000"], "Thomas Bach")
    assert (bach["title"], bach["org"]) == ("President", "International Olympic Committee")
    assert _party(by_doc["001"], "Thomas Bach")["org"] == "International Olympic Committee"
    committee = _party(by_doc["002"], "China-Russia Friendship Committee for Peace and Development")
    assert committee["org"] == "China-Russia Friendship Committee for Peace and Development"


def test_seeds_documents_dates_and_statuses(seeds_out):
    docs = pipeline.read(seeds_out, "documents").set_index("doc_id")
    assert list(docs["status"]) == ["ok"] * 5
    assert str(docs.loc["000_713eaf7579da14b0", "published"]) == "2024-07-28"      # URL in the page
    assert docs.loc["000_713eaf7579da14b0", "published_source"] == "url"
    assert str(docs.loc["002_e98e51da920cdfe1", "published"]) == "2023-11-30"      # date header
    assert docs.loc["002_e98e51da920cdfe1", "dateline_place"] == "Beijing"
    # Captions and page furniture are out of the body text.
    assert "(Xinhua/Liu Bin)" not in docs.loc["002_e98e51da920cdfe1", "text"]
    assert "Web editor" not in docs.loc["002_e98e51da920cdfe1", "text"]
    assert "Suggest To A Friend" not in docs.loc["001_38a21ce1104525b1", "text"]
    assert "Read more" not in docs.loc["003_ecb07d26c91458ce", "text"]


def test_seeds_surname_mentions_resolve_to_the_full_name(seeds_out):
    ents = pipeline.read(seeds_out, "entities")
    actors = pipeline.read(seeds_out, "actors")
    doc = "000_713eaf7579da14b0"
    han_ids = set(ents[(ents.doc_id == doc) & (ents.text == "Han")]["actor_id"])
    assert len(han_ids) == 1
    (han_id,) = han_ids
    name = actors[(actors.doc_id == doc) & (actors.actor_id == han_id)]["name"].item()
    assert name == "Han Zheng"


def test_seeds_evidence_offsets_point_into_the_document_text(seeds_out):
    docs = pipeline.read(seeds_out, "documents").set_index("doc_id")["text"]
    for e in _events(seeds_out):
        assert docs[e["doc_id"]][e["start_char"]:e["end_char"]] == e["evidence"]


def test_seeds_rerun_gives_identical_tables(seeds_out, tmp_path):
    from pipeline import io, runner
    from tests.conftest import SEEDS

    runner.run(io.Source(SEEDS), tmp_path)
    for table in runner.ALL_TABLES:
        a = pipeline.read(seeds_out, table)
        b = pipeline.read(tmp_path, table)
        pd.testing.assert_frame_equal(a, b)
