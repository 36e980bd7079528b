"""`--format json`: the check's verdict and every finding with its review state and locations."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any, Final

from factaudit.formats.view import CheckReport

SCHEMA: Final = "factaudit/check/1"


def check_payload(report: CheckReport) -> dict[str, Any]:
    return {
        "schema": SCHEMA,
        "tool_version": report.tool_version,
        "fail_on": report.fail_on,
        "return_code": report.return_code,
        "summary": {
            "documents": report.documents,
            "findings": len(report.findings),
            "blocking": len(report.blocking),
            "new": sum(f.new for f in report.findings),
            "stale": len(report.stale),
        },
        "findings": [asdict(f) for f in report.findings],
        "stale": list(report.stale),
    }


def render_json(report: CheckReport) -> str:
    return json.dumps(check_payload(report), ensure_ascii=False, indent=2) + "\n"
