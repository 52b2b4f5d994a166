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
