"""Saved web pages: the article's main text, title, site and URL (trafilatura), its dates (htmldate)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

from factaudit.errors import InputError, UsageError
from factaudit.readers.reading import ReaderConfig, Reading
from factaudit.readers.text import Decoded, canonical_encoding, decode

# Where a page declares its encoding: within the first bytes, as HTML requires (the spec says 1024; saved
# pages often carry a longer head of scripts first).
CHARSET_SNIFF_BYTES: Final = 4096
_HTML_LANG: Final = re.compile(r"""<html\b[^>]*?\blang\s*=\s*["']?([A-Za-z]{2,3})\b""", re.IGNORECASE)
_META_CHARSET: Final = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9._:-]+)""", re.IGNORECASE)


def read_html(data: bytes, config: ReaderConfig, *, path: str) -> Reading:
    """The article of a saved web page; boilerplate (navigation, ads, related links, comments) left out."""
    decoded = _decode_page(data, config, path=path)
    # Imported here: trafilatura loads its language data on import, which only HTML sources need.
    import htmldate
    import trafilatura

    html = decoded.text
    try:
        extracted = trafilatura.bare_extraction(
            html, include_comments=False, include_tables=True, with_metadata=True
        )
        original = htmldate.find_date(html, original_date=True, extensive_search=True)
        latest = htmldate.find_date(html, original_date=False, extensive_search=True)
    except Exception as error:  # a third-party parser on untrusted markup: any failure is bad input
        raise InputError(f"cannot be parsed as HTML ({error.__class__.__name__})", path=path) from error
    body = getattr(extracted, "text", None) or ""
    if not body.strip():
        raise InputError("holds no article text that could be told from the page around it", path=path)
    title = _clean(getattr(extracted, "title", None))
    # The headline is part of the article and often carries its main figure; trafilatura keeps it apart.
    text = body if not title or body.lstrip().startswith(title) else f"{title}\n\n{body}"
    published = _iso_date(original)
    updated = _iso_date(latest)
    return Reading(
        text=text,
        format="html",
        encoding=decoded.encoding,
        title=title,
        url=_clean(getattr(extracted, "url", None)),
        outlet=_clean(getattr(extracted, "sitename", None)),
        published=published,
        updated=updated if updated is not None and updated != published else None,
        language=_language(html),
    )


def _decode_page(data: bytes, config: ReaderConfig, *, path: str) -> Decoded:
    """The encoding the page declares, when it decodes; else the usual UTF-8-then-candidates order."""
    declared = _META_CHARSET.search(data[:CHARSET_SNIFF_BYTES])
    if declared:
        try:
            encoding = canonical_encoding(declared.group(1).decode("ascii"))
            return Decoded(data.decode(encoding), encoding)
        except (UnicodeDecodeError, UsageError):
            pass  # a wrong or unknown declaration: fall back to what the bytes say
    return decode(data, config.encodings, path=path)


def _language(html: str) -> str | None:
    """The language the page declares on its <html> element ('de' for lang="de-AT")."""
    declared = _HTML_LANG.search(html[:CHARSET_SNIFF_BYTES])
    return declared.group(1).lower() if declared else None


def _clean(value: object) -> str | None:
    return str(value).strip() or None if value else None


def _iso_date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None
