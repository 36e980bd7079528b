"""`check` output formats: SARIF against the official 2.1.0 schema, GitHub escaping, JUnit, JSON, places."""

from __future__ import annotations

import json
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest

from factaudit.audit import AuditConfig, run_audit
from factaudit.baseline import Baseline, Entry
from factaudit.formats import CHECK_FORMATS, CheckReport, check_report, render_check
from factaudit.formats.github import escape_data, escape_property
from factaudit.formats.sarif import FINGERPRINT_KEY
from factaudit.formats.view import Location, PathDisplay, ReportedFinding
from factaudit.gate import evaluate

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
SCHEMA = Path(__file__).resolve().parent / "data" / "sarif-schema-2.1.0.json"


@pytest.fixture(scope="module")
def seeds_report(tmp_path_factory: pytest.TempPathFactory) -> CheckReport:
    """The seeds with a number conflict brought in, the wording drift accepted, one stale decision."""
    root = tmp_path_factory.mktemp("newsroom")
    shutil.copytree(SEEDS, root / "seeds")
    article = root / "seeds" / "000_6677cc8993819119.txt"
    article.write_text(
        article.read_text(encoding="utf-8").replace("more than 26,000", "more than 28,000"), encoding="utf-8"
    )
    result = run_audit(AuditConfig(sources=(str(root / "seeds"),)))
    [drift] = [f for f in result.findings if f.kind == "wording_drift"]
    baseline = Baseline(
        {
            drift.fingerprint: Entry(
                drift.fingerprint, drift.kind, drift.subject, (), "accepted", "same programme"
            ),
            "0" * 20: Entry("0" * 20, "number_conflict", None, (), "confirmed", "fixed since"),
        }
    )
    return check_report(result, evaluate(result.findings, baseline, "warning"), root)


def _nasty_report() -> CheckReport:
    """Text that breaks naive renderers: line breaks, %, :, commas, XML specials and control characters."""
    where = Location("docs/a, b: c%.md", 3, 7, 3, 12, "a:0001", "a", "50%", "Up 50%,\r\nsaid <a> & \x0b “b”.")
    finding = ReportedFinding(
        fingerprint="f" * 20,
        kind="number_conflict",
        severity="error",
        message="Line one: 50% up,\nline two\r\n<b>&</b>",
        subject="share",
        status="unreviewed",
        note="",
        new=True,
        blocking=True,
        locations=(where, where),
    )
    return CheckReport("0.1.0", "error", 1, 1, (finding,), ())


@pytest.fixture(scope="module")
def sarif_validator() -> jsonschema.protocols.Validator:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    return validator_class(schema, format_checker=validator_class.FORMAT_CHECKER)


def test_shipped_schema_is_the_official_sarif_2_1_0(sarif_validator: jsonschema.protocols.Validator) -> None:
    schema = sarif_validator.schema
    assert "SARIF" in schema["title"] and "2.1.0" in schema["title"]
    assert schema["properties"]["version"]["enum"] == ["2.1.0"]
    assert len(schema["definitions"]) >= 50
    # The schema rejects what it should: the validation below could fail.
    assert not sarif_validator.is_valid({"version": "2.1.0", "runs": [{"tool": {"driver": {}}}]})
    assert not sarif_validator.is_valid({"version": "2.0.0", "runs": []})


@pytest.mark.parametrize("report", ["seeds", "nasty"])
def test_sarif_validates_against_the_schema(
    report: str, seeds_report: CheckReport, sarif_validator: jsonschema.protocols.Validator
) -> None:
    chosen = seeds_report if report == "seeds" else _nasty_report()
    log = json.loads(render_check("sarif", chosen))
    errors = [f"{list(e.path)}: {e.message}" for e in sarif_validator.iter_errors(log)]
    assert errors == []
    results = log["runs"][0]["results"]
    assert [r["partialFingerprints"][FINGERPRINT_KEY] for r in results] == [
        f.fingerprint for f in chosen.findings
    ]


def test_sarif_carries_review_state(seeds_report: CheckReport) -> None:
    results = json.loads(render_check("sarif", seeds_report))["runs"][0]["results"]
    by_rule = {r["ruleId"]: r for r in results}
    conflict, drift = by_rule["factaudit/number_conflict"], by_rule["factaudit/wording_drift"]
    assert (
        conflict["level"] == "error" and conflict["baselineState"] == "new" and "suppressions" not in conflict
    )
    assert conflict["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].startswith("seeds/000_")
    assert drift["baselineState"] == "unchanged"
    assert drift["suppressions"] == [
        {"kind": "external", "status": "accepted", "justification": "accepted: same programme"}
    ]
    assert json.loads(render_check("sarif", seeds_report))["runs"][0]["invocations"][0]["exitCode"] == 1


def test_locations_point_at_the_claims(seeds_report: CheckReport) -> None:
    located = [loc for f in seeds_report.findings for loc in f.locations]
    assert located
    root = Path(seeds_report.findings[0].locations[0].path)
    assert not root.is_absolute()
    for loc in located:
        assert loc.line == loc.end_line
        assert loc.end_column - loc.column == len(loc.text)


def test_locations_are_right_in_the_file(tmp_path: Path) -> None:
    shutil.copytree(SEEDS, tmp_path / "seeds")
    result = run_audit(AuditConfig(sources=(str(tmp_path / "seeds"),)))
    report = check_report(result, evaluate(result.findings, Baseline(), "warning"), tmp_path)
    for loc in (loc for f in report.findings for loc in f.locations):
        line = (tmp_path / loc.path).read_text(encoding="utf-8-sig").split("\n")[loc.line - 1]
        assert line[loc.column - 1 : loc.end_column - 1] == loc.text


def _resolved_whole(path: str, cwd: Path) -> str:
    """What `display_path` gave before it resolved folders once: the whole path resolved."""
    resolved = Path(path).resolve()
    try:
        return resolved.relative_to(cwd.resolve()).as_posix()
    except ValueError:
        return resolved.as_posix()


def test_paths_shown_as_their_whole_resolution(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Folders resolved once give what resolving each whole path gives: through a linked folder, a linked
    file, steps up and out of the working folder."""
    (tmp_path / "work" / "news").mkdir(parents=True)
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "work" / "news" / "a.md").write_text("x", encoding="utf-8")
    (tmp_path / "elsewhere" / "b.md").write_text("y", encoding="utf-8")
    (tmp_path / "work" / "linked").symlink_to(tmp_path / "elsewhere")
    (tmp_path / "work" / "news" / "c.md").symlink_to(tmp_path / "elsewhere" / "b.md")
    monkeypatch.chdir(tmp_path / "work")
    cwd = Path.cwd()
    paths = [
        "news/a.md",
        "./news/../news/a.md",
        "linked/b.md",
        "news/c.md",
        "a.md",
        "../elsewhere/b.md",
        str(tmp_path / "elsewhere" / "b.md"),
        "/b.md",
        "news/",
        ".",
        "..",
    ]
    shown = PathDisplay(cwd)
    assert [shown(p) for p in paths] == [_resolved_whole(p, cwd) for p in paths]
    assert shown("news/a.md") == "news/a.md" and shown("linked/b.md").endswith("elsewhere/b.md")


# GitHub workflow-command escaping (@actions/core toolkit, `escapeData` and `escapeProperty`).
ESCAPES = [
    ("plain", "plain", "plain"),
    ("50%", "50%25", "50%25"),
    ("a\nb\r\nc", "a%0Ab%0D%0Ac", "a%0Ab%0D%0Ac"),
    ("a, b: c", "a, b: c", "a%2C b%3A c"),
    ("%0A", "%250A", "%250A"),
    ("::error::", "::error::", "%3A%3Aerror%3A%3A"),
]


@pytest.mark.parametrize(("raw", "data", "prop"), ESCAPES)
def test_github_escaping(raw: str, data: str, prop: str) -> None:
    assert escape_data(raw) == data and escape_property(raw) == prop


def test_github_annotations_are_one_line_each_new_first(seeds_report: CheckReport) -> None:
    lines = render_check("github", _nasty_report()).splitlines()
    assert lines[0].startswith(
        "::error file=docs/a%2C b%3A c%25.md,line=3,col=7,endLine=3,endColumn=12,title="
    )
    assert lines[0].endswith("::Line one: 50%25 up,%0Aline two%0D%0A<b>&</b> [ffffffffffffffffffff]")
    seeds = render_check("github", seeds_report).splitlines()
    assert seeds[0].startswith("::error file=seeds/000_6677cc8993819119.txt,line=")
    assert "number_conflict (new)" in seeds[0]
    assert not any("wording_drift" in line for line in seeds)  # accepted: explained away
    assert seeds[-1].startswith("::notice title=factaudit check failed::")


def test_junit_is_well_formed_and_counts(seeds_report: CheckReport) -> None:
    suites = ET.fromstring(render_check("junit", seeds_report).encode("utf-8"))
    assert (suites.get("tests"), suites.get("failures"), suites.get("skipped")) == ("2", "1", "1")
    [failure] = suites.iter("failure")
    assert failure.get("type") == "number_conflict" and "more than 28,000" in (failure.text or "")
    nasty = ET.fromstring(render_check("junit", _nasty_report()).encode("utf-8"))
    assert "<b>&</b>" in (next(nasty.iter("failure")).text or "")


def test_json_and_text(seeds_report: CheckReport) -> None:
    payload = json.loads(render_check("json", seeds_report))
    assert payload["schema"] == "factaudit/check/1" and payload["return_code"] == 1
    findings = len(seeds_report.findings)
    # Everything but the accepted drift is new; only the number conflict is new at or above warning.
    assert payload["summary"] == {
        "documents": 5,
        "findings": findings,
        "blocking": 1,
        "new": findings - 1,
        "stale": 1,
    }
    assert payload["findings"][0]["kind"] == "number_conflict" and payload["findings"][0]["new"] is True
    assert payload["stale"] == ["0" * 20]
    text = render_check("text", seeds_report)
    assert text.splitlines()[0].startswith("seeds/000_6677cc8993819119.txt:")
    assert text.splitlines()[-1].startswith("factaudit check FAILED: 1 blocking")


@pytest.mark.parametrize("fmt", CHECK_FORMATS)
def test_every_format_renders_an_empty_report(fmt: str) -> None:
    output = render_check(fmt, CheckReport("0.1.0", "error", 0, 0, (), ()))
    assert output.endswith("\n") and output.strip()
