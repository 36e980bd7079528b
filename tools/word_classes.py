"""Build src/factaudit/data/word_classes.json, the verbs and adverbs a subject phrase stops at, from lexicons.

The subject of a figure is the noun phrase around it, and a phrase read word by word must stop where a
verb or an adverb begins ("20 individuals appear to have", "22.8 million UK net users regularly
accessing"). Which English words can only be verbs, or only adverbs, is lexicon data, not something to
hand-write. Two lexicons decide together, because each alone is wrong in a way the other catches:

- lemminflect (MIT; the NLM SPECIALIST lexicon) gives every word form its parts of speech and its verb
  inflections, but lacks the noun reading of some common words ("act", "nod", "advert");
- WordNet 3.0 (Princeton licence, as shipped in spacy-lookups-data) knows those nouns.

A form is kept as a verb when lemminflect reads it only as a verb, and either it is a past form (no past
form is a noun: "said", "appeared") or neither it nor its lemma is a noun or adjective in WordNet ("appear",
"includes"; not "acts", "says"). Forms in -ing are left out: in a subject they are as often nouns
("consumer spending") as verbs. An adverb is a form both read only as an adverb ("regularly", "instead").
The -ed words are forms in -ed with no verb reading at all ("unnamed", "undisclosed", "hatred"), which
the rule "a word in -ed after a figure is a verb" must not take for one.
The lists are sorted, so the file is deterministic and a diff shows what a new lexicon release changed.

Neither lexicon is needed to run factaudit: the JSON is shipped. To rebuild it,

    pip install -e '.[lexicon]' && python tools/word_classes.py
"""

from __future__ import annotations

import gzip
import json
import sys
from importlib.metadata import version
from pathlib import Path

import spacy_lookups_data
from lemminflect import Lemmatizer, getAllInflections, getAllLemmas

TARGET = Path(__file__).resolve().parents[1] / "src" / "factaudit" / "data" / "word_classes.json"
_VERB_TAGS = frozenset({"VERB", "AUX"})
_PAST_TAGS = ("VBD", "VBN")


def _wordnet_index() -> dict[str, frozenset[str]]:
    path = Path(str(spacy_lookups_data.get_file("en_lemma_index.json.gz")))
    with gzip.open(path, "rt", encoding="utf-8") as stream:
        return {pos: frozenset(words) for pos, words in json.load(stream).items()}


def _is_past_form(form: str, lemmas: tuple[str, ...]) -> bool:
    for lemma in lemmas:
        inflections = getAllInflections(lemma, upos="VERB")
        if any(form in inflections.get(tag, ()) for tag in _PAST_TAGS) and form != lemma:
            return True
    return False


def word_classes() -> dict[str, object]:
    wordnet = _wordnet_index()
    nominal = wordnet["noun"] | wordnet["adj"]
    verbs: list[str] = []
    adverbs: list[str] = []
    ed_words: list[str] = []
    forms = Lemmatizer()._getLemmaDict()  # the lexicon's word forms (it has no public listing)
    for form in sorted(forms):
        if not form.isalpha() or not form.islower():
            continue  # "'d", "pre-determines", names: never a plain word of a subject phrase
        tags = getAllLemmas(form)
        if tags and set(tags) <= _VERB_TAGS and not form.endswith("ing"):
            lemmas = tuple(lemma for tag in sorted(tags) for lemma in tags[tag])
            nominal_reading = form in nominal or any(lemma in nominal for lemma in lemmas)
            if _is_past_form(form, lemmas) or not nominal_reading:
                verbs.append(form)
        elif set(tags) == {"ADV"} and form not in nominal and form in wordnet["adv"]:
            adverbs.append(form)
        if tags and form.endswith("ed") and not set(tags) & _VERB_TAGS:
            ed_words.append(form)
    return {
        "source": (
            f"lemminflect {version('lemminflect')} and WordNet 3.0 (spacy-lookups-data "
            f"{version('spacy-lookups-data')}), by tools/word_classes.py"
        ),
        "verbs": verbs,
        "adverbs": adverbs,
        "ed_words": ed_words,
    }


def main() -> int:
    TARGET.write_text(json.dumps(word_classes(), ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
