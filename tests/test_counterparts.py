"""A claim against two figures of one document: a figure given the wrong period is shown both as a date
conflict (the figure it copies) and as a number conflict (the figure of its own period)."""

from __future__ import annotations

from pathlib import Path

from factaudit.audit import AuditConfig, AuditResult, run_audit


def _audit(tmp_path: Path, documents: tuple[tuple[str, str, str], ...]) -> AuditResult:
    for name, date, text in documents:
        (tmp_path / f"{name}.md").write_text(f"---\ndate: {date}\n---\n{text}\n", encoding="utf-8")
    return run_audit(AuditConfig(sources=(str(tmp_path),), cache=None))


def _found(result: AuditResult) -> set[tuple[str, tuple[str, ...]]]:
    texts = dict(zip(result.claims["claim_id"], result.claims["text"], strict=True))
    return {(f.kind, tuple(sorted(texts[i] for i in f.claim_ids))) for f in result.findings}


def test_a_figure_given_the_wrong_year_conflicts_in_date_and_in_number(tmp_path: Path) -> None:
    # The survey's sentence states 1,610 too, for 2023: the paper's 1,610 of 2024 is not mispaired
    # with the survey's 1,840 of 2024, it is 2023's figure given 2024's year.
    result = _audit(
        tmp_path,
        (
            (
                "survey",
                "2025-03-03",
                "The geological survey recorded 1,610 landslides in 2023 and 1,840 landslides in 2024.",
            ),
            ("paper", "2025-03-05", "The geological survey recorded 1,610 landslides in 2024."),
        ),
    )
    found = _found(result)
    assert ("date_conflict", ("1,610", "1,610")) in found, found
    assert ("number_conflict", ("1,610", "1,840")) in found, found


def test_two_figures_of_one_period_in_a_sentence_contradict_neither(tmp_path: Path) -> None:
    # Both sentences give both regions' counts of one year: each figure is stated by the other sentence,
    # beside the other region's, so no number conflict.
    result = _audit(
        tmp_path,
        (
            (
                "survey",
                "2025-03-03",
                "In 2024 the geological survey recorded 1,610 landslides in Ardmore and 1,840 in Bellin.",
            ),
            (
                "paper",
                "2025-03-05",
                "In 2024 the survey recorded 1,840 landslides in Bellin and 1,610 in Ardmore.",
            ),
        ),
    )
    assert not {kind for kind, _ in _found(result)} & {"number_conflict", "date_conflict"}, _found(result)
