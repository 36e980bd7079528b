"""The interactive review, driven through standard input: decisions saved one by one, resumable, quittable."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner, Result

from factaudit.baseline import load_baseline
from factaudit.cli import app
from factaudit.review import pending, run_review

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
BASELINE = Path("claims/baseline.json")
runner = CliRunner()


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The seeds with a number conflict brought in, recorded in a baseline: two findings to review."""
    shutil.copytree(SEEDS, tmp_path / "seeds")
    article = tmp_path / "seeds" / "000_6677cc8993819119.txt"
    article.write_text(
        article.read_text(encoding="utf-8").replace("more than 26,000", "more than 28,000"), encoding="utf-8"
    )
    monkeypatch.chdir(tmp_path)
    assert runner.invoke(app, ["baseline", "seeds"]).exit_code == 0
    return tmp_path


def review(answers: str, *args: str) -> Result:
    return runner.invoke(app, ["review", *args], input=answers)


def statuses() -> dict[str, tuple[str, str]]:
    return {e.kind: (e.status, e.note) for e in load_baseline(BASELINE).entries.values()}


def test_review_shows_sentences_side_by_side_and_saves_decisions(project: Path) -> None:
    result = review("c\nthe article misquotes the Commission\nf\n\n")
    assert result.exit_code == 0, result.output
    # Errors first: the number conflict, its two documents as columns and both figures.
    assert result.stdout.index("number_conflict") < result.stdout.index("wording_drift")
    assert "000_6677cc8993819119" in result.stdout and "001_f4b4796d402f7efc" in result.stdout
    assert "more than 28,000" in result.stdout and "more than 26,000" in result.stdout
    assert "2 decided, 0 skipped, 0 still unreviewed" in result.stdout
    assert statuses()["number_conflict"] == ("confirmed", "the article misquotes the Commission")
    assert statuses()["wording_drift"] == ("false_positive", "")
    assert statuses()["agreement"] == ("unreviewed", "")  # below the default level, not asked


def test_review_reasks_on_a_bad_answer_and_skips(project: Path) -> None:
    result = review("yes\n\ns\na\nsame programme\n")
    assert result.exit_code == 0, result.output
    assert result.stdout.count("Please answer one of c, a, f, s or q") == 2
    assert statuses()["number_conflict"] == ("unreviewed", "")
    assert statuses()["wording_drift"] == ("accepted", "same programme")


@pytest.mark.parametrize("stop", ["q\n", ""], ids=["quit", "end-of-input"])
def test_review_is_resumable(project: Path, stop: str) -> None:
    first = review("a\nexplained in the correction\n" + stop)
    assert first.exit_code == 0
    assert "1 decided, 0 skipped, 1 still unreviewed" in first.stdout
    assert statuses()["number_conflict"] == ("accepted", "explained in the correction")
    # The next session asks only about what is left.
    second = review("c\n\n")
    assert "number_conflict" not in second.stdout and "[1/1]" in second.stdout
    assert statuses()["wording_drift"] == ("confirmed", "")
    assert "Nothing to review" in review("").stdout


def test_review_with_sources_adds_new_findings_first(project: Path) -> None:
    shutil.rmtree("claims")
    result = review("q\n", "seeds", "--level", "info")
    recorded = len(load_baseline(BASELINE))
    assert result.exit_code == 0 and f"{recorded} new finding(s) added" in result.stderr
    assert recorded > 2 and f"[1/{recorded}]" in result.stdout


def test_review_without_a_baseline_or_with_stdin_as_a_source_exits_2(project: Path) -> None:
    shutil.rmtree("claims")
    missing = review("")
    assert missing.exit_code == 2 and "no baseline at claims/baseline.json" in missing.stderr
    assert review("", "-").exit_code == 2
    assert review("", "--level", "fatal").exit_code == 2


def test_run_review_with_injected_streams(project: Path) -> None:
    screen = io.StringIO()
    outcome = run_review(BASELINE, console=Console(file=screen, width=120), answers=io.StringIO("s\nq\n"))
    assert (outcome.decided, outcome.skipped, outcome.remaining, outcome.quit) == (0, 1, 2, True)
    assert len(pending(load_baseline(BASELINE))) == 2 and "fingerprint" in screen.getvalue()


def test_review_over_a_pipe_in_a_real_process(project: Path) -> None:
    """The installed command with piped standard input and no terminal, as CI or `expect` would drive it."""
    environment = {**os.environ, "TERM": "dumb", "COLUMNS": "100"}
    recorded = len(load_baseline(BASELINE))
    completed = subprocess.run(
        [sys.executable, "-m", "factaudit", "review", "--level", "info"],
        input="a\nchecked\n" * recorded,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        env=environment,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    assert f"{recorded} decided, 0 skipped, 0 still unreviewed" in completed.stdout
    assert {e.status for e in load_baseline(BASELINE).entries.values()} == {"accepted"}


@pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")
def test_review_in_a_real_terminal_through_tmux(project: Path) -> None:
    """A real terminal (tmux), keys sent as an editor types them: the prompt, a decision, a note."""
    import time

    socket = f"factaudit-review-{os.getpid()}"
    tmux = ["tmux", "-L", socket]
    command = f"{sys.executable} -m factaudit review; echo EXIT=$?; sleep 60"
    subprocess.run([*tmux, "new-session", "-d", "-s", "review", "-x", "120", "-y", "50", command], check=True)

    def screen() -> str:
        captured = subprocess.run(
            [*tmux, "capture-pane", "-p", "-S", "-", "-t", "review"],
            capture_output=True,
            text=True,
            check=True,
        )
        return captured.stdout

    def wait_for(text: str) -> str:
        deadline = time.monotonic() + 60
        while text not in (shown := screen()):
            assert time.monotonic() < deadline, f"{text!r} never appeared:\n{shown}"
            time.sleep(0.1)
        return shown

    try:
        first = wait_for("[q]uit >")
        assert "number_conflict" in first and "more than 28,000" in first
        subprocess.run([*tmux, "send-keys", "-t", "review", "c", "Enter"], check=True)
        wait_for("Note (Enter for none) >")
        subprocess.run([*tmux, "send-keys", "-t", "review", "typed in a terminal", "Enter"], check=True)
        wait_for("[2/2]")
        subprocess.run([*tmux, "send-keys", "-t", "review", "q", "Enter"], check=True)
        assert "EXIT=0" in wait_for("EXIT=")
    finally:
        subprocess.run([*tmux, "kill-server"], check=False)
    assert statuses()["number_conflict"] == ("confirmed", "typed in a terminal")
    assert statuses()["wording_drift"] == ("unreviewed", "")
