"""Property tests: arbitrary text never raises in cleaning, date resolution or the whole
per-document path, and always comes back with a status."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline import io, resolve_date, runner
from pipeline.clean import clean_article

STATUSES = {"ok", "empty", "failed", "skipped"}
# Unicode text with a bias towards the characters that break naive cleaners.
_PIECES = st.sampled_from(["<script>", "&amp;", " date 2024-01-01 ", "BEIJING, ", "(Xinhua) --", "met with",
                           "\n", "\r\n", "\u200b", "\u202e", "\ufeff", "<", ">", "|", ":", "President"])
TEXT = st.lists(st.text(st.characters(codec="utf-8"), max_size=40) | _PIECES, max_size=20).map("".join)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_properties_cleaning_never_raises_and_keeps_a_status(text):
    row = clean_article(io.article_row("d", text=text, encoding="utf-8"))
    assert row["status"] in STATUSES
    assert (row["status"] == "ok") == bool(row["text"].strip())


@settings(max_examples=300, deadline=None)
@given(TEXT, st.dates() | st.none(), st.sampled_from([None, "past", "future"]))
def test_properties_resolve_date_returns_none_or_an_iso_value(text, base, tense):
    found = resolve_date(text, base, tense)
    assert found is None or found.precision in ("day", "month", "year")


@pytest.mark.model
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(TEXT, min_size=1, max_size=3))
def test_properties_the_per_document_path_gives_every_article_a_row(nlp, texts):
    rows = [io.article_row(f"d{i}", text=t, encoding="utf-8") for i, t in enumerate(texts)]
    tables = runner.run_partition(runner.articles_table(rows), nlp)
    docs = tables["documents"].to_pylist()
    assert [d["doc_id"] for d in docs] == [f"d{i}" for i in range(len(texts))]
    assert all(d["status"] in STATUSES for d in docs)
    assert not any(d["status"] == "failed" for d in docs), [d["error"] for d in docs]
