"""How the report writes numbers, intervals, periods and counts; the template filters wrap these."""

from __future__ import annotations

import math
from typing import Protocol

PLACEHOLDER = "—"


class _Interval(Protocol):
    @property
    def low(self) -> float | None: ...
    @property
    def high(self) -> float | None: ...


class _Period(Protocol):
    @property
    def period_start(self) -> str | None: ...
    @property
    def period_end(self) -> str | None: ...
    @property
    def period_text(self) -> str | None: ...


class _Claim(_Interval, _Period, Protocol):
    @property
    def kind(self) -> str: ...
    @property
    def value(self) -> float | None: ...
    @property
    def qualifier(self) -> str | None: ...
    @property
    def unit(self) -> str | None: ...


def format_number(value: float | None) -> str:
    """A value with thousands separators and no float noise: 26000.0 -> '26,000', 0.125 -> '0.125'."""
    if value is None:
        return PLACEHOLDER
    if math.isinf(value):
        return "∞" if value > 0 else "−∞"
    if math.isnan(value):
        return "NaN"
    if value == int(value) and abs(value) < 1e15:
        return f"{int(value):,}"
    return f"{value:,.6g}"


def format_interval(claim: _Interval) -> str:
    """The claim's interval, open bounds shown as infinities: '[10,000, ∞)'."""
    return interval_text(claim.low, claim.high)


def interval_text(low: float | None, high: float | None) -> str:
    """format_interval of these bounds."""
    if low is None and high is None:
        return PLACEHOLDER
    if low is not None and low == high:
        return f"= {format_number(low)}"
    shown_low = "(−∞" if low is None else f"[{format_number(low)}"
    shown_high = "∞)" if high is None else f"{format_number(high)}]"
    return f"{shown_low}, {shown_high}"


def format_dates(start: str | None, end: str | None) -> str:
    """A resolved period: '2021-01-01 – 2021-12-31', one date when both are the same, '' when none."""
    if start is None and end is None:
        return ""
    if start == end or end is None:
        return str(start)
    if start is None:
        return f"… – {end}"
    return f"{start} – {end}"


def format_period(item: _Period) -> str:
    """The period as written, with its resolved dates: 'last year (2021-01-01 – 2021-12-31)'."""
    return period_text(item.period_text, item.period_start, item.period_end)


def period_text(written: str | None, start: str | None, end: str | None) -> str:
    """format_period of a period written so, resolved to these dates."""
    resolved = format_dates(start, end)
    if written and resolved:
        return f"{written} ({resolved})"
    return written or resolved or PLACEHOLDER


def claim_label(claim: _Claim) -> str:
    """A one-line description of a claim for tooltips: 'count about 26,000 people, in 2021'."""
    parts = [claim.kind, claim.qualifier or "", "" if claim.value is None else format_number(claim.value)]
    label = " ".join(part for part in [*parts, claim.unit or ""] if part)
    has_period = claim.period_text or claim.period_start or claim.period_end
    return f"{label}, {format_period(claim)}" if has_period else label


def or_dash(value: object) -> object:
    """The value, or a dash when it is None or empty."""
    return PLACEHOLDER if value is None or value == "" else value


def plural(count: int, word: str) -> str:
    """'1 claim', '3 claims'."""
    return f"{count:,} {word}" if count == 1 else f"{count:,} {word}s"


def percent(share: float) -> str:
    """A share as a whole percentage: 0.8 -> '80%'."""
    return f"{round(100 * share)}%"
