"""The template context of the HTML report: documented frozen dataclasses built from the audit data."""

from __future__ import annotations

import hashlib
import itertools
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

SEVERITY_RANK: Mapping[str, int] = {"error": 0, "warning": 1, "info": 2}

# Title, one-line explanation and partial template of each finding kind the report knows; any other
# kind is rendered by the generic partial, so a new classifier rule never breaks the report.
KNOWN_KINDS: Mapping[str, tuple[str, str, str]] = {
    "number_conflict": (
        "Number conflicts",
        "Sources report different values for the same quantity.",
        "_number_conflict.j2",
    ),
    "date_conflict": (
        "Date conflicts",
        "Sources place the same event at different dates.",
        "_date_conflict.j2",
    ),
    "qualifier_drift": (
        "Qualifier drift",
        "The number travels, but its hedge ('about', 'more than', 'up to') changes between sources.",
        "_qualifier_drift.j2",
    ),
    "wording_drift": (
        "Wording drift",
        "The same figure is described in materially different words.",
        "_wording_drift.j2",
    ),
    "agreement": ("Agreements", "Sources agree on the figure.", "_agreement.j2"),
    "time_series": (
        "Time series",
        "The same quantity reported for successive periods; not a conflict.",
        "_time_series.j2",
    ),
}
FALLBACK_PARTIAL = "_finding.j2"

# Every context field documents itself in metadata["help"] for template authors (datasette's idiom).

# Claim fields compared across the sources of a finding to flag the ones that differ.
COMPARED_FIELDS = ("value", "interval", "unit", "qualifier", "period", "published")

# The left gutter holds the min/max labels of the value axis.
CHART_WIDTH, CHART_HEIGHT, CHART_PAD, CHART_GUTTER = 320, 120, 12, 56


@dataclass(frozen=True)
class Count:
    """One labelled count of the header: findings of a kind or of a severity."""

    key: str = field(metadata={"help": "Machine name (kind or severity), also used as a CSS class."})
    anchor: str = field(
        metadata={"help": "HTML id of the matching section ('kind-...'), empty when there is none."}
    )
    label: str = field(metadata={"help": "Human label."})
    count: int = field(metadata={"help": "How many."})
    severity: str = field(
        metadata={"help": "Severity the count belongs to ('error', 'warning', 'info' or '')."}
    )


@dataclass(frozen=True)
class SummaryView:
    """The header figures of the audit."""

    corpus: str = field(metadata={"help": "Name of the audited corpus."})
    schema: str = field(metadata={"help": "Schema tag of the audit data."})
    documents: int = field(metadata={"help": "Number of documents read."})
    claims: int = field(metadata={"help": "Number of claims extracted."})
    skipped: int = field(metadata={"help": "Number of documents skipped."})
    findings: int = field(metadata={"help": "Total number of findings."})
    by_kind: tuple[Count, ...] = field(metadata={"help": "Findings per kind, most severe kinds first."})
    by_severity: tuple[Count, ...] = field(metadata={"help": "Findings per severity: error, warning, info."})


@dataclass(frozen=True)
class DocumentRef:
    """What a finding needs to name a document and link to it."""

    doc_id: str = field(metadata={"help": "Document id."})
    anchor: str = field(metadata={"help": "HTML id of the document's section ('doc-...')."})
    title: str = field(metadata={"help": "Title, or the doc id when the document has none."})
    path: str = field(metadata={"help": "Source path, may be empty."})
    published: str | None = field(metadata={"help": "Publication date (ISO), None when unknown."})
    published_source: str | None = field(metadata={"help": "Where the publication date came from."})


@dataclass(frozen=True)
class ClaimView:
    """One numeric claim, with its sentence split around the highlighted number."""

    claim_id: str = field(metadata={"help": "Claim id."})
    anchor: str = field(metadata={"help": "HTML id of the claim in its document's text ('claim-...')."})
    document: DocumentRef = field(metadata={"help": "The document the claim comes from."})
    text: str = field(metadata={"help": "The number as written in the source."})
    before: str = field(metadata={"help": "Sentence text before the number."})
    marked: str = field(metadata={"help": "Sentence text of the number (to wrap in <mark>)."})
    after: str = field(metadata={"help": "Sentence text after the number."})
    kind: str = field(metadata={"help": "count, money, percent, fraction, measure or date."})
    value: float | None = field(metadata={"help": "Parsed value."})
    low: float | None = field(metadata={"help": "Lower bound of the interval, None when open."})
    high: float | None = field(metadata={"help": "Upper bound of the interval, None when open."})
    qualifier: str | None = field(
        metadata={"help": "Hedge word of the claim ('about', 'more than'), None when exact."}
    )
    unit: str | None = field(metadata={"help": "Unit of the value."})
    subject: str | None = field(metadata={"help": "What is counted."})
    actor: str | None = field(metadata={"help": "Who states or does it."})
    period_start: str | None = field(metadata={"help": "Start of the period the claim refers to (ISO)."})
    period_end: str | None = field(metadata={"help": "End of that period (ISO)."})
    period_text: str | None = field(metadata={"help": "The period as written."})


@dataclass(frozen=True)
class DetailView:
    """One entry of a finding's details, its value already flattened to text."""

    key: str = field(metadata={"help": "Detail name."})
    value: str = field(
        metadata={"help": "Detail value: the scalar as text, or compact JSON for lists and objects."}
    )


@dataclass(frozen=True)
class PointView:
    """One point of a time series: a period, its value and the claims reporting it."""

    period_start: str | None = field(metadata={"help": "Start of the period (ISO)."})
    period_end: str | None = field(metadata={"help": "End of the period (ISO)."})
    period_text: str | None = field(metadata={"help": "The period as written."})
    value: float | None = field(metadata={"help": "Value reported for the period."})
    low: float | None = field(metadata={"help": "Lower bound, None when open."})
    high: float | None = field(metadata={"help": "Upper bound, None when open."})
    claims: tuple[ClaimView, ...] = field(metadata={"help": "Claims reporting this point."})


@dataclass(frozen=True)
class ChartPoint:
    """A point of the time-series mini chart, in SVG user units."""

    x: float = field(metadata={"help": "Horizontal position."})
    y: float = field(metadata={"help": "Vertical position of the value."})
    y_low: float | None = field(metadata={"help": "Vertical position of the lower bound, None when open."})
    y_high: float | None = field(metadata={"help": "Vertical position of the upper bound, None when open."})
    point: PointView = field(metadata={"help": "The point drawn."})


@dataclass(frozen=True)
class ChartView:
    """An inline SVG line chart of a time series."""

    width: int = field(metadata={"help": "SVG width."})
    height: int = field(metadata={"help": "SVG height."})
    points: tuple[ChartPoint, ...] = field(metadata={"help": "Points with a value, in period order."})
    y_min: float = field(metadata={"help": "Value at the bottom of the chart."})
    y_max: float = field(metadata={"help": "Value at the top of the chart."})


@dataclass(frozen=True)
class FindingView:
    """One finding with the claims it compares."""

    fingerprint: str = field(metadata={"help": "Stable identity of the finding."})
    anchor: str = field(metadata={"help": "HTML id of the finding ('finding-...')."})
    kind: str = field(metadata={"help": "Finding kind."})
    severity: str = field(metadata={"help": "error, warning or info."})
    message: str = field(metadata={"help": "One-sentence description."})
    subject: str | None = field(metadata={"help": "What the finding is about."})
    claims: tuple[ClaimView, ...] = field(metadata={"help": "The compared claims, in the finding's order."})
    missing_claim_ids: tuple[str, ...] = field(
        metadata={"help": "Claim ids the audit data does not contain."}
    )
    differs: frozenset[str] = field(
        metadata={"help": f"Which of {COMPARED_FIELDS} differ across the claims."}
    )
    details: tuple[DetailView, ...] = field(metadata={"help": "Other details, sorted by key."})
    points: tuple[PointView, ...] = field(metadata={"help": "Time-series points (empty for other kinds)."})
    chart: ChartView | None = field(
        metadata={"help": "Mini chart of the points, None with fewer than two values."}
    )


@dataclass(frozen=True)
class SectionView:
    """All findings of one kind."""

    kind: str = field(metadata={"help": "Finding kind."})
    anchor: str = field(metadata={"help": "HTML id of the section ('kind-...')."})
    title: str = field(metadata={"help": "Section title."})
    description: str = field(metadata={"help": "What this kind of finding means, one sentence."})
    severity: str = field(metadata={"help": "Most severe severity among the findings."})
    partial: str = field(metadata={"help": "Template rendering one finding of this kind."})
    findings: tuple[FindingView, ...] = field(
        metadata={"help": "The findings, most severe first, then in audit order."}
    )


@dataclass(frozen=True)
class Segment:
    """A run of document text covered by the same claims (none, one, or overlapping ones)."""

    text: str = field(metadata={"help": "The text of the run."})
    claims: tuple[ClaimView, ...] = field(
        metadata={"help": "Claims covering the whole run, outermost first."}
    )
    starts: tuple[ClaimView, ...] = field(
        metadata={"help": "Claims starting at this run (their anchors go here)."}
    )


@dataclass(frozen=True)
class DocumentView:
    """A document with its full text cut into highlighted segments."""

    ref: DocumentRef = field(metadata={"help": "Identity and metadata."})
    claim_count: int = field(metadata={"help": "Number of claims extracted from it."})
    text_available: bool = field(metadata={"help": "False when the text was not given to the renderer."})
    segments: tuple[Segment, ...] = field(metadata={"help": "The text, in order."})


@dataclass(frozen=True)
class ReportContext:
    """Everything the report template receives."""

    title: str = field(metadata={"help": "Page title."})
    summary: SummaryView = field(metadata={"help": "Header figures."})
    sections: tuple[SectionView, ...] = field(
        metadata={"help": "Finding sections: errors first, then warnings, then info."}
    )
    documents: tuple[DocumentView, ...] = field(metadata={"help": "Documents in audit order."})


def safe_id(prefix: str, raw: str) -> str:
    """An HTML id/fragment made of [A-Za-z0-9_-]; a hash suffix keeps distinct raw ids distinct."""
    slug = re.sub(r"[^A-Za-z0-9_-]+", "-", raw).strip("-")
    if slug != raw or not slug:
        slug = f"{slug}-{hashlib.sha1(raw.encode('utf-8')).hexdigest()[:8]}".lstrip("-")
    return f"{prefix}-{slug}"


def _str(value: Any) -> str | None:
    return None if value is None else str(value)


def _float(value: Any) -> float | None:
    return None if value is None or isinstance(value, bool) else float(value)


def _int(value: Any, default: int = 0) -> int:
    return default if value is None else int(value)


def build_document_ref(raw: Mapping[str, Any]) -> DocumentRef:
    """The reference of one document record."""
    doc_id = str(raw["doc_id"])
    return DocumentRef(
        doc_id=doc_id,
        anchor=safe_id("doc", doc_id),
        title=str(raw.get("title") or doc_id),
        path=str(raw.get("path") or ""),
        published=_str(raw.get("published")),
        published_source=_str(raw.get("published_source")),
    )


def split_sentence(sentence: str, text: str, start: int, end: int) -> tuple[str, str, str]:
    """The sentence cut into (before, number, after) from offsets relative to the sentence start."""
    a = min(max(start, 0), len(sentence))
    b = min(max(end, a), len(sentence))
    if sentence[a:b] != text and text and text in sentence:
        a = sentence.index(text)
        b = a + len(text)
    if not sentence:
        return "", text, ""
    return sentence[:a], sentence[a:b], sentence[b:]


def build_claim(raw: Mapping[str, Any], document: DocumentRef) -> ClaimView:
    """The view of one claim record."""
    claim_id = str(raw["claim_id"])
    text = str(raw.get("text") or "")
    sentence_start = _int(raw.get("sentence_start"))
    before, marked, after = split_sentence(
        str(raw.get("sentence") or ""),
        text,
        _int(raw.get("start")) - sentence_start,
        _int(raw.get("end")) - sentence_start,
    )
    return ClaimView(
        claim_id=claim_id,
        anchor=safe_id("claim", claim_id),
        document=document,
        text=text,
        before=before,
        marked=marked,
        after=after,
        kind=str(raw.get("kind") or ""),
        value=_float(raw.get("value")),
        low=_float(raw.get("low")),
        high=_float(raw.get("high")),
        qualifier=_str(raw.get("qualifier")),
        unit=_str(raw.get("unit")),
        subject=_str(raw.get("subject")),
        actor=_str(raw.get("actor")),
        period_start=_str(raw.get("period_start")),
        period_end=_str(raw.get("period_end")),
        period_text=_str(raw.get("period_text")),
    )


def segment_text(text: str, spans: Sequence[tuple[int, int, ClaimView]]) -> tuple[Segment, ...]:
    """The text cut at every claim boundary, so overlapping or nested claims each keep their runs."""
    clamped = [(min(max(s, 0), len(text)), min(max(e, 0), len(text)), c) for s, e, c in spans]
    clamped = [(s, max(s, e), c) for s, e, c in clamped]
    bounds = sorted({0, len(text)} | {s for s, _, _ in clamped} | {e for _, e, _ in clamped})
    # Outermost first: earlier start, then longer span, then claim id for a stable order.
    ordered = sorted(clamped, key=lambda span: (span[0], -span[1], span[2].claim_id))
    segments: list[Segment] = []
    for a, b in itertools.pairwise(bounds):
        covering = tuple(c for s, e, c in ordered if s <= a and e >= b)
        starts = tuple(c for s, _, c in ordered if s == a)
        segments.append(Segment(text=text[a:b], claims=covering, starts=starts))
    trailing = tuple(c for s, _, c in ordered if s == len(text))
    if trailing and segments:
        segments.append(Segment(text="", claims=(), starts=trailing))
    return tuple(segments)


def _varying_fields(claims: Sequence[ClaimView]) -> frozenset[str]:
    values: dict[str, set[Any]] = {name: set() for name in COMPARED_FIELDS}
    for claim in claims:
        values["value"].add(claim.value)
        values["interval"].add((claim.low, claim.high))
        values["unit"].add(claim.unit)
        values["qualifier"].add(claim.qualifier)
        values["period"].add((claim.period_start, claim.period_end, claim.period_text))
        values["published"].add(claim.document.published)
    return frozenset(name for name, seen in values.items() if len(seen) > 1)


def _detail_text(value: Any) -> str:
    if isinstance(value, str):
        return value
    return json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)


def build_points(
    raw_points: Iterable[Mapping[str, Any]], claims: Mapping[str, ClaimView]
) -> tuple[PointView, ...]:
    """The points of a time series, each with the claims found for it."""
    return tuple(
        PointView(
            period_start=_str(point.get("period_start")),
            period_end=_str(point.get("period_end")),
            period_text=_str(point.get("period_text")),
            value=_float(point.get("value")),
            low=_float(point.get("low")),
            high=_float(point.get("high")),
            claims=tuple(claims[str(c)] for c in point.get("claim_ids") or () if str(c) in claims),
        )
        for point in raw_points
    )


def build_chart(points: Sequence[PointView]) -> ChartView | None:
    """An SVG line chart of the points with a value; None when there are fewer than two."""
    drawn = [(p, p.value) for p in points if p.value is not None]
    if len(drawn) < 2:
        return None
    bounds = [v for p, _ in drawn for v in (p.value, p.low, p.high) if v is not None]
    y_min, y_max = min(bounds), max(bounds)
    span = (y_max - y_min) or 1.0
    inner_w, inner_h = CHART_WIDTH - CHART_GUTTER - CHART_PAD, CHART_HEIGHT - 2 * CHART_PAD

    def y_of(value: float) -> float:
        return round(CHART_PAD + inner_h * (y_max - value) / span, 1)

    chart_points = tuple(
        ChartPoint(
            x=round(CHART_GUTTER + inner_w * i / (len(drawn) - 1), 1),
            y=y_of(value),
            y_low=None if p.low is None else y_of(p.low),
            y_high=None if p.high is None else y_of(p.high),
            point=p,
        )
        for i, (p, value) in enumerate(drawn)
    )
    return ChartView(width=CHART_WIDTH, height=CHART_HEIGHT, points=chart_points, y_min=y_min, y_max=y_max)


def build_finding(raw: Mapping[str, Any], claims: Mapping[str, ClaimView]) -> FindingView:
    """The view of one finding record."""
    fingerprint = str(raw.get("fingerprint") or "")
    claim_ids = [str(c) for c in raw.get("claim_ids") or ()]
    found = tuple(claims[c] for c in claim_ids if c in claims)
    details = dict(raw.get("details") or {})
    points = build_points(details.pop("points", None) or (), claims)
    return FindingView(
        fingerprint=fingerprint,
        anchor=safe_id("finding", fingerprint),
        kind=str(raw.get("kind") or "unknown"),
        severity=str(raw.get("severity") or "info"),
        message=str(raw.get("message") or ""),
        subject=_str(raw.get("subject")),
        claims=found,
        missing_claim_ids=tuple(c for c in claim_ids if c not in claims),
        differs=_varying_fields(found),
        details=tuple(
            DetailView(key=str(k), value=_detail_text(details[k])) for k in sorted(details, key=str)
        ),
        points=points,
        chart=build_chart(points),
    )


def _rank(severity: str) -> int:
    return SEVERITY_RANK.get(severity, len(SEVERITY_RANK))


def build_sections(findings: Sequence[FindingView]) -> tuple[SectionView, ...]:
    """Findings grouped by kind; sections ordered by their most severe finding, then kind name."""
    by_kind: dict[str, list[FindingView]] = {}
    for finding in findings:
        by_kind.setdefault(finding.kind, []).append(finding)
    sections = []
    for kind, members in by_kind.items():
        members.sort(key=lambda f: _rank(f.severity))
        title, description, partial = KNOWN_KINDS.get(
            kind, (kind.replace("_", " ").capitalize(), "", FALLBACK_PARTIAL)
        )
        sections.append(
            SectionView(
                kind=kind,
                anchor=safe_id("kind", kind),
                title=title,
                description=description,
                severity=members[0].severity,
                partial=partial,
                findings=tuple(members),
            )
        )
    return tuple(sorted(sections, key=lambda s: (_rank(s.severity), s.kind)))


def build_summary(audit: Mapping[str, Any], sections: Sequence[SectionView], findings: int) -> SummaryView:
    """The header figures, from the audit's summary where it has them."""
    summary = audit.get("summary") or {}
    by_severity_raw = dict(summary.get("findings_by_severity") or {})
    by_kind_raw = dict(summary.get("findings_by_kind") or {})
    for section in sections:
        by_kind_raw.setdefault(section.kind, len(section.findings))
    severities = sorted(set(SEVERITY_RANK) | set(by_severity_raw), key=lambda s: (_rank(s), s))
    section_of = {s.kind: s for s in sections}
    kinds = sorted(
        by_kind_raw,
        key=lambda k: (_rank(section_of[k].severity) if k in section_of else len(SEVERITY_RANK), k),
    )
    return SummaryView(
        corpus=str(summary.get("corpus") or ""),
        schema=str(audit.get("schema") or ""),
        documents=_int(summary.get("documents"), len(audit.get("documents") or ())),
        claims=_int(summary.get("claims"), len(audit.get("claims") or ())),
        skipped=_int(summary.get("skipped")),
        findings=findings,
        by_kind=tuple(
            Count(
                key=k,
                anchor=safe_id("kind", k) if k in section_of else "",
                label=KNOWN_KINDS[k][0] if k in KNOWN_KINDS else k.replace("_", " ").capitalize(),
                count=_int(by_kind_raw[k]),
                severity=section_of[k].severity if k in section_of else "",
            )
            for k in kinds
        ),
        by_severity=tuple(
            Count(key=s, anchor="", label=s.capitalize(), count=_int(by_severity_raw.get(s)), severity=s)
            for s in severities
        ),
    )


def build_context(audit: Mapping[str, Any], texts: Mapping[str, str]) -> ReportContext:
    """The whole report context from the audit data and the document texts."""
    documents = {str(d["doc_id"]): build_document_ref(d) for d in audit.get("documents") or ()}
    claims: dict[str, ClaimView] = {}
    spans: dict[str, list[tuple[int, int, ClaimView]]] = {}
    for raw in audit.get("claims") or ():
        doc_id = str(raw["doc_id"])
        if doc_id not in documents:
            documents[doc_id] = build_document_ref({"doc_id": doc_id})
        claim = build_claim(raw, documents[doc_id])
        claims[claim.claim_id] = claim
        spans.setdefault(doc_id, []).append((_int(raw.get("start")), _int(raw.get("end")), claim))
    findings = [build_finding(raw, claims) for raw in audit.get("findings") or ()]
    sections = build_sections(findings)
    corpus = str((audit.get("summary") or {}).get("corpus") or "")
    return ReportContext(
        title=f"factaudit — {corpus}" if corpus else "factaudit report",
        summary=build_summary(audit, sections, len(findings)),
        sections=sections,
        documents=tuple(
            DocumentView(
                ref=ref,
                claim_count=len(spans.get(doc_id, ())),
                text_available=doc_id in texts,
                segments=segment_text(texts.get(doc_id, ""), spans.get(doc_id, ())),
            )
            for doc_id, ref in documents.items()
        ),
    )
