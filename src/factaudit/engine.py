"""Where the pipeline runs: in this process (`local`) or on a Dask cluster (`dask`), with equal results."""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import gc
import itertools
import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Final, ParamSpec, Protocol, TypeVar

import numpy as np
import pandas as pd

from factaudit.blocking import Blocks, unique_pairs
from factaudit.errors import UsageError
from factaudit.extract import Claim, extract_audited, extract_claims
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

P = ParamSpec("P")
T = TypeVar("T")


class Aside(Protocol):
    """Start `fn(*args)` beside the calling process where the engine can; its Future gives the result."""

    def __call__(self, fn: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> Future[T]: ...


def run_here(fn: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> Future[T]:
    """The `Aside` of one process: `fn` runs at once, here; its result is the Future's."""
    future: Future[T] = Future()
    future.set_result(fn(*args, **kwargs))
    return future


# Documents from which work over them runs aside, in another process. Measured on the first BBC
# articles: the arithmetic checks of 128 take 0.08 s here; aside, the main process spends 0.01 s handing
# them over and has them back in 0.16 s, while matching their claims takes 0.2 s. With fewer documents
# starting the process and copying the data cost more than they save.
ASIDE_MIN_DOCUMENTS: Final = 128


@contextmanager
def aside_processes(jobs: int = 0) -> Iterator[Aside]:
    """Where work aside runs: `jobs` processes (0: one per CPU core), started when work is first given
    and shut down (after the work) on exit; with one job, here."""
    jobs = jobs or os.cpu_count() or 1
    if jobs == 1:
        yield run_here
        return
    with ProcessPoolExecutor(max_workers=jobs) as helpers:
        yield helpers.submit


# Work handed to a fresh pool of forked processes by reference: the arguments stay where the fork leaves
# them (copy on write) instead of being pickled through a pipe.
_INHERITED: dict[int, tuple[Callable[..., Any], tuple[Any, ...]]] = {}
_INHERITED_KEYS = itertools.count()


def _call_inherited(key: int) -> Any:
    fn, args = _INHERITED[key]
    return fn(*args)


def run_inherited(aside: Aside, fn: Callable[..., T], *args: Any) -> Future[T]:
    """`aside(fn, *args)`, the arguments inherited by the worker rather than pickled to it. The JSON
    audit's payload of 100,000 documents pickled for the side process that writes it was a buffer of
    hundreds of MB in the audit, at its peak (the report). Only for the first work given to a pool of
    `aside_processes` (its workers fork then, after the arguments are in place) and where processes fork."""
    if aside is run_here or multiprocessing.get_start_method(allow_none=False) != "fork":
        return aside(fn, *args)
    key = next(_INHERITED_KEYS)
    _INHERITED[key] = (fn, args)
    future: Future[T] = aside(_call_inherited, key)
    future.add_done_callback(lambda _: _INHERITED.pop(key, None))
    return future


def aside_for(aside: Aside, documents: int) -> Aside:
    """`aside` for work over this many documents, `run_here` below ASIDE_MIN_DOCUMENTS."""
    return aside if documents >= ASIDE_MIN_DOCUMENTS else run_here


@dataclass(frozen=True)
class Engine:
    """The two distributable stages: extraction of many documents, and scoring of blocks; and where
    work that does not wait for them runs (`aside`: the checks and the text-reuse search, while the
    claims are matched)."""

    name: str
    extract_many: ExtractMany
    scorer: BlockScorer
    aside: Aside = run_here


LOCAL: Final = Engine("local", extract_audited, score_blocks)


def local_engine(jobs: int = 1, aside: Aside = run_here) -> Engine:
    """The local engine; extraction in `jobs` processes (0: one per CPU core), `aside` work where given."""
    jobs = jobs or os.cpu_count() or 1
    if jobs == 1:
        return LOCAL
    return Engine("local", functools.partial(extract_audited, jobs=jobs), score_blocks, aside)


def _extract_partition(documents: Iterable[Document]) -> list[list[Claim]]:
    return [extract_claims(document, uncompared=False) for document in documents]


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
        keys: pd.Series,
        order: pd.Series,
        texts: Sequence[str],
        cutoff: float,
        blocks: Blocks | None = None,  # the cluster groups each shuffled partition itself
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
        return unique_pairs(pairs), compared

    return Engine("dask", extract_many, scorer)


@contextmanager
def open_engine(name: str = "local", scheduler: str | None = None, jobs: int = 1) -> Iterator[Engine]:
    """The engine named; for `dask`, a client of the scheduler at ADDRESS or of a new LocalCluster."""
    if name not in ENGINES:
        raise UsageError(f"--engine must be one of {', '.join(ENGINES)}, not {name!r}")
    if name == "local":
        if scheduler:
            raise UsageError("--scheduler needs --engine dask")
        with aside_processes(jobs) as aside:
            yield local_engine(jobs, aside)
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


def release_freed_memory() -> None:
    """Collect garbage and hand the heap's freed pages back to the system (glibc's malloc_trim): an audit
    frees several GB of tables and pairs before its report is built, and glibc keeps freed pages resident
    until asked (a 100,000-document re-audit: 3,183 MB resident before, 2,355 MB after). Nothing happens
    where the C library has no malloc_trim (macOS, musl)."""
    gc.collect()
    try:
        trim = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim
    except (OSError, AttributeError):
        return
    trim(0)
