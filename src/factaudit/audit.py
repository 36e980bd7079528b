"""The pipeline in one call: ingest -> extract -> match -> classify, as `run_audit(config) -> AuditResult`."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from factaudit import columns as col
from factaudit.classify import SEVERITY_RANK, Finding, classify_pair, pair_finding, series_finding
from factaudit.extract import claims_frame, extract_claims
from factaudit.ingest import Corpus, load_corpus
from factaudit.match import candidate_pairs

DEFAULT_SOURCES = ("seeds",)


@dataclass(frozen=True)
class AuditConfig:
    """What to audit. The CLI builds one from its options; tests build one directly."""

    sources: tuple[str, ...] = DEFAULT_SOURCES
    stdin_text: str | None = None


@dataclass(frozen=True)
class AuditResult:
    """Everything an audit found: the corpus read, the claims table and the findings."""

    corpus: Corpus
    claims: pd.DataFrame
    findings: tuple[Finding, ...]
    pairs: pd.DataFrame = field(repr=False, default_factory=pd.DataFrame)

    def findings_by_kind(self) -> dict[str, int]:
        return dict(sorted(Counter(f.kind for f in self.findings).items()))

    def findings_by_severity(self) -> dict[str, int]:
        counts = Counter(f.severity for f in self.findings)
        return {level: counts.get(level, 0) for level in SEVERITY_RANK}


def extract_corpus(corpus: Corpus) -> pd.DataFrame:
    """Stage 2 over every document: one claims table, in document order."""
    claims = [claim for document in corpus.documents for claim in extract_claims(document)]
    return claims_frame(claims)


def find_findings(claims: pd.DataFrame) -> tuple[tuple[Finding, ...], pd.DataFrame]:
    """Stages 3-4: match claims, classify the best pair of each claim per other document, build series."""
    pairs = candidate_pairs(claims)
    findings: list[Finding] = []
    paired: set[tuple[int, str]] = set()
    series_links: list[tuple[int, int]] = []
    for pair in pairs.itertuples(index=False):
        left, right = int(getattr(pair, col.LEFT)), int(getattr(pair, col.RIGHT))
        a, b = _row(claims, left), _row(claims, right)
        same_document = a[col.DOC_ID] == b[col.DOC_ID]
        kind = classify_pair(a, b, float(getattr(pair, col.SENTENCE_SCORE)))
        if kind == "series":
            series_links.append((left, right))
            continue
        if kind is None or same_document:
            continue
        # Each claim is compared with its best counterpart in each other document, best pairs first.
        if (left, str(b[col.DOC_ID])) in paired or (right, str(a[col.DOC_ID])) in paired:
            continue
        paired.update({(left, str(b[col.DOC_ID])), (right, str(a[col.DOC_ID]))})
        scores = {
            "subject_score": float(getattr(pair, col.SUBJECT_SCORE)),
            "context_score": float(getattr(pair, col.CONTEXT_SCORE)),
            "sentence_score": float(getattr(pair, col.SENTENCE_SCORE)),
        }
        findings.append(pair_finding(kind, a, b, scores))
    findings.extend(_series(claims, series_links))
    findings.sort(key=lambda f: (SEVERITY_RANK[f.severity], f.kind, f.claim_ids))
    return tuple(findings), pairs


def _row(claims: pd.DataFrame, label: int) -> pd.Series:
    row = claims.loc[label]
    assert isinstance(row, pd.Series)
    return row


def _series(claims: pd.DataFrame, links: list[tuple[int, int]]) -> list[Finding]:
    parent: dict[int, int] = {}

    def root(node: int) -> int:
        parent.setdefault(node, node)
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for left, right in links:
        parent[root(left)] = root(right)
    groups: dict[int, list[int]] = {}
    for node in sorted(parent):
        groups.setdefault(root(node), []).append(node)
    found = [series_finding([_row(claims, i) for i in members]) for members in groups.values()]
    return [f for f in found if f is not None]


def run_audit(config: AuditConfig) -> AuditResult:
    """Run the whole pipeline on the configured sources."""
    corpus = load_corpus(list(config.sources), stdin_text=config.stdin_text)
    claims = extract_corpus(corpus)
    findings, pairs = find_findings(claims)
    return AuditResult(corpus=corpus, claims=claims, findings=findings, pairs=pairs)


def corpus_name(sources: Sequence[str]) -> str:
    return ", ".join(Path(s).name or str(s) for s in sources)


def summary(result: AuditResult, sources: Sequence[str]) -> dict[str, Any]:
    return {
        "corpus": corpus_name(sources),
        "documents": len(result.corpus.documents),
        "claims": len(result.claims),
        "skipped": len(result.corpus.skipped),
        "findings": len(result.findings),
        "findings_by_kind": result.findings_by_kind(),
        "findings_by_severity": result.findings_by_severity(),
    }
