"""Bytes to text: strict UTF-8 first, then the configured legacy encodings confirmed by charset-normalizer."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from typing import Final

from factaudit.errors import InputError, UsageError

# How much of a file is looked at to tell text from binary: enough to see past a PDF/ZIP/PNG header.
BINARY_SNIFF_BYTES: Final = 8192
# Control characters (other than tab, line feed, form feed, carriage return) per character above which
# decoded "text" is binary data that happened to decode. The seeds and all 2,225 BBC articles have none;
# random bytes decoded as cp1252 have 9-11 % (200 samples of 2 KB), so 1 % separates them with room to spare.
MAX_CONTROL_SHARE: Final = 0.01
# The control characters a text file never holds: C0 but tab, line feed, form feed and carriage return;
# DEL and C1. One regex scan instead of a Python loop per character (the BBC CSV is 5 million characters).
_CONTROL: Final = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
UTF8: Final = "utf-8"
UTF8_BOM: Final = "utf-8-sig"


@dataclass(frozen=True)
class Decoded:
    """A file's text and the encoding it was read with (`utf-8-sig` when it opened with a BOM)."""

    text: str
    encoding: str


def canonical_encoding(name: str) -> str:
    """Python's name for an encoding ("latin-1" -> "iso8859-1"); an unknown name is a UsageError."""
    try:
        return codecs.lookup(name).name
    except LookupError as error:
        raise UsageError(f"unknown text encoding {name!r}") from error


def looks_binary(data: bytes) -> bool:
    """A NUL byte near the start: no text encoding we accept produces one."""
    return b"\x00" in data[:BINARY_SNIFF_BYTES]


def control_share(text: str) -> float:
    """The share of characters that are control characters a text file never holds."""
    if not text:
        return 0.0
    return sum(1 for _ in _CONTROL.finditer(text)) / len(text)


def decode(data: bytes, encodings: tuple[str, ...], *, path: str) -> Decoded:
    """Decode `data` as UTF-8 (BOM or not), else as the first of `encodings` charset-normalizer accepts.

    Raises InputError for binary data and for bytes that none of the encodings reads as text.
    """
    if looks_binary(data):
        raise InputError("is a binary file, not text", path=path)
    decoded = _utf8(data) or _legacy(data, encodings)
    if decoded is None:
        tried = ", ".join((UTF8, *encodings))
        raise InputError(f"is not text in any accepted encoding (tried {tried})", path=path)
    if control_share(decoded.text) > MAX_CONTROL_SHARE:
        raise InputError("is a binary file, not text (control characters)", path=path)
    return decoded


def _utf8(data: bytes) -> Decoded | None:
    encoding = UTF8_BOM if data.startswith(codecs.BOM_UTF8) else UTF8
    try:
        return Decoded(data.decode(encoding), encoding)
    except UnicodeDecodeError:
        return None


def _legacy(data: bytes, encodings: tuple[str, ...]) -> Decoded | None:
    """The first candidate that decodes strictly and that charset-normalizer finds plausible as text."""
    for name in encodings:
        encoding = canonical_encoding(name)
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        # Isolated to one code page, charset-normalizer returns no match when the decoded text is too
        # messy (mojibake, binary) to be that encoding. Imported here: UTF-8 files never need it.
        import charset_normalizer

        if charset_normalizer.from_bytes(data, cp_isolation=[encoding]).best() is not None:
            return Decoded(text, encoding)
    return None
