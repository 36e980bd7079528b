"""Quantities: number forms as data, and no pathological regex (time linear in the length of the text)."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factaudit.quantities import find_quantities
from timing import cpu_seconds

# Runs of the characters every number pattern consumes: digits, group and decimal marks, signs, spaces.
_RUNS = st.text(alphabet="0123456789 ,.-−/%$x\u00a0\n", min_size=1, max_size=60)
# Per-character budget: the BBC corpus runs at about 1 µs a character; catastrophic backtracking costs
# seconds for a few thousand characters. 100 µs a character leaves room for a slow CI machine; CPU time
# of this thread, not wall time, read by timing.cpu_seconds (collector held, caches emptied, least of up
# to three readings): a CI run once read 0.25 s for 1,872 characters that take 0.01 s, and not again.
MAX_SECONDS_PER_CHAR = 1e-4


@settings(max_examples=60, deadline=None)
@given(run=_RUNS, repeat=st.integers(min_value=50, max_value=400))
def test_runs_of_digits_and_separators_take_linear_time(run: str, repeat: int) -> None:
    text = run * repeat
    budget = max(0.05, MAX_SECONDS_PER_CHAR * len(text))
    elapsed = cpu_seconds(lambda: find_quantities(text), budget)
    assert elapsed <= budget, (run, repeat, elapsed)


@settings(max_examples=30, deadline=None)
@given(
    words=st.lists(
        st.sampled_from(
            [
                "one",
                "twenty",
                "hundred",
                "and",
                "million",
                "point",
                ",",
                "a",
                "first",
                "fifths",
                "twenty-first",
                "tonne",
                "not",
            ],
        ),
        max_size=400,
    )
)
def test_runs_of_number_words_take_linear_time(words: list[str]) -> None:
    text = " ".join(words)
    budget = max(0.05, MAX_SECONDS_PER_CHAR * len(text) * 5)
    elapsed = cpu_seconds(lambda: find_quantities(text), budget)
    assert elapsed <= budget, (len(text), elapsed)


def test_values_of_news_forms() -> None:
    cases = {
        "26 000 people": 26000,
        "£600m": 600_000_000,
        "$1.13bn": 1_130_000_000,
        "10M users": 10_000_000,
        "twenty-six thousand": 26000,
        "twelve point ninety-nine": 12.99,
        "minus ten": -10,
        "seventy-five thousands": 75000,
        "a 1/4 inch gap": 0.25,
        "½ tbsp": 0.5,
        "4e14 s-1": 4e14,
        "$2.174T": 2.174e12,
        "half a million": 500_000,
        "one sextillion": 1e21,
    }
    for text, value in cases.items():
        values = [q.value for q in find_quantities(text)]
        assert any(abs(v - value) <= 1e-9 * max(1.0, abs(value)) for v in values), (text, values)


def test_several_numbers_in_one_run_of_words() -> None:
    values = [q.value for q in find_quantities("twenty five thirty six and hundred and five hundred and six")]
    assert values == [25, 36, 105, 106]


def test_and_forms_a_range_only_after_between() -> None:
    assert [(q.low, q.high) for q in find_quantities("I have seen 45 and 50 cases.")] == [(45, 45), (50, 50)]
    assert [(q.low, q.high) for q in find_quantities("between 44 mg and 50 mg")] == [(44, 50)]
    assert [(q.value, q.low, q.high) for q in find_quantities("from -18 °C to -34 °C")] == [(-26, -34, -18)]


def test_european_digit_groups_when_the_language_says_so() -> None:
    assert [q.value for q in find_quantities("26.000 Menschen", decimal_comma=True)] == [26000]
    assert next(q.value for q in find_quantities("2,5 Millionen", decimal_comma=True)) == 2.5


NUMBER_FORMS = json.loads((Path(__file__).parent / "data" / "number_forms.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", NUMBER_FORMS, ids=[c["text"][:40] for c in NUMBER_FORMS])
def test_number_forms_of_news_prose(case: dict[str, Any]) -> None:
    """Each form of tests/data/number_forms.json gives its values (as value or interval ends), its kind
    and unit when it is the only quantity of the text, and nothing at all when it is no quantity."""
    quantities = find_quantities(case["text"])
    if case.get("none"):
        assert quantities == [], [(q.text, q.value) for q in quantities]
        return
    values = [v for q in quantities for v in (q.value, q.low, q.high) if v is not None]
    for expected in case["values"]:
        assert any(math.isclose(v, expected, rel_tol=1e-6, abs_tol=1e-9) for v in values), (expected, values)
    if "kind" in case:
        assert len(quantities) == 1
        assert (quantities[0].kind, quantities[0].unit) == (case["kind"], case.get("unit"))


def test_a_unit_after_a_figure_or_in_a_price_counts_no_one() -> None:
    # "a" before a unit is one of it ("a tonne of cocaine"), but not in a rate, where it means "per", nor
    # as the unit a price is quoted in: those sentences hold their sums and no quantity of 1.
    texts = {
        "Oil closed at $50 a barrel, up from $48.50 a barrel.": [50, 48.5],
        "A barrel of US crude oil closed up $2.80 at $51.15.": [2.8, 51.15],
        "Gold fell to $413.50 an ounce as the dollar rose 2%.": [413.5, 2],
        "Mr Brown put 1p a pint on beer and 4p on a bottle of wine.": [1, 4],
    }
    for text, expected in texts.items():
        assert [q.value for q in find_quantities(text)] == expected, text


def test_a_change_by_a_share_before_a_word_of_time_is_the_share() -> None:
    # "a fifth" before a noun is an ordinal ("a third party"); after "by", "up" or "down" and before a
    # preposition or word of time, only the share can be meant.
    shares = {
        "Takings have fallen by about an eighth since the bridge closed.": 0.125,
        "Chinese PC sales have risen by a fifth in each of the past two years.": 0.2,
        "Prices are up a third on last year.": 1 / 3,
        "Spending was cut by a fifth so far this year.": 0.2,
    }
    for text, share in shares.items():
        found = [q.value for q in find_quantities(text) if q.kind == "fraction"]
        assert found == [pytest.approx(share)], text
    for text in ("It was paid by a third party.", "Taught by a fifth year student in May."):
        assert all(q.kind != "fraction" for q in find_quantities(text, ordinals=True)), text


def test_a_sentence_read_again_at_another_offset_gets_its_own_positions() -> None:
    # find_quantities remembers the quantities of sentences it has read (a copy of a story repeats them);
    # each reading must still give positions in the text it was given, and the decimal mark it was told.
    sentence = "Police seized 1.250 kilograms and arrested 27 people."
    text = f"Headline.\n{sentence}\n\nOther text. {sentence}"
    first = text.index(sentence)
    second = text.index(sentence, first + 1)
    at_first = find_quantities(text, first, first + len(sentence))
    at_second = find_quantities(text, second, second + len(sentence))
    assert [text[q.start : q.end] for q in at_first] == [text[q.start : q.end] for q in at_second]
    assert [q.start - first for q in at_first] == [q.start - second for q in at_second]
    assert at_first and all(q.start >= first for q in at_first)
    european = find_quantities(text, second, second + len(sentence), decimal_comma=True)
    assert at_second[0].value == 1.25 and european[0].value == 1250


def test_a_rough_suffix_is_a_lower_bound() -> None:
    # "-odd", "-plus" and "+" glued to a figure say "this many or a few more"; a name's "+" is no bound.
    texts = {
        "Between 10 and 12 of the 80-odd resorts were damaged.": ("80-odd", 80),
        "The firm is kept afloat by its 200-plus lenders.": ("200-plus", 200),
        "Chelsea are set to make a £30m-plus bid.": ("£30m-plus", 30_000_000),
        "Some fans queued for 15+ hours.": ("15+", 15),
    }
    for text, (surface, value) in texts.items():
        bounded = [q for q in find_quantities(text) if q.qualifier == "at_least"]
        assert [(q.text, q.value) for q in bounded] == [(surface, value)], text
        assert bounded[0].cmp_low == value < bounded[0].cmp_high, text


def test_idioms_of_hedges() -> None:
    qualifiers = {
        "Turnout was in the order of 10,000.": "about",
        "Inflation stayed just below 2% in March.": "almost",
        "The deal values the firm north of $1bn.": "more_than",
        "Attendance was just shy of 2,000.": "almost",
    }
    for text, qualifier in qualifiers.items():
        assert [q.qualifier for q in find_quantities(text)] == [qualifier], text


def test_a_year_said_in_pairs_is_a_year_only_where_ordinals_are_read() -> None:
    # "factaudit extract" lists years ("in 1964") and an audit reads none: a year said in words follows
    # the same rule, and its words are no count in either.
    text = "She was born in nineteen sixty four, one of 12 children."
    listed = find_quantities(text)
    assert [(q.text, q.value, q.kind) for q in listed] == [
        ("nineteen sixty four", 1964, "year"),
        ("12", 12, "count"),
    ]
    assert [(q.text, q.kind) for q in find_quantities(text, ordinals=False)] == [("12", "count")]
