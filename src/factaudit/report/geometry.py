"""Inline SVG geometry: intervals of several sources on one axis, and time series placed by date."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from factaudit.report.formatting import format_number

Scale = Literal["number", "date"]

# Interval axis: one row per source under a row of tick labels; the left gutter holds the source labels,
# sized to the longest (about LABEL_CHAR units a character at the 11px label size), within bounds.
AXIS_WIDTH, AXIS_ROW, AXIS_TOP, AXIS_PAD = 560, 22, 20, 14
GUTTER_MIN, GUTTER_MAX, LABEL_CHAR = 40, 180, 6.8
# Time-series chart: the left gutter holds the value labels, the bottom band the date labels.
CHART_WIDTH, CHART_HEIGHT, CHART_GUTTER, CHART_PAD, CHART_BOTTOM = 460, 170, 58, 14, 22
# Share of the data range added on each side so that points never sit on the frame.
MARGIN_SHARE = 0.08
# At most this many tick labels on an axis; more would overlap at these widths.
MAX_TICKS = 6
# Date axes shorter than this are labelled with days, longer ones with month or year starts.
SHORT_SPAN_DAYS = 62


@dataclass(frozen=True)
class Span:
    """Input of an interval axis: one source's interval (None bounds are open) and its point value."""

    label: str = field(metadata={"help": "Short label of the row (the source)."})
    href: str = field(metadata={"help": "Fragment the row links to (the claim in its document)."})
    title: str = field(metadata={"help": "Tooltip: the interval as text."})
    low: float | None = field(metadata={"help": "Lower bound; None when open."})
    high: float | None = field(metadata={"help": "Upper bound; None when open."})
    point: float | None = field(metadata={"help": "The figure as written, None for none."})


@dataclass(frozen=True)
class Tick:
    """A labelled position on an axis."""

    pos: float = field(metadata={"help": "Position in SVG user units."})
    label: str = field(metadata={"help": "Tick label."})


@dataclass(frozen=True)
class AxisRow:
    """One source's interval on the shared axis."""

    span: Span = field(metadata={"help": "The input span."})
    y: float = field(metadata={"help": "Vertical centre of the row."})
    x1: float = field(metadata={"help": "Left end of the bar (the plot edge when the low bound is open)."})
    x2: float = field(metadata={"help": "Right end of the bar (the plot edge when the high bound is open)."})
    open_low: bool = field(metadata={"help": "Whether the low bound is open (drawn as an arrow)."})
    open_high: bool = field(metadata={"help": "Whether the high bound is open (drawn as an arrow)."})
    x_point: float | None = field(metadata={"help": "Position of the figure as written, None for none."})


@dataclass(frozen=True)
class AxisView:
    """Several intervals on one axis, with their common part (overlap) or the gap between them."""

    scale: Scale = field(metadata={"help": "'number' for values, 'date' for periods."})
    width: int = field(metadata={"help": "SVG width."})
    height: int = field(metadata={"help": "SVG height."})
    left: float = field(metadata={"help": "Left edge of the plot."})
    right: float = field(metadata={"help": "Right edge of the plot."})
    rows: tuple[AxisRow, ...] = field(metadata={"help": "One row per source, in the finding's order."})
    ticks: tuple[Tick, ...] = field(metadata={"help": "Tick labels along the top."})
    relation: Literal["overlap", "gap"] = field(
        metadata={"help": "'overlap' when all intervals share a part, else 'gap'."}
    )
    band: tuple[float, float] | None = field(
        metadata={"help": "Horizontal extent of the overlap or the gap; None when it is off the plot."}
    )


@dataclass(frozen=True)
class SeriesPoint:
    """Input of a time-series chart: a period (date ordinals), its value and bounds, and a link."""

    start: float | None = field(metadata={"help": "First day of the period (proleptic ordinal)."})
    end: float | None = field(metadata={"help": "Last day of the period (proleptic ordinal)."})
    value: float = field(metadata={"help": "Value reported."})
    low: float | None = field(metadata={"help": "Lower bound, None when open."})
    high: float | None = field(metadata={"help": "Upper bound, None when open."})
    title: str = field(metadata={"help": "Tooltip: period and value."})
    href: str = field(metadata={"help": "Fragment of the sentence reporting the point."})


@dataclass(frozen=True)
class ChartPoint:
    """A point of a time-series chart in SVG units."""

    source: SeriesPoint = field(metadata={"help": "The input point."})
    x: float = field(metadata={"help": "Horizontal position: the middle of the period."})
    x1: float = field(metadata={"help": "Start of the period."})
    x2: float = field(metadata={"help": "End of the period."})
    y: float = field(metadata={"help": "Vertical position of the value."})
    y_low: float | None = field(metadata={"help": "Vertical position of the lower bound, None when open."})
    y_high: float | None = field(metadata={"help": "Vertical position of the upper bound, None when open."})


@dataclass(frozen=True)
class ChartView:
    """An inline SVG chart of a time series, x placed by date."""

    width: int = field(metadata={"help": "SVG width."})
    height: int = field(metadata={"help": "SVG height."})
    left: float = field(metadata={"help": "Left edge of the plot."})
    right: float = field(metadata={"help": "Right edge of the plot."})
    top: float = field(metadata={"help": "Top edge of the plot."})
    bottom: float = field(metadata={"help": "Bottom edge of the plot."})
    points: tuple[ChartPoint, ...] = field(metadata={"help": "Points in date order."})
    x_ticks: tuple[Tick, ...] = field(metadata={"help": "Date labels along the bottom."})
    y_ticks: tuple[Tick, ...] = field(metadata={"help": "Value labels along the left."})


def iso_ordinal(value: str | None) -> float | None:
    """An ISO date as a day number, None when absent or not a date."""
    if not value:
        return None
    try:
        return float(dt.date.fromisoformat(value[:10]).toordinal())
    except ValueError:
        return None


def _domain(values: Sequence[float]) -> tuple[float, float]:
    low, high = min(values), max(values)
    if low == high:
        pad = max(abs(low) * 0.1, 1.0)
        return low - pad, high + pad
    pad = (high - low) * MARGIN_SHARE
    return low - pad, high + pad


def number_ticks(low: float, high: float) -> list[float]:
    """Round values (1, 2 or 5 times a power of ten) between low and high: the most that fit MAX_TICKS."""
    span = high - low
    if span <= 0 or not math.isfinite(span):
        return [low]
    power = 10 ** math.floor(math.log10(span / MAX_TICKS))
    for multiple in (1, 2, 5, 10, 20, 50):
        step = multiple * power
        first = math.ceil(low / step) * step
        count = math.floor((high - first) / step) + 1
        if count <= MAX_TICKS:
            break
    return [round(first + i * step, 10) for i in range(max(count, 0))]


def date_ticks(low: float, high: float) -> list[tuple[float, str]]:
    """Year, month or day starts between two day ordinals, by the span, labelled; at most MAX_TICKS."""
    first, last = dt.date.fromordinal(math.ceil(low)), dt.date.fromordinal(math.floor(high))
    if last.year - first.year >= 2:
        years = range(first.year + (first != dt.date(first.year, 1, 1)), last.year + 1)
        step = max(1, math.ceil(len(years) / MAX_TICKS))
        return [(float(dt.date(y, 1, 1).toordinal()), str(y)) for y in years[::step]]
    if last.toordinal() - first.toordinal() < SHORT_SPAN_DAYS:
        step = max(1, math.ceil((last.toordinal() - first.toordinal() + 1) / MAX_TICKS))
        days = range(first.toordinal(), last.toordinal() + 1, step)
        return [(float(d), dt.date.fromordinal(d).isoformat()) for d in days]
    months = [
        dt.date(y, m, 1)
        for y in range(first.year, last.year + 1)
        for m in range(1, 13)
        if first <= dt.date(y, m, 1) <= last
    ]
    step = max(1, math.ceil(len(months) / MAX_TICKS))
    return [(float(d.toordinal()), d.strftime("%Y-%m")) for d in months[::step]]


def _ticks(scale: Scale, low: float, high: float, left: float, right: float) -> tuple[Tick, ...]:
    def at(v: float) -> float:
        return round(left + (right - left) * (v - low) / (high - low), 1)

    if scale == "date":
        return tuple(Tick(pos=at(v), label=label) for v, label in date_ticks(low, high))
    return tuple(Tick(pos=at(v), label=format_number(v)) for v in number_ticks(low, high))


def build_axis(spans: Sequence[Span], scale: Scale) -> AxisView | None:
    """The spans on one axis; None when fewer than two spans have a finite bound or point."""
    drawn = [s for s in spans if any(v is not None for v in (s.low, s.high, s.point))]
    if len(drawn) < 2:
        return None
    finite = [v for s in drawn for v in (s.low, s.high, s.point) if v is not None]
    d_low, d_high = _domain(finite)
    longest = max(len(s.label) for s in drawn)
    left = float(min(max(GUTTER_MIN, round(longest * LABEL_CHAR) + 12), GUTTER_MAX))
    right = float(AXIS_WIDTH - AXIS_PAD)

    def x_of(value: float) -> float:
        return round(left + (right - left) * (value - d_low) / (d_high - d_low), 1)

    rows = []
    for i, s in enumerate(drawn):
        low = s.low if s.low is not None else (s.point if s.high is None else None)
        high = s.high if s.high is not None else (s.point if s.low is None else None)
        rows.append(
            AxisRow(
                span=s,
                y=float(AXIS_TOP + AXIS_ROW * i + AXIS_ROW / 2),
                x1=left if low is None else x_of(low),
                x2=right if high is None else x_of(high),
                open_low=low is None,
                open_high=high is None,
                x_point=None if s.point is None else x_of(s.point),
            )
        )
    lows = [-math.inf if r.open_low else _bound(r.span, "low") for r in rows]
    highs = [math.inf if r.open_high else _bound(r.span, "high") for r in rows]
    common_low, common_high = max(lows), min(highs)
    relation: Literal["overlap", "gap"] = "overlap" if common_low <= common_high else "gap"
    a, b = sorted((common_low, common_high))
    band = None
    if a < d_high and b > d_low:
        band = (x_of(max(a, d_low)), x_of(min(b, d_high)))
    return AxisView(
        scale=scale,
        width=AXIS_WIDTH,
        height=AXIS_TOP + AXIS_ROW * len(rows) + 4,
        left=left,
        right=right,
        rows=tuple(rows),
        ticks=_ticks(scale, d_low, d_high, left, right),
        relation=relation,
        band=band,
    )


def _bound(span: Span, which: Literal["low", "high"]) -> float:
    value = span.low if which == "low" else span.high
    if value is None:
        value = span.point
    assert value is not None  # a closed bound always has a value or a point
    return value


def build_chart(points: Sequence[SeriesPoint]) -> ChartView | None:
    """The points placed by the middle of their period; None with fewer than two dated points."""
    dated = sorted(
        (p for p in points if p.start is not None or p.end is not None),
        key=lambda p: (p.start if p.start is not None else p.end or 0.0, p.value),
    )
    if len(dated) < 2:
        return None
    days = [d for p in dated for d in (p.start, p.end) if d is not None]
    values = [v for p in dated for v in (p.value, p.low, p.high) if v is not None]
    x_low, x_high = _domain(days)
    y_low, y_high = _domain([0.0, *values] if min(values) >= 0 else values)
    y_low = max(y_low, 0.0) if min(values) >= 0 else y_low
    left, right = float(CHART_GUTTER), float(CHART_WIDTH - CHART_PAD)
    top, bottom = float(CHART_PAD), float(CHART_HEIGHT - CHART_BOTTOM)

    def x_of(day: float) -> float:
        return round(left + (right - left) * (day - x_low) / (x_high - x_low), 1)

    def y_of(value: float) -> float:
        return round(bottom - (bottom - top) * (value - y_low) / (y_high - y_low), 1)

    chart_points = []
    for p in dated:
        start = p.start if p.start is not None else p.end
        end = p.end if p.end is not None else p.start
        assert start is not None and end is not None
        chart_points.append(
            ChartPoint(
                source=p,
                x=x_of((start + end) / 2),
                x1=x_of(start),
                x2=x_of(end),
                y=y_of(p.value),
                y_low=None if p.low is None else y_of(p.low),
                y_high=None if p.high is None else y_of(p.high),
            )
        )
    return ChartView(
        width=CHART_WIDTH,
        height=CHART_HEIGHT,
        left=left,
        right=right,
        top=top,
        bottom=bottom,
        points=tuple(chart_points),
        x_ticks=_ticks("date", x_low, x_high, left, right),
        y_ticks=tuple(Tick(pos=y_of(v), label=format_number(v)) for v in number_ticks(y_low, y_high)),
    )
