"""The typed posting schema: frozen attrs classes and nothing else.

This module imports nothing from the rest of jobparse and does no I/O. The
attribute names are a public contract: they are the JSON field names.
"""

from __future__ import annotations

import datetime as dt
from enum import Enum

import attrs

__all__ = [
    "Deadline",
    "DeadlineKind",
    "EmploymentType",
    "Evidence",
    "Location",
    "Posting",
    "Source",
]


class EmploymentType(str, Enum):
    """What kind of engagement a posting offers."""

    FULL_TIME = "full_time"
    PART_TIME = "part_time"
    INTERNSHIP = "internship"
    PHD = "phd"
    POSTDOC = "postdoc"
    CONTRACT = "contract"
    #: A fixed-term, seasonal or agency engagement ("befristet", "CDD", "temporal").
    TEMPORARY = "temporary"

    def __str__(self) -> str:
        return self.value


class DeadlineKind(str, Enum):
    """What a dated event in a posting means for a candidate."""

    APPLICATION = "application"
    START = "start"
    OTHER = "other"

    def __str__(self) -> str:
        return self.value


@attrs.frozen
class Location:
    """One place where the job is offered.

    ``country`` is an ISO 3166-1 alpha-2 code; ``region`` a state or province
    code (``"CA"``, ``"ON"``) or, where no code is known, the region as written.
    A remote option is a location with ``remote=True`` (and maybe a country the
    remote work is limited to).
    """

    raw: str
    city: str | None = None
    region: str | None = None
    country: str | None = None
    remote: bool = False

    def label(self) -> str:
        """A short label: "Seattle, WA, US", "Remote (US)", else the text as written.

        >>> Location(raw="x", city="Madrid", country="ES").label()
        'Madrid, ES'
        >>> Location(raw="Remote, US", country="US", remote=True).label()
        'Remote (US)'
        """
        if self.remote:
            return f"Remote ({self.country})" if self.country else "Remote"
        parts = (self.city, self.region, self.country)
        return ", ".join(part for part in parts if part) or self.raw


@attrs.frozen
class Deadline:
    """A dated event a candidate would put in a calendar."""

    kind: DeadlineKind
    date: dt.date
    text: str


@attrs.frozen
class Source:
    """Where a posting was found: the page's URI and the posting's 0-based index on it."""

    uri: str | None
    index: int


@attrs.frozen
class Evidence:
    """Why a field has its value: the rule that set it and the text it rests on."""

    field: str
    rule: str
    text: str


@attrs.frozen
class Posting:
    """One job advertisement, as read from a page.

    ``id`` is a content hash of the normalised posting text: the same advert
    found on two pages has the same id. ``apply_url`` is the link behind the
    posting's Apply button; ``url`` the posting's own page (a card's link on a
    listing, or the page itself for a single-posting page); ``identifier`` and
    ``date_posted`` come from structured data or a card when the page gives them.

    Attributes:
        id: 16 hex digits, a hash of the normalised text; stable across runs
            and as the advert ages ("Posted 3 days ago" lines are left out).
        description: the posting's text, paragraphs separated by blank lines.
        source: the page (``uri``) and the posting's position on it (``index``).
        title: the role advertised ("Senior Research Engineer"), or None.
        company: the hiring organisation, or None when the page does not name it.
        locations: every place the job is offered (city, region, ISO country, remote).
        employment_type: full time, part time, internship, contract, temporary,
            postdoc or PhD, when stated or clearly implied; else None.
        deadlines: dated events (application deadline, start date, other).
        rolling: applications are reviewed as they come or until filled.
        emails: the e-mail addresses in the posting.
        urls: the URLs written in the posting's text.
        apply_url: where its Apply link or button leads, or None.
        url: the posting's own page, or None.
        date_posted: when it was published, if the page says.
        identifier: the page's own id for it (a JSON-LD ``identifier``), if any.
        first_seen: when a watching state (``--state``) first saw it, in UTC;
            None when no state is kept.
        evidence: for each inferred field, the rule and the text it rests on.

    """

    id: str
    description: str
    source: Source
    title: str | None = None
    company: str | None = None
    locations: tuple[Location, ...] = ()
    employment_type: EmploymentType | None = None
    deadlines: tuple[Deadline, ...] = ()
    rolling: bool = False
    emails: tuple[str, ...] = ()
    urls: tuple[str, ...] = ()
    apply_url: str | None = None
    url: str | None = None
    date_posted: dt.date | None = None
    identifier: str | None = None
    first_seen: dt.datetime | None = None
    evidence: tuple[Evidence, ...] = ()

    def evidence_for(self, field: str) -> tuple[Evidence, ...]:
        """Return the evidence recorded for one field, in the order it was found."""
        return tuple(item for item in self.evidence if item.field == field)
