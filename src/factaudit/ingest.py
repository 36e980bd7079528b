"""Stage 1, ingest: find the source files, read them, and give each its metadata and publication date."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from factaudit.dates import detect_published
from factaudit.errors import InputError

SUPPORTED_SUFFIXES = (".txt", ".md")
STDIN_NAME = "-"
_FRONT_MATTER = re.compile(
    r"\A(?:\ufeff)?---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.DOTALL
)


@dataclass(frozen=True)
class Document:
    """One source. `text` is the file's decoded text; claim offsets point into it."""

    doc_id: str
    path: str
    text: str
    title: str | None
    published: dt.date | None
    published_source: str  # front_matter | text | dateline | inferred | none
    body_start: int = 0  # where the text after any front matter begins
    url: str | None = None
    source: str | None = None


@dataclass(frozen=True)
class Skipped:
    """A file left out of the audit, and why."""

    path: str
    reason: str


@dataclass(frozen=True)
class Corpus:
    """The documents of an audit in a stable order, and the files that could not be read."""

    documents: tuple[Document, ...]
    skipped: tuple[Skipped, ...] = field(default_factory=tuple)


def parse_document(doc_id: str, path: str, text: str) -> Document:
    """Build a Document from decoded text: front matter, title and publication date."""
    meta: dict[str, Any] = {}
    body_start = 0
    match = _FRONT_MATTER.match(text)
    if match:
        try:
            loaded = yaml.safe_load(match.group(1))
        except yaml.YAMLError as error:
            raise InputError(
                f"front matter is not valid YAML ({error.__class__.__name__})", path=path
            ) from error
        if loaded is not None and not isinstance(loaded, dict):
            raise InputError("front matter must be a mapping of keys to values", path=path)
        meta = loaded or {}
        body_start = match.end()
    body = text[body_start:]
    published, published_source = detect_published(body, meta.get("date"))
    title = _text_or_none(meta.get("title")) or _first_line_title(body)
    return Document(
        doc_id=doc_id,
        path=path,
        text=text,
        title=title,
        published=published,
        published_source=published_source,
        body_start=body_start,
        url=_text_or_none(meta.get("url")),
        source=_text_or_none(meta.get("source")),
    )


def _text_or_none(value: object) -> str | None:
    return str(value).strip() or None if value is not None else None


def _first_line_title(body: str) -> str | None:
    """The first non-empty line, when it reads like a headline (short, no final full stop)."""
    for line in body.splitlines():
        stripped = line.strip().strip("#").strip()
        if not stripped:
            continue
        if len(stripped) <= 160 and not stripped.endswith("."):
            return stripped
        return None
    return None


def discover(sources: Sequence[str | Path]) -> list[Path]:
    """The files named by `sources` (files or folders, searched recursively), sorted for a stable order."""
    found: list[Path] = []
    for source in sources:
        path = Path(source)
        if path.is_dir():
            found.extend(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES)
        elif path.is_file():
            found.append(path)
        else:
            raise InputError("no such file or folder", path=str(source))
    return sorted(set(found), key=lambda p: (p.stem, str(p)))


def read_text(path: Path) -> str:
    """Decode a file as UTF-8 (a BOM is dropped); anything else is an InputError naming the file."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(f"cannot be read ({error.strerror})", path=str(path)) from error
    if b"\x00" in data[:4096]:
        raise InputError("is a binary file, not text", path=str(path))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(f"is not valid UTF-8 (byte {error.start})", path=str(path)) from error


def load_corpus(sources: Sequence[str | Path], *, stdin_text: str | None = None) -> Corpus:
    """Read every source; a file that cannot be read is skipped and recorded, the rest is audited."""
    documents: list[Document] = []
    skipped: list[Skipped] = []
    paths: Iterable[Path] = discover([s for s in sources if str(s) != STDIN_NAME])
    if any(str(s) == STDIN_NAME for s in sources):
        documents.append(parse_document("stdin", STDIN_NAME, stdin_text or ""))
    for path in paths:
        if path.suffix.lower() not in SUPPORTED_SUFFIXES:
            skipped.append(Skipped(str(path), f"unsupported file type {path.suffix or '(none)'}"))
            continue
        try:
            text = read_text(path)
            if not text.strip():
                raise InputError("is empty", path=str(path))
            documents.append(parse_document(path.stem, str(path), text))
        except InputError as error:
            skipped.append(Skipped(str(path), str(error).removeprefix(f"{path}: ")))
    seen: set[str] = set()
    for document in documents:
        if document.doc_id in seen:
            raise InputError(f"two sources share the document id {document.doc_id!r}", path=document.path)
        seen.add(document.doc_id)
    return Corpus(tuple(documents), tuple(skipped))
