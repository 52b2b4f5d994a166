"""The Python API as the README shows it."""

from __future__ import annotations

import pytest

import pipeline

pytestmark = pytest.mark.model

TEXT = "Chinese Vice President Han Zheng met with IOC President Thomas Bach in Paris on Saturday."


@pytest.mark.parametrize("articles, doc_id, date", [
    ([{"text": TEXT, "published": "2024-07-28"}], "doc00000", "2024-07-27"),
    ([{"doc_id": "x1", "text": TEXT, "url": "https://example.com/news/2024-07-28/a.html"}], "x1", "2024-07-27"),
    ([TEXT], "doc00000", None),                      # no publication date: a weekday stays unresolved
    ({"mine": TEXT}, "mine", None),
])
def test_api_extract_accepts_texts_dicts_and_mappings(articles, doc_id, date):
    tables = pipeline.extract(articles)
    events = tables["events"].to_dict("records")
    assert [(e["doc_id"], e["location_city"]) for e in events] == [(doc_id, "Paris")]
    assert (events[0]["date"] if isinstance(events[0]["date"], str) else None) == date


def test_api_extract_rejects_a_missing_path():
    with pytest.raises(ValueError, match="not an existing path"):
        pipeline.extract("no/such/folder")
