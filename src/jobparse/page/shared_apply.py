"""Apply controls beside a page's postings: whose they are when no posting holds its own.

A job's page may repeat its one Apply button (top, bottom, a sticky bar); a
listing may end with one "Apply" for all its jobs; a structured posting may
leave its link to the visible button. These helpers decide, for
:mod:`jobparse.page.html`, which postings such controls belong to.
"""

from __future__ import annotations

import attrs
from lxml import etree

from jobparse import vocabulary
from jobparse.page import RawPosting
from jobparse.page.applies import apply_href
from jobparse.page.cards import apply_url_of
from jobparse.page.chooser import Candidate

__all__ = [
    "MAX_BUTTONS_OF_ONE",
    "inside_records",
    "one_posting_controls",
    "titled_records_hold_applies",
    "with_page_apply",
    "with_shared_apply",
]

#: A job's own page may repeat its Apply button (top, bottom, a sticky bar).
MAX_BUTTONS_OF_ONE = 3


def with_page_apply(
    postings: list[RawPosting], controls: list[etree._Element], base: str | None
) -> list[RawPosting]:
    """A job page's one structured posting, with the page's Apply button if it has no link."""
    if len(postings) != 1 or postings[0].apply_url is not None or not controls:
        return postings
    url = apply_url_of(controls, base) if one_posting_controls(controls, base) else None
    if url is None or _own_form(url, base):
        return postings
    posting = postings[0]
    facts = attrs.evolve(posting.facts, apply_url=url) if posting.facts else None
    return [posting.evolve(apply_url=url, facts=facts)]


def _own_form(url: str, base: str | None) -> bool:
    """Whether a link leads to the page's own inline form: "#apply", "662369.html#apply"."""
    page, hash_mark, _ = url.partition("#")
    if not hash_mark:
        return False
    return "://" not in page or (base is not None and page == base.partition("#")[0])


def one_posting_controls(controls: list[etree._Element], base: str | None) -> bool:
    """Whether a few Apply controls all lead to one place: one job's buttons, top and bottom."""
    targets = {apply_href(control, base) for control in controls}
    return len(controls) <= MAX_BUTTONS_OF_ONE and len(targets) <= 1


def titled_records_hold_applies(best: Candidate, controls: list[etree._Element]) -> bool:
    """Whether the best set is the reading of a listing with Apply controls.

    It is when most controls stand inside its records and most of its records
    have a title naming a role: free-text adverts, whose "titles" are only
    their first lines, read better as text cut at their Apply controls.
    """
    inside = inside_records(best)
    held = sum(1 for control in controls if control in inside) * 2 >= len(controls)
    titled = sum(1 for card in best.cards if vocabulary.has_role(card.title)) * 2 >= len(best.cards)
    return held and titled


def with_shared_apply(
    postings: list[RawPosting], best: Candidate, controls: list[etree._Element], base: str | None
) -> list[RawPosting]:
    """The postings, each with the page's one Apply control outside them, where none has its own.

    "To apply for any of these roles, use our form [Apply]": a few controls
    beside the list, above it ("Wanna start your career here? [Apply Now]") or
    after it, all to one target, are every listed job's way to apply. (The
    site's header, with its menu's buttons, is gone before this is asked.)
    """
    if not controls or any(card.apply_url for card in best.cards):
        return postings
    inside = inside_records(best)
    if _own_pages(best, inside):
        return postings  # each job links to its page: a button after the list is no one's
    if any(control in inside for control in controls):
        return postings  # each job's own "Başvur" (a mail): a button elsewhere is another's
    outside = [
        control
        for control in controls  # "Easy Apply" to '/search?easy=1': a filter of the list
        if not vocabulary.filter_url(apply_href(control, base) or "")
    ]
    if not outside or len(outside) > MAX_BUTTONS_OF_ONE:
        return postings
    url = apply_url_of(outside, base)
    if url is None or len({apply_href(control, base) for control in outside}) != 1:
        return postings
    return [
        p.evolve(apply_url=url, facts=attrs.evolve(p.facts, apply_url=url) if p.facts else None)
        for p in postings
    ]


def inside_records(best: Candidate) -> set[etree._Element]:
    """Every element inside the records of a set (held, so that each keeps its identity)."""
    return {e for record in best.records for node in record.nodes for e in node.iter()}


#: Links that lead to no page of a job's own.
_NO_PAGE_HREFS = ("#", "mailto:", "tel:", "javascript:")


def _own_pages(best: Candidate, inside: set[etree._Element]) -> bool:
    """Whether most of a set's records link to a page (their own, relative or not)."""
    linking = {
        record
        for record in best.records
        for node in record.nodes
        for link in node.iter("a")
        if (href := (link.get("href") or "").strip()) and not href.startswith(_NO_PAGE_HREFS)
    }
    return len(linking) * 2 > len(best.records)
