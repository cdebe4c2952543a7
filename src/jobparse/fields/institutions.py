"""Towns that institutions are named after: "University of Oslo", "Yangzhou University".

A university, college or hospital is often named after its town, in any
language ("Universitetet i Oslo", "Università di Genova", "扬州大学"); where a
page or an advert gives no place of its own, that town is where the job is.
The institution words are data (``job_words.json``, ``institution_words``).
"""

from __future__ import annotations

import functools
import re

from jobparse import gazetteer
from jobparse.fields.city_names import display_city
from jobparse.fields.cjk_places import opening_city
from jobparse.model import Location
from jobparse.tables import words

__all__ = ["institution_town"]


#: The least population of a town an institution's name is read as: "Stanford University"
#: is no place, "Yangzhou University" is Yangzhou.
_INSTITUTION_TOWN_POPULATION = 100_000
#: The shortest town name read beside an institution word ("Wien", "Roma"; not "The").
_SHORTEST_TOWN_NAME = 4
#: A town's name beside an institution word: one or two capitalised words.
_TOWN_WORDS = r"[A-ZÄÖÜÅÉ][^\W\d_]+(?:[ \t-][A-ZÄÖÜ][^\W\d_]+)?"


def institution_town(text: str) -> Location | None:
    """The town of the one institution named after a town in *text*, if it names only one.

    "University of Oslo", "Universitetet i Oslo", "Yangzhou University",
    "Imperial College London", "University of Genova", "扬州大学": a lab's page
    or advert often says where it is only so. A town of 100,000 people or more
    counts (not "Stanford"); a text naming institutions of two towns gives none.
    """
    found: dict[tuple[str | None, str | None], Location] = {}
    for match in _institution_pattern().finditer(text):
        word = match.group("word")
        if word[0] >= "\u3040":  # 大学, 대학교: the town's name opens the name
            location = opening_city(text[max(0, match.start() - 6) : match.start()][-6:])
            location = location or _cjk_town_before(text, match.start())
        else:
            after, before = match.group("after"), match.group("before")
            location = None
            if after:  # "University of Oslo Faculty ...": the town opens what follows
                location = _town_called(after) or _town_called(after.split()[0])
            if location is None and before:  # "Nanyang Technological University": no town
                location = _town_called(before) or _town_called(before.split()[-1])
        if location is not None and location.city:
            found.setdefault((location.city, location.country), location)
    return next(iter(found.values())) if len(found) == 1 else None


def _cjk_town_before(text: str, end: int) -> Location | None:
    """The town whose CJK name ends right before *end*: "扬州" of "江苏扬州大学"."""
    for size in (2, 3, 4):
        if end - size >= 0 and (location := opening_city(text[end - size : end])) is not None:
            return location
    return None


def _town_called(name: str) -> Location | None:
    """The largest town of 100,000 people or more called *name* in any of its names."""
    if len(name) < _SHORTEST_TOWN_NAME:
        return None  # "The Institute", "Our University": no town
    least = _INSTITUTION_TOWN_POPULATION
    cities = [c for c in gazetteer.cities_named(name) if c.population >= least]
    if not cities:
        return None
    city = max(cities, key=lambda c: c.population)  # "Genova" is Genoa, "Wien" Vienna
    return Location(
        raw=name, city=display_city(name, city), region=city.region, country=city.country
    )


@functools.cache
def _institution_pattern() -> re.Pattern[str]:
    """An institution word with the town after it ("of Oslo", "i Oslo") or before it."""
    latin = sorted(
        (w for w in words()["institution_words"] if w.isascii() or w[0] < "\u3040"),
        key=len,
        reverse=True,
    )
    cjk = [w for w in words()["institution_words"] if w not in latin]
    return re.compile(
        rf"(?:(?<![^\W\d_])(?P<before>{_TOWN_WORDS})[ \t]+)?"
        rf"(?P<word>(?i:{'|'.join(map(re.escape, latin))})|{'|'.join(map(re.escape, cjk))})"
        rf"(?:(?<=[^\W\d_])(?:[ \t]+(?:of|de|di|du|i|in|at|zu|van)[ \t]+|[ \t]+)"
        rf"(?P<after>{_TOWN_WORDS}))?"
    )
