"""The incremental claim store: a cached audit equals a fresh one; an edit re-extracts that document only."""

from __future__ import annotations

import re
import shutil
from dataclasses import replace
from pathlib import Path

import pandas as pd
import pytest

from factaudit import columns as col
from factaudit import store as store_module
from factaudit.audit import AuditConfig, run_audit
from factaudit.extract import claims_frame, extract_audited
from factaudit.ingest import load_corpus
from factaudit.normalize import canonical_phrase
from factaudit.output import audit_payload, claims_text
from factaudit.store import MATCHING_CONTEXT, ClaimStore, restore_types

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


def test_store_gives_claims_in_document_order_whatever_it_holds(corpus: Path, tmp_path: Path) -> None:
    """The stored rows are placed in the order of the documents asked for: reordered, one edited in the
    middle (its fresh rows go between stored ones), one left out; then all known and in place."""
    documents = load_corpus([str(corpus)]).documents
    store = ClaimStore(tmp_path / "cache.parquet")
    store.claims(documents)
    figure = re.search(r"\d[\d,]*", documents[2].text)
    assert figure is not None
    edited = replace(documents[2], text=documents[2].text.replace(figure.group(0), "987,654", 1))
    wanted = [documents[4], documents[0], edited, documents[1]]
    fresh = restore_types(claims_frame([c for found in extract_audited(wanted) for c in found]))
    for expected_extracted in (1, 0):
        stored = store.claims(wanted)
        claims, stats = stored.claims, stored.stats
        assert stats.extracted == expected_extracted
        assert claims[col.DOC_ID].nunique() > 2
        pd.testing.assert_frame_equal(claims, fresh)
        # Missing text is None as extraction gives it, never NaN (true where None is false).
        assert claims[col.DIRECTION].dtype == object and claims[col.DIRECTION].isna().any()
        assert all(value is None or isinstance(value, str) for value in claims[col.DIRECTION])
        assert stored.matching_contexts.tolist() == [canonical_phrase(c) for c in fresh[col.CONTEXT]]


def test_matching_contexts_are_stored_until_the_extractor_changes(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each claim's context in matching form is stored with it and read back, not made again, until the
    code that makes it changes: the extractor's version covers it, and a new version re-extracts."""
    documents = load_corpus([str(corpus)]).documents
    store = ClaimStore(tmp_path / "cache.parquet")
    first = store.claims(documents)
    expected = [canonical_phrase(context) for context in first.claims[col.CONTEXT]]
    assert any(expected) and first.matching_contexts.tolist() == expected
    frame = pd.read_parquet(store.path)
    frame[MATCHING_CONTEXT] = "stale"
    frame.to_parquet(store.path, index=False)
    kept = store.claims(documents)
    assert kept.stats.extracted == 0 and set(kept.matching_contexts.tolist()) == {"stale"}
    monkeypatch.setattr(store_module, "extractor_version", lambda: "another extractor")
    changed = store.claims(documents)
    assert changed.stats.extracted == len(documents)
    assert changed.matching_contexts.tolist() == expected
    assert {"normalize.py", "lexicon.py"} <= set(store_module._EXTRACTION_MODULES)
