"""The report of a large corpus embeds the full text only of the documents an editor has to read."""

from __future__ import annotations

import dataclasses
import json
import re
import sys
from pathlib import Path
from typing import Any

import pytest

from factaudit.output import Records
from factaudit.report import compact as compact_module
from factaudit.report import provenance, texts
from factaudit.report.build import build_context, safe_id
from factaudit.report.compact import COMPACT_KINDS, agreement_groups
from factaudit.report.html import html_chunks, render_html

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


def test_agreements_that_share_a_claim_are_one_group() -> None:
    findings = [
        {"fingerprint": "1", "claim_ids": ["a", "b"]},
        {"fingerprint": "2", "claim_ids": ["c", "d"]},
        {"fingerprint": "3", "claim_ids": ["e", "f"]},
        {"fingerprint": "4", "claim_ids": ["d", "a"]},
        {"fingerprint": "5", "claim_ids": []},
    ]
    groups = [[f["fingerprint"] for f in group] for group in agreement_groups(findings)]
    assert groups == [["1", "2", "4"], ["3"], ["5"]]


def chained(audit: dict[str, Any]) -> dict[str, Any]:
    """The seeds' audit with one more agreement joining two of its agreements into a group of three."""
    agreements = [f for f in audit["findings"] if f["kind"] == "agreement"]
    first, second = agreements[0], agreements[2]
    link = {**first, "fingerprint": "chain0000", "claim_ids": [first["claim_ids"][1], second["claim_ids"][0]]}
    return {**audit, "findings": [*audit["findings"], link]}


def test_a_large_corpus_shows_agreements_and_series_compact(
    seeds: tuple[dict[str, Any], dict[str, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    audit, documents = seeds
    audit = chained(audit)
    full = build_context(audit, documents)
    monkeypatch.setattr(texts, "FULL_TEXT_MAX_DOCUMENTS", len(documents) - 1)
    ctx = build_context(audit, documents)
    page = render_html(audit, documents)
    assert page == render_html(audit, documents)
    # The header counts every finding, as the full report does; the note says how agreements are grouped.
    assert ctx.summary == full.summary
    agreements = [f for f in audit["findings"] if f["kind"] == "agreement"]
    assert ctx.compact_groups == len(agreements) - 2
    assert f"the {len(agreements)} agreements in {len(agreements) - 2} rows" in page
    compact = ctx.data["compact"]
    rows = {row.anchor: row for row in ctx.rows}
    # What the script adds to the aliases: each fingerprint of a compact row leads to the row.
    aliases = {
        f"finding-{print_}": anchor
        for anchor, detail in compact["details"].items()
        for print_ in detail["fingerprints"]
    }
    aliases.update(compact["aliases"])
    for finding in audit["findings"]:
        anchor = safe_id("finding", finding["fingerprint"])
        if finding["kind"] in COMPACT_KINDS:
            # No rendered partial: the row opens from the compact data, every claim with its card.
            assert f'id="tpl-{anchor}"' not in page
            shown = aliases.get(anchor, anchor)
            assert shown in rows and finding["fingerprint"] in compact["details"][shown]["fingerprints"]
            cards = compact["details"][shown]["claims"]
            assert {safe_id("claim", c) for c in finding["claim_ids"]} <= set(cards) <= set(compact["cards"])
            assert {safe_id("claim", c) for c in finding["claim_ids"]} <= set(ctx.claim_documents)
        else:
            assert f'id="tpl-{anchor}"' in page and anchor in rows
    group = compact["details"][safe_id("finding", agreements[0]["fingerprint"])]
    assert len(group["fingerprints"]) == 3 and len(group["claims"]) == 4
    assert group["message"].startswith("2 sources agree on")
    assert len(rows) == len(full.rows) - 2
    # The full partials are built one at a time as the page is written, the same views in the same order.
    kept = [f for f in full.findings if f.kind not in COMPACT_KINDS]
    assert [f.fingerprint for f in ctx.findings] == [f.fingerprint for f in kept]
    assert [f.value_axis for f in ctx.findings] == [f.value_axis for f in kept]
    # Rows keep the full report's order: by severity, then kind.
    assert [r.rank for r in ctx.rows] == sorted(r.rank for r in ctx.rows)
    series = next(f for f in audit["findings"] if f["kind"] == "time_series")
    points = compact["details"][safe_id("finding", series["fingerprint"])]["points"]
    assert len(points) == len(series["details"]["points"])
    # A card holds its sentence once and the figure's place in it, in the script's (UTF-16) offsets.
    claims = {safe_id("claim", c["claim_id"]): c for c in audit["claims"]}
    for anchor, card in compact["cards"].items():
        sentence, start, end = card[1], card[2], card[3]
        assert sentence == claims[anchor]["sentence"]
        assert _utf16_slice(sentence, start, end) == claims[anchor]["text"]


def _utf16_slice(text: str, start: int, end: int) -> str:
    """text.slice(start, end) as JavaScript reads it."""
    return text.encode("utf-16-le")[2 * start : 2 * end].decode("utf-16-le")


def test_a_card_places_its_figure_in_offsets_the_script_reads() -> None:
    from factaudit.report.build import split_sentence
    from factaudit.report.compact import _utf16_length

    # An emoji is two UTF-16 units: the offsets count them as the page's script does.
    sentence = "Fans 🎉 bought 26,000 tickets, up 😀 12%."
    for text in ("26,000", "12%"):
        at = sentence.index(text)
        before, marked, _ = split_sentence(sentence, text, at, at + len(text))
        start = _utf16_length(before)
        assert _utf16_slice(sentence, start, start + _utf16_length(marked)) == text


def test_only_the_largest_reuses_keep_their_word_diffs() -> None:
    from factaudit.ingest import load_corpus

    corpus = load_corpus([str(Path(__file__).parent.parent / "seeds")])
    docs = [
        provenance.ReuseDocument(d.doc_id, d.text, d.title or "", None, None, d.published_source)
        for d in corpus.documents
    ]
    full = provenance.find_reuse(docs)
    assert full and full[0].reworded
    assert provenance.find_reuse(docs, detailed=len(full)) == full
    counted = provenance.find_reuse(docs, detailed=0)
    assert [dataclasses.replace(n, reworded=()) for n in full] == list(counted)


def test_the_json_audit_is_written_a_record_a_line(
    seeds: tuple[dict[str, Any], dict[str, str]], tmp_path: Path
) -> None:
    from factaudit.output import RECORD_LISTS, write_audit_json

    audit, _ = seeds
    path = tmp_path / "audit.json"
    write_audit_json(path, audit)
    text = path.read_text(encoding="utf-8")
    assert json.loads(text) == audit
    lines = text.splitlines()
    for key in RECORD_LISTS & audit.keys():
        if audit[key]:
            # The list opens on its key's line and each record is one line: the lines parse on their own.
            start = lines.index(f'  "{key}": [')
            records = [
                json.loads(line.strip().rstrip(","))
                for line in lines[start + 1 : start + 1 + len(audit[key])]
            ]
            assert records == audit[key]
    assert '  "summary": {' in lines
    write_audit_json(tmp_path / "again.json", audit)
    assert (tmp_path / "again.json").read_bytes() == path.read_bytes()


def test_agreements_sharing_a_fingerprint_keep_their_own_rows(
    seeds: tuple[dict[str, Any], dict[str, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    # The BBC corpus has such twins: the same pair of sentences in two pairs of duplicated articles.
    audit, documents = seeds
    agreements = [f for f in audit["findings"] if f["kind"] == "agreement"]
    twin = {**agreements[1], "fingerprint": agreements[0]["fingerprint"]}
    audit = {**audit, "findings": [*(f for f in audit["findings"] if f is not agreements[1]), twin]}
    monkeypatch.setattr(texts, "FULL_TEXT_MAX_DOCUMENTS", len(documents) - 1)
    ctx = build_context(audit, documents)
    anchors = [row.anchor for row in ctx.rows]
    assert len(anchors) == len(set(anchors)) == len(audit["findings"])
    assert set(anchors) == set(ctx.data["compact"]["details"]) | {
        safe_id("finding", f["fingerprint"]) for f in audit["findings"] if f["kind"] not in COMPACT_KINDS
    }


FEATURES = Path(__file__).parent / "gold" / "report" / "cases" / "features.json"


def test_a_large_corpus_draws_errors_past_the_first_and_packs_its_table(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from factaudit.report import compact

    case = json.loads(FEATURES.read_text(encoding="utf-8"))
    audit, documents = case["audit"], case["texts"]
    full = build_context(audit, documents)
    monkeypatch.setattr(texts, "FULL_TEXT_MAX_DOCUMENTS", len(documents) - 1)
    monkeypatch.setattr(compact, "FULL_FINDINGS_SHOWN", 2)
    ctx = build_context(audit, documents)
    page = render_html(audit, documents)
    assert page == render_html(audit, documents)
    assert ctx.summary == full.summary  # the header counts every finding
    details = ctx.data["compact"]["details"]
    drawn = [anchor for anchor, d in details.items() if "lead" in d]
    # The first two rows (most severe first) have their partials; the later errors and warnings of the
    # kinds the script draws have none, and every finding is reachable by its own anchor.
    assert [r.anchor for r in full.rows[:2]] == [r.anchor for r in ctx.rows[:2]]
    assert all(f'id="tpl-{r.anchor}"' in page for r in ctx.rows[:2])
    later = [r for r in full.rows[2:] if r.kind in compact.LAZY_KINDS]
    assert later and sorted(drawn) == sorted(r.anchor for r in later) and ctx.drawn_findings == len(later)
    for anchor in drawn:
        assert f'id="tpl-{anchor}"' not in page
        finding = next(f for f in full.findings if f.anchor == anchor)
        assert details[anchor]["claims"] == [c.anchor for c in finding.claims]
        assert len(details[anchor]["lead"]) == len(finding.claims)
        assert details[anchor]["message"] == finding.message
    for finding in full.findings:
        assert finding.anchor in details or f'id="tpl-{finding.anchor}"' in page
    # The packed rows carry what the full rows say; documents, subjects and kinds are sent once.
    packed, docs = ctx.data["rows"], ctx.data["compact"]["docs"]
    subjects, kinds = ctx.data["compact"]["subjects"], ctx.data["compact"]["kinds"]
    assert len(packed) == len(ctx.rows)
    for array, row in zip(packed, ctx.rows, strict=True):
        assert array[0] == row.anchor and kinds[row.kind][0] == row.label
        assert subjects[array[3]] == row.subject and tuple(array[4]) == row.values
        assert tuple(docs[i][1] for i in array[8]) == row.sources
        assert tuple(f"{docs[i][2]} ({docs[i][3]})" for i in array[8]) == row.titles
        assert array[11] == ("" if row.anchor in details else row.text)
    assert {claim: docs[i][0] for claim, i in ctx.data["claims"].items()} == dict(ctx.claim_documents)
    # Embedded texts keep the sentences a finding or check links to: every such claim keeps its mark.
    for doc in ctx.documents:
        if not doc.text_available:
            continue
        template = _template(page, doc.ref.doc_id)
        linked = {c["claim_id"] for c in audit["claims"] if c["doc_id"] == doc.ref.doc_id} & {
            c for f in audit["findings"] for c in f["claim_ids"]
        }
        for claim_id in linked:
            assert f'data-claim="{safe_id("claim", claim_id)}"' in template
        assert doc.excerpted == ("[…]" in template)
    excerpted = [d for d in ctx.documents if d.excerpted]
    assert excerpted, "the features case has long documents with unlinked sentences"
    for doc in excerpted:
        shown = "".join(s.text for s in doc.segments)
        assert len(shown) < len(documents[doc.ref.doc_id])
        # Each kept run is the text at its own offsets.
        assert all(s.text in documents[doc.ref.doc_id] for s in doc.segments)


TEXT = "".join(f"w{i:02d} " for i in range(25))  # 100 characters: words of three and a space


@pytest.mark.parametrize(
    ("kept", "claims", "context", "expected"),
    [
        ([(40, 50)], [], 4, [(36, 55)]),  # one sentence and its context, widened to whole words
        ([(40, 50)], [], 5, [(35, 55)]),  # an edge between words stays
        ([(2, 10), (12, 20)], [], 4, [(0, 24)]),  # overlapping contexts join; clipped at the start
        ([(40, 50)], [(30, 37), (54, 60)], 4, [(30, 60)]),  # claims across an edge are taken whole
        ([(12, 20), (80, 95)], [], 4, [(8, 24), (76, 99)]),
        ([], [(1, 2)], 4, []),
    ],
)
def test_excerpt_ranges(
    kept: list[tuple[int, int]],
    claims: list[tuple[int, int]],
    context: int,
    expected: list[tuple[int, int]],
) -> None:
    assert texts.excerpt_ranges(TEXT, kept, claims, context) == expected


def test_a_large_corpus_caps_reuse_detection_and_says_so(
    seeds: tuple[dict[str, Any], dict[str, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    from factaudit.report import compact

    audit, documents = seeds
    full = build_context(audit, documents)
    assert full.reuse and full.reuse_limit is None
    monkeypatch.setattr(texts, "FULL_TEXT_MAX_DOCUMENTS", len(documents) - 1)
    # Within the caps, a large corpus finds the same notes and says nothing.
    unlimited = build_context(audit, documents)
    assert [r.anchor for r in unlimited.reuse] == [r.anchor for r in full.reuse]
    assert unlimited.reuse_limit is None
    kept = len(full.reuse) - 1
    monkeypatch.setattr(compact, "REUSE_MAX_NOTES", kept)
    ctx = build_context(audit, documents)
    assert [r.anchor for r in ctx.reuse] == [r.anchor for r in full.reuse[:kept]]
    assert ctx.reuse_limit is not None
    assert (ctx.reuse_limit.found, ctx.reuse_limit.shown) == (len(full.reuse), kept)
    assert ctx.reuse_limit.searched == ctx.reuse_limit.documents == len(documents)
    page = render_html(audit, documents)
    assert f"the page shows the {kept} largest of the {len(full.reuse)} pair" in page
    # Looked for among the embedded documents only: no note has both its documents there.
    read = _read_documents(audit)
    monkeypatch.setattr(compact, "REUSE_MAX_DOCUMENTS", len(read))
    ctx = build_context(audit, documents)
    assert ctx.reuse_limit is not None and ctx.reuse_limit.searched == len(read)
    assert all({r.origin.doc_id, r.copy.doc_id} <= read for r in ctx.reuse)
    assert f"among {len(read)} of its {len(documents)} documents" in render_html(audit, documents)


def test_a_report_handed_its_texts_drops_those_it_does_not_read(
    seeds: tuple[dict[str, Any], dict[str, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    audit, documents = seeds
    monkeypatch.setattr(texts, "FULL_TEXT_MAX_DOCUMENTS", len(documents) - 1)
    monkeypatch.setattr(compact_module, "REUSE_MAX_DOCUMENTS", 1)
    read = _read_documents(audit)
    page = render_html(audit, documents)
    handed = dict(documents)
    released = "".join(html_chunks(audit, handed, release_texts=True))
    # The same page, whose notes still count every document with a text; the texts kept are those the
    # page carries and those searched for reuse (the carried ones first: here within them).
    assert released == page
    assert set(handed) == read < set(documents)
    # A caller that keeps its texts keeps them all.
    kept = dict(documents)
    assert "".join(html_chunks(audit, kept)) == page and kept == documents


@pytest.mark.parametrize("large", [False, True], ids=["full", "compact"])
def test_a_report_handed_its_claims_lets_them_go_once_their_views_are_made(
    seeds: tuple[dict[str, Any], dict[str, str]], monkeypatch: pytest.MonkeyPatch, large: bool
) -> None:
    """`release_claims`: the audit's claims (held in columns, as the command holds them) are dropped
    from the audit handed over, and nothing the report keeps refers to them; the page is the same."""
    audit, documents = seeds
    if large:
        monkeypatch.setattr(texts, "FULL_TEXT_MAX_DOCUMENTS", len(documents) - 1)
    page = render_html(audit, documents)
    names = list(audit["claims"][0])
    column = [c[names[0]] for c in audit["claims"]]
    held = Records({names[0]: column, **{n: [c[n] for c in audit["claims"]] for n in names[1:]}})
    handed = {**audit, "claims": held}
    alone = sys.getrefcount(column) - 1  # the table's reference, and this test's
    del held
    released = "".join(html_chunks(handed, dict(documents), release_claims=True))
    assert released == page and "claims" not in handed
    assert sys.getrefcount(column) == alone
