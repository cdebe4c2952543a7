"""Towns that institutions are named after: "University of Oslo", "Yangzhou University".

A university, college or hospital is often named after its town, in any
language ("Universitetet i Oslo", "Università di Genova", "扬州大学"); where a
page or an advert gives no place of its own, that town is where the job is.
The institution words are data (``job_words.json``, ``institution_words``).
"""

from __future__ import annotations

import functools
import re

from jobparse.fields.city_names import display_city
from jobparse.fields.cjk_places import opening_city
from jobparse.model import Location
from jobparse.places import gazetteer
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
    The institution words are found first, then the town beside each.
    """
    found: dict[tuple[str | None, str | None], Location] = {}
    lowered = text.lower()
    present = frozenset(word for word in _words_of_institutions() if word in lowered)
    if not present:
        return None  # no institution named: the pattern need not run over the text
    for match in _institution_word(present).finditer(text):
        start, end = match.span()
        if match.group()[0] >= "\u3040":  # 大学, 대학교: the town's name opens the name
            location = opening_city(text[max(0, start - 6) : start]) or _cjk_town_before(
                text, start
            )
        else:
            location = None
            after = _TOWN_AFTER.match(text, end)
            if after:  # "University of Oslo Faculty ...": the town opens what follows
                town = after.group("town")
                location = (
                    _town_called(town)
                    or _town_called(town.split()[0])
                    # "University of Wisconsin-Madison": a state's university at its campus town
                    or _town_called(re.split(r"[-–]", town.split()[0])[-1])
                )
            before = _TOWN_BEFORE.search(text, max(0, start - _REACH_BEFORE), start)
            if location is None and before:  # "Nanyang Technological University": no town
                town = before.group("town")
                location = _town_called(town) or _town_called(town.split()[-1])
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


#: How far before an institution word its town is looked for.
_REACH_BEFORE = 40
#: The town after an institution word: "of Oslo", "i Oslo", "London".
_TOWN_AFTER = re.compile(
    rf"(?:[ \t]+(?:of|de|di|du|i|in|at|zu|van)[ \t]+|[ \t]+)(?P<town>{_TOWN_WORDS})"
)
#: The town right before an institution word: "Yangzhou ", "Tel Aviv ".
_TOWN_BEFORE = re.compile(rf"(?<![^\W\d_])(?P<town>{_TOWN_WORDS})[ \t]+\Z")


@functools.cache
def _words_of_institutions() -> tuple[str, ...]:
    """The institution words, in lower case."""
    return tuple(sorted({word.lower() for word in words()["institution_words"]}))


@functools.lru_cache(maxsize=64)
def _institution_word(present: frozenset[str]) -> re.Pattern[str]:
    """The institution words *present* in a text: "University", "Universitetet", "大学"."""
    latin = sorted((w for w in present if w.isascii() or w[0] < "\u3040"), key=len, reverse=True)
    cjk = [w for w in present if w not in latin]
    alternatives = []
    if latin:
        alternatives.append(rf"(?<![^\W\d_])(?i:{'|'.join(map(re.escape, latin))})(?![^\W\d_])")
    if cjk:
        alternatives.append("|".join(map(re.escape, cjk)))
    return re.compile("|".join(alternatives))
