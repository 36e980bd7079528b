"""`--format sarif`: SARIF 2.1.0 for code-scanning tools, with our fingerprint and review decisions."""

from __future__ import annotations

import json
from pathlib import PurePosixPath
from typing import Any, Final
from urllib.parse import quote

from factaudit.baseline import ACCEPTED, FALSE_POSITIVE
from factaudit.classify import SEVERITY
from factaudit.formats.view import CheckReport, Location, ReportedFinding

SARIF_VERSION: Final = "2.1.0"
SARIF_SCHEMA: Final = "https://json.schemastore.org/sarif-2.1.0.json"
# Our fingerprint, versioned as SARIF suggests, so a viewer matches results across runs without lines.
FINGERPRINT_KEY: Final = "factaudit/v1"
_LEVEL: Final = {"error": "error", "warning": "warning", "info": "note"}
_RULE_TEXT: Final = {
    "number_conflict": "Two sources give different figures for the same quantity.",
    "date_conflict": "Two sources give different dates or periods for the same figure.",
    "qualifier_drift": "The hedge on a figure changed between sources (“more than” became “about”).",
    "wording_drift": "The words around a figure changed materially between sources.",
    "agreement": "Two sources agree on a figure.",
    "time_series": "One measure over several periods: a series, not a conflict.",
}


def _uri(path: str) -> str:
    if PurePosixPath(path).is_absolute():
        return "file://" + quote(path)
    return quote(path)


def _location(location: Location, *, index: int | None = None) -> dict[str, Any]:
    physical = {
        "artifactLocation": {"uri": _uri(location.path)},
        "region": {
            "startLine": location.line,
            "startColumn": location.column,
            "endLine": location.end_line,
            "endColumn": location.end_column,
            "snippet": {"text": location.text},
        },
    }
    found: dict[str, Any] = {"physicalLocation": physical}
    if index is not None:
        found["id"] = index
        found["message"] = {"text": f"“{location.text}” in {location.document}"}
    return found


def _rule_id(kind: str) -> str:
    return f"factaudit/{kind}"


def _result(finding: ReportedFinding, rule_index: dict[str, int]) -> dict[str, Any]:
    result: dict[str, Any] = {
        "ruleId": _rule_id(finding.kind),
        "level": _LEVEL.get(finding.severity, "error"),
        "message": {"text": finding.message},
        "partialFingerprints": {FINGERPRINT_KEY: finding.fingerprint},
        "baselineState": "new" if finding.new else "unchanged",
        "properties": {
            "reviewStatus": finding.status,
            "reviewNote": finding.note,
            "blocking": finding.blocking,
            "subject": finding.subject,
        },
    }
    if finding.kind in rule_index:
        result["ruleIndex"] = rule_index[finding.kind]
    if finding.locations:
        result["locations"] = [_location(finding.locations[0])]
        result["relatedLocations"] = [
            _location(loc, index=i) for i, loc in enumerate(finding.locations[1:], start=1)
        ]
    if finding.status in (ACCEPTED, FALSE_POSITIVE):
        justification = finding.status.replace("_", " ") + (f": {finding.note}" if finding.note else "")
        result["suppressions"] = [{"kind": "external", "status": "accepted", "justification": justification}]
    return result


def sarif_log(report: CheckReport) -> dict[str, Any]:
    kinds = list(SEVERITY)
    rule_index = {kind: i for i, kind in enumerate(kinds)}
    rules = [
        {
            "id": _rule_id(kind),
            "name": "".join(word.capitalize() for word in kind.split("_")),
            "shortDescription": {"text": _RULE_TEXT.get(kind, kind.replace("_", " "))},
            "defaultConfiguration": {"level": _LEVEL[SEVERITY[kind]]},
        }
        for kind in kinds
    ]
    return {
        "$schema": SARIF_SCHEMA,
        "version": SARIF_VERSION,
        "runs": [
            {
                "tool": {"driver": {"name": "factaudit", "version": report.tool_version, "rules": rules}},
                "columnKind": "unicodeCodePoints",
                "invocations": [
                    {"executionSuccessful": True, "exitCode": report.return_code},
                ],
                "results": [_result(f, rule_index) for f in report.findings],
            }
        ],
    }


def render_sarif(report: CheckReport) -> str:
    return json.dumps(sarif_log(report), ensure_ascii=False, indent=2) + "\n"
