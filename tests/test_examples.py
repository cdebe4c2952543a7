"""The runnable examples run."""

from __future__ import annotations

import subprocess
import sys

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
