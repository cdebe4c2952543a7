"""Cities in prose pinned by the region or country after them: ``Wilton, Connecticut``."""

from __future__ import annotations

from collections.abc import Iterator

from jobparse import patterns
from jobparse.fields.city_names import display_city
from jobparse.fields.place_text import DISTRICT_WORDS
from jobparse.fields.place_tokens import (
    MAX_PHRASE_WORDS,
    SEPARATOR_COMMA,
    PlaceToken,
    reading,
    words_and_separators,
)
from jobparse.fields.places import pinned
from jobparse.model import Location
from jobparse.places import gazetteer

__all__ = ["constrained_pairs"]

#: Characters around a comma that can hold "City Name, Region Name".
_PAIR_WINDOW_BEFORE = 48
_PAIR_WINDOW_AFTER = 40


def constrained_pairs(text: str) -> Iterator[tuple[int, Location]]:
    """Cities in prose that are pinned by a region or country: ``Wilton, Connecticut``.

    Each is yielded once, with where its comma is in *text*. A bare city name
    in running text is too often something else (a person, a product,
    "Reading"), so prose only yields a city followed by a comma and a region
    or country that the city fits.
    """
    seen: set[Location] = set()
    for comma in patterns.COMMA_BEFORE_CAPITAL.finditer(text):
        location = _pair_at(text, comma.start(), comma.end() - 1)
        if location is not None and location not in seen:
            seen.add(location)
            yield comma.start(), location


def _leading_words(text: str) -> list[str]:
    """The words at the start of a stretch of text, up to its first separator."""
    words: list[str] = []
    for word, separator, _ in words_and_separators(text):
        if separator and words:
            break
        words.append(word)
    return words


def _trailing_words(text: str) -> list[str]:
    """The words at the end of a stretch of text, back to its last separator."""
    words: list[str] = []
    for word, separator, _ in reversed(list(words_and_separators(text))):
        words.append(word)
        if separator:
            break
    return words[::-1]


def _pin(phrase: str) -> PlaceToken | None:
    """The reading of a phrase after a comma if it names a region or country, else None.

    The two lookups first: most phrases after a comma name neither, and then
    no token needs building.
    """
    if not (gazetteer.regions_named(phrase) or gazetteer.country_code(phrase)):
        return None
    token = reading(phrase, SEPARATOR_COMMA)
    return token if token.regions or token.country else None


def _pair_at(text: str, comma: int, after_start: int) -> Location | None:
    """The city just before a comma, pinned by the region or country just after it.

    Only the longest phrases of up to four words that end at the comma, and
    that start after it, are looked up: a handful of lookups per comma.
    """
    # The pin first: a region or country after a comma is far rarer than a city before one.
    after = _leading_words(text[after_start : after_start + _PAIR_WINDOW_AFTER])
    after = after[:MAX_PHRASE_WORDS]
    pin = next(
        (r for k in range(len(after), 0, -1) if (r := _pin(" ".join(after[:k]))) is not None),
        None,
    )
    if pin is None or (pin.cities and not pin.regions):
        return None
    before = _trailing_words(text[max(0, comma - _PAIR_WINDOW_BEFORE) : comma])
    before = before[-MAX_PHRASE_WORDS:]
    if before and before[0].casefold() in _DISTRICT_WORDS and pin.cities:
        # "Quận Gò Vấp, Hồ Chí Minh", "P. Phúc Lợi, Hà Nội": a district of the city after
        city = pin.cities[0]
        return Location(raw=pin.text, city=display_city(pin.text, city), country=city.country)
    head = next(
        (r for k in range(len(before), 0, -1) if (r := reading(" ".join(before[-k:]), 0)).cities),
        None,
    )
    if head is None:
        return None
    return pinned(head, pin)


#: Words naming a district or ward of a city before its name (Vietnamese "Quận", "Huyện").
_DISTRICT_WORDS = frozenset(w.casefold() for w in DISTRICT_WORDS if " " not in w)
