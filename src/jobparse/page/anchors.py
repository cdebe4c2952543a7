"""The anchors of records: the elements that can title an entry of a listing.

An anchor is a link (not one inside running text), a heading (``h1``-``h6``,
``summary``, ``dt``, an accordion ``button``, a leading ``strong``, a styled
``span`` on a line of its own), a short text-only item (``li``, ``p``,
``td``, ``dd``, a row's heading ``th``, or a ``div`` that opens its block).
:func:`anchors` yields each with the key of its candidate set: its kind,
tag, classes and tag path (:mod:`jobparse.page.grouping` groups them,
:mod:`jobparse.page.records` finds the record around each).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from lxml import etree

from jobparse import vocabulary
from jobparse.page.link_names import role_named_by
from jobparse.page.links import resolve
from jobparse.page.render import element_text, one_line, tag_of, text_parts
from jobparse.tables import table

__all__ = ["HEADINGS", "anchors", "classes"]

HEADINGS = frozenset("h1 h2 h3 h4 h5 h6".split())
_TITLE_TAGS = HEADINGS | {"summary", "dt", "button", "strong", "b"}
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
#: Blocks of running text, and how much text around a link makes it part of the prose.
_PROSE = frozenset({"p", "li", "dd", "td", "blockquote"})
_PROSE_AROUND = 80
_MAX_CONTROL_TEXT = 30
_DIGITS = re.compile(r"\d")
#: Classes that mark an element's state or place among its siblings, no kind of record: the
#: open tab of a row of tabs ("on", "active"), the first item of a list.
_STATES = frozenset(
    "on active current selected open show is-active is-open is-current is-selected first "
    "last odd even".split()
)
#: The schemes of links that open a call or a chat with someone, never a page.
_CHAT_SCHEMES = (
    "tel:", "sms:", "callto:", "skype:", "tencent:", "weixin:", "whatsapp:", "viber:", "tg:",
    "line:", "kakaotalk:",
)  # fmt: skip
#: ... and a mail, which may still list a role to apply for ("<a href="mailto:…">剪辑师</a>").
_CONTACT_SCHEMES = ("mailto:", *_CHAT_SCHEMES)


def classes(element: etree._Element) -> tuple[str, ...]:
    """An element's classes that name a kind, not an instance (no digits), sorted, at most 3.

    A ``<span>`` with no class but an inline style is of the kind its style says
    (``style="color:#C8205F;font-weight:bold"``): spans styled alike are one kind.
    A class that only colours ("green", "bg-lightpink", "text-primary") names no kind.
    """
    tokens = (element.get("class") or "").split()
    kinds = tuple(
        sorted(
            t
            for t in tokens
            if not _DIGITS.search(t) and not _colours_only(t) and t.casefold() not in _STATES
        )
    )[:3]
    style = element.get("style")
    if not kinds and style and tag_of(element) == "span":
        return ("style:" + "".join(style.split()).casefold().rstrip(";"),)
    return kinds


def _colours_only(token: str) -> bool:
    """Whether a class only colours its element: "green", "bg-yellow", "text-primary"."""
    colours, prefixes = _colour_words()
    token = token.casefold()
    prefix, dash, rest = token.partition("-")
    return token in colours or bool(dash and prefix in prefixes and rest in colours)


@functools.cache
def _colour_words() -> tuple[frozenset[str], frozenset[str]]:
    data = table("css_colours.json")
    return frozenset(data["named_colours"] + data["theme_colours"]), frozenset(
        data["utility_prefixes"]
    )


def _only_inline(element: etree._Element) -> bool:
    return all(
        tag_of(child) in _INLINE or not tag_of(child)
        for child in element.iter()
        if child is not element
    )


def _anchor_kind(
    element: etree._Element,
    tag: str,
    text_sizes: dict[etree._Element, int],
    row_classes: dict[etree._Element, str | None],
) -> str | None:
    """Whether an element can title a record, and as what: a link, a heading or an item.

    *text_sizes* keeps the length of the text of each paragraph a link was found in,
    *row_classes* the class of each parent whose children are all divs of that class.
    """
    if tag == "a":
        if (element.get("href") or "#").strip() in ("#", "") and _only_inline(element):
            # "<a>产业咨询工程师(中瑞科技)</a>", "<a href="#">HR Specialist</a>": a link to
            # nowhere is a line of text
            return "item"
        href = resolve(element.get("href"), None)
        if href is None and _card_of_parts(element):
            return "link"  # <a href="#form" class="row"><span>Operador</span><span>Lisboa</span>
        if href is None or href.casefold().startswith(_CONTACT_SCHEMES):
            return None  # an address, a number, a chat ("tencent://message/?uin=…", QQ)
        return None if _in_prose(element, text_sizes) else "link"
    if tag in _TITLE_TAGS:
        if tag in HEADINGS and _is_kicker(element, tag):
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
        if _a_contact_control(element):
            return None  # "<li><a href="tencent://message/…">售前客服</a></li>": a chat
        if tag == "td" and _a_labelled_value(element):
            return None  # "<th>雇用形態</th><td>正社員</td>": a fact of a job, not a job
        return "item"
    if tag == "li" and _titles_its_text(element):
        return "item"  # "<li>Kock<p>Vi söker en person ...</p></li>": an item and its text
    if tag == "th" and _heads_its_row(element) and _only_inline(element):
        return "item"  # "<tr><th>保育教諭</th><td>正職員</td>...": a row headed by its job
    if (
        tag == "div"
        and _only_inline(element)
        and (_leads_its_block(element) or _a_div_row(element, row_classes))
    ):
        return "item"  # <div class="job-title">QA Engineer</div> atop its card; a list's row
    if tag == "span" and _styled(element) and (_heads_a_block(element) or _own_line(element)):
        return "heading"  # <span class="yellowBox">PM</span><p>...</p>: a styled heading
    if tag == "span" and _heads_a_block(element) and element.getprevious() is None:
        # <div class="item"><span>Legal Counsel</span><p>…</p><a>Başvur</a></div>: the
        # item's first line, styled by its parent's rule
        return "heading"
    return None


#: The fewest parts with text of a link that is a whole card.
_CARD_PARTS = 3


def _card_of_parts(link: etree._Element) -> bool:
    """Whether a link that leads to no page (``#form``, a script's) is a card of its parts.

    A row of a title, a department, a place and a type, each in its own element,
    linking to the page's own form: a record, though its link names no page.
    """
    return len(text_parts(link)) >= _CARD_PARTS and not (link.text or "").strip()


def _titles_its_text(item: etree._Element) -> bool:
    """Whether a list item opens with a short text of its own above a paragraph of it."""
    first = next((child for child in item if isinstance(child.tag, str)), None)
    own = " ".join((item.text or "").split())
    return (
        first is not None
        and tag_of(first) == "p"
        and _MIN_TEXT <= len(own) <= _MAX_ITEM_TEXT
        and not any(tag_of(child) in ("ul", "ol") for child in item)  # a menu's submenu
    )


def _a_contact_control(item: etree._Element) -> bool:
    """Whether an item is a link that opens a call or a chat, and nothing more.

    Not a mail: "<li><a href="mailto:…">剪辑师</a></li>" lists a role to apply for by mail.
    """
    links = [a for a in item.iter("a") if (a.get("href") or "").strip()]
    return (
        bool(links)
        and all((a.get("href") or "").strip().casefold().startswith(_CHAT_SCHEMES) for a in links)
        and element_text(item) == " ".join(element_text(a) for a in links).strip()
    )


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
    return vocabulary.label_field(element_text(header)) != "title"


def _a_div_row(element: etree._Element, row_classes: dict[etree._Element, str | None]) -> bool:
    """Whether a ``<div>`` is a row of a list written in divs, all of one class, as items are.

    ``<div class="positions"><div class="position-item">✔ 全職服務生</div>…``
    (each parent's children are looked at once: *row_classes* keeps the verdict).
    """
    parent = element.getparent()
    name = element.get("class")
    if parent is None or not name:
        return False
    if parent not in row_classes:
        rows = [child for child in parent if isinstance(child.tag, str)]
        first = rows[0].get("class") if rows else None
        alike = len(rows) >= _FEWEST_ROWS and all(
            tag_of(row) == "div" and row.get("class") == first for row in rows
        )
        row_classes[parent] = first if alike else None
    return row_classes[parent] == name


#: The fewest rows of a list written in divs.
_FEWEST_ROWS = 2


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
    return following is not None and tag_of(following) in HEADINGS and tag_of(following) < tag


def anchors(root: etree._Element) -> Iterator[tuple[tuple[object, ...], etree._Element]]:
    """Every element that can title a record, with the key of its candidate set."""
    path: list[str] = []
    text_sizes: dict[etree._Element, int] = {}
    row_classes: dict[etree._Element, str | None] = {}
    stack: list[tuple[etree._Element, int]] = [(root, 0)]
    while stack:
        element, depth = stack.pop()
        del path[depth:]
        tag = tag_of(element)
        if not tag or (tag in _SKIPPED and not _jobs_nav(element, tag)):
            continue
        path.append(tag)
        kind = _anchor_kind(element, tag, text_sizes, row_classes)
        if kind is not None:
            # an item above its own paragraph is as long as its title ("Kock")
            titled = tag == "li" and len(element) > 0 and _titles_its_text(element)
            text = " ".join((element.text or "").split()) if titled else element_text(element)
            text = text or role_named_by(element)  # a poster's link, named by its title
            limit = _MAX_ITEM_TEXT if kind == "item" else _MAX_TEXT
            if _MIN_TEXT <= len(text) <= limit and not _control_text(text):
                yield (kind, tag, classes(element), _unnested(path)), element
        stack.extend((child, depth + 1) for child in reversed(element))


#: Presentational wrappers hand-written pages leave unclosed: the parser nests the next
#: one inside ("<center><h2>Server</h2>…<center><h2>Busser</h2>…").
_UNCLOSED_WRAPPERS = frozenset({"center", "font"})


def _unnested(path: list[str]) -> tuple[str, ...]:
    """A tag path with a wrapper nested in one of its own kind read once."""
    return tuple(
        tag
        for index, tag in enumerate(path)
        if not (index and tag in _UNCLOSED_WRAPPERS and path[index - 1] == tag)
    )


def _jobs_nav(element: etree._Element, tag: str) -> bool:
    """Whether a ``<nav>`` is a list of jobs, not the site's menu.

    Labelled as one (``aria-label="Openstaande vacatures"``), or, unlabelled, its
    links two or more and two in three of them naming a role ("Elektroniker/in -
    Betriebstechnik", "Konstrukteur/in - Elektrotechnik"): a menu's links name pages.
    """
    if tag != "nav":
        return False
    label = element.get("aria-label")
    if label:
        return vocabulary.names_a_list(label)
    links = [element_text(link) for link in element.iter("a")]
    if len(links) < _FEWEST_NAV_JOBS or any(vocabulary.is_navigation(t) for t in links):
        return False
    roles = sum(1 for t in links if vocabulary.has_role(t) or vocabulary.has_gender_tag(t))
    return 3 * roles >= 2 * len(links)


_FEWEST_NAV_JOBS = 2


def _control_text(text: str) -> bool:
    """An Apply button or a navigation link ("Read more"): controls, never a record's title."""
    return len(text) <= _MAX_CONTROL_TEXT and (
        vocabulary.apply_text(text) or vocabulary.is_navigation(text)
    )
