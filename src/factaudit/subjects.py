"""What a number counts and who did it, read from the words around it in its sentence."""

from __future__ import annotations

import re
from typing import Final

from factaudit.lexicon import (
    ACTOR_STOPWORDS,
    CURRENCY_WORDS,
    IRREGULAR_VERBS,
    MEASURE_UNITS,
    SUBJECT_STOPWORDS,
)

# A subject noun phrase rarely runs past this many words in news copy ("criminal trafficking networks",
# "Europe-bound irregular migrants"); longer runs were, in the BBC sample, the next clause.
MAX_SUBJECT_WORDS: Final = 4
# Words of context kept on each side of a claim for matching paraphrases.
CONTEXT_WORDS_BEFORE: Final = 10
CONTEXT_WORDS_AFTER: Final = 8

# Digits keep a glued suffix ("110m", "4x100m") so that it is never read as a word.
# Words that name the unit of a figure, not what it measures ("85 years", "200,000 yuan", "39 cents").
_UNIT_WORDS: Final = frozenset(MEASURE_UNITS) | frozenset(CURRENCY_WORDS) | {"cents", "cent", "pence", "p"}
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d[\d,.]*[A-Za-z]*|[^\sA-Za-z\d]")
# Time words end a subject: "22 on Thursday", "33 next month" count no "Thursday" or "month".
_TIME_WORDS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april june july
    august september october november december today yesterday tomorrow tonight next last earlier later
    ago""".split()
)
_ANAPHORA = frozenset({"them", "these", "those", "it", "this", "that", "which", "whom"})
_PLACE_PREPOSITIONS = frozenset("to for on at by from into with".split())
_AUXILIARIES = frozenset("is are was were be been being has have had will would".split())
# Words that never name what a number counts: currency words ("35m euros"), adverbs, hedges.
_NOT_SUBJECT = frozenset("""euros euro dollars pounds pound yen yuan now currently average""".split())
_VERB_ENDINGS = ("ed",)
# -ed words that are adjectives in subject position ("armed groups", "registered voters").
_ED_ADJECTIVES = frozenset(
    """armed detained registered unaccompanied undocumented displaced injured wounded reported recorded
    estimated unemployed qualified licensed listed skilled talented advanced limited united based
    organised organized coordinated related suspected alleged accused disabled elected""".split()
)
_ACTOR_TAIL_NOUNS = frozenset(
    """police authorities government ministry navy army forces officials security services guard
    coastguard court council commission agency""".split()
)
_ACCORDING = re.compile(
    r"\baccording\s+to\s+(?:the\s+)?((?:[A-Z][\w'’.-]*)(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’.-]*)*)"
)
_CAPITALISED_RUN = re.compile(
    r"[A-Z][\w’'.-]*(?:\s+(?:of\s+(?:the\s+)?|de\s+|al\s+)?[A-Z][\w’'.-]*)*(?:\s+[a-z]+)?"
)


def _is_verb_like(word: str) -> bool:
    lowered = word.lower()
    if lowered in IRREGULAR_VERBS:
        return True
    return lowered.endswith(_VERB_ENDINGS) and lowered not in _ED_ADJECTIVES and len(lowered) > 4


def subject_after(sentence: str, offset: int) -> str:
    """The noun phrase that follows a number ("26,000 irregular departures" -> "irregular departures")."""
    tokens = _TOKEN.findall(sentence[offset : offset + 200])
    position = 0
    # "thousands of migrants", "1,664 of these repatriations": skip "of" (and a determiner).
    if len(tokens) > 1 and tokens[0].lower() == "of":
        position = 1
        if tokens[1].lower() in ("the", "these", "those", "their", "its", "all") and len(tokens) > 2:
            position = 2
        elif tokens[1].lower() in _ANAPHORA:
            return str(tokens[1]).lower()
    while position < len(tokens) and tokens[position] == "-":
        position += 1  # "19-year-old": the subject is "year-old"
    words: list[str] = []
    for token in tokens[position:]:
        lowered = token.lower()
        if lowered in _TIME_WORDS or (not words and lowered in _NOT_SUBJECT):
            break
        if not token[0].isalpha() and token not in ("-",):
            break
        if lowered in SUBJECT_STOPWORDS or (words and _is_verb_like(token)):
            break
        if not words and _is_verb_like(token):
            break
        words.append(token)
        if len(words) >= MAX_SUBJECT_WORDS:
            break
    return " ".join(words).strip("-")


def subject_around(sentence: str, start: int, end: int) -> str:
    """The subject after the number, else the phrase after its verb ("$175 million has been gained from
    human trafficking activities"), else the phrase before it ("unemployment rose to 5%")."""
    after = subject_after(sentence, end)
    if (
        after
        and all(word.lower() in _UNIT_WORDS for word in after.split())
        and _OF_BEFORE.search(sentence, 0, start)
    ):
        # "a sentence of 85 years", "a fine of up to 200,000 yuan": the unit is not what is measured.
        return _subject_before(sentence, start) or after
    if after:
        return after
    if _PERCENT_END.search(sentence, max(0, end - 8), end):
        return _subject_before(sentence, start)  # "inflation, which is currently 1.6%"
    tokens = _TOKEN.findall(sentence[end : end + 200])
    skipped = 0
    verbs = 0
    for index, token in enumerate(tokens):
        lowered = token.lower()
        if lowered in (",", ";", ":"):
            following = tokens[index + 1].lower() if index + 1 < len(tokens) else ""
            if following not in _POSSESSIVES:
                break  # "rose to 5, police said": the next clause says who spoke, not what was counted
            skipped += 1  # "$43.25, its lowest close": an apposition describes the figure
            continue
        if lowered in SUBJECT_STOPWORDS or _is_verb_like(token):
            skipped += 1
            verbs += lowered in _AUXILIARIES or _is_verb_like(token)
            continue
        if not token[0].isalpha():
            break
        if skipped and not (tokens[0].lower() in _PLACE_PREPOSITIONS and not verbs):
            # "$175 million has been gained from X", "20 other world leaders", "Twenty of his films";
            # but "$600,000 to Norfolk High School" names where the money went, not what it is.
            rest = sentence[end:]
            position = _nth_token_offset(rest, index)
            candidate = subject_after(" " + rest[position:], 0)
            if candidate:
                return candidate
        break
    return _subject_before(sentence, start)


_PERCENT_END = re.compile(r"(?:%|per\s?cent|percent)$")


def _subject_before(sentence: str, start: int) -> str:
    """The noun phrase before a number ("unemployment rose to 5%" -> "unemployment")."""
    before = _TOKEN.findall(sentence[max(0, start - 120) : start])
    words: list[str] = []
    hops = 0
    verb = False
    for index in range(len(before) - 1, -1, -1):
        token = before[index]
        lowered = token.lower()
        if words and verb and hops < MAX_HOPS and _modifies(before, index):
            # "the death toll from the fire in Lyon rose to 18": what moved is the toll, not Lyon.
            words, hops = [], hops + 1
            continue
        if not token[0].isalpha():
            if words:
                break
            continue
        if not words and lowered in _MOVES:
            verb = True  # "<what> rose to <figure>": the phrase before the verb is what the figure measures
        if (
            lowered in SUBJECT_STOPWORDS
            or _is_verb_like(token)
            or lowered in _MOVES
            or lowered in _NOT_SUBJECT
            or (lowered.endswith("ly") and len(lowered) > 4)  # "a seasonally adjusted 0.5%"
        ):
            if words:
                break
            continue
        words.insert(0, token)
        if len(words) >= MAX_SUBJECT_WORDS:
            break
    return " ".join(words)


_MOVES: Final = frozenset(
    """rose risen fell fallen grew hit reached stood totalled totaled climbed jumped dropped slipped
    increased decreased declined gained lost doubled halved""".split()
)
# Prepositional phrases skipped between a moving figure and what moved, at most this many of them.
MAX_HOPS: Final = 2
_MODIFYING_PREPOSITIONS: Final = frozenset({"from", "in", "of", "at", "on"})
# "... of [up to|more than|some] <number>": the noun before "of" is what the figure measures.
_OF_BEFORE = re.compile(
    r"\b[a-z]+\s+of\s+(?:(?:up to|more than|less than|about|around|some|nearly|almost|over)\s+)?\S*$"
)
# After a comma, a possessive opens an apposition about the figure ("$43.25, its lowest close"); any
# other word opens the next clause ("18, a neighbour told reporters").
_POSSESSIVES: Final = frozenset({"its", "their", "his", "her"})
_DETERMINERS: Final = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "their"})


def _modifies(tokens: list[str], index: int) -> bool:
    """tokens[index] (with an optional determiner) is a preposition that attaches the words collected
    after it to a noun before it ("toll | from the | fire")."""
    position = index
    if tokens[position].lower() in _DETERMINERS and position > 0:
        position -= 1
    return (
        tokens[position].lower() in _MODIFYING_PREPOSITIONS
        and position > 0
        and tokens[position - 1][0].isalpha()
        and tokens[position - 1].lower() not in SUBJECT_STOPWORDS
        and not _is_verb_like(tokens[position - 1])
    )


def _nth_token_offset(text: str, index: int) -> int:
    for count, match in enumerate(_TOKEN.finditer(text)):
        if count == index:
            return match.start()
    return len(text)


def actor_of(sentence: str, start: int) -> str | None:
    """Who did what the number counts: an 'according to X' source, else the nearest name before it."""
    according = _ACCORDING.search(sentence)
    if according:
        return according.group(1).strip()
    best: str | None = None
    for match in _CAPITALISED_RUN.finditer(sentence, 0, start):
        phrase = match.group(0)
        words = phrase.split()
        if words[-1].islower() and words[-1] not in _ACTOR_TAIL_NOUNS:
            words = words[:-1]
        while words and words[0].lower() in ACTOR_STOPWORDS:
            words = words[1:]
        if words:
            best = " ".join(words).rstrip(".,’'")
    if best is None:
        return None
    return re.sub(r"[’']s$", "", best) or None


def context_words(sentence: str, start: int, end: int) -> str:
    """Lower-cased words on both sides of a claim, digits dropped: the text paraphrase matching reads."""
    before = [t.lower() for t in _TOKEN.findall(sentence[:start]) if t[0].isalpha()][-CONTEXT_WORDS_BEFORE:]
    after = [t.lower() for t in _TOKEN.findall(sentence[end:]) if t[0].isalpha()][:CONTEXT_WORDS_AFTER]
    return " ".join(before + after)
