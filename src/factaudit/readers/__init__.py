"""Readers, one module per format: a file's bytes to the text claim offsets point into, plus metadata."""

from __future__ import annotations

from pathlib import Path
from typing import Final

from factaudit.readers.markdown import clean_markdown, split_front_matter
from factaudit.readers.pdf import PdfWorker
from factaudit.readers.reading import ReaderConfig, Reading
from factaudit.readers.text import decode

# The format each file suffix is read as. Format modules that pull in heavy libraries (trafilatura,
# python-docx) are imported only when a file of theirs turns up.
FORMATS: Final = {
    ".txt": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".pdf": "pdf",
    ".docx": "docx",
    ".csv": "csv",
}

__all__ = ["FORMATS", "PdfWorker", "ReaderConfig", "Reading", "read_file_bytes", "text_reading"]


def text_reading(text: str, *, path: str, markdown: bool = False, encoding: str | None = None) -> Reading:
    """A decoded text or Markdown file: its front matter, and for Markdown the markup-free text to read."""
    front_matter, body_start = split_front_matter(text, path=path)
    clean = clean_markdown(text, body_start) if markdown else text
    return Reading(
        text=text,
        format="markdown" if markdown else "text",
        extract_text=clean if clean != text else None,
        body_start=body_start,
        encoding=encoding,
        front_matter=front_matter,
    )


def read_file_bytes(path: Path, data: bytes, config: ReaderConfig, worker: PdfWorker) -> list[Reading]:
    """The documents in one file's bytes (one, or one per row of a CSV corpus); InputError when unreadable."""
    fmt = FORMATS.get(path.suffix.lower(), "text")
    name = str(path)
    if fmt in ("text", "markdown"):
        decoded = decode(data, config.encodings, path=name)
        return [text_reading(decoded.text, path=name, markdown=fmt == "markdown", encoding=decoded.encoding)]
    if fmt == "html":
        from factaudit.readers.webpage import read_html

        return [read_html(data, config, path=name)]
    if fmt == "pdf":
        from factaudit.readers.pdf import read_pdf

        return [read_pdf(data, config, worker, path=name)]
    if fmt == "docx":
        from factaudit.readers.word import read_docx

        return [read_docx(data, config, path=name)]
    from factaudit.readers.table import read_csv_corpus

    return read_csv_corpus(data, config, path=name)
