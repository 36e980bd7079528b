"""Which documents' full texts the report embeds: all of a small corpus, those to read of a large one."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Final

# Above this many documents the page embeds the full text only of the documents in EMBEDDED_SEVERITIES
# findings or in a check. Measured: the BBC corpus (2,225 documents) made a 29 MB page, and in a generated
# 3,000-document corpus the source views alone took 17 MB (6 KB a document, the text and its marks). At
# 1,000 documents the texts stay under 10 MB, so a page of that size still opens in seconds and can be
# mailed (common mail services take 20-25 MB); 100,000 documents would take over 1 GB.
FULL_TEXT_MAX_DOCUMENTS: Final = 1000
# Findings whose documents keep their text in a large corpus: those an editor has to act on. Info findings
# (agreements, series) are left out because nearly every document has one: in the generated 3,000-document
# corpus 2,606 documents took part in a finding, 559 in an error or warning.
EMBEDDED_SEVERITIES: Final = frozenset({"error", "warning"})
# Above FULL_TEXT_MAX_DOCUMENTS, an embedded text keeps only the sentences of its claims that a finding or
# check links to, and this many characters of context on each side (widened to whole claims).
# The claims' sentences of the generated 20,000-document corpus average 129 characters (the BBC articles it
# rewrites): 160 is about one neighbouring sentence each side, enough to read a figure in its paragraph.
EXCERPT_CONTEXT: Final = 160


def embedded_documents(
    doc_ids: Sequence[str],
    findings: Sequence[Mapping[str, Any]],
    checks: Sequence[Mapping[str, Any]],
    doc_of: Mapping[str, str],
) -> frozenset[str]:
    """The documents whose full text the page carries: every one up to FULL_TEXT_MAX_DOCUMENTS, else
    those with a claim in an error or warning finding and those a check (held or not) was made on."""
    if len(doc_ids) <= FULL_TEXT_MAX_DOCUMENTS:
        return frozenset(doc_ids)
    chosen: set[str] = set()
    for finding in findings:
        if str(finding.get("severity") or "") in EMBEDDED_SEVERITIES:
            chosen.update(doc_of[str(c)] for c in finding.get("claim_ids") or () if str(c) in doc_of)
    for check in checks:
        if check.get("doc_id"):
            chosen.add(str(check["doc_id"]))
        chosen.update(doc_of[str(c)] for c in check.get("claim_ids") or () if str(c) in doc_of)
    return frozenset(chosen & set(doc_ids))


def _word_start(text: str, at: int) -> int:
    """`at`, moved back to the start of the word it falls in."""
    while 0 < at < len(text) and not text[at - 1].isspace() and not text[at].isspace():
        at -= 1
    return at


def _word_end(text: str, at: int) -> int:
    """`at`, moved on to the end of the word it falls in."""
    while 0 < at < len(text) and not text[at - 1].isspace() and not text[at].isspace():
        at += 1
    return at


def excerpt_ranges(
    text: str, kept: Iterable[tuple[int, int]], claims: Iterable[tuple[int, int]], context: int
) -> list[tuple[int, int]]:
    """The parts of a text an excerpt keeps: each `kept` range (a sentence) widened by `context` on both
    sides to whole words, overlapping parts joined, and widened again so that no claim (start, end) is cut
    at an edge."""
    length = len(text)
    ranges = sorted(
        (_word_start(text, max(0, a - context)), _word_end(text, min(length, b + context))) for a, b in kept
    )
    spans = sorted(claims)
    merged: list[tuple[int, int]] = []
    for a, b in ranges:
        for s, e in spans:  # a claim across an edge: take it whole (claims are few per document)
            if s < a < e:
                a = max(0, s)
            if s < b < e:
                b = min(length, e)
        if merged and a <= merged[-1][1]:
            merged[-1] = (min(merged[-1][0], a), max(merged[-1][1], b))
        else:
            merged.append((a, b))
    return merged
