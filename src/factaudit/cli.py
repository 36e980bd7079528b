"""The command line: translates options to an AuditConfig and a result to output and an exit status."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from enum import IntEnum
from pathlib import Path
from typing import Annotated, ParamSpec

import typer

from factaudit.audit import DEFAULT_SOURCES, AuditConfig, AuditResult, run_audit
from factaudit.errors import FactauditError, UsageError
from factaudit.output import CLAIM_FORMATS, audit_payload, claims_text, dumps_json, write_atomic
from factaudit.report import render_html

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


def _config(sources: list[str] | None) -> AuditConfig:
    chosen = tuple(sources) if sources else DEFAULT_SOURCES
    stdin_text = sys.stdin.read() if "-" in chosen else None
    if chosen.count("-") > 1:
        raise UsageError("'-' (standard input) can be given only once")
    return AuditConfig(sources=chosen, stdin_text=stdin_text)


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
) -> None:
    """Audit SOURCES: write the claims table, the JSON audit and the HTML report; print a summary."""
    config = _config(sources)
    result = run_audit(config)
    _report_skipped(result, strict)
    if not result.corpus.documents:
        raise UsageError("no readable document among the sources")
    payload = audit_payload(result, config.sources)
    texts = {d.doc_id: d.text for d in result.corpus.documents}
    write_atomic(claims, claims_text(result.claims, "csv"))
    write_atomic(json_path, dumps_json(payload))
    write_atomic(html, render_html(payload, texts))
    summary = payload["summary"]
    kinds = ", ".join(f"{kind} {count}" for kind, count in summary["findings_by_kind"].items()) or "none"
    typer.echo(
        f"{summary['documents']} documents, {summary['claims']} claims, "
        f"{summary['findings']} findings ({kinds}); "
        f"{summary['skipped']} skipped"
    )
    typer.echo(f"wrote {claims}, {json_path}, {html}")


@app.command()
@reports_errors
def extract(
    sources: SourcesArgument = None,
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Write to FILE instead of stdout.")
    ] = None,
    fmt: Annotated[str, typer.Option("--format", help="csv, jsonl or json.")] = "csv",
    strict: StrictOption = False,
) -> None:
    """Extract the claims of SOURCES only, without matching."""
    if fmt not in CLAIM_FORMATS:
        raise UsageError(f"--format must be one of {', '.join(CLAIM_FORMATS)}, not {fmt!r}")
    from factaudit.audit import extract_corpus
    from factaudit.ingest import load_corpus

    config = _config(sources)
    corpus = load_corpus(list(config.sources), stdin_text=config.stdin_text)
    for skipped in corpus.skipped:
        typer.echo(f"factaudit: skipped {skipped.path}: {skipped.reason}", err=True)
    if strict and corpus.skipped:
        raise UsageError(f"{len(corpus.skipped)} source file(s) skipped and --strict is set")
    text = claims_text(extract_corpus(corpus), fmt)
    if output is None:
        sys.stdout.write(text)
    else:
        write_atomic(output, text)


def main() -> None:
    """Entry point of the `factaudit` script."""
    app()
