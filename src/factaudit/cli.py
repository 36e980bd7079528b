"""The command line: translates options to an AuditConfig and a result to output and an exit status."""

from __future__ import annotations

import datetime as dt
import functools
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from enum import IntEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, ParamSpec

import typer

from factaudit.errors import FactauditError, UsageError
from factaudit.levels import DEFAULT_REVIEW_LEVEL

# What a command needs is imported inside it: `factaudit --help` starts without pandas, numpy, the
# extractor or the report, and `factaudit extract` without matching, the report's templates, the CI
# formats, the baseline or the ClaimReview export.
if TYPE_CHECKING:
    from rich.progress import TaskID

    from factaudit.audit import AuditConfig, AuditResult, ProgressHook
    from factaudit.claimreview import Author
    from factaudit.config import Settings
    from factaudit.readers import ReaderConfig

P = ParamSpec("P")


class ExitStatus(IntEnum):
    OK = 0
    FINDINGS = 1
    ERROR = 2


app = typer.Typer(
    add_completion=False,
    no_args_is_help=False,
    pretty_exceptions_enable=False,
    help="Audit the numeric claims of a set of news sources: extract, match, flag disagreements.",
)

SourcesArgument = Annotated[
    list[str] | None,
    typer.Argument(
        help="Files or folders to audit (default: seeds/). '-' reads one document from standard input."
    ),
]
StrictOption = Annotated[
    bool, typer.Option("--strict", help="Exit 2 when any source file had to be skipped.")
]
BaselineOption = Annotated[
    Path | None,
    typer.Option(
        "--baseline",
        help="The baseline of known findings and review decisions (default: claims/baseline.json).",
    ),
]
EncodingOption = Annotated[
    list[str] | None,
    typer.Option(
        "--encoding",
        help="Encoding to try on files that are not UTF-8, in order (repeatable; default: cp1252, latin-1).",
    ),
]
MaxBytesOption = Annotated[
    int | None, typer.Option("--max-bytes", help="Skip source files larger than this (default: 64 MiB).")
]


def reports_errors(command: Callable[P, None]) -> Callable[P, None]:
    """Show a FactauditError as one line on stderr and exit 2: the one place errors are caught."""

    @functools.wraps(command)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> None:
        try:
            command(*args, **kwargs)
        except FactauditError as error:
            typer.echo(f"factaudit: error: {error}", err=True)
            raise typer.Exit(ExitStatus.ERROR) from error

    return wrapper


@dataclass(frozen=True)
class _Input:
    """What the reading options say: the sources, standard input's text when '-' is one, the readers."""

    sources: tuple[str, ...]
    stdin_text: str | None
    readers: ReaderConfig
    jobs: int


def _input(
    sources: list[str] | None, encodings: list[str] | None, max_bytes: int | None, jobs: int
) -> _Input:
    from factaudit.ingest import DEFAULT_SOURCES
    from factaudit.readers import ReaderConfig

    if jobs < 0:
        raise UsageError(f"--jobs must be 0 (one per CPU core) or more, not {jobs}")
    chosen = tuple(sources) if sources else DEFAULT_SOURCES
    stdin_text = sys.stdin.read() if "-" in chosen else None
    if chosen.count("-") > 1:
        raise UsageError("'-' (standard input) can be given only once")
    readers = ReaderConfig()
    if encodings:
        readers = replace(readers, encodings=tuple(encodings))
    if max_bytes is not None:
        readers = replace(readers, max_bytes=max_bytes)
    return _Input(chosen, stdin_text, readers, jobs)


def _config(
    sources: list[str] | None,
    encodings: list[str] | None = None,
    max_bytes: int | None = None,
    *,
    engine: str = "local",
    scheduler: str | None = None,
    cache: Path | None = None,
    jobs: int = 1,
    text_reuse: bool = False,
) -> AuditConfig:
    from factaudit.audit import AuditConfig

    given = _input(sources, encodings, max_bytes, jobs)
    return AuditConfig(
        sources=given.sources,
        stdin_text=given.stdin_text,
        readers=given.readers,
        engine=engine,
        scheduler=scheduler,
        cache=cache,
        jobs=jobs,
        text_reuse=text_reuse,
    )


JobsOption = Annotated[
    int,
    typer.Option(
        "--jobs",
        "-j",
        help="Extract in this many processes (0, the default: one per CPU core; 1: all in this process); "
        "`audit` also checks and writes in them beside this one. The outputs are the same whatever the "
        "number.",
    ),
]
EngineOption = Annotated[
    str, typer.Option("--engine", help="local (this process) or dask (a Dask cluster; see --scheduler).")
]
SchedulerOption = Annotated[
    str | None,
    typer.Option(
        "--scheduler", help="Address of a running Dask scheduler (tcp://host:8786); default: a LocalCluster."
    ),
]
DEFAULT_CACHE = Path("claims/cache/claims.parquet")
CacheOption = Annotated[
    Path,
    typer.Option("--cache", help="The incremental claim store: unchanged documents are not re-extracted."),
]
NoCacheOption = Annotated[
    bool, typer.Option("--no-cache", help="Extract every document afresh; write no store.")
]


@contextmanager
def progress_bar() -> Iterator[ProgressHook | None]:
    """A rich progress bar on stderr for long runs; none when stderr is not a terminal or under CI."""
    if not sys.stderr.isatty() or os.environ.get("CI"):
        yield None
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as bar:
        tasks: dict[str, TaskID] = {}

        def hook(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = bar.add_task(stage, total=total)
            bar.update(tasks[stage], completed=done, total=total)

        yield hook


def _report_skipped(result: AuditResult, strict: bool) -> None:
    for skipped in result.corpus.skipped:
        typer.echo(f"factaudit: skipped {skipped.path}: {skipped.reason}", err=True)
    if strict and result.corpus.skipped:
        raise UsageError(f"{len(result.corpus.skipped)} source file(s) skipped and --strict is set")


@app.command()
@reports_errors
def audit(
    sources: SourcesArgument = None,
    claims: Annotated[Path, typer.Option("--claims", help="Where to write the claims table (CSV).")] = Path(
        "claims/claims.csv"
    ),
    json_path: Annotated[Path, typer.Option("--json", help="Where to write the JSON audit.")] = Path(
        "reports/audit.json"
    ),
    html: Annotated[Path, typer.Option("--html", help="Where to write the HTML report.")] = Path(
        "reports/audit.html"
    ),
    strict: StrictOption = False,
    baseline: BaselineOption = None,
    encoding: EncodingOption = None,
    max_bytes: MaxBytesOption = None,
    claimreview: Annotated[
        Path | None,
        typer.Option(
            "--claimreview",
            help="Write the findings marked `confirmed` in the baseline as schema.org ClaimReview JSON-LD "
            "to FILE, and as CSV beside it (FILE with a .csv suffix).",
        ),
    ] = None,
    claimreview_author: Annotated[
        str | None, typer.Option("--claimreview-author", help="The publishing organisation's name.")
    ] = None,
    claimreview_author_url: Annotated[
        str | None, typer.Option("--claimreview-author-url", help="The publishing organisation's URL.")
    ] = None,
    engine: EngineOption = "local",
    scheduler: SchedulerOption = None,
    cache: CacheOption = DEFAULT_CACHE,
    no_cache: NoCacheOption = False,
    jobs: JobsOption = 0,
) -> None:
    """Audit SOURCES: write the claims table, the JSON audit and the HTML report; print a summary."""
    from factaudit.audit import run_audit
    from factaudit.baseline import annotate_payload, load_baseline
    from factaudit.claimreview import claim_review_csv, claim_review_document, claim_reviews
    from factaudit.config import load_settings
    from factaudit.engine import Streamed, aside_for, release_freed_memory, standby_aside
    from factaudit.files import write_atomic
    from factaudit.output import audit_payload, dumps_json, table_pieces, write_tables
    from factaudit.report import write_html
    from factaudit.report.reusememo import ReuseMemo, StoredReuse

    settings = load_settings(Path.cwd())
    author = _claimreview_author(
        claimreview,
        claimreview_author or settings.claimreview_author,
        claimreview_author_url or settings.claimreview_author_url,
    )
    config = _config(
        _configured_sources(sources, settings),
        encoding,
        max_bytes,
        engine=engine,
        scheduler=scheduler,
        cache=None if no_cache else cache,
        jobs=jobs,
        text_reuse=True,  # the longest part of the report: the audit looks for it aside, meanwhile
    )
    # The checks and the report's text-reuse search run in a process forked now, while the heap is small,
    # and the claims table and JSON audit are written by another: forked later, each kept a copy of the
    # pages the audit went on to change (`StandbyAside`). The one made last must end first: it holds the
    # ends of the first one's pipes, whose closing tells that one to end.
    with standby_aside(config.jobs) as standby, standby_aside(config.jobs) as writer:
        with progress_bar() as progress:
            result = run_audit(config, progress, standby)
        _report_skipped(result, strict)
        if not result.corpus.documents:
            raise UsageError("no readable document among the sources")
        payload = audit_payload(result, config.sources, columns=True)
        baseline_path = baseline or settings.baseline
        if baseline_path.exists():
            payload = annotate_payload(payload, load_baseline(baseline_path))
        texts = {d.doc_id: d.text for d in result.corpus.documents}
        reuse, store = result.reuse, result.store
        # Made before the report, which drops the claims they quote.
        reviews = None if author is None else claim_reviews(payload, author, dt.date.today())
        # The payload holds all the outputs need: the claims table, pairs and findings go before the report is
        # built (100,000 documents: several GB, the peak of the run).
        del result
        release_freed_memory()
        # The claims table and the JSON audit are written aside while the report is built here, their
        # pieces pickled to the writer one by one (`Streamed`): it holds one piece at a time.
        pieces = Streamed(table_pieces(payload))
        tables = aside_for(writer, len(texts))(write_tables, claims, json_path, pieces)
        # Text reuse (when the audit could not look for it meanwhile) is searched aside too, by the
        # process that was forked before the audit.
        # The texts are handed over: the report drops those it does not read (most, in a large corpus).
        # With the claim store, a search of the documents the last run searched takes its stored notes.
        memo = ReuseMemo(config.cache) if config.cache is not None else None
        find = reuse or StoredReuse(aside_for(standby, len(texts)), memo)
        write_html(html, payload, texts, find, release_texts=True, release_claims=True)
        tables.result()
    if claimreview is not None and reviews is not None:
        write_atomic(claimreview, dumps_json(claim_review_document(reviews)))
        write_atomic(claimreview.with_suffix(".csv"), claim_review_csv(reviews))
        typer.echo(f"{len(reviews)} confirmed finding(s) written to {claimreview}", err=True)
    summary = payload["summary"]
    kinds = ", ".join(f"{kind} {count}" for kind, count in summary["findings_by_kind"].items()) or "none"
    typer.echo(
        f"{summary['documents']} documents, {summary['claims']} claims, "
        f"{summary['findings']} findings ({kinds}); "
        f"{summary['skipped']} skipped"
    )
    typer.echo(f"wrote {claims}, {json_path}, {html}")
    if config.cache is not None:
        typer.echo(
            f"claim store {config.cache}: {store.reused} document(s) reused, {store.extracted} extracted",
            err=True,
        )


@app.command()
@reports_errors
def extract(
    sources: SourcesArgument = None,
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Write to FILE instead of stdout.")
    ] = None,
    fmt: Annotated[str, typer.Option("--format", help="csv, jsonl or json.")] = "csv",
    strict: StrictOption = False,
    encoding: EncodingOption = None,
    max_bytes: MaxBytesOption = None,
    jobs: JobsOption = 0,
) -> None:
    """Extract the claims of SOURCES only, without matching."""
    from factaudit.extract import extract_documents
    from factaudit.files import write_atomic
    from factaudit.ingest import load_corpus
    from factaudit.output import CLAIM_FORMATS, claim_record, records_text

    if fmt not in CLAIM_FORMATS:
        raise UsageError(f"--format must be one of {', '.join(CLAIM_FORMATS)}, not {fmt!r}")
    given = _input(sources, encoding, max_bytes, jobs)
    corpus = load_corpus(
        list(given.sources), stdin_text=given.stdin_text, config=given.readers, jobs=given.jobs
    )
    for skipped in corpus.skipped:
        typer.echo(f"factaudit: skipped {skipped.path}: {skipped.reason}", err=True)
    if strict and corpus.skipped:
        raise UsageError(f"{len(corpus.skipped)} source file(s) skipped and --strict is set")
    claims = extract_documents(corpus.documents, given.jobs or os.cpu_count() or 1)
    # Written from the claims themselves, not a DataFrame: the same text, without pandas' import.
    text = records_text([claim_record(claim) for claim in claims], fmt)
    if output is None:
        sys.stdout.write(text)
    else:
        write_atomic(output, text)


def _claimreview_author(path: Path | None, name: str | None, url: str | None) -> Author | None:
    """The ClaimReview publisher, checked before the audit runs."""
    from factaudit.claimreview import Author

    if path is None:
        return None
    if not name:
        raise UsageError(
            "--claimreview needs --claimreview-author or claimreview_author in [tool.factaudit] "
            "(the publishing organisation's name)"
        )
    if path.suffix.lower() == ".csv":
        raise UsageError("--claimreview names the JSON-LD file; the CSV is written beside it")
    return Author(name=name, url=url)


def _configured_sources(sources: list[str] | None, settings: Settings) -> list[str] | None:
    """SOURCES from the command line, else from the project's configuration, else the default."""
    return sources or (list(settings.sources) if settings.sources else None)


def _audited(
    sources: list[str] | None,
    settings: Settings,
    strict: bool,
    cache: Path | None = None,
    jobs: int = 1,
) -> AuditResult:
    """The audit the gate and the baseline read: the pipeline without the report, with the claim store
    (`cache`) when given, so that a CI run after an edit extracts and scores only what changed."""
    from factaudit.audit import run_audit

    result = run_audit(_config(_configured_sources(sources, settings), cache=cache, jobs=jobs))
    _report_skipped(result, strict)
    if not result.corpus.documents:
        raise UsageError("no readable document among the sources")
    if cache is not None:
        store = result.store
        typer.echo(
            f"claim store {cache}: {store.reused} document(s) reused, {store.extracted} extracted", err=True
        )
    return result


def _one_of(value: str, option: str, choices: tuple[str, ...]) -> str:
    if value not in choices:
        raise UsageError(f"{option} must be one of {', '.join(choices)}, not {value!r}")
    return value


@app.command()
@reports_errors
def check(
    sources: SourcesArgument = None,
    baseline: BaselineOption = None,
    fail_on: Annotated[
        str | None,
        typer.Option("--fail-on", help="error (default: number and date conflicts) or warning (drifts too)."),
    ] = None,
    fmt: Annotated[
        str | None, typer.Option("--format", help="text (default), json, sarif, github or junit.")
    ] = None,
    strict: StrictOption = False,
    cache: CacheOption = DEFAULT_CACHE,
    no_cache: NoCacheOption = False,
    jobs: JobsOption = 0,
) -> None:
    """The CI gate: exit 1 when a finding at or above --fail-on is new (not in the baseline) or confirmed.

    Machine output goes to stdout, messages to stderr. Exit 0 when nothing blocks, 2 on bad input.
    """
    from factaudit.baseline import load_baseline
    from factaudit.config import load_settings
    from factaudit.formats import CHECK_FORMATS, check_report, render_check
    from factaudit.gate import FAIL_LEVELS, evaluate

    settings = load_settings(Path.cwd())
    level = _one_of(fail_on or settings.fail_on, "--fail-on", FAIL_LEVELS)
    chosen_format = _one_of(fmt or settings.format, "--format", CHECK_FORMATS)
    baseline_path = baseline or settings.baseline
    known = load_baseline(baseline_path)
    if not baseline_path.exists():
        typer.echo(f"factaudit: no baseline at {baseline_path}: every finding is new", err=True)
    result = _audited(sources, settings, strict, None if no_cache else cache, jobs)
    gate = evaluate(result.findings, known, level)
    sys.stdout.write(render_check(chosen_format, check_report(result, gate, Path.cwd())))
    if gate.stale:
        typer.echo(
            f"factaudit: {len(gate.stale)} baseline entr{'y is' if len(gate.stale) == 1 else 'ies are'} "
            "stale (finding no longer found); `factaudit baseline --prune` removes them",
            err=True,
        )
    for item in gate.blocking:
        state = "new" if item.new else item.status
        typer.echo(f"factaudit: blocking ({state}): {item.finding.kind} {item.finding.fingerprint}", err=True)
    typer.echo(
        f"factaudit: check {'failed' if gate.return_code else 'passed'}: {len(gate.blocking)} blocking, "
        f"{len(gate.new)} new, {len(gate.items)} finding(s), at or above {level} blocks",
        err=True,
    )
    raise typer.Exit(ExitStatus(gate.return_code))


@app.command("baseline")
@reports_errors
def baseline_command(
    sources: SourcesArgument = None,
    baseline: BaselineOption = None,
    prune: Annotated[
        bool, typer.Option("--prune", help="Remove stale entries (findings no longer found), decisions too.")
    ] = False,
    strict: StrictOption = False,
    cache: CacheOption = DEFAULT_CACHE,
    no_cache: NoCacheOption = False,
    jobs: JobsOption = 0,
) -> None:
    """Record the current findings in the baseline as `unreviewed`, keeping every existing decision."""
    from factaudit.baseline import load_baseline, record_findings
    from factaudit.config import load_settings

    settings = load_settings(Path.cwd())
    baseline_path = baseline or settings.baseline
    load_baseline(baseline_path)  # a corrupt or newer baseline fails before the audit runs
    result = _audited(sources, settings, strict, None if no_cache else cache, jobs)
    outcome = record_findings(baseline_path, result.findings, result.claims, prune=prune)
    for entry in outcome.stale:
        note = f" ({entry.note})" if entry.note else ""
        action = "pruned" if prune else "stale"
        typer.echo(f"{action}: {entry.fingerprint} {entry.kind} [{entry.status}]{note}")
    reviewed = sum(e.status != "unreviewed" for e in outcome.baseline.entries.values())
    typer.echo(
        f"{baseline_path}: {len(outcome.baseline)} entries ({len(outcome.added)} added, {reviewed} reviewed, "
        f"{len(outcome.stale)} {'pruned' if prune else 'stale'})"
    )


@app.command()
@reports_errors
def review(
    sources: Annotated[
        list[str] | None,
        typer.Argument(
            help="Audit these first and add their new findings; without them, review the baseline alone."
        ),
    ] = None,
    baseline: BaselineOption = None,
    level: Annotated[
        str, typer.Option("--level", help="Review findings at or above: error, warning or info.")
    ] = DEFAULT_REVIEW_LEVEL,
) -> None:
    """Review the unreviewed findings one by one; each decision is saved at once, so quitting is safe."""
    from rich.console import Console

    from factaudit.baseline import record_findings
    from factaudit.config import load_settings
    from factaudit.review import REVIEW_LEVELS, run_review

    settings = load_settings(Path.cwd())
    baseline_path = baseline or settings.baseline
    _one_of(level, "--level", REVIEW_LEVELS)
    if sources:
        if "-" in sources:
            raise UsageError("review reads its answers from standard input; '-' cannot be a source")
        result = _audited(sources, settings, strict=False)
        outcome = record_findings(baseline_path, result.findings, result.claims)
        typer.echo(f"{baseline_path}: {len(outcome.added)} new finding(s) added", err=True)
    elif not baseline_path.exists():
        raise UsageError(f"no baseline at {baseline_path}; run `factaudit baseline` first or give SOURCES")
    run_review(baseline_path, console=Console(), answers=sys.stdin, level=level)


def main() -> None:
    """Entry point of the `factaudit` script."""
    app()
