"""The local and Dask engines give identical claims and findings (same fingerprints, same order)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from factaudit.audit import AuditConfig, AuditResult, run_audit
from factaudit.errors import UsageError
from factaudit.extract import PARALLEL_CHUNK
from factaudit.output import audit_payload, dumps_json

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    """A real two-worker LocalCluster, started by the test; the engine connects to it by address."""
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        yield cluster.scheduler_address


def _both(source: Path, scheduler: str) -> tuple[AuditResult, AuditResult]:
    local = run_audit(AuditConfig(sources=(str(source),)))
    dask = run_audit(AuditConfig(sources=(str(source),), engine="dask", scheduler=scheduler))
    return local, dask


def _same(local: AuditResult, dask: AuditResult, source: Path) -> None:
    assert [f.fingerprint for f in dask.findings] == [f.fingerprint for f in local.findings]
    assert audit_payload(dask, [str(source)]) == audit_payload(local, [str(source)])


def test_seeds_local_and_dask_agree(scheduler: str) -> None:
    local, dask = _both(SEEDS, scheduler)
    assert local.findings
    _same(local, dask, SEEDS)


def test_generated_corpus_local_and_dask_agree(scheduler: str, generated: Path) -> None:
    local, dask = _both(generated, scheduler)
    assert sum(f.kind == "number_conflict" for f in local.findings) > 0
    _same(local, dask, generated)


def test_unknown_engine_and_stray_scheduler_are_usage_errors() -> None:
    with pytest.raises(UsageError):
        run_audit(AuditConfig(sources=(str(SEEDS),), engine="spark"))
    with pytest.raises(UsageError):
        run_audit(AuditConfig(sources=(str(SEEDS),), scheduler="tcp://127.0.0.1:1"))


def test_dask_reaudit_with_the_store_equals_a_local_full_audit(
    scheduler: str, generated: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "corpus"
    shutil.copytree(generated, folder)
    cache = tmp_path / "claims" / "cache.parquet"
    dask = AuditConfig(sources=(str(folder),), engine="dask", scheduler=scheduler, cache=cache)
    run_audit(dask)
    edited = sorted(folder.rglob("*.md"))[3]
    edited.write_text(edited.read_text(encoding="utf-8") + "\nLater, 12 more people were reported.\n")
    again = run_audit(dask)
    local = run_audit(AuditConfig(sources=(str(folder),)))
    assert again.store.reused_blocks > 0
    assert dumps_json(audit_payload(again, [str(folder)])) == dumps_json(audit_payload(local, [str(folder)]))


def test_local_extraction_in_two_processes_equals_one(generated: Path) -> None:
    """`--jobs 2` extracts in a real process pool (the generated corpus spans several chunks)."""
    one = run_audit(AuditConfig(sources=(str(generated),), jobs=1))
    two = run_audit(AuditConfig(sources=(str(generated),), jobs=2))
    sources = [str(generated)]
    assert dumps_json(audit_payload(two, sources)) == dumps_json(audit_payload(one, sources))
    assert len(one.corpus.documents) >= 2 * PARALLEL_CHUNK
