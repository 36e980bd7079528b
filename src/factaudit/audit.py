"""The pipeline in one call: ingest -> extract -> match -> classify, as `run_audit(config) -> AuditResult`."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

import pandas as pd

from factaudit import columns as col
from factaudit.arithmetic import Check, check_arithmetic
from factaudit.blocking import BlockStats
from factaudit.classify import SEVERITY_RANK, Finding, classify_pair, pair_finding, series_finding
from factaudit.derived import check_derived_changes
from factaudit.engine import open_engine
from factaudit.extract import Claim, claims_frame, extract_claims
from factaudit.ingest import Corpus, Document, load_corpus
from factaudit.match import BlockScorer, candidate_pairs, score_blocks
from factaudit.readers import ReaderConfig
from factaudit.store import ClaimStore, ExtractMany, StoreStats
from factaudit.updates import competing_estimates, is_update, update_finding

DEFAULT_SOURCES = ("seeds",)
# Told how far a stage got: (stage, done, total). The CLI draws it as a progress bar.
ProgressHook = Callable[[str, int, int], None]


@dataclass(frozen=True)
class AuditConfig:
    """What to audit. The CLI builds one from its options; tests build one directly."""

    sources: tuple[str, ...] = DEFAULT_SOURCES
    stdin_text: str | None = None
    readers: ReaderConfig = field(default_factory=ReaderConfig)
    engine: str = "local"  # local | dask
    scheduler: str | None = None  # a Dask scheduler address; None starts a LocalCluster
    cache: Path | None = None  # the incremental claim store (Parquet); None extracts everything afresh


@dataclass(frozen=True)
class AuditResult:
    """Everything an audit found: the corpus read, the claims table and the findings."""

    corpus: Corpus
    claims: pd.DataFrame
    findings: tuple[Finding, ...]
    pairs: pd.DataFrame = field(repr=False, default_factory=pd.DataFrame)
    matching: BlockStats = field(default_factory=BlockStats)
    store: StoreStats = field(default_factory=StoreStats)
    checks: tuple[Check, ...] = ()  # arithmetic and date relations recomputed, held or not

    def findings_by_kind(self) -> dict[str, int]:
        return dict(sorted(Counter(f.kind for f in self.findings).items()))

    def findings_by_severity(self) -> dict[str, int]:
        counts = Counter(f.severity for f in self.findings)
        return {level: counts.get(level, 0) for level in SEVERITY_RANK}


def extract_corpus(corpus: Corpus) -> pd.DataFrame:
    """Stage 2 over every document: one claims table, in document order."""
    claims = [claim for document in corpus.documents for claim in extract_claims(document)]
    return claims_frame(claims)


def find_findings(
    claims: pd.DataFrame,
    scorer: BlockScorer = score_blocks,
    published: Mapping[str, dt.date | None] | None = None,
    outlets: Mapping[str, str | None] | None = None,
) -> tuple[tuple[Finding, ...], pd.DataFrame, BlockStats]:
    """Stages 3-4: match claims, classify the best pair of each claim per other document, build series
    and update chains, and read competing estimates. `published` gives each document's date (as-of)."""
    published = published or {}
    claims = claims.reset_index(drop=True)
    pairs, stats = candidate_pairs(claims, scorer)
    rows = cast(list[dict[str, Any]], claims.to_dict("records"))
    findings: list[Finding] = []
    paired: set[tuple[int, str]] = set()
    series_links: list[tuple[int, int]] = []
    update_links: list[tuple[int, int]] = []
    for left, right, subject_score, context_score, sentence_score, _ in pairs.itertuples(
        index=False, name=None
    ):
        a, b = rows[int(left)], rows[int(right)]
        kind = classify_pair(a, b, float(sentence_score), float(context_score))
        if kind == "number_conflict" and is_update(a, b, published, outlets):
            update_links.append((int(left), int(right)))
            continue
        if kind == "series":
            series_links.append((int(left), int(right)))
            continue
        if kind is None or a[col.DOC_ID] == b[col.DOC_ID]:
            continue
        # Each claim is compared with its best counterpart in each other document, best pairs first.
        if (left, str(b[col.DOC_ID])) in paired or (right, str(a[col.DOC_ID])) in paired:
            continue
        paired.update({(left, str(b[col.DOC_ID])), (right, str(a[col.DOC_ID]))})
        scores = {
            "subject_score": subject_score,
            "context_score": context_score,
            "sentence_score": sentence_score,
        }
        findings.append(pair_finding(kind, a, b, scores))
    series = (series_finding([rows[i] for i in group]) for group in _components(series_links))
    findings.extend(f for f in series if f is not None)
    findings.extend(
        update_finding([rows[i] for i in group], published) for group in _components(update_links)
    )
    findings.extend(competing_estimates(rows))
    findings.sort(key=lambda f: (SEVERITY_RANK[f.severity], f.kind, f.claim_ids))
    return tuple(findings), pairs, stats


def _components(links: list[tuple[int, int]]) -> list[list[int]]:
    """The connected groups of linked claims (union-find), each sorted, in order of their first claim."""
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
    return list(groups.values())


def _with_progress(extract_many: ExtractMany, progress: ProgressHook | None) -> ExtractMany:
    if progress is None:
        return extract_many

    def counted(documents: Sequence[Document]) -> Iterator[list[Claim]]:
        progress("extract", 0, len(documents))
        for done, found in enumerate(extract_many(documents), start=1):
            progress("extract", done, len(documents))
            yield found

    return counted


def run_audit(config: AuditConfig, progress: ProgressHook | None = None) -> AuditResult:
    """Run the whole pipeline on the configured sources; `progress(stage, done, total)` hears how far."""
    corpus = load_corpus(list(config.sources), stdin_text=config.stdin_text, config=config.readers)
    with open_engine(config.engine, config.scheduler) as engine:
        extract_many = _with_progress(engine.extract_many, progress)
        if config.cache is not None:
            claims, store = ClaimStore(config.cache).claims(corpus.documents, extract_many)
        else:
            claims = claims_frame([c for found in extract_many(corpus.documents) for c in found])
            store = StoreStats(extracted=len(corpus.documents))
        if progress is not None:
            progress("match", 0, 1)
        published = {d.doc_id: d.published for d in corpus.documents}
        outlets = {d.doc_id: d.outlet or d.source for d in corpus.documents}
        findings, pairs, stats = find_findings(claims, engine.scorer, published, outlets)
    arithmetic = check_arithmetic(claims, corpus.documents)
    checks = arithmetic.checks
    if any(f.kind == "time_series" for f in findings):
        rows = cast(list[dict[str, Any]], claims.reset_index(drop=True).to_dict("records"))
        checks = (*checks, *check_derived_changes(rows, findings, published))
    findings = tuple(
        sorted(
            (*findings, *(c.finding() for c in checks if not c.holds)),
            key=lambda f: (SEVERITY_RANK[f.severity], f.kind, f.claim_ids),
        )
    )
    return AuditResult(
        corpus=corpus,
        claims=claims,
        findings=findings,
        pairs=pairs,
        matching=stats,
        store=store,
        checks=checks,
    )


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
        # What the store reused is left out: the same input must give the same bytes, cached or not.
        "matching": {"candidate_pairs": len(result.pairs), **result.matching.as_dict()},
    }
