"""Broken sources beside a good one: each is skipped with a one-line reason naming it, the rest is audited."""

from __future__ import annotations

import csv
import io
import json
import os
import socket
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

from builders import make_pdf, minimal_pdf
from factaudit.cli import app
from factaudit.errors import InputError
from factaudit.ingest import load_corpus
from factaudit.readers import PdfWorker, ReaderConfig

GOOD = "Brussels, 8 July 2022\n\nPolice arrested more than 40 suspects in the first half of this year.\n"
PDF_PAGE = [
    "Brussels, 8 July 2022",
    "Moroccan authorities prevented more than 26,000 irregular departures in the first half of the year.",
]
runner = CliRunner()


def _pdf(tmp_path: Path, pages: int = 1) -> bytes:
    return make_pdf(tmp_path / "made.pdf.tmp", [PDF_PAGE] * pages)


def _zip(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in entries.items():
            package.writestr(name, data)
    return buffer.getvalue()


def _symlink_outside(folder: Path, tmp_path: Path) -> None:
    secret = tmp_path / "outside" / "secret.txt"
    secret.parent.mkdir()
    secret.write_text("The password is 1234.\n", encoding="utf-8")
    (folder / "leak.txt").symlink_to(secret)


def _fifo(folder: Path, tmp_path: Path) -> None:
    os.mkfifo(folder / "pipe.txt")


def _socket(folder: Path, tmp_path: Path) -> None:
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(folder / "socket.txt"))
    server.close()


@dataclass(frozen=True)
class Case:
    """A bad file put beside GOOD, the name it is skipped under and words of the reason given."""

    name: str
    make: Callable[[Path, Path], None]  # (folder, tmp_path)
    skipped: str
    reason: str
    config: ReaderConfig = ReaderConfig()  # noqa: RUF009  (frozen: one shared default is safe)


def _write(name: str, data: bytes | Callable[[Path], bytes]) -> Callable[[Path, Path], None]:
    def make(folder: Path, tmp_path: Path) -> None:
        (folder / name).write_bytes(data(tmp_path) if callable(data) else data)

    return make


PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10" + bytes(range(256))
CASES = [
    Case("binary", _write("photo.txt", PNG), "photo.txt", "binary"),
    Case("control characters", _write("noise.txt", bytes(range(1, 32)) * 20), "noise.txt", "binary"),
    Case("empty", _write("empty.txt", b""), "empty.txt", "is empty"),
    Case("blank", _write("blank.md", b" \n\t\n"), "blank.md", "is empty"),
    Case("bom only", _write("bom.txt", b"\xef\xbb\xbf\n"), "bom.txt", "is empty"),
    Case(
        "over the size cap",
        _write("long.txt", GOOD.encode() * 40),
        "long.txt",
        "more than the cap of 1,000",
        ReaderConfig(max_bytes=1000),
    ),
    Case(
        "no accepted encoding",
        _write("legacy.txt", "Caf\u00e9 prices rose 5%.".encode("cp1252")),
        "legacy.txt",
        "not text in any accepted encoding (tried utf-8)",
        ReaderConfig(encodings=()),
    ),
    Case("link outside the sources", _symlink_outside, "leak.txt", "outside the sources"),
    Case(
        "broken link",
        lambda folder, _: (folder / "gone.txt").symlink_to(folder / "deleted.txt"),
        "gone.txt",
        "broken link",
    ),
    Case("fifo", _fifo, "pipe.txt", "not a regular file"),
    Case("socket", _socket, "socket.txt", "not a regular file"),
    Case("truncated pdf", _write("cut.pdf", lambda t: _pdf(t)[:-300]), "cut.pdf", "truncated PDF"),
    Case("half a pdf", _write("half.pdf", lambda t: _pdf(t)[: len(_pdf(t)) // 2]), "half.pdf", "truncated"),
    Case("not a pdf", _write("fake.pdf", b"<html>not a pdf</html>%%EOF"), "fake.pdf", "not a PDF"),
    Case(
        "pdf without text",
        _write("scan.pdf", minimal_pdf(b"0 0 m 100 100 l S")),
        "scan.pdf",
        "no text layer",
    ),
    Case(
        "pdf over the page cap",
        _write("long.pdf", lambda t: _pdf(t, pages=3)),
        "long.pdf",
        "has 3 pages, more than the cap of 2",
        ReaderConfig(pdf_pages=2),
    ),
    Case(
        "broken pdf body",
        _write("mangled.pdf", b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 9 0 R >>\nendobj\n%%EOF\n"),
        "mangled.pdf",
        "cannot be parsed as a PDF",
    ),
    Case("not a docx", _write("memo.docx", b"PK\x03\x04 this is not a zip"), "memo.docx", "not a Word"),
    Case(
        "docx without a document",
        _write("empty.docx", _zip({"hello.txt": b"hello"})),
        "empty.docx",
        "cannot be parsed as a Word document",
    ),
    Case(
        "docx zip bomb",
        _write("bomb.docx", _zip({"word/document.xml": b" " * 200_000})),
        "bomb.docx",
        "unpacks to 200,000 bytes",
        ReaderConfig(max_bytes=100_000),
    ),
    Case(
        "html without an article",
        _write("app.html", b"<html><head><title>App</title></head><body><script>x=1</script></body></html>"),
        "app.html",
        "no article text",
    ),
    Case(
        "csv without a text column",
        _write("table.csv", b"name,value\nfoo,1\n"),
        "table.csv",
        "without a 'text' column (columns: name, value)",
    ),
    Case("csv row without text", _write("rows.csv", b"id,text\nr1,\n"), "rows.csv (r1)", "is empty"),
    Case(
        "front matter not yaml",
        _write("meta.md", b"---\ntitle: [unclosed\n---\nPolice arrested 4 people.\n"),
        "meta.md",
        "front matter is not valid YAML",
    ),
    Case(
        "unknown kind",
        _write("kind.md", b"---\nkind: rumour\n---\nPolice arrested 4 people.\n"),
        "kind.md",
        "kind 'rumour' is not one of press_release, news, report, statement",
    ),
    Case(
        "bad manifest date",
        _write("sources.csv", b"file,date\ngood.txt,8 July\n"),
        "sources.csv",
        "line 2: date '8 July' is not YYYY-MM-DD",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_bad_file_is_skipped_and_the_rest_audited(case: Case, tmp_path: Path) -> None:
    folder = tmp_path / "sources"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    case.make(folder, tmp_path)
    corpus = load_corpus([folder], config=case.config)
    assert [d.doc_id for d in corpus.documents] == ["good"]
    assert len(corpus.skipped) == 1, corpus.skipped
    skipped = corpus.skipped[0]
    assert skipped.path == str(folder / case.skipped)
    assert case.reason in skipped.reason and "\n" not in skipped.reason


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file whatever its permissions")
def test_unreadable_file_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    locked = tmp_path / "locked.txt"
    locked.write_text(GOOD, encoding="utf-8")
    locked.chmod(0)
    corpus = load_corpus([tmp_path])
    assert [(s.path, s.reason) for s in corpus.skipped] == [
        (str(locked), "cannot be read (Permission denied)")
    ]


def test_a_link_inside_the_sources_is_read_once(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "alias.txt").symlink_to(tmp_path / "good.txt")
    (tmp_path / "again").symlink_to(tmp_path, target_is_directory=True)
    corpus = load_corpus([tmp_path])
    assert ([d.doc_id for d in corpus.documents], corpus.skipped) == (["good"], ())


def test_cli_prints_one_line_per_skipped_file_and_strict_exits_2(tmp_path: Path) -> None:
    folder = tmp_path / "sources"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "photo.txt").write_bytes(PNG)
    (folder / "cut.pdf").write_bytes(_pdf(tmp_path)[:-300])
    out = tmp_path / "out"
    options = [
        "--claims",
        str(out / "c.csv"),
        "--json",
        str(out / "a.json"),
        "--html",
        str(out / "a.html"),
        "--no-cache",
    ]
    result = runner.invoke(app, ["audit", str(folder), *options])
    assert result.exit_code == 0, result.output
    lines = [line for line in result.output.splitlines() if line.startswith("factaudit: skipped")]
    assert sorted(lines) == [
        f"factaudit: skipped {folder / 'cut.pdf'}: is a truncated PDF (no %%EOF end marker)",
        f"factaudit: skipped {folder / 'empty.txt'}: is empty",
        f"factaudit: skipped {folder / 'photo.txt'}: is a binary file, not text",
    ]
    assert "1 documents" in result.output and "3 skipped" in result.output
    strict = runner.invoke(app, ["audit", str(folder), "--strict", *options])
    assert strict.exit_code == 2 and "3 source file(s) skipped" in strict.output
    capped = runner.invoke(app, ["extract", str(folder), "--max-bytes", "10", "--strict"])
    assert capped.exit_code == 2 and "more than the cap of 10" in capped.output


def test_cli_encoding_option(tmp_path: Path) -> None:
    (tmp_path / "kyiv.txt").write_bytes("Ціни зросли на 12% у 2022 році.".encode("cp1251"))
    default = runner.invoke(app, ["extract", str(tmp_path), "--format", "jsonl"])
    assert "12%" not in default.output
    chosen = runner.invoke(app, ["extract", str(tmp_path), "--format", "jsonl", "--encoding", "cp1251"])
    texts = [json.loads(line)["text"] for line in chosen.output.splitlines() if line.startswith("{")]
    assert chosen.exit_code == 0 and "12%" in texts
    unknown = runner.invoke(app, ["extract", str(tmp_path), "--encoding", "klingon"])
    assert unknown.exit_code == 2 and "unknown text encoding 'klingon'" in unknown.output


def test_csv_export_neutralises_formula_cells(tmp_path: Path) -> None:
    text = "=HYPERLINK(1) cost 40 dollars.\n+7 rose to 12.\n-3 fell to 20 points.\n@SUM(1) was 30 units.\n"
    (tmp_path / "formulas.txt").write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path), "--format", "csv"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.output)))
    sentences = {row["sentence"] for row in rows}
    assert {"'=HYPERLINK(1) cost 40 dollars.", "'@SUM(1) was 30 units."} <= sentences
    assert "'-3" in {row["text"] for row in rows}
    for row in rows:
        for value in row.values():
            # Only a cell that is a plain number (a negative value) may start with a sign.
            if value.startswith(("=", "+", "-", "@")):
                assert float(value) < 0, value


def test_pdf_over_the_time_cap_is_stopped(tmp_path: Path) -> None:
    small = minimal_pdf(b"BT /F1 12 Tf 72 720 Td (Police arrested 40 suspects.) Tj ET")
    # pypdf 7.1 needs about 3.5 s for this page's 100,000 text operators on the development machine; with
    # 20,000 it needed 0.73 s there on a quiet day, too close to the 0.5 s cap (the test then failed).
    slow = minimal_pdf(b"BT /F1 12 Tf " + b"(word 12) Tj 0 -1 Td " * 100_000 + b"ET")
    with PdfWorker(ReaderConfig(pdf_seconds=0.5)) as worker:
        assert worker.parse(small, path="small.pdf").pages == ("Police arrested 40 suspects.",)
        started = time.monotonic()
        with pytest.raises(InputError, match=r"slow.pdf: took longer than 0.5 s to parse"):
            worker.parse(slow, path="slow.pdf")
        assert time.monotonic() - started < 1.5
        # The stuck worker was replaced: the next PDF is read as usual.
        assert worker.parse(small, path="small.pdf").pages == ("Police arrested 40 suspects.",)
