"""Parley: who met whom, where, when and how, from news articles.

Python API::

    import pipeline
    tables = pipeline.extract(["Chinese President Xi Jinping met ..."])   # dict of DataFrames
    tables = pipeline.extract("seeds/")                                   # a folder or a file
    events = pipeline.read("outputs", "events")                           # one written table
    tables = pipeline.load("outputs")                                     # all, with categoricals
    pipeline.query("outputs", "SELECT type, count(*) FROM events GROUP BY 1")   # DuckDB SQL
    pipeline.export("outputs", "gdelt", "events.tsv")                     # GDELT/PLOVER/JSONL/CSV
    pipeline.write_report("outputs")                                      # outputs/report.html
    pipeline.resolve_date("on Saturday", "2024-07-28")                    # ('2024-07-27', 'day')

Each stage is a plain function over pyarrow tables: :func:`clean`,
:func:`split_sentences`, :func:`extract_entities`, :func:`extract_relations`,
:func:`normalise_events`, then :func:`merge_interactions` over the whole corpus;
:data:`SCHEMAS` declares every table.
"""

from __future__ import annotations

from .api import extract, load, read
from .clean import clean
from .dates import resolve_date
from .entities import extract_entities
from .export import export
from .events import normalise_events
from .interactions import merge_interactions
from .query import query
from .relations import extract_relations
from .report import write_report
from .runner import STAGES, run, run_stage
from .schemas import SCHEMAS, ContractError
from .sentences import split_sentences

__all__ = [
    "extract", "read", "load", "query", "export", "write_report", "resolve_date", "clean", "split_sentences", "extract_entities",
    "extract_relations", "normalise_events", "merge_interactions", "STAGES", "run", "run_stage", "SCHEMAS", "ContractError",
]
