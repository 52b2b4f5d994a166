"""Parley: who met whom, where, when and how, from news articles.

Python API::

    import pipeline
    tables = pipeline.extract(["Chinese President Xi Jinping met ..."])   # dict of DataFrames
    tables = pipeline.extract("seeds/")                                   # a folder or a file
    events = pipeline.read("outputs", "events")                           # one written table
    pipeline.resolve_date("on Saturday", "2024-07-28")                    # ('2024-07-27', 'day')

Each stage is a plain function over pyarrow tables: :func:`clean`,
:func:`split_sentences`, :func:`extract_entities`, :func:`extract_relations`,
:func:`normalise_events`, then :func:`merge_interactions` over the whole corpus;
:data:`SCHEMAS` declares every table.
"""

from __future__ import annotations

from .api import extract, read
from .clean import clean
from .dates import resolve_date
from .entities import extract_entities
from .events import normalise_events
from .interactions import merge_interactions
from .relations import extract_relations
from .runner import STAGES, run, run_stage
from .schemas import SCHEMAS, ContractError
from .sentences import split_sentences

__all__ = [
    "extract", "read", "resolve_date", "clean", "split_sentences", "extract_entities",
    "extract_relations", "normalise_events", "merge_interactions", "STAGES", "run", "run_stage", "SCHEMAS", "ContractError",
]
