"""Towns under 5,000 people: every one of the table is found by its name, in its country."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from jobparse.places.gazetteer_names import normalise
from jobparse.places.small_towns import small_towns_named

TABLE = Path(__file__).resolve().parents[1] / "src/jobparse/data/small_towns.tsv.gz"
LINES = gzip.decompress(TABLE.read_bytes()).decode("utf-8").splitlines()[1:]


@pytest.mark.parametrize("line", [LINES[0], LINES[-1], *LINES[1:-1:4999]])
def test_each_town_is_found_by_its_name(line: str) -> None:
    _, name, country, region = line.split("\t")
    found = small_towns_named(name, {country})
    assert (name, country, region or None) in [(t.name, t.country, t.region) for t in found]


def test_a_town_is_only_found_in_the_countries_asked() -> None:
    assert [t.name for t in small_towns_named("skrzyszow", {"PL"})][:1] == ["Skrzyszów"]
    assert small_towns_named("Skrzyszów", {"DE", "CZ"}) == ()
    assert small_towns_named("Atlantis of the North", {"PL"}) == ()
    assert small_towns_named("", {"PL"}) == ()


def test_the_table_is_sorted_by_key_and_keyed_by_the_gazetteers_key() -> None:
    keys = [line.split("\t", 1)[0] for line in LINES]
    assert keys == sorted(keys)
    for line in LINES[::2999]:
        key, name, _, _ = line.split("\t")
        assert key == normalise(name)
