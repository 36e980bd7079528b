"""The HTML report: sections per finding kind, highlighting, escaping, CSP and determinism."""

from __future__ import annotations

import base64
import copy
import dataclasses
import hashlib
import re
from typing import Any

import pytest

from factaudit.report import context as ctx
from factaudit.report.html import format_interval, format_number, render_html

HOSTILE = "<script>alert(1)</script> <img src=x onerror=alert(1)> {{ 7*7 }}"

TEXT_A = (
    "Ministry report\n\nAbout 26,000 people crossed in 2021. In 2022, 31,000 crossed. Talks began on 5 May."
)
TEXT_B = f"Agency note {HOSTILE}\n\nMore than 30,000 people crossed in 2021, the agency said on 6 May."
TEXT_C = "Overlap test: the 12 million euro fund."


def claim(claim_id: str, doc_id: str, text: str, surface: str, **fields: Any) -> dict[str, Any]:
    """A claim record whose offsets are found from its surface text and its sentence."""
    start = text.index(surface, fields.pop("after", 0))
    sentence = fields.pop("sentence")
    sentence_start = text.index(sentence)
    record: dict[str, Any] = {
        "claim_id": claim_id,
        "doc_id": doc_id,
        "start": start,
        "end": start + len(surface),
        "text": surface,
        "sentence": sentence,
        "sentence_start": sentence_start,
        "sentence_end": sentence_start + len(sentence),
        "value": None,
        "low": None,
        "high": None,
        "qualifier": None,
        "kind": "count",
        "unit": None,
        "subject": None,
        "actor": None,
        "period_start": None,
        "period_end": None,
        "period_text": None,
    }
    record.update(fields)
    return record


def make_audit() -> dict[str, Any]:
    """Three documents, overlapping claims, one finding of each kind plus an unknown kind."""
    claims = [
        claim(
            "a1",
            "doc-a",
            TEXT_A,
            "About 26,000",
            sentence="About 26,000 people crossed in 2021.",
            value=26000,
            low=23400,
            high=28600,
            qualifier="about",
            unit="people",
            period_start="2021-01-01",
            period_end="2021-12-31",
            period_text="in 2021",
        ),
        claim(
            "a2",
            "doc-a",
            TEXT_A,
            "31,000",
            sentence="In 2022, 31,000 crossed.",
            value=31000,
            low=31000,
            high=31000,
            period_start="2022-01-01",
            period_end="2022-12-31",
            period_text="In 2022",
        ),
        claim("a3", "doc-a", TEXT_A, "5 May", sentence="Talks began on 5 May.", kind="date"),
        claim(
            "b1",
            "doc/b <x>",
            TEXT_B,
            "More than 30,000",
            sentence="More than 30,000 people crossed in 2021, the agency said on 6 May.",
            value=30000,
            low=30000,
            qualifier="more than",
            unit="people",
            period_start="2021-01-01",
            period_end="2021-12-31",
            period_text="in 2021",
        ),
        claim(
            "b2",
            "doc/b <x>",
            TEXT_B,
            "6 May",
            sentence="More than 30,000 people crossed in 2021, the agency said on 6 May.",
            kind="date",
        ),
        claim(
            "c1", "doc-c", TEXT_C, "12 million euro", sentence=TEXT_C, value=12e6, kind="money", unit="EUR"
        ),
        claim("c2", "doc-c", TEXT_C, "12 million", sentence=TEXT_C, value=12e6),
    ]

    def finding(kind: str, severity: str, claim_ids: list[str], **details: Any) -> dict[str, Any]:
        return {
            "fingerprint": f"fp-{kind}",
            "kind": kind,
            "severity": severity,
            "claim_ids": claim_ids,
            "message": f"{kind} message {HOSTILE}",
            "subject": "people crossing" if kind != "date_conflict" else None,
            "details": details,
        }

    points = [
        {
            "claim_ids": ["a1", "b1"],
            "period_start": "2021-01-01",
            "period_end": "2021-12-31",
            "period_text": "2021",
            "value": 26000,
            "low": None,
            "high": None,
        },
        {
            "claim_ids": ["a2"],
            "period_start": "2022-01-01",
            "period_end": "2022-12-31",
            "period_text": None,
            "value": 31000,
            "low": 31000,
            "high": 31000,
        },
    ]
    findings = [
        finding("agreement", "info", ["c1", "c2"]),
        finding("number_conflict", "error", ["a1", "b1"], ratio=1.15, note=HOSTILE),
        finding("date_conflict", "error", ["a3", "b2"]),
        finding("qualifier_drift", "warning", ["a1", "b1"]),
        finding("wording_drift", "warning", ["a1", "b1"]),
        finding("time_series", "info", ["a1", "a2", "b1"], points=points),
        finding("brand new <kind>", "warning", ["a1", "missing-claim"], extra={"nested": [1, 2]}),
    ]
    return {
        "schema": "factaudit/audit/1",
        "summary": {
            "corpus": "test <corpus>",
            "documents": 3,
            "claims": len(claims),
            "skipped": 0,
            "findings_by_kind": {f["kind"]: 1 for f in findings},
            "findings_by_severity": {"error": 2, "warning": 3, "info": 2},
        },
        "documents": [
            {
                "doc_id": "doc-a",
                "path": "a.txt",
                "title": "Ministry report",
                "published": "2022-05-05",
                "published_source": "front_matter",
            },
            {
                "doc_id": "doc/b <x>",
                "path": "b.txt",
                "title": HOSTILE,
                "published": None,
                "published_source": None,
            },
            {"doc_id": "doc-c", "path": "c.txt", "title": None, "published": None, "published_source": None},
        ],
        "claims": claims,
        "findings": findings,
    }


TEXTS = {"doc-a": TEXT_A, "doc/b <x>": TEXT_B, "doc-c": TEXT_C}


@pytest.fixture(scope="module")
def page() -> str:
    return render_html(make_audit(), TEXTS)


def test_every_kind_has_its_section(page: str) -> None:
    for kind in ctx.KNOWN_KINDS:
        assert f'id="kind-{kind}"' in page
    assert f'id="{ctx.safe_id("kind", "brand new <kind>")}"' in page
    assert "missing-claim" in page
    assert page.count('class="finding ') == 7


def test_sections_are_ordered_errors_warnings_info(page: str) -> None:
    order = [m.group(1) for m in re.finditer(r'<section class="kind sev-(\w+)"', page)]
    assert order == ["error", "error", "warning", "warning", "warning", "info", "info"]


def test_numbers_are_highlighted_in_sentences_and_documents(page: str) -> None:
    assert (
        '<mark><a href="#claim-a1" title="Show in the document">About 26,000</a></mark> people crossed'
        in page
    )
    assert 'id="claim-a1"></span><mark class="claim kind-count"' in page
    # Overlapping claims: the shared run is marked as an overlap, the tail once.
    assert ">12 million</mark>" in page and "overlap" in page
    assert "> euro</mark>" in page


def test_hostile_text_is_inert(page: str) -> None:
    assert "<script>alert(1)</script>" not in page
    assert "<img src=x" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "{{ 7*7 }}" in page
    assert "&gt; 49" not in page and page.count("{{ 7*7 }}") == page.count("onerror=alert(1)&gt;")
    assert page.count("<script>") == 1


def test_ids_are_safe(page: str) -> None:
    ids = re.findall(r'\sid="([^"]*)"', page)
    assert ids and all(re.fullmatch(r"[A-Za-z0-9_-]+", i) for i in ids)
    assert len(ids) == len(set(ids))
    for target in re.findall(r'href="#([^"]*)"', page):
        assert target in ids


def test_csp_allows_only_the_inline_script_and_style(page: str) -> None:
    policy = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', page)
    assert policy
    assert "default-src &#39;none&#39;" in policy.group(1)
    for tag, directive in (("script", "script-src"), ("style", "style-src")):
        body = re.search(rf"<{tag}>(.*?)</{tag}>", page, re.S)
        assert body
        digest = base64.b64encode(hashlib.sha256(body.group(1).encode()).digest()).decode()
        assert f"{directive} &#39;sha256-{digest}&#39;" in policy.group(1)


def test_no_external_resources(page: str) -> None:
    assert not re.search(r"""(src|href|action)\s*=\s*["']?\s*(https?:)?//""", page, re.I)
    assert "http://" not in page and "https://" not in page


def test_render_is_deterministic() -> None:
    assert render_html(make_audit(), TEXTS) == render_html(make_audit(), dict(reversed(TEXTS.items())))


def test_time_series_table_and_chart(page: str) -> None:
    assert '<table class="points">' in page
    assert "2022-01-01 – 2022-12-31" in page
    assert "<polyline" in page and page.count('<circle class="dot"') == 2


def test_nulls_and_missing_texts_render() -> None:
    audit = make_audit()
    nulled = copy.deepcopy(audit)
    for record in nulled["claims"]:
        for key in ("value", "low", "high", "qualifier", "unit", "sentence", "period_text", "subject"):
            record[key] = None
    for finding in nulled["findings"]:
        finding["details"] = None if finding["kind"] != "time_series" else finding["details"]
    nulled["summary"] = {}
    html = render_html(nulled, {})
    assert "was not given to the report" in html
    assert render_html({"schema": "factaudit/audit/1"}, {}).count("No findings") == 1


def test_context_fields_are_documented() -> None:
    classes = [obj for obj in vars(ctx).values() if dataclasses.is_dataclass(obj) and isinstance(obj, type)]
    assert classes
    for cls in classes:
        assert cls.__dataclass_params__.frozen, cls  # type: ignore[attr-defined]
        for f in dataclasses.fields(cls):
            assert f.metadata.get("help"), f"{cls.__name__}.{f.name}"


def test_segments_survive_nested_and_out_of_range_claims() -> None:
    doc = ctx.build_document_ref({"doc_id": "d"})
    a = ctx.build_claim({"claim_id": "a", "text": "abcd"}, doc)
    b = ctx.build_claim({"claim_id": "b", "text": "bc"}, doc)
    z = ctx.build_claim({"claim_id": "z", "text": "?"}, doc)
    segments = ctx.segment_text("xabcdy", [(1, 5, a), (2, 4, b), (4, 99, z)])
    assert "".join(s.text for s in segments) == "xabcdy"
    assert [(s.text, [c.claim_id for c in s.claims]) for s in segments] == [
        ("x", []),
        ("a", ["a"]),
        ("bc", ["a", "b"]),
        ("d", ["a", "z"]),
        ("y", ["z"]),
    ]


@pytest.mark.parametrize(
    ("value", "expected"), [(26000.0, "26,000"), (0.125, "0.125"), (None, "—"), (1.5e6, "1,500,000")]
)
def test_format_number(value: float | None, expected: str) -> None:
    assert format_number(value) == expected


def test_format_interval() -> None:
    doc = ctx.build_document_ref({"doc_id": "d"})
    open_high = ctx.build_claim({"claim_id": "x", "low": 10000, "high": None}, doc)
    assert format_interval(open_high) == "[10,000, ∞)"


def test_safe_id_keeps_distinct_ids_distinct() -> None:
    assert ctx.safe_id("doc", "abc-1") == "doc-abc-1"
    assert ctx.safe_id("doc", "a b") != ctx.safe_id("doc", "a-b")
    assert re.fullmatch(r"doc-[A-Za-z0-9_-]+", ctx.safe_id("doc", '"><script>'))
