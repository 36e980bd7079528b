"""`--format junit`: JUnit XML, one test case per warning or error finding, for CI test-report viewers."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import Final

from factaudit.baseline import ACCEPTED, FALSE_POSITIVE
from factaudit.formats.view import CheckReport, ReportedFinding

# Characters XML 1.0 cannot hold at all, even escaped; news text pasted from PDFs has some.
_NOT_XML: Final = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _clean(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def _details(finding: ReportedFinding) -> str:
    lines = [finding.message, f"fingerprint: {finding.fingerprint}", f"review status: {finding.status}"]
    if finding.note:
        lines.append(f"note: {finding.note}")
    lines += [f"{p.path}:{p.line}:{p.column}: “{p.text}” in: {p.sentence}" for p in finding.locations]
    return "\n".join(lines)


def render_junit(report: CheckReport) -> str:
    """Blocking findings are failures, findings explained away are skipped, other known ones pass."""
    shown = [f for f in report.findings if f.severity != "info"]
    failures = sum(f.blocking for f in shown)
    skipped = sum(f.status in (ACCEPTED, FALSE_POSITIVE) and not f.blocking for f in shown)
    counts = {"tests": str(len(shown)), "failures": str(failures), "errors": "0", "skipped": str(skipped)}
    suites = ET.Element("testsuites", {"name": "factaudit", **counts})
    suite = ET.SubElement(suites, "testsuite", {"name": "factaudit check", **counts})
    for finding in shown:
        attributes = {"classname": f"factaudit.{finding.kind}", "name": _clean(finding.fingerprint)}
        if finding.locations:
            attributes |= {"file": _clean(finding.locations[0].path), "line": str(finding.locations[0].line)}
        case = ET.SubElement(suite, "testcase", attributes)
        if finding.blocking:
            state = "new" if finding.new else finding.status
            failure = ET.SubElement(
                case, "failure", {"message": _clean(f"{state}: {finding.message}"), "type": finding.kind}
            )
            failure.text = _clean(_details(finding))
        elif finding.status in (ACCEPTED, FALSE_POSITIVE):
            message = f"{finding.status}: {finding.note}" if finding.note else finding.status
            ET.SubElement(case, "skipped", {"message": _clean(message)})
        else:
            ET.SubElement(case, "system-out").text = _clean(_details(finding))
    ET.indent(suites)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n"
