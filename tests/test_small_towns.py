"""Towns under 5,000 people (and CJK and Cyrillic names of towns under 100,000): each found."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from jobparse.places.gazetteer_names import normalise
from jobparse.places.small_towns import small_towns_named

TABLE = Path(__file__).resolve().parents[1] / "src/jobparse/data/small_towns.tsv.gz"
LINES = gzip.decompress(TABLE.read_bytes()).decode("utf-8").splitlines()[1:]


def _cjk(key: str) -> bool:
    return not key.isascii() and any("\u3040" <= c <= "\u9fff" or c >= "\uac00" for c in key)


def _cyrillic(key: str) -> bool:
    return any("\u0400" <= c <= "\u04ff" for c in key)


def _by_its_other_name(key: str) -> bool:
    """Whether a line is keyed by a town's CJK or Cyrillic name, not its own (Latin) name."""
    return _cjk(key) or _cyrillic(key)


@pytest.mark.parametrize("line", [LINES[0], LINES[-1], *LINES[1:-1:4999]])
def test_each_town_is_found_by_its_name(line: str) -> None:
    # a town's name, or for a line keyed by its CJK or Cyrillic name, that name
    key, name, country, region = line.split("\t")
    found = small_towns_named(key if _by_its_other_name(key) else name, {country})
    assert (name, country, region or None) in [(t.name, t.country, t.region) for t in found]


def test_a_towns_cjk_name_finds_it_in_an_address() -> None:
    # Minamiashigara (41,000 people) by its kanji: read only after its prefecture
    assert [t.name for t in small_towns_named("南足柄市", {"JP"})] == ["Minamiashigara"]
    assert small_towns_named("南足柄市", {"CN"}) == ()


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
        assert key == normalise(key if _by_its_other_name(key) else name)


def test_a_towns_cyrillic_name_finds_it() -> None:
    # Furmanov (38,000 people) by its Russian name: read only after "г." or in an address
    assert [t.name for t in small_towns_named("Фурманов", {"RU"})] == ["Furmanov"]
    assert small_towns_named("Фурманов", {"UA"}) == ()
