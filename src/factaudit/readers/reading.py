"""What every reader shares: its options (`ReaderConfig`) and what it hands back (`Reading`)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Final

from factaudit.errors import UsageError
from factaudit.readers.text import canonical_encoding

# Legacy encodings tried, in order, on a file that is not UTF-8. cp1252 first: it is what Windows tools
# wrote in English-language newsrooms (the BBC corpus's one non-UTF-8 file is cp1252), and it reads curly
# quotes and dashes that latin-1 would turn into control characters. latin-1 decodes any byte: last resort.
DEFAULT_ENCODINGS: Final = ("cp1252", "latin-1")
# The largest source file read (bytes, and bytes unpacked for DOCX). The biggest real source we have, the
# whole BBC corpus as one CSV, is 5 MB; 64 MiB leaves room for long PDF reports and stops a runaway file.
DEFAULT_MAX_BYTES: Final = 64 * 1024 * 1024
# Seconds one PDF may take in the worker. pypdf reads 40 pages of dense text (175,000 characters) in 1.3 s
# here; a minute is generous for real documents and still ends a crafted one that loops.
DEFAULT_PDF_SECONDS: Final = 60.0
# Pages read from one PDF. Press releases run to a few pages, annual reports to a few hundred.
DEFAULT_PDF_PAGES: Final = 1000


@dataclass(frozen=True)
class ReaderConfig:
    """Options of the readers; `load_corpus(..., config=ReaderConfig(...))`."""

    encodings: tuple[str, ...] = DEFAULT_ENCODINGS
    max_bytes: int = DEFAULT_MAX_BYTES
    pdf_seconds: float = DEFAULT_PDF_SECONDS
    pdf_pages: int = DEFAULT_PDF_PAGES

    def __post_init__(self) -> None:
        for name in self.encodings:
            canonical_encoding(name)
        if self.max_bytes <= 0:
            raise UsageError(f"the size cap must be a positive number of bytes, not {self.max_bytes}")
        if self.pdf_seconds <= 0 or self.pdf_pages <= 0:
            raise UsageError("the PDF time and page caps must be positive")


@dataclass(frozen=True)
class Reading:
    """One document as a reader found it in a file, before ingest gives it an id and a date.

    `text` is what claim offsets point into; `extract_text`, when set, is the same text with markup
    blanked out (same length), which the extractor reads instead. `front_matter` holds the keys the file
    declared about itself (YAML front matter, or the columns of a CSV row); `published` is a date the format
    states outright (an HTML page's), `created` a weaker one used only when the text gives none (PDF and
    DOCX metadata). `pages` maps (page number, start, end) for PDFs.
    """

    text: str
    format: str
    name: str | None = None
    extract_text: str | None = None
    body_start: int = 0
    encoding: str | None = None
    front_matter: dict[str, Any] = field(default_factory=dict)
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: dt.date | None = None
    updated: dt.date | None = None
    created: dt.date | None = None
    pages: tuple[tuple[int, int, int], ...] = ()
    language: str | None = None  # as the file declares it: an HTML page's lang, a DOCX's language
