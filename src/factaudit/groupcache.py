"""Incremental findings: the findings of each connected group of matched claims, kept beside the claim store.

The findings that chain pairs (the best pair of each claim per other document, updates, revisions, series)
read a pair's two claims, the other claims of their sentences, and their documents' dates and outlets;
the state they keep (which claim is paired or updated in which other document) belongs to one claim. So
the claims that matched pairs link, directly or through others, form groups whose findings depend on
nothing outside the group: its claims (each claim's digest covers its document's content hash, so the
other claims of its sentences too), their order, the pairs between them, and their documents' dates and
outlets. A group whose key, a digest of all of these and of the code's version, is stored takes its
findings as stored; the others are found afresh. Competing estimates read one document's claims only: a
document is a unit of its own, keyed by its content hash.
"""

from __future__ import annotations

import hashlib
import json
import warnings
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Final

import numpy as np
import pandas as pd

from factaudit.blockcache import known, matcher_version, mix
from factaudit.blocking import distinct
from factaudit.classify import Finding
from factaudit.files import package_digest
from factaudit.heap import collector_paused
from factaudit.store import write_parquet

# The modules whose code decides a group's findings beyond its pairs' kinds (which the matcher's version
# covers, in every claim digest): a change to any of them gives every group and document a new key.
_FINDING_MODULES: Final = (
    "audit.py",
    "classify.py",
    "updates.py",
    "dates.py",
    "periods.py",
    "normalize.py",
    "lexicon.py",
    "columns.py",
    "groupcache.py",
)
_LANES: Final = 2
_SALTS: Final = (np.uint64(0x9E3779B97F4A7C15), np.uint64(0xC2B2AE3D27D4EB4F))
_PAIR: Final = np.uint64(0x85EBCA77C2B2AE63)
_SIZE: Final = np.uint64(0x27D4EB2F165667C5)

UNIT_DIGEST: Final = ("unit_hi", "unit_lo")
UNIT_FINDINGS: Final = "findings"
# One row per unit, found nothing or not, so that it is known next time: its key, and its findings as one
# JSON array of [fingerprint, kind, severity, claim ids, message, subject, details]. One text a unit, read
# with one JSON parse for all the units reused: for the 95,773 findings of the generated 20,000-document
# corpus, a row a finding with three JSON columns took 1.9 s on the shared machine, one parse 0.6 s.
FINDING_RECORD_COLUMNS: Final = (*UNIT_DIGEST, UNIT_FINDINGS)


class FindingStoreWarning(UserWarning):
    """The findings store could not be read: every finding is found afresh, and the store rewritten."""


@lru_cache(maxsize=1)
def findings_version() -> np.ndarray:
    """Two uint64 lanes: a digest of the code that turns pairs into findings and of the matcher's version."""
    digest = hashlib.blake2b(matcher_version() + package_digest(_FINDING_MODULES).encode(), digest_size=16)
    return np.frombuffer(digest.digest(), dtype="<u8").astype(np.uint64)


def claim_groups(lefts: np.ndarray, rights: np.ndarray, count: int) -> np.ndarray:
    """Each of `count` claims' group, the label of one of its members (-1: a claim in no pair), for the
    pairs (lefts[i], rights[i]): the connected components, by hooking each pair's larger root under the
    smaller and halving paths until every pair's two claims share a root (NumPy; a union-find in Python
    took seconds over the 1.46 million pairs of 100,000 generated documents)."""
    group = np.arange(count, dtype=np.int64)
    if not len(lefts):
        return np.full(count, -1, dtype=np.int64)
    while True:
        a, b = group[lefts], group[rights]
        apart = a != b
        if not apart.any():
            break
        np.minimum.at(group, np.maximum(a[apart], b[apart]), np.minimum(a[apart], b[apart]))
        while True:
            jumped = group[group]
            if (jumped == group).all():
                break
            group = jumped
    linked = np.zeros(count, dtype=bool)
    linked[lefts] = True
    linked[rights] = True
    return np.where(linked, group, -1)


def document_contexts(
    doc_ids: Sequence[str], published: Mapping[str, object], outlets: Mapping[str, object]
) -> np.ndarray:
    """(n, 2) uint64 for claims of documents `doc_ids`: a digest of what a group reads of each claim's
    document beyond its content hash, its date and outlet (an outlet may come from a manifest)."""
    codes, distinct_ids = pd.factorize(pd.Series(doc_ids, dtype=object), sort=False)
    lanes = np.empty((len(distinct_ids), _LANES), dtype=np.uint64)
    for index, doc_id in enumerate(distinct_ids.tolist()):
        said = f"{published.get(doc_id)!s}\x00{outlets.get(doc_id)!s}".encode("utf-8", "surrogatepass")
        lanes[index] = np.frombuffer(hashlib.blake2b(said, digest_size=16).digest(), dtype="<u8")
    return lanes[codes] if len(codes) else np.empty((0, _LANES), dtype=np.uint64)


@dataclass(frozen=True)
class Groups:
    """The groups of one run: each claim's group (a position in `keys`, -1 for none) and each group's key."""

    of_claim: np.ndarray  # int64, one per claim
    keys: np.ndarray  # (g, 2) uint64


def group_keys(
    groups: np.ndarray, digests: np.ndarray, contexts: np.ndarray, lefts: np.ndarray, rights: np.ndarray
) -> Groups:
    """Key each group (`claim_groups`) by its claims' digests in label order, their documents' contexts,
    the pairs between them (`lefts`, `rights`: the pairs that linked them) and the findings' version."""
    members = np.flatnonzero(groups >= 0)
    order = members[np.argsort(groups[members], kind="stable")]
    ordered = groups[order]
    first = np.ones(len(order), dtype=bool)
    first[1:] = ordered[1:] != ordered[:-1]
    starts = np.flatnonzero(first)
    roots = ordered[starts]
    sizes = np.diff(np.append(starts, len(order))).astype(np.int64)
    place = (np.arange(len(order), dtype=np.int64) - np.repeat(starts, sizes)).astype(np.uint64)
    of_claim = np.full(len(groups), -1, dtype=np.int64)
    of_claim[order] = np.repeat(np.arange(len(roots), dtype=np.int64), sizes)
    pair_group = of_claim[lefts]
    version = findings_version()
    keys = np.empty((len(roots), _LANES), dtype=np.uint64)
    for lane in range(_LANES):
        salt = _SALTS[lane]
        claim_terms = mix(digests[order, lane] ^ mix(place + salt)) + mix(contexts[order, lane] ^ salt)
        claim_sums = np.add.reduceat(claim_terms, starts) if len(starts) else claim_terms[:0]
        pair_terms = mix(digests[lefts, lane] ^ mix(digests[rights, lane] + _PAIR + salt))
        pair_sums = np.zeros(len(roots), dtype=np.uint64)
        np.add.at(pair_sums, pair_group, pair_terms)
        keys[:, lane] = mix(
            claim_sums ^ mix(pair_sums + _PAIR) ^ mix(sizes.astype(np.uint64) + _SIZE + version[lane])
        )
    return Groups(of_claim, keys)


def document_keys(hashes: Sequence[str]) -> np.ndarray:
    """(d, 2) uint64: each document's key as a unit of competing estimates, from its content hash."""
    version = findings_version().tobytes()
    keys = np.empty((len(hashes), _LANES), dtype=np.uint64)
    for index, content in enumerate(hashes):
        digest = hashlib.blake2b(version + b"estimates\x00" + content.encode(), digest_size=16).digest()
        keys[index] = np.frombuffer(digest, dtype="<u8")
    return keys


def _finding_values(finding: Finding) -> list[Any]:
    return [
        finding.fingerprint,
        finding.kind,
        finding.severity,
        list(finding.claim_ids),
        finding.message,
        finding.subject,
        finding.details,
    ]


def unit_text(findings: Sequence[Finding]) -> str | None:
    """A unit's findings as stored, or None when JSON would not give the same findings back: a value
    that JSON turns into another type (a tuple, a NumPy number) or cannot hold (NaN)."""
    values = [_finding_values(finding) for finding in findings]
    try:
        text = json.dumps(values, ensure_ascii=False, allow_nan=False)
    except (TypeError, ValueError):
        return None
    return text if _same(json.loads(text), values) else None


def _same(read: Any, held: Any) -> bool:
    """Whether a value read back from JSON is the value held, of the same types, its keys in the same order
    (the audit writes details in their own order)."""
    if type(read) is not type(held):
        return False
    if isinstance(held, dict):
        return list(read) == list(held) and all(_same(read[key], held[key]) for key in held)
    if isinstance(held, list):
        return len(read) == len(held) and all(_same(a, b) for a, b in zip(read, held, strict=True))
    return bool(read == held)


@dataclass(frozen=True)
class StoredFindings:
    """The units (groups and documents) a past run found, by key, and the text of each one's findings."""

    units: np.ndarray  # (u, 2) uint64, distinct
    texts: np.ndarray  # object: one str per unit (`unit_text`)

    @classmethod
    def empty(cls) -> StoredFindings:
        return cls(np.empty((0, _LANES), dtype=np.uint64), np.empty(0, dtype=object))

    def known(self, keys: np.ndarray) -> np.ndarray:
        """Positions in `units` of each key (-1 when absent), both lanes compared."""
        return known(keys, self.units)

    def findings(self, units: np.ndarray) -> list[Finding]:
        """The findings of the stored units at positions `units`, in that order."""
        texts = [text for text in self.texts[units].tolist() if text != "[]"]
        # The parse makes a few containers per finding, all kept, and no cycles.
        with collector_paused():
            return self._parsed(texts)

    @staticmethod
    def _parsed(texts: list[str]) -> list[Finding]:
        found: list[Finding] = []
        # One parse for many units (orjson parsed the 27 MB of the generated 20,000-document corpus no
        # faster than the standard library: 0.6 s), a chunk at a time so that no copy of all the texts of
        # a large corpus is made at once.
        for begin in range(0, len(texts), _PARSED_UNITS):
            values = json.loads("[" + ",".join(texts[begin : begin + _PARSED_UNITS]) + "]")
            found.extend(
                Finding(
                    fingerprint=fingerprint,
                    kind=kind,
                    severity=severity,
                    claim_ids=tuple(claim_ids),
                    message=message,
                    subject=subject,
                    details=details,
                )
                for unit in values
                for fingerprint, kind, severity, claim_ids, message, subject, details in unit
            )
        return found


# Units parsed at once: a few MB of text.
_PARSED_UNITS: Final = 8192


@dataclass(frozen=True)
class UnitFindings:
    """What a run hands the store: every unit of the run by key, which were taken from the store (their
    position there, -1 when found afresh) with their stored text, the findings of the fresh ones by unit,
    and how many units the store held."""

    keys: np.ndarray  # (u, 2) uint64
    reused: np.ndarray  # int64 per unit: position among the stored units, -1 when found afresh
    texts: np.ndarray  # object per unit: the stored text of a reused unit, None for a fresh one
    fresh: Mapping[int, Sequence[Finding]]  # unit -> its findings, for the fresh units
    stored_units: int


class FindingStore:
    """The findings of each unit in one Parquet file beside the claim store, rewritten whole when a run
    found a unit afresh or dropped one."""

    def __init__(self, claims_path: Path) -> None:
        self.path = claims_path.with_name(claims_path.stem + ".findings.parquet")

    def load(self) -> StoredFindings:
        if not self.path.exists():
            return StoredFindings.empty()
        try:
            table = pd.read_parquet(self.path)
            if tuple(table.columns) != FINDING_RECORD_COLUMNS:
                raise ValueError("unexpected columns")
            units = table[list(UNIT_DIGEST)].to_numpy(dtype=np.uint64)
            texts = table[UNIT_FINDINGS].to_numpy(dtype=object)
            if not all(type(text) is str for text in texts.tolist()):
                raise ValueError("a unit without its findings")
        except (OSError, ValueError, TypeError) as error:
            # Findings are rebuilt from the pairs: a damaged store is said and never trusted.
            warnings.warn(
                f"findings store {self.path.name} unreadable ({error}); finding everything afresh",
                FindingStoreWarning,
                stacklevel=2,
            )
            return StoredFindings.empty()
        return StoredFindings(units, texts)

    def save(self, found: UnitFindings) -> None:
        """Write this run's units: the stored text of those reused, the fresh ones' findings. A unit whose
        findings JSON would not give back as they are is left out: found afresh on every run."""
        taken = found.reused >= 0
        if taken.all() and len(distinct(found.reused)) == found.stored_units:
            return  # every unit came from the store, and the store holds no other: nothing to write
        texts = found.texts.copy()
        for position in np.flatnonzero(~taken).tolist():
            texts[position] = unit_text(found.fresh.get(position, ()))
        kept = np.flatnonzero(np.fromiter((text is not None for text in texts), dtype=bool, count=len(texts)))
        table = pd.DataFrame(
            {
                UNIT_DIGEST[0]: found.keys[kept, 0],
                UNIT_DIGEST[1]: found.keys[kept, 1],
                UNIT_FINDINGS: pd.Series(texts[kept], dtype=object),
            }
        )
        self.path.parent.mkdir(parents=True, exist_ok=True)
        write_parquet(table, self.path)
