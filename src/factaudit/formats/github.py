"""`--format github`: GitHub Actions workflow commands that annotate the changed files, new findings first."""

from __future__ import annotations

from typing import Final

from factaudit.baseline import ACCEPTED, FALSE_POSITIVE
from factaudit.formats.view import CheckReport, ReportedFinding

# Decisions that explain a finding away: nothing to annotate.
_SILENCED: Final = (ACCEPTED, FALSE_POSITIVE)


def escape_data(value: str) -> str:
    """The message part of a workflow command (as in @actions/core `escapeData`)."""
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    """A `key=value` property of a workflow command (as in @actions/core `escapeProperty`)."""
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def _command(finding: ReportedFinding) -> str:
    # A blocking finding is what failed the job; a known, undecided one is shown but does not fail it.
    level = "error" if finding.blocking else "warning" if finding.severity != "info" else "notice"
    state = "new" if finding.new else finding.status
    properties = {"title": f"factaudit {finding.kind} ({state})"}
    if finding.locations:
        where = finding.locations[0]
        properties = {
            "file": where.path,
            "line": str(where.line),
            "col": str(where.column),
            "endLine": str(where.end_line),
            "endColumn": str(where.end_column),
            **properties,
        }
    listed = ",".join(f"{key}={escape_property(value)}" for key, value in properties.items())
    message = f"{finding.message} [{finding.fingerprint}]"
    if finding.note:
        message += f"\nEditor's note: {finding.note}"
    return f"::{level} {listed}::{escape_data(message)}"


def render_github(report: CheckReport) -> str:
    """One annotation per finding of warning or error severity that no decision explained away.

    The gate's order puts new findings first, so the ones a change brought survive GitHub's cap on
    annotations per step.
    """
    shown = [f for f in report.findings if f.severity != "info" and f.status not in _SILENCED]
    lines = [_command(f) for f in shown]
    verdict = "failed" if report.return_code else "passed"
    lines.append(
        f"::notice title=factaudit check {verdict}::"
        + escape_data(f"{len(report.blocking)} blocking finding(s) at or above {report.fail_on}")
    )
    return "\n".join(lines) + "\n"
