"""Stage 4, classify: turn matched pairs into typed findings (conflicts, drifts, agreements, series)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Final

import pandas as pd

from factaudit import columns as col
from factaudit.normalize import canonical_phrase, normalise_sentence

SEVERITY: Final[dict[str, str]] = {
    "number_conflict": "error",
    "date_conflict": "error",
    "qualifier_drift": "warning",
    "wording_drift": "warning",
    "agreement": "info",
    "time_series": "info",
}
SEVERITY_RANK: Final[dict[str, int]] = {"error": 0, "warning": 1, "info": 2}

# Two periods are the same when their overlap covers this share of the longer one (calibrated on the
# seeds: "first half of this year" resolved from two documents dated two weeks apart overlap fully,
# while "since early 2024" against "in 2024" covers 0.75 and is a different, cumulative count).
SAME_PERIOD_OVERLAP: Final = 0.9
# A pair whose sentences score at least this (rapidfuzz token_sort_ratio) is one sentence rewritten:
# press release and article pairs of the seeds score 83-100, unrelated sentences about the same count <= 55.
REWRITE_MIN: Final = 70.0
# Wording drift: the words next to the number changed materially. The content words of the two local
# windows overlap less than this (Jaccard) and differ in at least this many words. In the seeds the
# regularization/legalisation rewrite scores 0.5 with 6 words changed; the verbatim rewrites score 1.0;
# a one-word edit ("these efforts" -> "Morocco's efforts") changes 1-2 words and stays >= 0.8.
WORDING_WINDOW: Final = 6
WORDING_MAX_JACCARD: Final = 0.75
WORDING_MIN_CHANGED: Final = 3


@dataclass(frozen=True)
class Finding:
    """A typed observation about two or more claims, identified by a fingerprint that survives edits."""

    fingerprint: str
    kind: str
    severity: str
    claim_ids: tuple[str, ...]
    message: str
    subject: str | None
    details: Mapping[str, Any] = field(default_factory=dict)


def fingerprint(kind: str, members: list[tuple[str, str, str]]) -> str:
    """A stable identity from the kind and each claim's document, surface text and sentence, no offsets."""
    payload = json.dumps([kind, sorted(members)], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:20]


def _member(row: pd.Series) -> tuple[str, str, str]:
    return (
        str(row[col.DOC_ID]),
        normalise_sentence(str(row[col.TEXT])),
        normalise_sentence(str(row[col.SENTENCE])),
    )


def _period(row: pd.Series) -> tuple[dt.date | None, dt.date | None]:
    start, end = row[col.PERIOD_START], row[col.PERIOD_END]
    return (start if isinstance(start, dt.date) else None, end if isinstance(end, dt.date) else None)


def period_relation(a: pd.Series, b: pd.Series) -> str:
    """same, unknown (one or both open), disjoint or overlapping."""
    (sa, ea), (sb, eb) = _period(a), _period(b)
    if sa is None or sb is None:
        return "unknown"
    ea, eb = ea or sa, eb or sb
    overlap = (min(ea, eb) - max(sa, sb)).days + 1
    if overlap <= 0:
        return "disjoint"
    longest = max((ea - sa).days + 1, (eb - sb).days + 1)
    return "same" if overlap / longest >= SAME_PERIOD_OVERLAP else "overlapping"


def intervals_overlap(a: pd.Series, b: pd.Series) -> bool:
    return bool(a[col.CMP_LOW] <= b[col.CMP_HIGH] and b[col.CMP_LOW] <= a[col.CMP_HIGH])


def _window(sentence: str, start: int, end: int) -> set[str]:
    before = canonical_phrase(sentence[:start]).split()[-WORDING_WINDOW:]
    after = canonical_phrase(sentence[end:]).split()[: WORDING_WINDOW // 2]
    return set(before + after)


def wording_changed(a: pd.Series, b: pd.Series) -> bool:
    """The words right around the two numbers differ materially (not just case, spelling or plurals)."""
    wa = _window(
        str(a[col.SENTENCE]),
        int(a[col.START] - a[col.SENTENCE_START]),
        int(a[col.END] - a[col.SENTENCE_START]),
    )
    wb = _window(
        str(b[col.SENTENCE]),
        int(b[col.START] - b[col.SENTENCE_START]),
        int(b[col.END] - b[col.SENTENCE_START]),
    )
    union = wa | wb
    changed = len(wa ^ wb)
    return bool(union) and changed >= WORDING_MIN_CHANGED and len(wa & wb) / len(union) < WORDING_MAX_JACCARD


def classify_pair(a: pd.Series, b: pd.Series, sentence_score: float) -> str | None:
    """The finding kind for two matched claims of different documents, or None when they don't compare."""
    rewrite = sentence_score >= REWRITE_MIN
    relation = period_relation(a, b)
    if a[col.KIND] == "date":
        if relation == "same":
            return "wording_drift" if rewrite and wording_changed(a, b) else "agreement"
        return "date_conflict" if rewrite else None
    if relation == "unknown" and not rewrite:
        return None
    if relation in ("disjoint", "overlapping"):
        if rewrite and intervals_overlap(a, b):
            return "date_conflict"
        return "series" if relation == "disjoint" else None
    if not intervals_overlap(a, b):
        return "number_conflict"
    if a[col.QUALIFIER] != b[col.QUALIFIER]:
        return "qualifier_drift"
    if rewrite and wording_changed(a, b):
        return "wording_drift"
    return "agreement"


def _describe(row: pd.Series) -> str:
    period = row[col.PERIOD_TEXT] if isinstance(row[col.PERIOD_TEXT], str) else "no period"
    return f"“{row[col.TEXT]}” in {row[col.DOC_ID]} ({period})"


_MESSAGES: Final[dict[str, str]] = {
    "number_conflict": "Different figures for the same {subject}: {a} vs {b}.",
    "date_conflict": "The same {subject} given different dates or periods: {a} vs {b}.",
    "qualifier_drift": "The hedge changed for {subject}: {a} vs {b}.",
    "wording_drift": "The claim about {subject} is worded differently: {a} vs {b}.",
    "agreement": "Sources agree on {subject}: {a} and {b}.",
}


def pair_finding(kind: str, a: pd.Series, b: pd.Series, scores: Mapping[str, float]) -> Finding:
    first, second = sorted((a, b), key=lambda r: (str(r[col.DOC_ID]), int(r[col.START])))
    subject = first[col.SUBJECT] if isinstance(first[col.SUBJECT], str) else str(first[col.KIND])
    return Finding(
        fingerprint=fingerprint(kind, [_member(first), _member(second)]),
        kind=kind,
        severity=SEVERITY[kind],
        claim_ids=(str(first[col.CLAIM_ID]), str(second[col.CLAIM_ID])),
        message=_MESSAGES[kind].format(subject=subject, a=_describe(first), b=_describe(second)),
        subject=subject,
        details={k: round(float(v), 1) for k, v in sorted(scores.items())},
    )


def _span_days(row: pd.Series) -> int:
    start, end = _period(row)
    if start is None:
        return 10**9
    return ((end or start) - start).days


def series_finding(rows: list[pd.Series]) -> Finding | None:
    """One measure over several periods ("80 networks in 2017, 123 in 2020"), never a conflict."""
    chosen: list[pd.Series] = []
    # Shorter periods first: a cumulative "since 2004" figure does not belong among yearly counts.
    for row in sorted(rows, key=lambda r: (_span_days(r), str(r[col.CLAIM_ID]))):
        if all(period_relation(row, other) in ("disjoint", "same") for other in chosen):
            chosen.append(row)
    chosen.sort(key=lambda r: (_period(r)[0] or dt.date.min, str(r[col.DOC_ID]), int(r[col.START])))
    points: dict[tuple[str, str], dict[str, Any]] = {}
    for row in chosen:
        start, end = _period(row)
        key = (str(start), str(end))
        point = points.setdefault(
            key,
            {
                "period_start": start.isoformat() if start else None,
                "period_end": end.isoformat() if end else None,
                "period_text": row[col.PERIOD_TEXT],
                "value": row[col.VALUE],
                "low": row[col.LOW],
                "high": row[col.HIGH],
                "claim_ids": [],
            },
        )
        point["claim_ids"].append(str(row[col.CLAIM_ID]))
    if len(points) < 2:
        return None
    members = [r for r in chosen]
    subject = next((str(r[col.SUBJECT]) for r in members if isinstance(r[col.SUBJECT], str)), "measure")
    listed = ", ".join(
        f"{p['period_text'] or p['period_start']}: {_number(p['value'])}" for p in points.values()
    )
    return Finding(
        fingerprint=fingerprint("time_series", [_member(r) for r in members]),
        kind="time_series",
        severity=SEVERITY["time_series"],
        claim_ids=tuple(str(r[col.CLAIM_ID]) for r in members),
        message=f"A series, not a conflict: {subject} over {len(points)} periods ({listed}).",
        subject=subject,
        details={"points": list(points.values())},
    )


def _number(value: Any) -> str:
    number = float(value)
    return f"{number:,.0f}" if number.is_integer() else f"{number:,.2f}"
