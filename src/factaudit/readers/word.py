"""Word documents (.docx): the body's paragraphs and tables in reading order (python-docx)."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Iterator
from typing import Any, Final

from factaudit.errors import InputError
from factaudit.readers.reading import ReaderConfig, Reading

# Table cells of one row are joined by a tab, so a row reads as one line and a cell never runs into the next.
CELL_SEPARATOR: Final = "\t"
PARAGRAPH_SEPARATOR: Final = "\n\n"


def read_docx(data: bytes, config: ReaderConfig, *, path: str) -> Reading:
    """The body of a .docx in reading order (headers, footers and comments left out)."""
    _check_package(data, config, path=path)
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
        blocks = list(_blocks(document.element.body))
        properties = document.core_properties
        title = (properties.title or "").strip() or None
        created = properties.created
        language = (properties.language or "").strip()[:2].lower() or None
    except Exception as error:  # python-docx on untrusted bytes: any failure is bad input
        raise InputError(
            f"cannot be parsed as a Word document ({error.__class__.__name__})", path=path
        ) from error
    text = PARAGRAPH_SEPARATOR.join(block for block in blocks if block.strip())
    if not text.strip():
        raise InputError("is an empty Word document", path=path)
    return Reading(
        text=text,
        format="docx",
        title=title,
        created=created.date() if isinstance(created, dt.datetime) else None,
        language=language,
    )


def _check_package(data: bytes, config: ReaderConfig, *, path: str) -> None:
    """A real ZIP package whose parts unpack to no more than the size cap (no zip bomb)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            unpacked = sum(info.file_size for info in package.infolist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as error:
        raise InputError(f"is not a Word (.docx) package ({error.__class__.__name__})", path=path) from error
    if unpacked > config.max_bytes:
        raise InputError(
            f"unpacks to {unpacked:,} bytes, more than the cap of {config.max_bytes:,} (max_bytes)", path=path
        )


def _blocks(container: Any) -> Iterator[str]:
    """Paragraph texts and table rows of a body or table cell, in the order they stand in the file."""
    from docx.oxml.ns import qn

    paragraph, table = qn("w:p"), qn("w:tbl")
    # Content controls and tracked insertions wrap paragraphs and tables without changing their order.
    wrappers = {qn("w:sdt"), qn("w:sdtContent"), qn("w:ins"), qn("w:customXml")}
    for child in container.iterchildren():
        if child.tag == paragraph:
            yield _paragraph_text(child)
        elif child.tag == table:
            yield from _table_rows(child)
        elif child.tag in wrappers:
            yield from _blocks(child)


def _paragraph_text(element: Any) -> str:
    # CT_P.text joins the paragraph's runs, hyperlinks and tabs as Word shows them.
    return str(element.text)


def _table_rows(table: Any) -> Iterator[str]:
    """Each row as one line of cells; a cell holding paragraphs or a nested table gives its text in order."""
    from docx.oxml.ns import qn

    for row in table.iterchildren(qn("w:tr")):
        cells = []
        for cell in row.iterchildren(qn("w:tc")):
            inner = " ".join(part for part in _blocks(cell) if part.strip())
            cells.append(" ".join(inner.split()))
        yield CELL_SEPARATOR.join(cells)
