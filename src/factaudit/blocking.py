"""Blocking: which claims are compared at all, so matching grows with the corpus, not with its square."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Final

import numpy as np
import pandas as pd

from factaudit import columns as col
from factaudit.lexicon import CURRENCY_WORDS, MEASURE_UNITS
from factaudit.normalize import canonical_phrase, canonical_word

# The largest block compared all against all. A block of 4,000 claims costs 16M rapidfuzz scores (about a
# second on one core, 16 MB as uint8); larger blocks (a beat's ubiquitous "people" in "US" stories of a
# 100,000-article archive) are split into overlapping windows of claims sorted by subject, so that similar
# subjects stay together: the sorted-neighbourhood method. Each split is reported in the audit summary.
MAX_BLOCK: Final = 4000
# Windows overlap by half, so two claims whose subjects sort next to each other always share a window.
WINDOW_STEP: Final = MAX_BLOCK // 2
# Block-size buckets reported in the summary.
_BUCKETS: Final = (
    (1, "1"),
    (10, "2-10"),
    (100, "11-100"),
    (1000, "101-1000"),
    (MAX_BLOCK, f"1001-{MAX_BLOCK}"),
)

# Kinds whose claims can report the same quantity only with the same unit.
_UNIT_KINDS: Final = frozenset({"money", "measure", "percent", "fraction"})
# Words that can follow a number without being what it counts: time words and unit fragments ("in
# January", "$6.58bn;"). A subject made only of these is no subject: such claims are never matched.
# Currency and unit words are the unit, not the subject ("400m euros"); direction words say how a figure
# moved, not what it counts ("a 222% rise in annual profit": the subject is the profit).
_DIRECTION: Final = frozenset(
    "rise growth grow increase fall decline drop up down gain jump cut boost".split()
)
_NOT_SUBJECT: Final = (
    frozenset(
        """year month week day quarter period time decade century today yesterday tomorrow same last next
        previous earlier later ago bn m tn k mn january february march april may june july august september
        october november december monday tuesday wednesday thursday friday saturday sunday share per cent
        percent point""".split()
    )
    | _DIRECTION
    | frozenset(canonical_word(w) for w in CURRENCY_WORDS)
    | frozenset(canonical_word(w) for w in MEASURE_UNITS)
)
_LAST_WORD: Final = re.compile(r"([a-z]+)\W*$")


def subject_key(subject: object) -> str:
    """The subject in matching form without time words and unit fragments ("" when nothing is left).

    A subject that is only a direction word written in the plural counts those changes: "4,200 cuts
    worldwide", "60% of the reductions" (synonyms.json folds "reductions" into "cut"). The singular
    says how a figure moved ("a jump of 572,900", "a 5% cut") and still keys nothing."""
    words = canonical_phrase(subject).split()
    kept = " ".join(w for w in words if w not in _NOT_SUBJECT)
    if kept or not isinstance(subject, str):
        return kept
    last = _LAST_WORD.search(subject.lower())
    if last and last.group(1).endswith("s") and words and words[-1] in _DIRECTION:
        return words[-1]
    return ""


def measure_key(frame: pd.DataFrame) -> pd.Series:
    """What kind of quantity each claim is: its kind, plus the unit where the unit changes the measure. A
    share written as a fraction ("two thirds of the area") is a percentage (classify.as_percent)."""
    unit = frame[col.UNIT].fillna("").astype(str)
    kind = frame[col.KIND].astype(str)
    key = kind.where(~kind.isin(_UNIT_KINDS), kind + ":" + unit)
    return key.where(key != "fraction:share", "percent:%")


def name_stems(frame: pd.DataFrame) -> pd.Series:
    """Each claim's names: those of its sentence and its document's main names (stems, as a list)."""
    named = frame[col.ENTITIES].fillna("").astype(str)
    about = frame[col.ABOUT].fillna("").astype(str)
    # Each distinct pair of names split once: the claims of a sentence share it (675,000 claims of the
    # generated 100,000-document corpus have about a third as many).
    codes, texts = pd.factorize(named + " " + about)
    stems = np.empty(len(texts), dtype=object)
    for position, text in enumerate(texts):
        stems[position] = sorted(set(str(text).split())) or [""]
    return pd.Series(stems[codes], index=frame.index, dtype=object)


@dataclass(frozen=True)
class SplitBlock:
    """A block too large to compare all against all, and the windows it was cut into."""

    key: str
    size: int
    windows: int


@dataclass(frozen=True)
class BlockStats:
    """How matching was blocked: recorded in the audit summary."""

    blocks: int = 0
    compared: int = 0  # comparisons made (pairs of claims scored within blocks)
    largest: int = 0
    sizes: dict[str, int] = field(default_factory=dict)
    split: tuple[SplitBlock, ...] = ()

    def as_dict(self) -> dict[str, object]:
        return {
            "blocks": self.blocks,
            "comparisons": self.compared,
            "largest_block": self.largest,
            "block_sizes": dict(self.sizes),
            "split_blocks": [{"key": s.key, "size": s.size, "windows": s.windows} for s in self.split],
        }


@dataclass(frozen=True)
class Blocks:
    """Blocks of two or more claims, sorted by key: block i holds rows[starts[i] : starts[i] + sizes[i]]
    (row labels, ascending, each once however many names put it under the key)."""

    keys: np.ndarray  # the block keys (str), ascending
    rows: np.ndarray  # int64 row labels, block after block
    starts: np.ndarray
    sizes: np.ndarray

    def members(self, block: int) -> np.ndarray:
        start = int(self.starts[block])
        return self.rows[start : start + int(self.sizes[block])]


def group_blocks(keys: pd.Series) -> Blocks:
    """The blocks of `keys` (row label -> block key; a label may appear under several keys), in arrays.

    One sort of (key code, row label) codes instead of a pandas groupby: 30,000 blocks of 2-10 claims are
    grouped in milliseconds, where building a group index per block cost a second.
    """
    empty = np.empty(0, dtype=np.int64)
    if keys.empty:
        return Blocks(np.empty(0, dtype=object), empty, empty, empty)
    codes, names = sorted_codes(keys)
    labels = keys.index.to_numpy(dtype=np.int64)
    span = int(labels.max()) + 1
    code, rows = np.divmod(distinct(codes.astype(np.int64) * span + labels), span)
    starts = np.flatnonzero(np.diff(code, prepend=-1))
    sizes = np.diff(np.append(starts, len(code)))
    several = sizes >= 2
    return Blocks(
        keys=np.asarray(names, dtype=object)[code[starts[several]]],
        rows=rows,
        starts=starts[several],
        sizes=sizes[several],
    )


def sorted_codes(keys: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """`pd.factorize(keys, sort=True)` of string keys: (code of each key, the distinct keys sorted).

    Factorized in the keys' own storage (pyarrow strings: a hash table in C++), then only the distinct keys
    sorted: on the three passes of the generated 20,000-document corpus (747,000 keys) 0.12 s instead of
    0.47 s for factorizing them as Python objects with sort=True, which compares Python strings. Both
    orders are by code point.
    """
    codes, names = pd.factorize(keys)
    order = np.asarray(pd.Index(names).argsort(), dtype=np.int64)
    rank = np.empty(len(order), dtype=np.int64)
    rank[order] = np.arange(len(order), dtype=np.int64)
    return rank[codes], np.asarray(names, dtype=object)[order]


def window_starts(size: int) -> range:
    """Where the windows of an oversized block of `size` claims begin (each holds up to MAX_BLOCK)."""
    return range(0, size - WINDOW_STEP, WINDOW_STEP)


def windows(rows: np.ndarray, order: pd.Series) -> Iterator[np.ndarray]:
    """An oversized block cut into overlapping windows of its claims sorted by subject (sorted-neighbourhood
    method): claims whose subjects sort next to each other share a window."""
    ranked = rows[np.argsort(order.loc[rows].to_numpy(), kind="stable")]
    for begin in window_starts(len(ranked)):
        yield np.sort(ranked[begin : begin + MAX_BLOCK])


def comparisons(sizes: np.ndarray) -> int:
    """Pairs of claims within the blocks of these sizes, oversized ones counted window by window."""
    small = sizes[sizes <= MAX_BLOCK].astype(np.int64)
    total = int((small * (small - 1) // 2).sum())
    for size in sizes[sizes > MAX_BLOCK].tolist():
        for begin in window_starts(int(size)):
            width = min(MAX_BLOCK, int(size) - begin)
            total += width * (width - 1) // 2
    return total


def distinct(values: np.ndarray) -> np.ndarray:
    """The distinct values of a 1-D array of integers, sorted: what np.unique gives, from one sort and a
    comparison of neighbours. NumPy 2.3 and later find the distinct values of a plain np.unique call by
    hashing, which on 3,000,000 int64 codes of many distinct values took 4.0 s where this takes 0.2 s
    (numpy 2.4.6); the re-audit of the generated 100,000-document corpus spent 6.9 s of CPU there."""
    ordered = np.sort(np.asarray(values).reshape(-1))
    if len(ordered) < 2:
        return ordered
    keep = np.empty(len(ordered), dtype=bool)
    keep[0] = True
    np.not_equal(ordered[1:], ordered[:-1], out=keep[1:])
    return ordered[keep]


def distinct_rows(rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The distinct rows of an (n x 2) array, sorted, and where each row is among them: what
    `np.unique(rows, axis=0, return_inverse=True)` gives, from one lexical sort of the two columns
    (1,000,000 rows of two uint64 lanes: 1.1 s for np.unique, 0.3 s so)."""
    rows = np.asarray(rows).reshape(-1, 2)
    if not len(rows):
        return rows, np.empty(0, dtype=np.int64)
    order = np.lexsort((rows[:, 1], rows[:, 0]))
    ordered = rows[order]
    first = np.empty(len(rows), dtype=bool)
    first[0] = True
    first[1:] = (ordered[1:, 0] != ordered[:-1, 0]) | (ordered[1:, 1] != ordered[:-1, 1])
    inverse = np.empty(len(rows), dtype=np.int64)
    inverse[order] = np.cumsum(first) - 1
    return ordered[first], inverse


def unique_pairs(pairs: np.ndarray) -> np.ndarray:
    """The distinct rows of an (n x 2) array of non-negative labels, sorted by (left, right): what
    `np.unique(pairs, axis=0)` gives, from one sort of int64 codes. np.unique with an axis sorts the rows
    as opaque records: a sixth of the matching time at 20,000 documents."""
    pairs = np.asarray(pairs, dtype=np.int64).reshape(-1, 2)
    if not len(pairs):
        return pairs
    span = int(pairs[:, 1].max()) + 1
    left, right = np.divmod(distinct(pairs[:, 0] * span + pairs[:, 1]), span)
    return np.stack([left, right], axis=1)


def small_block_pairs(blocks: Blocks, below: int) -> np.ndarray:
    """Every pair (left < right, each once) within the blocks of fewer than `below` claims (never an
    oversized one), built block size by block size with numpy instead of one loop turn per block."""
    found = [np.empty((0, 2), dtype=np.int64)]
    chosen = (blocks.sizes < below) & (blocks.sizes <= MAX_BLOCK)
    for size in distinct(blocks.sizes[chosen]).tolist():
        starts = blocks.starts[blocks.sizes == size]
        members = blocks.rows[starts[:, None] + np.arange(size)]
        upper, lower = np.triu_indices(size, k=1)
        found.append(np.stack([members[:, upper].ravel(), members[:, lower].ravel()], axis=1))
    return unique_pairs(np.concatenate(found))


def large_blocks(blocks: Blocks, order: pd.Series, least: int) -> Iterator[tuple[str, np.ndarray]]:
    """(key, rows) for every block of at least `least` claims, oversized ones (whatever `least`) as their
    windows."""
    for block in np.flatnonzero((blocks.sizes >= least) | (blocks.sizes > MAX_BLOCK)).tolist():
        key, rows = str(blocks.keys[block]), blocks.members(block)
        if len(rows) <= MAX_BLOCK:
            yield key, rows
            continue
        for window in windows(rows, order):
            yield key, window


def iter_blocks(keys: pd.Series, order: pd.Series) -> Iterator[tuple[str, np.ndarray]]:
    """(key, row labels) for every block of two or more claims, oversized blocks cut into sorted windows.

    `keys` maps row labels to block keys (a label may appear under several keys); `order` gives the sort
    key (the subject) used to cut oversized blocks.
    """
    return large_blocks(group_blocks(keys), order, 2)


def block_stats(keys: pd.Series, compared: int) -> BlockStats:
    """Sizes of the blocks of `keys`, the blocks split, and the comparisons the matcher made."""
    # Counted from codes (the entries of each distinct key) rather than grouped, and only the oversized
    # keys sorted: 0.07 s of CPU instead of 0.41 s for the three passes of the generated 20,000-document
    # corpus (747,000 keys).
    codes, names = pd.factorize(keys)
    counts = np.bincount(codes[codes >= 0]) if len(codes) else np.empty(0, dtype=np.int64)
    sizes = counts[counts >= 2]
    split = tuple(
        sorted(
            (
                SplitBlock(str(names[code]), int(counts[code]), len(window_starts(int(counts[code]))))
                for code in np.flatnonzero(counts > MAX_BLOCK).tolist()
            ),
            key=lambda block: block.key,
        )
    )
    limits = np.array([limit for limit, _ in _BUCKETS], dtype=np.int64)
    labels = [label for _, label in _BUCKETS] + [f">{MAX_BLOCK}"]
    buckets = np.bincount(np.searchsorted(limits, sizes, side="left"), minlength=len(labels))
    return BlockStats(
        blocks=len(sizes),
        compared=int(compared),
        largest=int(sizes.max()) if len(sizes) else 0,
        sizes={label: int(count) for label, count in zip(labels, buckets.tolist(), strict=True) if count},
        split=split,
    )
