"""Public number-parsing test suites (quantulum3, number-parser, text2num) read as (text, expected values)."""

from __future__ import annotations

import csv
import json
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from factaudit.extract import extract_claims
from factaudit.ingest import Document

DEVSETS = Path(__file__).parent / "data" / "devsets"


@dataclass(frozen=True)
class Case:
    suite: str
    text: str
    expected: tuple[float, ...]


def _number(value: object) -> float | None:
    try:
        number = float(str(value))
    except ValueError:
        return None
    return number if math.isfinite(number) else None


def quantulum_cases() -> Iterator[Case]:
    for case in json.loads((DEVSETS / "quantulum3" / "quantities.json").read_text("utf-8")):
        values = tuple(float(r["value"]) for r in case["res"])
        yield Case("quantulum3/quantities", case["req"], values)
    for case in json.loads((DEVSETS / "quantulum3" / "extract_spellout_values.json").read_text("utf-8")):
        yield Case("quantulum3/spellout", case["input"], tuple(float(v) for v in case["expected"]))


def number_parser_cases() -> Iterator[Case]:
    """Cardinal cases, and ordinal ones ("twenty-first", read as claims of kind `ordinal`) as a suite of
    their own (the issue's target names the cardinal cases)."""
    for path in sorted((DEVSETS / "number_parser" / "csv").glob("en_*.csv")):
        suite = "number_parser_ordinal" if "ordinal" in path.name else "number_parser"
        with path.open(encoding="utf-8") as stream:
            for row in csv.DictReader(stream):
                yield Case(f"{suite}/{path.stem}", row["text"], (float(row["number"]),))
    for name in ("test_language_en.cases.json", "test_number_parsing.cases.json"):
        for case in json.loads((DEVSETS / "number_parser" / name).read_text("utf-8")):
            if case["test"] != "test_parse_number" or (
                case["args"][-1] not in (None, "en") and len(case["args"]) > 2
            ):
                continue
            text, expected = case["args"][0], _number(case["args"][1])
            if expected is not None and text:
                yield Case(f"number_parser/{name}", text, (expected,))


# Signed: text2num writes "minus fifteen" as "-15".
_CARDINAL = re.compile(r"(?:(?<![\w.])[-+])?(?<![\d.])\d+(?:\.\d+)?(?!\d|st|nd|rd|th)")
_NUMBER_WORD = re.compile(
    r"\b(?:zero|o|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty|hundred"
    r"|thousand|million|billion|point)\b|\d",
    re.IGNORECASE,
)


def text2num_cases() -> Iterator[Case]:
    """text2num's whole-string cases, and the cardinals its alpha2digit cases write as digits."""
    for case in json.loads((DEVSETS / "text2num" / "test_text_to_num_en.cases.json").read_text("utf-8")):
        if "expected" not in case:
            continue  # inputs text2num must reject
        if case["func"] == "text2num":
            expected = _number(case["expected"])
            if expected is not None:
                yield Case("text2num", case["args"][0], (expected,))
        elif case["func"] == "alpha2digit":
            if not _NUMBER_WORD.search(case["args"][0]) or (
                len(_CARDINAL.findall(str(case["expected"]))) > len(_NUMBER_WORD.findall(case["args"][0]))
            ):
                # The harvested input is not the one the expected output was written for (text2num's
                # test_alpha2digit_formal reuses one name for several inputs): "My name is o s c a r."
                # paired with "09 60 06 12 21".
                continue
            values = tuple(float(v) for v in _CARDINAL.findall(str(case["expected"])))
            if values:
                yield Case("text2num/alpha2digit", case["args"][0], values)


def all_cases() -> list[Case]:
    return [*quantulum_cases(), *number_parser_cases(), *text2num_cases()]


def extracted_values(text: str) -> list[float]:
    document = Document("case", "case.txt", text, None, None, "none")
    values: list[float] = []
    for claim in extract_claims(document):
        for value in (claim.value, claim.low, claim.high):
            if value is not None:
                values.append(value)
    return values


def found(case: Case) -> tuple[int, int]:
    """How many of the case's expected values the extractor finds, and how many there are."""
    values = extracted_values(case.text)
    hits = sum(any(math.isclose(v, e, rel_tol=1e-6, abs_tol=1e-9) for v in values) for e in case.expected)
    return hits, len(case.expected)
