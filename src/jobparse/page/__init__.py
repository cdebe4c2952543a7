"""Pages into postings: turn a page's text or HTML into raw posting blocks.

A :class:`RawPosting` is what the page says about one advert before any field
is inferred: its optional location line, its paragraphs and its apply link.
"""

from __future__ import annotations

import attrs

__all__ = ["RawPage", "RawPosting"]


@attrs.frozen
class RawPosting:
    """One advert cut out of a page, before field inference.

    ``lead`` is a short first line standing on its own, which may be the
    posting's location line: it is *labelled* when the page says so
    ("Location ..."), otherwise the field heuristics decide. ``lead_gap``
    counts the blank lines after it: renderings set a location line apart by
    more than one. ``paragraphs`` is the rest of the posting's text.
    """

    index: int
    paragraphs: tuple[str, ...]
    lead: str | None = None
    lead_labelled: bool = False
    lead_gap: int = 0
    apply_url: str | None = None


@attrs.frozen
class RawPage:
    """A page cut into raw postings, with what the page as a whole tells."""

    uri: str | None
    postings: tuple[RawPosting, ...]
    year: int | None = None
