"""Extraction cases as data: each sentence of tests/data/extraction.json with the claims it must yield."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from factaudit.entities import document_names
from factaudit.extract import Claim, extract_claims
from factaudit.ingest import Document

CASES = json.loads((Path(__file__).parent / "data" / "extraction.json").read_text(encoding="utf-8"))


def _document(case: dict[str, Any]) -> Document:
    published = dt.date.fromisoformat(case["published"]) if case.get("published") else None
    return Document(
        "case", "case.txt", case["sentence"], None, published, "front_matter" if published else "none"
    )


def _field(claim: Claim, name: str) -> Any:
    value = getattr(claim, name)
    return value.isoformat() if isinstance(value, dt.date) else value


@pytest.mark.parametrize("case", CASES, ids=[c["sentence"][:50] for c in CASES])
def test_extraction_case(case: dict[str, Any]) -> None:
    claims = [c for c in extract_claims(_document(case)) if c.kind != "date"]
    assert [c.text for c in claims] == [e["text"] for e in case["expected"]]
    for claim, expected in zip(claims, case["expected"], strict=True):
        for name, value in expected.items():
            actual = _field(claim, name)
            if isinstance(value, float) and actual is not None:
                assert actual == pytest.approx(value), (claim.text, name)
            else:
                assert actual == value, (claim.text, name, actual)


SEED = Path(__file__).resolve().parents[1] / "seeds" / "001_f4b4796d402f7efc.txt"


def _readings(text: str) -> list[tuple[str, float | None, str]]:
    document = Document("d", "d.txt", text, None, dt.date(2022, 7, 8), "manifest")
    return [(c.text.split()[-1], c.value, " ".join(c.sentence.split())) for c in extract_claims(document)]


@pytest.mark.parametrize("width", [40, 50, 60, 72, 80])
def test_hard_wrapped_text_gives_the_claims_of_its_long_lines(width: int) -> None:
    import textwrap

    paragraphs = [p for p in SEED.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    wrapped = "\n\n".join(textwrap.fill(p, width, break_on_hyphens=False) for p in paragraphs)
    assert _readings(wrapped) == _readings("\n\n".join(paragraphs))


def test_a_list_of_short_lines_is_not_read_as_wrapped_prose() -> None:
    """One expression a line: each line is its own figure, however similar the line lengths."""
    lines = ["twenty-six thousand", "five and a half million", "1.5 million", "three", "four"]
    assert [value for _, value, _ in _readings("\n".join(lines) + "\n")] == [26000, 5.5e6, 1.5e6, 3, 4]


def test_word_classes_are_sorted_disjoint_plain_words() -> None:
    """The shipped lexicon (tools/word_classes.py) is deterministic and holds only what subject reading
    may stop at: no noun that lemminflect alone would have called a verb ("act", "nod")."""
    data = json.loads((Path(__file__).parents[1] / "src/factaudit/data/word_classes.json").read_text("utf-8"))
    verbs, adverbs = data["verbs"], data["adverbs"]
    assert verbs == sorted(set(verbs)) and adverbs == sorted(set(adverbs))
    assert not set(verbs) & set(adverbs)
    assert all(word.isalpha() and word.islower() for word in verbs + adverbs)
    assert {"appear", "said", "includes"} <= set(verbs) and {"regularly", "instead"} <= set(adverbs)
    assert not {"act", "acts", "nod", "advert", "spending"} & set(verbs)


def test_a_sentence_may_open_on_a_name_of_several_words() -> None:
    # A press release opens its sentences with its company's name and never writes it mid-sentence: the
    # first word of "Norland Motors" is a name; "Across" before "Serrano" and "These" are not.
    text = (
        "Norland Motors reported a loss. Norland Motors will cut jobs. Across Serrano, fires burned. "
        "These figures were published by Eastmoor Council."
    )
    about = document_names(text).about()
    assert "norla" in about and "motor" in about
    assert "acros" not in about and "these" not in about


def test_an_audit_compares_no_race_names() -> None:
    # A race's distance used as its name is listed by `factaudit extract` but never compared: two stories'
    # "100m" and "200m" would otherwise meet as figures of one measure. A sum written so stays.
    text = (
        "She won the 1500m and the 60m hurdles, and took the 400m title in 45.91 seconds. "
        "Heineken plans to invest 100m euros in marketing and a 100m deal was signed."
    )
    document = Document("d", "d.txt", text, None, None, "none")
    listed = [c.text for c in extract_claims(document) if c.kind != "date"]
    audited = [c.text for c in extract_claims(document, uncompared=False)]
    assert {"1500m", "60m", "400m"} <= set(listed)
    assert audited == ["45.91", "100m", "100m"]


def test_a_sentence_read_again_gives_its_claims_from_the_remembered_words() -> None:
    """A copy of a story read after it (wire copy) gives the same claims, its subjects, actors and context
    words answered by the caches of `extract` rather than read again."""
    from factaudit import extract

    caches = (extract._remembered_subject, extract._remembered_actor, extract._remembered_context)
    for cache in caches:
        cache.cache_clear()
    document = Document("d", "d.txt", SEED.read_text(encoding="utf-8"), None, dt.date(2022, 7, 8), "manifest")
    first = extract_claims(document)
    again = extract_claims(document)
    assert again == first
    figures = sum(1 for claim in first if claim.kind not in ("date", "year"))  # read by _quantity_claim
    assert figures > 0
    assert extract._remembered_subject.cache_info().hits >= figures
    assert all(cache.cache_info().currsize <= extract.CLAIM_WORDS_CACHE_SIZE for cache in caches)
