"""SQL over an output folder with DuckDB.

Every table folder present in the output folder is a DuckDB view of the same name
(``documents``, ``sentences``, ``parses``, ``entities``, ``actors``, ``relations``,
``events``, ``interactions``); ``parses`` leaves out its ``docbin`` bytes. DuckDB is
imported only when a query runs.
"""

from __future__ import annotations

import os
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from . import schemas
from .export import write_delimited
from .io import InputError, atomic_path, output_folder

HIDDEN_COLUMNS = {"parses": ("docbin",)}   # binary spaCy data, of no use in SQL or a DataFrame
QUERY_SUFFIXES = (".csv", ".parquet")


def tables_in(out_dir: str | Path) -> list[str]:
    """Name the Parley tables present in an output folder, in pipeline order.

    Raises:
        InputError: when the folder is missing or holds no table.
    """
    out = output_folder(out_dir)
    names = [name for name in schemas.TABLES if (out / name).is_dir()]
    if not names:
        raise InputError(f"{out}: no Parley tables here (run `parley extract` into it first)")
    return names


def visible_columns(name: str) -> list[str]:
    """The columns of a table that queries and :func:`pipeline.load` show."""
    return [c for c in schemas.SCHEMAS[name].names if c not in HIDDEN_COLUMNS.get(name, ())]


def query(out_dir: str | Path, sql: str) -> pa.Table:
    """Run SQL over the tables of an output folder.

    Args:
        out_dir: the output folder.
        sql: one or more DuckDB statements; the result is the last one's. Rows come in
            the order the SQL asks for (add ORDER BY for a stable order).

    Returns:
        The result as an Arrow table.

    Raises:
        InputError: for a missing folder, no tables, empty SQL or any DuckDB error
            (bad syntax, an unknown table or column), with DuckDB's first message line.
    """
    import duckdb

    names = tables_in(out_dir)
    con = duckdb.connect(":memory:")
    try:
        for name in names:
            _create_view(con, Path(out_dir), name)
        try:
            result = con.sql(sql)
            table = None if result is None else result.to_arrow_table()
        except duckdb.Error as exc:
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            if isinstance(exc, duckdb.CatalogException):
                first += f" (tables here: {', '.join(names)})"
            raise InputError(first) from None
    finally:
        con.close()
    if table is None:
        raise InputError("the SQL gave no result (give a query such as SELECT * FROM events)")
    return table


def query_to(out_dir: str | Path, sql: str, to: str | Path) -> int:
    """Run SQL over an output folder and write the result, atomically.

    ``to`` ending ``.parquet`` gets a Parquet file with the result's types. ``.csv`` gets
    UTF-8 CSV with a header row, fields quoted where needed (text may hold commas,
    quotes, tabs and newlines), null as an empty field, dates in ISO form, and lists and
    structs (``participants``) as JSON text.

    Args:
        out_dir: the output folder.
        sql: as for :func:`query`.
        to: the file to write.

    Returns:
        The number of rows written.

    Raises:
        InputError: for another suffix, as for :func:`query`, or when ``to``'s folder
            does not exist.
    """
    to = Path(to)
    suffix = to.suffix.lower()
    if suffix not in QUERY_SUFFIXES:
        raise InputError(f"{to}: write the result to a {' or '.join(QUERY_SUFFIXES)} file")
    table = query(out_dir, sql)
    if suffix == ".csv":
        return write_delimited(to, table.column_names, _rows(table), delimiter=",")
    with atomic_path(to) as tmp:
        pq.write_table(table, tmp, compression="zstd")
    return table.num_rows


def _create_view(con, out: Path, name: str) -> None:
    columns = visible_columns(name)
    parts = sorted((out / name).glob("*.parquet"))
    if not parts:
        schema = schemas.SCHEMAS[name]
        con.register(name, pa.schema([schema.field(c) for c in columns]).empty_table())
        return
    files = ", ".join(_literal(os.fspath(p.resolve())) for p in parts)
    select = ", ".join(f'"{c}"' for c in columns)
    con.execute(f'CREATE VIEW "{name}" AS SELECT {select} FROM read_parquet([{files}])')


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _rows(table: pa.Table):
    for batch in table.to_batches():
        yield from zip(*(column.to_pylist() for column in batch.columns))
