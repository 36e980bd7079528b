"""`--format text`: one line per finding that matters to the gate, then a verdict line."""

from __future__ import annotations

from factaudit.formats.view import CheckReport, ReportedFinding
from factaudit.gate import at_or_above


def _line(finding: ReportedFinding) -> str:
    where = finding.locations[0] if finding.locations else None
    place = f"{where.path}:{where.line}:{where.column}: " if where else ""
    state = "new" if finding.new else finding.status
    verdict = "BLOCKS" if finding.blocking else "ok"
    note = f" (note: {finding.note})" if finding.note else ""
    return (
        f"{place}{finding.severity} {finding.kind} [{state}, {verdict}] {finding.fingerprint}: "
        f"{finding.message}{note}"
    )


def render_text(report: CheckReport) -> str:
    """Findings at or above the gate's level (new first), then a one-line verdict."""
    shown = [f for f in report.findings if at_or_above(f.severity, report.fail_on)]
    lines = [_line(f) for f in shown]
    blocking = len(report.blocking)
    verdict = "FAILED" if report.return_code else "passed"
    lines.append(
        f"factaudit check {verdict}: {blocking} blocking finding(s) at or above {report.fail_on}; "
        f"{len(shown)} at or above the level, {len(report.findings)} in all, "
        f"{len(report.stale)} stale baseline entr{'y' if len(report.stale) == 1 else 'ies'}"
    )
    return "\n".join(lines) + "\n"
