"""The CI gate end to end on copies of the sample corpus: baseline, review, edits, formats, configuration."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from factaudit.audit import AuditConfig, run_audit
from factaudit.baseline import load_baseline

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
PRESS_ARTICLE = "000_6677cc8993819119.txt"
runner = CliRunner()


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A newsroom repository: a copy of the seeds in `seeds/`, run from its root."""
    shutil.copytree(SEEDS, tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(*args: str, answers: str | None = None) -> Result:
    from factaudit.cli import app

    return runner.invoke(app, list(args), input=answers)


def accept_everything() -> None:
    """What an editor does after looking: every finding explained, through the review command."""
    pending = sum(
        e.status == "unreviewed" for e in load_baseline(Path("claims/baseline.json")).entries.values()
    )
    result = run("review", "--level", "info", answers="a\nchecked by the desk\n" * pending)
    assert result.exit_code == 0, result.output
    assert all(e.status == "accepted" for e in load_baseline(Path("claims/baseline.json")).entries.values())


def found() -> set[str]:
    """The fingerprints of what the pipeline finds in `seeds/` now."""
    return {f.fingerprint for f in run_audit(AuditConfig(sources=("seeds",))).findings}


def edit(name: str, change: str, to: str) -> None:
    path = Path("seeds") / name
    text = path.read_text(encoding="utf-8")
    assert change in text
    path.write_text(text.replace(change, to), encoding="utf-8")


def test_gate_lifecycle_on_the_seeds(project: Path) -> None:
    # The seeds hold one warning (a wording drift) and infos, no error: the default level (error) passes.
    assert run("check", "seeds").exit_code == 0
    no_baseline = run("check", "seeds", "--fail-on", "warning")
    assert no_baseline.exit_code == 1
    assert "wording_drift" in no_baseline.stdout and "no baseline" in no_baseline.stderr

    recorded = run("baseline", "seeds")
    assert recorded.exit_code == 0, recorded.output
    baseline = load_baseline(Path("claims/baseline.json"))
    assert set(baseline.entries) == found() and {e.status for e in baseline.entries.values()} == {
        "unreviewed"
    }
    # Known but unreviewed findings do not block: new = current - baseline.
    assert run("check", "seeds", "--fail-on", "warning").exit_code == 0

    accept_everything()
    assert run("check", "seeds", "--fail-on", "warning").exit_code == 0

    edit(PRESS_ARTICLE, "more than 26,000", "more than 28,000")
    conflict = run("check", "seeds")
    assert conflict.exit_code == 1
    assert "number_conflict" in conflict.stdout and "more than 28,000" in conflict.stdout
    assert re.search(
        rf"seeds/{PRESS_ARTICLE}:\d+:\d+: error number_conflict \[new, BLOCKS\]", conflict.stdout
    )
    assert "stale" in conflict.stderr  # the agreement on 26,000 is gone

    # Recording it does not make it pass by itself: once an editor confirms it, it still blocks.
    assert run("baseline", "seeds").exit_code == 0
    assert run("check", "seeds").exit_code == 0
    [number] = [
        e for e in load_baseline(Path("claims/baseline.json")).entries.values() if e.kind == "number_conflict"
    ]
    confirm = run("review", answers="c\nthe article has a typo: the Commission says 26,000\n")
    assert confirm.exit_code == 0, confirm.output
    confirmed = run("check", "seeds")
    assert (
        confirmed.exit_code == 1
        and number.fingerprint in confirmed.stdout
        and "confirmed" in confirmed.stdout
    )


def test_unrelated_edits_keep_the_gate_green(project: Path) -> None:
    assert run("baseline", "seeds").exit_code == 0
    accept_everything()
    before = Path("claims/baseline.json").read_bytes()
    # Insert a paragraph, reflow to one sentence per line with CRLF and trailing spaces, in every source.
    for path in sorted(Path("seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        first_break = text.find("\n", len(text) - len(text.lstrip()))
        at = first_break if first_break >= 0 else len(text)
        text = text[:at] + "\n\nEditor's addition: the desk checked this story again.\n" + text[at:]
        text = re.sub(r"(?<=[a-z]\.) (?=[A-Z])", "\n", text).replace("\n", "  \r\n")
        path.write_bytes(text.encode("utf-8"))
    result = run("check", "seeds", "--fail-on", "warning")
    assert result.exit_code == 0, result.output
    assert "0 new" in result.stderr and "stale" not in result.stderr
    assert run("baseline", "seeds").exit_code == 0
    assert Path("claims/baseline.json").read_bytes() == before


def test_hard_wrapped_sentences_keep_fingerprints(project: Path) -> None:
    import textwrap

    before = found()
    for path in Path("seeds").glob("*.txt"):
        lines = path.read_text(encoding="utf-8").split("\n")
        path.write_text("\n".join(textwrap.fill(line, 60) for line in lines), encoding="utf-8")
    assert found() == before


def test_baseline_keeps_decisions_reports_and_prunes_stale(project: Path) -> None:
    assert run("baseline", "seeds").exit_code == 0
    accept_everything()
    before = found()
    edit(PRESS_ARTICLE, "more than 26,000", "more than 28,000")
    after = found()
    gone, kept_decisions = before - after, before & after
    assert gone and after - before  # the edit changes the sentence, so its findings change identity
    kept = run("baseline", "seeds")
    assert kept.exit_code == 0
    assert kept.stdout.count("stale: ") == len(gone) and "[accepted] (checked by the desk)" in kept.stdout
    entries = load_baseline(Path("claims/baseline.json")).entries
    assert set(entries) == before | after
    assert {fp for fp, e in entries.items() if e.status == "accepted"} == before
    pruned = run("baseline", "seeds", "--prune")
    assert pruned.exit_code == 0 and pruned.stdout.count("pruned: ") == len(gone)
    entries = load_baseline(Path("claims/baseline.json")).entries
    assert set(entries) == after
    assert {fp for fp, e in entries.items() if e.status == "accepted"} == kept_decisions


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "is not valid JSON"),
        ('{"version": 2, "entries": {}}', "newer factaudit"),
        ('{"entries": {}}', "no integer 'version'"),
    ],
)
@pytest.mark.parametrize("command", ["check", "baseline", "audit", "review"])
def test_bad_baseline_exits_2_naming_it_and_is_kept(
    project: Path, command: str, content: str, message: str
) -> None:
    path = Path("claims/baseline.json")
    path.parent.mkdir()
    path.write_text(content, encoding="utf-8")
    result = run(command, "seeds")
    assert result.exit_code == 2
    assert "claims/baseline.json" in result.stderr and message in result.stderr
    assert path.read_text(encoding="utf-8") == content  # never reset silently


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--fail-on", "info"], "--fail-on must be one of error, warning"),
        (["--format", "xml"], "--format must be one of text, json, sarif, github, junit"),
        (["nowhere"], "no such file"),
    ],
)
def test_bad_options_exit_2(project: Path, args: list[str], message: str) -> None:
    result = run("check", *args)
    assert result.exit_code == 2 and message in result.stderr


def test_audit_annotates_findings_with_review_state(project: Path) -> None:
    assert run("baseline", "seeds").exit_code == 0
    accept_everything()
    edit(PRESS_ARTICLE, "more than 26,000", "more than 28,000")
    assert run("audit", "seeds").exit_code == 0
    findings = json.loads(Path("reports/audit.json").read_text(encoding="utf-8"))["findings"]
    by_kind = {f["kind"]: f for f in findings}
    assert by_kind["number_conflict"]["new"] is True
    assert by_kind["number_conflict"]["review_status"] == "unreviewed"
    assert by_kind["wording_drift"] == {
        **by_kind["wording_drift"],
        "new": False,
        "review_status": "accepted",
        "review_note": "checked by the desk",
    }


CONFIGURATIONS = [
    ("factaudit.toml", 'sources = ["seeds"]\nfail-on = "warning"\nformat = "json"\nbaseline = "b.json"\n'),
    (
        "pyproject.toml",
        '[project]\nname = "x"\n\n[tool.factaudit]\n'
        'sources = ["seeds"]\nfail_on = "warning"\nformat = "json"\nbaseline = "b.json"\n',
    ),
]


@pytest.mark.parametrize(("name", "content"), CONFIGURATIONS)
def test_configuration_file_sets_defaults_and_options_override(
    project: Path, name: str, content: str
) -> None:
    Path(name).write_text(content, encoding="utf-8")
    configured = run("check")
    assert configured.exit_code == 1
    assert json.loads(configured.stdout)["fail_on"] == "warning"
    assert run("baseline").exit_code == 0 and Path("b.json").exists()
    assert run("check").exit_code == 0
    overridden = run("check", "--baseline", "other.json", "--format", "text", "--fail-on", "error")
    assert overridden.exit_code == 0 and overridden.stdout.startswith("factaudit check passed")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('fail_on = "warning"\ncolour = "red"\n', "unknown key(s) colour"),
        ('fail_on = "sometimes"\n', "fail_on = 'sometimes': expected one of error, warning"),
        ('format = "xml"\n', "format = 'xml'"),
        ("sources = []\n", "sources must be a non-empty list"),
        ("sources = [\n", "is not valid TOML"),
    ],
)
def test_bad_configuration_exits_2_naming_the_file(project: Path, content: str, message: str) -> None:
    Path("factaudit.toml").write_text(content, encoding="utf-8")
    result = run("check", "seeds")
    assert result.exit_code == 2 and "factaudit.toml" in result.stderr and message in result.stderr


@pytest.mark.parametrize("command", ["check", "baseline", "review"])
def test_new_commands_have_help(command: str) -> None:
    result = run(command, "--help")
    assert result.exit_code == 0 and "--baseline" in result.stdout


ROOT = Path(__file__).resolve().parents[1]


def test_pre_commit_hook_runs_the_gate_on_the_whole_corpus() -> None:
    import shlex

    import yaml

    [hook] = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["id"] == "factaudit-check" and hook["pass_filenames"] is False
    program, *command = shlex.split(hook["entry"])
    assert program == "factaudit" and command == ["check"]
    assert re.search(hook["files"], "stories/a.md") and not re.search(hook["files"], "setup.py")


def test_readme_documents_the_gate_and_its_configuration_is_valid() -> None:
    import tomllib

    from factaudit.config import settings_from

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## CI gate and review") :]
    for command in ("factaudit check", "factaudit baseline", "factaudit review", "--prune", "--fail-on"):
        assert command in section
    toml_block = re.search(r"```toml\n(.*?)```", section, re.DOTALL)
    assert toml_block is not None
    table = tomllib.loads(toml_block.group(1))["tool"]["factaudit"]
    assert settings_from(table, "README.md").fail_on == "error"
    json_block = re.search(r"```json\n(.*?)```", section, re.DOTALL)
    assert json_block is not None
    from factaudit.baseline import loads_baseline

    assert len(loads_baseline(json_block.group(1), path="README.md")) == 1


def test_the_gate_reads_the_claim_store_and_says_the_same(project: Path) -> None:
    # A CI run after an edit extracts only the edited document and scores only the blocks it touches,
    # through the store `factaudit audit` keeps (claims/cache/ by default); what it says is the same.
    first = run("check", "seeds", "--format", "json", "--fail-on", "warning")
    assert "0 document(s) reused, 5 extracted" in first.stderr
    assert Path("claims/cache/claims.parquet").exists()
    edit(PRESS_ARTICLE, "more than 26,000", "more than 27,000")
    cached = run("check", "seeds", "--format", "json", "--fail-on", "warning")
    assert "4 document(s) reused, 1 extracted" in cached.stderr
    fresh = run("check", "seeds", "--format", "json", "--fail-on", "warning", "--no-cache")
    assert "claim store" not in fresh.stderr
    assert cached.exit_code == fresh.exit_code == 1
    assert json.loads(cached.stdout) == json.loads(fresh.stdout)
    assert json.loads(cached.stdout) != json.loads(first.stdout)  # the edit is seen
