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
