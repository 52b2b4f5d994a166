"""The Python entry points: :func:`extract` in memory, :func:`read` and :func:`load` from an
output folder."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Mapping

from . import io, runner
from .query import tables_in, visible_columns

if TYPE_CHECKING:           # pandas is imported by pyarrow's to_pandas when a DataFrame is asked for,
    import pandas as pd     # so `parley extract` never pays for it

# Columns with a small fixed vocabulary (see pipeline/schemas.py), loaded as pandas categoricals.
LABEL_COLUMNS = {
    "documents": ("published_source", "encoding", "status"),
    "parses": ("model",),
    "entities": ("label",),
    "actors": ("kind",),
    "relations": ("predicate", "modality"),
    "events": ("type", "status", "date_precision", "cameo_code"),
    "interactions": ("type", "status", "date_precision"),
}


def extract(texts_or_paths: str | Path | Iterable[str] | Mapping[str, str], *,
            model: str | None = None, meta: str | Path | None = None) -> dict[str, pd.DataFrame]:
    """Run the whole pipeline in memory and return every table as a DataFrame.

    Args:
        texts_or_paths: article texts (a list of strings, or of dicts with ``text`` and
            optionally ``doc_id``, ``url``, ``published``, ``source``, ``title``; or a
            ``{doc_id: text}`` mapping), or the path of a folder of ``*.txt`` files or of a
            JSONL/CSV/Parquet file of articles.
        model: spaCy model name; default ``en_core_web_sm`` or its re-upload.
        meta: optional metadata file (JSONL/CSV keyed by doc_id) for a folder of texts.

    Returns:
        ``{"documents": ..., "sentences": ..., "entities": ..., "actors": ...,
        "relations": ..., "events": ...}`` (and ``parses``).
    """
    if isinstance(texts_or_paths, (str, Path)) and Path(texts_or_paths).exists():
        source = io.Source(Path(texts_or_paths), Path(meta) if meta else None)
        rows = [row for batch in source.batches(1000) for row in batch]
    elif isinstance(texts_or_paths, Mapping):
        rows = [io.article_row(str(k), text=v, path=None, encoding="utf-8") for k, v in texts_or_paths.items()]
    elif isinstance(texts_or_paths, str):
        raise io.InputError(f"{texts_or_paths!r} is not an existing path; pass a list for article texts")
    else:
        rows = [_row(i, item) for i, item in enumerate(texts_or_paths)]
    tables = runner.extract_rows(rows, model=model)
    return {name: table.to_pandas() for name, table in tables.items()}


def _row(i: int, item: str | Mapping) -> dict:
    """An article row from a text, or from a dict with ``text`` and optional ``doc_id``,
    ``url``, ``published``, ``source``, ``title``."""
    if isinstance(item, Mapping):
        extra = {k: (None if item.get(k) is None else str(item[k])) for k in io.META_COLUMNS}
        return io.article_row(str(item.get("doc_id", f"doc{i:05d}")), text=item.get("text"), encoding="utf-8", **extra)
    return io.article_row(f"doc{i:05d}", text=item, encoding="utf-8")


def read(out_dir: str | Path, table: str) -> pd.DataFrame:
    """Read one table written by ``parley extract`` as a DataFrame (schema-checked)."""
    return io.read_table(Path(out_dir), table).to_pandas()


def load(out_dir: str | Path) -> dict[str, pd.DataFrame]:
    """Load every table of an output folder as a DataFrame with analysis-ready dtypes.

    Label columns (:data:`LABEL_COLUMNS`: statuses, types, ``label``, ``kind``,
    ``predicate``, ``modality``, ``date_precision``, ``cameo_code``, ``encoding``,
    ``published_source``, the parse ``model``) are categoricals; date32 columns
    (``documents.published``) are datetime64; the rest is as :func:`read` gives it (the
    partial-date strings ``events.date`` and ``interactions.date`` stay text). ``parses``
    is loaded without its ``docbin`` column, which is never read.

    Args:
        out_dir: an output folder of ``parley extract``.

    Returns:
        ``{table name: DataFrame}`` for every table present, in pipeline order.

    Raises:
        InputError: when the folder is missing or holds no table.
    """
    frames = {}
    for name in tables_in(out_dir):
        df = io.read_table(out_dir, name, visible_columns(name)).to_pandas(date_as_object=False)
        for column in LABEL_COLUMNS.get(name, ()):
            df[column] = df[column].astype("category")
        frames[name] = df
    return frames
