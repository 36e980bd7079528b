"""Fixtures shared by several test modules: a small generated corpus with planted conflicts."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
import corpus as generator  # noqa: E402

# Large enough for blocks shared across stories and a few oversized ones, small enough for the default
# suite (the engine and incremental tests audit it a dozen times).
GENERATED_DOCUMENTS = 160


@pytest.fixture(scope="session")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A generated corpus (bench/corpus.py) from the BBC articles, written once per test session.

    Tests that edit it copy it first."""
    if not generator.BBC.exists():
        pytest.skip("the BBC corpus (../shared/corpora) is not beside this checkout")
    folder = tmp_path_factory.mktemp("generated") / "corpus"
    generator.write_corpus(folder, documents=GENERATED_DOCUMENTS, seed=11, conflict_rate=0.3)
    return folder
