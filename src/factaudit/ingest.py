"""Stage 1, ingest: find the source files, read them, and give each its metadata and publication date."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from factaudit.dates import detect_published
from factaudit.errors import InputError
from factaudit.readers import FORMATS, PdfWorker, ReaderConfig, Reading, read_file_bytes, text_reading
from factaudit.readers.manifest import MANIFEST_NAME, Manifest, normalise_kind, read_manifest
from factaudit.readers.pdf import page_of
from factaudit.readers.text import decode
from factaudit.sentences import unwrap

if TYPE_CHECKING:
    from factaudit.readmemo import DocumentMemo

SUPPORTED_SUFFIXES: Final = tuple(FORMATS)
# Where a publication date is the document's own (`Document.published_source`); the others are "inferred"
# (the latest full date the text mentions, a guess), "inferred_year" (from the latest year it names, too
# weak a guess to resolve periods against: `dates.INFERRED_YEAR`) and "none".
DATED_SOURCES: Final = frozenset({"front_matter", "manifest", "metadata", "text", "dateline"})
STDIN_NAME: Final = "-"
# What `factaudit audit` and `factaudit extract` read when no source is named.
DEFAULT_SOURCES: Final = ("seeds",)
# Files that editors and office suites leave beside the real ones ("~$report.docx" is Word's lock file).
_LOCK_PREFIXES: Final = (".", "~$")


@dataclass(frozen=True)
class Document:
    """One source. `text` is the decoded text claim offsets point into (for HTML, PDF and DOCX the text
    the reader took out of the file; for CSV corpora the row's text cell).

    `extract_text`, when set, is `text` with markup blanked (same length): what the extractor reads.
    `pages` gives (page number, start, end) of each PDF page within `text`.
    """

    doc_id: str
    path: str
    text: str
    title: str | None
    published: dt.date | None
    # front_matter | manifest | metadata | text | dateline | inferred | none
    published_source: str
    body_start: int = 0  # where the text after any front matter begins
    url: str | None = None
    source: str | None = None
    kind: str | None = None  # press_release | news | report | statement
    outlet: str | None = None
    encoding: str | None = None
    updated: dt.date | None = None
    format: str = "text"  # text | markdown | html | pdf | docx | csv
    pages: tuple[tuple[int, int, int], ...] = ()
    extract_text: str | None = None
    # Two-letter language code from front matter or manifest ('lang'), else as the file declares it:
    # a language that writes '26.000' for twenty-six thousand makes the extractor read it so.
    language: str | None = None

    @property
    def reading_text(self) -> str:
        """The text the extractor reads: markup blanked, same offsets as `text`."""
        return self.text if self.extract_text is None else self.extract_text

    def page_at(self, offset: int) -> int | None:
        """The PDF page holding a character offset; None for documents without pages."""
        return page_of(self.pages, offset)


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
    return build_document(doc_id, path, text_reading(text, path=path))


def build_document(
    doc_id: str, path: str, reading: Reading, manifest: Mapping[str, Any] | None = None
) -> Document:
    """A Document from what a reader found; a `sources.csv` row (`manifest`) overrides the file's own say."""
    meta = {**reading.front_matter, **(manifest or {})}
    body = reading.extract_text or reading.text
    body = body[reading.body_start :]
    published, published_source = _publication(reading, body, manifest or {})
    outlet = _text_or_none(meta.get("outlet")) or _text_or_none(meta.get("source")) or reading.outlet
    return Document(
        doc_id=doc_id,
        path=path,
        text=reading.text,
        title=_text_or_none(meta.get("title")) or reading.title or _first_line_title(body),
        published=published,
        published_source=published_source,
        body_start=reading.body_start,
        url=_text_or_none(meta.get("url")) or reading.url,
        source=_text_or_none(meta.get("source")) or outlet,
        kind=normalise_kind(meta.get("kind"), path=path),
        outlet=outlet,
        encoding=reading.encoding,
        updated=reading.updated,
        format=reading.format,
        pages=reading.pages,
        extract_text=reading.extract_text,
        language=_language(meta.get("lang") or meta.get("language")) or reading.language,
    )


def _publication(reading: Reading, body: str, manifest: Mapping[str, Any]) -> tuple[dt.date | None, str]:
    """Manifest, front matter, the page's own date (HTML), the text's, file metadata, then inference."""
    if isinstance(manifest.get("date"), dt.date):
        return manifest["date"], "manifest"
    published, how = detect_published(unwrap(body), reading.front_matter.get("date"))
    if how == "front_matter":
        return published, how
    if reading.published is not None:
        return reading.published, "metadata"
    if how in ("text", "dateline") or reading.created is None:
        return published, how
    return reading.created, "metadata"


def _language(value: object) -> str | None:
    """'de' for 'de', 'de-AT' or 'DE_at'; None for anything that is no language code."""
    code = str(value).strip().lower()[:3].rstrip("-_") if value else ""
    return code if code.isalpha() and len(code) in (2, 3) else None


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


@dataclass(frozen=True)
class Found:
    """What a walk over the sources found: files to read, manifests, and links it refused to follow."""

    files: tuple[Path, ...]
    manifests: tuple[Path, ...]
    skipped: tuple[Skipped, ...]


def discover(sources: Sequence[str | Path]) -> list[Path]:
    """The files named by `sources` (files or folders, searched recursively), sorted for a stable order."""
    return list(find_sources(sources).files)


def find_sources(sources: Sequence[str | Path]) -> Found:
    """Walk `sources`: supported files in folders (never through a link that leads outside the folder),
    files named outright whatever their type, and `sources.csv` manifests."""
    files: set[Path] = set()
    manifests: set[Path] = set()
    skipped: list[Skipped] = []
    for source in sources:
        path = Path(source)
        if path.is_dir():
            _walk(path, files, manifests, skipped)
        elif path.is_file():
            (manifests if path.name.lower() == MANIFEST_NAME else files).add(path)
        elif path.exists():
            skipped.append(Skipped(str(path), "is not a regular file"))
        else:
            raise InputError("no such file or folder", path=str(source))
    return Found(
        files=tuple(sorted(files, key=lambda p: (p.stem, str(p)))),
        manifests=tuple(sorted(manifests)),
        skipped=tuple(sorted(skipped, key=lambda s: s.path)),
    )


def _walk(folder: Path, files: set[Path], manifests: set[Path], skipped: list[Skipped]) -> None:
    # os.scandir's entries know their type from the directory listing: no stat per file (100,000 files:
    # 3.4 s with a Path, an lstat and a stat each, most of a re-audit's reading).
    root = folder.resolve()
    pending = [str(folder)]
    while pending:
        directory = pending.pop()
        try:
            with os.scandir(directory) as listing:
                entries = sorted(listing, key=lambda entry: entry.name)
        except OSError as error:
            skipped.append(Skipped(directory, f"cannot be listed ({error.strerror or 'error'})"))
            continue
        subfolders: list[str] = []
        for entry in entries:
            name = entry.name
            if name.startswith(_LOCK_PREFIXES):
                continue
            if entry.is_symlink():
                path = Path(entry.path)
                target = path.resolve()
                if not target.is_relative_to(root):
                    skipped.append(
                        Skipped(str(path), f"is a link to {target}, outside the sources: not followed")
                    )
                elif not target.exists():
                    skipped.append(Skipped(str(path), "is a broken link"))
                # A link to a file or folder inside the sources names something the walk reads anyway.
                continue
            if entry.is_dir(follow_symlinks=False):
                subfolders.append(entry.path)
                continue
            lowered = name.lower()
            if lowered != MANIFEST_NAME and os.path.splitext(lowered)[1] not in SUPPORTED_SUFFIXES:
                continue
            if not entry.is_file(follow_symlinks=False):
                # A pipe or socket named like a source: opening a pipe would wait for a writer forever.
                skipped.append(Skipped(entry.path, "is not a regular file"))
            elif lowered == MANIFEST_NAME:
                manifests.add(Path(entry.path))
            else:
                files.add(Path(entry.path))
        pending.extend(reversed(subfolders))


def read_capped(path: Path, max_bytes: int) -> bytes:
    """A file's bytes, refusing files over `max_bytes` or empty; InputError names the file and the reason."""
    try:
        with path.open("rb") as stream:
            size = os.fstat(stream.fileno()).st_size
            data = stream.read(max_bytes + 1) if size <= max_bytes else b""
    except OSError as error:
        raise InputError(
            f"cannot be read ({error.strerror or error.__class__.__name__})", path=str(path)
        ) from error
    if size > max_bytes or len(data) > max_bytes:
        raise InputError(
            f"is {max(size, len(data)):,} bytes, more than the cap of {max_bytes:,} (max_bytes)",
            path=str(path),
        )
    if not data.strip():
        raise InputError("is empty", path=str(path))
    return data


def read_text(path: Path, config: ReaderConfig | None = None) -> str:
    """Decode a text file: UTF-8 (a BOM is dropped), else a configured legacy encoding; else InputError."""
    config = config or ReaderConfig()
    return decode(read_capped(path, config.max_bytes), config.encodings, path=str(path)).text


def load_corpus(
    sources: Sequence[str | Path],
    *,
    stdin_text: str | None = None,
    config: ReaderConfig | None = None,
    memo: Path | None = None,
    jobs: int = 1,
) -> Corpus:
    """Read every source; a file that cannot be read is skipped and recorded, the rest is audited. With
    `memo` (the claim store's path), the documents of files unchanged since the last run come from the
    ingest memo beside it (`readmemo`) instead of being read again. With `jobs` > 1, files are read in that
    many processes (`read_files`); the corpus is the same whatever the number."""
    config = config or ReaderConfig()
    documents: list[Document] = []
    found = find_sources([s for s in sources if str(s) != STDIN_NAME])
    skipped = list(found.skipped)
    manifest = Manifest()
    for path in found.manifests:
        try:
            manifest = manifest.merged(read_manifest(path, config))
        except InputError as error:
            skipped.append(_skip(path, error))
    if any(str(s) == STDIN_NAME for s in sources):
        documents.append(parse_document("stdin", STDIN_NAME, stdin_text or ""))
    remembered = _open_memo(memo, config, manifest)
    # Each file's documents in file order: from the memo where it knows the file, else read (below).
    known: list[Sequence[Document] | None] = []
    keys: list[tuple[Any, bool] | None] = []
    for path in found.files:
        if remembered is None:
            known.append(None)
            keys.append(None)
            continue
        key, settled = remembered.key(path)
        known.append(remembered.get(key))
        keys.append((key, settled))
    unread = [path for path, documents_of in zip(found.files, known, strict=True) if documents_of is None]
    read = iter(read_files(unread, config, manifest, jobs))
    for documents_of, memo_key in zip(known, keys, strict=True):
        if documents_of is not None:
            documents.extend(documents_of)
            continue
        fresh, refused = next(read)
        documents.extend(fresh)
        skipped.extend(refused)
        # Only a settled file read whole is memoised: a skip (an empty row, a bad date) is said each run.
        if remembered is not None and memo_key is not None and memo_key[1] and fresh and not refused:
            remembered.put(memo_key[0], fresh)
    if remembered is not None:
        remembered.save()
    seen: set[str] = set()
    for document in documents:
        if document.doc_id in seen:
            raise InputError(f"two sources share the document id {document.doc_id!r}", path=document.path)
        seen.add(document.doc_id)
    return Corpus(tuple(documents), tuple(skipped))


# Files a reading process is handed at a time. A generated Markdown article takes about 0.4 ms to read and
# clean, so a task of 256 is ~0.1 s: pickling and scheduling stay a few per cent of the work.
READ_CHUNK: Final = 256
# Fewer files than this are read in this process: forking readers and sending the documents back cost
# about as much as reading 2,000 short articles (the BBC corpus, 2,225 files, reads in about 0.6 s).
PARALLEL_READ_MIN: Final = 4000
# What the reading processes need, set before the pool forks them (`_read_forked`).
_FORKED_READING: tuple[ReaderConfig, Manifest] | None = None
_FORKED_WORKER: PdfWorker | None = None


def read_files(
    paths: Sequence[Path], config: ReaderConfig, manifest: Manifest, jobs: int = 1
) -> Iterator[tuple[list[Document], list[Skipped]]]:
    """The documents of each file and what was skipped of it, in file order; with `jobs` > 1 (0: one per
    CPU core) and enough files, read in that many forked processes."""
    global _FORKED_READING
    jobs = jobs or os.cpu_count() or 1
    if jobs <= 1 or len(paths) < PARALLEL_READ_MIN or not _can_fork():
        with PdfWorker(config) as worker:
            for path in paths:
                refused: list[Skipped] = []
                yield _read_documents(path, config, worker, manifest, refused), refused
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    _FORKED_READING = (config, manifest)
    try:
        with ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("fork")) as pool:
            yield from pool.map(_read_forked, paths, chunksize=READ_CHUNK)
    finally:
        _FORKED_READING = None


def _can_fork() -> bool:
    import multiprocessing

    return "fork" in multiprocessing.get_all_start_methods()


def _read_forked(path: Path) -> tuple[list[Document], list[Skipped]]:
    """`_read_documents` in a forked reading process, with that process's own PDF worker (started on the
    first PDF, closed when the process ends)."""
    global _FORKED_WORKER
    assert _FORKED_READING is not None, "set before the pool forks"
    config, manifest = _FORKED_READING
    if _FORKED_WORKER is None:
        from multiprocessing import util

        _FORKED_WORKER = PdfWorker(config)
        util.Finalize(None, _FORKED_WORKER.close, exitpriority=10)
    refused: list[Skipped] = []
    return _read_documents(path, config, _FORKED_WORKER, manifest, refused), refused


def _open_memo(memo: Path | None, config: ReaderConfig, manifest: Manifest) -> DocumentMemo | None:
    if memo is None:
        return None
    from factaudit.readmemo import DocumentMemo

    return DocumentMemo.open(memo, config, manifest)


def _read_documents(
    path: Path, config: ReaderConfig, worker: PdfWorker, manifest: Manifest, skipped: list[Skipped]
) -> list[Document]:
    """The documents of one file; what cannot be read goes to `skipped` with its reason."""
    if path.suffix.lower() not in SUPPORTED_SUFFIXES:
        skipped.append(Skipped(str(path), f"unsupported file type {path.suffix or '(none)'}"))
        return []
    try:
        readings = read_file_bytes(path, read_capped(path, config.max_bytes), config, worker)
    except InputError as error:
        skipped.append(_skip(path, error))
        return []
    documents: list[Document] = []
    for reading in readings:
        doc_id = path.stem if reading.name is None else reading.name
        where = str(path) if reading.name is None else f"{path} ({doc_id})"
        if not reading.text.strip():
            skipped.append(Skipped(where, "is empty"))
            continue
        try:
            documents.append(build_document(doc_id, str(path), reading, manifest.lookup(path, doc_id)))
        except InputError as error:
            skipped.append(Skipped(where, _reason(error, str(path))))
    return documents


def _skip(path: Path, error: InputError) -> Skipped:
    return Skipped(str(path), _reason(error, str(path)))


def _reason(error: InputError, path: str) -> str:
    return str(error).removeprefix(f"{error.path}: ") if error.path else str(error)
