"""Sentence boundaries with character offsets, for news prose with headlines and datelines."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from factaudit.frozen import frozen_from

# Abbreviations after which a full stop does not end a sentence ("Govt. Spokesman", "Mr. Laftit").
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof st govt gov sen rep gen col lt sgt capt cmdr adm jr sr inc ltd co corp
    no nos vs etc approx est dept univ jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k e.g i.e
    fig al ft mt rev hon""".split()
)

# A candidate end: terminal punctuation (with closing quotes/brackets) followed by space, or a line break.
# It opens on one character class, so that the scan skips to the next of them (three times faster than
# `[.!?]+["'”’)\]]*(?=\s)|\n\s*\n|\n`, which finds the same spans).
_END = re.compile(r"[.!?\n](?:(?<=[.!?])[.!?]*[\"'”’)\]]*(?=\s)|(?<=\n)\s*\n|(?<=\n))")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")


@dataclass(frozen=True)
class Sentence:
    """A sentence as a span of the document text; `start`/`end` exclude surrounding whitespace."""

    start: int
    end: int
    text: str


def _is_abbreviation(text: str, dot: int) -> bool:
    match = _WORD_BEFORE.search(text, max(0, dot - 12), dot)
    if not match:
        return False
    word = match.group(1).lower()
    # A single capital letter plus dot is an initial ("Ylva J. Johansson"), not an end.
    return word in _ABBREVIATIONS or (len(word) == 1 and text[dot - 1].isupper())


def _next_starts_lower(text: str, pos: int) -> bool:
    rest = text[pos : pos + 3].lstrip()
    return bool(rest) and rest[0].islower()


# A line that opens with a list marker or a Markdown heading stands alone, whatever its punctuation.
_LINE_MARKER = re.compile(r"[ \t]*(?:[-*•#>]|\d{1,2}[.)])[ \t]+\S")
_NEWLINE = re.compile(r"(?<!\n)\n")
_CLOSES_LINE = frozenset(".!?:")
_CLOSING_MARKS = frozenset("\"'”’)]")


def _soft_break(text: str, newline: int, start: int, end: int, width: int) -> bool:
    """A single line break inside a paragraph that only wraps the text: the line before does not close
    a sentence and neither line is a list item or heading. Hard-wrapped prose thus keeps its sentences
    (and the fingerprints read from them) whatever the line width."""
    line_start = text.rfind("\n", start, newline) + 1
    before = text[line_start:newline].rstrip()
    if not before or before[-1] in _CLOSES_LINE:
        return False
    if before[-1] in _CLOSING_MARKS and before.rstrip("\"'”’)]")[-1:] in _CLOSES_LINE:
        return False  # 'they said."' closes the line; '(SNIA)' mid-sentence does not
    if _LINE_MARKER.match(text, line_start) or _LINE_MARKER.match(text, newline + 1, end):
        return False
    # The filler's test: the next line's first word would not have fitted on this one (a short line in a
    # list ends where its item ends).
    following = text[newline + 1 : newline + 1 + width].split(None, 1)
    word = following[0] if following and text[newline + 1 : newline + 2].strip() else ""
    return bool(word) and newline - line_start + 1 + len(word) > width - WRAP_SLACK


# Text hard-wrapped at a fixed width (email 72, textwrap 70, typewriter-style copy 60-80) has no line
# longer than this; a document with longer lines keeps each paragraph on one line, and there a single line
# break ends a sentence (a headline before its first paragraph, a line added under it).
WRAPPED_LINE_MAX: Final = 100
# Text wrapped narrower than this is a list or a form, one item a line ("twenty-six thousand", "1.5
# million"): its line breaks are not wraps. Fixed-width prose is filled to 60-80 columns; the narrowest
# wrap in the test cases is 50.
WRAPPED_LINE_MIN: Final = 40
# Fillers may leave a column or two free (a trailing space counted, a hyphen kept); a break is a wrap when
# the next word would have overflowed the width less this many columns.
WRAP_SLACK: Final = 2


def wrap_width(text: str, start: int = 0, end: int | None = None) -> int:
    """The width text[start:end] is filled to (its longest line) when it is hard-wrapped, else 0: several
    lines, none longer than WRAPPED_LINE_MAX, the longest at least WRAPPED_LINE_MIN."""
    lines = text[start:end].split("\n")
    width = max(len(line) for line in lines)
    return width if len(lines) > 2 and WRAPPED_LINE_MIN <= width <= WRAPPED_LINE_MAX else 0


def unwrap(text: str, start: int = 0) -> str:
    """The text with the line breaks that only wrap a sentence read as spaces (same length, same offsets),
    so that every pattern sees "more than 26,000" however the lines were filled."""
    width = wrap_width(text, start)
    if not width:
        return text
    pieces: list[str] = []
    cursor = 0
    for match in _NEWLINE.finditer(text, start):
        newline = match.start()
        if text[newline + 1 : newline + 2] != "\n" and _soft_break(text, newline, start, len(text), width):
            pieces.append(text[cursor:newline])
            pieces.append(" ")
            cursor = newline + 1
    if not pieces:
        return text
    pieces.append(text[cursor:])
    return "".join(pieces)


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Sentence]:
    """Split text[start:end] into sentences. A blank line always ends one (headlines, datelines); a single
    line break ends one unless the text is hard-wrapped and the break only wraps a sentence."""
    end = len(text) if end is None else end
    width = wrap_width(text, start, end)
    sentences: list[Sentence] = []
    cursor = start
    for match in _END.finditer(text, start, end):
        found = match.group()
        if found[0] != "\n":
            if found == "." and _is_abbreviation(text, match.start()):
                continue
            if _next_starts_lower(text, match.end()):
                continue
            stop = match.end()
        else:
            if found == "\n" and width and _soft_break(text, match.start(), start, end, width):
                continue
            stop = match.start()
        _append(sentences, text, cursor, stop)
        cursor = match.end()
    _append(sentences, text, cursor, end)
    return sentences


def _append(sentences: list[Sentence], text: str, start: int, stop: int) -> None:
    piece = text[start:stop]
    stripped = piece.strip()  # `str.strip` drops what `str.isspace` calls white space
    if stripped:
        start += len(piece) - len(piece.lstrip())
        # Built without Sentence's __init__ (see frozen_from): one a sentence, 41,714 over the BBC corpus.
        sentences.append(
            frozen_from(Sentence, {"start": start, "end": start + len(stripped), "text": stripped})
        )
