"""The report's text-reuse search kept beside the claim store: read back equal, keyed by all it reads."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from factaudit.cli import app
from factaudit.ingest import load_corpus
from factaudit.report import compact, provenance, reusememo, texts
from factaudit.report.build import documents_reuse_search
from factaudit.report.provenance import Reuse, ReuseDocument, find_reuse
from factaudit.report.reusememo import ReuseMemo, StoredReuse, notes_from_record, notes_record, search_key

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
OUTPUTS = ("claims.csv", "audit.json", "audit.html")
runner = CliRunner()


@pytest.fixture(scope="module")
def searched() -> tuple[ReuseDocument, ...]:
    search = documents_reuse_search(load_corpus([SEEDS]).documents)
    assert search is not None
    return search.documents


@pytest.fixture(scope="module")
def notes(searched: tuple[ReuseDocument, ...]) -> tuple[Reuse, ...]:
    found = find_reuse(searched, None)
    assert found and any(note.reworded for note in found)  # word diffs among them
    return found


class CountedAside:
    """An `aside` that runs the work in place and counts how often it was asked."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, work: Callable[..., Any], *args: Any) -> Future[Any]:
        self.calls += 1
        done: Future[Any] = Future()
        done.set_result(work(*args))
        return done


def _seeds_copy(tmp_path: Path) -> Path:
    corpus = tmp_path / "seeds"
    corpus.mkdir()
    for path in SEEDS.iterdir():
        (corpus / path.name).write_bytes(path.read_bytes())
    return corpus


def _audit(corpus: Path, out: Path, store: list[str]) -> dict[str, bytes]:
    """`factaudit audit` of `corpus` into `out` with these store options: each output file's bytes."""
    paths = [str(out / name) for name in OUTPUTS]
    options = ["--claims", paths[0], "--json", paths[1], "--html", paths[2], *store]
    result = runner.invoke(app, ["audit", str(corpus), *options])
    assert result.exit_code == 0, result.output
    return {name: (out / name).read_bytes() for name in OUTPUTS}


def _no_search(*args: Any) -> tuple[Reuse, ...]:
    raise AssertionError("searched again")


def test_notes_read_back_equal(notes: tuple[Reuse, ...]) -> None:
    assert notes_from_record(notes_record(notes)) == notes


def test_key_reads_every_field_and_the_order(searched: tuple[ReuseDocument, ...]) -> None:
    key = search_key(searched, None)
    assert search_key(searched, None) == key
    first = searched[0]
    changed = [
        replace(first, text=first.text + " "),
        replace(first, title=first.title + "!"),
        replace(first, kind="press_release" if first.kind != "press_release" else None),
        replace(first, published="1999-01-01"),
        replace(first, published_source=None if first.published_source else "text"),
        replace(first, doc_id=first.doc_id + "x"),
    ]
    keys = {search_key((document, *searched[1:]), None) for document in changed}
    keys |= {search_key(searched, 3), search_key(searched[::-1], None), search_key(searched[1:], None)}
    assert key not in keys and len(keys) == len(changed) + 3


def test_a_search_stored_is_not_made_again(
    tmp_path: Path, searched: tuple[ReuseDocument, ...], notes: tuple[Reuse, ...]
) -> None:
    aside = CountedAside()
    memo = ReuseMemo(tmp_path / "cache.parquet")
    assert StoredReuse(aside, memo)(searched, None) == notes
    assert memo.path.exists() and aside.calls == 1
    assert StoredReuse(aside, memo)(searched, None) == notes
    assert aside.calls == 1
    # Another search replaces it; a damaged file is searched again.
    assert StoredReuse(aside, memo)(searched[:-1], None) == find_reuse(searched[:-1], None)
    assert aside.calls == 2
    memo.path.write_text("{not json", encoding="utf-8")
    assert StoredReuse(aside, memo)(searched, None) == notes
    assert aside.calls == 3
    # Without a memo, every search is made.
    assert StoredReuse(aside)(searched, None) == notes
    assert aside.calls == 4


def test_report_from_stored_notes_is_byte_identical(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Past REUSE_MAX_DOCUMENTS the report searches itself: a re-audit that takes the notes from the store
    writes the files of the first run and of a run without the store, byte for byte; after an edit to a
    searched document it searches again."""
    monkeypatch.setattr(compact, "REUSE_MAX_DOCUMENTS", 3)
    monkeypatch.chdir(tmp_path)
    corpus = _seeds_copy(tmp_path)
    written: dict[str, dict[str, bytes]] = {}

    def audit(run: str, store: list[str]) -> None:
        written[run] = _audit(corpus, tmp_path / run, store)

    cache = ["--cache", str(tmp_path / "cache.parquet")]
    audit("first", cache)
    assert ReuseMemo(tmp_path / "cache.parquet").path.exists()
    audit("fresh", ["--no-cache"])
    with monkeypatch.context() as patched:
        patched.setattr(provenance, "find_reuse", _no_search)
        audit("stored", cache)
    for name in OUTPUTS:
        assert written["stored"][name] == written["first"][name] == written["fresh"][name], name
    searched = documents_reuse_search(load_corpus([corpus]).documents)
    assert searched is None  # the report's own search, made after the findings
    edited = sorted(corpus.iterdir())[0]
    edited.write_text(edited.read_text(encoding="utf-8") + "\nLater, 12 more people were reported.\n")
    with monkeypatch.context() as patched:
        patched.setattr(provenance, "find_reuse", _no_search)
        result = runner.invoke(app, ["audit", str(corpus), "--html", str(tmp_path / "x.html"), *cache])
    assert isinstance(result.exception, AssertionError)


@pytest.mark.parametrize("change", ["edit", "delete", "add"])
def test_reaudit_after_a_change_outside_the_search_equals_a_fresh_audit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, change: str
) -> None:
    """In a compact report, a document edited, deleted or added outside the documents searched: the
    re-audit writes the files of an audit without the store, byte for byte; after the edit it takes the
    notes as stored."""
    monkeypatch.setattr(texts, "FULL_TEXT_MAX_DOCUMENTS", 2)
    monkeypatch.setattr(compact, "REUSE_MAX_DOCUMENTS", 3)
    monkeypatch.chdir(tmp_path)
    corpus = _seeds_copy(tmp_path)
    cache = ["--cache", str(tmp_path / "cache.parquet")]
    searched: list[str] = []

    def key(documents: Sequence[ReuseDocument], detailed: int | None) -> str:
        searched[:] = [document.doc_id for document in documents]
        return search_key(documents, detailed)

    monkeypatch.setattr(reusememo, "search_key", key)

    _audit(corpus, tmp_path / "first", cache)
    assert len(searched) == 3
    stored = json.loads(ReuseMemo(tmp_path / "cache.parquet").path.read_text(encoding="utf-8"))
    assert stored["notes"]  # the search found reuse, which the page shows
    [outside, *_] = [path for path in sorted(corpus.iterdir()) if path.stem not in searched]
    if change == "edit":
        outside.write_text(outside.read_text(encoding="utf-8") + "\nLater, 12 more people were reported.\n")
    elif change == "delete":
        outside.unlink()
    else:
        (corpus / "999_added.txt").write_text(
            "Council adds 40 buses\n\nThe council said on Monday it would add 40 buses to its fleet.\n",
            encoding="utf-8",
        )

    with monkeypatch.context() as patched:
        if change == "edit":
            patched.setattr(provenance, "find_reuse", _no_search)
        again = _audit(corpus, tmp_path / "again", cache)
    fresh = _audit(corpus, tmp_path / "fresh", ["--no-cache"])
    for name in OUTPUTS:
        assert again[name] == fresh[name], name
