"""Reading articles and metadata, and reading/writing Parquet table folders.

Every table is a Parquet dataset folder ``OUT_DIR/<table>/`` of part files. Writers
put part files into a staging folder and :func:`publish` swaps each finished table into
place with a rename, so a reader never sees a half-written table.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import uuid
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Sequence

import pyarrow as pa
import pyarrow.parquet as pq

from . import schemas

ARTICLE_COLUMNS = ("doc_id", "text", "url", "published", "source", "title")
META_COLUMNS = ("url", "published", "source", "title")
MAX_FILE_BYTES = 50_000_000
MOSTLY_ASCII = 0.3             # share of non-ASCII bytes below which non-UTF-8 text is read as cp1252


class InputError(ValueError):
    """The input or metadata cannot be read at all (as opposed to one bad article)."""


# ---------------------------------------------------------------- decoding

def decode_bytes(raw: bytes) -> tuple[str | None, str | None, str | None]:
    """Decode article bytes.

    Returns:
        ``(text, encoding, error)``: text is None when the bytes are not text.
    """
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="replace"), "utf-8-sig", None
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16"), "utf-16", None
        except UnicodeDecodeError as exc:
            return None, None, f"undecodable UTF-16: {exc.reason}"
    if b"\x00" in raw[:65536]:
        return None, None, "binary file (contains NUL bytes)"
    try:
        return raw.decode("utf-8"), "utf-8", None
    except UnicodeDecodeError:
        pass
    # Mostly-ASCII text that is not UTF-8 is almost always Windows-1252/Latin-1 (English news
    # with accented names or curly quotes); charset detection misreads such short runs of
    # high bytes ("café" as UTF-16, "déjà" as cp1250), so it only decides the other cases.
    if sum(b >= 0x80 for b in raw[:65536]) <= MOSTLY_ASCII * min(len(raw), 65536):
        try:
            return raw.decode("cp1252"), "cp1252", None
        except UnicodeDecodeError:
            pass
    from charset_normalizer import from_bytes

    best = from_bytes(raw[:1_000_000]).best()
    if best is None:
        return None, None, "binary or undecodable file"
    return raw.decode(best.encoding, errors="replace"), best.encoding, None


# ---------------------------------------------------------------- inputs

@dataclass(frozen=True)
class Source:
    """Where articles come from: a folder of ``*.txt`` or one table file."""

    path: Path
    meta: Path | None = None

    def count(self) -> int:
        """Number of articles, counted without reading their text where possible."""
        if self.path.is_dir():
            return sum(1 for _ in _folder_entries(self.path))
        suffix = self.path.suffix.lower()
        if suffix == ".parquet":
            try:
                return pq.ParquetFile(self.path).metadata.num_rows
            except (OSError, pa.ArrowInvalid) as exc:
                raise InputError(f"{self.path}: not a readable Parquet file ({exc})") from exc
        if suffix in (".jsonl", ".ndjson", ".json"):
            with self.path.open("rb") as handle:
                return sum(1 for line in handle if line.strip())
        return sum(1 for _ in self._entries())

    def _entries(self) -> Iterator:
        if self.path.is_dir():
            yield from _folder_entries(self.path)
        else:
            yield from _table_records(self.path)

    def batches(self, size: int) -> Iterator[list[dict]]:
        """Yield lists of article rows (schema ``ARTICLES``), ``size`` at a time, by doc_id."""
        meta = read_meta(self.meta) if self.meta else {}
        batch: list[dict] = []
        for entry in self._entries():
            row = _load_folder_entry(*entry) if isinstance(entry, tuple) else entry
            extra = meta.get(row["doc_id"], {})
            for col in META_COLUMNS:
                if not row.get(col) and extra.get(col):
                    row[col] = str(extra[col])
            batch.append(row)
            if len(batch) >= size:
                yield batch
                batch = []
        if batch:
            yield batch


def _folder_entries(root: Path) -> Iterator[tuple[Path, Path]]:
    root = root.resolve()
    found = []
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames.sort()
        for name in filenames:
            if name.endswith(".txt"):
                found.append(Path(dirpath) / name)
    found.sort(key=lambda p: p.relative_to(root).as_posix())
    for path in found:
        yield root, path


def article_row(doc_id: str, **kw) -> dict:
    row = {c: None for c in schemas.ARTICLES.names}
    row.update(doc_id=doc_id, **kw)
    return row


def _load_folder_entry(root: Path, path: Path) -> dict:
    rel = path.relative_to(root).as_posix()
    doc_id = rel[: -len(".txt")]
    if path.is_symlink():
        target = path.resolve()
        if not target.is_relative_to(root):
            return article_row(doc_id, path=rel, read_error="skipped: symlink leaves the input folder")
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            return article_row(doc_id, path=rel,
                            read_error=f"skipped: file is {size} bytes (limit {MAX_FILE_BYTES})")
        raw = path.read_bytes()
    except OSError as exc:
        return article_row(doc_id, path=rel, read_error=f"unreadable: {exc.strerror or exc}")
    text, encoding, error = decode_bytes(raw)
    return article_row(doc_id, path=rel, text=text, encoding=encoding, read_error=error)


def _table_records(path: Path) -> Iterator[dict]:
    """Article rows of a JSONL, CSV or Parquet file, one per record, whatever the record holds.

    A record that cannot be parsed, has no ``doc_id``, no ``text`` or a ``text`` that is not a
    string gets a row with ``read_error`` naming the file and line (JSONL) or record, and
    the file goes on. A repeated ``doc_id`` keeps the first record; each later one becomes a
    ``skipped`` row under ``ID#2``, ``ID#3`` ... (the first such id not yet used).
    """
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson", ".json"):
        records, where = _jsonl_lines(path), "{name}:{n}"
    elif suffix == ".csv":
        records, where = _csv_records(path), "{name} record {n}"
    elif suffix == ".parquet":
        records, where = _parquet_records(path), "{name} record {n}"
    else:
        raise InputError(f"{path}: expected a folder of .txt files or a .jsonl, .csv or .parquet file")
    first: dict[str, int] = {}
    for i, (n, rec, error) in enumerate(records, 1):
        place = where.format(name=path.name, n=n)
        raw_id = rec.get("doc_id") if rec is not None else None
        doc_id = None if raw_id is None or str(raw_id).strip() == "" else str(raw_id)
        if error is None and doc_id is None:
            error = "no doc_id"
        if doc_id is None:
            doc_id = f"{path.name}#{n}"
        if doc_id in first:
            error = f"skipped: duplicate doc_id of record {first[doc_id]}"
            doc_id = _free_id(doc_id, first)
        first[doc_id] = i
        rel = f"{path.name}#{i}"
        if error is not None:
            if not error.startswith("skipped"):
                error = f"{place}: {error}"
            yield article_row(doc_id, path=rel, read_error=error)
            continue
        text = rec.get("text")
        if text is None:
            yield article_row(doc_id, path=rel, read_error=f"{place}: no text")
            continue
        if not isinstance(text, str):
            yield article_row(doc_id, path=rel,
                              read_error=f"{place}: text is {type(text).__name__}, not a string")
            continue
        kw = {c: (None if rec.get(c) in (None, "") else str(rec.get(c))) for c in META_COLUMNS}
        yield article_row(doc_id, path=rel, text=text, encoding="utf-8", **kw)


def _free_id(doc_id: str, used: dict[str, int]) -> str:
    k = 2
    while f"{doc_id}#{k}" in used:
        k += 1
    return f"{doc_id}#{k}"


def read_jsonl(path: Path) -> Iterator[tuple[int, dict]]:
    """Yield ``(line number, object)`` for each non-blank line of a JSONL file.

    Raises:
        InputError: naming the file and line of an unreadable file, invalid JSON or a line
            that is not a JSON object.
    """
    for n, rec, error in _jsonl_lines(Path(path)):
        if error is not None:
            raise InputError(f"{path}:{n}: {error}")
        yield n, rec


def _jsonl_lines(path: Path) -> Iterator[tuple[int, dict | None, str | None]]:
    """``(line number, object, None)`` per non-blank line, or ``(n, None, why)`` for a bad one."""
    try:
        handle = path.open(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from exc
    with handle:
        for n, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                yield n, None, f"not valid JSON ({exc.msg})"
                continue
            if not isinstance(rec, dict):
                yield n, None, "expected a JSON object per line"
                continue
            yield n, rec, None


def _csv_records(path: Path) -> Iterator[tuple[int, dict, None]]:
    csv.field_size_limit(MAX_FILE_BYTES)
    try:
        handle = path.open(encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from exc
    with handle:
        for i, rec in enumerate(csv.DictReader(handle), 1):
            yield i, rec, None


def _parquet_records(path: Path) -> Iterator[tuple[int, dict, None]]:
    try:
        pf = pq.ParquetFile(path)
    except (OSError, pa.ArrowInvalid) as exc:
        raise InputError(f"{path}: not a readable Parquet file ({exc})") from exc
    cols = [c for c in ARTICLE_COLUMNS if c in pf.schema_arrow.names]
    i = 0
    for batch in pf.iter_batches(batch_size=1000, columns=cols):
        for rec in batch.to_pylist():
            i += 1
            yield i, rec, None


def read_meta(path: Path) -> dict[str, dict]:
    """Read a JSONL or CSV metadata file keyed by doc_id."""
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: metadata file not found")
    if path.suffix.lower() == ".csv":
        records = (rec for _, rec, _ in _csv_records(path))
    else:
        records = (rec for _, rec in read_jsonl(path))
    out = {}
    for rec in records:
        if rec.get("doc_id") is not None:
            out[str(rec["doc_id"])] = rec
    return out


# ---------------------------------------------------------------- tables

def table_dir(out_dir: Path, name: str) -> Path:
    return Path(out_dir) / name


def read_table(out_dir: Path | str, name: str, columns: Sequence[str] | None = None) -> pa.Table:
    """Read one table folder (or only ``columns`` of it) and check it against its schema."""
    schema = schemas.SCHEMAS[name]
    if columns is not None:
        schema = pa.schema([schema.field(c) for c in columns], metadata=schema.metadata)
    folder = table_dir(Path(out_dir), name)
    if not folder.is_dir():
        raise InputError(f"{folder}: table {name!r} not found (run the stage that writes it first)")
    parts = sorted(folder.glob("*.parquet"))
    if not parts:
        return schemas.empty(schema)
    tables = [pq.read_table(p, columns=schema.names, schema=schema) for p in parts]
    return schemas.validate(pa.concat_tables(tables), schema)


def output_folder(out_dir: str | Path) -> Path:
    """Return the output folder as a Path.

    Raises:
        InputError: when it is not an existing folder.
    """
    out = Path(out_dir)
    if not out.is_dir():
        raise InputError(f"{out}: output folder not found")
    return out


@contextmanager
def atomic_path(to: str | Path) -> Iterator[Path]:
    """Yield a temporary path beside ``to``; rename it to ``to`` when the block succeeds,
    so ``to`` is never seen half-written.

    Raises:
        InputError: when ``to`` is a folder or its folder does not exist.
    """
    to = Path(to)
    if to.is_dir():
        raise InputError(f"{to}: is a folder, give a file name")
    if not to.parent.is_dir():
        raise InputError(f"{to.parent}: folder not found")
    tmp = to.with_name(f".{to.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        yield tmp
        os.replace(tmp, to)
    finally:
        tmp.unlink(missing_ok=True)


class Staging:
    """A folder of part files written beside the outputs, published table by table.

    Args:
        out_dir: the output folder.
        tables: the names of the tables this run writes.
        fingerprint: the pipeline's fingerprint, kept in the folder so that a run
            interrupted before publishing can be resumed (see :class:`pipeline.cache.Cache`).
    """

    def __init__(self, out_dir: Path, tables: list[str], fingerprint: str | None = None):
        self.out_dir = Path(out_dir)
        self.tables = tables
        self.root = self.out_dir / f".staging-{uuid.uuid4().hex[:12]}"
        for name in tables:
            (self.root / name).mkdir(parents=True)
        if fingerprint:
            (self.root / "fingerprint").write_text(fingerprint + "\n", encoding="utf-8")
        self.parts = 0

    def write(self, tables: dict[str, pa.Table], part: int) -> None:
        """Write one part file per given table for partition number ``part``.

        The documents part is written last, so a partition whose documents part exists
        is complete in every table."""
        for name, tmp in self._parts(tables, part):
            pq.write_table(schemas.validate(tables[name], schemas.SCHEMAS[name]), tmp,
                           row_group_size=10_000, compression="zstd")

    def link(self, files: dict[str, Path], part: int) -> None:
        """Take earlier part files (table -> file) as partition number ``part``, unchanged:
        hard links where the filesystem allows, copies elsewhere. The documents part goes
        last, as in :meth:`write`."""
        for name, tmp in self._parts(files, part):
            try:
                os.link(files[name], tmp)
            except OSError:
                shutil.copyfile(files[name], tmp)

    def _parts(self, names: Iterable[str], part: int) -> Iterator[tuple[str, Path]]:
        """``(table, temporary path)`` for each table's part file, documents last; each
        temporary file is renamed into place once the caller has written it."""
        for name in sorted(names, key=lambda n: n == "documents"):
            if name not in self.tables:
                raise KeyError(f"table {name!r} is not staged here")
            final = self.root / name / f"part-{part:05d}.parquet"
            tmp = final.with_suffix(".tmp")
            yield name, tmp
            os.replace(tmp, final)
        self.parts += 1

    def publish(self) -> None:
        """Swap every staged table into ``out_dir`` (each swap is a rename)."""
        for name in self.tables:
            final = self.out_dir / name
            old = self.out_dir / f".old-{name}-{uuid.uuid4().hex[:8]}"
            if final.exists():
                os.replace(final, old)
            os.replace(self.root / name, final)
            shutil.rmtree(old, ignore_errors=True)
        shutil.rmtree(self.root, ignore_errors=True)

    def abort(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)


class OutputLock:
    """An exclusive lock on an output folder, so two runs never interleave their tables.

    Raises:
        InputError: when another run holds the folder.
    """

    def __init__(self, out_dir: Path):
        self.path = Path(out_dir) / ".parley.lock"
        self.handle = None

    def __enter__(self) -> "OutputLock":
        import fcntl

        self.handle = self.path.open("a")
        try:
            fcntl.flock(self.handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            self.handle.close()
            raise InputError(f"{self.path.parent}: another parley run is writing to this folder") from None
        return self

    def __exit__(self, *exc) -> None:
        import fcntl

        fcntl.flock(self.handle, fcntl.LOCK_UN)
        self.handle.close()


def remove_leftovers(out_dir: Path, keep: Iterable[Path] = ()) -> None:
    """Delete the staging folders an interrupted run left behind, but those in ``keep``
    (call only under the lock)."""
    keep = set(keep)
    for leftover in list(Path(out_dir).glob(".staging-*")) + list(Path(out_dir).glob(".old-*")):
        if leftover not in keep:
            shutil.rmtree(leftover, ignore_errors=True)


def skip_pandas_probe() -> None:
    """Spare an extract the import of pandas (a third of a second, and its memory): pyarrow
    imports it the first time it builds an array, only to ask whether the values are pandas
    objects, which an extract never passes. That first probe is let find no pandas; pyarrow
    imports it for real should anything later ask for a DataFrame. A process that has pandas
    already is left alone."""
    import sys

    if "pandas" in sys.modules:
        return
    blocker = _NoPandas()
    sys.meta_path.insert(0, blocker)
    try:
        pa.array([0])
    finally:
        sys.meta_path.remove(blocker)


class _NoPandas:
    """An import finder under which pandas cannot be imported."""

    def find_spec(self, name, path=None, target=None):
        if name == "pandas" or name.startswith("pandas."):
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None


def write_json(path: Path, data: dict) -> None:
    """Write a JSON file atomically (temp file, then rename)."""
    with atomic_path(path) as tmp:
        tmp.write_text(json.dumps(data, indent=2, sort_keys=True, default=str) + "\n", encoding="utf-8")
