"""Towns named in an inflected case: "v Praze", "w Krakowie", "Helsingissä", "Budapesten".

Czech, Slovak and Polish put a job's town in the locative after "v"/"w"
("v Praze" is in Prague, "w Warszawie" in Warsaw); Finnish and Hungarian
add the case to the name itself ("Tampereella", "Debrecenben"). A
language's table (``data/languages/*.json``, ``place_cases``) gives the
prepositions and each ending with what replaces it in the town's own name
(Czech "ze" → "ha": Praze → Praha; Polish "owie" → "ów": Krakowie → Kraków;
Finnish "ngissä" → "nki": Helsingissä → Helsinki), after each language's
grammar of place names.

A form is a town only if the name it gives is a town of the gazetteer in a
country where the language is official (``data/language_countries.json``):
"v Praze" gives Prague, never a namesake abroad. The town must be of 20,000
people or more: where no preposition pins the case (Finnish, Hungarian), a
word ending so by chance names no place, and a smaller place is often a
district the page names its town by ("w Oliwie", a part of Gdańsk).
"""

from __future__ import annotations

import functools
import re

import attrs

from jobparse.fields.city_names import display_city
from jobparse.model import Location
from jobparse.places import gazetteer
from jobparse.tables import languages, table

__all__ = ["inflected_towns"]

#: A town named in a case must be at least this large.
_MIN_POPULATION = 20_000
#: A capitalised word (joined by hyphens: "Санкт-Петербурге"): the town's name in its case.
_NAME = r"[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁІЇЄҐ][^\W\d_]{2,}(?:-[^\W\d_]+)*"


@attrs.frozen
class _Cases:
    """One language's way of naming a town in a case."""

    countries: frozenset[str]
    #: The name after a preposition ("v Praze"), or any capitalised word (Finnish).
    pattern: re.Pattern[str]
    #: (ending, what replaces it), longest ending first.
    endings: tuple[tuple[str, str], ...]


@functools.cache
def _languages() -> tuple[_Cases, ...]:
    official = table("language_countries.json")["countries"]
    found = []
    for code in languages():
        cases = table(f"languages/{code}.json").get("place_cases")
        if not cases:
            continue
        prepositions = cases.get("prepositions", [])
        opening = (
            r"(?<![^\W\d_])(?:" + "|".join(map(re.escape, prepositions)) + r")[ \t\u00a0]+"
            if prepositions
            else r"(?<![^\W\d_])"
        )
        endings = sorted(((e, b) for e, b in cases["endings"]), key=lambda p: -len(p[0]))
        found.append(
            _Cases(
                countries=frozenset(official.get(code, ())),
                pattern=re.compile(opening + rf"(?P<name>{_NAME})(?![^\W\d_])"),
                endings=tuple(endings),
            )
        )
    return tuple(found)


def _town(word: str, cases: _Cases) -> Location | None:
    """The town of the language's countries whose case form *word* is, longest ending first."""
    for ending, base in cases.endings:
        if not word.endswith(ending) or len(word) - len(ending) < 2:
            continue
        name = word[: len(word) - len(ending)] + base
        for city in gazetteer.cities_named(name):  # its own name or another: "Praha"
            if city.country in cases.countries and city.population >= _MIN_POPULATION:
                written = city.name if city.primary else name  # "Łódź", not "Łodź"
                return Location(
                    raw=word,
                    city=display_city(written, city),
                    region=city.region,
                    country=city.country,
                )
    return None


def inflected_towns(text: str) -> list[Location]:
    """The towns *text* names in a case of a language that inflects them, in order.

    >>> [(t.city, t.country) for t in inflected_towns("Místo výkonu práce v Praze nebo v Brně")]
    [('Prague', 'CZ'), ('Brno', 'CZ')]
    >>> [t.city for t in inflected_towns("Praca w Krakowie. Työpaikka on Helsingissä.")]
    ['Kraków', 'Helsinki']
    >>> inflected_towns("Wir suchen in Berlin")
    []
    """
    found: list[tuple[int, Location]] = []
    for cases in _languages():
        for match in cases.pattern.finditer(text):
            location = _town(match.group("name"), cases)
            if location is not None and all(location.city != f.city for _, f in found):
                found.append((match.start(), location))
    return [location for _, location in sorted(found, key=lambda pair: pair[0])]
