"""What kind of heading a single page's heading is, besides a job's: a perk, a slogan, a modal's.

A single posting's page has many headings; these tests tell the ones that
cannot be its job's title: a heading under a perks or duties section, a
slogan asking for staff in general, a heading inside a dialog.
"""

from __future__ import annotations

from lxml import etree

from jobparse import vocabulary
from jobparse.fields.hiring import asks_only_for_staff, hiring_sentence
from jobparse.page.render import element_text

__all__ = ["asks_for_staff", "in_dialog", "under_a_section"]


#: The headings before a heading, nearest last.
_HEADINGS_BEFORE = etree.XPath(
    "preceding::*[self::h1 or self::h2 or self::h3 or self::h4 or self::h5][normalize-space()]"
)


def under_a_section(heading: etree._Element) -> bool:
    """Whether a heading is one of a posting's part's or a perks list's: "Health Concierge".

    A heading above it in the page's outline names a section ("Elevated
    Benefits", "Requirements"): what is below it is a perk or a duty, no job.
    """
    level = int(heading.tag[1])
    before = _HEADINGS_BEFORE(heading)
    for above in reversed(before if isinstance(before, list) else []):
        if not isinstance(above, etree._Element) or int(str(above.tag)[1]) >= level:
            continue
        level = int(str(above.tag)[1])  # the outline's next level up
        text = element_text(above)
        last = text.split()[-1:] or [""]
        if vocabulary.is_section_heading(text) or vocabulary.is_section_heading(last[0]):
            return True
    return False


def asks_for_staff(heading: str) -> bool:
    """Whether a heading asks for staff in general: "MITRA poszukuje pracowników"."""
    hiring = hiring_sentence(heading)
    role = hiring.title if hiring is not None else None
    return bool(role) and asks_only_for_staff(role or "")


def in_dialog(element: etree._Element) -> bool:
    """Whether an element lies in a dialog (a modal a visitor opens), not in the page itself."""
    return any(
        node.tag == "dialog" or node.get("role") in ("dialog", "alertdialog")
        for node in element.iterancestors()
    )
