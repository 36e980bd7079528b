"""The command line: outputs written, formats, standard input, exit statuses, help for every command."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factaudit.cli import app
from factaudit.columns import CLAIM_COLUMNS
from factaudit.extract import PARALLEL_CHUNK

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
runner = CliRunner()


def _audit(tmp_path: Path, *sources: str) -> tuple[int, str, Path]:
    out = tmp_path / "out"
    result = runner.invoke(
        app,
        [
            "audit",
            *sources,
            "--claims",
            str(out / "claims.csv"),
            "--json",
            str(out / "audit.json"),
            "--html",
            str(out / "audit.html"),
            "--cache",
            str(out / "cache.parquet"),
        ],
    )
    return result.exit_code, result.output, out


def test_audit_writes_claims_json_and_html(tmp_path: Path) -> None:
    code, output, out = _audit(tmp_path, str(SEEDS))
    assert code == 0, output
    assert "5 documents" in output and "wording_drift 1" in output
    payload = json.loads((out / "audit.json").read_text(encoding="utf-8"))
    assert payload["schema"] == "factaudit/audit/1"
    assert {"documents", "claims", "findings"} <= payload.keys()
    assert set(payload["documents"][0]) >= {"doc_id", "path", "title", "published", "published_source"}
    assert list(payload["claims"][0])[:17] == list(CLAIM_COLUMNS)[:17]
    assert set(payload["findings"][0]) >= {"fingerprint", "kind", "severity", "claim_ids", "message"}
    rows = list(csv.DictReader(io.StringIO((out / "claims.csv").read_text(encoding="utf-8"))))
    assert len(rows) == len(payload["claims"])
    assert (out / "audit.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_audit_is_deterministic(tmp_path: Path) -> None:
    _, _, first = _audit(tmp_path / "a", str(SEEDS))
    _, _, second = _audit(tmp_path / "b", str(SEEDS))
    for name in ("claims.csv", "audit.json", "audit.html"):
        assert (first / name).read_bytes() == (second / name).read_bytes(), name


def test_audit_defaults_to_seeds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copytree(SEEDS, tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["audit"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "claims" / "claims.csv").exists()
    assert (tmp_path / "reports" / "audit.json").exists()
    assert (tmp_path / "reports" / "audit.html").exists()


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "json"])
def test_extract_formats(fmt: str) -> None:
    result = runner.invoke(app, ["extract", str(SEEDS / "001_f4b4796d402f7efc.txt"), "--format", fmt])
    assert result.exit_code == 0, result.output
    if fmt == "json":
        texts = [c["text"] for c in json.loads(result.output)]
    elif fmt == "jsonl":
        texts = [json.loads(line)["text"] for line in result.output.splitlines()]
    else:
        texts = [row["text"] for row in csv.DictReader(io.StringIO(result.output))]
    assert "more than 26,000" in texts and "around a hundred" in texts


def test_extract_reads_standard_input() -> None:
    text = "Brussels, 8 July 2022\n\nPolice arrested more than 40 suspects in the first half of this year."
    result = runner.invoke(app, ["extract", "-", "--format", "jsonl"], input=text)
    assert result.exit_code == 0, result.output
    claim = json.loads(result.output.splitlines()[0])
    assert (claim["text"], claim["subject"], claim["period_start"], claim["period_end"]) == (
        "more than 40",
        "suspects",
        "2022-01-01",
        "2022-06-30",
    )


def test_extract_to_file(tmp_path: Path) -> None:
    target = tmp_path / "claims.jsonl"
    result = runner.invoke(app, ["extract", str(SEEDS), "-o", str(target), "--format", "jsonl"])
    assert result.exit_code == 0 and result.output == ""
    assert len(target.read_text(encoding="utf-8").splitlines()) > 20


def test_missing_source_exits_2_naming_it(tmp_path: Path) -> None:
    code, output, _ = _audit(tmp_path, str(tmp_path / "nowhere"))
    assert code == 2 and "nowhere" in output and "no such file" in output


def test_bad_format_and_unknown_option_exit_2() -> None:
    assert runner.invoke(app, ["extract", str(SEEDS), "--format", "xml"]).exit_code == 2
    assert runner.invoke(app, ["audit", "--bogus"]).exit_code == 2


def test_broken_file_is_skipped_and_counted_strict_exits_2(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    shutil.copytree(SEEDS, folder)
    (folder / "broken.txt").write_bytes(b"\xff\xfe\x00\x01binary")
    code, output, out = _audit(tmp_path, str(folder))
    assert code == 0 and "1 skipped" in output and "broken.txt" in output
    assert json.loads((out / "audit.json").read_text(encoding="utf-8"))["summary"]["documents"] == 5
    strict = runner.invoke(
        app, ["audit", str(folder), "--strict", "--no-cache", "--json", str(tmp_path / "s.json")]
    )
    assert strict.exit_code == 2


def test_failed_run_keeps_previous_outputs(tmp_path: Path) -> None:
    _, _, out = _audit(tmp_path, str(SEEDS))
    before = (out / "audit.json").read_bytes()
    code, _, _ = _audit(tmp_path, str(tmp_path / "nowhere"))
    assert code == 2
    assert (out / "audit.json").read_bytes() == before


@pytest.mark.parametrize("command", ["audit", "extract"])
def test_every_command_has_help(command: str) -> None:
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert "SOURCES" in result.output or "sources" in result.output


def test_outputs_are_readable_by_others(tmp_path: Path) -> None:
    """mkstemp makes 0600 files; outputs get the mode the umask allows, like any file the user writes."""
    import os

    umask = os.umask(0o022)
    try:
        _, _, out = _audit(tmp_path, str(SEEDS))
    finally:
        os.umask(umask)
    for name in ("claims.csv", "audit.json", "audit.html"):
        assert (out / name).stat().st_mode & 0o777 == 0o644, name


def test_extract_in_several_processes_gives_the_same_claims(tmp_path: Path) -> None:
    """`--jobs 2` runs a real process pool (enough documents for several chunks); its claims are
    byte-identical to the serial run's."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    seeds = sorted(SEEDS.glob("*.txt"))
    for copy in range(2 * PARALLEL_CHUNK // len(seeds) + 2):
        for seed in seeds:
            shutil.copy(seed, corpus / f"{copy:03d}_{seed.name}")
    outputs = {}
    for jobs in ("1", "2"):
        target = tmp_path / f"claims-{jobs}.csv"
        result = runner.invoke(app, ["extract", str(corpus), "--jobs", jobs, "-o", str(target)])
        assert result.exit_code == 0, result.output
        outputs[jobs] = target.read_bytes()
    assert outputs["1"] == outputs["2"]
    assert outputs["1"].count(b"\n") > 30 * 2 * PARALLEL_CHUNK // len(seeds)
    assert runner.invoke(app, ["extract", str(SEEDS), "--jobs", "-1"]).exit_code == 2
