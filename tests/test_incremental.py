"""Incremental matching: a re-audit that reuses stored blocks writes the same bytes as a full audit."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from factaudit.audit import AuditConfig, AuditResult, run_audit
from factaudit.blockcache import block_digests, known
from factaudit.blocking import group_blocks
from factaudit.output import audit_payload, dumps_json
from factaudit.store import BlockStore

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"

Edit = Callable[[Path], None]


def _first(folder: Path) -> Path:
    return sorted(p for p in folder.rglob("*") if p.suffix in (".md", ".txt"))[0]


def _change_a_figure(folder: Path) -> None:
    path = _first(folder)
    text = path.read_text(encoding="utf-8")
    found = [m for m in re.finditer(r"\b\d{2,3}\b(?= [a-z])", text) if not 1900 <= int(m.group(0)) <= 2100]
    figure = found[len(found) // 2]
    path.write_text(text[: figure.start()] + str(int(figure.group(0)) * 3 + 1) + text[figure.end() :])


def _append_a_sentence(folder: Path) -> None:
    path = _first(folder)
    path.write_text(path.read_text(encoding="utf-8") + "\nLater, 12 more people were reported.\n")


def _remove_a_document(folder: Path) -> None:
    _first(folder).unlink()


def _add_a_copy(folder: Path) -> None:
    path = _first(folder)
    text = path.read_text(encoding="utf-8").replace("1", "7", 3)
    (path.parent / f"zz_{path.name}").write_text(text, encoding="utf-8")


EDITS: dict[str, Edit] = {
    "change a figure": _change_a_figure,
    "append a sentence": _append_a_sentence,
    "remove a document": _remove_a_document,
    "add a near copy": _add_a_copy,
}


def _audit(folder: Path, cache: Path | None) -> tuple[str, AuditResult]:
    result = run_audit(AuditConfig(sources=(str(folder),), cache=cache))
    return dumps_json(audit_payload(result, [str(folder)])), result


@pytest.mark.parametrize("edit", sorted(EDITS))
@pytest.mark.parametrize("source", ["seeds", "generated"])
def test_reaudit_after_an_edit_equals_a_full_audit(
    edit: str, source: str, generated: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "corpus"
    shutil.copytree(SEEDS if source == "seeds" else generated, folder)
    cache = tmp_path / "claims" / "cache.parquet"
    _audit(folder, cache)
    EDITS[edit](folder)
    again, incremental = _audit(folder, cache)
    full, _ = _audit(folder, None)
    assert again == full
    if source == "generated":
        # The edit touched a few blocks: the rest came from the store, not from rapidfuzz.
        assert incremental.store.extracted <= 1
        assert incremental.store.reused_blocks > 10 * incremental.store.scored_blocks


def test_unchanged_reaudit_scores_no_block(generated: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache.parquet"
    first, cold = _audit(generated, cache)
    manifest = BlockStore(cache).manifest.read_text(encoding="utf-8")
    second, warm = _audit(generated, cache)
    assert first == second
    assert BlockStore(cache).manifest.read_text(encoding="utf-8") == manifest  # nothing new: not rewritten
    assert cold.store.reused_blocks == 0 and cold.store.scored_blocks > 0
    # Only oversized blocks, cut into windows that depend on all their members, are scored again.
    assert warm.store.scored_blocks == len(warm.matching.split)


def test_damaged_block_store_is_rebuilt(generated: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache.parquet"
    first, _ = _audit(generated, cache)
    for stored in BlockStore(cache).folder.glob("pairs-*.parquet"):
        stored.write_bytes(b"PAR1 not parquet")
    second, warm = _audit(generated, cache)
    assert first == second
    assert warm.store.reused_blocks == 0


def test_block_digest_names_members_and_their_order() -> None:
    digests = np.array([[1, 2], [3, 4], [5, 6], [7, 8]], dtype=np.uint64)
    keys = pd.Series(["a", "a", "b", "b", "c", "c"], index=[0, 1, 2, 3, 1, 0])
    ids = block_digests(group_blocks(keys), digests, salt=0)
    # "a" and "c" hold the same claims in the same row order: one digest; "b" another; another pass, others.
    assert (ids[0] == ids[2]).all() and not (ids[0] == ids[1]).all()
    assert not (block_digests(group_blocks(keys), digests, salt=1)[0] == ids[0]).any()
    swapped = digests[[1, 0, 2, 3]]
    assert not (block_digests(group_blocks(keys), swapped, salt=0)[0] == ids[0]).all()
    assert known(ids[[1]], ids[[0, 1]]).tolist() == [1]
    assert known(np.array([[ids[1, 0], 0]], dtype=np.uint64), ids[[0, 1]]).tolist() == [-1]
