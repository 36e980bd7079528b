"""A large, realistic corpus made from the BBC articles, with conflicts planted at a known rate.

The first 2,225 stories are the BBC articles as published; each further *story* starts from one of them
with every name replaced by an invented one (so stories made from the same article are about different
people, firms and places, as distinct stories of an archive are: they share no block of the matcher)
and its figures rescaled. A story is published by one to three outlets: the first
version keeps the text, the others rewrite it (sentences shuffled within paragraphs, a few words swapped,
the date shifted by up to three days). In a share of the rewrites (`conflict_rate`) one figure is changed
by 15-40%: that is a planted conflict, recorded with the two surface texts so a benchmark can measure
recall.

    python bench/corpus.py OUT_DIR --documents 20000 [--seed 7] [--conflict-rate 0.1]
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import hashlib
import json
import random
import re
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

BBC = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "bbc_news.csv"
# A name: a word with a capital letter, wherever it stands. Where it opens a sentence (after the start of a
# line or a full stop, perhaps with a quote) only a word with a second capital ("ABN", "PwC", "SpiceJet")
# counts; a plain capitalised word counts where it stands anywhere else ("the Unison union", "GW
# Pharmaceuticals", "Tate & Lyle", "report - MTV Smut Peddlers", "//NetRatings"). The first version took
# only words after a lower-case word, and the rest of every multi-word name stayed in all stories told from
# one article: at 20,000 documents, 12,069 of 12,576 number conflicts paired stories that shared only such
# leftovers.
_WORD = re.compile(r"\b[A-Za-z][A-Za-z0-9]*\b")
_OPENS = re.compile(r"(?:^|[.!?]['\"’”]?\s+)['\"‘“]?$", re.MULTILINE)
# Capitalised words kept as they are: dates must still read as dates, and titles as titles.
_KEEP = frozenset(
    """January February March April May June July August September October November December Monday Tuesday
    Wednesday Thursday Friday Saturday Sunday Mr Mrs Ms Dr Sir Lord Lady The A An I It He She They We In On At
    Of And But Christmas Easter After Before During Despite When While If As For With From By Both Many Most
    Some Last This That These Those Its His Her Their Our Every Each All No Not Now So Then""".split()
)
# A word opening a sentence right before a capitalised word opens a name of several words ("Sony Ericsson
# just released", "Chancellor Gordon Brown's closest ally", "Constitutional Affairs Minister"), as the
# matcher reads it (entities.py). Before the matcher read such words as names, they were left as they were
# and did no harm; since, every story retold from the article shared them, and at 20,000 documents number
# conflicts between distinct stories rose from 1,489 to 3,530 ("Kelly Holmes" retold as "Kelly Banumvor").
_BEFORE_NAME = re.compile(r" [A-Z]")
_FIGURE = re.compile(r"(?<![\d.,$£€])(\d{1,3}(?:,\d{3})+|\d{2,4})(?![\d.,%])(?= [a-z])")
_CONSONANTS = "bdfgklmnprstvz"
_VOWELS = "aeiou"
_SYLLABLES = (
    "ka",
    "lo",
    "mi",
    "ra",
    "ten",
    "vor",
    "zi",
    "an",
    "bel",
    "dor",
    "fen",
    "gar",
    "hul",
    "ir",
    "jas",
)
_SWAPS = (("said", "stated"), ("rose", "climbed"), ("fell", "dropped"), ("about", "around"), ("big", "large"))
_START = dt.date(2004, 1, 1)


@dataclass(frozen=True)
class Planted:
    """A conflict the generator put in: `changed` in `rewrite` contradicts `original` in `source`."""

    source: str
    rewrite: str
    original: str
    changed: str


def _invented(word: str, story: int) -> str:
    """A name for `word` in `story`: consonant-vowel letters then a syllable. The matcher knows a name by
    its first five letters, so those are drawn from 68,600 (14 x 5 x 14 x 5 x 14): syllables alone gave
    225 such prefixes, and every one of them joined the blocks of hundreds of unrelated stories."""
    digest = hashlib.blake2b(f"{story}:{word}".encode(), digest_size=6).digest()
    letters = [(_CONSONANTS, _VOWELS)[i % 2] for i in range(5)]
    head = "".join(choices[b % len(choices)] for choices, b in zip(letters, digest, strict=False))
    invented = (head + _SYLLABLES[digest[5] % len(_SYLLABLES)]).capitalize()
    return invented.upper() if word.isupper() else invented


def _names(text: str) -> re.Pattern[str] | None:
    """Every word the article uses as a name, wherever it stands (also where it opens a sentence)."""
    names = set()
    for match in _WORD.finditer(text):
        word = match.group(0)
        capitals = sum(c.isupper() for c in word)
        opens = _OPENS.search(text, max(0, match.start() - 4), match.start()) is not None
        if capitals and (capitals > 1 or not opens or _BEFORE_NAME.match(text, match.end())):
            names.add(word)
    names -= _KEEP
    if not names:
        return None
    return re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, names), key=len, reverse=True)) + r")\b")


def _retell(text: str, story: int, scale: float, names: re.Pattern[str] | None) -> str:
    """The article as a different story: every name replaced by one invented for the story (the same name
    gets the same invention throughout), figures rescaled. Stories told from one article so share no
    names, as distinct stories of an archive do not, so their claims do not share blocks."""
    if names is not None:
        text = names.sub(lambda m: _invented(m.group(0), story), text)

    def rescale(match: re.Match[str]) -> str:
        value = int(match.group(1).replace(",", ""))
        if 1900 <= value <= 2100 and "," not in match.group(1):
            return match.group(0)  # a year
        new = max(2, round(value * scale))
        return f"{new:,}" if "," in match.group(1) else str(new)

    return _FIGURE.sub(rescale, text)


def _rewrite(text: str, rng: random.Random) -> str:
    paragraphs = []
    for paragraph in text.split("\n\n"):
        sentences = re.split(r"(?<=[.!?]) (?=[A-Z])", paragraph)
        if len(sentences) > 2 and rng.random() < 0.5:
            head, tail = sentences[0], sentences[1:]
            rng.shuffle(tail)
            sentences = [head, *tail]
        paragraphs.append(" ".join(sentences))
    rewritten = "\n\n".join(paragraphs)
    for old, new in _SWAPS:
        if rng.random() < 0.3:
            rewritten = re.sub(rf"\b{old}\b", new, rewritten, count=1)
    return rewritten


def _plant(text: str, rng: random.Random) -> tuple[str, str, str] | None:
    figures = [m for m in _FIGURE.finditer(text) if not 1900 <= int(m.group(1).replace(",", "")) <= 2100]
    if not figures:
        return None
    match = rng.choice(figures)
    value = int(match.group(1).replace(",", ""))
    new = round(value * rng.uniform(1.15, 1.4)) + 1
    written = f"{new:,}" if "," in match.group(1) else str(new)
    return text[: match.start(1)] + written + text[match.end(1) :], match.group(1), written


def _document(doc_id: str, title: str, date: dt.date, outlet: str, body: str) -> str:
    front = f"---\ntitle: {json.dumps(title)}\nsource: {outlet}\ndate: {date.isoformat()}\n---\n"
    return f"{front}{title}\n\n{body}\n"


def articles(path: Path = BBC) -> list[tuple[str, str]]:
    with path.open(encoding="utf-8") as stream:
        return [(row["title"], row["text"]) for row in csv.DictReader(stream)]


def generate(
    documents: int, seed: int = 7, conflict_rate: float = 0.1
) -> Iterator[tuple[str, str] | Planted]:
    """Yield (doc_id, file text) for `documents` documents, and a Planted record after each plant."""
    rng = random.Random(seed)
    source = articles()
    made, story = 0, 0
    while made < documents:
        title, text = source[story % len(source)]
        scale = 1.0 if story < len(source) else rng.uniform(0.5, 3.0)
        names = _names(f"{title}\n\n{text}") if story >= len(source) else None
        body = text if story < len(source) else _retell(text, story, scale, names)
        title = title if story < len(source) else _retell(title, story, 1.0, names)
        date = _START + dt.timedelta(days=rng.randrange(700))
        outlets = min(documents - made, rng.choice((1, 2, 2, 3)))
        first = f"s{story:06d}-0"
        for version in range(outlets):
            doc_id = f"s{story:06d}-{version}"
            version_body = body if version == 0 else _rewrite(body, rng)
            planted = None
            if version > 0 and rng.random() < conflict_rate:
                planted = _plant(version_body, rng)
                if planted:
                    version_body = planted[0]
            shifted = date + dt.timedelta(days=rng.randrange(4) if version else 0)
            yield doc_id, _document(doc_id, title, shifted, f"outlet-{version}", version_body)
            if planted:
                yield Planted(first, doc_id, planted[1], planted[2])
            made += 1
        story += 1


def write_corpus(folder: Path, documents: int, seed: int = 7, conflict_rate: float = 0.1) -> list[Planted]:
    """Write the corpus as .md files (front matter) under `folder`; return the planted conflicts."""
    folder.mkdir(parents=True, exist_ok=True)
    planted: list[Planted] = []
    for item in generate(documents, seed, conflict_rate):
        if isinstance(item, Planted):
            planted.append(item)
            continue
        doc_id, text = item
        shard = folder / doc_id[:4]
        shard.mkdir(exist_ok=True)
        (shard / f"{doc_id}.md").write_text(text, encoding="utf-8")
    (folder.parent / f"{folder.name}.planted.json").write_text(
        json.dumps([asdict(p) for p in planted], indent=1), encoding="utf-8"
    )
    return planted


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("out", type=Path)
    parser.add_argument("--documents", type=int, default=2225)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--conflict-rate", type=float, default=0.1)
    args = parser.parse_args()
    planted = write_corpus(args.out, args.documents, args.seed, args.conflict_rate)
    print(f"{args.documents} documents in {args.out}, {len(planted)} planted conflicts")


if __name__ == "__main__":
    main()
