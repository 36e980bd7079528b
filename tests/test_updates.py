"""Updated figures and competing estimates, as data: documents, and the findings they must (not) give."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from factaudit.audit import AuditConfig, run_audit

CASES = json.loads((Path(__file__).parent / "data" / "updates.json").read_text(encoding="utf-8"))


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
