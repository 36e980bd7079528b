"""Where the pipeline runs: in this process (`local`) or on a Dask cluster (`dask`), with equal results."""

from __future__ import annotations

import functools
import os
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Final

import numpy as np
import pandas as pd

from factaudit.errors import UsageError
from factaudit.extract import Claim, extract_claims, extract_each
from factaudit.ingest import Document
from factaudit.match import BlockScorer, score_blocks
from factaudit.store import ExtractMany

ENGINES: Final = ("local", "dask")
# Documents per Dask partition: large enough that task overhead (about 1 ms a task) stays under 1% of
# the extraction time of a partition (about 1 ms a document), small enough to spread 2,225 BBC articles
# over 2 workers several times.
DOCUMENTS_PER_PARTITION: Final = 256
# Block-key rows per partition of the matching shuffle.
KEYS_PER_PARTITION: Final = 50_000


@dataclass(frozen=True)
class Engine:
    """The two distributable stages: extraction of many documents, and scoring of blocks."""

    name: str
    extract_many: ExtractMany
    scorer: BlockScorer


LOCAL: Final = Engine("local", extract_each, score_blocks)


def local_engine(jobs: int = 1) -> Engine:
    """The local engine; extraction in `jobs` processes (0: one per CPU core)."""
    jobs = jobs or os.cpu_count() or 1
    return LOCAL if jobs == 1 else Engine("local", functools.partial(extract_each, jobs=jobs), score_blocks)


def _extract_partition(documents: Iterable[Document]) -> list[list[Claim]]:
    return [extract_claims(document) for document in documents]


def _partition_pairs(partition: pd.DataFrame, cutoff: float) -> pd.DataFrame:
    """Score the blocks of one shuffled partition; the comparisons made ride on a sentinel row."""
    keys = pd.Series(partition["key"].to_numpy(), index=partition["row"].to_numpy())
    order = pd.Series(partition["order"].to_numpy(), index=partition["row"].to_numpy())
    order = order[~order.index.duplicated()]
    texts = dict(zip(partition["row"].tolist(), partition["text"].tolist(), strict=True))
    pairs, compared = score_blocks(keys, order, texts, cutoff)
    frame = pd.DataFrame({"left": pairs[:, 0], "right": pairs[:, 1]}, dtype="int64")
    sentinel = pd.DataFrame({"left": [-1], "right": [compared]}, dtype="int64")
    return pd.concat([frame, sentinel], ignore_index=True)


def _dask_engine(client: Any) -> Engine:
    import dask.bag as db
    import dask.dataframe as dd

    workers = max(1, len(client.scheduler_info().get("workers", {})))

    def extract_many(documents: Sequence[Document]) -> list[list[Claim]]:
        if not documents:
            return []
        partitions = max(workers, -(-len(documents) // DOCUMENTS_PER_PARTITION))
        bag = db.from_sequence(list(documents), npartitions=partitions)
        results: list[list[Claim]] = bag.map_partitions(_extract_partition).compute()
        return results

    def scorer(
        keys: pd.Series, order: pd.Series, texts: Sequence[str], cutoff: float
    ) -> tuple[np.ndarray, int]:
        if keys.empty:
            return np.empty((0, 2), dtype=np.int64), 0
        rows = keys.index.to_numpy()
        frame = pd.DataFrame(
            {
                "key": keys.to_numpy(),
                "row": rows,
                "order": order.loc[rows].to_numpy(),
                "text": [texts[int(i)] for i in rows],
            }
        )
        partitions = max(workers, -(-len(frame) // KEYS_PER_PARTITION))
        shuffled = dd.from_pandas(frame, npartitions=partitions, sort=False).shuffle("key")
        meta = pd.DataFrame({"left": pd.Series(dtype="int64"), "right": pd.Series(dtype="int64")})
        scored = shuffled.map_partitions(_partition_pairs, cutoff, meta=meta).compute()
        sentinel = scored["left"] == -1
        compared = int(scored.loc[sentinel, "right"].sum())
        pairs = scored.loc[~sentinel, ["left", "right"]].to_numpy(dtype=np.int64)
        if not len(pairs):
            return np.empty((0, 2), dtype=np.int64), compared
        return np.unique(pairs, axis=0), compared

    return Engine("dask", extract_many, scorer)


@contextmanager
def open_engine(name: str = "local", scheduler: str | None = None, jobs: int = 1) -> Iterator[Engine]:
    """The engine named; for `dask`, a client of the scheduler at ADDRESS or of a new LocalCluster."""
    if name not in ENGINES:
        raise UsageError(f"--engine must be one of {', '.join(ENGINES)}, not {name!r}")
    if name == "local":
        if scheduler:
            raise UsageError("--scheduler needs --engine dask")
        yield local_engine(jobs)
        return
    try:
        from distributed import Client, LocalCluster
    except ImportError as error:  # pragma: no cover - dask is a declared dependency
        raise UsageError("the dask engine needs the 'distributed' package") from error
    if scheduler:
        with Client(scheduler) as client:
            yield _dask_engine(client)
        return
    with (
        LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
        Client(cluster) as client,
    ):
        yield _dask_engine(client)
