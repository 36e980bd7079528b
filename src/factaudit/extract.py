"""Stage 2, extract: every numeric claim and event date of a document, with subject, actor and period."""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Final

from factaudit import columns as col
from factaudit.dates import INFERRED_YEAR, YEAR_DIGITS_RE, DateAtom, find_date_atoms, wire_dateline_end
from factaudit.entities import document_names
from factaudit.ingest import Document
from factaudit.lexicon import MEASURE_UNITS
from factaudit.periods import FIGURE_OF_POSSESSIVE, Period, find_periods, reads_previous, written_years
from factaudit.quantities import DECIMAL_COMMA_LANGUAGES, Quantity, find_quantities
from factaudit.sentences import Sentence, split_sentences, unwrap
from factaudit.subjects import (
    DURATION_UNITS,
    SPAN_WORDS,
    actor_of,
    brought_to_total,
    context_words,
    elided_in_list,
    follows_restating_word,
    names_change,
    names_only_period,
    names_race,
    restates_earlier,
    subject_after,
    subject_around,
    subject_before,
)

if TYPE_CHECKING:
    import pandas as pd

# A line that is mostly a date ("Brussels, 8 July 2022", "November 16, 2017 at 1:28 pm") is a dateline:
# furniture, not an event. Lines with this many letters besides the date still read as prose.
DATELINE_MAX_OTHER_CHARS: Final = 24
_DATE_MARKER = re.compile(r"\b(?:date|dated|published|updated|posted)\s*:?\s*$", re.IGNORECASE)
# Documents handed to a worker process at a time: a BBC article takes about 3 ms, so pickling and
# scheduling stay a few per cent of the work, and 2,225 articles still spread over eight workers.
PARALLEL_CHUNK: Final = 64
_ANAPHORA: Final = frozenset({"them", "these", "those", "it", "this", "that", "which", "whom"})
# The kinds of claim whose subject a restating figure may take ("up from 5,117", "down 6.2% from").
_RESTATED_KINDS: Final = frozenset({"count", "money", "measure", "percent"})
# Copies of one story repeat its sentences (wire copy, boilerplate, a story retold), and what a figure
# counts, who did it and the words around it depend on its sentence and offsets only: those read before are
# remembered. BBC: 1,275 of its 16,771 claims repeat one read before; the generated corpus of retold
# stories (its first 3,000 documents): 11,618 of 23,356, all of them among the last 4,096 read (1,024
# find 11,351).
CLAIM_WORDS_CACHE_SIZE: Final = 4096
_remembered_subject = functools.lru_cache(maxsize=CLAIM_WORDS_CACHE_SIZE)(subject_around)
_remembered_actor = functools.lru_cache(maxsize=CLAIM_WORDS_CACHE_SIZE)(actor_of)
_remembered_context = functools.lru_cache(maxsize=CLAIM_WORDS_CACHE_SIZE)(context_words)


@dataclass(frozen=True)
class Claim:
    """One numeric claim (or event date) as the `factaudit/audit/1` schema describes it."""

    claim_id: str
    doc_id: str
    start: int
    end: int
    text: str
    sentence: str
    value: float | None
    low: float | None
    high: float | None
    qualifier: str
    kind: str
    unit: str | None
    subject: str | None
    actor: str | None
    period_start: dt.date | None
    period_end: dt.date | None
    period_text: str | None
    sentence_start: int
    sentence_end: int
    period_relation: str | None
    direction: str | None
    cmp_low: float | None
    cmp_high: float | None
    context: str
    entities: str = ""  # name stems of the claim's sentence, space-separated
    about: str = ""  # name stems of the document's most frequent names, space-separated
    page: int | None = None  # the PDF page the claim stands on; None for other formats


# The documents of the extraction under way, for its worker processes: forked while it runs, they inherit
# the list and are handed positions in it. Pickling each document to a worker and unpickling it there
# was 7% of the CPU of a 20,000-document audit (py-spy), more than the claims sent back.
_FORKED: Sequence[Document] = ()


def _extract_at(position: int, uncompared: bool = True) -> list[Claim]:
    return extract_claims(_FORKED[position], uncompared=uncompared)


def extract_each(
    documents: Sequence[Document], jobs: int = 1, *, uncompared: bool = True
) -> Iterator[list[Claim]]:
    """The claims of each document, in document order; with `jobs` > 1, extracted in that many processes
    (a corpus under two chunks stays in this process: starting workers would cost more than it saves).
    `uncompared`: whether the kinds no audit compares are claims (see extract_claims)."""
    global _FORKED
    if jobs <= 1 or len(documents) < 2 * PARALLEL_CHUNK:
        yield from (extract_claims(document, uncompared=uncompared) for document in documents)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    if "fork" not in multiprocessing.get_all_start_methods():
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            work = functools.partial(extract_claims, uncompared=uncompared)
            yield from pool.map(work, documents, chunksize=PARALLEL_CHUNK)
        return
    _FORKED = documents  # set before the pool forks its workers, on its first task
    try:
        with ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("fork")) as pool:
            at = functools.partial(_extract_at, uncompared=uncompared)
            yield from pool.map(at, range(len(documents)), chunksize=PARALLEL_CHUNK)
    finally:
        _FORKED = ()


def extract_audited(documents: Sequence[Document], jobs: int = 1) -> Iterator[list[Claim]]:
    """What an audit extracts: the claims it compares, without ordinals or years (see extract_claims)."""
    return extract_each(documents, jobs, uncompared=False)


def extract_documents(documents: Sequence[Document], jobs: int = 1) -> list[Claim]:
    """The claims of every document, in document order (see extract_each)."""
    return [claim for claims in extract_each(documents, jobs) for claim in claims]


def extract_claims(document: Document, *, uncompared: bool = True) -> list[Claim]:
    """The claims of one document, in text order. Without `uncompared`, what an audit compares: ordinals
    ("the third-largest", "21st") and years ("in 2013", "the 1960s") are claims `factaudit extract` lists,
    but no audit pairs them (`match.UNMATCHED_KINDS`), and reading ordinals costs a tenth of the
    extraction; so are race distances that name a race ("won the 1500m", "the 60m hurdles": `names_race`):
    two stories' "100m" and "200m" are no figures that agree or conflict."""
    original = document
    # Markup blanked (Markdown), layout breaks read as spaces (PDF): find claims in the clean text, same
    # offsets; each claim quotes itself and its sentence from the original.
    # Hard-wrapped lines are read as one line, so patterns and fingerprints do not depend on the width.
    text = unwrap(document.reading_text, document.body_start)
    if text is not document.text:  # most documents read as they are: no copy of the dataclass then
        document = replace(document, text=text)
    drafts: list[dict[str, Any]] = []  # the claims' fields but those `_finish` adds, in text order
    entities: list[str] = []  # the name stems of each draft's sentence
    previous: Period | None = None  # the last period of the sentences read so far
    before: list[dict[str, Any]] = []  # the claims of the sentence just before, if it holds any
    unread: list[Sentence] = []  # sentences after that period's, without claims: periods not read yet
    frame: Period | None = None  # the period that opens the sentence just before (`_date_compared`)
    frame_end = 0  # where that sentence ends
    names = document_names(text)
    # What "last year" and "on Friday" resolve against: not a date guessed from the latest year the text
    # names (`dates.INFERRED_YEAR`); its periods are read and left without an interval.
    reference = document.published if document.published_source != INFERRED_YEAR else None
    # The language comes from front matter, the manifest or the file (ingest reads it once).
    decimal_comma = document.language in DECIMAL_COMMA_LANGUAGES
    for sentence in split_sentences(text, document.body_start):
        atoms = find_date_atoms(text, sentence.start, sentence.end)
        quantities = find_quantities(
            text, sentence.start, sentence.end, decimal_comma=decimal_comma, ordinals=uncompared
        )
        if not quantities and not atoms and not (uncompared and _writes_year(sentence.text)):
            unread.append(sentence)
            before = []
            frame = None
            continue
        # Only "the same period" reads the period before a sentence: the sentences without claims are read
        # for theirs only when a claim's sentence says "same" (BBC corpus: 60 times; find_periods runs
        # 11,155 times over its 41,714 sentences, not 28,893).
        if unread and reads_previous(text, sentence.start, sentence.end):
            previous = _last_period(text, unread, reference, previous)
            unread = []
        periods = find_periods(text, sentence.start, sentence.end, reference, previous)
        if periods:
            previous = periods[-1]
            unread = []  # a sentence's periods are read back to its last one, never before it
        if quantities and (periods or atoms):
            blocked = [(p.char_start, p.char_end) for p in periods] + [(a.start, a.end) for a in atoms]
            quantities = [q for q in quantities if not any(q.start < b and a < q.end for a, b in blocked)]
        found: list[dict[str, Any]] = []
        breaks = clause_breaks(text, sentence) if quantities and periods else []
        for quantity in quantities:
            if uncompared or not names_race(text, quantity.start, quantity.end):
                # "won the 1500m", "the 60m hurdles": a race's name, listed but never compared
                found.append(_quantity_claim(document, sentence, quantity, periods, breaks, found, before))
        for atom in atoms:
            claim = _date_claim(document, sentence, atom)
            if claim is not None:
                found.append(claim)
        if (
            frame is not None
            and found
            and "\n" not in text[frame_end : sentence.start]
            and not _OPENING_PHRASE.match(sentence.text)
        ):
            _date_compared(found, frame)
        # The period that opens this sentence ("In October, 71.8% of patients ...") frames the next one.
        frame, frame_end = (
            (periods[0], sentence.end) if periods and _opens(text, sentence, periods[0]) else (None, 0)
        )
        years = _year_claims(document, sentence, periods, atoms) if uncompared and periods else []
        found.extend(years)
        before = found
        if not found:
            continue
        if atoms or years:
            found.sort(key=lambda c: (c["start"], c["end"]))
        drafts.extend(found)
        stems = " ".join(sorted(names.in_sentence(sentence.start, sentence.end)))
        entities.extend(stems for _ in found)
    about = " ".join(sorted(names.about()))
    return [
        _finish(draft, index, original, stems, about)
        for index, (draft, stems) in enumerate(zip(drafts, entities, strict=True))
    ]


# A sentence that opens with a phrase of its own before a comma ("For the full year, Ford's division
# earned ...") may state its own period in words the period reader does not know: no frame is carried in.
_OPENING_PHRASE = re.compile(r"[A-Za-z][^,.;:\d]{0,39},")


def _opens(text: str, sentence: Sentence, period: Period) -> bool:
    """`period` (of `sentence`) is an "in" period that opens the sentence ("In October, ...")."""
    return period.relation == "in" and not text[sentence.start : period.char_start].strip(' ,"“')


def _date_compared(found: list[dict[str, Any]], frame: Period) -> None:
    """Date, with `frame`, the figures of a sentence that state no period of their own but are compared with
    a figure of theirs that does: "In October, 71.8% of patients ... . A total of 9,842 patients spent 12
    hours or more ..., up from 9,215 in September." The comparison says 9,842 is of another period than
    September, and the sentence before, in the same paragraph, opens with the period it reports. A
    general carry of the period before was not tried: this narrow one changed one claim on BBC, wrongly
    ("For the full year, ... a $697m improvement from $153m a year ago", dated by the fourth quarter of
    the sentence before), which `_OPENING_PHRASE` now leaves alone; none changes there since. On the
    generated corpus one claim changes, right ("The fourth-quarter losses at General Motors Europe
    totalled $345m ... GM's revenues rose 4.7% to $51.2bn from $48.8bn a year earlier")."""
    for index, claim in enumerate(found):
        if claim["period_text"] is not None or claim["kind"] not in _RESTATED_KINDS or not claim["subject"]:
            continue
        if any(
            later["period_start"] is not None
            and later["period_start"] != frame.start
            and (later["kind"], later["unit"], later["subject"])
            == (claim["kind"], claim["unit"], claim["subject"])
            for later in found[index + 1 :]
        ):
            claim.update(
                period_start=frame.start,
                period_end=frame.end,
                period_text=frame.text,
                period_relation=frame.relation,
            )


def _writes_year(sentence: str) -> bool:
    """Whether a sentence holds the digits of a year: in `factaudit extract`, only such a sentence is read
    for its periods when it holds no other claim. The substring tests first: they reject two
    sentences in three at a third of the cost of the pattern (BBC corpus: 0.013 s against 0.027 s)."""
    return ("19" in sentence or "20" in sentence or "2100" in sentence) and YEAR_DIGITS_RE.search(
        sentence
    ) is not None


def _last_period(
    text: str, sentences: list[Sentence], reference: dt.date | None, before: Period | None
) -> Period | None:
    """The last period of `sentences` (which hold no claim), or `before` (the last one before them).

    Which periods a sentence holds does not depend on the period before it; only the dates of "the same
    period" (relation "carried") do. So the sentences are read from the last back to the first that
    holds a period, and further back only while that period is carried: a sentence without claims is
    read only when a later claim needs its period."""
    carried: list[Sentence] = []
    for sentence in reversed(sentences):
        periods = find_periods(text, sentence.start, sentence.end, reference)
        if not periods:
            continue
        if periods[-1].relation != "carried":
            before = periods[-1]
            break
        carried.append(sentence)
    for sentence in reversed(carried):
        before = find_periods(text, sentence.start, sentence.end, reference, before)[-1]
    return before


def _finish(draft: dict[str, Any], index: int, document: Document, entities: str, about: str) -> Claim:
    """The claim of a draft: its id, page, names, and its text and sentence quoted from the file as
    written (the reading text may have markup blanked or wrapped lines joined)."""
    text = document.text
    return Claim(
        claim_id=f"{document.doc_id}:{index:04d}",
        text=text[draft["start"] : draft["end"]],
        sentence=text[draft["sentence_start"] : draft["sentence_end"]],
        entities=entities,
        about=about,
        page=document.page_at(draft["start"]),
        **draft,
    )


_CLAUSE_BREAK = re.compile(r"[,;:()–—]|\s-\s")


def clause_breaks(text: str, sentence: Sentence) -> list[int]:
    """Offsets of the clause breaks of a sentence (commas, semicolons, brackets, dashes), found once."""
    return [m.start() for m in _CLAUSE_BREAK.finditer(text, sentence.start, sentence.end)]


# How far before a semicolon an open parenthesis makes it a separator of conversions: the BBC's
# "($8bn; £6bn)" lists open at most a few dozen characters earlier.
CONVERSION_REACH: Final = 80


def _statement_break(text: str, low: int, high: int) -> bool:
    """A semicolon between two statements lies between `low` and `high`; one inside parentheses only
    separates conversions ("6bn euros ($8bn; £6bn) to its budget by 2014")."""
    at = text.find(";", low, high)
    while at >= 0:
        back = max(0, at - CONVERSION_REACH)  # never the whole text before: this runs per claim and period
        if text.rfind("(", back, at) <= text.rfind(")", back, at):
            return True  # no parenthesis open just before this semicolon
        at = text.find(";", at + 1, high)
    return False


# "7% more than in 2003", "up 5% compared with last year": the period a figure is compared against is the
# baseline's, not the figure's own.
_BASELINE_BEFORE = re.compile(
    r"\b(?:than(?:\s+the\s+(?:average|level|figure|total)(?:\s+of)?)?|compared\s+(?:with|to)|against)\s+$",
    re.IGNORECASE,
)
# Between a figure and a later period, a comparison hands the period to the figure compared against: "Net
# income was $612 million, compared with $540 million a year earlier", "rose 12% from $3.76 billion in
# the third quarter of 2022", "a 4.3% increase on the same weekend last year", "a change from the loss of
# 364m euros in 2003" (the last two from the blind periods review, draw 2211).
_COMPARISON = re.compile(
    r"\b(?:compared\s+(?:with|to)|than|versus|vs\b\.?|on\s+the\s+same\s+[a-z]+"
    r"|from\s+(?:the|a|an|its|their)\s+(?:[a-z-]+\s+){0,3}of\s+(?:[$£€¥]\s?)?\d"
    r"|(?:from|against)\s+(?:[$£€¥]\s?)?\d[\d,.]*(?!\d|\s*(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug"
    r"|sep|oct|nov|dec)[a-z]*\b))",  # "from $3.76bn", "against 6.3bn kronor"; not "from 6 January"
    re.IGNORECASE,
)


# "Revenues were £4.3bn while the firm's margins were 14.1% by 2006", "to cut 4,200 jobs as first-half
# profit slides": a period in the clause that "while" or "whereas" opens, or right after an "as" that opens
# a clause on a period's noun ("as first-half profit", "as third-quarter sales"), is not the figure's own.
# Any "as" was tried: in the BBC corpus most are prepositions ("his first cap as a 17-year-old in 1991",
# "43% in Europe as a whole last year") or join simultaneous events ("efforts as the first half drew to a
# close"). "while" before a participle ("injured herself while performing") joins one event too.
_CLAUSE_OPENER = re.compile(r"\s(?:while|whereas)\s+(?![a-z]+ing\b)", re.IGNORECASE)
_AS_BEFORE = re.compile(r"\sas\s+(?:(?:its|their|the)\s+)?$", re.IGNORECASE)
_COMPOUND_PERIOD = re.compile(r"[\w-]+-(?:half|quarter|year)", re.IGNORECASE)


# "contributions rose by 4.7% in 1998/99 and in 2002/03 by 8.6%", "we have taken delivery of six aircraft
# and next month we will start": a period right after "and", "but" or "while" that opens the next figure or
# the next clause's subject dates what follows it, not the figure before it (blind periods review: the
# first error class, "another clause").
_AND_BEFORE = re.compile(r"\b(?:and|but|while)\s+$", re.IGNORECASE)
_OPENS_NEXT = re.compile(
    r",?\s+(?:(?:we|they|he|she|it|i|you|there)\s+[a-z']+\b|(?:by|to|at|of|was|were|with)\s+[$£€¥]?\d)",
    re.IGNORECASE,
)


# "Passengers: 14.27 million (2024: 13.36 million; 2023: 11.94 million)": a period written as a label, a
# colon after it, dates what follows it (here the years compared against), not the figure before it.
_LABEL_AFTER = re.compile(r"\s*[:=]")


def _in_later_clause(text: str, end: int, period: Period) -> bool:
    """`period`, after a figure ending at `end`, lies in a clause of its own (`_CLAUSE_OPENER`, and see
    `_AND_BEFORE`) or labels what follows it (`_LABEL_AFTER`)."""
    if _CLAUSE_OPENER.search(text, end, period.char_start) or _LABEL_AFTER.match(text, period.char_end):
        return True
    if _AND_BEFORE.search(text, max(end, period.char_start - 8), period.char_start) and _OPENS_NEXT.match(
        text, period.char_end
    ):
        return True
    return (
        _COMPOUND_PERIOD.fullmatch(period.text) is not None
        and _AS_BEFORE.search(text, max(end, period.char_start - 12), period.char_start) is not None
    )


_FROM_PERIOD = re.compile(r"from\s", re.IGNORECASE)
_ON_PERIOD = re.compile(r"on\s+(?:a|the|last|\d{4})\b", re.IGNORECASE)  # not a day: "60% on 20 October"
_CHANGE_BEFORE = re.compile(r"(?:%|\bper\s?cent)\s*$", re.IGNORECASE)


def _is_baseline(text: str, period: Period, periods: list[Period]) -> bool:
    """`period` names the baseline of a comparison: it opens after "than", "compared with", a change "on"
    ("12.6% on a year earlier"), or right after another baseline period ("than the same period in 2003")."""
    if _BASELINE_BEFORE.search(text, max(0, period.char_start - 40), period.char_start):
        return True
    if _FROM_PERIOD.match(period.text) and FIGURE_OF_POSSESSIVE.match(text, period.char_end):
        return True  # "down from October's £3.6bn": the base's own figure, not the one before it
    if _ON_PERIOD.match(period.text) and _CHANGE_BEFORE.search(
        text, max(0, period.char_start - 12), period.char_start
    ):
        return True
    return any(
        other.char_end <= period.char_start
        and not text[other.char_end : period.char_start].strip()
        and _BASELINE_BEFORE.search(text, max(0, other.char_start - 40), other.char_start)
        for other in periods
    )


# ", the IFPI reported this week": a period in an attribution after a comma (a name and a verb of saying)
# dates the saying. BBC copies of one sentence ("200 million tracks bought in 12 months in 2004, the IFPI
# reported this week") gave its figure the week of the report in one copy and 2004 in the other. Only this
# form: "said last week it would pay $850m" or "the £1.4bn reported in the previous month" date the figure
# as well (7 BBC claims changed period with any verb of saying before the period, 2 of them for the better).
_SAYING_VERB = r"(?:said|says|reported|announced|added|told|confirmed|revealed|stated|warned)"
_SAID_BEFORE = re.compile(
    rf",\s+(?:(?:the\s+)?(?:[A-Z][\w&'’.-]*\s+){{1,5}}|the\s+(?:[a-z][\w'’-]*\s+){{1,4}}){_SAYING_VERB}\s+$"
)  # ", Harwick Police said", ", the force said", ", the regional forest service said"
# How far before a period its attribution may start: ", the " and five words of a name and a verb.
_ATTRIBUTION_REACH: Final = 80


# "Acme said on Thursday that revenue rose 12%": a period between a verb of saying and its "that" dates the
# saying too.
_SAYING_VERB_BEFORE = re.compile(rf"\b{_SAYING_VERB}\s+$")
_THAT_AFTER = re.compile(r"\s+that\b")


# "Figures published on Monday show 1,358 cases since the start of the year", "data released on Tuesday
# showed": a period right after figures are published dates the release, not the figures ("the first
# cards would be issued in 2008" dates the cards).
_RELEASED_BEFORE = re.compile(
    r"\b(?:figures|data|statistics|numbers|estimates|results|report|survey|poll)\s+"
    r"(?:were\s+|was\s+)?(?:published|released|issued|updated|out)\s+$",
    re.IGNORECASE,
)


def _dates_the_saying(text: str, period: Period) -> bool:
    back = max(0, period.char_start - _ATTRIBUTION_REACH)
    if _SAID_BEFORE.search(text, back, period.char_start) is not None:
        return True
    if _RELEASED_BEFORE.search(text, back, period.char_start) is not None:
        return True
    return (
        _SAYING_VERB_BEFORE.search(text, back, period.char_start) is not None
        and _THAT_AFTER.match(text, period.char_end) is not None
    )


# Up to three words between a number and a period after it, and the words that make them more than the
# name of what is counted (a new clause or a comparison).
_UNIT_GAP: Final = re.compile(r"\s+(?:[A-Za-z%'’-]+\s+){1,3}")
_GAP_STOPS: Final = frozenset("and or but while whereas than from against compared versus as".split())


# A person's age ("Mr Mousa, 28,", "the 23-year-old") is not dated by the sentence's period: the period dates
# the event the sentence tells ("arrested in September 2003", "lost ... last year"), the age is the person's
# at the writing. Such claims keep no period, and the audit reads them as of the document's date. Not an age
# at the event ("died aged 73 in June 2004", "at the age of 87", "his first cap as a 17-year-old in 1991",
# "when he was two years old"). Blind periods review (draw 2211): 2 of its 20 wrong phrases were ages, none
# of its right ones. BBC: 150 ages lost their period; 40 read at random, 34 right; of the six others, four
# were ages at the event that the words above now keep dated. Then 145; 40 read at random, 35 right; the
# others are ages at an event the sentence dates without those words ("Scholl, 21, was arrested ... in
# 1943", a victim's age) and a "five or six-year-old". Lengths before their noun ("his 18-month partnership on
# Monday", "a 10-month jail term in 2004") were tried too: the review's two were wrong, but of ten BBC
# ones read, half were dated right by their sentence, so they keep their period.
_AGE_AT_THE_EVENT = re.compile(
    r"\b(?:aged|age\s+of|age|as\s+an?(?:\s+[a-z]+)?|was|were|be|been|turned|turns|turn|turning)\s+$",
    re.IGNORECASE,
)

# Characters before an age that `_AGE_AT_THE_EVENT` reads: "as an idealistic " is the longest form (17).
_AGE_AT_THE_EVENT_REACH: Final = 24


def _undated_age(text: str, quantity: Quantity, subject: str) -> bool:
    """Whether the claim of `quantity` is a person's age at the writing (see above)."""
    reach = max(0, quantity.start - _AGE_AT_THE_EVENT_REACH)
    return subject == "age" and not _AGE_AT_THE_EVENT.search(text, reach, quantity.start)


def _nearest_period(
    breaks: list[int], periods: list[Period], start: int, end: int, text: str = ""
) -> Period | None:
    """The period that governs a number: one in the same clause first, else the nearest in the sentence,
    never one across a semicolon (two statements joined: "over 30 years; on September 11th 2001 ...").
    A period that dates the saying ("reported this week") governs only when the sentence has no other."""
    if text:
        periods = [
            p
            for p in periods
            if not _statement_break(text, min(p.char_end, end), max(p.char_start, start))
            and not (
                p.char_start >= end
                and (
                    _is_baseline(text, p, periods)
                    or _COMPARISON.search(text, end, p.char_start)
                    or _in_later_clause(text, end, p)
                )
            )
        ]
        if len(periods) > 1:  # one period governs whatever it dates: no attribution to look for
            periods = [p for p in periods if not _dates_the_saying(text, p)] or periods
        elif (
            periods
            and periods[0].start == periods[0].end
            and _SAID_BEFORE.search(
                text, max(0, periods[0].char_start - _ATTRIBUTION_REACH), periods[0].char_start
            )
        ):
            # "arrested 27 people during a week of raids, the force said on Wednesday": the day of the
            # saying after the figure is not the day of what was counted.
            periods = []
    if not periods:
        return None

    def rank(period: Period) -> tuple[int, int, int]:
        low, high = (period.char_end, start) if period.char_end <= start else (end, period.char_start)
        other_clause = (
            1 if bisect.bisect_left(breaks, low) < bisect.bisect_left(breaks, max(low, high)) else 0
        )
        distance = max(high - low, 0)
        if text and low == end and distance:
            # The words naming what the number counts belong to it: "52,800 hectares in 2021 and 97,500
            # hectares in 2022" dates the 97,500 by 2022, nearer than 2021 but for "hectares".
            unit = _UNIT_GAP.fullmatch(text, low, high)
            if unit is not None and not _GAP_STOPS.intersection(unit.group().lower().split()):
                distance = sum(char.isspace() for char in unit.group())
        # A period before the number in the same sentence usually governs it ("In 2020, police ...").
        return (other_clause, distance, 0 if period.char_end <= start else 1)

    nearest = min(periods, key=rank)
    return _when_of(nearest, text, start) if text else nearest


# "since 2023, when a record 52,150 people arrived": the clause after "when" happened in the year itself.
_SINCE_YEAR = re.compile(r"since\s+(\d{4})", re.IGNORECASE)
_WHEN_AFTER = re.compile(r"\s*,?\s*when\b[^,;.]*$")


def _when_of(period: Period, text: str, start: int) -> Period:
    """The year of "since 2023" for a figure in the "when" clause that follows it; else the period."""
    year = _SINCE_YEAR.fullmatch(period.text)
    if year is None or period.char_end > start or not _WHEN_AFTER.match(text[period.char_end : start]):
        return period
    value = int(year.group(1))
    return replace(
        period, start=dt.date(value, 1, 1), end=dt.date(value, 12, 31), granularity="year", relation="in"
    )


# "Net income in the last quarter was 4.3bn rupees", "reduce its losses last year from £20.6m": a sum or a
# share whose phrase is only the unit of the period before it is what the phrase before that period
# names (a count or a measure may count the years themselves: "served 12 years").
_SUMS_AND_SHARES: Final = frozenset({"money", "percent"})
_PERIOD_UNITS: Final = DURATION_UNITS | {"period"}


# What may stand between two figures of one list, once their periods are taken out: "stood at 548,300 at
# the end of October 2022, 583,100 at the end of October 2023 and 601,750 at the end of October 2024".
# BBC: 3 subjects changed, all of figures that had none: 1 better ("the ages of six and 11"), 2 neither.
_LIST_SEPARATOR = re.compile(r"\s*(?:,|and|,\s*and)\s*")


def _listed_subject(
    text: str, quantity: Quantity, periods: list[Period], last: dict[str, Any], dated: bool = False
) -> str:
    """The subject of the figure listed just before `quantity` in its sentence when nothing but periods
    and a comma or "and" lies between them and both are of one kind and unit: a later figure of a list
    of one measure, dated apart, measures what the first does ("" otherwise); when `dated`, only if a
    period does lie between them ("was 88,400 in 2022, 131,700 in 2023")."""
    if last["kind"] != quantity.kind or last["unit"] != quantity.unit or not last["subject"]:
        return ""
    gap = text[last["end"] : quantity.start]
    if dated and not any(last["end"] <= p.char_start and p.char_end <= quantity.start for p in periods):
        return ""
    for period in periods:
        if last["end"] <= period.char_start and period.char_end <= quantity.start:
            offset = last["end"]
            gap = (
                gap[: period.char_start - offset]
                + " " * (period.char_end - period.char_start)
                + gap[period.char_end - offset :]
            )
    return str(last["subject"]) if _LIST_SEPARATOR.fullmatch(gap) else ""


def _measured_earlier(subject: str, quantity: Quantity, earlier: list[dict[str, Any]]) -> str:
    """What the last earlier measure of the sentence in the same unit measures, when this one names only
    its unit: "Just 18.2mm of rain fell in June, and since January the region has had 251mm" (of rain);
    `subject` otherwise. Not a span of time ("suspended for two years", "a 15-year tariff ... five years").
    BBC: 9 subjects changed, 6 better ("store 50GB of high-quality data, while ... will hold 30GB", "speeds
    of 18Mbps ... usually around 1Mbps"), 1 worse ("Irish record holder at 3km, 5km and 10km", then "the
    10km race"), 2 neither."""
    for claim in reversed(earlier):
        if claim["kind"] == "measure" and claim["unit"] == quantity.unit:
            named = str(claim["subject"] or "")
            return named if named and named.lower() not in MEASURE_UNITS else subject
    return subject


# A sentence that opens "The number of ..." and states its figure after a copula. BBC: no subject changes
# (its sentences say "the number of X rose to", which `subject_around` reads past the phrases after X).
_NUMBER_STATED = re.compile(
    r"\W*The\s+(?:total\s+)?number\s+of\s+[^,;:]+?\s+(?:was|is|were|are|stood\s+at|had\s+reached|reached)\s+"
    r"(?:(?:about|around|some|nearly|almost|roughly|approximately|just|over|under|more\s+than|less\s+than"
    r"|at)\s+)*$"
)


# Words that name a figure without naming what it counts: "the total", "the figure", "the death toll".
_TALLY_WORDS: Final = frozenset({"total", "figure", "tally", "number", "toll"})
# "the number of banks" ("of its hotspots") names what it counts; "a total of $1.1m" does not (a figure
# follows the "of").
_TALLY_OF = re.compile(
    r"\s+of\s+(?:(?:its|their|his|her|our|the)\s+)?"
    r"(?!(?:about|around|some|nearly|almost|more|over|up|just|less|fewer|at)\b)(?=[A-Za-z])"
)
_RANK_AFTER = re.compile(r"\s+\d")  # "debuting at number 11": a rank


def _bare_tally(sentence: str, word: str) -> bool:
    """Whether `word` (one of `_TALLY_WORDS`) stands bare somewhere in the sentence: not "the number of
    X" nor "number 11"."""
    return any(
        _TALLY_OF.match(sentence, m.end()) is None and _RANK_AFTER.match(sentence, m.end()) is None
        for m in re.finditer(rf"\b{word}\b", sentence)
    )


def _named_by_tally(sentence: str, word: str) -> str:
    """What "the number of X" counts: the phrase after its "of" ("a 29% drop in the number of drivers
    being breathalysed"); "" when the sentence's `word` has no such phrase."""
    for m in re.finditer(rf"\b{word}\b", sentence):
        of = _TALLY_OF.match(sentence, m.end())
        phrase = subject_after(sentence, of.end()) if of else ""
        if phrase:
            return phrase
    return ""


# The kinds a bare "figure" may be relative to whatever kind of figure came before: a multiple ("double
# that figure") or a share or change of it ("30% more than").
_RELATIVE_KINDS: Final = frozenset({"fraction", "percent"})
_TALLIED_KINDS: Final = _RESTATED_KINDS | _RELATIVE_KINDS


def _tally_subject(
    subject: str, quantity: Quantity, period: Period | None, earlier: list[dict[str, Any]]
) -> str:
    """What a bare "total" or "figure" counts: what the last earlier figure of its kind and unit counts,
    one of the same period first ("Nearly 7,000 people landed in August, ... where the centre has room
    for 900. ... revised August's total to 7,015"); `subject` when there is none, or when that figure is
    a change ("an $800bn rise in what the US can owe - taking the total to $8.2 trillion": the total is
    of the debt, not of the rise)."""
    named = [
        c for c in earlier if c["kind"] in _RESTATED_KINDS and c["subject"] not in (None, "", *_TALLY_WORDS)
    ]
    same = [c for c in named if c["kind"] == quantity.kind and c["unit"] == quantity.unit]
    if not same and quantity.kind in _RELATIVE_KINDS:
        # "more than double this figure", "The figure was 30% more than in 2003": any figure but a
        # measure, whose subject is its unit ("a blog is created every 5.8 seconds, but less than 40% of
        # the total are updated")
        same = [c for c in named if c["kind"] != "measure"]
    if period is not None and period.start is not None:
        same = [c for c in same if (c["period_start"], c["period_end"]) == (period.start, period.end)] or same
    if not same or names_change(same[-1]["subject"]):
        return subject
    return str(same[-1]["subject"])


def _before_dating(sentence: Sentence, periods: list[Period], start: int, subject: str) -> str:
    """The phrase before the last period before `start` that ends on the word `subject`; else `subject`."""
    word = subject.lower()
    dating = [p for p in periods if p.char_end <= start and p.text.lower().endswith(word)]
    if not dating:
        return subject
    return subject_before(sentence.text, dating[-1].char_start - sentence.start) or subject


def _past_period_possessive(subject: str, period: Period, text: str) -> str:
    """`subject` without the period's possessive it opens with: "August's total" counts the total, and "Last
    year's festival drew 71,800" the festival, the subject read from "year's festival" (a period is no
    owner of what it dates). The period must end right before the "'s", its last word opening `subject`.
    BBC: 8 subjects changed, 7 better ("year's growth rate" -> "growth rate", "year's peak" -> "peak"), 1
    neither (a time of day: "this Sunday's Rugby Special, 2340")."""
    if subject.startswith(period.text) and subject[len(period.text) : len(period.text) + 3] in ("'s ", "’s "):
        return subject[len(period.text) + 3 :]
    if text[period.char_end : period.char_end + 3] not in ("'s ", "’s "):
        return subject
    last = period.text[period.text.rfind(" ") + 1 :]
    if subject.startswith(last) and subject[len(last) : len(last) + 3] in ("'s ", "’s "):
        return subject[len(last) + 3 :]
    return subject


def _elided_figure(
    text: str, quantity: Quantity, offset: int, last: dict[str, Any], periods: list[Period]
) -> bool:
    """`quantity` is a figure of a list whose noun is left out ("seven on Heinze" after "24 fouls"):
    `subjects.elided_in_list`, the figure before it being of one kind and unit and counting something.
    The periods between them are blanked: "1.2 million phishing emails in 2022, 1.9 million in 2023" dates
    each figure of the list, and a year is no other figure that would end it."""
    for period in periods:
        if int(last["end"]) <= period.char_start and period.char_end <= quantity.start:
            begin, finish = period.char_start - offset, period.char_end - offset
            text = text[:begin] + " " * (finish - begin) + text[finish:]
    return (
        bool(last["subject"])
        # a name is what a reader takes from the list before a figure ("15.6% in Italy, 10.3% in
        # Switzerland" read "Italy"), not what the list counts
        and str(last["subject"])[0].islower()
        and last["kind"] == quantity.kind
        and last["unit"] == quantity.unit
        and elided_in_list(text, int(last["end"]) - offset, quantity.start - offset, quantity.end - offset)
    )


def _quantity_claim(
    document: Document,
    sentence: Sentence,
    quantity: Quantity,
    periods: list[Period],
    breaks: list[int],
    earlier: list[dict[str, Any]],
    before: list[dict[str, Any]],
) -> dict[str, Any]:
    """The claim of a figure; `earlier` holds its sentence's claims before it, `before` the claims of
    the sentence just before (empty when that sentence holds none)."""
    rel_start, rel_end = quantity.start - sentence.start, quantity.end - sentence.start
    subject = _remembered_subject(sentence.text, rel_start, rel_end)
    if quantity.kind != "ordinal" and names_only_period(subject):
        subject = ""  # "down 6.2% from ... in the first half": the phrase before only dates the figure
    if subject.lower() in _ANAPHORA:
        # "the loss of 480 posts over two years, 190 of which are vacant": a span of time is not what a
        # later "which" counts (BBC: no subject changed; it writes no such sentence).
        counted = [
            c
            for c in earlier
            if c["kind"] in ("count", "money", "measure")
            and c["subject"]
            and str(c["subject"]).lower() not in SPAN_WORDS
        ]
        subject = counted[-1]["subject"] or subject if counted else subject
    elif restates_earlier(
        sentence.text,
        rel_start,
        rel_end,
        subject,
        bool(earlier) and follows_restating_word(sentence.text, int(earlier[-1]["start"]) - sentence.start),
    ):
        # "up from 5,117 in July", "down 6.2% from": the subject of the sentence's last figure of the same
        # kind, else of its last counted figure.
        counted = [c for c in earlier if c["kind"] in _RESTATED_KINDS and c["subject"]]
        same_kind = [c for c in counted if c["kind"] == quantity.kind]
        subject = (same_kind or counted)[-1]["subject"] if counted else subject
    period = _nearest_period(breaks, periods, quantity.start, quantity.end, document.text)
    if period is not None and _undated_age(document.text, quantity, subject):
        period = None
    if period is not None and subject[:1].isalpha():
        subject = _past_period_possessive(subject, period, document.text)
    if _NUMBER_STATED.match(sentence.text, 0, rel_start):
        # "The number of patient pathways waiting to start treatment in Kerrow and Vale was 612,480": the
        # number of what the opening names, not the last noun before the copula.
        subject = _named_by_tally(sentence.text, "number") or subject
    if subject in _TALLY_WORDS:
        named = _named_by_tally(sentence.text, subject)
        if named:
            subject = named
        elif quantity.kind in _TALLIED_KINDS and _bare_tally(sentence.text, subject):
            subject = _tally_subject(subject, quantity, period, [*before, *earlier])
    if quantity.kind in _SUMS_AND_SHARES and subject.lower() in _PERIOD_UNITS:
        subject = _before_dating(sentence, periods, quantity.start, subject)
    listed = _listed_subject(document.text, quantity, periods, earlier[-1], bool(subject)) if earlier else ""
    if (
        not listed
        and earlier
        and _elided_figure(sentence.text, quantity, sentence.start, earlier[-1], periods)
    ):
        listed = str(earlier[-1]["subject"])
    if listed:
        # A list of one measure dated apart ("journeys on buses and trams were 118.4 million in 2022,
        # 126.9 million in 2023"): the reader, finding no words between the figures, would take a later
        # figure's subject from words before the first ("trams", "over the whole year").
        # BBC: no subject changed (its lists of dated figures have no words before the first to misread).
        subject = listed
    elif (
        quantity.kind == "measure" and subject.lower() in MEASURE_UNITS and subject.lower() not in SPAN_WORDS
    ):
        subject = _measured_earlier(subject, quantity, earlier)
    if (
        period is not None
        and period.granularity == "day"
        and period.relation == "in"
        and brought_to_total(sentence.text, rel_start)
    ):
        # "Four more were arrested on Thursday, bringing the number held to 31": a running total is
        # counted up to the day, not on it.
        period = replace(period, start=None, relation="as_of")
    return dict(
        doc_id=document.doc_id,
        start=quantity.start,
        end=quantity.end,
        value=quantity.value,
        low=quantity.low,
        high=quantity.high,
        qualifier=quantity.qualifier,
        kind=quantity.kind,
        unit=quantity.unit,
        subject=subject or None,
        actor=_remembered_actor(sentence.text, rel_start),
        period_start=period.start if period else None,
        period_end=period.end if period else None,
        period_text=period.text if period else None,
        sentence_start=sentence.start,
        sentence_end=sentence.end,
        period_relation=period.relation if period else None,
        direction=quantity.direction,
        cmp_low=quantity.cmp_low,
        cmp_high=quantity.cmp_high,
        context=_remembered_context(sentence.text, rel_start, rel_end),
    )


def _is_dateline(document: Document, sentence: Sentence, atom: DateAtom) -> bool:
    if atom.start < wire_dateline_end(document.text, sentence.start):
        return True  # "LONDON, May 14 (Reuters) - Hackers stole ...": when the story was filed
    before = document.text[sentence.start : atom.start]
    if _DATE_MARKER.search(before):
        return True
    other = sentence.text.replace(atom.text, "")
    other = re.sub(
        r"\b(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?|\bupdated\b|[^A-Za-z]", "", other, flags=re.I
    )
    return len(other) <= DATELINE_MAX_OTHER_CHARS and not re.search(r"\b(?:on|in|since)\s*$", before)


def _date_claim(document: Document, sentence: Sentence, atom: DateAtom) -> dict[str, Any] | None:
    """An absolute day of an event ("the events on 24 June 2022"), not a dateline or a bare month."""
    if atom.day is None or atom.month is None or _is_dateline(document, sentence, atom):
        return None
    year = atom.year
    if year is None and document.published is not None:
        year = document.published.year
        if dt.date(year, atom.month, min(atom.day, 28)) > document.published:
            year -= 1
    if year is None:
        return None
    try:
        day = dt.date(year, atom.month, atom.day)
    except ValueError:
        return None
    claim = _time_claim(document, sentence, atom.start, atom.end)
    rel_start, rel_end = atom.start - sentence.start, atom.end - sentence.start
    claim.update(
        subject=_event_subject(sentence.text, rel_start),
        actor=_remembered_actor(sentence.text, rel_start),
        context=_remembered_context(sentence.text, rel_start, rel_end),
        value=None,
        low=None,
        high=None,
        qualifier="exact",
        kind="date",
        period_start=day,
        period_end=day,
        period_text=atom.text,
        period_relation="in",
        cmp_low=None,
        cmp_high=None,
    )
    return claim


# Years in a period phrase: four digits, the grammar's counts and days have fewer.
_PERIOD_YEAR: Final = re.compile(r"\d{4}")


def _year_claims(
    document: Document, sentence: Sentence, periods: list[Period], atoms: list[DateAtom]
) -> list[dict[str, Any]]:
    """The years the sentence's periods write ("in 2013", "the 1960s", "2019/20"), each dated by its
    period; not the year of a day, which its date claim holds ("on 24 June 2022"). A year counts nothing
    and nobody did it: it has no subject or actor, and no context, as no audit compares it (what happened
    in it is its sentence's). Reading the three for the BBC corpus's 3,162 years took 0.20 s, a twentieth
    of its extraction."""
    claims: list[dict[str, Any]] = []
    for period in periods:
        if not _PERIOD_YEAR.search(period.text):
            continue
        for year in written_years(period):
            if any(atom.day is not None and atom.start <= year.start < atom.end for atom in atoms):
                continue
            claim = _time_claim(document, sentence, year.start, year.end)
            claim.update(
                subject=None,
                actor=None,
                context="",
                value=float(year.year),
                low=float(year.low),
                high=float(year.high),
                qualifier="exact" if year.low == year.high else "vague",
                kind="year",
                period_start=period.start,
                period_end=period.end,
                period_text=period.text,
                period_relation=period.relation,
                cmp_low=float(year.low),
                cmp_high=float(year.high),
            )
            claims.append(claim)
    return claims


def _time_claim(document: Document, sentence: Sentence, start: int, end: int) -> dict[str, Any]:
    """The fields of a claim of a date or a year that do not depend on which it is."""
    return dict(
        doc_id=document.doc_id,
        start=start,
        end=end,
        unit=None,
        sentence_start=sentence.start,
        sentence_end=sentence.end,
        direction=None,
    )


_EVENT_BEFORE = re.compile(
    r"((?:[A-Za-z][\w'’-]*\s+){0,3}[A-Za-z][\w'’-]*)\s+(?:on|of|dated)\s+(?:\w+day,?\s+)?$"
)
_LEADING_FUNCTION = re.compile(r"^(?:(?:the|a|an|during|including|those|that|occurred|in|at)\s+)+", re.I)


def _event_subject(sentence: str, start: int) -> str | None:
    """The event a date belongs to: the words before 'on' ("the recent distressing events on 24 June")."""
    match = _EVENT_BEFORE.search(sentence[:start])
    if not match:
        return None
    return _LEADING_FUNCTION.sub("", match.group(1)).strip() or None


def claims_frame(claims: Iterable[Claim]) -> pd.DataFrame:
    """The claims as a DataFrame with the columns of `columns.CLAIM_COLUMNS`, in that order."""
    import pandas as pd  # only the tables need it: `factaudit extract` starts without it

    rows = [vars(claim) for claim in claims]
    frame = pd.DataFrame(rows, columns=list(col.CLAIM_COLUMNS))
    return frame
