"""The dask executor: the same per-partition function as the local pool, on a Dask cluster.

Each partition (a batch of article rows) is one task. The worker runs every stage on it with
a model it loads once per worker process and returns the partition's tables; the runner
writes them as that partition's part files, in partition order, so the output is identical
to the local executor's. A task whose worker dies or raises is retried by Dask; only the
result of the attempt that finished reaches the output, so a retry never duplicates rows.
Workers need Parley and the model installed; they read no files and need no shared folder.
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from typing import Iterable, Iterator

import pyarrow as pa

RETRIES = 2                 # extra attempts for a partition whose task raised
_MODELS: dict[str, object] = {}
_LOCK = threading.Lock()    # one partition at a time per worker process, whatever its threads


def run_partition_task(batch: list[dict], model: str) -> dict[str, pa.Table]:
    """The task: every stage on one partition, with the worker's copy of the model."""
    from . import nlp as nlp_mod, runner

    with _LOCK:
        if model not in _MODELS:
            _MODELS[model] = nlp_mod.load(model)
        return runner.run_partition(runner.articles_table(batch), _MODELS[model])


def map_partitions(batches: Iterable[list[dict]], model: str, *, workers: int = 1,
                   scheduler: str | None = None) -> Iterator[dict[str, pa.Table] | None]:
    """Each batch's tables (None for an empty batch), in order, computed on a Dask cluster.

    Args:
        batches: article rows, one list per partition.
        model: the spaCy model the workers load.
        workers: worker processes of the LocalCluster started when no scheduler is given.
        scheduler: address of a running scheduler (``tcp://host:8786``) to use instead.

    At most two partitions per worker are in flight, so memory stays bounded whatever the
    corpus size.
    """
    from dask.distributed import Client, LocalCluster

    logging.getLogger("distributed").setLevel(logging.ERROR)
    cluster = None
    if scheduler:
        try:
            client = Client(scheduler)
        except (OSError, TimeoutError) as exc:
            raise ConnectionError(f"cannot reach the Dask scheduler at {scheduler} ({exc})") from None
    else:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                               dashboard_address=":0", silence_logs=logging.ERROR)
        client = Client(cluster)
    try:
        slots = 2 * max(1, len(client.scheduler_info()["workers"]), workers if cluster else 1)
        window: deque = deque()
        for batch in batches:
            window.append(client.submit(run_partition_task, batch, model, pure=False, retries=RETRIES)
                          if batch else None)
            if len(window) >= slots:
                yield _result(window.popleft())
        while window:
            yield _result(window.popleft())
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _result(future) -> dict[str, pa.Table] | None:
    if future is None:
        return None
    tables = future.result()
    future.release()
    return tables
