"""Jobs embedded as data: job records in the JSON a page's scripts carry.

An application's page sends "Loading jobs…" and the jobs as data::

    <script id="__NEXT_DATA__" type="application/json">
      {"props": {"pageProps": {"jobs": [
        {"id": 41, "title": "Data Engineer", "location": {"name": "Berlin"},
         "department": "Data", "absolute_url": "/jobs/41", "employmentType": "FullTime"}]}}}
    </script>

Every array of objects (and every object of objects, as an Apollo cache keeps
them) in the page's script JSON (:mod:`jobparse.page.script_json`) whose
members are mostly job records is a candidate set. A job record has a title
and a place, a URL, an id or a department, under the keys hosted boards and
applications use (``data/script_data.json``); a weak title key (``name``,
``text``) counts only beside a place, a department or an employment type.
Each record is read as a :class:`~jobparse.page.cards.Card` and scored by
:func:`~jobparse.page.chooser.card_score`, so that an embedded set is weighed
against the page's visible sets by the same measure.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import Any

import attrs

from jobparse import vocabulary
from jobparse.fields.places import scan_places
from jobparse.model import EmploymentType, Location
from jobparse.page import Facts, RawPosting
from jobparse.page.cards import Card
from jobparse.page.chooser import Candidate, card_score
from jobparse.page.jobposting import place_location, schema_employment_type
from jobparse.page.links import resolve
from jobparse.page.render import fragment_to_text
from jobparse.page.script_json import ScriptDocument
from jobparse.tables import table

__all__ = ["EmbeddedSet", "embedded_over_visible", "embedded_postings", "embedded_sets"]

#: How many JSON values of a page are visited at most, and how deep.
_MAX_VALUES = 400_000
_MAX_DEPTH = 60
#: The share of a collection's objects that must be job records.
_JOB_SHARE = 0.5
_MAX_TITLE = 200
_MIN_MEAN = 1.5
_NOT_KEY = re.compile(r"[^a-z0-9]")


@functools.cache
def _kinds_of_keys() -> dict[str, tuple[str, ...]]:
    """Each folded key's kinds ("location" -> ("place",)), from ``data/script_data.json``."""
    kinds: dict[str, list[str]] = {}
    for kind, names in table("script_data.json")["keys"].items():
        for name in names:
            kinds.setdefault(name, []).append(kind)
    return {name: tuple(found) for name, found in kinds.items()}


def _fold_key(key: str) -> str:
    return _NOT_KEY.sub("", key.casefold())


@attrs.frozen
class JobRecord:
    """One job record of embedded data, its values read by kind."""

    title: str
    places: tuple[str, ...]
    addresses: tuple[Location, ...]
    url: str | None
    apply_url: str | None
    identifier: str | None
    department: str | None
    company: str | None
    employment: str | None
    remote: bool
    description: str | None


@attrs.frozen
class EmbeddedSet:
    """A collection of job records in a script's data, scored as a candidate set."""

    where: str
    records: tuple[JobRecord, ...]
    candidate: Candidate

    def places(self) -> list[Location]:
        """Every place its records name (for the country the page's places are mostly in)."""
        return [
            place
            for record in self.records
            for place in (
                record.addresses
                or [p for text in record.places for p in scan_places(text).locations]
            )
        ]

    def describe(self) -> str:
        """One line for ``jobparse explain``."""
        return (
            f"{len(self.records)} job records in the JSON of {self.where}, "
            f"score {self.candidate.score:.1f}"
        )


@functools.cache
def _not_url_words() -> tuple[str, ...]:
    return tuple(table("script_data.json")["not_url_words"])


@functools.cache
def _containers() -> frozenset[str]:
    return frozenset(table("script_data.json")["containers"])


def _by_kind(item: dict[str, Any], *, nested: bool = True) -> dict[str, Any]:
    """The record's values by kind of key (the first key of a kind wins).

    A key of no kind that holds "url" ("url_active_page") and an address is a
    URL too, unless it names a picture or a file ("picture_url"). An object
    under a container key (Lever's ``categories``, GraphQL's ``node``) lends
    its values for the kinds the record lacks.
    """
    kinds_of = _kinds_of_keys()
    found: dict[str, Any] = {}
    other_urls: list[Any] = []
    for key, value in item.items():
        if value in (None, "", [], {}) or not isinstance(key, str):
            continue
        folded = _fold_key(key)
        if nested and isinstance(value, dict) and folded in _containers():
            continue  # read below, for what the record lacks
        kinds = kinds_of.get(folded, ())
        for kind in kinds:
            found.setdefault(kind, value)
        if (
            not kinds
            and "url" in folded
            and isinstance(value, str)
            and value.startswith(("http://", "https://", "/"))
            and not any(word in folded for word in _not_url_words())
        ):
            other_urls.append(value)
    if "url" not in found and other_urls:
        found["url"] = other_urls[0]
    if nested:
        for key, value in item.items():
            if isinstance(value, dict) and isinstance(key, str) and _fold_key(key) in _containers():
                for kind, inner in _by_kind(value, nested=False).items():
                    found.setdefault(kind, inner)
    return found


def _text(value: Any) -> str | None:
    """A short text of a value: a string, a number, or an object's name or label."""
    if isinstance(value, list):
        texts = [t for t in (_text(v) for v in value[:8]) if t]
        return ", ".join(dict.fromkeys(texts)) or None
    if isinstance(value, dict):
        for key in ("name", "label", "displayName", "title", "text", "value", "fullName"):
            if isinstance(value.get(key), (str, int, float)):
                return _text(value[key])
        return None
    if isinstance(value, bool) or value is None:
        return None
    text = " ".join(str(value).split())
    return text or None


def _places(value: Any) -> tuple[tuple[str, ...], tuple[Location, ...]]:
    """The places a value names: as text (read like a card's lines) and as addresses.

    ``"Berlin"`` and ``{"name": "Berlin"}`` are text; ``{"city": "Lyon",
    "country": "FR"}`` is an address, read as schema.org's ``PostalAddress``.
    """
    values = value if isinstance(value, list) else [value]
    texts: list[str] = []
    addresses: list[Location] = []
    for entry in values[:20]:
        address = _address(entry) if isinstance(entry, dict) else None
        if address is not None and (location := place_location(address)) is not None:
            addresses.append(location)
            texts.append(location.raw)
        elif (text := _text(entry)) is not None:
            texts.append(text)
    return tuple(dict.fromkeys(texts)), tuple(dict.fromkeys(addresses))


#: The keys of an address object, by the field of schema.org's ``PostalAddress`` they fill.
_ADDRESS_FIELDS = {
    "addressLocality": ("city", "addresslocality", "locality", "town", "cityname"),
    "addressRegion": ("region", "state", "addressregion", "statename", "province"),
    "addressCountry": ("country", "addresscountry", "countrycode", "countryname"),
}


def _address(entry: dict[str, Any]) -> dict[str, str] | None:
    """An object's city, region and country as a schema.org ``PostalAddress``, if it has any."""
    by_key = {_fold_key(key): value for key, value in entry.items() if isinstance(key, str)}
    address = {
        field: text
        for field, keys in _ADDRESS_FIELDS.items()
        if (text := next((t for key in keys if (t := _text(by_key.get(key)))), None))
    }
    return address or None


def _remote(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = _text(value)
    return text is not None and "remote" in text.casefold()


def job_record(item: dict[str, Any], *, among_jobs: bool = False) -> JobRecord | None:
    """The job record an object is, or None (see the module's docstring).

    *among_jobs*: the object is built like job records beside it, so a weak title
    with a URL is a job's though the vocabulary knows no role in it ("Growth Hacker").
    """
    found = _by_kind(item)
    title = _text(found.get("title"))
    strong = title is not None
    if title is None:
        title = _text(found.get("weak_title"))
    if title is None or len(title) > _MAX_TITLE or not any(c.isalpha() for c in title):
        return None
    places, addresses = _places(found["place"]) if "place" in found else ((), ())
    department = _text(found.get("department"))
    employment = _text(found.get("employment")) or _stated_kind(found.get("weak_employment"))
    url = _text(found.get("url"))
    identifier = _text(found.get("id"))
    has_role = vocabulary.has_role(title)
    companions = bool(places or department or employment)
    if not (companions or url or (identifier and (strong or has_role))):
        return None
    if not strong and not (companions or (url and (has_role or among_jobs))):
        return None  # {"name": "Blog", "id": 3, "url": "/blog"}: a menu, not a job
    description = found.get("description")
    return JobRecord(
        title=title,
        places=places,
        addresses=addresses,
        url=url if url and not url.startswith(("javascript:", "data:")) else None,
        apply_url=_text(found.get("apply")),
        identifier=identifier,
        department=department,
        company=_text(found.get("company")),
        employment=employment,
        remote=_remote(found.get("remote")),
        description=description if isinstance(description, str) else None,
    )


def _stated_kind(value: Any) -> str | None:
    """A generic key's text where it is an employment word: "type": "Full-Time"."""
    text = _text(value)
    return text if text and vocabulary.employment_type(text) is not None else None


def _collections(data: Any) -> Iterator[list[dict[str, Any]]]:
    """The arrays of objects, and objects of objects, in a JSON value (bounded walk)."""
    stack: list[tuple[Any, int]] = [(data, 0)]
    visited = 0
    while stack and visited < _MAX_VALUES:
        value, depth = stack.pop()
        visited += 1
        if depth > _MAX_DEPTH:
            continue
        if isinstance(value, list):
            members = [v for v in value if isinstance(v, dict)]
            children: list[Any] = value
        elif isinstance(value, dict):
            members = [v for v in value.values() if isinstance(v, dict)]
            children = list(value.values())
        else:
            continue
        if members:
            yield members
        stack.extend((child, depth + 1) for child in reversed(children))


def _card(record: JobRecord, base: str | None) -> Card:
    lines = tuple(line for line in (*record.places, record.employment, record.department) if line)
    return Card(
        title=record.title,
        url=resolve(record.url, base),
        apply_url=resolve(record.apply_url, base),
        lines=lines,
        text="\n".join((record.title, *lines)),
        heading=record.department,
    )


def embedded_sets(documents: list[ScriptDocument], base: str | None) -> list[EmbeddedSet]:
    """The collections of job records in the page's script data, best first."""
    found: dict[tuple[tuple[str, str | None, str | None], ...], EmbeddedSet] = {}
    for document in documents:
        for members in _collections(document.data):
            read = [job_record(m) for m in members]
            if sum(1 for r in read if r is not None) < max(1, _JOB_SHARE * len(members)):
                continue
            # an object built like the job records beside it is one, its title weak or not
            shapes = {frozenset(m) for m, r in zip(members, read, strict=True) if r is not None}
            records = [
                r
                for m, first in zip(members, read, strict=True)
                if (r := first or (frozenset(m) in shapes and job_record(m, among_jobs=True)))
            ]
            records = list({(r.title, r.url, r.identifier): r for r in records}.values())
            cards = tuple(_card(r, base) for r in records)
            score = sum(card_score(card) for card in cards)
            if score < _MIN_MEAN * len(cards):
                continue
            key = tuple((r.title, r.url, r.identifier) for r in records)
            if key not in found:  # the same jobs kept twice (a list and a cache)
                candidate = Candidate("embedded record", cards, score)
                found[key] = EmbeddedSet(document.where, tuple(records), candidate)
    return sorted(found.values(), key=lambda s: s.candidate.score, reverse=True)


def _employment_type(text: str | None) -> EmploymentType | None:
    """A schema.org-style value ("FullTime"), else the employment words of any language."""
    if not text:
        return None
    stated = schema_employment_type(text) or vocabulary.employment_type(text)
    return EmploymentType(stated) if stated else None


#: A place the data names that the gazetteer does not know is a town when it looks like one.
_TOWN = re.compile(r"[^\W\d_][^\W\d_'’.-]*(?:[ '’-][^\W\d_][^\W\d_'’.-]*){0,3}")


def _locations(record: JobRecord, country: str | None) -> tuple[Location, ...]:
    """The record's places: its addresses, else its texts read in the site's *country*.

    A text the key calls a place but no gazetteer knows ("Las Condes") is kept
    as a town of the site's country when it is written as one; remote work is
    added when said.
    """
    locations = list(record.addresses)
    for text in () if locations else record.places:
        found = scan_places(text, unknown_city_heads=True, prefer=country).locations
        town = text if _TOWN.fullmatch(text) and text[:1].isupper() else None
        locations += found or [Location(raw=text, city=town, country=town and country)]
    if record.remote and not any(location.remote for location in locations):
        locations.append(Location(raw="Remote", remote=True))
    return tuple(dict.fromkeys(locations))


def embedded_postings(
    chosen: EmbeddedSet, base: str | None, country: str | None = None
) -> list[RawPosting]:
    """One raw posting per job record, its stated fields as :class:`Facts`.

    Places the data names as text are read as in *country*, the site's.
    """
    postings = []
    for index, (record, card) in enumerate(
        zip(chosen.records, chosen.candidate.cards, strict=True)
    ):
        facts = Facts(
            source="embedded",
            title=record.title,
            company=record.company,
            locations=_locations(record, country),
            employment_type=_employment_type(record.employment),
            apply_url=card.apply_url,
            url=card.url,
            identifier=record.identifier,
            group=record.department,
        )
        paragraphs = fragment_to_text(record.description) if record.description else ()
        paragraphs = paragraphs or card.lines
        postings.append(
            RawPosting(
                index=index,
                paragraphs=(record.title, *paragraphs),
                apply_url=card.apply_url,
                facts=facts,
            )
        )
    return postings


#: The share of an embedded set's titles a visible set must show to stand for it.
_SAME_JOBS = 0.5


def embedded_over_visible(
    embedded: list[EmbeddedSet], visible: Candidate | None
) -> EmbeddedSet | None:
    """The embedded set a page's postings come from, or None for its visible records.

    The visible list wins when it shows the same jobs (a page rendered on the
    server carries its data too); the embedded set wins when the page shows
    no list, or a list that scores less and lacks most of its jobs (ten of
    fifty shown, or a list of something else).
    """
    if not embedded:
        return None
    best = embedded[0]
    if visible is None:
        return best
    shown = {vocabulary.fold(card.title) for card in visible.cards}
    same = sum(1 for record in best.records if vocabulary.fold(record.title) in shown)
    if same >= _SAME_JOBS * len(best.records):
        return None
    return best if best.candidate.score > visible.score else None
