"""The HTML report: a context built from the audit data, rendered by Jinja templates into one file."""

from __future__ import annotations

from factaudit.report.build import build_context
from factaudit.report.context import ReportContext
from factaudit.report.html import render_html, write_html

__all__ = ["ReportContext", "build_context", "render_html", "write_html"]
