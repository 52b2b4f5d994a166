"""The data contract: one pyarrow schema per table, and the helpers that enforce it.

Every table Parley writes is declared here once. Stages build plain Python rows and
pass them through :func:`conform`, which gives the table exactly the declared columns,
types and sort order; the runner and :mod:`pipeline.io` call :func:`validate` on read
and write, so a table that drifts from its schema stops the run with a message naming
the table and column.
"""

from __future__ import annotations

from typing import Any, Iterable, Mapping

import pyarrow as pa

SCHEMA_VERSION = "2"


class ContractError(ValueError):
    """A table does not match its declared schema."""


def _schema(name: str, fields: list[pa.Field], key: list[str]) -> pa.Schema:
    meta = {"table": name, "schema_version": SCHEMA_VERSION, "key": ",".join(key)}
    return pa.schema(fields, metadata=meta)


def _f(name: str, typ: pa.DataType, nullable: bool = True) -> pa.Field:
    return pa.field(name, typ, nullable=nullable)


S, I32, I64, F64, B = pa.string(), pa.int32(), pa.int64(), pa.float64(), pa.bool_()

# Raw input articles, as read from a folder of texts or a JSONL/CSV/Parquet file.
ARTICLES = _schema("articles", [
    _f("doc_id", S, False),
    _f("path", S),
    _f("text", S),
    _f("url", S),
    _f("published", S),
    _f("source", S),
    _f("title", S),
    _f("encoding", S),
    _f("read_error", S),
], ["doc_id"])

DOCUMENTS = _schema("documents", [
    _f("doc_id", S, False),
    _f("path", S),
    _f("url", S),
    _f("source", S),
    _f("sha256", S),
    _f("input_key", S),                 # hash of all the input the pipeline read (incremental reruns)
    _f("n_chars", I64),
    _f("title", S),
    _f("published", pa.date32()),
    _f("published_source", S, False),   # given / header / dateline / url / none
    _f("dateline", S),                  # "BEIJING, Nov. 29 (Xinhua)", removed from text
    _f("dateline_place", S),
    _f("captions", pa.list_(S), False),  # photo captions, kept out of text
    _f("n_dropped_lines", I32, False),  # page-clutter lines removed by cleaning
    _f("encoding", S),
    _f("text", S, False),               # cleaned body; every offset points into it
    _f("status", S, False),             # ok / empty / failed / skipped
    _f("error", S),
], ["doc_id"])

SENTENCES = _schema("sentences", [
    _f("doc_id", S, False),
    _f("sent_id", I32, False),
    _f("start_char", I32, False),
    _f("end_char", I32, False),
    _f("text", S, False),
], ["doc_id", "sent_id"])

# The spaCy analysis of each document, carried forward so no later stage re-parses.
PARSES = _schema("parses", [
    _f("doc_id", S, False),
    _f("model", S, False),
    _f("docbin", pa.binary(), False),
], ["doc_id"])

ENTITIES = _schema("entities", [
    _f("doc_id", S, False),
    _f("sent_id", I32, False),
    _f("ent_id", I32, False),
    _f("text", S, False),
    _f("label", S, False),
    _f("start_char", I32, False),
    _f("end_char", I32, False),
    _f("actor_id", S),
], ["doc_id", "ent_id"])

ACTORS = _schema("actors", [
    _f("doc_id", S, False),
    _f("actor_id", S, False),
    _f("name", S, False),
    _f("kind", S, False),               # person / organization / group / state
    _f("title", S),
    _f("country", S),                   # ISO 3166-1 alpha-3
    _f("org", S),
    _f("n_mentions", I32, False),
], ["doc_id", "actor_id"])

RELATIONS = _schema("relations", [
    _f("doc_id", S, False),
    _f("sent_id", I32, False),
    _f("rel_id", S, False),
    _f("trigger", S, False),
    _f("trigger_start", I32, False),
    _f("predicate", S, False),          # meeting / phone_call / video_call / visit / correspondence
    _f("actor_ids", pa.list_(S), False),
    _f("location_text", S),
    _f("host_id", S),                   # the party the text says was visited ("a visiting delegation")
    _f("time_text", S),
    _f("negated", B, False),
    _f("modality", S, False),           # asserted / planned / hypothetical
    _f("confidence", F64, False),
    _f("features", pa.list_(S)),        # the scorer's features (pipeline.scorer.features)
], ["doc_id", "sent_id", "rel_id"])

PARTICIPANT = pa.struct([
    _f("name", S), _f("title", S), _f("country", S), _f("org", S), _f("actor_id", S), _f("actor_key", S),
])

EVENTS = _schema("events", [
    _f("event_id", S, False),
    _f("doc_id", S, False),
    _f("rel_id", S, False),
    _f("type", S, False),
    _f("status", S, False),             # happened / planned
    _f("date", S),                      # YYYY-MM-DD, YYYY-MM or YYYY
    _f("date_precision", S),            # day / month / year
    _f("date_text", S),
    _f("location_text", S),
    _f("location_city", S),
    _f("location_country", S),
    _f("location_lat", F64),
    _f("location_lon", F64),
    _f("participants", pa.list_(PARTICIPANT), False),
    _f("cameo_code", S, False),
    _f("evidence", S, False),
    _f("sent_id", I32, False),
    _f("start_char", I32, False),
    _f("end_char", I32, False),
    _f("confidence", F64, False),
], ["doc_id", "sent_id", "event_id"])

INTERACTIONS = _schema("interactions", [
    _f("interaction_id", S, False),
    _f("type", S, False),
    _f("status", S, False),
    _f("date", S),
    _f("date_precision", S),
    _f("location_city", S),
    _f("location_country", S),
    _f("location_lat", F64),
    _f("location_lon", F64),
    _f("participants", pa.list_(pa.struct([_f("name", S), _f("title", S), _f("country", S), _f("org", S),
                                           _f("actor_key", S)])), False),
    _f("n_sources", I32, False),        # documents that report it
    _f("event_ids", pa.list_(S), False),
    _f("doc_ids", pa.list_(S), False),
    _f("evidence", S, False),           # from the first report
    _f("confidence", F64, False),       # the highest of its events
], ["interaction_id"])

SCHEMAS: dict[str, pa.Schema] = {
    s.metadata[b"table"].decode(): s
    for s in (DOCUMENTS, SENTENCES, PARSES, ENTITIES, ACTORS, RELATIONS, EVENTS, INTERACTIONS)
}
TABLES = tuple(SCHEMAS)


def key_of(schema: pa.Schema) -> list[str]:
    """Return the sort key columns declared in a schema's metadata."""
    return schema.metadata[b"key"].decode().split(",")


def table_name(schema: pa.Schema) -> str:
    return schema.metadata[b"table"].decode()


def validate(table: pa.Table, schema: pa.Schema) -> pa.Table:
    """Check that ``table`` has exactly the columns and types of ``schema``.

    Args:
        table: the table to check.
        schema: the declared schema.

    Returns:
        The table, cast to carry the schema's metadata.

    Raises:
        ContractError: naming the table and the first offending column.
    """
    name = table_name(schema)
    got = table.schema.names
    if got != schema.names:
        missing = [c for c in schema.names if c not in got]
        extra = [c for c in got if c not in schema.names]
        raise ContractError(
            f"table {name!r}: columns differ from the schema"
            f" (missing {missing}, unexpected {extra}, order {got})")
    for field in schema:
        have = table.schema.field(field.name)
        if not have.type.equals(field.type):
            raise ContractError(
                f"table {name!r}: column {field.name!r} is {have.type}, expected {field.type}")
        if not field.nullable and table.column(field.name).null_count:
            raise ContractError(f"table {name!r}: column {field.name!r} has nulls")
    return table.replace_schema_metadata(schema.metadata)


def conform(rows: Iterable[Mapping[str, Any]] | pa.Table, schema: pa.Schema) -> pa.Table:
    """Build a table with exactly ``schema`` from rows (or a table), sorted by its key.

    Extra keys in the rows are an error, not silently dropped.
    """
    name = table_name(schema)
    if isinstance(rows, pa.Table):
        table = rows
        extra = [c for c in table.column_names if c not in schema.names]
        if extra:
            raise ContractError(f"table {name!r}: unexpected columns {extra}")
        try:
            table = table.select(schema.names).cast(schema)
        except (KeyError, pa.ArrowInvalid, pa.ArrowNotImplementedError) as exc:
            raise ContractError(f"table {name!r}: {exc}") from exc
    else:
        rows = list(rows)
        for row in rows:
            extra = set(row) - set(schema.names)
            if extra:
                raise ContractError(f"table {name!r}: unexpected columns {sorted(extra)}")
        try:
            table = pa.Table.from_pylist(rows, schema=schema)
        except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError) as exc:
            raise ContractError(f"table {name!r}: {exc}") from exc
    if table.num_rows > 1:
        table = table.sort_by([(k, "ascending") for k in key_of(schema)])
    return validate(table, schema)


def empty(schema: pa.Schema) -> pa.Table:
    """An empty table of the schema."""
    return schema.empty_table()
