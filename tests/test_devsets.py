"""Evaluation gate on the public number-parsing suites: the share of expected values found may not drop.

The pinned shares live in tests/data/devsets/baseline.json. When the extractor gets better, raise them
(`python tests/test_devsets.py` prints the current shares); a change that makes a suite worse fails here.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from devsets import DEVSETS, all_cases, found

BASELINE = DEVSETS / "baseline.json"


def suite_shares() -> dict[str, float]:
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for case in all_cases():
        hits, expected = found(case)
        # The issue's target names quantulum3's quantities.json alone: each file's share is pinned too.
        for key in {case.suite.split("/")[0], case.suite, "all"}:
            totals[key][0] += hits
            totals[key][1] += expected
    return {suite: round(hits / expected, 4) for suite, (hits, expected) in sorted(totals.items())}


@pytest.fixture(scope="module")
def shares() -> dict[str, float]:
    return suite_shares()


@pytest.mark.parametrize("suite", sorted(json.loads(BASELINE.read_text(encoding="utf-8"))))
def test_suite_does_not_get_worse(shares: dict[str, float], suite: str) -> None:
    pinned = json.loads(BASELINE.read_text(encoding="utf-8"))[suite]
    assert shares[suite] >= pinned, f"{suite}: {shares[suite]} < pinned {pinned}"


if __name__ == "__main__":
    print(json.dumps(suite_shares(), indent=2))
