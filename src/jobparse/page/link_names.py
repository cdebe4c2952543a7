"""The role a link without text names: a job shown as a poster, linked to its page.

A listing may show each job as a poster image linked to its page, with a button
below it ("Bekijk de vacature"): the job's name is what the image link gives to
a screen reader or on hover, as a browser computes a link's accessible name:
its ``title`` attribute or its image's ``alt`` ("<a title="Arbeider
tuinaanleg"><img></a>"). Such a link titles its record as a heading would.
"""

from __future__ import annotations

from lxml import etree

from jobparse import vocabulary
from jobparse.page.render import element_text

__all__ = ["role_named_by"]


def role_named_by(link: etree._Element) -> str:
    """The role a link without text names by its title or its image's alt, else "".

    >>> from lxml import html
    >>> role_named_by(html.fromstring('<a title="Arbeider tuinaanleg"><img src="a.jpg"></a>'))
    'Arbeider tuinaanleg'
    >>> role_named_by(html.fromstring('<a href="/"><img src="logo.png" alt="Concor"></a>'))
    ''
    """
    if link.tag != "a" or element_text(link).strip():
        return ""
    for name in (link.get("title"), *(image.get("alt") for image in link.iter("img"))):
        name = " ".join((name or "").split())
        if name and vocabulary.has_role(name):
            return name
    return ""
