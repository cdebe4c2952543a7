"""Benchmark what a person waits for at the command line: start-up, and the seeds exported.

    python benchmarks/bench_startup.py [--repeat 9]

Each command runs in a fresh process, in turn with bare Python (``python -c
pass``, the same interpreter) so that a ratio compares runs taken moments
apart; the median ratio and the median time are reported. "Warm" means the
gazetteer file is in the cache directory; "cold" gives every run an empty
cache directory (what the README's first command meets). Peak memory is the
child's own (``wait4``). Python's byte-code cache is written once before
timing and ``PYTHONDONTWRITEBYTECODE`` is cleared for the children, as on a
user's machine. Prints a table and the targets met or missed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
BIN = Path(sys.executable).parent


def _command(name: str) -> list[str]:
    """The console script *name* beside this Python, else ``python -m jobparse``."""
    script = BIN / name
    return [str(script)] if script.exists() else [sys.executable, "-m", "jobparse"]


def run(command: Sequence[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds and peak MB of one run of *command* (which must succeed)."""
    with tempfile.TemporaryFile() as errors:
        started = time.perf_counter()
        process = subprocess.Popen(
            command, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=errors
        )
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode != 0:
            errors.seek(0)
            raise SystemExit(f"{' '.join(command)} failed: {errors.read().decode()}")
    return elapsed, usage.ru_maxrss / 1024  # ru_maxrss: kilobytes on Linux


def measure(
    command: Sequence[str], env: dict[str, str], repeat: int, *, cold: bool = False
) -> dict[str, float]:
    """Median time, ratio to bare Python and peak MB of *command*, run *repeat* times."""
    bare = [sys.executable, "-c", "pass"]
    times, ratios, peaks = [], [], []
    for _ in range(repeat):
        run_env = dict(env)
        cache = tempfile.mkdtemp(prefix="jobparse-cold-") if cold else None
        if cache is not None:
            run_env["JOBPARSE_CACHE_DIR"] = cache
        try:
            seconds, peak = run(command, run_env)
        finally:
            if cache is not None:
                shutil.rmtree(cache, ignore_errors=True)
        base, _ = run(bare, env)
        times.append(seconds)
        ratios.append(seconds / base)
        peaks.append(peak)
    return {
        "seconds": statistics.median(times),
        "best": min(times),
        "ratio": statistics.median(ratios),
        "peak_mb": max(peaks),
    }


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--repeat", type=int, default=9)
    args = parser.parse_args()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    jobparse = _command("jobparse")
    with tempfile.TemporaryDirectory() as scratch:
        output = str(Path(scratch) / "postings.json")
        export = [*jobparse, "export", "-o", output, str(SEEDS)]
        run([sys.executable, "-m", "compileall", "-q", str(ROOT / "src")], env)  # byte code
        run(export, env)  # the warm cache
        rows = [
            ("python -c 'import jobparse'", [sys.executable, "-c", "import jobparse"], False),
            ("jobparse --version", [*jobparse, "--version"], False),
            ("jobparse formats", [*jobparse, "formats"], False),
            ("jobparse export -o F seeds/ (warm)", export, False),
            ("jobparse export -o F seeds/ (cold)", export, True),
        ]
        results = {
            label: measure(command, env, args.repeat, cold=cold) for label, command, cold in rows
        }
    bare = measure([sys.executable, "-c", "pass"], env, args.repeat)
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    print(f"bare Python: {bare['seconds'] * 1000:.1f} ms (median of {args.repeat})")
    print(f"{'command':<38} {'median s':>9} {'best s':>8} {'x bare':>7} {'peak MB':>8}")
    for label, result in results.items():
        print(
            f"{label:<38} {result['seconds']:>9.3f} {result['best']:>8.3f} "
            f"{result['ratio']:>7.1f} {result['peak_mb']:>8.1f}"
        )
    imported = results["python -c 'import jobparse'"]["ratio"]
    version = results["jobparse --version"]["ratio"]
    formats = results["jobparse formats"]["ratio"]
    warm = results["jobparse export -o F seeds/ (warm)"]["seconds"]
    cold = results["jobparse export -o F seeds/ (cold)"]
    targets = [
        ("import jobparse <= 4x bare Python", imported, imported <= 4),
        ("--version <= 6x bare Python", version, version <= 6),
        ("formats <= 6x bare Python", formats, formats <= 6),
        ("warm export of the seeds <= 0.25 s", warm, warm <= 0.25),
        ("cold export of the seeds <= 1 s", cold["seconds"], cold["seconds"] <= 1),
        ("cold export peak <= 120 MB", cold["peak_mb"], cold["peak_mb"] <= 120),
    ]
    for label, value, met in targets:
        print(f"{'met    ' if met else 'MISSED '} {label:<38} {value:,.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
