"""Named things a claim is about (countries, firms, agencies), read from capitalised words and acronyms."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass
from typing import Final

from factaudit.lexicon import ACTOR_STOPWORDS

# How many of a document's most frequent names stand for what the whole document is about. Three covers
# the seeds (Morocco, Commission, Spain) and BBC business stories (firm, country, regulator); more let the
# ubiquitous names of a beat ("US", "UK") connect unrelated stories in the BBC sample.
DOCUMENT_ENTITIES: Final = 3

# A capitalised word ("Morocco", "McDonald"), an acronym ("EU", "NGOs") or a mixed one ("PayPal"). It opens
# on the capital itself, so that the scan skips from capital to capital (a third faster than opening on
# the look-behind); the look-behind then checks the character before that capital.
# A possessive is the name ("Okafor's majority", "Eastmoor's mayor").
_NAME = re.compile(
    r"[A-Z](?<![\w'’-].)(?:[a-z]+(?:[A-Z][a-z]+)*|[A-Z]{1,5}s?|[a-z]*[A-Z][\w&]*)(?=['’]s\b|(?![\w'’-]))"
)
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“(]\s*|\n\s*)$")
# The marks _SENTENCE_START lets stand before a sentence's white space (`str.isspace` is its `\s`).
_SENTENCE_MARKS: Final = frozenset('.!?:;"“(')
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


def _opens_sentence(text: str, start: int, floor: int = 0) -> bool:
    """Whether the word at text[start] opens a sentence that begins at `floor` (punctuation or a line
    break within three characters before it)."""
    if start == floor:
        return True
    if start - 2 >= floor and text[start - 1] == " ":
        before = text[start - 2]
        if not before.isspace() and before not in _SENTENCE_MARKS:
            return False  # "of Morocco": the pattern's white space must follow a mark or a line break
    return _SENTENCE_START.search(text, max(floor, start - 3), start) is not None


# Words that open sentences before a name without being part of it ("Across Serrano", "Unlike Norland").
_OPENING_WORDS: Final = frozenset(
    """across after against along amid among around before behind below beneath beside besides between
    beyond despite during except inside near outside over through throughout toward towards under unlike
    until upon via within without like every each all both many most some several other another no not
    only even just still yet so then thus hence indeed instead perhaps overall former dear welcome its her
    his our their my your now early late one two three four five six seven eight nine ten""".split()
)


def _followed_by_name(text: str, end: int) -> bool:
    """A name word follows the word ending at `end` after one space: "Norland Motors reported", "Corsena
    Ministry of the Interior". A sentence's first word then opens a name of several words (press releases
    open most sentences with their company's name and never write it mid-sentence) rather than being a
    capitalised common word ("These", "Besides")."""
    if text[end : end + 1] != " ":
        return False
    match = _NAME.match(text, end + 1)
    return match is not None and match.group(0).lower() not in _NOT_NAMES


def _opens_as_word(text: str, start: int, end: int, floor: int = 0) -> bool:
    """The word text[start:end] opens its sentence and is not the first word of a name of several."""
    return _opens_sentence(text, start, floor) and (
        text[start:end].lower() in _OPENING_WORDS or not _followed_by_name(text, end)
    )


def names(text: str, known: frozenset[str] = frozenset()) -> list[str]:
    """Capitalised names and acronyms in text order. A word that opens a sentence counts only when it is
    an acronym or `known` (seen capitalised mid-sentence elsewhere): "These" and "Besides" are not names."""
    found: list[str] = []
    for match in _NAME.finditer(text):
        word = match.group(0)
        if word.lower() in _NOT_NAMES:
            continue
        if not word.isupper() and word not in known and _opens_as_word(text, match.start(), match.end()):
            continue
        found.append(word)
    return found


@dataclass(frozen=True)
class DocumentNames:
    """The names of one document, found in one scan: its `known` words (capitalised mid-sentence), the
    names it mentions most (`about`) and, by offset, those of each of its sentences."""

    text: str
    starts: tuple[int, ...]  # where each candidate name starts, in text order
    words: tuple[str, ...]
    opens: tuple[bool, ...]  # whether it opens a sentence, read in the whole text
    known: frozenset[str]

    def about(self) -> frozenset[str]:
        """The names the document mentions most, as stems."""
        counts = Counter(
            _stem(word)
            for word, opens in zip(self.words, self.opens, strict=True)
            if not opens or word.isupper() or word in self.known
        )
        ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
        return frozenset(stem for stem, _ in ranked[:DOCUMENT_ENTITIES])

    def in_sentence(self, start: int, end: int) -> frozenset[str]:
        """The name stems of the sentence text[start:end]: what `names` finds in that sentence alone."""
        text = self.text
        if (start > 0 and not text[start - 1].isspace()) or (end < len(text) and not text[end].isspace()):
            # A sentence not bounded by white space: a name may run across its edge; read it alone.
            return frozenset(_stem(w) for w in names(text[start:end], self.known))
        stems: set[str] = set()
        for index in range(bisect.bisect_left(self.starts, start), len(self.starts)):
            at = self.starts[index]
            if at >= end:
                break
            word = self.words[index]
            # Within three characters of the sentence start, the sentence alone shows less before it.
            opens = self.opens[index] if at - start >= 3 else _opens_as_word(text, at, at + len(word), start)
            if word.isupper() or word in self.known or not opens:
                stems.add(_stem(word))
        return frozenset(stems)


def document_names(text: str) -> DocumentNames:
    """Scan a document's names once (see `DocumentNames`)."""
    starts: list[int] = []
    words: list[str] = []
    opens: list[bool] = []
    for match in _NAME.finditer(text):
        word = match.group(0)
        if word.lower() in _NOT_NAMES:
            continue
        starts.append(match.start())
        words.append(word)
        # An acronym is a name wherever it stands: only other words need to know.
        opens.append(not word.isupper() and _opens_as_word(text, match.start(), match.end()))
    known = frozenset(w for w, o in zip(words, opens, strict=True) if not o or w.isupper())
    return DocumentNames(text, tuple(starts), tuple(words), tuple(opens), known)
