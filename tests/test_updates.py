"""Findings across documents, as data: updated figures, competing estimates, derived figures checked
against matched sources. Each case: documents, the findings they must (not) give, the checks made."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from factaudit.audit import AuditConfig, AuditResult, run_audit

DATA = Path(__file__).parent / "data"
CASES = [
    case for name in ("updates.json", "derived.json") for case in json.loads((DATA / name).read_text("utf-8"))
]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_update_case(case: dict[str, Any], tmp_path: Path) -> None:
    for document in case["documents"]:
        # A document's publisher, when the case names one, is its front matter's source.
        source = f"source: {document['source']}\n" if "source" in document else ""
        (tmp_path / f"{document['id']}.md").write_text(
            f"---\ndate: {document['date']}\n{source}---\n{document['text']}\n", encoding="utf-8"
        )
    result = run_audit(AuditConfig(sources=(str(tmp_path),)))
    texts = dict(zip(result.claims["claim_id"], result.claims["text"], strict=True))
    found = [(f.kind, sorted(texts[i] for i in f.claim_ids)) for f in result.findings]
    for expected in case["expect"]:
        assert (expected["kind"], sorted(expected["texts"])) in found, found
    assert not {kind for kind, _ in found} & set(case["absent"]), found
    made = [(c.check, c.holds) for c in result.checks]
    for check in case.get("checks", []):
        assert (check["check"], check["holds"]) in made, made


def _claim_rows(texts: dict[str, str]) -> list[dict[str, Any]]:
    from factaudit.extract import claims_frame, extract_claims
    from factaudit.ingest import Document

    published = dt.date(2004, 12, 31)
    claims = [
        c
        for doc_id, text in texts.items()
        for c in extract_claims(
            Document(doc_id, f"{doc_id}.txt", text, None, published, "manifest"), uncompared=False
        )
    ]
    return [dict(row) for row in claims_frame(claims).to_dict("records")]


@pytest.mark.parametrize(
    ("series", "checked"),
    [
        ("Visits rose to 2,800 in 2003. Visits rose to 4,000 in 2004.", True),  # yearly counts: checked
        (
            "Visits rose 2.8% in 2003. Visits rose 4% in 2004.",
            False,
        ),  # rates: a change of a rate is ambiguous
        ("European sales were 2,800 in 2003. European sales were 4,000 in 2004.", False),  # loose subject
    ],
)
def test_derived_change_needs_counts_of_the_same_measure(series: str, checked: bool) -> None:
    """The BBC's 'Visits from Western Europe were up by 10% ... compared to 2003' was once checked against
    two sales falls of other firms (2.8% in 2003, 4% in 2004): 'Western Europe' and 'European sales'
    score 67, and the series was of rates."""
    from factaudit.classify import Finding
    from factaudit.derived import check_derived_changes

    rows = _claim_rows({"c": "Visits from Western Europe were up by 10% compared to 2003.", "s": series})
    stated = next(r for r in rows if r["doc_id"] == "c")
    old, new = (r for r in rows if r["doc_id"] == "s")
    points = [
        {"claim_ids": [old["claim_id"]], "period_start": "2003-01-01", "period_end": "2003-12-31"},
        {"claim_ids": [new["claim_id"]], "period_start": "2004-01-01", "period_end": "2004-12-31"},
    ]
    found = Finding(
        "f", "time_series", "info", (old["claim_id"], new["claim_id"]), "", old["subject"], {"points": points}
    )
    checks = check_derived_changes(rows, [found], {"c": dt.date(2004, 12, 31), "s": dt.date(2004, 12, 31)})
    assert bool(checks) == checked, (stated["subject"], old["subject"], checks)
    if checked:
        assert checks[0].check == "percent_change_across" and not checks[0].holds  # 2,800 -> 4,000 is +43%


def _audit_outlets(tmp_path: Path, documents: tuple[tuple[str, str, str, str], ...]) -> AuditResult:
    """Audit Markdown documents given as (name, date, outlet, text)."""
    for name, date, outlet, text in documents:
        front = f"---\nsource: {outlet}\ndate: {date}\n---\n"
        (tmp_path / f"{name}.md").write_text(f"{front}{text}\n", encoding="utf-8")
    return run_audit(AuditConfig(sources=(str(tmp_path),), cache=None))


_HARBOUR = "A total of 1,240 vessels docked at Portmere harbour in March, port officials said."


@pytest.mark.parametrize(
    ("later", "kinds"),
    [
        # The port's own revision three days later, on words that say too little alike to conflict.
        (
            "On Friday port officials revised the count of vessels at Portmere to 1,302 after late filings.",
            ["superseded"],
        ),
        # No word says the figure was revised: two figures that may count different things, no finding.
        ("On Friday port officials set the count of vessels at Portmere to 1,302 after late filings.", []),
        # Revised by someone who gives no official tally, in another outlet: no update.
        (
            "On Friday a fishing crew revised the count of vessels at Portmere to 1,302 after late filings.",
            [],
        ),
        # A figure half as large again is no revision of the first (REVISION_MAX_CHANGE).
        (
            "On Friday port officials revised the count of vessels at Portmere to 1,902 after late filings.",
            [],
        ),
    ],
)
def test_a_later_figure_that_says_it_revises_the_count_supersedes_it_without_a_conflict(
    tmp_path: Path, later: str, kinds: list[str]
) -> None:
    result = _audit_outlets(
        tmp_path,
        (
            ("gazette", "2025-04-02", "Portmere Gazette", _HARBOUR),
            ("radio", "2025-04-05", "Coast Radio", later),
        ),
    )
    # The words around the two figures say less alike than classify.CONFLICT_CONTEXT_MIN.
    assert len(result.pairs) == 1 and float(result.pairs["context_score"].iloc[0]) < 70
    assert [f.kind for f in result.findings] == kinds


def test_a_revision_meets_the_figure_nearest_it_in_the_later_sentence(tmp_path: Path) -> None:
    # The recount gives both candidates' tallies in one sentence: each earlier tally is revised by the
    # figure nearest it there, not by the other candidate's.
    documents = (
        (
            "count",
            "2025-05-09",
            "Lowbridge Council",
            "Anna Ruel won 41,310 votes and Tom Achebe 40,980 votes in Lowbridge.",
        ),
        (
            "paper",
            "2025-05-13",
            "Lowbridge Post",
            "After a recount in Lowbridge, Anna Ruel's tally was 41,288 votes against 40,991 votes for "
            "Tom Achebe.",
        ),
    )
    result = _audit_outlets(tmp_path, documents)
    texts = dict(zip(result.claims["claim_id"], result.claims["text"], strict=True))
    found = sorted(sorted(texts[i] for i in f.claim_ids) for f in result.findings if f.kind == "superseded")
    assert found == [["40,980", "40,991"], ["41,288", "41,310"]], found


@pytest.mark.parametrize(
    ("sentence", "figure", "source"),
    [
        # A name set off by a description of what it is, then the verb.
        (
            "The Asphalt Contractors' Association, an industry group, said the true figure for Ashcombe was "
            "closer to £340 million.",
            "£340 million",
            "Asphalt Contractors' Association",
        ),
        (
            "Clean Air Halbrook, a campaign group, puts the figure at 410.",
            "410",
            "Clean Air Halbrook",
        ),
        # A name that starts more than SAID_REACH before the figure is read whole, not from the middle
        # of a word (the generated corpus credited 18% to "PERBEL" and 29% to "POPERBEL" in this
        # sentence: a rival of the source with itself).
        (
            "The POPERBEL said lending for house purchases and gross mortgage lending were 29% and 18% lower "
            "year-on-year respectively.",
            "18%",
            "POPERBEL",
        ),
        # A forecast is credited as an estimate is.
        (
            "Hollin Water expects leakage of about 180 megalitres a day this summer.",
            "180",
            "Hollin Water",
        ),
        (
            "The university expects a deficit of £4 million and plans to close about 40 courses.",
            "40",
            "university",
        ),
        # An estimate named as someone's, right before its figure, is theirs.
        (
            "Analysts estimated the storm cost Nordvik as much as 15 million euros, well above the airline's "
            "own estimate of about 9 million euros.",
            "about 9 million",
            "airline",
        ),
        (
            "The union said the cut would cost 34 million pounds, well above the Fisheries Council's "
            "estimate of 21 million pounds.",
            "21 million",
            "Fisheries Council",
        ),
        # An estimate of something else, the figure further on, credits nothing.
        (
            "The council's estimate of the cost, which rose sharply, was revised after 40 homes flooded.",
            "40",
            None,
        ),
        # A clause of the sentence's own between commas is no description of the name.
        (
            "The council, which had been told by its auditors that the cost of the scheme could rise sharply "
            "over the coming years, said on Monday it would cost £9 million.",
            "£9 million",
            None,
        ),
    ],
)
def test_a_source_is_named_whole_before_its_verb(sentence: str, figure: str, source: str | None) -> None:
    from factaudit.updates import attribution

    start = sentence.index(figure)
    assert attribution(sentence, start, start + len(figure), len(sentence)) == source


@pytest.mark.parametrize(
    ("earlier", "later", "kinds"),
    [
        # A correction names the figure it replaces by the report that gave it; without those words the
        # two counts of one year contradict each other.
        (
            "The council received 2,904 compensation claims from drivers in 2024.",
            "A council spokesman said on Friday that it had received 3,118 claims in 2024, not the figure "
            "given in its annual report.",
            ["superseded"],
        ),
        (
            "The council received 2,904 compensation claims from drivers in 2024.",
            "A council spokesman said on Friday that it had received 3,118 claims in 2024.",
            ["number_conflict"],
        ),
        # A forecast revised by its own source, set against the forecast in words of worse or better.
        (
            "The university forecasts a deficit of £18.2 million for the current financial year.",
            "The university says its deficit this year will now be £23.5 million, worse than it forecast "
            "only last week.",
            ["superseded"],
        ),
        (
            "The university forecasts a deficit of £18.2 million for the current financial year.",
            "The university says its deficit this year will now be £23.5 million.",
            [],
        ),
    ],
)
def test_a_correction_or_a_revised_forecast_supersedes_the_first_figure(
    tmp_path: Path, earlier: str, later: str, kinds: list[str]
) -> None:
    result = _audit_outlets(
        tmp_path,
        (
            ("report", "2025-05-06", "Ashcombe Council", earlier),
            ("paper", "2025-05-09", "Ashcombe Gazette", later),
        ),
    )
    assert len(result.pairs) == 1, result.pairs
    assert [f.kind for f in result.findings] == kinds


@pytest.mark.parametrize(
    ("earlier", "later", "kinds"),
    [
        # The later sentence restates the first count as the one reported: a revision, though its own
        # sentence holds the old figure nearer to it, and though it moves the count by more than
        # REVISION_MAX_CHANGE (22 to 31).
        (
            "Police said 22 people were arrested at the Wexcombe regatta.",
            "Police have now arrested 31 people at the Wexcombe regatta, up from the 22 first reported.",
            ["superseded"],
        ),
        # "Up from" a figure of another time, not a figure reported: no revision.
        (
            "Police said 22 people were arrested at the Wexcombe regatta.",
            "Police have now arrested 31 people at the Wexcombe regatta, up from 22 at last year's regatta.",
            [],
        ),
        # A source correcting its own report names it ("as stated in its report"): no official needed.
        (
            "The Wexcombe trust said 4,310 boats were moored in the harbour in 2024.",
            "The Wexcombe trust said on Tuesday that 4,870 boats were moored in the harbour last year, not "
            "4,310 as stated in its report.",
            ["superseded"],
        ),
    ],
)
def test_a_revision_that_restates_the_first_figure_supersedes_it(
    tmp_path: Path, earlier: str, later: str, kinds: list[str]
) -> None:
    result = _audit_outlets(
        tmp_path,
        (
            ("release", "2025-06-02", "Wexcombe Trust", earlier),
            ("paper", "2025-06-04", "Wexcombe Echo", later),
        ),
    )
    assert [f.kind for f in result.findings if f.kind != "agreement"] == kinds, result.findings


@pytest.mark.parametrize(
    ("sentence", "earlier", "restated"),
    [
        ("Police have now made 19 arrests, up from the 14 reported at the weekend.", "14", True),
        ("The council issued 21,960 notices, not 18,420 as stated in its report.", "18,420", True),
        ("The toll was revised down from the 14 first given to 12.", "14", True),
        # A sum written with its scale glued on, and the figure a source gave.
        ("The strike cost it £4.3m, up from the £3.8m it estimated on Friday.", "£3.8 million", True),
        ("236 vessels hold licences, not the 212 it gave last week.", "212", True),
        # Another figure restated is not this one.
        ("Police have now made 19 arrests, up from the 15 reported at the weekend.", "14", False),
        # A change over time, and a qualifier before a verb of reporting, restate no report.
        ("Arrests rose to 19, up from 14 last year.", "14", False),
        ("A survey of more than 14 people reported that most were unhappy.", "14", False),
    ],
)
def test_an_earlier_figure_is_restated_only_when_framed_as_reported(
    sentence: str, earlier: str, restated: bool
) -> None:
    from factaudit.updates import restates

    assert restates({"sentence": sentence}, {"text": earlier}) is restated


@pytest.mark.parametrize(
    ("source", "kinds"),
    [
        # The source dates the copy and gives its own figure for the period the copy was put in.
        (
            "The telethon raised £15.2 million in 2003 and £14.1 million in 2002.",
            ["date_conflict", "number_conflict"],
        ),
        # Without a figure of its own for 2002 the source is no witness: a series may repeat a figure.
        ("The telethon raised £15.2 million in 2003 and £13.8 million in 2001.", [None, None]),
    ],
)
def test_a_figure_put_in_another_period_is_told_by_the_sentence_that_dates_it(
    source: str, kinds: list[str | None]
) -> None:
    """classify.slipped_beside: the wire's 15.2 million of 2002 against a release's sentence that gives
    15.2 million for 2003 and another figure for 2002, whatever the words around the figures say."""
    from factaudit.classify import slipped_beside

    rows = _claim_rows({"a": source, "b": "The appeal raised 15.2 million pounds in 2002."})
    figure = next(r for r in rows if r["doc_id"] == "b")
    others = [r for r in rows if r["doc_id"] == "a"]
    told = [slipped_beside(figure, other, [r for r in others if r is not other]) for other in others]
    assert told == kinds, [(r["text"], r["period_text"]) for r in others]
