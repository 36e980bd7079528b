"""Machine outputs: the `factaudit/audit/1` JSON document and the claims as CSV, JSON Lines or JSON."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import math
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from factaudit import columns as col
from factaudit.files import write_atomic, write_atomic_chunks

# `factaudit extract` writes claims without pandas: it is imported only where a table is read.
if TYPE_CHECKING:
    import pandas as pd

    from factaudit.audit import AuditResult
    from factaudit.extract import Claim
    from factaudit.ingest import Document

SCHEMA: Final = "factaudit/audit/1"
CLAIM_FORMATS: Final = ("csv", "jsonl", "json")
# Spreadsheet programs run a cell that starts with one of these as a formula (CSV injection).
_FORMULA_START: Final = ("=", "+", "-", "@", "\t", "\r")
# Values written as they are. Most cells of the claims table are strings: telling them by their type
# first, before the date, float and missing-value tests, halved the time of writing the BBC audit.
_AS_THEY_ARE: Final = frozenset({str, int, bool, type(None)})


def _plain(value: Any) -> Any:
    """A JSON-ready value: ISO dates, None for NaN/NA, integers where a float is whole."""
    kind = type(value)
    if kind in _AS_THEY_ARE:
        return value
    if kind is float:
        return _number(value)
    if kind is dt.date or kind is dt.datetime:
        return value.isoformat()
    return _table_value(value)


# Digits a float is written with in claims and audits: a float's own 15-17 hold the noise of arithmetic.
SIGNIFICANT_DIGITS: Final = 12


def _number(value: float) -> float | int | None:
    if math.isnan(value) or math.isinf(value):
        return None
    # Twelve significant digits: 28600.000000000004 (26,000 * 1.1) is written 28600, while a share of one
    # in twenty-one keeps its digits (0.047619047619; six decimals wrote 0.047619, 1e-5 off).
    value = float(f"{value:.{SIGNIFICANT_DIGITS}g}")
    return int(value) if value.is_integer() and abs(value) < 2**53 else value


def _table_value(value: Any) -> Any:
    """_plain of a value that is not a plain Python one: a numpy or pandas scalar, from a table."""
    import pandas as pd  # loaded already, as the value comes from one of its tables

    if value is pd.NaT:
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return _number(value)
    if hasattr(value, "item"):
        return _plain(value.item())
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    return value


def claim_records(claims: pd.DataFrame) -> list[dict[str, Any]]:
    """The claims as plain dicts, columns in schema order."""
    columns = [_plain_column(claims[name].tolist()) for name in col.CLAIM_COLUMNS]
    return [dict(zip(col.CLAIM_COLUMNS, row, strict=True)) for row in zip(*columns, strict=True)]


# Whole floats below this are written as their int by `_number` whatever the digits (twelve significant
# digits hold every whole number under 10**12 exactly).
_EXACT_WHOLE: Final = 10.0**SIGNIFICANT_DIGITS


def _plain_column(values: list[Any]) -> list[Any]:
    """`_plain` of each value of one column, a column of one kind at a time: most columns hold only
    strings, or floats that are whole (a 20,000-document audit: 5.6 million values, 2.4 s one by one)."""
    kinds = set(map(type, values))
    if kinds <= _AS_THEY_ARE:
        return values
    if kinds <= {float, type(None)}:
        return [
            None
            if value is None
            else int(value)
            if value.is_integer() and -_EXACT_WHOLE < value < _EXACT_WHOLE
            else _number(value)
            for value in values
        ]
    return [_plain(value) for value in values]


def claim_record(claim: Claim) -> dict[str, Any]:
    """One claim as `claim_records` writes its row of the claims table: the same values, without the
    table (a whole number in a float field is a float there, as in the table's float column)."""
    record = {}
    for name in col.CLAIM_COLUMNS:
        value = getattr(claim, name)
        record[name] = _plain(float(value) if name in col.FLOAT_COLUMNS and type(value) is int else value)
    return record


def document_record(d: Document) -> dict[str, Any]:
    """One document of the JSON audit."""
    return {
        "doc_id": d.doc_id,
        "path": d.path,
        "title": d.title,
        "published": d.published.isoformat() if d.published else None,
        "published_source": d.published_source,
        "url": d.url,
        "source": d.source,
        "kind": d.kind,
        "outlet": d.outlet,
        "format": d.format,
        "encoding": d.encoding,
        "updated": d.updated.isoformat() if d.updated else None,
        "pages": [{"page": n, "start": start, "end": end} for n, start, end in d.pages],
    }


def audit_payload(result: AuditResult, sources: Sequence[str]) -> dict[str, Any]:
    """The JSON audit (schema `factaudit/audit/1`) as a dict."""
    from factaudit.audit import summary

    return {
        "schema": SCHEMA,
        "summary": summary(result, sources),
        "documents": [document_record(d) for d in result.corpus.documents],
        "skipped": [{"path": s.path, "reason": s.reason} for s in result.corpus.skipped],
        "claims": claim_records(result.claims),
        "findings": [
            {
                "fingerprint": f.fingerprint,
                "kind": f.kind,
                "severity": f.severity,
                "claim_ids": list(f.claim_ids),
                "message": f.message,
                "subject": f.subject,
                "details": _jsonable(f.details),
            }
            for f in result.findings
        ],
        # Extension: every arithmetic and date relation recomputed, `holds` true for "checked and consistent".
        "checks": [
            {
                "fingerprint": c.fingerprint,
                "check": c.check,
                "kind": c.kind,
                "holds": c.holds,
                "doc_id": c.doc_id,
                "claim_ids": list(c.claim_ids),
                "message": c.message,
                "details": _jsonable(dict(c.details)),
            }
            for c in result.checks
        ],
    }


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in sorted(value.items())}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    return _plain(value)


def dumps_json(payload: Any) -> str:
    return json.dumps(payload, ensure_ascii=False, indent=2, sort_keys=False) + "\n"


# Lists of the audit written one record a line: indenting every field takes json's pure-Python encoder and
# holds the whole text in memory (BBC corpus: 14.9 MB in 1.3 s; one record a line, streamed, 12.1 MB in
# 0.4 s); a record a line still diffs and greps line by line.
RECORD_LISTS: Final = frozenset({"documents", "skipped", "claims", "findings", "checks"})


def audit_json_chunks(payload: Mapping[str, Any]) -> Iterator[str]:
    """The JSON audit as text, piece by piece: small members indented, RECORD_LISTS a record a line."""
    yield "{"
    for index, (key, value) in enumerate(payload.items()):
        yield ("\n  " if index == 0 else ",\n  ") + json.dumps(str(key), ensure_ascii=False) + ": "
        if key in RECORD_LISTS and isinstance(value, list) and value:
            for position, record in enumerate(value):
                yield ("[\n    " if position == 0 else ",\n    ") + json.dumps(record, ensure_ascii=False)
            yield "\n  ]"
        else:
            yield json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n  ")
    yield "\n}\n" if payload else "}\n"


def write_audit_json(path: Path, payload: Mapping[str, Any]) -> None:
    """Write the JSON audit atomically without building its text whole."""
    write_atomic_chunks(path, audit_json_chunks(payload))


def write_tables(claims_path: Path, json_path: Path, payload: Mapping[str, Any]) -> None:
    """Write an audit's claims table (CSV) and its JSON audit."""
    write_atomic(claims_path, records_text(payload["claims"], "csv"))
    write_audit_json(json_path, payload)


def _safe_cell(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def claims_text(claims: pd.DataFrame, fmt: str) -> str:
    """The claims table in one of CLAIM_FORMATS."""
    return records_text(claim_records(claims), fmt)


def records_text(records: Sequence[Mapping[str, Any]], fmt: str) -> str:
    """Claim records (`claim_records`, `claim_record`) in one of CLAIM_FORMATS."""
    if fmt == "json":
        return dumps_json(records)
    if fmt == "jsonl":
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(col.CLAIM_COLUMNS)
    for record in records:
        writer.writerow(["" if v is None else _safe_cell(v) for v in record.values()])
    return buffer.getvalue()
