"""Building the gazetteer's tables from their sources (once per install, see ``gazetteer_store``).

- countries: pycountry's ISO 3166-1 names and codes, the translated names of
  ``data/country_names.json`` and :data:`~jobparse.places.gazetteer_names.COUNTRY_ALIASES`;
- regions: pycountry's first-level ISO 3166-2 subdivisions (postal codes for
  the US, Canada, Australia and Brazil) and the other names of ``data/region_names.json``;
- cities: ``data/cities.tsv.gz`` (GeoNames cities of 5,000 or more, written by
  ``scripts/generate_cities.py``), keyed by normalised name, own names first
  and then by population; and the words that begin many city names.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from pathlib import Path

from jobparse.places.gazetteer_names import COUNTRY_ALIASES, CityRecord, normalise
from jobparse.tables import table

__all__ = ["cities", "countries", "name_prefixes", "regions"]

#: Three-letter codes that are ordinary English words in capitals.
#: A country has a city this large to be named by its three-letter code.
_SIZABLE_CITY = 100_000
_ALPHA3_WORDS = {"AND", "ARE", "CAN", "PER", "TON", "GIN", "MAR", "BEL", "DOM", "LIE", "COG"}
#: Countries whose subdivision codes are written as postal abbreviations ("WA", "ON",
#: Brazil's "Curitiba - PR").
_POSTAL_CODE_COUNTRIES = ("US", "CA", "AU", "BR")
#: Subdivision types that are first-level regions people write in addresses.
_REGION_TYPES = {
    "state", "province", "prefecture", "territory", "district", "land", "canton",
    "autonomous community", "region", "metropolitan region", "country", "nation",
    "capital territory", "federal district", "metropolis", "autonomous region",
    "municipality", "outlying area", "special administrative region",
}  # fmt: skip
#: A word that begins this many city names is a name's first word ("Las", "San"),
#: not a short name of one of them ("Frankfurt" for Frankfurt am Main).
_NAME_PREFIX_MIN_CITIES = 20
#: A city known by a name comes before that name's own cities when they are small
#: towns, it is this many times larger than each of them, and at least this large.
_SMALL_TOWN = 50_000
_MUCH_LARGER = 10
_BIG_CITY = 200_000

Countries = tuple[dict[str, str], dict[str, str], dict[str, str]]
Regions = tuple[dict[str, tuple[tuple[str, str], ...]], dict[str, tuple[str, ...]]]


def countries(cities: dict[str, tuple[CityRecord, ...]]) -> Countries:
    """(name -> alpha-2, upper-case code -> alpha-2, alpha-2 -> display name).

    *cities* is :func:`cities`' table: a three-letter code is written for a
    country of some size ("USA", "DEU", "IND" in an ATS's place line), one with a
    city of 100,000; a small territory's reads as an abbreviation ("MSR" is a trade's).
    """
    import pycountry

    by_name: dict[str, str] = {}
    by_code: dict[str, str] = {}
    display: dict[str, str] = {}
    sizable = {r[1] for records in cities.values() for r in records if r[3] >= _SIZABLE_CITY}
    for country in pycountry.countries:
        code = country.alpha_2
        display[code] = getattr(country, "common_name", None) or country.name
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                by_name.setdefault(normalise(value), code)
        by_code[code] = code
        if country.alpha_3 not in _ALPHA3_WORDS and code in sizable:
            by_code[country.alpha_3] = code
    for name, code in table("country_names.json")["names"].items():
        by_name.setdefault(normalise(name), code)  # "Nederland", "Polska", "日本"
    by_name.update(COUNTRY_ALIASES)
    by_code.setdefault("UK", "GB")
    by_code["XK"] = "XK"
    return by_name, by_code, display


def _region_names() -> dict[str, dict[str, list[str]]]:
    """Other names of regions (``data/region_names.json``): "Bavaria" for Bayern."""
    names: dict[str, dict[str, list[str]]] = table("region_names.json")
    return {country: regions for country, regions in names.items() if not country.startswith("_")}


#: A subdivision that only groups first-level regions ("Jawa", "Sumatera" in Indonesia).
_GROUPING = "Geographical unit"


def regions() -> Regions:
    """(region name -> ((country, code), ...), postal code -> (country, ...))."""
    import pycountry

    by_name: dict[str, list[tuple[str, str]]] = {}
    by_code: dict[str, list[str]] = {}
    groupings = {s.code for s in pycountry.subdivisions if s.type == _GROUPING}
    for sub in pycountry.subdivisions:
        first_level = sub.parent_code is None or sub.parent_code in groupings
        if not first_level or sub.type.casefold() not in _REGION_TYPES:
            continue  # Indonesia's provinces sit under island groups ("Jawa"), not regions
        country, _, local = sub.code.partition("-")
        region = local if country in _POSTAL_CODE_COUNTRIES else sub.name
        by_name.setdefault(normalise(sub.name), []).append((country, region))
        if country in _POSTAL_CODE_COUNTRIES and local.isalpha():
            by_code.setdefault(local, []).append(country)
    for country, names in _region_names().items():
        for region, written in names.items():
            for name in written:
                entries = by_name.setdefault(normalise(name), [])
                if (country, region) not in entries:
                    entries.append((country, region))
    return (
        {name: tuple(entries) for name, entries in by_name.items()},
        {code: tuple(countries) for code, countries in by_code.items()},
    )


def _city_lines() -> Iterator[list[str]]:
    data = (Path(__file__).resolve().parent.parent / "data" / "cities.tsv.gz").read_bytes()
    for line in gzip.decompress(data).decode("utf-8").splitlines():
        if line and not line.startswith("#"):
            yield line.split("\t")


def _english_names() -> Iterator[tuple[str, str, str]]:
    """(country, the gazetteer's name, English name) of ``data/city_english_names.json``."""
    for country, names in table("city_english_names.json").items():
        if not country.startswith("_"):
            for name, english in names.items():
                yield country, name, english


def _big_ones_first(records: list[CityRecord]) -> list[CityRecord]:
    """A name's cities: own names first, then by population, and far larger cities first.

    A city known by the name comes before its own cities when they are small
    towns and it is much larger ("Cologne" is Köln, a million people, before an
    Italian village; "New Delhi" stays New Delhi).
    """
    if len(records) == 1:  # most names: one city
        return records
    records.sort(key=lambda r: (not r[4], -r[3]))
    if not records[0][4] or records[0][3] >= _SMALL_TOWN:  # "New Delhi" is New Delhi
        return records
    own = records[0]
    floor = max(_MUCH_LARGER * own[3], _BIG_CITY)
    big = [r for r in records if not r[4] and r[3] >= floor]
    return big + [r for r in records if r not in big] if big else records


def cities() -> dict[str, tuple[CityRecord, ...]]:
    """Normalised name -> the cities it names, own names first, then by population.

    A city's English name (``data/city_english_names.json``) names it first; a
    far larger city known by a name comes before that name's own cities.
    """
    index: dict[str, list[CityRecord]] = {}
    add = index.setdefault
    for name, country, region, population_text, alternates in _city_lines():
        population = int(population_text)
        key = normalise(name)
        add(key, []).append((name, country, region, population, True))
        if alternates:  # cities of 100,000 or more: their other names
            seen = {key}
            other = (name, country, region, population, False)
            for alternate in alternates.split("|"):
                alternate_key = normalise(alternate)
                if alternate_key not in seen:
                    seen.add(alternate_key)
                    add(alternate_key, []).append(other)
    ordered = {key: _big_ones_first(records) for key, records in index.items()}
    for country, name, english in _english_names():
        # What English calls a city is that city first: "Bruges" is Brugge, not a French village.
        found = [r for r in ordered.get(normalise(name), []) if r[4] and r[1] == country]
        key = normalise(english)
        if found and key != normalise(name):
            others = [r for r in ordered.get(key, []) if r[:2] != found[0][:2]]
            ordered[key] = [(*found[0][:4], False), *others]
    return {key: tuple(records) for key, records in ordered.items()}


def name_prefixes(city_names: Iterator[str]) -> tuple[str, ...]:
    """The words that begin at least :data:`_NAME_PREFIX_MIN_CITIES` city names ("las", "san")."""
    counts: dict[str, int] = {}
    for key in city_names:
        first, space, _ = key.partition(" ")
        if space:
            counts[first] = counts.get(first, 0) + 1
    return tuple(sorted(word for word, count in counts.items() if count >= _NAME_PREFIX_MIN_CITIES))
