"""Arithmetic and date checks: cases as data, the seeds checked and consistent, their edited copies found."""

from __future__ import annotations

import csv
import datetime as dt
import json
import shutil
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from factaudit import columns as col
from factaudit.arithmetic import ARITHMETIC, DATES, PERCENT_CHANGE_SLACK, _Counts, check_arithmetic
from factaudit.audit import AuditConfig, run_audit
from factaudit.classify import period_relation
from factaudit.extract import claims_frame, extract_claims
from factaudit.ingest import Document, parse_document
from factaudit.output import audit_payload

DATA = Path(__file__).parent / "data"
SEEDS = Path(__file__).parent.parent / "seeds"
BBC = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "bbc_news.csv"
CASES: list[dict[str, Any]] = json.loads((DATA / "arithmetic.json").read_text("utf-8"))["cases"]


def _documents(texts: list[str]) -> list[Document]:
    return [parse_document(f"d{i}", f"d{i}.txt", text) for i, text in enumerate(texts)]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_arithmetic_case(case: dict[str, Any]) -> None:
    documents = _documents(case["documents"])
    claims = claims_frame([c for d in documents for c in extract_claims(d)])
    result = check_arithmetic(claims, documents)
    made = [[c.check, c.holds, [f["text"] for f in c.details.get("figures", [])]] for c in result.checks]
    assert sorted(made, key=str) == sorted(case["expect"], key=str)
    for check in result.checks:
        assert {"stated", "recomputed", "difference", "tolerance"} <= set(check.details)
    failed = {c.fingerprint for c in result.checks if not c.holds}
    assert {f.fingerprint for f in result.findings} == failed
    for finding in result.findings:
        assert finding.kind in (ARITHMETIC, DATES) and finding.severity == "error"


def _audit(folder: Path) -> dict[str, Any]:
    return audit_payload(run_audit(AuditConfig(sources=(str(folder),))), [str(folder)])


def test_seeds_checked_and_consistent() -> None:
    payload = _audit(SEEDS)
    held = {(c["doc_id"][:3], c["check"]) for c in payload["checks"] if c["holds"]}
    assert {("002", "part_whole"), ("004", "part_whole"), ("004", "weekday")} <= held
    assert not [f for f in payload["findings"] if f["kind"] in (ARITHMETIC, DATES)]


def test_edited_seeds_are_found(tmp_path: Path) -> None:
    edits = {
        "002_17df8a5c2ec06609.txt": ("coordinated 1,664 of these", "coordinated 4,664 of these"),
        "004_eb463414db4e54e6.txt": ("including 6,162 foreign", "including 9,262 foreign"),
    }
    for source in SEEDS.iterdir():
        shutil.copy(source, tmp_path / source.name)
    for name, (old, new) in edits.items():
        path = tmp_path / name
        path.write_text(path.read_text("utf-8").replace(old, new), "utf-8")
    weekday = tmp_path / "004_eb463414db4e54e6.txt"
    weekday.write_text(
        weekday.read_text("utf-8").replace("Wednesday, April 14", "Tuesday, April 14"), "utf-8"
    )
    payload = _audit(tmp_path)
    found = {
        (f["claim_ids"][0][:3], f["details"]["check"], f["details"]["stated"], f["details"]["recomputed"])
        for f in payload["findings"]
        if f["kind"] in (ARITHMETIC, DATES)
    }
    assert found == {
        ("002", "part_whole", 4664, 4388),
        ("004", "part_whole", 9262, 9179),
        ("004", "weekday", "Tuesday", "Wednesday"),
    }


@pytest.mark.slow
@pytest.mark.skipif(not BBC.exists(), reason="the BBC corpus is not on this machine")
def test_bbc_percent_changes_hold() -> None:
    """The calibration of PERCENT_CHANGE_SLACK: the BBC's own "rose X% to A from B" sentences hold."""
    with BBC.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream))
    documents = [parse_document(f"{r['category']}/{r['file']}", r["file"], r["text"]) for r in rows]
    claims = claims_frame([c for d in documents for c in extract_claims(d)])
    checks = [c for c in check_arithmetic(claims, documents).checks if c.check == "percent_change"]
    assert len(checks) >= 10
    assert all(c.holds for c in checks), [c.message for c in checks if not c.holds]
    assert PERCENT_CHANGE_SLACK <= 1.0


_DAY = st.integers(min_value=0, max_value=20).map(lambda n: dt.date(2020, 1, 1) + dt.timedelta(days=n))
_PERIOD = st.one_of(
    st.tuples(st.none(), st.none(), st.none(), st.sampled_from([None, "", "in March", "last year"])),
    st.tuples(
        _DAY,
        st.sampled_from([None, 0, 3, 30, 31, 365]),
        st.sampled_from([None, "since", "in"]),
        st.just("a period"),
    ),
)


def _count_at(index: int, period: tuple[Any, ...]) -> Any:
    start, length, relation, words = period
    end = None if start is None or length is None else start + dt.timedelta(days=length)
    row = {
        col.PERIOD_START: start,
        col.PERIOD_END: end,
        col.PERIOD_RELATION: relation,
        col.PERIOD_TEXT: words,
        col.CONTEXT: "people",
    }
    return SimpleNamespace(row=row, doc_id=f"d{index}")


@given(st.lists(_PERIOD, min_size=1, max_size=25), _PERIOD)
@example([(dt.date(2020, 1, 1), 30, "since", "a period")], (dt.date(2020, 1, 1), 365, "since", "a period"))
@example([(None, None, None, "in March")], (None, None, None, "in March"))
def test_counts_indexed_by_period_are_those_of_the_same_period(
    periods: list[tuple[Any, ...]], wanted: tuple[Any, ...]
) -> None:
    """The index a fraction's part is looked for in gives exactly the counts period_relation calls the
    same period as the fraction's, in corpus order."""
    counts = [_count_at(i, p) for i, p in enumerate(periods)]
    fraction = _count_at(-1, wanted)
    expected = [i for i, c in enumerate(counts) if period_relation(fraction.row, c.row) == "same"]
    assert _Counts(counts).same_period(fraction) == expected  # type: ignore[arg-type]
