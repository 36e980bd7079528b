"""Front matter of text files; Markdown markup blanked so the extractor reads prose, offsets intact."""

from __future__ import annotations

import re
from typing import Any, Final

import yaml

from factaudit.errors import InputError

# libyaml's safe loader when PyYAML was built with it (ten times faster on a corpus of front-matter
# files: reading 20,000 generated documents spent half its time in pure-Python YAML), else PyYAML's own.
_SAFE_LOADER: Final = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_FRONT_MATTER: Final = re.compile(
    r"\A(?:\ufeff)?---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.DOTALL
)

# Markup blanked whole: what it says is not prose (code, images, link targets, HTML, tables' rules). Each
# pattern comes with a text it cannot match without (None: no such text), so prose without any markup
# skips it: on 20,000 generated Markdown articles the patterns scanning every position (emphasis, closing
# hashes) took most of the reading time.
_BLANK_WHOLE: Final[tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]] = (
    (re.compile(r"^[ \t]*(```|~~~).*?^[ \t]*\1[^\n]*$", re.MULTILINE | re.DOTALL), ("```", "~~~")),  # code
    (re.compile(r"<!--.*?-->", re.DOTALL), ("<!--",)),  # HTML comments
    (re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)"), ("![",)),  # images
    (re.compile(r"^[ \t]{0,3}\[[^\]\n]+\]:[^\n]*$", re.MULTILINE), ("]:",)),  # reference link definitions
    (re.compile(r"<(?:https?|mailto|ftp):[^>\s]*>"), ("<",)),  # autolinks
    (re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>"), ("<",)),  # HTML tags
    (
        re.compile(r"^[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*:?-{0,}:?[ \t]*$", re.MULTILINE),
        ("|",),
    ),  # table rules
    (re.compile(r"^[ \t]*([-*_])(?:[ \t]*\1){2,}[ \t]*$", re.MULTILINE), ("-", "*", "_")),  # horizontal rules
    (re.compile(r"^[ \t]*(?:=+|-+)[ \t]*$", re.MULTILINE), ("=", "-")),  # setext heading underlines
)
# Markup blanked in part: the delimiters go, the words they wrap stay where they are.
_BLANK_GROUPS: Final[tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]] = (
    # A line's lead: headings, block quotes, bullets and list numbers ("1." would read as a count).
    (
        re.compile(
            # (the lookahead skips lines that open with a word: nothing to blank there but a tab)
            r"^(?=[ \t]*[->*+#\d]|[ ]*\t)"
            r"((?:[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])))*[ \t]*(?:#{1,6}(?=[ \t]|$))?)",
            re.MULTILINE,
        ),
        (">", "-", "*", "+", ".", ")", "#", "\t"),
    ),
    (re.compile(r"[ \t]+(#+)[ \t]*$", re.MULTILINE), ("#",)),  # closing hashes of a heading
    (re.compile(r"(\[)[^\]\n]*(\]\([^)\n]*\))"), ("](",)),  # inline links: [words](target)
    (re.compile(r"(\[)[^\]\n]*(\]\[[^\]\n]*\])"), ("][",)),  # reference links: [words][id]
    (re.compile(r"(?<![\w*])(\*{1,3}|_{1,3})(?=\S)"), ("*", "_")),  # opening emphasis
    (re.compile(r"(?<=\S)(\*{1,3}|_{1,3})(?![\w*])"), ("*", "_")),  # closing emphasis
    (re.compile(r"(`+)"), ("`",)),  # inline code delimiters
    (re.compile(r"(\\)[\\`*_{}\[\]()#+\-.!|]"), ("\\",)),  # backslash escapes
    (re.compile(r"(\|)"), ("|",)),  # table cell separators
)
_NOT_LINE_BREAK: Final = re.compile(r"[^\n]")


def split_front_matter(text: str, *, path: str) -> tuple[dict[str, Any], int]:
    """The YAML front matter a text opens with (as a mapping) and where the body after it begins."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, 0
    try:
        loaded = yaml.load(match.group(1), Loader=_SAFE_LOADER)  # a safe loader: no object tags
    except yaml.YAMLError as error:
        raise InputError(f"front matter is not valid YAML ({error.__class__.__name__})", path=path) from error
    if loaded is not None and not isinstance(loaded, dict):
        raise InputError("front matter must be a mapping of keys to values", path=path)
    return {str(key): value for key, value in (loaded or {}).items()}, match.end()


def clean_markdown(text: str, body_start: int = 0) -> str:
    """`text` with Markdown markup after `body_start` replaced by spaces: same length, same line breaks.

    Every character keeps its offset, so a claim found in the clean text points at the same words in the
    file. The front matter is left as it is (the extractor starts at `body_start`).
    """
    spans: list[tuple[int, int]] = []
    for pattern, needs in _BLANK_WHOLE:
        if _holds_any(text, needs):
            spans.extend(m.span() for m in pattern.finditer(text, body_start))
    current = _blanked(text, spans, body_start)
    for pattern, needs in _BLANK_GROUPS:
        # Each pattern sees what the previous ones left, so a blanked link target hides its underscores.
        if not _holds_any(current, needs):
            continue
        groups = range(1, (pattern.groups or 0) + 1)
        spans = [m.span(g) for m in pattern.finditer(current, body_start) for g in groups if m.start(g) >= 0]
        current = _blanked(current, spans, body_start)
    return current


def _holds_any(text: str, needs: tuple[str, ...]) -> bool:
    return any(need in text for need in needs)


def _blanked(text: str, spans: list[tuple[int, int]], body_start: int) -> str:
    """`text` with the characters of `spans` (clipped to start at `body_start`) but line breaks as spaces."""
    pieces: list[str] = []
    done = body_start
    for start, end in sorted(spans):
        start = max(start, done)
        if end <= start:
            continue
        pieces.append(text[done:start])
        gap = text[start:end]
        pieces.append(_NOT_LINE_BREAK.sub(" ", gap) if "\n" in gap else " " * len(gap))
        done = end
    if not pieces:
        return text
    pieces.append(text[done:])
    return text[:body_start] + "".join(pieces)
