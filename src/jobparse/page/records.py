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
from collections.abc import Iterator, Sequence

import attrs
from lxml import etree

from jobparse import vocabulary
from jobparse.page.links import resolve
from jobparse.page.render import element_text, one_line, tag_of

__all__ = ["MIN_RECORDS", "Record", "RecordSet", "anchors", "classes", "own_blocks"]

_HEADINGS = frozenset("h1 h2 h3 h4 h5 h6".split())
_TITLE_TAGS = _HEADINGS | {"summary", "dt", "button", "strong", "b"}
_ITEM_TAGS = frozenset({"li", "p", "td", "dd"})
#: Elements whose subtree never holds a posting's title.
_SKIPPED = frozenset(
    "script style noscript template nav select option textarea svg iframe canvas head title".split()
)
_INLINE = frozenset(
    "a b strong em i span br small time abbr sup sub u font img mark cite bdi wbr label".split()
)
_MIN_TEXT = 2
_MAX_TEXT = 200
_MAX_ITEM_TEXT = 150
#: How many records a list has at least (one more rule: a table of positions, grouping.py).
MIN_RECORDS = 2
_RULE = "hr"
#: Blocks of running text, and how much text around a link makes it part of the prose.
_PROSE = frozenset({"p", "li", "dd", "td", "blockquote"})
_PROSE_AROUND = 80
_MAX_CONTROL_TEXT = 30
_LOGO_LEVELS = 3
_MAX_RECORDS_PER_LOGO = 4
_DIGITS = re.compile(r"\d")


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


def classes(element: etree._Element) -> tuple[str, ...]:
    """An element's classes that name a kind, not an instance (no digits), sorted, at most 3.

    A ``<span>`` with no class but an inline style is of the kind its style says
    (``style="color:#C8205F;font-weight:bold"``): spans styled alike are one kind.
    """
    tokens = (element.get("class") or "").split()
    kinds = tuple(sorted(t for t in tokens if not _DIGITS.search(t)))[:3]
    style = element.get("style")
    if not kinds and style and tag_of(element) == "span":
        return ("style:" + "".join(style.split()).casefold().rstrip(";"),)
    return kinds


def _only_inline(element: etree._Element) -> bool:
    return all(
        tag_of(child) in _INLINE or not tag_of(child)
        for child in element.iter()
        if child is not element
    )


def _anchor_kind(
    element: etree._Element, tag: str, text_sizes: dict[etree._Element, int]
) -> str | None:
    """Whether an element can title a record, and as what: a link, a heading or an item.

    *text_sizes* keeps the length of the text of each paragraph a link was found in.
    """
    if tag == "a":
        href = resolve(element.get("href"), None)
        if href is None or href.casefold().startswith(("mailto:", "tel:")):
            return None
        return None if _in_prose(element, text_sizes) else "link"
    if tag in _TITLE_TAGS:
        if tag in _HEADINGS and _is_kicker(element, tag):
            return None
        if tag in {"strong", "b"}:
            parent = element.getparent()
            previous = element.getprevious()
            leading = parent is not None and not (parent.text or "").strip() and previous is None
            after_break = previous is not None and tag_of(previous) == "br"
            if not (leading or after_break):
                return None  # bold words inside a sentence: no title
        return "heading"
    if tag in _ITEM_TAGS and _only_inline(element):
        if tag == "td" and _a_labelled_value(element):
            return None  # "<th>雇用形態</th><td>正社員</td>": a fact of a job, not a job
        return "item"
    if tag == "th" and _heads_its_row(element) and _only_inline(element):
        return "item"  # "<tr><th>保育教諭</th><td>正職員</td>...": a row headed by its job
    if tag == "div" and _leads_its_block(element) and _only_inline(element):
        return "item"  # <div class="job-title">QA Engineer</div> atop its card
    if tag == "span" and _styled(element) and (_heads_a_block(element) or _own_line(element)):
        return "heading"  # <span class="yellowBox">PM</span><p>...</p>: a styled heading
    return None


def _styled(span: etree._Element) -> bool:
    """Whether a <span> has a class, or a bold inline style."""
    style = "".join((span.get("style") or "").split()).casefold()
    return bool(span.get("class")) or "font-weight:bold" in style or "font-weight:700" in style


def _own_line(span: etree._Element) -> bool:
    """Whether a <span> is a line of its own: "<br><span>2 NHÂN VIÊN</span><br>".

    It ends at a line break, and a line break or a block ends the line before it.
    """
    following = span.getnext()
    if following is None or tag_of(following) != "br" or _words(span.tail):
        return False
    previous = span.getprevious()
    if previous is None:
        parent = span.getparent()
        return parent is not None and not _words(parent.text)
    before = tag_of(previous)
    return (before == "br" or before in _HEADED_BLOCKS) and not _words(previous.tail)


#: Blocks a styled <span> may head, as a heading does.
_HEADED_BLOCKS = frozenset({"p", "ul", "ol", "div", "table", "dl"})


def _heads_a_block(span: etree._Element) -> bool:
    """Whether a <span> stands on its own line right above a block: a heading styled so."""
    following = span.getnext()
    if following is None or tag_of(following) not in _HEADED_BLOCKS or _words(span.tail):
        return False
    previous = span.getprevious()
    parent = span.getparent()
    if previous is None:
        return parent is not None and not _words(parent.text)
    return tag_of(previous) in _HEADED_BLOCKS or tag_of(previous) == "br"


def _heads_its_row(cell: etree._Element) -> bool:
    """Whether a ``th`` heads a row of data cells below a header row that names its column.

    The row's first cell, data cells after it, and a row of header cells above
    (``<thead>``): "保育教諭 | 正職員 | ...", under "職種 | 雇用形態 | ...".
    """
    row = cell.getparent()
    if row is None or tag_of(row) != "tr" or cell.getprevious() is not None:
        return False
    if not any(tag_of(other) == "td" for other in row):
        return False
    table = next(row.iterancestors("table"), None)
    first = next(table.iter("tr"), None) if table is not None else None
    return first is not None and first is not row and all(tag_of(c) == "th" for c in first)


def _a_labelled_value(cell: etree._Element) -> bool:
    """Whether a table cell is the value of the header cell before it, other than a title's."""
    header = cell.getprevious()
    if header is None or tag_of(header) != "th":
        return False
    label = vocabulary.fact_label(f"{element_text(header)}: x")
    return label is None or label[0] != "title"


def _leads_its_block(element: etree._Element) -> bool:
    """Whether an element is the first of its parent's children, with no text before it."""
    parent = element.getparent()
    if parent is None or (parent.text or "").strip():
        return False
    first = next((child for child in parent if isinstance(child.tag, str)), None)
    if first is not element:
        return False
    # More of the card follows: after it, or after its wrapper ("<span><div>title</div></span>").
    return next(element.itersiblings(), None) is not None or (
        tag_of(parent) in _INLINE and next(parent.itersiblings(), None) is not None
    )


def _on_own_line(link: etree._Element) -> bool:
    """Whether a link is a line of its own between line breaks: "・<a>Role</a><br/>".

    Only bullet marks may stand between it and the breaks around it.
    """
    following = link.getnext()
    if following is None or tag_of(following) != "br" or _words(link.tail):
        return False
    previous = link.getprevious()
    before = previous.tail if previous is not None else link.getparent().text  # type: ignore[union-attr]
    return (previous is None or tag_of(previous) == "br") and not _words(before)


def _words(text: str | None) -> bool:
    """Whether a text holds more than space and bullet marks."""
    return bool(text and text.strip(" \t\n\r・•·-–*"))


def _in_prose(link: etree._Element, text_sizes: dict[etree._Element, int]) -> bool:
    """Whether a link stands inside running text (a paragraph's words around it)."""
    if _on_own_line(link):
        return False  # a list written as lines: "・<a>PHP Engineer</a><br/>"
    block = next((a for a in link.iterancestors() if tag_of(a) not in _INLINE), None)
    if block is None or tag_of(block) not in _PROSE:
        return False
    if block not in text_sizes:  # a paragraph of many links is measured once
        text_sizes[block] = len(_running_text(block))
    around = text_sizes[block] - len(element_text(link))
    return around > max(_PROSE_AROUND, len(element_text(link)))


def _running_text(block: etree._Element) -> str:
    """A block's own running text: its inline content, blocks nested in it left out.

    A table cell or an item holding a title link and, below it, a block of its own
    ("<td><a>Pharmacy Intern</a><div>CVS Health · Charleston · 2026-07-16</div></td>")
    is a card, not a sentence around the link.
    """
    pieces = [block.text or ""]
    for child in block:
        if isinstance(child.tag, str) and tag_of(child) in _INLINE:
            pieces.extend(str(text) for text in child.itertext())
        pieces.append(child.tail or "")
    return one_line("".join(pieces))


def _is_kicker(heading: etree._Element, tag: str) -> bool:
    """A heading right before a higher one is its kicker ("vacature" above "Project Engineer")."""
    following = heading.getnext()
    return following is not None and tag_of(following) in _HEADINGS and tag_of(following) < tag


def anchors(root: etree._Element) -> Iterator[tuple[tuple[object, ...], etree._Element]]:
    """Every element that can title a record, with the key of its candidate set."""
    path: list[str] = []
    text_sizes: dict[etree._Element, int] = {}
    stack: list[tuple[etree._Element, int]] = [(root, 0)]
    while stack:
        element, depth = stack.pop()
        del path[depth:]
        tag = tag_of(element)
        if not tag or tag in _SKIPPED:
            continue
        path.append(tag)
        kind = _anchor_kind(element, tag, text_sizes)
        if kind is not None:
            text = element_text(element)
            limit = _MAX_ITEM_TEXT if kind == "item" else _MAX_TEXT
            if _MIN_TEXT <= len(text) <= limit and not _control_text(text):
                yield (kind, tag, classes(element), tuple(path)), element
        stack.extend((child, depth + 1) for child in reversed(element))


def _control_text(text: str) -> bool:
    """An Apply button or a navigation link ("Read more"): controls, never a record's title."""
    return len(text) <= _MAX_CONTROL_TEXT and (
        vocabulary.apply_text(text) or vocabulary.is_navigation(text)
    )


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
        if sibling in holders or tag == _RULE:
            break
        if tag in _HEADINGS and _heading_rank(sibling) <= rank:
            break
        if tag and any(descendant in holders for descendant in sibling.iterdescendants()):
            break
        nodes.append(sibling)
    return tuple(nodes)


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
        if block is anchor or element_text(block) == element_text(anchor):
            nodes = _run(block, anchor, holders)  # a bare title: the record is what follows
        heading = headings.of(nodes[0])
        headings.remember(nodes, heading)
        records.append(Record(anchor, nodes, heading, _logo(nodes, holders, boxes)))
    return tuple(records)
