"""Render the report context to one self-contained HTML page: Jinja environment, filters, CSP."""

from __future__ import annotations

import base64
import functools
import hashlib
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from importlib import resources
from typing import Any, Protocol

import jinja2
from markupsafe import Markup

from factaudit.report.context import build_context

PLACEHOLDER = "—"


class _Interval(Protocol):
    @property
    def low(self) -> float | None: ...
    @property
    def high(self) -> float | None: ...


class _Period(Protocol):
    @property
    def period_start(self) -> str | None: ...
    @property
    def period_end(self) -> str | None: ...
    @property
    def period_text(self) -> str | None: ...


class _Claim(_Interval, _Period, Protocol):
    @property
    def kind(self) -> str: ...
    @property
    def value(self) -> float | None: ...
    @property
    def qualifier(self) -> str | None: ...
    @property
    def unit(self) -> str | None: ...


def format_number(value: float | None) -> str:
    """A value with thousands separators and no float noise: 26000.0 -> '26,000', 0.125 -> '0.125'."""
    if value is None:
        return PLACEHOLDER
    if math.isinf(value):
        return "∞" if value > 0 else "−∞"
    if math.isnan(value):
        return "NaN"
    if value == int(value) and abs(value) < 1e15:
        return f"{int(value):,}"
    return f"{value:,.6g}"


def format_interval(claim: _Interval) -> str:
    """The claim's interval, open bounds shown as infinities: '[10,000, ∞)'."""
    if claim.low is None and claim.high is None:
        return PLACEHOLDER
    if claim.low is not None and claim.low == claim.high:
        return f"= {format_number(claim.low)}"
    low = "(−∞" if claim.low is None else f"[{format_number(claim.low)}"
    high = "∞)" if claim.high is None else f"{format_number(claim.high)}]"
    return f"{low}, {high}"


def format_period(item: _Period) -> str:
    """The period as written, with its resolved dates: 'last year (2021-01-01 – 2021-12-31)'."""
    if item.period_start is None and item.period_end is None:
        resolved = ""
    elif item.period_start == item.period_end or item.period_end is None:
        resolved = str(item.period_start)
    elif item.period_start is None:
        resolved = f"… – {item.period_end}"
    else:
        resolved = f"{item.period_start} – {item.period_end}"
    if item.period_text and resolved:
        return f"{item.period_text} ({resolved})"
    return item.period_text or resolved or PLACEHOLDER


def claim_label(claim: _Claim) -> str:
    """A one-line description of a claim for tooltips: 'count about 26,000 people, in 2021'."""
    parts = [claim.kind, claim.qualifier or "", "" if claim.value is None else format_number(claim.value)]
    label = " ".join(part for part in [*parts, claim.unit or ""] if part)
    has_period = claim.period_text or claim.period_start or claim.period_end
    return f"{label}, {format_period(claim)}" if has_period else label


def or_dash(value: object) -> object:
    """The value, or a dash when it is None or empty."""
    return PLACEHOLDER if value is None or value == "" else value


def plural(count: int, word: str) -> str:
    """'1 claim', '3 claims'."""
    return f"{count:,} {word}" if count == 1 else f"{count:,} {word}s"


# The one place filters are registered.
FILTERS: Mapping[str, Callable[..., Any]] = {
    "number": format_number,
    "interval": format_interval,
    "period": format_period,
    "claim_label": claim_label,
    "dash": or_dash,
    "plural": plural,
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
    if closing_tag in content.lower():
        raise ValueError(f"static/{name} contains {closing_tag}")
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


def render_html(audit: Mapping[str, Any], texts: Mapping[str, str]) -> str:
    """The HTML report of an audit (schema factaudit/audit/1), given the text of each document."""
    style = load_asset("report.css", "</style")
    script = load_asset("report.js", "</script")
    policy = "; ".join(
        [
            "default-src 'none'",
            f"style-src {style.csp_hash}",
            f"script-src {script.csp_hash}",
            "base-uri 'none'",
            "form-action 'none'",
        ]
    )
    template = environment().get_template("base.j2")
    return template.render(ctx=build_context(audit, texts), style=style, script=script, csp=policy)
