"""The period grammar, against the cases of tests/data/periods.json and random text."""

from __future__ import annotations

import datetime
import itertools
import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factaudit.periods import _PERIOD_RE, Period, _matches, find_periods
from timing import cpu_seconds

CASES: list[dict[str, Any]] = json.loads(
    (Path(__file__).parent / "data" / "periods.json").read_text(encoding="utf-8")
)
SEEDS = sorted((Path(__file__).parent.parent / "seeds").glob("*.txt"))
# Sentences before and after the case's own, so that offsets are checked as offsets into a document. A
# case may set its own "lead": a wire dateline is read only where a line opens ("Headline\n\n").
LEAD, TAIL = "A sentence before it. ", " A sentence after it."
# Catastrophic backtracking costs seconds on the texts below; honest linear matching costs microseconds.
# Measured in CPU time of this thread (thread_time): other processes and threads do not count.
SECONDS_PER_CHAR = 20e-6
SECONDS_PER_SENTENCE = 1e-3
TOKENS = (
    "0", "1", "9", "19", "20", "2000", "2017", "2020", "2021-04-15", "2015-2020", "1990s", "24", "1st", "Q3",
    "H1", ",", ".", "/", "-", "–", "'", ":", "%", "$", "in", "on", "since", "from", "between", "and", "to",
    "of", "by", "as", "the", "first", "half", "quarter", "months", "year", "years", "ago", "last", "this",
    "next", "so", "far", "early", "mid-", "late", "same", "period", "January", "June", "May", "Sept.",
    "Friday", "Christmas", "Day", "today", "decade", "past",
)  # fmt: skip
TEXTS = st.lists(st.sampled_from([*TOKENS, " ", "  ", "\n"]), max_size=60).map("".join)


def _date(value: str | None) -> datetime.date | None:
    return None if value is None else datetime.date.fromisoformat(value)


def _previous(case: dict[str, Any]) -> Period | None:
    previous = case.get("previous")
    if previous is None:
        return None
    return Period(
        _date(previous["start"]), _date(previous["end"]), "earlier", 0, 0, previous["granularity"], "in"
    )


def _as_expected(period: Period, expected: dict[str, Any]) -> dict[str, Any]:
    actual = {
        "text": period.text,
        "start": period.start and period.start.isoformat(),
        "end": period.end and period.end.isoformat(),
        "relation": period.relation,
        "granularity": period.granularity,
    }
    return {key: actual[key] for key in expected}


@pytest.mark.parametrize("case", CASES, ids=[case["sentence"][:70] for case in CASES])
def test_find_periods(case: dict[str, Any]) -> None:
    lead = case.get("lead", LEAD)
    text = lead + case["sentence"] + TAIL
    start, end = len(lead), len(lead) + len(case["sentence"])
    periods = find_periods(text, start, end, _date(case["reference"]), _previous(case))
    assert [_as_expected(p, e) for p, e in zip(periods, case["expected"], strict=False)] == case["expected"]
    assert len(periods) == len(case["expected"])
    assert all(text[p.char_start : p.char_end] == p.text for p in periods)


def _check_invariants(text: str, periods: list[Period], start: int, end: int) -> None:
    assert all(start <= p.char_start < p.char_end <= end for p in periods)
    assert all(a.char_end <= b.char_start for a, b in itertools.pairwise(periods))
    assert all(text[p.char_start : p.char_end] == p.text for p in periods)
    assert all(p.start is None or p.end is None or p.start <= p.end for p in periods)


@given(TEXTS, st.dates(datetime.date(1950, 1, 1), datetime.date(2090, 12, 31)) | st.none())
def test_find_periods_never_raises(text: str, reference: datetime.date | None) -> None:
    previous = Period(datetime.date(2020, 1, 1), datetime.date(2020, 12, 31), "in 2020", 0, 7, "year", "in")
    _check_invariants(text, find_periods(text, 0, len(text), reference, previous), 0, len(text))


@settings(max_examples=25, deadline=None)
@given(TEXTS.filter(bool), st.integers(200, 2000))
def test_find_periods_runs_in_linear_time(unit: str, repeat: int) -> None:
    text = (unit * repeat)[:40_000]
    budget = 0.05 + SECONDS_PER_CHAR * len(text)
    assert cpu_seconds(lambda: find_periods(text, 0, len(text), datetime.date(2022, 6, 24)), budget) < budget
    periods = find_periods(text, 0, len(text), datetime.date(2022, 6, 24))
    _check_invariants(text, periods, 0, len(text))


@pytest.mark.parametrize(
    "unit", ["1", " ", "in ", "2020-", "2020 ", "the first ", "between 2015 and ", "mid-", "January "]
)
def test_find_periods_on_repetitive_text(unit: str) -> None:
    text = unit * (40_000 // len(unit))
    budget = 0.05 + SECONDS_PER_CHAR * len(text)
    assert cpu_seconds(lambda: find_periods(text, 0, len(text), datetime.date(2022, 6, 24)), budget) < budget


def test_find_periods_is_fast_on_the_seeds() -> None:
    sentences = [
        (text, match.start(), match.end())
        for text in (path.read_text(encoding="utf-8") for path in SEEDS)
        for match in re.finditer(r"[^.!?\n]+[.!?]?", text)
    ]

    def read_all() -> None:
        for text, start, end in sentences:
            find_periods(text, start, end, datetime.date(2022, 6, 24))

    budget = SECONDS_PER_SENTENCE * len(sentences)
    assert cpu_seconds(read_all, budget) < budget


# Every word the grammar knows, twice capitalised, so that the shortcut of `_matches` meets all of them.
GRAMMAR_WORDS = (
    "as of", "as at", "up until", "up to", "so far", "during", "throughout", "through", "within", "until",
    "before", "after", "over", "for", "at", "the end of", "the close of", "the beginning of", "the start of",
    "the turn of", "earlier in", "later", "early", "mid", "previous", "current", "coming", "preceding", "six",
    "twelve", "a", "an", "New Year's Eve", "Boxing Day", "Christmas Eve", "this past", "alone", "to date",
    "the same period", "the same time", "the same year last year", "Monday", "March", "march", "Sept.",
    "1990s", "'s", "2022-06-24", "12th", "Q4", "h2", "weekend", "tonight", "yesterday", "days", "weeks",
)  # fmt: skip
GRAMMAR_TEXTS = st.lists(st.sampled_from([*TOKENS, *GRAMMAR_WORDS, " ", " ", ", ", "\n"]), max_size=40).map(
    lambda tokens: " ".join(tokens)
)


@settings(max_examples=400)
@given(GRAMMAR_TEXTS, st.integers(0, 5))
def test_the_candidate_scan_finds_what_a_full_scan_finds(text: str, lead: int) -> None:
    full = [match.span() for match in _PERIOD_RE.finditer(text, lead)]
    assert [match.span() for match in _matches(text, lead, len(text))] == full
