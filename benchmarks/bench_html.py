"""Benchmark HTML parsing on real career pages: megabytes of HTML a second on one core.

    python benchmarks/bench_html.py [--repeat 3]

Reads the 45 real pages of ``tests/pages/html_dev`` (4.8 MB: ATS boards,
listings, single postings, JSON-LD and microdata) and parses each with
``jobparse.parse``, in a fresh process per run, after one small page has
loaded the gazetteer and vocabulary tables (start-up is measured apart, by
``farm-bench`` and docs/performance.md). Prints the first pass over the
pages (nothing cached) and a second pass (the caches of names, places and
words warm, as in a crawl of many pages of one site), best of *repeat* runs,
in CPU time of the process.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "tests" / "pages" / "html_dev"
TARGET_MB_PER_SECOND = 10.0

_RUN = """
import json, sys, time, logging
logging.disable(logging.WARNING)
from pathlib import Path
pages = [(p.as_posix(), p.read_bytes()) for p in sorted(Path(sys.argv[1]).glob("*.html"))]
import jobparse
jobparse.parse(b"<p>Acme is hiring a Data Engineer in Boston, MA. Apply by 1 May 2026.</p>")
passes = []
for _ in range(2):
    started = time.process_time()
    postings = sum(len(jobparse.parse(data, uri=uri)) for uri, data in pages)
    passes.append(time.process_time() - started)
size = sum(len(d) for _, d in pages)
print(json.dumps({"bytes": size, "pages": len(pages), "postings": postings, "passes": passes}))
"""


def run_once() -> dict[str, object]:
    """One fresh process: the two passes' CPU seconds."""
    output = subprocess.run(
        [sys.executable, "-c", _RUN, str(PAGES)], check=True, capture_output=True, text=True
    ).stdout
    result: dict[str, object] = json.loads(output)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    runs = [run_once() for _ in range(args.repeat)]
    size = float(runs[0]["bytes"]) / 1e6  # type: ignore[arg-type]
    first = min(float(r["passes"][0]) for r in runs)  # type: ignore[index]
    second = min(float(r["passes"][1]) for r in runs)  # type: ignore[index]
    print(f"{runs[0]['pages']} pages, {size:.2f} MB, {runs[0]['postings']} postings")
    print(f"first pass   {first:6.3f} s   {size / first:6.2f} MB/s")
    print(f"second pass  {second:6.3f} s   {size / second:6.2f} MB/s")
    met = size / first >= TARGET_MB_PER_SECOND
    print(
        f"{'met   ' if met else 'MISSED'} first pass >= {TARGET_MB_PER_SECOND:g} MB/s on one core"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
