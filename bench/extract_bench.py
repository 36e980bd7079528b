"""Extraction speed on the BBC corpus: `factaudit extract` as one process vs quantulum3 and a digit regex.

Writes the 2,225 articles of ../shared/corpora/bbc_news.csv to a temporary folder of .txt files, runs
`factaudit extract` over the folder as ONE process (start-up included, peak memory from the child's
rusage), runs quantulum3 in this process on a sample, and a plain digit-group regex over every text.
Prints documents per second for each, the ratios and the peak memory; then where the time of the one
process goes (start-up, and reading + extracting + writing measured in this process, in wall and in CPU
seconds: on a loaded machine only the CPU figures compare across runs), and the rate of
`factaudit extract --jobs 2` (several cores: not the one-core figure). A benchmark, not a test.
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
from collections.abc import Callable
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "bbc_news.csv"
# quantulum3 reads about 12 documents a second: a sample keeps the run under a minute.
QUANTULUM_SAMPLE = 200
# Timed runs of the start-up and of each in-process pass (wall and CPU clocks); the fastest is reported
# (other load only slows).
REPEATS = 3
_DIGIT_GROUPS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")


def read_corpus(path: Path) -> list[str]:
    with path.open(encoding="utf-8", newline="") as stream:
        return [row["text"] for row in csv.DictReader(stream)]


def _factaudit() -> str:
    return str(Path(sys.executable).with_name("factaudit"))


def _run_extract(folder: Path, output: Path, jobs: int = 1) -> float:
    start = time.perf_counter()
    command = [_factaudit(), "extract", str(folder), "-o", str(output), "--jobs", str(jobs)]
    subprocess.run(command, check=True)
    return time.perf_counter() - start


def bench_startup(work: Path) -> float:
    """Seconds `factaudit extract` takes on one one-line document: interpreter, imports, output."""
    folder = work / "one"
    folder.mkdir()
    (folder / "one.txt").write_text("Sales rose 3% to 1,200 units in 2020.\n", encoding="utf-8")
    return min(_run_extract(folder, work / "one.csv") for _ in range(REPEATS))


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def bench_factaudit(texts: list[str], work: Path) -> tuple[float, float, float, int]:
    """(seconds, CPU seconds, peak MB, claims) of one `factaudit extract` process over the corpus as .txt
    files. CPU seconds, unlike wall time, leave out waiting for a core that other work holds."""
    folder = work / "corpus"
    folder.mkdir()
    for index, text in enumerate(texts):
        Path(folder, f"{index:04d}.txt").write_text(text, encoding="utf-8")
    output = work / "claims.csv"
    cpu = _children_cpu()
    seconds = _run_extract(folder, output)
    cpu = _children_cpu() - cpu
    # ru_maxrss of the children is the largest of any child so far: the corpus run is the largest.
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    with output.open(encoding="utf-8", newline="") as stream:
        claims = sum(1 for _ in csv.reader(stream)) - 1
    return seconds, cpu, peak_mb, claims


def bench_parallel(work: Path, jobs: int) -> float:
    """Seconds of `factaudit extract --jobs N` over the corpus folder (start-up included)."""
    return _run_extract(work / "corpus", work / "claims-parallel.csv", jobs)


def bench_in_process(folder: Path, clock: Callable[[], float] = time.perf_counter) -> dict[str, float]:
    """Seconds of each step of `factaudit extract` over the folder, in this process (no start-up), by
    `clock` (`time.process_time`: CPU seconds, which other work on the machine does not add to). The
    claims are written as the command writes them, from the claims themselves: through a DataFrame the
    same text took a third longer, and pandas' import another 0.45 s that the command never pays."""
    from factaudit.extract import extract_claims
    from factaudit.ingest import load_corpus
    from factaudit.output import claim_record, records_text

    best: dict[str, float] = {}
    for _ in range(REPEATS):
        start = clock()
        corpus = load_corpus([folder])
        read = clock()
        claims = [claim for document in corpus.documents for claim in extract_claims(document)]
        extracted = clock()
        records_text([claim_record(claim) for claim in claims], "csv")
        written = clock()
        steps = {"read": read - start, "extract": extracted - read, "write": written - extracted}
        steps["total"] = written - start
        best = {name: min(best.get(name, seconds), seconds) for name, seconds in steps.items()}
    return best


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
    options.add_argument("--jobs", type=int, default=2, help="processes of the parallel run (0: skip it)")
    args = options.parse_args()
    texts = read_corpus(args.corpus)
    with tempfile.TemporaryDirectory() as name:
        work = Path(name)
        startup = bench_startup(work)
        seconds, cpu, peak_mb, claims = bench_factaudit(texts, work)
        steps = bench_in_process(work / "corpus")
        cpu_steps = bench_in_process(work / "corpus", time.process_time)
        parallel = bench_parallel(work, args.jobs) if args.jobs > 1 else None
    fa_rate = len(texts) / seconds
    print(
        f"factaudit extract : {len(texts)} docs in {seconds:.2f} s = {fa_rate:,.0f} docs/s "
        f"(one process, start-up included), {claims} claims, peak {peak_mb:.0f} MB"
    )
    print(f"  CPU time        : {cpu:.2f} s = {len(texts) / cpu:,.0f} docs per CPU second")
    print(
        f"  of which        : start-up {startup:.2f} s (one-document run); in process "
        f"{len(texts) / steps['total']:,.0f} docs/s = read {steps['read']:.2f} s + extract "
        f"{steps['extract']:.2f} s + write {steps['write']:.2f} s"
    )
    print(
        f"  in CPU seconds  : {len(texts) / cpu_steps['total']:,.0f} docs per CPU second in process = read "
        f"{cpu_steps['read']:.2f} s + extract {cpu_steps['extract']:.2f} s + write {cpu_steps['write']:.2f} s"
    )
    if parallel is not None:
        print(
            f"  --jobs {args.jobs}       : {len(texts)} docs in {parallel:.2f} s = "
            f"{len(texts) / parallel:,.0f} docs/s ({args.jobs} processes, start-up included)"
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
        f"peak memory       : factaudit {peak_mb:.0f} MB, "
        f"this process (in-process pass, quantulum3, regex) {self_mb:.0f} MB"
    )


if __name__ == "__main__":
    main()
