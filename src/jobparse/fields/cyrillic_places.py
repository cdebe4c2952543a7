"""Towns named after the abbreviation of "town" in Russian and Ukrainian: "г. Фурманов", "м. Київ".

"г." (город) and "м." (місто) say a town's name follows, so a town of any
size is read there: the gazetteer's cities first, else the Cyrillic names of
smaller towns (``data/small_towns.tsv.gz``), which are never read as bare
words ("Мир" is peace before it is a town).
"""

from __future__ import annotations

import re

from jobparse.fields.city_names import display_city
from jobparse.model import Location
from jobparse.places import gazetteer
from jobparse.places.small_towns import small_towns_named

__all__ = ["CYRILLIC_TOWN", "abbreviated_town", "small_abbreviated_towns"]

#: A town after the abbreviation of "city" in a Russian or Ukrainian text ("город",
#: "місто"): "г. Вологда, ул. Мудрова, 31", "м. Київ", "(г. Фурманов)".
CYRILLIC_TOWN = re.compile(
    r"(?<![^\W\d_])[гм]\.[ \t\u00a0]?(?P<town>[А-ЯЁІЇЄҐ][а-яёіїєґ]+(?:-[А-ЯЁІЇЄҐ]?[а-яёіїєґ]+)*)"
)
#: The countries that write their towns' names in Cyrillic.
_CYRILLIC_COUNTRIES = frozenset({"RU", "UA", "BY", "KZ", "KG", "TJ", "BG", "RS", "MK", "MN"})


def abbreviated_town(match: re.Match[str]) -> Location | None:
    """The town a match of :data:`CYRILLIC_TOWN` names: the gazetteer's, else a smaller one."""
    town = match.group("town")
    cities = gazetteer.cities_named(town)
    found = cities or small_towns_named(town, _CYRILLIC_COUNTRIES)
    if not found:
        return None
    city = found[0]
    return Location(
        raw=match.group(),
        # a smaller town's table keys its Cyrillic name: it is shown by its own name
        city=display_city(town if cities else city.name, city),
        region=city.region,
        country=city.country,
    )


def small_abbreviated_towns(text: str) -> tuple[list[Location], str]:
    """The towns after "г."/"м." that only the small towns' names know, and *text* without them.

    A town the gazetteer knows is left to the ordinary reading of the text.

    >>> found, rest = small_abbreviated_towns("Управляющий офисом (г. Фурманов)")
    >>> [(place.city, place.country) for place in found], rest
    ([('Furmanov', 'RU')], 'Управляющий офисом ()')
    """
    found: list[Location] = []
    kept: list[str] = []
    start = 0
    for match in CYRILLIC_TOWN.finditer(text):
        if gazetteer.cities_named(match.group("town")):
            continue
        if (location := abbreviated_town(match)) is not None:
            found.append(location)
            kept.append(text[start : match.start()])
            start = match.end()
    if not found:
        return [], text
    return found, "".join(kept) + text[start:]
