"""The runnable examples run."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT


def test_summarise_seeds_example_runs() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "summarise_seeds.py")],
        capture_output=True,
        text=True,
        check=True,
    )
    first = done.stdout.splitlines()[0]
    assert first.endswith("distinct postings")
    assert int(first.split()[0]) == 39


def test_new_jobs_example_lists_every_job_once(tmp_path: Path) -> None:
    state = tmp_path / "jobs.sqlite"

    def run() -> list[str]:
        done = subprocess.run(
            [sys.executable, str(ROOT / "examples" / "new_jobs.py"), str(state)],
            capture_output=True,
            text=True,
            check=True,
        )
        return done.stdout.splitlines()

    first, second = run(), run()
    assert first[0] == "39 new postings"
    assert len(first) == 40
    assert second == ["0 new postings"]
