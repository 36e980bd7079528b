"""Which claims the matcher compares: claims without subject words, and sentences naming different names."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

from builders import audit_markdown, kinds_between
from factaudit import blocking
from factaudit import columns as col
from factaudit.audit import AuditConfig, AuditResult, run_audit
from factaudit.classify import (
    classify_pair,
    is_distinctive,
    period_relation,
    replaced_words,
    series_findings,
    shown_number,
)
from factaudit.extract import claims_frame, extract_claims
from factaudit.ingest import Document
from factaudit.match import candidate_pairs, same_names
from factaudit.normalize import canonical_phrase
from factaudit.store import restore_types

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import corpus as generator

_SENTENCE = (
    "Mr Selufgar said during his {} years in Lurubhul he had seen prime ministers and party leaders come "
    "and go and knew the pitfalls of politics there."
)


@pytest.mark.parametrize(
    ("first", "second", "kind"),
    [("nearly 28", "nearly 35", "number_conflict"), ("nearly 28", "nearly 28", "agreement")],
)
def test_claims_whose_subject_is_their_unit_are_compared_on_their_context(
    tmp_path: Path, first: str, second: str, kind: str
) -> None:
    # "years" is the unit, not what is counted: such claims used to be left out of matching entirely, and
    # a third of the scale benchmark's planted conflicts went unreported.
    result = audit_markdown(
        tmp_path,
        ("wire", "2005-02-01", _SENTENCE.format(first)),
        ("paper", "2005-02-02", "Politics.\n\n" + _SENTENCE.format(second)),
    )
    assert kinds_between(result, first, second) == [kind]


def test_unit_only_claims_in_different_sentences_are_not_compared(tmp_path: Path) -> None:
    result = audit_markdown(
        tmp_path,
        ("wire", "2005-02-01", "Mr Selufgar served 28 years in Lurubhul before he retired from politics."),
        (
            "paper",
            "2005-02-02",
            "Mr Selufgar's trial in Lurubhul is expected to last 35 years, lawyers said.",
        ),
    )
    assert kinds_between(result, "28", "35") == []


def test_sentences_naming_different_firms_do_not_compare_on_a_shared_country(tmp_path: Path) -> None:
    # Both documents are mainly about the UK, neither sentence names it: "shares in Umbro" and "shares in
    # Wimpey" are different shares (the BBC corpus paired them as a number conflict).
    result = audit_markdown(
        tmp_path,
        (
            "a",
            "2005-02-01",
            "UK retail news.\n\nShares in Umbro were up 1.76% at 115.5 pence in morning trade.",
        ),
        ("b", "2005-02-01", "UK housing news.\n\nShares in Wimpey were up 6% at 458.5p in morning trade."),
    )
    assert kinds_between(result, "1.76%", "6%") == []


def test_same_names_rule() -> None:
    morocco, rabat, uk = frozenset({"moroc"}), frozenset({"rabat"}), frozenset({"uk"})
    # A sentence naming what the other document is mainly about is about the same thing.
    assert same_names(morocco, morocco, rabat, morocco | rabat)
    # Different names in both sentences, a main name shared by the documents only: different things.
    assert not same_names(frozenset({"umbro"}), uk | {"umbro"}, frozenset({"wimpe"}), uk | {"wimpe"})
    # A sentence without names borrows its document's.
    assert same_names(frozenset(), morocco, rabat, morocco)
    assert not same_names(frozenset(), morocco, rabat, rabat)


def test_generator_replaces_every_part_of_a_name() -> None:
    text = (
        "ABN Amro currently has 5 staff. Tate & Lyle, SpiceJet and McConnell told Reuters that GW "
        "Pharmaceuticals and PwC rose.\n\nNow the firm said. In its report - MTV Smut Peddlers - it said."
    )
    names = generator._names(text)
    assert names is not None
    found = set(names.pattern.removeprefix(r"\b(?:").removesuffix(r")\b").split("|"))
    expected = "ABN Amro Lyle SpiceJet McConnell Reuters GW Pharmaceuticals PwC MTV Smut Peddlers"
    assert found == set(expected.split())
    # Words that open a sentence are names only where they stand elsewhere too ("Tate", "Now", "In").
    assert not found & {"Now", "In", "Tate"}


@pytest.mark.parametrize(
    ("first", "second", "kind"),
    [
        ("26,000", "27,000", "number_conflict"),  # rounding intervals touch at 26,500 only
        ("about 58,223", "about 67,198", "number_conflict"),  # hedges overlap where neither figure is
        ("26,000", "26,413", "agreement"),  # a rounded and an exact statement of one figure
        ("about 26,000", "about 27,000", "agreement"),  # each within the other's hedge
        ("about 26,000", "26,900", "qualifier_drift"),
        ("more than 26,000", "26,000", "qualifier_drift"),
    ],
)
def test_single_figures_agree_when_one_lies_within_the_others_interval(
    tmp_path: Path, first: str, second: str, kind: str
) -> None:
    sentence = "The agency said {} migrants crossed the northern border last year."
    result = audit_markdown(
        tmp_path,
        ("wire", "2005-02-01", sentence.format(first)),
        ("paper", "2005-02-02", sentence.format(second)),
    )
    assert kinds_between(result, first, second) == [kind]


_DURATIONS = [
    "the hearing into the collapse of the old bridge lasted {} days before the verdict was read",
    "the strike at the harbour cranes went on for {} days until the pay offer was accepted",
    "volunteers searched the flooded valley for {} days after the river burst its banks",
    "the festival of street theatre ran for {} days and drew crowds from nearby towns",
    "the ferry service across the bay was suspended for {} days while engineers checked the hull",
    "schools in the northern district stayed closed for {} days during the heavy snow",
    "the museum kept the painting in storage for {} days while the frame was repaired",
    "a water shortage in the eastern suburbs lasted {} days before tankers arrived",
    "the council debated the new parking rules for {} days without reaching a decision",
    "the reservoir took {} days to refill after the long dry summer ended",
]


def test_an_oversized_block_of_unit_only_claims_is_windowed_by_context(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Twenty claims with no names and no subject words share one third-pass block; with blocks of at most
    # 8 claims it is cut into windows. Sorted by subject (empty for all), the windows followed row order
    # and the copies of one sentence, ten rows apart, shared none; sorted by context they are neighbours.
    monkeypatch.setattr(blocking, "MAX_BLOCK", 8)
    monkeypatch.setattr(blocking, "WINDOW_STEP", 4)
    first = " ".join(s.format(10 + i).capitalize() + "." for i, s in enumerate(_DURATIONS))
    second = " ".join(s.format(10 + i).capitalize() + "." for i, s in reversed(list(enumerate(_DURATIONS))))
    result = audit_markdown(tmp_path, ("wire", "2005-02-01", first), ("paper", "2005-02-02", second))
    docs = dict(zip(result.claims[col.CLAIM_ID], result.claims[col.DOC_ID], strict=True))
    across = [
        f for f in result.findings if f.kind == "agreement" and len({docs[i] for i in f.claim_ids}) == 2
    ]
    assert len(across) == len(_DURATIONS)
    assert result.matching.split and result.matching.split[0].size == 2 * len(_DURATIONS)


_DEAL = "{when}, Lurco agreed to a buyout by Verizon Communications in a deal valued at $6.75bn."
# A sentence that gives each document a date to infer and nothing to match across them.
_EARLIER = {
    "wire": "Talks began on {date}.",
    "paper": "The board of the firm met in Paris on {date} to vote.",
}


def _undated_audit(tmp_path: Path, *documents: tuple[str, str]) -> AuditResult:
    """Audit plain-text documents without a date of their own: each gets one inferred from its text."""
    folder = tmp_path / "undated"
    folder.mkdir()
    for name, body in documents:
        (folder / f"{name}.txt").write_text(body + "\n", encoding="utf-8")
    result = run_audit(AuditConfig(sources=(str(folder),), cache=None))
    assert {d.published_source for d in result.corpus.documents} == {"inferred"}
    return result


def test_periods_placed_on_inferred_dates_do_not_conflict(tmp_path: Path) -> None:
    """Two copies of a sentence whose relative periods ("Last week", "On Monday") were placed against
    dates guessed from each text are not a date conflict: the periods cannot be placed. With dates of
    their own, the same documents conflict."""
    first = _EARLIER["wire"].format(date="3 December 2004") + " " + _DEAL.format(when="Last week")
    second = _EARLIER["paper"].format(date="20 December 2004") + " " + _DEAL.format(when="On Monday")
    undated = _undated_audit(tmp_path, ("wire", first), ("paper", second))
    assert "date_conflict" not in [f.kind for f in undated.findings]
    dated = audit_markdown(tmp_path, ("wire", "2004-12-06", first), ("paper", "2004-12-21", second))
    assert "date_conflict" in [f.kind for f in dated.findings]


def test_a_date_written_alike_in_undated_copies_agrees(tmp_path: Path) -> None:
    """ "9 January" in two undated copies of one sentence is one date, though the guessed years differ."""
    sentence = "About 120,000 people are expected at the Lurco trade show which runs from 6 to 9 January."
    first = _EARLIER["wire"].format(date="3 December 2004") + " " + sentence
    second = _EARLIER["paper"].format(date="20 December 2005") + " " + sentence
    result = _undated_audit(tmp_path, ("wire", first), ("paper", second))
    kinds = [f.kind for f in result.findings]
    assert "date_conflict" not in kinds and "agreement" in kinds


def test_a_figure_the_other_sentence_also_states_is_not_contradicted(tmp_path: Path) -> None:
    """A figure paired with another figure of a sentence that states it too is not contradicted there
    (BBC: "rose 0.6% on the month" against "dropped by 1% on the month, after a 0.6% rise"); when the
    other sentence does not state it, the conflict stands."""
    first = "Retail sales rose 0.6% on the month, the statistics office said."
    second = "Retail sales dropped by 1% on the month, after a {} rise, the statistics office said."
    stated = audit_markdown(
        tmp_path / "stated", ("wire", "2004-12-20", first), ("paper", "2004-12-21", second.format("0.6%"))
    )
    assert "number_conflict" not in [f.kind for f in stated.findings]
    other = audit_markdown(
        tmp_path / "other", ("wire", "2004-12-20", first), ("paper", "2004-12-21", second.format("0.4%"))
    )
    assert "number_conflict" in [f.kind for f in other.findings]


def test_a_range_is_not_stated_by_a_figure_it_contains(tmp_path: Path) -> None:
    """ "from 60 to 65" against "from 78 to 65": the 65 of the other sentence lies in the first range, yet
    the range is not stated there; the changed figure stays a conflict (a planted change of the scale
    benchmark that the rule for single figures hid)."""
    sentence = "They believe the plans include raising the retirement age for public workers from {} to 65."
    result = audit_markdown(
        tmp_path, ("wire", "2005-02-01", sentence.format(60)), ("paper", "2005-02-02", sentence.format(78))
    )
    assert "number_conflict" in [f.kind for f in result.findings]


def test_ordinals_and_years_are_extracted_but_never_paired(tmp_path: Path) -> None:
    # Two stories' "second round" are different events, and a year dates the figures of its sentence:
    # `factaudit extract` lists ordinals and years, the audit compares none (match.UNMATCHED_KINDS),
    # neither in its claims nor in the matcher's blocks.
    sentence = "Federer beat Hewitt in the {} round at Wimbledon in 2004, his 12 wins in a row a record."
    documents = [
        Document(name, f"{name}.txt", sentence.format(word), None, dt.date(2005, 1, 10), "manifest")
        for name, word in (("a", "second"), ("b", "third"))
    ]
    claims = restore_types(claims_frame(c for d in documents for c in extract_claims(d)))
    assert sorted(claims.loc[claims[col.KIND] == "ordinal", col.VALUE]) == [2.0, 3.0]
    assert list(claims.loc[claims[col.KIND] == "year", col.VALUE]) == [2004.0, 2004.0]
    audited = [c for d in documents for c in extract_claims(d, uncompared=False)]
    assert [c.text for c in audited] == ["12", "12"]
    pairs, _ = candidate_pairs(claims)
    uncompared = set(claims.index[claims[col.KIND].isin(["ordinal", "year"])])
    assert len(pairs)
    assert not uncompared & {*pairs[col.LEFT], *pairs[col.RIGHT]}
    result = audit_markdown(
        tmp_path,
        ("a", "2005-01-10", sentence.format("second")),
        ("b", "2005-01-12", sentence.format("third")),
    )
    assert not {"ordinal", "year"} & set(result.claims[col.KIND])
    # The rest of the sentence is still matched: the two "12 wins" agree.
    twelve = set(result.claims.loc[result.claims[col.TEXT] == "12", col.CLAIM_ID])
    assert len(twelve) == 2
    assert [f.kind for f in result.findings if set(f.claim_ids) == twelve] == ["agreement"]


def test_the_same_figure_agrees_when_only_one_side_states_a_period(tmp_path: Path) -> None:
    # "33 million people affected" in a situation report and, without a period, in an article: the
    # sources agree. Different figures without a period stay unreported (no conflict on a guess).
    result = audit_markdown(
        tmp_path,
        ("report", "2022-09-07", "Since mid-June, the floods have affected an estimated 33 million people."),
        (
            "article",
            "2022-10-12",
            "About 33 million people have been affected by the floods, officials said.",
        ),
        (
            "blog",
            "2022-10-20",
            "Aid agencies say that some 45 million people have been affected by the floods.",
        ),
    )
    assert kinds_between(result, "an estimated 33 million", "About 33 million") == ["agreement"]
    assert kinds_between(result, "About 33 million", "some 45 million") == []


def test_rolling_windows_closing_in_different_months_are_readings_of_a_series(tmp_path: Path) -> None:
    # "The year to August" and "the year to September" share eleven months but are two readings of one
    # rolling figure: a series, not a conflict; the same window with two figures is a conflict.
    result = audit_markdown(
        tmp_path,
        (
            "ons",
            "2022-10-19",
            "Food prices rose by 14.6% in the year to September, the statistics office said.",
        ),
        (
            "paper",
            "2022-10-19",
            "Food prices rose by 13.1% in the year to August, the statistics office said.",
        ),
        (
            "tv",
            "2022-10-20",
            "Food prices rose by 14.5% in the year to September, the statistics office said.",
        ),
    )
    assert kinds_between(result, "14.6%", "13.1%") == ["time_series"]
    assert "number_conflict" in kinds_between(result, "14.6%", "14.5%")


def _row(text: str, published: str) -> dict[str, object]:
    document = Document("d", "d.txt", text, None, dt.date.fromisoformat(published), "manifest")
    (claim,) = [c for c in extract_claims(document, uncompared=False) if c.kind != "date"]
    return vars(claim)


@pytest.mark.parametrize(
    ("first", "first_date", "second", "second_date", "relation"),
    [
        # Written apart, ending on one day: one period.
        (
            "The firm will cut 4,200 jobs by the end of 2026.",
            "2025-07-30",
            "The firm will cut about 4,200 jobs by the end of next year.",
            "2025-07-30",
            "same",
        ),
        # Written apart, ending a year apart: two periods.
        (
            "The firm will cut 4,200 jobs by the end of 2027.",
            "2025-07-30",
            "The firm will cut about 4,200 jobs by the end of next year.",
            "2025-07-30",
            "different",
        ),
        # Written alike in copies a day apart, "by Friday" lands in different weeks: still one period.
        (
            "The firm will cut 4,200 jobs by Friday.",
            "2004-01-22",
            "The firm will cut 4,200 jobs by Friday.",
            "2004-01-23",
            "same",
        ),
        # Written alike in documents two years apart: two periods.
        (
            "By the end of September more than 4.2 million phone lines were using the service.",
            "2003-10-20",
            "By the end of September more than 4.2 million phone lines were using the service.",
            "2005-10-20",
            "different",
        ),
    ],
)
def test_periods_without_a_start_are_placed_by_their_ends(
    first: str, first_date: str, second: str, second_date: str, relation: str
) -> None:
    assert period_relation(_row(first, first_date), _row(second, second_date)) == relation


@pytest.mark.parametrize(
    ("first", "second", "kind"),
    [
        ("In 2017, police dismantled 80 networks.", "In 2020, police dismantled 123 networks.", "series"),
        ("In 2017, police dismantled 80 networks.", "In 2020, police dismantled 390 networks.", "series"),
        ("In 2017, police dismantled 80 networks.", "In 2020, police dismantled 410 networks.", None),
        (
            "In June, the floods killed 1,739 people.",
            "In August, the plan sought to help 5.2 million people.",
            None,
        ),
    ],
)
def test_a_series_joins_figures_of_one_size_only(first: str, second: str, kind: str | None) -> None:
    # Two measures that share a subject ("people") and a few words are no series once their figures lie
    # further apart than SERIES_MAX_RATIO (5x).
    a, b = _row(first, "2021-01-15"), _row(second, "2021-01-15")
    assert classify_pair(a, b, sentence_score=40.0, context_score=60.0) == kind


def test_a_share_written_as_a_fraction_compares_as_the_percentage_it_rounds(tmp_path: Path) -> None:
    # "about two-thirds of US economic activity" against "66% of US economic activity" (BBC corpus): a
    # fraction is a percentage rounded (classify.FRACTION_WORD_WIDTH); "a quarter" is not 66%.
    result = audit_markdown(
        tmp_path,
        ("wire", "2005-02-01", "Consumer spending accounts for 66% of US economic activity, it said."),
        ("paper", "2005-02-02", "Consumer spending makes up about two-thirds of all US economic activity."),
        ("blog", "2005-02-03", "Consumer spending makes up a quarter of all US economic activity."),
    )
    assert kinds_between(result, "66%", "about two-thirds") == ["qualifier_drift"]
    assert not {"agreement", "qualifier_drift"} & set(kinds_between(result, "66%", "a quarter"))


def test_a_figure_for_a_period_within_the_others_may_agree_but_never_conflicts(tmp_path: Path) -> None:
    # The season's area "between 1 June and 30 September 2024" and "this year" in an October story: the
    # year holds the season, so the same figure agrees and a different one is no conflict.
    season = "Between 1 June and 30 September 2024, wildfires burned 84,312 hectares in the Serrano region."
    result = audit_markdown(
        tmp_path,
        ("agency", "2024-10-15", season),
        ("local", "2024-10-17", "Across Serrano, nearly 85,000 hectares burned in wildfires this year."),
        ("blog", "2024-10-18", "Across Serrano, 120,000 hectares burned in wildfires this year."),
    )
    assert kinds_between(result, "84,312", "nearly 85,000") == ["qualifier_drift"]
    assert kinds_between(result, "84,312", "120,000") == []


def test_nameless_sentences_of_one_period_meet_whatever_their_documents_main_names(tmp_path: Path) -> None:
    # Neither sentence names a name, so each borrows its document's main names, and those differ (Norland,
    # Ostby and Pell against Dalmore, Esk and Fenwick): the fourth pass still compares them on their subject
    # and stated period when the documents name two names in common somewhere (Esk and Karvik) and the
    # figures are of one size.
    agency = (
        "Officials in Norland, Ostby and Pell said Norland, Ostby and Pell had more cases. "
        "Doctors at the Karvik hospital in Esk treated 43 children.\n\n"
        "In the first quarter of 2024, 677 cases were confirmed; in the second quarter, 586."
    )
    names = "Doctors in Dalmore, Esk and Fenwick said Dalmore, Esk, Fenwick and Karvik had 12 wards full."
    result = audit_markdown(
        tmp_path,
        ("agency", "2024-07-18", agency),
        ("tv", "2024-07-22", f"{names}\n\nThere were 677 cases in the first three months of the year."),
        ("radio", "2024-07-22", f"{names}\n\nThere were 4,100 cases in the first three months of the year."),
        (
            "paper",
            "2024-07-22",
            "Trelawny doctors in Trelawny said Trelawny was spared.\n\n"
            "There were 677 cases in the first three months of the year.",
        ),
    )
    claims = result.claims
    about = dict(zip(claims[col.DOC_ID], claims[col.ABOUT], strict=False))
    assert not set(about["agency"].split()) & set(about["tv"].split())  # main names share none
    ids = dict(zip(zip(claims[col.DOC_ID], claims[col.TEXT], strict=True), claims[col.CLAIM_ID], strict=True))
    agreeing = {f.claim_ids for f in result.findings if f.kind == "agreement"}
    assert (ids["agency", "677"], ids["tv", "677"]) in agreeing
    # A document naming nothing the agency names, and a figure six times as large, are not compared.
    paired = {frozenset(pair) for pair in zip(result.pairs[col.LEFT], result.pairs[col.RIGHT], strict=True)}
    labels = {claim_id: label for label, claim_id in enumerate(claims[col.CLAIM_ID])}
    assert frozenset((labels[ids["agency", "677"]], labels[ids["paper", "677"]])) not in paired
    assert frozenset((labels[ids["agency", "677"]], labels[ids["radio", "4,100"]])) not in paired


def test_a_share_in_words_meets_its_percentage_across_nameless_sentences(tmp_path: Path) -> None:
    # "Two thirds" (0.67) is compared as 67%, its size included: within SERIES_MAX_RATIO of 66%, not 99x.
    result = audit_markdown(
        tmp_path,
        (
            "agency",
            "2024-07-18",
            "Officials in Norland, Ostby and Pell said Norland, Ostby and Pell had more cases. "
            "Doctors at the Karvik hospital in Esk treated 43 children.\n\n"
            "In the first quarter of 2024, 66% of cases were in children.",
        ),
        (
            "tv",
            "2024-07-22",
            "Doctors in Dalmore, Esk and Fenwick said Dalmore, Esk, Fenwick and Karvik had 12 wards full.\n\n"
            "In the first three months of the year two thirds of cases were in children.",
        ),
    )
    assert kinds_between(result, "66%", "two thirds") == ["agreement"]


@pytest.mark.parametrize(("figure", "kind"), [("311", ["agreement"]), ("two", [])])
def test_a_distinctive_figure_agrees_on_less_alike_context_when_the_sentences_share_a_name(
    tmp_path: Path, figure: str, kind: list[str]
) -> None:
    # The same 311 votes, told in other words ("majority of", "won by"): one figure when the sentences name
    # a name in common. A small number ("two votes") is shared by unrelated sentences too.
    result = audit_markdown(
        tmp_path,
        (
            "commission",
            "2025-05-09",
            f"In the end Okafor's majority of {figure} votes is the smallest in a mayoral contest so far.",
        ),
        (
            "wire",
            "2025-05-09",
            f"Ruth Okafor of the Green Party won the Eastmoor mayoral race by {figure} votes, they said.",
        ),
    )
    assert [
        f.kind for f in result.findings if len(f.claim_ids) == 2 and f.kind != "competing_estimates"
    ] == kind


@pytest.mark.parametrize(("figure", "kinds"), [("767", ["number_conflict"]), ("688", [])])
def test_a_transposed_figure_of_one_period_conflicts_on_less_alike_context(
    tmp_path: Path, figure: str, kinds: list[str]
) -> None:
    # 767 for 677 cases in one quarter: the digits say one figure was copied from the other, though the
    # words around them ("confirmed in the first quarter" / "doctors say ... saw ... over the first three
    # months") score 62, below CONFLICT_CONTEXT_MIN. Another figure (688) in the same words is not
    # reported.
    result = audit_markdown(
        tmp_path,
        (
            "agency",
            "2024-07-18",
            "In the first quarter of 2024, 677 cases were confirmed in Norland; in the second quarter, 586.",
        ),
        (
            "tv",
            "2024-07-22",
            f"Local doctors say Norland saw {figure} cases over the first three months of the year.",
        ),
    )
    pairs = result.pairs
    assert len(pairs) == 1 and 55 <= float(pairs[col.CONTEXT_SCORE].iloc[0]) < 70
    assert kinds_between(result, "677", figure) == kinds


@pytest.mark.parametrize(
    ("text", "value", "distinctive"),
    [
        ("311", 311.0, True),
        ("8.28", 8.28, True),
        ("12,000", 12000.0, True),
        ("£1.3bn", 1.3e9, True),
        ("24", 24.0, False),
        ("100m", 100.0, False),
        ("two", 2.0, False),
        # A share in words compares as its percentage, 66.666...: its float is no measure of its writing.
        ("two thirds", 200 / 3, False),
    ],
)
def test_a_figure_isis_distinctive_by_the_digits_written(text: str, value: float, distinctive: bool) -> None:
    assert is_distinctive(text, value) is distinctive


@pytest.mark.parametrize(("second", "kinds"), [("about 84,000", ["qualifier_drift"]), ("about 61,000", [])])
def test_unit_only_figures_of_nested_periods_that_can_be_one_agree_on_less_alike_context(
    tmp_path: Path, second: str, kinds: list[str]
) -> None:
    # The subject is only the unit ("hectares") and the contexts score below EMPTY_SUBJECT_CONTEXT_MIN, but
    # one stated period holds the other and the figures can be the same: one measure
    # (match.OVERLAP_CONTEXT_MIN), which may agree on context below CONFLICT_CONTEXT_MIN as the periods
    # nest (classify.NESTED_AGREEMENT_CONTEXT_MIN). Figures that cannot be the same stay unmatched: never
    # a conflict on so little context.
    result = audit_markdown(
        tmp_path,
        (
            "agency",
            "2024-10-03",
            "Fires burned 84,312 hectares of the Varnel uplands between 1 June and 30 September, the "
            "agency said.",
        ),
        ("wire", "2024-10-04", f"Wildfires scorched {second} hectares in the Varnel uplands this summer."),
    )
    assert kinds_between(result, "84,312", second) == kinds


@pytest.mark.parametrize(
    ("second", "kinds"), [("More than 6,800", ["qualifier_drift"]), ("More than 7,900", [])]
)
def test_different_heads_of_one_period_whose_figures_can_be_one_meet_on_less_alike_context(
    tmp_path: Path, second: str, kinds: list[str]
) -> None:
    # "people" and "migrants" are different heads, and the contexts score below SECOND_PASS_CONTEXT_MIN:
    # one month and figures that can be the same make them one count (HEAD_MISMATCH_OVERLAP_CONTEXT_MIN).
    result = audit_markdown(
        tmp_path,
        (
            "ministry",
            "2025-09-03",
            "In Varnel, a total of 6,842 people arrived irregularly by sea in August.",
        ),
        ("wire", "2025-09-04", f"{second} migrants reached Varnel by sea in August."),
    )
    assert kinds_between(result, "6,842", second) == kinds


def test_the_overlap_rule_leaves_out_durations_and_figures_in_words(tmp_path: Path) -> None:
    # A duration is no measure of its sentence's period, and small figures in words are shared by
    # unrelated sentences of one year (BBC: "four years of strong growth to 2004" against "its fastest
    # rate in four years during 2004"; "two companies" against "two cosmetics labels").
    result = audit_markdown(
        tmp_path,
        ("a", "2005-02-01", "The Varnel housing market may slow after 14 years of strong growth to 2004."),
        ("b", "2005-02-02", "Varnel's economy grew at its fastest rate in 14 years during 2004."),
        ("c", "2005-02-03", "Two Varnel companies tried to merge two years ago, in 2003."),
        ("d", "2005-02-04", "Varnel Group bought two cosmetics labels in 2003."),
    )
    claims = result.claims
    assert set(claims[col.TEXT]) >= {"14", "two"}
    documents = dict(zip(claims[col.CLAIM_ID], claims[col.DOC_ID], strict=True))
    assert [f.kind for f in result.findings if len({documents[i] for i in f.claim_ids}) > 1] == []


@pytest.mark.parametrize(
    ("possessive", "plain"),
    [
        ("August's total", "the August total"),
        ("Britain's economy", "Britain economy"),
        ("firms' sales", "firm sales"),
    ],
)
def test_a_possessive_is_its_word(possessive: str, plain: str) -> None:
    # "August's" was folded as a plural to "august'", which matched no "August" in the other context.
    assert canonical_phrase(possessive) == canonical_phrase(plain)


@pytest.mark.parametrize(
    ("second", "kinds"), [("3,795", ["number_conflict"]), ("almost 4,000", ["qualifier_drift"])]
)
def test_people_meet_what_the_sentence_says_they_are_on_less_alike_context(
    tmp_path: Path, second: str, kinds: list[str]
) -> None:
    # "asylum applications" and "people" are different heads, the contexts score 60 < SECOND_PASS_CONTEXT_MIN,
    # but "people" counts whoever the sentence says (match.GENERIC_HEAD_CONTEXT_MIN); the transposed
    # figure of one month is a conflict.
    result = audit_markdown(
        tmp_path,
        ("ministry", "2025-09-03", "In Varnel, 3,975 asylum applications were lodged in August."),
        (
            "wire",
            "2025-09-04",
            f"August's arrivals in Varnel included 610 unaccompanied children, and {second} people applied "
            "for asylum during the month.",
        ),
    )
    assert kinds_between(result, "3,975", second) == kinds


@pytest.mark.parametrize(("figure", "kinds"), [("£541,000", ["number_conflict"]), ("£530,000", [])])
def test_a_transposed_figure_conflicts_when_only_one_side_states_a_period(
    tmp_path: Path, figure: str, kinds: list[str]
) -> None:
    # £541,000 for £514,000: the swapped digits say one figure was copied from the other, though only the
    # first states when (a week of searches) and the words around them say less alike than
    # CONFLICT_CONTEXT_MIN. Another figure in the same words is not reported.
    result = audit_markdown(
        tmp_path,
        (
            "customs",
            "2025-06-10",
            "Customs officers in Dunmore seized £514,000 in cash and 9 kilograms of heroin between 2 and 8 "
            "June 2025.",
        ),
        ("wire", "2025-06-10", f"Officers in Dunmore also recovered {figure} in cash and two shotguns."),
    )
    pairs = result.pairs
    assert len(pairs) == 1 and 55 <= float(pairs[col.CONTEXT_SCORE].iloc[0]) < 70
    assert kinds_between(result, "£514,000", figure) == kinds


_HARBOUR = (
    "The Port of Quillan handled 2,416,300 tonnes of grain in 2023, its harbour board said. "
    "The board employs 1,284 people at the quay."
)


def test_the_same_distinctive_count_in_two_years_of_two_documents_is_a_slipped_year(tmp_path: Path) -> None:
    result = audit_markdown(
        tmp_path,
        ("board", "2025-01-20", _HARBOUR),
        (
            "paper",
            "2025-01-22",
            "In 2024 Quillan's harbour handled 2,416,300 tonnes of grain, figures from the port showed. "
            "The Port of Quillan employs 1,284 people at the quay.",
        ),
    )
    assert "date_conflict" in kinds_between(result, "2,416,300", "2,416,300")


def test_a_rate_held_over_two_years_is_no_slipped_year(tmp_path: Path) -> None:
    result = audit_markdown(
        tmp_path,
        ("board", "2025-01-20", "The Quillan harbour levy was £1,837 per vessel in 2023, the board said."),
        (
            "paper",
            "2025-01-22",
            "Owners of ships calling at Quillan paid a harbour levy held at £1,837 per vessel in 2024, "
            "unchanged for a second year as traffic recovered.",
        ),
    )
    assert "date_conflict" not in kinds_between(result, "£1,837", "£1,837")


_SHARE_BOARD = (
    "The Quillan and Marrow board recorded 48,215 outpatient referrals in March. "
    "Of the referrals on the register, 23.8% were seen within a week."
)


def test_a_share_in_words_meets_the_percentage_of_one_storys_documents(tmp_path: Path) -> None:
    result = audit_markdown(
        tmp_path,
        ("board", "2025-04-10", _SHARE_BOARD),
        (
            "radio",
            "2025-04-11",
            "The Quillan and Marrow board recorded 48,215 outpatient referrals in March. "
            "Nearly one in four patients on the Quillan and Marrow register was seen within a week.",
        ),
    )
    assert "qualifier_drift" in kinds_between(result, "23.8%", "Nearly one in four")


def test_a_share_in_words_does_not_meet_a_percentage_of_another_story(tmp_path: Path) -> None:
    result = audit_markdown(
        tmp_path,
        ("board", "2025-04-10", _SHARE_BOARD),
        (
            "radio",
            "2025-04-11",
            "Quillan and Marrow's football club sold 31,900 season tickets. "
            "Nearly one in four patients on the Quillan and Marrow register was seen within a week.",
        ),
    )
    assert kinds_between(result, "23.8%", "Nearly one in four") == []


def test_a_figure_written_in_a_headline_and_the_body_is_met_once_in_the_closer_sentence(
    tmp_path: Path,
) -> None:
    # The headline's copy shares the words nearest the figure ("lose more than 700 jobs") and is met
    # first; the body's copy says more alike as a sentence (the plant, the date), and holds the one
    # finding of the pair: a copy of a figure is no second finding.
    result = audit_markdown(
        tmp_path,
        (
            "release",
            "2025-03-05",
            "The company will cut 2,600 jobs across Europe by the end of 2027, including 740 at its Brackley "
            "factory.",
        ),
        (
            "paper",
            "2025-03-06",
            "Brackley factory to lose more than 700 jobs\n\nMore than 700 jobs will go at the company's "
            "Brackley factory by the end of 2027, the company announced on Wednesday.",
        ),
    )
    assert kinds_between(result, "740", "More than 700") == ["qualifier_drift"]
    assert kinds_between(result, "740", "more than 700") == []


def test_durations_that_bound_two_counts_are_two_measures_not_a_conflict(tmp_path: Path) -> None:
    # "under three hours" and "10 hours or longer" say which patients were counted; they are no figure
    # of one measure told two ways.
    result = audit_markdown(
        tmp_path,
        (
            "trust",
            "2025-06-05",
            "In May, 64.2% of patients at Ellerby Infirmary were seen in under three hours in the minor "
            "injuries unit.",
        ),
        (
            "paper",
            "2025-06-06",
            "In May, 1,204 patients at Ellerby Infirmary were seen after 10 hours or longer in the minor "
            "injuries unit.",
        ),
    )
    assert "number_conflict" not in kinds_between(result, "under three", "10")


def test_a_bounded_duration_measured_on_its_own_still_conflicts(tmp_path: Path) -> None:
    # No count stands before the duration: the duration is what is reported, and a changed one conflicts.
    result = audit_markdown(
        tmp_path,
        (
            "wire",
            "2025-06-05",
            "The Ellerby Infirmary novel topped the Dalmore chart less than 23 hours after its release "
            "on 2 June.",
        ),
        (
            "paper",
            "2025-06-06",
            "The Ellerby Infirmary novel topped the Dalmore chart less than 29 hours after its release "
            "on 2 June.",
        ),
    )
    assert kinds_between(result, "less than 23", "less than 29") == ["number_conflict"]


def test_a_series_keeps_one_figure_per_period_of_one_document(tmp_path: Path) -> None:
    # The wire's September count chains to both of the radio's October figures; the departments' 29,150
    # attendances are another measure, and the series keeps the October figure nearest September's.
    result = audit_markdown(
        tmp_path,
        (
            "wire",
            "2025-11-20",
            "In October, 7,436 patients at Ellerby Infirmary waited 12 hours or more for a bed in an "
            "emergency department, up from 6,985 in September.",
        ),
        (
            "radio",
            "2025-11-22",
            "More than 7,400 patients spent 12 hours or more in the emergency departments at Ellerby "
            "Infirmary in October.\n\nThe emergency departments at Ellerby Infirmary saw 29,150 patients "
            "last month.",
        ),
    )
    series = [f for f in result.findings if f.kind == "time_series"]
    ids = dict(zip(result.claims[col.TEXT], result.claims[col.CLAIM_ID], strict=False))
    assert [sorted(f.claim_ids) for f in series] == [sorted([ids["6,985"], ids["More than 7,400"]])]


def test_a_share_of_a_measure_and_the_measure_itself_are_no_series(tmp_path: Path) -> None:
    # "31% of the long-term average" is a share of the average; "a long-term average of 68.4%" is the
    # average's own level, of stocks: two measures.
    result = audit_markdown(
        tmp_path,
        (
            "company",
            "2025-08-06",
            "On 4 August 2025, stocks at Harrowfield reservoirs stood at 44.1%, against a long-term average "
            "of 68.4%. Rainfall at Harrowfield in July was 20.4mm, 31% of the long-term average.",
        ),
    )
    series = [f for f in result.findings if f.kind == "time_series"]
    ids = dict(zip(result.claims[col.TEXT], result.claims[col.CLAIM_ID], strict=False))
    assert not any({ids["31%"], ids["68.4%"]} <= set(f.claim_ids) for f in series)


_FIGURE_TRUST = (
    "Dunmere Health Trust recorded 27,405 outpatient appointments in May. "
    "The trust's ambulance crews reached 52.7% of the most urgent calls within seven minutes."
)


def test_one_storys_figure_meets_across_different_heads_without_a_period(tmp_path: Path) -> None:
    # "urgent calls" against "emergencies" (subjects 24), no period on either side: only the figure, and
    # the story's other figure in common, say one measure; what is counted was reworded.
    result = audit_markdown(
        tmp_path,
        ("trust", "2025-06-10", _FIGURE_TRUST),
        (
            "wire",
            "2025-06-11",
            "Dunmere Health Trust recorded 27,405 outpatient appointments in May, it said. "
            "The trust's ambulance crews reached 52.7% of emergencies within seven minutes.",
        ),
    )
    assert kinds_between(result, "52.7%", "52.7%") == ["wording_drift"]


def test_a_transposed_figure_of_one_story_conflicts_across_different_heads(tmp_path: Path) -> None:
    result = audit_markdown(
        tmp_path,
        (
            "trust",
            "2025-06-10",
            "Dunmere Health Trust recorded 27,405 outpatient appointments in May. Of the pathways on the "
            "Dunmere list, 18,362 had been waiting longer than a year.",
        ),
        (
            "wire",
            "2025-06-11",
            "Dunmere Health Trust recorded 27,405 outpatient appointments in May. The Dunmere trust said "
            "18,632 pathways had been waiting longer than a year.",
        ),
    )
    assert kinds_between(result, "18,362", "18,632") == ["number_conflict"]


def test_a_figure_two_stories_share_does_not_meet_across_different_heads(tmp_path: Path) -> None:
    # The same names and the same 52.7%, but no other figure in common: two stories that happen to state
    # one figure.
    result = audit_markdown(
        tmp_path,
        ("trust", "2025-06-10", _FIGURE_TRUST),
        (
            "wire",
            "2025-06-11",
            "Dunmere Health Trust's car parks raised £1.9m last year. "
            "The trust's ambulance crews reached 52.7% of emergencies within seven minutes.",
        ),
    )
    assert kinds_between(result, "52.7%", "52.7%") == []


def test_vessels_and_ships_are_one_count(tmp_path: Path) -> None:
    result = audit_markdown(
        tmp_path,
        (
            "harbour",
            "2025-10-03",
            "During the Marlow Quay blockade, 17 vessels were turned away to other harbours.",
        ),
        (
            "paper",
            "2025-10-04",
            "At Marlow Quay, 17 ships were turned away to other harbours during the blockade.",
        ),
    )
    assert kinds_between(result, "17", "17") == ["agreement"]


def test_a_share_in_words_meets_its_percentage_of_another_head_on_alike_contexts(tmp_path: Path) -> None:
    # "area" against "land": a share in words seldom has its percentage's head, and the contexts (85)
    # are alike enough for any pair; the documents share names and a figure.
    result = audit_markdown(
        tmp_path,
        (
            "service",
            "2025-10-10",
            "Fires in Carvale burned 38,215 hectares this season, the Ardley Fire Service said. Heathland "
            "accounted for 34% of the area burned in Carvale.",
        ),
        (
            "paper",
            "2025-10-11",
            "Fires in Carvale burned 38,215 hectares this season, the Ardley Fire Service said. A third of "
            "the land that burned in Carvale was heathland.",
        ),
    )
    assert kinds_between(result, "34%", "A third") == ["agreement"]


def _claim(text: str, figure: str, published: str = "2025-02-26") -> dict[str, object]:
    """The claim written `figure` of a document, with its document's main names (ABOUT)."""
    document = Document("d", "d.txt", text, None, dt.date.fromisoformat(published), "manifest")
    (claim,) = [c for c in extract_claims(document, uncompared=False) if c.text == figure]
    return vars(claim)


_RELEASE = (
    "Harrowgate City Council approved its budget. Harrowgate City Council will draw on its reserves. "
    "The council will be left with £47.3 million of usable reserves."
)


@pytest.mark.parametrize(
    ("other", "kind"),
    [
        # Another document of the story (Harrowgate, Council): its main names stand in for a name.
        (
            "Harrowgate Council set its budget. Harrowgate Council leaders spoke. Reserves will fall to "
            "£47.3 million at the end of March 2026.",
            "agreement",
        ),
        # A document of another story that writes the same figure: no names in common, nothing.
        (
            "Dunmore Rovers posted results. Dunmore Rovers fans cheered. Reserves will fall to £47.3 "
            "million at the end of March 2026.",
            None,
        ),
    ],
)
def test_one_storys_documents_stand_in_for_a_name_their_sentences_do_not_name(
    other: str, kind: str | None
) -> None:
    # The same distinctive figure, one side without a period, context words under CONFLICT_CONTEXT_MIN and
    # no name in either sentence: one figure when the documents are one story's.
    a, b = _claim(_RELEASE, "£47.3 million"), _claim(other, "£47.3 million", "2025-02-28")
    assert classify_pair(a, b, sentence_score=55.0, context_score=56.0) == kind


@pytest.mark.parametrize(
    ("where", "kind"),
    [("across the region", "number_conflict"), ("in Kelburn, including the Wharf site", "differs")],
)
def test_a_transposed_figure_of_a_sentence_naming_another_place_is_no_copy(where: str, kind: str) -> None:
    # 2,068 for 2,086 in one quarter is a copy with its digits swapped, unless the sentence names what the
    # other document is not about: a city's own starts against the region's ("differs": two figures that
    # say too little alike to conflict, no finding).
    region = (
        "Corrinth starts fell. Corrinth builders slowed. Of the homes started in the second quarter of "
        "2025, 2,086 were affordable homes."
    )
    local = (
        f"Corrinth starts fell. Corrinth builders slowed. {where[0].upper()}{where[1:]}, 2,068 homes were "
        "started in the second quarter of 2025."
    )
    a, b = _claim(region, "2,086", "2025-08-14"), _claim(local, "2,068", "2025-08-19")
    assert classify_pair(a, b, sentence_score=46.0, context_score=57.0) == kind


@pytest.mark.parametrize(
    ("clause", "kind"),
    [
        # Who gives the figure moved into the sentence: no change of what it counts.
        ("the company said", "agreement"),
        # Words that say where the work was done replaced those that say when: a change of wording.
        ("mostly on rural lines", "wording_drift"),
    ],
)
def test_an_attribution_set_off_by_commas_is_no_change_of_wording(clause: str, kind: str) -> None:
    a = _row(
        "Our engineers have repaired faults since the storm arrived, including 312 broken poles.",
        "2025-01-18",
    )
    b = _row(f"Engineers had repaired faults, {clause}, including 312 broken poles.", "2025-01-18")
    assert classify_pair(a, b, sentence_score=78.0, context_score=90.0) == kind


@pytest.mark.parametrize(
    ("first", "second", "kind"),
    [
        # Only the forms of words changed: no change of wording.
        (
            "28 separate programs of the Italian carmaker",
            "28 separate programs of the Italian car maker",
            "agreement",
        ),
        (
            "the machines were harbouring and sending 28 separate programs",
            "the machines harbour and send 28 separate programs",
            "agreement",
        ),
        # Other words: a change of wording.
        (
            "the machines were harbouring and sending 28 separate programs",
            "the machines quietly deleted 28 separate programs",
            "wording_drift",
        ),
    ],
)
def test_words_in_other_forms_or_spacing_are_no_change_of_wording(first: str, second: str, kind: str) -> None:
    a, b = _row(f"Analysts found {first}.", "2025-01-18"), _row(f"Analysts found {second}.", "2025-01-18")
    assert classify_pair(a, b, sentence_score=85.0, context_score=90.0) == kind


def test_a_wording_drift_quotes_words_changed_in_meaning_not_in_form() -> None:
    a = _row("Each infected PC is harbouring 28 separate programs, a survey found.", "2025-01-18")
    b = _row("Each hijacked PC harbours 28 separate programs, a survey found.", "2025-01-18")
    assert replaced_words(a, b) == ("infected", "hijacked")


def test_a_chain_of_series_links_beyond_series_max_ratio_is_parted_by_the_length_of_its_periods() -> None:
    # Each link is within SERIES_MAX_RATIO (36,870 in 2023 and 8,526 in a quarter: 4.3x), the whole chain
    # is not (41,250 against 8,142: 5.1x): a yearly series and a quarterly one.
    texts = [
        "In 2022, 41,250 homes were started in Corrinth.",
        "In 2023, 36,870 homes were started in Corrinth.",
        "In the first quarter of 2025, 8,526 homes were started in Corrinth.",
        "In the second quarter of 2025, 8,142 homes were started in Corrinth.",
    ]
    rows = [{**_row(text, "2025-08-14"), col.CLAIM_ID: f"d:{i}"} for i, text in enumerate(texts)]
    found = [sorted(point["value"] for point in f.details["points"]) for f in series_findings(rows)]
    assert sorted(found) == [[8142.0, 8526.0], [36870.0, 41250.0]]
    # Within SERIES_MAX_RATIO the chain stays one series, whatever the length of its periods.
    assert len(series_findings(rows[1:])) == 1


def test_a_series_message_shows_a_figure_read_from_a_scale_word_as_the_whole_number_it_is() -> None:
    texts = [
        "Passenger journeys on the city's trams were 126.9 million in 2023.",
        "Passenger journeys on the city's trams were 131.2 million in 2024.",
    ]
    rows = [{**_row(text, "2025-02-20"), col.CLAIM_ID: f"d:{i}"} for i, text in enumerate(texts)]
    assert rows[1][col.VALUE] != 131_200_000  # 131.2 × 10^6 in binary floating point
    (series,) = series_findings(rows)
    assert "in 2023: 126,900,000, in 2024: 131,200,000)" in series.message
    assert (shown_number(2.3), shown_number(0.1 + 0.2), shown_number(-1500.0)) == ("2.30", "0.30", "-1,500")


@pytest.mark.parametrize(
    ("hedged", "kind"), [("more than 2.1 million", "qualifier_drift"), ("more than 2.2 million", "differs")]
)
def test_a_hedged_round_figure_drifts_from_the_distinctive_figure_it_rounds(hedged: str, kind: str) -> None:
    # Neither side says when and the words around the figures say less alike than CONFLICT_CONTEXT_MIN,
    # but "more than 2.1 million" holds 2,148,600 and is written with fewer digits: the figure rounded by
    # the writer who copied it. A bound that does not hold it is another figure.
    a = _row("Norvale said the personal data of 2,148,600 customers was accessed.", "2025-05-14")
    b = _row(f"Hackers stole the personal details of {hedged} customers of the firm.", "2025-05-14")
    assert classify_pair(a, b, sentence_score=50.0, context_score=60.0) == kind


@pytest.mark.parametrize(("figure", "kind"), [("23,840", "date_conflict"), ("1,000", "series")])
def test_a_measured_rate_repeated_for_another_year_is_a_slipped_period(figure: str, kind: str) -> None:
    # 23,840 vehicles a day in 2024, and in 2023 in another document: a daily average written to five
    # digits is counted, not set, so the same figure in another year is a copy put in the wrong year (on
    # the context that says one measure). A round rate ("1,000 vehicles a day") may hold from year to year.
    a = {
        **_row(f"In 2024 the bridge carried an average of {figure} vehicles a day.", "2025-10-09"),
        col.DOC_ID: "a",
    }
    b = {
        **_row(f"In 2023 the bridge carried {figure} vehicles a day, figures show.", "2025-10-13"),
        col.DOC_ID: "b",
    }
    assert classify_pair(a, b, sentence_score=54.0, context_score=62.0) == kind


@pytest.mark.parametrize(("figure", "kind"), [("312,450", "agreement"), ("4,500", None)])
def test_a_figure_of_five_significant_digits_agrees_without_a_name_in_common(
    figure: str, kind: str | None
) -> None:
    # Sentences that name nothing, of documents sharing one main name: the same figure to five significant
    # digits is one figure told twice; a rounder one ("4,500") needs the names.
    a = {**_row(f"The bank details of {figure} customers were also accessed.", "2025-05-14"), col.DOC_ID: "a"}
    b = {**_row(f"The bank accounts of {figure} customers were also exposed.", "2025-05-16"), col.DOC_ID: "b"}
    assert classify_pair(a, b, sentence_score=53.0, context_score=57.0) == kind


@pytest.mark.parametrize(
    ("period", "kinds"),
    [
        # A toll read on a day of the event is a state of the undated toll of it (here an earlier one).
        ("on Monday", ["superseded"]),
        # A toll of a season that has closed is a point of a series, not a reading of this event.
        ("in the summer of 2022", []),
        ("in 2023", []),
    ],
)
def test_a_toll_of_a_closed_season_does_not_contradict_an_undated_toll(
    tmp_path: Path, period: str, kinds: list[str]
) -> None:
    result = audit_markdown(
        tmp_path,
        (
            "institute",
            "2025-08-14",
            f"The heat caused 1,480 excess deaths in Calderra {period}, the institute said in its report.",
        ),
        (
            "wire",
            "2025-08-14",
            "More than 2,300 excess deaths were caused by the heat in Calderra, officials said.",
        ),
    )
    assert kinds_between(result, "1,480", "More than 2,300") == kinds


@pytest.mark.parametrize(
    ("figure", "context", "kind"),
    [
        # The same figure of few digits, in sentences that name one place, on context that says one measure.
        ("41", 63.0, "agreement"),
        # Below COMMON_FIGURE_MIN: a small count is what unrelated sentences share.
        ("9", 63.0, None),
        # Context under COMMON_FIGURE_CONTEXT_MIN.
        ("41", 55.0, None),
    ],
)
def test_the_same_figure_of_few_digits_agrees_on_context_that_says_one_measure(
    figure: str, context: float, kind: str | None
) -> None:
    first = f"In Porvena, deaths ran {figure}% above the expected level in the week to 20 July."
    a = _row(first, "2025-08-14")
    b = _row(f"In Porvena itself, deaths were {figure} per cent higher than normal.", "2025-08-18")
    b["doc_id"] = "e"
    assert classify_pair(a, b, 50.0, context) == kind


def _kinds_of(result: AuditResult, left: tuple[str, str], right: tuple[str, str]) -> list[str]:
    """The kinds of the findings that hold the claim written left[1] in document left[0] and right's."""
    claims = result.claims
    ids = [
        set(claims[(claims[col.DOC_ID] == doc) & (claims[col.TEXT] == text)][col.CLAIM_ID])
        for doc, text in (left, right)
    ]
    return sorted(f.kind for f in result.findings if ids[0] & set(f.claim_ids) and ids[1] & set(f.claim_ids))


def test_unit_only_measures_of_two_years_are_a_series_or_a_slipped_year(tmp_path: Path) -> None:
    # "tonnes" is the unit, so each quota is compared on its context (75 and 62 here, under
    # EMPTY_SUBJECT_CONTEXT_MIN): two years apart, they are a series, or one figure given the wrong year.
    result = audit_markdown(
        tmp_path,
        (
            "council",
            "2025-12-12",
            "Northern Waters Fisheries Council sets cod quota.\n\nThe Northern Waters Fisheries Council has "
            "set the catch of cod for 2026 at 21,460 tonnes, down from the 26,170 tonnes allowed in 2025."
            "\n\nThe cod quota was 29,840 tonnes in 2024.",
        ),
        (
            "paper",
            "2025-12-17",
            "Cod quota cut for Brennock.\n\nThe Northern Waters Fisheries Council has cut the quota. In 2024 "
            "the quota was 26,170 tonnes.",
        ),
    )
    assert _kinds_of(result, ("council", "26,170"), ("council", "29,840")) == ["time_series"]
    assert "date_conflict" in _kinds_of(result, ("paper", "26,170"), ("council", "26,170"))


@pytest.mark.parametrize(("hedged", "kinds"), [("around 385,000", ["agreement"]), ("about 1,000", [])])
def test_a_distinctive_hedged_figure_retold_with_its_hedge_agrees(
    tmp_path: Path, hedged: str, kinds: list[str]
) -> None:
    # Contexts 65, no period: the same distinctive figure agrees from SAME_FIGURE_CONTEXT_MIN in sentences
    # named alike, hedged or not; a round hedged figure says nothing of one fact.
    result = audit_markdown(
        tmp_path,
        (
            "operator",
            "2025-11-14",
            f"Westline strike update.\n\nWestline estimates that {hedged} passenger journeys were affected "
            "by the strike at Westmoor.",
        ),
        (
            "wire",
            "2025-11-14",
            f"Westline strike.\n\n{hedged.capitalize()} journeys were disrupted at Westmoor, Westline said.",
        ),
    )
    assert _kinds_of(result, ("operator", hedged), ("wire", hedged.capitalize())) == kinds


def test_a_figure_restated_as_reported_before_is_revised_not_a_series(tmp_path: Path) -> None:
    # The periods read ("on Friday", "last month") part the two figures, but the later sentence says the
    # first is the one it reported: a revision.
    result = audit_markdown(
        tmp_path,
        (
            "release",
            "2026-01-08",
            "Nordvik Air traffic.\n\nStorm Elin forced Nordvik Air to cancel 412 flights on Friday.",
        ),
        (
            "local",
            "2026-01-12",
            "Storm Elin.\n\nNordvik Air said on Monday that Storm Elin forced it to cancel 436 flights last "
            "month, more than the 412 it reported on Thursday.",
        ),
    )
    assert _kinds_of(result, ("release", "412"), ("local", "436")) == ["superseded"]
