"""Build the report context from the audit payload: claims, findings, table rows, documents, reuse."""

from __future__ import annotations

import hashlib
import itertools
import json
import re
from collections.abc import Iterable, Mapping, MutableMapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol, overload

from factaudit.output import document_record
from factaudit.report import compact as compact_module
from factaudit.report.compact import (
    COMPACT_KINDS,
    REUSE_DETAILED_NOTES,
    build_compact,
    is_compact,
    pack_rows,
)
from factaudit.report.context import (
    CheckRef,
    ClaimView,
    Count,
    DetailView,
    DocumentRef,
    DocumentView,
    FilterOption,
    FindingRef,
    FindingRow,
    FindingView,
    PointView,
    ReportContext,
    ReuseLimit,
    ReuseView,
    Segment,
    SummaryView,
    TextLimit,
    WordingDiff,
    WorkedCheck,
)
from factaudit.report.diff import shared_share, word_diff
from factaudit.report.formatting import format_dates, format_interval, format_number, format_period
from factaudit.report.geometry import (
    AxisView,
    ChartView,
    SeriesPoint,
    Span,
    build_axis,
    build_chart,
    iso_ordinal,
)
from factaudit.report.provenance import (
    Reuse,
    ReuseDocument,
    ReuseFinder,
    find_reuse,
    reuse_by_document,
    start_reuse,
)
from factaudit.report.texts import (
    EXCERPT_CONTEXT,
    FULL_TEXT_MAX_DOCUMENTS,
    embedded_documents,
    excerpt_ranges,
)
from factaudit.report.updates import build_estimates, build_updates, updates_chart
from factaudit.report.worked import build_worked, check_words

if TYPE_CHECKING:
    from factaudit.ingest import Document

SEVERITY_RANK: Mapping[str, int] = {"error": 0, "warning": 1, "info": 2}
REVIEW_STATUSES = ("unreviewed", "confirmed", "accepted", "false_positive")

# Label, one-line explanation and partial template of each finding kind the report knows; any other
# kind is rendered by the generic partial, so a new classifier rule never breaks the report.
KNOWN_KINDS: Mapping[str, tuple[str, str, str]] = {
    "number_conflict": (
        "Number conflict",
        "Sources report different values for the same quantity.",
        "_number_conflict.j2",
    ),
    "date_conflict": (
        "Date conflict",
        "Sources place the same event at different dates.",
        "_date_conflict.j2",
    ),
    "arithmetic_inconsistency": (
        "Arithmetic inconsistency",
        "The figures a text states together do not add up: recomputed, they give another figure.",
        "_arithmetic_inconsistency.j2",
    ),
    "date_inconsistency": (
        "Date inconsistency",
        "A date does not hold: wrong weekday, a period ending before it begins, an “as of” in the future.",
        "_date_inconsistency.j2",
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
    "competing_estimates": (
        "Competing estimates",
        "One text gives rival figures for one quantity, each credited to its source; not an error.",
        "_competing_estimates.j2",
    ),
    "agreement": ("Agreement", "Sources agree on the figure.", "_agreement.j2"),
    "time_series": (
        "Time series",
        "The same quantity reported for successive periods; not a conflict.",
        "_time_series.j2",
    ),
    "superseded": (
        "Updated figure",
        "A count that grew as the event unfolded: each figure was right when given; not a conflict.",
        "_superseded.j2",
    ),
}
# Kinds whose details carry a worked check (arithmetic.py): figures with roles, stated, recomputed.
CHECK_KINDS = frozenset({"arithmetic_inconsistency", "date_inconsistency"})
FALLBACK_PARTIAL = "_finding.j2"
# A finding compares its first claim with at most this many others word by word; beyond, the side-by-side
# sentences say enough.
MAX_DIFFS = 3
# Below this share of shared words a word diff is mostly strike-through and highlight, harder to read than
# the two sentences side by side. BBC sample (500 articles, 841 compared pairs): independent sentences
# about one figure share up to 0.46 of their words ("For the full-year, TimeWarner posted..." vs "For the
# whole of 2004, GM earned..."); rewrites of one sentence share 0.6 and more.
DIFF_MIN_SHARED = 0.5


_SAFE_ID = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_-]*(?<!-)")
_UNSAFE = re.compile(r"[^A-Za-z0-9_-]+")


def safe_id(prefix: str, raw: str) -> str:
    """An HTML id/fragment made of [A-Za-z0-9_-]; a hash suffix keeps distinct raw ids distinct."""
    if _SAFE_ID.fullmatch(raw):  # the usual case (hex fingerprints): the id as it is
        return f"{prefix}-{raw}"
    slug = _UNSAFE.sub("-", raw).strip("-")
    if slug != raw or not slug:
        slug = f"{slug}-{hashlib.sha1(raw.encode('utf-8')).hexdigest()[:8]}".lstrip("-")
    return f"{prefix}-{slug}"


def _str(value: Any) -> str | None:
    return None if value is None or value == "" else str(value)


def _float(value: Any) -> float | None:
    return None if value is None or isinstance(value, bool) else float(value)


def _int(value: Any, default: int = 0) -> int:
    return default if value is None else int(value)


def _rank(severity: str) -> int:
    return SEVERITY_RANK.get(severity, len(SEVERITY_RANK))


def kind_label(kind: str) -> str:
    """The human label of a finding kind, known or not."""
    return KNOWN_KINDS[kind][0] if kind in KNOWN_KINDS else kind.replace("_", " ").capitalize()


# Optional document fields shown in the source view when the audit has them, with their labels.
DOCUMENT_META = (
    ("kind", "Kind"),
    ("outlet", "Outlet"),
    ("source", "Source"),
    ("url", "URL"),
    ("updated", "Updated"),
    ("format", "Format"),
    ("encoding", "Encoding"),
)


def build_document_ref(raw: Mapping[str, Any], short: str | None = None) -> DocumentRef:
    """The reference of one document record."""
    doc_id = str(raw["doc_id"])
    return DocumentRef(
        doc_id=doc_id,
        anchor=safe_id("doc", doc_id),
        short=short or doc_id,
        title=str(raw.get("title") or doc_id),
        path=str(raw.get("path") or ""),
        published=_str(raw.get("published")),
        published_source=_str(raw.get("published_source")),
        meta=tuple(
            (label, str(raw[key]).replace("_", " ") if key == "kind" else str(raw[key]))
            for key, label in DOCUMENT_META
            if _str(raw.get(key)) is not None
        ),
        kind=_str(raw.get("kind")),
    )


def short_labels(doc_ids: Sequence[str]) -> dict[str, str]:
    """Each id's prefix before the first '_' ('000' for '000_6677cc89') when that is unique, else the id."""
    prefixes = {doc_id: doc_id.split("_", 1)[0] for doc_id in doc_ids}
    counts: dict[str, int] = {}
    for prefix in prefixes.values():
        counts[prefix] = counts.get(prefix, 0) + 1
    return {d: p if p and counts[p] == 1 else d for d, p in prefixes.items()}


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


def build_claim(
    raw: Mapping[str, Any],
    document: DocumentRef,
    findings: Sequence[FindingRef] = (),
    single: bool = True,
    checks: Sequence[CheckRef] = (),
    anchor: str | None = None,
) -> ClaimView:
    """The view of one claim record, with the findings it takes part in; `anchor` is its safe_id when
    the caller has it already."""
    claim_id = str(raw["claim_id"])
    text = str(raw.get("text") or "")
    sentence = str(raw.get("sentence") or "")
    sentence_start = _int(raw.get("sentence_start"))
    before, marked, after = split_sentence(
        sentence, text, _int(raw.get("start")) - sentence_start, _int(raw.get("end")) - sentence_start
    )
    return ClaimView(
        claim_id=claim_id,
        anchor=anchor or safe_id("claim", claim_id),
        document=document,
        text=text,
        before=before,
        marked=marked,
        after=after,
        sentence=sentence,
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
        findings=tuple(findings),
        single_source=single,
        checks=tuple(checks),
    )


def segment_text(text: str, spans: Sequence[tuple[int, int, ClaimView]]) -> tuple[Segment, ...]:
    """The text cut at every claim boundary, so overlapping or nested claims each keep their runs."""
    clamped = [(min(max(s, 0), len(text)), min(max(e, 0), len(text)), c) for s, e, c in spans]
    clamped = [(s, max(s, e), c) for s, e, c in clamped]
    bounds = sorted({0, len(text)} | {s for s, _, _ in clamped} | {e for _, e, _ in clamped})
    # Outermost first: earlier start, then longer span, then claim id for a stable order.
    ordered = sorted(clamped, key=lambda span: (span[0], -span[1], span[2].claim_id))
    covering = [(s, e, c) for s, e, c in ordered if s < e]
    starting: dict[int, list[ClaimView]] = {}
    ending: dict[int, list[ClaimView]] = {}
    for s, _, c in ordered:
        starting.setdefault(s, []).append(c)
    for _, e, c in covering:
        ending.setdefault(e, []).append(c)
    segments: list[Segment] = []
    for a, b in itertools.pairwise(bounds):
        segments.append(
            Segment(
                text=text[a:b],
                claims=tuple(c for s, e, c in covering if s <= a and e >= b),
                starts=tuple(starting.get(a, ())),
                ends=tuple(ending.get(b, ())),
            )
        )
    trailing = tuple(starting.get(len(text), ()))
    if trailing:
        segments.append(Segment(text="", claims=(), starts=trailing, ends=()))
    return tuple(segments)


def excerpt_text(
    text: str, spans: Sequence[tuple[int, int, ClaimView]], sentences: Sequence[tuple[int, int]]
) -> tuple[Segment, ...]:
    """segment_text of only the parts of the text around these sentences (texts.excerpt_ranges), an
    omitted segment standing for each part left out; claims keep their offsets' marks."""
    ranges = excerpt_ranges(text, sentences, [(s, e) for s, e, _ in spans], EXCERPT_CONTEXT)
    segments: list[Segment] = []
    end = 0
    for a, b in ranges:
        if text[end:a].strip():
            segments.append(Segment(text="", claims=(), starts=(), ends=(), omitted=True))
        inside = [(s - a, e - a, c) for s, e, c in spans if a <= s and e <= b]
        segments.extend(segment_text(text[a:b], inside))
        end = b
    if text[end:].strip():
        segments.append(Segment(text="", claims=(), starts=(), ends=(), omitted=True))
    return tuple(segments)


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


def series_chart(points: Sequence[PointView]) -> ChartView | None:
    """The chart of a series: each point at the middle of its period, linked to its first sentence."""
    return build_chart(
        [
            SeriesPoint(
                start=iso_ordinal(p.period_start),
                end=iso_ordinal(p.period_end),
                value=p.value,
                low=p.low,
                high=p.high,
                title=f"{format_period(p)}: {format_number(p.value)}",
                href=f"#{p.claims[0].anchor}" if p.claims else "",
            )
            for p in points
            if p.value is not None
        ]
    )


def value_axis(claims: Sequence[ClaimView]) -> AxisView | None:
    """The claims' intervals (or values) on one number axis; dates have no value axis."""
    numeric = [c for c in claims if c.kind != "date"]
    return build_axis(
        [
            Span(
                label=c.document.short,
                href=f"#{c.anchor}",
                title=f"{c.text}: {format_interval(c)}",
                low=c.low,
                high=c.high,
                point=c.value,
            )
            for c in numeric
        ],
        "number",
    )


def period_axis(claims: Sequence[ClaimView]) -> AxisView | None:
    """The claims' periods on one date axis; None when they all name the same period (nothing to see)."""
    periods = {(c.period_start, c.period_end) for c in claims}
    if len(periods) < 2:
        return None
    return build_axis(
        [
            Span(
                label=c.document.short,
                href=f"#{c.anchor}",
                title=f"{c.period_text or c.text}: {format_dates(c.period_start, c.period_end)}",
                low=iso_ordinal(c.period_start),
                high=iso_ordinal(c.period_end),
                # A single day is drawn as a point, so that it shows even where its bar has no length.
                point=iso_ordinal(c.period_start) if c.period_start == c.period_end else None,
            )
            for c in claims
            if c.period_start or c.period_end
        ],
        "date",
    )


def wording_diffs(kind: str, claims: Sequence[ClaimView]) -> tuple[WordingDiff, ...]:
    """The first claim's sentence against the first claim of each other document; none for series."""
    if kind == "time_series" or not claims:
        return ()
    first, seen = claims[0], {claims[0].document.doc_id}
    diffs: list[WordingDiff] = []
    for other in claims[1:]:
        if other.document.doc_id in seen or len(diffs) == MAX_DIFFS:
            continue
        seen.add(other.document.doc_id)
        tokens = word_diff(first.sentence, other.sentence)
        shared = shared_share(tokens)
        diffs.append(
            WordingDiff(
                first=first, second=other, tokens=tokens, shared=shared, readable=shared >= DIFF_MIN_SHARED
            )
        )
    return tuple(diffs)


def build_finding(
    raw: Mapping[str, Any],
    claims: Mapping[str, ClaimView],
    documents: Mapping[str, DocumentRef] | None = None,
    drawings: bool = True,
) -> FindingView:
    """The view of one finding record; without drawings (axes, word diffs, charts), what its table row
    needs."""
    documents = documents or {}
    fingerprint = str(raw.get("fingerprint") or "")
    kind = str(raw.get("kind") or "unknown")
    # A claim may stand twice (a range claim is both figures of a change): list it once.
    claim_ids = list(dict.fromkeys(str(c) for c in raw.get("claim_ids") or ()))
    found = tuple(claims[c] for c in claim_ids if c in claims)
    details = dict(raw.get("details") or {})
    anchor = safe_id("finding", fingerprint)
    worked = None
    if kind in CHECK_KINDS:
        worked = build_worked(raw, claims, documents, safe_id("check", fingerprint), anchor)
        details.pop("figures", None)
    raw_points = list(details.pop("points", None) or ())
    updates = build_updates(raw_points, claims, documents) if kind == "superseded" and drawings else ()
    points = () if kind == "superseded" or not drawings else build_points(raw_points, claims)
    estimates = build_estimates(details.pop("estimates", None) or (), claims) if drawings else ()
    label, description, partial = KNOWN_KINDS.get(kind, (kind_label(kind), "", FALLBACK_PARTIAL))
    new = raw.get("new")
    # Series, updates and worked checks are drawn their own way; axes and word diffs would repeat them.
    own_drawing = kind in ("time_series", "superseded") or worked is not None or not drawings
    return FindingView(
        fingerprint=fingerprint,
        anchor=anchor,
        kind=kind,
        label=label,
        description=description,
        partial=partial,
        severity=str(raw.get("severity") or "info"),
        message=str(raw.get("message") or ""),
        subject=_str(raw.get("subject")),
        review_status=_str(raw.get("review_status")),
        review_note=_str(raw.get("review_note")),
        new=None if new is None else bool(new),
        claims=found,
        missing_claim_ids=tuple(c for c in claim_ids if c not in claims),
        value_axis=None if own_drawing else value_axis(found),
        period_axis=None if own_drawing else period_axis(found),
        diffs=() if own_drawing else wording_diffs(kind, found),
        # A table row shows no details: the 23,000 rows of the generated 20,000-document corpus spent 0.2 s
        # writing theirs as JSON.
        details=tuple(
            DetailView(key=str(k), value=_detail_text(details[k])) for k in sorted(details, key=str)
        )
        if drawings
        else (),
        points=points,
        chart=updates_chart(raw_points, updates) if updates else series_chart(points),
        worked=worked,
        updates=updates,
        estimates=estimates,
    )


_KIND_INDEX: Mapping[str, int] = {kind: index for index, kind in enumerate(KNOWN_KINDS)}


def _kind_order(kind: str, severity: str) -> tuple[int, int, str]:
    """Most severe first; within a severity, kinds in KNOWN_KINDS order, unknown kinds last by name."""
    return _rank(severity), _KIND_INDEX.get(kind, len(_KIND_INDEX)), kind


def _finding_order(finding: FindingView) -> tuple[int, int, str]:
    return _kind_order(finding.kind, finding.severity)


class LazyFindings(Sequence[FindingView]):
    """The findings of a large report, each view built when the template reaches it and then let go:
    the page never holds every finding's drawings at once."""

    def __init__(
        self,
        raws: Sequence[Mapping[str, Any]],
        claims: Mapping[str, ClaimView],
        documents: Mapping[str, DocumentRef],
    ) -> None:
        self._raws, self._claims, self._documents = raws, claims, documents

    def __len__(self) -> int:
        return len(self._raws)

    @overload
    def __getitem__(self, index: int) -> FindingView: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[FindingView]: ...
    def __getitem__(self, index: int | slice) -> FindingView | Sequence[FindingView]:
        if isinstance(index, slice):
            return LazyFindings(self._raws[index], self._claims, self._documents)
        return build_finding(self._raws[index], self._claims, self._documents)


def build_row(finding: FindingView, searchable: bool = True) -> FindingRow:
    """The table row of a finding; without `searchable`, no search text (the script makes it)."""
    claims = finding.claims
    values = tuple(c.text or format_number(c.value) for c in claims)
    periods = tuple(c.period_text or format_dates(c.period_start, c.period_end) or "—" for c in claims)
    refs = [c.document for c in claims]
    worked = finding.worked
    if worked is not None and not claims:
        # A date check may read words that are not claims ("Tuesday, April 14"): its figures stand in.
        values = tuple(f.text for f in worked.figures)
        periods = ("—",) * len(values)
        refs = [ref for f in worked.figures if (ref := f.document or worked.document) is not None]
    sources = tuple(ref.short for ref in refs)
    titles = tuple(f"{ref.title} ({ref.published or 'undated'})" for ref in refs)
    doc_ids = tuple(dict.fromkeys(ref.doc_id for ref in refs))
    searched = [finding.label, finding.subject or "", finding.message, *values, *periods, *sources]
    searched += [ref.title for ref in refs]
    if worked is not None:
        searched += [worked.label, worked.equation]
    return FindingRow(
        anchor=finding.anchor,
        severity=finding.severity,
        rank=_rank(finding.severity),
        kind=finding.kind,
        label=finding.label,
        subject=finding.subject or "",
        values=values,
        value=next((c.value for c in claims if c.value is not None), None),
        periods=periods,
        period=min((c.period_start for c in claims if c.period_start), default=""),
        sources=sources,
        titles=titles,
        doc_ids=doc_ids,
        status=finding.review_status or "",
        new=finding.new,
        text=" ".join(searched).casefold() if searchable else "",
    )


def _counts(keys: Iterable[str], order: Sequence[str], label: Any, severity: Any) -> tuple[Count, ...]:
    counted: dict[str, int] = {}
    for key in keys:
        counted[key] = counted.get(key, 0) + 1
    ranked = sorted(counted, key=lambda k: (order.index(k) if k in order else len(order), k))
    return tuple(Count(key=k, label=label(k), count=counted[k], severity=severity(k)) for k in ranked)


class _Tallied(Protocol):
    """What the header counts of a finding."""

    @property
    def kind(self) -> str: ...
    @property
    def severity(self) -> str: ...
    @property
    def review_status(self) -> str | None: ...
    @property
    def new(self) -> bool | None: ...


# A tuple rather than a frozen dataclass: the 96,000 findings of the generated 20,000-document corpus took
# 0.11 s of CPU to tally so, 0.075 s as tuples.
class _Tally(NamedTuple):
    kind: str
    severity: str
    review_status: str | None
    new: bool | None


def _tally(raw: Mapping[str, Any]) -> _Tally:
    """A finding record reduced to what the header counts, as build_finding reads it."""
    new = raw.get("new")
    return _Tally(
        kind=str(raw.get("kind") or "unknown"),
        severity=str(raw.get("severity") or "info"),
        review_status=_str(raw.get("review_status")),
        new=None if new is None else bool(new),
    )


def build_summary(audit: Mapping[str, Any], findings: Sequence[_Tallied]) -> SummaryView:
    """The header figures: documents and claims from the audit's summary, findings counted here."""
    summary = audit.get("summary") or {}
    severities = sorted({*SEVERITY_RANK, *(f.severity for f in findings)}, key=lambda s: (_rank(s), s))
    worst: dict[str, str] = {}
    for f in findings:
        known_worst = worst.get(f.kind)
        if known_worst is None or _rank(f.severity) < _rank(known_worst):
            worst[f.kind] = f.severity
    known = list(KNOWN_KINDS)
    kinds = sorted(worst, key=lambda k: (_rank(worst[k]), known.index(k) if k in known else len(known), k))
    found = {c.key: c for c in _counts((f.severity for f in findings), severities, str.capitalize, str)}
    marked_new = [f for f in findings if f.new is not None]
    return SummaryView(
        corpus=str(summary.get("corpus") or ""),
        schema=str(audit.get("schema") or ""),
        documents=_int(summary.get("documents"), len(audit.get("documents") or ())),
        claims=_int(summary.get("claims"), len(audit.get("claims") or ())),
        skipped=_int(summary.get("skipped"), len(audit.get("skipped") or ())),
        findings=len(findings),
        by_kind=_counts((f.kind for f in findings), kinds, kind_label, worst.__getitem__),
        by_severity=tuple(
            found.get(s, Count(key=s, label=s.capitalize(), count=0, severity=s)) for s in severities
        ),
        by_status=_counts(
            (f.review_status for f in findings if f.review_status),
            REVIEW_STATUSES,
            lambda s: s.replace("_", " ").capitalize(),
            lambda _s: "",
        ),
        new=sum(1 for f in marked_new if f.new) if marked_new else None,
        new_by_severity=_counts((f.severity for f in marked_new if f.new), severities, str.capitalize, str),
    )


def _membership(
    raw_findings: Sequence[Mapping[str, Any]],
    doc_of: Mapping[str, str],
    anchor_of: Mapping[str, str] | None = None,
) -> tuple[dict[str, list[FindingRef]], set[str]]:
    """Claim id -> the findings it is in; and the claims some finding pairs with another document's.
    anchor_of sends a finding's links to another anchor (the compact row that shows it)."""
    refs: dict[str, list[FindingRef]] = {}
    corroborated: set[str] = set()
    shown = anchor_of or {}
    # The findings a compact row shows share its reference: one object, found in a claim's list by identity.
    made: dict[tuple[str, str, str], FindingRef] = {}
    labels: dict[str, str] = {}
    for raw in raw_findings:
        kind, severity = str(raw.get("kind") or "unknown"), str(raw.get("severity") or "info")
        fingerprint = str(raw.get("fingerprint") or "")
        grouped = fingerprint in shown
        anchor = shown.get(fingerprint) or safe_id("finding", fingerprint)
        ref = made.get((anchor, kind, severity)) if grouped else None
        if ref is None:
            label = labels.get(kind) or labels.setdefault(kind, kind_label(kind))
            ref = FindingRef(anchor=anchor, kind=kind, label=label, severity=severity)
            if grouped:
                made[(anchor, kind, severity)] = ref
        ids = [str(c) for c in raw.get("claim_ids") or ()]
        docs = {doc_of[c] for c in ids if c in doc_of}
        for claim_id in ids:
            found = refs.get(claim_id)
            if found is None:
                refs[claim_id] = [ref]
            # The agreements of one group are one row: a claim links to it once.
            elif not grouped or ref not in found:
                found.append(ref)
            if len(docs) > 1 or (docs and doc_of.get(claim_id) not in docs):
                corroborated.add(claim_id)
    for found in refs.values():
        if len(found) > 1:  # most claims are in one finding
            found.sort(key=lambda r: (_rank(r.severity), r.kind, r.anchor))
    return refs, corroborated


@dataclass(frozen=True)
class ReuseSearch:
    """The text-reuse search of a report: `find_reuse`'s arguments, and what the report keeps."""

    documents: tuple[ReuseDocument, ...] = field(metadata={"help": "The documents searched, in order."})
    detailed: int | None = field(
        metadata={"help": "How many notes, the largest, show what changed word by word (None: all)."}
    )
    given: int = field(metadata={"help": "How many documents have a text."})
    max_notes: int | None = field(metadata={"help": "How many notes are kept (None: all)."})


def _search(
    texts: Mapping[str, str],
    refs: Mapping[str, DocumentRef],
    detailed: int | None = None,
    limits: tuple[int, int] | None = None,
    first: Iterable[str] = (),
) -> ReuseSearch:
    """The search among the documents whose text was given; with `detailed`, only that many notes (the
    largest) show what changed word by word. With `limits` (documents, notes), reuse is looked for among
    that many documents, the `first` ones before the others, and that many notes are kept."""
    given = [ref for ref in refs.values() if ref.doc_id in texts]
    searched = given
    if limits is not None and len(given) > limits[0]:
        preferred = set(first)
        chosen = {
            ref.doc_id for ref in sorted(given, key=lambda ref: ref.doc_id not in preferred)[: limits[0]]
        }
        searched = [ref for ref in given if ref.doc_id in chosen]  # in corpus order, as without a limit
    documents = tuple(
        ReuseDocument(
            doc_id=ref.doc_id,
            text=texts[ref.doc_id],
            title=ref.title,
            kind=ref.kind,
            published=ref.published,
            published_source=ref.published_source,
        )
        for ref in searched
    )
    return ReuseSearch(documents, detailed, len(given), None if limits is None else limits[1])


def build_reuse(
    search: ReuseSearch, refs: Mapping[str, DocumentRef], notes: Sequence[Reuse]
) -> tuple[tuple[ReuseView, ...], ReuseLimit | None]:
    """The provenance notes a search found, as the report shows them; the limit is returned when the
    search or the notes kept left anything out."""
    kept = notes if search.max_notes is None else notes[: search.max_notes]
    views = tuple(
        ReuseView(
            anchor=safe_id("reuse", f"{note.origin}--{note.copy}"),
            origin=refs[note.origin],
            copy=refs[note.copy],
            reuse=note,
        )
        for note in kept
    )
    limited = len(search.documents) < search.given or len(kept) < len(notes)
    return views, (
        ReuseLimit(searched=len(search.documents), documents=search.given, found=len(notes), shown=len(kept))
        if limited
        else None
    )


def _check_claim_ids(raw: Mapping[str, Any]) -> list[str]:
    """The claims a check reads: its claim ids and its figures' (a date check may name only the latter)."""
    figures = (raw.get("details") or {}).get("figures") or ()
    ids = [str(c) for c in raw.get("claim_ids") or ()]
    ids += [str(f["claim_id"]) for f in figures if isinstance(f, Mapping) and f.get("claim_id")]
    return list(dict.fromkeys(ids))


def _checked_claims(raw_checks: Sequence[Mapping[str, Any]]) -> dict[str, list[CheckRef]]:
    """Claim id -> the checks that read it and held."""
    checked: dict[str, list[CheckRef]] = {}
    for raw in raw_checks:
        if raw.get("holds") is not True:
            continue
        details = raw.get("details") or {}
        ref = CheckRef(
            anchor=safe_id("check", str(raw.get("fingerprint") or "")),
            label=check_words(str(details.get("check") or raw.get("check") or "")).label,
            message=str(raw.get("message") or ""),
        )
        for claim_id in _check_claim_ids(raw):
            checked.setdefault(claim_id, []).append(ref)
    return checked


def build_checks(
    raw_checks: Sequence[Mapping[str, Any]],
    claims: Mapping[str, ClaimView],
    documents: Mapping[str, DocumentRef],
    finding_fingerprints: Iterable[str],
) -> tuple[WorkedCheck, ...]:
    """The audit's checks worked out: those that failed first (linked to their finding), then those
    that held, each group in audit order."""
    raised = set(finding_fingerprints)
    worked = []
    for raw in raw_checks:
        fingerprint = str(raw.get("fingerprint") or "")
        holds = raw.get("holds") is True
        finding_anchor = "" if holds or fingerprint not in raised else safe_id("finding", fingerprint)
        worked.append(build_worked(raw, claims, documents, safe_id("check", fingerprint), finding_anchor))
    return tuple(sorted(worked, key=lambda c: bool(c.holds)))


def _needed_claims(
    full: Sequence[Mapping[str, Any]],
    raw_checks: Sequence[Mapping[str, Any]],
    raw_claims: Sequence[Mapping[str, Any]],
    embedded: frozenset[str],
) -> set[str]:
    """The claims a large report draws with a full view: those of full findings and checks, and every
    claim of an embedded text."""
    needed = {str(c) for raw in full for c in raw.get("claim_ids") or ()}
    for raw in full:
        for key in ("points", "estimates", "figures"):
            for item in (raw.get("details") or {}).get(key) or ():
                if isinstance(item, Mapping):
                    needed.update(str(c) for c in item.get("claim_ids") or ())
                    if item.get("claim_id"):
                        needed.add(str(item["claim_id"]))
    for raw in raw_checks:
        needed.update(_check_claim_ids(raw))
    needed.update(str(c["claim_id"]) for c in raw_claims if str(c["doc_id"]) in embedded)
    return needed


@dataclass(frozen=True)
class _Sources:
    """The documents of an audit as the report names them."""

    doc_ids: list[str]  # those of the audit's documents, then any other a claim names
    refs: dict[str, DocumentRef]
    doc_of: dict[str, str]  # claim id -> doc id
    checks: list[Mapping[str, Any]]
    embedded: frozenset[str]  # the documents whose text the page carries


def _sources(audit: Mapping[str, Any]) -> _Sources:
    raw_documents = [d for d in audit.get("documents") or ()]
    raw_claims = audit.get("claims") or ()
    doc_ids = list(
        dict.fromkeys([str(d["doc_id"]) for d in raw_documents] + [str(c["doc_id"]) for c in raw_claims])
    )
    shorts = short_labels(doc_ids)
    records = {str(d["doc_id"]): d for d in raw_documents}
    documents = {d: build_document_ref(records.get(d, {"doc_id": d}), shorts[d]) for d in doc_ids}
    doc_of = {str(c["claim_id"]): str(c["doc_id"]) for c in raw_claims}
    raw_checks = [c for c in audit.get("checks") or () if isinstance(c, Mapping)]
    # Provenance reads every text; the page carries only the embedded ones (all, unless the corpus is large).
    embedded = embedded_documents(doc_ids, list(audit.get("findings") or ()), raw_checks, doc_of)
    return _Sources(doc_ids, documents, doc_of, raw_checks, embedded)


def _reuse_search(sources: _Sources, texts: Mapping[str, str]) -> ReuseSearch:
    """The search `build_context` makes: with word diffs and limits in a large corpus only."""
    compact_mode = is_compact(len(sources.doc_ids))
    return _search(
        texts,
        sources.refs,
        REUSE_DETAILED_NOTES if compact_mode else None,
        (compact_module.REUSE_MAX_DOCUMENTS, compact_module.REUSE_MAX_NOTES) if compact_mode else None,
        sources.embedded,
    )


def documents_reuse_search(documents: Sequence[Document]) -> ReuseSearch | None:
    """The text-reuse search that `build_context` makes for an audit of these documents, known before
    the audit is done, so that it can run meanwhile (`KnownReuse`); None when it depends on the findings
    (beyond REUSE_MAX_DOCUMENTS, the documents whose text the page carries are searched first)."""
    # Told before the sources are made (their references and short labels): at 100,000 documents that
    # took 8-14 s of the main process, only to learn the search depends on the findings.
    if len({d.doc_id for d in documents}) > compact_module.REUSE_MAX_DOCUMENTS:
        return None
    sources = _sources({"documents": [document_record(d) for d in documents]})
    return _reuse_search(sources, {d.doc_id: d.text for d in documents})


def build_context(
    audit: Mapping[str, Any],
    texts: Mapping[str, str],
    find: ReuseFinder = find_reuse,
    *,
    release_texts: bool = False,
    release_claims: bool = False,
) -> ReportContext:
    """The whole report context from the audit data and the document texts; `find` looks for text reuse
    among them (`find_reuse`, or the `KnownReuse` of a search made earlier).

    With `release_texts`, the caller hands `texts` (a dict) over: the texts the page neither carries nor
    searches for reuse are dropped from it as soon as they are known, before the rest is built. A
    100,000-document audit held 236 MB of texts through its report, which reads 14 MB of them.

    With `release_claims`, the caller hands `audit` (a dict) over too: its claims are dropped from it
    once their views are made, before the findings, checks and the page's data are built, which then
    take the memory the claims' values held (the page needs the views of a few of them only)."""
    raw_claims = list(audit.get("claims") or ())
    raw_findings = list(audit.get("findings") or ())
    sources = _sources(audit)
    doc_ids, documents, doc_of = sources.doc_ids, sources.refs, sources.doc_of
    raw_checks, embedded = sources.checks, sources.embedded
    # The longest part of a large report; an AsideReuse finder searches while the rest is built.
    search = _reuse_search(sources, texts)
    reuse_found = start_reuse(find, search.documents, search.detailed)
    with_text = frozenset(texts)
    if release_texts and isinstance(texts, MutableMapping):
        read = embedded | {d.doc_id for d in search.documents}
        for doc_id in with_text - read:
            del texts[doc_id]
    # A large corpus shows agreements and time series compact; their claims need no full view.
    compact_mode = is_compact(len(doc_ids))
    full = [f for f in raw_findings if not compact_mode or str(f.get("kind")) not in COMPACT_KINDS]
    full.sort(
        key=lambda raw: _kind_order(str(raw.get("kind") or "unknown"), str(raw.get("severity") or "info"))
    )
    # Past the first FULL_FINDINGS_SHOWN, a large corpus's errors and warnings are drawn by the script.
    shown_count = compact_module.FULL_FINDINGS_SHOWN
    lazy = [f for f in full[shown_count:] if compact_mode and str(f.get("kind")) in compact_module.LAZY_KINDS]
    doc_index = {d: i for i, d in enumerate(doc_ids)}
    # Each claim's HTML id, made once: the compact cards, the claims' views and the page's data all use it.
    claim_anchors = {claim_id: safe_id("claim", claim_id) for claim_id in doc_of}
    compact = build_compact(
        [f for f in raw_findings if compact_mode and str(f.get("kind")) in COMPACT_KINDS],
        {str(c["claim_id"]): c for c in raw_claims} if compact_mode else {},
        documents,
        _kind_order,
        safe_id,
        split_sentence,
        doc_index,
        lazy,
        claim_anchors,
    )
    membership, corroborated = _membership(raw_findings, doc_of, compact.anchors)
    checked = _checked_claims(raw_checks)
    needed = _needed_claims(full, raw_checks, raw_claims, embedded) if compact_mode else None
    claims: dict[str, ClaimView] = {}
    spans: dict[str, list[tuple[int, int, ClaimView]]] = {}
    claim_counts: dict[str, int] = {}
    single_counts: dict[str, int] = {}
    linked: dict[str, set[str]] = {}
    claim_documents: dict[str, str] = {}
    # In a large corpus, the sentences an embedded text keeps: those of its claims a finding or check
    # links to, so that every "show in the source" of the page lands on its mark.
    kept: dict[str, list[tuple[int, int]]] = {}
    for raw in raw_claims:
        claim_id, doc_id = str(raw["claim_id"]), str(raw["doc_id"])
        refs = membership.get(claim_id, ())
        claim_counts[doc_id] = claim_counts.get(doc_id, 0) + 1
        single_counts[doc_id] = single_counts.get(doc_id, 0) + (claim_id not in corroborated)
        if refs:  # most claims are in no finding
            linked.setdefault(doc_id, set()).update([r.anchor for r in refs])
        anchor = claim_anchors[claim_id]
        if doc_id in embedded or refs or claim_id in checked:
            claim_documents[anchor] = documents[doc_id].anchor
        if needed is not None and claim_id not in needed:
            continue
        view = build_claim(
            raw, documents[doc_id], refs, claim_id not in corroborated, checked.get(claim_id, ()), anchor
        )
        claims[claim_id] = view
        spans.setdefault(doc_id, []).append((_int(raw.get("start")), _int(raw.get("end")), view))
        if compact_mode and doc_id in embedded and (refs or claim_id in checked):
            start = _int(raw.get("sentence_start"))
            kept.setdefault(doc_id, []).append((start, start + len(str(raw.get("sentence") or ""))))
    summary = build_summary(audit, [_tally(raw) for raw in raw_findings])
    if release_claims and isinstance(audit, MutableMapping):
        # A claim's record (`output.RecordView`), the loop's last one too, holds all the claims' columns.
        audit.pop("claims", None)
        raw_claims, raw = [], {}
    findings: Sequence[FindingView]
    if compact_mode:
        # Rows from views without drawings; the drawings are made as the page is written.
        drawn = {id(f) for f in lazy}
        findings = LazyFindings([f for f in full if id(f) not in drawn], claims, documents)
        full_rows = [
            (_kind_order(v.kind, v.severity), build_row(v, searchable=id(raw) not in drawn))
            for raw in full
            if (v := build_finding(raw, claims, documents, drawings=False))
        ]
    else:
        findings = tuple(build_finding(raw, claims, documents) for raw in full)
        full_rows = [(_finding_order(f), build_row(f)) for f in findings]
    checks = build_checks(raw_checks, claims, documents, {str(raw.get("fingerprint") or "") for raw in full})
    reuse, reuse_limit = build_reuse(search, documents, reuse_found())
    shown = {doc_id: text for doc_id, text in texts.items() if doc_id in embedded}
    segments = {
        doc_id: excerpt_text(text, spans.get(doc_id, ()), kept[doc_id])
        if doc_id in kept
        else segment_text(text, spans.get(doc_id, ()))
        for doc_id, text in shown.items()
    }
    reuse_of = reuse_by_document([r.reuse for r in reuse])
    reuse_views = {(r.reuse.origin, r.reuse.copy): r for r in reuse}
    corpus = str((audit.get("summary") or {}).get("corpus") or "")
    # Compact rows take their place among the full ones by severity and kind (a stable sort).
    rows = tuple(row for _, row in sorted([*full_rows, *compact.rows], key=lambda item: item[0]))
    checked_in: dict[str, int] = {}
    for c in checks:
        if c.holds and c.document:
            checked_in[c.document.doc_id] = checked_in.get(c.document.doc_id, 0) + 1
    data: dict[str, Any] = {"rows": rows, "claims": claim_documents}
    if compact_mode:
        # Rows as arrays naming documents and subjects by index; claims name their document by index.
        doc_refs = list(documents.values())
        data["rows"], subjects = pack_rows(
            rows, {ref.short: i for i, ref in enumerate(doc_refs)}, compact.details
        )
        by_anchor = {ref.anchor: i for i, ref in enumerate(doc_refs)}
        data["claims"] = {claim: by_anchor[doc] for claim, doc in claim_documents.items()}
        data["compact"] = {
            "details": compact.details,
            "cards": compact.cards,
            "docs": [
                [ref.anchor, ref.short, ref.title, ref.published or "undated", ref.doc_id] for ref in doc_refs
            ],
            "subjects": subjects,
            "kinds": {
                kind: [kind_label(kind), KNOWN_KINDS[kind][1] if kind in KNOWN_KINDS else ""]
                for kind in dict.fromkeys(row.kind for row in rows)
            },
            "ranks": {row.severity: row.rank for row in rows},
            # The script links 'finding-' + each fingerprint of a row to the row; only the ids that
            # safe_id had to rewrite are listed (a quarter of a million agreements took 14 MB).
            "aliases": {
                alias: anchor
                for fingerprint, anchor in compact.anchors.items()
                if (alias := safe_id("finding", fingerprint)) not in (anchor, f"finding-{fingerprint}")
            },
        }
    return ReportContext(
        title=f"factaudit — {corpus}" if corpus else "factaudit report",
        summary=summary,
        findings=findings,
        rows=rows,
        documents=tuple(
            DocumentView(
                ref=ref,
                claim_count=claim_counts.get(doc_id, 0),
                finding_count=len(linked.get(doc_id, ())),
                single_source_count=single_counts.get(doc_id, 0),
                text_available=doc_id in shown,
                segments=segments.get(doc_id, ()),
                reuse=tuple(reuse_views[(n.origin, n.copy)] for n in reuse_of.get(doc_id, ())),
                checked_count=checked_in.get(doc_id, 0),
                text_omitted=doc_id in with_text and doc_id not in embedded,
                excerpted=any(s.omitted for s in segments.get(doc_id, ())),
            )
            for doc_id, ref in documents.items()
        ),
        reuse=reuse,
        claim_documents=claim_documents,
        kind_options=tuple(FilterOption(c.key, c.label) for c in summary.by_kind),
        source_options=tuple(
            FilterOption(ref.doc_id, ref.short if ref.short == ref.doc_id else f"{ref.short} · {ref.title}")
            for ref in documents.values()
        ),
        status_options=tuple(
            FilterOption(s, s.replace("_", " ")) for s in REVIEW_STATUSES if any(r.status == s for r in rows)
        ),
        checks=checks,
        checks_held=sum(1 for c in checks if c.holds),
        text_limit=None
        if len(embedded) == len(doc_ids)
        else TextLimit(documents=len(doc_ids), embedded=len(embedded), limit=FULL_TEXT_MAX_DOCUMENTS),
        data=data,
        compact_groups=sum(1 for d in compact.details.values() if d["kind"] == "agreement")
        if compact_mode
        else None,
        drawn_findings=len(lazy),
        reuse_limit=reuse_limit,
    )
