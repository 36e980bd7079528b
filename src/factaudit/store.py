"""The incremental claim store: extraction results cached per document by content hash, as Parquet."""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Final

import numpy as np
import pandas as pd

from factaudit import columns as col
from factaudit.arithmetic import Check
from factaudit.extract import Claim, claims_frame, extract_audited
from factaudit.files import file_mode, package_digest
from factaudit.ingest import Document
from factaudit.normalize import canonical_phrase

CONTENT_HASH: Final = "content_hash"
# Each claim's context in matching form (`normalize.canonical_phrase`, what matching scores contexts on):
# a function of the claim and of the normalising code and word lists, which the extractor's version
# covers, so it is stored with the claim. Made afresh on every run it took 2-4 s of a re-audit at 100,000
# generated documents (205,034 distinct contexts).
MATCHING_CONTEXT: Final = "matching_context"
_STORED_COLUMNS: Final = (*col.CLAIM_COLUMNS, CONTENT_HASH, MATCHING_CONTEXT)
# The modules whose code decides what a document's claims are, and how they are stored: a change to any of
# them invalidates the cache, so a cached run always equals a fresh one.
_EXTRACTION_MODULES: Final = (
    "extract.py",
    "quantities.py",
    "periods.py",
    "dates.py",
    "subjects.py",
    "sentences.py",
    "entities.py",
    "lexicon.py",
    "normalize.py",
    "columns.py",
    "store.py",  # the layout of the cache itself
)


@lru_cache(maxsize=1)
def extractor_version() -> str:
    """A digest of the extraction code and word lists: cached claims are valid only under the same one."""
    return package_digest([*_EXTRACTION_MODULES, "data/synonyms.json", "data/word_classes.json"])


def document_hash(document: Document) -> str:
    """Everything extraction reads from a document, and the extractor's own version."""
    digest = hashlib.blake2b(extractor_version().encode(), digest_size=16)
    parts = (document.doc_id, document.text, str(document.published), document.published_source)
    for part in (*parts, str(document.language)):  # the language decides how '26.000' reads
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\x00")
    digest.update(str(document.body_start).encode())
    return digest.hexdigest()


@dataclass(frozen=True)
class StoreStats:
    """What the store did in one run."""

    reused: int = 0  # documents whose claims came from the cache
    extracted: int = 0  # documents extracted afresh
    changed_documents: tuple[str, ...] = ()  # doc_ids extracted afresh (new or edited)
    reused_blocks: int = 0  # matching blocks whose stored pairs were reused
    scored_blocks: int = 0  # matching blocks scored afresh
    reused_units: int = 0  # groups of linked claims and documents whose findings came from the store
    found_units: int = 0  # groups and documents whose findings were found afresh

    def as_dict(self) -> dict[str, object]:
        return {"reused": self.reused, "extracted": self.extracted}


ExtractMany = Callable[[Sequence[Document]], Iterable[list[Claim]]]


@dataclass(frozen=True)
class StoredClaims:
    """What the claim store gives a run: the claims table (labelled 0..n-1), what it did, and each
    claim's context in matching form (MATCHING_CONTEXT), by label, for `match.matching_texts`."""

    claims: pd.DataFrame
    stats: StoreStats
    matching_contexts: np.ndarray  # object: one str per claim


class ClaimStore:
    """Claims per document in one Parquet file, keyed by the document's content hash."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def _load(self) -> pd.DataFrame:
        if not self.path.exists():
            return pd.DataFrame(columns=list(_STORED_COLUMNS))
        try:
            frame = pd.read_parquet(self.path)
        except (OSError, ValueError):
            # The cache only holds what extraction can rebuild: a damaged one is rebuilt, never trusted.
            return pd.DataFrame(columns=list(_STORED_COLUMNS))
        if tuple(frame.columns) != _STORED_COLUMNS:
            return pd.DataFrame(columns=list(_STORED_COLUMNS))
        return frame

    def claims(
        self,
        documents: Sequence[Document],
        extract_many: ExtractMany = extract_audited,
        hashes: Mapping[str, str] | None = None,
    ) -> StoredClaims:
        """The claims of `documents` in document order: cached where the content hash is known, the rest
        extracted in one batch by `extract_many` (a loop here, a Dask bag on a cluster).

        Tables are built once for the whole corpus, never per document: one frame of the fresh claims,
        one concatenation, one reordering (per-document frames cost 10 ms each, most of a re-audit).
        `hashes` gives each document's `document_hash` when the caller has them already."""
        cached = self._load()
        keys = [hashes[d.doc_id] if hashes is not None else document_hash(d) for d in documents]
        codes, stored = pd.factorize(cached[CONTENT_HASH], sort=False)
        known = set(stored.tolist())
        missing = [document for document, key in zip(documents, keys, strict=True) if key not in known]
        missing_keys = [key for key in keys if key not in known]
        found = list(extract_many(missing))
        fresh = claims_frame([claim for claims in found for claim in claims])
        fresh[CONTENT_HASH] = [key for key, claims in zip(missing_keys, found, strict=True) for _ in claims]
        # A document without claims is stored as one row holding only its hash, so that it is known next
        # time (4% of the generated corpus: re-extracted on every run before).
        empty = [key for key, claims in zip(missing_keys, found, strict=True) if not claims]
        if empty:
            fresh = pd.concat([fresh, pd.DataFrame({CONTENT_HASH: empty})], ignore_index=True)
        fresh[MATCHING_CONTEXT] = matching_contexts(fresh[col.CONTEXT])
        frame = _in_document_order(cached, codes, stored.tolist(), fresh, keys)
        changed = [document.doc_id for document in missing]
        reused = len(documents) - len(missing)
        if changed or len(frame) != len(cached):
            self._write(frame)
        # The rows of documents without claims hold only their hash: left out as the types are restored.
        rows = np.flatnonzero(frame[col.CLAIM_ID].notna().to_numpy())
        stats = StoreStats(reused=reused, extracted=len(changed), changed_documents=tuple(changed))
        contexts = shared_objects(frame[MATCHING_CONTEXT], rows).to_numpy()
        return StoredClaims(restore_types(frame, rows), stats, contexts)

    def _write(self, frame: pd.DataFrame) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(
            prefix=f".{self.path.name}.", suffix=".tmp", dir=self.path.parent
        )
        os.close(handle)
        try:
            frame.to_parquet(temporary, index=False)
            _settle(Path(temporary), self.path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise


def _in_document_order(
    cached: pd.DataFrame, codes: np.ndarray, stored: list[str], fresh: pd.DataFrame, keys: list[str]
) -> pd.DataFrame:
    """The stored rows of the documents hashed `keys` and the `fresh` ones, in the order of `keys`, each
    document's rows in their own order; `codes` and `stored` are `pd.factorize` of the stored hashes.

    Rows are placed by one stable sort of their documents' places, and moved once. The store is written
    in document order, so a re-audit whose documents are all known finds its rows in place and copies
    nothing: filtering, joining and reordering the stored table copied its 670,099 rows three times at
    100,000 generated documents."""
    place = {key: index for index, key in enumerate(keys)}
    # The place of each stored document now (-1: no document has that content any more), and, last, the
    # place of a row without a hash (code -1), never one of a document.
    stored_place = np.array([place.get(key, -1) for key in stored] + [-1], dtype=np.int64)
    places = stored_place[codes]
    combined = cached
    if len(fresh):
        fresh_place = np.array([place[key] for key in fresh[CONTENT_HASH].tolist()], dtype=np.int64)
        # Stored rows that stay are joined with the fresh ones; none staying, the fresh ones stand alone
        # (a table joined with rows it then drops could take other column types).
        if (places >= 0).any():
            places, combined = np.concatenate([places, fresh_place]), pd.concat([cached, fresh])
        else:
            places, combined = fresh_place, fresh
    kept = np.flatnonzero(places >= 0)
    order = kept[np.argsort(places[kept], kind="stable")]
    if len(order) == len(combined) and bool((np.diff(order) > 0).all()):
        return combined.reset_index(drop=True)
    return combined.take(order).reset_index(drop=True)


def matching_contexts(contexts: pd.Series) -> np.ndarray:
    """Each claim's context words in matching form (`canonical_phrase`; "" for a missing one), each
    distinct one made once: what matching scores contexts on (`match.matching_texts`), and what the store
    keeps. Here, in a module the extractor's version covers, so that a change to it renews the stored ones."""
    codes, values = pd.factorize(contexts, use_na_sentinel=False)
    return np.asarray([canonical_phrase(value) for value in values], dtype=object)[codes]


def restore_types(frame: pd.DataFrame, rows: np.ndarray | None = None) -> pd.DataFrame:
    """Give a claims table read back from Parquet the same values a fresh extraction has: Python objects,
    None where a value is missing, each distinct value of a column one object shared by its rows. The
    claim columns of the rows at positions `rows` (all when None), labelled 0..n-1: taken as each column
    is boxed, the table is copied once (filtering it first copied its 670,099 rows once more at 100,000
    generated documents)."""
    fresh = claims_frame([])
    index = pd.RangeIndex(len(frame) if rows is None else len(rows))
    # As object Series: a table made of bare object arrays would infer text columns, None becoming NaN.
    boxed = {
        name: pd.Series(shared_objects(frame[name], rows).to_numpy(), index=index, dtype=object)
        for name in col.CLAIM_COLUMNS
    }
    out = pd.DataFrame(boxed, index=index)
    return out.astype(fresh.dtypes.to_dict(), errors="ignore")


def shared_objects(column: pd.Series, rows: np.ndarray | None = None) -> pd.Series:
    """The column as Python objects (None where missing), equal values one shared object.

    Boxing a column gives every row its own object: at 20,000 generated documents the claims table held
    158 MB of objects for 32 MB of distinct ones (a sentence is quoted by each of its claims, a kind or a
    qualifier is one of ten words, an offset or a value repeats across documents); at 100,000 documents,
    about 600 MB of the run's peak. Equal values are found by `pd.factorize` on the column as read, whose
    values are of one type (a float and an int that compare equal are never merged)."""
    codes, uniques = pd.factorize(column)
    objects = np.empty(len(uniques) + 1, dtype=object)  # the last one, None, for missing values (code -1)
    objects[: len(uniques)] = np.asarray(uniques, dtype=object)
    if rows is None:
        return pd.Series(objects[codes], index=column.index, dtype=object)
    return pd.Series(objects[codes[rows]], index=pd.RangeIndex(len(rows)), dtype=object)


# The stored pairs of the block cache: each pair's claims by digest (two uint64 lanes each), its scores,
# its kind ("" when it does not compare) and, for the kinds reported pair by pair, its finding.
LEFT_DIGEST: Final = ("left_hi", "left_lo")
RIGHT_DIGEST: Final = ("right_hi", "right_lo")
PAIR_KIND: Final = "pair_kind"
FINDING_FINGERPRINT: Final = "finding_fingerprint"
FINDING_MESSAGE: Final = "finding_message"
FINDING_SUBJECT: Final = "finding_subject"
PAIR_RECORD_COLUMNS: Final = (
    *LEFT_DIGEST,
    *RIGHT_DIGEST,
    col.SUBJECT_SCORE,
    col.CONTEXT_SCORE,
    col.SENTENCE_SCORE,
    col.SCORE,
    PAIR_KIND,
    FINDING_FINGERPRINT,
    FINDING_MESSAGE,
    FINDING_SUBJECT,
)
_BLOCK_COLUMNS: Final = ("block_hi", "block_lo")
_MEMBER_COLUMNS: Final = ("block", "pair")
_MANIFEST_VERSION: Final = 1


@dataclass(frozen=True)
class BlockRecords:
    """What matching found in the last run: the blocks it scored (by digest), which pairs each block
    yielded, and the values of each pair."""

    blocks: np.ndarray  # (b, 2) uint64 block digests, distinct
    members: np.ndarray  # (m, 2) int64: (block position, pair position)
    pairs: pd.DataFrame  # PAIR_RECORD_COLUMNS

    @classmethod
    def empty(cls) -> BlockRecords:
        return cls(
            np.empty((0, 2), dtype=np.uint64),
            np.empty((0, 2), dtype=np.int64),
            pd.DataFrame({name: pd.Series(dtype=object) for name in PAIR_RECORD_COLUMNS}),
        )


class BlockStore:
    """The block cache beside the claim store: three Parquet files of one generation, named by a
    manifest written last, so a run that stops half-way leaves the previous generation in force."""

    def __init__(self, claims_path: Path) -> None:
        self.folder = claims_path.with_name(claims_path.stem + ".blocks")
        self.manifest = self.folder / "manifest.json"

    def load(self) -> BlockRecords:
        try:
            manifest = json.loads(self.manifest.read_text(encoding="utf-8"))
            if manifest.get("version") != _MANIFEST_VERSION:
                return BlockRecords.empty()
            generation = str(manifest["generation"])
            blocks = pd.read_parquet(self.folder / f"blocks-{generation}.parquet")
            members = pd.read_parquet(self.folder / f"members-{generation}.parquet")
            pairs = pd.read_parquet(self.folder / f"pairs-{generation}.parquet")
        except (OSError, ValueError, KeyError, TypeError):
            # The cache only holds what matching can rebuild: a missing or damaged one is rebuilt.
            return BlockRecords.empty()
        if (
            tuple(blocks.columns) != _BLOCK_COLUMNS
            or tuple(members.columns) != _MEMBER_COLUMNS
            or tuple(pairs.columns) != PAIR_RECORD_COLUMNS
        ):
            return BlockRecords.empty()
        member_array = members.to_numpy(dtype=np.int64)
        if len(member_array) and (
            member_array.min() < 0
            or member_array[:, 0].max() >= len(blocks)
            or member_array[:, 1].max() >= len(pairs)
        ):
            return BlockRecords.empty()
        return BlockRecords(blocks.to_numpy(dtype=np.uint64), member_array, pairs)

    def save(self, records: BlockRecords) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        generation = uuid.uuid4().hex
        tables = {
            "blocks": pd.DataFrame(records.blocks, columns=list(_BLOCK_COLUMNS)),
            "members": pd.DataFrame(records.members, columns=list(_MEMBER_COLUMNS)),
            "pairs": records.pairs,
        }
        for name, table in tables.items():
            write_parquet(table, self.folder / f"{name}-{generation}.parquet")
        manifest = json.dumps({"version": _MANIFEST_VERSION, "generation": generation})
        _write_bytes(manifest.encode("utf-8"), self.manifest)
        for stale in self.folder.glob("*.parquet"):
            if generation not in stale.name:
                stale.unlink(missing_ok=True)


def write_parquet(frame: pd.DataFrame, path: Path) -> None:
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(handle)
    try:
        frame.to_parquet(temporary, index=False)
        _settle(Path(temporary), path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _write_bytes(data: bytes, path: Path) -> None:
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.write(handle, data)
    finally:
        os.close(handle)
    try:
        _settle(Path(temporary), path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _settle(temporary: Path, path: Path) -> None:
    """Flush a written temporary file and move it into place."""
    with open(temporary, "rb") as stream:
        os.fsync(stream.fileno())
    os.chmod(temporary, file_mode(path))
    os.replace(temporary, path)


# The modules whose code decides a document's arithmetic and date checks, beyond its claims (covered by
# the document's content hash): a change to any of them empties the check store.
_CHECK_MODULES: Final = (
    "arithmetic.py",
    "classify.py",
    "normalize.py",
    "dates.py",
    "sentences.py",
    "periods.py",
    "lexicon.py",
    "store.py",
)


@lru_cache(maxsize=1)
def checker_version() -> str:
    digest = hashlib.blake2b(extractor_version().encode(), digest_size=16)
    package = resources.files("factaudit")
    for name in _CHECK_MODULES:
        digest.update(package.joinpath(name).read_bytes())
    return digest.hexdigest()


def _check_record(check: Check) -> dict[str, object] | None:
    """A check as JSON values, or None when JSON would not give the same values back (a tuple, a NaN)."""
    record = {
        "check": check.check,
        "holds": check.holds,
        "doc_id": check.doc_id,
        "claim_ids": list(check.claim_ids),
        "message": check.message,
        "subject": check.subject,
        "fingerprint": check.fingerprint,
        "details": dict(check.details),
    }
    try:
        again = json.loads(json.dumps(record, ensure_ascii=False))
    except (TypeError, ValueError):
        return None
    return record if again == record else None


class CheckStore:
    """Each document's arithmetic and date checks, keyed by the document's content hash, in one JSON file
    beside the claim store. Only documents that read no other document's claims are stored."""

    def __init__(self, claims_path: Path) -> None:
        self.path = claims_path.with_name(claims_path.stem + ".checks.json")

    def load(self) -> dict[str, list[Check]]:
        try:
            stored = json.loads(self.path.read_text(encoding="utf-8"))
            if stored.get("version") != checker_version():
                return {}
            return {
                key: [Check(**{**record, "claim_ids": tuple(record["claim_ids"])}) for record in records]
                for key, records in stored["documents"].items()
            }
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return {}  # rebuilt from the documents, never trusted when damaged

    def save(self, checks: Mapping[str, Sequence[Check]]) -> None:
        documents: dict[str, list[dict[str, object]]] = {}
        for key, made in checks.items():
            records = [_check_record(check) for check in made]
            if all(record is not None for record in records):
                documents[key] = [record for record in records if record is not None]
        text = json.dumps({"version": checker_version(), "documents": documents}, ensure_ascii=False)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        _write_bytes(text.encode("utf-8"), self.path)
