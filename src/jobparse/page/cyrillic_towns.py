"""The town of a Russian or Ukrainian address: after "г." or "м." (город, місто)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from jobparse.fields.cyrillic_places import CYRILLIC_TOWN, abbreviated_town
from jobparse.model import Location

__all__ = ["cyrillic_town"]

#: What else an address gives beside its town: a street ("ул.", "вул.", "пр-т", "пер."),
#: a house ("д."), a postal code. A town in brackets after a job's name is no address.
_ADDRESS_PART = re.compile(
    r"(?<![^\W\d_])(?:ул|вул|улица|вулиця|пр|пр-т|проспект|пер|бул|пл|ш|д|буд|офис|оф)\.|\d{3,}",
    re.IGNORECASE,
)


def cyrillic_town(pieces: Sequence[str]) -> Location | None:
    """The one town a Russian or Ukrainian address names after "г." or "м." (a city of any size)."""
    places: dict[tuple[str | None, str | None], Location] = {}
    for piece in pieces:
        if "." not in piece or not _ADDRESS_PART.search(piece):
            continue
        for match in CYRILLIC_TOWN.finditer(piece):
            if (location := abbreviated_town(match)) is not None:
                places.setdefault((location.city, location.country), location)
    return next(iter(places.values())) if len(places) == 1 else None
