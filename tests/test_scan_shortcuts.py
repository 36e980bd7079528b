"""The extractor's shortcuts (pre-tests that skip a pattern, a cheaper check before a search) find
exactly what the plain scans find: property tests over texts made of the tokens each shortcut reads."""

from __future__ import annotations

import datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from factaudit.dates import _ATOM_RE, atom_from_match, find_date_atoms
from factaudit.entities import _SENTENCE_START, _opens_sentence
from factaudit.periods import _PERIOD_RE, Period, _matches, find_periods, reads_previous
from factaudit.quantities import _FRACTION, _fractions
from factaudit.sentences import Sentence, _append

# Numbers in the forms a period may open on and the forms it may not, with digits the ASCII ones are not.
NUMBER_TOKENS = (
    "1st", "2ND", "3rd", "4th", "12th", "24", "3", "100", "2019", "2021-04-15", "12345", "5%", "£3.5bn",
    "10,000", "٣", "²", "half", "quarter", "years", "ago", "months", "of", "May", "June", "first", "the",
    "1st half", "2ND quarter", "3 years ago", "24th of May", "٣ years ago", "2019-2020", "the 1990s",
)  # fmt: skip
# Month names and ISO dates, with the letters case-insensitive matching folds ("ſeptember").
DATE_TOKENS = (
    "24", "1st", "2022", "2022-06-24", "June", "JUNE", "jun", "Sept.", "ſeptember", "Aprıl", "May", "may",
    "March", "Wednesday,", "the", "of", "£5m", "٣", "jan", "feb.", "24 ſeptember", "Aprıl 3", "٣ June",
)  # fmt: skip
# Phrases that carry the period before them ("the same period") and words near them, in every case.
SAME_TOKENS = (
    "the", "THE", "same", "SAME", "ſame", "period", "year", "time", "at", "in", "last", "a", "year earlier",
    "2019", "May", "the same", "The Same", "of", "the previous year",
)  # fmt: skip
# Fractions in every form the pattern reads, and the words near them that are no fraction.
FRACTION_TOKENS = (
    "one", "three", "seven", "nine", "twenty", "a", "3", "12", "half", "halves", "thirds", "quarter",
    "in", "every", "out", "of", "over", "the", "ten", "done", "IN", "one half", "a third", "two-thirds",
    "twenty fifths", "a hundredth", "one thousandths", "a millionth", "nine in ten", "3 in every 4",
    "one out of every five", "3 over 20", "done in ten", "eight over ten", "six  in two",
)  # fmt: skip
SEPARATORS = (" ", "  ", ", ", "\n", "\u2003", "\xa0", "-")
# What stands around capitalised words: marks, white space of every kind, letters.
NAME_TOKENS = ("Morocco", "EU", "The", "said", "x", ".", "!", "(", "“", '"', ":", ";", ",", "-")


def _texts(tokens: tuple[str, ...]) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from([*tokens, *SEPARATORS]), max_size=40).map("".join)


@settings(max_examples=400)
@given(_texts(NUMBER_TOKENS), st.integers(0, 5))
def test_period_candidates_skip_only_numbers_no_period_opens_on(text: str, lead: int) -> None:
    full = [match.span() for match in _PERIOD_RE.finditer(text, lead)]
    assert [match.span() for match in _matches(text, lead, len(text))] == full


@settings(max_examples=400)
@given(_texts(SAME_TOKENS))
def test_periods_read_the_previous_one_only_where_said(text: str) -> None:
    previous = Period(datetime.date(2020, 1, 1), datetime.date(2020, 12, 31), "2020", 0, 4, "year", "in")
    reference = datetime.date(2021, 6, 1)
    if not reads_previous(text, 0, len(text)):
        assert find_periods(text, 0, len(text), reference, previous) == find_periods(
            text, 0, len(text), reference
        )


@settings(max_examples=400)
@given(_texts(DATE_TOKENS), st.integers(0, 5))
def test_date_atoms_are_those_of_a_full_scan(text: str, lead: int) -> None:
    full = [atom_from_match(match) for match in _ATOM_RE.finditer(text, lead)]
    assert find_date_atoms(text, lead, len(text)) == [atom for atom in full if atom is not None]


@settings(max_examples=400)
@given(st.lists(st.sampled_from([*NAME_TOKENS, *SEPARATORS]), max_size=12).map("".join), st.integers(0, 3))
def test_sentence_openings_are_those_of_the_pattern(text: str, floor: int) -> None:
    for start in range(floor, len(text)):
        expected = start == floor or _SENTENCE_START.search(text, max(floor, start - 3), start) is not None
        assert _opens_sentence(text, start, floor) == expected


@given(_texts(("a", "b.", "\t", "\u2028")), st.integers(0, 3), st.integers(0, 3))
def test_sentences_are_trimmed_of_every_kind_of_white_space(text: str, cut: int, keep: int) -> None:
    start, stop = min(cut, len(text)), max(min(cut, len(text)), len(text) - keep)
    sentences: list[Sentence] = []
    _append(sentences, text, start, stop)
    while start < stop and text[start].isspace():
        start += 1
    while stop > start and text[stop - 1].isspace():
        stop -= 1
    assert [(s.start, s.end, s.text) for s in sentences] == (
        [(start, stop, text[start:stop])] * (stop > start)
    )


@settings(max_examples=400)
@given(_texts(FRACTION_TOKENS))
def test_fraction_gate_passes_every_text_the_pattern_matches(text: str) -> None:
    masked = text.lower()
    assert [m.span() for m in _fractions(masked)] == [m.span() for m in _FRACTION.finditer(masked)]
