"""Facts a small listing states once for all its jobs: one table of details below the roles.

The shape it reads::

    <h2>募集職種</h2>
    <div class="card"><h3>遺品整理スタッフ</h3>...</div>     <- the records: roles
    <div class="card"><h3>ドライバー</h3>...</div>
    <h2>募集要項</h2>
    <dl><dt>勤務地</dt><dd>埼玉県上尾市</dd>                  <- outside them: one place,
        <dt>雇用形態</dt><dd>正社員</dd></dl>                  <- one employment type

A labelled fact outside the records (a ``dt``/``dd`` or ``th``/``td`` pair,
or a "Label: value" line) whose label says place or employment type, stated
once on the page, is each job's when its card says none
(:class:`~jobparse.page.Facts` ``page_lines``).
"""

from __future__ import annotations

from lxml import etree

from jobparse import vocabulary
from jobparse.page.render import element_text, tag_of

__all__ = ["shared_fact_lines"]

#: The fields a details table may state for every job of a small listing.
_SHARED_FIELDS = frozenset({"location", "employment_type"})
#: Only a listing this small shares one table of details (a board's jobs each have theirs).
MAX_SHARED_JOBS = 8
_MAX_VALUE = 200
_PAIRS = (("dt", "dd"), ("th", "td"))


def shared_fact_lines(root: etree._Element, inside: set[etree._Element]) -> tuple[str, ...]:
    """The "Label: value" lines of place and employment type stated once outside *inside*."""
    found: dict[str, list[str]] = {}
    for label_tag, value_tag in _PAIRS:
        for label in root.iter(label_tag):
            value = label.getnext()
            if label in inside or value is None or tag_of(value) != value_tag:
                continue
            _add(found, f"{element_text(label).rstrip(':：')}: {element_text(value)}")
    for line_element in root.iter("li", "p"):
        if line_element not in inside and len(line_element) == 0:
            _add(found, element_text(line_element))
    return tuple(lines[0] for lines in found.values() if len(set(lines)) == 1)


def _add(found: dict[str, list[str]], line: str) -> None:
    """Keep *line* under its field when it is a labelled place or employment type."""
    if len(line) > _MAX_VALUE:
        return
    label = vocabulary.fact_label(line)
    if label is not None and label[0] in _SHARED_FIELDS and label[1].strip():
        found.setdefault(label[0], []).append(line)
