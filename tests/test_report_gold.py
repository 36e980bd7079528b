"""Gold-file tests of the rendered HTML report: each case's page must match its gold copy, scrubbed.

Cases are frozen inputs in tests/gold/report/cases/<name>.json ({"audit": ..., "texts": ...}); their gold
pages are tests/gold/report/<name>.html. See tests/gold/README.md for how to update them.
"""

from __future__ import annotations

import difflib
import json
import os
import re
import sys
import tempfile
from pathlib import Path

import pytest

from factaudit.report import render_html

GOLD = Path(__file__).parent / "gold" / "report"
CASES = sorted(p.stem for p in (GOLD / "cases").glob("*.json"))
UPDATE = os.environ.get("FACTAUDIT_UPDATE_GOLD") == "1"
ACTUAL = Path(tempfile.gettempdir()) / "factaudit-gold-actual"

# What changes without the report's rendering of the audit changing: the inlined stylesheet and
# script (checked by their own tests and the browser tests) and the CSP hashes that follow them.
SCRUBS = (
    (re.compile(r"<style>.*?</style>", re.S), "<style>/* static/report.css */</style>"),
    (re.compile(r"<script>.*?</script>", re.S), "<script>/* static/report.js */</script>"),
    (re.compile(r"'sha256-[A-Za-z0-9+/=]+'"), "'sha256-SCRUBBED'"),
    (re.compile(r"&#39;sha256-[A-Za-z0-9+/=]+&#39;"), "&#39;sha256-SCRUBBED&#39;"),
)


def scrub(html: str) -> str:
    for pattern, replacement in SCRUBS:
        html = pattern.sub(replacement, html)
    return html


def render_case(name: str) -> str:
    data = json.loads((GOLD / "cases" / f"{name}.json").read_text(encoding="utf-8"))
    return scrub(render_html(data["audit"], data["texts"]))


@pytest.mark.parametrize("name", CASES)
def test_report_matches_gold(name: str) -> None:
    actual = render_case(name)
    gold_path = GOLD / f"{name}.html"
    if UPDATE:
        gold_path.write_text(actual, encoding="utf-8")
    expected = gold_path.read_text(encoding="utf-8") if gold_path.exists() else ""
    if actual == expected:
        return
    ACTUAL.mkdir(exist_ok=True)
    (ACTUAL / f"{name}.html").write_text(actual, encoding="utf-8")
    diff = difflib.unified_diff(
        expected.splitlines(), actual.splitlines(), str(gold_path), f"actual/{name}.html", n=1, lineterm=""
    )
    shown = "\n".join(list(diff)[:60])
    pytest.fail(
        f"{name}: the report differs from {gold_path}; actual page in {ACTUAL / (name + '.html')}\n"
        f"(if the change is intended: FACTAUDIT_UPDATE_GOLD=1 pytest tests/test_report_gold.py)\n{shown}"
    )


def test_every_case_has_a_gold_page() -> None:
    assert CASES, "no gold cases"
    pages = {p.stem for p in GOLD.glob("*.html")}
    assert pages == set(CASES)


def test_scrubs_remove_only_the_static_files() -> None:
    page = render_case("seeds")
    assert page.count("<style>/* static/report.css */</style>") == 1
    assert page.count("<script>/* static/report.js */</script>") == 1
    assert '<script type="application/json" id="report-data">{' in page
    assert "sha256-SCRUBBED" in page and not re.search(r"sha256-(?!SCRUBBED)", page)


def refresh_seeds_case() -> None:
    """Freeze the current pipeline's audit of seeds/ as the input of the 'seeds' case."""
    from factaudit.audit import AuditConfig, run_audit
    from factaudit.output import audit_payload

    root = Path(__file__).parent.parent
    config = AuditConfig(sources=("seeds",))
    cwd = Path.cwd()
    os.chdir(root)  # document paths in the audit stay relative ('seeds/000_...txt')
    try:
        result = run_audit(config)
    finally:
        os.chdir(cwd)
    data = {
        "audit": audit_payload(result, config.sources),
        "texts": {d.doc_id: d.text for d in result.corpus.documents},
    }
    text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    (GOLD / "cases" / "seeds.json").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    if sys.argv[1:] != ["refresh-seeds-case"]:
        sys.exit("usage: python tests/test_report_gold.py refresh-seeds-case")
    refresh_seeds_case()
