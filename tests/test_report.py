"""The HTML report: context, drawings, diffs, provenance, escaping, CSP and determinism."""

from __future__ import annotations

import base64
import copy
import dataclasses
import gc
import hashlib
import json
import re
from pathlib import Path
from typing import Any

import pytest

from factaudit.report import build, compact, context, diff, geometry, provenance
from factaudit.report.html import collector_paused, format_interval, format_number, json_script, render_html

CASES = Path(__file__).parent / "gold" / "report" / "cases"
SEEDS = Path(__file__).parent.parent / "seeds"


def load_case(name: str) -> tuple[dict[str, Any], dict[str, str]]:
    data = json.loads((CASES / f"{name}.json").read_text(encoding="utf-8"))
    return data["audit"], data["texts"]


@pytest.fixture(scope="module")
def features() -> tuple[dict[str, Any], dict[str, str]]:
    return load_case("features")


@pytest.fixture(scope="module")
def ctx(features: tuple[dict[str, Any], dict[str, str]]) -> context.ReportContext:
    return build.build_context(*features)


@pytest.fixture(scope="module")
def page(features: tuple[dict[str, Any], dict[str, str]]) -> str:
    return render_html(*features)


def finding(ctx: context.ReportContext, fingerprint: str) -> context.FindingView:
    return next(f for f in ctx.findings if f.fingerprint == fingerprint)


# The page as a whole ---------------------------------------------------------------------------------


def test_every_finding_has_a_template_and_a_row(ctx: context.ReportContext, page: str) -> None:
    assert len(ctx.findings) == len(ctx.rows) == 14
    for f in ctx.findings:
        assert f'<template id="tpl-{f.anchor}">' in page
    assert page.count('<article class="finding ') == 14
    assert f"Finding kind <code>{'arithmetic_mismatch'}</code>" in page  # the generic partial


def test_findings_are_ordered_by_severity_then_known_kind(ctx: context.ReportContext) -> None:
    assert [f.kind for f in ctx.findings] == [
        "number_conflict",
        "date_conflict",
        *["arithmetic_inconsistency"] * 3,
        *["date_inconsistency"] * 2,
        "qualifier_drift",
        "wording_drift",
        "competing_estimates",
        "arithmetic_mismatch",
        "agreement",
        "time_series",
        "superseded",
    ]
    assert {f.partial for f in ctx.findings if f.kind != "arithmetic_mismatch"} >= {
        "_arithmetic_inconsistency.j2",
        "_date_inconsistency.j2",
        "_competing_estimates.j2",
        "_superseded.j2",
    }


def test_hostile_text_is_inert(page: str) -> None:
    assert "<script>window" not in page
    assert "<img src=x" not in page
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=&#34;window.__pwned = 2; alert(1)&#34;&gt;" in page
    assert "{{ 7*7 }}" in page and "{% raw %}" in page
    # Only the report's own script runs; the data block is JSON that no '<' can end.
    assert page.count("<script>") == 1
    data = re.search(r'<script type="application/json" id="report-data">(.*?)</script>', page, re.S)
    assert data and "<" not in data.group(1)
    assert "\\u003cscript\\u003ewindow.__pwned" in data.group(1)


def test_json_script_escapes_every_way_out_of_a_script_element() -> None:
    text = str(json_script({"a": "</script><!-- & \u2028"}))
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text) == {"a": "</script><!-- & \u2028"}


def test_ids_are_safe_and_links_resolve(page: str) -> None:
    ids = re.findall(r'\sid="([^"]*)"', page)
    assert ids and all(re.fullmatch(r"[A-Za-z0-9_-]+", i) for i in ids)
    assert len(ids) == len(set(ids))
    known = set(ids)
    for target in re.findall(r'href="#([^"]*)"', page):
        # Findings and documents are cloned from their template by the script when linked to.
        assert target in known or f"tpl-{target}" in known, target


def test_csp_allows_only_the_inline_script_and_style(page: str) -> None:
    policy = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', page)
    assert policy
    assert "default-src &#39;none&#39;" in policy.group(1)
    for tag, directive in (("script", "script-src"), ("style", "style-src")):
        body = re.search(rf"<{tag}>(.*?)</{tag}>", page, re.S)
        assert body
        digest = base64.b64encode(hashlib.sha256(body.group(1).encode()).digest()).decode()
        assert f"{directive} &#39;sha256-{digest}&#39;" in policy.group(1)
    assert "unsafe-inline" not in page and "unsafe-eval" not in page
    tags = " ".join(re.findall(r"<[a-zA-Z][^>]*>", page))  # text is escaped: every '<' opens a real tag
    assert not re.search(r"\sstyle=", tags), "inline style attributes would be blocked by the CSP"
    assert not re.search(r"\son[a-z]+=", tags), "event-handler attributes would be blocked by the CSP"


def test_no_network_request(page: str) -> None:
    # URLs of documents are shown as text; nothing is loaded or linked off the page.
    tags = " ".join(re.findall(r"<[a-zA-Z][^>]*>", page))
    targets = re.findall(
        r"""\s(?:src|href|action|srcset|xlink:href|poster|data)\s*=\s*("[^"]*"|'[^']*'|\S+)""", tags
    )
    assert targets and all(t.startswith('"#') for t in targets), sorted(set(targets))[:5]
    assert "url(" not in page and "@import" not in page
    assert "https://example.org/press/ip-22-4388" in page


def test_render_is_deterministic(features: tuple[dict[str, Any], dict[str, str]]) -> None:
    audit, texts = features
    assert render_html(audit, texts) == render_html(copy.deepcopy(audit), dict(reversed(texts.items())))


def test_nulls_and_missing_texts_render(features: tuple[dict[str, Any], dict[str, str]]) -> None:
    nulled = copy.deepcopy(features[0])
    for record in nulled["claims"]:
        for key in ("value", "low", "high", "qualifier", "unit", "sentence", "period_text", "subject"):
            record[key] = None
    for record in nulled["findings"]:
        if record["kind"] != "time_series":
            record["details"] = None
    for record in nulled["checks"]:
        record["details"] = None
        record["holds"] = None
    nulled["summary"] = {}
    html = render_html(nulled, {})
    assert "was not given to the report" in html
    empty = render_html({"schema": "factaudit/audit/1"}, {})
    assert '"rows":[]' in empty and "No document reuses" in empty


def test_optional_fields_are_shown_when_present(ctx: context.ReportContext, page: str) -> None:
    assert ctx.summary.new == 4
    assert [(c.key, c.count) for c in ctx.summary.new_by_severity] == [("error", 3), ("warning", 1)]
    assert [c.key for c in ctx.summary.by_status] == ["unreviewed", "confirmed", "accepted", "false_positive"]
    assert "4</b> new against the baseline" in page
    assert "Reviewer's note: Article rounds down; ask the desk &lt;b&gt;today&lt;/b&gt;." in page
    press = next(d for d in ctx.documents if d.ref.doc_id == "press")
    assert ("Outlet", "European Commission") in press.ref.meta
    assert ("Kind", "press release") in press.ref.meta
    assert "&#34;total&#34;: 31000" in page  # an unknown details block, flattened to JSON text


def test_without_baseline_or_review_nothing_is_claimed(
    features: tuple[dict[str, Any], dict[str, str]],
) -> None:
    plain = copy.deepcopy(features[0])
    for record in plain["findings"]:
        for key in ("new", "review_status", "review_note"):
            record.pop(key, None)
    page = render_html(plain, features[1])
    assert "new against the baseline" not in page and 'id="f-new"' not in page
    assert 'id="f-status"' not in page


# Claims, documents and rows ---------------------------------------------------------------------------


def test_single_source_claims(ctx: context.ReportContext) -> None:
    claims = {c.claim_id: c for d in ctx.documents for s in d.segments for c in s.claims}
    assert not claims["p:0"].single_source
    # In a finding, but only beside a claim that is missing: no other document reports it.
    assert claims["h:0"].single_source
    hostile = next(d for d in ctx.documents if d.ref.doc_id == "hostile <doc>")
    assert hostile.single_source_count == 1


def test_claims_link_to_their_findings(ctx: context.ReportContext) -> None:
    article = next(d for d in ctx.documents if d.ref.doc_id == "article")
    hundred = next(c for s in article.segments for c in s.claims if c.claim_id == "a:1")
    assert [f.kind for f in hundred.findings] == ["qualifier_drift", "wording_drift", "agreement"]
    assert ctx.claim_documents[hundred.anchor] == article.ref.anchor


def test_rows_carry_values_periods_and_sources(ctx: context.ReportContext) -> None:
    row = next(r for r in ctx.rows if r.kind == "number_conflict")
    assert row.values == ("more than 26,000", "about 25,000")
    assert row.sources == ("press", "article")
    assert row.periods == ("In the first half of this year",) * 2
    assert row.status == "confirmed" and row.new is True and row.rank == 0
    assert "irregular departures" in row.text and "morocco daily" not in row.text


def test_segments_survive_nested_and_out_of_range_claims() -> None:
    doc = build.build_document_ref({"doc_id": "d"})
    a = build.build_claim({"claim_id": "a", "text": "abcd"}, doc)
    b = build.build_claim({"claim_id": "b", "text": "bc"}, doc)
    z = build.build_claim({"claim_id": "z", "text": "?"}, doc)
    segments = build.segment_text("xabcdy", [(1, 5, a), (2, 4, b), (4, 99, z)])
    assert "".join(s.text for s in segments) == "xabcdy"
    assert [(s.text, [c.claim_id for c in s.claims], [c.claim_id for c in s.ends]) for s in segments] == [
        ("x", [], []),
        ("a", ["a"], []),
        ("bc", ["a", "b"], ["b"]),
        ("d", ["a", "z"], ["a"]),
        ("y", ["z"], ["z"]),
    ]


def test_empty_claims_start_runs_but_cover_none() -> None:
    doc = build.build_document_ref({"doc_id": "d"})
    a = build.build_claim({"claim_id": "a", "text": "bc"}, doc)
    empty = build.build_claim({"claim_id": "e", "text": ""}, doc)
    last = build.build_claim({"claim_id": "l", "text": ""}, doc)
    segments = build.segment_text("abcd", [(1, 3, a), (1, 1, empty), (4, 4, last)])
    assert [
        (s.text, [c.claim_id for c in s.claims], [c.claim_id for c in s.starts], [c.claim_id for c in s.ends])
        for s in segments
    ] == [("a", [], [], []), ("bc", ["a"], ["a", "e"], ["a"]), ("d", [], [], []), ("", [], ["l"], [])]


def test_the_garbage_collector_is_paused_only_while_the_page_is_made(
    features: tuple[dict[str, Any], dict[str, str]],
) -> None:
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    render_html(*features)
    assert gc.isenabled()
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()  # a caller's own pause is left as it was
    finally:
        gc.enable()


@pytest.mark.parametrize(
    ("ids", "expected"),
    [
        (["000_ab", "001_cd"], ["000", "001"]),
        (["x_1", "x_2"], ["x_1", "x_2"]),
        (["business/001.txt"], ["business/001.txt"]),
    ],
)
def test_short_labels(ids: list[str], expected: list[str]) -> None:
    assert list(build.short_labels(ids).values()) == expected


# Worked checks, updates and estimates ---------------------------------------------------------------


def worked(ctx: context.ReportContext, check: str) -> context.WorkedCheck:
    found = next(f.worked for f in ctx.findings if f.worked is not None and f.worked.check == check)
    assert found is not None
    return found


def steps(check: context.WorkedCheck) -> dict[str, str]:
    return {s.label: s.value for s in check.steps}


def test_a_breakdown_shows_its_sum_against_the_total(ctx: context.ReportContext, page: str) -> None:
    w = worked(ctx, "breakdown")
    assert w.holds is False and w.label == "Breakdown"
    assert w.equation == "components 175 + 935 = 1,110 vs total 1,200"
    assert w.margin == "difference −90, tolerance ± 50"
    assert [(f.role_label, f.text, f.value) for f in w.figures] == [
        ("Total", "1,200", 1200),
        ("Component", "175", 175),
        ("Component", "935", 935),
    ]
    assert steps(w) == {"Sum of the components": "1,110", "Difference": "−90", "Tolerance": "± 50"}
    assert all(f.href.startswith("#claim-") for f in w.figures)
    (sentence,) = w.sentences
    assert [p.text for p in sentence.pieces if p.marked] == ["1,200", "175", "935"]
    assert "components 175 + 935 = 1,110 vs total 1,200" in page
    assert '<span class="verdict fails" title="Does not hold">✗</span>' in page


def test_a_part_larger_than_its_whole(ctx: context.ReportContext) -> None:
    w = worked(ctx, "part_whole")
    assert w.equation == "part 10,162 > whole 9,179"
    assert steps(w) == {"Difference": "983", "Tolerance": "± 1"}


def test_a_percentage_change_is_recomputed_from_its_two_figures(ctx: context.ReportContext) -> None:
    w = worked(ctx, "percent_change")
    # One range claim ("from 100 to 150") gives both figures; each keeps its own value, not the claim's.
    assert [(f.role, f.text, f.value) for f in w.figures] == [
        ("stated", "20%", 20),
        ("from", "100", 100),
        ("to", "150", 150),
    ]
    assert w.equation == "from 100 to 150 is +50% vs stated +20%"
    assert steps(w)["Change recomputed from the figures"] == "+50%"
    assert steps(w)["Tolerance"] == "± 1 point"
    finding_view = next(f for f in ctx.findings if f.worked is w)
    assert len(finding_view.claims) == 2  # the range claim is listed once


def test_a_date_check_without_claims_shows_its_sentence(ctx: context.ReportContext) -> None:
    w = worked(ctx, "period_order")
    view = next(f for f in ctx.findings if f.worked is w)
    assert view.claims == () and w.document is not None and w.document.doc_id == "storm2"
    (sentence,) = w.sentences
    assert sentence.href == f"#{w.document.anchor}"
    assert [p.text for p in sentence.pieces if p.marked] == ["between 2020 and 2017"]
    row = next(r for r in ctx.rows if r.anchor == view.anchor)
    assert row.values == ("between 2020 and 2017",) and row.doc_ids == ("storm2",)
    assert steps(w)["Period begins"] == "Wednesday 1 January 2020"
    weekday = worked(ctx, "weekday")
    assert weekday.equation.endswith(
        "Sunday 14 April 2024 (year from the publication date) vs stated Tuesday"
    )


def test_checks_list_failures_first_then_what_held(ctx: context.ReportContext, page: str) -> None:
    assert ctx.checks_held == 4 and len(ctx.checks) == 9
    assert [c.holds for c in ctx.checks] == [False] * 5 + [True] * 4
    failed = {c.fingerprint: c.finding_anchor for c in ctx.checks if not c.holds}
    assert all(anchor == f"finding-{fp}" for fp, anchor in failed.items())
    held = [c for c in ctx.checks if c.holds]
    assert [c.check for c in held] == ["as_of", "part_whole", "ratio_change", "unit_sum"]
    assert held[1].equation == "part 1,664 ≤ whole Some 4,388"
    assert held[2].equation == "from 40 to 80 is ×2 vs “doubled” ×2"
    # A check the report does not know: generic words; a figure whose claim and document are missing.
    unknown = held[3]
    assert unknown.label == "Unit sum" and unknown.equation == "stated 26,000 vs recomputed 26,000"
    assert [(f.role_label, f.href) for f in unknown.figures][1] == ("Mystery", "")
    assert "Units add up &lt;script&gt;" in page and "&lt;b&gt;12&lt;/b&gt;" in page
    assert '<section class="view" id="checks"' in page and "4 checks</b> held, 5 failed" in page


def test_checked_claims_are_marked_in_the_source(ctx: context.ReportContext, page: str) -> None:
    storm2 = next(d for d in ctx.documents if d.ref.doc_id == "storm2")
    checked = {c.text: [k.label for k in c.checks] for s in storm2.segments for c in s.claims if c.checks}
    assert checked == {
        "Some 4,388": ["Part and whole"],
        "1,664": ["Part and whole"],
        "doubled": ["Ratio word"],
        "from 40 to 80": ["Ratio word"],
    }
    assert storm2.checked_count == 2
    assert 'class="checked" href="#check-' in page and "checked and consistent" in page


def test_an_updated_figure_is_a_sequence_in_as_of_order(ctx: context.ReportContext, page: str) -> None:
    view = next(f for f in ctx.findings if f.kind == "superseded")
    assert [(u.text, u.when) for u in view.updates] == [
        ("5", "1 Mar 2024"),
        ("18", "1 Mar 2024, later"),
        ("23", "3 Mar 2024"),
    ]
    assert view.points == () and view.chart is not None
    xs = [p.x for p in view.chart.points]
    assert xs == sorted(xs) and len(set(xs)) == 3  # the night's 18 stands right of the afternoon's 5
    assert [p.source.href for p in view.chart.points] == [f"#{c.anchor}" for c in view.claims]
    assert '<svg class="chart step"' in page


def test_competing_estimates_credit_each_source(ctx: context.ReportContext) -> None:
    view = next(f for f in ctx.findings if f.kind == "competing_estimates")
    assert [(e.text, e.source, e.claim is not None) for e in view.estimates] == [
        ("About 3.5 million", "CGT union", True),
        ("1.28 million", "Interior Ministry.", True),
    ]


def test_seed_checks_held_are_shown_as_checked() -> None:
    audit, texts = load_case("seeds")
    ctx = build.build_context(audit, texts)
    held = {(c.check, c.document.short if c.document else "", c.equation) for c in ctx.checks if c.holds}
    assert {
        ("part_whole", "002", "part 1,664 ≤ whole 4,388"),
        ("part_whole", "004", "part 6,162 ≤ whole 9,179"),
    } <= held
    assert any(c == "weekday" and short == "004" and "Wednesday 14 April 2021" in eq for c, short, eq in held)
    page = render_html(audit, texts)
    assert "part 6,162 ≤ whole 9,179" in page and "Checks <span" in page


# Drawings -------------------------------------------------------------------------------------------


def span(low: float | None, high: float | None, point: float | None = None) -> geometry.Span:
    return geometry.Span(label="s", href="#c", title="t", low=low, high=high, point=point)


def test_axis_shows_a_gap_between_disjoint_intervals() -> None:
    axis = geometry.build_axis([span(100, 110, 105), span(130, 140, 135)], "number")
    assert axis and axis.relation == "gap" and axis.band
    first, second = axis.rows
    assert axis.band == (first.x2, second.x1)


def test_axis_draws_open_bounds_to_the_edge() -> None:
    axis = geometry.build_axis([span(26000, None, 26000), span(22500, 27500, 25000)], "number")
    assert axis and axis.relation == "overlap"
    open_row, closed_row = axis.rows
    assert open_row.open_high and not open_row.open_low and open_row.x2 == axis.right
    assert not closed_row.open_high and closed_row.x2 < axis.right
    assert axis.band and axis.band[0] == open_row.x1 and axis.band[1] == closed_row.x2
    assert [t.label for t in axis.ticks] == ["23,000", "24,000", "25,000", "26,000", "27,000"]


def test_axis_needs_two_sources() -> None:
    assert geometry.build_axis([span(1, 2)], "number") is None
    assert geometry.build_axis([span(1, 2), span(None, None)], "number") is None


def test_chart_places_points_by_date(ctx: context.ReportContext) -> None:
    chart = finding(ctx, "fp-series").chart
    assert chart is not None
    x = [p.x for p in chart.points]
    # 2017, 2020 and the first half of 2022: the gaps are 3 and 1.75 years, not equal.
    assert (x[1] - x[0]) / (x[2] - x[1]) == pytest.approx(3 / 1.75, rel=0.02)
    assert [p.source.href for p in chart.points] == [f"#{c.anchor}" for c in finding(ctx, "fp-series").claims]
    assert [t.label for t in chart.x_ticks] == ["2017", "2018", "2019", "2020", "2021", "2022"]
    assert chart.points[2].y_low is not None and chart.points[2].y_low > chart.points[2].y


@pytest.mark.parametrize(
    ("low", "high", "labels"),
    [
        ("2022-09-05", "2022-09-12", ["2022-09-05", "2022-09-07", "2022-09-09", "2022-09-11"]),
        ("2022-01-15", "2022-06-30", ["2022-02", "2022-03", "2022-04", "2022-05", "2022-06"]),
        ("2004-03-01", "2017-06-30", ["2005", "2008", "2011", "2014", "2017"]),
    ],
)
def test_date_ticks(low: str, high: str, labels: list[str]) -> None:
    a, b = geometry.iso_ordinal(low), geometry.iso_ordinal(high)
    assert a is not None and b is not None
    assert [label for _, label in geometry.date_ticks(a, b)] == labels


# Diffs and provenance -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second", "changes"),
    [
        (
            "More than 26,000 left.",
            "About 25,000 left.",
            [("delete", "More than 26,000"), ("insert", "About 25,000")],
        ),
        ("Talks begin on 5 May.", "talks  begin on 5 May.", []),
        ("a <b> c", "a <i> c", [("delete", "b"), ("insert", "i")]),
        ("", "New text.", [("insert", "New text.")]),
    ],
)
def test_word_diff(first: str, second: str, changes: list[tuple[str, str]]) -> None:
    tokens = diff.word_diff(first, second)
    assert [(t.op, t.text) for t in tokens if t.op != "equal" and t.text.strip()] == changes
    assert "".join(t.text for t in tokens if t.op != "delete") == second


def test_diff_tokens_are_escaped_one_by_one(page: str) -> None:
    assert "<del>5</del> <ins>12</ins> September 2022" in page


def test_provenance_finds_the_rewrite(ctx: context.ReportContext, page: str) -> None:
    (note,) = ctx.reuse
    assert (note.origin.doc_id, note.copy.doc_id) == ("press", "article")
    assert note.reuse.basis == "the documents' kinds"
    assert (note.reuse.shared, note.reuse.copy_sentences, note.reuse.identical) == (5, 6, 1)
    assert "83%</b> of article’s sentences come from press" in page
    changed = [
        " ".join(t.text for t in s.tokens if t.op != "equal" and t.text.strip()) for s in note.reuse.reworded
    ]
    assert "more than 26,000 about 25,000" in changed


def test_provenance_ignores_unrelated_documents() -> None:
    docs = [
        provenance.ReuseDocument(d, text, d, None, None, None)
        for d, text in (
            ("a", "The council approved the budget for the new school year on Monday evening."),
            ("b", "Heavy rain flooded the main road into the village for the third time this month."),
        )
    ]
    assert provenance.find_reuse(docs) == ()


def test_seed_article_rewrites_the_press_release() -> None:
    from factaudit.ingest import load_corpus

    corpus = load_corpus([SEEDS])
    docs = [
        provenance.ReuseDocument(d.doc_id, d.text, d.title or "", None, None, d.published_source)
        for d in corpus.documents
    ]
    notes = provenance.find_reuse(docs)
    assert [(n.origin[:3], n.copy[:3]) for n in notes] == [("001", "000")]
    assert notes[0].share >= 0.5


# Small pieces ---------------------------------------------------------------------------------------


def test_context_fields_are_documented() -> None:
    modules = (context, geometry, diff, provenance, compact)
    classes = [
        obj
        for module in modules
        for obj in vars(module).values()
        if dataclasses.is_dataclass(obj) and isinstance(obj, type) and obj.__module__ == module.__name__
    ]
    assert len(classes) > 20
    for cls in classes:
        assert cls.__dataclass_params__.frozen, cls  # type: ignore[attr-defined]
        if cls.__name__.startswith("_"):
            continue
        for f in dataclasses.fields(cls):
            assert f.metadata.get("help"), f"{cls.__name__}.{f.name}"


@pytest.mark.parametrize(
    ("value", "expected"), [(26000.0, "26,000"), (0.125, "0.125"), (None, "—"), (1.5e6, "1,500,000")]
)
def test_format_number(value: float | None, expected: str) -> None:
    assert format_number(value) == expected


def test_format_interval() -> None:
    doc = build.build_document_ref({"doc_id": "d"})
    open_high = build.build_claim({"claim_id": "x", "low": 10000, "high": None}, doc)
    assert format_interval(open_high) == "[10,000, ∞)"


def test_safe_id_keeps_distinct_ids_distinct() -> None:
    assert build.safe_id("doc", "abc-1") == "doc-abc-1"
    assert build.safe_id("doc", "a b") != build.safe_id("doc", "a-b")
    assert re.fullmatch(r"doc-[A-Za-z0-9_-]+", build.safe_id("doc", '"><script>'))
