"""schema.org ``JobPosting`` objects (from JSON-LD or microdata) mapped to our fields."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Iterable, Iterator
from typing import Any

from jobparse.fields.places import scan_places
from jobparse.model import Deadline, DeadlineKind, EmploymentType, Location
from jobparse.page import Facts
from jobparse.page.links import resolve
from jobparse.page.render import fragment_to_text
from jobparse.places import gazetteer
from jobparse.tables import words

__all__ = [
    "is_job_posting",
    "item_types",
    "job_posting_facts",
    "place_location",
    "schema_employment_type",
]

#: schema.org employmentType values mapped to ours (others, such as VOLUNTEER, to none).
EMPLOYMENT_TYPES = {
    "FULL_TIME": EmploymentType.FULL_TIME,
    "FULLTIME": EmploymentType.FULL_TIME,
    "PART_TIME": EmploymentType.PART_TIME,
    "PARTTIME": EmploymentType.PART_TIME,
    "CONTRACTOR": EmploymentType.CONTRACT,
    "CONTRACT": EmploymentType.CONTRACT,
    "TEMPORARY": EmploymentType.TEMPORARY,
    "INTERN": EmploymentType.INTERNSHIP,
    "INTERNSHIP": EmploymentType.INTERNSHIP,
}


def item_types(item: dict[str, Any]) -> list[str]:
    """The schema.org types of an item, without their URL prefix ("JobPosting")."""
    kind = item.get("@type") or item.get("type") or []
    kinds = kind if isinstance(kind, list) else [kind]
    return [str(k).rsplit("/", 1)[-1] for k in kinds]


def is_job_posting(item: dict[str, Any]) -> bool:
    """Whether a JSON-LD or microdata item is a schema.org JobPosting.

    >>> is_job_posting({"@type": ["Thing", "JobPosting"]}), is_job_posting({"@type": "Event"})
    (True, False)
    """
    return "JobPosting" in item_types(item)


def _first(value: Any) -> Any:
    return value[0] if isinstance(value, list) and value else value


def _text(value: Any, *, keys: tuple[str, ...] = ("name", "value", "@value")) -> str | None:
    """A plain string from a JSON-LD value: a string, a number, or an object's name/value."""
    value = _first(value)
    if isinstance(value, dict):
        value = next((value[key] for key in keys if value.get(key)), None)
    if value is None or isinstance(value, (dict, list)):
        return None
    text = " ".join(html.unescape(str(value)).split())  # "R&amp;D" is common in the wild
    return text or None


def _date(value: Any) -> dt.date | None:
    text = _text(value)
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return None


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _region(country: str | None, written: str | None) -> str | None:
    if not written:
        return None
    for code_country, region in gazetteer.regions_named(written):
        if country in (None, code_country) and len(region) <= 3:
            return region
    return written


def place_location(place: Any) -> Location | None:
    """The place a schema.org ``Place`` or ``PostalAddress`` (or its text) names."""
    address = place.get("address", place) if isinstance(place, dict) else place
    if isinstance(address, list):
        address = _first(address)
    if isinstance(address, str):
        text = " ".join(html.unescape(address).split())
        if not text:
            return None
        places = scan_places(text, unknown_city_heads=True).locations  # "Las Condes, ..., Chile"
        return places[0] if places else Location(raw=text, country=gazetteer.country_code(text))
    if not isinstance(address, dict):
        return None
    city = _text(address.get("addressLocality"))
    if city and (";" in city or "," in city):  # "Híbrida; Las Condes, Región Metropolitana, Chile"
        found = [p for p in scan_places(city, unknown_city_heads=True).locations if p.city]
        if found:
            return found[0]
    written_region = _text(address.get("addressRegion"))
    written_country = _text(address.get("addressCountry"))
    country = gazetteer.country_code(written_country) if written_country else None
    region = _region(country, written_region)
    if country is None and written_region:
        options = gazetteer.regions_named(written_region)
        country = options[0][0] if options else None
    raw = ", ".join(p for p in (city, written_region, written_country) if p)
    if not raw:
        return None
    named_country = gazetteer.country_code(city) if city else None
    if (
        city
        and named_country
        and named_country == (country or named_country)
        and not gazetteer.cities_named(city)
    ):
        city, country = None, named_country  # "addressLocality": "Italia": the whole country
    if city and not gazetteer.cities_named(city):
        city = _city_opening(city) or _city_of_area(city) or city  # "新潟市中央区", "Praha 5"
    city = gazetteer.english_name(city, country) if city else city
    return Location(raw=raw, city=city, region=region, country=country)


def _city_opening(locality: str) -> str | None:
    """The known city a locality opens with, its district after it: "新潟市中央区" is Niigata."""
    found = [p for p in scan_places(locality).locations if p.city and p.raw]
    return found[0].city if found and locality.startswith(found[0].raw or "") else None


_AREA_WORDS = frozenset(words()["area_words"])


def _city_of_area(locality: str) -> str | None:
    """The town an area is named after: "Regio Rotterdam" (the Rotterdam area) is Rotterdam."""
    head, _, rest = locality.partition(" ")
    if head.casefold() in _AREA_WORDS and rest and gazetteer.cities_named(rest):
        return rest
    return None


def _remote_locations(item: dict[str, Any]) -> Iterator[Location]:
    location_type = " ".join(str(t) for t in _as_list(item.get("jobLocationType"))).upper()
    if "TELECOMMUTE" not in location_type:
        return
    requirements = _as_list(item.get("applicantLocationRequirements"))
    countries = [_text(r) for r in requirements] or [None]
    for name in countries:
        code = gazetteer.country_code(name) if name else None
        yield Location(raw=f"Remote ({name})" if name else "Remote", country=code, remote=True)


def _required_countries(item: dict[str, Any]) -> Iterator[Location]:
    """The countries ``applicantLocationRequirements`` names, for a job that names no place.

    Google reads the property for remote jobs; a job board also fills it for an
    on-site job whose ``jobLocation`` it left empty ("addressLocality": ""): the
    country is then all the page says of where the job is.
    """
    for requirement in _as_list(item.get("applicantLocationRequirements")):
        name = _text(requirement)
        code = gazetteer.country_code(name) if name else None
        if code is not None:
            yield Location(raw=name or code, country=code)


def schema_employment_type(value: Any) -> EmploymentType | None:
    """The employment type of a schema.org-style value: "FULL_TIME", "FullTime", "full-time".

    >>> schema_employment_type(["VOLUNTEER", "Part time"])
    <EmploymentType.PART_TIME: 'part_time'>
    """
    for entry in _as_list(value):
        key = str(entry).strip().upper().replace("-", "_").replace(" ", "_")
        if key in EMPLOYMENT_TYPES:
            return EMPLOYMENT_TYPES[key]
    return None


def _deadlines(item: dict[str, Any]) -> Iterable[Deadline]:
    for name, kind in (
        ("validThrough", DeadlineKind.APPLICATION),
        ("jobStartDate", DeadlineKind.START),
    ):
        date = _date(item.get(name))
        if date is not None:
            yield Deadline(kind=kind, date=date, text=f"{name}: {_text(item.get(name))}")


def job_posting_facts(
    item: dict[str, Any], *, source: str, base_url: str | None = None
) -> tuple[Facts, tuple[str, ...]]:
    """Map one JobPosting to :class:`Facts` and its description's paragraphs."""
    locations = [
        loc for place in _as_list(item.get("jobLocation")) if (loc := place_location(place))
    ]
    remote = list(_remote_locations(item))
    locations += remote or ([] if locations else list(_required_countries(item)))
    url = resolve(_text(item.get("url")), base_url)
    direct_apply = str(_first(item.get("directApply"))).casefold() in {"true", "1", "yes"}
    description = _first(item.get("description"))
    paragraphs = fragment_to_text(description) if isinstance(description, str) else ()
    facts = Facts(
        source=source,
        title=_text(item.get("title")) or _text(item.get("name")),
        company=_text(item.get("hiringOrganization")),
        locations=tuple(dict.fromkeys(locations)),
        employment_type=schema_employment_type(item.get("employmentType")),
        deadlines=tuple(_deadlines(item)),
        apply_url=url if direct_apply else None,
        url=url,
        identifier=_text(item.get("identifier"), keys=("value", "@value", "name")),
        date_posted=_date(item.get("datePosted")),
    )
    return facts, paragraphs
