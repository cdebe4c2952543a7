"""Benchmark jobparse against a floor that only reads pages and cuts them at Apply lines.

    python benchmarks/bench.py [--pages 100] [--repeat 3]

Builds a corpus from the seeds (each copy's postings get a distinct reference
number, so no two postings are the same text), then measures, each in a fresh
process: postings per second, MB per second and peak memory (max RSS) of
jobparse and of the floor; the time for four times the pages; and --jobs 2
against one job. Prints a table and the targets met or missed.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def build_corpus(directory: Path, pages: int) -> list[Path]:
    """Write *pages* pages cycled from the seeds, each posting marked with a unique reference."""
    seeds = [path.read_text(encoding="utf-8") for path in SEEDS]
    written = []
    for number in range(pages):
        text = seeds[number % len(seeds)]
        head, sep, body = text.partition("Search Opportunities\n")
        # A seed ends with its last Apply line and no newline: end it like the others.
        chunks = (body.rstrip("\n") + "\n").split("\nApply\n")
        marked = [
            f"{chunk.rstrip()}\n\nReference JP-{number}-{index}.\n" if chunk.strip() else chunk
            for index, chunk in enumerate(chunks)
        ]
        path = directory / f"page-{number:05d}.txt"
        path.write_text(head + sep + "\nApply\n".join(marked), encoding="utf-8")
        written.append(path)
    return written


def _floor(paths: list[Path]) -> int:
    """Read every page and cut it at lines that read exactly "Apply": the least any parser does."""
    postings = 0
    for path in paths:
        text = path.read_bytes().decode("utf-8", errors="replace")
        chunks = [c for c in text.replace("\r\n", "\n").split("\nApply\n") if c.strip()]
        postings += len(chunks)
    return postings


def _jobparse(paths: list[Path], jobs: int) -> int:
    import jobparse

    return sum(1 for _ in jobparse.iter_postings([str(p) for p in paths], jobs=jobs))


def worker(mode: str, directory: str, jobs: int) -> None:
    """Run one measurement in this process and print it as JSON."""
    paths = sorted(Path(directory).glob("*.txt"))
    if mode == "jobparse":
        import jobparse.api  # noqa: F401  (the parser's modules load on first use: load them here)
        import jobparse.places.gazetteer as gazetteer

        gazetteer.cities_named("warm-up")  # load the (cached) gazetteer outside the timing
        gazetteer.country_code("warm-up")
        gazetteer.regions_named("warm-up")
    started = time.perf_counter()
    postings = _floor(paths) if mode == "floor" else _jobparse(paths, jobs)
    elapsed = time.perf_counter() - started
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    megabytes = sum(p.stat().st_size for p in paths) / 1e6
    result = {
        "mode": mode,
        "jobs": jobs,
        "pages": len(paths),
        "postings": postings,
        "seconds": elapsed,
        "megabytes": megabytes,
        "peak_mb": peak_kb / 1024,
    }
    print(json.dumps(result))


def measure(mode: str, directory: Path, jobs: int = 1, repeat: int = 3) -> dict[str, float]:
    """The best of *repeat* runs, each in a fresh process."""
    runs = []
    for _ in range(repeat):
        command = [sys.executable, __file__, "--worker", mode, "--dir", str(directory)]
        command += ["--jobs", str(jobs)]
        output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
        runs.append(json.loads(output.strip().splitlines()[-1]))
    return min(runs, key=lambda run: run["seconds"])


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--pages", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--worker", choices=["floor", "jobparse"], help=argparse.SUPPRESS)
    parser.add_argument("--dir", help=argparse.SUPPRESS)
    parser.add_argument("--jobs", type=int, default=1, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.worker, args.dir, args.jobs)
        return 0
    with tempfile.TemporaryDirectory() as small_dir, tempfile.TemporaryDirectory() as large_dir:
        build_corpus(Path(small_dir), args.pages)
        build_corpus(Path(large_dir), 4 * args.pages)
        floor = measure("floor", Path(small_dir), repeat=args.repeat)
        one = measure("jobparse", Path(small_dir), repeat=args.repeat)
        four = measure("jobparse", Path(large_dir), repeat=args.repeat)
        two_jobs = measure("jobparse", Path(large_dir), jobs=2, repeat=args.repeat)
    larger = 4 * args.pages
    rows = [
        ("floor (read + cut at Apply)", floor),
        ("jobparse, 1 job", one),
        (f"jobparse, 1 job, {larger} pages", four),
        (f"jobparse, 2 jobs, {larger} pages", two_jobs),
    ]
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    print(
        f"{'run':<34} {'pages':>6} {'postings':>9} {'seconds':>8} "
        f"{'postings/s':>11} {'MB/s':>7} {'peak MB':>8}"
    )
    for label, run in rows:
        rate = run["postings"] / run["seconds"]
        throughput = run["megabytes"] / run["seconds"]
        print(
            f"{label:<34} {run['pages']:>6} {run['postings']:>9} {run['seconds']:>8.3f} "
            f"{rate:>11.0f} {throughput:>7.2f} {run['peak_mb']:>8.1f}"
        )
    rate = one["postings"] / one["seconds"]
    floor_ratio = one["seconds"] / floor["seconds"]
    scaling = four["seconds"] / one["seconds"]
    speedup = four["seconds"] / two_jobs["seconds"]
    targets = [
        ("postings/s on one core >= 2,000", rate, rate >= 2000),
        ("time / floor's time <= 10", floor_ratio, floor_ratio <= 10),
        ("4x pages in <= 4.4x time", scaling, scaling <= 4.4),
        ("--jobs 2 >= 1.6x faster", speedup, speedup >= 1.6),
    ]
    for label, value, met in targets:
        print(f"{'met    ' if met else 'MISSED '} {label:<36} {value:,.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
