"""Date atoms and publication dates, against the cases of tests/data/published.json and random text."""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factaudit.dates import MONTHS, detect_published, find_date_atoms, wire_dateline_end

ROOT = Path(__file__).parent.parent
CASES: list[dict[str, Any]] = json.loads(
    (ROOT / "tests" / "data" / "published.json").read_text(encoding="utf-8")
)
# (text, [(atom text, year, month, day, weekday)]): the date expressions the rest of the grammar builds on.
ATOMS = [
    ("on 24 June 2022, added", [("24 June 2022", 2022, 6, 24, None)]),
    ("June 24, 2022", [("June 24, 2022", 2022, 6, 24, None)]),
    ("a meeting on Wednesday, April 14 in Madrid", [("Wednesday, April 14", None, 4, 14, 2)]),
    ("November 16, 2017 at 1:28 pm", [("November 16, 2017", 2017, 11, 16, None)]),
    ("date 2021-04-15 Morocco", [("2021-04-15", 2021, 4, 15, None)]),
    ("on October 1st, authorities", [("October 1st", None, 10, 1, None)]),
    ("In November 2020, he said", [("November 2020", 2020, 11, None, None)]),
    ("Monday 3 May 2021", [("Monday 3 May 2021", 2021, 5, 3, 0)]),
    (
        "Sept. 5, 2020 and the 8th of July",
        [("Sept. 5, 2020", 2020, 9, 5, None), ("8th of July", None, 7, 8, None)],
    ),
    ("you may 5 times march 3 miles", []),
    ("31 February and 29 February", [("29 February", None, 2, 29, None)]),
    ("IP/22/4388 and 12:30 June", []),
    ("Tuesday, 1 March\n\n1945 GMT", [("Tuesday, 1 March", None, 3, 1, 1)]),
]


def _text(case: dict[str, Any]) -> str:
    return (ROOT / case["path"]).read_text(encoding="utf-8") if "path" in case else str(case["text"])


@pytest.mark.parametrize("case", CASES, ids=[case["id"] for case in CASES])
def test_detect_published(case: dict[str, Any]) -> None:
    latest = case.get("latest_plausible")
    published = detect_published(
        _text(case),
        case.get("front_matter"),
        latest_plausible=datetime.date.fromisoformat(latest) if latest else None,
    )
    expected = datetime.date.fromisoformat(case["expected"]) if case["expected"] else None
    assert published == (expected, case["source"])


@pytest.mark.parametrize("front_matter", [datetime.date(2022, 7, 8), datetime.datetime(2022, 7, 8, 23, 59)])
def test_front_matter_dates_and_datetimes(front_matter: object) -> None:
    assert detect_published("Brussels, 9 July 2022", front_matter) == (
        datetime.date(2022, 7, 8),
        "front_matter",
    )


@pytest.mark.parametrize(("text", "expected"), ATOMS, ids=[text for text, _ in ATOMS])
def test_find_date_atoms(
    text: str, expected: list[tuple[str, int | None, int, int | None, int | None]]
) -> None:
    atoms = find_date_atoms(text)
    assert [(a.text, a.year, a.month, a.day, a.weekday) for a in atoms] == expected
    assert all(text[a.start : a.end] == a.text for a in atoms)


def test_find_date_atoms_offsets_are_absolute() -> None:
    text = "Lead. Brussels, 8 July 2022. Tail on 9 July 2022."
    atoms = find_date_atoms(text, 6, 28)
    assert [(a.start, a.end, a.date) for a in atoms] == [(16, 27, datetime.date(2022, 7, 8))]


def test_months_cover_names_and_abbreviations() -> None:
    assert (MONTHS["january"], MONTHS["jan"], MONTHS["jan."], MONTHS["sept"], MONTHS["december"]) == (
        1,
        1,
        1,
        9,
        12,
    )


@given(st.lists(st.sampled_from([*"0123456789 ,.-/:\n", "May ", "June ", "2022", "Date: "])).map("".join))
def test_detect_published_never_raises(text: str) -> None:
    published, source = detect_published(text)
    assert source in ("front_matter", "text", "dateline", "inferred", "none")
    assert (published is None) == (source == "none")


# (text, the dateline it opens with): a town in capitals, or in other letters with a date or an agency.
WIRE_DATELINES = [
    ("LONDON, May 14 (Reuters) - Hackers stole", "LONDON, May 14 (Reuters) - "),
    ("ARNMOUTH, England, Aug 4 - About 86,000 people", "ARNMOUTH, England, Aug 4 - "),
    ("BRUSSELS, 3 March - The bloc", "BRUSSELS, 3 March - "),
    ("NEW YORK (AP) — Stocks fell", "NEW YORK (AP) — "),
    ("WASHINGTON, Jan. 5, 2025 -- The", "WASHINGTON, Jan. 5, 2025 -- "),
    ("Brussels, 3 March 2025 – The Commission", "Brussels, 3 March 2025 – "),
    ("Paris, France - Morocco's ambassador", ""),
    ("Exports rose 4% in March - the fastest rise", ""),
    ("The UN said - on 3 May - that", ""),
]


@pytest.mark.parametrize(("text", "dateline"), WIRE_DATELINES, ids=[t for t, _ in WIRE_DATELINES])
def test_wire_dateline_end(text: str, dateline: str) -> None:
    assert wire_dateline_end("Headline\n" + text, len("Headline\n")) == len("Headline\n") + len(dateline)
    # A dateline opens a line: inside a paragraph the same words are prose.
    assert wire_dateline_end("Lead. " + text, len("Lead. ")) == len("Lead. ")
