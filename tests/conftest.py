"""Shared fixtures: the loaded model (session-wide), the seeds folder, and a seeds run."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def nlp():
    from pipeline import nlp as nlp_mod

    return nlp_mod.load()


@pytest.fixture(scope="session")
def seeds_out(tmp_path_factory, nlp):
    """The seeds run through the whole pipeline into a temporary output folder."""
    from pipeline import io, runner

    out = tmp_path_factory.mktemp("seeds_out")
    runner.run(io.Source(SEEDS), out)
    return out


@pytest.fixture(scope="session")
def run_text(nlp):
    """Run the whole pipeline on inline articles: ``run_text({"a": text}, published=...)``."""
    from pipeline import io, runner

    def _run(texts: dict[str, str], published: str | None = None, url: str | None = None):
        rows = [io.article_row(k, text=v, published=published, url=url, encoding="utf-8")
                for k, v in texts.items()]
        tables = runner.run_partition(runner.articles_table(rows), nlp)
        return {name: t.to_pylist() for name, t in tables.items()}

    return _run


# ---------------------------------------------------------------- helpers for event tests

PUBLISHED = "2024-07-28"   # a Sunday: "on Saturday" is 07-27, "will ... on Friday" is 08-02


def run_ok(run_text, text: str, published: str | None = PUBLISHED) -> dict[str, list[dict]]:
    """All tables for one inline article, which must clean to status ok."""
    out = run_text({"d": text}, published=published)
    assert [d["status"] for d in out["documents"]] == ["ok"], out["documents"][0]["error"]
    return out


def events_of(run_text, text: str) -> list[dict]:
    return run_ok(run_text, text)["events"]


def one_event(run_text, text: str) -> dict:
    events = events_of(run_text, text)
    assert len(events) == 1, [(e["type"], [p["name"] for p in e["participants"]]) for e in events]
    return events[0]


def names(event: dict) -> tuple[str, ...]:
    return tuple(p["name"] for p in event["participants"])


def party(event: dict, name: str) -> dict:
    return next(p for p in event["participants"] if p["name"] == name)


def frames(out) -> dict:
    """Every table of an output folder as a DataFrame, to compare two runs."""
    from pipeline import io, runner

    return {t: io.read_table(out, t).to_pandas() for t in runner.ALL_TABLES}
