"""Reading places out of a short text: a location line or a phrase of a sentence.

A place list is scanned left to right. At each word the longest run of up to
four words that the gazetteer knows (a city, a region, a country, or a remote
keyword) is taken; separators say where one place ends. A city followed by a
region or a country is one place, resolved to the city the constraints allow
(``Santa Clara, CA`` is the Californian one, ``London`` the largest).
"""

from __future__ import annotations

import functools
import re

import attrs

from jobparse.fields.cjk_places import cjk_places, cjk_remote, has_cjk
from jobparse.fields.cyrillic_places import small_abbreviated_towns
from jobparse.fields.place_drafts import (
    KNOWN_CITY,
    Draft,
    attach,
    can_constrain,
    country_first,
    finish,
    pins_across,
    qualifies,
    small_place,
)
from jobparse.fields.place_text import cased, without_address_parts
from jobparse.fields.place_tokens import (
    FILLER,
    SEPARATOR_COMMA,
    SEPARATOR_NONE,
    SEPARATOR_STRONG,
    PlaceToken,
    tokens,
)
from jobparse.fields.provinces import province_country
from jobparse.model import Location
from jobparse.places import gazetteer

__all__ = [
    "PlaceScan",
    "cased",
    "pinned",
    "scan_places",
]

#: Words that end the name of a county or district, not a town ("Marion County").
_COUNTY_WORDS = frozenset({"county", "parish", "borough", "district", "landkreis", "kreis"})


@attrs.frozen
class PlaceScan:
    """The places found in a text and how much of it was not understood."""

    locations: tuple[Location, ...]
    known_words: int
    unknown_words: int


def _key(location: Location) -> tuple[str | None, str | None, str | None, bool]:
    return (location.city, location.region, location.country, location.remote)


def _written_city(city: str, pin: PlaceToken) -> Location:
    """A city as written, placed by the region or country after it."""
    country = pin.country or pin.regions[0][0]
    region = pin.regions[0][1] if pin.regions and not pin.country else None
    return Location(
        raw=f"{city}, {pin.text}",
        city=gazetteer.english_name(city, country),
        region=region,
        country=country,
    )


#: A time of day: "7 AM", "11:30 PM", "9 a.m.": its AM and PM name no country.
_CLOCK_TIME = re.compile(r"\b\d{1,2}(?:[:.]\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)(?![\w])")


@functools.lru_cache(maxsize=4096)
def scan_places(
    text: str, *, unknown_city_heads: bool = False, prefer: str | None = None
) -> PlaceScan:
    """Read every place named in a place list such as a location line.

    *prefer* is the country whose city an ambiguous name is, unless much smaller
    (:func:`preferring`). With *unknown_city_heads*, an unknown word directly
    followed by a region or country ("Smallville, Kansas") is taken as a city
    the gazetteer lacks.

    >>> [(l.city, l.region, l.country) for l in scan_places("Sunnyvale, CA Seattle, WA").locations]
    [('Sunnyvale', 'CA', 'US'), ('Seattle', 'WA', 'US')]
    >>> [(l.city, l.remote) for l in scan_places("Redwood City, CA; or Remote, US").locations]
    [('Redwood City', False), (None, True)]
    """
    if has_cjk(text) and (found_cjk := cjk_places(text) + cjk_remote(text)):
        return PlaceScan(locations=found_cjk, known_words=len(found_cjk), unknown_words=0)
    text = _CLOCK_TIME.sub(" ", without_address_parts(text))  # "7 AM – 3 PM": no Armenia
    # "г. Фурманов": a town of any size after the abbreviation of "town"
    small, text = small_abbreviated_towns(text) if "." in text else ([], text)
    found: list[Location] = list(small)
    keys: set[tuple[str | None, str | None, str | None, bool]] = {_key(s) for s in small}
    known, unknown = len(small), 0
    draft: Draft | None = None
    pending_unknown: PlaceToken | None = None
    extending = False  # whether the last unknown word was added to pending_unknown

    def close() -> None:
        nonlocal draft
        if draft is not None:
            location = finish(draft, prefer)
            if location is not None and _key(location) not in keys:
                keys.add(_key(location))
                found.append(location)
        draft = None

    for token in tokens(text):
        words = len(token.text.split())
        if not token.known:
            if token.text.casefold() in FILLER:
                continue
            unknown += words
            if (
                draft is not None
                and token.separator == SEPARATOR_NONE
                and draft.head.cities
                and not draft.has_constraint()
                and token.text.casefold() in _COUNTY_WORDS
            ):
                # "Marion County": a county named after a town, not the town.
                pending_unknown = PlaceToken(
                    f"{draft.head.text} {token.text}", draft.head.separator
                )
                known -= len(draft.head.text.split())
                draft, extending = None, False
                continue
            if (
                draft is not None
                and token.separator == SEPARATOR_COMMA
                and draft.head.cities
                and not draft.has_constraint()
                and token.text[:1].isupper()
            ):
                draft.written_region = token.text  # "Tokyo, Tokyo-to, Japan"
                draft.raw.append(token.text)
                continue
            if (
                draft is not None
                and token.separator == SEPARATOR_NONE
                and not draft.head.cities
                and small_place(draft)
            ):
                # "Centre de Regulació", "Volta Greentech": a name beginning like a region
                # (a town's name goes on with its district's: "Kaiserslautern Einsiedlerhof")
                pending_unknown = PlaceToken(
                    f"{draft.head.text} {token.text}", draft.head.separator
                )
                draft, extending = None, True  # its words still read as a place's
                continue
            if (
                draft is not None
                and token.separator == SEPARATOR_NONE
                and draft.head.cities
                and not draft.has_constraint()
                and token.text[:1].isupper()
                and all(city.population < KNOWN_CITY for city in draft.head.cities)
            ):
                # "Darling Harbour, NSW": a place the gazetteer lacks, named after a small
                # town elsewhere ("Darling", South Africa); its region decides, below
                draft.trail = f"{draft.trail} {token.text}" if draft.trail else token.text
                continue
            pending_unknown, extending = _pending(pending_unknown, extending, token)
            continue
        known += words
        if token.remote:
            country = None
            if (
                draft is not None
                and token.separator != SEPARATOR_STRONG
                and draft.head.country
                and not draft.head.cities
                and not draft.has_constraint()
            ):
                country, draft = draft.head.country, None  # "US Remote"
            close()
            draft = Draft(head=token, raw=[token.text], country=country)
            pending_unknown = None
            continue
        if (
            draft is not None
            and token.bracketed
            and not draft.has_constraint()
            and (province := province_country(draft.head.cities, token.text, token.country))
        ):
            draft.country, draft.written_region = province, token.text  # "Gela (CL)"
            draft.raw.append(token.text)
            continue
        if draft is not None and qualifies(draft, token):
            continue  # "Cascina (Pisa)": the province or nearby city a town is known by
        # A city name after a complete place starts a new one ("Paris, France, London"),
        # unless it can be the country the place still lacks ("Hangzhou, Zhejiang, China").
        new_city = token.cities and draft is not None and draft.has_constraint()
        if new_city and token.country and draft is not None and not draft.country:
            new_city = False
        if (
            draft is not None
            and (token.separator != SEPARATOR_STRONG or pins_across(draft, token))
            and not new_city
            and can_constrain(draft, token)
        ):
            attach(draft, token)  # "Munich/Germany", "Boston/MA": one place
            continue
        if draft is not None and country_first(draft, token):
            # "Germany, Berlin": the country written before its city.
            draft = Draft(head=token, raw=[draft.head.text, token.text], country=draft.head.country)
            continue
        big_city = draft is not None and any(
            city.population >= KNOWN_CITY for city in draft.head.cities
        )
        if (
            unknown_city_heads
            and draft is not None
            and draft.head.cities
            and not big_city
            and not draft.has_constraint()
            and token.separator == SEPARATOR_COMMA
            and (token.regions or token.country)
        ):
            # "Wilton, NH": a town the gazetteer lacks, named like a town elsewhere
            # ("Estación Central, Región Metropolitana": the words before it are its own).
            head = f"{draft.lead} {draft.head.text}" if draft.lead else draft.head.text
            if draft.trail:
                head = f"{head} {draft.trail}"  # "Darling Harbour"
                unknown -= len(draft.trail.split())
            found.append(_written_city(head, token))
            if draft.lead:
                unknown -= len(draft.lead.split())
            draft = None
            continue
        if (
            big_city
            and draft is not None
            and token.separator == SEPARATOR_COMMA
            and token.regions
            and not (token.country or token.cities)
        ):
            # "Coventry, West Midlands": a county the gazetteer lacks, read as a region of
            # another country ("West" in Cameroon): the city stands, the region is dropped.
            continue
        close()
        if (
            pending_unknown is not None
            and token.separator == SEPARATOR_COMMA
            and token.regions
            and pending_unknown.text.split()[-1].casefold() in _COUNTY_WORDS
        ):
            # "Marion County, IN": a county of a state, no town.
            country, region = token.regions[0]
            found.append(
                Location(
                    raw=f"{pending_unknown.text}, {token.text}", region=region, country=country
                )
            )
            unknown -= len(pending_unknown.text.split())
            pending_unknown = None
            continue
        if (
            unknown_city_heads
            and pending_unknown is not None
            and token.separator == SEPARATOR_COMMA
            and (token.regions or token.country)
        ):
            found.append(_written_city(pending_unknown.text, token))
            unknown -= len(pending_unknown.text.split())
            pending_unknown = None
            continue
        lead = (
            pending_unknown.text
            if pending_unknown is not None and token.separator == SEPARATOR_NONE
            else None
        )
        pending_unknown = None
        draft = Draft(head=token, raw=[token.text], lead=lead)
    close()
    return PlaceScan(locations=tuple(found), known_words=known, unknown_words=unknown)


def _pending(
    pending: PlaceToken | None, extending: bool, token: PlaceToken
) -> tuple[PlaceToken | None, bool]:
    """The unknown phrase that may be a town the gazetteer lacks, after one more unknown word.

    Capitalised words in a row make one phrase ("Las Condes"); after a comma,
    the first phrase of the chain stays the town and the next ones are its
    regions ("Las Condes, Región Metropolitana, Chile").
    """
    if not token.text[:1].isupper():
        return None, False
    if pending is not None and token.separator == SEPARATOR_NONE:
        if extending:
            return PlaceToken(f"{pending.text} {token.text}", pending.separator), True
        return pending, False  # a later word of a region of the chain
    if pending is not None and token.separator == SEPARATOR_COMMA:
        return pending, False
    return token, True


def pinned(head: PlaceToken, pin: PlaceToken) -> Location | None:
    """The place a city token makes with the region or country token after it, if it fits."""
    draft = Draft(head=head, raw=[head.text])
    if not can_constrain(draft, pin):
        return None
    attach(draft, pin)
    return finish(draft)
