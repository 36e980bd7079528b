"""Text reuse between documents: which one rewrites which, the share of sentences taken, what changed."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt
from rapidfuzz import fuzz, process

from factaudit.report.diff import DiffToken, word_diff
from factaudit.sentences import split_sentences

# A sentence counts for reuse from this many words on: shorter lines are headlines, datelines and
# bylines, which match by accident ("Brussels, 8 July 2022").
REUSE_MIN_WORDS = 6
# fuzz.ratio of two normalised sentences at or above which one is a rewrite of the other. Calibrated on
# seeds/: across unrelated seed documents the best sentence match never exceeds 63; the sentences the
# article 000 takes from the press release 001 score 75 (a reworded clause) to 100.
REUSE_SENTENCE_MIN = 70.0
# A note is written when at least this many sentences, and this share of the copy's sentences, are
# reused: one shared quotation is not a rewrite. Seeds: 000 takes 16 of its 23 sentences from 001.
REUSE_MIN_SENTENCES = 3
REUSE_MIN_SHARE = 0.3
# Candidate pairs share this many word 5-grams; 5-grams found in more than SHINGLE_MAX_DOCS documents
# are boilerplate (bylines, "said in a statement that the") and say nothing about reuse.
SHINGLE_SIZE, SHINGLE_MIN_SHARED, SHINGLE_MAX_DOCS = 5, 4, 25
# At most this many reworded sentences are shown per note; the rest are counted.
MAX_REWORDED_SHOWN = 8
# Publication dates from these sources are trusted to order two documents; an inferred date is the
# latest date a text mentions, which an article rewriting an older press release can easily precede.
RELIABLE_DATE_SOURCES = frozenset({"front_matter", "text", "dateline"})
# Document kinds that originate text, and titles that announce one.
PRIMARY_KINDS = frozenset({"press_release", "statement", "report"})
_PRIMARY_TITLE = re.compile(r"\b(press release|communiqu[eé]|press statement)\b", re.IGNORECASE)
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class ReuseDocument:
    """Input: what reuse detection needs to know of one document."""

    doc_id: str = field(metadata={"help": "Document id."})
    text: str = field(metadata={"help": "Full text."})
    title: str = field(metadata={"help": "Title, used to recognise a press release."})
    kind: str | None = field(metadata={"help": "press_release, news, report, statement or None."})
    published: str | None = field(metadata={"help": "Publication date (ISO)."})
    published_source: str | None = field(metadata={"help": "Where that date came from."})


@dataclass(frozen=True)
class ReusedSentence:
    """A sentence of the copy taken from the origin with changes, and the word diff between them."""

    origin: str = field(metadata={"help": "The origin's sentence."})
    copy: str = field(metadata={"help": "The copy's sentence."})
    copy_start: int = field(metadata={"help": "Offset of the copy's sentence in the copy's text."})
    score: float = field(metadata={"help": "fuzz.ratio of the normalised sentences (100 = same words)."})
    tokens: tuple[DiffToken, ...] = field(metadata={"help": "Word diff from the origin to the copy."})


@dataclass(frozen=True)
class Reuse:
    """One document (the copy) reusing another's text (the origin)."""

    origin: str = field(metadata={"help": "Doc id of the document whose text is reused."})
    copy: str = field(metadata={"help": "Doc id of the document reusing it."})
    basis: str = field(metadata={"help": "Why this direction: the evidence used to tell origin from copy."})
    copy_sentences: int = field(metadata={"help": "Sentences of the copy that count for reuse."})
    origin_sentences: int = field(metadata={"help": "Sentences of the origin that count for reuse."})
    shared: int = field(metadata={"help": "Sentences of the copy taken from the origin."})
    identical: int = field(metadata={"help": "Of those, taken word for word."})
    reworded: tuple[ReusedSentence, ...] = field(
        metadata={"help": "Taken with changes, most changed first (at most MAX_REWORDED_SHOWN)."}
    )
    reworded_total: int = field(metadata={"help": "How many were taken with changes in all."})

    @property
    def share(self) -> float:
        """Share of the copy's sentences that come from the origin."""
        return self.shared / self.copy_sentences if self.copy_sentences else 0.0

    @property
    def added(self) -> int:
        """Sentences of the copy not found in the origin."""
        return self.copy_sentences - self.shared


@dataclass(frozen=True)
class _Prepared:
    doc: ReuseDocument
    starts: tuple[int, ...]
    originals: tuple[str, ...]
    normalised: tuple[str, ...]


def normalise(sentence: str) -> str:
    """Words only, case folded, single spaces: what two copies of a sentence have in common."""
    return " ".join(_WORD.findall(sentence.casefold()))


def _prepare(doc: ReuseDocument) -> _Prepared:
    normalised = [(s, normalise(s.text)) for s in split_sentences(doc.text)]
    kept = [(s, n) for s, n in normalised if n.count(" ") + 1 >= REUSE_MIN_WORDS]
    return _Prepared(
        doc=doc,
        starts=tuple(s.start for s, _ in kept),
        originals=tuple(s.text for s, _ in kept),
        normalised=tuple(n for _, n in kept),
    )


def candidate_pairs(prepared: Sequence[_Prepared]) -> list[tuple[int, int]]:
    """Pairs of document indexes sharing enough word 5-grams to be worth a sentence comparison."""
    hashes: list[npt.NDArray[np.int64]] = []
    for doc in prepared:
        words = " ".join(doc.normalised).split()
        # A 5-gram stands for its 64-bit hash: two different 5-grams taken for one would add a shared
        # 5-gram to a pair of documents, which then still has to pass `compare` on its sentences.
        grams = set(map(hash, zip(*(words[i:] for i in range(SHINGLE_SIZE)), strict=False)))
        hashes.append(np.fromiter(grams, dtype=np.int64, count=len(grams)))
    if not any(len(h) for h in hashes):
        return []
    # Postings as arrays: documents grouped by 5-gram (ascending within a group), then every pair of
    # documents of each informative group, counted. Counting pairs in a Python Counter took 8 s of the
    # BBC corpus's report; this is linear in the pairs with numpy's constant, 16 bytes a 5-gram.
    keys = np.concatenate(hashes)
    doc_of = np.repeat(np.arange(len(prepared), dtype=np.int64), [len(h) for h in hashes])
    del hashes
    order = np.argsort(keys, kind="stable")
    docs = doc_of[order]
    # The groups of equal keys, read off the sorted keys (np.unique would sort them once more).
    ordered = keys[order]
    starts = np.flatnonzero(np.concatenate(([True], ordered[1:] != ordered[:-1])))
    sizes = np.diff(np.append(starts, len(ordered)))
    found = [np.empty(0, dtype=np.int64)]
    for size in range(2, SHINGLE_MAX_DOCS + 1):
        groups = starts[sizes == size]
        if not len(groups):
            continue
        members = docs[groups[:, None] + np.arange(size)]
        first, second = np.triu_indices(size, 1)
        found.append((members[:, first] * len(prepared) + members[:, second]).ravel())
    pairs, counts = np.unique(np.concatenate(found), return_counts=True)
    kept = pairs[counts >= SHINGLE_MIN_SHARED]
    return [(int(code // len(prepared)), int(code % len(prepared))) for code in kept]


def _is_primary(doc: ReuseDocument) -> bool:
    return doc.kind in PRIMARY_KINDS or (doc.kind is None and bool(_PRIMARY_TITLE.search(doc.title)))


def _direction(
    a: _Prepared, b: _Prepared, a_share: float, b_share: float
) -> tuple[_Prepared, _Prepared, str]:
    """(origin, copy, basis) of a pair; a_share is the share of a's sentences found in b."""
    if _is_primary(a.doc) != _is_primary(b.doc):
        origin, copy = (a, b) if _is_primary(a.doc) else (b, a)
        basis = (
            "the documents' kinds" if origin.doc.kind or copy.doc.kind else "the title names a press release"
        )
        return origin, copy, basis
    dated = {a.doc.published_source, b.doc.published_source} <= RELIABLE_DATE_SOURCES
    if dated and a.doc.published and b.doc.published and a.doc.published != b.doc.published:
        return (
            (a, b, "the publication dates")
            if a.doc.published < b.doc.published
            else (b, a, "the publication dates")
        )
    # Without other evidence, the document made mostly of the other's sentences is the copy.
    return (b, a, "the share of text reused") if a_share >= b_share else (a, b, "the share of text reused")


def compare(a: _Prepared, b: _Prepared, diffs: bool = True) -> Reuse | None:
    """The reuse between two documents, or None when they share too little; without diffs, the reworded
    sentences are only counted."""
    if not a.normalised or not b.normalised:
        return None
    scores = process.cdist(a.normalised, b.normalised, scorer=fuzz.ratio, dtype="float32")
    a_best, b_best = scores.max(axis=1), scores.max(axis=0)
    a_share = float((a_best >= REUSE_SENTENCE_MIN).mean())
    b_share = float((b_best >= REUSE_SENTENCE_MIN).mean())
    origin, copy, basis = _direction(a, b, a_share, b_share)
    matrix = scores if copy is a else scores.T
    best_origin = matrix.argmax(axis=1)
    pairs = [
        (i, int(best_origin[i]), float(matrix[i, best_origin[i]]))
        for i in range(len(copy.normalised))
        if matrix[i, best_origin[i]] >= REUSE_SENTENCE_MIN
    ]
    if len(pairs) < REUSE_MIN_SENTENCES or len(pairs) / len(copy.normalised) < REUSE_MIN_SHARE:
        return None
    changed = [(i, j, score) for i, j, score in pairs if copy.normalised[i] != origin.normalised[j]]
    changed.sort(key=lambda item: (item[2], item[0]))
    return Reuse(
        origin=origin.doc.doc_id,
        copy=copy.doc.doc_id,
        basis=basis,
        copy_sentences=len(copy.normalised),
        origin_sentences=len(origin.normalised),
        shared=len(pairs),
        identical=len(pairs) - len(changed),
        reworded=tuple(
            ReusedSentence(
                origin=origin.originals[j],
                copy=copy.originals[i],
                copy_start=copy.starts[i],
                score=round(score, 1),
                tokens=word_diff(origin.originals[j], copy.originals[i]),
            )
            for i, j, score in (changed[:MAX_REWORDED_SHOWN] if diffs else ())
        ),
        reworded_total=len(changed),
    )


def find_reuse(documents: Sequence[ReuseDocument], detailed: int | None = None) -> tuple[Reuse, ...]:
    """Every pair of documents where one reuses the other's text, largest share first. With `detailed`,
    only that many notes, the first, carry the word diffs of their reworded sentences."""
    prepared = [_prepare(d) for d in documents]
    found = [
        (compare(prepared[i], prepared[j], detailed is None), i, j) for i, j in candidate_pairs(prepared)
    ]
    notes = sorted(
        ((note, i, j) for note, i, j in found if note is not None),
        key=lambda item: (-item[0].share, -item[0].shared, item[0].copy, item[0].origin),
    )
    if detailed is None:
        return tuple(note for note, _, _ in notes)
    return tuple(
        (compare(prepared[i], prepared[j]) or note) if rank < detailed else note
        for rank, (note, i, j) in enumerate(notes)
    )


# Looks for text reuse among documents, word-diffing the reworded sentences of the first `detailed`
# notes (all when None): `find_reuse` itself, or `KnownReuse`.
ReuseFinder = Callable[[Sequence[ReuseDocument], int | None], tuple[Reuse, ...]]


@dataclass(frozen=True)
class KnownReuse:
    """A ReuseFinder that knows what `find_reuse` found for one search (made earlier, aside); any other
    search is made when asked."""

    documents: tuple[ReuseDocument, ...] = field(metadata={"help": "The documents searched, in order."})
    detailed: int | None = field(metadata={"help": "How many notes were word-diffed (None: all)."})
    notes: tuple[Reuse, ...] = field(metadata={"help": "What `find_reuse` found among them."})

    def __call__(self, documents: Sequence[ReuseDocument], detailed: int | None) -> tuple[Reuse, ...]:
        if detailed == self.detailed and tuple(documents) == self.documents:
            return self.notes
        return find_reuse(documents, detailed)


@dataclass(frozen=True)
class AsideReuse:
    """A ReuseFinder that `build_context` starts early: `find_reuse` runs through `aside` (a process
    beside the report's, see engine.aside_processes) while the rest of the report is built."""

    aside: Callable[..., Future[tuple[Reuse, ...]]] = field(
        metadata={"help": "Starts `find_reuse(documents, detailed)` and gives its Future."}
    )

    def __call__(self, documents: Sequence[ReuseDocument], detailed: int | None) -> tuple[Reuse, ...]:
        return self.start(documents, detailed)()

    def start(
        self, documents: Sequence[ReuseDocument], detailed: int | None
    ) -> Callable[[], tuple[Reuse, ...]]:
        return self.aside(find_reuse, tuple(documents), detailed).result


def start_reuse(
    find: ReuseFinder, documents: Sequence[ReuseDocument], detailed: int | None
) -> Callable[[], tuple[Reuse, ...]]:
    """Start a reuse search; the function returned gives what it found. Only an `AsideReuse` starts at
    once; any other finder runs when its result is asked for."""
    if isinstance(find, AsideReuse):
        return find.start(documents, detailed)
    return lambda: find(documents, detailed)


def reuse_by_document(notes: Sequence[Reuse]) -> Mapping[str, tuple[Reuse, ...]]:
    """The notes each document takes part in, as origin or as copy."""
    by_doc: dict[str, list[Reuse]] = {}
    for note in notes:
        by_doc.setdefault(note.origin, []).append(note)
        by_doc.setdefault(note.copy, []).append(note)
    return {doc_id: tuple(found) for doc_id, found in by_doc.items()}
