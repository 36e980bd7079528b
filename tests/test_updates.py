"""Findings across documents, as data: updated figures, competing estimates, derived figures checked
against matched sources. Each case: documents, the findings they must (not) give, the checks made."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from factaudit.audit import AuditConfig, run_audit

DATA = Path(__file__).parent / "data"
CASES = [
    case for name in ("updates.json", "derived.json") for case in json.loads((DATA / name).read_text("utf-8"))
]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_update_case(case: dict[str, Any], tmp_path: Path) -> None:
    for document in case["documents"]:
        (tmp_path / f"{document['id']}.md").write_text(
            f"---\ndate: {document['date']}\n---\n{document['text']}\n", encoding="utf-8"
        )
    result = run_audit(AuditConfig(sources=(str(tmp_path),)))
    texts = dict(zip(result.claims["claim_id"], result.claims["text"], strict=True))
    found = [(f.kind, sorted(texts[i] for i in f.claim_ids)) for f in result.findings]
    for expected in case["expect"]:
        assert (expected["kind"], sorted(expected["texts"])) in found, found
    assert not {kind for kind, _ in found} & set(case["absent"]), found
    made = [(c.check, c.holds) for c in result.checks]
    for check in case.get("checks", []):
        assert (check["check"], check["holds"]) in made, made
