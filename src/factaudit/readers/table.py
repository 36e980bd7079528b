"""CSV corpora: one document per row of a `.csv` with a `text` column (the BBC News dataset's layout)."""

from __future__ import annotations

import csv
import io
import re
from pathlib import PurePath
from typing import Final

from factaudit.errors import InputError
from factaudit.readers.reading import ReaderConfig, Reading
from factaudit.readers.text import decode

TEXT_COLUMN: Final = "text"
# Columns naming a row, first found wins; with a category column the name is "category-id" (the BBC corpus
# numbers its articles 001.txt, 002.txt, ... again in each of its five categories).
ID_COLUMNS: Final = ("id", "doc_id", "file", "filename")
CATEGORY_COLUMN: Final = "category"
# Columns copied as the row's own front matter (the same keys a text file's YAML may give).
META_COLUMNS: Final = ("title", "date", "url", "outlet", "source", "kind")
_UNSAFE_ID: Final = re.compile(r"[^\w.-]+")


def read_csv_corpus(data: bytes, config: ReaderConfig, *, path: str) -> list[Reading]:
    """One Reading per row, named by its id (and category) column or its row number."""
    decoded = decode(data, config.encodings, path=path)
    try:
        rows = list(csv.reader(io.StringIO(decoded.text, newline="")))
    except csv.Error as error:
        raise InputError(f"is not a readable CSV ({error})", path=path) from error
    if not rows:
        raise InputError("is an empty CSV", path=path)
    header = [name.strip().lower() for name in rows[0]]
    if TEXT_COLUMN not in header:
        shown = ", ".join(header[:8]) or "none"
        raise InputError(f"is a CSV without a 'text' column (columns: {shown})", path=path)
    column = {name: index for index, name in reversed(list(enumerate(header)))}
    id_column = next((column[name] for name in ID_COLUMNS if name in column), None)
    readings: list[Reading] = []
    for number, row in enumerate(rows[1:], start=1):
        cells = {name: row[index].strip() if index < len(row) else "" for name, index in column.items()}
        name = _row_name(
            cells, row[id_column] if id_column is not None and id_column < len(row) else "", number
        )
        front_matter = {key: cells[key] for key in META_COLUMNS if cells.get(key)}
        readings.append(
            Reading(
                text=row[column[TEXT_COLUMN]] if column[TEXT_COLUMN] < len(row) else "",
                format="csv",
                name=name,
                encoding=decoded.encoding,
                front_matter=front_matter,
            )
        )
    return readings


def _row_name(cells: dict[str, str], row_id: str, number: int) -> str:
    """The row's document id: "business-001" for the BBC's business/001.txt, "row-7" without an id column."""
    stem = PurePath(row_id.strip()).stem if row_id.strip() else f"row-{number}"
    category = cells.get(CATEGORY_COLUMN, "")
    name = f"{category}-{stem}" if category else stem
    return _UNSAFE_ID.sub("_", name).strip("_") or f"row-{number}"
