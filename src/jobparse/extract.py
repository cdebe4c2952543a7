"""From a raw posting to a typed :class:`~jobparse.model.Posting`.

This is where the field heuristics meet: the posting text is prepared once
(:class:`~jobparse.fields.context.PostingText`), each field module reads it,
and their answers and evidence are assembled into the frozen model. What a
page states outright (:class:`~jobparse.page.Facts`: structured data, a
card, a posting page's heading) wins; the heuristics fill what it lacks.
"""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import urlsplit

from jobparse import vocabulary
from jobparse.fields.cjk_places import has_cjk
from jobparse.fields.company import infer_company
from jobparse.fields.contacts import bare_url
from jobparse.fields.context import PostingText
from jobparse.fields.dates import infer_deadlines, infer_rolling, parse_date
from jobparse.fields.employment import infer_employment_type
from jobparse.fields.institutions import institution_town
from jobparse.fields.locations import infer_locations, is_place_line
from jobparse.fields.place_cues import (
    eligibility_country,
    jobs_remote_phrase,
    organisation_town,
    work_modes_line,
)
from jobparse.fields.title import infer_title
from jobparse.fields.title_line import line_title
from jobparse.fields.title_places import title_places
from jobparse.ids import posting_id
from jobparse.model import (
    Deadline,
    DeadlineKind,
    EmploymentType,
    Evidence,
    Location,
    Posting,
    Source,
)
from jobparse.page import Facts, RawPosting
from jobparse.page.card_facts import CardFacts, card_lines

__all__ = ["build_posting"]


def _urls(written: Iterable[str], links: Iterable[str]) -> tuple[str, ...]:
    """The text's URLs, then the links', each page once.

    A URL the text writes short is the link it shows ("linkedin.com/company/x" for
    https://www.linkedin.com/company/x/): the link's whole URL stands in its place.
    """
    linked = {bare_url(link): link for link in links}
    found = dict.fromkeys(linked.get(bare_url(url), url) for url in written)
    found.update(dict.fromkeys(links))
    return tuple(found)


def _location_line(raw: RawPosting) -> str | None:
    """The posting's location line, if its lead line is one.

    A header naming a role and its places ("Smappen - Toulouse, France - Remote -
    Full-Stack Engineer") is no location line: it opens the posting's text, where
    the header rules read its title, employer and places.
    """
    if raw.lead is None:
        return None
    if raw.lead_labelled or (is_place_line(raw.lead) and line_title(raw.lead) is None):
        return raw.lead
    return None


def _stated(facts: Facts | None, field: str, value: object) -> list[Evidence]:
    """Evidence for a field the page states outright."""
    if facts is None or value in (None, (), ""):
        return []
    return [Evidence(field, f"stated.{facts.source}", str(value))]


def _listing_statement(facts: Facts) -> tuple[EmploymentType | None, list[Evidence]]:
    """The one employment type the listing's prose states for all its jobs, if any.

    A page line that is no label ("The lab is recruiting full-time biostatisticians")
    is the sentence :func:`jobparse.page.shared_facts.intro_statement` found.
    """
    for line in facts.page_lines:
        kind = vocabulary.offered_kind(line)  # "正社員/アルバイト": the first named
        if vocabulary.fact_label(line) is None and kind is not None:
            evidence = Evidence("employment_type", "employment.page.statement", line)
            return EmploymentType(kind), [evidence]
    return None, []


def _without_bare_countries(locations: tuple[Location, ...]) -> tuple[Location, ...]:
    """The places without a bare country that a town of the list already places the job in.

    "France; Paris, France" is one place: Paris.
    """
    towns = {loc.country for loc in locations if loc.city and not loc.remote}
    return tuple(
        loc for loc in locations if loc.city or loc.remote or loc.region or loc.country not in towns
    )


def _posted(deadline: Deadline, facts: Facts) -> bool:
    """Whether an undated-kind date says when the job was posted, no event.

    A card's date, a line of a page's meta facts, or a job page's bare date
    ("02/04/2024" over an article: when it was published).
    """
    return (
        facts.source == "html.card"
        or deadline.text in facts.lines
        or (facts.source == "html.page" and not any(c.isalpha() for c in deadline.text))
    )


def _with_remote_countries(locations: tuple[Location, ...]) -> tuple[Location, ...]:
    """A remote option limited to a country ("Remote UK") is that country too, as a place.

    Unless the posting already has a place in that country ("Redwood City, CA; or
    Remote, US"): the country adds nothing there.
    """
    countries = {loc.country for loc in locations if not loc.remote and loc.country}
    added: list[Location] = []
    for location in locations:
        if location.remote and location.country and location.country not in countries:
            countries.add(location.country)
            added.append(Location(raw=location.raw, country=location.country))
    return (*locations, *added) if added else locations


def _merge_deadlines(stated: Iterable[Deadline], found: Iterable[Deadline]) -> tuple[Deadline, ...]:
    """The deadlines of both, each once; a date another kind already has is no "other"."""
    merged: dict[tuple[str, object], Deadline] = {}
    for deadline in (*stated, *found):
        merged.setdefault((deadline.kind.value, deadline.date), deadline)
    kinds = {d.date for d in merged.values() if d.kind is not DeadlineKind.OTHER}
    return tuple(
        d for d in merged.values() if d.kind is not DeadlineKind.OTHER or d.date not in kinds
    )


def _page_name(url: str) -> str:
    """A link's last path segment, query and fragment: the name of a job's page.

    It is the same wherever the listing was read: "jobs/42.html",
    "/careers/jobs/42.html" and "https://example.org/careers/jobs/42.html".
    """
    parts = urlsplit(url)
    last = parts.path.rstrip("/").rpartition("/")[2]
    return f"{last}?{parts.query}#{parts.fragment}"


def build_posting(
    raw: RawPosting,
    *,
    uri: str | None,
    year: int | None = None,
    segmentation: tuple[str, str] | None = None,
) -> Posting:
    """Infer every field of one raw posting and return the typed posting.

    *segmentation* (rule and text) says how the page was cut into postings.
    """
    location_line = _location_line(raw)
    paragraphs = raw.paragraphs
    if raw.lead is not None and location_line is None:
        paragraphs = (raw.lead, *paragraphs)
    ctx = PostingText.prepare(paragraphs, location_line=location_line, year=year)
    facts = raw.facts
    evidence: list[Evidence] = []
    if segmentation is not None:
        evidence.append(Evidence("segment", *segmentation))

    title, found = (
        (facts.title, _stated(facts, "title", facts.title))
        if facts and facts.title
        else infer_title(ctx)
    )
    evidence += found
    card = card_lines(facts, title, year) if facts is not None else CardFacts()
    card_places, card_evidence = card.locations, card.evidence
    if facts is not None and facts.company:
        company: str | None = facts.company
        evidence += _stated(facts, "company", company)
    elif card.company:
        company = card.company
        evidence += [e for e in card_evidence if e.field == "company"]
    else:
        company, found = infer_company(ctx, header=facts is None or not facts.title)
        evidence += found
        if company and facts is not None and _short_for(company, facts.site_company):
            company = facts.site_company  # "Rocket" (info@rocket.nl) on Rocket Rijschool's page
            evidence.append(Evidence("company", "company.site", str(company)))
        site_name = facts.site_name if facts is not None else None
        if company is None and site_name and site_name.casefold() in ctx.text.casefold():
            company = site_name  # the site's own name, and the text names it: its own careers page
            evidence.append(Evidence("company", "company.site_name", site_name))
        if company is None and facts is not None and facts.site_company:
            company = facts.site_company  # whose careers page this is (page.site)
            evidence.append(Evidence("company", "company.site", facts.site_company))
    if facts is not None and facts.locations:
        locations: tuple[Location, ...] = facts.locations
        evidence += _stated(facts, "locations", "; ".join(loc.raw for loc in locations))
    elif card_places:
        locations = tuple(dict.fromkeys(card_places))
        evidence += [e for e in card_evidence if e.field == "locations"]
    else:
        # A listing's card is the site's: its address (below) says more than a university's name.
        listed = facts is not None and facts.source == "html.card"
        locations, found = infer_locations(
            ctx,
            organisation=None if listed else company,
            prefer=facts.site_country if facts is not None else None,
        )
        evidence += found
    if not locations and title:
        locations = title_places(title, facts.site_country if facts is not None else None)
        if locations:
            evidence.append(Evidence("locations", "location.title", title))
    if not locations and company and has_cjk(company):
        town = organisation_town(company)  # "石家庄威凤电子工程有限公司": Shijiazhuang
        if town is not None:
            locations = (town,)
            evidence.append(Evidence("locations", "location.organisation", company))
    if not locations and facts is not None and facts.site_place is not None:
        locations = (facts.site_place,)  # the town of the page's postal address
        evidence.append(Evidence("locations", "location.site", facts.site_place.raw))
    if not locations and facts is not None:
        for line in facts.page_lines:  # "must be legally authorized to be employed in the USA"
            if (country := eligibility_country(line)) is not None:
                locations = (country,)
                evidence.append(Evidence("locations", "location.page.eligibility", line))
                break
    if not locations and (town := institution_town(ctx.text)) is not None:
        locations = (town,)  # "... at the University of Genova": Genoa
        evidence.append(Evidence("locations", "location.institution", town.raw))
    if facts is not None and not any(location.remote for location in locations):
        for statement in facts.page_lines:  # "Most of our summer internships are remote."
            if (phrase := jobs_remote_phrase(statement)) is not None:
                locations = (*locations, Location(raw=phrase, remote=True))
                evidence.append(Evidence("locations", "location.page.remote", statement))
                break
    if not any(location.remote for location in locations) and (modes := work_modes_line(ctx.text)):
        locations = (*locations, Location(raw=modes, remote=True))  # "Tipo: Remoto / Presencial"
        evidence.append(Evidence("locations", "location.modes", modes))
    locations = _with_remote_countries(_without_bare_countries(locations))
    deadlines, found = infer_deadlines(ctx)
    deadlines = _merge_deadlines(card.deadlines, deadlines)
    evidence += [e for e in card_evidence if e.field == "deadlines"]
    if facts is not None and facts.lines:
        # A card's (or a page's meta) bare date is when it was posted, not an event; a
        # page's sentence still dates one ("Planned interview date: w/c 24 March 2014").
        posted = {d.text for d in deadlines if d.kind is DeadlineKind.OTHER and _posted(d, facts)}
        deadlines = tuple(
            d for d in deadlines if d.text not in posted or d.kind is not DeadlineKind.OTHER
        )
        found = [e for e in found if e.rule != "deadline.other" or e.text not in posted]
    evidence += found
    if facts is not None and facts.deadlines:
        evidence += [
            Evidence("deadlines", f"stated.{facts.source}", d.text) for d in facts.deadlines
        ]
        deadlines = _merge_deadlines(facts.deadlines, deadlines)
    rolling, found = infer_rolling(ctx)
    evidence += found
    employment_type: EmploymentType | None
    if facts is not None and facts.employment_type:
        employment_type = facts.employment_type
        evidence += _stated(facts, "employment_type", employment_type.value)
    elif (stated := card.employment_type())[0] is not None:
        employment_type, found = stated
        evidence += found
    elif card.several_kinds is not None:
        employment_type = None  # the text's "Postdoc" is one of the kinds the card offers
        evidence.append(Evidence("employment_type", "employment.card.several", card.several_kinds))
    else:
        employment_type, found = infer_employment_type(ctx, title=title)
        if employment_type is None and facts is not None:
            employment_type, found = _listing_statement(facts)  # the listing's own prose
        evidence += found
    date_posted = facts.date_posted if facts else None
    if date_posted is None and facts is not None:
        date_posted = next((d for line in facts.lines if (d := parse_date(line, year=year))), None)

    full_text = f"{location_line}\n\n{ctx.full_text}" if location_line else ctx.full_text
    folded = None
    if len(ctx.text) == len(ctx.full_text):  # not cut to MAX_ANALYSED_CHARS: its fold is at hand
        folded = f"{location_line.casefold()}\n\n{ctx.folded}" if location_line else ctx.folded
    if facts is not None and facts.source == "html.card" and facts.url:
        # A card says little: two jobs' cards may read alike; their own pages differ. The
        # page's own name, not where it was read from: a file and its URL give one id.
        full_text, folded = f"{full_text}\n{_page_name(facts.url)}", None
    if facts is not None and facts.one_of_roles and title:
        # roles described together share their text: each is told apart by its own title
        full_text, folded = f"{title}\n{full_text}", None
    if not full_text.strip():
        # No text at all (a JobPosting whose description is empty): what it does say is
        # its text, or every such posting would share one id and all but one be dropped.
        url = facts.url if facts is not None else None
        said = (title, company, url, raw.apply_url, *(loc.raw for loc in locations))
        full_text, folded = "\n".join(part for part in said if part), None
    return Posting(
        id=posting_id(full_text, folded=folded),
        description=ctx.full_text,
        source=Source(uri=uri, index=raw.index),
        title=title,
        company=company,
        locations=locations,
        employment_type=employment_type,
        deadlines=deadlines,
        rolling=rolling,
        emails=ctx.emails,
        urls=_urls(ctx.urls, raw.links),
        apply_url=raw.apply_url or (facts.apply_url if facts else None),
        url=facts.url if facts else None,
        date_posted=date_posted,
        identifier=facts.identifier if facts else None,
        evidence=tuple(evidence),
    )


def _short_for(name: str, fuller: str | None) -> bool:
    """Whether *name* is the first words of *fuller*, the site's own name for the employer."""
    if not fuller:
        return False
    short, full = name.casefold().strip(), fuller.casefold().strip()
    return full.startswith(short + " ")
