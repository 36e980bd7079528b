"""Work run aside and the command line's start-up: the same files whatever runs where, few imports."""

from __future__ import annotations

import gc
import os
import pickle
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from factaudit import arithmetic
from factaudit import audit as pipeline
from factaudit import columns as col
from factaudit.audit import AuditConfig, run_audit
from factaudit.cli import app
from factaudit.engine import ASIDE_MIN_DOCUMENTS, StandbyAside, Streamed, aside_processes, run_here
from factaudit.extract import claims_frame, extract_documents
from factaudit.ingest import load_corpus
from factaudit.output import CLAIM_FORMATS, audit_payload, claim_record, claims_text, records_text
from factaudit.report import compact, render_html
from factaudit.report.build import documents_reuse_search
from factaudit.report.provenance import AsideReuse, find_reuse
from factaudit.store import restore_types

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
OUTPUTS = ("claims.csv", "audit.json", "audit.html")
runner = CliRunner()


@pytest.mark.parametrize("cache", [False, True], ids=["no-cache", "cache"])
def test_audit_in_several_processes_writes_the_same_files(
    generated: Path, tmp_path: Path, cache: bool
) -> None:
    """With two jobs the checks, the text-reuse search and the tables run in processes aside; every
    file is byte-identical to the one-process run's."""
    assert len(load_corpus([generated]).documents) >= ASIDE_MIN_DOCUMENTS
    written: dict[str, dict[str, bytes]] = {}
    for jobs in ("1", "2"):
        out = tmp_path / jobs
        store = ["--cache", str(out / "cache.parquet")] if cache else ["--no-cache"]
        paths = [str(out / name) for name in OUTPUTS]
        options = ["--claims", paths[0], "--json", paths[1], "--html", paths[2], *store, "--jobs", jobs]
        result = runner.invoke(app, ["audit", str(generated), *options])
        assert result.exit_code == 0, result.output
        written[jobs] = {name: (out / name).read_bytes() for name in OUTPUTS}
    for name in OUTPUTS:
        assert written["2"][name] == written["1"][name], name


def test_text_reuse_found_by_the_audit_is_the_reports_own() -> None:
    """The search the audit makes aside is the one the report would make: the same page."""
    result = run_audit(AuditConfig(sources=(str(SEEDS),), text_reuse=True))
    assert result.reuse is not None and result.reuse.notes
    payload = audit_payload(result, [str(SEEDS)])
    texts = {d.doc_id: d.text for d in result.corpus.documents}
    assert render_html(payload, texts, result.reuse) == render_html(payload, texts)
    # Asked about other documents, it looks for itself.
    fewer = result.reuse.documents[:2]
    assert result.reuse(fewer, None) == find_reuse(fewer, None)
    assert run_audit(AuditConfig(sources=(str(SEEDS),))).reuse is None


def test_no_text_reuse_ahead_when_the_search_depends_on_the_findings(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Over REUSE_MAX_DOCUMENTS the report searches first the documents its findings show: the audit
    cannot know them ahead, and leaves the search to the report."""
    documents = load_corpus([SEEDS]).documents
    assert documents_reuse_search(documents) is not None
    monkeypatch.setattr(compact, "REUSE_MAX_DOCUMENTS", len(documents) - 1)
    assert documents_reuse_search(documents) is None
    assert run_audit(AuditConfig(sources=(str(SEEDS),), text_reuse=True)).reuse is None


def test_text_reuse_searched_aside_by_the_report_gives_the_same_page(monkeypatch: pytest.MonkeyPatch) -> None:
    """When the audit cannot search ahead, the report starts the search in a process beside it before
    building the rest (`AsideReuse`): the page is the one a search made in place gives."""
    monkeypatch.setattr(compact, "REUSE_MAX_DOCUMENTS", 3)
    result = run_audit(AuditConfig(sources=(str(SEEDS),), text_reuse=True))
    assert result.reuse is None
    payload = audit_payload(result, [str(SEEDS)])
    texts = {d.doc_id: d.text for d in result.corpus.documents}
    with aside_processes(2) as aside:
        aside_page = render_html(payload, texts, AsideReuse(aside))
    assert aside_page == render_html(payload, texts, find_reuse)
    # ...and the search found notes that show: a page without them differs.
    assert aside_page != render_html(payload, texts, lambda documents, detailed: ())


def test_text_reuse_searched_by_a_process_forked_before_the_audit_gives_the_same_page(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The process made before the audit (`StandbyAside`) is handed the documents through a pipe, and the
    page is the one a search made in place gives."""
    monkeypatch.setattr(compact, "REUSE_MAX_DOCUMENTS", 3)
    with StandbyAside() as standby:
        result = run_audit(AuditConfig(sources=(str(SEEDS),), text_reuse=True))
        payload = audit_payload(result, [str(SEEDS)])
        texts = {d.doc_id: d.text for d in result.corpus.documents}
        assert render_html(payload, texts, AsideReuse(standby)) == render_html(payload, texts, find_reuse)


def _heap_size_of(values: list[int]) -> int:
    return len(values)


def test_a_process_made_before_waits_for_its_work_and_ends_with_its_block() -> None:
    """A `StandbyAside` runs one piece of work at a time in the one process it forked when it was made,
    named after the work; what it is handed is pickled (objects made since the fork reach it), errors
    are raised where the result is asked for, and the process is gone after the block."""
    with StandbyAside() as standby:
        made_after = list(range(50_000))
        first, second = standby(_pid_after, 0.2), standby(_pid_after, 0)
        assert first.result()[0] == second.result()[0] != os.getpid()
        assert second.result()[1] >= first.result()[2]
        assert standby(_heap_size_of, made_after).result() == 50_000
        assert standby(_own_name).result() == "_own_name"
        with pytest.raises(ValueError, match="no such figure") as raised:
            standby(_fail, "no such figure").result()
        assert any("_fail" in note for note in raised.value.__notes__)
        pid = first.result()[0]
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)


def _pieces_read(pieces: Streamed[list[int]], first: int) -> list[int]:
    """The sums of the first `first` pieces, and the process's id; the rest are left unread."""
    return [sum(piece) for piece, _ in zip(pieces, range(first), strict=False)] + [os.getpid()]


def test_an_argument_streamed_to_a_process_made_before_comes_piece_by_piece() -> None:
    """A `Streamed` argument reaches the work as the pieces it is made of, in order, made as they are
    read; pieces the work leaves unread do not reach the next work; in this process, and in one forked
    for the work, the work reads the pieces themselves; to a pool's process they are pickled whole."""
    made: list[int] = []

    def pieces() -> Iterator[list[int]]:
        for n in range(5):
            made.append(n)
            yield list(range(n * 1000))

    expected = [sum(range(n * 1000)) for n in range(5)]
    with StandbyAside() as standby:
        assert standby(_pieces_read, Streamed(pieces()), 5).result()[:-1] == expected
        assert made == list(range(5))
        assert standby(_pieces_read, Streamed(pieces()), 2).result()[:-1] == expected[:2]
        assert standby(_pieces_read, Streamed(iter([[7]])), 5).result()[:-1] == [7]
        with pytest.raises(TypeError):
            standby(_pieces_read, Streamed(pieces()), first=Streamed(pieces()))
    assert run_here(_pieces_read, Streamed(pieces()), 5).result()[:-1] == expected
    with aside_processes(2) as forked:
        assert forked(_pieces_read, Streamed(pieces()), 5).result()[:-1] == expected
    # Pickled to a pool's process where processes do not fork: whole.
    assert list(pickle.loads(pickle.dumps(Streamed(pieces())))) == [list(range(n * 1000)) for n in range(5)]


def test_checks_streamed_by_batches_to_a_process_made_before_are_the_checks_made_at_once(
    generated: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The checks sent a batch of documents at a time to the process made before the audit are those
    made at once in this process."""
    documents = load_corpus([generated]).documents
    claims = restore_types(claims_frame(extract_documents(documents)))
    every = arithmetic.checks_by_document(claims, documents, claims)
    monkeypatch.setattr(arithmetic, "CHECK_BATCH_DOCUMENTS", 50)
    with StandbyAside() as standby:
        batches = Streamed(arithmetic.document_batches(claims, documents))
        sent = standby(arithmetic.checks_of_batches, batches, arithmetic.dated_count_claims(claims))
        assert sent.result() == every


def test_pairs_classified_partly_in_a_process_made_before_are_classified_as_here(
    generated: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pairs sent a piece at a time to a second process made before the audit, and classified there,
    get the kinds, findings and pairs they get when every pair is classified in this process."""
    config = AuditConfig(sources=(str(generated),), cache=None)
    here = run_audit(config)
    monkeypatch.setattr(pipeline, "CLASSIFY_ASIDE_MIN_PAIRS", 1)
    monkeypatch.setattr(pipeline, "CLASSIFY_PIECE_PAIRS", 50)
    assert len(here.pairs) > 4 * pipeline.CLASSIFY_PIECE_PAIRS  # several pieces go aside
    pieces: list[int] = []  # the pairs of each piece made: this process's share, then those sent aside
    piece = pipeline._pair_piece

    def counted(*args: Any) -> pipeline._PairPiece:
        made = piece(*args)
        pieces.append(len(made.lefts))
        return made

    monkeypatch.setattr(pipeline, "_pair_piece", counted)
    split = run_audit(replace(config, jobs=2))
    assert len(pieces) > 2 and sum(pieces) == len(here.pairs)
    assert split.findings == here.findings
    assert split.pairs.equals(here.pairs)


@pytest.mark.parametrize("fmt", CLAIM_FORMATS)
def test_claims_written_from_claims_equal_the_claims_table(fmt: str) -> None:
    """`factaudit extract` writes the claims without a DataFrame: the same text as the table gives,
    whole numbers in float fields (large ones too) included."""
    claims = extract_documents(load_corpus([SEEDS]).documents)
    claims += [replace(claims[0], value=3, low=3, high=2**60), replace(claims[1], page=2)]
    from_claims = records_text([claim_record(claim) for claim in claims], fmt)
    assert from_claims == claims_text(claims_frame(claims), fmt)


# The pipeline's libraries, and the modules only a review or a gate needs (the baseline, the classifier and
# the file lock took 55 ms of a `factaudit extract` run's start-up while the review level came from there).
_HEAVY = (
    "pandas",
    "numpy",
    "jinja2",
    "rapidfuzz",
    "pyarrow",
    "factaudit.baseline",
    "factaudit.classify",
    "filelock",
)


def test_help_starts_without_the_pipelines_libraries() -> None:
    """`factaudit --help` imports neither the tables, the matcher nor the report's templates."""
    code = (
        "import sys\n"
        "from factaudit.cli import app\n"
        "try:\n"
        "    app(['--help'], standalone_mode=False)\n"
        "except SystemExit:\n"
        "    pass\n"
        f"print(sorted(set({_HEAVY!r}) & set(sys.modules)))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip().splitlines()[-1] == "[]"


def _pid_after(seconds: float) -> tuple[int, float, float]:
    began = time.monotonic()
    time.sleep(seconds)
    return os.getpid(), began, time.monotonic()


def _read_one_byte(fd: int) -> bytes:
    return os.read(fd, 1)


def _fail(message: str) -> None:
    raise ValueError(message)


def test_each_piece_of_work_aside_has_its_own_process_and_no_more_run_at_once() -> None:
    """A process per piece of work, gone when its result is back; three pieces on two jobs: the third
    starts when one of the first two has ended."""
    with aside_processes(2) as aside:
        futures = [aside(_pid_after, 0.3) for _ in range(3)]
        done = [future.result() for future in futures]
    pids = {pid for pid, _, _ in done}
    assert len(pids) == 3 and os.getpid() not in pids
    for pid in pids:
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)
    assert done[2][1] >= min(done[0][2], done[1][2])


def _own_name() -> str:
    return Path("/proc/self/comm").read_text(encoding="ascii").strip()


@pytest.mark.skipif(not Path("/proc/self/comm").exists(), reason="processes are named through /proc")
def test_a_process_aside_is_named_after_its_work() -> None:
    """ps, top and the scale benchmark tell side processes apart by name: each bears its work's (as
    long as the system allows), not its parent's."""
    with aside_processes(2) as aside:
        assert aside(_own_name).result() == "_own_name"
        assert aside(_pid_after_a_long_name, 0).result()[1] == "_pid_after_a_lo"
    assert _own_name() != "_own_name"


def _pid_after_a_long_name(seconds: float) -> tuple[int, str]:
    time.sleep(seconds)
    return os.getpid(), _own_name()


def test_the_collector_leaves_inherited_objects_alone_while_work_runs_aside() -> None:
    """While a process aside runs, the objects there were at its fork are frozen out of the collector;
    once the last one has ended, they are the collector's again."""
    assert gc.get_freeze_count() == 0
    read, write = os.pipe()
    try:
        with aside_processes(2) as aside:
            future = aside(_read_one_byte, read)
            assert gc.get_freeze_count() > 0
            os.write(write, b"x")
            assert future.result() == b"x"
        assert gc.get_freeze_count() == 0
    finally:
        os.close(read)
        os.close(write)


def test_an_error_aside_is_raised_where_its_result_is_asked_for() -> None:
    """The exception raised aside is raised by the Future, with the side process's traceback in a note;
    a process that ends without a result is an error too."""
    with aside_processes(2) as aside:
        failed = aside(_fail, "no such figure")
        ended = aside(os._exit, 3)
        with pytest.raises(ValueError, match="no such figure") as raised:
            failed.result()
        assert any("_fail" in note for note in raised.value.__notes__)
        with pytest.raises(ChildProcessError):
            ended.result()


def test_checks_made_by_batches_of_documents_are_the_checks_made_at_once(
    generated: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The side process checks a few documents at a time, out of the whole claims table: the checks and
    the documents that read other documents' counts are those of one batch of all, and of a table that
    holds only the checked documents' claims."""
    documents = load_corpus([generated]).documents
    claims = restore_types(claims_frame(extract_documents(documents)))
    every = arithmetic.checks_by_document(claims, documents, claims)
    assert sum(map(len, every.checks.values()))
    chosen = documents[::3]
    own = claims[claims[col.DOC_ID].isin({d.doc_id for d in chosen})]
    alone = arithmetic.checks_by_document(own, chosen, claims)
    for batch in (1, 7):
        monkeypatch.setattr(arithmetic, "CHECK_BATCH_DOCUMENTS", batch)
        assert arithmetic.checks_by_document(claims, documents, claims) == every
        assert arithmetic.checks_by_document(claims, chosen, claims) == alone
    assert alone.checks == {d.doc_id: every.checks[d.doc_id] for d in chosen}
