"""Stage 6: the same interaction reported by several articles becomes one row."""

from __future__ import annotations

import pytest

from pipeline import interactions, schemas
from pipeline.io import read_table


def _event(doc_id, names, date="2024-07-27", country="FRA", city="Paris", type_="meeting", n=0):
    return {
        "event_id": f"{doc_id}-e{n}", "doc_id": doc_id, "rel_id": "0000-00", "type": type_,
        "status": "happened", "date": date, "date_precision": "day" if date and len(date) == 10 else "month",
        "date_text": None, "location_text": city, "location_city": city, "location_country": country,
        "location_lat": None, "location_lon": None,
        "participants": [{"name": n_, "title": None, "country": None, "org": None, "actor_id": f"P{i}"}
                         for i, n_ in enumerate(names)],
        "cameo_code": "040", "evidence": f"evidence of {doc_id}", "sent_id": n, "start_char": 0,
        "end_char": 1, "confidence": 0.5 + 0.1 * n,
    }


def _merge(events):
    return interactions.merge_interactions(schemas.conform(events, schemas.EVENTS)).to_pylist()


@pytest.mark.parametrize("second, merged", [
    (_event("b", ["Thomas Bach", "Han Zheng"]), True),                         # other order
    (_event("b", ["HAN ZHENG", "Thomas Bach"], date=None, city=None, country=None), True),
    (_event("b", ["Han Zheng", "Thomas Bach"], date="2024-07"), True),          # month contains the day
    (_event("b", ["Han Zheng", "Thomas Bach"], date="2024-07-20"), False),      # another day
    (_event("b", ["Han Zheng", "Thomas Bach"], country="CHN", city="Beijing"), False),
    (_event("b", ["Han Zheng", "Thomas Bach"], type_="phone_call"), False),
    (_event("b", ["Han Zheng", "Xi Jinping"]), False),
])
def test_interactions_merge_only_compatible_reports(second, merged):
    rows = _merge([_event("a", ["Han Zheng", "Thomas Bach"]), second])
    assert len(rows) == (1 if merged else 2)
    if merged:
        (row,) = rows
        assert (row["n_sources"], row["doc_ids"]) == (2, ["a", "b"])
        assert (row["date"], row["location_city"]) == ("2024-07-27", "Paris")
        assert row["evidence"] == "evidence of a"


def test_interactions_fill_the_most_precise_date_and_place():
    rows = _merge([_event("a", ["A B", "C D"], date="2024-07", city=None, country=None),
                   _event("b", ["A B", "C D"], date="2024-07-27")])
    assert [(r["date"], r["date_precision"], r["location_city"], r["n_sources"]) for r in rows] == \
        [("2024-07-27", "day", "Paris", 2)]


@pytest.mark.model
def test_interactions_two_differently_worded_reports_of_one_meeting(tmp_path):
    from pipeline import io, runner

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Chinese Foreign Minister Wang Yi met with visiting Brazilian Foreign Minister Mauro Vieira "
        "in Beijing on Friday.\n", encoding="utf-8")
    (folder / "b.txt").write_text(
        "Brazil's top diplomat Mauro Vieira held talks with his Chinese counterpart Wang Yi in Beijing "
        "on Friday, the two ministries said.\n", encoding="utf-8")
    meta = tmp_path / "meta.jsonl"
    meta.write_text('{"doc_id": "a", "published": "2024-07-27"}\n{"doc_id": "b", "published": "2024-07-28"}\n',
                    encoding="utf-8")
    runner.run(io.Source(folder, meta), tmp_path / "out")
    events = read_table(tmp_path / "out", "events").to_pylist()
    assert sorted(e["doc_id"] for e in events) == ["a", "b"]
    (row,) = read_table(tmp_path / "out", "interactions").to_pylist()
    assert row["n_sources"] == 2 and row["doc_ids"] == ["a", "b"]
    assert sorted(p["name"] for p in row["participants"]) == ["Mauro Vieira", "Wang Yi"]
    assert (row["date"], row["location_city"], row["location_country"]) == ("2024-07-26", "Beijing", "CHN")
