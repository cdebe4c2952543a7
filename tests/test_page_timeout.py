"""A page that takes too long is stopped, reported and skipped: with and without --jobs.

The slow page here is simply large (thousands of table rows: a second or two of
CPU); the budget is set far below that, so the test does not depend on how
fast the machine is.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

import jobparse
from jobparse.errors import PageTimeoutError
from jobparse.running.workers import in_order
from tests.conftest import SEED_FILES


def _big_table(path: Path) -> Path:
    rows = "".join(
        f"<tr><td><a href='/job/{i}'>Software Engineer {i}</a></td><td>Berlin, Germany</td></tr>"
        for i in range(6000)
    )
    path.write_text(f"<html><body><h1>Jobs</h1><table>{rows}</table></body></html>", "utf-8")
    return path


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_page_past_its_cpu_budget_is_reported_and_the_rest_exported(
    tmp_path: Path, jobs: str
) -> None:
    slow = _big_table(tmp_path / "slow.html")
    options = ["--jobs", jobs, "--page-timeout", "0.1"]
    # A first run's empty cache: building the gazetteer is the process's cost, not the page's.
    env = {**os.environ, "JOBPARSE_CACHE_DIR": str(tmp_path / "cache")}
    done = subprocess.run(
        [sys.executable, "-m", "jobparse", "export", *options, str(slow), str(SEED_FILES[0])],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert done.returncode == 1
    assert done.stderr == (
        f"jobparse: error: {slow}: took more than 0.1 s to parse: skipped (see --page-timeout)\n"
    )
    exported = json.loads(done.stdout)
    assert {p["source"]["uri"] for p in exported} == {str(SEED_FILES[0])}
    assert len(exported) == len(jobparse.parse_file(SEED_FILES[0]))


# A stop that lands in a garbage-collector callback (hypothesis installs one) is dropped
# there with this warning; the next stop, 50 ms later, ends the page.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_the_library_reports_the_page_as_a_page_timeout_error(tmp_path: Path) -> None:
    slow = _big_table(tmp_path / "slow.html")
    (_, result), (_, postings) = jobparse.iter_pages([slow, SEED_FILES[0]], page_timeout=0.1)
    assert isinstance(result, PageTimeoutError)
    assert result.source == str(slow)
    assert isinstance(postings, list)
    assert postings
    [(_, whole)] = jobparse.iter_pages([slow], page_timeout=None)  # no budget: read in full
    assert isinstance(whole, list)
    assert len(whole) > 1000


def _sleepy(specs: list[str]) -> list[str]:
    """A task whose "hang" page never ends (as a call inside a C library might not)."""
    for spec in specs:
        if spec == "hang":
            time.sleep(3600)
    return [spec.upper() for spec in specs]


def test_a_worker_past_its_wall_clock_limit_is_ended_and_its_page_reported() -> None:
    started = time.monotonic()
    results = list(
        in_order(
            [["a", "hang", "b"], ["c"]],
            jobs=2,
            work=_sleepy,
            here=lambda batch: False,
            on_crash=lambda spec, code: f"{spec}: crashed",
            page_seconds=0.5,
            on_overdue=lambda spec: f"{spec}: too long",
        )
    )
    assert results == [("a", "A"), ("hang", "hang: too long"), ("b", "B"), ("c", "C")]
    assert time.monotonic() - started < 30
