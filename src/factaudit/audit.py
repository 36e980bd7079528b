"""The pipeline in one call: ingest -> extract -> match -> classify, as `run_audit(config) -> AuditResult`."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

import numpy as np
import pandas as pd

from factaudit import columns as col
from factaudit.arithmetic import (
    ArithmeticResult,
    Check,
    checks_of_batches,
    dated_count_claims,
    document_batches,
    ordered_checks,
)
from factaudit.blockcache import claim_digests, match_claims
from factaudit.blocking import BlockStats, distinct
from factaudit.classify import (
    POINT_QUALIFIERS,
    SEVERITY,
    SEVERITY_RANK,
    Finding,
    Row,
    classify_pair,
    intervals_overlap,
    is_anchored,
    pair_finding,
    period_relation,
    rows_of,
    series_findings,
    slipped_beside,
    table_rows,
)
from factaudit.derived import check_derived_changes
from factaudit.engine import Aside, Streamed, aside_for, open_engine, run_here, standby_aside
from factaudit.extract import Claim, claims_frame, extract_claims
from factaudit.groupcache import (
    FindingStore,
    UnitFindings,
    claim_groups,
    document_contexts,
    document_keys,
    group_keys,
)
from factaudit.ingest import DATED_SOURCES, DEFAULT_SOURCES, Corpus, Document, load_corpus
from factaudit.match import BlockScorer, score_blocks
from factaudit.readers import ReaderConfig
from factaudit.store import (
    FINDING_FINGERPRINT,
    FINDING_MESSAGE,
    FINDING_SUBJECT,
    PAIR_KIND,
    BlockRecords,
    BlockStore,
    CheckStore,
    ClaimStore,
    ExtractMany,
    StoreStats,
    document_hash,
    restore_types,
)
from factaudit.updates import (
    competing_estimates,
    contests,
    is_increment,
    is_update,
    restates,
    revising,
    update_finding,
)

if TYPE_CHECKING:
    from factaudit.report.provenance import KnownReuse

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
    jobs: int = 1  # local engine: extraction processes (0: one per CPU core); same claims whatever the number
    text_reuse: bool = False  # also look for text reuse between documents (the HTML report's notes)


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
    # With `text_reuse`: the reuse the report of this audit looks for, found (`write_html`'s `find`).
    reuse: KnownReuse | None = field(repr=False, default=None)

    def findings_by_kind(self) -> dict[str, int]:
        return dict(sorted(Counter(f.kind for f in self.findings).items()))

    def findings_by_severity(self) -> dict[str, int]:
        counts = Counter(f.severity for f in self.findings)
        return {level: counts.get(level, 0) for level in SEVERITY_RANK}


def extract_corpus(corpus: Corpus) -> pd.DataFrame:
    """Stage 2 over every document: one claims table, in document order."""
    claims = [claim for document in corpus.documents for claim in extract_claims(document, uncompared=False)]
    return claims_frame(claims)


# Classification is split with a second process (`classify_pairs`' `aside`) from this many pairs: the
# claims of the pairs sent aside are pickled to it, a piece at a time. At 20,000 generated documents
# (250,696 pairs; 8.9-10.4 s of CPU in one process, on a loaded machine) this process spent 4.4-5.2 s
# with half of the pairs sent aside, the process aside 6.2-6.7 s: the pickling and the claims read
# again for each piece cost a third of the work sent. Below this many pairs, the pickling and the wait
# for the process outweigh the work: a few thousand pairs classify in a tenth of a second.
CLASSIFY_ASIDE_MIN_PAIRS: Final = 20_000
# The pairs sent aside in pieces of this many, each with the rows of its claims, so that neither process
# holds the rows of every pair aside at once (about 200 MB at 100,000 generated documents).
CLASSIFY_PIECE_PAIRS: Final = 20_000
# The share of the pairs classified aside. The process aside shares the second core with the checks,
# which run from the start of matching and end during classification at 20,000 generated documents;
# this process pickles the pieces besides its own share.
CLASSIFY_ASIDE_SHARE: Final = 0.5


@dataclass(frozen=True)
class _PairPiece:
    """Pairs to classify (labels in the claims table) with what their classification reads: the rows of
    their claims (`labels`, in order, and the table of those rows: pickled as a table, its columns go
    faster than a dict a row), whether each claim's document has a date of its own, the pairs' scores."""

    lefts: list[int]
    rights: list[int]
    scores: dict[str, np.ndarray]
    labels: list[int]
    claims: pd.DataFrame
    own_date: list[bool]


@dataclass(frozen=True)
class _PairValues:
    """What `classify_pairs` gives each pair of a piece, before the kinds that read other pairs are set:
    its kind and, for the kinds reported pair by pair, its finding's fingerprint, message and subject."""

    kinds: list[str]
    fingerprints: list[str]
    messages: list[str]
    subjects: list[str]
    slips: list[bool]  # whether the pair may be a figure taken to the wrong period (`_may_have_slipped`)


def classify_pairs(
    claims: pd.DataFrame,
    pairs: pd.DataFrame,
    dated: Collection[str] | None = None,
    aside: Aside = run_here,
) -> pd.DataFrame:
    """Each matched pair's kind ("" when the claims do not compare) and, for the kinds reported pair by
    pair, its finding's fingerprint, message and subject: values that read only the pair's two claims and
    their documents. `dated`: the documents whose publication date is their own (None: all of them).
    `aside`: where the last CLASSIFY_ASIDE_SHARE of the pairs is classified meanwhile (a process made
    before the corpus was read, `engine.StandbyAside`), from CLASSIFY_ASIDE_MIN_PAIRS pairs."""
    left, right = pairs[col.LEFT].to_numpy(np.int64), pairs[col.RIGHT].to_numpy(np.int64)
    # Arrays, read a score at a time: as lists, the scores of 1.46 million pairs (100,000 generated
    # documents) were 4.4 million floats held through the classification.
    scores = {
        name: pairs[name].to_numpy(dtype=np.float64)
        for name in (col.SUBJECT_SCORE, col.CONTEXT_SCORE, col.SENTENCE_SCORE)
    }
    here = len(pairs)
    if aside is not run_here and len(pairs) >= CLASSIFY_ASIDE_MIN_PAIRS:
        here = len(pairs) - int(len(pairs) * CLASSIFY_ASIDE_SHARE)
    pieces = (
        _pair_piece(claims, left, right, scores, dated, start, min(start + CLASSIFY_PIECE_PAIRS, len(pairs)))
        for start in range(here, len(pairs), CLASSIFY_PIECE_PAIRS)
    )
    running = aside(_classified_pieces, Streamed(pieces)) if here < len(pairs) else None
    mine = _classified_pieces([_pair_piece(claims, left, right, scores, dated, 0, here)])
    values = [*mine, *(running.result() if running is not None else [])]
    kinds = [kind for made in values for kind in made.kinds]
    candidates = [index for index, slip in enumerate(flag for made in values for flag in made.slips) if slip]
    lefts, rights = left.tolist(), right.tolist()
    # The kinds below read other pairs, or other claims of a sentence: set here, over every pair. The
    # findings made for the kinds before them stand, but for the pairs whose kind they turn.
    before = list(kinds)
    rows = rows_of(
        claims,
        [
            label
            for index in [*(i for i, kind in enumerate(kinds) if kind == "number_conflict"), *candidates]
            for label in (lefts[index], rights[index])
        ],
    )
    kinds = _witnessed_slips(claims, rows, (lefts, rights), kinds, candidates)
    conflicts = [index for index, kind in enumerate(kinds) if kind == "number_conflict"]
    if conflicts:
        mates = _SentenceMates(claims, [label for i in conflicts for label in (lefts[i], rights[i])])
        misdated: dict[int, set[int]] = {}
        for index, kind in enumerate(kinds):
            if kind == "date_conflict":
                misdated.setdefault(lefts[index], set()).add(rights[index])
                misdated.setdefault(rights[index], set()).add(lefts[index])
        for index in conflicts:
            a_label, b_label = lefts[index], rights[index]
            a, b = rows[a_label], rows[b_label]
            # Only a pair of one period is the misdated figure against its own period's figure: without
            # it, on the generated 20,000-document corpus, "fell by more than £600 from £190,329 in
            # November" of two stories a year apart paired £190,329 with "more than £600" (4 updates).
            same = period_relation(a, b) == "same"
            if mates.states(a, b_label, misdated.get(a_label, ()) if same else ()) or mates.states(
                b, a_label, misdated.get(b_label, ()) if same else ()
            ):
                # The figure is in the other sentence too, beside another: mispaired, unless that sentence
                # restates it as the earlier report of its own figure ("31 arrests, up from the 22
                # reported"), which is no conflict but may be a revision (`_Revisions`).
                kinds[index] = "differs" if restates(a, b) or restates(b, a) else ""
    fingerprints = [value for made in values for value in made.fingerprints]
    messages = [value for made in values for value in made.messages]
    subjects = [value for made in values for value in made.subjects]
    for index, kind in enumerate(kinds):
        if kind != before[index]:
            a, b = rows[lefts[index]], rows[rights[index]]
            finding = None
            if kind in _PAIR_KINDS and a[col.DOC_ID] != b[col.DOC_ID]:
                # A slip told by the other document's sentence is a conflict reported pair by pair.
                finding = pair_finding(kind, a, b, {name: float(got[index]) for name, got in scores.items()})
            fingerprints[index] = finding.fingerprint if finding else ""
            messages[index] = finding.message if finding else ""
            subjects[index] = finding.subject or "" if finding else ""
    return pd.DataFrame(
        {
            PAIR_KIND: pd.Series(kinds, dtype=object),
            FINDING_FINGERPRINT: pd.Series(fingerprints, dtype=object),
            FINDING_MESSAGE: pd.Series(messages, dtype=object),
            FINDING_SUBJECT: pd.Series(subjects, dtype=object),
        }
    )


def _witnessed_slips(
    claims: pd.DataFrame,
    rows: Mapping[int, Row],
    pairs: tuple[list[int], list[int]],
    kinds: list[str],
    candidates: list[int],
) -> list[str]:
    """The kinds, with the pairs of a figure taken to the wrong period that the other document's sentence
    shows (`slipped_beside`): the figure against its copy in another period, and against the figure of
    its own period. `candidates`: the pairs `_may_have_slipped` let through (placed, of no finding yet). Read
    from the pair and the claims of its sentences only, so that a pair's kind does not depend on which
    other pairs are classified with it (a re-audit classifies fresh blocks only)."""
    lefts, rights = pairs
    if not candidates:
        return kinds
    mates = _SentenceMates(claims, [label for i in candidates for label in (lefts[i], rights[i])])
    changed = list(kinds)
    for index in candidates:
        a_label, b_label = lefts[index], rights[index]
        a, b = rows[a_label], rows[b_label]
        told = slipped_beside(a, b, mates.others(b_label)) or slipped_beside(b, a, mates.others(a_label))
        if told is not None:
            changed[index] = told
    return changed


def _may_have_slipped(a: Row, b: Row) -> bool:
    """A quick test that a pair may be a slipped figure and its copy (one exact value) or the figure and
    the one of its own period (the same period, exact figures): what `slipped_beside` needs."""
    if a[col.DOC_ID] == b[col.DOC_ID] or not a[col.QUALIFIER] == b[col.QUALIFIER] == "exact":
        return False
    if a[col.PERIOD_START] is None or b[col.PERIOD_START] is None:
        return False
    if a[col.VALUE] == b[col.VALUE]:
        return bool(a[col.PERIOD_START] != b[col.PERIOD_START])
    return bool((a[col.PERIOD_START], a[col.PERIOD_END]) == (b[col.PERIOD_START], b[col.PERIOD_END]))


def _pair_piece(
    claims: pd.DataFrame,
    left: np.ndarray,
    right: np.ndarray,
    scores: Mapping[str, np.ndarray],
    dated: Collection[str] | None,
    start: int,
    stop: int,
) -> _PairPiece:
    """The pairs `start` to `stop` with what their classification reads; `dated` as `classify_pairs`."""
    lefts, rights = left[start:stop].tolist(), right[start:stop].tolist()
    labels = distinct(np.concatenate([left[start:stop], right[start:stop]]))
    chosen = claims.iloc[labels]
    return _PairPiece(
        lefts,
        rights,
        {name: values[start:stop] for name, values in scores.items()},
        labels.tolist(),
        chosen,
        [dated is None or doc_id in dated for doc_id in chosen[col.DOC_ID].tolist()],
    )


def _classified_pieces(pieces: Iterable[_PairPiece]) -> list[_PairValues]:
    """The values of the pairs of each piece (`_classified`), piece by piece."""
    return [_classified(piece) for piece in pieces]


def _classified(piece: _PairPiece) -> _PairValues:
    """Each pair's kind by `classify_pair`, and the finding of each pair of two documents whose kind is
    reported pair by pair."""
    rows = dict(zip(piece.labels, table_rows(piece.claims), strict=True))
    own_date = dict(zip(piece.labels, piece.own_date, strict=True))
    anchored = {label: is_anchored(row, own_date[label]) for label, row in rows.items()}
    context_scores, sentence_scores = piece.scores[col.CONTEXT_SCORE], piece.scores[col.SENTENCE_SCORE]
    values = _PairValues([], [], [], [], [])
    for index, (a_label, b_label) in enumerate(zip(piece.lefts, piece.rights, strict=True)):
        # Compared by their dates when one document has a date of its own, or neither period is a guess.
        placed = own_date[a_label] or own_date[b_label] or (anchored[a_label] and anchored[b_label])
        a, b = rows[a_label], rows[b_label]
        kind = classify_pair(a, b, float(sentence_scores[index]), float(context_scores[index]), placed) or ""
        kind = _told_apart(kind, a, b)
        values.slips.append(placed and kind in ("", "series", "differs") and _may_have_slipped(a, b))
        finding = None
        if kind in _PAIR_KINDS and a[col.DOC_ID] != b[col.DOC_ID]:
            finding = pair_finding(
                kind, a, b, {name: float(scores[index]) for name, scores in piece.scores.items()}
            )
        values.kinds.append(kind)
        values.fingerprints.append(finding.fingerprint if finding else "")
        values.messages.append(finding.message if finding else "")
        values.subjects.append(finding.subject or "" if finding else "")
    return values


def _told_apart(kind: str, a: Row, b: Row) -> str:
    """A pair's kind once what its two claims say of each other is read: an increment against its total,
    a figure restated as the other's earlier report."""
    if kind == "number_conflict" and is_increment(a) != is_increment(b):
        return ""  # what was added to a total against the total: no contradiction
    if kind == "series" and _restated_apart(a, b):
        return "differs"
    if not kind and _restated_change(a, b):
        # Periods read as overlapping ("between May and July" against "this summer") do not part a
        # figure from the one its sentence restates as reported before.
        return "differs"
    return kind


def _restated_apart(a: Row, b: Row) -> bool:
    """Whether one of two figures of different documents restates the other as the one reported before
    it ("436 flights last month, more than the 412 it reported on Thursday"): two states of one figure,
    which a revision may link (`_Revisions`), not two periods of a series, whatever periods were read
    (the airline story's 412 took the Friday before its release from "between Friday 19 and Sunday 21
    December"). `restates` matches no sentence of the BBC corpus; its findings do not change."""
    return a[col.DOC_ID] != b[col.DOC_ID] and (restates(a, b) or restates(b, a))


def _restated_change(a: Row, b: Row) -> bool:
    """Whether two different figures of different documents that do not compare as read are one figure
    and its revision, restated as such (`_restated_apart`): the seabird story's "has risen to 1,380, ...
    up from the 1,140 in its census report last week" against the report's "At least 1,140 dead seabirds
    were collected between May and July". `revising` still decides whether the later one revises."""
    return a[col.KIND] != "date" and a[col.VALUE] != b[col.VALUE] and _restated_apart(a, b)


class _SentenceMates:
    """The claims of the sentences of some claims, read at once, to tell a number conflict.

    Two sentences that each state two figures of one kind ("Kenteris won 200m gold, while Thanou won silver
    in the 100m"; "retail sales dropped by 1% in December, after a 0.6% rise in November") were paired
    figure against the other figure: 9 of the 28 number conflicts of the BBC corpus. A figure that the
    other sentence states too, beside the one it was paired with, is not contradicted there."""

    def __init__(self, claims: pd.DataFrame, labels: Iterable[int]) -> None:
        doc_ids = claims[col.DOC_ID].astype(str).tolist()
        starts = claims[col.SENTENCE_START].astype(np.int64).tolist()
        wanted = {(doc_ids[label], starts[label]) for label in labels}
        self._sentence: dict[tuple[str, int], list[int]] = {}
        for position, key in enumerate(zip(doc_ids, starts, strict=True)):
            if key in wanted:
                self._sentence.setdefault(key, []).append(position)
        self._keys = {label: key for key, members in self._sentence.items() for label in members}
        # One lookup of every row needed (a row at a time, through pandas, cost 12 s at 20,000 documents).
        self._rows = rows_of(claims, list(self._keys))

    def states(self, figure: Row, label: int, misdated: Collection[int] = ()) -> bool:
        """Whether another claim of claim `label`'s sentence states `figure`: a single figure of the same
        kind and unit that agrees with it (`intervals_overlap`). Ranges and bounds are left out: "from 60
        to 65" against "from 78 to 65" (a planted change) overlaps the 65 of the other sentence. `misdated`:
        the claims the figure is in date conflict with."""
        if figure[col.QUALIFIER] not in POINT_QUALIFIERS:
            return False
        for other in self._sentence[self._keys[label]]:
            mate = self._rows[other]
            if other == label or mate[col.QUALIFIER] not in POINT_QUALIFIERS:
                continue
            same_measure = (mate[col.KIND], mate[col.UNIT]) == (figure[col.KIND], figure[col.UNIT])
            # A mate that the figure is in date conflict with is the figure given the wrong period, not
            # a sign that the pair is mispaired: "1,925 excess deaths in 2023 and 2,105 in 2024" against
            # another source's "1,925 in 2024" is a date conflict with 1,925 and a number conflict with
            # 2,105. Any mate of another period was too wide: on the generated 20,000-document corpus it
            # let a 20% profit rise conflict with another story's "18% in 2004" beside "20% ... in 2003".
            if same_measure and intervals_overlap(figure, mate) and other not in misdated:
                return True
        return False

    def others(self, label: int) -> list[Row]:
        """The other claims of claim `label`'s sentence."""
        return [self._rows[other] for other in self._sentence[self._keys[label]] if other != label]

    def nearer(self, figure: Row, label: int) -> bool:
        """Whether another claim of claim `label`'s sentence, of the same kind and unit, is nearer in value
        to `figure` than claim `label` is: "Her final tally was 78,190 votes, against 77,903 for Daniel
        Price" revises Price's 77,904 by 77,903, not by Okafor's 78,190."""
        own = self._rows[label]
        gap = abs(float(own[col.VALUE]) - float(figure[col.VALUE]))
        for other in self._sentence[self._keys[label]]:
            mate = self._rows[other]
            same_measure = (mate[col.KIND], mate[col.UNIT]) == (figure[col.KIND], figure[col.UNIT])
            if (
                other != label
                and same_measure
                and abs(float(mate[col.VALUE]) - float(figure[col.VALUE])) < gap
            ):
                return True
        return False


# The kinds of pairs of different figures that may be an earlier and a later state of one figure
# (updates.is_update): a conflict, or figures that say too little alike to conflict (classify._differs).
_CHANGES: Final = frozenset({"number_conflict", "differs"})
# The kinds a pair is reported as on its own (the others: series and updates, chained across pairs).
_PAIR_KINDS: Final = frozenset(
    {"number_conflict", "date_conflict", "qualifier_drift", "wording_drift", "agreement"}
)


@dataclass(frozen=True)
class Found:
    """Stages 3-4 of one run: findings, the matched pairs (PAIR_COLUMNS, best first), block statistics,
    the block records for the store, and the findings of each group and document for the findings store."""

    findings: tuple[Finding, ...]
    pairs: pd.DataFrame
    stats: BlockStats
    records: BlockRecords | None = None
    reused_blocks: int = 0
    scored_blocks: int = 0
    units: UnitFindings | None = None


@dataclass(frozen=True)
class Reuse:
    """What a run with a store reads of the runs before: each claim's digest (`claim_digests`), the stored
    block records, the store of the findings of groups and documents, and each document's content hash."""

    digests: np.ndarray
    blocks: BlockRecords
    findings: FindingStore
    hashes: Mapping[str, str]


def find_findings(
    claims: pd.DataFrame,
    scorer: BlockScorer = score_blocks,
    published: Mapping[str, dt.date | None] | None = None,
    outlets: Mapping[str, str | None] | None = None,
    reuse: Reuse | None = None,
    dated: Collection[str] | None = None,
    contexts: np.ndarray | None = None,
    aside: Aside = run_here,
    classified: Callable[[], None] = lambda: None,
) -> Found:
    """Stages 3-4: match claims, classify the best pair of each claim per other document, build series
    and update chains, and read competing estimates. `published` gives each document's date (as-of);
    `reuse` lets unchanged blocks keep their stored pairs, and unchanged groups of linked claims and
    unchanged documents their stored findings (`groupcache`); `contexts`, each claim's context in matching
    form, comes from the claim store; `aside`, where part of the pairs is classified (`classify_pairs`),
    and `classified` is told when they all are."""
    published = published or {}
    outlets = outlets or {}
    claims = claims.reset_index(drop=True)

    def classify(pairs: pd.DataFrame) -> pd.DataFrame:
        kinds = classify_pairs(claims, pairs, dated, aside)
        classified()
        return kinds

    matched = match_claims(
        claims,
        scorer,
        classify,
        reuse.digests if reuse is not None else None,
        reuse.blocks if reuse is not None else None,
        contexts,
    )
    pairs = matched.pairs
    if reuse is None:
        chained = _chain_findings(claims, pairs, published, outlets)
        estimated = _estimate_findings(claims, None)
        findings = [finding for _, finding in chained] + [finding for _, finding in estimated]
        units = None
    else:
        findings, units = _reuse_findings(claims, pairs, published, outlets, reuse)
    # Ties of kind and claims (none in the BBC or generated corpora) are ordered by what the findings say,
    # so that findings taken from the store and found afresh come out in one order.
    findings.sort(key=lambda f: (SEVERITY_RANK[f.severity], f.kind, f.claim_ids, f.fingerprint, f.message))
    return Found(
        tuple(findings),
        pairs[list(col.PAIR_COLUMNS)],
        matched.stats,
        matched.records,
        matched.reused_blocks,
        matched.scored_blocks,
        units,
    )


def _reuse_findings(
    claims: pd.DataFrame,
    pairs: pd.DataFrame,
    published: Mapping[str, dt.date | None],
    outlets: Mapping[str, str | None],
    reuse: Reuse,
) -> tuple[list[Finding], UnitFindings]:
    """The findings of every group of linked claims and every document: as stored for the units the
    findings store knows by key, found afresh for the others (only their pairs and claims are read)."""
    doc_ids = claims[col.DOC_ID].astype(str).tolist()
    linking = np.flatnonzero(pairs[PAIR_KIND].to_numpy(dtype=object) != "")
    lefts = pairs[col.LEFT].to_numpy(np.int64)[linking]
    rights = pairs[col.RIGHT].to_numpy(np.int64)[linking]
    groups = group_keys(
        claim_groups(lefts, rights, len(claims)),
        reuse.digests,
        document_contexts(doc_ids, published, outlets),
        lefts,
        rights,
    )
    documents = list(dict.fromkeys(doc_ids))
    keys = np.concatenate([groups.keys, document_keys([reuse.hashes[d] for d in documents])])
    # Read once matching is done, past the peak of its memory.
    stored = reuse.findings.load()
    known = stored.known(keys)
    fresh_groups = np.flatnonzero(known[: len(groups.keys)] < 0)
    chosen = linking[np.isin(groups.of_claim[lefts], fresh_groups)]
    chained = _chain_findings(claims, pairs.iloc[chosen].reset_index(drop=True), published, outlets)
    document_unit = {doc_id: len(groups.keys) + index for index, doc_id in enumerate(documents)}
    fresh_documents = {d for d in documents if known[document_unit[d]] < 0}
    estimated = _estimate_findings(claims, fresh_documents)
    fresh: dict[int, list[Finding]] = {}
    for label, finding in chained:
        fresh.setdefault(int(groups.of_claim[label]), []).append(finding)
    for doc_id, finding in estimated:
        fresh.setdefault(document_unit[doc_id], []).append(finding)
    texts = np.full(len(keys), None, dtype=object)
    texts[known >= 0] = stored.texts[known[known >= 0]]
    found = [*stored.findings(known[known >= 0]), *(finding for made in fresh.values() for finding in made)]
    return found, UnitFindings(keys, known, texts, fresh, len(stored.units))


def _chain_findings(
    claims: pd.DataFrame,
    pairs: pd.DataFrame,
    published: Mapping[str, dt.date | None],
    outlets: Mapping[str, str | None],
) -> list[tuple[int, Finding]]:
    """The findings of these pairs (best first): a finding for the best pair of each claim per other
    document, the updates and revisions, and the series; each with the label of one of its claims, which
    tells its group."""
    kinds = pairs[PAIR_KIND].tolist()
    lefts, rights = pairs[col.LEFT].astype(np.int64).tolist(), pairs[col.RIGHT].astype(np.int64).tolist()
    if not lefts:
        return []
    doc_ids = claims[col.DOC_ID].astype(str).tolist()
    starts = claims[col.START].astype(np.int64).tolist()
    claim_ids = claims[col.CLAIM_ID].astype(str).tolist()
    conflicting = [i for i, kind in enumerate(kinds) if kind in _CHANGES]
    changes = rows_of(claims, [lefts[i] for i in conflicting] + [rights[i] for i in conflicting])
    pair_of = _pair_findings(pairs)
    figure = _PairFigures(claims, lefts, rights, kinds)
    sentence_scores = pairs[col.SENTENCE_SCORE].to_numpy(dtype=float)
    # The pair finding each (claim, other document) holds: its place in `findings` and the pair's index.
    # Its keys are the slots the pair findings took (one per claim and other document). Two ints a slot
    # and no other structure per pair: a tuple of what each pair says, made for every candidate pair, and
    # a set of the slots beside this mapping took about 300 MB more at 100,000 generated documents
    # (1.46 million pairs), past the 4 GB of the largest process.
    paired: dict[tuple[int, str], tuple[int, int]] = {}
    findings: list[Finding] = []
    owners: list[int] = []  # a claim of each finding: the left one of its pair
    updated: set[tuple[int, str]] = set()
    doubled: set[tuple[int, str]] = set()  # the slots that hold a second finding (`_tells_apart`)
    series_links: list[tuple[int, int]] = []
    update_links: list[tuple[int, int]] = []
    for index, (left, right, kind) in enumerate(zip(lefts, rights, kinds, strict=True)):
        same_document = doc_ids[left] == doc_ids[right]
        update = kind == "number_conflict" and is_update(changes[left], changes[right], published, outlets)
        if update and same_document:
            update_links.append((left, right))
            continue
        if kind == "series":
            series_links.append((left, right))
            continue
        if not kind or kind == "differs" or same_document:
            continue
        # Each claim is compared with its best counterpart in each other document, best pairs first, and
        # is linked to at most one update there, apart: a month's count may agree with one figure of a
        # later document ("Nearly 7,000") and be revised by another ("revised August's total to 7,015").
        # One update link only: a claim's second-best counterpart (a rival's figure in the same sentence)
        # chained every figure of one measure into one update.
        ends = ((left, doc_ids[right]), (right, doc_ids[left]))
        if update:
            if any(slot in updated for slot in ends):
                continue
            updated.update(ends)
            update_links.append((left, right))
            continue
        taken = {paired[slot] for slot in ends if slot in paired}
        first, second = _in_order(left, right, doc_ids, starts)
        if (
            taken
            and _tells_apart(kind, {kinds[held] for _, held in taken})
            and not any(slot in doubled for slot in ends)
        ):
            # A claim's figure given to another period there (a date conflict) and its own period's
            # other figure there (a number conflict) tell an editor two things: where the figure came
            # from and what it should be. One finding of each per claim and document.
            doubled.update(ends)
            findings.append(pair_of(index, kind, (claim_ids[first], claim_ids[second])))
            owners.append(left)
            continue
        if taken:
            # A document that writes the figure twice (a headline and the body: "Kessel plant to lose more
            # than 1,300 jobs", "More than 1,300 jobs will go ... by the end of 2026") holds one finding
            # of the pair, with the copy whose sentence says more alike, though a shorter headline may
            # match first on the words around the figure.
            held = taken.pop() if len(taken) == 1 else None
            if (
                held is None
                or figure(held[1]) != figure(index)
                or sentence_scores[index] <= sentence_scores[held[1]]
            ):
                continue
            findings[held[0]] = pair_of(index, kind, (claim_ids[first], claim_ids[second]))
            paired.update(dict.fromkeys(ends, (held[0], index)))
            continue
        paired.update(dict.fromkeys(ends, (len(findings), index)))
        findings.append(pair_of(index, kind, (claim_ids[first], claim_ids[second])))
        owners.append(left)
    update_links.extend(_Revisions(claims, pairs, published, outlets, changes).links(paired, updated))
    series_groups, update_groups = _components(series_links), _components(update_links)
    rows = rows_of(claims, [i for group in (*series_groups, *update_groups) for i in group])
    chained = list(zip(owners, findings, strict=True))
    chained.extend(
        (group[0], finding)
        for group in series_groups
        for finding in series_findings([rows[i] for i in group])
    )
    chained.extend((group[0], update_finding([rows[i] for i in group], published)) for group in update_groups)
    return chained


def _estimate_findings(claims: pd.DataFrame, documents: Collection[str] | None) -> list[tuple[str, Finding]]:
    """The competing estimates of the documents named (all when None), each with its document: they read
    one document's claims only."""
    if documents is not None:
        if not documents:
            return []
        claims = claims[claims[col.DOC_ID].isin(set(documents))].reset_index(drop=True)
    rows = _attributed_sentences(claims)
    document_of = {str(row[col.CLAIM_ID]): str(row[col.DOC_ID]) for row in rows}
    return [(document_of[finding.claim_ids[0]], finding) for finding in competing_estimates(rows)]


class _Revisions:
    """The update links of pairs of different figures that say too little alike to conflict (classify
    "differs"), read after every finding of a pair is placed: a later figure that a finding already pairs
    with a claim of the earlier document (it agrees with "More than 6,800") revises no other claim there
    ("3,795 people applied for asylum", another measure counted in people).

    `rows` holds the claims of the pairs of changes (number conflicts and "differs"), read already for
    the updates: read again, a second dict of each (14 MB at 20,000 generated documents) lived through the
    links."""

    def __init__(
        self,
        claims: pd.DataFrame,
        pairs: pd.DataFrame,
        published: Mapping[str, dt.date | None],
        outlets: Mapping[str, str | None],
        rows: Mapping[int, Row],
    ) -> None:
        differing = pairs[pairs[PAIR_KIND] == "differs"]
        self._pairs = list(
            zip(
                differing[col.LEFT].astype(np.int64).tolist(),
                differing[col.RIGHT].astype(np.int64).tolist(),
                strict=True,
            )
        )
        labels = [label for pair in self._pairs for label in pair]
        self._rows = rows
        self._mates = _SentenceMates(claims, labels)
        self._published = published
        self._outlets = outlets

    def links(
        self, paired: Mapping[tuple[int, str], object], updated: set[tuple[int, str]]
    ) -> list[tuple[int, int]]:
        """The (earlier, later) claims linked, best pairs first, each claim to one update per document
        (`updated`, which it extends); `paired`: the (claim, document) slots the pair findings took."""
        found: list[tuple[int, int]] = []
        # The figure each later claim revises in each earlier document: written there more than once (a
        # headline's "27 arrested" and the body's "arrested 27 people") it is one figure, revised once.
        revised: dict[tuple[int, str], float] = {}
        for left, right in self._pairs:
            a, b = self._rows[left], self._rows[right]
            later = revising(a, b, self._published, self._outlets)
            if later is None:
                continue
            earlier_label, later_label = (left, right) if later is b else (right, left)
            earlier = self._rows[earlier_label]
            # A nearer figure in the later sentence is the one revised, unless it is this earlier figure,
            # restated as what the later one replaces ("19 arrests, up from the 14 reported").
            if self._mates.nearer(later, earlier_label) or (
                self._mates.nearer(earlier, later_label) and not restates(later, earlier)
            ):
                continue
            earlier_doc, later_doc = str(self._rows[earlier_label][col.DOC_ID]), str(later[col.DOC_ID])
            figure = float(self._rows[earlier_label][col.VALUE])
            copy = revised.get((later_label, earlier_doc)) == figure
            if (later_label, earlier_doc) in paired or (earlier_label, later_doc) in updated:
                continue
            if (later_label, earlier_doc) in updated and not copy:
                continue
            updated.update({(earlier_label, later_doc), (later_label, earlier_doc)})
            revised[(later_label, earlier_doc)] = figure
            found.append((earlier_label, later_label))
        return found


class _PairFigures:
    """What a pair says, the same for a pair of the same two figures however often each is written: its
    kind and each claim's figure as stated (value, qualifier, kind, unit, document), the two in a fixed
    order, so that a copy of either figure in its document gives the same tuple. Made only for the pairs
    asked about (a claim met twice in one document), from columns read once."""

    def __init__(self, claims: pd.DataFrame, lefts: list[int], rights: list[int], kinds: list[str]) -> None:
        self._columns = [
            claims[name].tolist() for name in (col.VALUE, col.QUALIFIER, col.KIND, col.UNIT, col.DOC_ID)
        ]
        self._lefts, self._rights, self._kinds = lefts, rights, kinds

    def _stated(self, label: int) -> tuple[object, ...]:
        return tuple(column[label] for column in self._columns)

    def __call__(self, index: int) -> tuple[object, ...]:
        ends = (self._stated(self._lefts[index]), self._stated(self._rights[index]))
        return (self._kinds[index], *sorted(ends, key=repr))


def _tells_apart(kind: str, taken: set[str]) -> bool:
    """Whether a pair of `kind` tells something other than the findings of `taken` kinds that hold its
    slots: a number conflict beside a date conflict, or the other way round."""
    return {kind, *taken} == {"number_conflict", "date_conflict"} and len(taken) == 1


def _in_order(left: int, right: int, doc_ids: list[str], starts: list[int]) -> tuple[int, int]:
    """The pair's claims in (document, offset) order, as its finding lists them."""
    return (
        (left, right) if (doc_ids[left], starts[left]) <= (doc_ids[right], starts[right]) else (right, left)
    )


def _pair_findings(pairs: pd.DataFrame) -> Callable[[int, str, tuple[str, str]], Finding]:
    """Build the finding of pair `index` from the values `classify_pairs` gave it (`pair_finding`'s)."""
    fingerprints, messages, subjects = (
        _strings(pairs[name]) for name in (FINDING_FINGERPRINT, FINDING_MESSAGE, FINDING_SUBJECT)
    )
    # Read from the arrays where a finding is made: as lists, the scores of every candidate pair were
    # floats held for the few pairs that make a finding (22 MB at 20,000 generated documents).
    scores = {
        name: pairs[name].to_numpy(dtype=np.float64)
        for name in (col.CONTEXT_SCORE, col.SENTENCE_SCORE, col.SUBJECT_SCORE)
    }
    # A score rounded to one decimal is one of about a thousand values: one float object of each, shared
    # by the details of every finding that holds it, rather than three new ones a finding (500,000 pair
    # findings at 100,000 generated documents). Only positive ones: -0.0 is the key of 0.0 but is written
    # otherwise.
    rounded: dict[float, float] = {}

    def build(index: int, kind: str, claim_ids: tuple[str, str]) -> Finding:
        details = {}
        for name, values in scores.items():
            score = round(float(values[index]), 1)
            details[name] = rounded.setdefault(score, score) if score > 0 else score
        return Finding(
            fingerprint=fingerprints[index],
            kind=kind,
            severity=SEVERITY[kind],
            claim_ids=claim_ids,
            message=messages[index],
            subject=subjects[index],
            details=details,
        )

    return build


def _strings(column: pd.Series) -> list[str]:
    """The text of each row of a column of strings, the objects the table holds. `astype(str)` made each
    pair's message, fingerprint and subject a pyarrow string and then a new Python string (pandas 3): a
    second copy of each beside the table's, about 60 MB at 20,000 generated documents."""
    values = column.to_numpy(dtype=object).tolist()
    return [value if type(value) is str else str(value) for value in values]


# Words an attribution needs (updates.attribution: "according to X", "X said/estimated/..."): a sentence
# without any of them credits no figure, so it cannot hold competing estimates. Every verb of
# updates._SAID is here ("say", "expects", "recorded" were not: "Kestrel Bay's organisers say" and "The
# university expects" were never read); as the verbs' stems they find their other forms too.
_ATTRIBUTION_WORDS: Final = r"according|said|say|estimate|expect|claim|counted|record|put"


def _attributed_sentences(claims: pd.DataFrame) -> list[Row]:
    """The claims that can be competing estimates: figures of the kinds compared, in a sentence with a
    word of attribution that holds two of them or stands in a document where a sentence answers another
    (`contests`: rivals in two sentences running on). Whole sentences are kept or left out, so
    `competing_estimates` finds the same on them as on every claim. Rows of every single-figure sentence
    with a word of attribution were twice as many (122,233 against 59,667 at 100,000 generated documents)."""
    eligible = claims[col.KIND].isin(("count", "money", "percent", "measure"))
    sentence = claims[[col.DOC_ID, col.SENTENCE_START]][eligible]
    several = (
        sentence.groupby([col.DOC_ID, col.SENTENCE_START], sort=False)[col.DOC_ID].transform("size") >= 2
    )
    # Each distinct sentence read once: the claims of a sentence share its text, and retold stories share
    # sentences (189,289 distinct among 618,328 eligible claims at 100,000 generated documents: 5.2 s read
    # claim by claim, 1.6 s so).
    codes, texts = pd.factorize(claims.loc[eligible, col.SENTENCE].astype(str), use_na_sentinel=False)
    said = np.fromiter((contests(text) for text in texts.tolist()), dtype=bool, count=len(texts))
    answering = pd.Series(said[codes], index=sentence.index)
    contested = sentence[col.DOC_ID].isin(set(sentence.loc[answering, col.DOC_ID]))
    chosen = (several | contested)[lambda kept: kept].index
    worded = claims.loc[chosen, col.SENTENCE].astype(str).str.contains(_ATTRIBUTION_WORDS, regex=True)
    labels = worded[worded].index.to_numpy(dtype=np.int64)
    found = rows_of(claims, labels.tolist())
    return [found[label] for label in sorted(found)]


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


def run_audit(
    config: AuditConfig, progress: ProgressHook | None = None, standby: Aside | None = None
) -> AuditResult:
    """Run the whole pipeline on the configured sources; `progress(stage, done, total)` hears how far.
    The checks run aside in `standby`, a process made before the corpus is read (`engine.StandbyAside`;
    when None, one is made here, first). Part of the pairs is classified in another such process, made
    here before the corpus is read and ended as soon as the pairs are classified: kept on, it held what
    classifying left in its heap (about 240 MB at 100,000 generated documents, which the C library does
    not give back) beside the peaks of the run, the end of matching and the report."""
    if standby is None:
        with standby_aside(config.jobs) as made:
            return run_audit(config, progress, made)
    with ExitStack() as classifier:
        helper = classifier.enter_context(standby_aside(config.jobs))
        return _run_audit(config, progress, standby, helper, classifier.close)


def _run_audit(
    config: AuditConfig,
    progress: ProgressHook | None,
    standby: Aside,
    helper: Aside,
    classified: Callable[[], None],
) -> AuditResult:
    """`run_audit` with its processes: `helper` classifies part of the pairs, `classified` ends it (once
    they are classified; again at the end, which does nothing then)."""
    corpus = load_corpus(
        list(config.sources),
        stdin_text=config.stdin_text,
        config=config.readers,
        memo=config.cache,
        jobs=config.jobs,
    )
    with open_engine(config.engine, config.scheduler, config.jobs) as engine:
        extract_many = _with_progress(engine.extract_many, progress)
        # Each document's content hash, read by the claim store, the block store and the checks' cache.
        hashes = {d.doc_id: document_hash(d) for d in corpus.documents} if config.cache else {}
        contexts = None
        if config.cache is not None:
            stored = ClaimStore(config.cache).claims(corpus.documents, extract_many, hashes)
            claims, store, contexts = stored.claims, stored.stats, stored.matching_contexts
        else:
            # The values a stored table gives back (None for a missing value, never NaN), so that a run with
            # the store and one without read the same rows: pandas 3 infers NaN-backed string columns,
            # and NaN is true where None is false (`row[DIRECTION] or ...`).
            claims = restore_types(
                claims_frame([c for found in extract_many(corpus.documents) for c in found])
            )
            store = StoreStats(extracted=len(corpus.documents))
        if progress is not None:
            progress("match", 0, 1)
        published = {d.doc_id: d.published for d in corpus.documents}
        outlets = {d.doc_id: d.outlet or d.source for d in corpus.documents}
        reuse = None
        if config.cache is not None:
            blocks = BlockStore(config.cache).load()
            reuse = Reuse(claim_digests(claims, hashes), blocks, FindingStore(config.cache), hashes)
        # What reads no pair of claims runs aside while they are matched.
        checking = _start_arithmetic(
            claims, corpus.documents, config.cache, hashes, standby, reuse.digests if reuse else None
        )
        reusing = _start_reuse(corpus.documents, engine.aside) if config.text_reuse else None
        dated = {d.doc_id for d in corpus.documents if d.published_source in DATED_SOURCES}
        found = find_findings(
            claims, engine.scorer, published, outlets, reuse, dated, contexts, helper, classified
        )
        # The stored block records (a row and its strings per stored pair) and the new ones go as soon as
        # they are read and saved, before the checks come back and the findings are gathered.
        reuse = None
        if config.cache is not None and found.records is not None:
            BlockStore(config.cache).save(found.records)
        if config.cache is not None and found.units is not None:
            FindingStore(config.cache).save(found.units)
        findings, pairs, stats = found.findings, found.pairs, found.stats
        store = replace(store, reused_blocks=found.reused_blocks, scored_blocks=found.scored_blocks)
        if found.units is not None:
            reused_units = int((found.units.reused >= 0).sum())
            found_units = len(found.units.reused) - reused_units
            store = replace(store, reused_units=reused_units, found_units=found_units)
        del found
        checks = checking().checks
        text_reuse = reusing() if reusing is not None else None
    if any(f.kind == "time_series" for f in findings):
        rows = _derived_inputs(claims.reset_index(drop=True), findings)
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
        reuse=text_reuse,
    )


def _start_arithmetic(
    claims: pd.DataFrame,
    documents: Sequence[Document],
    cache: Path | None,
    hashes: Mapping[str, str],
    aside: Aside,
    digests: np.ndarray | None = None,
) -> Callable[[], ArithmeticResult]:
    """Start the arithmetic and date checks, aside while the claims are matched (`aside_for`); the
    function returned waits for them. With a store, the checks of unchanged documents (by content hash)
    come from it. A document whose fraction was checked against another document's count
    (`_matched_part`) depends on more than its own content: it is stored under its content hash and the
    digest of the counts it could read (`_counts_key`, from the claim `digests`), valid until a count
    that states a period is added, edited or removed anywhere.

    `aside` is best a process made before the claims were (`engine.StandbyAside`): the documents and
    their claims are sent to it a batch at a time (`engine.Streamed`), and it holds one batch. Forked
    at the start of matching instead, it shared the audit's heap of then, and kept a copy of each page
    the audit wrote to while it matched: at 100,000 generated documents it held 1,488 MB (PSS) at the
    peak of matching, beside the audit's 2,676 MB."""
    if cache is None:
        every = aside_for(aside, len(documents))(
            checks_of_batches, Streamed(document_batches(claims, documents)), dated_count_claims(claims)
        )
        return lambda: ordered_checks(c for d in documents for c in every.result().checks[d.doc_id])
    store = CheckStore(cache)
    stored = store.load()
    counts = _counts_key(claims, digests) if digests is not None else None
    # Where each document's checks are in the store: under its hash, or as a reader of other documents'
    # counts under its hash and the counts' digest (None: not stored, checked now).
    found_as: dict[str, str | None] = {}
    for document in documents:
        key: str | None = hashes[document.doc_id]
        if key not in stored:
            key = f"{key}|{counts}" if counts is not None and f"{key}|{counts}" in stored else None
        found_as[document.doc_id] = key
    todo = [d for d in documents if found_as[d.doc_id] is None]
    where = aside_for(aside, len(todo))
    # The whole table, not the rows of `todo`: a copy of them (all of a first audit) stayed here, at the
    # peak of matching, until the checks came back; the batches are taken from it as they are read.
    running = (
        where(checks_of_batches, Streamed(document_batches(claims, todo)), dated_count_claims(claims))
        if todo
        else None
    )

    def finish() -> ArithmeticResult:
        made = running.result() if running is not None else None
        fresh = made.checks if made else {}
        readers = made.read_others if made else frozenset()
        by_doc: dict[str, list[Check]] = {}
        keep: dict[str, list[Check]] = {}
        for document in documents:
            doc_id = document.doc_id
            key = found_as[doc_id]
            if key is None:
                key = hashes[doc_id] if doc_id not in readers else f"{hashes[doc_id]}|{counts}"
                by_doc[doc_id] = fresh[doc_id]
                # Without claim digests, a reader's checks cannot be keyed: checked on every run.
                if doc_id in readers and counts is None:
                    continue
            else:
                by_doc[doc_id] = stored[key]
            keep[key] = by_doc[doc_id]
        if keep.keys() != stored.keys():
            store.save(keep)
        return ordered_checks(c for d in documents for c in by_doc[d.doc_id])

    return finish


def _counts_key(claims: pd.DataFrame, digests: np.ndarray) -> str:
    """A digest of the counts that state a period, in table order, by their claims' digests: all that a
    fraction checked against another document's count reads of the other documents
    (`arithmetic.checks_by_document`)."""
    dated = claims[col.PERIOD_START].notna() | claims[col.PERIOD_TEXT].notna()
    chosen = ((claims[col.KIND] == "count") & dated).to_numpy(dtype=bool)
    return hashlib.blake2b(np.ascontiguousarray(digests[chosen]).tobytes(), digest_size=16).hexdigest()


def _start_reuse(documents: Sequence[Document], aside: Aside) -> Callable[[], KnownReuse | None]:
    """Start the text-reuse search of the report on these documents (aside, see `aside_for`); the function
    returned waits for it (None: the report's search depends on the findings, so it makes it itself)."""
    from factaudit.report.build import documents_reuse_search
    from factaudit.report.provenance import KnownReuse, find_reuse

    search = documents_reuse_search(documents)
    if search is None:
        return lambda: None
    running = aside_for(aside, len(documents))(find_reuse, search.documents, search.detailed)
    return lambda: KnownReuse(search.documents, search.detailed, running.result())


def _derived_inputs(claims: pd.DataFrame, findings: Sequence[Finding]) -> list[Row]:
    """The claims `check_derived_changes` reads, in table order: the percentages it checks and the
    members of the series it checks them against."""
    in_series = {i for f in findings if f.kind == "time_series" for i in f.claim_ids}
    wanted = (claims[col.KIND] == "percent") | claims[col.CLAIM_ID].isin(in_series)
    found = rows_of(claims, np.flatnonzero(wanted.to_numpy()).tolist())
    return [found[label] for label in sorted(found)]


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
