"""Blocking: oversized blocks are cut into overlapping sorted windows and reported, never dropped."""

from __future__ import annotations

import itertools
import random
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from rapidfuzz import fuzz

from factaudit import blocking
from factaudit import columns as col
from factaudit.audit import AuditConfig, run_audit, summary
from factaudit.match import PARALLEL_BLOCK, SUBJECT_MIN, score_blocks

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
# Words that share no token and score far below SUBJECT_MIN against each other.
WORDS = """harbour velvet quantum tractor lantern meadow cobalt falcon garlic hinge iceberg jasmine kettle
    lobster marble nutmeg orchid pepper quilt raven saddle thimble umbrella violin walnut yogurt zephyr
    anchor bramble cactus""".split()


@pytest.fixture()
def small_blocks(monkeypatch: pytest.MonkeyPatch) -> int:
    """Blocks of more than 8 claims are oversized: windows of 8 claims, one every 4."""
    monkeypatch.setattr(blocking, "MAX_BLOCK", 8)
    monkeypatch.setattr(blocking, "WINDOW_STEP", 4)
    return 8


def _one_block(
    size: int, twins: list[tuple[int, int]], seed: int = 3
) -> tuple[pd.Series, pd.Series, list[str]]:
    """One block of `size` claims with shuffled row labels; claims at sorted positions i and j of a twin
    pair share their text, all others differ. Returns keys, order (the sort subject) and texts."""
    labels = list(range(size))
    random.Random(seed).shuffle(labels)  # sorted position p holds row labels[p]
    texts = [""] * size
    for position, label in enumerate(labels):
        texts[label] = WORDS[position]
    for i, j in twins:
        texts[labels[j]] = texts[labels[i]]
    order = pd.Series([f"subject {labels.index(label):02d}" for label in range(size)])
    keys = pd.Series(["count|people|us"] * size)
    return keys, order, texts


def _found(pairs: np.ndarray) -> set[tuple[int, int]]:
    return {(int(a), int(b)) for a, b in pairs.tolist()}


def test_an_oversized_block_is_cut_into_overlapping_windows(small_blocks: int) -> None:
    keys, order, _ = _one_block(20, [])
    windows = [rows.tolist() for _, rows in blocking.iter_blocks(keys, order)]
    ranked = sorted(range(20), key=lambda label: order[label])
    assert [sorted(w) for w in windows] == [sorted(ranked[b : b + 8]) for b in (0, 4, 8, 12)]
    for first, second in itertools.pairwise(windows):
        assert len(set(first) & set(second)) == 4
    assert set().union(*map(set, windows)) == set(range(20))


def test_pairs_across_a_window_boundary_are_found(small_blocks: int) -> None:
    # Neighbours in subject order on each side of every window boundary (positions 7|8, 11|12, 3|4), and
    # one pair too far apart in that order to share a window (0 and 19).
    neighbours = [(3, 4), (7, 8), (11, 12), (15, 16)]
    keys, order, texts = _one_block(20, [*neighbours, (0, 19)])
    pairs, compared = score_blocks(keys, order, texts, SUBJECT_MIN)
    ranked = sorted(range(20), key=lambda label: order[label])
    expected = {tuple(sorted((ranked[i], ranked[j]))) for i, j in neighbours}
    assert _found(pairs) == expected
    assert compared == 4 * (8 * 7 // 2)


def test_block_statistics_are_recorded_in_the_summary(monkeypatch: pytest.MonkeyPatch) -> None:
    unsplit = summary(run_audit(AuditConfig(sources=(str(SEEDS),))), [str(SEEDS)])["matching"]
    assert unsplit["split_blocks"] == []
    limit = 4
    monkeypatch.setattr(blocking, "MAX_BLOCK", limit)
    monkeypatch.setattr(blocking, "WINDOW_STEP", limit // 2)
    matching = summary(run_audit(AuditConfig(sources=(str(SEEDS),))), [str(SEEDS)])["matching"]
    assert matching["blocks"] == unsplit["blocks"] and matching["largest_block"] == unsplit["largest_block"]
    assert sum(matching["block_sizes"].values()) == matching["blocks"]
    split = matching["split_blocks"]
    assert split, "the seeds have blocks of more than 4 claims"
    assert all(s["size"] > limit for s in split)
    assert max(s["size"] for s in split) == matching["largest_block"]
    assert all(s["windows"] == len(range(0, s["size"] - limit // 2, limit // 2)) for s in split)
    assert matching["comparisons"] != unsplit["comparisons"]


def _brute_force(keys: pd.Series, texts: list[str], cutoff: float) -> set[tuple[int, int]]:
    found = set()
    for _, labels in keys.groupby(keys):
        members = sorted(set(labels.index.tolist()))
        for a, b in itertools.combinations(members, 2):
            if fuzz.token_set_ratio(texts[a], texts[b]) >= cutoff:
                found.add((a, b))
    return found


def test_block_scores_equal_all_pairs_within_each_block() -> None:
    """Small blocks scored pair by pair in bulk and large ones with cdist find exactly the pairs of a
    block-by-block comparison, a pair shared by several blocks (names) counted once."""
    rng = random.Random(5)
    vocabulary = WORDS[:12]
    texts = [" ".join(rng.sample(vocabulary, 2)) for _ in range(300)]
    labels, names = [], []
    for label in range(300):
        for block in rng.sample(range(40), rng.choice((1, 1, 2, 3))):
            labels.append(label)
            names.append(f"block{block:02d}")
    big = [label for label in range(300) if label % 3 == 0][: PARALLEL_BLOCK + 6]
    labels += big
    names += ["large"] * len(big)
    keys = pd.Series(names, index=labels)
    order = pd.Series(texts)
    pairs, compared = score_blocks(keys, order, texts, SUBJECT_MIN)
    assert _found(pairs) == _brute_force(keys, texts, SUBJECT_MIN)
    sizes = keys.groupby(keys).size()
    assert compared == int((sizes * (sizes - 1) // 2).sum())
    assert len(pairs) == len(_found(pairs))


def test_an_open_period_end_blocks_alike_however_it_is_missing() -> None:
    """A period with a start and no end: None (a fresh table) and NaN (a table read back) give one key."""
    from factaudit.extract import claims_frame, extract_claims
    from factaudit.ingest import parse_document
    from factaudit.match import matching_texts

    text = "In 2019 some 300 boats were seized. In 2019 about 310 boats were seized."
    claims = claims_frame(extract_claims(parse_document("d", "d.txt", text), uncompared=False))
    assert claims[col.PERIOD_START].notna().all() and claims[col.SUBJECT].notna().all()
    keys = {}
    for missing in (None, float("nan")):
        frame = claims.copy()
        frame[col.PERIOD_END] = pd.Series([missing] * len(frame), dtype=object)
        keys[str(missing)] = matching_texts(frame).passes[1][0].tolist()
    assert keys["None"] == keys["nan"] and len(keys["None"]) == len(claims)
    # ...a key that names the start: a missing key would leave the claims out of the second pass.
    assert all(isinstance(key, str) and "|2019-01-01/|" in key for key in keys["None"])


@pytest.mark.parametrize("seed", range(5))
def test_unique_pairs_is_numpys_unique_rows(seed: int) -> None:
    rng = np.random.default_rng(seed)
    pairs = rng.integers(0, 50 + 1000 * seed, size=(200 * (seed + 1), 2), dtype=np.int64)
    assert np.array_equal(blocking.unique_pairs(pairs), np.unique(pairs, axis=0))
    assert blocking.unique_pairs(np.empty((0, 2), dtype=np.int64)).shape == (0, 2)


@pytest.mark.parametrize("seed", range(6))
def test_distinct_values_and_rows_are_numpys_unique(seed: int) -> None:
    rng = np.random.default_rng(seed)
    size = (0, 1, 2, 30, 1000, 20000)[seed]
    values = rng.integers(-(10**seed), 10**12, size=size, dtype=np.int64)
    values[size // 2 :] = values[: size - size // 2]  # half of them twice
    assert np.array_equal(blocking.distinct(values), np.unique(values))
    # Two uint64 lanes spanning the whole range (block digests), rows repeated.
    rows = rng.integers(0, 2**64 - 1, size=(size, 2), dtype=np.uint64)
    rows[size // 3 :] = rows[: size - size // 3]
    found, inverse = blocking.distinct_rows(rows)
    expected, expected_inverse = np.unique(rows, axis=0, return_inverse=True)
    assert np.array_equal(found, expected)
    assert np.array_equal(inverse, expected_inverse.reshape(-1))
    assert np.array_equal(found[inverse], rows)


@pytest.mark.parametrize("storage", ["str", object, "string[pyarrow]"])
def test_block_counts_and_key_order_are_those_of_plain_python(small_blocks: int, storage: object) -> None:
    """group_blocks, block_stats and name_stems read keys through factorized codes; what they give is what
    grouping the keys one by one in Python gives, whatever the strings' storage."""
    rng = random.Random(11)
    words = ["é", "a", "B", "b|x", "zeta", "Ω", "a b", "10", "9", "big"]
    values = [rng.choice(words) for _ in range(300)] + ["big"] * 20 + ["lone"]
    labels = rng.sample(range(5_000), len(values))
    keys = pd.Series(values, index=labels, dtype=storage)  # type: ignore[call-overload]
    members: dict[str, list[int]] = {}
    for label, key in zip(labels, values, strict=True):
        members.setdefault(key, []).append(label)
    several = {key: sorted(rows) for key, rows in sorted(members.items()) if len(rows) >= 2}

    blocks = blocking.group_blocks(keys)
    assert [str(k) for k in blocks.keys] == list(several)
    assert [blocks.members(b).tolist() for b in range(len(blocks.sizes))] == list(several.values())

    stats = blocking.block_stats(keys, 7)
    sizes = {key: len(rows) for key, rows in several.items()}
    assert stats.blocks == len(sizes) and stats.compared == 7 and stats.largest == max(sizes.values())
    assert [(s.key, s.size) for s in stats.split] == [(k, n) for k, n in sizes.items() if n > small_blocks]
    limits = [limit for limit, _ in blocking._BUCKETS]
    labels = [label for _, label in blocking._BUCKETS] + [f">{small_blocks}"]
    expected: dict[str, int] = {}
    for size in sizes.values():
        label = labels[next((i for i, limit in enumerate(limits) if size <= limit), len(limits))]
        expected[label] = expected.get(label, 0) + 1
    assert stats.sizes == {label: expected[label] for label in labels if label in expected}

    frame = pd.DataFrame({col.ENTITIES: ["b a", "a b", None, "c"], col.ABOUT: ["c", "c", None, "c a"]})
    assert blocking.name_stems(frame).tolist() == [["a", "b", "c"], ["a", "b", "c"], [""], ["a", "c"]]


@pytest.mark.parametrize(
    ("subject", "key"),
    [
        ("cuts", "cut"),  # "4,200 cuts worldwide": cuts counted
        ("reductions", "cut"),  # "60% of the reductions": the same cuts, in other words
        ("rises", "rise"),  # not "rize": the -ise spelling fold must not reach it
        ("increases", "rise"),  # synonyms.json folds "increase" into "rise"
        ("cut", ""),  # "a 5% cut": how a figure moved, not what it counts
        ("rise", ""),
        ("job cuts", "job"),  # the subject keeps its own head
        ("tax reductions", "tax"),
        ("profits", "profit"),
        ("", ""),
    ],
)
def test_a_plural_change_noun_alone_is_what_a_figure_counts(subject: str, key: str) -> None:
    assert blocking.subject_key(subject) == key
