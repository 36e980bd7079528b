"""Word-level differences between two wordings, as tokens the templates escape one by one."""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

# A word (with inner apostrophes, hyphens, digit separators) or a symbol, with the spaces after it;
# leading spaces form a token of their own. Spaces ride along so that they never match on their own.
_TOKEN = re.compile(r"(?:\w+(?:['’.,-]\w+)*|[^\w\s]|^)\s*")

DiffOp = Literal["equal", "delete", "insert"]


@dataclass(frozen=True)
class DiffToken:
    """One token of a word diff: kept, only in the first wording, or only in the second."""

    text: str = field(metadata={"help": "The token as written (a word, a symbol or a run of spaces)."})
    op: DiffOp = field(
        metadata={"help": "'equal' in both, 'delete' only in the first, 'insert' only in the second."}
    )


def tokenize(text: str) -> list[str]:
    """Words and symbols with their trailing spaces; joined back they give the text unchanged."""
    return [token for token in _TOKEN.findall(text) if token]


def _fold(token: str) -> str:
    # Spacing and case never count as a change of wording.
    return token.rstrip().casefold()


def word_diff(first: str, second: str) -> tuple[DiffToken, ...]:
    """The tokens of both texts in reading order, each marked kept, deleted or inserted."""
    a, b = tokenize(first), tokenize(second)
    matcher = difflib.SequenceMatcher(None, [_fold(t) for t in a], [_fold(t) for t in b], autojunk=False)
    tokens: list[DiffToken] = []
    for op, a0, a1, b0, b1 in matcher.get_opcodes():
        if op == "equal":
            tokens.extend(DiffToken(t, "equal") for t in b[b0:b1])
            continue
        tokens.extend(DiffToken(t, "delete") for t in a[a0:a1])
        tokens.extend(DiffToken(t, "insert") for t in b[b0:b1])
    return _merge(tokens)


def _split_spaces(tokens: Sequence[DiffToken]) -> list[DiffToken]:
    """A change's trailing spaces split into a token of their own, which templates leave unmarked."""
    out: list[DiffToken] = []
    for token in tokens:
        word = token.text.rstrip()
        if token.op == "equal" or word == token.text or not word:
            out.append(token)
        else:
            out += [DiffToken(word, token.op), DiffToken(token.text[len(word) :], token.op)]
    return out


def _merge(tokens: Sequence[DiffToken]) -> tuple[DiffToken, ...]:
    """Adjacent tokens of one kind joined into runs, a change's trailing spaces apart."""
    return tuple(_split_spaces(_join(tokens)))


def _join(tokens: Sequence[DiffToken]) -> list[DiffToken]:
    """Adjacent tokens of one kind joined into one run."""
    joined: list[DiffToken] = []
    for token in tokens:
        if joined and joined[-1].op == token.op:
            joined[-1] = DiffToken(joined[-1].text + token.text, token.op)
        else:
            joined.append(token)
    return joined


def shared_share(tokens: Sequence[DiffToken]) -> float:
    """Share of the words of both texts that the diff keeps (1 = same wording, 0 = nothing in common)."""
    kept = sum(len(t.text.split()) for t in tokens if t.op == "equal")
    changed = sum(len(t.text.split()) for t in tokens if t.op != "equal")
    return 2 * kept / (2 * kept + changed) if kept or changed else 1.0
