"""Where the pipeline runs: in this process (`local`) or on a Dask cluster (`dask`), with equal results."""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import gc
import multiprocessing
import os
import threading
import traceback
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any, Final, Generic, ParamSpec, Protocol, TypeVar

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
    """Where work aside runs: up to `jobs` processes at once (0: one per CPU core), each forked for one
    piece of work and gone when it is done (`ForkedAside`); on exit, after the work. With one job, here;
    where processes do not fork, in a pool of `jobs` processes the work is pickled to."""
    jobs = jobs or os.cpu_count() or 1
    if jobs == 1:
        yield run_here
        return
    if multiprocessing.get_start_method(allow_none=False) != "fork":
        with ProcessPoolExecutor(max_workers=jobs) as helpers:
            yield helpers.submit
        return
    with ForkedAside(jobs) as aside:
        yield aside


@contextmanager
def standby_aside(jobs: int = 0) -> Iterator[Aside]:
    """Where one piece of work at a time runs aside in a process made now, before the heap grows
    (`StandbyAside`), its work and result pickled through a pipe; on exit, after the work. With one job
    (`jobs`, 0: one per CPU core), here; where processes do not fork, in a pool of one process."""
    jobs = jobs or os.cpu_count() or 1
    if jobs == 1:
        yield run_here
        return
    if multiprocessing.get_start_method(allow_none=False) != "fork":
        with ProcessPoolExecutor(max_workers=1) as helper:
            yield helper.submit
        return
    with StandbyAside() as standby:
        yield standby


class ForkedAside:
    """An `Aside` that forks a process for each piece of work: the process inherits the arguments where
    the fork leaves them (copy on write) instead of having them pickled through a pipe, sends its result
    back and exits. At most `jobs` run at once: more work waits for one to finish.

    A forked process soon owns a private copy of every page of its parent's heap that either of them
    writes to, and reference counts and the cyclic garbage collector write to every object they visit.
    A pool's worker lives, and holds its copies, until the pool closes: at 20,000 generated documents
    the two side processes of the audit had finished their work 7 s before matching peaked, and still
    held 730 MB of their own there. So each process ends with its work, and the collector of neither
    side visits the objects there were at the fork (`gc.freeze`) while side processes run."""

    def __init__(self, jobs: int) -> None:
        self._jobs = jobs
        self._running: set[threading.Thread] = set()
        self._changed = threading.Condition()

    def __enter__(self) -> ForkedAside:
        return self

    def __exit__(self, *_: object) -> None:
        with self._changed:
            self._changed.wait_for(lambda: not self._running)

    def __call__(self, fn: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> Future[T]:
        future: Future[T] = Future()
        context = multiprocessing.get_context("fork")
        reader, writer = context.Pipe(duplex=False)
        with self._changed:
            self._changed.wait_for(lambda: len(self._running) < self._jobs)
            # The parent's objects stay out of both collectors until the last side process ends: the
            # child's would write to every one it inherited, the parent's to the pages the child shares.
            gc.freeze()
            process = context.Process(target=_run_forked, args=(writer, fn, args, kwargs))
            try:
                process.start()
            except BaseException:
                reader.close()
                if not self._running:
                    gc.unfreeze()
                raise
            finally:
                writer.close()  # the child's end: its exit is the end of the pipe here
            waiter = threading.Thread(target=self._wait, args=(process, reader, future), daemon=True)
            self._running.add(waiter)
            waiter.start()
        return future

    def _wait(self, process: BaseProcess, reader: Connection, future: Future[Any]) -> None:
        try:
            done, value = reader.recv()
        except EOFError:
            done, value = False, ChildProcessError("a process aside ended before giving its result")
        except Exception as error:  # a result that does not unpickle here
            done, value = False, error
        finally:
            reader.close()
            process.join()
        if done:
            future.set_result(value)
        else:
            future.set_exception(value)
        with self._changed:
            self._running.discard(threading.current_thread())
            if not self._running:
                gc.unfreeze()
            self._changed.notify_all()


def _run_forked(
    writer: Connection, fn: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]
) -> None:
    """In the forked process: run the work, send its outcome and exit."""
    _send_outcome(writer, fn, args, kwargs)
    writer.close()


def _send_outcome(
    writer: Connection, fn: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]
) -> None:
    """In a process aside: run the work and send its outcome (`_outcome`)."""
    _send(writer, _outcome(fn, args, kwargs))


def _outcome(fn: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]) -> tuple[bool, Any]:
    """In a process aside, named after the work: run it; (True, result) or (False, the exception raised)."""
    _name_process(getattr(fn, "__name__", "aside"))
    try:
        return (True, fn(*args, **kwargs))
    except BaseException as error:
        error.add_note("".join(traceback.format_exception(error)).rstrip())
        return (False, error)


def _send(writer: Connection, outcome: tuple[bool, Any]) -> None:
    """Send the outcome of work aside, or the error of sending it."""
    try:
        writer.send(outcome)
    except Exception as error:  # an exception or result that does not pickle
        writer.send((False, RuntimeError(f"a process aside could not send its result: {error!r}")))


class Streamed(Generic[T]):
    """An argument of work aside that is made piece by piece, for work that reads its pieces one at a
    time: a `StandbyAside` pickles the pieces to its process one by one as they are read, so that
    neither process holds them all; elsewhere the work iterates them where it runs."""

    def __init__(self, pieces: Iterable[T]) -> None:
        self._pieces = pieces

    def __iter__(self) -> Iterator[T]:
        return iter(self._pieces)

    def __reduce__(self) -> tuple[type[Streamed[T]], tuple[list[T]]]:
        # Pickled whole to a pool's process (where processes do not fork).
        return Streamed, (list(self._pieces),)


class _Incoming:
    """Stands in the pipe for a `Streamed` argument, whose pieces follow the work, then a `_StreamEnd`."""


class _StreamEnd:
    """Follows the last piece of a `Streamed` argument in the pipe."""


class StandbyAside:
    """An `Aside` whose one process is forked when it is made, and waits there for its work, which is
    pickled to it through a pipe; the result comes back the same way. Made before the audit reads its
    corpus, the process holds only the small heap there was then.

    A process forked when the work starts (`ForkedAside`) shares the whole heap of that moment, and
    keeps the old copy of every page that its parent, or itself, writes to afterwards. The report's
    text-reuse search reads the texts of at most 5,000 documents, but forked beside the report of
    100,000 documents it held 1,449 MB (PSS), most of it the pages of the JSON audit that the report and
    the claims writer rewrote (reference counts) while it ran. One piece of work at a time: more waits
    for the one before to finish. Several can be made, to run work at once; the one made last ends
    first (as nested `with` blocks do), since its process holds the ends of the pipes of those made
    before, whose closing tells their processes to end."""

    def __init__(self) -> None:
        context = multiprocessing.get_context("fork")
        their_work, self._work = context.Pipe(duplex=False)  # (reading end, writing end)
        self._results, their_results = context.Pipe(duplex=False)
        self._process = context.Process(
            target=_standby, args=(self._work, their_work, their_results, self._results), daemon=True
        )
        self._process.start()
        their_work.close()
        their_results.close()
        self._free = threading.Condition()
        self._busy = False

    def __enter__(self) -> StandbyAside:
        return self

    def __exit__(self, *_: object) -> None:
        with self._free:
            self._free.wait_for(lambda: not self._busy)
        self._work.close()  # the end of the pipe is the process's cue to exit
        self._process.join()
        self._results.close()

    def __call__(self, fn: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> Future[T]:
        future: Future[T] = Future()
        with self._free:
            self._free.wait_for(lambda: not self._busy)
            self._busy = True
        streamed = [arg for arg in args if isinstance(arg, Streamed)]
        if len(streamed) > 1 or any(isinstance(arg, Streamed) for arg in kwargs.values()):
            self._release()
            raise TypeError("work aside takes at most one Streamed argument, by position")
        sent = tuple(_Incoming() if isinstance(arg, Streamed) else arg for arg in args)
        try:
            self._work.send((fn, sent, kwargs))
        except BaseException:
            self._release()
            raise
        if streamed:
            # Sent from a thread while the caller goes on: the process reads a piece when it is done
            # with the one before, and a pipe holds 64 kB.
            threading.Thread(target=self._send_pieces, args=(streamed[0],), daemon=True).start()
        threading.Thread(target=self._wait, args=(future,), daemon=True).start()
        return future

    def _send_pieces(self, pieces: Streamed[Any]) -> None:
        try:
            for piece in pieces:
                self._work.send(piece)
            self._work.send(_StreamEnd())
        except (OSError, ValueError):  # the process has ended: its result says why
            return

    def _wait(self, future: Future[Any]) -> None:
        try:
            done, value = self._results.recv()
        except EOFError:
            done, value = False, ChildProcessError("the process aside ended before giving its result")
        except Exception as error:  # a result that does not unpickle here
            done, value = False, error
        self._release()
        if done:
            future.set_result(value)
        else:
            future.set_exception(value)

    def _release(self) -> None:
        with self._free:
            self._busy = False
            self._free.notify_all()


def _standby(
    parents_work: Connection, work: Connection, results: Connection, parents_results: Connection
) -> None:
    """In the process of a `StandbyAside`: run each piece of work that comes through the pipe and send
    its outcome back, until the pipe is closed."""
    parents_work.close()
    parents_results.close()
    _name_process("standby")
    while True:
        try:
            fn, args, kwargs = work.recv()
        except EOFError:
            break
        incoming = [_received(work) if isinstance(arg, _Incoming) else arg for arg in args]
        outcome = _outcome(fn, tuple(incoming), kwargs)
        # What the work left unread of a streamed argument is read before its outcome is sent: once the
        # outcome is there, the parent may send the next work, which must not come among the pieces.
        for sent, arg in zip(args, incoming, strict=True):
            if isinstance(sent, _Incoming):
                deque(arg, maxlen=0)
        _send(results, outcome)
        del fn, args, kwargs, incoming, outcome
        # What the work made is freed: the next work starts from the small heap again.
        release_freed_memory()
        _name_process("standby")
    results.close()


def _received(work: Connection) -> Iterator[Any]:
    """The pieces of a `Streamed` argument, as they come through the pipe."""
    while not isinstance(piece := work.recv(), _StreamEnd):
        yield piece


# How long a process's name may be on Linux (the kernel's TASK_COMM_LEN, less its closing NUL).
_NAME_LENGTH: Final = 15


def _name_process(work: str) -> None:
    """Name this process after its work (its /proc/PID/comm, what ps and top show): a forked process
    otherwise bears its parent's name, and which of several side processes held the memory of a large
    audit could not be told from outside. Nothing happens where /proc has no such file."""
    try:
        with open("/proc/self/comm", "w", encoding="ascii", errors="replace") as comm:
            comm.write(work[:_NAME_LENGTH])
    except OSError:
        return


def aside_for(aside: Aside, documents: int) -> Aside:
    """`aside` for work over this many documents, `run_here` below ASIDE_MIN_DOCUMENTS."""
    return aside if documents >= ASIDE_MIN_DOCUMENTS else run_here


@dataclass(frozen=True)
class Engine:
    """The two distributable stages: extraction of many documents, and scoring of blocks; and where
    work that does not wait for them runs (`aside`: the text-reuse search of a small corpus, while the
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
