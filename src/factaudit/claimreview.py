"""Export for fact-checkers: findings an editor confirmed, as schema.org ClaimReview JSON-LD and flat CSV."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final

from factaudit.errors import UsageError

CONTEXT: Final = "https://schema.org"
CONFIRMED: Final = "confirmed"  # the baseline's status for a finding an editor checked and upheld
# The textual verdict (reviewRating.alternateName) a reader sees for each kind of confirmed finding.
VERDICTS: Final[dict[str, str]] = {
    "number_conflict": "Contradicted by another source",
    "date_conflict": "Date contradicted by another source",
    "qualifier_drift": "Hedge changed between sources",
    "wording_drift": "Reworded between sources",
    "arithmetic_inconsistency": "Figures do not add up",
    "date_inconsistency": "Date is inconsistent",
}
CSV_COLUMNS: Final = (
    "fingerprint",
    "kind",
    "claim_reviewed",
    "appearance_url",
    "appearance_headline",
    "claim_date_published",
    "rating",
    "rating_explanation",
    "review_body",
    "author_name",
    "author_url",
    "date_published",
)
# Spreadsheet programs run a cell that starts with one of these as a formula (as in output.py).
_FORMULA_START: Final = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class Author:
    """The organisation that publishes the reviews (schema.org Organization)."""

    name: str
    url: str | None = None

    def __post_init__(self) -> None:
        if not self.name.strip():
            raise UsageError("the ClaimReview author needs a name (--claimreview-author)")


def claim_reviews(payload: Mapping[str, Any], author: Author, published: dt.date) -> list[dict[str, Any]]:
    """One ClaimReview per confirmed finding of an annotated `factaudit/audit/1` payload, in its order.

    The claim reviewed is the first claim of the finding (in document order); each document the
    finding's claims stand in is an appearance of it.
    """
    claims = {c["claim_id"]: c for c in payload.get("claims", [])}
    documents = {d["doc_id"]: d for d in payload.get("documents", [])}
    reviews = []
    for finding in payload.get("findings", []):
        if finding.get("review_status") != CONFIRMED:
            continue
        members = [claims[i] for i in finding["claim_ids"] if i in claims]
        if not members:
            continue
        first = members[0]
        appearances = []
        for doc_id in dict.fromkeys(m["doc_id"] for m in members):
            document = documents.get(doc_id, {})
            appearances.append(
                _drop_none(
                    {"@type": "CreativeWork", "url": document.get("url"), "headline": document.get("title")}
                )
            )
        first_document = documents.get(first["doc_id"], {})
        reviews.append(
            _drop_none(
                {
                    "@context": CONTEXT,
                    "@type": "ClaimReview",
                    "identifier": finding["fingerprint"],
                    "claimReviewed": first["sentence"],
                    "itemReviewed": _drop_none(
                        {
                            "@type": "Claim",
                            "appearance": appearances,
                            "datePublished": first_document.get("published"),
                        }
                    ),
                    "reviewRating": {
                        "@type": "Rating",
                        "alternateName": VERDICTS.get(finding["kind"], finding["kind"].replace("_", " ")),
                        "ratingExplanation": finding["message"],
                    },
                    "reviewBody": finding.get("review_note"),
                    "author": _drop_none({"@type": "Organization", "name": author.name, "url": author.url}),
                    "datePublished": published.isoformat(),
                    "additionalType": finding["kind"],
                }
            )
        )
    return reviews


def _drop_none(values: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in values.items() if v is not None}


def claim_review_document(reviews: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """The JSON-LD file: the reviews as one graph."""
    return {"@context": CONTEXT, "@graph": [{k: v for k, v in r.items() if k != "@context"} for r in reviews]}


def claim_review_rows(reviews: Sequence[Mapping[str, Any]]) -> list[dict[str, str]]:
    """The reviews flattened, one row per review and appearance, in CSV_COLUMNS."""
    rows = []
    for review in reviews:
        item, rating, author = review["itemReviewed"], review["reviewRating"], review["author"]
        for appearance in item.get("appearance") or [{}]:
            row = {
                "fingerprint": review["identifier"],
                "kind": review["additionalType"],
                "claim_reviewed": review["claimReviewed"],
                "appearance_url": appearance.get("url"),
                "appearance_headline": appearance.get("headline"),
                "claim_date_published": item.get("datePublished"),
                "rating": rating["alternateName"],
                "rating_explanation": rating["ratingExplanation"],
                "review_body": review.get("reviewBody"),
                "author_name": author["name"],
                "author_url": author.get("url"),
                "date_published": review["datePublished"],
            }
            rows.append({k: "" if v is None else _safe_cell(str(v)) for k, v in row.items()})
    return rows


def _safe_cell(value: str) -> str:
    return "'" + value if value.startswith(_FORMULA_START) else value


def claim_review_csv(reviews: Sequence[Mapping[str, Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(claim_review_rows(reviews))
    return buffer.getvalue()
