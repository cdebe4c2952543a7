"""Pages into postings: turn a page's text or HTML into raw posting blocks.

A :class:`RawPosting` is what the page says about one advert before any field
is inferred: its optional location line, its paragraphs and its apply link.
"""

from __future__ import annotations

import datetime as dt

import attrs

from jobparse import patterns
from jobparse.model import Deadline, EmploymentType, Location

__all__ = ["Facts", "RawPage", "RawPosting", "looks_like_html"]


@attrs.frozen
class Facts:
    """What a page states outright about a posting, and where it says it.

    ``source`` names the evidence: ``"jsonld"`` or ``"microdata"`` for schema.org
    ``JobPosting`` markup, ``"html.card"`` for a card on a listing,
    ``"html.page"`` for a single posting's page (its heading and metadata).
    Stated facts win over inferred ones; heuristics fill what they lack.
    ``site_name`` is the page's ``og:site_name`` (an employer only if the text names it too);
    ``site_company`` whose careers page it is (:mod:`jobparse.page.site`), the employer when
    neither the posting nor its text names one, ``site_place`` the town of its postal
    address, the place when no other is given, ``site_country`` the country its places
    are mostly in (an ambiguous city name is read as that country's); ``lines`` are a
    card's short lines (place,
    company, date, labelled facts) left to the heuristics; ``group`` the heading of its
    group on a listing (a department, an office, a city); ``page_lines`` the
    labelled place and employment type a small listing states once for all its
    jobs (:mod:`jobparse.page.shared_facts`), a card's when it says none;
    ``one_of_roles`` that the posting is one of several roles a page's text
    describes together ("職種: キッチンスタッフ、ホールスタッフ"): its title tells
    it from the others.
    """

    source: str
    title: str | None = None
    company: str | None = None
    locations: tuple[Location, ...] = ()
    employment_type: EmploymentType | None = None
    deadlines: tuple[Deadline, ...] = ()
    apply_url: str | None = None
    url: str | None = None
    identifier: str | None = None
    date_posted: dt.date | None = None
    site_name: str | None = None
    site_company: str | None = None
    site_place: Location | None = None
    site_country: str | None = None
    lines: tuple[str, ...] = ()
    group: str | None = None
    page_lines: tuple[str, ...] = ()
    one_of_roles: bool = False


@attrs.frozen
class RawPosting:
    """One advert cut out of a page, before field inference.

    ``lead`` is a short first line standing on its own, which may be the
    posting's location line: it is *labelled* when the page says so
    ("Location ..."), otherwise the field heuristics decide. ``lead_gap``
    counts the blank lines after it: renderings set a location line apart by
    more than one. ``paragraphs`` is the rest of the posting's text.
    ``links`` are the hyperlinks of an HTML posting's text (absolute URLs).
    ``closed_by`` is the 0-based number of the ``Apply`` line that ends the
    posting on its page (None when the page ends inside it).
    """

    index: int
    paragraphs: tuple[str, ...]
    lead: str | None = None
    lead_labelled: bool = False
    lead_gap: int = 0
    apply_url: str | None = None
    links: tuple[str, ...] = ()
    facts: Facts | None = None
    closed_by: int | None = None

    def evolve(self, **changes: object) -> RawPosting:
        """A copy with some attributes changed."""
        return attrs.evolve(self, **changes)  # type: ignore[arg-type]


@attrs.frozen
class RawPage:
    """A page cut into raw postings, with what the page as a whole tells.

    ``segmentation`` says how the page was cut: a rule (``segment.records``...)
    and a line on what won and what came second, for ``jobparse explain``.
    ``built_by_scripts``: a page that gave no posting is mostly scripts or a
    placeholder ("Loading jobs…"): a browser may show what its HTML lacks.
    ``title`` is an HTML page's own ``<title>`` ("Lavora con noi — SMC Impianti"),
    ``not_role_lines`` its lines that name no job though a role word may be in them: its
    links' texts (a menu's items: "CEO Mesajı"), its feature cards' headings.
    """

    uri: str | None
    postings: tuple[RawPosting, ...]
    year: int | None = None
    segmentation: tuple[str, str] | None = None
    built_by_scripts: bool = False
    title: str | None = None
    not_role_lines: frozenset[str] = frozenset()


def looks_like_html(text: str) -> bool:
    """Tell HTML from text by content (does it open with markup?).

    >>> looks_like_html("<!DOCTYPE html><html><body>x</body></html>")
    True
    >>> looks_like_html("London\\n\\nWe are hiring <engineers>.")
    False
    """
    head = text[:4096]
    if (front := patterns.FRONT_MATTER.match(head)) is not None:
        head = head[front.end() :]  # "---\nlayout: default\n---\n<h4>...": a template's page
        if not head.strip():
            return True  # a site generator's settings and nothing else: an empty page's source
    return patterns.HTML_START.match(head) is not None
