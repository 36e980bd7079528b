"""The worked arithmetic of a check: its figures with their roles, the recomputed figure, the margin."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from factaudit.report.context import (
    ClaimView,
    DocumentRef,
    FigureView,
    MarkedSentence,
    SentencePiece,
    WorkedCheck,
    WorkStep,
)
from factaudit.report.formatting import PLACEHOLDER, format_number


@dataclass(frozen=True)
class CheckWords:
    """How the report names a check and the lines of its worked table."""

    label: str
    rule: str
    stated: str  # label of details.stated
    recomputed: str  # label of details.recomputed
    difference: str  # what details.difference measures
    unit: str  # unit of difference and tolerance ('', 'points', 'days')


# The checks of arithmetic.py, in words an editor reads; an unknown check gets the generic words.
CHECKS: Mapping[str, CheckWords] = {
    "part_whole": CheckWords(
        "Part and whole",
        "A part cannot be larger than the whole it belongs to.",
        "Part",
        "Whole",
        "part − whole",
        "",
    ),
    "breakdown": CheckWords(
        "Breakdown",
        "The components must add up to their total (after “including”, to no more than it).",
        "Stated total",
        "Sum of the components",
        "sum − total",
        "",
    ),
    "percent_change": CheckWords(
        "Percentage change",
        "A stated change must follow from the two figures it compares.",
        "Stated change",
        "Change recomputed from the figures",
        "recomputed − stated",
        "points",
    ),
    "percent_change_across": CheckWords(
        "Percentage change, against another source",
        "A stated change must follow from the yearly figures a matched source gives.",
        "Stated change",
        "Change recomputed from the matched figures",
        "recomputed − stated",
        "points",
    ),
    "ratio_change": CheckWords(
        "Ratio word",
        "“Halved”, “doubled”: the word must fit the ratio of the two figures.",
        "Ratio the word states",
        "Ratio of the figures",
        "recomputed − stated",
        "",
    ),
    "fraction_of": CheckWords(
        "Fraction of a count",
        "“One tenth of them”: the fraction of the whole must give the stated part.",
        "Stated part",
        "Fraction × whole",
        "stated − recomputed",
        "",
    ),
    "weekday": CheckWords(
        "Weekday",
        "A weekday stated with a date must be that date's weekday.",
        "Weekday in the text",
        "Weekday in the calendar",
        "days between them",
        "days",
    ),
    "period_order": CheckWords(
        "Period order",
        "A period cannot end before it begins.",
        "Period ends",
        "Period begins",
        "days from start to end",
        "days",
    ),
    "as_of": CheckWords(
        "As-of date",
        "An “as of” date cannot be later than the publication date.",
        "As-of date",
        "Publication date",
        "the as-of date against the publication date",
        "days",
    ),
}
ROLE_LABELS: Mapping[str, str] = {
    "whole": "Whole",
    "part": "Part",
    "total": "Total",
    "component": "Component",
    "stated": "Stated",
    "from": "From",
    "to": "To",
    "weekday": "Date",
    "period_order": "Period",
    "as_of": "Figure dated",
}
HOLDS, FAILS = "✓", "✗"


def check_words(check: str) -> CheckWords:
    """The words of a check, known or not."""
    known = CHECKS.get(check)
    if known is not None:
        return known
    return CheckWords(check.replace("_", " ").capitalize() or "Check", "", "Stated", "Recomputed", "", "")


def _number(value: Any) -> float | None:
    if value is None or isinstance(value, bool) or not isinstance(value, int | float | str):
        return None
    try:
        return float(value)
    except ValueError:
        return None


def show(value: Any, unit: str = "") -> str:
    """A detail value as text: numbers with separators (and rounded to 2 places), dates and names as is."""
    number = _number(value)
    if number is None:
        text = PLACEHOLDER if value is None or value == "" else str(value)
    else:
        text = format_number(round(number, 2)).replace("-", "−")
    if not unit or text == PLACEHOLDER:
        return text
    return f"{text} {unit.removesuffix('s') if number is not None and abs(number) == 1 else unit}"


def signed(value: Any, unit: str = "") -> str:
    """A change with its sign: +76.84%, −2%."""
    number = _number(value)
    if number is None:
        return show(value)
    sign = "+" if number > 0 else "−" if number < 0 else "±"
    return f"{sign}{format_number(round(abs(number), 2))}{unit}"


def _tolerance(value: Any, unit: str) -> str:
    if value is None:
        return "open (a hedged figure has no upper bound)"
    return f"± {show(value, unit)}"


def _figures(
    raw: Sequence[Mapping[str, Any]], claims: Mapping[str, ClaimView], documents: Mapping[str, DocumentRef]
) -> tuple[FigureView, ...]:
    figures = []
    for item in raw:
        claim = claims.get(str(item.get("claim_id")))
        doc_id = str(item.get("doc_id") or "")
        document = claim.document if claim else documents.get(doc_id)
        role = str(item.get("role") or "")
        figures.append(
            FigureView(
                role=role,
                role_label=ROLE_LABELS.get(role, role.replace("_", " ").capitalize()),
                text=str(item.get("text") or (claim.text if claim else "")),
                # The check's own value first: a range claim "from 100 to 150" is two figures of a change.
                value=_number(item.get("value")) if "value" in item or claim is None else claim.value,
                href=f"#{claim.anchor}" if claim else (f"#{document.anchor}" if document else ""),
                document=document,
            )
        )
    return tuple(figures)


def _text_of(figures: Sequence[FigureView], role: str) -> str:
    return next((f.text for f in figures if f.role == role), PLACEHOLDER)


def _texts_of(figures: Sequence[FigureView], role: str) -> list[str]:
    return [f.text for f in figures if f.role == role]


def _day(iso: Any) -> str:
    """'2021-04-14' as 'Wednesday 14 April 2021'; anything else as is."""
    try:
        day = dt.date.fromisoformat(str(iso))
    except ValueError:
        return show(iso)
    return f"{day:%A} {day.day} {day:%B %Y}"


def _equation(check: str, holds: bool | None, figures: Sequence[FigureView], d: Mapping[str, Any]) -> str:
    """The relation worked out in one line, figures as written."""
    stated, recomputed = d.get("stated"), d.get("recomputed")
    if check == "part_whole":
        sign = ">" if holds is False else "≤"
        return f"part {_text_of(figures, 'part')} {sign} whole {_text_of(figures, 'whole')}"
    if check == "breakdown":
        components = " + ".join(_texts_of(figures, "component")) or PLACEHOLDER
        at_most = "at most " if "<=" in str(d.get("relation") or "") else ""
        return f"components {components} = {show(recomputed)} vs {at_most}total {_text_of(figures, 'total')}"
    if check == "percent_change":
        return (
            f"from {_text_of(figures, 'from')} to {_text_of(figures, 'to')} is {signed(recomputed, '%')}"
            f" vs stated {signed(stated, '%')}"
        )
    if check == "ratio_change":
        return (
            f"from {_text_of(figures, 'from')} to {_text_of(figures, 'to')} is ×{show(recomputed)}"
            f" vs “{_text_of(figures, 'stated')}” ×{show(stated)}"
        )
    if check == "fraction_of":
        return (
            f"{_text_of(figures, 'stated')} × {_text_of(figures, 'whole')} = {show(recomputed)}"
            f" vs stated part {_text_of(figures, 'part')}"
        )
    if check == "weekday":
        year = " (year from the publication date)" if d.get("year_inferred") else ""
        return f"“{show(d.get('text'))}”: {_day(d.get('date'))}{year} vs stated {show(stated)}"
    if check == "period_order":
        return f"“{show(d.get('text'))}”: begins {show(recomputed)}, ends {show(stated)}"
    if check == "as_of":
        sign = ">" if holds is False else "≤"
        return f"“{show(d.get('text'))}”: as of {show(stated)} {sign} published {show(recomputed)}"
    return f"stated {show(stated)} vs recomputed {show(recomputed)}"


_SAME_WORKING: Mapping[str, str] = {"percent_change_across": "percent_change"}


def _percent(value: Any) -> str:
    return signed(value, "%")


def _ratio(value: Any) -> str:
    return f"×{show(value)}"


# How the stated and recomputed figures of a check are written; by default as numbers or as is.
_VALUE_FORMATS: Mapping[str, Callable[[Any], str]] = {
    "percent_change": _percent,
    "ratio_change": _ratio,
    "period_order": _day,
    "as_of": _day,
}


def _steps(check: str, words: CheckWords, d: Mapping[str, Any]) -> tuple[WorkStep, ...]:
    """Stated, recomputed (with how), difference and tolerance."""
    unit = str(d.get("unit") or "")
    value = _VALUE_FORMATS.get(check, show)
    how = ""
    if check == "breakdown":
        how = "the components added up"
    elif check == "percent_change" and d.get("recomputed_low") is not None:
        how = (
            f"the figures as rounded allow {signed(d.get('recomputed_low'), '%')}"
            f" to {signed(d.get('recomputed_high'), '%')}"
        )
    elif check == "weekday" and d.get("date"):
        how = f"{_day(d.get('date'))}" + (", year inferred" if d.get("year_inferred") else "")
    steps = []
    # Part, whole, total and stated part are figures of the table already; a part/whole check recomputes
    # nothing, it compares.
    if check not in ("part_whole", "breakdown", "fraction_of"):
        steps.append(WorkStep(words.stated, value(d.get("stated")), "", False))
    if check != "part_whole":
        steps.append(WorkStep(words.recomputed, value(d.get("recomputed")), how, True))
    margin_unit = words.unit or ("" if unit in ("%", "ratio", "count") else unit)
    if "difference" in d:
        steps.append(
            WorkStep(
                "Difference", _difference(check, d.get("difference"), margin_unit), words.difference, False
            )
        )
    if "tolerance" in d:
        exact = check in _DATE_CHECKS
        tolerance = "none" if exact else _tolerance(d.get("tolerance"), margin_unit)
        steps.append(
            WorkStep("Tolerance", tolerance, "dates are exact" if exact else "allowed for rounding", False)
        )
    return tuple(steps)


_DATE_CHECKS = frozenset({"weekday", "period_order", "as_of"})


def _difference(check: str, value: Any, unit: str) -> str:
    number = _number(value)
    if check == "as_of" and number is not None:
        days = format_number(abs(number))
        return f"{days} days {'after' if number > 0 else 'before'}" if number else "same day"
    return show(value, unit)


def _margin(check: str, words: CheckWords, d: Mapping[str, Any]) -> str:
    """The verdict line's margin, where there is one to weigh: the difference against the tolerance."""
    if "difference" not in d or check == "part_whole" or check in _DATE_CHECKS:
        return ""
    unit = words.unit or ""
    tolerance = "open" if d.get("tolerance") is None else "± " + show(d.get("tolerance"), unit)
    return f"difference {show(d.get('difference'), unit)}, tolerance {tolerance}"


def _pieces(sentence: str, spans: Sequence[tuple[int, int]]) -> tuple[SentencePiece, ...]:
    """The sentence cut at the given spans (clamped, overlaps merged)."""
    pieces: list[SentencePiece] = []
    at = 0
    for start, end in sorted(spans):
        start, end = max(start, at), min(end, len(sentence))
        if end <= start:
            continue
        if start > at:
            pieces.append(SentencePiece(sentence[at:start], False))
        pieces.append(SentencePiece(sentence[start:end], True))
        at = end
    if at < len(sentence) or not pieces:
        pieces.append(SentencePiece(sentence[at:], False))
    return tuple(pieces)


def marked_sentences(
    claims: Sequence[ClaimView],
    extra: Sequence[str] = (),
    sentence: str | None = None,
    document: DocumentRef | None = None,
) -> tuple[MarkedSentence, ...]:
    """The distinct sentences of the claims, each claim's figure marked; or, without claims, the given
    sentence with the given words marked (a date check reads words that are not always claims)."""
    grouped: dict[tuple[str, str], list[ClaimView]] = {}
    for claim in claims:
        if claim.sentence:
            grouped.setdefault((claim.document.doc_id, claim.sentence), []).append(claim)
    sentences = []
    for (_, text), members in grouped.items():
        spans = [(len(c.before), len(c.before) + len(c.marked)) for c in members]
        spans += [(text.find(w), text.find(w) + len(w)) for w in extra if w and w in text]
        sentences.append(MarkedSentence(members[0].document, f"#{members[0].anchor}", _pieces(text, spans)))
    if sentence and not any(text == sentence for _, text in grouped):
        spans = [(sentence.find(w), sentence.find(w) + len(w)) for w in extra if w and w in sentence]
        href = f"#{document.anchor}" if document else ""
        sentences.append(MarkedSentence(document, href, _pieces(sentence, spans)))
    return tuple(sentences)


def build_worked(
    record: Mapping[str, Any],
    claims: Mapping[str, ClaimView],
    documents: Mapping[str, DocumentRef],
    anchor: str,
    finding_anchor: str = "",
) -> WorkedCheck:
    """The worked check of a check record or of an arithmetic or date finding (same details)."""
    d: Mapping[str, Any] = record.get("details") or {}
    check = str(d.get("check") or record.get("check") or "")
    words = check_words(check)
    # A change checked against a matched source's figures is worked out like one within a sentence.
    check = _SAME_WORKING.get(check, check)
    holds_raw = record.get("holds")
    holds = None if holds_raw is None else bool(holds_raw)
    if holds is None and record.get("kind") and "severity" in record:
        holds = False  # a finding is a check that failed
    figures = _figures(d.get("figures") or (), claims, documents)
    claim_ids = [str(c) for c in record.get("claim_ids") or ()] + [
        str(f.get("claim_id")) for f in d.get("figures") or () if f.get("claim_id")
    ]
    found = [claims[c] for c in dict.fromkeys(claim_ids) if c in claims]
    doc_id = str(record.get("doc_id") or "")
    document = documents.get(doc_id) or next((f.document for f in figures if f.document), None)
    if document is None and found:
        document = found[0].document
    extra = [str(d.get("text") or ""), *(f.text for f in figures)]
    return WorkedCheck(
        anchor=anchor,
        fingerprint=str(record.get("fingerprint") or ""),
        check=check,
        label=words.label,
        rule=words.rule,
        holds=holds,
        message=str(record.get("message") or ""),
        document=document,
        equation=_equation(check, holds, figures, d),
        margin=_margin(check, words, d),
        figures=figures,
        steps=_steps(check, words, d),
        sentences=marked_sentences(found, extra, str(d.get("sentence") or "") or None, document),
        finding_anchor=finding_anchor,
    )


def verdict(holds: bool | None) -> str:
    """✓ when a check held, ✗ when not, '?' when unknown."""
    return "?" if holds is None else HOLDS if holds else FAILS
