"""Reading places out of a short text: a location line or a phrase of a sentence.

A place list is scanned left to right. At each word the longest run of up to
four words that the gazetteer knows (a city, a region, a country, or a remote
keyword) is taken; separators say where one place ends. A city followed by a
region or a country is one place, resolved to the city the constraints allow
(``Santa Clara, CA`` is the Californian one, ``London`` the largest).
"""

from __future__ import annotations

import functools

import attrs

from jobparse.fields.city_names import display_city, preferring
from jobparse.fields.cjk_places import cjk_places, has_cjk
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
#: A city this large is the one meant, whatever a region after it seems to say.
_KNOWN_CITY = 100_000


@attrs.frozen
class PlaceScan:
    """The places found in a text and how much of it was not understood."""

    locations: tuple[Location, ...]
    known_words: int
    unknown_words: int


@attrs.define
class _Draft:
    """A place being assembled: a head token and the constraints after it."""

    head: PlaceToken
    raw: list[str]
    region_tokens: list[PlaceToken] = attrs.Factory(list)
    country: str | None = None
    written_region: str | None = None
    #: Unknown words right before the head: "Estación" of "Estación Central".
    lead: str | None = None

    def has_constraint(self) -> bool:
        return bool(self.region_tokens or self.country or self.written_region)


def _region_of(draft: _Draft, country: str) -> bool:
    """Whether the draft's first region is one of *country*'s: "Madrid, ES" is no Brazilian's."""
    return bool(draft.region_tokens) and any(
        c == country for c, _ in draft.region_tokens[0].regions
    )


def _city_fits(city: gazetteer.City, draft: _Draft) -> bool:
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


def _qualifies(draft: _Draft, token: PlaceToken) -> bool:
    """Whether a bracketed city after a town only says where the town is ("Cascina (Pisa)")."""
    if not (token.bracketed and token.cities and draft.head.cities) or draft.has_constraint():
        return False
    if token.regions or token.country:
        return False  # "London (Ontario)", "Munich (Germany)": a constraint, read as one
    return bool({c.country for c in token.cities} & {c.country for c in draft.head.cities})


def _pins_across(draft: _Draft, token: PlaceToken) -> bool:
    """Whether a region or country after a slash only pins the city before it ("Munich/Germany").

    Only a bare city, and only a token that is no city itself: "Paris / London" are two;
    a country that is also a small town's name ("Poland", Maine) pins as the country.
    """
    if not draft.head.cities or draft.has_constraint():
        return False
    return not token.cities or (
        token.country is not None and all(c.population < _KNOWN_CITY for c in token.cities)
    )


def _country_first(draft: _Draft, token: PlaceToken) -> bool:
    """Whether *token* is a city of the country that *draft* holds alone ("Germany, Berlin")."""
    head = draft.head
    return (
        head.country is not None
        and not head.cities
        and not draft.has_constraint()
        and token.separator == SEPARATOR_COMMA
        and any(city.country == head.country for city in token.cities)
    )


def _can_constrain(draft: _Draft, token: PlaceToken) -> bool:
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


def _attach(draft: _Draft, token: PlaceToken) -> None:
    draft.raw.append(token.text)
    if token.regions and not draft.region_tokens and not draft.head.remote:
        draft.region_tokens.append(token)
    elif token.country:
        draft.country = token.country
    else:
        draft.region_tokens.append(token)


def _small_place(draft: _Draft) -> bool:
    """Whether a draft is only a small town's or a region's name, nothing pinning it.

    Glued to words the gazetteer does not know ("Sciences Po", "Centre de
    Regulació"), such a name is part of another: an institute's, a street's.
    """
    head = draft.head
    return (
        not draft.has_constraint()
        and not head.country
        and not head.remote
        and all(city.population < _KNOWN_CITY for city in head.cities)
        and bool(head.cities or head.regions)
    )


def _finish(draft: _Draft, prefer: str | None = None) -> Location | None:
    raw = ", ".join(draft.raw)
    head = draft.head
    if draft.lead and _small_place(draft):
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
    if has_cjk(text) and (found_cjk := cjk_places(text)):
        return PlaceScan(locations=found_cjk, known_words=len(found_cjk), unknown_words=0)
    text = without_address_parts(text)
    found: list[Location] = []
    keys: set[tuple[str | None, str | None, str | None, bool]] = set()
    known = unknown = 0
    draft: _Draft | None = None
    pending_unknown: PlaceToken | None = None
    extending = False  # whether the last unknown word was added to pending_unknown

    def close() -> None:
        nonlocal draft
        if draft is not None:
            location = _finish(draft, prefer)
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
                and _small_place(draft)
            ):
                # "Centre de Regulació", "Volta Greentech": a name beginning like a region
                # (a town's name goes on with its district's: "Kaiserslautern Einsiedlerhof")
                pending_unknown = PlaceToken(
                    f"{draft.head.text} {token.text}", draft.head.separator
                )
                draft, extending = None, True  # its words still read as a place's
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
            draft = _Draft(head=token, raw=[token.text], country=country)
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
        if draft is not None and _qualifies(draft, token):
            continue  # "Cascina (Pisa)": the province or nearby city a town is known by
        # A city name after a complete place starts a new one ("Paris, France, London"),
        # unless it can be the country the place still lacks ("Hangzhou, Zhejiang, China").
        new_city = token.cities and draft is not None and draft.has_constraint()
        if new_city and token.country and draft is not None and not draft.country:
            new_city = False
        if (
            draft is not None
            and (token.separator != SEPARATOR_STRONG or _pins_across(draft, token))
            and not new_city
            and _can_constrain(draft, token)
        ):
            _attach(draft, token)  # "Munich/Germany", "Boston/MA": one place
            continue
        if draft is not None and _country_first(draft, token):
            # "Germany, Berlin": the country written before its city.
            draft = _Draft(
                head=token, raw=[draft.head.text, token.text], country=draft.head.country
            )
            continue
        big_city = draft is not None and any(
            city.population >= _KNOWN_CITY for city in draft.head.cities
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
        draft = _Draft(head=token, raw=[token.text], lead=lead)
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
    draft = _Draft(head=head, raw=[head.text])
    if not _can_constrain(draft, pin):
        return None
    _attach(draft, pin)
    return _finish(draft)
