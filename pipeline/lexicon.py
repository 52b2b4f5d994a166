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
def state_titles() -> tuple[tuple[re.Pattern, str], ...]:
    """(full-match pattern, alpha-3) of ``models/state_titles.tsv``: titles only one state uses."""
    out = []
    for line in _lines("state_titles.tsv"):
        pattern, code = line.rsplit("\t", 1)
        out.append((re.compile(pattern.strip(), re.IGNORECASE), code.strip()))
    return tuple(out)


def state_of_title(title: str | None) -> str | None:
    """The one state a title belongs to ("Secretary of State" -> USA), or None."""
    text = " ".join((title or "").lower().split())
    return next((code for pattern, code in state_titles() if pattern.fullmatch(text)), None)


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
