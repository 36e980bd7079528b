"""The incremental claim store: a cached audit equals a fresh one; an edit re-extracts that document only."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from factaudit.audit import AuditConfig, run_audit
from factaudit.output import audit_payload, claims_text

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "seeds"
    shutil.copytree(SEEDS, folder)
    return folder


def _run(corpus: Path, cache: Path | None) -> tuple[dict, str, tuple[int, int]]:
    result = run_audit(AuditConfig(sources=(str(corpus),), cache=cache))
    counts = (result.store.reused, result.store.extracted)
    return audit_payload(result, [str(corpus)]), claims_text(result.claims, "csv"), counts


def test_cached_run_equals_fresh_run(corpus: Path, tmp_path: Path) -> None:
    cache = tmp_path / "claims" / "cache.parquet"
    fresh, fresh_csv, _ = _run(corpus, None)
    first, first_csv, counts_first = _run(corpus, cache)
    second, second_csv, counts_second = _run(corpus, cache)
    assert counts_first == (0, 5) and counts_second == (5, 0)
    assert fresh == first == second
    assert fresh_csv == first_csv == second_csv


def test_edit_reextracts_one_document(corpus: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache.parquet"
    _run(corpus, cache)
    edited = corpus / "000_6677cc8993819119.txt"
    edited.write_text(edited.read_text(encoding="utf-8").replace("26,000", "28,000"), encoding="utf-8")
    cached, _, counts = _run(corpus, cache)
    fresh, _, _ = _run(corpus, None)
    assert counts == (4, 1)
    assert cached == fresh
    assert any(f["kind"] == "number_conflict" for f in cached["findings"])


def test_removed_document_leaves_the_store(corpus: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache.parquet"
    _run(corpus, cache)
    (corpus / "003_e68badbf827b9206.txt").unlink()
    cached, _, counts = _run(corpus, cache)
    assert counts == (4, 0)
    assert {d["doc_id"] for d in cached["documents"]} == {p.stem for p in corpus.glob("*.txt")}
    assert cached == _run(corpus, None)[0]


def test_damaged_store_is_rebuilt_not_trusted(corpus: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache.parquet"
    cache.write_bytes(b"PAR1 this is not parquet")
    cached, _, counts = _run(corpus, cache)
    assert counts == (0, 5)
    assert cached == _run(corpus, None)[0]
    assert _run(corpus, cache)[2] == (5, 0)
