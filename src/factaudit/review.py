"""The editors' review: each unreviewed finding's sentences side by side, a status and a note, each saved."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Final, TextIO

from factaudit.baseline import (
    ACCEPTED,
    CONFIRMED,
    FALSE_POSITIVE,
    UNREVIEWED,
    Baseline,
    Entry,
    load_baseline,
    record_decision,
)
from factaudit.classify import SEVERITY_RANK
from factaudit.gate import at_or_above
from factaudit.levels import DEFAULT_REVIEW_LEVEL

# rich is imported where a finding is drawn: the command line reads this module's levels at start-up.
if TYPE_CHECKING:
    from rich.console import Console
    from rich.panel import Panel
    from rich.text import Text

REVIEW_LEVELS: Final[tuple[str, ...]] = tuple(SEVERITY_RANK)
DECISIONS: Final[dict[str, str]] = {"c": CONFIRMED, "a": ACCEPTED, "f": FALSE_POSITIVE}
SKIP: Final = "s"
QUIT: Final = "q"
_PROMPT: Final = "[c]onfirmed (a real error)  [a]ccepted (explained)  [f]alse positive  [s]kip  [q]uit > "


@dataclass(frozen=True)
class ReviewOutcome:
    """What one review session did; the decisions themselves are already in the baseline file."""

    decided: int
    skipped: int
    remaining: int
    quit: bool


def pending(baseline: Baseline, level: str = DEFAULT_REVIEW_LEVEL) -> list[Entry]:
    """Unreviewed entries at or above `level`, errors first, in a stable order."""
    entries = baseline.entries.values()
    chosen = [e for e in entries if e.status == UNREVIEWED and at_or_above(e.severity, level)]
    return sorted(chosen, key=lambda e: (SEVERITY_RANK.get(e.severity, 0), e.kind, e.fingerprint))


def _highlighted(sentence: str, text: str) -> Text:
    from rich.text import Text

    shown = Text(sentence)
    at = sentence.lower().find(text.lower()) if text else -1
    if at >= 0:
        shown.stylize("bold reverse", at, at + len(text))
    return shown


def entry_view(entry: Entry, position: int, total: int) -> Panel:
    """One finding: its claims as columns, the figure highlighted in each sentence."""
    from rich.console import Group
    from rich.panel import Panel
    from rich.table import Table
    from rich.text import Text

    table = Table(show_lines=True, expand=True)
    for claim in entry.claims:
        table.add_column(claim.document, ratio=1, overflow="fold")
    table.add_row(*(Text(claim.text, style="bold") for claim in entry.claims))
    table.add_row(*(_highlighted(claim.sentence, claim.text) for claim in entry.claims))
    title = f"[{position}/{total}] {entry.severity} · {entry.kind} · {entry.subject or 'no subject'}"
    return Panel(
        Group(table, Text(f"fingerprint {entry.fingerprint}", style="dim")), title=title, title_align="left"
    )


def _ask(console: Console, answers: TextIO, prompt: str) -> str | None:
    """One line of input without its line break; None at the end of input."""
    console.print(prompt, end="", markup=False, highlight=False, soft_wrap=True)
    line = answers.readline()
    if not line:
        console.print()
        return None
    return line.rstrip("\r\n")


def _ask_status(console: Console, answers: TextIO) -> str | None:
    while True:
        answer = _ask(console, answers, _PROMPT)
        if answer is None:
            return QUIT
        choice = answer.strip().lower()[:1]
        if choice in DECISIONS or choice in (SKIP, QUIT):
            return choice
        console.print(f"Please answer one of c, a, f, s or q (not {answer.strip()!r}).", markup=False)


def run_review(
    path: Path, *, console: Console, answers: TextIO, level: str = DEFAULT_REVIEW_LEVEL
) -> ReviewOutcome:
    """Ask about each pending finding and save every decision as soon as it is made (resumable).

    The baseline is read again before each question, so a finding another editor decided meanwhile is
    not asked twice, and saving re-reads it under the lock, so their decisions are kept.
    """
    queue = pending(load_baseline(path), level)
    if not queue:
        console.print(f"Nothing to review in {path}: no unreviewed finding at or above {level}.")
        return ReviewOutcome(decided=0, skipped=0, remaining=0, quit=False)
    decided = skipped = 0
    stopped = False
    for position, entry in enumerate(queue, start=1):
        current = load_baseline(path).get(entry.fingerprint)
        if current is None or current.status != UNREVIEWED:
            continue
        console.print(entry_view(current, position, len(queue)))
        choice = _ask_status(console, answers)
        if choice == QUIT:
            stopped = True
            break
        if choice == SKIP:
            skipped += 1
            continue
        status = DECISIONS[str(choice)]
        note = _ask(console, answers, "Note (Enter for none) > ") or ""
        record_decision(path, entry.fingerprint, status, note.strip())
        decided += 1
        console.print(f"Saved: {status}.", markup=False)
    remaining = len(pending(load_baseline(path), level))
    console.print(f"{decided} decided, {skipped} skipped, {remaining} still unreviewed in {path}.")
    return ReviewOutcome(decided=decided, skipped=skipped, remaining=remaining, quit=stopped)
