"""What every test shares: the seeds, their labels, and a plugin environment of its own.

Third-party exporter plugins installed beside jobparse (the project's own
``examples/jobparse-markdown``, say) do not load in the tests, in this process
or in the processes tests start: a test of plugins installs and names its own
(``tests/test_plugins.py``). Tests that count formats then hold wherever they run.

Hypothesis draws its examples from a fixed seed (``derandomize``): a run of
the suite is the same run on every machine and every day. A new example is
found by raising ``max_examples`` locally, never by chance in CI.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

settings.register_profile("jobparse", derandomize=True)
settings.load_profile("jobparse")

os.environ["JOBPARSE_LOAD_PLUGINS"] = ""  # no installed plugin loads unless a test names it

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = Path(__file__).resolve().parent / "gold" / "seeds.jsonl"
SEED_FILES = sorted(SEEDS.glob("*.txt"))


def load_gold() -> list[dict[str, Any]]:
    with GOLD.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


@pytest.fixture(scope="session")
def gold() -> list[dict[str, Any]]:
    return load_gold()


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS
