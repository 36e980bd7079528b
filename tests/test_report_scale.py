"""The report of a large corpus embeds the full text only of the documents an editor has to read."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from factaudit.report import texts
from factaudit.report.build import build_context, safe_id
from factaudit.report.html import render_html

CASE = Path(__file__).parent / "gold" / "report" / "cases" / "seeds.json"


@pytest.fixture(scope="module")
def seeds() -> tuple[dict[str, Any], dict[str, str]]:
    data = json.loads(CASE.read_text(encoding="utf-8"))
    return data["audit"], data["texts"]


def _read_documents(audit: dict[str, Any]) -> set[str]:
    """Documents with a claim in an error or warning finding, or with a check."""
    doc_of = {c["claim_id"]: c["doc_id"] for c in audit["claims"]}
    chosen = {
        doc_of[c] for f in audit["findings"] if f["severity"] in ("error", "warning") for c in f["claim_ids"]
    }
    return chosen | {c["doc_id"] for c in audit.get("checks") or ()}


def _template(page: str, doc_id: str) -> str:
    found = re.search(rf'<template id="tpl-{safe_id("doc", doc_id)}">(.*?)</template>', page, re.S)
    assert found, doc_id
    return found.group(1)


def test_a_small_corpus_embeds_every_text(seeds: tuple[dict[str, Any], dict[str, str]]) -> None:
    audit, documents = seeds
    ctx = build_context(audit, documents)
    assert ctx.text_limit is None
    assert all(d.text_available and not d.text_omitted for d in ctx.documents)


def test_a_large_corpus_embeds_only_what_an_editor_must_read(
    seeds: tuple[dict[str, Any], dict[str, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    audit, documents = seeds
    monkeypatch.setattr(texts, "FULL_TEXT_MAX_DOCUMENTS", len(documents) - 1)
    read = _read_documents(audit)
    assert 0 < len(read) < len(documents), "the seeds need documents on both sides"
    page = render_html(audit, documents)
    assert page == render_html(audit, documents)
    ctx = build_context(audit, documents)
    assert ctx.text_limit is not None
    assert (ctx.text_limit.documents, ctx.text_limit.embedded) == (len(documents), len(read))
    assert f"full texts of {len(read)} of {len(documents)} documents embedded" in page
    assert 'id="text-limit"' in page
    for doc_id in documents:
        template = _template(page, doc_id)
        assert ('class="doc-text"' in template) == (doc_id in read)
        assert ("Full text not embedded" in template) == (doc_id not in read)
    # Every document is still listed, and every claim a finding links to still opens its document.
    assert [d.ref.doc_id for d in ctx.documents] == [d["doc_id"] for d in audit["documents"]]
    linked = {c for f in audit["findings"] for c in f["claim_ids"]}
    assert {safe_id("claim", c) for c in linked} <= set(ctx.claim_documents)
