"""Loaders for the rule and lexicon assets in ``models/`` (each read once per process)."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

MODELS_DIR = Path(__file__).resolve().parent.parent / "models"


def _lines(name: str) -> list[str]:
    out = []
    for line in (MODELS_DIR / name).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return out


@lru_cache(maxsize=None)
def words(name: str) -> frozenset[str]:
    """A lowercase word list such as ``titles.txt``."""
    return frozenset(w.lower() for w in _lines(name))


@lru_cache(maxsize=None)
def patterns(name: str, full: bool = False) -> tuple[re.Pattern, ...]:
    """Compiled case-insensitive regular expressions, one per line of ``name``."""
    return tuple(re.compile(f"(?:{p})" + (r"\Z" if full else ""), re.IGNORECASE) for p in _lines(name))


@lru_cache(maxsize=None)
def triggers() -> dict:
    """The interaction trigger lexicon (``models/triggers.json``)."""
    data = json.loads((MODELS_DIR / "triggers.json").read_text(encoding="utf-8"))
    for key, value in list(data.items()):
        if isinstance(value, list):
            data[key] = frozenset(value)
    return data


def fingerprint() -> str:
    """A hash of every asset in ``models/`` and of the package's code, recorded so that a
    changed lexicon, knowledge base, fitted weight or rule is visible (and no row made by
    other code is reused)."""
    import hashlib

    h = hashlib.sha256()
    code = Path(__file__).parent
    paths = [p for p in MODELS_DIR.rglob("*") if p.suffix in (".txt", ".json", ".tsv")]
    for path in sorted(paths) + sorted(code.glob("*.py")):
        if path.is_file():
            h.update(path.relative_to(path.parent.parent).as_posix().encode())
            h.update(path.read_bytes())
    return h.hexdigest()[:16]
