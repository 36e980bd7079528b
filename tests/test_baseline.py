"""The baseline file and the gate: format, errors, merged decisions, identical bytes, stable fingerprints."""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factaudit.audit import AuditConfig, run_audit
from factaudit.baseline import (
    STATUSES,
    Baseline,
    BaselineClaim,
    BaselineError,
    Entry,
    annotate_payload,
    decide,
    dumps_baseline,
    load_baseline,
    loads_baseline,
    merge,
    record_findings,
    update_baseline,
)
from factaudit.classify import SEVERITY, Finding
from factaudit.gate import evaluate

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
DATA = Path(__file__).resolve().parent / "data"

# Any text JSON and UTF-8 can carry: lone surrogates cannot be written to a file at all.
texts = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40)
fingerprints = st.text(alphabet="0123456789abcdef", min_size=20, max_size=20)
claims = st.builds(BaselineClaim, document=texts, text=texts, sentence=texts)


@st.composite
def baselines(draw: st.DrawFn) -> Baseline:
    keys = draw(st.lists(fingerprints, unique=True, max_size=8))
    entries = {
        fp: Entry(
            fingerprint=fp,
            kind=draw(st.sampled_from(sorted(SEVERITY)) | texts),
            subject=draw(st.none() | texts),
            claims=tuple(draw(st.lists(claims, max_size=4))),
            status=draw(st.sampled_from(STATUSES)),
            note=draw(texts),
        )
        for fp in keys
    }
    return Baseline(dict(sorted(entries.items())))


@st.composite
def current_findings(draw: st.DrawFn, baseline: Baseline) -> dict[str, Entry]:
    """This run's findings as unreviewed entries: some already recorded, some new."""
    kept = draw(st.lists(st.sampled_from(sorted(baseline.entries)), unique=True)) if len(baseline) else []
    new = draw(st.lists(fingerprints.filter(lambda fp: fp not in baseline), unique=True, max_size=4))
    return {
        fp: Entry(fp, "number_conflict", "arrests", (BaselineClaim("d", "3", "3 arrests."),))
        for fp in kept + new
    }


# No deadline: the machine is shared, and a slow example is not a wrong one.
@given(baselines())
@settings(deadline=None)
def test_baseline_round_trips(baseline: Baseline) -> None:
    text = dumps_baseline(baseline)
    assert loads_baseline(text, path="b.json") == baseline
    assert dumps_baseline(loads_baseline(text, path="b.json")) == text
    data = json.loads(text)
    assert (
        data["version"] == 1 and text == json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    )


@given(st.data())
@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_recording_twice_writes_identical_bytes_and_keeps_every_decision(data: st.DataObject) -> None:
    baseline = data.draw(baselines())
    current = data.draw(current_findings(baseline))
    prune = data.draw(st.booleans())
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "claims" / "baseline.json"
        update_baseline(path, lambda _: baseline)
        first = update_baseline(path, lambda b: merge(b, current, prune=prune).baseline)
        written = path.read_bytes()
        second = update_baseline(path, lambda b: merge(b, current, prune=prune).baseline)
        assert path.read_bytes() == written and first == second == load_baseline(path)
    expected_keys = set(current) if prune else set(current) | set(baseline.entries)
    assert set(first.entries) == expected_keys
    for fp, entry in first.entries.items():
        old = baseline.get(fp)
        assert (entry.status, entry.note) == ((old.status, old.note) if old else ("unreviewed", ""))


def _error_cases() -> list[Any]:
    cases = json.loads((DATA / "baseline_errors.json").read_text(encoding="utf-8"))
    return [pytest.param(c["text"], c["message"], id=c["case"]) for c in cases]


@pytest.mark.parametrize(("text", "message"), _error_cases())
def test_bad_baseline_is_an_error_naming_the_file(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "baseline.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(BaselineError) as raised:
        load_baseline(path)
    assert str(raised.value).startswith(f"{path}: ") and message in str(raised.value)
    assert raised.value.reason == "bad_baseline"
    # A writer refuses too, and leaves the file as it was.
    with pytest.raises(BaselineError):
        update_baseline(path, lambda b: b)
    assert path.read_text(encoding="utf-8") == text


def test_missing_baseline_is_empty_and_deciding_unknown_fails(tmp_path: Path) -> None:
    assert load_baseline(tmp_path / "none.json") == Baseline()
    with pytest.raises(BaselineError, match="no finding 'ab'"):
        decide(Baseline(), "ab", "accepted", "")
    entry = Entry("ab", "number_conflict", None, ())
    with pytest.raises(BaselineError, match="unknown review status 'ok'"):
        decide(Baseline({"ab": entry}), "ab", "ok", "")


def _finding(fp: str, kind: str) -> Finding:
    return Finding(fp, kind, SEVERITY[kind], ("d:0001",), f"{kind} {fp}", "arrests")


# (severity of the finding's kind, its state in the baseline, --fail-on, blocks?)
GATE_CASES = [
    ("number_conflict", None, "error", True),
    ("number_conflict", "unreviewed", "error", False),
    ("number_conflict", "confirmed", "error", True),
    ("number_conflict", "accepted", "error", False),
    ("number_conflict", "false_positive", "warning", False),
    ("date_conflict", None, "warning", True),
    ("wording_drift", None, "error", False),
    ("wording_drift", None, "warning", True),
    ("qualifier_drift", "confirmed", "error", False),
    ("qualifier_drift", "confirmed", "warning", True),
    ("agreement", None, "warning", False),
    ("time_series", "confirmed", "warning", False),
]


@pytest.mark.parametrize(("kind", "state", "fail_on", "blocks"), GATE_CASES)
def test_gate_decision(kind: str, state: str | None, fail_on: str, blocks: bool) -> None:
    finding = _finding("f1", kind)
    entries = {} if state is None else {"f1": Entry("f1", kind, "arrests", (), status=state, note="n")}
    gate = evaluate([finding], Baseline(entries), fail_on)
    assert [item.blocking for item in gate.items] == [blocks]
    assert gate.return_code == (1 if blocks else 0)
    assert gate.items[0].new is (state is None)


def test_gate_orders_new_first_and_reports_stale() -> None:
    known = Entry("old", "number_conflict", None, (), status="accepted")
    gone = Entry("gone", "date_conflict", None, (), status="confirmed")
    gate = evaluate(
        [_finding("old", "number_conflict"), _finding("new", "wording_drift")],
        Baseline({"gone": gone, "old": known}),
        "error",
    )
    assert [i.finding.fingerprint for i in gate.items] == ["new", "old"]
    assert gate.stale == (gone,) and gate.return_code == 0


def test_annotate_payload_adds_review_fields_only() -> None:
    payload = {
        "schema": "factaudit/audit/1",
        "findings": [{"fingerprint": "a", "kind": "k"}, {"fingerprint": "b"}],
    }
    baseline = Baseline({"a": Entry("a", "number_conflict", None, (), status="accepted", note="a revision")})
    annotated = annotate_payload(payload, baseline)
    assert annotated["findings"] == [
        {
            "fingerprint": "a",
            "kind": "k",
            "review_status": "accepted",
            "review_note": "a revision",
            "new": False,
        },
        {"fingerprint": "b", "review_status": "unreviewed", "review_note": None, "new": True},
    ]
    assert payload["findings"][0] == {"fingerprint": "a", "kind": "k"}  # the input is not changed


def test_baseline_of_the_seeds_has_no_offsets(tmp_path: Path) -> None:
    result = run_audit(AuditConfig(sources=(str(SEEDS),)))
    path = tmp_path / "baseline.json"
    outcome = record_findings(path, result.findings, result.claims)
    text = path.read_text(encoding="utf-8")
    assert len(outcome.added) == len(result.findings) == len(outcome.baseline)
    entry = json.loads(text)["entries"][result.findings[0].fingerprint]
    assert set(entry) == {"kind", "subject", "claims", "status", "note"}
    assert set(entry["claims"][0]) == {"document", "text", "sentence"}
    for finding in result.findings:
        for claim in json.loads(text)["entries"][finding.fingerprint]["claims"]:
            assert "\n" not in claim["sentence"]


# Words of an unrelated paragraph: no digits, number words, months, weekdays or dates.
_WORDS = "the desk editor checked this story reporters spoke with officials in Rabat and Madrid".split()
paragraphs = st.lists(st.sampled_from(_WORDS), min_size=1, max_size=12).map(
    lambda w: " ".join(w).capitalize() + "."
)

_SEED_FINGERPRINTS: set[str] = set()


def _seed_fingerprints() -> set[str]:
    if not _SEED_FINGERPRINTS:
        _SEED_FINGERPRINTS.update(
            f.fingerprint for f in run_audit(AuditConfig(sources=(str(SEEDS),))).findings
        )
    return _SEED_FINGERPRINTS


@given(
    name=st.sampled_from(sorted(p.name for p in SEEDS.glob("*.txt"))),
    position=st.floats(min_value=0.0, max_value=1.0),
    inserted=st.lists(paragraphs, min_size=1, max_size=3),
    blank_lines=st.integers(min_value=0, max_value=2),
)
@settings(max_examples=25, deadline=None)
def test_fingerprints_survive_inserted_lines(
    name: str, position: float, inserted: list[str], blank_lines: int
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "seeds"
        shutil.copytree(SEEDS, corpus)
        path = corpus / name
        lines = path.read_text(encoding="utf-8").split("\n")
        # Insert between lines (after the first, which may be the headline), never inside one.
        at = 1 + round(position * (len(lines) - 1))
        block = [line for paragraph in inserted for line in [paragraph, *[""] * blank_lines]]
        path.write_text("\n".join([*lines[:at], *block, *lines[at:]]), encoding="utf-8")
        found = {f.fingerprint for f in run_audit(AuditConfig(sources=(str(corpus),))).findings}
    assert found == _seed_fingerprints()
