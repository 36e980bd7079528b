"""Derived figures checked against matched sources: "276% more than in 2022" against the yearly counts."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from typing import Any, Final

from rapidfuzz import fuzz

from factaudit import columns as col
from factaudit.arithmetic import Check, percent_change_check
from factaudit.classify import Finding, Row, period_of
from factaudit.normalize import canonical_phrase

# A change stated against a base year: "276% more than in 2022", "up 12% on 2003", "compared with 2019".
_BASE_YEAR: Final = re.compile(
    r"^[^.;]{0,60}?\b(?:than\s+(?:in\s+)?|compared\s+(?:with|to)\s+(?:in\s+)?|on\s+|from\s+|over\s+|versus\s+|vs\.?\s+)"
    r"(?:the\s+same\s+period\s+(?:of|in)\s+|the\s+whole\s+of\s+)?((?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_UP: Final = re.compile(
    r"\b(?:more|higher|up|increase[sd]?|rise|rose|risen|grew|growth|jump(?:ed)?|gain(?:ed)?)\b", re.I
)
_DOWN: Final = re.compile(
    r"\b(?:less|fewer|lower|down|decrease[sd]?|fall|fell|fallen|drop(?:ped)?|decline[sd]?)\b", re.I
)
# A percentage and a series are about the same measure when their subjects score at least this
# (rapidfuzz token_set_ratio over canonical words), or the sentence names the series' head noun; the
# seeds' and the BBC sample's "% more X than in Y" sentences name the counted thing in the sentence. At 60
# the whole BBC corpus gave three false findings from loose pairs ('Western Europe' / 'European sales'
# 67, 'gain' / 'takings' 60); 80 keeps every derived.json case.
SUBJECT_MIN: Final = 80.0


def _year_points(series: Finding) -> dict[int, str]:
    """The series' points that cover one calendar year: year -> a claim id."""
    points: dict[int, str] = {}
    for point in series.details.get("points", []):
        start, end = point.get("period_start"), point.get("period_end")
        if start and end and start[:4] == end[:4] and start[5:] == "01-01" and end[5:] == "12-31":
            points.setdefault(int(start[:4]), str(point["claim_ids"][0]))
    return points


def _about(row: Row, series: Finding, phrase: Callable[[object], str] = canonical_phrase) -> bool:
    subject = phrase(series.subject)
    if not subject:
        return False
    head = subject.split()[-1]
    stated = phrase(row[col.SUBJECT])
    return head in phrase(row[col.SENTENCE]).split() or fuzz.token_set_ratio(stated, subject) >= SUBJECT_MIN


def _current_year(row: Row, base: int, published: Mapping[str, dt.date | None]) -> int | None:
    start, end = period_of(row)
    if start is not None and end is not None and start.year == end.year and start.year != base:
        return start.year
    date = published.get(str(row[col.DOC_ID]))
    return date.year if date is not None else None


def check_derived_changes(
    rows: Sequence[Row], findings: Sequence[Finding], published: Mapping[str, dt.date | None]
) -> list[Check]:
    """Percent changes against a base year, recomputed from the yearly counts of a matched series."""
    series = [(f, _year_points(f)) for f in findings if f.kind == "time_series"]
    series = [(f, points) for f, points in series if len(points) >= 2]
    if not series:
        return []
    by_id: dict[str, Row] = {str(r[col.CLAIM_ID]): r for r in rows}
    # Each subject and sentence put in matching form once, not once for every series it is held against
    # (0.8 s of a re-audit at 100,000 generated documents, where the series are many).
    phrase = functools.cache(canonical_phrase)
    checks: list[Check] = []
    for row in rows:
        if row[col.KIND] != "percent" or row[col.VALUE] is None:
            continue
        offset = int(row[col.END]) - int(row[col.SENTENCE_START])
        after = str(row[col.SENTENCE])[offset:]
        base_match = _BASE_YEAR.search(after)
        if base_match is None:
            continue
        base = int(base_match.group(1))
        window = after[: base_match.start(1)]
        direction = row[col.DIRECTION] or (
            "up" if _UP.search(window) else "down" if _DOWN.search(window) else None
        )
        current = _current_year(row, base, published)
        if direction is None or current is None:
            continue
        for found, points in series:
            if base in points and current in points and _about(row, found, phrase):
                if by_id[points[base]][col.KIND] == "percent":
                    break  # a change of a rate is ambiguous (points or per cent of it): nothing to check
                check = percent_change_check(row, by_id[points[base]], by_id[points[current]], str(direction))
                if check is not None:
                    checks.append(_across(check))
                break
    return checks


def _across(check: Check) -> Check:
    details: dict[str, Any] = {**check.details, "check": "percent_change_across"}
    return replace(check, check="percent_change_across", details=details)
