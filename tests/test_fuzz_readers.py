"""Fuzzing: random and mutated bytes through every reader and the extractor; nothing escapes or hangs."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from builders import ARTICLE_SENTENCES, article_page, make_docx, make_pdf, minimal_pdf
from factaudit.errors import InputError
from factaudit.extract import extract_claims
from factaudit.ingest import build_document, load_corpus
from factaudit.readers import FORMATS, PdfWorker, ReaderConfig, read_file_bytes, text_reading

# The time one file may take, reading and extraction together: a base for the fixed costs (trafilatura's
# first parse, the PDF worker) plus a rate per MB. The extractor reads BBC prose at about 10 s per MB on
# the development machine; three times that leaves room for a slower CI machine without hiding a hang.
BASE_SECONDS = 5.0
SECONDS_PER_MB = 30.0
CONFIG = ReaderConfig(pdf_seconds=BASE_SECONDS)
# Examples per format. derandomize: CI runs the same examples every time, so a failure is reproducible;
# `-m slow` runs a longer, random search.
FAST = settings(
    max_examples=100,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
DEEP = settings(FAST, max_examples=400, derandomize=False)


@pytest.fixture(scope="module")
def worker() -> Iterator[PdfWorker]:
    with PdfWorker(CONFIG) as shared:
        yield shared


@pytest.fixture(scope="module")
def seeds(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """A valid file of each format, for the mutating strategy to damage."""
    folder = tmp_path_factory.mktemp("seeds")
    make_docx(folder / "a.docx", list(ARTICLE_SENTENCES[:2]), [["Route", "Arrivals"], ["Sea", "15,682"]], [])
    text = "\n".join(ARTICLE_SENTENCES)
    return {
        "text": text.encode("cp1252"),
        "markdown": f"---\ntitle: T\n---\n# Head\n\n**{ARTICLE_SENTENCES[0]}** [x](http://y.org)".encode(),
        "html": article_page().encode(),
        "pdf": make_pdf(folder / "a.pdf", [list(ARTICLE_SENTENCES)]),
        "hand pdf": minimal_pdf(b"BT /F1 12 Tf 72 720 Td (Police arrested 40 people in 2022.) Tj ET"),
        "docx": (folder / "a.docx").read_bytes(),
        "csv": f'category,file,title,text\nnews,1.txt,T,"{ARTICLE_SENTENCES[0]}"\n'.encode(),
    }


@st.composite
def mutated(draw: st.DrawFn, seed: bytes) -> bytes:
    """`seed` with a few bytes flipped, runs inserted or deleted, or its tail cut off."""
    data = bytearray(seed)
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, max(len(data) - 1, 0)))
        action = draw(st.sampled_from(("flip", "insert", "delete", "cut")))
        if action == "flip" and data:
            data[at] = draw(st.integers(0, 255))
        elif action == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=64))
        elif action == "delete":
            del data[at : at + draw(st.integers(1, 64))]
        elif action == "cut":
            del data[at:]
    return bytes(data)


def _suffix(kind: str) -> str:
    return {"text": ".txt", "markdown": ".md", "hand pdf": ".pdf"}.get(kind, f".{kind}")


def _read_and_extract(data: bytes, suffix: str, worker: PdfWorker) -> None:
    """The property: a reader returns documents or raises InputError, and the extractor takes any of them,
    all within the time bound."""
    started = time.monotonic()
    try:
        readings = read_file_bytes(Path(f"fuzz{suffix}"), data, CONFIG, worker)
    except InputError:
        readings = []
    for index, reading in enumerate(readings):
        if not reading.text.strip():
            continue
        try:
            document = build_document(f"fuzz{index}", f"fuzz{suffix}", reading)
        except InputError:
            continue
        for claim in extract_claims(document):
            assert document.text[claim.start : claim.end] == claim.text
    elapsed = time.monotonic() - started
    assert elapsed <= BASE_SECONDS + SECONDS_PER_MB * len(data) / 1e6, (elapsed, len(data))


SEEDED = ("text", "markdown", "html", "pdf", "hand pdf", "docx", "csv")


@pytest.mark.parametrize("suffix", sorted(set(FORMATS)))
@FAST
@given(data=st.binary(max_size=4096))
def test_random_bytes(suffix: str, data: bytes, worker: PdfWorker) -> None:
    _read_and_extract(data, suffix, worker)


@pytest.mark.parametrize("kind", SEEDED)
@FAST
@given(choice=st.data())
def test_mutated_files(kind: str, choice: st.DataObject, seeds: dict[str, bytes], worker: PdfWorker) -> None:
    _read_and_extract(choice.draw(mutated(seeds[kind])), _suffix(kind), worker)


@pytest.mark.slow
@pytest.mark.parametrize("kind", SEEDED)
@DEEP
@given(choice=st.data())
def test_mutated_files_deep(
    kind: str, choice: st.DataObject, seeds: dict[str, bytes], worker: PdfWorker
) -> None:
    _read_and_extract(choice.draw(mutated(seeds[kind])), _suffix(kind), worker)


@FAST
@given(text=st.text(max_size=2000))
def test_extractor_on_random_text(text: str) -> None:
    try:
        document = build_document("fuzz", "fuzz.md", text_reading(text, path="fuzz.md", markdown=True))
    except InputError:
        return  # front matter that is not YAML: the reader's answer, tested above
    started = time.monotonic()
    claims = extract_claims(document)
    assert all(document.text[c.start : c.end] == c.text for c in claims)
    assert time.monotonic() - started <= BASE_SECONDS


@pytest.mark.parametrize("suffix", [".txt", ".html", ".pdf", ".docx", ".csv"])
def test_a_megabyte_of_random_bytes_is_refused_in_time(suffix: str, tmp_path: Path) -> None:
    import random

    noise = random.Random(suffix).randbytes(1_000_000)
    (tmp_path / f"noise{suffix}").write_bytes(noise)
    started = time.monotonic()
    corpus = load_corpus([tmp_path], config=CONFIG)
    assert (corpus.documents, len(corpus.skipped)) == ((), 1)
    assert time.monotonic() - started <= BASE_SECONDS + SECONDS_PER_MB


def test_extractor_survives_a_huge_exponent() -> None:
    extract_claims(build_document("fuzz", "fuzz.txt", text_reading("It was 3.5e999 units.", path="fuzz.txt")))
