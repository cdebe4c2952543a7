"""A province's code in brackets after its town: "Gela (CL)", "Asti (AT)", "Pordenone (PN)".

Italian addresses write the province (its *sigla*) after the town; two
letters that are also a country's code (CL Chile, AT Austria, BG Bulgaria)
are then no country. The codes are ISO 3166-2's (``data/province_codes.json``).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from jobparse.places import gazetteer
from jobparse.tables import table

__all__ = ["province_country"]


@functools.cache
def _codes() -> dict[str, frozenset[str]]:
    """Each country's two-letter subdivision codes."""
    return {
        country: frozenset(codes)
        for country, codes in table("province_codes.json")["codes"].items()
    }


def province_country(
    cities: Sequence[gazetteer.City], code: str, country: str | None
) -> str | None:
    """The country whose province *code* is, for a town that may be one of *cities*.

    None when the code is the country of one of the cities ("Vienna (AT)"), or a
    province of none of their countries, or of more than one.

    >>> gela, vienna = gazetteer.cities_named("Gela"), gazetteer.cities_named("Vienna")
    >>> province_country(gela, "CL", "CL"), province_country(vienna, "AT", "AT")
    ('IT', None)
    """
    if len(code) != 2 or not code.isupper():
        return None
    countries = list(dict.fromkeys(city.country for city in cities))
    if country in countries:
        return None
    codes = _codes()
    found = [c for c in countries if code in codes.get(c, ())]
    return found[0] if len(found) == 1 else None
