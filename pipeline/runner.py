"""The ordered list of stages, and the runner that chains them over batches of articles.

A full run streams articles in batches (partitions); every partition goes through all
five stages in memory and is written as one part file per table, so memory stays bounded
by the batch size. Tables are published into ``OUT_DIR`` only when the whole run has
finished (see :class:`pipeline.io.Staging`).
"""

from __future__ import annotations

import itertools
import multiprocessing
from collections import Counter, deque
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator

import pyarrow as pa
import pyarrow.parquet as pq

from . import cache, clean, entities, events, interactions, io, lexicon, nlp as nlp_mod, relations, schemas, sentences

PIPELINE_VERSION = "0.2.0"
DEFAULT_BATCH = 64


@dataclass(frozen=True)
class Stage:
    """One stage: a function from named input tables to named output tables."""

    name: str
    fn: Callable[..., pa.Table | dict[str, pa.Table]]
    inputs: tuple[str, ...]
    outputs: tuple[str, ...]
    needs_nlp: bool = False

    def run(self, tables: dict[str, pa.Table], nlp=None) -> dict[str, pa.Table]:
        args = [tables[name] for name in self.inputs]
        result = self.fn(*args, nlp=nlp) if self.needs_nlp else self.fn(*args)
        if isinstance(result, pa.Table):
            result = {self.outputs[0]: result}
        return result


STAGES: tuple[Stage, ...] = (
    Stage("clean", clean.clean, ("articles",), ("documents",)),
    Stage("sentences", sentences.split_sentences, ("documents",), ("sentences", "parses"), needs_nlp=True),
    Stage("entities", entities.extract_entities, ("sentences", "parses"), ("entities", "actors")),
    Stage("relations", relations.extract_relations, ("parses", "entities", "actors"), ("relations",)),
    Stage("events", events.normalise_events,
          ("documents", "sentences", "entities", "actors", "relations"), ("events",)),
)
# Runs once over the events of the whole corpus, after every partition.
CORPUS_STAGE = Stage("interactions", interactions.merge_interactions, ("events",), ("interactions",))
STAGE_NAMES = tuple(s.name for s in STAGES) + (CORPUS_STAGE.name,)
OUTPUT_TABLES = tuple(t for s in STAGES for t in s.outputs)
ALL_TABLES = OUTPUT_TABLES + CORPUS_STAGE.outputs


def get_stage(name: str) -> Stage:
    for stage in STAGES + (CORPUS_STAGE,):
        if stage.name == name:
            return stage
    raise KeyError(f"unknown stage {name!r}; stages are {', '.join(STAGE_NAMES)}")


def run_partition(articles: pa.Table, nlp) -> dict[str, pa.Table]:
    """Run every stage on one batch of articles, in memory.

    If a stage fails on the batch, each article is rerun alone, so that one article that
    trips a bug costs only itself: it keeps its documents row, with status ``failed`` and
    the stage and error in ``error``, and adds no rows to the other tables.
    """
    try:
        return _run_stages(articles, nlp)
    except Exception as exc:  # noqa: BLE001 - isolate the failing article below
        if articles.num_rows == 0:
            raise
        if articles.num_rows == 1:
            return _failed(articles, exc)
    parts = []
    for i in range(articles.num_rows):
        one = articles.slice(i, 1)
        try:
            parts.append(_run_stages(one, nlp))
        except Exception as exc:  # noqa: BLE001 - recorded in the article's row
            parts.append(_failed(one, exc))
    return {name: schemas.conform(pa.concat_tables([p[name] for p in parts]).combine_chunks(),
                                  schemas.SCHEMAS[name]) for name in OUTPUT_TABLES}


def _run_stages(articles: pa.Table, nlp) -> dict[str, pa.Table]:
    tables = {"articles": articles}
    for stage in STAGES:
        try:
            tables.update(stage.run(tables, nlp=nlp))
        except Exception as exc:
            exc.stage = stage.name  # type: ignore[attr-defined]
            raise
    del tables["articles"]
    return tables


def _failed(article: pa.Table, exc: Exception) -> dict[str, pa.Table]:
    """Tables for one article whose processing raised: a failed documents row, nothing else."""
    try:
        docs = clean.clean(article).to_pylist()
    except Exception:  # noqa: BLE001 - the clean stage itself fails on this article
        docs = [{**{c: None for c in schemas.DOCUMENTS.names}, "doc_id": a["doc_id"], "path": a["path"],
                 "url": a["url"], "source": a["source"], "title": a["title"], "encoding": a["encoding"],
                 "published_source": "none", "captions": [], "n_dropped_lines": 0, "text": "",
                 "input_key": cache.input_key(a)}
                for a in article.to_pylist()]
    stage = getattr(exc, "stage", "?")
    for row in docs:
        row.update(status="failed", error=f"{stage} stage: {type(exc).__name__}: {exc}"[:500])
    tables = {name: schemas.empty(schemas.SCHEMAS[name]) for name in OUTPUT_TABLES}
    tables["documents"] = schemas.conform(docs, schemas.DOCUMENTS)
    return tables


def articles_table(rows: list[dict]) -> pa.Table:
    return schemas.conform(rows, schemas.ARTICLES)


# ---------------------------------------------------------------- full runs

_WORKER_NLP = None
MIN_PARALLEL_BATCH = 8      # articles: the smallest partition worth a worker's round trip
BATCHES_PER_WORKER = 8      # partitions per worker on a small input, so the workers end together
WARM_UP = ("Warm-up: President Xi Jinping of China met French President Emmanuel Macron in Paris on "
           "Monday, and later spoke by phone with the Kenyan leader.")


def _init_worker(model: str | None) -> None:
    global _WORKER_NLP
    if _WORKER_NLP is None:         # a forked worker has the parent's model already
        _WORKER_NLP = nlp_mod.load(model)


def parallel_batch(total: int, batch_size: int, workers: int) -> int:
    """Articles per partition when ``workers`` processes share ``total`` articles: at most
    ``batch_size``, and small enough that each worker gets several partitions."""
    return max(1, min(batch_size, max(MIN_PARALLEL_BATCH, -(-total // (workers * BATCHES_PER_WORKER)))))


def _fork_context():
    """Workers forked from a parent that has loaded the model and the knowledge it reads, so
    they share its memory and start at once; spawned (each loading its own) where fork is
    not available."""
    import sys

    if sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    return None


def warm_up(nlp) -> None:
    """Load everything the stages load lazily (knowledge base, gazetteers, scorer, date
    parser) by running them on one sentence, so forked workers inherit it."""
    run_partition(articles_table([{"doc_id": "warm-up", "text": WARM_UP, "published": "2024-01-01"}]), nlp)


def _work(batch: list[dict]) -> dict[str, pa.Table]:
    return run_partition(articles_table(batch), _WORKER_NLP)


@dataclass(frozen=True)
class Reused:
    """A partition taken unchanged from an earlier run: its part file per table."""

    files: dict[str, Path]


@dataclass
class RunSummary:
    documents: int
    status: dict[str, int]
    events: int
    tables: dict[str, int]
    model: str
    reused: int = 0             # articles whose rows came unchanged from the previous run
    fingerprint: str = ""

    def to_dict(self) -> dict:
        return {"documents": self.documents, "status": self.status, "events": self.events,
                "tables": self.tables, "model": self.model, "pipeline_version": PIPELINE_VERSION,
                "schema_version": schemas.SCHEMA_VERSION, "lexicon": lexicon.fingerprint(),
                "reused": self.reused, "fingerprint": self.fingerprint}


EXECUTORS = ("local", "dask")


def run(source: io.Source, out_dir: Path, *, model: str | None = None, workers: int = 1,
        batch_size: int = DEFAULT_BATCH, progress: Callable[[int, int], None] | None = None,
        executor: str = "local", scheduler: str | None = None) -> RunSummary:
    """Extract every table from ``source`` into ``out_dir``.

    Args:
        source: where the articles come from.
        out_dir: the output folder; each table becomes ``out_dir/<table>/``.
        model: spaCy model name (default: :func:`pipeline.nlp.default_model`).
        workers: processes to parse with (with ``executor="dask"`` and no scheduler: the
            workers of the LocalCluster started for the run).
        batch_size: articles per partition (one part file per table each).
        progress: called with (documents done, documents in total) after each partition.
        executor: ``"local"`` (a process pool on this machine) or ``"dask"``
            (dask.distributed: a LocalCluster, or the cluster at ``scheduler``).
        scheduler: address of a running Dask scheduler (``tcp://host:8786``); implies dask.

    Returns:
        Counts of documents by status, events and rows per table.
    """
    if executor not in EXECUTORS:
        raise ValueError(f"unknown executor {executor!r}; executors are {', '.join(EXECUTORS)}")
    if scheduler:
        executor = "dask"
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    with io.OutputLock(out_dir):
        return _run(source, out_dir, model=model, workers=workers, batch_size=batch_size, progress=progress,
                    executor=executor, scheduler=scheduler)


def fingerprint(model: str) -> str:
    """What a reused row depends on: pipeline, schema and lexicon versions (with the code and
    a user's actors file) and the model."""
    import hashlib
    import os

    import spacy

    from .knowledge import ENV_EXTRA

    own = os.environ.get(ENV_EXTRA)
    actors = hashlib.sha256(Path(own).read_bytes()).hexdigest()[:16] if own else ""
    return "|".join([PIPELINE_VERSION, schemas.SCHEMA_VERSION, lexicon.fingerprint(), model, spacy.__version__,
                     actors])


def _run(source: io.Source, out_dir: Path, *, model: str | None, workers: int, batch_size: int,
         progress: Callable[[int, int], None] | None, executor: str, scheduler: str | None) -> RunSummary:
    model = model or nlp_mod.default_model()
    pipeline_fingerprint = fingerprint(model)
    previous = cache.Cache(out_dir, pipeline_fingerprint, OUTPUT_TABLES)
    io.remove_leftovers(out_dir, keep=previous.resumable)
    total = source.count()
    staging = io.Staging(out_dir, list(ALL_TABLES), pipeline_fingerprint)
    status: Counter = Counter()
    rows: Counter = Counter()
    done = reused = 0
    try:
        for part, (n_reused, tables) in enumerate(_partitions(source, batch_size, workers, model, previous,
                                                                       executor, scheduler, total)):
            if isinstance(tables, Reused):
                staging.link(tables.files, part)
                statuses = pq.read_table(tables.files["documents"], columns=["status"]).column("status")
                for name, path in tables.files.items():
                    rows[name] += pq.ParquetFile(path).metadata.num_rows
            else:
                staging.write(tables, part)
                for name, table in tables.items():
                    rows[name] += table.num_rows
                statuses = tables["documents"].column("status")
            status.update(statuses.to_pylist())
            done += len(statuses)
            reused += n_reused
            if progress:
                progress(done, total)
        if staging.parts == 0:
            staging.write({name: schemas.empty(schemas.SCHEMAS[name]) for name in OUTPUT_TABLES}, 0)
        merged = CORPUS_STAGE.run({"events": io.read_table(staging.root, "events")})
        staging.write(merged, 0)
        rows["interactions"] = merged["interactions"].num_rows
        staging.publish()
    except (KeyboardInterrupt, SystemExit):
        raise                   # the finished partitions stay staged: the next run resumes from them
    except BaseException:
        staging.abort()
        raise
    io.remove_leftovers(out_dir)
    summary = RunSummary(done, dict(sorted(status.items())), rows["events"],
                         {n: rows[n] for n in ALL_TABLES}, model, reused, pipeline_fingerprint)
    io.write_json(out_dir / "run_summary.json", summary.to_dict())
    return summary


def _partitions(source: io.Source, batch_size: int, workers: int, model: str, previous: cache.Cache,
                executor: str = "local", scheduler: str | None = None, total: int = 0,
                ) -> Iterator[tuple[int, dict[str, pa.Table] | Reused]]:
    """``(articles reused, tables)`` per batch: unchanged articles' rows come from the previous
    run, the others are processed (the model is loaded only if some article needs it)."""
    reuse_ids: deque[list[str]] = deque()

    def todo_batches() -> Iterator[list[dict]]:
        for batch in source.batches(batch_size):
            reuse, todo = previous.split(batch)
            reuse_ids.append(reuse)
            yield todo

    def combine(done: dict[str, pa.Table] | None) -> tuple[int, dict[str, pa.Table] | Reused]:
        reuse = reuse_ids.popleft()
        if not reuse:
            return 0, done
        if done is None:
            files = previous.whole_part(reuse)
            if files is not None:           # nothing changed in this partition: reuse its files
                return len(reuse), Reused(files)
        old = previous.rows(reuse)
        parts = [old] if done is None else [done, old]
        # conform sorts by the table's key, so the rows lie where a full run puts them
        return len(reuse), {n: schemas.conform(pa.concat_tables([p[n] for p in parts]), schemas.SCHEMAS[n])
                            for n in OUTPUT_TABLES}

    if executor == "dask":
        from . import distributed

        for done in distributed.map_partitions(todo_batches(), model, workers=workers, scheduler=scheduler):
            yield combine(done)
        return
    if workers > 1:
        batch_size = parallel_batch(total, batch_size, workers)
        if total <= batch_size:
            workers = 1             # one partition: a second worker would only wait
    todos = todo_batches()
    if workers <= 1:
        nlp = None
        for todo in todos:
            if todo and nlp is None:
                nlp = nlp_mod.load(model)
            yield combine(run_partition(articles_table(todo), nlp) if todo else None)
        return
    for todo in todos:              # partitions reused whole need no worker
        if todo:
            break
        yield combine(None)
    else:
        return
    yield from _pooled(itertools.chain([todo], todos), combine, workers, model)


def _pooled(todos: Iterator[list[dict]], combine, workers: int, model: str):
    global _WORKER_NLP
    ctx = _fork_context()
    if ctx is not None:
        _WORKER_NLP = nlp_mod.load(model)
        warm_up(_WORKER_NLP)
    else:
        ctx = multiprocessing.get_context("spawn")
    try:
        with ctx.Pool(workers, initializer=_init_worker, initargs=(model,)) as pool:
            for done in pool.imap(_work_or_skip, todos):
                yield combine(done)
    finally:
        _WORKER_NLP = None


def _work_or_skip(batch: list[dict]) -> dict[str, pa.Table] | None:
    return _work(batch) if batch else None


def run_stage(name: str, out_dir: Path, *, model: str | None = None) -> dict[str, int]:
    """Rerun one stage from the tables of the stages before it, replacing its outputs.

    Returns:
        Rows written per output table.
    """
    stage = get_stage(name)
    if "articles" in stage.inputs:
        raise ValueError("stage 'clean' reads the raw articles: rerun it with `parley extract`")
    if not Path(out_dir).is_dir():
        raise io.InputError(f"{out_dir}: no such output folder")
    with io.OutputLock(Path(out_dir)):
        return _run_stage(stage, Path(out_dir), model)


def _run_stage(stage: Stage, out_dir: Path, model: str | None) -> dict[str, int]:
    tables = {t: io.read_table(out_dir, t) for t in stage.inputs}
    nlp = nlp_mod.load(model) if stage.needs_nlp else None
    result = stage.run(tables, nlp=nlp)
    if "events" in stage.outputs:           # the corpus table follows the events it merges
        result.update(CORPUS_STAGE.run({"events": result["events"]}))
    staging = io.Staging(Path(out_dir), list(result))
    try:
        staging.write(result, 0)
        staging.publish()
    except BaseException:
        staging.abort()
        raise
    return {t: table.num_rows for t, table in result.items()}


def extract_rows(rows: Iterable[dict], *, model: str | None = None) -> dict[str, pa.Table]:
    """Run every stage on article rows in memory (the Python API's engine)."""
    nlp = nlp_mod.load(model)
    return run_partition(articles_table(list(rows)), nlp)
