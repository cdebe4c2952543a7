"""Parse a directory of pages with Dask on the local scheduler, writing JSON Lines partitions.

    pip install 'jobparse[dask]'
    python examples/dask_batch.py seeds/ out/          # writes out/part-0.jsonl, ...

The same building blocks (jobparse.running.distributed.page_json_lines) run on Spark
(`sc.parallelize(paths).flatMap(page_json_lines)`) or Ray (`ray.data.from_items`).
"""

from __future__ import annotations

import sys
from pathlib import Path

import dask

from jobparse.running.distributed import postings_bag


def run(
    inputs: list[str], out_dir: str, *, npartitions: int = 4, scheduler: str = "processes"
) -> list[str]:
    """Write the postings of *inputs* as JSON Lines partitions into *out_dir*; return the paths."""
    Path(out_dir).mkdir(parents=True, exist_ok=True)
    bag = postings_bag(inputs, npartitions=npartitions)
    with dask.config.set(scheduler=scheduler):
        written = bag.to_textfiles(
            str(Path(out_dir) / "part-*.jsonl"), encoding="utf-8", last_endline=True
        )
    return [str(path) for path in written]


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print("usage: dask_batch.py INPUT... OUT_DIR", file=sys.stderr)
        return 2
    for path in run(argv[:-1], argv[-1]):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
