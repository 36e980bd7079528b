"""The sample corpus end to end, and copies of it edited to disagree (the edits are made here)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from factaudit import columns as col
from factaudit.audit import AuditConfig, AuditResult, run_audit

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
NEWS = "000_6677cc8993819119"
PRESS = "001_f4b4796d402f7efc"
REPORT_2024 = "002_17df8a5c2ec06609"
RINGS_2017 = "003_e68badbf827b9206"
DGSN_2021 = "004_eb463414db4e54e6"


@pytest.fixture(scope="module")
def seeds_audit() -> AuditResult:
    return run_audit(AuditConfig(sources=(str(SEEDS),)))


def _claim(result: AuditResult, doc_id: str, text: str, count: int = 1) -> pd.Series:
    rows = result.claims[(result.claims[col.DOC_ID] == doc_id) & (result.claims[col.TEXT] == text)]
    assert len(rows) == count, f"expected {count} claim(s) {text!r} in {doc_id}, found {len(rows)}"
    return rows.iloc[-1]


def _findings_with(result: AuditResult, *claim_ids: str) -> list[str]:
    """Kinds of the pair findings that link these claims (series are checked apart)."""
    return [f.kind for f in result.findings if set(claim_ids) <= set(f.claim_ids) and f.kind != "time_series"]


def _copy_seeds(tmp_path: Path) -> Path:
    target = tmp_path / "seeds"
    shutil.copytree(SEEDS, target)
    return target


def _edit(folder: Path, doc_id: str, old: str, new: str) -> None:
    path = folder / f"{doc_id}.txt"
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {doc_id}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_publication_dates(seeds_audit: AuditResult) -> None:
    published = {
        d.doc_id: (d.published and d.published.isoformat(), d.published_source)
        for d in seeds_audit.corpus.documents
    }
    assert published[PRESS] == ("2022-07-08", "dateline")
    assert published[RINGS_2017] == ("2017-11-16", "dateline")
    assert published[DGSN_2021] == ("2021-04-15", "text")
    assert published[NEWS][1] == "inferred" and published[NEWS][0].startswith("2022")
    assert published[REPORT_2024][1] == "inferred" and published[REPORT_2024][0].startswith("2024")


@pytest.mark.parametrize("doc_id", [NEWS, PRESS])
def test_departures_and_networks_resolved_to_first_half_2022(seeds_audit: AuditResult, doc_id: str) -> None:
    departures = _claim(seeds_audit, doc_id, "more than 26,000")
    assert (departures[col.LOW], departures[col.QUALIFIER]) == (26000, "more_than")
    assert pd.isna(departures[col.HIGH])
    assert departures[col.SUBJECT] == "irregular departures"
    networks = _claim(seeds_audit, doc_id, "around a hundred")
    assert networks[col.QUALIFIER] == "about" and networks[col.LOW] < 100 < networks[col.HIGH]
    assert networks[col.SUBJECT] == "criminal trafficking networks"
    for claim in (departures, networks):
        assert (str(claim[col.PERIOD_START]), str(claim[col.PERIOD_END])) == ("2022-01-01", "2022-06-30")
    tenth = _claim(seeds_audit, doc_id, "one tenth")
    assert tenth[col.KIND] == "fraction" and tenth[col.VALUE] == pytest.approx(0.1)


def test_press_release_and_article_agree(seeds_audit: AuditResult) -> None:
    for text in ("more than 26,000", "around a hundred", "one tenth"):
        ids = _claim(seeds_audit, NEWS, text)[col.CLAIM_ID], _claim(seeds_audit, PRESS, text)[col.CLAIM_ID]
        assert _findings_with(seeds_audit, *ids) == ["agreement"], text


def test_regularization_and_legalisation_are_wording_drift(seeds_audit: AuditResult) -> None:
    ids = (
        _claim(seeds_audit, NEWS, "thousands")[col.CLAIM_ID],
        _claim(seeds_audit, PRESS, "thousands")[col.CLAIM_ID],
    )
    assert _findings_with(seeds_audit, *ids) == ["wording_drift"]
    (drift,) = [f for f in seeds_audit.findings if f.kind == "wording_drift" and set(f.claim_ids) == set(ids)]
    # The message names the words that changed, for an editor reading the JSON or the CI log.
    assert drift.message.endswith(
        ": the first says “regularization of the situation”,"
        " the second “legalisation of the administrative status”."
    )


def test_network_counts_form_a_time_series_and_no_conflict(seeds_audit: AuditResult) -> None:
    counts = {
        RINGS_2017: "80",
        DGSN_2021: "123",
        PRESS: "around a hundred",
        REPORT_2024: "210",
    }
    ids = {
        doc: _claim(seeds_audit, doc, text, 2 if doc == RINGS_2017 else 1)[col.CLAIM_ID]
        for doc, text in counts.items()
    }
    series = [f for f in seeds_audit.findings if f.kind == "time_series" and ids[RINGS_2017] in f.claim_ids]
    assert len(series) == 1
    assert set(ids.values()) <= set(series[0].claim_ids)
    years = [p["period_start"][:4] for p in series[0].details["points"]]
    assert years == ["2017", "2020", "2022", "2024"]
    conflicting = {i for f in seeds_audit.findings if f.severity == "error" for i in f.claim_ids}
    assert not conflicting & set(ids.values())


def test_no_conflicts_on_the_unedited_corpus(seeds_audit: AuditResult) -> None:
    assert [f.message for f in seeds_audit.findings if f.severity == "error"] == []


NON_CLAIMS = [
    "4388",
    "2009",
    "4510",
    "1:28",
    "298",
    "56",
    "91",
    "800",
    "35",
    "2017",
    "2022",
    "2004",
    "14",
    "24",
    "8",
]


@pytest.mark.parametrize("surface", NON_CLAIMS)
def test_non_claims_are_not_extracted(seeds_audit: AuditResult, surface: str) -> None:
    counts = seeds_audit.claims[seeds_audit.claims[col.KIND] != "date"]
    assert surface not in set(counts[col.TEXT]), surface


def test_reference_number_not_linked_to_migrants(seeds_audit: AuditResult) -> None:
    migrants = _claim(seeds_audit, REPORT_2024, "4,388")
    assert migrants[col.SUBJECT] == "migrants"
    assert not any(
        migrants[col.CLAIM_ID] in f.claim_ids and f.kind != "time_series" for f in seeds_audit.findings
    )


def test_event_date_is_a_date_claim(seeds_audit: AuditResult) -> None:
    for doc_id in (NEWS, PRESS):
        event = _claim(seeds_audit, doc_id, "24 June 2022")
        assert event[col.KIND] == "date" and str(event[col.PERIOD_START]) == "2022-06-24"


def _kinds_between(
    result: AuditResult, text_a: str, text_b: str, doc_a: str = NEWS, doc_b: str = PRESS
) -> list[str]:
    return _findings_with(
        result, _claim(result, doc_a, text_a)[col.CLAIM_ID], _claim(result, doc_b, text_b)[col.CLAIM_ID]
    )


def test_changed_number_is_a_number_conflict(tmp_path: Path) -> None:
    folder = _copy_seeds(tmp_path)
    _edit(folder, NEWS, "more than 26,000", "more than 28,000")
    result = run_audit(AuditConfig(sources=(str(folder),)))
    assert _kinds_between(result, "more than 28,000", "more than 26,000") == ["number_conflict"]


def test_changed_hedge_value_is_a_number_conflict(tmp_path: Path) -> None:
    folder = _copy_seeds(tmp_path)
    _edit(folder, NEWS, "around a hundred", "around 150")
    result = run_audit(AuditConfig(sources=(str(folder),)))
    assert _kinds_between(result, "around 150", "around a hundred") == ["number_conflict"]


def test_dropped_hedge_is_qualifier_drift(tmp_path: Path) -> None:
    folder = _copy_seeds(tmp_path)
    _edit(folder, NEWS, "more than 26,000", "26,000")
    result = run_audit(AuditConfig(sources=(str(folder),)))
    assert _kinds_between(result, "26,000", "more than 26,000") == ["qualifier_drift"]


def test_changed_period_is_a_date_conflict(tmp_path: Path) -> None:
    folder = _copy_seeds(tmp_path)
    _edit(folder, NEWS, "in the first half of this year", "in the first half of last year")
    result = run_audit(AuditConfig(sources=(str(folder),)))
    assert _kinds_between(result, "more than 26,000", "more than 26,000") == ["date_conflict"]


def test_changed_event_date_is_a_date_conflict(tmp_path: Path) -> None:
    folder = _copy_seeds(tmp_path)
    _edit(folder, NEWS, "events on 24 June 2022", "events on 23 June 2022")
    result = run_audit(AuditConfig(sources=(str(folder),)))
    assert _kinds_between(result, "23 June 2022", "24 June 2022") == ["date_conflict"]


def test_unrelated_edits_keep_fingerprints(tmp_path: Path, seeds_audit: AuditResult) -> None:
    folder = _copy_seeds(tmp_path)
    _edit(
        folder,
        NEWS,
        "Besides the human tragedy",
        "An inserted paragraph about the weather.\n\nBesides the human tragedy",
    )
    _edit(folder, PRESS, "They highlighted the solid results", "They highlighted\nthe solid results")
    result = run_audit(AuditConfig(sources=(str(folder),)))
    assert sorted(f.fingerprint for f in result.findings) == sorted(
        f.fingerprint for f in seeds_audit.findings
    )
