"""Writing outputs: whole or not at all for files; devices, pipes and links are left what they are."""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factaudit.cli import app
from factaudit.files import atomic_text, write_atomic

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
pipes = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this system")


def _read_in_background(pipe: Path) -> tuple[threading.Thread, list[bytes]]:
    got: list[bytes] = []

    def read() -> None:
        with open(pipe, "rb") as stream:
            got.append(stream.read())

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    return reader, got


@pipes
def test_a_pipe_is_written_to_not_replaced(tmp_path: Path) -> None:
    """`-o /dev/null` or a named pipe: replacing it would leave a plain file where the device was."""
    pipe = tmp_path / "out.pipe"
    os.mkfifo(pipe)
    reader, got = _read_in_background(pipe)
    write_atomic(pipe, "26,000 departures\n")
    reader.join(timeout=10)
    assert got == [b"26,000 departures\n"]
    assert stat.S_ISFIFO(pipe.stat().st_mode)
    assert [p.name for p in tmp_path.iterdir()] == ["out.pipe"]  # no temporary file left


@pipes
def test_extract_writes_its_claims_into_a_pipe(tmp_path: Path) -> None:
    pipe = tmp_path / "claims.pipe"
    os.mkfifo(pipe)
    reader, got = _read_in_background(pipe)
    result = CliRunner().invoke(app, ["extract", str(SEEDS), "-o", str(pipe), "--jobs", "1"])
    reader.join(timeout=30)
    assert result.exit_code == 0, result.output
    assert got and got[0].startswith(b"claim_id,") and got[0].count(b"\n") > 10
    assert stat.S_ISFIFO(pipe.stat().st_mode)


def test_a_link_is_written_through(tmp_path: Path) -> None:
    """A report path that is a link (to a shared folder, say) keeps its link; the target gets the text."""
    target = tmp_path / "shared" / "audit.json"
    target.parent.mkdir()
    target.write_text("old", encoding="utf-8")
    link = tmp_path / "audit.json"
    link.symlink_to(target)
    write_atomic(link, "new")
    assert link.is_symlink() and link.read_text(encoding="utf-8") == "new"
    assert target.read_text(encoding="utf-8") == "new"


def test_a_file_is_replaced_whole_and_keeps_its_mode(tmp_path: Path) -> None:
    path = tmp_path / "claims.csv"
    path.write_text("old", encoding="utf-8")
    path.chmod(0o640)
    write_atomic(path, "new")
    assert path.read_text(encoding="utf-8") == "new"
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["claims.csv"]


def test_two_files_written_at_once_are_replaced_only_when_both_are_done(tmp_path: Path) -> None:
    """The claims table and the JSON audit are written at once (`atomic_text`): an error in either
    leaves both files as they were, and no temporary file."""
    claims, audit = tmp_path / "claims.csv", tmp_path / "audit.json"
    claims.write_text("old claims", encoding="utf-8")
    audit.write_text("old audit", encoding="utf-8")
    with pytest.raises(RuntimeError), atomic_text(claims) as first, atomic_text(audit) as second:
        first.write("new claims")
        second.write("new audit")
        raise RuntimeError("the writer stopped half way")
    assert claims.read_text(encoding="utf-8") == "old claims"
    assert audit.read_text(encoding="utf-8") == "old audit"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["audit.json", "claims.csv"]
    with atomic_text(claims) as first, atomic_text(audit) as second:
        first.write("new claims")
        second.write("new audit")
    assert (claims.read_text(encoding="utf-8"), audit.read_text(encoding="utf-8")) == (
        "new claims",
        "new audit",
    )
