"""A page's rows of feature cards: headings of what a firm offers, not of its jobs.

"Directe partner betrokkenheid" / "Vrijheid & verantwoordelijkheid" / "Groei in M&A"
under "Waarom TIC?": three or more headings of one tag boxed alike side by side, most
naming no role; a role word in one of them is there in passing.
"""

from __future__ import annotations

from lxml import etree

from jobparse import vocabulary
from jobparse.page.render import element_text

__all__ = ["among_features", "feature_headings"]


#: Headings of one tag this many or more side by side, most naming no role, are features.
_FEATURES = 3


def among_features(heading: etree._Element) -> bool:
    """Whether a heading is one of a row of feature cards, most naming no role.

    "Directe partner betrokkenheid" / "Vrijheid & verantwoordelijkheid" / "Groei in
    M&A" under "Waarom TIC?": what the firm offers, a role word in one in passing.
    """
    # The row is the nearest ancestor holding other headings of the tag: a card may wrap
    # its heading in a few boxes ("col > single_services > services_content > h4").
    scope = heading.getparent()
    for _ in range(_CARD_DEPTH):
        if scope is None:
            return False
        shape = _boxes(heading, scope)  # a row's cards are boxed alike, a page's sections not
        peers = [
            element_text(peer)
            for peer in scope.iter(heading.tag)
            if peer is heading or _boxes(peer, scope) == shape
        ]
        if len(peers) > 1:
            named = sum(  # "Carrières, Stage & Expertise" names what a page offers, no role
                1
                for peer in peers
                if vocabulary.has_role(peer) and not vocabulary.is_listing_heading(peer)
            )
            return len(peers) >= _FEATURES and 2 * named < len(peers)
        scope = scope.getparent()
    return False


#: How many boxes deep a feature card may hold its heading.
_CARD_DEPTH = 4


def _boxes(heading: etree._Element, scope: etree._Element) -> tuple[tuple[str, str], ...]:
    """The tags and classes of the boxes between a heading and *scope*."""
    boxes = []
    box = heading.getparent()
    while box is not None and box is not scope:
        boxes.append((str(box.tag), box.get("class") or ""))
        box = box.getparent()
    return tuple(boxes)


def feature_headings(root: etree._Element) -> frozenset[str]:
    """The texts of the headings of a page's rows of feature cards (:func:`among_features`)."""
    return frozenset(element_text(h) for h in root.iter("h2", "h3", "h4") if among_features(h))
