"""CPU time of one call, for the tests that guard against pathological (super-linear) regex matching.

A single reading of thread_time can be inflated by what is not the call's own work: a full garbage
collection of the heap earlier tests left behind, or a cache warmed by an earlier reading of the same text
(Hypothesis replays a failing example, and the quantity cache then answers in no time). So the collector
runs before and is held during the call, the caches are emptied, and the call is read again, at most
TRIES times, while it stays over budget: backtracking is slow on every reading, noise on one.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

from factaudit import quantities

TRIES = 3


def _forget() -> None:
    quantities._remembered_quantities.cache_clear()
    quantities.parse_amount.cache_clear()
    quantities._words_value.cache_clear()


def cpu_seconds(call: Callable[[], object], budget: float) -> float:
    """The least CPU time of this thread `call` took, read until one reading is within `budget`."""
    best = float("inf")
    for _ in range(TRIES):
        _forget()
        gc.collect()
        gc.disable()
        try:
            started = time.thread_time()
            call()
            best = min(best, time.thread_time() - started)
        finally:
            gc.enable()
        if best <= budget:
            break
    return best
