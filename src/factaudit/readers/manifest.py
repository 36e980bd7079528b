"""The `sources.csv` manifest: title, outlet, URL, date and kind of the documents in its folder."""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from factaudit.errors import InputError
from factaudit.readers.reading import ReaderConfig
from factaudit.readers.text import decode

MANIFEST_NAME: Final = "sources.csv"
# The column naming a document: its path relative to the manifest's folder, or its document id.
KEY_COLUMN: Final = "file"
FIELDS: Final = ("title", "outlet", "url", "date", "kind", "lang")
# What a source is. A press release is the primary source of the figures other documents rewrite from it.
KINDS: Final = ("press_release", "news", "report", "statement")
_KIND_ALIASES: Final = {
    "press": "press_release",
    "pressrelease": "press_release",
    "release": "press_release",
    "article": "news",
    "news_article": "news",
}


def normalise_kind(value: object, *, path: str) -> str | None:
    """The kind as one of KINDS ("Press release" -> "press_release"); None when absent; else InputError."""
    if value is None or not str(value).strip():
        return None
    key = "_".join(str(value).strip().lower().replace("-", " ").split())
    kind = _KIND_ALIASES.get(key, key)
    if kind not in KINDS:
        raise InputError(f"kind {value!r} is not one of {', '.join(KINDS)}", path=path)
    return kind


@dataclass(frozen=True)
class Manifest:
    """Metadata rows keyed by resolved file path and by document id."""

    by_path: dict[Path, dict[str, Any]] = field(default_factory=dict)
    by_id: dict[str, dict[str, Any]] = field(default_factory=dict)

    def lookup(self, path: Path, doc_id: str) -> dict[str, Any]:
        """A file's row, overlaid by its document's own row (a CSV corpus's row ids name single rows)."""
        # Resolving a path costs a system call per component: only worth it when a manifest names files.
        by_path = self.by_path.get(path.resolve(), {}) if self.by_path else {}
        return {**by_path, **self.by_id.get(doc_id, {})}

    def merged(self, other: Manifest) -> Manifest:
        return Manifest({**self.by_path, **other.by_path}, {**self.by_id, **other.by_id})


def read_manifest(path: Path, config: ReaderConfig) -> Manifest:
    """Parse one `sources.csv`; a malformed manifest is an InputError naming it (it speaks for many files)."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(f"cannot be read ({error.strerror})", path=str(path)) from error
    text = decode(data, config.encodings, path=str(path)).text
    try:
        rows = list(csv.DictReader(io.StringIO(text, newline="")))
    except csv.Error as error:
        raise InputError(f"is not a readable CSV ({error})", path=str(path)) from error
    by_path: dict[Path, dict[str, Any]] = {}
    by_id: dict[str, dict[str, Any]] = {}
    for number, row in enumerate(rows, start=2):
        cells = {str(k).strip().lower(): (v or "").strip() for k, v in row.items() if k is not None}
        where = str(path)
        key = cells.get(KEY_COLUMN, "")
        if not key:
            message = f"line {number}: no '{KEY_COLUMN}' value (the file or document id it describes)"
            raise InputError(message, path=where)
        meta: dict[str, Any] = {name: cells[name] for name in FIELDS if cells.get(name)}
        if "kind" in meta:
            try:
                meta["kind"] = normalise_kind(meta["kind"], path=where)
            except InputError as error:
                raise InputError(f"line {number}: {error.args[0]}", path=where) from error
        if "date" in meta:
            try:
                meta["date"] = dt.date.fromisoformat(meta["date"])
            except ValueError as error:
                message = f"line {number}: date {meta['date']!r} is not YYYY-MM-DD"
                raise InputError(message, path=where) from error
        by_path[(path.parent / key).resolve()] = meta
        by_id[key] = meta
    return Manifest(by_path, by_id)
