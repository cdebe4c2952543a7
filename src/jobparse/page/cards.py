"""Reading one record of a listing like a card: its title, links and short lines.

A card's parts, whatever the markup::

    <li class="job">
      <a href="/jobs/42">Senior Data Engineer</a>        <- title and url (the anchor)
      <span>Berlin · Vollzeit</span>                     <- short lines: place, type, date
      <span>Standort: Berlin</span>                      <- a labelled fact
      <a href="/jobs/42/apply">Jetzt bewerben</a>        <- the apply link, by its text
    </li>

The title is the anchor's own title: its heading or leading bold text when it
has one ("<a><b>PhD research</b> <i>Jan 1, 2020</i></a>"), else its first
line. A table row's cells are lines of their own, labelled with their
column's header ("Location: Elmhurst, IL"), so that facts are read the same
way from a grid as from a card.
"""

from __future__ import annotations

import functools
import itertools
from urllib.parse import urlsplit

import attrs
from lxml import etree

from jobparse import vocabulary
from jobparse.page.anchors import classes
from jobparse.page.card_titles import (
    BULLETS,
    bare_title,
    card_title,
    role_after_asking,
    role_below_figures,
    title_after_chips,
    without_bullets,
)
from jobparse.page.links import HOME_HREFS, clean_href, resolve
from jobparse.page.records import Record
from jobparse.page.render import element_text, render_nodes, tag_of

__all__ = ["Card", "apply_url_of", "joined_labels", "read_record"]

_MAX_LINE = 120
_MAX_HEADER = 40
_BULLETS = BULLETS


@attrs.frozen
class Card:
    """What one record says, before any field is inferred.

    ``lines`` are its short lines (title, apply link and navigation left out),
    ``text`` all of it as rendered text, ``heading`` the heading of its group,
    ``logo`` the alt text of its own image (an employer's logo on a job board).
    """

    title: str
    url: str | None
    apply_url: str | None
    lines: tuple[str, ...]
    text: str
    heading: str | None
    logo: str | None = None
    #: Whether the card's link opens a panel of the page that holds its text (a tab).
    panel: bool = False


def _links(nodes: tuple[etree._Element, ...]) -> list[etree._Element]:
    return [a for node in nodes for a in node.iter("a", "button")]


def _url(
    anchor: etree._Element, title: str, links: list[etree._Element], base: str | None
) -> str | None:
    """The record's own page: the anchor's link, a link named like the title, or a job link."""
    if tag_of(anchor) == "a":
        return resolve(anchor.get("href"), base)
    for link in (*anchor.iterancestors("a"), *anchor.iter("a")):
        url = resolve(link.get("href"), base)
        if url is not None and not url.casefold().startswith(("mailto:", "tel:")):
            return url
    named = [a for a in links if tag_of(a) == "a" and title and title in element_text(a)]
    for link in named + [a for a in links if tag_of(a) == "a"]:
        url = resolve(link.get("href"), base)
        if (
            url
            and not url.casefold().startswith(("mailto:", "tel:"))
            # the link's own words, not the page's address it was resolved against: a
            # file and its URL read the same
            and (link in named or vocabulary.job_url(clean_href(link.get("href") or "")))
        ):
            return url
    return None


def apply_url_of(controls: list[etree._Element], base: str | None) -> str | None:
    """Where the first control reading "Apply" (in any language) leads.

    Never an e-mail address, a contact page ("Solliciteer nu" to "/contact") or the
    site's home page.
    """
    for control in controls:
        if vocabulary.apply_text(element_text(control)):
            href = control.get("href") or control.get("formaction") or control.get("data-href")
            if href is not None and href.strip() in HOME_HREFS:
                continue  # "Başvur" to "/": the site's home page, a template's placeholder
            url = resolve(href, base)
            if (
                url is not None
                and not url.casefold().startswith(("mailto:", "tel:"))
                and not vocabulary.contact_url(url)
                and not vocabulary.contact_url(urlsplit(url).fragment)  # "./#contato": a section
            ):
                return url
    return None


def _names_columns(cells: list[etree._Element]) -> bool:
    """Whether a row of ``td`` cells is a header: short texts, no links, one a known label."""
    texts = [element_text(c) for c in cells]
    return all(
        len(t) <= _MAX_HEADER and next(c.iter("a"), None) is None
        for t, c in zip(texts, cells, strict=True)
    ) and any(vocabulary.label_field(t) is not None for t in texts if t)


def _header_names(row: etree._Element) -> list[str] | None:
    """The column names of a table row: its table's header cells, if it has any.

    Header cells are ``th`` cells, or the ``td`` cells of the table's first row
    when they read as column names ("Job Title | Closing Date").
    """
    table = next(row.iterancestors("table"), None)
    if table is None:
        return None
    for candidate in table.iter("tr"):
        if next(candidate.iterancestors("table"), None) is not table:
            continue  # a row of a table nested in a cell
        cells = [c for c in candidate if tag_of(c) in {"th", "td"}]
        if candidate is row or not cells:
            return None
        if all(tag_of(c) == "th" for c in cells) or _names_columns(cells):
            return [element_text(c) for c in cells]
        return None
    return None


def _cell_lines(row: etree._Element) -> list[str] | None:
    """A table row's cells as lines, each under its column's name when the table names them."""
    names = _header_names(row)
    if names is None:
        return None
    lines = []
    for name, cell in zip(names, [c for c in row if tag_of(c) in {"th", "td"}], strict=False):
        # A cell's facts laid out apart: "<a>Teknisyeni</a><span>Ankara</span>" is two lines.
        values = _cell_values(cell)
        if values:
            first = values[0]
            labelled = name and vocabulary.label_field(name) is not None
            lines.append(f"{name}: {first}" if labelled else first)
            lines += values[1:]
    return lines


#: How many of a grid header's cells name fields at least, and how many cells a row has at most.
_GRID_LABELS = 2
_MAX_GRID_CELLS = 12


def _grid_lines(nodes: tuple[etree._Element, ...]) -> list[str] | None:
    """A row of a grid built of ``div`` cells, each cell under its column's name.

    The shape::

        <div class="jobs-header"><div class="col-title">Tjänst</div>
                                 <div class="col-date">Sista ansökningsdatum</div></div>
        <div class="job-row"><div class="col-title"><a>Blackjackdealer i Karlstad</a></div>
                             <div class="col-date">2026-04-02</div></div>

    The header is the first element of the rows' container, its cells of the
    same classes as the row's (or each row's cells of one class, "header-item"
    over "table-cell"), their texts the labels of fields or the buttons' column
    ("Action"); none: None.
    """
    row = nodes[0] if len(nodes) == 1 else None  # a record that is one element: the row
    container = row.getparent() if row is not None else None
    if row is None or container is None:
        return None
    header = next((child for child in container if isinstance(child.tag, str)), None)
    if header is None or header is row:
        return None
    cells = [c for c in itertools.islice(row, _MAX_GRID_CELLS + 1) if isinstance(c.tag, str)]
    names = [c for c in itertools.islice(header, _MAX_GRID_CELLS + 1) if isinstance(c.tag, str)]
    if not 2 <= len(cells) <= _MAX_GRID_CELLS or len(cells) != len(names):
        return None
    pairs = zip(cells, names, strict=True)
    paired = all(classes(cell) and classes(cell)[:1] == classes(name)[:1] for cell, name in pairs)
    if not paired and not (_one_class(cells) and _one_class(names)):
        return None  # cells classed as their column's header, or every cell as every other
    labels = [element_text(name) for name in names]
    labelled = [bool(text) and vocabulary.label_field(text) is not None for text in labels]
    unlabelled = [text for text, is_label in zip(labels, labelled, strict=True) if not is_label]
    if sum(labelled) < _GRID_LABELS or any(
        text and not _names_a_control(text) for text in unlabelled
    ):
        return None  # a header names its columns, every one it names; a first row does not
    lines = []
    for label, is_label, cell in zip(labels, labelled, cells, strict=True):
        value = element_text(cell)
        if value:
            lines.append(f"{label}: {value}" if is_label else value)
    return lines


def _one_class(cells: list[etree._Element]) -> bool:
    """Whether cells all share a first class: a grid's header row, or its data row."""
    first = {tuple(classes(cell)[:1]) for cell in cells}
    return len(first) == 1 and first != {()}


#: A header's name of the column of buttons: "Action", "Aktion", "Acción".
_CONTROL_COLUMNS = frozenset({"action", "actions", "aktion", "acción", "ação", "azione", "apply"})


def _names_a_control(text: str) -> bool:
    """Whether a header cell names the column of buttons ("Action"), no field."""
    return vocabulary.fold(text) in _CONTROL_COLUMNS or vocabulary.apply_text(text)


def _cell_values(cell: etree._Element) -> list[str]:
    """A cell's text as a browser shows it: one line, or one per fact it lays out apart."""
    if not len(cell):
        text = element_text(cell)
        return [text] if text else []
    rendered = render_nodes((cell,), tails=False, visible=True, lines=_inline_runs((cell,)))
    return [bare for line in rendered.split("\n") if (bare := without_bullets(line))]


_INLINE_ITEMS = frozenset({"span", "small", "time", "em", "i", "b", "strong", "a", "abbr"})


def _words(text: str | None) -> bool:
    """Whether a text between elements holds anything but space and bullet marks."""
    return text is not None and bool(text.strip().strip(_BULLETS).strip())


def _inline_runs(nodes: tuple[etree._Element, ...]) -> set[etree._Element]:
    """Inline elements that are items of a run: siblings that each hold one fact.

    ``<span>London</span> <span>Hybrid</span> <span>Full-time</span>``, with no
    text of their parent between them, are three facts, read as three lines.
    """
    runs: set[etree._Element] = set()
    for node in nodes:
        for parent in node.iter():
            items = [c for c in parent if tag_of(c) in _INLINE_ITEMS and element_text(c)]
            if len(items) < 2 or _words(parent.text):
                continue
            if all(not _words(child.tail) for child in parent):
                runs.update(items)
    return runs


def _joined_header_cells(lines: list[str], nodes: tuple[etree._Element, ...]) -> list[str]:
    """Lines with each table header cell joined to the value cell after it.

    A job's facts laid out as a table of ``<th>`` labels and ``<td>`` values
    ("<th>工作地点</th><td>北京</td>") are read as "工作地点: 北京", as a
    labelled line is.
    """
    if not nodes or not _has_header_cells(nodes[0].getroottree().getroot()):
        return lines
    pairs = {
        (element_text(header), element_text(value))
        for node in nodes
        for header in node.iter("th")
        if (value := header.getnext()) is not None and tag_of(value) == "td"
    }
    if not pairs:
        return lines
    joined: list[str] = []
    for line in lines:
        if joined and (joined[-1].strip(), line.strip()) in pairs:
            joined[-1] = f"{joined[-1].strip()}: {line.strip()}"
        else:
            joined.append(line)
    return joined


@functools.lru_cache(maxsize=1)
def _has_header_cells(root: etree._Element) -> bool:
    """Whether the page has a table header cell at all (most have none), asked once."""
    return next(root.iter("th"), None) is not None


def joined_labels(lines: list[str]) -> list[str]:
    """Lines with a bare label ("Lieu :") joined to the value on the line after it."""
    joined: list[str] = []
    for line in lines:
        previous = joined[-1].rstrip() if joined else ""
        if (
            previous.endswith((":", "："))
            and line.strip()
            and vocabulary.fact_label(previous + " x")
        ):
            joined[-1] = f"{previous} {line.strip()}"
        else:
            joined.append(line)
    return joined


def read_record(record: Record, base: str | None) -> Card:
    """Read a record as a card (links resolved against *base*)."""
    title = card_title(record.anchor)
    links = _links(record.nodes)
    apply_url = apply_url_of(links, base)
    text = render_nodes(
        record.nodes,
        tails=len(record.nodes) > 1 or record.nodes[0] is record.anchor,
        lines=_inline_runs(record.nodes),
        visible=True,  # the page's hidden elements are dropped before records are read
    )
    row = record.nodes[0] if tag_of(record.nodes[0]) == "tr" else None
    lines_read = text.split("\n")
    if row is None and tag_of(record.anchor) not in {"th", "td"}:
        # A title above a table of its facts; not a table's own cell read as a title.
        lines_read = _joined_header_cells(lines_read, record.nodes)
    raw_lines = (
        _cell_lines(row) if row is not None else _grid_lines(record.nodes)
    ) or joined_labels(lines_read)
    lines = []
    for raw in raw_lines:
        line = without_bullets(raw)
        if not line or line == title or len(line) > _MAX_LINE:
            continue
        if vocabulary.apply_text(line) or vocabulary.is_navigation(line):
            continue
        lines.append(line)
    title, lines = title_after_chips(title, lines)  # "Advisory Full-time" / "Consultor Júnior"
    title, lines = role_after_asking(title, lines)  # "SOLICITAMOS" over "ENFERMERO/A"
    title, lines = role_below_figures(title, lines)  # "3/3" over "Кладовщик"
    panel = _panel(links)
    if panel is not None:  # a tab's title, its text in the panel it opens
        text = f"{title}\n\n{render_nodes((panel,), tails=False, visible=True)}"
    url = _url(record.anchor, title, links, base)
    if apply_url is None and url is not None and vocabulary.ats_url(url):
        apply_url = url  # a listing's link to an applicant-tracking site: posting and form
    return Card(
        title=bare_title(title),
        url=url,
        apply_url=apply_url,
        lines=tuple(lines),
        text=text,
        heading=record.heading,
        logo=record.logo,
        panel=panel is not None,
    )


#: How much text a tab's panel holds at least to be a job's text.
_MIN_PANEL_TEXT = 80


def _panel(links: list[etree._Element]) -> etree._Element | None:
    """The element of the page a record's only in-page link opens, if it holds a text.

    A list of tabs ("<a href='#job3'>PHP Engineer</a>") whose panels hold each
    job's duties and requirements: the panel is the card's text.
    """
    if len(links) != 1 or len(links[0]) > 1:
        return None  # a tab is its title alone; a row of parts may link to the page's form
    href = (links[0].get("href") or "").strip()
    if len(href) < 2 or not href.startswith("#"):
        return None
    panel = _ids(links[0].getroottree().getroot()).get(href[1:])
    if panel is None or len(element_text(panel)) < _MIN_PANEL_TEXT:
        return None
    return panel


@functools.lru_cache(maxsize=1)
def _ids(root: etree._Element) -> dict[str, etree._Element]:
    """The page's elements by their ``id``, found once a page."""
    ids: dict[str, etree._Element] = {}
    for element in root.iter():
        key = element.get("id") if isinstance(element.tag, str) else None
        if key:
            ids.setdefault(key, element)
    return ids
