"""PDF press releases and reports: text page by page (pypdf), parsed in a worker with a time and page cap."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import re
import select
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import IO, Final

from factaudit.errors import InputError
from factaudit.readers.pdf_worker import READY, REPLY_HEADER, REQUEST_HEADER
from factaudit.readers.reading import ReaderConfig, Reading

# A PDF ends with %%EOF (a few bytes of line ending or padding may follow). Without it in the tail the file
# was cut short: pypdf would rebuild what it can and return part of the text as if it were all of it.
EOF_TAIL_BYTES: Final = 1024
HEADER_BYTES: Final = 1024
PAGE_SEPARATOR: Final = "\n\n"
# A line break inside a paragraph is PDF layout, not a sentence end: it is read as a space when the line
# before is at least this long. Body lines of an A4 or Letter page hold 60-100 characters (80-95 in the
# PDFs reportlab makes for the tests); headlines, datelines and table rows that must stay apart are shorter.
SOFT_BREAK_MIN_LINE: Final = 50
# The longest run of lines joined into one: a long news sentence runs to 300-400 characters, and a table
# of long rows must not become one sentence of thousands (the extractor slows with sentence length).
SOFT_BREAK_MAX_RUN: Final = 1000
# Seconds a new worker may take to start (a Python interpreter importing pypdf: 0.3-0.5 s here, more on a
# busy CI machine); not counted in the PDF time cap.
WORKER_START_SECONDS: Final = 30.0
# Seconds to wait for a worker to exit once told to, before it is killed.
WORKER_EXIT_SECONDS: Final = 2.0
READ_CHUNK: Final = 1 << 20
_CONTROL: Final = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class PdfText:
    """What the worker sends back: the text of each page and the metadata worth keeping."""

    pages: tuple[str, ...]
    title: str | None
    created: dt.date | None


def read_pdf(data: bytes, config: ReaderConfig, worker: PdfWorker, *, path: str) -> Reading:
    """The text of a PDF, pages joined by a blank line; `pages` maps each page to its span of the text."""
    if not data[:HEADER_BYTES].lstrip().startswith(b"%PDF-"):
        raise InputError("is not a PDF (no %PDF- header)", path=path)
    if b"%%EOF" not in data[-EOF_TAIL_BYTES:]:
        raise InputError("is a truncated PDF (no %%EOF end marker)", path=path)
    parsed = worker.parse(data, path=path)
    # Control characters and lone surrogates (from broken font maps) become one character each: offsets hold.
    texts = [_CONTROL.sub(" ", page).encode("utf-8", "replace").decode("utf-8") for page in parsed.pages]
    spans: list[tuple[int, int, int]] = []
    cursor = 0
    for number, page in enumerate(texts, start=1):
        spans.append((number, cursor, cursor + len(page)))
        cursor += len(page) + len(PAGE_SEPARATOR)
    text = PAGE_SEPARATOR.join(texts)
    if not text.strip():
        raise InputError("has no text layer (a scanned PDF needs OCR first)", path=path)
    flowing = join_soft_breaks(text)
    return Reading(
        text=text,
        format="pdf",
        extract_text=flowing if flowing != text else None,
        title=parsed.title,
        created=parsed.created,
        pages=tuple(spans),
    )


def join_soft_breaks(text: str) -> str:
    """`text` with the line breaks inside paragraphs read as spaces (same length, same offsets)."""
    chars = list(text)
    run = 0  # characters joined so far into the current line run
    position = 0
    for line in text.split("\n")[:-1]:
        end = position + len(line)  # where the line's break stands
        following = text[end + 1 : end + 2]
        long_enough = len(line.strip()) >= SOFT_BREAK_MIN_LINE
        if long_enough and following not in ("", "\n") and run + len(line) < SOFT_BREAK_MAX_RUN:
            chars[end] = " "
            run += len(line) + 1
        else:
            run = 0
        position = end + 1
    return "".join(chars)


def page_of(pages: tuple[tuple[int, int, int], ...], offset: int) -> int | None:
    """The number of the page whose text holds `offset`."""
    for number, start, end in pages:
        if start <= offset <= end:
            return number
    return None


class PdfWorker:
    """One child process (`python -m factaudit.readers.pdf_worker`) that parses PDFs in turn.

    A process, not a thread: a parse that loops cannot be stopped inside the process, and pypdf on a
    crafted file can loop or allocate without bound. A plain subprocess rather than multiprocessing, so
    the worker never re-imports the caller's main script. Started on first use (a corpus without PDFs never
    starts it), killed and replaced when a PDF runs over the time cap. Use as a context manager.
    """

    def __init__(self, config: ReaderConfig) -> None:
        self._config = config
        self._process: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> PdfWorker:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()

    def parse(self, data: bytes, *, path: str) -> PdfText:
        """The pages of one PDF; InputError when it cannot be read, breaks the worker or runs over time."""
        process = self._start(path)
        assert process.stdin is not None and process.stdout is not None
        deadline = time.monotonic() + self._config.pdf_seconds
        try:
            process.stdin.write(REQUEST_HEADER.pack(len(data), self._config.pdf_pages) + data)
            process.stdin.flush()
            header = _read_exactly(process.stdout, REPLY_HEADER.size, deadline)
            payload = _read_exactly(process.stdout, REPLY_HEADER.unpack(header)[0], deadline)
            reply = json.loads(payload)
        except TimeoutError as error:
            self._kill()
            message = f"took longer than {self._config.pdf_seconds:g} s to parse (the PDF time cap)"
            raise InputError(message, path=path) from error
        except (OSError, EOFError, ValueError) as error:
            self._kill()
            raise InputError("made the PDF parser fail", path=path) from error
        if "error" in reply:
            raise InputError(str(reply["error"]), path=path)
        created = reply.get("created")
        return PdfText(
            pages=tuple(str(page) for page in reply.get("pages", [])),
            title=reply.get("title"),
            created=dt.date.fromisoformat(created) if created else None,
        )

    def close(self) -> None:
        """Let the worker finish (end of its input), killing it if it does not."""
        if self._process is not None and self._process.stdin is not None:
            with contextlib.suppress(OSError):
                self._process.stdin.close()
            with contextlib.suppress(subprocess.TimeoutExpired):
                self._process.wait(WORKER_EXIT_SECONDS)
        self._kill()

    def _start(self, path: str) -> subprocess.Popen[bytes]:
        if self._process is None or self._process.poll() is not None:
            self._kill()
            # The child finds this very package whether it is installed or run from a source tree.
            package_root = str(Path(__file__).resolve().parents[2])
            search_path = os.pathsep.join(p for p in (package_root, os.environ.get("PYTHONPATH")) if p)
            self._process = subprocess.Popen(
                [sys.executable, "-m", "factaudit.readers.pdf_worker"],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                env={**os.environ, "PYTHONPATH": search_path},
            )
            assert self._process.stdout is not None
            try:
                ready = _read_exactly(
                    self._process.stdout, len(READY), time.monotonic() + WORKER_START_SECONDS
                )
            except (TimeoutError, EOFError, OSError) as error:
                self._kill()
                raise InputError("could not be parsed: the PDF worker did not start", path=path) from error
            if ready != READY:
                self._kill()
                raise InputError("could not be parsed: the PDF worker did not start", path=path)
        return self._process

    def _kill(self) -> None:
        if self._process is not None:
            if self._process.poll() is None:
                self._process.kill()
            self._process.wait()
            for stream in (self._process.stdin, self._process.stdout):
                if stream is not None:
                    with contextlib.suppress(OSError):
                        stream.close()
        self._process = None


def _read_exactly(stream: IO[bytes], size: int, deadline: float) -> bytes:
    """`size` bytes from the worker's output, waiting no later than `deadline`; EOFError if it dies."""
    chunks: list[bytes] = []
    remaining = size
    descriptor = stream.fileno()
    while remaining:
        left = deadline - time.monotonic()
        if left <= 0 or not select.select([descriptor], [], [], left)[0]:
            raise TimeoutError
        chunk = os.read(descriptor, min(remaining, READ_CHUNK))
        if not chunk:
            raise EOFError("the PDF worker ended")
        chunks.append(chunk)
        remaining -= len(chunk)
    return b"".join(chunks)
