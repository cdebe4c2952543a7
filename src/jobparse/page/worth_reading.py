"""Which record sets are worth reading as cards: reading is the costly part of choosing.

A set is read when enough of its anchors alone look like jobs' titles: they
name a role, carry a gender tag, ask for someone, link to a job's page or are
a row of chips ("Advisory Full-time") above a role. A small set is read on one
such anchor, or an apply link, or a heading that labels its records as jobs.
"""

from __future__ import annotations

import re

from lxml import etree

from jobparse import vocabulary
from jobparse.page.card_titles import is_chip_row
from jobparse.page.grouping import FEWEST_ALIKE, alike_boxes, lists_of
from jobparse.page.records import Record, RecordSet
from jobparse.page.render import element_text

__all__ = ["has_apply", "under_roles_heading", "worth_reading", "worth_reading_sets"]


#: A set this small is read when one title looks like a job's (or one record has an apply
#: link): its cards' lines may say the rest.
_ALWAYS_READ = 6
_TITLED_SHARE = 0.3


def worth_reading(found: RecordSet, named: set[etree._Element] | None = None) -> bool:
    """Whether enough of a set's titles alone name a role or link to a job to read it.

    Reading a record as a card is the costly part of choosing; a large set of
    which few titles name a role, carry a gender tag or link to a job's page
    (a menu, a list of news) is left unread. *named* collects the anchors that
    name a role or carry a gender tag.
    """
    titled = 0
    figures = 0
    anchors: set[etree._Element] = set()  # filled when a row of chips first asks
    for anchor in found.anchors:
        text = element_text(anchor)
        if _a_figure(text):
            figures += 1  # "3/3" opening a card: its role may be below
            continue
        href = anchor.get("href") or ""
        role = vocabulary.has_role(text) or vocabulary.has_gender_tag(text)
        if role and named is not None:
            named.add(anchor)
        if (
            role
            or vocabulary.asks_for_someone(text)
            or (vocabulary.job_url(href) and not vocabulary.filter_url(href))
        ):
            titled += 1
        elif is_chip_row(text):  # "Advisory Full-time" above its role
            anchors = anchors or set(found.anchors)
            titled += _role_next(anchor, anchors)
    if 2 * figures >= len(found.anchors):
        titled += sum(1 for record in found.records if _role_below(record))
    if len(found.anchors) <= _ALWAYS_READ:
        return (
            titled > 0
            or any(has_apply(record) for record in found.records)
            or under_roles_heading(found.records[0])
        )
    return titled >= _TITLED_SHARE * len(found.anchors)


def _a_figure(text: str) -> bool:
    """Whether an anchor's text is figures alone ("3/3", "01"), no word to title a job."""
    return _DIGIT.search(text) is not None and _LETTER.search(text) is None


_DIGIT = re.compile(r"\d")
_LETTER = re.compile(r"[^\W\d_]")


def _role_below(record: Record) -> bool:
    """Whether a record opened by figures names a role in a short block below them."""
    return any(
        vocabulary.has_role(text)
        for node in record.nodes
        for block in node.iter(etree.Element)
        if block is not record.anchor
        and not len(block)
        and 0 < len(text := element_text(block)) <= _LONGEST_ROLE
    )


#: The longest block below a card's figures read as its role.
_LONGEST_ROLE = 80


def _role_next(anchor: etree._Element, anchors: set[etree._Element]) -> bool:
    """Whether the block after an anchor, none of the set's anchors, names a role."""
    block = anchor.getnext()
    return (
        block is not None
        and block not in anchors  # another chip, or another option of a filter
        and vocabulary.has_role(element_text(block))
    )


def under_roles_heading(record: Record) -> bool:
    """Whether a record's group heading labels its records as jobs ("모집분야", "Positions").

    A label of the title field, not a page's listing heading ("Vacatures"), which
    also stands above a table's other columns.
    """
    return record.heading is not None and vocabulary.label_field(record.heading) == "title"


def has_apply(record: Record) -> bool:
    return any(
        vocabulary.apply_text(element_text(control))
        for node in record.nodes
        for control in node.iter("a", "button")
    )


def _titles_apart(record_set: RecordSet, named: set[etree._Element]) -> list[RecordSet]:
    """The anchors of a set in the one kind of box that holds all its roles, if others hold none.

    A card's title and its pay are each a ``<p>`` in a box of its own class
    ("element-text text-style-subtitle" / "… text-style-content"): one tag path,
    two kinds of line. The titles alone are the list; read with the pay lines as
    records of their own, every other record would be a salary.
    """
    if not named or len(record_set.anchors) <= _ALWAYS_READ:
        return []
    boxes = alike_boxes(record_set.anchors)
    if len(boxes) < 2 or sum(len(box) for box in boxes) != len(record_set.anchors):
        return []
    titled = [box for box in boxes if named.intersection(box)]
    if len(titled) != 1 or not FEWEST_ALIKE <= len(titled[0]) < len(record_set.anchors):
        return []
    return [RecordSet(record_set.kind, titled[0])]


def worth_reading_sets(sets: list[RecordSet]) -> list[RecordSet]:
    """The sets worth reading, and for a large one too little titled, its lists of roles.

    Two lists built alike share one tag path: "Offene Stellen" with two doctors'
    cards and "Ihre Benefits" with six perks, each an ``article > h3``. The
    set reads as perks; the list of the two cards, on its own, as jobs.
    """
    found: list[RecordSet] = []
    listed = {(found_set.kind, tuple(found_set.anchors)) for found_set in sets}
    for record_set in sets:
        named: set[etree._Element] = set()
        if worth_reading(record_set, named):
            found.append(record_set)
            found.extend(
                apart
                for apart in _titles_apart(record_set, named)
                if (apart.kind, tuple(apart.anchors)) not in listed  # a set of its own already
            )
            continue
        if len(record_set.anchors) <= _ALWAYS_READ:
            continue
        for anchors in lists_of(record_set.anchors):
            if 2 <= len(anchors) < len(record_set.anchors) and named.issuperset(anchors):
                found.append(RecordSet(record_set.kind, anchors))
        for anchors in alike_boxes(record_set.anchors):  # <div class="job-item-content"><h4>
            titled = sum(1 for anchor in anchors if anchor in named)
            if FEWEST_ALIKE <= len(anchors) < len(record_set.anchors) and 2 * titled > len(anchors):
                found.append(RecordSet(record_set.kind, anchors))
    return found
