"""The HTML report in a real browser: Playwright driving Debian's chromium, pages opened from disk.

Each test opens a rendered report over file://, acts as an editor would (filter, sort, open a finding,
follow a link, use the keys) and asserts what is visible. Screenshots go to reports/screenshots/.
Chromium comes from apt (`/usr/bin/chromium`); `.ci/run` installs it when it is missing and sets
FACTAUDIT_REQUIRE_BROWSER=1, so that CI fails rather than skips without it.
"""

from __future__ import annotations

import copy
import csv
import json
import os
import re
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from factaudit.report import render_html
from factaudit.report.build import safe_id

playwright_api = pytest.importorskip("playwright.sync_api")
expect = playwright_api.expect

ROOT = Path(__file__).parent.parent
CASES = Path(__file__).parent / "gold" / "report" / "cases"
SCREENSHOTS = ROOT / "reports" / "screenshots"
BBC = ROOT.parent / "shared" / "corpora" / "bbc_news.csv"
CHROMIUM = Path(os.environ.get("FACTAUDIT_CHROMIUM", "/usr/bin/chromium"))
# We run as root in a closed network: no sandbox, GPU or shared memory, and no background traffic.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
VIEWPORT = {"width": 1400, "height": 1000}

if not CHROMIUM.exists() and os.environ.get("FACTAUDIT_REQUIRE_BROWSER") != "1":
    pytest.skip(f"{CHROMIUM} not installed (apt-get install chromium)", allow_module_level=True)


def load_case(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((CASES / f"{name}.json").read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with playwright_api.sync_playwright() as p:
        launched = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


class Report:
    """A report page opened from disk, with what it requested, logged and showed as a dialog."""

    def __init__(self, page: Any, path: Path) -> None:
        self.page, self.path = page, path
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        page.on("request", lambda r: self.requests.append(r.url))
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))

    def open(self, fragment: str = "", ready: bool = True) -> Report:
        self.page.goto(self.path.as_uri() + fragment)
        if ready:  # the script has drawn the table
            expect(self.page.locator("#f-count")).to_have_text(re.compile(r"(findings|rows)$"))
        return self

    @property
    def rows(self) -> Any:
        return self.page.locator("#findings-body tr.row")

    def shot(self, name: str) -> None:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=str(SCREENSHOTS / f"{name}.png"))


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("reports")
    written = {}
    for name in ("seeds", "features"):
        case = load_case(name)
        written[name] = folder / f"{name}.html"
        written[name].write_text(render_html(case["audit"], case["texts"]), encoding="utf-8")
    return written


@pytest.fixture
def open_report(browser: Any, pages: dict[str, Path]) -> Iterator[Any]:
    contexts = []

    def opener(name: str, fragment: str = "", path: Path | None = None, ready: bool = True) -> Report:
        context = browser.new_context(viewport=VIEWPORT)
        contexts.append(context)
        return Report(context.new_page(), path or pages[name]).open(fragment, ready)

    yield opener
    for context in contexts:
        context.close()


def test_opens_from_disk_without_requests_or_errors(open_report: Any) -> None:
    audit = load_case("seeds")["audit"]
    report = open_report("seeds")
    page = report.page
    expect(page.locator("h1")).to_contain_text("seeds")
    expect(page.locator(".figures")).to_contain_text(f"{len(audit['documents'])} documents")
    expect(report.rows).to_have_count(len(audit["findings"]))
    expect(page.locator("#f-count")).to_have_text(f"{len(audit['findings'])} findings")
    expect(page.locator("#pager")).to_be_hidden()
    expect(page.locator(".reuse-summary")).to_contain_text("000 reuses 001")
    report.shot("seeds-table")
    assert report.requests == [report.path.as_uri()]
    assert report.errors == []


def test_filters_by_kind_severity_source_and_text(open_report: Any) -> None:
    audit = load_case("seeds")["audit"]
    total = len(audit["findings"])
    kinds = Counter(f["kind"] for f in audit["findings"])
    report = open_report("seeds")
    page = report.page
    page.select_option("#f-kind", "agreement")
    expect(report.rows).to_have_count(kinds["agreement"])
    expect(page.locator("#f-count")).to_have_text(f"{kinds['agreement']} of {total} findings")
    expect(page.locator("#findings-body tr.row .col-kind").first).to_have_text("Agreement")
    report.shot("seeds-filtered-agreement")

    page.select_option("#f-kind", "")
    page.select_option("#f-severity", "warning")
    expect(report.rows).to_have_count(sum(f["severity"] == "warning" for f in audit["findings"]))

    page.select_option("#f-severity", "")
    doc = audit["documents"][3]["doc_id"]
    in_doc = {c["claim_id"] for c in audit["claims"] if c["doc_id"] == doc}
    page.select_option("#f-source", doc)
    expect(report.rows).to_have_count(sum(bool(in_doc & set(f["claim_ids"])) for f in audit["findings"]))

    page.select_option("#f-source", "")
    page.fill("#f-text", "irregular departures")
    expected = sum("irregular departures" in (f["subject"] or "") for f in audit["findings"])
    expect(report.rows).to_have_count(expected)
    page.fill("#f-text", "no such words anywhere")
    expect(report.rows).to_have_count(0)
    expect(page.locator("#no-rows")).to_be_visible()
    page.click("#f-clear")
    expect(report.rows).to_have_count(total)

    # The header counts are filters too.
    page.click(".by-kind button[data-value=time_series]")
    expect(report.rows).to_have_count(kinds["time_series"])
    expect(page.locator("#f-kind")).to_have_value("time_series")


def test_sorts_by_every_column(open_report: Any) -> None:
    report = open_report("features")
    page = report.page
    subjects = page.locator("#findings-body tr.row .col-subject")
    page.click("th[data-sort=subject] button")
    expect(page.locator("th[data-sort=subject]")).to_have_attribute("aria-sort", "ascending")
    ascending = subjects.all_text_contents()
    named = [s for s in ascending if s != "—"]
    assert named == sorted(named, key=str.lower) and ascending[-1] == "—"  # blanks last
    page.click("th[data-sort=subject] button")
    expect(page.locator("th[data-sort=subject]")).to_have_attribute("aria-sort", "descending")
    assert [s for s in subjects.all_text_contents() if s != "—"] == named[::-1]

    page.click("th[data-sort=rank] button")  # a new column sorts ascending: errors first
    expect(page.locator("#findings-body tr.row .col-sev .sev").first).to_have_text("error")
    page.click("th[data-sort=rank] button")
    expect(page.locator("th[data-sort=rank]")).to_have_attribute("aria-sort", "descending")
    expect(page.locator("#findings-body tr.row .col-sev .sev").first).to_have_text("info")
    for column in ("label", "value", "period", "sources", "status"):
        page.click(f"th[data-sort={column}] button")
        expect(page.locator(f"th[data-sort={column}]")).to_have_attribute("aria-sort", "ascending")
        expect(report.rows).to_have_count(len(load_case("features")["audit"]["findings"]))
    statuses = [s for s in page.locator("#findings-body tr.row .col-status").all_text_contents() if s]
    assert statuses == sorted(statuses)
    report.shot("features-sorted-by-status")


def test_open_a_finding_and_follow_it_into_the_source(open_report: Any) -> None:
    report = open_report("features")
    page = report.page
    page.locator("#findings-body tr.row", has_text="irregular departures").click()
    panel = page.locator("tr.detail article.finding")
    expect(panel).to_be_visible()
    expect(panel.locator(".message")).to_contain_text("Different figures for irregular departures")
    cards = panel.locator(".source")
    expect(cards).to_have_count(2)
    expect(cards.nth(0).locator("mark.figure")).to_have_text("more than 26,000")
    expect(cards.nth(1).locator("mark.figure")).to_have_text("about 25,000")
    expect(cards.nth(0)).to_contain_text("Joint press release")
    expect(cards.nth(1)).to_contain_text("2022-07-09")
    expect(panel.locator(".diff del").first).to_have_text("more than 26,000")
    expect(panel.locator(".diff ins").first).to_have_text("about 25,000")
    expect(panel.locator("svg.axis .arrow")).to_have_count(1)  # 'more than' is open above
    expect(panel.locator(".relation")).to_have_text("intervals overlap")
    expect(panel.locator(".review-note")).to_contain_text("ask the desk <b>today</b>")
    assert page.evaluate("location.hash") == "#finding-fp-number"
    report.shot("features-finding-open")

    cards.nth(1).get_by_text("Show in the source").click()
    source = page.locator("#source")
    expect(source).to_be_visible()
    expect(page.locator("#findings")).to_be_hidden()
    expect(source.locator("h2.source-title")).to_have_text("Ministry and Agency join forces")
    flashed = source.locator("mark.flash")
    expect(flashed).to_have_text("about 25,000")
    expect(flashed).to_be_in_viewport()
    expect(source.locator(".reuse-line")).to_contain_text("Reuses press")
    expect(source.locator(".doc-text mark.claim.single")).to_have_count(0)  # every claim has a counterpart
    report.shot("features-source-view")

    # A claim's finding marks lead back to the table, with that finding open.
    source.locator("sup.claim-links a[href='#finding-fp-number']").click()
    expect(page.locator("#findings")).to_be_visible()
    expect(page.locator("tr.row.selected")).to_contain_text("irregular departures")
    expect(page.locator("tr.detail article.finding")).to_be_visible()


def test_keyboard_navigation_and_help(open_report: Any) -> None:
    report = open_report("features")
    page = report.page
    anchors = [r.get_attribute("data-anchor") for r in report.rows.all()]
    page.keyboard.press("j")
    expect(page.locator("tr.row.selected")).to_have_attribute("data-anchor", anchors[0])
    expect(page.locator("tr.detail")).to_have_count(1)
    page.keyboard.press("j")
    page.keyboard.press("n")
    expect(page.locator("tr.row.selected")).to_have_attribute("data-anchor", anchors[2])
    page.keyboard.press("k")
    expect(page.locator("tr.row.selected")).to_have_attribute("data-anchor", anchors[1])
    expect(page.locator("tr.detail article")).to_have_attribute("data-finding", anchors[1])
    page.keyboard.press("p")
    page.keyboard.press("p")  # stays on the first
    expect(page.locator("tr.row.selected")).to_have_attribute("data-anchor", anchors[0])
    page.keyboard.press("o")
    expect(page.locator("tr.detail")).to_have_count(0)
    page.keyboard.press("Enter")
    expect(page.locator("tr.detail")).to_have_count(1)

    page.keyboard.press("?")
    expect(page.locator("#help")).to_be_visible()
    expect(page.locator("#help")).to_contain_text("next finding")
    report.shot("features-help")
    page.keyboard.press("Escape")
    expect(page.locator("#help")).to_be_hidden()

    page.keyboard.press("s")  # the selected finding's first source
    expect(page.locator("#source")).to_be_visible()
    expect(page.locator("#source mark.flash")).to_have_text("more than 26,000")
    page.keyboard.press("f")
    expect(page.locator("tr.row.selected")).to_have_attribute("data-anchor", anchors[0])

    page.keyboard.press("/")
    expect(page.locator("#f-text")).to_be_focused()
    page.keyboard.type("jk")  # typed into the search box, not taken as keys
    expect(page.locator("tr.row.selected")).to_have_attribute("data-anchor", anchors[0])
    expect(report.rows).to_have_count(0)


def test_time_series_points_link_to_their_sentences(open_report: Any) -> None:
    report = open_report("features", "#finding-fp-series")
    page = report.page
    chart = page.locator("tr.detail svg.chart")
    expect(chart).to_be_visible()
    dots = chart.locator("circle.dot")
    expect(dots).to_have_count(3)
    xs = [float(d.get_attribute("cx")) for d in dots.all()]
    assert (xs[1] - xs[0]) > 1.5 * (xs[2] - xs[1])  # 2017 -> 2020 is wider than 2020 -> mid-2022
    report.shot("features-time-series")
    chart.locator("a").nth(1).click()
    expect(page.locator("#source mark.flash")).to_have_text("123")


def finding_of(case: str, kind: str, check: str | None = None) -> dict[str, Any]:
    findings = load_case(case)["audit"]["findings"]
    return next(
        f for f in findings if f["kind"] == kind and (check is None or f["details"]["check"] == check)
    )


def test_an_arithmetic_finding_shows_its_worked_arithmetic(open_report: Any) -> None:
    breakdown = finding_of("features", "arithmetic_inconsistency", "breakdown")
    report = open_report("features")
    page = report.page
    page.select_option("#f-kind", "arithmetic_inconsistency")
    expect(report.rows).to_have_count(3)
    page.locator(f"#findings-body tr.row[data-anchor='finding-{breakdown['fingerprint']}']").click()
    worked = page.locator("tr.detail .worked")
    expect(worked).to_be_visible()
    expect(worked.locator(".equation")).to_have_text(
        "✗ components 175 + 935 = 1,110 vs total 1,200 (difference −90, tolerance ± 50)"
    )
    table = worked.locator("table.work")
    expect(table.locator("tr.figure-row")).to_have_count(3)
    expect(table.locator("tr.figure-row").first).to_contain_text("Total")
    expect(table.locator("tr.recomputed")).to_contain_text("Sum of the components")
    expect(table.locator("tr.recomputed")).to_contain_text("1,110")
    expect(table).to_contain_text("Difference")
    expect(table).to_contain_text("Tolerance")
    expect(worked.locator("blockquote.sentence mark.figure")).to_have_text(["1,200", "175", "935"])
    report.shot("features-arithmetic-finding")

    table.locator("tr.figure-row", has_text="Component").first.locator("a").first.click()
    expect(page.locator("#source")).to_be_visible()
    expect(page.locator("#source mark.flash")).to_have_text("175")

    # A date check whose words are no claim: the sentence is shown, its link opens the document.
    page.evaluate(
        "location.hash = '#finding-' + "
        + json.dumps(finding_of("features", "date_inconsistency", "period_order")["fingerprint"])
    )
    dated = page.locator("tr.detail .worked")
    expect(dated.locator(".equation")).to_contain_text("begins 2020-01-01, ends 2017-12-31")
    expect(dated.locator("blockquote.sentence mark.figure")).to_have_text("between 2020 and 2017")
    dated.locator("a.to-source").click()
    expect(page.locator("#source h2.source-title")).to_have_text("Storm death toll reaches 23")
    assert report.errors == []


def test_updates_and_estimates_render(open_report: Any) -> None:
    superseded = finding_of("features", "superseded")
    report = open_report("features", f"#finding-{superseded['fingerprint']}")
    page = report.page
    chart = page.locator("tr.detail svg.chart.step")
    expect(chart).to_be_visible()
    expect(chart.locator("circle.dot")).to_have_count(3)
    expect(page.locator("tr.detail .sequence")).to_contain_text(
        "5 (1 Mar 2024) → 18 (1 Mar 2024, later) → 23 (3 Mar 2024)"
    )
    report.shot("features-updated-figure")
    estimates = finding_of("features", "competing_estimates")
    page.evaluate(f"location.hash = '#finding-{estimates['fingerprint']}'")
    cards = page.locator("tr.detail li.estimate")
    expect(cards).to_have_count(2)
    expect(cards.nth(0)).to_contain_text("according to CGT union")
    expect(cards.nth(1)).to_contain_text("1.28 million")
    assert report.errors == []


def test_the_checks_view_shows_what_held(open_report: Any) -> None:
    checks = load_case("seeds")["audit"]["checks"]
    held = [c for c in checks if c["holds"]]
    report = open_report("seeds")
    page = report.page
    page.locator("nav.tabs a[data-view=checks]").click()
    view = page.locator("#checks")
    expect(view).to_be_visible()
    expect(view.locator(".checks-summary")).to_contain_text(f"{len(held)} checks held")
    expect(view.locator("article.check.holds")).to_have_count(len(held))
    for equation in ("part 1,664 ≤ whole 4,388", "part 6,162 ≤ whole 9,179", "Wednesday 14 April 2021"):
        expect(view.locator(".check-index")).to_contain_text(equation)
    part = view.locator("article.check", has_text="part 6,162 ≤ whole 9,179")
    expect(part.locator(".verdict").first).to_have_text("✓")
    expect(part.locator("table.work tr.figure-row")).to_have_count(2)
    report.shot("seeds-checks")

    part.locator("a.to-source").first.click()
    source = page.locator("#source")
    expect(source).to_be_visible()
    expect(source.locator("mark.flash")).to_have_text("9,179")
    expect(source.locator("sup.claim-links a.checked")).to_have_count(3)  # the weekday, the whole, the part
    expect(page.locator("#back-link")).to_have_text("← Back to the checks")
    source.locator("sup.claim-links a.checked").last.click()
    expect(view).to_be_visible()
    expect(part).to_be_in_viewport()
    assert report.errors == []


def test_text_reuse_view_shows_what_changed(open_report: Any) -> None:
    report = open_report("seeds")
    page = report.page
    page.get_by_role("link", name="What changed").first.click()
    note = page.locator("article.reuse-note").first
    expect(note).to_be_visible()
    expect(note.locator("h3")).to_contain_text("001")
    expect(note).to_contain_text("of 000’s")
    expect(note.locator("ol.changed li").first.locator("del, ins").first).to_be_visible()
    report.shot("seeds-text-reuse")


def test_no_script_from_a_document_runs(open_report: Any) -> None:
    report = open_report("features")
    page = report.page
    for fragment in (
        f"#{safe_id('doc', 'hostile <doc>')}",
        "#finding-fp-hostile",
        "#finding-fp-arith",
        "#reuse",
        "#documents",
    ):
        page.evaluate(f"location.hash = {json.dumps(fragment)}")
        page.wait_for_timeout(50)
    page.evaluate("location.hash = '#finding-fp-hostile'")
    expect(page.locator("tr.detail .review-note")).to_contain_text("<script>window.__pwned = 1</script>")
    page.locator("tr.detail .source-head a.doc-link", has_text="hostile").first.click()
    text = page.locator("#source .doc-text")
    expect(text).to_contain_text('<img src=x onerror="window.__pwned = 2; alert(1)"> {{ 7*7 }} {% raw %}')
    expect(page.locator("#source h2.source-title")).to_contain_text("<script>window.__pwned = 1</script>")
    report.shot("features-hostile-document")
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator("img").count() == 0
    assert report.dialogs == []
    assert [u for u in report.requests if not u.startswith("file:")] == []


def test_the_hostile_check_would_catch_a_running_script(open_report: Any, tmp_path: Path) -> None:
    # The same text pasted raw into a page without the report's escaping and CSP does run.
    hostile = load_case("features")["texts"]["hostile <doc>"]
    raw = tmp_path / "raw.html"
    raw.write_text(f"<!DOCTYPE html><title>raw</title>{hostile}", encoding="utf-8")
    report = open_report("raw", path=raw, ready=False)
    report.page.wait_for_timeout(200)
    assert report.page.evaluate("typeof window.__pwned") == "number"
    assert report.dialogs == ["1"]


def big_case(copies: int) -> dict[str, Any]:
    """The features case with every finding repeated under new fingerprints: thousands of rows."""
    case = copy.deepcopy(load_case("features"))
    originals = case["audit"]["findings"]
    case["audit"]["findings"] = [
        {**f, "fingerprint": f"{f['fingerprint']}-{i}", "subject": f"{f['subject'] or ''} batch {i}"}
        for i in range(copies)
        for f in originals
    ]
    return case


def test_thousands_of_findings_are_paged(open_report: Any, tmp_path: Path) -> None:
    case = big_case(400)
    per_batch = len(load_case("features")["audit"]["findings"])
    path = tmp_path / "big.html"
    path.write_text(render_html(case["audit"], case["texts"]), encoding="utf-8")
    report = open_report("big", path=path)
    page = report.page
    expect(page.locator("#f-count")).to_have_text(f"{400 * per_batch:,} findings")
    expect(report.rows).to_have_count(100)
    expect(page.locator("#page-info")).to_contain_text(f"page 1 of {400 * per_batch // 100}")
    page.click("#page-next")
    expect(page.locator("#page-info")).to_contain_text("Rows 101–200")
    started = time.monotonic()
    page.fill("#f-text", "batch 399")
    expect(report.rows).to_have_count(per_batch)
    assert time.monotonic() - started < 2.0
    page.keyboard.press("Escape")
    page.click("#f-clear")
    report.rows.last.click()  # the 100th finding; j walks across the page boundary to the 101st
    page.keyboard.press("j")
    expect(page.locator("#page-info")).to_contain_text(f"page 2 of {400 * per_batch // 100}")
    expect(report.rows.first).to_have_class(re.compile(r"\bselected\b"))
    expect(page.locator("tr.row.selected")).to_be_in_viewport()


def test_the_cli_report_of_the_seeds(open_report: Any, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from factaudit.cli import app

    html, data = tmp_path / "audit.html", tmp_path / "audit.json"
    result = CliRunner().invoke(
        app,
        [
            "audit",
            str(ROOT / "seeds"),
            "--html",
            str(html),
            "--json",
            str(data),
            "--claims",
            str(tmp_path / "c.csv"),
            "--no-cache",
        ],
    )
    assert result.exit_code == 0, result.output
    audit = json.loads(data.read_text(encoding="utf-8"))
    report = open_report("cli", path=html)
    expect(report.rows).to_have_count(len(audit["findings"]))
    report.page.keyboard.press("j")
    expect(report.page.locator("tr.detail article.finding")).to_be_visible()
    assert report.errors == []


def test_a_large_corpus_opens_grouped_agreements_from_compact_data(
    open_report: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from factaudit.report import texts
    from test_report_scale import chained

    case = load_case("seeds")
    audit = chained(case["audit"])
    monkeypatch.setattr(texts, "FULL_TEXT_MAX_DOCUMENTS", len(case["texts"]) - 1)
    path = tmp_path / "compact.html"
    path.write_text(render_html(audit, case["texts"]), encoding="utf-8")
    agreements = [f for f in audit["findings"] if f["kind"] == "agreement"]
    report = open_report("compact", path=path)
    page = report.page
    expect(page.locator("#f-count")).to_have_text(f"{len(audit['findings']) - 2} rows")
    expect(page.locator("#compact-note")).to_contain_text(f"{len(agreements)} agreements")
    page.select_option("#f-kind", "agreement")
    expect(report.rows).to_have_count(len(agreements) - 2)
    # The chaining agreement's own fragment opens the group it belongs to, drawn from the data.
    page.goto(path.as_uri() + "#" + safe_id("finding", "chain0000"))
    group = page.locator("tr.detail article.finding.compact")
    expect(group).to_be_visible()
    expect(page.locator("tr.row.selected")).to_have_id(safe_id("finding", agreements[0]["fingerprint"]))
    expect(group.locator(".lead.agreed")).to_contain_text("Agreed: two")
    expect(group.locator(".source")).to_have_count(4)
    expect(group.locator(".source mark.figure").first).to_have_text("two")
    expect(group.locator(".fingerprint code")).to_have_count(3)
    report.shot("compact-agreement")
    group.locator(".source-links a").nth(3).click()
    expect(page.locator("#source mark.flash")).to_be_visible()
    page.go_back()
    page.select_option("#f-kind", "time_series")
    report.rows.first.click()
    series = page.locator("tr.detail article.finding.compact")
    expect(series.locator("table.points tbody tr").first).to_be_visible()
    expect(series.locator("details.series-sources summary")).to_contain_text("sentences")
    assert report.errors == []
    assert report.requests == [report.path.as_uri()]


def test_a_large_corpus_draws_errors_past_the_first_from_compact_data(
    open_report: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from factaudit.report import compact, texts

    case = load_case("features")
    audit = case["audit"]
    monkeypatch.setattr(texts, "FULL_TEXT_MAX_DOCUMENTS", len(case["texts"]) - 1)
    monkeypatch.setattr(compact, "FULL_FINDINGS_SHOWN", 1)
    html = render_html(audit, case["texts"])
    path = tmp_path / "drawn.html"
    path.write_text(html, encoding="utf-8")
    date = next(f for f in audit["findings"] if f["kind"] == "date_conflict")
    hostile = next(f for f in audit["findings"] if f["fingerprint"] == "fp-hostile")
    anchor = safe_id("finding", date["fingerprint"])
    assert f'id="tpl-{anchor}"' not in html  # no partial: drawn by the script
    report = open_report("drawn", path=path)
    page = report.page
    # Every finding has its row (the one agreement is a group of one); the header counts stay exact.
    expect(page.locator("#f-count")).to_have_text(f"{len(audit['findings'])} rows")
    expect(page.locator("#compact-note")).to_contain_text("without the value axes and word diffs")
    errors = sum(1 for f in audit["findings"] if f["severity"] == "error")
    expect(page.locator("button[data-filter='severity'][data-value='error']")).to_contain_text(str(errors))
    # The search text of a drawn row is made in the browser from its fields and message.
    page.fill("#f-text", "12 september 2022 article")
    expect(report.rows).to_have_count(1)
    expect(report.rows.first).to_have_id(anchor)
    page.fill("#f-text", "")
    page.goto(path.as_uri() + "#" + anchor)
    drawn = page.locator("tr.detail article.finding.compact")
    expect(drawn).to_be_visible()
    expect(drawn.locator(".kind-label")).to_have_text("Date conflict")
    expect(drawn.locator(".kind-description")).to_contain_text("different dates")
    expect(drawn.locator(".lead strong.value")).to_have_text(["5 September 2022", "12 September 2022"])
    expect(drawn.locator(".lead")).to_contain_text("(2022-09-05) in press vs 12 September 2022")
    expect(drawn.locator(".source")).to_have_count(2)
    expect(drawn.locator(".source mark.figure").first).to_have_text("5 September 2022")
    expect(drawn.locator(".finding-details dt").first).to_have_text("sentence_score")
    expect(drawn.locator(".fingerprint code")).to_have_text(date["fingerprint"])
    report.shot("drawn-error")
    # Its source view: an excerpt of the press release, the claim marked at its offsets.
    page.keyboard.press("s")
    flash = page.locator("#source mark.flash")
    expect(flash).to_be_visible()
    expect(flash).to_have_text("5 September 2022")
    expect(page.locator("#source .text-excerpt")).to_be_visible()
    expect(page.locator("#source .doc-text .omitted").first).to_have_text("[…]")
    report.shot("drawn-error-source")
    page.go_back()
    expect(drawn).to_be_visible()
    # A hostile finding drawn from the data shows its markup as text; nothing of it runs.
    page.goto(path.as_uri() + "#" + safe_id("finding", hostile["fingerprint"]))
    expect(drawn.locator("h3.message")).to_contain_text("<script>window.__pwned = 1</script>")
    expect(drawn.locator(".lead")).to_contain_text("in hostile <doc>")
    assert page.evaluate("window.__pwned") is None
    assert report.errors == [] and report.dialogs == []
    assert report.requests == [report.path.as_uri()]


def bbc_audit(folder: Path) -> dict[str, Any]:
    """The audit of the whole BBC corpus through the pipeline's one entry point, one file per article."""
    from factaudit.audit import AuditConfig, run_audit
    from factaudit.output import audit_payload

    with BBC.open(encoding="utf-8", newline="") as f:
        for record in csv.DictReader(f):
            path = folder / f"{record['category']}-{record['file']}"  # ids come from file names
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(f"{record['title']}\n\n{record['text']}", encoding="utf-8")
    config = AuditConfig(sources=(str(folder),))
    result = run_audit(config)
    return {
        "audit": audit_payload(result, config.sources),
        "texts": {d.doc_id: d.text for d in result.corpus.documents},
    }


# Bounds on a 2-core machine: the BBC report (~29 MB, ~2,600 findings) shows its table in about 3.5 s.
BBC_FIRST_ROWS_S, BBC_RESPONSE_S = 20.0, 2.0


@pytest.mark.slow
def test_bbc_report_opens_and_filters(open_report: Any, tmp_path: Path) -> None:
    if not BBC.exists():
        pytest.skip(f"{BBC} not available")
    case = bbc_audit(tmp_path / "bbc")
    path = tmp_path / "bbc.html"
    path.write_text(render_html(case["audit"], case["texts"]), encoding="utf-8")
    total = len(case["audit"]["findings"])
    assert total > 1000
    started = time.monotonic()
    report = open_report("bbc", path=path)
    page = report.page
    expect(report.rows).to_have_count(100)
    assert time.monotonic() - started < BBC_FIRST_ROWS_S
    page.wait_for_load_state("load")
    for action, check in (
        (lambda: page.select_option("#f-kind", "number_conflict"), r"^[\d,]+ of [\d,]+ rows$"),
        (lambda: page.fill("#f-text", "profit"), r"^[\d,]+ of [\d,]+ rows$"),
        (lambda: page.click("th[data-sort=value] button"), None),
        (lambda: page.keyboard.press("j"), None),
    ):
        started = time.monotonic()
        action()
        if check:
            expect(page.locator("#f-count")).to_have_text(re.compile(check))
        assert time.monotonic() - started < BBC_RESPONSE_S
    expect(page.locator("tr.detail article.finding")).to_be_visible()
    started = time.monotonic()
    page.locator("tr.detail .source-links a").first.click()
    expect(page.locator("#source mark.flash")).to_be_visible()
    assert time.monotonic() - started < BBC_RESPONSE_S
    report.shot("bbc-source-view")
    assert report.errors == []
