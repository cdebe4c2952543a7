"""Benchmark HTML parsing on real career pages, as a ratio to lxml parsing the same bytes.

    python benchmarks/bench_html.py [--repeat 5]

Reads the real pages of ``tests/pages/html_dev``, ``html_dev_2`` and
``html_dev_3`` (117 pages, 9.5 MB: the three HTML sets of ``../shared``,
copied there: ATS boards, listings, single postings, JSON-LD and microdata,
17 languages) and, in a fresh process per run, with every module of the
parser imported beforehand (start-up is measured apart, by
``bench_startup.py``):

- the **floor**: ``lxml.html.fromstring`` of each page's bytes, once before
  and once after the parser's passes (the median of the two);
- the parser's **first pass** over the pages (nothing cached) and a
  **second pass** (the caches of names, places and words warm, as in a crawl
  of many pages of one site), in CPU time of the process.

Prints the median of *repeat* runs and the ratio of each pass to the floor
of the same run (issue 25's target: the first pass within 8x).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SETS = [ROOT / "tests" / "pages" / name for name in ("html_dev", "html_dev_2", "html_dev_3")]
TARGET_RATIO = 8.0

_RUN = """
import importlib, json, logging, pkgutil, sys, time
logging.disable(logging.WARNING)
from pathlib import Path
import lxml.html
import jobparse
for module in pkgutil.walk_packages(jobparse.__path__, "jobparse."):
    if not module.name.startswith(("jobparse.__main__", "jobparse._moved")):
        importlib.import_module(module.name)
paths = [p for d in sys.argv[1:] for p in sorted(Path(d).glob("*.html"))]
pages = [(p.as_posix(), p.read_bytes()) for p in paths]
jobparse.parse(b"<p>Acme is hiring a Data Engineer in Boston, MA. Apply by 1 May 2026.</p>")

def floor():
    started = time.process_time()
    for _, data in pages:
        lxml.html.fromstring(data)
    return time.process_time() - started

floors = [floor()]
passes = []
for _ in range(2):
    started = time.process_time()
    postings = sum(len(jobparse.parse(data, uri=uri)) for uri, data in pages)
    passes.append(time.process_time() - started)
floors.append(floor())
size = sum(len(d) for _, d in pages)
print(json.dumps({"bytes": size, "pages": len(pages), "postings": postings,
                  "passes": passes, "floors": floors}))
"""


def run_once() -> dict[str, object]:
    """One fresh process: the floor's and the two passes' CPU seconds."""
    output = subprocess.run(
        [sys.executable, "-c", _RUN, *map(str, SETS)], check=True, capture_output=True, text=True
    ).stdout
    result: dict[str, object] = json.loads(output)
    return result


def summary(runs: list[dict[str, object]]) -> dict[str, float]:
    """Medians over the runs: seconds of the floor and of each pass, and each pass's ratio."""

    def median(values: list[float]) -> float:
        return float(statistics.median(values))

    floors = [median(run["floors"]) for run in runs]  # type: ignore[arg-type]
    first = [float(run["passes"][0]) for run in runs]  # type: ignore[index]
    second = [float(run["passes"][1]) for run in runs]  # type: ignore[index]
    return {
        "floor": median(floors),
        "first": median(first),
        "second": median(second),
        "first_ratio": median([f / b for f, b in zip(first, floors, strict=True)]),
        "second_ratio": median([s / b for s, b in zip(second, floors, strict=True)]),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    runs = [run_once() for _ in range(args.repeat)]
    size = float(runs[0]["bytes"]) / 1e6  # type: ignore[arg-type]
    figures = summary(runs)
    print(f"{runs[0]['pages']} pages, {size:.2f} MB, {runs[0]['postings']} postings")
    print(f"{'run (median of ' + str(args.repeat) + ')':28} {'CPU s':>7} {'MB/s':>7} {'x lxml':>7}")
    print(f"{'lxml.html.fromstring':28} {figures['floor']:7.3f} {size / figures['floor']:7.1f}")
    for name in ("first", "second"):
        seconds, ratio = figures[name], figures[f"{name}_ratio"]
        label = f"jobparse, {name} pass"
        print(f"{label:28} {seconds:7.3f} {size / seconds:7.2f} {ratio:7.1f}")
    met = figures["first_ratio"] <= TARGET_RATIO
    print(f"{'met   ' if met else 'MISSED'} first pass <= {TARGET_RATIO:g}x lxml.html")
    return 0


if __name__ == "__main__":
    sys.exit(main())
