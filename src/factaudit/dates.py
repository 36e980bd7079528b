"""Date atoms ("24 June 2022", "Wednesday, April 14") and the publication date of a document."""

from __future__ import annotations

import calendar
import datetime
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Final

# Years outside this range are counts, codes or prices in news text, never the dates it talks about.
YEAR_MIN = 1900
YEAR_MAX = 2100

# Spelt out rather than taken from `calendar`, whose names follow the process locale.
_MONTH_NAMES = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip
_WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTH_ABBREVIATIONS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7,
    "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip

MONTHS: dict[str, int] = {
    **{name: number for number, name in enumerate(_MONTH_NAMES, start=1)},
    **_MONTH_ABBREVIATIONS,
    **{f"{abbreviation}.": number for abbreviation, number in _MONTH_ABBREVIATIONS.items()},
}
WEEKDAYS: dict[str, int] = {name: number for number, name in enumerate(_WEEKDAY_NAMES)}

# "1945 GMT" is a clock time in the 24-hour notation of sports fixtures and broadcast schedules, and so is
# "at 2100 local time".
# The digits of a year (1900-2100), without the guards of YEAR_PATTERN.
YEAR_DIGITS = r"19\d\d|20\d\d|2100"
YEAR_PATTERN = rf"(?:{YEAR_DIGITS})(?!\d)(?!\s?(?:GMT|BST|UTC|CET|CEST|EST|EDT|PST|hrs|local\s+time)\b)"
# "May", "March" and "Mar" are also a verb, a noun and a verb: only their capitalised forms name months.
_AMBIGUOUS_MONTHS = r"(?-i:May|MAY|March|MARCH|Mar|MAR)"
_FULL_MONTHS = "|".join(name for name in _MONTH_NAMES if name not in ("may", "march"))
_ABBREVIATED_MONTHS = "|".join(sorted((a for a in _MONTH_ABBREVIATIONS if a != "mar"), key=len, reverse=True))
MONTH_PATTERN = rf"(?:(?:{_FULL_MONTHS}|{_AMBIGUOUS_MONTHS})\b|(?:{_ABBREVIATED_MONTHS})\b\.?)"
WEEKDAY_PATTERN = rf"(?:{'|'.join(_WEEKDAY_NAMES)})\b"
_ORDINAL = r"(?:st|nd|rd|th)?(?![\w:])"
# A year never continues a date on the next line: "Tuesday, 1 March\n\n1945 GMT" is a fixture list.
_YEAR_GAP = r",?[^\S\r\n]+"

# One expression for every absolute date; the group names are shared with `periods`, which embeds it.
DATE_ATOM_PATTERN = (
    r"(?P<atom>(?<![\w/.:-])"
    rf"(?:(?P<atom_weekday>{WEEKDAY_PATTERN}),?\s+(?:the\s+)?)?"
    r"(?:(?P<iso_y>\d{4})-(?P<iso_m>\d\d)-(?P<iso_d>\d\d)(?![\d-])"
    rf"|(?P<dmy_d>\d{{1,2}}){_ORDINAL}\s+(?:of\s+)?(?P<dmy_m>{MONTH_PATTERN})"
    rf"(?:{_YEAR_GAP}(?P<dmy_y>{YEAR_PATTERN}))?"
    rf"|(?P<mdy_m>{MONTH_PATTERN})\s+(?:(?P<mdy_d>\d{{1,2}}){_ORDINAL}(?:{_YEAR_GAP}(?P<mdy_y>{YEAR_PATTERN}))?"
    rf"|(?P<my_y>{YEAR_PATTERN}))))"
)
_ATOM_RE = re.compile(DATE_ATOM_PATTERN, re.IGNORECASE)


@dataclass(frozen=True)
class DateAtom:
    """An absolute date expression as written; fields the text leaves out are None."""

    start: int
    end: int
    text: str
    year: int | None
    month: int | None
    day: int | None
    weekday: int | None  # 0 = Monday, when the text states one ("Wednesday, April 14")

    @property
    def date(self) -> datetime.date | None:
        """The calendar day, when the atom names year, month and day."""
        if self.year is None or self.month is None or self.day is None:
            return None
        return datetime.date(self.year, self.month, self.day)


def _days_in_month(year: int | None, month: int) -> int:
    # Without a year, 29 February must stay possible: 2000 is a leap year.
    return calendar.monthrange(2000 if year is None else year, month)[1]


# Case-insensitive matching reads these non-ASCII letters as ASCII ones ("ſeptember", "Aprıl"): folded
# before the month or weekday is looked up, so that such text yields its date instead of a KeyError.
_ASCII_FOLD: Final = str.maketrans({"ſ": "s", "ı": "i", "İ": "i", "K": "k"})


def fold_name(name: str) -> str:
    return name.translate(_ASCII_FOLD).lower()


def atom_from_match(match: re.Match[str]) -> DateAtom | None:
    """The atom of a match of DATE_ATOM_PATTERN (alone or embedded), or None if no such day exists."""
    groups = match.groupdict()
    year: int | None
    day: int | None
    if groups["iso_y"] is not None:
        year, month, day = int(groups["iso_y"]), int(groups["iso_m"]), int(groups["iso_d"])
    elif groups["dmy_m"] is not None:
        year = int(groups["dmy_y"]) if groups["dmy_y"] else None
        month, day = MONTHS[fold_name(groups["dmy_m"])], int(groups["dmy_d"])
    else:
        month = MONTHS[fold_name(groups["mdy_m"])]
        day = int(groups["mdy_d"]) if groups["mdy_d"] else None
        year_text = groups["mdy_y"] or groups["my_y"]
        year = int(year_text) if year_text else None
    if year is not None and not YEAR_MIN <= year <= YEAR_MAX:
        return None
    if not 1 <= month <= 12 or (day is not None and not 1 <= day <= _days_in_month(year, month)):
        return None
    weekday = WEEKDAYS[fold_name(groups["atom_weekday"])] if groups["atom_weekday"] else None
    start, end = match.span("atom")
    return DateAtom(start, end, match.group("atom"), year, month, day, weekday)


# Every form of the atom holds a digit (a day, a year or an ISO date): most sentences hold none.
_DIGIT_RE = re.compile(r"\d")
_DIGIT_RUN_RE = re.compile(r"\d+")
# The words an atom may hold before its first digit, each ended by white space: a weekday (with its comma),
# "the" and a month ("Wednesday, the April 14" is the longest). An atom starts on a weekday or a month.
_WORDS_BEFORE_DIGIT = 3
_OPENING_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS)
_INNER_WORDS = _OPENING_WORDS | {"the"}


def _atom_starts(text: str, start: int, end: int) -> list[int]:
    """Every offset in text[start:end] where an atom may begin, in order: the first digit of a digit run,
    and a weekday or month among the few words before it. Trying the atom's expression at every character
    cost 0.2 ms a paragraph; an atom always starts at one of these, so trying it there finds the same."""
    starts: list[int] = []
    for run in _DIGIT_RUN_RE.finditer(text, start, end):
        at = run.start()
        found = [at]
        for _ in range(_WORDS_BEFORE_DIGIT):
            gap = at
            while gap > start and text[gap - 1].isspace():
                gap -= 1
            if gap == at:
                break  # the words of an atom are separated by white space
            token = gap
            while token > start and not text[token - 1].isspace():
                token -= 1
            word_end = gap
            while word_end > token and text[word_end - 1] in ",.":
                word_end -= 1  # "Wednesday," "Jan."
            word = word_end
            while word > token and text[word - 1].isalpha():
                word -= 1
            folded = text[word:word_end].lower()
            # Case-insensitive matching folds a few non-ASCII letters onto ASCII ones ("ſ" onto "s").
            unusual = not folded.isascii()
            if word < word_end and (unusual or folded in _OPENING_WORDS):
                found.append(word)
            if word > token or not (unusual or folded in _INNER_WORDS):
                break  # no atom reaches back across this word
            at = token
        starts.extend(reversed(found))
    return sorted(set(starts)) if len(starts) > 1 else starts


# Every atom names a month, whose name opens with one of these, or is an ISO date: a sentence with
# neither holds no atom (three in four BBC sentences with a digit). "May" and "March" name a month only
# capitalised (`_AMBIGUOUS_MONTHS`): their stems are looked for as written, which passes over the many
# lines that only say "may" or "market" (BBC lines read for the publication date: 2,992 -> 2,396 of 5,792).
_MONTH_STEMS: Final = ("jan", "feb", "apr", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_CAPITALISED_STEMS: Final = ("May", "MAY", "Mar", "MAR")
_ISO_DATE_RE = re.compile(r"\d{4}-\d\d-\d\d")


def _may_hold_atom(text: str, start: int, end: int) -> bool:
    """False only when text[start:end] holds no month name and no ISO date, so no atom."""
    piece = text[start:end]
    if "ſ" in piece:
        return True  # the one letter that matches an ASCII one of the stems ("s") but lower-cases to itself
    # Plain loops, not `any` over a generator, whose set-up cost more than the tests (this runs on every
    # sentence and line with a digit, 47,506 times over the BBC corpus).
    for stem in _CAPITALISED_STEMS:
        if stem in piece:
            return True
    lowered = piece.lower()
    for stem in _MONTH_STEMS:
        if stem in lowered:
            return True
    return _ISO_DATE_RE.search(piece) is not None


def find_date_atoms(text: str, start: int = 0, end: int | None = None) -> list[DateAtom]:
    """Every absolute date expression in text[start:end], with offsets into `text`: what
    `_ATOM_RE.finditer(text, start, end)` finds, trying the expression only where an atom may begin."""
    end = len(text) if end is None else end
    if not _DIGIT_RE.search(text, start, end) or not _may_hold_atom(text, start, end):
        return []
    atoms: list[DateAtom] = []
    position = start
    for candidate in _atom_starts(text, start, end):
        if candidate < position:
            continue
        match = _ATOM_RE.match(text, candidate, end)
        if match is None:
            continue
        position = match.end()
        atom = atom_from_match(match)
        if atom is not None:
            atoms.append(atom)
    return atoms


# --- counts that look like years -------------------------------------------------------------------

# Words that end in "s" without being plural nouns: "in 2017 was", "of 2019 has".
_NOT_PLURALS = frozenset((
    "as", "is", "was", "has", "his", "its", "this", "thus", "us", "plus", "less", "unless", "across",
    "whereas", "yes", "always", "perhaps", "besides", "towards", "afterwards", "nevertheless", "sometimes",
))  # fmt: skip
# Plural nouns without a final "s", and units, that follow counts.
_COUNT_NOUNS = frozenset(("people", "children", "men", "women", "police", "staff", "personnel", "km", "kg"))
# Words that announce a quantity, so the number after them counts something: "some 2000 migrants".
_QUANTIFIERS = frozenset((
    "some", "about", "around", "nearly", "almost", "approximately", "roughly", "over", "than", "least",
    "estimated", "another", "additional", "between",
))  # fmt: skip
# The noun may follow a second number written like a year: "2000 to 2500 migrants". One with a thousands
# separator is a figure of its own: in "45,200 hectares in 2020, 52,800 hectares in 2021 and 97,500
# hectares in 2022" the year 2021 dates the 52,800.
# A range ascends: in "sales were 300 units in 2019 and 450 units in 2020" the 450 is no end of a range
# that opens on 2019 (nor is 95 in "the 1990-95 figures").
_NEXT_WORD_RE = re.compile(r"\s*(?:(?:and|to|or|-|–)\s*(\d+(?:\.\d+)?)(?![\d,])\s*)?([a-z]+)\b")
_PREVIOUS_WORD_RE = re.compile(r"([A-Za-z]+)\s*$")
# The previous word lies within this many characters of a number; longer words are not quantifiers anyway.
_LOOKBACK_CHARS = 16


# A word in -s followed by one of these is a verb with its object, not a plural noun: "2005 offers the
# chance", "2006 marks a turning point" name years (seen in the BBC sample).
_VERB_OBJECT_RE = re.compile(
    r"[^\S\n]+[a-z]+s[^\S\n]+(?:the|a|an|his|her|its|their|our|this|that|these|those|no|us|him|them|me)\b"
)


def verb_follows(text: str, end: int) -> bool:
    """True if the word after text[:end] is a verb in -s with its object ("2005 offers the chance")."""
    return _VERB_OBJECT_RE.match(text, end) is not None


def _as_number(text: str) -> float:
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return 0.0


def looks_like_count(text: str, start: int, end: int, *, quantified: bool = True) -> bool:
    """True if the number at text[start:end] counts something ("2000 migrants") instead of naming a year.
    Without `quantified`, a quantifier before it ("between", "some") is not read: a range of years that
    follow each other ("between 2019-2020") is a period unless a noun it counts follows."""
    following = _NEXT_WORD_RE.match(text, end)
    if following is not None and (
        following.group(1) is None or float(following.group(1)) >= _as_number(text[start:end])
    ):
        word = following.group(2)
        if word in _COUNT_NOUNS:
            return True
        if word.endswith("s") and word not in _NOT_PLURALS and not verb_follows(text, end):
            return True
    if not quantified:
        return False
    preceding = _PREVIOUS_WORD_RE.search(text, max(0, start - _LOOKBACK_CHARS), start)
    return preceding is not None and preceding.group(1).lower() in _QUANTIFIERS


# --- publication dates ------------------------------------------------------------------------------

# A "Date:" marker sits in a header, which is never longer than this many lines.
MARKER_SCAN_LINES = 10
# A dateline follows a title, a standfirst and a few bylines or taglines; none of them are long.
DATELINE_SCAN_LINES = 12
# A line with fewer words and no closing punctuation is a title, tagline or caption, not a sentence:
# "Creating new perspectives since 2009" says nothing about when the article appeared.
SENTENCE_MIN_WORDS = 8

_MARKER_RE = re.compile(
    r"\s*(?:date|published|posted|publication\s+date|pubdate)(?:\s+on)?\s*[:=]?\s*", re.IGNORECASE
)
_PLACE = r"[^\W\d_][\w'’.-]*(?:\s+(?:&\s+)?[^\W\d_][\w'’.-]*){0,3}"
# A wire dateline may name the region after the town ("ARNMOUTH, England, Aug 4", "AUSTIN, Texas, May 2").
_REGION = r"[^\W\d_][\w'’.-]*(?:[^\S\n]+[^\W\d_][\w'’.-]*){0,2}"
_DATELINE_RE = re.compile(rf"\s*(?:{_PLACE},\s*(?:{_REGION},\s*)?)?{DATE_ATOM_PATTERN}", re.IGNORECASE)

# --- wire datelines ---------------------------------------------------------------------------------

# The head of a wire story: where and when it was filed, then a dash ("LONDON, May 14 (Reuters) -",
# "BRUSSELS, 3 March -", "NEW YORK (AP) —"). The town is in capitals, as the agencies write it; a town in
# other letters counts only with a date or the agency in brackets ("Brussels, 3 March 2025 –", as the
# Commission's releases open), since "Paris, France - ..." may as well open a sentence. The date in it
# says when the story was filed, never what a figure of the sentence refers to.
_CAPITAL_PLACE = r"(?-i:[A-Z][A-Z'’.-]+(?:[^\S\n]+(?:&[^\S\n]+)?[A-Z][A-Z'’.-]*){0,3})"
_AGENCY = r"\([^()\n]{1,40}\)"
_DASH = r"[^\S\n]*(?:-{1,2}|[–—])[^\S\n]"
_WIRE_DATELINE_RE = re.compile(
    rf"(?:(?P<wire_capitals>{_CAPITAL_PLACE})|{_PLACE})(?:,[^\S\n]*{_REGION})?(?:,[^\S\n]*{DATE_ATOM_PATTERN})?"
    rf"(?:[^\S\n]*(?P<wire_agency>{_AGENCY}))?{_DASH}",
    re.IGNORECASE,
)
# A dateline is short: the longest in tests/data/stories is 27 characters ("ARNMOUTH, England, Aug 4 - "),
# and a long town, region, date and agency ("RIO DE JANEIRO, Brazil, September 14, 2025 (Reuters) - ") 55.
DATELINE_MAX_CHARS: Final = 80
_DASHES: Final = ("-", "–", "—")


def wire_dateline_end(text: str, start: int) -> int:
    """Where the wire dateline that opens the line at `start` ends ("LONDON, May 14 (Reuters) - "), or
    `start` when the line opens with none. Only a line's first characters are read: a dateline heads its
    paragraph, and most lines hold no dash near their start, which the cheap test below tells first."""
    if start > 0 and text[start - 1] != "\n":
        return start
    head = text[start : start + DATELINE_MAX_CHARS]
    if not head[:1].isupper() or not any(dash in head for dash in _DASHES):
        return start
    match = _WIRE_DATELINE_RE.match(text, start, start + DATELINE_MAX_CHARS)
    if match is None or not (
        match.group("wire_capitals") or match.group("wire_agency") or match.group("atom")
    ):
        return start
    return match.end()


# Dates after these words are deadlines or plans, which may lie after publication.
_FORWARD_CUE_RE = re.compile(
    r"\b(?:by|until|till|before|ahead\s+of|scheduled\s+for|due|deadline\s+of|starting)\s+(?:on\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
_FORWARD_CUE_LOOKBACK = 24
# A date inferred from a year alone resolves no period against it ("inferred_year") unless that year is of
# a period still running when the text was written ("since early 2024", "since the start of 2024", "so far
# in 2024") or a dateline gives the day: a year an event happened in ("in 1991", "during 2004") only bounds
# the date from below. On the blind review of BBC periods (draw 2211) every interval resolved against such
# a date was wrong (12 of 12: "this year" in an article of 2005 read as 2003, a "Wednesday" of 1991), and
# the 20 right periods of those articles were years, which need no date.
INFERRED_YEAR: Final = "inferred_year"
# How far before a year its running period's words may start: "since the beginning of " is 23 characters.
_RUNNING_LOOKBACK = 24
_RUNNING_SINCE_RE = re.compile(
    r"\b(?:since\s+(?:early|mid|late|the\s+(?:start|beginning)\s+of)[-\s]+|so\s+far\s+in\s+)$", re.IGNORECASE
)
# Years after these words say when something happened ("since early 2024"); "by 2030" would be a target.
# The look-ahead on the words' first letters (case-folded like the rest) rejects most positions before
# the alternation is tried: over the 2,168 BBC lines that hold a year's digits, 64 -> 44 ms, same matches.
_YEAR_EVIDENCE_RE = re.compile(
    r"(?=[idtemls])\b(?:(?:in|since|during|throughout)\s+(?:(?:early|mid|late)[-\s]+)?|(?:early|mid|late)[-\s]+)"
    rf"(?P<year>{YEAR_PATTERN})(?![\w/%-]|[.,]\d)",
    re.IGNORECASE,
)
# The digits of every year YEAR_PATTERN reads: opening on a digit, the scan skips from "1" and "2" on.
YEAR_DIGITS_RE = re.compile(YEAR_DIGITS)
_LINE_RE = re.compile(r"[^\n]+")
_SENTENCE_END_RE = re.compile(r"[.!?:;\"”’)]\s*$")
# A line of SENTENCE_MIN_WORDS words or more, read up to its eighth word: what splitting the line on white
# space tells, without building a string for each of its words (`\s` is `str.isspace`, as for `split`).
_SENTENCE_WORDS_RE = re.compile(rf"\s*+(?:\S++\s++){{{SENTENCE_MIN_WORDS - 1}}}\S")


def _from_front_matter(value: object) -> datetime.date | None:
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if not isinstance(value, str):
        return None
    text = value.strip()
    try:
        return datetime.datetime.fromisoformat(text).date()
    except ValueError:
        atoms = find_date_atoms(text)
        return atoms[0].date if atoms else None


def _from_marker(lines: list[str]) -> datetime.date | None:
    for line in lines[:MARKER_SCAN_LINES]:
        marker = _MARKER_RE.match(line)
        # Matched on the rest of the line, as the atom must not follow a colon inside a text ("12:30 June").
        atom_match = _ATOM_RE.match(line[marker.end() :]) if marker else None
        atom = atom_from_match(atom_match) if atom_match else None
        if atom is not None and atom.date is not None:
            return atom.date
    return None


def _dateline_atom(lines: list[str]) -> DateAtom | None:
    """The full date of the first line that opens with one ("Brussels, 8 July 2022"), else the day of the
    first that opens with a day without its year ("LONDON, May 14 -")."""
    yearless: DateAtom | None = None
    for line in lines[:DATELINE_SCAN_LINES]:
        match = _DATELINE_RE.match(line)
        atom = atom_from_match(match) if match else None
        if atom is not None and atom.date is not None:
            return atom
        if yearless is None and atom is not None and atom.month is not None and atom.day is not None:
            yearless = atom
    return yearless


def _sentence_lines(text: str) -> Iterator[re.Match[str]]:
    """The lines of running text that hold a digit: both atoms and year evidence hold one, and most lines
    hold none, which the scan for a digit tells at a fraction of the cost of counting a line's words."""
    for line in _LINE_RE.finditer(text):
        start, end = line.span()
        if not _DIGIT_RE.search(text, start, end):
            continue
        if _SENTENCE_WORDS_RE.match(text, start, end) or _SENTENCE_END_RE.search(text, start, end):
            yield line


def _infer(
    text: str, latest_plausible: datetime.date | None, filed: tuple[int, int] | None = None
) -> tuple[datetime.date, bool] | None:
    """The latest full date of the body; else its latest year of a past period, on the month-day of a
    year-less dateline (`filed`), else on the body's latest month-day. With whether the date is firm
    enough to resolve "last year" or "on Friday" against (see `_RUNNING_SINCE_RE`)."""
    full_dates: list[datetime.date] = []
    month_days: list[tuple[int, int]] = []
    years: list[int] = []
    running: list[int] = []  # years of a period still running when the text was written
    for line in _sentence_lines(text):
        for atom in find_date_atoms(text, line.start(), line.end()):
            cue = _FORWARD_CUE_RE.search(
                text, max(line.start(), atom.start - _FORWARD_CUE_LOOKBACK), atom.start
            )
            if atom.date is not None and cue is None:
                full_dates.append(atom.date)
            elif atom.year is None and atom.month is not None and atom.day is not None:
                month_days.append((atom.month, atom.day))
        if not YEAR_DIGITS_RE.search(text, line.start(), line.end()):
            continue  # year evidence names a year: a cheap scan for its digits first
        for match in _YEAR_EVIDENCE_RE.finditer(text, line.start(), line.end()):
            if looks_like_count(text, match.start("year"), match.end("year")):
                continue
            years.append(int(match.group("year")))
            if _RUNNING_SINCE_RE.search(
                text, max(line.start(), match.start("year") - _RUNNING_LOOKBACK), match.start("year")
            ):
                running.append(years[-1])
    if latest_plausible is not None:
        full_dates = [day for day in full_dates if day <= latest_plausible]
        years = [year for year in years if year <= latest_plausible.year]
    if full_dates:
        return max(full_dates), True
    if not years:
        return None
    year = max(years)
    firm = filed is not None or year in running
    # The latest month-day the text mentions is the best guess at "today"; without one, 31 December is
    # the earliest day on which every mention of that year already lies in the past.
    for month, day in [*([filed] if filed else []), *sorted(month_days, reverse=True)]:
        if day <= _days_in_month(year, month):
            inferred = datetime.date(year, month, day)
            if latest_plausible is None or inferred <= latest_plausible:
                return inferred, firm
    return datetime.date(year, 12, 31), firm


def detect_published(
    text: str,
    front_matter_date: object | None = None,
    *,
    latest_plausible: datetime.date | None = None,
) -> tuple[datetime.date | None, str]:
    """Return (date, source). source is one of "front_matter", "text", "dateline", "inferred",
    "inferred_year" (a guess from the latest year the body names, see `_RUNNING_SINCE_RE`), "none".

    `latest_plausible` (say, the day the corpus was collected) drops later dates and years from inference.
    """
    from_front_matter = _from_front_matter(front_matter_date)
    if from_front_matter is not None:
        return from_front_matter, "front_matter"
    lines = [line for line in text.splitlines() if line.strip()]
    from_marker = _from_marker(lines)
    if from_marker is not None:
        return from_marker, "text"
    dateline = _dateline_atom(lines)
    if dateline is not None and dateline.date is not None:
        return dateline.date, "dateline"
    # A wire dateline without its year ("LONDON, May 14 (Reuters) -") still tells the day the story was
    # filed: the year comes from the body, as for any inferred date, and the day from the dateline rather
    # than from the latest day the body names (which may be an event's, weeks before).
    filed = None
    if dateline is not None and dateline.month is not None and dateline.day is not None:
        filed = (dateline.month, dateline.day)
    inferred = _infer(text, latest_plausible, filed)
    if inferred is not None:
        return inferred[0], "inferred" if inferred[1] else INFERRED_YEAR
    return None, "none"
