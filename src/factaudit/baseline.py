"""The baseline: known findings and the editors' review decisions, merged across runs and written safely."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from filelock import FileLock, Timeout

from factaudit import columns as col
from factaudit.classify import SEVERITY, Finding
from factaudit.errors import FactauditError
from factaudit.files import write_atomic
from factaudit.output import Records

if TYPE_CHECKING:
    import pandas as pd

BASELINE_VERSION: Final = 1
DEFAULT_BASELINE: Final = Path("claims/baseline.json")
UNREVIEWED: Final = "unreviewed"
CONFIRMED: Final = "confirmed"
ACCEPTED: Final = "accepted"
FALSE_POSITIVE: Final = "false_positive"
# `confirmed` is a real error still to fix; `accepted` is explained (different definitions, a later
# revision...); `false_positive` is the tool's mistake.
STATUSES: Final[tuple[str, ...]] = (UNREVIEWED, CONFIRMED, ACCEPTED, FALSE_POSITIVE)
# How long a writer waits for another one to finish. A write takes milliseconds; an editor's review
# session holds the lock only while saving one decision, so a minute means something is stuck.
LOCK_TIMEOUT_SECONDS: Final = 60.0

_ENTRY_KEYS: Final = frozenset({"kind", "subject", "claims", "status", "note"})
_CLAIM_KEYS: Final = frozenset({"document", "text", "sentence"})


class BaselineError(FactauditError):
    """A baseline file that cannot be read, is corrupt, or was written by a newer factaudit."""

    reason = "bad_baseline"


@dataclass(frozen=True, order=True)
class BaselineClaim:
    """One claim of a recorded finding, as a human reads it in a diff: document, words and sentence."""

    document: str
    text: str
    sentence: str


@dataclass(frozen=True)
class Entry:
    """One recorded finding and the editors' decision about it. No offsets, lines or dates: they churn."""

    fingerprint: str
    kind: str
    subject: str | None
    claims: tuple[BaselineClaim, ...]
    status: str = UNREVIEWED
    note: str = ""

    @property
    def severity(self) -> str:
        # A kind that a later factaudit added and this one does not know is treated as an error.
        return SEVERITY.get(self.kind, "error")


@dataclass(frozen=True)
class Baseline:
    """Entries by fingerprint. Immutable: merging and deciding return a new Baseline."""

    entries: Mapping[str, Entry] = field(default_factory=dict)

    def get(self, fingerprint: str) -> Entry | None:
        return self.entries.get(fingerprint)

    def __contains__(self, fingerprint: object) -> bool:
        return fingerprint in self.entries

    def __len__(self) -> int:
        return len(self.entries)


@dataclass(frozen=True)
class MergeResult:
    """A merged baseline, and what changed: fingerprints added, and stale ones kept or pruned."""

    baseline: Baseline
    added: tuple[str, ...]
    stale: tuple[Entry, ...]
    pruned: tuple[Entry, ...]


# --- reading and writing -------------------------------------------------------------------------


def dumps_baseline(baseline: Baseline) -> str:
    """The file text: sorted keys, two-space indent, one entry per fingerprint, a final newline."""
    entries = {
        fp: {
            "kind": e.kind,
            "subject": e.subject,
            "claims": [{"document": c.document, "text": c.text, "sentence": c.sentence} for c in e.claims],
            "status": e.status,
            "note": e.note,
        }
        for fp, e in baseline.entries.items()
    }
    document = {"version": BASELINE_VERSION, "entries": entries}
    return json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def loads_baseline(text: str, *, path: str) -> Baseline:
    """Parse a baseline file's text; anything unexpected is a BaselineError naming `path`."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise BaselineError(
            f"is not valid JSON (line {error.lineno}, column {error.colno}: {error.msg}); "
            "fix or remove it, it is never reset silently",
            path=path,
        ) from error
    if not isinstance(data, dict):
        raise BaselineError("must be a JSON object with 'version' and 'entries'", path=path)
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise BaselineError("has no integer 'version'; is it a factaudit baseline?", path=path)
    if version > BASELINE_VERSION:
        raise BaselineError(
            f"has version {version}, written by a newer factaudit; this one reads version "
            f"{BASELINE_VERSION} (upgrade factaudit)",
            path=path,
        )
    if version < 1:
        raise BaselineError(f"has an unknown version {version}", path=path)
    unknown = set(data) - {"version", "entries"}
    if unknown:
        raise BaselineError(f"has unknown keys {sorted(unknown)}", path=path)
    raw_entries = data.get("entries")
    if not isinstance(raw_entries, dict):
        raise BaselineError("'entries' must be an object keyed by fingerprint", path=path)
    entries = {fp: _entry(fp, raw, path) for fp, raw in sorted(raw_entries.items())}
    return Baseline(entries)


def _entry(fingerprint: str, raw: Any, path: str) -> Entry:
    where = f"entry {fingerprint!r}"
    if not isinstance(raw, dict) or set(raw) != _ENTRY_KEYS:
        raise BaselineError(f"{where} must have exactly the keys {sorted(_ENTRY_KEYS)}", path=path)
    status, note, kind, subject = raw["status"], raw["note"], raw["kind"], raw["subject"]
    if status not in STATUSES:
        expected = ", ".join(STATUSES)
        raise BaselineError(f"{where} has status {status!r}; expected one of {expected}", path=path)
    if not isinstance(note, str) or not isinstance(kind, str):
        raise BaselineError(f"{where}: 'kind' and 'note' must be strings", path=path)
    if subject is not None and not isinstance(subject, str):
        raise BaselineError(f"{where}: 'subject' must be a string or null", path=path)
    claims = raw["claims"]
    if not isinstance(claims, list) or not all(
        isinstance(c, dict) and set(c) == _CLAIM_KEYS and all(isinstance(v, str) for v in c.values())
        for c in claims
    ):
        raise BaselineError(
            f"{where}: 'claims' must be a list of {{document, text, sentence}} strings", path=path
        )
    return Entry(
        fingerprint=fingerprint,
        kind=kind,
        subject=subject,
        claims=tuple(BaselineClaim(c["document"], c["text"], c["sentence"]) for c in claims),
        status=status,
        note=note,
    )


def load_baseline(path: Path) -> Baseline:
    """The baseline at `path`; an empty one when the file does not exist (the first run)."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Baseline()
    except (OSError, UnicodeDecodeError) as error:
        raise BaselineError(f"cannot be read ({error})", path=str(path)) from error
    return loads_baseline(text, path=str(path))


def _lock(path: Path) -> FileLock:
    path.parent.mkdir(parents=True, exist_ok=True)
    return FileLock(str(path.with_name(path.name + ".lock")), timeout=LOCK_TIMEOUT_SECONDS)


def update_baseline(path: Path, change: Callable[[Baseline], Baseline]) -> Baseline:
    """Apply `change` to the baseline on disk under the lock: re-read, change, write atomically.

    Every writer goes through here, so a decision saved by another process between our read and our
    write is read again under the lock and kept.
    """
    lock = _lock(path)
    try:
        with lock:
            current = load_baseline(path)
            changed = change(current)
            text = dumps_baseline(changed)
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                write_atomic(path, text)
            return changed
    except Timeout as error:
        raise BaselineError(
            f"is locked by another factaudit run (waited {LOCK_TIMEOUT_SECONDS:.0f} s for {lock.lock_file})",
            path=str(path),
        ) from error


# --- findings to entries, merging, deciding -------------------------------------------------------


def fold_spacing(text: str) -> str:
    """Line breaks and runs of spaces as one space: reflowed sources keep the baseline's bytes."""
    return " ".join(text.split())


def claim_fields(claims: pd.DataFrame, names: Sequence[str]) -> dict[str, tuple[Any, ...]]:
    """Claim id -> the values of `names` of that claim, read off the columns at once: a row looked up
    through pandas for each claim of each finding took most of a 20,000-document CI run (96,000
    findings)."""
    ids = claims[col.CLAIM_ID].astype(str).tolist()
    found = dict(zip(ids, zip(*(claims[name].tolist() for name in names), strict=True), strict=True))
    assert len(found) == len(ids), "claim ids are not unique"
    return found


def finding_entries(findings: Iterable[Finding], claims: pd.DataFrame) -> dict[str, Entry]:
    """Unreviewed entries for the current findings, their claims looked up in the claims table."""
    rows = claim_fields(claims, (col.DOC_ID, col.TEXT, col.SENTENCE))
    entries: dict[str, Entry] = {}
    for finding in findings:
        members = []
        for claim_id in finding.claim_ids:
            doc_id, text, sentence = rows[claim_id]
            members.append(
                BaselineClaim(
                    document=str(doc_id),
                    text=fold_spacing(str(text)),
                    sentence=fold_spacing(str(sentence)),
                )
            )
        entries[finding.fingerprint] = Entry(
            fingerprint=finding.fingerprint,
            kind=finding.kind,
            subject=finding.subject,
            claims=tuple(members),
        )
    return entries


def merge(baseline: Baseline, current: Mapping[str, Entry], *, prune: bool = False) -> MergeResult:
    """The baseline with the current findings: new ones added unreviewed, every decision kept.

    A recorded finding that is still found gets its descriptive fields refreshed (its claims' words are
    what the fingerprint is made of, so only spacing can differ) and keeps its status and note. One
    that is no longer found is stale: kept, and reported, unless `prune` removes it.
    """
    merged: dict[str, Entry] = {}
    for fp, entry in current.items():
        old = baseline.get(fp)
        merged[fp] = entry if old is None else replace(entry, status=old.status, note=old.note)
    stale = tuple(e for fp, e in baseline.entries.items() if fp not in current)
    if not prune:
        merged.update({e.fingerprint: e for e in stale})
    added = tuple(sorted(fp for fp in current if fp not in baseline))
    result = Baseline(dict(sorted(merged.items())))
    return MergeResult(baseline=result, added=added, stale=stale, pruned=stale if prune else ())


def decide(baseline: Baseline, fingerprint: str, status: str, note: str) -> Baseline:
    """The baseline with one editor's decision recorded."""
    if status not in STATUSES:
        raise BaselineError(f"unknown review status {status!r}; expected one of {', '.join(STATUSES)}")
    entry = baseline.get(fingerprint)
    if entry is None:
        raise BaselineError(f"no finding {fingerprint!r} in the baseline (was it pruned meanwhile?)")
    entries = dict(baseline.entries)
    entries[fingerprint] = replace(entry, status=status, note=note)
    return Baseline(entries)


def record_findings(
    path: Path, findings: Sequence[Finding], claims: pd.DataFrame, *, prune: bool = False
) -> MergeResult:
    """`factaudit baseline`: merge the current findings into the file at `path`, under the lock."""
    current = finding_entries(findings, claims)
    outcome: list[MergeResult] = []

    def change(baseline: Baseline) -> Baseline:
        outcome.append(merge(baseline, current, prune=prune))
        return outcome[-1].baseline

    update_baseline(path, change)
    return outcome[-1]


def record_decision(path: Path, fingerprint: str, status: str, note: str) -> Baseline:
    """Save one review decision to the file at `path`, under the lock, keeping everyone else's."""
    return update_baseline(path, lambda baseline: decide(baseline, fingerprint, status, note))


def stale_entries(baseline: Baseline, findings: Iterable[Finding]) -> tuple[Entry, ...]:
    """Recorded entries whose finding is no longer found."""
    found = {f.fingerprint for f in findings}
    return tuple(e for fp, e in baseline.entries.items() if fp not in found)


# --- the JSON audit, annotated -------------------------------------------------------------------


def annotate_payload(payload: Mapping[str, Any], baseline: Baseline) -> dict[str, Any]:
    """The `factaudit/audit/1` payload with each finding's `review_status`, `review_note` and `new`.

    `new` is true when the finding is not in the baseline; such a finding is `unreviewed` with a null
    note. New fields only: the public schema is extended, never changed.
    """
    annotated = dict(payload)
    given = payload.get("findings", [])
    entries = [baseline.get(str(finding["fingerprint"])) for finding in given]
    review: dict[str, list[Any]] = {
        "review_status": [entry.status if entry else UNREVIEWED for entry in entries],
        "review_note": [(entry.note or None) if entry else None for entry in entries],
        "new": [entry is None for entry in entries],
    }
    if isinstance(given, Records):  # held column by column: three columns more
        annotated["findings"] = given.with_columns(review)
        return annotated
    annotated["findings"] = [
        {**finding, **{name: values[at] for name, values in review.items()}}
        for at, finding in enumerate(given)
    ]
    return annotated
