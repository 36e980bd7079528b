"""The large-corpus form of the report: grouped agreements, findings drawn by the script, packed rows."""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Final

from factaudit.report import texts
from factaudit.report.context import DocumentRef, FindingRow
from factaudit.report.formatting import format_dates, format_number, interval_text, period_text

# Info kinds that a large corpus shows in the compact form. In the generated 20,000-document corpus they
# were 282,676 of 354,427 findings; rendered as full partials, agreements alone made most of a 14-minute,
# 2.4 GB report. Errors and warnings, which an editor must act on, keep their full partials.
COMPACT_KINDS: Final = frozenset({"agreement", "time_series"})
# In a large corpus only this many errors and warnings, the first in the table's order (most severe first),
# are written as full partials, so the page reads at once; the others of LAZY_KINDS are drawn by the script
# from the compact data when opened (the same frame, lead and source cards; no axes or word diffs). In the
# generated 20,000-document corpus the 70,065 errors took 333 MB of partials and 70% of the report's time;
# 200 is two pages of the table, what an editor reads before filtering.
FULL_FINDINGS_SHOWN: Final = 200
# Kinds the script can draw: a frame, a lead of one line per claim, source cards. Worked checks, updates
# and estimates (a few per thousand documents) keep their partials.
LAZY_KINDS: Final = frozenset({"number_conflict", "date_conflict", "qualifier_drift", "wording_drift"})
# In a large corpus only this many provenance notes, the largest reuses, show their reworded sentences word
# by word; the others give their counts. The BBC corpus has 236 notes, all kept in full; 5,000 documents
# of the generated corpus (several rewrites of each story) have 5,210, and word-diffing the first 1,000 of
# them took a quarter of that report's time.
REUSE_DETAILED_NOTES: Final = 300
# In a large corpus text reuse is looked for among at most this many documents, those whose text the page
# carries first (their source views show the notes), then the others in corpus order. In the generated
# corpus (many rewrites of each BBC story), 5,000 documents took 5.8 s of CPU (1.6 s splitting sentences,
# 1.6 s finding candidate pairs, 2.6 s comparing 9,547 pairs) and 20,000 took 50 s (8.1, 9.5 and 32.8 s for
# 119,636 pairs): the cost grows faster than the documents as each story gains rewrites. 5,000 keeps it a
# fixed few seconds whatever the corpus size.
REUSE_MAX_DOCUMENTS: Final = 5_000
# ...and the page shows at most this many notes, the largest reuses first (the others are counted): all
# 20,000 documents of that corpus gave 98,627 notes, 72 MB of reuse view and 16 MB of lines in source views.
REUSE_MAX_NOTES: Final = 2_000
AGREEMENT_LABEL: Final = "Agreement"
TIME_SERIES_LABEL: Final = "Time series"


def is_compact(documents: int) -> bool:
    """Whether a corpus of this many documents gets the compact form: the same threshold as its texts."""
    return documents > texts.FULL_TEXT_MAX_DOCUMENTS


@dataclass(frozen=True)
class CompactFindings:
    """The compact part of a large report: its rows, what the script draws their details from, links."""

    rows: tuple[tuple[tuple[int, int, str], FindingRow], ...] = field(
        metadata={"help": "(sort key, row) of each compact row; the key places it among the full rows."}
    )
    details: Mapping[str, Mapping[str, Any]] = field(
        metadata={
            "help": "Row anchor -> kind, message, fingerprints, claim anchors; series points; and for a"
            " finding the script draws, its lead line, matching details, missing claims, review note."
        }
    )
    cards: Mapping[str, Sequence[Any]] = field(
        metadata={
            "help": "Claim anchor -> [document index, sentence, figure start, figure end (UTF-16 offsets in"
            " the sentence, as the script slices it), as written, interval, period, actor]."
        }
    )
    anchors: Mapping[str, str] = field(
        metadata={"help": "Fingerprint of each compact finding -> the anchor of the row showing it."}
    )


def _str(value: Any) -> str | None:
    return None if value is None or value == "" else str(value)


def _float(value: Any) -> float | None:
    return None if value is None or isinstance(value, bool) else float(value)


def _interval(raw: Mapping[str, Any]) -> str:
    """format_interval of a claim or series point record."""
    return interval_text(_float(raw.get("low")), _float(raw.get("high")))


def _period(raw: Mapping[str, Any]) -> str:
    """format_period of a claim or series point record."""
    return period_text(
        _str(raw.get("period_text")), _str(raw.get("period_start")), _str(raw.get("period_end"))
    )


def _claim_groups(
    findings: Sequence[Mapping[str, Any]],
) -> list[tuple[list[Mapping[str, Any]], list[str]]]:
    """agreement_groups, each group with its claim ids (once each, in the order its findings name them)."""
    parent: dict[str, str] = {}  # a claim -> another of its group, towards the group's root; roots absent

    def root(claim: str) -> str:
        up = parent.get(claim, claim)
        while up != claim:
            parent[claim] = claim = parent.get(up, up)  # halve the path on the way
            up = parent.get(claim, claim)
        return claim

    named = [(finding, [str(c) for c in finding.get("claim_ids") or ()]) for finding in findings]
    for _, ids in named:
        for other in ids[1:]:
            a, b = root(ids[0]), root(other)
            if a != b:
                parent[max(a, b)] = min(a, b)
    groups: dict[str, tuple[list[Mapping[str, Any]], list[str]]] = {}
    for finding, ids in named:
        key = root(ids[0]) if ids else f"\0{finding.get('fingerprint')}"
        group = groups.get(key)
        if group is None:
            group = groups[key] = ([], [])
        group[0].append(finding)
        group[1].extend(ids)
    return [(members, list(dict.fromkeys(ids))) for members, ids in groups.values()]


def _utf16_length(text: str) -> int:
    """The length of `text` in UTF-16 code units, the units of a JavaScript string's offsets."""
    return len(text) if text.isascii() else len(text.encode("utf-16-le")) // 2


def agreement_groups(findings: Sequence[Mapping[str, Any]]) -> list[list[Mapping[str, Any]]]:
    """Agreements joined when they share a claim (A=B and B=C is one group of three), in audit order."""
    return [members for members, _ in _claim_groups(findings)]


def _detail_text(value: Any) -> str:
    """A detail value as build.py's partials show it: text as it is, anything else as JSON."""
    if isinstance(value, str):
        return value
    if type(value) in (int, float) and math.isfinite(value):
        return repr(value)  # what json.dumps writes for a finite number, at a tenth of its cost
    return json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)


def _lead(kind: str, claim: Mapping[str, Any], short: str) -> list[str]:
    """One claim's part of a lazily drawn finding's lead line, as its partial writes it: [the figure, plain
    text after it, the muted note]."""
    text = str(claim.get("text") or "")
    if kind == "date_conflict":
        return [text, "", f"({_str(claim.get('period_start')) or '—'}) in {short}"]
    if kind == "qualifier_drift":
        return [
            _str(claim.get("qualifier")) or "exact",
            format_number(_float(claim.get("value"))),
            f"in {short}",
        ]
    if kind == "wording_drift":
        return [text, "", f"{_str(claim.get('subject')) or '—'} · {short}"]
    return [text, "", f"in {short}"]


def build_compact(
    findings: Sequence[Mapping[str, Any]],
    claims: Mapping[str, Mapping[str, Any]],
    documents: Mapping[str, DocumentRef],
    order: Callable[[str, str], tuple[int, int, str]],
    safe_id: Callable[[str, str], str],
    split: Callable[[str, str, int, int], tuple[str, str, str]],
    doc_index: Mapping[str, int],
    lazy: Sequence[Mapping[str, Any]] = (),
    claim_anchors: Mapping[str, str] | None = None,
) -> CompactFindings:
    """The compact rows of the agreements (one per group) and time series (one per finding), and what the
    script draws the `lazy` findings from (their rows are the full report's); `order`, `safe_id` and
    `split` are the full report's (sort key of a kind, HTML ids, a sentence cut at its figure);
    `doc_index` numbers the documents the cards point to; `claim_anchors`, the safe_id of claim ids made
    already (the others are made here)."""
    rows: list[tuple[tuple[int, int, str], FindingRow]] = []
    details: dict[str, Mapping[str, Any]] = {}
    cards: dict[str, list[Any]] = {}
    anchors: dict[str, str] = {}
    known = claim_anchors or {}

    def card(claim_id: str) -> str | None:
        raw = claims.get(claim_id)
        if raw is None:
            return None
        anchor = known.get(claim_id) or safe_id("claim", claim_id)
        if anchor not in cards:
            doc_id = str(raw["doc_id"])
            text, offset = str(raw.get("text") or ""), int(raw.get("sentence_start") or 0)
            sentence = str(raw.get("sentence") or "")
            before, marked, _ = split(
                sentence, text, int(raw.get("start") or 0) - offset, int(raw.get("end") or 0) - offset
            )
            # The sentence once, shared with the claims table, and where its figure stands: three pieces
            # of it per card took 150 MB at 100,000 documents while the report was built.
            start = _utf16_length(before)
            unit = _str(raw.get("unit"))
            cards[anchor] = [
                doc_index[doc_id],
                sentence or marked,  # a claim without its sentence shows its figure alone
                start,
                start + _utf16_length(marked),
                text or "—",
                _interval(raw) + (f" {unit}" if unit else ""),
                _period(raw),
                _str(raw.get("actor")) or "",
            ]
        return anchor

    titles: dict[str, str] = {}

    def title(ref: DocumentRef) -> str:
        # One string per document, not one per row naming it (12 MB in the 20,000-document corpus).
        made = titles.get(ref.doc_id)
        if made is None:
            made = titles[ref.doc_id] = f"{ref.title} ({ref.published or 'undated'})"
        return made

    def row(
        anchor: str, kind: str, label: str, members: Sequence[Mapping[str, Any]], ids: Sequence[str]
    ) -> None:
        # One pass over the row's claims rather than a comprehension per field, and each group's claim ids
        # gathered once (_claim_groups): build_compact of the generated 20,000-document corpus (48,366
        # agreement rows) took 1.8 s of CPU, 1.6 s so.
        values: list[str] = []
        periods: list[str] = []
        refs: list[DocumentRef] = []
        starts: list[str] = []
        value: float | None = None
        for claim_id in ids:
            c = claims.get(claim_id)
            if c is None:
                continue
            refs.append(documents[str(c["doc_id"])])
            text = str(c.get("text") or "")
            if value is None or not text:  # the first value, and the figure of a claim without text
                number = _float(c.get("value"))
                if value is None:
                    value = number
                text = text or format_number(number)
            values.append(text)
            start = c.get("period_start")
            periods.append(
                str(c.get("period_text") or "") or format_dates(_str(start), _str(c.get("period_end"))) or "—"
            )
            if start:
                starts.append(str(start))
        first = members[0]
        statuses = [str(m["review_status"]) for m in members if m.get("review_status")]
        marked = [bool(m["new"]) for m in members if m.get("new") is not None]
        severity = str(first.get("severity") or "info")
        key = order(kind, severity)
        rows.append(
            (
                key,
                FindingRow(
                    anchor=anchor,
                    severity=severity,
                    rank=key[0],
                    kind=kind,
                    label=label,
                    subject=str(first.get("subject") or ""),
                    values=tuple(values),
                    value=value,
                    periods=tuple(periods),
                    period=min(starts, default=""),
                    sources=tuple([ref.short for ref in refs]),
                    titles=tuple([title(ref) for ref in refs]),
                    doc_ids=tuple(dict.fromkeys([ref.doc_id for ref in refs])),
                    status=statuses[0] if statuses else "",
                    new=any(marked) if marked else None,
                    # The script makes a compact row's search text from its fields and its message.
                    text="",
                ),
            )
        )
        for member in members:
            anchors[str(member.get("fingerprint") or "")] = anchor

    def unique(anchor: str) -> str:
        # Two findings may share a fingerprint (the same pair of sentences twice in two documents): each
        # row keeps its own anchor.
        taken, number = anchor, 1
        while taken in details:
            number += 1
            taken = f"{anchor}-{number}"
        details[taken] = {}
        return taken

    agreements = [f for f in findings if str(f.get("kind")) == "agreement"]
    for group, ids in _claim_groups(agreements):
        anchor = unique(safe_id("finding", str(group[0].get("fingerprint") or "")))
        row(anchor, "agreement", AGREEMENT_LABEL, group, ids)
        if len(group) == 1:
            message = str(group[0].get("message") or "")
        else:
            sources = len({str(claims[c]["doc_id"]) for c in ids if c in claims})
            subject = group[0].get("subject") or "one figure"
            message = f"{sources} sources agree on {subject} ({len(group)} agreeing pairs)."
        details[anchor] = {
            "kind": "agreement",
            "message": message,
            "fingerprints": [str(f.get("fingerprint") or "") for f in group],
            "claims": [a for c in ids if (a := card(c)) is not None],
        }
    for finding in findings:
        if str(finding.get("kind")) != "time_series":
            continue
        ids = list(dict.fromkeys(str(c) for c in finding.get("claim_ids") or ()))
        anchor = unique(safe_id("finding", str(finding.get("fingerprint") or "")))
        row(anchor, "time_series", TIME_SERIES_LABEL, [finding], ids)
        points = (finding.get("details") or {}).get("points") or ()
        details[anchor] = {
            "kind": "time_series",
            "message": str(finding.get("message") or ""),
            "fingerprints": [str(finding.get("fingerprint") or "")],
            "claims": [a for c in ids if (a := card(c)) is not None],
            "points": [
                [
                    _period(p),
                    format_number(_float(p.get("value"))),
                    _interval(p),
                    [a for c in p.get("claim_ids") or () if (a := card(str(c))) is not None],
                ]
                for p in points
                if isinstance(p, Mapping)
            ],
        }
    for finding in lazy:
        kind = str(finding.get("kind") or "")
        fingerprint = str(finding.get("fingerprint") or "")
        anchor = safe_id("finding", fingerprint)
        if anchor in details:
            continue  # a fingerprint twice: its row opens the first, as a partial's template id would
        ids = list(dict.fromkeys(str(c) for c in finding.get("claim_ids") or ()))
        found = [c for c in ids if c in claims]
        raw_details = dict(finding.get("details") or {})
        detail: dict[str, Any] = {
            "kind": kind,
            "message": str(finding.get("message") or ""),
            "fingerprints": [fingerprint],
            "claims": [a for c in found if (a := card(c)) is not None],
            "lead": [_lead(kind, claims[c], documents[str(claims[c]["doc_id"])].short) for c in found],
        }
        if raw_details:
            detail["details"] = [[str(k), _detail_text(raw_details[k])] for k in sorted(raw_details, key=str)]
        if missing := [c for c in ids if c not in claims]:
            detail["missing"] = missing
        if note := _str(finding.get("review_note")):
            detail["note"] = note
        details[anchor] = detail
    return CompactFindings(rows=tuple(rows), details=details, cards=cards, anchors=anchors)


def pack_rows(
    rows: Sequence[FindingRow],
    short_index: Mapping[str, int],
    details: Mapping[str, Mapping[str, Any]],
) -> tuple[list[list[Any]], list[str]]:
    """The table rows of a large report as arrays, and the subjects they name by index: [anchor, severity,
    kind, subject, values, value, periods, period, source documents (indices, one per claim), status, new,
    search text]. Titles, labels and ranks are the documents' and kinds' own, sent once; the search text
    is sent only for rows the script cannot rebuild it for (rows drawn from `details` have it all)."""
    subjects: dict[str, int] = {}
    packed = [
        [
            row.anchor,
            row.severity,
            row.kind,
            subjects.setdefault(row.subject, len(subjects)),
            row.values,
            row.value,
            row.periods,
            row.period,
            [short_index[s] for s in row.sources],
            row.status,
            row.new,
            "" if row.anchor in details else row.text,
        ]
        for row in rows
    ]
    return packed, list(subjects)
