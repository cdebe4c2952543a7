"""Repeated records: the entries of a listing, found from the page's repeated structure.

The shape it recognises, in all its variants::

    <section><h3>Engineering</h3>                                  <- a group heading
      <div class="opening"><a href="/jobs/1">Perception Engineer</a>
        <span>Pittsburgh, PA</span></div>                           <- one record
      <div class="opening"><a href="/jobs/2">Planning Engineer</a>
        <span>Boston, MA</span></div>
    </section>
    <section><h3>Operations</h3> ... </section>                    <- same path: same set

Each entry is found by its *anchor*, the element that titles it: a link, a
heading (``h1``-``h6``, ``summary``, ``dt``, an accordion ``button``, a
leading ``strong``) or a short text-only item (``li``, ``p``, ``td``,
``dd``, or a ``div`` that opens its block: ``<div class="job-title">``).
Anchors of one kind, tag and class on the same tag path from the body form
a candidate set, wherever their parents are (department groups).
Each anchor's record is its largest ancestor that holds no other anchor of
the set (a card, a list item, a table row); where that is the anchor's own
block in a flat run of siblings (``<h4>title</h4><h5>Remote</h5><p>...</p>
<h4>...``, or ``<strong>`` titles inside one paragraph), the record is a
*generalised node* (MDR, Liu et al. 2003): the block and the siblings after
it, up to the next anchor, a heading as high as the anchor's, or a rule.
The nearest short heading-like element before a set's records (a
department, an office, a city) is their group heading.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

import attrs
from lxml import etree

from jobparse.page.anchors import HEADINGS as _HEADINGS
from jobparse.page.render import element_text, tag_of

__all__ = ["MIN_RECORDS", "Record", "RecordSet", "own_blocks"]

#: How many records a list has at least (one more rule: a table of positions, grouping.py).
MIN_RECORDS = 2
_RULE = "hr"
_LOGO_LEVELS = 3
_MAX_RECORDS_PER_LOGO = 4


@attrs.frozen(eq=False)
class Record:
    """One entry of a listing: its anchor (title element) and the elements it spans.

    ``nodes`` is the record's container, or a run of siblings (whose tails,
    the text between them, belong to the record too). ``heading`` is the
    text of the group heading above it, if any; ``logo`` the alt text of the
    image that stands for it: its own, or its group's (an employer's logo above
    the jobs it lists).
    """

    anchor: etree._Element
    nodes: tuple[etree._Element, ...]
    heading: str | None = None
    logo: str | None = None


class RecordSet:
    """Records found together: one anchor of each, of one kind, on one tag path.

    The records themselves (their blocks, runs, group headings and logos) are
    worked out when first asked for: most candidate sets of a page are judged
    by their anchors alone and never read.
    """

    def __init__(
        self, kind: str, anchors: list[etree._Element], *, one_titled_row: bool = False
    ) -> None:
        self.kind = kind
        self.anchors = anchors
        #: One row of a table whose header names its column as the jobs' titles.
        self.one_titled_row = one_titled_row
        self._records: tuple[Record, ...] | None = None

    @property
    def records(self) -> tuple[Record, ...]:
        """The records, one per anchor, in page order."""
        if self._records is None:
            self._records = _records(self.anchors)
        return self._records

    @property
    def signature(self) -> frozenset[etree._Element]:
        """The records' first nodes (two sets with the same are one)."""
        return frozenset(record.nodes[0] for record in self.records)


def _heading_rank(element: etree._Element) -> int:
    tag = tag_of(element)
    return int(tag[1]) if tag in _HEADINGS else 7


def own_blocks(anchors: Sequence[etree._Element]) -> list[etree._Element]:
    """Each anchor's largest ancestor (or itself) that holds no other anchor of the set."""
    counts: Counter[etree._Element] = Counter()
    for anchor in anchors:
        counts.update(anchor.iterancestors())
    blocks = []
    for anchor in anchors:
        block = anchor
        for ancestor in anchor.iterancestors():
            if counts[ancestor] != 1:
                break
            block = ancestor
        blocks.append(block)
    return blocks


def _run(
    block: etree._Element, anchor: etree._Element, holders: set[etree._Element]
) -> tuple[etree._Element, ...]:
    """The block and its following siblings, up to the next record or a heading as high."""
    rank = _heading_rank(block) if tag_of(block) in _HEADINGS else _heading_rank(anchor)
    nodes = [block]
    for sibling in block.itersiblings():
        tag = tag_of(sibling)
        if tag == _RULE and len(nodes) == 1 and block is not anchor:
            continue  # a rule under a title box ("<div><h3>STAFF</h3><p>…</p></div><hr>")
        if sibling in holders or tag == _RULE:
            break
        if tag in _HEADINGS and _heading_rank(sibling) <= rank:
            break
        if tag and any(descendant in holders for descendant in sibling.iterdescendants()):
            break
        nodes.append(sibling)
    return tuple(nodes)


#: A title box holds the title and at most this many short lines more (a subtitle).
_TITLE_BOX_LINES = 2
_TITLE_BOX_TEXT = 60


def _title_box(block: etree._Element) -> bool:
    """Whether a block is a box of a title and a subtitle, its record's text after it.

    "<div class=sub><h3>STAFF</h3><p>2022年度 新卒募集</p></div>", then a rule, a
    line and a table of the job's terms: the box names the job, what follows is it.
    """
    if tag_of(block) != "div" or len(block) > _TITLE_BOX_LINES:
        return False
    texts = [element_text(child) for child in block]
    return (
        not (block.text or "").strip()
        and all(texts)
        and all(tag_of(child) in _HEADINGS or tag_of(child) == "p" for child in block)
        and any(tag_of(child) in _HEADINGS for child in block)
        and len(" ".join(texts)) <= _TITLE_BOX_TEXT
    )


def _heading_like(element: etree._Element, text: str) -> bool:
    return tag_of(element) in _HEADINGS or (
        len(text) <= 60 and next(element.iter("a"), None) is None
    )


class _Headings:
    """The group heading of each record: the nearest heading before it, past earlier records.

    A heading is an ``h1``-``h6`` element, or a short line of text with no link
    standing alone between groups (a department's name in a ``div``). Records
    are asked in page order; a record right after another has its heading, so
    each element is looked at once.
    """

    def __init__(self, holders: set[etree._Element]) -> None:
        self._holders = holders
        self._known: dict[etree._Element, str | None] = {}
        self._holding: dict[etree._Element, bool] = {}

    def _holds(self, element: etree._Element) -> bool:
        """Whether *element* is or holds a record (each element's descendants read once)."""
        if element not in self._holding:
            self._holding[element] = element in self._holders or any(
                d in self._holders for d in element.iterdescendants()
            )
        return self._holding[element]

    def of(self, node: etree._Element) -> str | None:
        """The heading of the record whose first element is *node*.

        Every level looked at is remembered with the answer: the next record
        of a table or list meets the previous row there and stops, so a page
        of n rows costs n steps, not n squared.
        """
        result: str | None = None
        looked: list[etree._Element] = []
        for _ in range(4):  # the record's own block, then up to three ancestors
            looked.append(node)
            for sibling in node.itersiblings(preceding=True):
                if not tag_of(sibling):
                    continue
                if sibling in self._known:
                    result = self._known[sibling]
                    break
                if self._holds(sibling):
                    continue  # an earlier record not asked about: look further back
                text = element_text(sibling)
                if text:
                    result = text if _heading_like(sibling, text) else None
                    break
            else:
                parent = node.getparent()
                if parent is None:
                    break
                node = parent
                continue
            break
        for level in looked[1:]:
            self._known.setdefault(level, result)
        return result

    def remember(self, nodes: tuple[etree._Element, ...], heading: str | None) -> None:
        for node in nodes:
            self._known[node] = heading


_LOGO_WORD = re.compile(r"\s*\b(?:logo|logotype|logotipo|logotyp)\b\s*", re.IGNORECASE)


def _alt(image: etree._Element) -> str | None:
    """An image's alt text without the word "logo" ("Caliper Logo" is Caliper)."""
    return " ".join(_LOGO_WORD.sub(" ", image.get("alt") or "").split()) or None


def _logo(
    nodes: tuple[etree._Element, ...],
    holders: set[etree._Element],
    boxes: dict[etree._Element, tuple[bool, int, str | None]],
) -> str | None:
    """The alt text of a record's own image, else of its group's image.

    The group's is that of the closest ancestor with an image that holds few
    other records (an employer's box), up to three levels up. *boxes* keeps, for
    each ancestor looked at, whether it has images, how many records it holds
    and its first image's alt text: a box is read once for all its records.
    """
    for node in nodes:
        for image in node.iter("img"):
            if (alt := _alt(image)) is not None:
                return alt
    ancestor = nodes[0]
    for _ in range(_LOGO_LEVELS):
        parent = ancestor.getparent()
        if parent is None:
            return None
        ancestor = parent
        if ancestor not in boxes:
            images = list(ancestor.iter("img"))
            count = sum(1 for element in ancestor.iter() if element in holders) if images else 0
            alt = next((alt for image in images if (alt := _alt(image))), None)
            boxes[ancestor] = (bool(images), count, alt)
        has_images, count, alt = boxes[ancestor]
        if has_images:
            if count > _MAX_RECORDS_PER_LOGO:
                return None  # a page's or list's image: not this record's employer
            return alt
    return None


def _records(anchors: list[etree._Element]) -> tuple[Record, ...]:
    blocks = own_blocks(anchors)
    holders = set(blocks)
    headings = _Headings(holders)
    boxes: dict[etree._Element, tuple[bool, int, str | None]] = {}
    records = []
    for anchor, block in zip(anchors, blocks, strict=True):
        nodes: tuple[etree._Element, ...] = (block,)
        if block is anchor or element_text(block) == element_text(anchor) or _title_box(block):
            nodes = _run(block, anchor, holders)  # a bare title: the record is what follows
        heading = headings.of(nodes[0])
        headings.remember(nodes, heading)
        records.append(Record(anchor, nodes, heading, _logo(nodes, holders, boxes)))
    return tuple(records)
