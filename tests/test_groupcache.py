"""The findings store: groups of linked claims and documents keep their findings across re-audits."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from factaudit import columns as col
from factaudit import groupcache
from factaudit.audit import AuditConfig, AuditResult, _counts_key, run_audit
from factaudit.classify import Finding
from factaudit.groupcache import (
    FindingStore,
    FindingStoreWarning,
    claim_groups,
    document_contexts,
    group_keys,
    unit_text,
)
from factaudit.output import audit_payload, dumps_json


def _audit(folder: Path, cache: Path | None) -> tuple[str, AuditResult]:
    result = run_audit(AuditConfig(sources=(str(folder),), cache=cache))
    return dumps_json(audit_payload(result, [str(folder)])), result


def _first(folder: Path) -> Path:
    return sorted(p for p in folder.rglob("*.md"))[0]


@pytest.fixture()
def corpus(generated: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    shutil.copytree(generated, folder)
    return folder


def test_unchanged_reaudit_takes_every_finding_from_the_store(corpus: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache.parquet"
    first, cold = _audit(corpus, cache)
    stored = FindingStore(cache).path.read_bytes()
    second, warm = _audit(corpus, cache)
    full, _ = _audit(corpus, None)
    assert first == second == full
    assert cold.store.reused_units == 0 and cold.store.found_units > 100
    assert warm.store.found_units == 0 and warm.store.reused_units == cold.store.found_units
    assert warm.findings == cold.findings
    assert FindingStore(cache).path.read_bytes() == stored  # nothing new: not rewritten


@pytest.mark.parametrize("edit", ["change", "remove"])
def test_edit_finds_only_the_groups_it_touches_again(edit: str, corpus: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache.parquet"
    _audit(corpus, cache)
    path = _first(corpus)
    if edit == "change":
        path.write_text(path.read_text(encoding="utf-8").replace("1", "7", 3), encoding="utf-8")
    else:
        path.unlink()
    again, warm = _audit(corpus, cache)
    full, _ = _audit(corpus, None)
    assert again == full
    assert 0 < warm.store.found_units < warm.store.reused_units / 10
    # The store now holds this run's units only: the next run finds nothing afresh.
    _, next_run = _audit(corpus, cache)
    assert next_run.store.found_units == 0
    assert len(FindingStore(cache).load().units) == next_run.store.reused_units


def test_new_code_version_finds_everything_again(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache.parquet"
    first, cold = _audit(corpus, cache)
    other = np.array([1, 2], dtype=np.uint64)
    monkeypatch.setattr(groupcache, "findings_version", lambda: other)
    second, warm = _audit(corpus, cache)
    assert first == second
    assert warm.store.reused_units == 0 and warm.store.found_units == cold.store.found_units


def test_damaged_store_is_ignored_with_a_warning(corpus: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache.parquet"
    first, _ = _audit(corpus, cache)
    FindingStore(cache).path.write_bytes(b"PAR1 not parquet")
    with pytest.warns(FindingStoreWarning):
        second, warm = _audit(corpus, cache)
    assert first == second
    assert warm.store.reused_units == 0
    _, healed = _audit(corpus, cache)
    assert healed.store.found_units == 0


def test_groups_are_the_connected_claims() -> None:
    lefts = np.array([0, 1, 4, 6], dtype=np.int64)
    rights = np.array([1, 3, 5, 5], dtype=np.int64)
    groups = claim_groups(lefts, rights, 8)
    assert groups[0] == groups[1] == groups[3]
    assert groups[4] == groups[5] == groups[6] != groups[0]
    assert groups[2] == groups[7] == -1


def test_group_key_changes_with_its_claims_their_documents_and_pairs_only() -> None:
    lefts = np.array([0, 2], dtype=np.int64)
    rights = np.array([1, 3], dtype=np.int64)
    digests = np.arange(8, dtype=np.uint64).reshape(4, 2)
    contexts = document_contexts(["a", "b", "c", "d"], {}, {})
    groups = claim_groups(lefts, rights, 4)
    keys = group_keys(groups, digests, contexts, lefts, rights).keys
    edited = digests.copy()
    edited[3] += np.uint64(100)
    assert (group_keys(groups, edited, contexts, lefts, rights).keys[0] == keys[0]).all()
    assert not (group_keys(groups, edited, contexts, lefts, rights).keys[1] == keys[1]).all()
    moved = document_contexts(["a", "b", "c", "d"], {}, {"b": "another outlet"})
    assert not (group_keys(groups, digests, moved, lefts, rights).keys[0] == keys[0]).all()
    swapped = digests[[1, 0, 2, 3]]  # the same claims in another order
    assert not (group_keys(groups, swapped, contexts, lefts, rights).keys[0] == keys[0]).all()


def test_only_findings_json_gives_back_are_stored() -> None:
    plain = Finding("f", "agreement", "info", ("a:1", "b:1"), "m", None, {"score": 0.5, "points": [1]})
    assert unit_text([plain]) is not None
    assert unit_text([]) == "[]"
    with_tuple = Finding("f", "agreement", "info", ("a:1",), "m", "s", {"range": (1, 2)})
    with_nan = Finding("f", "agreement", "info", ("a:1",), "m", "s", {"value": float("nan")})
    with_numpy = Finding("f", "agreement", "info", ("a:1",), "m", "s", {"value": np.float64(1.5)})
    assert unit_text([with_tuple]) is None
    assert unit_text([with_nan]) is None
    assert unit_text([plain, with_numpy]) is None


def test_checks_reading_other_documents_are_keyed_by_the_counts_they_read() -> None:
    claims = pd.DataFrame(
        {
            col.KIND: ["count", "count", "percent", "count"],
            col.PERIOD_START: ["2024-01-01", None, "2024-01-01", None],
            col.PERIOD_TEXT: [None, "last year", None, None],
        }
    )
    digests = np.arange(8, dtype=np.uint64).reshape(4, 2)
    key = _counts_key(claims, digests)
    other = digests.copy()
    other[2:] += np.uint64(50)  # a percentage and a count without a period: never read
    assert _counts_key(claims, other) == key
    other[1] += np.uint64(50)  # a count of last year: read
    assert _counts_key(claims, other) != key
