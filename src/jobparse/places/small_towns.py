"""Towns of 500 to 4,999 people, looked up only where the text says a place is meant.

The gazetteer stops at 5,000 inhabitants: below that, GeoNames has towns
called "Home", "Oracle", "Tower" or "Meta", which no line should read as
places unprompted. A small town is asked for only where its context pins a
place and its country: the town after a postal code of its country's shape
("44-348 Skrzyszów", "66010 Pretoro", "7339 EJ Ugchelen"), or the value of
a location label on a page of that country. The table also keys the
Chinese, Japanese and Korean names of those countries' towns under 100,000,
and the Cyrillic names of the towns under 100,000 of the countries that
write in Cyrillic ("Фурманов"): read in a written address, or after the
abbreviation of "town" ("г. Фурманов", :mod:`jobparse.fields.cyrillic_places`).

The table (``data/small_towns.tsv.gz``, written by
``scripts/generate_small_towns.py``) holds each town's lookup key, so a
process reads it once (about 15 ms and 3 MB, on the first question) and
finds a name by bisection; nothing is built or cached on disk.
"""

from __future__ import annotations

import functools
import gzip
from collections.abc import Collection
from pathlib import Path

from jobparse.places.gazetteer import City
from jobparse.places.gazetteer_names import normalise

__all__ = ["small_towns_named"]

_TABLE = Path(__file__).resolve().parent.parent / "data" / "small_towns.tsv.gz"


@functools.cache
def _table() -> bytes:
    """The table's lines after its header, sorted by key (``key<TAB>name<TAB>country<TAB>region``).

    Kept as UTF-8 bytes (3 MB; 165,000 strings would take 17 MB): UTF-8 sorts
    as the keys' code points do, so a name is found by bisecting the bytes.
    """
    data = gzip.decompress(_TABLE.read_bytes())
    return data[data.index(b"\n") + 1 :]


def _line_start(data: bytes, position: int) -> int:
    return data.rfind(b"\n", 0, position) + 1


@functools.lru_cache(maxsize=4096)
def _towns(key: str) -> tuple[City, ...]:
    data, prefix = _table(), key.encode("utf-8") + b"\t"
    low, high = 0, len(data)
    while low < high:  # the first line whose start is not below the prefix
        middle = _line_start(data, (low + high) // 2)
        end = data.find(b"\n", middle)
        if data[middle:end] < prefix:
            low = end + 1
        else:
            high = middle
    towns = []
    while data.startswith(prefix, low):
        end = data.find(b"\n", low)
        _, name, country, region = data[low:end].decode("utf-8").split("\t")
        towns.append(City(name, country, region or None, 0, True))
        low = end + 1
    return tuple(towns)


def small_towns_named(name: str, countries: Collection[str]) -> tuple[City, ...]:
    """The towns under 5,000 people called *name* in one of *countries*, larger first.

    Their population is not kept (0): they are only ever the place a context
    already pins.

    >>> [(t.name, t.country) for t in small_towns_named("Skrzyszów", {"PL"})][:1]
    [('Skrzyszów', 'PL')]
    >>> small_towns_named("Skrzyszów", {"DE"})
    ()
    """
    key = normalise(name)
    if not key or "\t" in key:
        return ()
    return tuple(town for town in _towns(key) if town.country in countries)
