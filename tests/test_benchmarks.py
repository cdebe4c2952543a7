"""The benchmark scripts measure what they say: the corpus, the floor, the floods."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import jobparse
from jobparse import patterns

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
bench = pytest.importorskip("bench")
floods = pytest.importorskip("floods")


def test_corpus_pages_hold_distinct_postings_that_the_floor_and_jobparse_count_alike(
    tmp_path: Path,
) -> None:
    paths = bench.build_corpus(tmp_path, 4)
    assert len(paths) == 4
    postings = list(jobparse.iter_postings([str(p) for p in paths]))
    assert len({p.id for p in postings}) == len(postings)  # no two postings are the same text
    assert bench._floor(paths) == len(postings)


def test_floods_cover_every_anchor_word_and_time_a_parse() -> None:
    units = floods.units()
    for value in patterns.all_patterns().values():
        if isinstance(value, patterns.Prefiltered):
            assert {a.strip() for a in value.anchors if a.strip()} <= set(units)
    assert floods.seconds("seeking", 2_000) > 0


def test_the_startup_benchmark_times_a_child_and_reads_its_own_peak() -> None:
    startup = pytest.importorskip("bench_startup")
    seconds, peak_mb = startup.run([sys.executable, "-c", "x = bytearray(64 * 2**20)"], {})
    assert seconds > 0
    assert peak_mb >= 64  # the child's 64 MB, not this process's
    with pytest.raises(SystemExit, match="failed"):
        startup.run([sys.executable, "-c", "raise SystemExit(3)"], {})
