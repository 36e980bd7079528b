"""The incremental claim store: extraction results cached per document by content hash, as Parquet."""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Final

import numpy as np
import pandas as pd

from factaudit import __version__
from factaudit import columns as col
from factaudit.extract import Claim, claims_frame, extract_claims
from factaudit.files import file_mode
from factaudit.ingest import Document

CONTENT_HASH: Final = "content_hash"
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
    digest = hashlib.blake2b(__version__.encode(), digest_size=16)
    package = resources.files("factaudit")
    for name in _EXTRACTION_MODULES:
        digest.update(package.joinpath(name).read_bytes())
    digest.update(package.joinpath("data").joinpath("synonyms.json").read_bytes())
    return digest.hexdigest()


def document_hash(document: Document) -> str:
    """Everything extraction reads from a document, and the extractor's own version."""
    digest = hashlib.blake2b(extractor_version().encode(), digest_size=16)
    for part in (document.doc_id, document.text, str(document.published), document.published_source):
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

    def as_dict(self) -> dict[str, object]:
        return {"reused": self.reused, "extracted": self.extracted}


ExtractMany = Callable[[Sequence[Document]], Iterable[list[Claim]]]


def extract_each(documents: Sequence[Document]) -> Iterable[list[Claim]]:
    """Extract documents one after the other, in this process."""
    return (extract_claims(document) for document in documents)


class ClaimStore:
    """Claims per document in one Parquet file, keyed by the document's content hash."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def _load(self) -> pd.DataFrame:
        if not self.path.exists():
            return pd.DataFrame(columns=[*col.CLAIM_COLUMNS, CONTENT_HASH])
        try:
            frame = pd.read_parquet(self.path)
        except (OSError, ValueError):
            # The cache only holds what extraction can rebuild: a damaged one is rebuilt, never trusted.
            return pd.DataFrame(columns=[*col.CLAIM_COLUMNS, CONTENT_HASH])
        if list(frame.columns) != [*col.CLAIM_COLUMNS, CONTENT_HASH]:
            return pd.DataFrame(columns=[*col.CLAIM_COLUMNS, CONTENT_HASH])
        return frame

    def claims(
        self, documents: Sequence[Document], extract_many: ExtractMany = extract_each
    ) -> tuple[pd.DataFrame, StoreStats]:
        """The claims of `documents` in document order: cached where the content hash is known, the rest
        extracted in one batch by `extract_many` (a loop here, a Dask bag on a cluster).

        Tables are built once for the whole corpus, never per document: one frame of the fresh claims,
        one concatenation, one reordering (per-document frames cost 10 ms each, most of a re-audit)."""
        cached = self._load()
        keys = [document_hash(document) for document in documents]
        known = set(cached[CONTENT_HASH].tolist())
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
        wanted = set(keys)
        parts = [cached[cached[CONTENT_HASH].isin(wanted)], fresh]
        combined = pd.concat([part for part in parts if len(part)] or [fresh], ignore_index=True)
        # Document order; each document's claims in their own order (positions ascend within a hash).
        positions = combined.groupby(CONTENT_HASH, sort=False).indices if len(combined) else {}
        taken = [positions[key] for key in keys if key in positions]
        frame = combined.take(np.concatenate(taken)) if taken else combined.iloc[0:0]
        frame = frame.reset_index(drop=True)
        changed = [document.doc_id for document in missing]
        reused = len(documents) - len(missing)
        if changed or len(frame) != len(cached):
            self._write(frame)
        claims = restore_types(frame[frame[col.CLAIM_ID].notna()].drop(columns=[CONTENT_HASH]))
        return claims, StoreStats(reused=reused, extracted=len(changed), changed_documents=tuple(changed))

    def _write(self, frame: pd.DataFrame) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(
            prefix=f".{self.path.name}.", suffix=".tmp", dir=self.path.parent
        )
        os.close(handle)
        try:
            frame.to_parquet(temporary, index=False)
            with open(temporary, "rb") as stream:
                os.fsync(stream.fileno())
            os.chmod(temporary, file_mode(self.path))
            os.replace(temporary, self.path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise


def restore_types(frame: pd.DataFrame) -> pd.DataFrame:
    """Give a claims table read back from Parquet the same values a fresh extraction has."""
    fresh = claims_frame([])
    out = frame.reset_index(drop=True).copy()
    for name in col.CLAIM_COLUMNS:
        values = out[name].astype(object)
        out[name] = values.where(values.notna(), None)
    return out.astype(fresh.dtypes.to_dict(), errors="ignore")
