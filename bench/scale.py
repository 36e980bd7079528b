"""Scale benchmark: generated corpora of growing size, audited end to end by the `factaudit` command.

For each size it reports wall time, peak memory (the largest process, and the PSS of the process tree),
candidate pairs, and the recall of the planted conflicts of a full run (the first, with an empty claim
store); then the time of a re-audit after one document changed (with the filled store) as a share of the
full run, and of the CI gate (`factaudit check`, through the same store) after one more edit. Run by
`make bench`; sizes are options (the 100,000-document run takes long).

    python bench/scale.py [--sizes 2225 20000 100000] [--work DIR] [--no-report] [--memory-log FILE]
                          [--timeline FILE] [--keep-corpus]
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from corpus import Planted, write_corpus

from factaudit.readmemo import RACY_SECONDS

FACTAUDIT = [sys.executable, "-m", "factaudit"]
# What `factaudit audit` does without the HTML report (`--no-report`): the pipeline, the claims table and
# the JSON audit, written the same way. For measuring the pipeline while the report is reworked.
_WITHOUT_REPORT = """
import sys, time
from pathlib import Path
from factaudit.audit import AuditConfig, run_audit
from factaudit.files import write_atomic
from factaudit.output import audit_payload, claims_text, dumps_json
folder, out, cache, engine = sys.argv[1:5]
config = AuditConfig(sources=(folder,), engine=engine, cache=Path(cache) if cache else None)
began = time.perf_counter()
result = run_audit(config)
audited = time.perf_counter()
write_atomic(Path(out) / "claims.csv", claims_text(result.claims, "csv"))
write_atomic(Path(out) / "audit.json", dumps_json(audit_payload(result, config.sources)))
print(f"  pipeline {audited - began:.1f} s, outputs {time.perf_counter() - audited:.1f} s, "
      f"store {result.store.as_dict()}, blocks reused {result.store.reused_blocks}, "
      f"scored {result.store.scored_blocks}", file=sys.stderr)
"""


def _audit(
    folder: Path,
    out: Path,
    cache: Path | None,
    engine: str = "local",
    report: bool = True,
    memory_log: Path | None = None,
    timeline: Path | None = None,
) -> tuple[float, int, int, dict, float]:
    """Run one audit in a child process: (seconds, peak RSS of one process in MB, peak PSS of the process
    tree in MB, JSON audit, CPU seconds of the tree). With `memory_log`, every sample of the tree is written
    there, a line each; with `timeline`, the cores each process kept busy since the sample before
    (`CpuTimeline`)."""
    command = [
        *FACTAUDIT,
        "audit",
        str(folder),
        "--json",
        str(out / "audit.json"),
        "--html",
        str(out / "audit.html"),
        "--claims",
        str(out / "claims.csv"),
        "--engine",
        engine,
    ]
    command += ["--cache", str(cache)] if cache else ["--no-cache"]
    if not report:
        command = [sys.executable, "-c", _WITHOUT_REPORT, str(folder), str(out), str(cache or ""), engine]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL)
    tree_peak, at_peak = 0, ""
    # The largest PSS each kind of process reached, by name (kB): which one to look at next.
    largest: dict[str, int] = {}
    log = memory_log.open("a", encoding="utf-8") if memory_log else None
    busy = CpuTimeline(process.pid, timeline)
    while process.poll() is None:
        memory = _tree_memory_kb(process.pid)
        busy.sample(time.perf_counter() - start, {pid: name for pid, (_, _, name) in memory.items()})
        # Side processes bear the name of their work (engine.ForkedAside, engine.StandbyAside: `standby`
        # while it waits for work).
        sample = f"{time.perf_counter() - start:.0f} s: " + ", ".join(
            f"{'audit' if pid == process.pid else name} {pss // 1024}/{private // 1024}"
            for pid, (pss, private, name) in sorted(memory.items())
        )
        if log:
            print(f"{sum(pss for pss, _, _ in memory.values()) // 1024} MB at {sample}", file=log, flush=True)
        for pid, (pss, _, name) in memory.items():
            name = "audit" if pid == process.pid else name
            largest[name] = max(largest.get(name, 0), pss)
        if sum(pss for pss, _, _ in memory.values()) > tree_peak:
            tree_peak, at_peak = sum(pss for pss, _, _ in memory.values()), sample
        time.sleep(PSS_SAMPLE_SECONDS)
    if log:
        log.close()
    seconds = time.perf_counter() - start
    # Which processes held the peak, and how much of each was its own (PSS/Private_Dirty, MB): a forked
    # process shares its parent's pages until either writes to them. The CPU time of the whole tree (its
    # processes are all waited for) compares runs on a machine others share, where wall time does not.
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = used.ru_utime + used.ru_stime - before.ru_utime - before.ru_stime
    print(f"  CPU {cpu:.1f} s; tree peak at {at_peak}", file=sys.stderr)
    each = ", ".join(
        f"{name} {pss // 1024}" for name, pss in sorted(largest.items(), key=lambda item: -item[1])
    )
    print(f"  largest PSS of each process (MB): {each}", file=sys.stderr)
    print(f"  {busy.summary(seconds, cpu)}", file=sys.stderr)
    if process.returncode:
        raise subprocess.CalledProcessError(process.returncode, command)
    peak = used.ru_maxrss
    payload = json.loads((out / "audit.json").read_text(encoding="utf-8"))
    # ru_maxrss is the largest child so far (kB on Linux): exact for the first and for any larger run.
    return seconds, max(peak, before.ru_maxrss) // 1024, tree_peak // 1024, payload, cpu


# How often the memory of the audit's process tree is read. The audit forks workers that share its pages:
# the RSS of one forked worker counts every page it shares with its parent, the sum of RSS counts them
# twice. PSS (proportional set size) shares each page among the processes that map it, so the sum of PSS
# over the tree is the memory the run holds. Sampled, so a peak shorter than this can be missed. Reading
# smaps_rollup walks the page tables of a process of several GB: at 0.25 s the 20,000-document run took
# 73.7 s instead of about 65 s, so once a second.
PSS_SAMPLE_SECONDS = 1.0


class CpuTimeline:
    """The CPU time each process of an audit's tree used between two samples, under the name it bore then
    (the audit itself; its extraction workers, which keep their parent's name; the side processes, named
    after their work, `standby` while they wait): which process kept a core busy when, and how long the
    machine's cores stood idle while the audit ran. Read from /proc/PID/stat (Linux; nothing elsewhere).
    What a process used after the last sample that saw it is not counted by name: the tree's CPU time
    (from the kernel, when all have been waited for) is the total."""

    def __init__(self, root: int, log: Path | None = None) -> None:
        self._root = root
        self._log = log
        self._used: dict[int, float] = {}  # each process's CPU seconds at the sample before
        self._at = 0.0  # when that sample was taken (seconds since the start)
        self.by_name: dict[str, float] = {}

    def sample(self, elapsed: float, names: dict[int, str]) -> None:
        """Read the CPU time of each process named (pid -> name), and add what each used since the sample
        before to its name; with a log, write the cores each name kept busy meanwhile, a line a sample."""
        busy: dict[str, float] = {}
        for pid, name in names.items():
            used = _cpu_seconds(pid)
            if used is None:
                continue
            name = "audit" if pid == self._root else name
            busy[name] = busy.get(name, 0.0) + used - self._used.get(pid, 0.0)
            self._used[pid] = used
        for name, seconds in busy.items():
            self.by_name[name] = self.by_name.get(name, 0.0) + seconds
        interval, self._at = elapsed - self._at, elapsed
        if self._log is not None and interval > 0:
            cores = ", ".join(
                f"{name} {seconds / interval:.2f}" for name, seconds in sorted(busy.items()) if seconds > 0
            )
            with self._log.open("a", encoding="utf-8") as log:
                print(f"{elapsed:.0f} s: {sum(busy.values()) / interval:.2f} cores busy: {cores}", file=log)

    def summary(self, seconds: float, cpu: float) -> str:
        """The CPU seconds of each name, most first, and the cores' idle time over `seconds` of wall time
        given the tree's `cpu` seconds."""
        cores = os.cpu_count() or 1
        named = ", ".join(
            f"{name} {used:.1f}" for name, used in sorted(self.by_name.items(), key=lambda item: -item[1])
        )
        idle = max(0.0, cores * seconds - cpu)
        return (
            f"CPU by process (s): {named}; {cores} cores idle {idle:.1f} core-s of {cores * seconds:.1f} "
            f"({idle / (cores * seconds):.0%}; the machine's other jobs included)"
        )


def _cpu_seconds(pid: int) -> float | None:
    """The user and system CPU seconds process `pid` has used, None when /proc cannot tell."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return (int(fields[11]) + int(fields[12])) / _CLOCK_TICKS


_CLOCK_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def _check(folder: Path, cache: Path) -> tuple[float, float]:
    """Run the CI gate (`factaudit check`, JSON report to nowhere) on the folder with the claim store, in a
    child process: (seconds, CPU seconds of its process tree). It exits 1 when findings are new (there is
    no baseline here)."""
    command = [*FACTAUDIT, "check", str(folder), "--cache", str(cache), "--format", "json"]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    returncode = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
    seconds = time.perf_counter() - start
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    if returncode not in (0, 1):
        raise subprocess.CalledProcessError(returncode, command)
    return seconds, used.ru_utime + used.ru_stime - before.ru_utime - before.ru_stime


def _reuse_key(cache: Path) -> str | None:
    """The key of the text-reuse notes stored beside the claim store (`report/reusememo.py`), None when
    there are none: a re-audit that changes it searched again (its edit was among the documents searched),
    which a re-audit whose edit is elsewhere does not."""
    try:
        return json.loads(cache.with_name(cache.stem + ".reuse.json").read_text(encoding="utf-8")).get("key")
    except (OSError, ValueError, AttributeError):
        return None


def _tree_memory_kb(root: int) -> dict[int, tuple[int, int, str]]:
    """The PSS and the Private_Dirty (kB) and the name of `root` and of each of its descendants, from
    /proc (Linux); empty where /proc cannot tell."""
    parents: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            parents[int(stat.parent.name)] = int(stat.read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue
    tree, frontier = {root}, [root]
    while frontier:
        frontier = [pid for pid, parent in parents.items() if parent in frontier and pid not in tree]
        tree.update(frontier)
    memory = {}
    for pid in tree:
        try:
            rollup = Path(f"/proc/{pid}/smaps_rollup").read_text()
            name = Path(f"/proc/{pid}/comm").read_text().strip()
        except OSError:
            continue
        fields = {line.split()[0]: line.split()[1] for line in rollup.splitlines()[1:] if line.strip()}
        memory[pid] = (int(fields.get("Pss:", 0)), int(fields.get("Private_Dirty:", 0)), name)
    return memory


def recall(payload: dict, planted: list[Planted]) -> float:
    """Share of planted conflicts reported as a number conflict between the two documents."""
    if not planted:
        return 1.0
    claims = {c["claim_id"]: c for c in payload["claims"]}
    conflicts: dict[frozenset[str], list[list[dict]]] = {}
    for finding in payload["findings"]:
        if finding["kind"] == "number_conflict":
            members = [claims[i] for i in finding["claim_ids"]]
            conflicts.setdefault(frozenset(c["doc_id"] for c in members), []).append(members)

    def found(p: Planted) -> bool:
        return any(
            any(c["doc_id"] == p.source and p.original in c["text"] for c in members)
            and any(c["doc_id"] == p.rewrite and p.changed in c["text"] for c in members)
            for members in conflicts.get(frozenset((p.source, p.rewrite)), [])
        )

    return sum(found(p) for p in planted) / len(planted)


def run(
    sizes: list[int],
    work: Path,
    report: bool = True,
    memory_log: Path | None = None,
    timeline: Path | None = None,
    keep_corpus: bool = False,
) -> list[dict]:
    results = []
    for size in sizes:
        folder = work / f"corpus-{size}"
        planted = _kept_corpus(folder) if keep_corpus else None
        if planted is None:
            planted = write_corpus(folder, size)
        # Files younger than RACY_SECONDS when an audit starts are read again by the next one (the ingest
        # memo trusts only settled files): audited at once, the thousands written last were read again by
        # the re-audit, which then measured the generator, not an edit.
        time.sleep(RACY_SECONDS)
        out = work / f"out-{size}"
        out.mkdir(exist_ok=True)
        # The full run is the first one with an empty claim store: what a newsroom runs once per archive.
        cache = work / f"cache-{size}.parquet"
        # Every store kept beside it goes too (blocks, findings, checks, document memo, text reuse): left
        # from an earlier run on the same folder, they made the full run a partly warm one.
        for stored in cache.parent.glob(f"{cache.stem}.*"):
            if stored.is_dir():
                shutil.rmtree(stored)
            else:
                stored.unlink()
        seconds, peak, tree_peak, payload, cpu = _audit(
            folder, out, cache, report=report, memory_log=memory_log, timeline=timeline
        )
        edited = next(folder.rglob("*.md"))
        original = edited.read_text(encoding="utf-8")
        edited.write_text(original + "\nLater, 12 more people were reported.\n")
        notes_before = _reuse_key(cache)
        again, _, _, _, again_cpu = _audit(folder, out, cache, report=report)
        # The CI gate after one more edit: the same pipeline through the same store, without the outputs.
        edited.write_text(edited.read_text(encoding="utf-8") + "\nLater, 14 more people were reported.\n")
        notes_after = _reuse_key(cache) if report else None
        rechecked, rechecked_cpu = _check(folder, cache)
        edited.write_text(original, encoding="utf-8")  # the corpus as generated, for a run that keeps it
        row = {
            "documents": size,
            "seconds": round(seconds, 1),
            "peak_mb": peak,
            "peak_pss_mb": tree_peak,
            "claims": payload["summary"]["claims"],
            "candidate_pairs": payload["summary"]["matching"]["candidate_pairs"],
            "findings": payload["summary"]["findings"],
            "planted": len(planted),
            "recall": round(recall(payload, planted), 3),
            "reaudit_seconds": round(again, 1),
            "reaudit_share": round(again / seconds, 3),
            "recheck_seconds": round(rechecked, 1),
            "recheck_share": round(rechecked / seconds, 3),
            # CPU of the process trees: on a machine others share, a fairer ratio than wall time.
            "cpu_seconds": round(cpu, 1),
            "reaudit_cpu_share": round(again_cpu / cpu, 3) if cpu else None,
            "recheck_cpu_share": round(rechecked_cpu / cpu, 3) if cpu else None,
            # Whether the re-audit searched text reuse again (its edit was among the documents searched:
            # 5,000 of them) or took the stored notes: about 6.5 s of CPU at 20,000 documents. None when
            # no notes are stored: up to 5,000 documents every audit searches, aside, while it matches.
            "reaudit_searched_reuse": None if notes_after is None else notes_after != notes_before,
            "report": report,
            "json_mb": round((out / "audit.json").stat().st_size / 1e6, 1),
            "html_mb": round((out / "audit.html").stat().st_size / 1e6, 1) if report else None,
            "blocks": payload["summary"]["matching"]["blocks"],
            "largest_block": payload["summary"]["matching"]["largest_block"],
            "split_blocks": len(payload["summary"]["matching"]["split_blocks"]),
        }
        print(json.dumps(row), flush=True)
        results.append(row)
    for smaller, larger in itertools.pairwise(results):
        growth = larger["seconds"] / smaller["seconds"]
        scale = larger["documents"] / smaller["documents"]
        print(f"{smaller['documents']} -> {larger['documents']} documents ({scale:.1f}x): time x{growth:.1f}")
    return results


def _kept_corpus(folder: Path) -> list[Planted] | None:
    """The planted conflicts of a corpus generated before in `folder`, None when there is none: made once,
    a 100,000-document corpus serves every later run (its writing takes minutes)."""
    planted = folder.parent / f"{folder.name}.planted.json"
    if not folder.is_dir() or not planted.is_file():
        return None
    return [Planted(**item) for item in json.loads(planted.read_text(encoding="utf-8"))]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[2225, 20000, 100000])
    parser.add_argument("--work", type=Path)
    parser.add_argument(
        "--no-report",
        action="store_true",
        help="measure the pipeline and the JSON audit, not the HTML report",
    )
    parser.add_argument(
        "--memory-log",
        type=Path,
        help="append every memory sample of each full run here (MB of the tree, then PSS/Private_Dirty "
        "MB of each process by name)",
    )
    parser.add_argument(
        "--timeline",
        type=Path,
        help="append the cores each process of each full run kept busy, a line a second (by name: audit, "
        "python for the extraction workers, the side processes by their work)",
    )
    parser.add_argument(
        "--keep-corpus",
        action="store_true",
        help="audit the corpus already in the work folder (with its .planted.json) instead of writing it "
        "again (each run puts back the document its re-audit edits)",
    )
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="factaudit-scale-"))
    try:
        run(
            args.sizes,
            work,
            report=not args.no_report,
            memory_log=args.memory_log,
            timeline=args.timeline,
            keep_corpus=args.keep_corpus,
        )
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
