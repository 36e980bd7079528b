"""The report's text-reuse search kept beside the claim store, under a digest of what it searched.

A large report looks for reuse among at most REUSE_MAX_DOCUMENTS documents (`compact.py`), the same ones
from run to run unless one of them changes: at 20,000 generated documents the search took 6.5 s of CPU,
a fifth of a re-audit's. Its notes depend only on the documents searched (their ids, texts, titles,
kinds and dates, in order), on how many notes are word-diffed, and on the code that finds them; under a
digest of all of these a re-audit takes them as stored. Any change to one of them (an edit to a searched
document, another document searched, new code) searches again and replaces what is stored.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Final

import rapidfuzz

from factaudit.files import package_digest, write_atomic
from factaudit.report.diff import DiffToken
from factaudit.report.provenance import AsideReuse, Reuse, ReuseDocument, ReusedSentence

# The code whose output the notes are: the search itself, its word diff and its sentence splitter.
_REUSE_MODULES: Final = ("report/provenance.py", "report/diff.py", "sentences.py")
REUSE_SUFFIX: Final = ".reuse.json"


def search_key(documents: Sequence[ReuseDocument], detailed: int | None) -> str:
    """A digest of a search: the code, how many notes are detailed, and each document searched, in order.
    Every field is written with its length, so that no two searches give one sequence of bytes."""
    digest = hashlib.blake2b(digest_size=16)
    digest.update(f"{package_digest(_REUSE_MODULES)}|{rapidfuzz.__version__}|{detailed}|".encode())
    for document in documents:
        for value in (
            document.doc_id,
            document.text,
            document.title,
            document.kind,
            document.published,
            document.published_source,
        ):
            encoded = b"\xff" if value is None else value.encode("utf-8", "surrogatepass")
            digest.update(len(encoded).to_bytes(8, "little") + encoded)
    return digest.hexdigest()


def notes_record(notes: Sequence[Reuse]) -> list[dict[str, Any]]:
    """The notes as JSON-ready dicts, their fields by name."""
    return [asdict(note) for note in notes]


def notes_from_record(records: Sequence[dict[str, Any]]) -> tuple[Reuse, ...]:
    """`notes_record` read back: the same notes, tuples where the notes hold tuples."""
    return tuple(
        Reuse(
            **{
                **record,
                "reworded": tuple(
                    ReusedSentence(
                        **{**sentence, "tokens": tuple(DiffToken(**token) for token in sentence["tokens"])}
                    )
                    for sentence in record["reworded"]
                ),
            }
        )
        for record in records
    )


class ReuseMemo:
    """The notes of the last search, in one JSON file beside the claim store (`claims_path`)."""

    def __init__(self, claims_path: Path) -> None:
        self.path = claims_path.with_name(claims_path.stem + REUSE_SUFFIX)

    def load(self, key: str) -> tuple[Reuse, ...] | None:
        """The notes stored under `key`; None when none are, or the file cannot be read."""
        try:
            stored = json.loads(self.path.read_text(encoding="utf-8"))
            if stored.get("key") != key:
                return None
            return notes_from_record(stored["notes"])
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None  # searched again, never trusted when damaged

    def save(self, key: str, notes: Sequence[Reuse]) -> None:
        """Keep these notes under `key`, in place of any stored before; notes that would not read back
        equal (text JSON cannot hold) are not kept."""
        record = {"key": key, "notes": notes_record(notes)}
        try:
            text = json.dumps(record, ensure_ascii=False)
            text.encode("utf-8")
        except (TypeError, ValueError):
            return
        if notes_from_record(json.loads(text)["notes"]) != tuple(notes):
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(self.path, text)


@dataclass(frozen=True)
class StoredReuse(AsideReuse):
    """An AsideReuse that takes the notes of a search from its `memo` when they are stored under the
    search's key, and otherwise searches aside and stores what it found."""

    memo: ReuseMemo | None = field(default=None, metadata={"help": "Where the notes are kept."})

    def start(
        self, documents: Sequence[ReuseDocument], detailed: int | None
    ) -> Callable[[], tuple[Reuse, ...]]:
        if self.memo is None:
            return super().start(documents, detailed)
        memo, key = self.memo, search_key(documents, detailed)
        stored = memo.load(key)
        if stored is not None:
            return lambda: stored
        running = super().start(documents, detailed)

        def finish() -> tuple[Reuse, ...]:
            notes = running()
            memo.save(key, notes)
            return notes

        return finish
