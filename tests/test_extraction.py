"""Extraction cases as data: each sentence of tests/data/extraction.json with the claims it must yield."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from factaudit.extract import Claim, extract_claims
from factaudit.ingest import Document

CASES = json.loads((Path(__file__).parent / "data" / "extraction.json").read_text(encoding="utf-8"))


def _document(case: dict[str, Any]) -> Document:
    published = dt.date.fromisoformat(case["published"]) if case.get("published") else None
    return Document(
        "case", "case.txt", case["sentence"], None, published, "front_matter" if published else "none"
    )


def _field(claim: Claim, name: str) -> Any:
    value = getattr(claim, name)
    return value.isoformat() if isinstance(value, dt.date) else value


@pytest.mark.parametrize("case", CASES, ids=[c["sentence"][:50] for c in CASES])
def test_extraction_case(case: dict[str, Any]) -> None:
    claims = [c for c in extract_claims(_document(case)) if c.kind != "date"]
    assert [c.text for c in claims] == [e["text"] for e in case["expected"]]
    for claim, expected in zip(claims, case["expected"], strict=True):
        for name, value in expected.items():
            actual = _field(claim, name)
            if isinstance(value, float) and actual is not None:
                assert actual == pytest.approx(value), (claim.text, name)
            else:
                assert actual == value, (claim.text, name, actual)
