"""A place being assembled from a place list's tokens: a head and its constraints.

The head is a city, region or country; the constraints are read after it
("Santa Clara, CA", "Munich/Germany", "Cascina (Pisa)").

:func:`jobparse.fields.places.scan_places` walks the tokens; these say whether a token
constrains the draft, qualifies it or starts a new place, and what the draft finally is.
"""

from __future__ import annotations

import attrs

from jobparse.fields.city_names import display_city, preferring
from jobparse.fields.place_tokens import SEPARATOR_COMMA, PlaceToken
from jobparse.model import Location
from jobparse.places import gazetteer

__all__ = [
    "KNOWN_CITY",
    "Draft",
    "attach",
    "can_constrain",
    "country_first",
    "finish",
    "pins_across",
    "qualifies",
    "small_place",
]

#: A city this large is the one meant, whatever a region after it seems to say.
KNOWN_CITY = 100_000


@attrs.define
class Draft:
    """A place being assembled: a head token and the constraints after it."""

    head: PlaceToken
    raw: list[str]
    region_tokens: list[PlaceToken] = attrs.Factory(list)
    country: str | None = None
    written_region: str | None = None
    #: Unknown words right before the head: "Estación" of "Estación Central".
    lead: str | None = None
    #: Unknown words right after a small town's name: "Harbour" of "Darling Harbour".
    trail: str | None = None

    def has_constraint(self) -> bool:
        return bool(self.region_tokens or self.country or self.written_region)


def _region_of(draft: Draft, country: str) -> bool:
    """Whether the draft's first region is one of *country*'s: "Madrid, ES" is no Brazilian's."""
    return bool(draft.region_tokens) and any(
        c == country for c, _ in draft.region_tokens[0].regions
    )


def _city_fits(city: gazetteer.City, draft: Draft) -> bool:
    if draft.country and city.country != draft.country:
        return False
    for token in draft.region_tokens:
        fits_region = any(
            country == city.country and region in (city.region, None if city.region else region)
            for country, region in token.regions
        )
        if not fits_region and token.country != city.country:
            return False
    return True


def qualifies(draft: Draft, token: PlaceToken) -> bool:
    """Whether a bracketed city after a town only says where the town is ("Cascina (Pisa)")."""
    if not (token.bracketed and token.cities and draft.head.cities) or draft.has_constraint():
        return False
    if token.regions or token.country:
        return False  # "London (Ontario)", "Munich (Germany)": a constraint, read as one
    return bool({c.country for c in token.cities} & {c.country for c in draft.head.cities})


def pins_across(draft: Draft, token: PlaceToken) -> bool:
    """Whether a region or country after a slash only pins the city before it ("Munich/Germany").

    Only a bare city, and only a token that is no city itself: "Paris / London" are two;
    a country that is also a small town's name ("Poland", Maine) pins as the country.
    """
    if not draft.head.cities or draft.has_constraint():
        return False
    return not token.cities or (
        token.country is not None and all(c.population < KNOWN_CITY for c in token.cities)
    )


def country_first(draft: Draft, token: PlaceToken) -> bool:
    """Whether *token* is a city of the country that *draft* holds alone ("Germany, Berlin")."""
    head = draft.head
    return (
        head.country is not None
        and not head.cities
        and not draft.has_constraint()
        and token.separator == SEPARATOR_COMMA
        and any(city.country == head.country for city in token.cities)
    )


def can_constrain(draft: Draft, token: PlaceToken) -> bool:
    """Whether *token* can be the region or country of the place in *draft*."""
    if draft.head.remote:
        return bool(token.country or token.regions) and not draft.country
    if not (token.regions or token.country) or draft.country:
        return False
    if draft.head.cities:
        trial = attrs.evolve(draft, region_tokens=[*draft.region_tokens, token])
        return any(_city_fits(city, trial) for city in draft.head.cities)
    if draft.head.regions and token.country and not token.regions:
        return any(country == token.country for country, _ in draft.head.regions)
    return False


def attach(draft: Draft, token: PlaceToken) -> None:
    draft.raw.append(token.text)
    if token.regions and not draft.region_tokens and not draft.head.remote:
        draft.region_tokens.append(token)
    elif token.country:
        draft.country = token.country
    else:
        draft.region_tokens.append(token)


def small_place(draft: Draft) -> bool:
    """Whether a draft is only a small town's or a region's name, nothing pinning it.

    Glued to words the gazetteer does not know ("Sciences Po", "Centre de
    Regulació"), such a name is part of another: an institute's, a street's.
    """
    head = draft.head
    return (
        not draft.has_constraint()
        and not head.country
        and not head.remote
        and all(city.population < KNOWN_CITY for city in head.cities)
        and bool(head.cities or head.regions)
    )


#: The fewest people of a city that is a region of its own (Hanoi, Berlin, Vienna).
_CITY_REGION_POPULATION = 1_000_000
#: How many times larger such a city is than the district named before it.
_CITY_OVER_DISTRICT = 5


def _city_of_its_region(draft: Draft, city: gazetteer.City) -> gazetteer.City | None:
    """The city a region is, where a district of it comes first: "Hai Bà Trưng, Hà Nội".

    A region that is one large city (a city-province, a city-state) after a smaller
    town of its country: the town is a district of the city, and the city is the place.
    """
    if not draft.region_tokens:
        return None
    token = draft.region_tokens[0]
    if token.text.isupper() or not any(country == city.country for country, _ in token.regions):
        return None  # "Lafayette, LA": a state's code, never Los Angeles
    return next(
        (
            whole
            for whole in gazetteer.cities_named(token.text)
            if whole.country == city.country
            and whole.population >= _CITY_REGION_POPULATION
            and whole.population > _CITY_OVER_DISTRICT * city.population
        ),
        None,
    )


def finish(draft: Draft, prefer: str | None = None) -> Location | None:
    raw = ", ".join(draft.raw)
    head = draft.head
    if draft.lead and small_place(draft):
        return None  # "Sciences Po": an unknown word glued before a small town's name
    if head.remote:
        country = draft.country
        if country is None and draft.region_tokens:
            country = (
                draft.region_tokens[0].regions[0][0] if draft.region_tokens[0].regions else None
            )
        return Location(raw=raw, country=country, remote=True)
    for city in preferring(head.cities, prefer):
        if _city_fits(city, draft):
            whole = _city_of_its_region(draft, city)
            if whole is not None:  # "Hai Bà Trưng, Hà Nội": a district of the city-region
                city, head = whole, draft.region_tokens[0]
            region = city.region
            if draft.written_region:
                region = draft.written_region
            elif region is None and _region_of(draft, city.country):
                # Regions without a postal code are kept as written ("Karnataka").
                region = draft.region_tokens[0].text
            return Location(
                raw=raw, city=display_city(head.text, city), region=region, country=city.country
            )
    if head.regions and not head.country:
        options = [r for r in head.regions if draft.country in (None, r[0])]
        if options:
            country, region = options[0]
            return Location(raw=raw, region=region, country=country)
    if head.country:
        return Location(raw=raw, country=head.country)
    if head.regions:
        country, region = head.regions[0]
        return Location(raw=raw, region=region, country=country)
    return None
