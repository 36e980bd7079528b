"""Precision on real prose: the hand-reviewed BBC samples (tests/data/bbc_review*.json) re-extracted.

Twenty-one draws: `bbc_review.json` (210 claims, seed 3), on which the subject rules were tuned, and in
`bbc_review_heldout.json` twenty fresh draws without a sentence of it: draw 11 (110 claims, reviewed after
the first round of rules, then tuned on), draw 23 (105 claims, reviewed after the second round, later tuned on
too), draw 31 (100 claims, held out for the third round, looked at for the fourth), draw 41 (100 claims,
labelled blind after the fourth round: the held-out figure, then looked at for a fifth), draw 53 (100
claims, labelled blind after the fifth round, then looked at for a sixth), draw 59 (100 claims, labelled
blind after the sixth round, then looked at for a seventh), draw 71 (100 claims, labelled blind after the
seventh round, then looked at for an eighth), draw 83 (100 claims, labelled blind after the ninth
round, then looked at for a tenth), draw 97 (80 claims, labelled blind after the ninth round, then
looked at for the tenth), draw 101 (80 claims, drawn and labelled blind with draw 97, held out: measured
once after the tenth round, then looked at for the eleventh), draw 107 (120 claims, labelled blind after
the tenth round, then looked at for the eleventh), draw 113 (120 claims, labelled blind after the
eleventh round, then looked at for the twelfth), draw 127 (120 claims, labelled blind after the twelfth
round, then looked at for the thirteenth) and draw 131 (120 claims, labelled blind after the thirteenth
round: its held-out figure; then looked at for its last rules), draw 137 (120 claims, labelled blind
after those, then looked at for the fourteenth round), draw 139 (120 claims, labelled blind after the
fourteenth round: its held-out figure; then looked at for its last rules) and draw 149 (120 claims,
labelled blind after those, then looked at for the round's last rules), draw 157 (120 claims, labelled
blind after them: their held-out figure; then looked at for the fifteenth round), draw 163 (120 claims,
labelled blind after the fifteenth round: its held-out figure; then looked at for a sixteenth) and draw 167
(120 claims, labelled blind after the sixteenth round: its held-out figure). Each reviewed sentence is
extracted on its own, as when it was reviewed.

To draw a sample: `python tests/test_precision_bbc.py --draw SEED SIZE > draft.json`, then label it blind
(subject phrases from the sentence and the claim's text alone, before the extracted subject is seen).

A claim's value is right when the review judged it right (`value_ok`) and it is still extracted with the
same figure, interval and qualifier. Its subject is right when its value is right and the subject read
today is one of the review's `subject_expected` phrases (compared case-blind, a leading article dropped):
the phrase naming what the number counts or measures. Precision is over the claims still extracted as
reviewed; claims that changed since the review are counted apart: review them and update the file.
`python tests/test_precision_bbc.py` prints the precision of every sample as the extractor reads them today.
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path
from typing import Any, Final

import pytest

from factaudit.extract import Claim, extract_claims
from factaudit.ingest import Document

DATA = Path(__file__).parent / "data"
FILES: Final = ("bbc_review.json", "bbc_review_heldout.json")


def _samples() -> dict[str, list[dict[str, Any]]]:
    """The reviewed claims by sample: the file name, with the draw's seed when the file holds several."""
    samples: dict[str, list[dict[str, Any]]] = {}
    for name in FILES:
        for case in json.loads((DATA / name).read_text(encoding="utf-8"))["claims"]:
            key = f"{name[:-5]}:{case['draw']}" if "draw" in case else name[:-5]
            samples.setdefault(key, []).append(case)
    return samples


CASES: Final = _samples()
# Floors: the precision measured on each sample when this file last changed (subject precision before the
# subject rules of issue 3: 0.689, 0.564 and 0.562); a change that lowers one fails here. The tuned samples
# reach what the rules were fitted to. Draw 23 was held out for the first rules (0.648) and then used for a
# second round (ages, survey answers, trailing adverbs, money verbs). Draw 31 was held out for those
# (0.69) and then looked at for the lexicon round (word_classes.json). Draw 41 was drawn after that round,
# its subjects labelled before the extracted ones were seen: 0.63 at review, the held-out figure; its
# errors were then used for a fifth round (asides set off by dashes, ages, shares in words, offers). Draw 53
# was drawn after that round and labelled blind the same way: 0.67 at review (0.76 where the value is
# right); the errors of all six samples were then used for a sixth round (money verbs past their object,
# relative clauses and time phrases read past, elided figures, comparatives, ages at death, names cut short).
# Draw 59 was drawn after that round and labelled blind: 0.70 at review (0.75 where the value is right); its
# errors and those left in the other samples were then used for a seventh round (track races named by their
# distance, units and "-strong" in hyphened modifiers, "higher than" / "above", adverbs ending a phrase,
# elided figures after a scale word, a sum cut, words grading a figure, a leading adverb past the word cap).
# Draw 71 was drawn after that round and labelled blind: 0.62 at review (0.70 where the value is right); its
# errors were then used for an eighth round ("aged" before a figure, a second plural scale word, shares
# against, buying, "a total of", conversions after a currency the lexicon lacks, any word glued by a hyphen,
# "back", -ing verbs after an auxiliary, "plans to", "died", moves read past a phrase, number words).
# Draw 83 was drawn after the ninth round (stories, years, ordinals) and labelled blind: 0.55 at review (0.62
# where the value is right); not tuned on in that round. Its misses are mostly near phrases the comparison
# takes as wrong ("year study" for "study", "connections worldwide", "raise prices") and the price of a
# purchase read where the thing bought was labelled. Draws 97 and 101 were drawn together after that round
# and labelled blind: 97 at 0.725 at review (0.76 where the value is right), 101 at 0.65 (0.74). The errors
# of draws 71, 83 and 97 were then used for a tenth round of general rules (a bare verb after a modal or
# "to", a possessor after "of", "&" inside a name, a level that held or a price quoted read like a move,
# "up" after a name, negated and 's contractions as verbs, a period's possessive restating, a list after a
# preposition hopped, "repay"): 97 reached 0.79, 83 0.61, 71 0.76; 101, held out and measured once after
# it, stayed at 0.65: its misses are of other kinds (units glued by a hyphen read with the noun, "stone
# heavier", ages after "at", prices of things sold). Rules drawn from three blind stories afterwards (listed
# figures sharing a subject, a unit before "of" counting the noun after it, a participle after a plural
# ending the subject) moved 11 to 0.80, 71 to 0.77 and 101 to 0.66, which were not looked at for them.
# Draw 107 was drawn after that and labelled blind: 0.783 at review (0.839 where the value is right), the
# held-out figure of the eleventh round. Its errors and those of 83, 97 and 101 were then used for that
# round (possessives in a partitive, ages on becoming and after a longer name, -ed adjectives read past,
# the thing bought or sold named by its price, margin words, figures of a list without their noun, a
# sentence opened by "Thousands"): 107 reached 0.83, 101 0.71, 97 0.80, 83 0.63 and 11 0.81.
# Draw 113 was drawn after that round and labelled blind: 0.733 at review (0.822 where the value is right),
# the held-out figure of the twelfth round. Its errors and those of 101 and 107 were then used for that
# round (the thing that costs, "the cost of X is", a period's possessive, a span of time after a number
# word, an elided figure after a modified plural or a listed year, "thanks to", a bare figure killed, a word
# grading a figure after an article): 113 reached 0.783; no other draw changed. A glued unit dropped
# before a one-word noun ("an 18-month partnership": partnership) would have raised 113, 101, 83, 71, 59
# and 41 but lowered bbc_review and 11, whose reviews read "year ban" and "month run" as one name: left as
# it is.
# Draw 127 was drawn after that round and labelled blind: 0.742 at review (0.864 where the value is right).
# Its errors and those of the earlier draws were then used for a thirteenth round (a unit of time glued to a
# noun dropped: "a two-year ban" counts the ban, which the first sample had labelled "year ban" with the
# extracted subject in view and now accepts both ways; two modifiers joined by "and" before one plural; a
# list of figures going on after ", with"; "to reach"; a place after a move hopped before a participle):
# 127 reached 0.79, 113 0.82, 71 0.80, 83 0.65, 101 0.725, 59 0.82, 41 0.82; none fell. Draw 131 was drawn
# after that round and labelled blind: 0.683 at review (0.788 where the value is right), the held-out
# figure of the thirteenth round. Its errors were then used for a few more rules of that round (a bare verb
# before "to", a name before a verb, "doubled the X", "closed up", asides, proper adjectives, "owns N%"):
# 131 reached 0.767; no other draw moved. Draw 137 was drawn after those rules and labelled blind: 0.775 at
# review (0.823 where the value is right). Its errors and the earlier draws' were then used for a
# fourteenth round (a singular unit of measure before a noun, "in X" after a sum's currency or conversion,
# "a further N" elided, "on hold at", phrase ends at "above", short participles and reduced relatives, the
# verb before a figure's noun, money verbs in the passive, a percentage in parentheses after a share in
# words, a repeated verb eliding its noun): 137 reached 0.858, 131 0.825, 127 0.807, 113 0.839, 101 0.76,
# 97 0.825, 83 0.667, 41 0.837, 31 0.845; none fell. Draw 139 was drawn after that round and labelled
# blind: 0.775 at review (0.823 where the value is right), the held-out figure of the fourteenth round. Its
# errors then gave a few more rules ("I'm 30 now", a currency sign with letters before a conversion,
# "donating", a second verb of the same subject after "but"): 139 reached 0.808; no other draw moved. Draw
# 149 was drawn after those and labelled blind: 0.758 at review (0.805 where the value is right). Its errors
# then gave the round's last rules ("60 strong", "worth" ending a phrase, an adverb alone after a figure,
# "when" and "if" opening a clause, "valuing"): 149 reached 0.79, 127 0.815.
# Draw 157 was drawn after those and labelled blind: 0.675 at review (0.818 where the value is right; its
# value 0.825 is the lowest since draw 23: names with a number, "007", "50 Cent", "Ocean's 12", idioms, a
# typo "$110,00" and a score "5-6"). Its errors with those left in draws 139 and 149 gave the fifteenth round
# (an age closing its sentence, units in capitals, "2.1% more cars", asides between dashes, long objects
# hopped, sums lost or given, a chart film's takings "with $9m", a participle opening a clause, "2004's
# total", "an astonishing 90%"): 157 reached 0.725, 149 0.84, 139 0.847, 107 0.849; none fell. Draw 163
# was drawn after that round and labelled blind: 0.767 at review (0.80 where the value is right). Its errors
# gave a sixteenth round (more moves, asides before a copula, "pay a $27bn bill", rates after "per"): 163
# reached 0.808; none fell. Draw 167 was drawn after it and labelled blind: 0.775 at review (0.838 where
# the value is right), the held-out figure of the sixteenth round.
FLOORS: Final[dict[str, dict[str, float]]] = {
    "bbc_review": {"value_precision": 0.93, "subject_precision": 0.84},
    "bbc_review_heldout:11": {"value_precision": 0.88, "subject_precision": 0.81},
    "bbc_review_heldout:23": {"value_precision": 0.88, "subject_precision": 0.80},
    "bbc_review_heldout:31": {"value_precision": 0.94, "subject_precision": 0.84},
    "bbc_review_heldout:41": {"value_precision": 0.89, "subject_precision": 0.83},
    "bbc_review_heldout:53": {"value_precision": 0.88, "subject_precision": 0.81},
    "bbc_review_heldout:59": {"value_precision": 0.93, "subject_precision": 0.82},
    "bbc_review_heldout:71": {"value_precision": 0.89, "subject_precision": 0.79},
    "bbc_review_heldout:83": {"value_precision": 0.89, "subject_precision": 0.66},
    "bbc_review_heldout:97": {"value_precision": 0.95, "subject_precision": 0.82},
    "bbc_review_heldout:101": {"value_precision": 0.87, "subject_precision": 0.75},
    "bbc_review_heldout:107": {"value_precision": 0.93, "subject_precision": 0.84},
    "bbc_review_heldout:113": {"value_precision": 0.89, "subject_precision": 0.83},
    "bbc_review_heldout:127": {"value_precision": 0.85, "subject_precision": 0.80},
    "bbc_review_heldout:131": {"value_precision": 0.86, "subject_precision": 0.82},
    "bbc_review_heldout:137": {"value_precision": 0.94, "subject_precision": 0.85},
    "bbc_review_heldout:139": {"value_precision": 0.94, "subject_precision": 0.84},
    "bbc_review_heldout:149": {"value_precision": 0.94, "subject_precision": 0.84},
    "bbc_review_heldout:157": {"value_precision": 0.82, "subject_precision": 0.72},
    "bbc_review_heldout:163": {"value_precision": 0.95, "subject_precision": 0.80},
    "bbc_review_heldout:167": {"value_precision": 0.92, "subject_precision": 0.77},
}
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)


def _claims(sentence: str) -> list[Claim]:
    document = Document("bbc", "bbc.txt", sentence, None, None, "none")
    return [c for c in extract_claims(document) if c.kind != "date"]


def _same_figure(claim: Claim, case: dict[str, Any]) -> bool:
    return claim.qualifier == case["qualifier"] and all(
        (claim_value is None and value is None)
        or (claim_value is not None and value is not None and claim_value == pytest.approx(value))
        for claim_value, value in (
            (claim.value, case["value"]),
            (claim.low, case["low"]),
            (claim.high, case["high"]),
        )
    )


def _current(case: dict[str, Any]) -> Claim | None:
    same_text = [c for c in _claims(case["sentence"]) if c.text == case["text"]]
    return same_text[case["occurrence"]] if len(same_text) > case["occurrence"] else None


def _phrase(text: str | None) -> str:
    return _ARTICLE.sub("", (text or "").strip().lower())


def subject_right(claim: Claim, case: dict[str, Any]) -> bool:
    """The claim's subject is one of the phrases the review accepts for it (none when its value is wrong)."""
    return bool(claim.subject) and _phrase(claim.subject) in {_phrase(s) for s in case["subject_expected"]}


JUDGED_RIGHT: Final = [(name, case) for name, cases in CASES.items() for case in cases if case["value_ok"]]


@pytest.mark.parametrize(
    ("name", "case"), JUDGED_RIGHT, ids=[f"{name}:{case['text'][:30]}" for name, case in JUDGED_RIGHT]
)
def test_claim_judged_right_stays_right(name: str, case: dict[str, Any]) -> None:
    claim = _current(case)
    assert claim is not None, f"{case['text']!r} is no longer extracted from {case['sentence']!r}"
    assert _same_figure(claim, case), (case["text"], claim.value, claim.low, claim.high, claim.qualifier)
    if case["subject_ok"]:
        assert subject_right(claim, case), (case["text"], claim.subject, case["subject_expected"])


@pytest.mark.parametrize("name", sorted(CASES))
def test_precision_does_not_drop(name: str) -> None:
    measured = precision(CASES[name])
    for key, floor in FLOORS[name].items():
        assert measured[key] >= floor, (name, key, measured)


def precision(cases: list[dict[str, Any]]) -> dict[str, float]:
    """Shares of the reviewed claims still extracted as reviewed whose value / subject is right."""
    kept = values = subjects = changed = 0
    for case in cases:
        claim = _current(case)
        if claim is None or not _same_figure(claim, case):
            changed += 1
            continue
        kept += 1
        values += case["value_ok"]
        subjects += case["value_ok"] and subject_right(claim, case)
    return {
        "reviewed": len(cases),
        "still_extracted_as_reviewed": kept,
        "changed_or_dropped": changed,
        "value_precision": round(values / kept, 4),
        "subject_precision": round(subjects / kept, 4),
        "subject_precision_given_value": round(subjects / max(values, 1), 4),
        "value_precision_at_review": round(sum(c["value_ok"] for c in cases) / len(cases), 4),
        "subject_precision_at_review": round(sum(c["subject_ok"] for c in cases) / len(cases), 4),
    }


def draw_sample(corpus: Path, seed: int, size: int, exclude: set[str]) -> list[dict[str, Any]]:
    """A fresh review sample: `size` claims, one per sentence, from sentences of random BBC articles that
    are not in `exclude`, each sentence extracted on its own. Fields to judge are left as None."""
    import csv

    with corpus.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream))
    rng = random.Random(seed)
    drawn: list[dict[str, Any]] = []
    seen = set(exclude)
    while len(drawn) < size:
        row = rng.choice(rows)
        document = Document(row["file"], row["file"], row["text"], None, None, "none")
        claims = [c for c in extract_claims(document) if c.kind != "date"]
        if not claims:
            continue
        sentence = rng.choice(claims).sentence
        if sentence in seen:
            continue
        seen.add(sentence)
        own = _claims(sentence)
        if not own:
            continue
        claim = rng.choice(own)
        occurrence = [c.text for c in own if c.start < claim.start].count(claim.text)
        drawn.append(
            {
                "file": f"{row['category']}/{row['file']}",
                "sentence": sentence,
                "text": claim.text,
                "value": claim.value,
                "low": claim.low,
                "high": claim.high,
                "qualifier": claim.qualifier,
                "kind": claim.kind,
                "unit": claim.unit,
                "subject": claim.subject,
                "subject_expected": None,
                "period_text": claim.period_text,
                "value_ok": None,
                "subject_ok": None,
                "period_ok": None,
                "note": "",
                "occurrence": occurrence,
            }
        )
    return drawn


if __name__ == "__main__":
    if sys.argv[1:2] == ["--draw"]:
        # python tests/test_precision_bbc.py --draw SEED SIZE > draft.json: a sample to review by hand.
        corpus = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "bbc_news.csv"
        taken = {c["sentence"] for cases in CASES.values() for c in cases}
        print(
            json.dumps(
                draw_sample(corpus, int(sys.argv[2]), int(sys.argv[3]), taken), indent=1, ensure_ascii=False
            )
        )
    else:
        print(json.dumps({name: precision(cases) for name, cases in CASES.items()}, indent=2))
