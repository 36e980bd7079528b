"""Render the report context to one self-contained HTML page: Jinja environment, filters, CSP."""

from __future__ import annotations

import base64
import dataclasses
import functools
import hashlib
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from importlib import resources
from typing import Any

import jinja2
from markupsafe import Markup

from factaudit.report.build import build_context
from factaudit.report.formatting import (
    claim_label,
    format_dates,
    format_interval,
    format_number,
    format_period,
    or_dash,
    percent,
    plural,
)

__all__ = ["FILTERS", "format_interval", "format_number", "json_script", "render_html"]

# Characters that could end a <script> element or break out of it in some parser, written as JSON escapes.
_SCRIPT_ESCAPES = {
    ord("<"): "\\u003c",
    ord(">"): "\\u003e",
    ord("&"): "\\u0026",
    0x2028: "\\u2028",
    0x2029: "\\u2029",
}


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def json_script(value: Any) -> Markup:
    """Data (dataclasses, mappings, sequences) as JSON safe inside <script type="application/json">."""
    text = json.dumps(_plain(value), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return Markup(text.translate(_SCRIPT_ESCAPES))


def svg_number(value: float) -> str:
    """An SVG coordinate without float noise: 12.0 -> '12', 3.25 -> '3.2'."""
    return f"{value:.1f}".rstrip("0").rstrip(".")


# The one place filters are registered.
FILTERS: Mapping[str, Callable[..., Any]] = {
    "number": format_number,
    "interval": format_interval,
    "period": format_period,
    "dates": format_dates,
    "claim_label": claim_label,
    "dash": or_dash,
    "plural": plural,
    "percent": percent,
    "json_script": json_script,
    "svg": svg_number,
}


@dataclass(frozen=True)
class InlineAsset:
    """A static file inlined in the page, with the CSP source expression allowing it."""

    content: Markup
    csp_hash: str


def csp_hash(content: str) -> str:
    """The CSP source expression ('sha256-...') allowing exactly this inline script or style."""
    digest = hashlib.sha256(content.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def load_asset(name: str, closing_tag: str) -> InlineAsset:
    """A file of the static folder, checked not to close its element early."""
    content = resources.files("factaudit.report").joinpath("static", name).read_text(encoding="utf-8")
    if closing_tag in content.lower() or "<!--" in content:
        raise ValueError(f"static/{name} contains {closing_tag} or <!--")
    # Our own file, not data: inlined verbatim so that the hash in the CSP matches it.
    return InlineAsset(content=Markup(content), csp_hash=csp_hash(content))


@functools.cache
def environment() -> jinja2.Environment:
    """The Jinja environment of the report: autoescaped, strict about undefined names."""
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("factaudit.report", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(FILTERS)
    return env


def content_security_policy(style: InlineAsset, script: InlineAsset) -> str:
    """Nothing may load or run but the page's own style and script; no request leaves the page."""
    return "; ".join(
        [
            "default-src 'none'",
            f"style-src {style.csp_hash}",
            f"script-src {script.csp_hash}",
            "img-src 'none'",
            "base-uri 'none'",
            "form-action 'none'",
        ]
    )


def render_html(audit: Mapping[str, Any], texts: Mapping[str, str]) -> str:
    """The HTML report of an audit (schema factaudit/audit/1), given the text of each document."""
    style = load_asset("report.css", "</style")
    script = load_asset("report.js", "</script")
    template = environment().get_template("base.j2")
    return template.render(
        ctx=build_context(audit, texts),
        style=style,
        script=script,
        csp=content_security_policy(style, script),
    )
