"""Figures updated as events unfold (superseded) and figures credited to rival sources (competing)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from typing import Any, Final

from factaudit import columns as col
from factaudit.classify import SEVERITY, Finding, Row, fingerprint, is_cumulative, member, period_of

# How far after a figure an "according to X" still credits it (characters): the clause that follows a
# figure rarely runs longer ("1.28 million people marched against the reform according to the ministry").
ATTRIBUTION_REACH: Final = 90
# Words both cues share: a figure moved to, updated, a new or final tally.
_NEW_FIGURE: Final = (
    r"ris(?:e|en|ing)\s+to|rose\s+to|climb(?:ed|s)?\s+to|jump(?:ed|s)?\s+to|increas(?:ed|es)\s+to|updated?|"
    r"now\s+stands|new\s+toll|final\s+(?:toll|tally|count)"
)
# Words that say a figure replaces an earlier one: a recount or a final tally replaces the first count
# (the BBC corpus has "recounted" once and "recounts" twice, both of stories, not of figures: "the
# recount" / "after a recount" only).
_UPDATE_CUE: Final = re.compile(
    rf"\b(?:{_NEW_FIGURE}|raising|rais(?:ed|es)\s+the|revis(?:ed|ion)|latest|has\s+(?:now\s+)?reached|"
    r"later|(?:after\s+a|following\s+a|the)\s+recount)\b",
    re.IGNORECASE,
)
# Words by which a sentence says its own figure replaces an earlier one, for figures that say too little
# alike to conflict (classify "differs"): `_UPDATE_CUE` without the words that only say when ("later
# this year", "later on", "the latest scandal": all six superseded findings such pairs added on the BBC
# corpus with the wider cue were of these, all wrong), with "bringing the number ... to", any recount, and
# a tally given once a survey or count is finished ("after inspectors finished their damage survey"; the
# BBC corpus has "completed its assessment" and "completed our review" once each, of no figure revised);
# and a correction, which sets the figure against the one first given ("3,118 claims in 2024, not the
# figure given in its annual highways report", "higher than first reported", "corrected").
_REVISION_CUE: Final = re.compile(
    rf"\b(?:{_NEW_FIGURE}|rais(?:ing|ed|es)\s+the\s+\w+(?:\s+\w+){{0,5}}?\s+to|"
    r"bring(?:ing|s)?\s+the\s+(?:total|number|toll|count|tally)\b(?:\s+\w+){0,5}?\s+to|"
    r"revis(?:ed|es|ion)|recount|correct(?:ed|ion)|not\s+the\s+(?:figure|number|total)\s+(?:it\s+)?"
    r"(?:gave|given|reported|stated|published)|(?:than|as)\s+(?:(?:first|initially|previously|originally)\s+)"
    r"(?:reported|stated|given|published)"
    r"|(?:finish|complet|conclud)(?:ed|ing)\s+(?:(?:its|their|the|a)\s+)?(?:\w+\s+){0,2}"
    r"(?:survey|assessment|inspections?|count|review|audit|checks))\b",
    re.IGNORECASE,
)
# Parts of a day, in order, for as-of times within one date ("5 in the afternoon, 18 at night").
_DAY_PARTS: Final = (
    ("dawn", 1),
    ("morning", 2),
    ("midday", 3),
    ("noon", 3),
    ("afternoon", 4),
    ("evening", 5),
    ("night", 6),
    ("midnight", 7),
)
_DAY_PART: Final = re.compile(r"\b(" + "|".join(word for word, _ in _DAY_PARTS) + r")\b", re.IGNORECASE)
_LATE: Final = re.compile(r"\blate(?:r)?\b", re.IGNORECASE)
# "according to the Interior Ministry", "the CGT union said", "police put the figure at".
_ACCORDING: Final = re.compile(
    r"\baccording\s+to\s+((?:the\s+)?[\w'’&.-]+(?:\s+(?!and\b|but\b|while\b)[\w'’&.-]+){0,4})"
)
# Who, named by a common noun: "the farmers' union estimated", "the regional government put them at",
# "the returning officer said", "the coastguard recorded" (up to three words before the noun). "recorded"
# credits a tally as "counted" does; in the BBC corpus's 100 sentences with "recorded"/"records" it
# changed no finding (a body recording one figure against another body's in one sentence is rare). "the
# trust" estimates as a charity does ("The trust estimates that about 2,000 died of bird flu, but the
# conservation group Seabird Alliance said the real toll could be as high as 5,000"); with it no finding
# of the BBC corpus (NHS trusts, the National Trust) nor of the generated 10,000-document corpus changed.
_BODIES: Final = (
    r"union|unions|police|ministry|organisers|organizers|government|council|officials?|officer|authorities|agency"
    r"|commission|party|opposition|insurers|analysts|economists|campaigners|regulator|department|company|firm"
    r"|coastguard|authority|association|federation|charity|institute|society|university|trust"
)
# A name of up to four capitalised words, which may hold "of" or "for" ("the Federation of Small
# Businesses", "Chamber of Commerce", "Department for Transport"): cut at "of", such a name credited its
# figure to its last word ("Commerce"). Measured with the clause between a name and "puts" (_PUT_AT) and the
# plural "say", "estimate", "claim": the bridge story's Federation of Small Businesses answers the Chamber
# of Commerce; no finding of the BBC corpus nor of the generated 20,000-document corpus changed.
_NAME: Final = r"[A-Z][\w'’&.-]*(?:\s+(?:(?:of|for)\s+(?:the\s+)?)?[A-Z][\w'’&.-]*){0,3}"
# A name set off by a short description of what it is ("The Asphalt Contractors' Association, an industry
# group, said"; "Clean Air Halbrook, a campaign group, puts the figure at 410"): the description, an
# article and a few words between commas, names no one else. How long it may run (characters): the
# stories' descriptions are 16 and 17; a longer clause is one of the sentence's own. Measured with
# SAID_NAME_REACH: the potholes and air quality stories gain their rival estimates; no finding of the BBC
# corpus changed.
APPOSITION_CHARS: Final = 40
_APPOSITION: Final = rf"(?:,\s+(?:an?|the)\s+[^,]{{1,{APPOSITION_CHARS}}},)"
# A forecast is credited as an estimate is: "The university expects a deficit ... and plans to cut about
# 250 jobs", answered by the union's "the true number of jobs at risk was as high as 400" (the enrolment
# story). The BBC corpus has 52 such credits ("GM expects", "Analysts expected", "the IMF expects"),
# none answered by a rival: no finding of it changed, nor of the generated 20,000-document corpus.
_SAID: Final = re.compile(
    rf"((?:the\s+)?{_NAME}(?:\s+(?:union|police|ministry|organisers|organizers))?"
    rf"|(?:[Tt]he\s+)(?:[a-z][\w'’-]*\s+){{0,3}}(?:{_BODIES}))"
    rf"{_APPOSITION}?"
    r"\s+(?:said|says|say|estimated|estimates|estimate|expected|expects|expect|claimed|claims|claim|counted"
    r"|recorded|records"
    r"|put\s+(?:the\s+(?:figure|number|turnout|cost|costs|losses|damage|toll|total)|them|it))\b"
)

# "Rivers First Aldmere put leakage at 240", "Labour put the number of rejected ballots at 2,400": to put a
# measure at a figure is to give it, whoever puts it. The phrase must end right where the figure starts
# (a qualifier between them at most), and name the measure in a few lowercase words, so that "put" of
# another sense ("put pressure on the board at a meeting where 40 ...") credits nothing. A name set off
# after its description ("The government's housing agency, Homes Corrinth, puts the shortfall at"), or
# followed by a clause about it ("The Federation of Small Businesses, which surveyed its members in the
# town, puts the loss at"), is the one who puts it, in the present tense too.
# How long a clause about a name, set off by commas between it and "puts", may run (characters): "which
# surveyed its members in the town" is 35. The BBC corpus holds one such clause before "put" (Deutsche
# Boerse, "which also owns the derivatives market Eurex and the clearing firm Clearstream, put an informal
# offer of 530 pence": 78, and an offer, not an estimate), left out at 60.
PUT_AT_CLAUSE: Final = 60
_PUT_AT: Final = re.compile(
    rf"((?:the\s+)?{_NAME}"
    rf"|(?:[Tt]he\s+)(?:[a-z][\w'’-]*\s+){{0,3}}(?:{_BODIES}))"
    rf"(?:,\s+(?:which|who)\s+[^,]{{1,{PUT_AT_CLAUSE}}},|{_APPOSITION})?"
    r",?\s+puts?\s+(?:[a-z][\w'’-]*\s+){1,6}?at\s+(?:(?:about|around|some|roughly|nearly|almost|over|under"
    r"|more\s+than|less\s+than|fewer\s+than|up\s+to|as\s+(?:many|much)\s+as|at\s+least)\s+)?[£$€]?$"
)
# "well above the airline's own estimate of about 9 million euros", "the council's estimate of 21 million
# pounds": an estimate named as someone's, right before its figure, is theirs, as "X put <what> at" gives
# it. The owner is a name or a word or two after "the"; the phrase must end where the figure starts (a
# qualifier between them at most), so that "the council's estimate of the cost, which rose by 40%" credits
# nothing. The BBC corpus holds one match ("Chancellor Gordon Brown's forecast of 3% to 3.5%", credited to
# him, answered by no rival in its sentence): no finding of it changed, nor of the generated
# 10,000-document corpus; the airline and quota stories gain their rival estimates.
_OWNED_ESTIMATE: Final = re.compile(
    rf"((?:the\s+)?{_NAME}|(?:[Tt]he\s+)(?:[a-z][\w-]*\s+){{0,1}}[a-z][\w-]*)['’]s?\s+(?:own\s+)?"
    r"(?:estimate|figure|forecast|projection|count|tally)\s+(?:of|was|is|at)\s+(?:(?:about|around|some|roughly"
    r"|nearly|almost|over|under|more\s+than|less\s+than|fewer\s+than|up\s+to|as\s+(?:many|much)\s+as"
    r"|at\s+least)\s+)?[£$€]?$"
)
# How far before a figure its "X put <what> at" may start: a name of four words, a clause set off by
# commas (PUT_AT_CLAUSE), the verb and six words.
# The BBC corpus has two such phrases before a figure ("BP put production for the year at", "Datamonitor
# put the figure at"), both credits, neither in a finding before or after.
PUT_AT_REACH: Final = 160


def as_of(row: Row, published: dt.date | None) -> tuple[dt.date | None, int]:
    """When the figure was true: the day the sentence names, else the document's date; then the part
    of the day ("in the afternoon", "late Friday"), so updates within one day still order."""
    start, end = period_of(row)
    relation = row.get(col.PERIOD_RELATION)
    day = end if end is not None and (relation == "as_of" or start == end) else published
    sentence = str(row[col.SENTENCE])
    part = _DAY_PART.search(sentence)
    rank = dict(_DAY_PARTS)[part.group(1).lower()] if part else 0
    if _LATE.search(sentence):
        rank += 1
    return day, rank


# A source that gives a figure other than the one it gave before says so by setting it against its own
# earlier report: "now says 221,900 customers lost power ..., more than it reported at the weekend",
# "fewer than it had first estimated". The pronoun names the source of the earlier figure, so the later
# figure needs no official source (_OFFICIAL) to revise it: a network company, a firm or a charity
# revising its own count. Read with the ordering of `_later`, it changed no finding of the BBC corpus nor
# of the generated 20,000-document corpus, and links the outage story's 214,600 and 221,900 customers.
# A forecast revised is set against the source's own forecast the same way, in words of better or worse
# ("more than five million pounds worse than it forecast only last week", "better than it had expected").
# With the correction cues of _REVISION_CUE and the health bodies of _OFFICIAL it changed no finding of
# the BBC corpus nor of the generated 20,000-document corpus.
_OWN_REVISION: Final = re.compile(
    r"\b(?:more|fewer|higher|lower|less|greater|smaller|worse|better)\s+than\s+(?:it|they|we)\s+(?:had\s+)?"
    r"(?:(?:first|initially|previously|originally|earlier)\s+)?"
    r"(?:reported|said|stated|announced|estimated|thought|gave|counted|recorded|forecast|predicted|"
    r"projected|expected)\b",
    re.IGNORECASE,
)


def _later(a: Row, b: Row, published: Mapping[str, dt.date | None]) -> Row | None:
    """The later as of of two figures of different documents (None when they cannot be ordered). Two
    figures of one day ("at the height of the storm on Friday evening", "lost power when the storm hit on
    Friday") are ordered by their documents' dates first: a document of Monday counts the Friday that a
    document of Saturday counted, knowing more; within one day of publication, by parts of the day."""
    when_a = as_of(a, published.get(str(a[col.DOC_ID])))
    when_b = as_of(b, published.get(str(b[col.DOC_ID])))
    if when_a[0] is None or when_b[0] is None:
        return None
    out_a, out_b = published.get(str(a[col.DOC_ID])), published.get(str(b[col.DOC_ID]))
    if when_a[0] == when_b[0] and out_a is not None and out_b is not None and out_a != out_b:
        return b if out_a < out_b else a
    if when_a == when_b:
        return None
    return b if when_a < when_b else a


def is_update(
    a: Row, b: Row, published: Mapping[str, dt.date | None], outlets: Mapping[str, str | None] | None = None
) -> bool:
    """Whether two different figures for one quantity are an earlier and a later state of it: the later
    one sets itself against its source's own earlier report (_OWN_REVISION), or their as-of times differ,
    the later one comes from the same source or an official one, and it is larger for a growing count or
    says it updates."""
    own = _later(a, b, published) if a[col.DOC_ID] != b[col.DOC_ID] else None
    if own is not None and _OWN_REVISION.search(str(own[col.SENTENCE])):
        return True
    when_a = as_of(a, published.get(str(a[col.DOC_ID])))
    when_b = as_of(b, published.get(str(b[col.DOC_ID])))
    if when_a[0] is None or when_b[0] is None or when_a == when_b:
        return False
    earlier, later = (a, b) if when_a < when_b else (b, a)
    if not _same_or_official(earlier, later, outlets or {}):
        return False
    if _UPDATE_CUE.search(str(later[col.SENTENCE])):
        return True
    return is_cumulative(later) and float(later[col.VALUE]) > float(earlier[col.VALUE])


# A revision corrects a figure; it does not replace it with one of another size. Of two different figures
# that say too little alike to conflict, the later revises the earlier only when they differ by at most
# this share of the larger. Calibrated on the stories (tests/data/stories): their revisions move a figure
# by 0.03% (a recount's 78,215 to 78,190 votes) to 13% (27 people held, then 31), while the "revised
# August's total to 7,015" of an island paper otherwise linked a wire's 3,795 asylum applicants (46%).
REVISION_MAX_CHANGE: Final = 0.25


# A correction that restates the figure it replaces, framed as the earlier report: "19 arrests ..., up from
# the 14 reported at the end of the weekend", "21,960 penalty charge notices ..., not 18,420 as stated in
# its report", "revised down from the 4,100 first given". The framing word, the old figure, a few words of
# what it counts, then a verb of reporting: "up from 14 last year" (a change over time, the common sense
# of "up from" in the BBC corpus) has none, so it is no restatement. A pronoun or "its"/"their" after the
# verb says the source revises its own report (as `_OWN_REVISION`), which needs no official source. After
# "than" the figure needs "the" ("higher than the 14 first reported"): the one such match of the BBC
# corpus without the rule was "a survey of more than 1,000 people reported that", a qualifier. With it
# the BBC corpus holds no match, and its findings do not change. A sum's scale may be glued on ("up from the
# £3.8m it estimated") and "gave" reports as "given" does ("not the 212 it gave last week"); with both the
# BBC corpus still holds no match.
_RESTATED: Final = re.compile(
    r"\b(?:(?:(?:up|down)\s+from|revised\s+(?:(?:up|down)(?:wards?)?\s+)?from|rather\s+than|not)\s+(?:the\s+)?"
    r"|than\s+the\s+)[£$€]?(?P<figure>\d[\d,]*(?:\.\d+)?)(?:m|bn|k)?(?:\s+[\w%-]+){0,3}?\s+(?:as\s+)?"
    r"(?P<who>(?:it|they|we)\s+(?:had\s+)?)?(?:(?:first|initially|previously|originally|earlier)\s+)?"
    r"(?:reported|stated|given|gave|published|announced|estimated|recorded|counted)\b"
    r"(?P<own>\s+(?:in|by)\s+(?:its|their|our)\b)?",
    re.IGNORECASE,
)
# A source that moves its own figure and names the one it moved from: "killed 11,340 fish, the Environment
# Agency said on Monday, raising its figure from 9,812", "cut ... by 31%, the university said, raising its
# estimate of the benefit from 27%". The possessive says the source revises its own report, as the
# pronoun of `_RESTATED` does, so no official source is needed. The BBC corpus holds no match (its "cut
# its 2005 growth forecast for the German economy from 1.8%" names no count, total or figure of it
# before "from"), and its findings do not change.
_OWN_RESTATED: Final = re.compile(
    r"\b(?:rais|lower|increas|reduc|cut|revis)\w*\s+(?P<own>its|their|our)\s+(?:own\s+)?(?:\w+\s+){0,2}?"
    r"(?:figure|estimate|count|total|tally|toll|number)\s+(?:of\s+(?:[\w'’-]+\s+){1,4}?)?"
    r"(?:up\s+|down\s+)?from\s+(?:the\s+)?[£$€]?(?P<figure>\d[\d,]*(?:\.\d+)?)(?P<who>)",
    re.IGNORECASE,
)
# A source that moves its own figure from the one it gave, named by a pronoun and a verb of reporting or by
# its own report: "raised the number of confirmed cases to 163, from the 147 it reported on Tuesday", "has
# risen to 1,380, ... up from the 1,140 in its census report last week". The pronoun or the possessive
# says the source revises its own report, as in `_RESTATED`; a bare "from" needs both "the" and the
# pronoun, so that a change over time ("rose to 5.2% from 4.9%") is none. The BBC corpus holds no match
# of either, and its findings do not change.
_FROM_OWN_REPORT: Final = re.compile(
    r"\bfrom\s+the\s+[£$€]?(?P<figure>\d[\d,]*(?:\.\d+)?)(?:m|bn|k)?(?:\s+[\w%-]+){0,3}?\s+"
    r"(?P<who>(?:it|they|we)\s+(?:had\s+)?)(?:(?:first|initially|previously|originally|earlier)\s+)?"
    r"(?:reported|stated|gave|published|announced|estimated|recorded|counted)\b(?P<own>)",
    re.IGNORECASE,
)
_IN_OWN_REPORT: Final = re.compile(
    r"\b(?:(?:up|down)\s+from|rather\s+than|not)\s+the\s+[£$€]?(?P<figure>\d[\d,]*(?:\.\d+)?)(?:m|bn|k)?"
    r"(?:\s+[\w%-]+){0,3}?\s+in\s+(?P<own>its|their|our)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:report|release|statement|bulletin|update|census|count|survey|figures)\b(?P<who>)",
    re.IGNORECASE,
)
_DIGITS: Final = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _restating(later: Row, earlier: Row) -> re.Match[str] | None:
    """The framing by which the later figure's sentence restates the earlier figure, digit for digit, as
    the one first reported (`_RESTATED`) or as the one its source moved its figure from
    (`_OWN_RESTATED`), else None."""
    stated = _DIGITS.search(str(earlier[col.TEXT]))
    if stated is None:
        return None
    digits = stated.group(0).replace(",", "")
    sentence = str(later[col.SENTENCE])
    # Most pairs asked about (every pair classify leaves without a kind) never write the earlier figure in
    # the later sentence: a plain search turns them away before the framings are read.
    if digits not in sentence.replace(",", ""):
        return None
    for framing in (_RESTATED, _OWN_RESTATED, _FROM_OWN_REPORT, _IN_OWN_REPORT):
        for match in framing.finditer(sentence):
            if match.group("figure").replace(",", "").rstrip(".") == digits:
                return match
    return None


def restates(later: Row, earlier: Row) -> bool:
    """Whether the later figure's sentence restates the earlier figure as the one it replaces: "19
    arrests, up from the 14 reported". Such a sentence states two figures of one measure on purpose, so
    the earlier figure beside the later one is no sign of a mispairing (audit._SentenceMates)."""
    return _restating(later, earlier) is not None


def revising(
    a: Row,
    b: Row,
    published: Mapping[str, dt.date | None],
    outlets: Mapping[str, str | None] | None = None,
) -> Row | None:
    """The later of two different figures that say too little alike to conflict (classify "differs")
    when it is a later state of the other, else None: documents apart, later as of (`_later`), its
    sentence names an official source and says it revises (`_REVISION_CUE`) or sets the figure against
    its source's own earlier report (`_OWN_REVISION`), and it moves the figure by
    REVISION_MAX_CHANGE at most. A sentence that restates the earlier figure as the one first reported
    (`_RESTATED`) says it revises, and says the two are one figure, so it may move it further ("19
    arrests, up from the 14 reported": 26%). Nothing else says they are one figure, so a growing count
    that is only larger is not enough, nor is the same outlet: on the generated 20,000-document corpus
    (distinct stories of few outlets) the same outlet let 16 updates through between distinct stories
    ("rose to 4.7%" against "held at 4.75%"), all wrong. A restatement credited to the publisher of the
    earlier figure's document (`outlets`: "Rovers said ... they had now sold 25,120 season tickets, up
    from the 24,610 announced on Thursday" against the club's own release) is that source revising its
    own figure (`_publisher_says`)."""
    if a[col.DOC_ID] == b[col.DOC_ID]:
        return None
    x, y = float(a[col.VALUE]), float(b[col.VALUE])
    far = abs(x - y) > REVISION_MAX_CHANGE * max(abs(x), abs(y))
    # Most pairs end here, before their as-of times are read: too far apart, and neither restates the other.
    if far and not (restates(a, b) or restates(b, a)):
        return None
    later = _later(a, b, published)
    if later is None:
        return None
    restated = _restating(later, a if later is b else b)
    if restated is None and far:
        return None
    sentence = str(later[col.SENTENCE])
    if _OWN_REVISION.search(sentence) or (restated and (restated.group("who") or restated.group("own"))):
        return later
    earlier = a if later is b else b
    if restated and _publisher_says(later, (outlets or {}).get(str(earlier[col.DOC_ID]))):
        return later
    official = _OFFICIAL.search(sentence)
    return later if official and (restated or _REVISION_CUE.search(sentence)) else None


_CAPITALISED: Final = re.compile(r"[A-Z][\w'’&.-]*")
_WORD: Final = re.compile(r"[\w'’&.-]+")


def _publisher_says(later: Row, outlet: str | None) -> bool:
    """Whether the later figure's sentence credits it (`attribution`) to a source whose capitalised words
    all name the earlier document's publisher: "Rovers" of "Harwick Rovers FC", "the Environment Agency"
    of "Environment Agency". A common noun ("the company", "officials") names no publisher. Read only
    after a restatement (`_RESTATED`): no finding of the BBC corpus (no publishers) nor of the generated
    10,000-document corpus (1-3 outlets a story) changed."""
    if not outlet:
        return False
    sentence, offset = str(later[col.SENTENCE]), int(later[col.SENTENCE_START])
    source = attribution(
        sentence, int(later[col.START]) - offset, int(later[col.END]) - offset, len(sentence)
    )
    words = {word.lower() for word in _CAPITALISED.findall(source or "")}
    return bool(words) and words <= {word.lower() for word in _WORD.findall(outlet)}


# Who gives official tallies: a later figure credited to one of them updates an earlier one. The bodies
# that declare results and survey damage count too (BBC: "Electoral Commission" 21 times, "returning
# officer" once). A recount is made by the officials who declare a result: the figure it gives is
# theirs (the BBC corpus has no "recount" in the singular). Updated or revised figures, data or statistics
# are a publisher's own release of its series ("Updated figures published on Monday show 1,358 cases"; the
# BBC corpus has "revised figures" or "revised data" four times, none beside an earlier figure of its
# measure in another article); "new" and "latest" figures are left out, as in `_REVISION_CUE`. A public
# health body counts the deaths and cases of an outbreak or a heatwave as a health department does.
_OFFICIAL: Final = re.compile(
    r"\b(?:police|officials?|authorities|ministry|minister|government|spokes(?:man|woman|person)|"
    r"(?:public\s+)?health\s+(?:agency|institute|authority|board|service)|"
    r"civil\s+protection|emergency\s+services|fire\s+service|coastguard|army|military|health\s+department|"
    r"mayor|governor|prefect(?:ure)?|state\s+media|official\s+figures|forest\s+service|returning\s+officer|"
    r"electoral\s+commission|recount|(?:updated|revised)\s+(?:official\s+)?(?:figures|data|statistics))\b",
    re.IGNORECASE,
)


def _same_or_official(earlier: Row, later: Row, outlets: Mapping[str, str | None]) -> bool:
    """The same document or outlet, or a later figure that an official source gives."""
    if earlier[col.DOC_ID] == later[col.DOC_ID]:
        return True
    outlet = outlets.get(str(later[col.DOC_ID]))
    if outlet and outlet == outlets.get(str(earlier[col.DOC_ID])):
        return True
    return bool(_OFFICIAL.search(str(later[col.SENTENCE])))


# An increment: "Four more people were arrested", "another 12 homes", "a further 300 jobs". It counts what
# was added to a total, not the total, so it contradicts no figure of the total ("arrested 27 people";
# the raids story's headline "Four more held as Kestrel arrests reach 31" once conflicted with the police
# release's "27 arrested"). Read on a number conflict only; no number conflict of the BBC corpus or of the
# generated 20,000-document corpus changed.
_MORE_AFTER: Final = re.compile(r"^\s+(?:more|further|additional|extra)\b(?!\s+than\b)", re.IGNORECASE)
_MORE_BEFORE: Final = re.compile(r"\b(?:another|a\s+further|an\s+additional|an\s+extra)\s+$", re.IGNORECASE)


def is_increment(row: Row) -> bool:
    """Whether the figure counts what was added to a total ("Four more", "another 12") rather than it."""
    sentence, offset = str(row[col.SENTENCE]), int(row[col.SENTENCE_START])
    start, end = int(row[col.START]) - offset, int(row[col.END]) - offset
    return bool(
        _MORE_AFTER.match(sentence[end:]) or _MORE_BEFORE.search(sentence[max(0, start - 20) : start])
    )


def update_finding(rows: list[Row], published: Mapping[str, dt.date | None]) -> Finding:
    """A figure updated over time, as one finding listing its states in as-of order."""
    ordered = sorted(
        rows,
        key=lambda r: (
            as_of(r, published.get(str(r[col.DOC_ID])))[0] or dt.date.min,
            as_of(r, published.get(str(r[col.DOC_ID])))[1],
            str(r[col.DOC_ID]),
            int(r[col.START]),
        ),
    )
    points = []
    for row in ordered:
        day, rank = as_of(row, published.get(str(row[col.DOC_ID])))
        points.append(
            {
                "as_of": day.isoformat() if day else None,
                "day_part": rank,
                "value": row[col.VALUE],
                "text": row[col.TEXT],
                "doc_id": row[col.DOC_ID],
                "claim_ids": [str(row[col.CLAIM_ID])],
            }
        )
    subject = next((str(r[col.SUBJECT]) for r in ordered if isinstance(r[col.SUBJECT], str)), "figure")
    sequence = " -> ".join(f"{p['text']} ({p['as_of']})" for p in points)
    return Finding(
        fingerprint=fingerprint("superseded", [member(r) for r in ordered]),
        kind="superseded",
        severity=SEVERITY["superseded"],
        claim_ids=tuple(str(r[col.CLAIM_ID]) for r in ordered),
        message=f"An updated figure, not a conflict: {subject}: {sequence}.",
        subject=subject,
        details={"points": points},
    )


# How far before a figure the verb that credits it ("said", "estimates") may end (characters), and how much
# further back the name before the verb may start: "The Asphalt Contractors' Association, an industry
# group, said the true figure for Ashcombe was closer to £340 million" names its source 107 characters
# before the figure, its verb 52. Searched from SAID_REACH only, a name that began before the window was
# read from the middle of its word: the generated 20,000-document corpus had 21 competing estimates, all
# of one source against itself ("29% according to POPERBEL, 18% according to PERBEL"), all gone with the
# name read whole; no finding of the BBC corpus changed.
SAID_REACH: Final = 80
SAID_NAME_REACH: Final = 80


def attribution(sentence: str, start: int, end: int, stop: int) -> str | None:
    """Who gives the figure at sentence[start:end]: 'according to X' before `stop` (the next figure),
    else 'X put <what> at' right before it, else 'X said/estimated' before it."""
    according = _ACCORDING.search(sentence, end, stop)
    if according and according.start() - end <= ATTRIBUTION_REACH:
        return _who(according.group(1))
    put = _PUT_AT.search(sentence, max(0, start - PUT_AT_REACH), start) or _OWNED_ESTIMATE.search(
        sentence, max(0, start - PUT_AT_REACH), start
    )
    if put:
        return _who(put.group(1))
    said = None
    # Up to the figure's end: a claim may hold the verb ("the World Bank estimated $30bn"). The verb must
    # stand within SAID_REACH of the figure; the name before it may start further back (a long name, or one
    # set off by its description: _APPOSITION).
    for match in _SAID.finditer(sentence, max(0, start - SAID_REACH - SAID_NAME_REACH), end):
        if match.end() >= start - SAID_REACH:
            said = _who(match.group(1))
    return said


def _who(name: str) -> str:
    """A source as named, without its article ("The works council" and "the works council" are one)."""
    return re.sub(r"^the\s+", "", name.strip(), flags=re.IGNORECASE).strip().rstrip(".,;:")


def competing_estimates(rows: Sequence[Row]) -> list[Finding]:
    """Figures of one measure, each credited to a different source, that differ: in one sentence ("the
    farmers' union estimated losses at €120 million, while the regional government put them at €75
    million"), or in two sentences running on, the second answering the first ("The authority said the
    strike had cost £6.2m. The union said the true cost was closer to £9 million")."""
    by_sentence: dict[tuple[str, int], list[Row]] = {}
    for row in rows:
        if row[col.KIND] in ("count", "money", "percent", "measure"):
            by_sentence.setdefault((str(row[col.DOC_ID]), int(row[col.SENTENCE_START])), []).append(row)
    findings: list[Finding] = []
    credited_by_sentence: dict[tuple[str, int], list[tuple[Row, str]]] = {}
    for key, group in by_sentence.items():
        credited = _credited(group)
        credited_by_sentence[key] = credited
        finding = _estimates_finding(credited)
        if finding is not None:
            findings.append(finding)
    for earlier, later in _running_on(credited_by_sentence):
        rival = _rival_across(earlier, later)
        if rival is not None:
            finding = _estimates_finding(list(rival))
            if finding is not None:
                findings.append(finding)
    return findings


def _credited(group: list[Row]) -> list[tuple[Row, str]]:
    """The figures of one sentence that are credited to a source, with the source, in text order."""
    group.sort(key=lambda r: int(r[col.START]))
    credited: list[tuple[Row, str]] = []
    for index, row in enumerate(group):
        offset = int(row[col.SENTENCE_START])
        stop = (
            int(group[index + 1][col.START]) - offset
            if index + 1 < len(group)
            else len(str(row[col.SENTENCE]))
        )
        source = attribution(
            str(row[col.SENTENCE]), int(row[col.START]) - offset, int(row[col.END]) - offset, stop
        )
        if source:
            credited.append((row, source))
    return credited


# How far the next sentence may start after one ends (characters) and still run on from it: a space, or
# the line break of a new paragraph.
RUN_ON_GAP: Final = 3


def _running_on(
    credited: Mapping[tuple[str, int], list[tuple[Row, str]]],
) -> list[tuple[list[tuple[Row, str]], list[tuple[Row, str]]]]:
    """The pairs of sentences of one document, each crediting a figure, the second right after the first."""
    by_end: dict[tuple[str, int], tuple[str, int]] = {}
    for key, figures in credited.items():
        if figures:
            by_end[(key[0], int(figures[0][0][col.SENTENCE_END]))] = key
    pairs = []
    for key in sorted(credited):
        figures = credited[key]
        if not figures:
            continue
        doc_id, start = key
        for gap in range(RUN_ON_GAP + 1):
            before = by_end.get((doc_id, start - gap))
            if before is not None:
                pairs.append((credited[before], figures))
                break
    return pairs


# Words by which a sentence answers a figure given just before it with another: "the true cost was closer
# to", "put the figure at", "puts the shortfall at" (to put the measure at one's own figure), "disputed".
# Figures of one kind and unit credited to two sources in sentences running on are otherwise rarely one
# measure: without this cue, the BBC corpus gave 7 such pairs, all of other measures (lending against
# approvals, 30,000 copies an hour against a million since the outbreak, 2,000 people on Dartmoor against
# several hundred in Gloucestershire), none with any of these words. Putting any measure at a figure,
# not only "the figure", and "X, puts" (_PUT_AT) changed no finding of the BBC corpus.
_CONTESTS: Final = re.compile(
    r"\b(?:(?:true|real|actual|correct|rival|own|independent)\s+(?:figure|number|cost|total|toll|count|tally"
    r"|amount|estimate|loss(?:es)?)|closer\s+to|nearer\s+to"
    r"|puts?\s+the\s+(?:[a-z][\w'’-]*\s+){0,2}?[a-z][\w'’-]*\s+at"
    r"|disput(?:e|es|ed|ing)|contest(?:s|ed|ing)?|rather\s+than|underestimat\w*|overestimat\w*|exaggerat\w*)\b",
    re.IGNORECASE,
)


def contests(sentence: str) -> bool:
    """Whether a sentence answers another's figure with its own ("the true cost was closer to £9m")."""
    return _CONTESTS.search(sentence) is not None


def _rival_across(
    earlier: list[tuple[Row, str]], later: list[tuple[Row, str]]
) -> tuple[tuple[Row, str], tuple[Row, str]] | None:
    """The first figure of the later sentence that rivals a figure of the earlier one: the same kind and
    unit, another value, another source, no two periods apart (a series), and no word saying the later
    figure updates the earlier one (a revision, not a rival)."""
    sentence = str(later[0][0][col.SENTENCE])
    if _UPDATE_CUE.search(sentence) or not _CONTESTS.search(sentence):
        return None
    for row, source in later:
        for other, other_source in reversed(earlier):
            if (row[col.KIND], row[col.UNIT]) != (other[col.KIND], other[col.UNIT]):
                continue
            if float(row[col.VALUE]) == float(other[col.VALUE]) or _same_source(source, other_source):
                continue
            periods = period_of(row), period_of(other)
            if all(p != (None, None) for p in periods) and periods[0] != periods[1]:
                continue
            return (other, other_source), (row, source)
    return None


def _same_source(a: str, b: str) -> bool:
    """One source named twice: the words of one name are all in the other ("Phillips" and "Trevor
    Phillips", "Financial Mail" and "Sunday's Financial Mail": the three competing estimates of the BBC
    corpus left after the article was dropped were all of one source named twice)."""
    x, y = set(a.lower().split()), set(b.lower().split())
    return x <= y or y <= x


def _estimates_finding(credited: list[tuple[Row, str]]) -> Finding | None:
    units = {(r[col.KIND], r[col.UNIT]) for r, _ in credited}
    sources = [s for _, s in credited]
    values = {float(r[col.VALUE]) for r, _ in credited}
    rivals = any(not _same_source(s, t) for i, s in enumerate(sources) for t in sources[i + 1 :])
    if len(credited) < 2 or len(units) != 1 or not rivals or len(values) < 2:
        return None
    rows = [r for r, _ in credited]
    estimates: list[dict[str, Any]] = [
        {"claim_id": str(r[col.CLAIM_ID]), "text": r[col.TEXT], "value": r[col.VALUE], "source": s}
        for r, s in credited
    ]
    listed = ", ".join(f"{e['text']} according to {e['source']}" for e in estimates)
    subject = next((str(r[col.SUBJECT]) for r in rows if isinstance(r[col.SUBJECT], str)), "figure")
    return Finding(
        fingerprint=fingerprint("competing_estimates", [member(r) for r in rows]),
        kind="competing_estimates",
        severity=SEVERITY["competing_estimates"],
        claim_ids=tuple(str(r[col.CLAIM_ID]) for r in rows),
        message=f"Competing estimates, each credited to its source: {listed}.",
        subject=subject,
        details={"estimates": estimates},
    )
