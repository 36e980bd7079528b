"""Claims that say the same thing in different words and documents, and those that only look alike."""

from __future__ import annotations

from pathlib import Path

from builders import audit_markdown, kinds_between

# A statistics office's release and a broadcaster's story on one town's high street: the release is
# mainly about the office and its county, the broadcast about the town's traders, and the sentences that
# give the fall name nothing. Both documents name the town and its county in other sentences with figures.
_RELEASE = (
    "The Wexholt Statistics Office published its quarterly high street survey for Dunmere County today.\n\n"
    "Shop vacancies in Dunmere County stood at 1,846 at the end of September, the office said.\n\n"
    "The Wexholt Statistics Office counted 212 stalls at the Brannock market.\n\n"
    "Visits to shops fell {release} between July and September.\n\n"
    "The Wexholt Statistics Office will publish its next survey in January."
)
_BROADCAST = (
    "Traders at the Brannock market say the loss of the bus route has cost them dearly.\n\n"
    "Traders in Brannock told Coast Radio that 40 shops in Dunmere County had closed this year.\n\n"
    "The Wexholt Statistics Office counted 212 stalls at the market.\n\n"
    "Visits to shops in the county fell by {broadcast}.\n\n"
    "The Brannock Traders Association will meet councillors next week."
)


def _shares(tmp_path: Path, release: str, broadcast: str) -> list[str]:
    result = audit_markdown(
        tmp_path,
        ("office", "2025-10-14", _RELEASE.format(release=release)),
        ("radio", "2025-10-16", _BROADCAST.format(broadcast=broadcast)),
    )
    return kinds_between(result, release.removeprefix("by "), broadcast)


def test_a_share_in_words_meets_its_percentage_across_outlets_whose_main_names_differ(
    tmp_path: Path,
) -> None:
    # The rewrite dropped the names and rounded the figure: the share borrows every name its document
    # names, so it meets the release's percentage although the two outlets' main names differ.
    assert _shares(tmp_path, "by 12.4%", "about an eighth") == ["qualifier_drift"]


def test_a_share_in_words_that_does_not_hold_the_percentage_is_not_paired(tmp_path: Path) -> None:
    # "about a half" is no rounding of 12.4%: the share must hold the percentage to be one measure.
    assert _shares(tmp_path, "by 12.4%", "about a half") == []


def test_a_share_in_words_of_another_measure_is_not_paired(tmp_path: Path) -> None:
    # One story, one fall, but the broadcast's share counts something else: the heads and contexts differ,
    # and the documents state no figure in common.
    result = audit_markdown(
        tmp_path,
        ("office", "2025-10-14", _RELEASE.format(release="by 12.4%")),
        (
            "radio",
            "2025-10-16",
            _BROADCAST.format(broadcast="about an eighth").replace(
                "Visits to shops in the county fell by about an eighth.",
                "About an eighth of the stalls stood empty on Saturday morning.",
            ),
        ),
    )
    assert kinds_between(result, "12.4%", "About an eighth") == []


# The release gives a figure in a sentence that names nothing; the paper names the town it is about,
# which the release names elsewhere but not among its main names.
_LEASES_RELEASE = _RELEASE.replace(
    "Visits to shops fell {release} between July and September.",
    "Last year {release} shop leases were signed.",
)
_LEASES_PAPER = (
    "Traders at the Brannock market say the loss of the bus route has cost them dearly.\n\n"
    "Traders in Brannock told Coast Radio that 40 shops in Dunmere County had closed this year.\n\n"
    "{paper} shop leases were signed in Brannock {when}, the office found.\n\n"
    "The Brannock Traders Association will meet councillors next week."
)


def _leases(tmp_path: Path, release: str, paper: str, when: str = "last year") -> list[str]:
    result = audit_markdown(
        tmp_path,
        ("office", "2025-10-14", _LEASES_RELEASE.format(release=release)),
        ("paper", "2025-10-16", _LEASES_PAPER.format(paper=paper, when=when)),
    )
    return kinds_between(result, release, paper)


def test_a_nameless_sentence_meets_a_named_one_of_its_story_across_outlets(tmp_path: Path) -> None:
    # The paper names Brannock, the release's sentence nothing, and the release's main names are its own
    # (the office, the county): the release's sentence borrows every name its document names.
    assert _leases(tmp_path, "6,740", "Almost 6,800") == ["qualifier_drift"]


def test_a_nameless_sentence_of_another_year_is_not_paired(tmp_path: Path) -> None:
    assert _leases(tmp_path, "6,740", "Almost 6,800", when="in 2022") == []


def test_figures_written_in_words_do_not_borrow_names(tmp_path: Path) -> None:
    # A small count in words ("four games", "one thing") recurs in unrelated sentences: on the BBC corpus
    # such pairs were 5 of the 16 findings the rule added before it asked for digits, all wrong.
    assert _leases(tmp_path, "six", "Six") == []


def _market(tmp_path: Path, wire: str) -> list[str]:
    result = audit_markdown(
        tmp_path,
        (
            "paper",
            "2005-02-14",
            "Shares in Manchester United closed up 4.75% on Monday following a new offer.",
        ),
        ("wire", "2005-02-14", wire),
    )
    return kinds_between(result, "4.75%", "over 5%")


def test_a_level_during_the_day_and_at_the_close_do_not_conflict(tmp_path: Path) -> None:
    # The same shares on the same Monday, at noon and at the close: two readings of one day.
    assert (
        _market(
            tmp_path, "Shares in Manchester United were up over 5% by noon on Monday following a new offer."
        )
        == []
    )


def test_two_closing_levels_of_one_day_still_conflict(tmp_path: Path) -> None:
    # Without a time of day on either side, the same measure of the same day told two ways conflicts.
    assert _market(
        tmp_path, "Shares in Manchester United closed up over 5% on Monday following a new offer."
    ) == ["number_conflict"]
