"""Extraction speed on the BBC corpus: `factaudit extract` as one process vs quantulum3 and a digit regex.

Writes the 2,225 articles of ../shared/corpora/bbc_news.csv to a temporary folder of .txt files, runs
`factaudit extract` over the folder as ONE process (start-up included, peak memory from the child's
rusage), runs quantulum3 in this process on a sample, and a plain digit-group regex over every text.
Prints documents per second for each, the ratios and the peak memory. A benchmark, not a test.
"""

from __future__ import annotations

import argparse
import csv
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "bbc_news.csv"
# quantulum3 reads about 12 documents a second: a sample keeps the run under a minute.
QUANTULUM_SAMPLE = 200
_DIGIT_GROUPS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")


def read_corpus(path: Path) -> list[str]:
    with path.open(encoding="utf-8", newline="") as stream:
        return [row["text"] for row in csv.DictReader(stream)]


def bench_factaudit(texts: list[str]) -> tuple[float, float, int]:
    """(seconds, peak MB, claims) of one `factaudit extract` process over the corpus as .txt files."""
    with tempfile.TemporaryDirectory() as folder:
        for index, text in enumerate(texts):
            Path(folder, f"{index:04d}.txt").write_text(text, encoding="utf-8")
        output = Path(folder, "claims.csv")
        factaudit = Path(sys.executable).with_name("factaudit")
        start = time.perf_counter()
        subprocess.run([str(factaudit), "extract", folder, "-o", str(output)], check=True)
        seconds = time.perf_counter() - start
        claims = sum(1 for _ in csv.reader(output.open(encoding="utf-8"))) - 1
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return seconds, peak_mb, claims


def bench_quantulum(texts: list[str]) -> tuple[float, int]:
    from quantulum3 import parser

    start = time.perf_counter()
    found = sum(len(parser.parse(text)) for text in texts)
    return time.perf_counter() - start, found


def bench_regex(texts: list[str]) -> tuple[float, int]:
    start = time.perf_counter()
    found = sum(len(_DIGIT_GROUPS.findall(text)) for text in texts)
    return time.perf_counter() - start, found


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__)
    options.add_argument("--corpus", type=Path, default=CORPUS)
    options.add_argument("--quantulum-sample", type=int, default=QUANTULUM_SAMPLE)
    args = options.parse_args()
    texts = read_corpus(args.corpus)
    seconds, peak_mb, claims = bench_factaudit(texts)
    fa_rate = len(texts) / seconds
    print(
        f"factaudit extract : {len(texts)} docs in {seconds:.2f} s = {fa_rate:,.0f} docs/s "
        f"(one process, start-up included), {claims} claims, peak {peak_mb:.0f} MB"
    )
    sample = texts[: args.quantulum_sample]
    q_seconds, q_found = bench_quantulum(sample)
    q_rate = len(sample) / q_seconds
    print(
        f"quantulum3        : {len(sample)} docs in {q_seconds:.2f} s = {q_rate:,.1f} docs/s, "
        f"{q_found} quantities"
    )
    r_seconds, r_found = bench_regex(texts)
    r_rate = len(texts) / r_seconds
    print(
        f"digit-group regex : {len(texts)} docs in {r_seconds:.3f} s = {r_rate:,.0f} docs/s, "
        f"{r_found} matches"
    )
    print(
        f"ratios            : factaudit / quantulum3 = {fa_rate / q_rate:.1f}x, "
        f"regex / factaudit = {r_rate / fa_rate:.0f}x"
    )
    self_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"peak memory       : factaudit {peak_mb:.0f} MB, this process (quantulum3, regex) {self_mb:.0f} MB"
    )


if __name__ == "__main__":
    main()
