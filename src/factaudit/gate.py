"""The CI gate: which findings block a change, given the baseline and a level; a result with an exit code."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

from factaudit.baseline import CONFIRMED, UNREVIEWED, Baseline, Entry, stale_entries
from factaudit.classify import SEVERITY_RANK, Finding

# Levels `--fail-on` accepts. Info findings (agreements, series) never block.
FAIL_LEVELS: Final[tuple[str, ...]] = ("error", "warning")
# Contradictions (number and date conflicts) block; drifts of hedges and wording are for the report.
DEFAULT_FAIL_ON: Final = "error"


@dataclass(frozen=True)
class GateItem:
    """One current finding as the gate sees it: its review status, whether it is new, whether it blocks."""

    finding: Finding
    status: str
    note: str
    new: bool
    blocking: bool


@dataclass(frozen=True)
class GateResult:
    """The gate's decision over every current finding; `return_code` is the process's exit status."""

    fail_on: str
    items: tuple[GateItem, ...]
    stale: tuple[Entry, ...]

    @property
    def blocking(self) -> tuple[GateItem, ...]:
        return tuple(item for item in self.items if item.blocking)

    @property
    def new(self) -> tuple[GateItem, ...]:
        return tuple(item for item in self.items if item.new)

    @property
    def return_code(self) -> int:
        """1 when any finding blocks, else 0 (2, bad input, never reaches here: it is an exception)."""
        return 1 if self.blocking else 0


def at_or_above(severity: str, level: str) -> bool:
    return SEVERITY_RANK.get(severity, 0) <= SEVERITY_RANK[level]


def evaluate(findings: Iterable[Finding], baseline: Baseline, fail_on: str = DEFAULT_FAIL_ON) -> GateResult:
    """A finding at or above `fail_on` blocks when it is not in the baseline or is `confirmed`.

    An `unreviewed` finding that is in the baseline does not block: it was known when the baseline was
    taken (as in detect-secrets, `new = current - baseline`). Items come new first, then by severity.
    """
    if fail_on not in FAIL_LEVELS:
        raise ValueError(f"fail_on must be one of {FAIL_LEVELS}, not {fail_on!r}")
    findings = tuple(findings)
    items = []
    for finding in findings:
        entry = baseline.get(finding.fingerprint)
        status = entry.status if entry else UNREVIEWED
        new = entry is None
        blocking = at_or_above(finding.severity, fail_on) and (new or status == CONFIRMED)
        items.append(GateItem(finding, status, entry.note if entry else "", new, blocking))
    items.sort(
        key=lambda i: (not i.new, not i.blocking, SEVERITY_RANK.get(i.finding.severity, 0), i.finding.kind)
    )
    return GateResult(fail_on=fail_on, items=tuple(items), stale=stale_entries(baseline, findings))
