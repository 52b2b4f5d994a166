"""Incremental reruns: reuse the rows of articles that have not changed since the last run.

Every documents row carries an ``input_key``, a hash of everything the pipeline reads for
that article (text, metadata, path). A run into a folder that already holds tables made
by the same pipeline (same pipeline, schema and lexicon versions and the same model:
the ``fingerprint`` in ``run_summary.json``) takes the rows of every article whose key is
unchanged from those tables instead of processing it again; new and changed articles are
processed, and deleted ones simply do not come back. The result is the same tables a full
run on the new input would give.

An interrupted run (killed, or stopped with Ctrl-C) leaves its staging folder behind; the
partitions it finished there are reused the same way, so the next run resumes instead of
starting over.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from . import schemas

KEY_FIELDS = ("doc_id", "path", "text", "url", "published", "source", "title", "encoding", "read_error")


def input_key(article: dict) -> str:
    """A hash of everything the pipeline reads for one article row."""
    payload = json.dumps([article.get(f) for f in KEY_FIELDS], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8", errors="surrogatepass")).hexdigest()


class Cache:
    """Rows of earlier work in ``out_dir`` that the current pipeline may reuse.

    Two kinds of earlier work count, each only when made by the same pipeline (the
    ``fingerprint``): the published tables (``run_summary.json`` holds their fingerprint)
    and the finished partitions of an interrupted run's staging folder (``.staging-*``,
    with a ``fingerprint`` file; a partition is finished when its documents part exists,
    since that part is written last).

    Args:
        out_dir: the output folder.
        fingerprint: the current pipeline's fingerprint; a different one disables reuse.
        tables: the per-article tables to reuse rows from.
    """

    def __init__(self, out_dir: Path, fingerprint: str, tables: tuple[str, ...]):
        self.out_dir = Path(out_dir)
        self.tables = tables
        self.keys: dict[str, str] = {}
        self.home: dict[str, tuple[int, str]] = {}      # doc_id -> (earlier run, part file name)
        self.members: dict[tuple[int, str], set[str]] = {}   # (earlier run, part) -> its doc_ids
        self.sources: list[dict[str, dict[str, Path]]] = []  # per earlier run: table -> part name -> file
        self.resumable: list[Path] = []           # staging folders of interrupted runs read here
        for staging in sorted(self.out_dir.glob(".staging-*")):
            if _read_text(staging / "fingerprint") == fingerprint:
                self._add(_finished_parts(staging, tables))
                self.resumable.append(staging)
        try:
            previous = json.loads(_read_text(self.out_dir / "run_summary.json") or "{}").get("fingerprint")
        except ValueError:
            previous = None
        if previous == fingerprint and all((self.out_dir / t).is_dir() for t in tables):
            self._add({t: sorted((self.out_dir / t).glob("*.parquet")) for t in tables})

    def _add(self, parts: dict[str, list[Path]]) -> None:
        """Index one earlier run's part files: each document's key and the part it is in."""
        index = len(self.sources)
        self.sources.append({t: {p.name: p for p in files} for t, files in parts.items()})
        for path in parts["documents"]:
            docs = pq.read_table(path, columns=["doc_id", "input_key"])
            for doc_id, key in zip(docs.column("doc_id").to_pylist(), docs.column("input_key").to_pylist()):
                if doc_id not in self.keys:           # an interrupted run's rows are the newest
                    self.keys[doc_id] = key
                    self.home[doc_id] = (index, path.name)
                    self.members.setdefault((index, path.name), set()).add(doc_id)

    def split(self, batch: list[dict]) -> tuple[list[str], list[dict]]:
        """``(doc_ids to reuse, article rows to process)`` for one batch."""
        reuse, todo = [], []
        for row in batch:
            if self.keys.get(row["doc_id"]) == input_key(row):
                reuse.append(row["doc_id"])
            else:
                todo.append(row)
        return reuse, todo

    def whole_part(self, doc_ids: list[str]) -> dict[str, Path] | None:
        """The earlier part files (table -> file) holding exactly these documents and no
        others, so that a partition nothing changed in is reused as files; else None."""
        homes = {self.home[d] for d in doc_ids}
        if len(homes) != 1:
            return None
        (index, part), = homes
        if self.members[(index, part)] != set(doc_ids):
            return None
        files = {t: self.sources[index][t].get(part) for t in self.tables}
        return files if all(files.values()) else None

    def rows(self, doc_ids: list[str]) -> dict[str, pa.Table]:
        """The earlier rows of these documents, table by table (reading only their parts)."""
        by_part: dict[tuple[int, str], list[str]] = {}
        for doc_id in doc_ids:
            by_part.setdefault(self.home[doc_id], []).append(doc_id)
        out = {}
        for name in self.tables:
            schema = schemas.SCHEMAS[name]
            pieces = []
            for (index, part), ids in sorted(by_part.items()):
                path = self.sources[index][name].get(part)
                if path is not None:
                    table = pq.read_table(path, schema=schema)
                    pieces.append(table.filter(pc.is_in(table.column("doc_id"), pa.array(ids, pa.string()))))
            out[name] = pa.concat_tables(pieces) if pieces else schemas.empty(schema)
        return out


def _read_text(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8").strip()
    except OSError:
        return None


def _finished_parts(staging: Path, tables: tuple[str, ...]) -> dict[str, list[Path]]:
    """The part files of the partitions an interrupted run finished."""
    finished = sorted(p.name for p in (staging / "documents").glob("part-*.parquet"))
    return {t: [staging / t / name for name in finished if (staging / t / name).is_file()] for t in tables}
