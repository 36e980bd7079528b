"""Incremental matching: each block's matched pairs, keyed by a digest of its claims, reused by re-audits.

A block's pairs are a pure function of its claims: rapidfuzz scores one block's texts against each other,
and every later step on a pair (its scores, the name filter, its kind, its finding) reads only the two
claims. So a block whose claims are the same as in the last run (same documents, same extractor, same
matching code, same order) yields the same pairs; only blocks holding a new or edited claim are scored
again. Oversized blocks are cut into windows that depend on every member, so they are always scored again.
The cross-block steps (best pair per claim and document, series and update chains) read the pairs of a
connected group of claims: `groupcache` keeps their findings per group, and finds again only the groups
whose claims or pairs changed, from values that are the same cached or not.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Final

import numpy as np
import pandas as pd
import rapidfuzz

from factaudit import columns as col
from factaudit.blocking import (
    MAX_BLOCK,
    Blocks,
    BlockStats,
    block_stats,
    comparisons,
    distinct,
    distinct_rows,
    group_blocks,
    unique_pairs,
)
from factaudit.match import (
    BlockScorer,
    best_first,
    empty_pairs,
    matching_texts,
    pass_pairs,
    scored_pairs,
    union,
    window_order,
)
from factaudit.store import (
    FINDING_FINGERPRINT,
    FINDING_MESSAGE,
    FINDING_SUBJECT,
    LEFT_DIGEST,
    PAIR_KIND,
    RIGHT_DIGEST,
    BlockRecords,
)

# The modules whose code decides which pairs a block yields and what they are: a change to any of them
# gives every block a new digest, so no stale result is ever reused.
_MATCHING_MODULES: Final = (
    "blocking.py",
    "match.py",
    "classify.py",
    "audit.py",  # classify_pairs: which periods are placed, figures the other sentence states
    "normalize.py",
    "lexicon.py",
    "blockcache.py",
)
_LANES: Final = 2  # two independent 64-bit digests: a 128-bit identity for each claim and block
_SALTS: Final = (np.uint64(0x9E3779B97F4A7C15), np.uint64(0xC2B2AE3D27D4EB4F))


@lru_cache(maxsize=1)
def matcher_version() -> bytes:
    """A digest of the matching and classifying code, and of the scorer library's version."""
    digest = hashlib.blake2b(rapidfuzz.__version__.encode(), digest_size=16)
    package = resources.files("factaudit")
    for name in _MATCHING_MODULES:
        digest.update(package.joinpath(name).read_bytes())
    return digest.digest()


def mix(values: np.ndarray) -> np.ndarray:
    """The splitmix64 finaliser, element-wise on uint64 (wrapping arithmetic)."""
    x = values.astype(np.uint64, copy=True)
    x ^= x >> np.uint64(30)
    x *= np.uint64(0xBF58476D1CE4E5B9)
    x ^= x >> np.uint64(27)
    x *= np.uint64(0x94D049BB133111EB)
    x ^= x >> np.uint64(31)
    return x


def claim_digests(claims: pd.DataFrame, document_hashes: Mapping[str, str]) -> np.ndarray:
    """(n, 2) uint64: each claim's identity, from its document's content hash (which covers the text, the
    date and the extractor's version), its place among the document's claims and the matcher's version.
    The claims of one document are a pure function of its content hash, so equal digests mean equal
    claims."""
    if claims.empty:
        return np.empty((0, _LANES), dtype=np.uint64)
    codes, doc_ids = pd.factorize(claims[col.DOC_ID], sort=False)
    version = matcher_version()
    lanes = np.empty((len(doc_ids), _LANES), dtype=np.uint64)
    for index, doc_id in enumerate(doc_ids.tolist()):
        digest = hashlib.blake2b(version + document_hashes[doc_id].encode(), digest_size=16).digest()
        lanes[index] = np.frombuffer(digest, dtype="<u8")
    place = claims.groupby(col.DOC_ID, sort=False).cumcount().to_numpy(dtype=np.uint64)
    out = np.empty((len(claims), _LANES), dtype=np.uint64)
    for lane in range(_LANES):
        out[:, lane] = mix(lanes[codes, lane] ^ mix(place + _SALTS[lane]))
    return out


def block_digests(blocks: Blocks, digests: np.ndarray, salt: int) -> np.ndarray:
    """(blocks, 2) uint64: each block's identity, from its members' digests in row order and the pass."""
    count = len(blocks.sizes)
    if not count:
        return np.empty((0, _LANES), dtype=np.uint64)
    sizes = blocks.sizes.astype(np.int64)
    offsets = np.cumsum(sizes) - sizes
    place = np.arange(int(sizes.sum()), dtype=np.int64) - np.repeat(offsets, sizes)
    rows = blocks.rows[np.repeat(blocks.starts, sizes) + place]
    out = np.empty((count, _LANES), dtype=np.uint64)
    for lane in range(_LANES):
        salted = mix(place.astype(np.uint64) + np.uint64(int(_SALTS[lane]) * (salt + 1) % 2**64))
        summed = np.add.reduceat(mix(digests[rows, lane] + salted), offsets)
        out[:, lane] = mix(summed ^ mix(sizes.astype(np.uint64) + _SALTS[lane]))
    return out


def known(digests: np.ndarray, table: np.ndarray) -> np.ndarray:
    """Positions in `table` of each digest (-1 when absent), both lanes compared."""
    if not len(digests) or not len(table):
        return np.full(len(digests), -1, dtype=np.int64)
    index = pd.Index(table[:, 0])
    if not index.is_unique:  # a 64-bit collision within the table: trust nothing rather than guess
        return np.full(len(digests), -1, dtype=np.int64)
    found = index.get_indexer(digests[:, 0]).astype(np.int64)
    hit = found >= 0
    hit[hit] = table[found[hit], 1] == digests[hit, 1]
    return np.where(hit, found, -1)


@dataclass(frozen=True)
class PassBlocks:
    """The blocks of one matching pass, their digests, and which of them can be reused."""

    blocks: Blocks
    digests: np.ndarray  # (blocks, 2) uint64
    reused: np.ndarray  # position of each block in the stored table, -1 when scored afresh

    @property
    def fresh(self) -> np.ndarray:
        """Blocks scored in this run: unknown ones and every oversized one."""
        return np.flatnonzero(self.reused < 0)


def pass_blocks(keys: pd.Series, digests: np.ndarray | None, salt: int, stored: np.ndarray) -> PassBlocks:
    """Group one pass's keys into blocks and look their digests up in the `stored` block table."""
    blocks = group_blocks(keys)
    if digests is None:
        none = np.full(len(blocks.sizes), -1, dtype=np.int64)
        return PassBlocks(blocks, np.zeros((len(blocks.sizes), _LANES), dtype=np.uint64), none)
    ids = block_digests(blocks, digests, salt)
    reused = known(ids, stored)
    reused[blocks.sizes > MAX_BLOCK] = -1
    return PassBlocks(blocks, ids, reused)


def fresh_keys(keys: pd.Series, found: PassBlocks) -> pd.Series:
    """The entries of `keys` that fall in blocks to be scored afresh (whole blocks, so each scores alike)."""
    if len(found.fresh) == len(found.blocks.sizes):
        return keys
    return keys[keys.isin(set(found.blocks.keys[found.fresh].tolist()))]


def attribute(found: PassBlocks, pairs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(block, pair) for every pair (rows of `pairs`, n x 2 labels) of this pass whose two claims are both
    members of a fresh block that is not oversized: exactly the pairs that block yields, since within a
    block of at most MAX_BLOCK claims every pair is scored, and a pair's score is the same in any block."""
    chosen = found.fresh[found.blocks.sizes[found.fresh] <= MAX_BLOCK]
    if not len(chosen) or not len(pairs):
        empty = np.empty(0, dtype=np.int64)
        return empty, empty
    sizes = found.blocks.sizes[chosen].astype(np.int64)
    offsets = np.cumsum(sizes) - sizes
    place = np.arange(int(sizes.sum()), dtype=np.int64) - np.repeat(offsets, sizes)
    members = pd.DataFrame(
        {
            "row": found.blocks.rows[np.repeat(found.blocks.starts[chosen], sizes) + place],
            "block": np.repeat(chosen, sizes),
        }
    )
    wanted = pd.DataFrame({"left": pairs[:, 0], "right": pairs[:, 1], "pair": np.arange(len(pairs))})
    first = wanted.merge(members, left_on="left", right_on="row")[["right", "pair", "block"]]
    both = first.merge(members, left_on=["right", "block"], right_on=["row", "block"])
    return both["block"].to_numpy(dtype=np.int64), both["pair"].to_numpy(dtype=np.int64)


def labels_of(pair_digests: np.ndarray, digests: np.ndarray) -> np.ndarray:
    """Row labels of stored claim digests ((n, 2) uint64) in this run's claims; -1 when absent."""
    return known(pair_digests, digests)


Classifier = Callable[[pd.DataFrame], pd.DataFrame]


@dataclass(frozen=True)
class Matched:
    """The matched pairs of a run, best first (PAIR_COLUMNS, then the kind and finding columns of the
    store's pair records), the block statistics, and the block records to store (None: nothing new)."""

    pairs: pd.DataFrame
    stats: BlockStats
    records: BlockRecords | None
    reused_blocks: int = 0  # blocks whose stored pairs were taken as they are
    scored_blocks: int = 0  # blocks scored in this run (new, changed or oversized)


_EXTRA: Final = (PAIR_KIND, FINDING_FINGERPRINT, FINDING_MESSAGE, FINDING_SUBJECT)
_SCORES: Final = (col.SUBJECT_SCORE, col.CONTEXT_SCORE, col.SENTENCE_SCORE, col.SCORE)


def _no_pairs() -> pd.DataFrame:
    frame = empty_pairs()
    for name in _EXTRA:
        frame[name] = pd.Series(dtype=object)
    return frame


def match_claims(
    claims: pd.DataFrame,
    scorer: BlockScorer,
    classify: Classifier,
    digests: np.ndarray | None = None,
    stored: BlockRecords | None = None,
    contexts: np.ndarray | None = None,
) -> Matched:
    """Match the claims (labelled 0..n-1), reusing the pairs of every block `stored` knows by digest and
    scoring the others with `scorer`; `classify` gives fresh pairs their kind and finding. Without
    `digests` nothing is reused or recorded: the plain full run, through the same code. `contexts`: each
    claim's context in matching form, when the claim store holds them (`matching_texts`)."""
    if claims.empty:
        return Matched(_no_pairs(), BlockStats(), None)
    stored = stored if stored is not None and digests is not None else BlockRecords.empty()
    texts = matching_texts(claims, contexts)
    found = [
        pass_blocks(keys, digests, salt, stored.blocks) for salt, (keys, _, _) in enumerate(texts.passes)
    ]
    fresh_found: list[np.ndarray] = []
    for index, ((keys, pass_texts, cutoff), blocks) in enumerate(zip(texts.passes, found, strict=True)):
        pairs = np.empty((0, 2), dtype=np.int64)
        if len(blocks.fresh):
            scored = fresh_keys(keys, blocks)
            grouped = blocks.blocks if scored is keys else None  # every block fresh: grouped already
            pairs, _ = scorer(scored, window_order(pass_texts), pass_texts, cutoff, grouped)
        fresh_found.append(pass_pairs(texts, index, np.asarray(pairs, dtype=np.int64).reshape(-1, 2)))
    compared = sum(comparisons(blocks.blocks.sizes) for blocks in found)
    stats = block_stats(pd.concat([keys for keys, _, _ in texts.passes]), compared)
    fresh = scored_pairs(claims, texts, union(fresh_found)).reset_index(drop=True)
    fresh = pd.concat([fresh, classify(fresh).reset_index(drop=True)], axis=1)
    parts = [fresh]
    if digests is not None:
        parts.append(_reused_pairs(found, stored, digests))
    table = pd.concat([p for p in parts if len(p)] or [fresh], ignore_index=True)
    table = table.drop_duplicates([col.LEFT, col.RIGHT]).sort_values([col.LEFT, col.RIGHT])
    table = table.reset_index(drop=True)
    records = None
    if digests is not None:
        records = _records(found, fresh_found, stored, digests, table)
    reused_count = sum(int((b.reused >= 0).sum()) for b in found)
    scored_count = sum(len(b.fresh) for b in found)
    return Matched(best_first(table), stats, records, reused_count, scored_count)


def _reused_pairs(found: Sequence[PassBlocks], stored: BlockRecords, digests: np.ndarray) -> pd.DataFrame:
    """The stored pairs of the blocks reused in this run, labelled with this run's row labels."""
    reused = distinct(np.concatenate([b.reused[b.reused >= 0] for b in found]))
    if not len(reused):
        return _no_pairs()
    chosen = distinct(stored.members[np.isin(stored.members[:, 0], reused), 1])
    records = stored.pairs.iloc[chosen]
    left = labels_of(records[list(LEFT_DIGEST)].to_numpy(dtype=np.uint64), digests)
    right = labels_of(records[list(RIGHT_DIGEST)].to_numpy(dtype=np.uint64), digests)
    # Always true when the block digests matched; a guard against a corrupt store, never a filter.
    valid = (left >= 0) & (right >= 0) & (left < right)
    # Made from all its columns at once: added one by one, they cost 0.6 s at 100,000 generated documents.
    columns: dict[str, np.ndarray] = {col.LEFT: left[valid], col.RIGHT: right[valid]}
    columns.update({name: records[name].to_numpy(dtype=np.float64)[valid] for name in _SCORES})
    columns.update({name: records[name].to_numpy(dtype=object)[valid] for name in _EXTRA})
    return pd.DataFrame(columns)


def _positions(table: pd.DataFrame, pairs: np.ndarray) -> np.ndarray:
    """Positions of `pairs` (n x 2 labels) in `table` (sorted by left, right); -1 when absent."""
    left, right = table[col.LEFT].to_numpy(np.int64), table[col.RIGHT].to_numpy(np.int64)
    if not len(pairs) or not len(left):
        return np.full(len(pairs), -1, dtype=np.int64)
    span = np.int64(max(int(right.max()), int(pairs[:, 1].max())) + 1)
    keys = left * span + right
    wanted = pairs[:, 0].astype(np.int64) * span + pairs[:, 1].astype(np.int64)
    at = np.minimum(np.searchsorted(keys, wanted), len(keys) - 1)
    return np.where(keys[at] == wanted, at, -1)


def _records(
    found: Sequence[PassBlocks],
    fresh_found: Sequence[np.ndarray],
    stored: BlockRecords,
    digests: np.ndarray,
    table: pd.DataFrame,
) -> BlockRecords | None:
    """The block records of this run: every block of at most MAX_BLOCK claims, with its pairs."""
    small = [np.flatnonzero(b.blocks.sizes <= MAX_BLOCK) for b in found]
    everything = np.concatenate([b.digests[s] for s, b in zip(small, found, strict=True)])
    blocks, inverse = distinct_rows(everything)
    scored = any(np.isin(b.fresh, s).any() for s, b in zip(small, found, strict=True))
    if not scored and len(blocks) == len(stored.blocks):
        return None  # every block was found in the store, and the store holds no other: nothing to write
    old_pairs = stored.pairs
    old_left = labels_of(old_pairs[list(LEFT_DIGEST)].to_numpy(dtype=np.uint64), digests)
    old_right = labels_of(old_pairs[list(RIGHT_DIGEST)].to_numpy(dtype=np.uint64), digests)
    members: list[np.ndarray] = [np.empty((0, 2), dtype=np.int64)]
    offset = 0
    for blocks_of_pass, kept, pairs in zip(found, small, fresh_found, strict=True):
        position = np.full(len(blocks_of_pass.blocks.sizes), -1, dtype=np.int64)
        position[kept] = inverse[offset : offset + len(kept)]
        offset += len(kept)
        block, pair = attribute(blocks_of_pass, pairs)
        at = _positions(table, pairs[pair]) if len(pair) else np.empty(0, dtype=np.int64)
        members.append(np.stack([position[block[at >= 0]], at[at >= 0]], axis=1))
        clean = np.flatnonzero(blocks_of_pass.reused >= 0)
        old_to_new = np.full(len(stored.blocks), -1, dtype=np.int64)
        old_to_new[blocks_of_pass.reused[clean]] = position[clean]
        if len(stored.members):
            new_block = old_to_new[stored.members[:, 0]]
            chosen = stored.members[new_block >= 0, 1]
            pairs_now = np.stack([old_left[chosen], old_right[chosen]], axis=1)
            at = _positions(table, pairs_now)
            members.append(np.stack([new_block[new_block >= 0][at >= 0], at[at >= 0]], axis=1))
    left, right = table[col.LEFT].to_numpy(np.int64), table[col.RIGHT].to_numpy(np.int64)
    records = pd.DataFrame(
        {
            LEFT_DIGEST[0]: digests[left, 0],
            LEFT_DIGEST[1]: digests[left, 1],
            RIGHT_DIGEST[0]: digests[right, 0],
            RIGHT_DIGEST[1]: digests[right, 1],
        }
    )
    for name in _SCORES:
        records[name] = table[name].to_numpy(dtype=np.float64)
    for name in _EXTRA:
        records[name] = table[name].astype(str).to_numpy(dtype=object)
    return BlockRecords(blocks, unique_pairs(np.concatenate(members)), records)
