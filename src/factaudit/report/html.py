"""Render the report context to one self-contained HTML page: Jinja environment, filters, CSP."""

from __future__ import annotations

import base64
import dataclasses
import functools
import hashlib
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

from factaudit import jsontext
from factaudit.files import write_atomic_chunks
from factaudit.heap import collector_paused
from factaudit.report.build import build_context
from factaudit.report.context import Segment
from factaudit.report.formatting import (
    format_dates,
    format_interval,
    format_number,
    format_period,
    or_dash,
    percent,
    plural,
)
from factaudit.report.provenance import ReuseFinder, find_reuse

__all__ = [
    "FILTERS",
    "format_interval",
    "format_number",
    "html_chunks",
    "json_script",
    "render_html",
    "write_html",
]

# Characters that could end a <script> element or break out of it in some parser, written as JSON escapes.
_SCRIPT_ESCAPES = {
    ord("<"): "\\u003c",
    ord(">"): "\\u003e",
    ord("&"): "\\u0026",
    0x2028: "\\u2028",
    0x2029: "\\u2029",
}
_SCRIPT_UNSAFE = re.compile("[<>&\u2028\u2029]")


def _plain(value: Any) -> Any:
    """What the JSON encoder cannot write itself: a dataclass as its fields, a mapping as a dict."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return vars(value)  # the fields, in order: the report's dataclasses have no other attributes
    if isinstance(value, Mapping):
        return {str(k): v for k, v in value.items()}
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


def json_script(value: Any) -> Markup:
    """Data (dataclasses, mappings, sequences) as JSON safe inside <script type="application/json">."""
    # The encoder (jsontext: orjson) walks the data and calls _plain only for what it does not know (the
    # dataclasses, written as their fields with sorted keys as before), and a regular expression replaces
    # the few characters to escape: on the BBC corpus's table (1.7 MB of JSON) 0.3 s with json's C
    # encoder instead of 1 s to convert the tree in Python first and 0.5 s for str.translate on non-ASCII.
    text = jsontext.dumps(value, sort_keys=True, default=_plain)
    return Markup(_SCRIPT_UNSAFE.sub(lambda found: _SCRIPT_ESCAPES[ord(found.group())], text))


# json_pieces writes a list or a mapping of more than this many items in pieces of this many: the table of
# a 20,000-document corpus was 140 MB of JSON, held three times over (text, escaped, Markup) as one string.
JSON_PIECE_ITEMS = 2000


def _dumps(value: Any) -> str:
    return jsontext.dumps(value, sort_keys=True, default=_plain)


def _json_pieces(value: Any, depth: int = 0) -> Iterator[str]:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        value = vars(value)
    if isinstance(value, Mapping) and 0 < len(value) <= JSON_PIECE_ITEMS and depth < 2:
        # A record of a few members (the data, its compact part): member by member.
        for index, key in enumerate(sorted(value, key=str)):
            yield ("{" if index == 0 else ",") + _dumps(str(key)) + ":"
            yield from _json_pieces(value[key], depth + 1)
        yield "}"
    elif isinstance(value, Mapping) and len(value) > JSON_PIECE_ITEMS:
        items = sorted((str(k), v) for k, v in value.items())
        for start in range(0, len(items), JSON_PIECE_ITEMS):
            yield ("{" if start == 0 else ",") + _dumps(dict(items[start : start + JSON_PIECE_ITEMS]))[1:-1]
        yield "}"
    elif isinstance(value, list | tuple) and len(value) > JSON_PIECE_ITEMS:
        for start in range(0, len(value), JSON_PIECE_ITEMS):
            yield ("[" if start == 0 else ",") + _dumps(list(value[start : start + JSON_PIECE_ITEMS]))[1:-1]
        yield "]"
    else:
        yield _dumps(value)


def json_pieces(value: Any) -> Iterator[Markup]:
    """json_script's text in pieces, the same characters: a large report's data is never one string."""
    for piece in _json_pieces(value):
        yield Markup(_SCRIPT_UNSAFE.sub(lambda found: _SCRIPT_ESCAPES[ord(found.group())], piece))


def _escape(text: str) -> str:
    """markupsafe.escape of plain text (what autoescaping does to `{{ text }}`), as a plain string."""
    # The 405,863 fields of the generated 20,000-document corpus's marked texts: 0.40 s of CPU for
    # marked_text through markupsafe.escape, which makes a Markup of each, and 0.24 s so.
    return (
        text.replace("&", "&amp;")
        .replace(">", "&gt;")
        .replace("<", "&lt;")
        .replace("'", "&#39;")
        .replace('"', "&#34;")
    )


def marked_text(segments: Sequence[Segment]) -> Markup:
    """A document's text as its source view shows it: each claim's run marked, with an anchor where the
    claim starts and, where it ends, links to its findings and to the checks it passed."""
    # Written here rather than by a loop in _source.j2: the 88,000 runs of the generated 20,000-document
    # corpus's 4,076 embedded texts made the source views of those texts 1.2 million template pieces and
    # 1.0 s of CPU; 240,000 pieces and 0.34 s so.
    html: list[str] = []
    add = html.append
    for seg in segments:
        if seg.omitted:
            add('<span class="omitted" title="Text left out of this excerpt">[…]</span>')
        for claim in seg.starts:
            add(f'<span class="anchor" id="{_escape(claim.anchor)}"></span>')
        if seg.claims:
            inner = seg.claims[-1]
            single = " · single source: no other document reports it" if inner.single_source else ""
            add(
                f'<mark class="{_escape(seg.mark_class)}" data-claim="{_escape(inner.anchor)}"'
                f' title="{_escape(seg.labels)}{single}">{_escape(seg.text)}</mark>'
            )
        else:
            add(_escape(seg.text))
        for claim in seg.ends:
            if not (claim.findings or claim.checks):
                continue
            add('<sup class="claim-links">')
            for f in claim.findings:
                add(
                    f'<a class="sev-{_escape(f.severity)}" href="#{_escape(f.anchor)}"'
                    f' title="{_escape(f.label)}">{_escape(f.label[0])}</a>'
                )
            for k in claim.checks:
                add(
                    f'<a class="checked" href="#{_escape(k.anchor)}"'
                    f' title="Checked and consistent: {_escape(k.label)}. {_escape(k.message)}">✓</a>'
                )
            add("</sup>")
    return Markup("".join(html))


def svg_number(value: float) -> str:
    """An SVG coordinate without float noise: 12.0 -> '12', 3.25 -> '3.2'."""
    return f"{value:.1f}".rstrip("0").rstrip(".")


# The one place filters are registered.
FILTERS: Mapping[str, Callable[..., Any]] = {
    "number": format_number,
    "interval": format_interval,
    "period": format_period,
    "dates": format_dates,
    "dash": or_dash,
    "plural": plural,
    "percent": percent,
    "json_script": json_script,
    "json_pieces": json_pieces,
    "svg": svg_number,
    "marked_text": marked_text,
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
        # The templates are the package's own and do not change while it runs: no file check on each of
        # the 22,000 includes of the generated 20,000-document corpus (a template per document and finding).
        auto_reload=False,
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


def html_chunks(
    audit: Mapping[str, Any],
    texts: Mapping[str, str],
    find: ReuseFinder = find_reuse,
    *,
    release_texts: bool = False,
    release_claims: bool = False,
) -> Iterator[str]:
    """The HTML report of an audit (schema factaudit/audit/1) piece by piece, given each document's text;
    `find` looks for text reuse among them, `release_texts` hands `texts` over, `release_claims` the
    audit's claims (see `build_context`)."""
    # Millions of objects that live until the page is written (`collector_paused`). A search forked
    # meanwhile (AsideReuse) starts paused too; find_reuse leaves no cycles either (none among the
    # generated corpus's 20,000 documents).
    with collector_paused():
        style = load_asset("report.css", "</style")
        script = load_asset("report.js", "</script")
        template = environment().get_template("base.j2")
        yield from template.generate(
            ctx=build_context(audit, texts, find, release_texts=release_texts, release_claims=release_claims),
            style=style,
            script=script,
            csp=content_security_policy(style, script),
        )


def render_html(audit: Mapping[str, Any], texts: Mapping[str, str], find: ReuseFinder = find_reuse) -> str:
    """The HTML report of an audit as one string."""
    return "".join(html_chunks(audit, texts, find))


def write_html(
    path: Path,
    audit: Mapping[str, Any],
    texts: Mapping[str, str],
    find: ReuseFinder = find_reuse,
    *,
    release_texts: bool = False,
    release_claims: bool = False,
) -> None:
    """Write the HTML report atomically, streamed: the page is never held whole in memory."""
    chunks = html_chunks(audit, texts, find, release_texts=release_texts, release_claims=release_claims)
    write_atomic_chunks(path, chunks)
