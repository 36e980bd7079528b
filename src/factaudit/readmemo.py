"""The ingest memo: documents read from files that did not change, kept by path, size and modification time.

A re-audit of a large archive read and cleaned every file again (20,000 Markdown articles: 7 s, a sixth of
the re-audit) although only one had changed. Beside the claim store, this memo keeps the documents each
file gave, under the file's path, size and modification time (what `git status` and `make` trust) and a
digest of everything else that decides them: the reading code, the reader options and the manifests.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Final

from factaudit.files import package_digest
from factaudit.ingest import Document
from factaudit.readers import ReaderConfig
from factaudit.readers.manifest import Manifest

MEMO_SUFFIX: Final = ".documents.parquet"
# The documents of files read since the memo was last written whole, beside it: a re-audit of the
# generated 100,000-document corpus after one edit rewrote the memo's 100,000 documents for the one that
# changed, and reading took 28.2 s; with this file, 7.3 s. The memo is written whole again (and this file
# removed) once the documents it lacks or no longer needs pass DELTA_MAX_SHARE of those it keeps: the
# changed file is rewritten whole on every run, so this bounds it to a tenth of a whole write.
DELTA_SUFFIX: Final = ".documents-changed.parquet"
DELTA_MAX_SHARE: Final = 0.1
# A file modified this recently (seconds before it was read) is read again next time, not memoised: an
# edit within the same tick of a coarse clock would keep its size and time. FAT and exFAT count
# modification times in 2-second steps, the coarsest of the filesystems a newsroom's archive sits on
# (ext4, APFS and NTFS count in nanoseconds or 100 ns); Git's index guards the same race the same way.
RACY_SECONDS: Final = 2.0
# The modules whose code decides the documents a file gives (readers, front matter, publication dates).
_READING_MODULES: Final = ("ingest.py", "dates.py", "sentences.py", "readmemo.py")
_FIELDS: Final = (
    "doc_id",
    "path",
    "text",
    "title",
    "published",
    "published_source",
    "body_start",
    "url",
    "source",
    "kind",
    "outlet",
    "encoding",
    "updated",
    "format",
    "pages",
    "extract_text",
    "language",
)
_KEY: Final = ("file", "size", "mtime_ns")
Key = tuple[str, int, int]


@lru_cache(maxsize=1)
def reading_version() -> str:
    """A digest of the code that turns a file into documents: memoised documents are valid under it only."""
    readers = resources.files("factaudit").joinpath("readers")
    modules = sorted(f"readers/{e.name}" for e in readers.iterdir() if e.name.endswith(".py"))
    return package_digest([*_READING_MODULES, *modules])


def context_digest(config: ReaderConfig, manifest: Manifest) -> str:
    """What besides a file's bytes decides its documents: the code, the reader options, the manifests."""
    described = {
        "version": reading_version(),
        "config": [list(config.encodings), config.max_bytes, config.pdf_seconds, config.pdf_pages],
        "by_path": sorted((str(path), row) for path, row in manifest.by_path.items()),
        "by_id": sorted(manifest.by_id.items()),
    }
    text = json.dumps(described, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def file_key(path: Path) -> tuple[Key, bool]:
    """A file's memo key (path, size, modification time), and whether it is settled: older than
    RACY_SECONDS, so that a later edit cannot keep the same key."""
    stat = os.stat(path)
    return (str(path), stat.st_size, stat.st_mtime_ns), stat.st_mtime < time.time() - RACY_SECONDS


@dataclass
class DocumentMemo:
    """The documents of each unchanged file, in one Parquet file beside the claim store."""

    claims_path: Path
    context: str
    known: dict[Key, tuple[Document, ...]] = field(default_factory=dict)
    kept: dict[Key, tuple[Document, ...]] = field(default_factory=dict)
    changed: bool = False
    in_memo: set[Key] = field(default_factory=set)  # the keys of the memo written whole
    in_delta: set[Key] = field(default_factory=set)  # the keys of the changed-documents file

    key = staticmethod(file_key)

    @property
    def path(self) -> Path:
        return self.claims_path.with_name(self.claims_path.stem + MEMO_SUFFIX)

    @property
    def delta_path(self) -> Path:
        return self.claims_path.with_name(self.claims_path.stem + DELTA_SUFFIX)

    @classmethod
    def open(cls, claims_path: Path, config: ReaderConfig, manifest: Manifest) -> DocumentMemo:
        memo = cls(claims_path, context_digest(config, manifest))
        memo.known = memo._load()
        return memo

    def get(self, key: Key) -> tuple[Document, ...] | None:
        """The documents memoised for this key, kept for the next run; None when unknown."""
        found = self.known.get(key)
        if found is not None:
            self.kept[key] = found
        return found

    def put(self, key: Key, documents: Sequence[Document]) -> None:
        self.kept[key] = tuple(documents)
        self.changed = True

    def save(self) -> None:
        """Write the documents of this run's files (those of files gone or changed are dropped): the ones
        the memo does not hold into the changed-documents file while they are few, else the memo whole."""
        if not self.changed and self.kept.keys() == self.known.keys():
            return
        fresh = [key for key in self.kept if key not in self.in_memo]
        unused = len(self.in_memo - self.kept.keys())  # files gone or changed: never looked up again
        if self.in_memo and len(fresh) + unused <= DELTA_MAX_SHARE * len(self.kept):
            if not fresh:
                self.delta_path.unlink(missing_ok=True)
            elif set(fresh) != self.in_delta or self.changed:
                self._write(self.delta_path, fresh)
            return
        self._write(self.path, list(self.kept))
        self.delta_path.unlink(missing_ok=True)  # after the memo: a crash between leaves both valid

    def _write(self, path: Path, keys: Sequence[Key]) -> None:
        import pandas as pd

        from factaudit.store import write_parquet

        rows = [
            {**dict(zip(_KEY, key, strict=True)), **_record(document)}
            for key in keys
            for document in self.kept[key]
        ]
        frame = pd.DataFrame(rows, columns=[*_KEY, *_FIELDS])
        frame["context"] = self.context
        path.parent.mkdir(parents=True, exist_ok=True)
        write_parquet(frame, path)

    def _load(self) -> dict[Key, tuple[Document, ...]]:
        """The memo's documents, and over them those of the changed-documents file (read only beside a
        memo of this context: a stale one holds documents of files whose keys have changed since)."""
        whole = self._read(self.path)
        self.in_memo = set(whole)
        changed = self._read(self.delta_path) if whole else {}
        self.in_delta = set(changed)
        return {**whole, **changed}

    def _read(self, path: Path) -> dict[Key, tuple[Document, ...]]:
        if not path.exists():
            return {}
        import pandas as pd

        try:
            frame = pd.read_parquet(path)
            if list(frame.columns) != [*_KEY, *_FIELDS, "context"]:
                return {}
            # Column by column into Python objects, then one Document per row: the memo of 100,000
            # documents reads in 1.8-2.2 s of CPU, against 3.3-4.2 s through pandas' rows.
            found: dict[Key, list[Document]] = {}
            rows = zip(*(frame[name].tolist() for name in (*_KEY, *_FIELDS, "context")), strict=True)
            for row in rows:
                if row[-1] != self.context:
                    continue
                key = (str(row[0]), int(row[1]), int(row[2]))
                found.setdefault(key, []).append(_document(dict(zip(_FIELDS, row[3:-1], strict=True))))
        except (OSError, ValueError, KeyError, TypeError):
            return {}  # the memo holds only what reading rebuilds: a damaged one is never trusted
        return {key: tuple(documents) for key, documents in found.items()}


def _record(document: Document) -> dict[str, Any]:
    return {
        name: value.isoformat()
        if isinstance(value, dt.date)
        else json.dumps(value)
        if name == "pages"
        else value
        for name in _FIELDS
        for value in (getattr(document, name),)
    }


def _document(record: Mapping[str, Any]) -> Document:
    def text(name: str) -> str | None:
        value = record[name]
        return None if _missing(value) else str(value)

    return Document(
        doc_id=str(record["doc_id"]),
        path=str(record["path"]),
        text=str(record["text"]),
        title=text("title"),
        published=_date(text("published")),
        published_source=str(record["published_source"]),
        body_start=int(record["body_start"]),
        url=text("url"),
        source=text("source"),
        kind=text("kind"),
        outlet=text("outlet"),
        encoding=text("encoding"),
        updated=_date(text("updated")),
        format=str(record["format"]),
        pages=_pages(str(record["pages"])),
        extract_text=text("extract_text"),
        language=text("language"),
    )


def _pages(raw: str) -> tuple[tuple[int, int, int], ...]:
    if raw == "[]":  # every document but a PDF's: no parse
        return ()
    return tuple((int(n), int(a), int(b)) for n, a, b in json.loads(raw))


def _missing(value: object) -> bool:
    return value is None or (isinstance(value, float) and value != value)


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None
