"""Candidate sets of records: a page's anchors grouped by kind and place in the markup.

Anchors of one kind (links, headings, items) at the same path make a set; two
more rules find lists the path alone would miss: the same anchors by their own
and their parents' tags and classes, when an unclosed ``<div>`` nests a list
one level deeper half-way (each part a list itself); and one row of a table
whose header names its column as the jobs' titles ("Stilling | Søknadsfrist").
A set too little titled to read is split, by the chooser, into its lists
(:func:`lists_of`, :func:`alike_boxes`): job cards sharing a tag path with perks.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from lxml import etree

from jobparse import vocabulary
from jobparse.page.anchors import anchors, classes
from jobparse.page.records import MIN_RECORDS, RecordSet
from jobparse.page.render import element_text, tag_of

__all__ = ["FEWEST_ALIKE", "alike_boxes", "in_title_column", "lists_of", "record_sets"]

#: The characters of the scripts written without spaces (Chinese, Japanese).
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")


def record_sets(root: etree._Element) -> list[RecordSet]:
    """Every candidate set of records on the page (two or more anchors of one kind and path)."""
    groups: dict[tuple[object, ...], list[etree._Element]] = defaultdict(list)
    # The same anchors by their own and their two parents' tags and classes, whatever lies
    # above: a list whose markup an unclosed <div> nests one level deeper half-way
    # ("<div class=row>" left open between two groups of roles) is still one list.
    alike: dict[tuple[object, ...], list[tuple[tuple[object, ...], etree._Element]]] = defaultdict(
        list
    )
    signatures: dict[etree._Element | None, tuple[object, ...]] = {}  # siblings share one
    for key, anchor in anchors(root):
        groups[key].append(anchor)
        parent = anchor.getparent()
        if parent not in signatures:
            signatures[parent] = _signature(parent)
        alike[(key[0], key[1], key[2], signatures[parent])].append((key, anchor))
    sets = [
        RecordSet(str(key[0]), found, one_titled_row=len(found) == 1)
        for key, found in ((key, _title_cells(found)) for key, found in groups.items())
        if len(found) >= MIN_RECORDS or in_title_column(found[0])
    ]
    for key, keyed in alike.items():
        parts = Counter(path for path, _ in keyed)
        if len(parts) > 1 and min(parts.values()) >= MIN_RECORDS:  # each part a list itself
            sets.append(RecordSet(str(key[0]), [anchor for _, anchor in keyed]))
    sets.extend(_without_labels(groups))
    return sets


def _without_labels(
    groups: dict[tuple[object, ...], list[etree._Element]],
) -> list[RecordSet]:
    """Heading sets without their field labels, where jobs and their labels look alike.

    "<strong>◇ システムエンジニア</strong>" above "<strong>勤務地</strong>",
    "<strong>給与</strong>"...: the headings that are no label are the jobs, each
    record holding its labelled rows.
    """
    found_sets = []
    for key, found in groups.items():
        if key[0] != "heading":
            continue
        kept = [anchor for anchor in found if not _a_label(element_text(anchor))]
        if len(kept) >= MIN_RECORDS and 2 * len(kept) <= len(found):
            found_sets.append(RecordSet("heading", kept))
    return found_sets


def _a_label(text: str) -> bool:
    """Whether a heading is a field's label or a posting's section: "勤務地", "Wymagania"."""
    bare = " ".join(text.replace("\u3000", " ").split()).rstrip(":：")
    if _UNSPACED.search(bare):
        bare = bare.replace(" ", "")  # "給　与": a label spaced out to its column's width
    return vocabulary.label_field(bare) is not None or vocabulary.is_section_heading(bare)


def _title_cells(found: list[etree._Element]) -> list[etree._Element]:
    """Of table cells that share rows, those of the column its header names as the titles.

    "STT | Vị trí tuyển dụng | Hạn nộp hồ sơ | Số lượng": the cells of one row are
    one job, never four; its title is in the column headed "Vị trí tuyển dụng".
    """
    rows = {id(cell.getparent()) for cell in found}
    if len(rows) == len(found) or any(tag_of(cell) != "td" for cell in found):
        return found
    titled = [cell for cell in found if _titles_column(cell)]
    if len({id(cell.getparent()) for cell in titled}) == len(rows):
        return titled
    roles = _roles_column(found)
    return roles if roles is not None and len(roles) == len(rows) else found


def _roles_column(cells: list[etree._Element]) -> list[etree._Element] | None:
    """The one column of a table's cells that all name a role, its header no field's.

    "Showing all results | Department | Locations" over "Animation Programmer |
    Engineering/Programming | Antipolo, Rizal": the column of roles is the titles'.
    """
    columns: dict[int, list[etree._Element]] = defaultdict(list)
    for cell in cells:
        row = cell.getparent()
        siblings = [c for c in row if tag_of(c) in {"td", "th"}] if row is not None else []
        columns[siblings.index(cell) if cell in siblings else -1].append(cell)
    named = [
        column
        for column in columns.values()
        if all(vocabulary.has_role(element_text(cell)) for cell in column)
        and len({element_text(cell) for cell in column}) > 1  # "採用担当者" on every row: a contact
        and not _field_column(column[0])
    ]
    return named[0] if len(named) == 1 else None


def _field_column(cell: etree._Element) -> bool:
    """Whether a cell's column is headed by a field's label other than the title's."""
    row = cell.getparent()
    table = next(row.iterancestors("table"), None) if row is not None else None
    header = next(table.iter("tr"), None) if table is not None else None
    if header is None or header is row:
        return False
    names = [c for c in header if tag_of(c) == "th"]
    siblings = [c for c in row if tag_of(c) in {"td", "th"}] if row is not None else []
    column = siblings.index(cell) if cell in siblings else len(names)
    if column >= len(names):
        return False
    field = vocabulary.label_field(element_text(names[column]))
    return field is not None and field != "title"


def _signature(element: etree._Element | None) -> tuple[object, ...]:
    """An anchor's parent's tag and first class: where an anchor sits, seen up close.

    The first class only: layout classes added to one group ("text-center") do not
    part it from the other.
    """
    if element is None:
        return ()
    return (tag_of(element), classes(element)[:1])


def in_title_column(anchor: etree._Element) -> bool:
    """Whether *anchor* is in a table's column headed as the jobs' titles ("Stilling", "Position").

    A table of positions with one row is still a list of positions: its header says so.
    """
    cell = next((a for a in anchor.iterancestors("td", "th")), None)
    return cell is not None and _titles_column(cell)


def _titles_column(cell: etree._Element) -> bool:
    """Whether a table cell's column is headed as the jobs' titles ("Stilling", "Vị trí")."""
    row = cell.getparent()
    table = next(row.iterancestors("table"), None) if row is not None else None
    if row is None or table is None:
        return False
    header = next((r for r in table.iter("tr") if r is not row), None)
    if header is None or next(header.iterancestors("table"), None) is not table:
        return False
    names = [c for c in header if tag_of(c) == "th"]
    column = [c for c in row if tag_of(c) in {"td", "th"}].index(cell)
    if column >= len(names):
        return False
    return vocabulary.label_field(element_text(names[column])) == "title"


def lists_of(anchors: list[etree._Element]) -> list[list[etree._Element]]:
    """The anchors grouped by the box around their records (``div > article > h3``).

    (Not the nearest element holding two: too wide a list, a lab's fellowships read as jobs.)
    """
    lists: dict[etree._Element, list[etree._Element]] = defaultdict(list)
    for anchor in anchors:
        parent = anchor.getparent()
        box = parent.getparent() if parent is not None else None
        if box is not None:
            lists[box].append(anchor)
    return list(lists.values())


#: The fewest anchors in boxes of one class read as a list, though some name no role.
FEWEST_ALIKE = 3


def alike_boxes(anchors: list[etree._Element]) -> list[list[etree._Element]]:
    """The anchors grouped by their parent's tag and classes, where the parent has a class."""
    boxes: dict[tuple[str, str], list[etree._Element]] = defaultdict(list)
    for anchor in anchors:
        parent = anchor.getparent()
        if parent is not None and (parent.get("class") or "").strip():
            boxes[(str(parent.tag), " ".join(sorted((parent.get("class") or "").split())))].append(
                anchor
            )
    return list(boxes.values())
