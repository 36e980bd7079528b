"""The audit payload's claims held column by column: read, written and compared like a list of dicts."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest

from factaudit import output
from factaudit.audit import AuditConfig, run_audit
from factaudit.baseline import Baseline, Entry, annotate_payload
from factaudit.output import (
    CLAIM_FORMATS,
    Records,
    audit_json_chunks,
    audit_payload,
    dumps_json,
    records_chunks,
    records_text,
    table_pieces,
    write_tables,
)

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def test_records_read_like_the_dicts_they_hold() -> None:
    records = Records({"a": [1, None, "=x"], "b": ["one", "two", "three"]})
    dicts = [{"a": 1, "b": "one"}, {"a": None, "b": "two"}, {"a": "=x", "b": "three"}]
    assert len(records) == 3 and list(records.dicts()) == dicts and records == dicts
    assert records[1]["b"] == "two" and records[-1].get("a") == "=x" and records[0].get("c", 5) == 5
    assert dict(records[2]) == dicts[2] and "a" in records[0] and "c" not in records[0]
    assert records[1:] == dicts[1:] and list(records.rows()) == [(1, "one"), (None, "two"), ("=x", "three")]
    with pytest.raises(IndexError):
        records[3]
    with pytest.raises(KeyError):
        records[0]["c"]
    with pytest.raises(ValueError, match="different lengths"):
        Records({"a": [1], "b": []})
    for fmt in CLAIM_FORMATS:
        assert records_text(records, fmt) == records_text(dicts, fmt)


def test_the_payload_in_columns_writes_the_same_audit() -> None:
    result = run_audit(AuditConfig(sources=(str(SEEDS),), cache=None))
    plain = audit_payload(result, [str(SEEDS)])
    columns = audit_payload(result, [str(SEEDS)], columns=True)
    assert isinstance(columns["claims"], Records) and isinstance(plain["claims"], list)
    assert len(plain["claims"]) > 10 and columns["claims"] == plain["claims"]
    assert dumps_json(columns) == dumps_json(plain) == json.dumps(plain, ensure_ascii=False, indent=2) + "\n"
    assert "".join(audit_json_chunks(columns)) == "".join(audit_json_chunks(plain))
    assert json.loads("".join(audit_json_chunks(columns)))["claims"] == plain["claims"]
    assert isinstance(columns["findings"], Records) and columns["findings"] == plain["findings"]
    # A baseline adds its three fields to findings held either way, the same values.
    recorded = {
        f["fingerprint"]: Entry(
            f["fingerprint"], f["kind"], f["subject"], (), status="confirmed", note="checked"
        )
        for f in plain["findings"][:2]
    }
    baseline = Baseline(entries=recorded)
    annotated_columns, annotated_plain = (
        annotate_payload(columns, baseline),
        annotate_payload(plain, baseline),
    )
    assert isinstance(annotated_columns["findings"], Records)
    assert annotated_columns["findings"] == annotated_plain["findings"]
    assert [f["new"] for f in annotated_plain["findings"]][:3] == [False, False, True]
    assert dumps_json(annotated_columns) == dumps_json(annotated_plain)


def test_the_claims_table_written_in_pieces_is_the_same_text(monkeypatch: pytest.MonkeyPatch) -> None:
    result = run_audit(AuditConfig(sources=(str(SEEDS),), cache=None))
    claims = audit_payload(result, [str(SEEDS)], columns=True)["claims"]
    monkeypatch.setattr(output, "ROWS_PER_CHUNK", 4)
    for fmt in ("csv", "jsonl"):
        pieces = list(records_chunks(claims, fmt))
        assert len(pieces) == -(-len(claims) // 4) and "".join(pieces) == records_text(
            list(claims.dicts()), fmt
        )
    empty = Records({name: [] for name in claims[0]})
    assert "".join(records_chunks(empty, "csv")) == records_text([], "csv") == ",".join(claims[0]) + "\n"


@pytest.mark.parametrize("columns", [True, False], ids=["columns", "dicts"])
def test_the_tables_written_from_pickled_pieces_are_the_same_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, columns: bool
) -> None:
    """The writer aside is sent the audit in pieces (`table_pieces`), pickled one by one: the claims table
    and the JSON audit it writes from them are the files written from the whole payload, however many
    records a piece holds, and the JSON audit reads back as the payload."""
    result = run_audit(AuditConfig(sources=(str(SEEDS),), cache=None))
    payload = audit_payload(result, [str(SEEDS)], columns=columns)
    whole = "".join(audit_json_chunks(payload))
    monkeypatch.setattr(output, "ROWS_PER_CHUNK", 4)
    pieces = [pickle.loads(pickle.dumps(piece)) for piece in table_pieces(payload)]
    assert sum(piece.key == "claims" for piece in pieces) == -(-len(payload["claims"]) // 4) > 2
    write_tables(tmp_path / "claims.csv", tmp_path / "audit.json", pieces)
    assert (tmp_path / "claims.csv").read_text(encoding="utf-8") == records_text(
        list(payload["claims"]), "csv"
    )
    assert (tmp_path / "audit.json").read_text(encoding="utf-8") == whole
    assert json.loads(whole) == json.loads(dumps_json(payload))
    # Members that are empty lists, and an audit with no member at all.
    empty = {"schema": output.SCHEMA, "claims": Records({}), "findings": []}
    assert (
        "".join(audit_json_chunks(empty))
        == '{\n  "schema": "factaudit/audit/1",\n  "claims": [],\n  "findings": []\n}\n'
    )
    assert "".join(audit_json_chunks({})) == "{}\n"


@pytest.mark.parametrize(
    "values",
    [
        ["plain", "=SUM(1)", None, 3.5],  # a formula among other types
        ["=SUM(1)", "plain"],  # the first cell
        ["a\x00b", "plain", "@x"],  # a NUL inside a cell, a formula after it
        ["a\x00=b", "plain"],  # a NUL inside a cell before a formula's sign: no formula cell
        [None, 1.5, 2],  # no string
        ["-3", "\tindented", "\rreturn", "+7"],
        [],
    ],
)
def test_a_column_is_made_formula_safe_as_cell_by_cell(values: list[object]) -> None:
    """The CSV's columns are scanned whole for a cell that starts as a formula: what they become is what
    quoting each cell gives."""
    assert output._safe_column(values) == [output._safe_cell(value) for value in values]
