"""The town of a Russian or Ukrainian address: after "г." or "м." (город, місто)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from jobparse.fields.city_names import display_city
from jobparse.model import Location
from jobparse.places import gazetteer

__all__ = ["cyrillic_town"]

#: A town after the abbreviation of "city" in a Russian or Ukrainian address ("город",
#: "місто"): "г. Вологда, ул. Мудрова, 31", "м. Київ".
_CYRILLIC_TOWN = re.compile(
    r"(?<![^\W\d_])[гм]\.[ \t\u00a0]?(?P<town>[А-ЯЁІЇЄҐ][а-яёіїєґ]+(?:-[А-ЯЁІЇЄҐ]?[а-яёіїєґ]+)*)"
)


def cyrillic_town(pieces: Sequence[str]) -> Location | None:
    """The one town a Russian or Ukrainian address names after "г." or "м." (a city of any size)."""
    places: dict[tuple[str | None, str | None], Location] = {}
    for piece in pieces:
        if "." not in piece:
            continue
        for match in _CYRILLIC_TOWN.finditer(piece):
            town = match.group("town")
            for city in gazetteer.cities_named(town)[:1]:
                location = Location(
                    raw=match.group(),
                    city=display_city(town, city),
                    region=city.region,
                    country=city.country,
                )
                places.setdefault((location.city, location.country), location)
    return next(iter(places.values())) if len(places) == 1 else None
