"""Precision on real prose: the hand-reviewed BBC sample (tests/data/bbc_review.json) re-extracted.

Each reviewed sentence is extracted on its own, as when it was reviewed. A claim judged right must still be
found with the same value, interval and (when its subject was judged right) the same subject. Claims that
changed since the review are counted apart: review them and update the file. `python
tests/test_precision_bbc.py` prints the precision of the sample as the extractor reads it today.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from factaudit.extract import Claim, extract_claims
from factaudit.ingest import Document

REVIEW = json.loads((Path(__file__).parent / "data" / "bbc_review.json").read_text(encoding="utf-8"))
CASES: list[dict[str, Any]] = REVIEW["claims"]


def _claims(sentence: str) -> list[Claim]:
    document = Document("bbc", "bbc.txt", sentence, None, None, "none")
    return [c for c in extract_claims(document) if c.kind != "date"]


def _same_figure(claim: Claim, case: dict[str, Any]) -> bool:
    return all(
        (claim_value is None and value is None)
        or (claim_value is not None and value is not None and claim_value == pytest.approx(value))
        for claim_value, value in (
            (claim.value, case["value"]),
            (claim.low, case["low"]),
            (claim.high, case["high"]),
        )
    )


def _current(case: dict[str, Any]) -> Claim | None:
    same_text = [c for c in _claims(case["sentence"]) if c.text == case["text"]]
    return same_text[case["occurrence"]] if len(same_text) > case["occurrence"] else None


@pytest.mark.parametrize(
    "case", [c for c in CASES if c["value_ok"]], ids=[c["text"][:30] for c in CASES if c["value_ok"]]
)
def test_claim_judged_right_stays_right(case: dict[str, Any]) -> None:
    claim = _current(case)
    assert claim is not None, f"{case['text']!r} is no longer extracted from {case['sentence']!r}"
    assert _same_figure(claim, case), (case["text"], claim.value, claim.low, claim.high)
    assert claim.qualifier == case["qualifier"]
    if case["subject_ok"]:
        assert claim.subject == case["subject"], (case["text"], claim.subject)


def precision() -> dict[str, float]:
    """Shares of the reviewed claims whose judged-right reading survives, over those still extracted.

    A claim judged wrong that is no longer extracted (or now reads differently) counts as unreviewed.
    """
    kept = values = subjects = changed = 0
    for case in CASES:
        claim = _current(case)
        if claim is None or not _same_figure(claim, case):
            changed += 1
            continue
        kept += 1
        values += case["value_ok"]
        subjects += case["subject_ok"] and claim.subject == case["subject"]
    return {
        "reviewed": len(CASES),
        "still_extracted_as_reviewed": kept,
        "changed_or_dropped": changed,
        "value_precision": round(values / kept, 4),
        "subject_precision": round(subjects / kept, 4),
        "value_precision_at_review": round(sum(c["value_ok"] for c in CASES) / len(CASES), 4),
        "subject_precision_at_review": round(sum(c["subject_ok"] for c in CASES) / len(CASES), 4),
    }


if __name__ == "__main__":
    print(json.dumps(precision(), indent=2))
