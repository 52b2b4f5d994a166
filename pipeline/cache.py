"""Incremental reruns: reuse the rows of articles that have not changed since the last run.

Every documents row carries an ``input_key``, a hash of everything the pipeline reads for
that article (text, metadata, path). A run into a folder that already holds tables made
by the same pipeline (same pipeline, schema and lexicon versions and the same model:
the ``fingerprint`` in ``run_summary.json``) takes the rows of every article whose key is
unchanged from those tables instead of processing it again; new and changed articles are
processed, and deleted ones simply do not come back. The result is the same tables a full
run on the new input would give.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds

from . import schemas

KEY_FIELDS = ("doc_id", "path", "text", "url", "published", "source", "title", "encoding", "read_error")


def input_key(article: dict) -> str:
    """A hash of everything the pipeline reads for one article row."""
    payload = json.dumps([article.get(f) for f in KEY_FIELDS], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8", errors="surrogatepass")).hexdigest()


class Cache:
    """The previous run's per-article rows in ``out_dir``, usable when its fingerprint matches.

    Args:
        out_dir: the output folder of the previous run.
        fingerprint: the current pipeline's fingerprint; a different one disables reuse.
        tables: the per-article tables to reuse rows from.
    """

    def __init__(self, out_dir: Path, fingerprint: str, tables: tuple[str, ...]):
        self.out_dir = Path(out_dir)
        self.tables = tables
        self.keys: dict[str, str] = {}
        summary = self.out_dir / "run_summary.json"
        try:
            previous = json.loads(summary.read_text(encoding="utf-8")).get("fingerprint")
        except (OSError, ValueError):
            return
        if previous != fingerprint or not all((self.out_dir / t).is_dir() for t in tables):
            return
        docs = ds.dataset(self.out_dir / "documents", format="parquet").to_table(columns=["doc_id", "input_key"])
        self.keys = dict(zip(docs.column("doc_id").to_pylist(), docs.column("input_key").to_pylist()))

    def split(self, batch: list[dict]) -> tuple[list[str], list[dict]]:
        """``(doc_ids to reuse, article rows to process)`` for one batch."""
        reuse, todo = [], []
        for row in batch:
            if self.keys.get(row["doc_id"]) == input_key(row):
                reuse.append(row["doc_id"])
            else:
                todo.append(row)
        return reuse, todo

    def rows(self, doc_ids: list[str]) -> dict[str, pa.Table]:
        """The previous rows of these documents, table by table."""
        wanted = pa.array(doc_ids, pa.string())
        out = {}
        for name in self.tables:
            schema = schemas.SCHEMAS[name]
            data = ds.dataset(self.out_dir / name, format="parquet", schema=schema)
            out[name] = data.to_table(filter=pc.field("doc_id").isin(wanted))
        return out
