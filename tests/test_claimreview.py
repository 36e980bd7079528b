"""ClaimReview export: only confirmed findings, schema.org shape, a CSV beside it safe for spreadsheets."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from factaudit.audit import AuditConfig, run_audit
from factaudit.baseline import (
    CONFIRMED,
    FALSE_POSITIVE,
    annotate_payload,
    load_baseline,
    record_decision,
    record_findings,
)
from factaudit.claimreview import CSV_COLUMNS, Author, claim_review_csv, claim_review_document, claim_reviews
from factaudit.cli import app
from factaudit.errors import UsageError
from factaudit.output import audit_payload

SEEDS = Path(__file__).parent.parent / "seeds"
EDITED = "004_eb463414db4e54e6.txt"
FRONT_MATTER = (
    "---\ntitle: Morocco and Spain step up migration cooperation\n"
    "url: https://example.org/004\ndate: 2021-04-15\n---\n"
)


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    """The seeds, with 004 given front matter and a part larger than its whole."""
    folder = tmp_path / "sources"
    folder.mkdir()
    for source in SEEDS.iterdir():
        shutil.copy(source, folder / source.name)
    path = folder / EDITED
    text = path.read_text("utf-8").replace(" date 2021-04-15 ", "")
    path.write_text(FRONT_MATTER + text.replace("including 6,162", "including 9,262"), "utf-8")
    return folder


def _reviewed(corpus: Path, baseline: Path, status: str) -> dict[str, Any]:
    result = run_audit(AuditConfig(sources=(str(corpus),)))
    record_findings(baseline, result.findings, result.claims)
    found = [f for f in result.findings if f.kind == "arithmetic_inconsistency"]
    assert len(found) == 1
    record_decision(baseline, found[0].fingerprint, status, "9,262 is more than the 9,179 it is part of")
    return annotate_payload(audit_payload(result, [str(corpus)]), load_baseline(baseline))


def test_confirmed_finding_becomes_a_claim_review(corpus: Path, tmp_path: Path) -> None:
    payload = _reviewed(corpus, tmp_path / "baseline.json", CONFIRMED)
    author = Author("Example Fact Check", "https://factcheck.example.org")
    reviews = claim_reviews(payload, author, dt.date(2024, 5, 1))
    assert len(reviews) == 1
    review = reviews[0]
    assert review["@type"] == "ClaimReview" and review["@context"] == "https://schema.org"
    assert "including 9,262 foreign nationals" in review["claimReviewed"]
    item = review["itemReviewed"]
    assert item["@type"] == "Claim" and item["datePublished"] == "2021-04-15"
    assert item["appearance"] == [
        {
            "@type": "CreativeWork",
            "url": "https://example.org/004",
            "headline": "Morocco and Spain step up migration cooperation",
        }
    ]
    assert review["reviewRating"]["alternateName"] == "Figures do not add up"
    assert "9,262" in review["reviewRating"]["ratingExplanation"]
    assert review["reviewBody"] == "9,262 is more than the 9,179 it is part of"
    assert review["author"] == {"@type": "Organization", "name": author.name, "url": author.url}
    assert review["datePublished"] == "2024-05-01"
    graph = claim_review_document(reviews)
    assert graph["@context"] == "https://schema.org" and "@context" not in graph["@graph"][0]
    rows = list(csv.DictReader(io.StringIO(claim_review_csv(reviews))))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert rows[0]["claim_reviewed"] == review["claimReviewed"]
    assert rows[0]["appearance_url"] == "https://example.org/004"


def test_only_confirmed_findings_are_exported(corpus: Path, tmp_path: Path) -> None:
    payload = _reviewed(corpus, tmp_path / "baseline.json", FALSE_POSITIVE)
    assert claim_reviews(payload, Author("Desk"), dt.date(2024, 5, 1)) == []


def test_csv_cells_cannot_run_as_formulas() -> None:
    review = {
        "identifier": "f",
        "additionalType": "number_conflict",
        "claimReviewed": '=HYPERLINK("http://evil")',
        "itemReviewed": {"appearance": [{"headline": "@SUM(A1)"}]},
        "reviewRating": {"alternateName": "-1", "ratingExplanation": "+x"},
        "author": {"name": "Desk"},
        "datePublished": "2024-05-01",
    }
    row = next(csv.DictReader(io.StringIO(claim_review_csv([review]))))
    assert row["claim_reviewed"].startswith("'=") and row["appearance_headline"] == "'@SUM(A1)"
    assert row["rating"] == "'-1" and row["rating_explanation"] == "'+x"


def test_author_needs_a_name() -> None:
    with pytest.raises(UsageError):
        Author("  ")


def test_cli_writes_json_ld_and_csv(corpus: Path, tmp_path: Path) -> None:
    baseline = tmp_path / "baseline.json"
    _reviewed(corpus, baseline, CONFIRMED)
    out = tmp_path / "out"
    target = out / "claimreview.json"
    arguments = [
        "audit", str(corpus), "--baseline", str(baseline), "--claims", str(out / "claims.csv"),
        "--json", str(out / "audit.json"), "--html", str(out / "audit.html"), "--no-cache",
        "--claimreview", str(target),
    ]  # fmt: skip
    missing_author = CliRunner().invoke(app, arguments)
    assert missing_author.exit_code == 2 and "--claimreview-author" in missing_author.output
    result = CliRunner().invoke(app, [*arguments, "--claimreview-author", "Example Fact Check"])
    assert result.exit_code == 0, result.output
    graph = json.loads(target.read_text("utf-8"))["@graph"]
    assert [r["reviewRating"]["alternateName"] for r in graph] == ["Figures do not add up"]
    rows = list(csv.DictReader(target.with_suffix(".csv").open(encoding="utf-8")))
    assert [r["author_name"] for r in rows] == ["Example Fact Check"]


def test_author_from_project_configuration(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    baseline = tmp_path / "baseline.json"
    _reviewed(corpus, baseline, CONFIRMED)
    project = tmp_path / "project"
    project.mkdir()
    (project / "factaudit.toml").write_text(
        'claimreview_author = "Desk of Record"\nclaimreview_author_url = "https://example.org/desk"\n',
        "utf-8",
    )
    monkeypatch.chdir(project)
    target = tmp_path / "out" / "claimreview.json"
    result = CliRunner().invoke(
        app, ["audit", str(corpus), "--baseline", str(baseline), "--no-cache", "--claimreview", str(target)]
    )
    assert result.exit_code == 0, result.output
    review = json.loads(target.read_text("utf-8"))["@graph"][0]
    assert review["author"]["name"] == "Desk of Record"
    assert review["author"]["url"] == "https://example.org/desk"
