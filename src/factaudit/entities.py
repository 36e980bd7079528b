"""Named things a claim is about (countries, firms, agencies), read from capitalised words and acronyms."""

from __future__ import annotations

import re
from collections import Counter
from typing import Final

from factaudit.lexicon import ACTOR_STOPWORDS

# How many of a document's most frequent names stand for what the whole document is about. Three covers
# the seeds (Morocco, Commission, Spain) and BBC business stories (firm, country, regulator); more let the
# ubiquitous names of a beat ("US", "UK") connect unrelated stories in the BBC sample.
DOCUMENT_ENTITIES: Final = 3

_NAME = re.compile(
    r"(?<![\w'’-])(?:[A-Z][a-z]+(?:[A-Z][a-z]+)*|[A-Z]{2,6}s?|[A-Z][a-z]*[A-Z][\w&]*)(?![\w'’-])"
)
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“(]\s*|\n\s*)$")
# Capitalised words that name no one: titles, honorifics and the words headlines capitalise.
_NOT_NAMES: Final = (
    frozenset(
        """mr mrs ms dr sir madam lord lady prof president minister ministers secretary chairman chief
    director spokesman spokeswoman spokesperson commissioner ambassador envoy official officials
    king queen prince read more about videos video photo said says new first last next one two three
    monday tuesday wednesday thursday friday saturday sunday bn m tn""".split()
    )
    | ACTOR_STOPWORDS
)


def _stem(word: str) -> str:
    """A name folded so that demonyms meet their country ("Moroccan" -> "moroc", "Morocco" -> "moroc")."""
    lowered = word.lower().rstrip("s") if word.isupper() else word.lower()
    return lowered[:5]


def names(text: str, known: frozenset[str] = frozenset()) -> list[str]:
    """Capitalised names and acronyms in text order. A word that opens a sentence counts only when it is
    an acronym or `known` (seen capitalised mid-sentence elsewhere): "These" and "Besides" are not names."""
    found: list[str] = []
    for match in _NAME.finditer(text):
        word = match.group(0)
        if word.lower() in _NOT_NAMES:
            continue
        opens = _SENTENCE_START.search(text, max(0, match.start() - 3), match.start())
        if opens and not word.isupper() and word not in known:
            continue
        found.append(word)
    return found


def known_names(text: str) -> frozenset[str]:
    """Words a document capitalises mid-sentence: the names its sentence-initial words are checked against."""
    return frozenset(names(text))


def sentence_entities(sentence: str, known: frozenset[str] = frozenset()) -> frozenset[str]:
    return frozenset(_stem(w) for w in names(sentence, known))


def document_entities(text: str, known: frozenset[str] = frozenset()) -> frozenset[str]:
    """The names a document mentions most, as stems."""
    counts = Counter(_stem(w) for w in names(text, known))
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return frozenset(stem for stem, _ in ranked[:DOCUMENT_ENTITIES])
