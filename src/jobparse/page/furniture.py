"""What of a page is furniture, dropped before its records are read.

Code, hidden elements, the site's header and footer (not a section's or an
article's own), sidebars but for a block listing the jobs, and boxes of
related jobs ("Similar jobs") hold no posting of the page.
"""

from __future__ import annotations

from lxml import etree

from jobparse import patterns, vocabulary
from jobparse.page.render import CODE_TAGS, element_text, is_hidden, tag_of

__all__ = ["drop_furniture"]

_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
#: The elements that may be hidden (found by libxml2, much faster than a walk in Python).
_MAYBE_HIDDEN = etree.XPath(
    "//*[@hidden or @aria-hidden or @style or contains(@class, 'material-')]"
    " | //i[contains(text(), '_')]"
)


def drop_furniture(root: etree._Element) -> None:
    """Drop code, hidden elements, site headers and footers, sidebars and related-jobs boxes."""
    doomed = list(root.iter(*CODE_TAGS))
    maybe_hidden = _MAYBE_HIDDEN(root)
    doomed += [
        element
        for element in (maybe_hidden if isinstance(maybe_hidden, list) else ())
        if isinstance(element, etree._Element) and is_hidden(element)
    ]
    doomed += [
        element
        for element in root.iter("header", "footer")
        if not _of_a_section(element) and not _heads_a_job(element)
    ]
    for heading in root.iter(*_HEADINGS):
        if patterns.RELATED_JOBS.search(element_text(heading)):
            section = next(
                (
                    a
                    for a in heading.iterancestors()
                    if tag_of(a) in {"section", "aside", "div", "ul"}
                ),
                None,
            )
            doomed.append(section if section is not None and tag_of(section) != "body" else heading)
    for aside in root.iter("aside"):  # a sidebar, but for a block of it that lists the jobs
        jobs = _jobs_block(aside)
        doomed += [aside] if jobs is None else [c for c in aside if c is not jobs]
    for element in doomed:
        _remove(element)


def _jobs_block(aside: etree._Element) -> etree._Element | None:
    """The block of a sidebar headed "Jobs" (a listing heading), if it has one.

    A blog's post about its openings may list them in its sidebar only ("Jobs"
    and a link to each role); the sidebar's other blocks (recent posts, tags,
    about) are furniture.
    """
    for heading in aside.iter(*_HEADINGS):
        if vocabulary.is_listing_heading(element_text(heading)):
            block = heading
            while (parent := block.getparent()) is not None and parent is not aside:
                block = parent
            return block if parent is aside else None
    return None


def _of_a_section(element: etree._Element) -> bool:
    """Whether a ``<header>`` or ``<footer>`` belongs to a part of the page, not the site.

    An ``<article>``'s are its own; so is the header of a ``<section>`` inside
    the page's main content ("<section><header><h3>Student assistant</h3>").
    """
    ancestors = [tag_of(a) for a in element.iterancestors()]
    return "article" in ancestors or (tag_of(element) == "header" and "section" in ancestors)


def _heads_a_job(header: etree._Element) -> bool:
    """Whether a ``<header>`` is a job's own (its ``h1`` names a role), not the site's."""
    return tag_of(header) == "header" and any(
        vocabulary.has_role(element_text(h1)) for h1 in header.iter("h1")
    )


def _remove(element: etree._Element) -> None:
    """Remove an element but keep its tail text in the document."""
    parent = element.getparent()
    if parent is None:
        return
    if element.tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
    parent.remove(element)
