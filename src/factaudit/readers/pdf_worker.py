"""The PDF worker process: reads PDF bytes on stdin, answers with their page texts as JSON on stdout."""

from __future__ import annotations

import io
import json
import struct
import sys
from typing import IO, Any, Final

# Frames on the pipes: a request is (length, page cap) then the PDF's bytes; a reply is length then JSON.
REQUEST_HEADER: Final = struct.Struct(">QI")
REPLY_HEADER: Final = struct.Struct(">Q")
# Sent once the worker has imported pypdf, so the time cap measures parsing, not the interpreter's start.
READY: Final = b"R"


def parse_pdf(data: bytes, max_pages: int) -> dict[str, Any]:
    """{"pages": [...], "title": ..., "created": "YYYY-MM-DD"} or {"error": reason}."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data), strict=False)
    if reader.is_encrypted and not reader.decrypt(""):
        return {"error": "is an encrypted PDF (a password is needed to read it)"}
    count = len(reader.pages)
    if count > max_pages:
        return {"error": f"has {count} pages, more than the cap of {max_pages} (raise the PDF page cap)"}
    pages = [page.extract_text() or "" for page in reader.pages]
    metadata = reader.metadata
    title = str(metadata.title).strip() if metadata is not None and metadata.title else None
    created = None
    if metadata is not None:
        try:
            stamp = metadata.creation_date
            created = stamp.date().isoformat() if stamp is not None else None
        except (ValueError, TypeError):
            created = None
    return {"pages": pages, "title": title or None, "created": created}


def serve(requests: IO[bytes], replies: IO[bytes]) -> None:
    """Answer requests until the input closes."""
    while True:
        header = requests.read(REQUEST_HEADER.size)
        if len(header) < REQUEST_HEADER.size:
            return
        length, max_pages = REQUEST_HEADER.unpack(header)
        data = requests.read(length)
        try:
            reply = parse_pdf(data, max_pages)
        except Exception as error:  # pypdf on untrusted bytes: any failure is a reason to skip the file
            reply = {"error": f"cannot be parsed as a PDF ({error.__class__.__name__}: {str(error)[:120]})"}
        payload = json.dumps(reply).encode("utf-8")
        replies.write(REPLY_HEADER.pack(len(payload)) + payload)
        replies.flush()


if __name__ == "__main__":
    import pypdf  # noqa: F401  (imported before READY: see there)

    replies = sys.stdout.buffer
    sys.stdout = sys.stderr  # a stray print in a library must not corrupt the replies
    replies.write(READY)
    replies.flush()
    serve(sys.stdin.buffer, replies)
