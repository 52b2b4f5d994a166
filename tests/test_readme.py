"""The README's table documentation matches the declared schemas, so the docs cannot drift."""

from __future__ import annotations

import re

import pytest

from pipeline import schemas
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _section(table: str) -> list[str]:
    m = re.search(rf"^### {table}\b.*?\n(.*?)(?=^### |^## )", README, re.S | re.M)
    assert m, f"README has no section for table {table!r}"
    return re.findall(r"^\| `(\w+)` \|", m.group(1), re.M)


@pytest.mark.parametrize("table", list(schemas.SCHEMAS))
def test_readme_documents_every_column_of(table):
    assert _section(table) == schemas.SCHEMAS[table].names


def test_readme_names_the_test_command_ci_runs():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "make test" in ci and "make test" in README


def _code_blocks(lang: str) -> list[str]:
    return re.findall(rf"^```{lang}\n(.*?)^```", README, re.S | re.M)


@pytest.fixture
def readme_dir(tmp_path, monkeypatch, seeds_out):
    """A working folder like the repo's after `make extract`: seeds/ and outputs/."""
    (tmp_path / "outputs").symlink_to(seeds_out, target_is_directory=True)
    (tmp_path / "seeds").symlink_to(ROOT / "seeds", target_is_directory=True)
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.model
def test_readme_python_blocks_run_as_written(readme_dir):
    blocks = _code_blocks("python")
    assert len(blocks) >= 3
    for block in blocks:
        exec(compile(block, "README.md", "exec"), {"__name__": "readme"})


@pytest.mark.model
def test_readme_sql_blocks_run_on_the_outputs(readme_dir):
    import duckdb

    blocks = _code_blocks("sql")
    assert blocks
    for block in blocks:
        assert duckdb.connect().execute(block).fetchall(), block
