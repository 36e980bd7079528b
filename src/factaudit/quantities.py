"""Numeric expressions in prose: where they stand, their value, interval, qualifier, kind and unit."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from text_to_num import text2num

from factaudit.lexicon import (
    COUNT_NOUN_HINTS,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    DENOMINATORS,
    IRREGULAR_VERBS,
    MEASURE_UNITS,
    QUALIFIERS,
    SCALE_ABBREVIATIONS,
    SCALES,
    SMALL_NUMBERS,
    SUBJECT_STOPWORDS,
)

# Interval widths of the hedges, as fractions of the stated value. Calibrated on the sample corpus and
# the quantulum3 devset's uncertainty annotations: "around a hundred" in one source against "around 150"
# in another must not overlap, while "around 100" must cover a reporter's 95 or 105 (the AP stylebook's
# "about" = rounded to the nearest significant figure, i.e. within +-10% for two-significant-digit values).
ABOUT_WIDTH: Final = 0.10
# "nearly 30,000" is below 30,000 and within the same rounding step: 5% covers 28,500-30,000 in the seeds
# and in the BBC sample ("nearly 2,000" for 1,9xx figures).
ALMOST_WIDTH: Final = 0.05
# "thousands" spans [1,000, 10,000); "tens of thousands" [10,000, 100,000); "several" starts at 2 units.
VAGUE_SPAN: Final = 10
# A bound without a stated far end ("more than 26,000") is, for comparison only, read as reaching one
# rounding step of the figure (26,000 -> 27,000). When the figure has no round step (26,413) the step is
# this share of the value: reporters write "more than 26,413" only for values within a few per cent.
BOUND_STEP_SHARE: Final = 0.05

_UNIT_WORD = r"(?:zero|one|two|three|four|five|six|seven|eight|nine)"
_TEEN_WORD = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
_TENS_WORD = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_SCALE_WORD = r"(?:hundred|thousand|million|billion|trillion)"
_WORD_ATOM = rf"(?:{_TENS_WORD}(?:[- ]{_UNIT_WORD})?|{_TEEN_WORD}|{_UNIT_WORD}|{_SCALE_WORD})"
_AFTER_SCALE = r"(?:(?<=hundred)|(?<=thousand)|(?<=million)|(?<=billion))"
_WORD_NUMBER = (
    rf"(?:\ban?\s+(?={_SCALE_WORD}\b|dozen\b))?{_WORD_ATOM}"
    rf"(?:(?:{_AFTER_SCALE}\s+and\s+|[\s-]+)(?:an?\s+(?={_SCALE_WORD}))?{_WORD_ATOM}\b)*"
)
# Digit groups with commas, thin/no-break spaces or plain spaces between groups of three; decimals.
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+(?!\d)|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,])|\d+)(?:\.\d+)?"
_NUMBER = rf"(?:{_DIGITS}|{_WORD_NUMBER})"
_SCALE_TAIL = (
    rf"(?:\s+and\s+a\s+half)?"
    rf"(?:[\s-]+(?:{_SCALE_WORD})\b(?:\s+(?:{_DIGITS}|{_WORD_NUMBER})(?:\s+{_SCALE_WORD}\b)?)*"
    r"|(?:bn|mn|mln|tn|trn|[mkMKB])\b)?"
)
_CURRENCY_PREFIX = r"(?:US\$|A\$|C\$|[$£€¥]|(?:USD|EUR|GBP|CHF|JPY|MAD|Rs\.?)\s?)"
_PERCENT = r"(?:\s?%|\s?per\s?cent\b|\s?percent\b|\s?percentage\s+points?\b)"
_QUALIFIER = "|".join(re.escape(q) for q in sorted(QUALIFIERS, key=len, reverse=True) if q != "or so")
_AMOUNT = rf"(?:{_CURRENCY_PREFIX})?{_NUMBER}{_SCALE_TAIL}"

_QUANTITY = re.compile(
    rf"""
    (?:(?P<qual>{_QUALIFIER})\s+)?
    (?:(?P<between>between|from)\s+)?
    (?P<first>{_AMOUNT})
    (?:(?P<sep>\s?[-–—]\s?|\s+to\s+|\s+and\s+)(?P<second>{_AMOUNT}))?
    (?P<percent>{_PERCENT})?
    """,
    re.VERBOSE | re.IGNORECASE,
)

_VAGUE = re.compile(
    r"\b(?P<vague>(?:tens|hundreds|dozens|scores)\s+of\s+(?:thousands|millions|billions)"
    r"|(?:several|a\s+few|many)\s+(?:hundred|thousand|million|billion)"
    r"|thousands|hundreds|millions|billions|dozens|a\s+dozen|half\s+a\s+dozen|a\s+handful)\b",
    re.IGNORECASE,
)

_FRACTION = re.compile(
    rf"\b(?P<frac>(?P<num>one|a|an|two|three|four|five|six|seven|eight|nine|\d+)[\s-]"
    rf"(?P<den>{'|'.join(sorted(DENOMINATORS, key=len, reverse=True))})\b"
    r"|(?P<half>half)(?=\s+of\s+(?:the|them|these|those|all|its|their|his|her|our|\w+s\b))"
    r"|(?P<in_n>one|\d{1,2})\s+in\s+(?:every\s+)?(?P<in_d>two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\b(?![,.]\d)"
    r"|(?P<over_n>\d+)\s+over\s+(?P<over_d>\d+)\b)",
    re.IGNORECASE,
)

_RELATIVE = re.compile(
    r"\b(?P<rel>halved|halve|halving|halves|doubled|double|doubling|tripled|triple|trebled|quadrupled)\b",
    re.IGNORECASE,
)
_RELATIVE_FACTORS: Final = {
    "halv": 0.5,
    "halves": 0.5,
    "doubl": 2.0,
    "tripl": 3.0,
    "trebl": 3.0,
    "quadrupl": 4.0,
}

_DIRECTION_BEFORE = re.compile(
    r"\b(?P<down>fell|fall|falls|falling|dropped|drop|drops|declined|decline|declines|decreased|decrease|"
    r"cut|cuts|down|lower|slumped|plunged|shrank|lost)\b|\b(?P<up>rose|rise|rises|rising|grew|grow|grows|"
    r"increased|increase|increases|up|higher|jumped|soared|climbed|gained|gain|gains|surged)\b",
    re.IGNORECASE,
)

# Spans that hold digits but no claim: reference codes, phone numbers, clock times, URLs, ordinals,
# identifiers glued to letters ("G7", "COVID-19", "MP3"), bylines' article counts.
_NOT_A_CLAIM = re.compile(
    r"https?://\S+|www\.\S+|\S+@\S+\.\w+"
    r"|\b[A-Za-z]{1,8}[/-]\d+(?:[/-][\dA-Za-z]+)+"
    r"|(?:\+|\b00)\s?\d[\d\s().-]{6,}\d|\(\d{2,5}\)\s?\d[\d\s.-]{4,}\d|\b\d{3}[-.]\d{3}[-.]\d{4}\b"
    r"|\b\d{1,2}[:.]\d{2}\s?(?:[ap]\.?m\b\.?|GMT|BST|CET|UTC|EST|ET)|\b\d{1,2}:\d{2}(?::\d{2})?\b"
    r"|\b\d{1,2}\s?[ap]\.?m\b\.?"
    r"|\b\d+(?:st|nd|rd|th)\b"
    r"|\b[A-Za-z]+\d[\dA-Za-z]*|\b[A-Za-z]+-\d+\b|\b\d+[A-Za-z]*[/]\d+\b"
    r"|\b\d[\d,]*\s+(?:Articles|Posts|Stories|Comments)\b"
    r"|\b\d+(?:x\d+)+\b",
)

_IDENTIFIER_BEFORE = re.compile(
    r"\b(?:No\.?|Nos\.?|number|Article|Articles|Section|Chapter|Chapters|page|pages|p\.|pp\.|Route|Flight|"
    r"Room|version|Windows|Channel|Radio|Apollo|Boeing|Airbus|Level|Grade|Stage|Phase|Category|Step|"
    r"Highway|Road|Street|Platform|Gate|Terminal|Title|Rule|Resolution|Regulation|Directive|Act|Law|"
    r"Item|Line|Table|Figure|Fig\.|Episode|Season|Series|Volume|Vol\.|Issue|Part|Division|Group|Class|"
    r"Band|Zone|Ward|District|Bus|Tier|Type|Model|Mark|Mk|Code|Cell|Block|Unit|Wing|Floor|Box|Lot)\s*$",
)
_YEAR = re.compile(r"(?:1[89]|20|21)\d\d")
_WORD_AFTER = re.compile(r"[\s-]*([A-Za-z][A-Za-z'’-]*)")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z'’.-]*)\W*$")
_PLAIN_WORD_CHAR = re.compile(r"\w")


@dataclass(frozen=True)
class Quantity:
    """A numeric expression found in text: offsets into the document, its value and interval."""

    start: int
    end: int
    text: str
    value: float
    low: float | None
    high: float | None
    qualifier: str  # exact, about, almost, more_than, at_least, less_than, up_to, range, vague
    kind: str  # count, money, percent, fraction, measure
    unit: str | None
    cmp_low: float  # the interval used for comparison: bounds closed by the figure's rounding step
    cmp_high: float
    direction: str | None = None  # up, down for relative values ("fell by 3%", "doubled")


def _word_value(words: str) -> float | None:
    cleaned = re.sub(r"\ban?\s+(?=\w)", "one ", words.lower().replace("-", " "))
    cleaned = re.sub(r"\s+", " ", cleaned).strip()
    try:
        return float(text2num(cleaned, "en"))
    except ValueError:
        return None


def _accumulate(tokens: list[str]) -> float | None:
    """Value of a mixed digit/word number ("4 thousand 3 hundred", "five and a half million")."""
    total, current = 0.0, 0.0
    for token in tokens:
        lowered = token.lower()
        if lowered in SCALES:
            scale = SCALES[lowered]
            if scale == 100:
                current = (current or 1) * 100
            else:
                total += (current or 1) * scale
                current = 0.0
        elif lowered in SMALL_NUMBERS:
            current += SMALL_NUMBERS[lowered]
        elif lowered == "half":
            current += 0.5
        elif lowered in ("a", "an"):
            current += 1
        elif lowered in ("and",):
            continue
        else:
            try:
                current += float(lowered.replace(",", "").replace("\u00a0", "").replace("\u202f", ""))
            except ValueError:
                return None
    return total + current


_TOKEN = re.compile(r"\d[\d,.\u00a0\u202f ]*\d|\d|[A-Za-z]+")


def parse_amount(amount: str) -> tuple[float | None, str | None, float]:
    """Parse one amount ("$1.13bn", "twenty-six thousand", "26 000") into (value, currency, rounding step)."""
    currency = None
    body = amount.strip()
    for symbol in sorted(CURRENCY_SYMBOLS, key=len, reverse=True):
        if body.upper().startswith(symbol.upper()) and (
            symbol in "$£€¥" or not body[len(symbol) :][:1].isalpha()
        ):
            currency = CURRENCY_SYMBOLS[symbol]
            body = body[len(symbol) :].lstrip(". ")
            break
    multiplier = 1
    abbreviation = re.search(r"(?<=[\d\s])(bn|mn|mln|tn|trn|[mkMKB])$", body)
    if abbreviation:
        multiplier = SCALE_ABBREVIATIONS[abbreviation.group(1)]
        body = body[: abbreviation.start()].rstrip()
    has_digit = any(ch.isdigit() for ch in body)
    if not has_digit:
        value = _word_value(body) if " and a half" not in body.lower() else None
        if value is None:
            value = _accumulate([t for t in re.split(r"[\s-]+", body.replace(" a half", " half")) if t])
    else:
        groups = re.fullmatch(r"[\d,.\u00a0\u202f ]+", body)
        if groups and re.search(r"\d[ \u00a0\u202f]\d", body):
            value = float(re.sub(r"[ \u00a0\u202f,]", "", body))
        else:
            value = _accumulate(_TOKEN.findall(body.replace(" a half", " half")))
    if value is None:
        return None, currency, 0.0
    value *= multiplier
    return value, currency, _rounding_step(body, multiplier, value)


def _rounding_step(body: str, multiplier: int, value: float) -> float:
    """The step the figure was rounded to: 26,000 -> 1,000; 1.5 million -> 100,000; 48,963 -> 1."""
    number = re.search(r"\d[\d,\u00a0\u202f ]*(?:\.(\d+))?", body)
    scale_words = [w for w in re.findall(r"[a-z]+", body.lower()) if w in SCALES]
    scale = multiplier * (SCALES[scale_words[-1]] if scale_words else 1)
    if number and number.group(1):
        return 10.0 ** -len(number.group(1)) * scale
    integer = round(value)
    if integer <= 0 or abs(value - integer) > 1e-9:
        return 1.0
    step = 1
    while integer % (step * 10) == 0:
        step *= 10
    return float(step)


def _close_interval(
    qualifier: str, value: float, low: float | None, high: float | None, step: float
) -> tuple[float, float]:
    """The comparison interval: open bounds closed at one rounding step, exact figures widened to it."""
    reach = max(step, value * BOUND_STEP_SHARE) if step <= 1 else step
    half = step / 2 if step > 1 else 0.0
    if qualifier in ("more_than", "at_least"):
        return value, value + reach
    if qualifier in ("less_than", "up_to"):
        return max(0.0, value - reach), value
    if qualifier == "exact":
        return value - half, value + half
    return (low if low is not None else value), (high if high is not None else value)


def _interval(qualifier: str, value: float) -> tuple[float | None, float | None]:
    if qualifier == "about":
        return value * (1 - ABOUT_WIDTH), value * (1 + ABOUT_WIDTH)
    if qualifier == "almost":
        return value * (1 - ALMOST_WIDTH), value
    if qualifier in ("more_than", "at_least"):
        return value, None
    if qualifier in ("less_than", "up_to"):
        return None, value
    return value, value


def _kind_and_unit(
    text: str, after: str, currency: str | None, percent: str | None
) -> tuple[str, str | None]:
    if percent:
        return ("percent", "pp") if "point" in percent.lower() else ("percent", "%")
    if currency:
        return "money", currency
    word = _WORD_AFTER.match(after)
    if word:
        lowered = word.group(1).lower().rstrip("'’")
        if lowered in CURRENCY_WORDS:
            return "money", CURRENCY_WORDS[lowered]
        two = re.match(r"[\s-]*([A-Za-z]+\s+[A-Za-z]+)", after)
        if two and two.group(1).lower() in MEASURE_UNITS:
            return "measure", MEASURE_UNITS[two.group(1).lower()]
        if lowered in MEASURE_UNITS and not (
            lowered == "in" and not re.match(r"\s?in\b\.?\s*(?:$|[,;.)])", after)
        ):
            return "measure", MEASURE_UNITS[lowered]
    return "count", None


def _is_noise(text: str, start: int, end: int, surface: str, has_unit: bool) -> bool:
    """Numbers that count nothing: identifiers ("Voyager 2"), bare years, scores ("2-1")."""
    before = text[max(0, start - 30) : start]
    if _IDENTIFIER_BEFORE.search(before):
        return True
    if start > 0 and (text[start - 1] in "#/\\" or text[start - 1].isalnum()):
        return True
    if end < len(text) and (text[end : end + 1].isalnum() and not text[end - 1].isalpha()):
        return True
    bare = surface.strip()
    if _named_before(text, start) and not _counts_after(text, end):
        return True  # "Voyager 2", "English 101", "Windows 95": a name, not a count
    if not has_unit and _YEAR.fullmatch(bare):
        word = _WORD_AFTER.match(text, end)
        following = word.group(1).lower() if word else ""
        plural_noun = following in COUNT_NOUN_HINTS or (
            following.endswith("s")
            and following not in ("was", "is", "has", "as", "its", "this", "his", "does")
        )
        return not plural_noun
    return False


_CAPITALISED_BEFORE = re.compile(r"([A-Z][A-Za-z]+)[ \u00a0]$")
_SENTENCE_EDGE = re.compile(r"(?:^|[.!?\n\"“(]\s*)$")
_NOT_NAMES: Final = frozenset(
    [
        "In",
        "On",
        "At",
        "By",
        "Of",
        "For",
        "From",
        "To",
        "With",
        "About",
        "Around",
        "Some",
        "Over",
        "Under",
        "Since",
        "Until",
        "Between",
        "During",
        "After",
        "Before",
        "And",
        "Or",
        "But",
        "The",
        "A",
        "An",
        "Nearly",
        "Almost",
        "Just",
        "Only",
        "Than",
        "Of",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Jan",
        "Feb",
        "Mar",
        "Apr",
        "Jun",
        "Jul",
        "Aug",
        "Sep",
        "Sept",
        "Oct",
        "Nov",
        "Dec",
    ]
)


def _named_before(text: str, start: int) -> bool:
    match = _CAPITALISED_BEFORE.search(text, max(0, start - 30), start)
    if not match or match.group(1) in _NOT_NAMES:
        return False
    return not _SENTENCE_EDGE.search(text, max(0, match.start() - 3), match.start())


def _counts_after(text: str, end: int) -> bool:
    """The number is followed by a lower-case word that can be what it counts (not a verb or preposition)."""
    word = _WORD_AFTER.match(text, end)
    if not word:
        return False
    following = word.group(1)
    lowered = following.lower()
    return (
        following[0].islower()
        and lowered not in SUBJECT_STOPWORDS
        and lowered not in IRREGULAR_VERBS
        and not (lowered.endswith("ed") and len(lowered) > 4)
    )


def find_quantities(text: str, start: int = 0, end: int | None = None) -> list[Quantity]:
    """Every numeric expression in text[start:end], in text order, with absolute offsets."""
    end = len(text) if end is None else end
    masked = _mask(text, start, end)
    found: list[Quantity] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    for match in _FRACTION.finditer(masked, start, end):
        quantity = _fraction(text, match)
        if quantity and free(quantity.start, quantity.end):
            found.append(quantity)
            taken.append((quantity.start, quantity.end))
    for match in _VAGUE.finditer(masked, start, end):
        if free(match.start(), match.end()):
            quantity = _vague(text, match)
            found.append(quantity)
            taken.append((quantity.start, quantity.end))
    for match in _QUANTITY.finditer(masked, start, end):
        if not _PLAIN_WORD_CHAR.search(match.group("first")) or not free(match.start("first"), match.end()):
            continue
        quantity = _quantity(text, match, end)
        if quantity and free(quantity.start, quantity.end):
            found.append(quantity)
            taken.append((quantity.start, quantity.end))
    for match in _RELATIVE.finditer(masked, start, end):
        if free(match.start(), match.end()):
            found.append(_relative(text, match))
    found.sort(key=lambda q: (q.start, q.end))
    return found


def _mask(text: str, start: int, end: int) -> str:
    """The text with non-claim digit spans blanked out, so offsets stay aligned."""
    pieces = list(text[:end])
    for match in _NOT_A_CLAIM.finditer(text, start, end):
        for i in range(match.start(), match.end()):
            pieces[i] = " " if text[i] != "\n" else "\n"
    return "".join(pieces)


def _quantity(text: str, match: re.Match[str], limit: int) -> Quantity | None:
    first = match.group("first")
    value, currency, step = parse_amount(first)
    if value is None:
        return None
    qual_word = (match.group("qual") or "").lower()
    qualifier = QUALIFIERS.get(qual_word, "exact")
    second = match.group("second")
    sep = (match.group("sep") or "").strip().lower()
    between = (match.group("between") or "").lower()
    low: float | None
    high: float | None
    m_start = match.start("qual") if qual_word else match.start("first")
    m_end = match.end()
    if second is not None and (sep in ("-", "–", "—", "to") or (sep == "and" and between == "between")):
        value2, currency2, step2 = parse_amount(second)
        if value2 is None:
            return None
        currency = currency or currency2
        if not any(c.isalpha() for c in first) and any(c.isalpha() for c in second):
            # "1.5 to 2 million": the scale of the second end applies to the first.
            scale_words = [w for w in re.findall(r"[a-z]+", second.lower()) if w in SCALES]
            if scale_words and value < value2 / SCALES[scale_words[-1]] * 10:
                value *= SCALES[scale_words[-1]]
        if (
            _YEAR.fullmatch(first.strip())
            and _YEAR.fullmatch(second.strip())
            and not match.group("percent")
            and not currency
        ):
            return None  # "2015-2020" is a period, read by the period grammar
        if value2 < value:
            if sep in ("-", "–", "—"):
                return None  # a score ("won 2-1") or an identifier, not a range
            return None
        low, high, qualifier = value, value2, "range"
        value = (value + value2) / 2
        step = max(step, step2)
        if between:
            m_start = match.start("between") if not qual_word else m_start
    else:
        if second is not None:
            # The second amount is a separate figure ("26,000 and 100"): end the match before it.
            m_end = match.end("first")
            if match.group("percent") and match.start("percent") > match.end("second") - 1:
                pass
        low, high = _interval(qualifier, value)
    percent = match.group("percent") if m_end == match.end() else None
    if between and qualifier != "range":
        return None
    surface_end = m_end
    if qual_word == "some" and text[m_start - 1 : m_start] == "" and False:
        return None
    # "or so" after the number is a hedge too.
    tail = re.match(r"\s+or\s+so\b", text[surface_end : surface_end + 8])
    if tail and qualifier == "exact":
        qualifier = "about"
        low, high = _interval(qualifier, value)
        surface_end += tail.end()
    after = text[surface_end:limit]
    kind, unit = _kind_and_unit(first, after, currency, percent)
    if not percent and re.match(r"\s?(?:%|per\s?cent)", after) is not None:
        return None
    if (
        kind == "count"
        and qualifier in ("exact",)
        and not currency
        and _is_noise(text, match.start("first"), match.end("first"), first, False)
    ):
        return None
    if qual_word and not _qualifier_fits(text, match.start("qual"), qual_word):
        # "over" or "some" that is not a hedge: keep the number, drop the word.
        m_start = match.start("first") if not between else m_start
        qualifier = "exact" if qualifier != "range" else qualifier
        if qualifier == "exact":
            low, high = value, value
    if _is_small_determiner_word(text, match.start("first"), first, qualifier):
        return None
    if (
        kind == "measure"
        and unit in ("inch",)
        and qualifier == "exact"
        and not re.match(r"\s?in\b\.?\s*(?:$|[,;.)])", after)
    ):
        kind, unit = "count", None
    cmp_low, cmp_high = _close_interval(qualifier, value, low, high, step)
    direction = _direction(text, m_start)
    return Quantity(
        start=m_start,
        end=surface_end,
        text=text[m_start:surface_end],
        value=value,
        low=low,
        high=high,
        qualifier=qualifier,
        kind=kind,
        unit=unit,
        cmp_low=cmp_low,
        cmp_high=cmp_high,
        direction=direction,
    )


def _qualifier_fits(text: str, start: int, word: str) -> bool:
    """'over'/'under'/'some'/'about' are hedges only when nothing else claims them ("over the past 5")."""
    if word in ("over", "under", "above", "below"):
        before = _WORD_BEFORE.search(text[max(0, start - 20) : start])
        prev = before.group(1).lower() if before else ""
        return prev not in ("won", "beat", "lead", "led", "win", "victory", "defeat", "rated", "aged")
    return True


def _is_small_determiner_word(text: str, start: int, first: str, qualifier: str) -> bool:
    """'the two Ministers', 'one of the' are references, not claims; keep digits and larger words."""
    if any(ch.isdigit() for ch in first) or qualifier != "exact":
        return False
    lowered = first.strip().lower()
    value = SMALL_NUMBERS.get(lowered)
    if value is None:
        return False
    if lowered == "one" or value == 0:
        return True
    before = _WORD_BEFORE.search(text[max(0, start - 20) : start])
    prev = before.group(1).lower() if before else ""
    return prev in (
        "the",
        "these",
        "those",
        "both",
        "its",
        "his",
        "her",
        "their",
        "our",
        "my",
        "your",
        "all",
        "other",
        "first",
        "last",
        "next",
        "top",
        "every",
    )


def _direction(text: str, start: int) -> str | None:
    window = text[max(0, start - 25) : start]
    found = None
    for match in _DIRECTION_BEFORE.finditer(window):
        found = "down" if match.group("down") else "up"
    return found


def _fraction(text: str, match: re.Match[str]) -> Quantity | None:
    if match.group("half"):
        before = text[max(0, match.start() - 12) : match.start()].lower()
        if re.search(r"(?:first|second|the|a)\s*$", before):
            return None
        value = 0.5
    elif match.group("in_n"):
        numerator = _small(match.group("in_n"))
        denominator = _small(match.group("in_d"))
        if not numerator or not denominator:
            return None
        value = numerator / denominator
    elif match.group("over_n"):
        value = int(match.group("over_n")) / max(1, int(match.group("over_d")))
    else:
        numerator = _small(match.group("num"))
        den_word = match.group("den").lower()
        if numerator is None:
            return None
        if den_word in ("second", "seconds"):
            return None
        after = text[match.end() : match.end() + 12].lower()
        before = text[max(0, match.start() - 12) : match.start()].lower()
        if den_word in ("quarter", "half", "halves") and (
            re.match(r"\s+of\s+(?:this|last|next|the\s+year|\d{4})", after)
            or re.search(r"(?:first|second|third|fourth|final|last)\s*$", before)
        ):
            return None  # "the first quarter of 2022" is a period
        if re.search(r"\band\s*$", before):
            return None  # "five and a half million" is one amount
        value = numerator / DENOMINATORS[den_word]
    return Quantity(
        start=match.start(),
        end=match.end(),
        text=match.group(0),
        value=value,
        low=value,
        high=value,
        qualifier="exact",
        kind="fraction",
        unit="share",
        cmp_low=value,
        cmp_high=value,
    )


def _small(word: str) -> int | None:
    lowered = word.lower()
    if lowered in ("a", "an"):
        return 1
    if lowered.isdigit():
        return int(lowered)
    return SMALL_NUMBERS.get(lowered)


_VAGUE_BASES: Final = {
    "hundreds": 100,
    "thousands": 1_000,
    "millions": 1_000_000,
    "billions": 1_000_000_000,
    "dozens": 12,
    "scores": 20,
}


def _vague(text: str, match: re.Match[str]) -> Quantity:
    words = match.group("vague").lower().split()
    qualifier = "vague"
    if words[0] in ("a", "half") and words[-1] == "dozen":
        value = 12.0 if words[0] == "a" else 6.0
        low = high = value
        qualifier = "exact"
    elif words[-1] == "handful":
        value, low, high = 5.0, 2.0, 10.0
    elif "of" in words:
        base = _VAGUE_BASES[words[-1]] * (10 if words[0] == "tens" else _VAGUE_BASES.get(words[0], 100))
        low, high = float(base), float(base * VAGUE_SPAN)
        value = low
    elif words[0] in ("several", "a", "many"):
        base = SCALES[words[-1]]
        low, high = (2.0 * base, 10.0 * base) if words[0] != "a" else (2.0 * base, 5.0 * base)
        value = low
    else:
        base = _VAGUE_BASES[words[0]]
        low, high = float(base), float(base * VAGUE_SPAN)
        value = low
    return Quantity(
        start=match.start(),
        end=match.end(),
        text=match.group(0),
        value=value,
        low=low,
        high=high,
        qualifier=qualifier,
        kind="count",
        unit=None,
        cmp_low=low,
        cmp_high=high,
    )


def _relative(text: str, match: re.Match[str]) -> Quantity:
    word = match.group("rel").lower()
    factor = next(v for k, v in _RELATIVE_FACTORS.items() if word.startswith(k))
    return Quantity(
        start=match.start(),
        end=match.end(),
        text=match.group(0),
        value=factor,
        low=factor,
        high=factor,
        qualifier="exact",
        kind="fraction",
        unit="ratio",
        cmp_low=factor,
        cmp_high=factor,
        direction="down" if factor < 1 else "up",
    )
