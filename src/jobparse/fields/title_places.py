"""Places a job title names: "Data Engineer – Berlin", "Werkstudent in Hamburg".

A title's segment after a dash or in brackets names places only if it is
nothing but places (after an office word: "Büro Belgrad"), every lone town of
it a city of 50,000 or more, and no team's name ("Engineer - Mobile" is not in
Alabama); "... in Hamburg" names its town; a metropolis may end the role
itself ("Ruby on Rails Developer Hyderabad").
"""

from __future__ import annotations

from jobparse import patterns, vocabulary
from jobparse.fields.city_names import city_named_exactly
from jobparse.fields.cyrillic_places import CYRILLIC_TOWN
from jobparse.fields.places import scan_places
from jobparse.model import Location
from jobparse.places import gazetteer

__all__ = ["title_places"]

#: A lone town in a title's segment must be a city this large ("Mobile" is a team).
_BARE_CITY_MIN_POPULATION = 50_000


#: The capitals a job title names a country by: "Head of Sales (UK)"; other capitals in a
#: title abbreviate a team or a field ("QA", "IT", "HR", "AI" are countries' codes too).
_TITLE_CODES = frozenset({"UK", "US", "USA", "UAE"})


def title_places(title: str, prefer: str | None = None) -> tuple[Location, ...]:
    """The places a job title names in a segment of their own.

    "Data Engineer – Berlin", "Analyst (München)", "Korrespondent:in Büro Belgrad",
    "Werkstudent in Hamburg". The segment must be nothing but places (after an
    office word such as "Büro" or "Office"), and a lone town must be a city of
    50,000 or more, and no team's name: "Engineer - Mobile" is not in Alabama.
    """
    segments = [part.strip() for part in patterns.TITLE_SEGMENTS.split(title)[1:]]
    tail = patterns.TITLE_IN_TOWN.search(title)
    if tail is not None:
        segments.append(tail.group("town"))
        if prefer is not None and (town := _town_of(tail.group("town"), prefer)) is not None:
            return (town,)  # "Blackjackdealer i Älvsbyn" on a Swedish page: any town of Sweden
    for segment in segments:
        if CYRILLIC_TOWN.fullmatch(segment) and (pinned := scan_places(segment)).locations:
            return pinned.locations  # "(г. Фурманов)": "town" abbreviated, a town of any size
        words = segment.split()
        while words and vocabulary.is_office_word(words[0]):
            words.pop(0)
        if not words or words[0][:1].islower() or vocabulary.is_department(" ".join(words)):
            continue  # "Engineer - Mobile": a team, though Mobile is a town
        if vocabulary.employment_type(" ".join(words)) is not None:
            continue  # "(Full Time)": no town in Norway
        if any(word.isupper() and word not in _TITLE_CODES for word in words):
            continue  # "Analyst (QA)", "PhD student at IDA": abbreviations of teams and fields
        scan = scan_places(" ".join(words), prefer=prefer)
        if not scan.locations or scan.unknown_words:
            continue
        if all(_big_enough(location) for location in scan.locations):
            return scan.locations
    role = patterns.TITLE_SEGMENTS.split(title)[0]
    return _metropolis_at_end(role, prefer) or _metropolis_at_start(role, prefer)


def _town_of(name: str, country: str) -> Location | None:
    """The town of *country* called *name* exactly, of any size."""
    town = city_named_exactly(name, prefer=country)
    return town if town is not None and town.country == country else None


#: A town named at a title's end, with no word or mark before it, must be this large.
_METROPOLIS = 1_000_000


def _metropolis_at_end(segment: str, prefer: str | None) -> tuple[Location, ...]:
    """A metropolis that ends a title's role: "Ruby on Rails Developer Hyderabad"."""
    words = segment.split()
    if len(words) < 2 or not vocabulary.has_role(" ".join(words[:-1])):
        return ()
    if words[-1].isupper():
        return ()  # "Operatore HDD": an abbreviation (a town's airport code among its names)
    town = city_named_exactly(words[-1], min_population=_METROPOLIS, prefer=prefer)
    return (town,) if town is not None else ()


def _metropolis_at_start(segment: str, prefer: str | None) -> tuple[Location, ...]:
    """A metropolis that opens a title's role: "Ankara Yatırım Danışmanı", "İstanbul ..."."""
    words = segment.split()
    if len(words) < 2 or words[0].isupper() or not vocabulary.has_role(" ".join(words[1:])):
        return ()
    town = city_named_exactly(words[0], min_population=_METROPOLIS, prefer=prefer)
    return (town,) if town is not None else ()


def _big_enough(location: Location) -> bool:
    """Whether a place read from a title is surely one: a region, a country, remote, a city."""
    if location.remote or location.city is None or "," in location.raw:
        return True  # remote, a region or country, or a town pinned by one ("Ulm, Germany")
    towns = gazetteer.cities_named(location.city)
    return bool(towns) and towns[0].population >= _BARE_CITY_MIN_POPULATION
