"""Machine outputs: the `factaudit/audit/1` JSON document and the claims as CSV, JSON Lines or JSON."""

from __future__ import annotations

import csv
import datetime as dt
import functools
import io
import json
import math
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, overload

from factaudit import columns as col
from factaudit import jsontext
from factaudit.files import atomic_text, write_atomic_chunks
from factaudit.heap import collector_paused

# `factaudit extract` writes claims without pandas: it is imported only where a table is read.
if TYPE_CHECKING:
    import pandas as pd

    from factaudit.audit import AuditResult
    from factaudit.classify import Finding
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
    if value.is_integer() and -_EXACT_WHOLE < value < _EXACT_WHOLE:
        return int(value)  # what the digits below give a whole number of at most twelve digits
    return _significant(value)


@functools.lru_cache(maxsize=65536)
def _significant(value: float) -> float | int:
    """A float with twelve significant digits. Cached: the values of an audit repeat (match scores of one
    decimal, shares); formatting each took half of the JSON audit's findings (392,000 values, 0.6 s, for
    the generated 20,000-document corpus)."""
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
    return list(claim_table(claims).dicts())


def claim_table(claims: pd.DataFrame) -> Records:
    """The claims as records held column by column (what the audit payload carries), in schema order."""
    return Records({name: _plain_column(claims[name].tolist()) for name in col.CLAIM_COLUMNS})


class RecordView(Mapping[str, Any]):
    """One record of `Records`, read in place: a mapping of its fields, made of two references."""

    __slots__ = ("_at", "_columns")

    def __init__(self, columns: dict[str, list[Any]], at: int) -> None:
        self._columns, self._at = columns, at

    def __getitem__(self, name: str) -> Any:
        return self._columns[name][self._at]

    def get(self, name: str, default: Any = None) -> Any:
        column = self._columns.get(name)
        return default if column is None else column[self._at]

    def __contains__(self, name: object) -> bool:
        return name in self._columns

    def __iter__(self) -> Iterator[str]:
        return iter(self._columns)

    def __len__(self) -> int:
        return len(self._columns)

    def __repr__(self) -> str:
        return f"RecordView({dict(self)!r})"


class Records(Sequence[RecordView]):
    """Records of the same fields held column by column, read as mappings (`RecordView`) or as dicts.

    The claims of an audit live until its outputs are written, beside its findings and the report: as one
    dict each, the 135,822 claims of the generated 20,000-document corpus took 158 MB (832 bytes a dict
    of 27 fields), as columns of the same values 29 MB and a view of 48 bytes when one is read.
    """

    __slots__ = ("_columns", "_length")

    def __init__(self, columns: Mapping[str, list[Any]]) -> None:
        lengths = {len(values) for values in columns.values()}
        if len(lengths) > 1:
            raise ValueError(f"columns of different lengths: {sorted(lengths)}")
        self._columns = dict(columns)
        self._length = lengths.pop() if lengths else 0

    def __len__(self) -> int:
        return self._length

    @overload
    def __getitem__(self, index: int) -> RecordView: ...

    @overload
    def __getitem__(self, index: slice) -> Records: ...

    def __getitem__(self, index: int | slice) -> RecordView | Records:
        if isinstance(index, slice):
            return Records({name: values[index] for name, values in self._columns.items()})
        return RecordView(self._columns, range(self._length)[index])

    def __iter__(self) -> Iterator[RecordView]:
        columns = self._columns
        return (RecordView(columns, at) for at in range(self._length))

    def with_columns(self, columns: Mapping[str, list[Any]]) -> Records:
        """These records with more fields (or fields replaced), in the order given after the others."""
        return Records({**self._columns, **columns})

    def dicts(self) -> Iterator[dict[str, Any]]:
        """Each record as a plain dict of its fields (for JSON), in order."""
        names = tuple(self._columns)
        return (dict(zip(names, row, strict=True)) for row in zip(*self._columns.values(), strict=True))

    def columns(self) -> list[list[Any]]:
        """Each field's values, fields in order."""
        return list(self._columns.values())

    def rows(self) -> Iterator[tuple[Any, ...]]:
        """Each record's values as a tuple, fields in order."""
        return zip(*self._columns.values(), strict=True)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence) or isinstance(other, str):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Records({len(self)} records of {list(self._columns)})"


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


def audit_payload(result: AuditResult, sources: Sequence[str], *, columns: bool = False) -> dict[str, Any]:
    """The JSON audit (schema `factaudit/audit/1`) as a dict. With `columns`, its claims are `Records`
    (a fifth of the memory) rather than dicts: the writers here and the report read either, json.dumps
    needs `default=` for them (`dumps_json` has it)."""
    from factaudit.audit import summary

    # Lists and dicts of every claim, finding and check that live on and form no cycles: the cyclic
    # collector passed over the whole heap twice while they were made, 0.36 of the 1.4 s of CPU that the
    # payload of a re-audit of the generated 20,000-document corpus took.
    with collector_paused():
        return {
            "schema": SCHEMA,
            "summary": summary(result, sources),
            "documents": [document_record(d) for d in result.corpus.documents],
            "skipped": [{"path": s.path, "reason": s.reason} for s in result.corpus.skipped],
            "claims": claim_table(result.claims) if columns else claim_records(result.claims),
            "findings": finding_table(result.findings) if columns else finding_records(result.findings),
            # Extension: every arithmetic and date relation recomputed, `holds` true for "checked and
            # consistent".
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


def finding_records(findings: Sequence[Finding]) -> list[dict[str, Any]]:
    """The findings as the JSON audit writes them, one dict each."""
    return list(finding_table(findings).dicts())


def finding_table(findings: Sequence[Finding]) -> Records:
    """The findings as records held column by column: a 100,000-document audit has 562,000 of them, a
    dict each cost about 200 MB more while the report was built."""
    return Records(
        {
            "fingerprint": [f.fingerprint for f in findings],
            "kind": [f.kind for f in findings],
            "severity": [f.severity for f in findings],
            "claim_ids": [list(f.claim_ids) for f in findings],
            "message": [f.message for f in findings],
            "subject": [f.subject for f in findings],
            "details": [_jsonable(f.details) for f in findings],
        }
    )


def _jsonable(value: Any) -> Any:
    """A finding's or check's details as JSON-ready values, mappings sorted by key."""
    # Plain values (most of the details: names, counts) are passed through without a call each.
    if isinstance(value, dict):
        return {str(k): v if type(v) in _AS_THEY_ARE else _jsonable(v) for k, v in sorted(value.items())}
    if isinstance(value, list | tuple):
        return [v if type(v) in _AS_THEY_ARE else _jsonable(v) for v in value]
    return _plain(value)


def _dicts(records: Iterable[Mapping[str, Any]]) -> Iterable[Mapping[str, Any]]:
    """Records as plain dicts where they are `Records` (for json), else as they are."""
    return records.dicts() if isinstance(records, Records) else records


def _records_as_lists(value: Any) -> Any:
    """What json cannot write itself, for `default=`: `Records` as a list of dicts."""
    if isinstance(value, Records):
        return list(value.dicts())
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def dumps_json(payload: Any) -> str:
    return (
        json.dumps(payload, ensure_ascii=False, indent=2, sort_keys=False, default=_records_as_lists) + "\n"
    )


# Lists of the audit written one record a line: indenting every field takes json's pure-Python encoder and
# holds the whole text in memory (BBC corpus: 14.9 MB in 1.3 s; one record a line, streamed, 12.1 MB in
# 0.4 s); a record a line still diffs and greps line by line.
RECORD_LISTS: Final = frozenset({"documents", "skipped", "claims", "findings", "checks"})


@dataclass(frozen=True)
class TablePiece:
    """A piece of the JSON audit as the table writers read it: one member of it (`key`, `value`), or, for
    the record lists (RECORD_LISTS), a slice of at most ROWS_PER_CHUNK of its records (`records`), the
    slices of one list one after the other. Small enough to be pickled to another process one by one."""

    key: str
    value: Any
    records: bool = False


def table_pieces(payload: Mapping[str, Any]) -> Iterator[TablePiece]:
    """The JSON audit's members in order, its non-empty record lists in slices. Each member is let go
    once its pieces are made, whatever the caller does with the payload meanwhile (the report drops its
    claims while the pieces are still being sent)."""
    members = list(payload.items())
    members.reverse()
    while members:
        key, value = members.pop()
        if key in RECORD_LISTS and isinstance(value, list | Records) and value:
            for start in range(0, len(value), ROWS_PER_CHUNK):
                yield TablePiece(key, value[start : start + ROWS_PER_CHUNK], records=True)
        else:
            yield TablePiece(key, value)


def audit_json_chunks(payload: Mapping[str, Any]) -> Iterator[str]:
    """The JSON audit as text, piece by piece: small members indented, RECORD_LISTS a record a line."""
    return pieces_json_chunks(table_pieces(payload))


def pieces_json_chunks(pieces: Iterable[TablePiece]) -> Iterator[str]:
    """`audit_json_chunks` of the audit that `table_pieces` gave these pieces of."""
    yield "{"
    member, in_records = None, False
    for piece in pieces:
        if piece.key != member:
            if in_records:
                yield "\n  ]"
            yield (
                ("\n  " if member is None else ",\n  ")
                + json.dumps(str(piece.key), ensure_ascii=False)
                + ": "
            )
            member, in_records = piece.key, False
        if piece.records:
            for record in _dicts(piece.value):
                yield (",\n    " if in_records else "[\n    ") + jsontext.dumps(record)
                in_records = True
        else:
            yield json.dumps(piece.value, ensure_ascii=False, indent=2, default=_records_as_lists).replace(
                "\n", "\n  "
            )
    if in_records:
        yield "\n  ]"
    yield "}\n" if member is None else "\n}\n"


def write_audit_json(path: Path, payload: Mapping[str, Any]) -> None:
    """Write the JSON audit atomically without building its text whole."""
    write_atomic_chunks(path, audit_json_chunks(payload))


def write_tables(claims_path: Path, json_path: Path, pieces: Iterable[TablePiece]) -> None:
    """Write an audit's claims table (CSV) and its JSON audit, both at once from the pieces of the audit
    (`table_pieces`) as they come: the claims' slices go to both files. Run in a process aside, which is
    sent the pieces one by one (`engine.Streamed`): forked beside the report instead, it touched every
    object of the JSON audit, and so held a copy of each (1,895 MB at 100,000 documents)."""
    with atomic_text(claims_path) as claims_file, atomic_text(json_path) as json_file:
        claims_table = csv.writer(claims_file, lineterminator="\n")
        claims_table.writerow(col.CLAIM_COLUMNS)

        def passing() -> Iterator[TablePiece]:
            for piece in pieces:
                if piece.key == "claims" and piece.records:
                    claims_table.writerows(_csv_rows(piece.value))
                yield piece

        json_file.writelines(pieces_json_chunks(passing()))


def _safe_cell(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


# A string of a column joined with NUL that starts as a formula (`_FORMULA_START`) after the NUL.
_FORMULA_AFTER_NUL: Final = re.compile("\x00[" + re.escape("".join(_FORMULA_START)) + "]")


def _safe_column(values: list[Any]) -> list[Any]:
    """A column as the CSV writes it: its cells a spreadsheet would run as formulas quoted."""
    # The strings of a column are searched at once, joined (a NUL inside a cell may only send a column to
    # the cell-by-cell pass, never keep one from it): the 3.5 million cells of the generated
    # 20,000-document corpus's claims, read back as text, took 0.6 s of CPU tested one by one, 0.35 s so.
    kinds = set(map(type, values))
    if not any(issubclass(kind, str) for kind in kinds):
        return values
    strings = values if kinds == {str} else [v for v in values if isinstance(v, str)]
    if _FORMULA_AFTER_NUL.search("\x00" + "\x00".join(strings)):
        return [_safe_cell(v) for v in values]
    return values


def claims_text(claims: pd.DataFrame, fmt: str) -> str:
    """The claims table in one of CLAIM_FORMATS."""
    return records_text(claim_records(claims), fmt)


def records_text(records: Sequence[Mapping[str, Any]], fmt: str) -> str:
    """Claim records (`claim_records`, `claim_record`, `claim_table`) in one of CLAIM_FORMATS."""
    if fmt == "json":
        return dumps_json(list(_dicts(records)))
    return "".join(records_chunks(records, fmt))


# Rows of the claims table made into text at a time when it is written piece by piece: the claims CSV of the
# generated 100,000-document corpus (674,861 rows) was one string of about 300 MB, made in a buffer of
# the same size, in the side process that writes it beside the report.
ROWS_PER_CHUNK: Final = 10_000


def records_chunks(records: Sequence[Mapping[str, Any]], fmt: str) -> Iterator[str]:
    """`records_text` of "csv" or "jsonl" in pieces of ROWS_PER_CHUNK records, the same characters."""
    if fmt == "jsonl":
        yield from ("".join(jsontext.dumps(r) + "\n" for r in chunk) for chunk in _batches(_dicts(records)))
        return
    if fmt != "csv":
        raise ValueError(f"no pieces for format {fmt!r}")
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(col.CLAIM_COLUMNS)
    for chunk in _batches(_csv_rows(records)):
        writer.writerows(chunk)
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
    if buffer.tell():
        yield buffer.getvalue()


def _csv_rows(records: Sequence[Mapping[str, Any]]) -> Iterable[Iterable[Any]]:
    """The rows of claim records as the CSV writes them (csv writes None as an empty cell). A table held in
    columns is made safe column by column: most columns have no cell to quote and are written as they
    are (claims CSV of the generated 20,000-document corpus: 1.6 s -> 0.6 s of CPU)."""
    if isinstance(records, Records):
        return zip(*(_safe_column(values) for values in records.columns()), strict=True)
    return ([_safe_cell(v) for v in record.values()] for record in records)


def _batches(items: Iterable[Any]) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for item in items:
        batch.append(item)
        if len(batch) == ROWS_PER_CHUNK:
            yield batch
            batch = []
    if batch:
        yield batch
