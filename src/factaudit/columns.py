"""Column names of the tables that grow with the corpus (claims, candidate pairs), defined once."""

from __future__ import annotations

from typing import Final

# The claims table: the `factaudit/audit/1` claim fields in their public order, then our extensions.
CLAIM_ID: Final = "claim_id"
DOC_ID: Final = "doc_id"
START: Final = "start"
END: Final = "end"
TEXT: Final = "text"
SENTENCE: Final = "sentence"
VALUE: Final = "value"
LOW: Final = "low"
HIGH: Final = "high"
QUALIFIER: Final = "qualifier"
KIND: Final = "kind"
UNIT: Final = "unit"
SUBJECT: Final = "subject"
ACTOR: Final = "actor"
PERIOD_START: Final = "period_start"
PERIOD_END: Final = "period_end"
PERIOD_TEXT: Final = "period_text"
# Extensions (allowed by the schema: new fields, never renamed ones).
SENTENCE_START: Final = "sentence_start"
SENTENCE_END: Final = "sentence_end"
PERIOD_RELATION: Final = "period_relation"
DIRECTION: Final = "direction"
CMP_LOW: Final = "cmp_low"
CMP_HIGH: Final = "cmp_high"
CONTEXT: Final = "context"
ENTITIES: Final = "entities"
ABOUT: Final = "about"
PAGE: Final = "page"  # the PDF page a claim stands on (null for other formats)

CLAIM_COLUMNS: Final[tuple[str, ...]] = (
    CLAIM_ID,
    DOC_ID,
    START,
    END,
    TEXT,
    SENTENCE,
    VALUE,
    LOW,
    HIGH,
    QUALIFIER,
    KIND,
    UNIT,
    SUBJECT,
    ACTOR,
    PERIOD_START,
    PERIOD_END,
    PERIOD_TEXT,
    SENTENCE_START,
    SENTENCE_END,
    PERIOD_RELATION,
    DIRECTION,
    CMP_LOW,
    CMP_HIGH,
    CONTEXT,
    ENTITIES,
    ABOUT,
    PAGE,
)
# The claim fields that hold a number with a fraction (or null): a float column of the claims table.
FLOAT_COLUMNS: Final = frozenset({VALUE, LOW, HIGH, CMP_LOW, CMP_HIGH})

# The candidate-pairs table built by matching.
LEFT: Final = "left"
RIGHT: Final = "right"
SUBJECT_SCORE: Final = "subject_score"
CONTEXT_SCORE: Final = "context_score"
SENTENCE_SCORE: Final = "sentence_score"
SCORE: Final = "score"

PAIR_COLUMNS: Final[tuple[str, ...]] = (LEFT, RIGHT, SUBJECT_SCORE, CONTEXT_SCORE, SENTENCE_SCORE, SCORE)
