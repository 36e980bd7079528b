"""The ingest memo: unchanged files are not read again; a changed file, code, option or manifest is."""

from __future__ import annotations

import dataclasses
import os
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from factaudit import readmemo
from factaudit.ingest import Document, load_corpus
from factaudit.readers import ReaderConfig
from factaudit.readers.manifest import Manifest
from factaudit.readmemo import _FIELDS, DELTA_SUFFIX, MEMO_SUFFIX, RACY_SECONDS, DocumentMemo

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
PAST = time.time() - 3600


def _corpus(tmp_path: Path) -> tuple[Path, Path]:
    """A copy of the seeds, settled (modified an hour ago), and where the claim store would be."""
    folder = tmp_path / "corpus"
    shutil.copytree(SEEDS, folder)
    # Markdown (a cleaned text beside the text) and a CSV corpus (several documents in one file).
    (folder / "notes.md").write_text(
        "---\ntitle: Notes\ndate: 2024-03-01\n---\n# Arrests\n\nPolice **arrested 1,200 people** "
        "last year, [the report](https://example.org) says.\n",
        encoding="utf-8",
    )
    (folder / "wire.csv").write_text(
        'id,date,text\nw1,2024-01-05,"Some 300 boats were seized in 2023."\n'
        'w2,2024-02-07,"About 40 networks were dismantled last year."\n',
        encoding="utf-8",
    )
    for path in folder.rglob("*"):
        os.utime(path, (PAST, PAST))
    return folder, tmp_path / "claims" / "cache.parquet"


def _swap_keeping_size_and_time(path: Path, old: str, new: str) -> None:
    """Edit a file so that size and modification time stay: what the memo trusts cannot see it."""
    text = path.read_text(encoding="utf-8")
    assert len(old) == len(new) and old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    os.utime(path, (PAST, PAST))


def _first(folder: Path) -> Path:
    return sorted(folder.rglob("*.txt"))[0]


def test_documents_from_the_memo_equal_documents_read(tmp_path: Path) -> None:
    folder, cache = _corpus(tmp_path)
    read = load_corpus([folder], memo=cache)
    assert cache.with_name(cache.stem + MEMO_SUFFIX).exists()
    remembered = load_corpus([folder], memo=cache)
    assert remembered == read == load_corpus([folder])
    assert any(d.published for d in read.documents) and any(d.extract_text for d in read.documents)
    assert {"w1", "w2"} <= {d.doc_id for d in remembered.documents}


def test_an_unchanged_file_is_not_read_again(tmp_path: Path) -> None:
    """The memo's trust: same path, size and time give the documents read last time."""
    folder, cache = _corpus(tmp_path)
    first = load_corpus([folder], memo=cache)
    path = _first(folder)
    word = next(w for w in path.read_text(encoding="utf-8").split() if w.isalpha() and len(w) > 6)
    _swap_keeping_size_and_time(path, word, word.upper())
    assert load_corpus([folder], memo=cache) == first
    assert load_corpus([folder], memo=cache) != load_corpus([folder])  # the files did change


def test_a_changed_file_is_read_again(tmp_path: Path) -> None:
    folder, cache = _corpus(tmp_path)
    load_corpus([folder], memo=cache)
    path = _first(folder)
    path.write_text(path.read_text(encoding="utf-8") + "\nLater, 12 more people were reported.\n")
    assert load_corpus([folder], memo=cache) == load_corpus([folder])


def test_a_file_edited_just_now_is_not_memoised(tmp_path: Path) -> None:
    """An edit within RACY_SECONDS could be followed by another of the same size and time."""
    folder, cache = _corpus(tmp_path)
    path = _first(folder)
    now = time.time()
    os.utime(path, (now, now))
    load_corpus([folder], memo=cache)
    word = next(w for w in path.read_text(encoding="utf-8").split() if w.isalpha() and len(w) > 6)
    _swap_keeping_size_and_time(path, word, word.upper())
    os.utime(path, (now, now))
    assert time.time() - now < RACY_SECONDS
    assert load_corpus([folder], memo=cache) == load_corpus([folder])


def test_a_changed_manifest_or_option_reads_every_file_again(tmp_path: Path) -> None:
    folder, cache = _corpus(tmp_path)
    load_corpus([folder], memo=cache)
    path = _first(folder)
    word = next(w for w in path.read_text(encoding="utf-8").split() if w.isalpha() and len(w) > 6)
    _swap_keeping_size_and_time(path, word, word.upper())
    options = ReaderConfig(max_bytes=10_000_000)
    assert load_corpus([folder], memo=cache, config=options) == load_corpus([folder], config=options)
    (folder / "sources.csv").write_text(f"file,title\n{path.name},Another title\n", encoding="utf-8")
    with_manifest = load_corpus([folder], memo=cache)
    assert with_manifest == load_corpus([folder])
    assert "Another title" in {d.title for d in with_manifest.documents}


def test_a_damaged_memo_is_rebuilt(tmp_path: Path) -> None:
    folder, cache = _corpus(tmp_path)
    first = load_corpus([folder], memo=cache)
    memo = cache.with_name(cache.stem + MEMO_SUFFIX)
    memo.write_bytes(b"PAR1 not parquet")
    assert load_corpus([folder], memo=cache) == first
    assert memo.read_bytes()[:4] == b"PAR1" and len(memo.read_bytes()) > 100


def test_a_skipped_file_is_said_on_every_run(tmp_path: Path) -> None:
    folder, cache = _corpus(tmp_path)
    (folder / "empty.txt").write_text("   \n", encoding="utf-8")
    os.utime(folder / "empty.txt", (PAST, PAST))
    for _ in range(2):
        corpus = load_corpus([folder], memo=cache)
        assert [s.reason for s in corpus.skipped] == ["is empty"]


def test_the_memo_keeps_every_field_of_a_document() -> None:
    assert set(_FIELDS) == {f.name for f in dataclasses.fields(Document)}


def test_a_memo_of_other_code_is_not_read(tmp_path: Path) -> None:
    folder, cache = _corpus(tmp_path)
    load_corpus([folder], memo=cache)
    other = DocumentMemo(cache, "another context")
    assert other._load() == {}
    assert DocumentMemo.open(cache, ReaderConfig(), Manifest()).known


def _edit(path: Path, line: str) -> None:
    path.write_text(path.read_text(encoding="utf-8") + f"\n{line}\n", encoding="utf-8")
    os.utime(path, (PAST + 60, PAST + 60))  # settled, and a time of its own


def test_a_few_changed_files_are_written_beside_the_memo(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One edit among many files writes the changed file's documents apart; the memo is left as it is
    until the changed files pass DELTA_MAX_SHARE of the files, then written whole again."""
    monkeypatch.setattr(readmemo, "DELTA_MAX_SHARE", 0.3)
    folder, cache = _corpus(tmp_path)
    memo, delta = cache.with_name(cache.stem + MEMO_SUFFIX), cache.with_name(cache.stem + DELTA_SUFFIX)
    load_corpus([folder], memo=cache)
    whole = memo.read_bytes()
    files = sorted(p for p in folder.rglob("*") if p.suffix in {".md", ".txt"})
    assert len(files) >= 6
    _edit(files[0], "Later, 12 more people were reported.")
    assert load_corpus([folder], memo=cache) == load_corpus([folder])
    assert memo.read_bytes() == whole and delta.exists()
    # Served from the changed-documents file: an edit it cannot see (same size and time) is not read.
    _swap_keeping_size_and_time(files[0], "Later, 12 more", "Later, 13 more")
    os.utime(files[0], (PAST + 60, PAST + 60))
    assert load_corpus([folder], memo=cache) != load_corpus([folder])
    assert memo.read_bytes() == whole
    _edit(files[0], "Again.")  # a new size: read again
    for path in files[1:4]:  # 4 files changed: past the share, the memo is written whole
        _edit(path, "Some 30 boats were seized.")
    assert load_corpus([folder], memo=cache) == load_corpus([folder])
    assert memo.read_bytes() != whole and not delta.exists()
    assert load_corpus([folder], memo=cache) == load_corpus([folder])


def test_a_damaged_changed_documents_file_is_not_trusted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(readmemo, "DELTA_MAX_SHARE", 0.3)
    folder, cache = _corpus(tmp_path)
    delta = cache.with_name(cache.stem + DELTA_SUFFIX)
    load_corpus([folder], memo=cache)
    path = _first(folder)
    _edit(path, "Later, 12 more people were reported.")
    load_corpus([folder], memo=cache)
    delta.write_bytes(b"PAR1 not parquet")
    assert load_corpus([folder], memo=cache) == load_corpus([folder])
    assert DocumentMemo.open(cache, ReaderConfig(), Manifest()).in_delta  # written again, readable


@pytest.fixture(autouse=True)
def _no_stray_files(tmp_path: Path) -> Iterator[None]:
    """Writing the memo leaves no temporary file behind."""
    yield
    assert not list(tmp_path.rglob("*.tmp"))
