from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

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
