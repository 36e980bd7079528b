"""What every `check` output format renders: findings with their review state and source locations."""

from __future__ import annotations

import bisect
import os
from collections.abc import Mapping
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path, PurePath
from typing import Final

import pandas as pd

from factaudit import columns as col
from factaudit.audit import AuditResult
from factaudit.baseline import claim_fields
from factaudit.gate import GateResult
from factaudit.ingest import STDIN_NAME, Document


@dataclass(frozen=True)
class Location:
    """Where a claim stands: a path as given relative to the working folder, 1-based line and column.

    Columns count Unicode code points (SARIF `columnKind: unicodeCodePoints`). Locations are for
    people and annotations only; fingerprints and the baseline never hold them.
    """

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    claim_id: str
    document: str
    text: str
    sentence: str


@dataclass(frozen=True)
class ReportedFinding:
    """A finding with its gate verdict and its claims' locations, in the gate's order."""

    fingerprint: str
    kind: str
    severity: str
    message: str
    subject: str | None
    status: str
    note: str
    new: bool
    blocking: bool
    locations: tuple[Location, ...]


@dataclass(frozen=True)
class CheckReport:
    """The prepared data of one `factaudit check` run."""

    tool_version: str
    fail_on: str
    return_code: int
    documents: int
    findings: tuple[ReportedFinding, ...]
    stale: tuple[str, ...]

    @property
    def blocking(self) -> tuple[ReportedFinding, ...]:
        return tuple(f for f in self.findings if f.blocking)


def tool_version() -> str:
    try:
        return version("factaudit")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "0+unknown"


def display_path(path: str, cwd: Path) -> str:
    """A POSIX path relative to `cwd` when the file lies under it (what CI annotations expect)."""
    return PathDisplay(cwd)(path)


class PathDisplay:
    """`display_path` of many paths under one working folder: the folder and each folder of a path are
    resolved once. Resolving every path whole (a system call per part of it) took 1.2 s of CPU for the
    17,000 documents a 20,000-document gate names, 0.1 s so."""

    def __init__(self, cwd: Path) -> None:
        self._cwd = cwd.resolve()
        self._folders: dict[str, str] = {}

    def __call__(self, path: str) -> str:
        if path == STDIN_NAME:
            return path
        folder, name = os.path.split(path)
        # A file that is a link, or a name that moves up or stays, resolves otherwise than its folder.
        if name in ("", ".", "..") or os.path.islink(path):
            return self._shown(Path(path).resolve())
        shown = self._folders.get(folder)
        if shown is None:
            shown = self._folders[folder] = self._shown(Path(folder).resolve())
        if shown == ".":
            return name
        return shown + name if shown.endswith("/") else f"{shown}/{name}"

    def _shown(self, resolved: Path) -> str:
        try:
            return PurePath(resolved.relative_to(self._cwd)).as_posix()
        except ValueError:
            return resolved.as_posix()


class _LineIndex:
    """Offsets to 1-based (line, column) in one document's text."""

    def __init__(self, text: str) -> None:
        starts = [0]
        at = text.find("\n")
        while at >= 0:
            starts.append(at + 1)
            at = text.find("\n", at + 1)
        self._starts = starts

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self._starts, offset) - 1
        return line + 1, offset - self._starts[line] + 1


# What a finding's location reads of each of its claims.
_LOCATED: Final = (col.DOC_ID, col.START, col.END, col.TEXT, col.SENTENCE)


class _Locator:
    """The locations of claims in their documents, each document's lines and path worked out once."""

    def __init__(self, claims: pd.DataFrame, documents: Mapping[str, Document], cwd: Path) -> None:
        self._rows = claim_fields(claims, _LOCATED)
        self._documents, self._display = documents, PathDisplay(cwd)
        self._indexes: dict[str, _LineIndex] = {}
        self._paths: dict[str, str] = {}
        self._located: dict[str, Location] = {}

    def _document(self, doc_id: str) -> tuple[_LineIndex, str]:
        index = self._indexes.get(doc_id)
        if index is None:
            document = self._documents[doc_id]
            index = self._indexes[doc_id] = _LineIndex(document.text)
            self._paths[doc_id] = self._display(document.path)
        return index, self._paths[doc_id]

    def locations(self, claim_ids: tuple[str, ...]) -> tuple[Location, ...]:
        # A claim is located once, however many findings name it: the 95,977 findings of a 20,000-document
        # gate name claims 193,367 times, 116,329 distinct claims.
        return tuple(self._located.get(claim_id) or self._locate(claim_id) for claim_id in claim_ids)

    def _locate(self, claim_id: str) -> Location:
        doc_id, start, end, text, sentence = self._rows[claim_id]
        doc_id = str(doc_id)
        index, path = self._document(doc_id)
        line, column = index.position(int(start))
        end_line, end_column = index.position(int(end))
        located = self._located[claim_id] = Location(
            path=path,
            line=line,
            column=column,
            end_line=end_line,
            end_column=end_column,
            claim_id=claim_id,
            document=doc_id,
            text=str(text),
            sentence=" ".join(str(sentence).split()),
        )
        return located


def check_report(result: AuditResult, gate: GateResult, cwd: Path) -> CheckReport:
    """Join the gate's verdicts with the audit's claims and documents."""
    documents = {d.doc_id: d for d in result.corpus.documents}
    locator = _Locator(result.claims, documents, cwd)
    findings = tuple(
        ReportedFinding(
            fingerprint=item.finding.fingerprint,
            kind=item.finding.kind,
            severity=item.finding.severity,
            message=item.finding.message,
            subject=item.finding.subject,
            status=item.status,
            note=item.note,
            new=item.new,
            blocking=item.blocking,
            locations=locator.locations(item.finding.claim_ids),
        )
        for item in gate.items
    )
    return CheckReport(
        tool_version=tool_version(),
        fail_on=gate.fail_on,
        return_code=gate.return_code,
        documents=len(result.corpus.documents),
        findings=findings,
        stale=tuple(e.fingerprint for e in gate.stale),
    )
