"""Canonical word forms for matching: case, plurals, spelling variants and paraphrase synonyms."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from typing import Final

from factaudit.lexicon import SUBJECT_STOPWORDS

_WORD = re.compile(r"[a-z][a-z'’-]*")
_POSSESSIVE = re.compile(r"['’]s$")
# British and American spellings that wire copy mixes ("legalisation", "combatting").
_SPELLING: Final = (
    (re.compile(r"is(e|ed|es|ing|ation|ations)$"), r"iz\1"),
    (re.compile(r"tt(ed|ing)$"), r"t\1"),
)


@lru_cache(maxsize=1)
def _synonyms() -> dict[str, str]:
    data = json.loads(resources.files("factaudit.data").joinpath("synonyms.json").read_text("utf-8"))
    table: dict[str, str] = {}
    for group in ("nouns", "verbs"):
        for words in data[group]:
            for word in words:
                table.setdefault(word, words[0])
    return table


@lru_cache(maxsize=65536)
def canonical_word(word: str) -> str:
    """One word in its matching form: synonyms first, then a light plural and spelling fold."""
    # A possessive is its word ("August's" is "august", as "Britain's" is "britain"): folding its "s" as
    # a plural left "august'", which matched no "August".
    lowered = _POSSESSIVE.sub("", word.lower()).strip("'’-")
    synonyms = _synonyms()
    if lowered in synonyms:
        return synonyms[lowered]
    for pattern, replacement in _SPELLING:
        lowered = pattern.sub(replacement, lowered)
    if len(lowered) > 4 and lowered.endswith("ies"):
        lowered = lowered[:-3] + "y"
    elif len(lowered) > 3 and lowered.endswith("s") and not lowered.endswith(("ss", "us", "is")):
        lowered = lowered[:-1]
    return synonyms.get(lowered, lowered)


def canonical_phrase(text: object) -> str:
    """Content words of a phrase in matching form, stop words dropped, order kept (missing -> "")."""
    if not isinstance(text, str) or not text:
        return ""
    words = [canonical_word(w) for w in _WORD.findall(text.lower()) if w not in SUBJECT_STOPWORDS]
    return " ".join(w for w in words if w)


def normalise_sentence(text: str) -> str:
    """A sentence with case and spacing folded: what fingerprints read, so reflowed lines keep them."""
    return " ".join(text.lower().split())
