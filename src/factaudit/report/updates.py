"""Figures that change as events unfold and rival credited figures: their views and the step chart."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from factaudit.report.context import ClaimView, DocumentRef, EstimateView, UpdateView
from factaudit.report.geometry import ChartView, SeriesPoint, build_chart, iso_ordinal


def _str(value: Any) -> str | None:
    return None if value is None or value == "" else str(value)


def _float(value: Any) -> float | None:
    return None if value is None or isinstance(value, bool) else float(value)


def _int(value: Any) -> int:
    return 0 if value is None else int(value)


def _month_day(iso: str | None) -> str:
    """'2024-03-01' as '1 Mar 2024'; anything else as is."""
    try:
        day = dt.date.fromisoformat(str(iso))
    except ValueError:
        return str(iso) if iso else "—"
    return f"{day.day} {day:%b %Y}"


def build_updates(
    raw_points: Iterable[Mapping[str, Any]],
    claims: Mapping[str, ClaimView],
    documents: Mapping[str, DocumentRef],
) -> tuple[UpdateView, ...]:
    """The states of an updated figure, in the audit's as-of order; a later state on the same day is
    'later' (the audit orders parts of a day: afternoon, night...)."""
    updates: list[UpdateView] = []
    previous: str | None = None
    for point in raw_points:
        as_of = _str(point.get("as_of"))
        found = tuple(claims[str(c)] for c in point.get("claim_ids") or () if str(c) in claims)
        when = _month_day(as_of) + (", later" if as_of is not None and as_of == previous else "")
        updates.append(
            UpdateView(
                as_of=as_of,
                when=when,
                value=_float(point.get("value")),
                text=str(point.get("text") or (found[0].text if found else "")),
                document=found[0].document if found else documents.get(str(point.get("doc_id"))),
                claims=found,
            )
        )
        previous = as_of
    return tuple(updates)


# A later state on the same as-of day is placed this far after the earlier one on the chart (in days, per
# step of the audit's part-of-day rank), so that updates within a day still read left to right.
DAY_PART_STEP = 0.1


def updates_chart(raw_points: Sequence[Mapping[str, Any]], updates: Sequence[UpdateView]) -> ChartView | None:
    """The states of an updated figure placed by as-of time, each linked to its sentence."""
    placed = []
    for raw, update in zip(raw_points, updates, strict=True):
        day = iso_ordinal(update.as_of)
        if day is None or update.value is None:
            continue
        at = day + DAY_PART_STEP * _int(raw.get("day_part"))
        href = f"#{update.claims[0].anchor}" if update.claims else ""
        title = f"{update.when}: {update.text}"
        placed.append(
            SeriesPoint(start=at, end=at, value=update.value, low=None, high=None, title=title, href=href)
        )
    return build_chart(placed)


def build_estimates(
    raw: Iterable[Mapping[str, Any]], claims: Mapping[str, ClaimView]
) -> tuple[EstimateView, ...]:
    """The credited figures of competing estimates."""
    return tuple(
        EstimateView(
            text=str(e.get("text") or ""),
            value=_float(e.get("value")),
            source=str(e.get("source") or "—"),
            claim=claims.get(str(e.get("claim_id"))),
        )
        for e in raw
    )
