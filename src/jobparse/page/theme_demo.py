"""A theme's demo page: sample jobs on a page whose every text is placeholder Latin.

A site theme shows what a careers page could hold: cards with made-up roles
over "Lorem ipsum dolor sit amet", under an introduction of the same Latin.
A real list may leave placeholder text in its cards (the employer wrote the
roles, not yet their summaries), but then the page around them is its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lxml import etree

from jobparse.page.cards import Card
from jobparse.page.render import render

__all__ = ["PLACEHOLDER_LATIN", "theme_demo"]

#: Placeholder Latin: "Lorem ipsum dolor sit amet, consectetur adipiscing elit."
PLACEHOLDER_LATIN = re.compile(r"lorem ipsum|dolor sit amet", re.IGNORECASE)


def theme_demo(root: etree._Element, cards: Sequence[Card]) -> bool:
    """Whether a page's cards are a theme's samples: placeholder Latin in each and around them.

    >>> from lxml import html
    >>> card = Card("Marketing lead", None, None, (), "Lorem ipsum dolor sit amet.", None)
    >>> listed = "<h3>Marketing lead</h3><p>Lorem ipsum dolor sit amet.</p>"
    >>> demo = html.fromstring(f"<div><p>Lorem ipsum dolor sit amet.</p>{listed}</div>")
    >>> real = html.fromstring(f"<div><p>Join our team in Graz.</p>{listed}</div>")
    >>> theme_demo(demo, [card]), theme_demo(real, [card])
    (True, False)
    """
    if not cards or not all(PLACEHOLDER_LATIN.search(card.text) for card in cards):
        return False  # nearly every page: one card of real text says it is no demo
    in_cards = sum(len(PLACEHOLDER_LATIN.findall(card.text)) for card in cards)
    return len(PLACEHOLDER_LATIN.findall(render(root))) > in_cards
