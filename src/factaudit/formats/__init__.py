"""Output formats of `factaudit check`: text, json, sarif, github, junit; each renders a CheckReport."""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from factaudit.formats.github import render_github
from factaudit.formats.json_report import render_json
from factaudit.formats.junit import render_junit
from factaudit.formats.sarif import render_sarif
from factaudit.formats.text import render_text
from factaudit.formats.view import CheckReport, check_report

RENDERERS: Final[dict[str, Callable[[CheckReport], str]]] = {
    "text": render_text,
    "json": render_json,
    "sarif": render_sarif,
    "github": render_github,
    "junit": render_junit,
}
CHECK_FORMATS: Final[tuple[str, ...]] = tuple(RENDERERS)

__all__ = ["CHECK_FORMATS", "RENDERERS", "CheckReport", "check_report", "render_check"]


def render_check(fmt: str, report: CheckReport) -> str:
    """The report in one of CHECK_FORMATS (the CLI has checked `fmt`)."""
    return RENDERERS[fmt](report)
