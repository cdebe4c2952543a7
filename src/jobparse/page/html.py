"""HTML pages into raw postings: record finders propose, one chooser decides.

The page is parsed once; what it says as a whole (its address, year and
company) is read first. Then the finders, one module each, propose postings:

- :mod:`~jobparse.page.structured` — schema.org ``JobPosting`` markup;
- :mod:`~jobparse.page.embedded` — job records in the JSON of the page's
  scripts (an application's page, its jobs sent as data);
- :mod:`~jobparse.page.records` — repeated records anchored by their titles
  (cards, list items, table rows, department groups, flat heading runs),
  scored by :mod:`~jobparse.page.chooser`;
- :mod:`~jobparse.page.applies` — free-text adverts each closed by an Apply
  control (a conference career site);
- :mod:`~jobparse.page.single` — one job's own page.

The page's furniture (:mod:`~jobparse.page.furniture`) is dropped before
records are read. Structured data wins, with the visible records it lacks,
unless its one posting sums up a visible list of roles; then embedded job
records that the visible list lacks; otherwise the best record set, unless
the page reads better as one posting (its heading names a role and the
records are a small part of it, a sidebar of other jobs).
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import attrs
from lxml import etree

from jobparse import patterns, vocabulary
from jobparse.fields.locations import is_place_line
from jobparse.fields.places import scan_places
from jobparse.fields.title_places import title_places
from jobparse.model import Location
from jobparse.page import RawPage, RawPosting
from jobparse.page.academic_posts import academic_posts
from jobparse.page.address import PageTexts, institution_place, page_place, page_texts
from jobparse.page.applies import apply_controls, apply_listing, each_its_own_target
from jobparse.page.chooser import Candidate, best_candidates, listing_of_titles
from jobparse.page.embedded import (
    EmbeddedSet,
    embedded_over_visible,
    embedded_postings,
    embedded_sets,
)
from jobparse.page.feature_headings import feature_headings
from jobparse.page.furniture import drop_furniture
from jobparse.page.grouping import record_sets
from jobparse.page.heading_kinds import headings_under_no_jobs, speaks_to_reader
from jobparse.page.jsonld import json_ld_items
from jobparse.page.links import resolve
from jobparse.page.listing_postings import (
    SiteFacts,
    card_postings,
    summarises_visible_list,
    with_visible_extras,
)
from jobparse.page.microdata import microdata_items
from jobparse.page.numbered_roles import numbered_role_postings
from jobparse.page.records import RecordSet
from jobparse.page.render import element_text, parse_html
from jobparse.page.role_fields import role_titles, with_roles
from jobparse.page.script_json import inline_code, script_documents
from jobparse.page.scripted import built_by_scripts, shell_posting
from jobparse.page.shared_apply import (
    inside_records,
    one_posting_controls,
    titled_records_hold_applies,
    with_page_apply,
    with_shared_apply,
)
from jobparse.page.shared_facts import MAX_SHARED_JOBS, intro_statements, shared_fact_lines
from jobparse.page.single import single_posting
from jobparse.page.site import own_url, page_company
from jobparse.page.site_country import page_country
from jobparse.page.structured import structured_postings
from jobparse.page.template_filler import template_filler
from jobparse.page.text import page_year
from jobparse.page.theme_demo import theme_demo

__all__ = ["split_html_page"]

#: A page whose own text beyond its best record set is this long is one posting's page
#: when its heading names a role (the records are a sidebar of other jobs).
_SINGLE_TEXT = 1500
_SINGLE_SHARE = 0.35


def _base_url(root: etree._Element, page_url: str | None) -> str | None:
    base = root.find(".//base[@href]")
    if base is not None:
        return resolve(base.get("href"), page_url) or page_url
    return page_url


def _page_year(root: etree._Element) -> int | None:
    title = root.find(".//title")
    heading = next(root.iter("h1"), None)
    text = " ".join(element_text(e) for e in (title, heading) if e is not None)
    years = Counter(int(y) for y in patterns.YEAR.findall(text))
    return years.most_common(1)[0][0] if years else None


#: How many lines of text at a page's top are read for its year.
_YEAR_LINES = 80


def _top_year(root: etree._Element) -> int | None:
    """The most frequent year in the first lines of a page's text (no rendering needed)."""
    text = etree.tostring(root, method="text", encoding="unicode")
    lines = [line for line in (raw.strip() for raw in text.split("\n")) if line][:_YEAR_LINES]
    return page_year("\n".join(lines))


#: How many jobs a page of one group or lab lists at most: its institution's town is theirs.
_GROUP_PAGE_JOBS = 8


def _main_heading(root: etree._Element, inside: set[etree._Element]) -> str | None:
    """The page's own heading outside the records: one that names a role and no list."""
    for tag in ("h1", "h2"):
        for heading in root.iter(tag):
            text = element_text(heading)
            if heading in inside or not text:
                continue
            if tag == "h1" and speaks_to_reader(text):
                return None  # "Tstars02 - IHR PERFEKTER PARTNER FÜR SOFTWARE": a slogan
            if vocabulary.has_role(text) and not vocabulary.names_a_list(text):
                return text
            if tag == "h1" and not vocabulary.is_listing_heading(text):
                return None  # the page's title names something else than a job
    return None


def _reads_as_single(root: etree._Element, best: Candidate, series: set[etree._Element]) -> bool:
    """Whether the page is one job's page whose records are a box of other jobs.

    It is when a heading outside the records names a role and the records
    hold only a small part of the page's text (a sidebar of other jobs, in
    which this job may be listed too). A heading of a *series* (headings of
    one kind side by side: "Devenir formateur", "Effectuer un stage") is
    never the page's own.
    """
    if _main_heading(root, inside_records(best) | series) is None:
        return False
    listed = sum(len(card.text) for card in best.cards)
    total = len(element_text(root))
    return total - listed >= _SINGLE_TEXT and listed < _SINGLE_SHARE * total


#: Headings of one kind this many or more side by side are a series, none the page's own.
_SERIES = 3


def _series(sets: list[RecordSet]) -> set[etree._Element]:
    """The headings that stand in a series of their kind (a page's sections, not its title)."""
    return {
        anchor
        for found in sets
        if found.kind == "heading" and len(found.anchors) >= _SERIES
        for anchor in found.anchors
    }


def _places_of(line: str) -> tuple[Location, ...]:
    """The places a card's line gives: a place line's, or a labelled location's."""
    label = vocabulary.fact_label(line)
    if label is not None:
        line = label[1] if label[0] == "location" else ""
    elif not is_place_line(line):
        return ()
    return scan_places(line, unknown_city_heads=True).locations if line else ()


def _segmentation(chosen: str, candidates: list[Candidate], used: Candidate | None) -> str:
    runner_up = next((c for c in candidates if c is not used), None)
    text = chosen
    if runner_up is not None:
        text += f"; runner-up: {runner_up.describe()}"
    return text


def split_html_page(text: str, *, uri: str | None = None, base_url: str | None = None) -> RawPage:
    """Cut an HTML page into raw postings (see the module's docstring)."""
    root = parse_html(text, uri=uri)
    page_url = base_url or (uri if uri and uri.startswith(("http://", "https://")) else None)
    stated_url = own_url(root)
    base = _base_url(root, page_url or stated_url)
    year = _page_year(root)
    items: list[tuple[str, dict[str, Any]]] = [("jsonld", i) for i in json_ld_items(root, uri=uri)]
    items += [("microdata", i) for i in microdata_items(root)]
    texts = page_texts(root)
    site = SiteFacts(
        page_company(root, texts, [item for _, item in items], stated_url or page_url),
        page_place(root, texts),
    )
    structured = structured_postings(items, base)
    # Job records in the scripts' JSON count only where structured data names no job.
    titled = any(p.facts and p.facts.title for p in structured)
    scripts = [] if titled else list(script_documents(root))
    code = inline_code(root)
    drop_furniture(root)
    sets = record_sets(root)
    candidates = best_candidates(sets, base)
    if candidates and structured and not any(p.facts and p.facts.title for p in structured):
        # A JobPosting stub with no title beside a visible list: the list is the jobs,
        # the stub says only where they are.
        stub_places = [place for p in structured if p.facts for place in p.facts.locations]
        if site.place is None and len(stub_places) == 1:
            site = attrs.evolve(site, place=stub_places[0])
        structured = []
    best = candidates[0] if candidates else None
    if summarises_visible_list(structured, best):  # "薬剤師・調剤事務" over two role cards
        structured = []
    if best is None and titled:  # a visible list beside the JobPosting it is one of
        best = listing_of_titles(sets, base, [p.facts.title for p in structured if p.facts])
    embedded = None if structured else _embedded(root, embedded_sets(scripts, base), best)
    if site.place is None and (best is None or len(best.cards) <= _GROUP_PAGE_JOBS):
        # A group's or a lab's few jobs are where its institution is ("University of Oslo");
        # an institution's long list spans its campuses.
        site = attrs.evolve(site, place=institution_place(texts))
    cards = best.cards if best is not None else ()
    places = (
        embedded.places()
        if embedded is not None
        else [
            *(place for card in cards for line in card.lines for place in _places_of(line)),
            # the towns titles name ("Blackjackdealer i Karlstad"): large ones only
            *(place for card in cards for place in title_places(card.title)),
        ]
    )
    site = attrs.evolve(
        site, country=page_country(root, stated_url or page_url, places, site.place)
    )
    applies = apply_controls(root)
    with_apply = best is not None and titled_records_hold_applies(best, applies)
    postings: list[RawPosting]
    if structured:
        structured = [p.evolve(facts=site.into(p.facts)) for p in structured]
        postings = with_page_apply(with_visible_extras(structured, best, site), applies, base)
        segmentation = ("segment.structured", f"{len(structured)} JobPosting objects")
    elif embedded is not None:
        postings = [
            p.evolve(facts=site.into(p.facts))
            for p in embedded_postings(embedded, base, site.country)
        ]
        runner_up = best.describe() if best is not None else "no visible list"
        segmentation = ("segment.embedded", f"{embedded.describe()}; runner-up: {runner_up}")
    elif (
        len(applies) >= 2
        and not with_apply
        and not one_posting_controls(applies, base)
        and each_its_own_target(applies, base)
    ):
        postings = apply_listing(root, applies, base)
        segmentation = ("segment.apply", f"{len(applies)} Apply controls")
    elif best is not None and not _reads_as_single(root, best, _series(sets)):
        shared: tuple[str, ...] = ()
        if len(best.cards) <= MAX_SHARED_JOBS:
            inside = inside_records(best)
            # "is recruiting full-time biostatisticians", "authorized to be employed in the USA"
            shared = (*shared_fact_lines(root, inside), *intro_statements(root, inside))
        postings = with_shared_apply(card_postings(best.cards, site, shared), best, applies, base)
        postings = numbered_role_postings(postings)  # "①アニメーター ■仕事内容 … ②モデラー"
        if (
            _sections_of_a_closed_page(best, texts)
            or theme_demo(root, best.cards)
            or _closed_by_its_heading(texts)
        ):
            # "no open positions" above "For external students", "Internships"; a theme's
            # sample cards in a page of placeholder Latin
            postings = []
        segmentation = ("segment.records", _segmentation(best.describe(), candidates, best))
    else:
        postings = [
            p.evolve(facts=site.into(p.facts))
            for p in single_posting(root, base, stated_url or page_url)
        ]
        postings = with_roles(postings, role_titles(root))  # "募集職種: PM / SE": two jobs
        postings = with_roles(postings, _academic_posts(postings))  # "one PhD and one Postdoc"
        postings = numbered_role_postings(postings)
        if shell_posting(postings):
            postings = []  # "Careers" over "Loading jobs…": the page's own title, no job
        segmentation = ("segment.single", _segmentation("one posting's page", candidates, None))
    if site.company and template_filler(site.company):
        postings = []  # "株式会社XXX": a template's sample page, its roles and "〇〇市" unfilled
    elif postings and all(map(_sample_title, postings)):
        postings = []  # "職種A", "職種B", "職種C": a template's sample cards, no role named
    if year is None:
        year = _top_year(root)
    return RawPage(
        uri=uri,
        postings=tuple(postings),
        year=year,
        segmentation=segmentation,
        built_by_scripts=not postings and built_by_scripts(root, code),
        title=element_text(title) if (title := root.find(".//title")) is not None else None,
        not_role_lines=(
            _link_texts(root) | feature_headings(root) | headings_under_no_jobs(root)
            if segmentation[0] == "segment.single"
            else frozenset()
        ),
    )


def _academic_posts(postings: list[RawPosting]) -> list[str]:
    """The kinds of academic post an untitled page's one posting recruits, if two or more."""
    if len(postings) != 1 or postings[0].facts is None or postings[0].facts.title:
        return []
    return academic_posts("\n".join(postings[0].paragraphs))


def _sample_title(posting: RawPosting) -> bool:
    """Whether a posting's title is a template's filler where a role's name is to go."""
    title = posting.facts.title if posting.facts is not None else None
    return title is not None and template_filler(title)


def _closed_by_its_heading(texts: PageTexts) -> bool:
    """Whether the page's main heading says it recruits no one now: "…（已暂停内推）".

    A post on referrals, paused, keeps its list of positions "for reference only".
    The page's texts are read as they were before its furniture went (a post's
    heading may stand in its ``<header>``).
    """
    heading = next(
        (
            piece
            for piece, holder in zip(texts.pieces, texts.holders, strict=False)
            if holder.tag == "h1" and piece.strip()
        ),
        "",
    )
    return bool(heading) and vocabulary.states_no_openings(heading)


def _sections_of_a_closed_page(best: Candidate, texts: PageTexts) -> bool:
    """Whether records naming no role are a page's sections, the page saying it hires no one.

    "Currently, there are no open positions in our group." above "For external
    students" and "Internships": headings of what one may still ask for, no jobs.
    """
    if any(
        card.url
        or (vocabulary.has_role(card.title) and not patterns.AUDIENCE_HEADING.match(card.title))
        for card in best.cards
    ):
        return False
    return vocabulary.states_no_openings(" ".join(texts.pieces[:_CLOSED_PAGE_PIECES]))


#: How many of a page's texts are searched for its saying that it hires no one.
_CLOSED_PAGE_PIECES = 2_000


def _link_texts(root: etree._Element) -> frozenset[str]:
    """The texts of a page's links, stripped: a menu's items, read as no role's line."""
    return frozenset(text for a in root.iter("a") if (text := element_text(a).strip(" •-–")))


def _embedded(
    root: etree._Element, sets: list[EmbeddedSet], best: Candidate | None
) -> EmbeddedSet | None:
    """The embedded job records the page's postings come from, if any.

    Against a visible list, by :func:`embedded_over_visible`; with none, unless
    the page is one job's own page (a heading naming a role over a long text,
    whose data may list other jobs).
    """
    if not sets:
        return None
    if (
        best is None
        and _main_heading(root, set()) is not None
        and len(element_text(root)) >= _SINGLE_TEXT
    ):
        return None
    return embedded_over_visible(sets, best)
