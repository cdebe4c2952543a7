"""Which city a name means, and the name a city is answered by.

A name may mean several cities: :func:`preferring` puts a page's own country's
first when they are not much smaller. A city is answered by its name as
written, unless that is an abbreviation or another language's name, and by
its English name where English writes it otherwise (:func:`display_city`).
"""

from __future__ import annotations

from jobparse.model import Location
from jobparse.places import gazetteer

__all__ = ["city_named_exactly", "display_city", "preferring"]

#: How large a city of the preferred country must be, against the largest of its name.
_PREFERRED_SHARE = 0.05


def display_city(written: str, city: gazetteer.City) -> str:
    """The city's English name ("Köln" is Cologne), else :func:`_shown_name`."""
    return gazetteer.english_name(_shown_name(written, city), city.country)


def _shown_name(written: str, city: gazetteer.City) -> str:
    """The city's name as written, unless an abbreviation ("NYC") or another language's name.

    The gazetteer's own name stands for an alternate one ("München" is Munich),
    unless it only lengthens what is written ("New York" stays, not "New York City").
    """
    if written.isupper() and len(written.replace(".", "")) <= 4:
        name = city.name
        short = name.removesuffix(" City")
        if (
            short != name
            and gazetteer.country_code(short) is None  # "Mexico City" stays: Mexico is a country
            and any(c.name == city.name for c in gazetteer.cities_named(short))
        ):
            return short  # "NYC": New York
        return name
    if written.isupper():
        written = written.title()  # "BERLIN"; "TPHCM", an alias, is Ho Chi Minh City below
    if not city.primary and not (city.name == written or city.name.startswith(f"{written} ")):
        return city.name  # another language's name ("München", "Padova"): the gazetteer's
    if " " in written and city.name == written.replace(" ", "-"):
        return city.name  # "Saint Gilles": the town's name joins its words ("Saint-Gilles")
    return written


def preferring(
    cities: tuple[gazetteer.City, ...], country: str | None
) -> tuple[gazetteer.City, ...]:
    """Cities of one name, those in *country* first when they are not much smaller.

    A page's own country settles an ambiguous name: "Valencia" on a page of
    Spanish places is Spain's, not Venezuela's (larger), but never a village
    over a city of a million.
    """
    if country is None or not cities or cities[0].country == country:
        return cities
    floor = cities[0].population * _PREFERRED_SHARE
    first = [c for c in cities if c.country == country and c.population >= floor]
    return (*first, *(c for c in cities if c not in first)) if first else cities


def city_named_exactly(
    phrase: str, *, min_population: int = 0, prefer: str | None = None
) -> Location | None:
    """The largest city whose own name is *phrase* (its whole text), if any.

    *prefer* puts a country's city of that name first (:func:`preferring`).
    """
    cities = list(preferring(gazetteer.cities_named(phrase), prefer))
    for city in cities:
        if city.population < min_population:
            continue
        if city.primary or phrase.isupper() or _dominant(city, cities, prefer):
            return Location(
                raw=phrase,
                city=display_city(phrase, city),
                region=city.region,
                country=city.country,
            )
    return None


#: A city known by a phrase as its other name outweighs the towns whose own name it is
#: when it is this many times larger ("Roma": Rome, not Roma in Lesotho) and this large.
_DOMINANT_RATIO = 50
_DOMINANT_POPULATION = 500_000


def _dominant(city: gazetteer.City, cities: list[gazetteer.City], prefer: str | None) -> bool:
    """Whether a city that bears a phrase as another name outweighs those it names first."""
    named = [c.population for c in cities if c.primary]
    return (
        bool(named)
        and prefer is None
        and city.population >= _DOMINANT_POPULATION
        and city.population >= _DOMINANT_RATIO * max(named)
    )
