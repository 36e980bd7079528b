"""Two writers at once, as real processes through the real code: no review decision is ever lost."""

from __future__ import annotations

import multiprocessing
import os
import shutil
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from factaudit.baseline import Baseline, BaselineClaim, Entry, dumps_baseline, load_baseline

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
# Each reviewer process decides this many entries, one save (lock, re-read, write) per decision; the
# recorder writes half as often. Without the lock, 5 runs out of 5 lost decisions at these counts.
DECISIONS_PER_WRITER = 40
# Decisions the interactive editor makes while CI records the baseline three times.
EDITOR_DECISIONS = 15

# Each writer says it is ready, waits for the start signal, then writes through the real API.
_START = """
import sys, time
from pathlib import Path
path, start, who = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
"""
_GO = """
(start.parent / f"ready-{who}").touch()
while not start.exists():
    time.sleep(0.001)
"""
# A reviewer saves its decisions one by one.
_REVIEWER = (
    _START
    + "from factaudit.baseline import record_decision\n"
    + _GO
    + textwrap.dedent(
        """
        for fingerprint in sys.argv[4:]:
            record_decision(path, fingerprint, "accepted", f"decided by {who}")
        """
    )
)
# CI records the seeds' current findings again and again, as `factaudit baseline` does.
_RECORDER = (
    _START
    + textwrap.dedent(
        """
        from factaudit.audit import AuditConfig, run_audit
        from factaudit.baseline import record_findings
        result = run_audit(AuditConfig(sources=("seeds",)))
        """
    )
    + _GO
    + textwrap.dedent(
        """
        for _ in range(int(sys.argv[4])):
            record_findings(path, result.findings, result.claims)
        """
    )
)
WRITERS = ("alice", "bob", "ci")


def _synthetic_baseline(count: int) -> Baseline:
    entries = {
        f"{i:020x}": Entry(
            f"{i:020x}", "number_conflict", "arrests", (BaselineClaim("d", str(i), f"{i} arrests."),)
        )
        for i in range(count)
    }
    return Baseline(entries)


def _spawn(args: list[str], cwd: Path, *, piped_input: bool = False) -> subprocess.Popen[str]:
    return subprocess.Popen(
        args,
        cwd=cwd,
        text=True,
        stdin=subprocess.PIPE if piped_input else subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=dict(os.environ),
    )


def test_concurrent_reviewers_and_baseline_runs_lose_no_decision(tmp_path: Path) -> None:
    shutil.copytree(SEEDS, tmp_path / "seeds")
    path = tmp_path / "claims" / "baseline.json"
    path.parent.mkdir()
    path.write_text(dumps_baseline(_synthetic_baseline(2 * DECISIONS_PER_WRITER)), encoding="utf-8")
    fingerprints = sorted(load_baseline(path).entries)
    start = tmp_path / "start"
    writers = [
        _spawn([sys.executable, "-c", _REVIEWER, str(path), str(start), who, *fingerprints[i::2]], tmp_path)
        for i, who in enumerate(WRITERS[:2])
    ]
    writers.append(
        _spawn(
            [sys.executable, "-c", _RECORDER, str(path), str(start), "ci", str(DECISIONS_PER_WRITER // 2)],
            tmp_path,
        )
    )
    # All at the start line (factaudit imported), then off at the same moment.
    deadline = time.monotonic() + 120
    while not all((tmp_path / f"ready-{who}").exists() for who in WRITERS):
        assert time.monotonic() < deadline, "the writer processes did not start"
        assert all(w.poll() is None for w in writers), "a writer died before the start"
        time.sleep(0.01)
    start.touch()
    for process in writers:
        _, error = process.communicate(timeout=120)
        assert process.returncode == 0, error
    entries = load_baseline(path).entries
    for i, who in enumerate(("alice", "bob")):
        for fingerprint in fingerprints[i::2]:
            assert (entries[fingerprint].status, entries[fingerprint].note) == (
                "accepted",
                f"decided by {who}",
            )
    assert len(entries) > len(fingerprints)  # the seeds' findings were recorded too
    assert not list(path.parent.glob(".baseline.json.*.tmp"))  # no temporary file left behind


def test_review_while_ci_records_the_baseline(tmp_path: Path) -> None:
    """An editor reviews (the real `review` command, answers piped) while `baseline` runs repeatedly."""
    shutil.copytree(SEEDS, tmp_path / "seeds")
    path = tmp_path / "claims" / "baseline.json"
    path.parent.mkdir()
    path.write_text(dumps_baseline(_synthetic_baseline(EDITOR_DECISIONS)), encoding="utf-8")
    editor = _spawn(
        [sys.executable, "-m", "factaudit", "review", "--level", "info"],
        tmp_path,
        piped_input=True,
    )
    assert editor.stdin is not None
    for _ in range(3):
        subprocess.run(
            [sys.executable, "-m", "factaudit", "baseline", "seeds"],
            cwd=tmp_path,
            capture_output=True,
            check=True,
        )
        editor.stdin.write("a\nreviewed during a CI run\n" * (EDITOR_DECISIONS // 3))
        editor.stdin.flush()
    # Enough answers for the seeds' findings too, in case the review started after CI recorded them.
    output, error = editor.communicate("a\nreviewed during a CI run\n" * 50, timeout=120)
    assert editor.returncode == 0, error
    synthetic = [e for e in load_baseline(path).entries.values() if e.claims[0].document == "d"]
    assert len(synthetic) == EDITOR_DECISIONS
    assert {(e.status, e.note) for e in synthetic} == {("accepted", "reviewed during a CI run")}
    assert "Saved: accepted." in output


def _length_and_sum(values: list[int], extra: int, unpicklable: object) -> tuple[int, int]:
    return len(values), sum(values) + extra


def test_work_aside_inherits_its_arguments_from_the_fork() -> None:
    """The side process reads its arguments where the fork left them: one that cannot be pickled (a
    lambda) reaches it; and nothing of the work stays behind once it is done."""
    from factaudit import engine

    values = list(range(200_000))
    with engine.aside_processes(2) as aside:
        future = aside(_length_and_sum, values, 7, lambda: None)
        assert future.result() == (200_000, sum(values) + 7)
    assert multiprocessing.active_children() == []
    # In one process the work runs here, with its arguments as given.
    assert engine.run_here(_length_and_sum, [1, 2], 0, None).result() == (2, 3)
